"""PDF with a text layer → paragraphs as lines: printed lines rejoined, running headers and page numbers gone.

A PDF holds lines as printed: every paragraph broken at the line end, the running header and the page
number ("— 3 —") between the pages' text, and, from some producers, Kangxi radicals (⼀) for ideographs.
pypdf gives each piece of text with its position; lines are rebuilt from the positions, the page
furniture is recognized by where it stands and by repeating, and lines are joined by layout: a nearly
full line that does not end its sentence goes on, an indented one starts a paragraph, and so does the
line after a heading that fills its line (seen by the marks both lines open with, or by the indent).
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from study.errors import SourceError
from study.read.binary import Extracted, property_title, reason
from study.read.docx import counting
from study.read.lines import Line, normalize_line
from study.read.shapes import LIST_MARK_PATTERNS, MARKER_START, NUM, stops_sentence

if TYPE_CHECKING:
    import pypdf

HEADER_REACH = 1024  # the %PDF- header may follow a little junk (the format allows 1 KB of it)
LATIN_SPACE = 0.1  # a gap between two Latin runs over this many font sizes is a space between them
WIDE_GAP = 1.0  # … and between any two pieces, this many (a CJK text's characters and figures touch)
GUTTER = 1.5  # a gap between a row's pieces of this many font sizes may be the gutter between two columns
COLUMN_MIDDLE = (0.3, 0.7)  # … when it stands in this middle share of the text's width
MIN_COLUMN_ROWS = 6  # … and at least this many rows leave it empty between pieces
COLUMN_SHARE = 0.4  # … and this share of the page's rows
SAME_LINE = 0.4  # pieces whose baselines differ by less than this many font sizes are on one line
FULL_SLACK = 1.5  # a line ending within this many font sizes of the right margin is full
UNIT_SLACK = 0.3  # … as is one whose room is this much narrower than the next line's first unit
INDENT = 0.8  # a line starting this many font sizes right of the margin is indented
GAP = 1.6  # a gap between lines over this many times the usual spacing separates paragraphs
FURNITURE_REACH = 2  # running headers and footers are among a page's first and last two lines
FURNITURE_SHARE = 0.5  # … repeating on at least this share of the pages
FURNITURE_MAX_CHARS = 30  # … and short: a body line is longer
SMALL_TYPE = 0.9  # a header set apart is in type smaller than this share of the body's
MIN_TEXT_PER_PAGE = 20  # fewer visible body characters per page: there is no text layer (a stamp at most)
MIN_PAGE_LINES = 5  # a page with fewer lines takes its margins from the whole document
INDENT_STYLE_SHARE = 0.6  # documents whose paragraphs mostly open indented

# Page numbers as printed: — 3 —, - 3 -, 3, 第3页, 第 3 页 共 9 页, 3/9, Page 3.
PAGE_NUMBER = re.compile(
    r"^(?:[—–\-－~·•\s]*\d{1,4}[—–\-－~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
# What a browser prints at a page's edges: the page's address (with the page's count, 1/3), or the day and
# time it was printed (with the page's title): the copy's, never the text's, however long.
BROWSER_EDGE = re.compile(
    r"^(?:(?:file|https?)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M|\s*[上下]午)?(?:\s.*)?)$",
    re.IGNORECASE,
)
# A note's mark as the text shows it raised (① [1] 〔1〕 (1) 1 * 注①), and as it opens the note at the page foot
# (a bare figure there with a space after it: a line opening on a figure is text).
NOTE_ONLY = re.compile(r"^(?:注\s*)?(?:[\u2460-\u2473\u3251-\u325f]|[\[［〔(（]?\d{1,3}[\]］〕)）]?|[*＊]{1,3})$")
NOTE_OPENS = re.compile(
    r"^(?:注\s*)?(?:[\u2460-\u2473\u3251-\u325f]|[\[［〔(（]\d{1,3}[\]］〕)）]|\d{1,3}\s|[*＊]{1,3})"
)
SUPERSCRIPT = 0.8  # a raised mark is set this much smaller than the text it follows, or smaller
RISE = (0.15, 0.8)  # … its baseline this many font sizes of the text above the text's
MARK_REACH = 0.6  # … and it starts within this many font sizes of where the text before it ends
SURROGATES = re.compile("[\ud800-\udfff]")  # lone halves a broken ToUnicode map yields: not text
# Simplified-character radicals some producers emit for the characters themselves (NFKC leaves them).
RADICALS_SIMPLIFIED = dict(
    zip("⺠⻅⻉⻋⻓⻔⻚⻛⻜⻢⻥⻦⻧⻨⻩⻬⻮⻰⻆⻘⻝", "民见贝车长门页风飞马鱼鸟卤麦黄齐齿龙角青食", strict=True)
)


def _radicals() -> dict[int, str]:
    """Kangxi radicals and CJK radical supplements → the unified ideographs they look like (⼀ → 一)."""
    table = {ord(k): v for k, v in RADICALS_SIMPLIFIED.items()}
    for code in (*range(0x2E80, 0x2F00), *range(0x2F00, 0x2FE0)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded != chr(code) and len(folded) == 1:
            table[code] = folded
    return table


RADICALS = _radicals()
# A CJK font draws —— as one two-em dash glyph (⸺), and ——— as a three-em one, which its ToUnicode map may give
# back as that character: the text typed two (three) em dashes. Latin ligatures (ﬁ) are their letters.
GLYPHS = {0x2E3A: "——", 0x2E3B: "———"} | {
    code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)
}


@dataclass(frozen=True)
class Printed:
    """One printed line: its page, left edge, baseline, font size, estimated right edge and text."""

    page: int
    x: float
    y: float
    size: float
    right: float
    text: str
    column: int = 0  # on a page set in two columns: 1 the left one, 2 the right one; 0 a line across the page


@dataclass(frozen=True)
class Piece:
    """One piece of text as shown by a text operator, at its position in page space."""

    x: float
    y: float
    size: float
    text: str


def _width(text: str, size: float) -> float:
    """A text's printed width, estimated: wide (CJK, full-width) characters one em, others half; the ambiguous
    ones (“ ” … — ①) are wide too, as a CJK font sets them."""
    return sum(size if unicodedata.east_asian_width(ch) in "WFA" else size / 2 for ch in text)


def _pieces(page: pypdf.PageObject) -> list[Piece]:
    """The page's text pieces with their positions (text matrix × current transformation matrix)."""
    pieces: list[Piece] = []

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], _font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3] + tm[2] * cm[1]) or abs(tm[0] * cm[0]) or 1.0
        pieces.append(Piece(x, y, size * scale, text))

    page.extract_text(visitor_text=visit)
    return pieces


