"""Course-wide PDFs assembled from printed documents: contents page, every page in order, bookmarks, same bytes."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

import pypdf
import pytest
from sheet_checks import squeezed
from test_printing import environment, page_html

import study.render.assemble
from study.render.assemble import Entry, Front, Sheet, contents_page, entries, parts_front, write_course_pdf
from study.render.printing import Printed, Printer
from study.render.sheets import default_templates

CONTEXT = {
    "course_title": "学习课程",
    "sheet": "sheet",
    "sheet_name": "学习提纲",
    "page_title": "学习课程 · 学习提纲",
    "medium": "print",
    "lang": "zh-Hans",
    "fonts": '"Noto Serif CJK SC", serif',
    "paper": "A4",
}
TITLES = ("关于加强党的建设的决定", "在庆祝大会上的讲话", "坚持以人民为中心")


@pytest.fixture(scope="module")
def printer() -> Printer:
    return Printer(default_templates())


@pytest.fixture(scope="module")
def parts(printer: Printer) -> list[tuple[str, Printed]]:
    """Three documents of one page and more."""
    found = [(title, printer.print(page_html(title, n))) for n, title in zip((5, 30, 70), TITLES, strict=True)]
    assert [printed.pages for _, printed in found] == sorted({printed.pages for _, printed in found})
    return found


def course_pdf(front: Front, parts: list[tuple[str, Printed]], printer: Printer) -> Printed:
    """One course-wide PDF made in memory, as a worker binds it: its front matter printed, then the parts."""
    out = io.BytesIO()
    sheets: list[tuple[str, Sheet]] = list(parts)
    pages = write_course_pdf(out, parts_front(front, sheets, printer), sheets)
    return Printed(out.getvalue(), pages)


def texts(data: bytes) -> list[str]:
    """Each page's text without whitespace or the contents' leader dots."""
    return [re.sub(r"\.{3,}", "", squeezed(page.extract_text())) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def starts(parts: list[tuple[str, Printed]], front: int = 1) -> list[int]:
    """The 1-based page each part starts on after `front` pages."""
    return [front + 1 + sum(printed.pages for _, printed in parts[:i]) for i in range(len(parts))]


def test_documents_start_after_the_front_pages_and_each_other() -> None:
    assert entries(["a", "b", "c"], [1, 2, 3], 1) == [Entry("a", 2), Entry("b", 3), Entry("c", 5)]
    assert entries(["a"], [4], 2) == [Entry("a", 3)]


def test_the_course_pdf_is_the_contents_page_then_every_document_page(
    printer: Printer, parts: list[tuple[str, Printed]]
) -> None:
    made = course_pdf(contents_page(environment(), CONTEXT), parts, printer)
    pages = texts(made.data)
    assert len(pages) == made.pages == 1 + sum(printed.pages for _, printed in parts)
    # the contents lists each document with the page it starts on; each starts where it says
    for title, start in zip(TITLES, starts(parts), strict=True):
        assert f"{title}{start}" in pages[0]
        assert pages[start - 1].startswith(title)
    assert "学习课程" in pages[0] and "学习提纲" in pages[0]


def test_every_document_has_its_bookmark(printer: Printer, parts: list[tuple[str, Printed]]) -> None:
    reader = pypdf.PdfReader(io.BytesIO(course_pdf(contents_page(environment(), CONTEXT), parts, printer).data))
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert marks == [("目录", 0), *((title, start - 1) for title, start in zip(TITLES, starts(parts), strict=True))]


def test_a_long_contents_counts_its_own_pages(printer: Printer, parts: list[tuple[str, Printed]]) -> None:
    many = [(f"第{i + 1}篇{title}", printed) for i in range(40) for title, printed in parts[:1]]
    pages = texts(course_pdf(contents_page(environment(), CONTEXT), many, printer).data)
    front = len(pages) - 40 * parts[0][1].pages
    assert front >= 2  # 40 entries do not fit one page
    listed = "".join(pages[:front])
    for i, start in enumerate(starts(many, front)):
        assert f"{i + 1}.第{i + 1}篇{TITLES[0]}{start}" in listed


def test_each_page_is_drawn_as_in_its_own_pdf(printer: Printer, parts: list[tuple[str, Printed]]) -> None:
    data = course_pdf(contents_page(environment(), CONTEXT), parts, printer).data
    for (_, printed), start in zip(parts, starts(parts), strict=True):
        for page in (1, printed.pages):
            assert page_pixels(data, start + page - 1) == page_pixels(printed.data, page)


def test_the_course_pdf_reads_cleanly(printer: Printer, parts: list[tuple[str, Printed]], tmp_path: Path) -> None:
    path = tmp_path / "course.pdf"
    with path.open("wb") as out:
        write_course_pdf(out, parts_front(contents_page(environment(), CONTEXT), parts, printer), parts)
    assert path.read_bytes() == course_pdf(contents_page(environment(), CONTEXT), parts, printer).data
    assert len(pypdf.PdfReader(path, strict=True).pages) == 1 + sum(printed.pages for _, printed in parts)
    checked = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True)
    assert checked.stderr == "" and "Pages:" in checked.stdout


def page_pixels(data: bytes, page: int) -> bytes:
    """One page drawn by pdftoppm (PNG bytes: the same pixels make the same file); poppler must not complain."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(data)
        args = ["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page), "-singlefile", path, Path(tmp) / "p"]
        drawn = subprocess.run(args, capture_output=True, text=True, check=True)
        assert drawn.stderr == ""
        return (Path(tmp) / "p.png").read_bytes()


def test_the_same_parts_give_the_same_bytes(printer: Printer, parts: list[tuple[str, Printed]]) -> None:
    front = contents_page(environment(), CONTEXT)
    assert course_pdf(front, parts, printer) == course_pdf(front, parts, printer)


def test_a_page_count_that_is_not_the_pdfs_is_refused(printer: Printer, parts: list[tuple[str, Printed]]) -> None:
    title, printed = parts[0]
    with pytest.raises(ValueError, match="pages"):
        course_pdf(contents_page(environment(), CONTEXT), [(title, Printed(printed.data, 5))], printer)


def test_a_contents_laid_out_in_pieces_reads_as_one(
    printer: Printer, parts: list[tuple[str, Printed]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a long contents is laid out a few entries at a time and joined where a page ends: every entry once, in
    # order, with its page; the pages numbered through; the course's title over every page
    many = [(f"第{i + 1}篇{title}", printed) for i in range(70) for title, printed in parts[:1]]
    whole = texts(course_pdf(contents_page(environment(), CONTEXT), many, printer).data)
    monkeypatch.setattr(study.render.assemble, "PIECE_ENTRIES", 12)  # less than a page: pieces grow until they fill one
    pieced = texts(course_pdf(contents_page(environment(), CONTEXT), many, printer).data)
    front = len(pieced) - 70 * parts[0][1].pages
    assert front == len(whole) - 70 * parts[0][1].pages >= 3
    listed = "".join(pieced[:front])
    at = [listed.index(f"{i + 1}.第{i + 1}篇{TITLES[0]}{start}") for i, start in enumerate(starts(many, front))]
    assert at == sorted(at) and all(listed.count(f"{i + 1}.第{i + 1}篇") == 1 for i in range(70))
    for number, page in enumerate(pieced[:front], 1):
        assert f"第{number}页共{len(pieced)}页" in page and "学习课程" in page  # numbered through the course
    assert [page.count("篇") for page in pieced[: front - 1]] == [page.count("篇") for page in whole[: front - 1]]
