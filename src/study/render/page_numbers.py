"""Page numbers of the course-wide PDFs: each document's pages numbered through the course, not by themselves.

A course PDF is bound from the documents' own PDFs (render/assemble), whose footers say 第 1 页 共 5 页 of the
document, while its contents page lists where each document starts in the course. So the printer marks
each page's footer as it writes it (mark_footers: marked content, drawn as before), and binding takes the
marked footer out of each page it copies and draws the course's number in its place (PageNumbers).

The course's numbers are drawn in a font of the footer's own face cut to the characters a footer uses: from
a page printed once a process with all of them in its footer (the numbers page), whose footer also gives
where and how a footer is drawn. A numbers page whose footer is not found so gives no PageNumbers, and the
documents keep their own numbers.

Imports no pypdf until a course PDF is bound: the printer (and a rebuild asking for its fingerprint) loads
this module.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

FOOTER = "第 {page} {label} 共 {pages} {label}"  # as templates/study.css writes a page's footer
DIGITS = " 0123456789"


def glyphs(label: str) -> str:
    """Every character a FOOTER with this label may hold: what a numbers page prints (its script's label only,
    so a face without the other script's 頁 or 页 is still one font)."""
    return "第共" + label + DIGITS


MARK = b"/StudyFooter BMC"  # the marked-content operators around each text object of a footer
END = b"EMC"
FONT = "/StudyNumbers"  # the numbers font's name among a page's fonts
MARKED = re.compile(re.escape(MARK) + rb"\nBT\n.*?\nET\n" + END + rb"\n?", re.S)
TEXT_MATRIX = re.compile(rb"^(-?[\d.]+ ){4}(?P<x>-?[\d.]+) (?P<y>-?[\d.]+) Tm$")
FONT_SIZE = re.compile(rb"^/(?P<name>\S+) (?P<size>[\d.]+) Tf$")
CODES = re.compile(rb"<([0-9a-fA-F]*)>")  # the hexadecimal strings of a TJ operator
SPAN_SLACK = 1.0  # CSS pixels either side of the footer's box: its text starts at the box's edge
STATE = (b" cm", b" rg", b" g")  # operators setting where and in what colour the numbers are drawn


def mark_footers(document: Any, pdf: Any) -> None:
    """WeasyPrint's finisher: each text object drawn in a page's bottom-centre margin box marked as its footer's.

    WeasyPrint draws in CSS pixels, y downward from the top of the page, one operator to a line, and writes
    the lines when the finisher has run: a text object whose text matrix puts it in the bottom margin, starting
    within the bottom-centre box across, is the footer's (a course's own stylesheet may set words in the
    bottom-left or bottom-right box too: those are not numbers to replace)."""
    try:
        found = [
            (page_operators(pdf, number), page.height - page._page_box.margin_bottom, footer_span(page))
            for page, number in zip(document.pages, pdf.pages["Kids"][::3], strict=True)
        ]
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return  # not a WeasyPrint this was written for: the footers stay unmarked, and pages keep their numbers
    for ops, bottom, span in found:
        if span is not None:
            mark_below(ops, bottom, span)


def footer_span(page: Any) -> tuple[float, float] | None:
    """Where a WeasyPrint page's bottom-centre margin box stands across (from, to), or None without one."""
    for box in page._page_box.children:
        if getattr(box, "at_keyword", None) == "@bottom-center":
            start: float = box.position_x
            return start - SPAN_SLACK, start + box.margin_width() + SPAN_SLACK
    return None


def page_operators(pdf: Any, page: int) -> list[Any]:
    """The operators of a page of a PDF WeasyPrint is writing (pydyf's page object `page`), one a line."""
    ops: list[Any] = pdf.objects[int(pdf.objects[page]["Contents"].split()[0])].stream
    return ops


def mark_below(ops: list[Any], bottom: float, across: tuple[float, float] = (0.0, float("inf"))) -> None:
    """Mark, in place, each text object of a page's operators whose text matrix stands below `bottom`, starting
    `across` (from, to)."""
    start = None
    for at, op in enumerate(ops):
        if op == b"BT":
            start = at
        elif op == b"ET" and start is not None:
            if any(placed_below(line, bottom, across) for line in ops[start:at]):
                ops[start] = MARK + b"\nBT"
                ops[at] = b"ET\n" + END
            start = None


def placed_below(op: Any, bottom: float, across: tuple[float, float] = (0.0, float("inf"))) -> bool:
    """True for a text matrix operator that places text below `bottom`, starting `across` (from, to)."""
    found = TEXT_MATRIX.match(op) if isinstance(op, bytes) else None
    return found is not None and float(found["y"]) > bottom and across[0] <= float(found["x"]) <= across[1]


@dataclass(frozen=True)
class PageNumbers:
    """How a footer of the course's numbers is drawn: in the numbers font (an object of the numbers page's
    PDF), each character's code and advance, and the state, place and size the numbers page's footer had."""

    font: IndirectObject
    codes: dict[str, str]  # character → its glyph's code, four hexadecimal digits
    advances: dict[str, float]  # character → its advance, in thousandths of the font size
    state: bytes  # the operators in force where the footer was drawn: transformations, colour
    centre: float  # the middle of the footer, across, in its text space
    baseline: float
    size: float
    label: str  # 页, or 頁 on a traditional page

    @classmethod
    def of(cls, printed: bytes, label: str) -> PageNumbers | None:
        """The numbers of a printed numbers page (glyphs(label) in its footer), or None when its footer is not
        one text object in one font, marked (a font without Chinese digits or labels falls back to another)."""
        from pypdf import PdfReader

        page = PdfReader(io.BytesIO(printed)).pages[0]
        contents = page.get_contents()
        found = marked_footer(contents.get_data().split(b"\n")) if contents is not None else None
        if found is None:
            return None
        state, body = found
        if sum(1 for op in body if FONT_SIZE.match(op)) != 1:
            return None
        place, font_size = first_match(TEXT_MATRIX, body), first_match(FONT_SIZE, body)
        shown = b"".join(CODES.findall(b"".join(op for op in body if op.endswith(b"TJ"))))
        codes = [shown[at : at + 4].decode() for at in range(0, len(shown), 4)]
        resources = cast("DictionaryObject", page["/Resources"].get_object())
        fonts = cast("DictionaryObject", resources["/Font"].get_object())
        font = fonts.raw_get("/" + font_size["name"].decode()) if font_size else None
        printed_glyphs = glyphs(label)
        if place is None or font_size is None or len(codes) != len(printed_glyphs) or font is None:
            return None
        widths = glyph_advances(font.get_object(), [int(c, 16) for c in codes])
        advances = dict(zip(printed_glyphs, widths, strict=True))
        size = float(font_size["size"])
        centre = float(place["x"]) + sum(advances.values()) * size / 2000
        codes_of = dict(zip(printed_glyphs, codes, strict=True))
        return cls(font, codes_of, advances, state, centre, float(place["y"]), size, label)

    def footer(self, page: int, pages: int) -> bytes:
        """The operators that draw one page's footer, in a state of their own."""
        text = FOOTER.format(page=page, pages=pages, label=self.label)
        x = self.centre - sum(self.advances[c] for c in text) * self.size / 2000
        shown = "".join(self.codes[c] for c in text)
        drawn = f"BT\n1 0 0 -1 {x:.6f} {self.baseline:.6f} Tm\n{FONT} {self.size:g} Tf\n[<{shown}>] TJ\nET\n"
        return b"q\n" + self.state + drawn.encode() + b"Q\n"


def first_match(pattern: re.Pattern[bytes], ops: list[bytes]) -> re.Match[bytes] | None:
    """The first of some operators that matches a pattern."""
    return next((found for found in map(pattern.match, ops) if found), None)


def marked_footer(ops: list[bytes]) -> tuple[bytes, list[bytes]] | None:
    """The state in force at a page's one marked text object, and its operators; None unless there is one."""
    marks = [at for at, op in enumerate(ops) if op == MARK]
    if len(marks) != 1 or END not in ops[marks[0] :]:
        return None
    end = ops.index(END, marks[0])
    return state_at(ops[: marks[0]]), ops[marks[0] + 1 : end]


def state_at(ops: list[bytes]) -> bytes:
    """The operators setting the transformation and colours in force after some operators (q and Q kept)."""
    stack: list[list[bytes]] = [[]]
    for op in ops:
        if op == b"q":
            stack.append(list(stack[-1]))
        elif op == b"Q" and len(stack) > 1:
            stack.pop()
        elif op.endswith(STATE):
            stack[-1].append(op)
    return b"".join(op + b"\n" for op in stack[-1])


def glyph_advances(font: DictionaryObject, codes: list[int]) -> list[float]:
    """Each code's advance in a Type0 font: its descendant's /W array, /DW where that is silent."""
    from pypdf.generic import ArrayObject

    descendant = cast("ArrayObject", font["/DescendantFonts"].get_object())[0].get_object()
    advances: dict[int, float] = {}
    entries = [entry.get_object() for entry in descendant.get("/W", [])]
    at = 0
    while at + 1 < len(entries):
        first, then = int(entries[at]), entries[at + 1]
        if isinstance(then, ArrayObject):  # first [w w w …]
            advances.update((first + k, float(w)) for k, w in enumerate(then))
            at += 2
        else:  # first last w
            advances.update(dict.fromkeys(range(first, int(then) + 1), float(entries[at + 2])))
            at += 3
    default = float(descendant.get("/DW", 1000))
    return [advances.get(code, default) for code in codes]


def renumbered(content: bytes, footer: bytes) -> bytes | None:
    """A page's content with its marked footer taken out and `footer` drawn after it; None when none is marked."""
    bare, found = MARKED.subn(b"", content)
    if not found:
        return None
    return b"q\n" + bare + b"\nQ\n" + footer


def content_stream(content: bytes) -> StreamObject:
    """A content stream of these operators, compressed."""
    from pypdf.generic import EncodedStreamObject, NameObject

    stream = EncodedStreamObject()
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream._data = zlib.compress(content)  # written as it is (see assemble._copied)
    return stream
