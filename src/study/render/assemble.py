"""Course-wide PDFs assembled from the documents' own PDFs: a cover and contents page, then each document.

Nothing is laid out again but the contents page, so a course-wide sheet exists for any course size and
costs a copy of its documents' pages, not their layout. Each document gets a bookmark (PDF outline).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

import jinja2
from pypdf import PdfReader, PdfWriter

from study.render.printing import Printed, Printer

CONTENTS_TEMPLATE = "contents.html.j2"
CONTENTS_BOOKMARK = "目录"
# a contents page whose own length changes the page numbers it prints settles within a few tries
FRONT_TRIES = 4


@dataclass(frozen=True)
class Entry:
    """One line of the contents: a document's title and the page of the course PDF it starts on."""

    title: str
    page: int


Front = Callable[[Sequence[Entry]], str]  # the contents entries → the cover-and-contents page as HTML


def contents_page(env: jinja2.Environment, context: Mapping[str, object]) -> Front:
    """The cover-and-contents page from templates/contents.html.j2, with the sheets' page context."""
    template = env.get_template(CONTENTS_TEMPLATE)
    return lambda entries: template.render(**context, entries=list(entries))


def entries(titles: Sequence[str], pages: Sequence[int], front_pages: int) -> list[Entry]:
    """Each document's contents entry: it starts after the front pages and every document before it."""
    starts = accumulate(pages[:-1], initial=front_pages + 1)
    return [Entry(title, start) for title, start in zip(titles, starts, strict=True)]


def front_matter(front: Front, titles: Sequence[str], pages: Sequence[int], printer: Printer) -> Printed:
    """The printed cover-and-contents page, its page numbers counting its own pages."""
    guess = 1
    for _ in range(FRONT_TRIES):
        printed = printer.print(front(entries(titles, pages, guess)))
        if printed.pages == guess:
            return printed
        guess = printed.pages
    raise RuntimeError(f"the contents page does not settle on a page count (last {guess})")


def course_pdf(front: Front, parts: Sequence[tuple[str, Printed]], printer: Printer) -> bytes:
    """One course-wide PDF: the front page, then each document's printed pages, one bookmark per document."""
    titles = [title for title, _ in parts]
    cover = front_matter(front, titles, [printed.pages for _, printed in parts], printer)
    writer = PdfWriter()
    writer.page_mode = "/UseOutlines"  # a viewer opens with the documents listed beside the pages
    at = _append(writer, cover, 0)
    writer.add_outline_item(title=CONTENTS_BOOKMARK, page_number=0)
    for title, printed in parts:
        start, at = at, _append(writer, printed, at)
        writer.add_outline_item(title=title, page_number=start)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _append(writer: PdfWriter, printed: Printed, at: int) -> int:
    """Copy one printed PDF's pages to the end of the writer; the page number after them."""
    reader = PdfReader(io.BytesIO(printed.data))
    if len(reader.pages) != printed.pages:
        raise ValueError(f"a printed PDF has {len(reader.pages)} pages, not the {printed.pages} laid out")
    for page in reader.pages:
        writer.add_page(page)
    return at + printed.pages
