"""Course-wide PDFs assembled from the documents' own PDFs: a cover and contents page, then each document.

Nothing is laid out again but the contents page, so a course-wide sheet exists for any course size and
costs a copy of its documents' pages, not their layout. Each document gets a bookmark (PDF outline).
"""

from __future__ import annotations

import functools
import io
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import BinaryIO, Protocol

import jinja2
from pypdf import PageObject, PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from study import MAKER
from study.render.page_numbers import FONT, PageNumbers, content_stream, glyphs, renumbered
from study.render.printing import Printed, Printer

CONTENTS_TEMPLATE = "contents.html.j2"
NUMBERS_TEMPLATE = "page-numbers.html.j2"
CONTENTS_BOOKMARK = "目录"
# a contents page whose own length changes the page numbers it prints settles within a few tries; the first
# guess (about this many entries a page) saves laying out a long contents twice
FRONT_TRIES = 4
ENTRIES_PER_PAGE = 30
# the contents is laid out this many entries at a time (a few pages): a thousand entries laid out at once
# took some 120 MB and 8 s, ten times the cost of its pieces
PIECE_ENTRIES = 100
ENTRY_ID = "entry-"  # the contents template's id of an entry's row: ENTRY_ID and its number in the contents, from 0


@dataclass(frozen=True)
class Entry:
    """One line of the contents: a document's title and the page of the course PDF it starts on."""

    title: str
    page: int


@dataclass(frozen=True)
class Piece:
    """Where a piece of the contents stands in it: its first entry's number (from 0), the page it starts on
    (from 1), the pages of the whole front matter, the entries of the whole contents, and the pages of the
    course PDF it begins (its footers number them through)."""

    first: int
    page: int
    pages: int
    total: int
    last: int = 0


# some entries of the contents and where they stand in it → that piece of the cover-and-contents page as HTML
Front = Callable[[Sequence[Entry], Piece], str]


class Sheet(Protocol):
    """A document's printed sheet as binding reads it: its page count, and its PDF's bytes (which may be read
    from a file only when the sheet is bound, so a course of thousands holds one at a time)."""

    @property
    def pages(self) -> int:
        """How many pages it has."""
        ...

    @property
    def data(self) -> bytes:
        """The PDF's bytes."""
        ...


def contents_page(env: jinja2.Environment, context: Mapping[str, object]) -> Front:
    """The cover-and-contents page from templates/contents.html.j2, with the sheets' page context."""
    template = env.get_template(CONTENTS_TEMPLATE)
    return lambda entries, piece: template.render(**context, entries=list(entries), piece=piece)


def numbers_page(env: jinja2.Environment, context: Mapping[str, object], label: str) -> str:
    """The numbers page (see page_numbers) for footers that say `label`, in the sheets' page context, as HTML
    (never converted between scripts: it holds its label as given)."""
    return env.get_template(NUMBERS_TEMPLATE).render(**context, glyphs=glyphs(label))


def entries(titles: Sequence[str], pages: Sequence[int], front_pages: int) -> list[Entry]:
    """Each document's contents entry: it starts after the front pages and every document before it."""
    starts = accumulate(pages[:-1], initial=front_pages + 1)
    return [Entry(title, start) for title, start in zip(titles, starts, strict=True)]


def front_matter(
    front: Front, titles: Sequence[str], pages: Sequence[int], printer: Printer, through: bool = True
) -> list[Printed]:
    """The printed cover-and-contents pages, in pieces (see front_pieces), their footers counting the course
    PDF's pages (`through`: its documents' pages are numbered through it too), else their own."""
    guess = 1 + len(titles) // ENTRIES_PER_PAGE
    for _ in range(FRONT_TRIES):
        last = guess + sum(pages) if through else 0
        printed = front_pieces(front, entries(titles, pages, guess), guess, printer, last)
        found = sum(piece.pages for piece in printed)
        if found == guess:
            return printed
        guess = found
    raise RuntimeError(f"the contents page does not settle on a page count (last {guess})")