def _raised_mark(mark: Piece, pieces: list[Piece]) -> bool:
    """True when `mark` is a note's mark set small and raised right after a piece of the text (方向②)."""
    if not NOTE_ONLY.match(mark.text.strip()):
        return False
    return any(
        mark.size <= SUPERSCRIPT * q.size
        and RISE[0] * q.size < mark.y - q.y < RISE[1] * q.size
        and abs(q.x + _width(q.text.strip(), q.size) - mark.x) < MARK_REACH * q.size
        for q in pieces
    )


def _lines_of(page_no: int, pieces: list[Piece]) -> list[Printed]:
    """Pieces on one baseline joined into printed lines, top to bottom, each line's pieces left to right; a
    note's raised mark is left out (its note at the page foot is no text either)."""
    rows: list[list[Piece]] = []
    pieces = [piece for piece in pieces if not _raised_mark(piece, pieces)]
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if rows and abs(rows[-1][0].y - piece.y) < SAME_LINE * max(piece.size, rows[-1][0].size):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    for row in rows:
        row.sort(key=lambda p: p.x)
    printed = [line for column, row in _by_columns(rows) if (line := _printed(page_no, row, column)).text]
    return printed


def _printed(page_no: int, row: list[Piece], column: int) -> Printed:
    """One row's pieces (left to right) as a printed line."""
    text = normalize_line(SURROGATES.sub("", " ".join(_joined(row).split())).translate(RADICALS).translate(GLYPHS))
    text = _close_cjk_gaps(text)
    size = max(p.size for p in row)
    last = row[-1]
    # the last piece's end; or, where the pieces were not placed one by one, the end of the whole line
    right = max(last.x + _width(last.text.strip(), last.size), row[0].x + _width(text, size))
    return Printed(page_no, row[0].x, row[0].y, size, right, text, column)


def _gaps(row: list[Piece]) -> Iterator[tuple[float, float]]:
    """The wide gaps between a row's pieces, as (from, to) in page space."""
    for a, b in itertools.pairwise(row):
        end = a.x + _width(a.text.strip(), a.size)
        if b.x - end > GUTTER * b.size:
            yield end, b.x


