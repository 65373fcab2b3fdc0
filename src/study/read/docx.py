"""Word .docx → numbered lines, with Word's automatic numbering rendered as Word shows it.

Chinese official documents number their points (一、（一）1.（1）①, 第X条) with automatic numbering, which
lives in numbering.xml and styles.xml, not in the paragraph text; common libraries drop it, and with it
the structure this tool exists to extract. Standard library only (zipfile + xml.etree).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree as ET

from study.errors import SourceError
from study.model import BOLD_LEVEL, BULLET_LEVEL
from study.read.binary import ZIP_ERRORS, Extracted, property_title, reason
from study.read.lines import Line, normalize_line
from study.read.shapes import MARKER_START
from study.read.tables import closed_at_end, is_header_row, table_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DC = "{http://purl.org/dc/elements/1.1/}"
DOCUMENT = "word/document.xml"
MAX_PART_BYTES = 256 * 1024 * 1024  # a larger part is a zip bomb, not a study document
LEVELS = 9  # Word's list levels 0–8
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The directory entry of the stream every legacy Word file has: its UTF-16 name with its terminator, padded to 64
# bytes, then the name's length in bytes. Entries are 128 bytes and sectors 512 or 4096, so an entry starts at a
# multiple of 128; the directory may stand anywhere (Word writes it after the streams), so the whole file is searched.
WORD_ENTRY = re.compile(re.escape("WordDocument".encode("utf-16-le") + bytes(2)) + b"\x00{38}\x1a\x00")
DIRECTORY_ENTRY = 128
# Word (and WPS) saves a password-protected .docx as a compound file whose streams are the encrypted package and the
# key's description (ECMA-376 Agile/Standard encryption): the directory entry of the package's stream, its UTF-16 name
# with its terminator (the length after it is not needed to know it).
ENCRYPTED_ENTRY = re.compile(re.escape("EncryptedPackage".encode("utf-16-le") + bytes(2)))
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".doc", ".wps")  # a file so named is a Word (or WPS) document
SOFFICE_TIMEOUT = 120

# ---------------------------------------------------------------- number formats (numFmt → formatter)

DIGITS = "〇一二三四五六七八九"
UNITS = ("", "十", "百", "千")
LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
LEGAL_UNITS = ("", "拾", "佰", "仟")
LEGAL_TRADITIONAL_DIGITS = "零壹貳參肆伍陸柒捌玖"
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _group(n: int, digits: str, units: tuple[str, ...]) -> str:
    """0 < n < 10000 in counting numerals: one zero digit stands for any run of zeros inside."""
    text, gap = "", False
    for pos in (3, 2, 1, 0):
        digit = n // 10**pos % 10
        if digit == 0:
            gap = bool(text)
            continue
        text += (digits[0] if gap else "") + digits[digit] + units[pos]
        gap = False
    return text


def counting(n: int, digits: str = DIGITS, units: tuple[str, ...] = UNITS, short_ten: bool = True) -> str:
    """n in Chinese counting numerals: 十, 十一, 二十, 一百〇一, 一万〇五 (decimal beyond 10⁸)."""
    if not 0 < n < 10**8:
        return str(n)
    high, low = divmod(n, 10000)
    text = _group(high, digits, units) + "万" if high else ""
    if high and low and low < 1000:
        text += digits[0]
    text += _group(low, digits, units) if low else ""
    # 一十一 is said 十一 (but 壹拾壹 keeps its 壹, and 一百一十 keeps the inner 一)
    return text[1:] if short_ten and text.startswith(digits[1] + units[1]) else text


def _cycle(symbols: str) -> Callable[[int], str]:
    """A formatter that names 1…len(symbols) by a symbol (decimal beyond)."""
    return lambda n: symbols[n - 1] if 0 < n <= len(symbols) else str(n)


def _enclosed(n: int) -> str:
    """① … ⑳ ㉑ … ㊿ (decimal beyond 50)."""
    for first, last, base in ((1, 20, 0x2460), (21, 35, 0x3251), (36, 50, 0x32B1)):
        if first <= n <= last:
            return chr(base + n - first)
    return str(n)


def _letter(n: int) -> str:
    """a … z, then aa … zz, aaa …: Word repeats the letter rather than counting in base 26."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    """n in lower-case Roman numerals."""
    if not 0 < n < 4000:
        return str(n)
    text = ""
    for value, numeral in ROMAN:
        count, n = divmod(n, value)
        text += numeral * count
    return text


def _offset(base: int, count: int) -> Callable[[int], str]:
    """A formatter for a run of consecutive code points (⑴ …, ⒈ …), decimal beyond."""
    return lambda n: chr(base + n - 1) if 0 < n <= count else str(n)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(FULL_WIDTH),
    "decimalEnclosedCircle": _enclosed,
    "decimalEnclosedCircleChinese": _enclosed,
    "decimalEnclosedParen": _offset(0x2474, 20),
    "decimalEnclosedFullstop": _offset(0x2488, 20),
    "chineseCounting": counting,
    "chineseCountingThousand": counting,
    "japaneseCounting": counting,
    "taiwaneseCounting": counting,
    "taiwaneseCountingThousand": counting,
    "ideographDigital": lambda n: "".join(DIGITS[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(DIGITS[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: counting(n, LEGAL_DIGITS, LEGAL_UNITS, short_ten=False),
    "ideographLegalTraditional": lambda n: counting(n, LEGAL_TRADITIONAL_DIGITS, LEGAL_UNITS, short_ten=False),
    "ideographTraditional": _cycle(STEMS),
    "ideographZodiac": _cycle(BRANCHES),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """n as Word shows it in the number format `fmt` (an unknown format shows as decimal)."""
    return FORMATS.get(fmt, str)(n)


# ---------------------------------------------------------------- numbering.xml and styles.xml


@dataclass(frozen=True)
class Level:
    """One level of a list definition (w:lvl)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 never; None after any
    legal: bool = False  # isLgl: every level's number shown as decimal
    style: str | None = None  # the paragraph style this level is linked to


