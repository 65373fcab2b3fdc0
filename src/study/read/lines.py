"""Numbered lines and the draft a format reader makes of them (title, metadata, body lines)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from study.model import Meta

# Characters that carry nothing: zero-width marks, soft hyphens, stray BOMs, form feeds (page breaks).
INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\u180e\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f]")
# No-break spaces (a WeChat editor's &nbsp;, a figure or narrow one): between two CJK characters they only spaced
# the copy (一是&nbsp;抓好…), so they go; anywhere else they are a space.
NO_BREAK = "\u00a0\u2007\u202f"
CJK_NO_BREAK = re.compile(f"(?<=[^\\x00-\\u2fff])[{NO_BREAK}]+(?=[^\\x00-\\u2fff])")
NO_BREAK_SPACE = re.compile(f"[{NO_BREAK}]")
# Full-width digits and Latin letters become half-width; full-width Chinese punctuation stays as is.
HALF_WIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)


@dataclass(frozen=True)
class Line:
    """One line of the original file: its 1-based number and its text."""

    no: int
    text: str
    level: int = 0  # the markup's heading or bullet level, as Paragraph.level
    # the width of the raw line's leading white space (a tab counts 4): how markdown nests its bullets
    indent: int = field(default=0, compare=False)
    # put together from several blocks of the file (a title split across two <p>): not its verbatim text
    joined: bool = field(default=False, compare=False)
    # the markup ends the paragraph here (a blank line after it in markdown, a table cell): never rejoined
    closed: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Draft:
    """What a format reader found: the title, the metadata and the body's lines, still unrepaired."""

    format: str
    title: str | None
    meta: Meta
    body: tuple[Line, ...]


# A half-width question mark opening a line right before a hanzi is a glyph the copy lost, the encoder's stand-in
# (an icon before a headline: ?社评/…): no line of Chinese opens with one. A full-width ？ is a typed mark (a
# question's, wrapped to the next line). (A run of them is a mangled indent, repair.py's.)
LOST_GLYPH = re.compile(r"^\?(?=[\u3400-\u9fff])")


def normalize_line(text: str) -> str:
    """A line without invisible characters or a lost glyph opening it, with half-width digits and letters,
    trimmed at both ends."""
    text = NO_BREAK_SPACE.sub(" ", CJK_NO_BREAK.sub("", INVISIBLE.sub("", text)))
    return LOST_GLYPH.sub("", text.translate(HALF_WIDTH).strip())


# A line break a spreadsheet or Office XML export escaped (_x000D_ for \\r, _x000A_ for \\n): the text it
# comes from wrote each paragraph on a line of its own.
ESCAPED_BREAK = re.compile("_x000[dDaA]_|(?:x0dx0a)+")  # (… or with its underscores lost: x0dx0a, a Q&A site's)


def split_lines(text: str) -> list[Line]:
    """The text's lines, numbered as an editor numbers them (only \\n, \\r\\n and \\r end a line); a line
    with escaped breaks in it (_x000D_) is several lines of that one number."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws: Iterable[tuple[int, str]] = enumerate(text.split("\n"), 1)
    if "_x000" in text or "x0dx0a" in text:
        raws = [(no, part) for no, raw in raws for part in ESCAPED_BREAK.split(raw)]
    return [Line(no, normalize_line(raw), indent=indent_of(raw)) for no, raw in raws]


def indent_of(raw: str) -> int:
    """The width of a raw line's leading spaces and tabs (a tab counts 4; ideographic spaces are text)."""
    width = 0
    for ch in raw:
        if ch not in " \t":
            break
        width += 4 if ch == "\t" else 1
    return width