def _gutter(rows: list[list[Piece]]) -> float | None:
    """Where a page set in two columns divides: a place in the middle of the text that many rows leave empty
    between pieces on both its sides, and no row's piece covers but a few across the page (a title)."""
    left = min(p.x for row in rows for p in row)
    right = max(p.x + _width(p.text.strip(), p.size) for row in rows for p in row)
    spans = [gap for row in rows for gap in _gaps(row)]
    best, count = None, 0
    for a, b in spans:
        x = (a + b) / 2
        if not left + COLUMN_MIDDLE[0] * (right - left) < x < left + COLUMN_MIDDLE[1] * (right - left):
            continue
        n = sum(any(g[0] <= x <= g[1] for g in _gaps(row)) for row in rows)
        if n > count:
            best, count = x, n
    return best if best is not None and count >= max(MIN_COLUMN_ROWS, COLUMN_SHARE * len(rows)) else None


def _by_columns(rows: list[list[Piece]]) -> list[tuple[int, list[Piece]]]:
    """A page's rows in reading order, each with its column: on a page set in two columns, the left column's
    lines, then the right's, between the lines across the page (a title, a section set across)."""
    gutter = _gutter(rows) if len(rows) >= MIN_COLUMN_ROWS else None
    if gutter is None:
        return [(0, row) for row in rows]
    ordered: list[tuple[int, list[Piece]]] = []
    band: tuple[list[list[Piece]], list[list[Piece]]] = ([], [])
    for row in rows:
        lefts = [p for p in row if p.x < gutter]
        if any(p.x + _width(p.text.strip(), p.size) > gutter + p.size / 2 for p in lefts):
            ordered += [(1, r) for r in band[0]] + [(2, r) for r in band[1]] + [(0, row)]
            band = ([], [])
            continue
        rights = [p for p in row if p.x >= gutter]
        if lefts:
            band[0].append(lefts)
        if rights:
            band[1].append(rights)
    return ordered + [(1, r) for r in band[0]] + [(2, r) for r in band[1]]


def _joined(row: list[Piece]) -> str:
    """A line's pieces, left to right, as one text: a space between two pieces only where one is typed, between
    two Latin runs (words, figures) set apart, or where the gap is wide (a date set right of a heading); a CJK
    text has none between its characters, figures and punctuation, whatever runs the producer cut it in."""
    text = ""
    for prev, piece in zip([None, *row], row, strict=False):
        part = piece.text.replace("\n", " ")
        if prev is not None:
            gap = piece.x - (prev.x + _width(prev.text.rstrip(), prev.size))
            latin = prev.text.rstrip()[-1:].isascii() and part.lstrip()[:1].isascii()
            # a piece shown where the last began was placed by the one before's advance: no gap to measure
            unplaced = piece.x <= prev.x
            if (latin and unplaced) or gap > (LATIN_SPACE if latin else WIDE_GAP) * piece.size:
                text += " "
        text += part
    return text


CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _close_cjk_gaps(text: str) -> str:
    """No space between two CJK characters (pieces of one line were joined with spaces)."""
    return CJK_GAP.sub("", text)


# ---------------------------------------------------------------- page furniture


def _key(text: str) -> str:
    """A line's text with its numbers abstracted, so "第3页" on every page is one running footer."""
    return re.sub(r"\d+", "#", "".join(text.split()))


def _edges(page: list[Printed]) -> list[Printed]:
    """A page's first and last lines, where running headers, footers and page numbers stand."""
    if len(page) <= 2 * FURNITURE_REACH:
        return list(page)
    return [*page[:FURNITURE_REACH], *page[-FURNITURE_REACH:]]