@dataclass(frozen=True)
class Num:
    """A list instance (w:num): the definition it uses, with its overridden starts and levels."""

    abstract: str
    starts: dict[int, int]
    levels: dict[int, Level]


@dataclass(frozen=True)
class Style:
    """What a paragraph style gives its paragraphs (w:style, before basedOn is followed)."""

    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None


def _val(element: ET.Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of an element, or the default when the element or attribute is missing."""
    return default if element is None else element.get(W + "val", default)


def _int(text: str | None, default: int | None = None) -> int | None:
    """An integer attribute, or the default when it is missing or not a number."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _on(element: ET.Element | None) -> bool | None:
    """A toggle property (w:b, w:isLgl, w:vanish): None when absent, else its value."""
    return None if element is None else _val(element, "true") not in ("0", "false", "off")


def _level(lvl: ET.Element) -> Level:
    """One w:lvl element as a Level."""
    restart = _int(_val(lvl.find(W + "lvlRestart")))
    return Level(
        start=_int(_val(lvl.find(W + "start")), 1) or 0,
        fmt=_val(lvl.find(W + "numFmt"), "decimal") or "decimal",
        text=_val(lvl.find(W + "lvlText"), "") or "",
        suffix=_val(lvl.find(W + "suff"), "tab") or "tab",
        restart=restart,
        legal=bool(_on(lvl.find(W + "isLgl"))),
        style=_val(lvl.find(W + "pStyle")),
    )


def _levels(parent: ET.Element) -> dict[int, Level]:
    """The levels defined under an abstractNum or lvlOverride, by their ilvl."""
    return {_int(lvl.get(W + "ilvl"), 0) or 0: _level(lvl) for lvl in parent.findall(W + "lvl")}


def _num(num: ET.Element) -> Num:
    """One w:num element: its abstract definition and its per-level overrides."""
    starts: dict[int, int] = {}
    levels: dict[int, Level] = {}
    for override in num.findall(W + "lvlOverride"):
        ilvl = _int(override.get(W + "ilvl"), 0) or 0
        start = _int(_val(override.find(W + "startOverride")))
        if start is not None:
            starts[ilvl] = start
        redefined = next(iter(_levels(override).values()), None)  # a whole level redefined for this list
        if redefined is not None:
            levels[ilvl] = redefined
    return Num(_val(num.find(W + "abstractNumId"), "") or "", starts, levels)


def _style(style: ET.Element) -> Style:
    """One w:style element as a Style."""
    ppr = style.find(W + "pPr")
    numpr = ppr.find(W + "numPr") if ppr is not None else None
    return Style(
        name=(_val(style.find(W + "name"), "") or "").strip().lower(),
        based_on=_val(style.find(W + "basedOn")),
        num_id=_val(numpr.find(W + "numId")) if numpr is not None else None,
        ilvl=_int(_val(numpr.find(W + "ilvl"))) if numpr is not None else None,
        outline=_int(_val(ppr.find(W + "outlineLvl"))) if ppr is not None else None,
        bold=_on(style.find(f"{W}rPr/{W}b")),
    )


@dataclass
class Styles:
    """The paragraph styles, with basedOn chains followed on lookup."""

    styles: dict[str, Style]
    default: str | None

    def chain(self, style_id: str | None) -> Iterator[str]:
        """The style's id and those of the styles it is based on, nearest first (a cycle is cut)."""
        seen: set[str] = set()
        current = style_id if style_id in self.styles else self.default
        while current is not None and current in self.styles and current not in seen:
            seen.add(current)
            yield current
            current = self.styles[current].based_on

    def first(self, style_id: str | None, attr: Callable[[Style], object]) -> object:
        """The first value the chain sets for an attribute, or None."""
        values = (attr(self.styles[sid]) for sid in self.chain(style_id))
        return next((value for value in values if value is not None), None)


def _read_styles(root: ET.Element | None) -> Styles:
    """styles.xml's paragraph styles."""
    if root is None:
        return Styles({}, None)
    found = [s for s in root.findall(W + "style") if s.get(W + "type", "paragraph") == "paragraph"]
    default = next((s.get(W + "styleId") for s in found if _on_attr(s.get(W + "default"))), None)
    return Styles({s.get(W + "styleId", ""): _style(s) for s in found}, default)


def _on_attr(value: str | None) -> bool:
    """True for an XML boolean attribute set on."""
    return value in ("1", "true", "on")


@dataclass
class Counters:
    """Word's list counters: one set per abstract definition, shared by every w:num that uses it."""

    abstracts: dict[str, dict[int, Level]]
    nums: dict[str, Num]
    links: dict[str, str]  # numStyleLink: abstract id → the num id of the style that holds its levels
    counts: dict[str, list[int | None]] = field(default_factory=dict)
    pending: dict[str, dict[int, int]] = field(default_factory=dict)  # startOverride waiting to be used
    used: set[str] = field(default_factory=set)

    def levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        """The abstract id and levels a list instance shows (its overrides applied)."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract = num.abstract
        linked = self.links.get(abstract)
        if linked is not None and linked in self.nums:  # a list style: the levels live elsewhere
            abstract = self.nums[linked].abstract
        if abstract not in self.abstracts:
            return None
        return abstract, {**self.abstracts[abstract], **num.levels}

    def _first_use(self, num_id: str, abstract: str) -> None:
        """A list instance with startOverride restarts its levels the first time it is used."""
        if num_id in self.used:
            return
        self.used.add(num_id)
        starts = self.nums[num_id].starts
        counts = self.counts.setdefault(abstract, [None] * LEVELS)
        for ilvl, start in starts.items():
            if 0 <= ilvl < LEVELS:
                counts[ilvl] = None
                self.pending.setdefault(abstract, {})[ilvl] = start

    def advance(self, num_id: str, ilvl: int) -> tuple[str, Level] | None:
        """The marker of the next paragraph at level `ilvl` of list `num_id`, with its level; None if none."""
        found = self.levels(num_id)
        if found is None or not 0 <= ilvl < LEVELS:
            return None
        abstract, levels = found
        self._first_use(num_id, abstract)
        counts = self.counts.setdefault(abstract, [None] * LEVELS)
        level = levels.get(ilvl, Level())
        previous = counts[ilvl]
        pending = self.pending.get(abstract, {}).pop(ilvl, None)
        counts[ilvl] = pending if pending is not None else (level.start if previous is None else previous + 1)
        for deeper in range(ilvl + 1, LEVELS):
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counts[deeper] = None
        return _render(level, levels, counts), level


def _render(level: Level, levels: dict[int, Level], counts: list[int | None]) -> str:
    """A level's lvlText with each %N replaced by level N's number in its format."""

    def number(match: re.Match[str]) -> str:
        k = int(match.group(1)) - 1
        ref = levels.get(k, Level())
        value = counts[k] if counts[k] is not None else ref.start
        fmt = "decimal" if level.legal and ref.fmt != "none" else ref.fmt
        return format_number(value or 0, fmt)

    return re.sub(r"%([1-9])", number, level.text)


def _read_numbering(root: ET.Element | None, styles: Styles) -> Counters:
    """numbering.xml's definitions and instances, with fresh counters."""
    if root is None:
        return Counters({}, {}, {})
    abstracts: dict[str, dict[int, Level]] = {}
    links: dict[str, str] = {}
    for element in root.findall(W + "abstractNum"):
        abstract_id = element.get(W + "abstractNumId", "")
        abstracts[abstract_id] = _levels(element)
        link = _val(element.find(W + "numStyleLink"))
        linked = styles.first(link, lambda s: s.num_id) if link else None
        if isinstance(linked, str):
            links[abstract_id] = linked
    nums = {n.get(W + "numId", ""): _num(n) for n in root.findall(W + "num")}
    return Counters(abstracts, nums, links)


# ---------------------------------------------------------------- paragraphs

# Parts of a paragraph whose text is not shown, or shown elsewhere: text boxes are read as their own
# paragraphs, and mc:Fallback repeats the mc:Choice's text box for old readers.
SKIPPED = frozenset(
    {
        W + "pPr",
        W + "rPr",
        W + "del",
        W + "moveFrom",
        W + "instrText",
        W + "delText",
        W + "fldChar",
        MC + "Fallback",
        W + "footnoteReference",
        W + "endnoteReference",
        W + "commentReference",
    }
)
CHARACTERS: dict[str, str] = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "-",
    W + "softHyphen": "",
}
HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-6])$")
TITLE_NAMES = frozenset({"title", "标题"})
TOC_NAME = re.compile(r"^(?:toc|目录)\s*\d")  # a table of contents repeats the headings with page numbers


