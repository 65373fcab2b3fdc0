"""Course PDFs numbered through: the footers the printer marks, taken out and drawn again with the course's numbers.

The oracle is the printer itself: a sheet renumbered with the numbers it was printed with is drawn, pixel for
pixel, as it was printed (pdftoppm), and the text read back (pypdf) holds one footer a page.
"""

from __future__ import annotations

import io
import re
import subprocess

import pypdf
import pytest
from sheet_checks import squeezed
from test_assemble import CONTEXT, page_pixels
from test_printing import environment, made_up_sheets

from study.render.assemble import StreamingPdf, contents_page, numbers_page, parts_front, write_course_pdf
from study.render.page_numbers import MARK, PageNumbers, mark_below, renumbered, state_at
from study.render.printing import Printed, Printer
from study.render.sheets import default_templates

FOOTERS = re.compile(r"第\d+[页頁]共\d+[页頁]")
# a page's operators as WeasyPrint writes them (CSS pixels, y downward): a line of body text, then a footer
OPS = [b"1 0 0 -1 0 841.889764 cm", b"q", b"0.75 0 0 0.75 0 0 cm", b"0.2 0.2 0.2 rg"]
BODY = [b"BT", b"1 0 0 -1 75.5 157.6 Tm", b"/F 14.6 Tf", b"[<0012>] TJ", b"ET"]
FOOT = [b"q", b"0.26 0.26 0.26 rg", b"BT", b"1 0 0 -1 358.9 1086.1 Tm", b"/F 12 Tf", b"[<0013>] TJ", b"ET", b"Q"]


def test_only_text_below_the_content_area_is_marked() -> None:
    ops = [*OPS, *BODY, *FOOT, b"Q"]
    mark_below(ops, 1039.4)
    assert ops.count(MARK + b"\nBT") == 1 and ops.index(MARK + b"\nBT") == len(OPS) + len(BODY) + 2
    assert ops[len(OPS)] == b"BT"  # the body's text object as it was


def test_only_the_bottom_centre_box_is_the_footer() -> None:
    # a course's own stylesheet may set its name in the bottom-left box: below the content area too, not numbers
    left = [b"BT", b"1 0 0 -1 75.5 1086.1 Tm", b"/F 12 Tf", b"[<0014>] TJ", b"ET"]
    ops = [*OPS, *BODY, *left, *FOOT, b"Q"]
    mark_below(ops, 1039.4, (793.7 / 3, 793.7 * 2 / 3))  # an A4 page, 793.7 CSS pixels across
    assert ops.count(MARK + b"\nBT") == 1 and ops.index(MARK + b"\nBT") == len(OPS) + len(BODY) + len(left) + 2


def test_a_marked_footer_is_taken_out_and_the_new_one_drawn_after_the_page() -> None:
    ops = [*OPS, *BODY, *FOOT, b"Q"]
    mark_below(ops, 1039.4)
    content = b"\n".join(ops)
    again = renumbered(content, b"NEW")
    assert again is not None and b"<0013>" not in again and b"<0012>" in again
    assert again.startswith(b"q\n") and again.endswith(b"\nQ\nNEW")  # the page's own state closed first
    assert renumbered(b"\n".join([*OPS, *BODY]), b"NEW") is None  # nothing marked: nothing to renumber


def test_the_state_a_footer_is_drawn_in_follows_q_and_q() -> None:
    ops = [b"1 0 0 -1 0 800 cm", b"q", b"2 0 0 2 0 0 cm", b"1 0 0 rg", b"Q", b"q", b"0.5 g", b"q"]
    assert state_at(ops) == b"1 0 0 -1 0 800 cm\n0.5 g\n"


@pytest.fixture(scope="module")
def printer() -> Printer:
    return Printer(default_templates())


@pytest.fixture(scope="module")
def numbers(printer: Printer) -> PageNumbers:
    found = PageNumbers.of(printer.print(numbers_page(environment(), CONTEXT, "页")).data, "页")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def sheet(printer: Printer) -> Printed:
    printed = printer.print(made_up_sheets()["练习"])
    assert printed.pages >= 3
    return printed