def _line_spacing(steps: list[float]) -> float:
    """The spacing of lines within a paragraph: a low quantile of the steps, as gaps between blocks are wider."""
    return sorted(steps)[len(steps) // 4]


def _set_apart(pages: list[list[Printed]]) -> set[tuple[int, float]]:
    """A page's very first or last line in smaller type, with a wide gap to the body: a header or footer
    even on a one-page document, where nothing can repeat."""
    lines = [line for page in pages for line in page]
    steps = [a.y - b.y for page in pages for a, b in itertools.pairwise(page) if a.y > b.y]
    if not lines or not steps:
        return set()
    body_size, spacing = statistics.median(line.size for line in lines), _line_spacing(steps)
    apart = set()
    for page in (p for p in pages if len(p) > 2):
        for edge, neighbour in ((page[0], page[1]), (page[-1], page[-2])):
            small = edge.size < SMALL_TYPE * body_size and len(edge.text) <= FURNITURE_MAX_CHARS
            if small and abs(edge.y - neighbour.y) > GAP * spacing:
                apart.add((edge.page, edge.y))
    return apart


def _footnotes(pages: list[list[Printed]]) -> set[tuple[int, float]]:
    """(page, baseline) of every line of a page's footnotes: the lines closing the page's body, all in smaller
    type than the body's, set apart by a gap, the first opening with a note's mark (① 参见…, [1] 某某：…)."""
    lines = [line for page in pages for line in page]
    steps = [a.y - b.y for page in pages for a, b in itertools.pairwise(page) if a.y > b.y]
    if not lines or not steps:
        return set()
    body_size, spacing = statistics.median(line.size for line in lines), _line_spacing(steps)
    notes: set[tuple[int, float]] = set()
    for page in pages:
        k = len(page)
        while k > 1 and page[k - 1].size < SMALL_TYPE * body_size:
            k -= 1
            above = page[k - 1]
            opens = NOTE_OPENS.match(page[k].text) is not None and above.size >= SMALL_TYPE * body_size
            if opens and above.y - page[k].y > GAP * spacing:
                notes |= {(line.page, line.y) for line in page[k:]}
                break
    return notes


def _furniture(pages: list[list[Printed]]) -> set[tuple[int, float]]:
    """(page, baseline) of every running header, footer and page number."""
    repeats = Counter(key for page in pages for key in {_key(line.text) for line in _edges(page)})
    needed = max(2, FURNITURE_SHARE * len(pages))
    repeated = {
        (line.page, line.y)
        for page in pages
        for line in _edges(page)
        if PAGE_NUMBER.match(line.text)
        or BROWSER_EDGE.match(line.text)
        or (len(line.text) <= FURNITURE_MAX_CHARS and repeats[_key(line.text)] >= needed)
    }
    return repeated | _set_apart(pages)


# ---------------------------------------------------------------- paragraphs


@dataclass(frozen=True)
class Margins:
    """Where a page's body lines start and end, and their usual spacing."""

    left: float
    right: float
    spacing: float


def _margins(lines: list[Printed], fallback: Margins | None) -> Margins:
    """A page's margins: the commonest left edge, the right edge most lines reach, the usual spacing."""
    if len(lines) < MIN_PAGE_LINES and fallback is not None:
        return fallback
    # the body's left edge: the leftmost edge several lines share (a centered title stands alone)
    edges = Counter(round(line.x) for line in lines)
    left = min((x for x, n in edges.items() if n >= 2), default=min(edges))
    rights = sorted(line.right for line in lines)
    right = rights[int(0.8 * (len(rights) - 1))]
    steps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.page == b.page and a.y > b.y]
    spacing = _line_spacing(steps) if steps else max(line.size for line in lines) * 1.5
    return Margins(float(left), right, spacing)


@dataclass(frozen=True)
class Layout:
    """One printed line with what its page's margins say about it."""

    line: Printed
    full: bool
    indented: bool
    gap_before: bool


# What a typesetter carries to the next line together: a character with the closing marks that may not open a
# line (家”。) and the opening marks that may not end one (“三), or a Latin word or number.
FIRST_UNIT = re.compile(r"[“‘（《「『【(\[]*(?:[A-Za-z0-9.,%]+|.)[”’）》」』】)\]，。、；：！？,.;:!?…—]*")


def _full(line: Printed, m: Margins, nxt: Printed | None) -> bool:
    """True when a line reaches the right margin, or stops short only because the next line's first unit
    (家”。, a word) did not fit in what it left; a next line opening with a marker may open a paragraph."""
    room = m.right - line.right
    if room <= FULL_SLACK * line.size:
        return True
    if nxt is None or MARKER_START.match(nxt.text):
        return False
    unit = FIRST_UNIT.match(nxt.text)
    return unit is not None and room < _width(unit.group(0), line.size) - UNIT_SLACK * line.size