@dataclass
class Para:
    """What one w:p holds: its text, whether all of it is bold, and the text boxes anchored in it."""

    text: list[str] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    boxes: list[ET.Element] = field(default_factory=list)


def _run_bold(run: ET.Element, style_bold: bool) -> bool:
    """True when a run is set in bold (its own property, else its paragraph style's)."""
    own = _on(run.find(f"{W}rPr/{W}b"))
    return style_bold if own is None else own


def _collect(element: ET.Element, para: Para, style_bold: bool) -> None:
    """The shown text under a paragraph element, in order; text boxes are set aside for later."""
    for child in element:
        tag = child.tag
        if tag in SKIPPED:
            continue
        if tag == W + "txbxContent":
            para.boxes.append(child)
        elif tag == W + "r":
            if _on(child.find(f"{W}rPr/{W}vanish")):
                continue  # hidden text
            start = len(para.text)
            _collect(child, para, style_bold)
            if "".join(para.text[start:]).strip():
                para.bold.append(_run_bold(child, style_bold))
        elif tag == W + "t":
            para.text.append(child.text or "")
        elif tag in CHARACTERS:
            para.text.append(CHARACTERS[tag])
        else:
            _collect(child, para, style_bold)


def _blocks(container: ET.Element) -> Iterator[ET.Element]:
    """The paragraphs and tables under a container in reading order (a table whole, for its rows)."""
    for child in container:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag not in (W + "sectPr", W + "tblPr", W + "trPr", W + "tcPr", W + "tblGrid"):
            yield from _blocks(child)


