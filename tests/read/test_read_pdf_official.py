"""The PDF reader on official-document layout (A4, 16pt type, 28 characters a line, paragraphs opening two
characters in): a heading that fills its line still stands apart from the paragraph after it; and the
PDF's own dates are never the document's."""

from __future__ import annotations

import io

import pypdf
import pytest

from study.model import pretty
from study.parse import parse
from tests.read.makers import ReadBytes, pdf_of, texts

OFFICIAL_CSS = """
@page { size: A4; margin: 37mm 25.5mm 35mm 25.5mm;
  @bottom-center { content: "— " counter(page) " —"; font-size: 14pt } }
body { font-family: "Noto Serif CJK SC"; font-size: 16pt; line-height: 1.8; margin: 0; text-align: justify }
h1 { font-size: 22pt; text-align: center; margin: 0 0 1em }
p { text-indent: 2em; margin: 0 }
"""
# The same page with paragraphs set flush, without a gap between them.
FLUSH_CSS = OFFICIAL_CSS.replace("p { text-indent: 2em; margin: 0 }", "p { text-indent: 0; margin: 0 }")
LINE = 28  # characters a line holds on these pages

BODY = (
    "基层党组织是党全部工作和战斗力的基础，是落实党的路线方针政策和各项工作任务的战斗堡垒。"
    "各级党组织要从巩固党的执政基础的高度，充分认识加强基层党组织建设的重要性和紧迫性，"
    "切实增强责任感和使命感，把这项工作摆在更加突出的位置来抓。"
)
SECOND = "当前，一些基层党组织软弱涣散，服务群众的能力不强，必须下大力气加以整顿，确保取得实效。"
# Headings that, after their two-character indent, fill 26, 27 and 28 of the line's 28 characters.
HEADINGS = (
    "一、充分认识加强和改进基层党组织建设工作重大意义",
    "一、充分认识加强和改进基层党组织建设工作的重大意义",
    "一、深刻认识加强和改进新时代基层党组织建设的重大意义",
)


def official(*paragraphs: str) -> bytes:
    """A PDF of an official document: its title, then the paragraphs, each opening indented."""
    return pdf_of(
        "<h1>某县关于加强基层党组织建设的意见</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs), OFFICIAL_CSS
    )


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_that_fills_its_line_stands_apart_from_the_paragraph_after_it(
    read_bytes: ReadBytes, heading: str
) -> None:
    assert LINE - 2 <= len(heading) + 2 <= LINE
    got = texts(read_bytes(official(heading, BODY, "二、着力提升基层党组织的组织力", SECOND), "a.pdf"))
    assert got == [heading, BODY, "二、着力提升基层党组织的组织力", SECOND]


def test_a_centered_heading_that_nearly_fills_its_line_stands_apart(read_bytes: ReadBytes) -> None:
    centered = f"<p style='text-align: center; text-indent: 0'>{HEADINGS[2]}</p>"
    data = pdf_of(f"<p>{SECOND}</p>{centered}<p>{BODY}</p>", OFFICIAL_CSS)
    assert texts(read_bytes(data, "a.pdf")) == [SECOND, HEADINGS[2], BODY]


def test_a_subheading_that_fills_its_line_and_the_outline(read_bytes: ReadBytes) -> None:
    sub = "（一）健全完善基层党组织设置方式和工作运行长效机制"
    assert len(sub) + 2 == LINE - 1
    source = read_bytes(official(HEADINGS[2], sub, BODY, "（二）严格落实组织生活制度", SECOND), "a.pdf")
    assert texts(source) == [HEADINGS[2], sub, BODY, "（二）严格落实组织生活制度", SECOND]
    assert pretty(parse(source).lists).splitlines()[:2] == [
        f"<（一）> {HEADINGS[2]}",  # the lone heading over it leads the list (abe4c1f)
        "  （一） 健全完善基层党组织设置方式和工作运行长效机制",
    ]