def front_pieces(front: Front, listed: Sequence[Entry], pages: int, printer: Printer, last: int = 0) -> list[Printed]:
    """The cover and contents laid out PIECE_ENTRIES entries at a time, each piece printed but its last page,
    whose entries begin the next piece (the last piece printed whole): the pages read as one contents, and a
    contents of any length costs the layout of a few pages. `pages`: the front matter's pages in all; `last`:
    the course PDF's (its own pages when 0)."""
    printed: list[Printed] = []
    start, page, size = 0, 1, PIECE_ENTRIES
    while True:
        end = min(start + size, len(listed))
        laid = printer.lay_out(front(listed[start:end], Piece(start, page, pages, len(listed), last or pages)))
        if end >= len(listed):
            printed.append(laid.printed())
            return printed
        carried = first_entry(laid.ids(laid.pages - 1)) if laid.pages > 1 else None
        if carried is None or carried <= start:  # the piece fits one page (small print): lay out more at once
            size *= 2
            continue
        printed.append(laid.printed(laid.pages - 1))
        start, page = carried, page + laid.pages - 1


def first_entry(ids: set[str]) -> int | None:
    """The number of the first contents entry among a page's element ids, or None when it holds none."""
    numbers = [int(name.removeprefix(ENTRY_ID)) for name in ids if name.startswith(ENTRY_ID)]
    return min(numbers, default=None)


def parts_front(
    front: Front, parts: Sequence[tuple[str, Sheet]], printer: Printer, through: bool = True
) -> list[Printed]:
    """The printed front matter of a course-wide PDF of these parts (see front_matter)."""
    titles, pages = [title for title, _ in parts], [printed.pages for _, printed in parts]
    return front_matter(front, titles, pages, printer, through)


def write_course_pdf(
    out: BinaryIO,
    cover: Sequence[Printed],
    parts: Sequence[tuple[str, Sheet]],
    numbers: PageNumbers | Sequence[PageNumbers | None] | None = None,
) -> int:
    """A course PDF written to a binary stream as it is made (one document's PDF is parsed at a time): its
    printed front matter, then each part's pages, numbered through the course when `numbers` can draw it (the
    front matter is printed so): one PageNumbers for all parts, or each part's own (its page's script's word
    for a page, 页 or 頁; None: that part keeps its own numbers); how many pages it has."""
    pages = sum(piece.pages for piece in cover) + sum(printed.pages for _, printed in parts)
    each = [numbers] * len(parts) if numbers is None or isinstance(numbers, PageNumbers) else list(numbers)
    if len(each) != len(parts):
        raise ValueError(f"page numbers for {len(each)} parts, not {len(parts)}")
    writer = StreamingPdf(out, None, pages)
    marks = [(CONTENTS_BOOKMARK, writer.append(cover[0]))]
    for piece in cover[1:]:
        writer.append(piece)
    marks += [
        (title, writer.append(printed, numbered=True, numbers=own))
        for (title, printed), own in zip(parts, each, strict=True)
    ]
    writer.finish(marks)
    return pages


Renumber = Callable[[IndirectObject], IndirectObject]  # an object's reference in the PDF being copied → here


@dataclass
class Copying:
    """The objects of one PDF being copied into another: their new numbers, and those still to write."""

    numbers: dict[int, int] = field(default_factory=dict)
    pending: deque[tuple[int, PdfObject]] = field(default_factory=deque)