def _rows(table: ET.Element) -> Iterator[ET.Element]:
    """A table's rows, in order (a row may stand inside a content control)."""
    for child in table:
        if child.tag == W + "tr":
            yield child
        elif child.tag not in (W + "tblPr", W + "tblGrid"):
            yield from _rows(child)


def _cells(row: ET.Element) -> Iterator[ET.Element]:
    """A row's cells, in order."""
    for child in row:
        if child.tag == W + "tc":
            yield child
        elif child.tag != W + "trPr":
            yield from _cells(child)


def _already_numbered(text: str, marker: str) -> bool:
    """True when the paragraph's text starts with a hand-typed number like the automatic one."""
    if text.startswith(marker.strip()):
        return True
    typed = MARKER_START.match(text)
    return typed is not None and _shape(typed.group(0)) == _shape(marker)


def _shape(marker: str) -> str:
    """A marker with its number abstracted: （三） and （十一） have the same shape."""
    return re.sub(
        r"[\d〇零一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟甲乙丙丁戊己庚辛壬癸a-zA-Z]+",
        "#",
        normalize_line(marker),
    )


def _separator(marker: str, suffix: str) -> str:
    """What Word puts between the number and the text, as text: nothing after 一、 or （一）, a space after
    第一条; after "1." a space only when the level asks for one (Chinese text writes 1.坚持 for a tab)."""
    last = marker[-1:]
    if suffix == "nothing" or not last:
        return ""
    category = unicodedata.category(last)
    if category == "No" or (category.startswith("P") and not last.isascii()):
        return ""
    return "" if category.startswith("P") and suffix == "tab" else " "


