"""A PDF as a browser or an office program prints it: runs of half-width punctuation and figures set in
another font than the CJK text, —— drawn as one two-em dash, the printer's address and date at the page
edges, a file's name for a title. Made-up documents, printed by the tests."""

from __future__ import annotations

import io

import pypdf
import pytest

from study.read.pdf import RADICALS
from tests.read.makers import PDF_CSS, ReadBytes, pdf_of, texts

# Latin letters, figures and ASCII punctuation in a Latin font, the rest falling back to the CJK one: the text
# is shown in runs, one per font, as a page of a web copy (ASCII , : in its text) prints
MIXED_CSS = PDF_CSS.replace('font-family: "Noto Serif CJK SC"', 'font-family: "DejaVu Serif", "Noto Serif CJK SC"')


def test_no_space_comes_between_cjk_text_and_its_half_width_punctuation_or_figures(read_bytes: ReadBytes) -> None:
    body = (
        "<p>学习要求:一是学深,二是悟透;三是做实。早在1926年8月,某地就制定了第一个文件。</p>"
        "<p>读《Das Kapital》第1卷,做好笔记。</p>"
    )
    source = read_bytes(pdf_of(body, MIXED_CSS), "要求.pdf")
    assert texts(source) == [
        "学习要求:一是学深,二是悟透;三是做实。早在1926年8月,某地就制定了第一个文件。",
        "读《Das Kapital》第1卷,做好笔记。",
    ]


def test_a_two_em_dash_glyph_is_the_two_em_dashes_typed(read_bytes: ReadBytes) -> None:
    points = ["坚持甲方面的工作不动摇，持续推进各项任务落地见效。", "坚持乙方面的工作不放松，不断完善相关制度机制。"]
    body = (
        "<p>做好今年工作，要在全面总结去年经验的基础上，做到三个坚持：</p>"
        + "".join(f"<p>\u2e3a{point}</p>" for point in points)
        + "<p>见某某文件\u2e3a《某某通告\u2e3b某某》，各地要结合实际认真贯彻落实，确保取得实效。</p>"
    )
    source = read_bytes(pdf_of(body), "坚持.pdf")
    assert texts(source)[1:] == [
        *(f"——{point}" for point in points),
        "见某某文件——《某某通告———某某》，各地要结合实际认真贯彻落实，确保取得实效。",
    ]


# a browser's print: the day and time it was printed with the page's title atop every page, the page's
# address with the page's count at its foot
BROWSER_CSS = PDF_CSS.replace(
    '@top-center { content: "某某学习资料汇编"; font-size: 9pt }',
    '@top-left { content: "2026/3/5 10:21 关于改进机关学习的意见"; font-size: 8pt; width: 100% }',
).replace(
    '@bottom-center { content: "— " counter(page) " —"; font-size: 10pt }',
    '@bottom-left { content: "file:///home/user/Downloads/关于改进机关学习的意见.html  " counter(page) "/" '
    "counter(pages); font-size: 8pt; width: 100% }",
)
NOTICE = (
    "<p>为做好机关学习工作，现提出以下意见。</p>"
    "<p>一、加强组织领导。各级党组织要把学习摆上重要位置，定期研究部署。</p>"
    "<p style='page-break-before: always'>二、完善工作机制。建立健全学习制度，明确责任分工。</p>"
)


@pytest.mark.parametrize("pages", [2, 1])
def test_a_browser_s_address_and_date_at_the_page_edges_are_no_text(read_bytes: ReadBytes, pages: int) -> None:
    body = NOTICE if pages == 2 else NOTICE.replace(" style='page-break-before: always'", "")
    source = read_bytes(pdf_of(body, BROWSER_CSS), "意见.pdf")
    assert texts(source) == [
        "为做好机关学习工作，现提出以下意见。",
        "一、加强组织领导。各级党组织要把学习摆上重要位置，定期研究部署。",
        "二、完善工作机制。建立健全学习制度，明确责任分工。",
    ]