class StreamingPdf:
    """A PDF written while its pages are copied in, holding only object offsets and page numbers.

    pypdf's PdfWriter holds every copied object until it writes (some 2.5 times the output in memory); here
    each document's objects are renumbered and written as soon as it is read, so a course of thousands of
    documents costs the memory of one.
    """

    CATALOG, PAGES, OUTLINES = 1, 2, 3

    def __init__(self, out: BinaryIO, numbers: PageNumbers | None = None, pages: int = 0) -> None:
        self._out = out
        self._start = out.tell()
        self._offsets: dict[int, int] = {}
        self._pages: list[int] = []
        self._next = self.OUTLINES + 1
        self._info = 0  # the document information dictionary's number, once written (see finish)
        self._numbers = numbers  # None: the pages keep the footers they were printed with
        self._total = pages  # the pages the PDF will have, to number the pages appended with `numbered`
        self._fonts: dict[int, IndirectObject] = {}  # each PageNumbers' font (by its id), once written
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def append(self, printed: Sheet, numbered: bool = False, numbers: PageNumbers | None = None) -> int:
        """Copy a printed PDF's pages (and all they use) to the end; the number of its first page, from 0.
        `numbered`: each page's own footer drawn again with its number in this PDF (see page_numbers), by
        `numbers` when given, else by the PDF's."""
        reader = PdfReader(io.BytesIO(printed.data))
        if len(reader.pages) != printed.pages:
            raise ValueError(f"a printed PDF has {len(reader.pages)} pages, not the {printed.pages} laid out")
        first = len(self._pages)
        copying = Copying()
        pages: list[tuple[int, PageObject]] = []
        for page in reader.pages:
            assert page.indirect_reference is not None  # a page read from a file is an indirect object
            number = copying.numbers[page.indirect_reference.idnum] = self._number()  # others may refer to it
            self._pages.append(number)
            pages.append((number, page))
        drawing = numbers or self._numbers
        for at, (number, page) in enumerate(pages, first + 1):
            self._write_page(number, page, copying, at if numbered else None, drawing)
        self._flush(copying)
        return first

    def _ref(self, copying: Copying, target: IndirectObject) -> IndirectObject:
        """The number here of an object of the PDF being copied, which is queued to be written."""
        if target.idnum not in copying.numbers:
            copying.numbers[target.idnum] = self._number()
            copying.pending.append((copying.numbers[target.idnum], target.get_object() or NullObject()))
        return _ref(copying.numbers[target.idnum])

    def _flush(self, copying: Copying) -> None:
        """Write every object a copying queued, and all they refer to."""
        ref = functools.partial(self._ref, copying)
        while copying.pending:
            number, obj = copying.pending.popleft()
            self._write(number, _copied(obj, ref))

    def _write_page(
        self, number: int, page: PageObject, copying: Copying, numbered: int | None, numbers: PageNumbers | None
    ) -> None:
        """A copy of one page, as object `number`; `numbered`: its page number here, to draw in its footer by
        `numbers`."""
        ref = functools.partial(self._ref, copying)
        content = None
        if numbered is not None and numbers is not None:
            footer = numbers.footer(numbered, self._total)
            own = page.get_contents()
            content = renumbered(own.get_data(), footer) if own is not None else None
        if content is None or numbers is None:  # not numbered here, or a page with no footer marked: as printed
            self._write(number, _copied(page, ref, is_page=True))
            return
        kept = DictionaryObject({key: value for key, value in page.items() if key not in ("/Contents", "/Resources")})
        copied = _copied(kept, ref, is_page=True)
        assert isinstance(copied, DictionaryObject)
        copied[NameObject("/Contents")] = self._written(content_stream(content))
        copied[NameObject("/Resources")] = self._with_numbers_font(page.get("/Resources"), ref, numbers)
        self._write(number, copied)

    def _written(self, obj: PdfObject) -> IndirectObject:
        """An object written now; a reference to it."""
        number = self._number()
        self._write(number, obj)
        return _ref(number)

    def _with_numbers_font(self, resources: PdfObject | None, ref: Renumber, numbers: PageNumbers) -> PdfObject:
        """A page's resources, copied, with the numbers font beside its own fonts (one page draws one)."""
        found = resources.get_object() if resources is not None else None
        own = found if isinstance(found, DictionaryObject) else DictionaryObject()
        copied = DictionaryObject({key: _copied(value, ref) for key, value in own.items() if key != "/Font"})
        fonts = own.get("/Font")
        fonts = fonts.get_object() if fonts is not None else None
        listed = DictionaryObject(
            {key: _copied(value, ref) for key, value in (fonts.items() if isinstance(fonts, DictionaryObject) else ())}
        )
        listed[NameObject(FONT)] = self._numbers_font(numbers)
        copied[NameObject("/Font")] = listed
        return copied

    def _numbers_font(self, numbers: PageNumbers) -> IndirectObject:
        """A numbers font, written with all it uses the first time a page needs it."""
        if id(numbers) not in self._fonts:
            copying = Copying()
            self._fonts[id(numbers)] = self._ref(copying, numbers.font)
            self._flush(copying)
        return self._fonts[id(numbers)]

    def finish(self, marks: Sequence[tuple[str, int]]) -> None:
        """Write the page tree, the bookmarks (title, page number from 0), the catalog and the cross-references."""
        kids = ArrayObject(_ref(number) for number in self._pages)
        pages = {"/Type": NameObject("/Pages"), "/Kids": kids, "/Count": NumberObject(len(self._pages))}
        self._write(self.PAGES, DictionaryObject({NameObject(k): v for k, v in pages.items()}))
        self._write_outline(marks)
        catalog = {
            "/Type": NameObject("/Catalog"),
            "/Pages": _ref(self.PAGES),
            "/Outlines": _ref(self.OUTLINES),
            "/PageMode": NameObject("/UseOutlines"),  # a viewer opens with the documents listed beside the pages
        }
        self._write(self.CATALOG, DictionaryObject({NameObject(k): v for k, v in catalog.items()}))
        # the maker named, as WeasyPrint names it in a document's own PDF: given back as a source, it is refused
        self._info = self._number()
        self._write(self._info, DictionaryObject({NameObject("/Creator"): TextStringObject(MAKER)}))
        self._write_xref()

    def _number(self) -> int:
        """A new object number."""
        self._next += 1
        return self._next - 1

    def _write(self, number: int, obj: PdfObject) -> None:
        """One numbered object, at the end of the file."""
        self._offsets[number] = self._out.tell() - self._start
        self._out.write(f"{number} 0 obj\n".encode())
        obj.write_to_stream(self._out)
        self._out.write(b"\nendobj\n")

    def _write_outline(self, marks: Sequence[tuple[str, int]]) -> None:
        """The outline: one bookmark per (title, page), in order, each opening its page whole."""
        numbers = [self._number() for _ in marks]
        for i, (title, page) in enumerate(marks):
            item: dict[str, PdfObject] = {
                "/Title": TextStringObject(title),
                "/Parent": _ref(self.OUTLINES),
                "/Dest": ArrayObject([_ref(self._pages[page]), NameObject("/Fit")]),
            }
            if i:
                item["/Prev"] = _ref(numbers[i - 1])
            if i + 1 < len(numbers):
                item["/Next"] = _ref(numbers[i + 1])
            self._write(numbers[i], DictionaryObject({NameObject(k): v for k, v in item.items()}))
        root: dict[str, PdfObject] = {"/Type": NameObject("/Outlines"), "/Count": NumberObject(len(marks))}
        if numbers:
            root["/First"] = _ref(numbers[0])
            root["/Last"] = _ref(numbers[-1])
        self._write(self.OUTLINES, DictionaryObject({NameObject(k): v for k, v in root.items()}))

    def _write_xref(self) -> None:
        """The cross-reference table and trailer that end the file."""
        at = self._out.tell() - self._start
        size = self._next
        rows = [b"0000000000 65535 f \n"] + [f"{self._offsets[n]:010d} 00000 n \n".encode() for n in range(1, size)]
        self._out.write(f"xref\n0 {size}\n".encode() + b"".join(rows))
        trailer = f"<< /Size {size} /Root {self.CATALOG} 0 R /Info {self._info} 0 R >>"
        self._out.write(f"trailer\n{trailer}\nstartxref\n{at}\n%%EOF\n".encode())


def _ref(number: int) -> IndirectObject:
    """A reference to object `number` of the PDF being written."""
    return IndirectObject(number, 0, None)  # pypdf needs no reader for a reference it only writes


def _copied(obj: PdfObject, ref: Callable[[IndirectObject], IndirectObject], is_page: bool = False) -> PdfObject:
    """An object with every reference renumbered by `ref` (a page's /Parent becomes the new page tree)."""
    if isinstance(obj, IndirectObject):
        return ref(obj)
    if isinstance(obj, StreamObject):
        stream = EncodedStreamObject()
        stream.update({key: _copied(value, ref) for key, value in obj.items()})
        stream._data = obj._data  # the encoded bytes, copied as they are
        return stream
    if isinstance(obj, DictionaryObject):
        copied = DictionaryObject({key: _copied(value, ref) for key, value in obj.items() if key != "/Parent"})
        if is_page:
            copied[NameObject("/Parent")] = _ref(StreamingPdf.PAGES)
        return copied
    if isinstance(obj, ArrayObject):
        return ArrayObject(_copied(value, ref) for value in obj)
    return obj