@dataclass
class Reader:
    """Reads document.xml's paragraphs with the package's styles and numbering."""

    styles: Styles
    counters: Counters
    lines: list[Line] = field(default_factory=list)
    carried: str = ""  # the text of paragraphs whose mark was deleted: it runs on into the next paragraph

    def read(self, container: ET.Element) -> None:
        """Every paragraph under a container, text boxes after the paragraph they are anchored in."""
        for block in _blocks(container):
            if block.tag == W + "tbl":
                self.flush()
                self.table(block)
            else:
                self.paragraph(block)
        self.flush()

    def flush(self) -> None:
        """Text carried from a paragraph whose mark was deleted, with no paragraph after it to run on into, as its
        own line."""
        if self.carried.strip():
            self.lines.append(Line(len(self.lines) + 1, normalize_line(self.carried)))
        self.carried = ""

    def table(self, table: ET.Element) -> None:
        """A table row by row, as the HTML reader reads one: a row of short cells one line, its cells set apart;
        the labels of its columns atop it left out."""
        closed_at_end(self.lines)
        # every row read first (its cells' lines taken off the lines read so far): a header is known by the rows
        # under it too
        rows = [([self.cell(cell) for cell in _cells(row)], row) for row in _rows(table)]
        texts = [[" ".join(line.text for line in cell) for cell in cells] for cells, _ in rows]
        first = True  # no row of several cells read yet: a caption merged across the table may stand over them
        data: list[list[list[Line]]] = []
        for k, (cells, row) in enumerate(rows):
            if row.find(f"{W}trPr/{W}del") is not None:
                continue  # a row deleted with tracked changes is not the document's
            marked = row.find(f"{W}trPr/{W}tblHeader") is not None  # Word's header row, repeated on each page
            labels = first and is_header_row(texts[k], marked, below=texts[k + 1 :])
            first = first and sum(map(bool, texts[k])) < 2
            if not labels:
                data.append(cells)
        for lines in table_lines(data):
            start = len(self.lines)
            self.lines += [replace(line, no=start + n) for n, line in enumerate(lines, 1)]

    def cell(self, cell: ET.Element) -> list[Line]:
        """A cell's lines with text, taken off the lines read so far (its row sets them)."""
        start = len(self.lines)
        self.read(cell)
        lines, self.lines = self.lines[start:], self.lines[:start]
        return [line for line in lines if line.text.strip()]

    def paragraph(self, p: ET.Element) -> None:
        """One paragraph as lines (a soft line break starts a new line), its number in front."""
        ppr = p.find(W + "pPr")
        style_id = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        name = str(self.styles.first(style_id, lambda s: s.name) or "")
        if TOC_NAME.match(name):
            return
        para = Para()
        _collect(p, para, bool(self.styles.first(style_id, lambda s: s.bold)))
        text = "".join(para.text).replace("\t", " ")
        if ppr is not None and any(ppr.find(f"{W}rPr/{tag}") is not None for tag in (W + "del", W + "moveFrom")):
            # its mark deleted with tracked changes: what is left of it is the start of the next paragraph, and it
            # takes no number of a list (Word numbers the accepted text)
            carried, self.carried = self.carried + text, ""
            for box in para.boxes:
                self.read(box)
            self.carried = carried
            return
        text, self.carried = self.carried + text, ""
        marker = self.number(ppr, style_id)
        level = self.level(ppr, style_id, name, para, marker)
        first, *rest = text.split("\n")
        first = normalize_line(first)
        if marker is not None and marker[0] and not _already_numbered(first, marker[0]):
            first = normalize_line(marker[0] + _separator(marker[0], marker[1].suffix) + first)
        no = len(self.lines) + 1
        self.lines.append(Line(no, first, level))
        self.lines.extend(Line(no + k, normalize_line(part), level) for k, part in enumerate(rest, 1))
        for box in para.boxes:
            self.read(box)

    def number(self, ppr: ET.Element | None, style_id: str | None) -> tuple[str, Level] | None:
        """The paragraph's automatic number (its own numPr, else its style's), advancing the counters."""
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(numpr.find(W + "numId")) if numpr is not None else None
        ilvl = _int(_val(numpr.find(W + "ilvl"))) if numpr is not None else None
        num_id = num_id or _str(self.styles.first(style_id, lambda s: s.num_id))
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = _int_or_none(self.styles.first(style_id, lambda s: s.ilvl))
        if ilvl is None:
            ilvl = self.linked_level(num_id, style_id)
        found = self.counters.advance(num_id, ilvl)
        if found is None:
            return None
        marker, level = found
        return ("", level) if level.fmt == "bullet" else (marker, level)

    def linked_level(self, num_id: str, style_id: str | None) -> int:
        """The level a style-numbered paragraph takes: the one linked to its style (pStyle), else 0."""
        found = self.counters.levels(num_id)
        chain = set(self.styles.chain(style_id))
        if found is not None:
            for ilvl, level in sorted(found[1].items()):
                if level.style in chain:
                    return ilvl
        return 0

    def level(
        self, ppr: ET.Element | None, style_id: str | None, name: str, para: Para, marker: tuple[str, Level] | None
    ) -> int:
        """The paragraph's layout level: heading depth, 7 for a bold-only line, 8 for a bullet."""
        outline = _int(_val(ppr.find(W + "outlineLvl"))) if ppr is not None else None
        if outline is None:
            outline = _int_or_none(self.styles.first(style_id, lambda s: s.outline))
        heading = HEADING_NAME.match(name)
        if outline is None and heading:
            return int(heading.group(1))
        if outline is not None and 0 <= outline <= 5:
            return outline + 1
        if name in TITLE_NAMES:
            return 1
        if marker is not None and marker[1].fmt == "bullet":
            return BULLET_LEVEL
        return BOLD_LEVEL if para.bold and all(para.bold) else 0