def titled(data: bytes, title: str) -> bytes:
    """The PDF with `title` as its document information's /Title."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("dash.html", None),
        ("file:///home/user/讲稿.htm", None),
        ("党课讲稿.wps", None),
        ("关于改进机关学习的意见", "关于改进机关学习的意见"),
        ("Microsoft Word - 改进机关学习的意见.docx", "改进机关学习的意见"),
    ],
)
def test_a_pdf_title_that_is_a_file_s_name_is_no_title(read_bytes: ReadBytes, given: str, title: str | None) -> None:
    body = "<p>一、加强组织领导。各级党组织要把学习摆上重要位置。</p><p>二、完善工作机制。建立健全学习制度。</p>"
    assert read_bytes(titled(pdf_of(body), given), "a.pdf").title == title


# a journal's page: its notes' marks raised in the text, the notes under a rule at the page foot in smaller type
NOTES_CSS = PDF_CSS + "sup { font-size: 7pt } .notes { font-size: 9pt; border-top: 1px solid; margin-top: 4em }"
CITED = (
    "<p>某某指出，新时代的好干部要做到三点<sup>{0}</sup>：一是信念坚定，二是为民服务，三是勤政务实。"
    "这些要求为干部队伍建设指明了方向<sup>{1}</sup>。</p><p>干部是事业之本，评价一名好干部，首先要看他是否忠诚。</p>"
    "<div class='notes'><p>{0} 参见《某某文集》，某某出版社2020年版，第12页。</p>"
    "<p>{1} 某某：《论干部队伍建设》，《某某研究》2020年第5期。</p></div>"
)


@pytest.mark.parametrize(("first", "second"), [("①", "②"), ("[1]", "[2]"), ("1", "2")])
def test_a_page_s_footnotes_and_their_marks_are_no_text(read_bytes: ReadBytes, first: str, second: str) -> None:
    source = read_bytes(pdf_of(CITED.format(first, second), NOTES_CSS), "干部.pdf")
    assert texts(source) == [
        "某某指出，新时代的好干部要做到三点：一是信念坚定，二是为民服务，三是勤政务实。这些要求为干部队伍建设指明了方向。",
        "干部是事业之本，评价一名好干部，首先要看他是否忠诚。",
    ]


def test_a_closing_paragraph_in_small_type_that_opens_on_no_mark_is_text(read_bytes: ReadBytes) -> None:
    body = CITED.format("①", "②").replace("<p>① 参见", "<p>参见")
    assert texts(read_bytes(pdf_of(body, NOTES_CSS), "干部.pdf"))[2:] == [
        "参见《某某文集》，某某出版社2020年版，第12页。",
        "②某某：《论干部队伍建设》，《某某研究》2020年第5期。",
    ]


# a newspaper's or journal's page: the title across the page, the text in two columns under it
COLUMNS_CSS = PDF_CSS + ".cols { column-count: 2; column-gap: 2em }"
POINTS = [
    "一是从思想上看，学习是我们做好各项工作的前提和基础，必须持之以恒、常抓不懈；",
    "二是从作风上看，调查研究是我们的传家宝，必须深入基层、问计于民；",
    "三是从制度上看，建立健全长效机制是推进工作的重要保障，必须抓紧抓实。",
]


def test_a_page_in_two_columns_is_read_column_by_column(read_bytes: ReadBytes) -> None:
    lead = "某某在讲话中从三个方面对机关工作提出了要求，我们要认真学习领会，结合实际贯彻落实："
    close = "各级党组织要把这些要求落实到日常工作的各个方面，以实际行动推动各项任务落地见效，不断取得新的成绩。"
    body = f"<h1>关于改进机关工作的体会</h1><div class='cols'><p>{lead}{''.join(POINTS)}</p><p>{close * 3}</p></div>"
    source = read_bytes(pdf_of(body, COLUMNS_CSS), "体会.pdf")
    assert texts(source) == [lead + "".join(POINTS), close * 3]


def test_the_radicals_a_cjk_font_draws_for_青_and_食_are_the_characters() -> None:
    assert "⻘年干部的⻝堂".translate(RADICALS) == "青年干部的食堂"
