"""The PDF reader: printed lines joined into paragraphs, running headers and page numbers removed."""

from __future__ import annotations

import io

import pypdf
import pytest

from study.model import pretty
from study.parse import parse
from study.read.pdf import PAGE_NUMBER, RADICALS
from tests.read import made_up
from tests.read.makers import PDF_CSS, ReadBytes, one_line_error, pdf_of, texts

BLOCK_CSS = PDF_CSS.replace(
    "p { text-indent: 2em; margin: 0 }", "p { margin: 0 0 0.8em } p.item { padding-left: 2em; text-indent: -2em }"
)
TASKS = (
    "建立健全学习制度",
    "完善考核评价机制",
    "加强经费保障",
    "改进学习方式",
    "丰富学习载体",
    "拓展学习阵地",
    "强化示范带动",
    "注重成果转化",
    "营造良好氛围",
)
# A numbered list whose items wrap: the second line hangs under the text, after the number.
ITEMS = tuple(
    f"{k}.{task}，明确第{k}项工作的内容、形式和要求，确保时间、人员和效果三落实。" for k, task in enumerate(TASKS, 1)
)


@pytest.fixture(scope="module")
def small_pages() -> bytes:
    """The made-up document on A6 pages: four pages, paragraphs cut by page breaks."""
    return pdf_of(made_up.html_body(), PDF_CSS.replace("A5", "A6"))


def test_lines_are_joined_into_the_paragraphs_and_the_furniture_is_gone(
    read_bytes: ReadBytes, small_pages: bytes
) -> None:
    assert len(pypdf.PdfReader(io.BytesIO(small_pages)).pages) >= 3
    source = read_bytes(small_pages, "plan.pdf")
    assert source.title == made_up.TITLE
    assert texts(source) == made_up.numbered()
    assert not any("学习资料汇编" in t or "—" in t for t in texts(source))


def test_the_outline_of_a_printed_document(read_bytes: ReadBytes, small_pages: bytes) -> None:
    assert pretty(parse(read_bytes(small_pages, "plan.pdf")).lists) == "\n".join(
        [
            "<一、>",
            "  一、 总体要求",
            "  二、 主要任务",
            "    <（一）>",
            "      （一） 抓好理论武装",
            "      （二） 抓好制度建设",
            "      （三） 抓好队伍建设",
            "  三、 保障措施",
            "    <1.>",
            "      1. 加强组织领导",
            "      2. 强化督促检查",
            "      3. 注重宣传引导",
        ]
    )


def test_block_paragraphs_and_a_hanging_numbered_list(read_bytes: ReadBytes) -> None:
    css = BLOCK_CSS.replace('"— " counter(page) " —"', '"第" counter(page) "页"')
    lead = "为推动学习制度化，现就有关事项说明如下，请各单位结合实际认真抓好贯彻落实，确保工作取得实效。"
    body = f"<p>{lead}</p>" + "".join(f"<p class=item>{t}</p>" for t in ITEMS) + "<p>以上事项，请遵照执行。</p>"
    assert texts(read_bytes(pdf_of(body, css), "rules.pdf")) == [lead, *ITEMS, "以上事项，请遵照执行。"]


@pytest.mark.parametrize("text", ["— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 9 页", "3/9", "Page 3"])
def test_page_number_shapes(text: str) -> None:
    assert PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["一、总体要求", "3.加强经费保障", "2023年"])
def test_body_lines_are_not_page_numbers(text: str) -> None:
    assert not PAGE_NUMBER.match(text)


def test_kangxi_radicals_are_read_as_the_ideographs(read_bytes: ReadBytes) -> None:
    assert "".join(chr(c).translate(RADICALS) for c in (0x2F00, 0x2F06, 0x2F08)) == "一二人"
    body = "<p>坚持⼀切从实际出发，⼈民至上。</p><p>另起⼀段。</p>"
    assert texts(read_bytes(pdf_of(body), "a.pdf")) == ["坚持一切从实际出发，人民至上。", "另起一段。"]


def test_a_pdf_without_a_text_layer_says_ocr_it_first(read_bytes: ReadBytes) -> None:
    scanned = pdf_of("<div style='height: 8cm; background: #333'></div>", "@page { size: A5 }")
    assert "no text layer (a scanned PDF?): OCR it first" in one_line_error(read_bytes, scanned, "a.pdf")


def test_an_encrypted_pdf_is_one_line(read_bytes: ReadBytes) -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_of("<p>保密内容。</p>")))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert "encrypted PDF" in one_line_error(read_bytes, out.getvalue(), "a.pdf")


def test_a_pdf_with_only_an_owner_password_is_read(read_bytes: ReadBytes) -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_of("<p>允许阅读但限制编辑的文件内容。</p>")))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert texts(read_bytes(out.getvalue(), "a.pdf")) == ["允许阅读但限制编辑的文件内容。"]


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"])
def test_a_damaged_pdf_is_one_line(read_bytes: ReadBytes, data: bytes) -> None:
    assert "PDF" in one_line_error(read_bytes, data, "a.pdf")


def test_a_one_page_header_in_small_type_set_apart_is_furniture(read_bytes: ReadBytes) -> None:
    body = "<p>坚持理论联系实际，注重学习实效。</p><p>另起一段，说明具体要求。</p><p>第三段，提出保障措施。</p>"
    assert texts(read_bytes(pdf_of(body), "a.pdf")) == [
        "坚持理论联系实际，注重学习实效。",
        "另起一段，说明具体要求。",
        "第三段，提出保障措施。",
    ]


ARTICLES = (
    "第一条 为了加强植树造林工作，保护和改善生态环境，根据有关法律法规，结合本县实际，制定本条例。",
    "第二条 本县行政区域内的植树造林、林木管护及其监督管理活动，适用本条例。",
)


@pytest.mark.parametrize("css", [PDF_CSS, BLOCK_CSS])
def test_a_chapter_number_printed_without_its_title_stays_its_own_paragraph(read_bytes: ReadBytes, css: str) -> None:
    chapter = "<p style='text-align:center;text-indent:0'>{}</p>"
    body = "<h1>某某县植树造林条例</h1>" + chapter.format("第一章") + f"<p>{ARTICLES[0]}</p>"
    body += chapter.format("第二章") + f"<p>{ARTICLES[1]}</p>"
    got = texts(read_bytes(pdf_of(body, css), "rules.pdf"))
    assert got[got.index("第一章") :] == [
        "第一章",
        ARTICLES[0].replace(" ", ""),
        "第二章",
        ARTICLES[1].replace(" ", ""),
    ]