def _str(value: object) -> str | None:
    """A style attribute that is a string, else None."""
    return value if isinstance(value, str) else None


def _int_or_none(value: object) -> int | None:
    """A style attribute that is an int, else None."""
    return value if isinstance(value, int) else None


# ---------------------------------------------------------------- the package


def looks_like_docx(data: bytes) -> bool:
    """True for a zip package holding word/document.xml (a .docx, .docm, .dotx)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return DOCUMENT in package.namelist()
    except ZIP_ERRORS:
        return False


def _part(package: zipfile.ZipFile, name: str, where: str) -> ET.Element | None:
    """A package part parsed as XML, or None when the package lacks it."""
    try:
        info = package.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise SourceError(f"a .docx whose {name} is too large ({info.file_size} bytes)", where=where)
    try:
        return ET.fromstring(package.read(info))
    except (ET.ParseError, zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError) as exc:
        raise SourceError(f"a damaged .docx ({name}: {reason(exc)})", where=where) from None
    except (NotImplementedError, RuntimeError) as exc:  # an encrypted or exotically compressed package
        raise SourceError(f"a .docx this reader cannot open ({reason(exc)})", where=where) from None


def _title(root: ET.Element | None) -> str | None:
    """The title docProps/core.xml gives. Its dates are not read: they are the copy's (the day the file was
    made or pasted into, or the template's), never the document's."""
    if root is None:
        return None
    return property_title(root.findtext(DC + "title") or "")


def read_docx(data: bytes, where: str) -> Extracted:
    """A .docx package's paragraphs as lines, numbered as Word shows them, with its title."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS as exc:
        raise SourceError(f"a damaged .docx ({reason(exc)})", where=where) from None
    with package:
        document = _part(package, DOCUMENT, where)
        styles = _read_styles(_part(package, "word/styles.xml", where))
        counters = _read_numbering(_part(package, "word/numbering.xml", where), styles)
        title = _title(_part(package, "docProps/core.xml", where))
    body = document.find(W + "body") if document is not None else None
    if body is None:
        raise SourceError("a damaged .docx (its document has no body)", where=where)
    reader = Reader(styles, counters)
    reader.read(body)
    return Extracted("docx", tuple(reader.lines), title)