def _layout(pages: list[list[Printed]]) -> list[Layout]:
    """Every body line with its fullness, indent and the gap above it."""
    whole = _margins([line for page in pages for line in page], None) if any(pages) else None
    placed: list[tuple[Printed, int, Margins]] = []  # each line with its place on its page and the page's margins
    for page in (page for page in pages if page):
        m = _margins(page, whole)
        placed += [(line, k, m) for k, line in enumerate(page)]
    laid: list[Layout] = []
    for n, (line, k, m) in enumerate(placed):
        gap = k > 0 and placed[n - 1][0].y - line.y > GAP * m.spacing
        nxt = placed[n + 1][0] if n + 1 < len(placed) else None
        laid.append(Layout(line, _full(line, m, nxt), line.x > m.left + INDENT * line.size, gap))
    return laid


def _indent_style(laid: list[Layout]) -> bool:
    """True when the document's paragraphs open indented: lines after a clear paragraph end mostly are."""
    after_ends = [b.indented for a, b in itertools.pairwise(laid) if not a.full and stops_sentence(a.line.text)]
    return bool(after_ends) and sum(after_ends) >= INDENT_STYLE_SHARE * len(after_ends)


# The list markers headings open with (read's own table); then the sequence words (一是, 二要), which may follow
# a point of their own series but head none.
LIST_MARK = re.compile("^(?:" + "|".join(LIST_MARK_PATTERNS) + ")")
SEQUENCE_MARK = re.compile(rf"^([{NUM}]+)[是要]")
NUMERALS = {counting(n): n for n in range(1, 100)}


def _heads_points(prev: str, nxt: str) -> bool:
    """True when marked `nxt` opens a point after marked heading `prev`: a list marker (一、 （一） 1. ① 第一，),
    or a sequence word next in `prev`'s own series (一是… then 二是…); a line cut in a word before 一要 is neither."""
    head = SEQUENCE_MARK.match(prev)
    if LIST_MARK.match(nxt):
        return head is not None or LIST_MARK.match(prev) is not None
    point = SEQUENCE_MARK.match(nxt)
    return head is not None and point is not None and NUMERALS.get(point[1]) == NUMERALS.get(head[1], -1) + 1


def _opens_after_heading(prev: Layout, nxt: Layout, after: Layout | None, indent_style: bool) -> bool:
    """True when `nxt` opens a paragraph after a full line `prev` that does not end its sentence: `prev` was a
    heading that fills its line. Both lines are marked, `nxt` as a point under or after `prev`; or paragraphs
    open indented and go on at the margin, and both lines stand in from it (`prev` indented or centered), where
    a paragraph's second line never does, with `nxt` filling its line and going on at the margin: `nxt` opens
    a paragraph (a block set in goes on at its indent; a hanging indent follows a line at the margin)."""
    if _heads_points(prev.line.text, nxt.line.text):
        return True
    goes_on = nxt.full and after is not None and not after.indented and not after.gap_before
    return indent_style and prev.indented and nxt.indented and goes_on


def _continues(prev: Layout, nxt: Layout, after: Layout | None, indent_style: bool) -> bool:
    """True when `nxt` is the rest of the paragraph `prev` ends (`after`: the line after `nxt`): the rules of
    the layout, in order."""
    if not prev.full or nxt.gap_before or abs(prev.line.size - nxt.line.size) > 0.15 * prev.line.size:
        return False
    opens = nxt.indented and MARKER_START.match(nxt.line.text) is not None
    if not stops_sentence(prev.line.text):
        # a full line cut mid-sentence goes on, even onto a hanging indent, unless it was a heading
        return not opens and not _opens_after_heading(prev, nxt, after, indent_style)
    return indent_style and not nxt.indented and MARKER_START.match(nxt.line.text) is None


def _glue(first: str, second: str) -> str:
    """Two printed lines of one paragraph as one (a space only between two Latin words)."""
    space = " " if first[-1:].isascii() and first[-1:].isalnum() and second[:1].isascii() else ""
    return f"{first}{space}{second}"


def paragraphs(pages: list[list[Printed]]) -> list[tuple[int, str]]:
    """The body's paragraphs, each with the page it starts on: printed lines joined by layout, across page
    breaks too."""
    laid = _layout(pages)
    style = _indent_style(laid)
    texts: list[tuple[int, str]] = []
    for k, item in enumerate(laid):
        if k and _continues(laid[k - 1], item, laid[k + 1] if k + 1 < len(laid) else None, style):
            texts[-1] = (texts[-1][0], _glue(texts[-1][1], item.line.text))
        else:
            texts.append((item.line.page, item.line.text))
    return texts