def renumbered_pdf(printed: Printed, numbers: PageNumbers, pages: int) -> bytes:
    """One sheet copied alone, its footers drawn again as pages of `pages`."""
    out = io.BytesIO()
    writer = StreamingPdf(out, numbers, pages)
    writer.append(printed, numbered=True)
    writer.finish([])
    return out.getvalue()


def page_texts(data: bytes) -> list[str]:
    return [squeezed(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_a_sheet_renumbered_with_its_own_numbers_is_drawn_as_printed(sheet: Printed, numbers: PageNumbers) -> None:
    again = renumbered_pdf(sheet, numbers, sheet.pages)
    assert again != sheet.data
    for page in range(1, sheet.pages + 1):
        assert page_pixels(again, page) == page_pixels(sheet.data, page), page


def test_a_renumbered_page_holds_only_its_new_footer(sheet: Printed, numbers: PageNumbers) -> None:
    for n, text in enumerate(page_texts(renumbered_pdf(sheet, numbers, 40)), 1):
        assert FOOTERS.findall(text) == [f"第{n}页共40页"], text
    assert page_pixels(renumbered_pdf(sheet, numbers, 40), 1) != page_pixels(sheet.data, 1)


def test_a_course_pdf_numbers_its_pages_through(printer: Printer, sheet: Printed, numbers: PageNumbers) -> None:
    parts = [("关于加强党的建设的决定", sheet), ("在庆祝大会上的讲话", sheet)]
    front = parts_front(contents_page(environment(), CONTEXT), parts, printer)
    out = io.BytesIO()
    total = write_course_pdf(out, front, parts, numbers)
    texts = page_texts(out.getvalue())
    assert len(texts) == total == 1 + 2 * sheet.pages
    for n, text in enumerate(texts, 1):
        assert FOOTERS.findall(text) == [f"第{n}页共{total}页"], (n, text)
    # the contents page lists the page each document starts on, and that page's footer says so
    second = 2 + sheet.pages
    assert f"在庆祝大会上的讲话{second}" in texts[0].replace(".", "")
    assert f"第{second}页" in texts[second - 1] and texts[second - 1].startswith("关于练习的决定")


def test_a_traditional_course_says_ye_in_its_script(printer: Printer, sheet: Printed) -> None:
    traditional = PageNumbers.of(printer.print(numbers_page(environment(), CONTEXT, "頁")).data, "頁")
    assert traditional is not None and "第2頁共9頁" in page_texts(renumbered_pdf(sheet, traditional, 9))[1]


def test_a_footer_drawn_in_two_fonts_gives_no_numbers(printer: Printer) -> None:
    # a Latin face first (a course.toml font without Chinese): the digits come from it, the rest from another
    if "DejaVu Serif" not in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout:
        pytest.skip("no DejaVu Serif to put before the Chinese face")
    mixed = CONTEXT | {"fonts": '"DejaVu Serif", "Noto Serif CJK SC", serif'}
    assert PageNumbers.of(printer.print(numbers_page(environment(), mixed, "页")).data, "页") is None


def test_pages_with_no_marked_footer_are_copied_as_printed(numbers: PageNumbers) -> None:
    import weasyprint

    html = made_up_sheets()["学习提纲"]
    plain = weasyprint.HTML(string=html, base_url=str(default_templates())).write_pdf()  # no printer: no marks
    printed = Printed(plain, len(pypdf.PdfReader(io.BytesIO(plain)).pages))
    again = renumbered_pdf(printed, numbers, 50)
    assert page_texts(again) == page_texts(plain)


def test_words_of_a_courses_own_in_another_bottom_box_stay_as_printed(printer: Printer, numbers: PageNumbers) -> None:
    # a course's stylesheet sets its school's name at the bottom right, long enough to reach the middle third
    school = "<style>@page { @bottom-right { content: '某某县委党校二〇二四年冬训学习资料' } }</style>"
    html = made_up_sheets()["练习"].replace("</head>", school + "</head>", 1)
    printed = printer.print(html)
    for n, text in enumerate(page_texts(renumbered_pdf(printed, numbers, 40)), 1):
        assert FOOTERS.findall(text) == [f"第{n}页共40页"] and "冬训学习资料" in text, text