# ---------------------------------------------------------------- legacy .doc


def _names_stream(data: bytes, entry: re.Pattern[bytes]) -> bool:
    """True for an OLE compound file whose directory holds the entry (at an entry's boundary)."""
    entries = entry.finditer(data) if data.startswith(OLE_MAGIC) else iter(())
    return any(found.start() % DIRECTORY_ENTRY == 0 for found in entries)


def is_encrypted_package(data: bytes) -> bool:
    """True for a password-protected Office file (.docx, .xlsx, .pptx): a compound file holding EncryptedPackage."""
    return _names_stream(data, ENCRYPTED_ENTRY)


def looks_like_doc(data: bytes) -> bool:
    """True for a Word file in a compound file: a legacy .doc (its WordDocument stream), or a password-protected
    .docx, which is one too (read_doc says what to do with it)."""
    return _names_stream(data, WORD_ENTRY) or is_encrypted_package(data)


def _encrypted(where: str) -> str:
    """The one line for a password-protected file: what it is (by its name) and how to open it."""
    kind = "Word file" if where.lower().endswith(WORD_SUFFIXES) else "Office file"
    return (
        f"an encrypted (password-protected) {kind}: save a copy without a password first "
        "(Word: 文件 → 信息 → 保护文档 → 用密码进行加密, clear the password)"
    )


def read_doc(data: bytes, where: str) -> Extracted:
    """A legacy .doc converted to .docx by LibreOffice when installed, else one line saying what to do; a
    password-protected .docx is one line saying it is encrypted."""
    if is_encrypted_package(data):
        raise SourceError(_encrypted(where), where=where)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SourceError("an old Word .doc file: save it as .docx, or install LibreOffice", where=where)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.doc"
        source.write_bytes(data)
        command = [soffice, "--headless", "--convert-to", "docx", "--outdir", tmp, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=SOFFICE_TIMEOUT, check=True)
            converted = (Path(tmp) / "source.docx").read_bytes()
        except (OSError, subprocess.SubprocessError) as exc:
            raise SourceError(
                f"an old Word .doc file LibreOffice could not convert ({reason(exc)})", where=where
            ) from None
    return read_docx(converted, where)