# ---------------------------------------------------------------- the file


def looks_like_pdf(data: bytes) -> bool:
    """True for a PDF file: the %PDF- header within its first kilobyte."""
    return b"%PDF-" in data[:HEADER_REACH]


def _open(data: bytes, where: str) -> pypdf.PdfReader:
    """The PDF opened (and unlocked when it only has an owner password), or one line on why not."""
    import pypdf  # here: a course without PDF sources never loads it (a tenth of a second of every build)

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError("an encrypted PDF: save a copy without a password first", where=where)
        return reader
    except SourceError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files; the user needs one line
        raise SourceError(f"a damaged PDF file ({reason(exc)})", where=where) from None


def _page_numbers(reader: pypdf.PdfReader) -> list[int]:
    """Each page's number as a viewer shows it and jumps to: its label when the file numbers every page in
    figures (an excerpt printed from p. 35 on), else its place in the file (a label iii, A-1 or a cover's
    name would cite no page a reader can turn to by a figure)."""
    places = list(range(1, len(reader.pages) + 1))
    try:
        labels = list(reader.page_labels)
    except Exception:  # a damaged label tree only loses the labels: the places in the file are the numbers
        return places
    if len(labels) != len(places) or not all(label.isdecimal() for label in labels):
        return places
    return [int(label) for label in labels]


def _pages(reader: pypdf.PdfReader, where: str) -> list[list[Printed]]:
    """Every page's printed lines."""
    try:
        return [_lines_of(no, _pieces(page)) for no, page in enumerate(reader.pages, 1)]
    except Exception as exc:  # as in _open: a damaged page may fail in many ways, the user needs one line
        raise SourceError(f"a damaged PDF file ({reason(exc)})", where=where) from None


def _info(reader: pypdf.PdfReader) -> tuple[str | None, str | None]:
    """The title the PDF's document information gives (without the "Microsoft Word - " a printed .docx's has),
    and the program that made it (its Creator). Its dates are not read: they are the copy's (the day it was
    printed or converted), never the document's."""
    try:
        info = reader.metadata
    except Exception:  # a broken information dictionary only loses the fallback
        return None, None
    if info is None:
        return None, None
    given = " ".join(str(info.title or "").split())
    if FILE_NAME.match(given):  # a browser's print of a page without a <title> names it by its file or address
        given = ""
    title = property_title(given)
    return title, str(info.creator or "").strip() or None


# A /Title that is only a file's name or address (dash.html, 讲稿.wps, file:///…): what the producer had, no title.
FILE_NAME = re.compile(
    r"^(?:[a-z]+://\S*|[^/\\]*\.(?:html?|mhtml?|shtml|php|aspx?|pdf|txt|wps|rtf|odt))$", re.IGNORECASE
)


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's warnings about a damaged file silenced: the user gets one line, or the text it could read."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(data: bytes, where: str) -> Extracted:
    """A PDF's text layer as paragraphs, without its page furniture; a PDF without text is refused."""
    with _quiet():
        reader = _open(data, where)
        pages = _pages(reader, where)
        title, maker = _info(reader)
        numbers = _page_numbers(reader)
    furniture = _furniture(pages)
    body = [[line for line in page if (line.page, line.y) not in furniture] for page in pages]
    notes = _footnotes(body)  # the sources a journal or book cites at the page foot: no text to study
    body = [[line for line in page if (line.page, line.y) not in notes] for page in body]
    # a page in two columns is read column by column, each with its own margins
    body = [list(block) for page in body for _, block in itertools.groupby(page, key=lambda line: line.column)]
    visible = sum(len("".join(line.text.split())) for page in body for line in page)
    if visible < MIN_TEXT_PER_PAGE * max(1, len(pages)):
        raise SourceError("no text layer (a scanned PDF?): OCR it first", where=where)
    found = paragraphs(body)
    lines = tuple(Line(no, text) for no, (_, text) in enumerate(found, 1))
    # the page a paragraph starts on, as a viewer numbers it: what an answer key and a card cite
    starts = tuple((no, numbers[page - 1]) for no, (page, _) in enumerate(found, 1))
    return Extracted("pdf", lines, title, maker, starts)