def test_a_block_set_in_goes_on_at_its_indent(read_bytes: ReadBytes) -> None:
    quote = f"<p style='padding-left: 2em; text-indent: 0'>{BODY}</p>"
    data = pdf_of(f"<p>文件强调指出：</p>{quote}<p>{SECOND}</p>", OFFICIAL_CSS)
    assert texts(read_bytes(data, "a.pdf")) == ["文件强调指出：", BODY, SECOND]


FULL_HEADING = "一、充分认识加强和改进基层党组织建设工作的重大意义和作用"
FULL_POINT = "一是健全完善基层党组织设置方式和工作运行长效机制制度体系"


@pytest.mark.parametrize(
    ("first", "second"), [(FULL_HEADING, "（一）提高政治站位"), (FULL_POINT, "二是严格落实组织生活制度。")]
)
def test_flush_paragraphs_a_marked_line_filling_its_line_then_a_marked_line(
    read_bytes: ReadBytes, first: str, second: str
) -> None:
    assert len(first) == LINE
    body = "".join(f"<p>{p}</p>" for p in (first, second, BODY))
    assert texts(read_bytes(pdf_of(body, FLUSH_CSS), "a.pdf")) == [first, second, BODY]


def test_flush_paragraphs_a_point_cut_before_a_word_like_a_sequence_word_goes_on(read_bytes: ReadBytes) -> None:
    point = "（一）各级党组织务必严格落实上级党委关于开展整顿工作的统一要求，不折不扣抓好各项整顿任务的落实。"
    assert point.index("一要求") == LINE  # the first line ends with 统, the second opens with 一要
    body = "".join(f"<p>{p}</p>" for p in (point, "（二）严格落实组织生活制度。"))
    assert texts(read_bytes(pdf_of(body, FLUSH_CSS), "a.pdf")) == [point, "（二）严格落实组织生活制度。"]


def test_a_paragraph_of_quoted_phrases_is_read_as_one(read_bytes: ReadBytes) -> None:
    # quotation marks are as wide as the characters in a CJK font: lines full of them are full lines
    quoted = (
        "全党要增强“四个意识”、坚定“四个自信”、做到“两个维护”，" * 3 + "不断提高政治判断力、政治领悟力、政治执行力。"
    )
    assert texts(read_bytes(official(BODY, quoted, SECOND), "a.pdf")) == [BODY, quoted, SECOND]


def test_a_line_left_short_by_a_character_kept_with_its_closing_marks_goes_on(read_bytes: ReadBytes) -> None:
    # 度”。 moves to the next line together, leaving the line two characters short: the paragraph goes on
    paras = [
        f"各单位要{'认真' * n}落实“三项制度”。会议强调，要把制度执行情况纳入年度考核，切实做到有令必行、有禁必止。"
        for n in range(14)  # the closing marks fall at every place of the line's end
    ]
    assert texts(read_bytes(official(*paras), "a.pdf")) == paras


def with_info(data: bytes, info: dict[str, str]) -> bytes:
    """The PDF with these entries in its document information."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.add_metadata(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_pdf_s_own_dates_are_not_the_document_s(read_bytes: ReadBytes) -> None:
    # a printed PDF's CreationDate is the day it was printed or converted
    stamps = {"/CreationDate": "D:20251120093000+08'00'", "/ModDate": "D:20251121093000+08'00'"}
    source = read_bytes(with_info(official(BODY, SECOND), stamps), "a.pdf")
    assert (source.title, source.meta.date) == ("某县关于加强基层党组织建设的意见", None)


def test_a_printed_word_file_s_title_without_its_program_s_name(read_bytes: ReadBytes) -> None:
    data = pdf_of(f"<p>{BODY}</p><p>{SECOND}</p>", OFFICIAL_CSS)
    source = read_bytes(with_info(data, {"/Title": "Microsoft Word - 某县基层党建意见.docx"}), "a.pdf")
    assert source.title == "某县基层党建意见"
