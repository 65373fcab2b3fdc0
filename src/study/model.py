"""The typed, immutable model: the only contract between the stages (read → parse → generate → render)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

HANZI = re.compile(r"[\u3400-\u9fff]")
SENTENCE_END = re.compile(r"[。！？!?；;：:]")
# The number a file's name begins with to order the course (03_…, 03 …, 03、…; not a date's year, 2024-05_…), as
# the Anki subdecks read it (render.anki.AUTHOR_NUMBER)
ORDER_NUMBER = re.compile(r"^\d+(?:[\s_、]+|[.\-](?!\d))")
LABEL_LENGTH = 20  # an untitled document called by its opening words: at most this many characters, … last
# a speech's salutation alone on its line (同志们：, 各位代表、同志们：): short, closed by a colon, nothing said;
# an untitled document is called by the words after it
SALUTATION = re.compile(r"^[^。！？!?；;：:，,]{1,12}[：:]$")


MIN_TOPIC = 8  # hanzi a list's topic needs to say what it asks (the bar for a card's front): parser and cards


@dataclass(frozen=True)
class Loc:
    """Where a piece of text came from: the source file, its 1-based line and 0-based paragraph index, and for a
    paginated file (a PDF) the page it starts on, as a viewer numbers it."""

    path: str
    line: int
    para: int
    page: int | None = None  # None: a file of no pages (text, a web page, a Word file's flow)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Meta:
    """Document metadata found by the reader; every field is optional."""

    date: str | None = None  # ISO YYYY-MM-DD
    author: str | None = None
    publication: str | None = None
    page: str | None = None
    keywords: tuple[str, ...] = ()


# Paragraph.level, the reader's account of the markup: 0 body text, 1–6 a heading of that depth, 7 a
# block set in bold alone, 8 a top-level bullet item (one deeper is 9, and so on).
BODY_LEVEL = 0
BOLD_LEVEL = 7
BULLET_LEVEL = 8
HEADING_LEVELS = range(1, BULLET_LEVEL)  # markup headings and bold-only lines


@dataclass(frozen=True)
class Paragraph:
    """One cleaned paragraph of body text, with its simplified shadow of the same length."""

    text: str
    shadow: str
    loc: Loc
    # how the author's markup set the paragraph apart: 0 for body text, 1–6 for a heading of that
    # depth (markdown #…######, <h1>…<h6>), 7 for a line set in bold alone (**…**, a <p> all in
    # <strong>/<b> or bold CSS); 8 for a top-level list item (- …, * …, 1. …, <li>), 9 for one nested
    # one deeper, and so on (an ordered item keeps its own number in the text, where it is a marker)
    # — layout the parser weighs as evidence, never shown to the user
    level: int = 0

    def __post_init__(self) -> None:
        # a simplified paragraph's shadow is its text: one string, not an equal copy (a course holds every
        # document's paragraphs, and pickles them: shared, the copy costs neither memory nor bytes)
        if self.shadow is not self.text and self.shadow == self.text:
            object.__setattr__(self, "shadow", self.text)


@dataclass(frozen=True)
class Source:
    """What the reader makes of one file: decoded, cleaned text split into paragraphs, plus metadata."""

    path: str
    stem: str
    title: str | None
    meta: Meta
    script: str  # "simplified" or "traditional": the document's own script
    paragraphs: tuple[Paragraph, ...]
    warnings: tuple[str, ...] = ()
    mtime: float = 0.0  # the file's modification time: when the author last changed it (deck note times)
    # its paragraphs' line numbers are the file's own lines, as a text editor shows them (a text or Markdown file);
    # a page's markup, a Word file's or a PDF's lines are the reader's count, which no viewer shows
    lined: bool = True


@dataclass(frozen=True)
class Item:
    """One enumerated point: its marker, a short headline, its whole text, and any lists under it."""

    marker: str
    head: str
    text: str
    key: str  # structural position, e.g. "2.3/1.1": list 2 item 3, its list 1 item 1 (stable id)
    label: str  # the markers from the root, for people, e.g. "（三）（2）"
    loc: Loc
    lists: tuple[EnumList, ...] = ()


@dataclass(frozen=True)
class EnumList:
    """An enumeration: the sentence that announces it, the count it announces and its items in order."""

    style: str  # marker family as written in the text, e.g. "（一）", "1.", "一要", "paragraph", "inline"
    lead: str | None
    announced_count: int | None
    items: tuple[Item, ...]
    key: str  # structural position of the list, e.g. "2.3/1"
    loc: Loc
    topic: str | None = None  # what a question about the list must say (parse/topics.py), never empty once parsed


@dataclass(frozen=True)
class Document:
    """A parsed document: the source's text and metadata with the outline of its enumerations."""

    source: Source
    lists: tuple[EnumList, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def title(self) -> str | None:
        """The document's title, or None when it has none."""
        return self.source.title

    @property
    def stem(self) -> str:
        """The source file's name without its suffix."""
        return self.source.stem

    @property
    def label(self) -> str:
        """What the course calls the document: its title; without one, its file's name when that is a name (it
        has a hanzi: 作风建设讲话.txt), else its opening words (a file named by a number or a hash, 004_9f3e….txt,
        would head its sheets and stand in the contents as that string)."""
        if self.title:
            return self.title
        openings = [p.text.strip() for p in self.source.paragraphs if p.text.strip()]
        opening = next((text for text in openings if not SALUTATION.match(text)), openings[0] if openings else "")
        named = ORDER_NUMBER.sub("", self.stem)  # 08_作风建设讲话: the number orders the course, names nothing
        if HANZI.search(named):
            return named
        if not opening:
            return self.stem
        sentence = SENTENCE_END.split(opening, maxsplit=1)[0] or opening
        return sentence if len(sentence) <= LABEL_LENGTH else sentence[: LABEL_LENGTH - 1] + "…"

    @property
    def meta(self) -> Meta:
        """The document's metadata."""
        return self.source.meta

    @property
    def repairs(self) -> tuple[str, ...]:
        """What the reader mended in the source as it read it (page breaks joined, junk removed): notes for its
        author, nothing left to fix. The parser's `warnings` are what is: counts that do not match, numbering
        that skips."""
        return tuple(note for note in dict.fromkeys(self.source.warnings) if note not in self.warnings)


def walk(lists: tuple[EnumList, ...], depth: int = 0) -> Iterator[tuple[int, EnumList]]:
    """Every list of an outline with its depth, parents before children, in document order."""
    for lst in lists:
        yield depth, lst
        for item in lst.items:
            yield from walk(item.lists, depth + 1)


def pretty(lists: tuple[EnumList, ...], depth: int = 0) -> str:
    """An indented plain-text outline, for terminals and golden tests."""
    lines: list[str] = []
    for lst in lists:
        pad = "    " * depth
        count = f" [{lst.announced_count}]" if lst.announced_count else ""
        lines.append(f"{pad}<{lst.style}>{count} {lst.lead or ''}".rstrip())
        for item in lst.items:
            lines.append(f"{pad}  {item.marker or '·'} {item.head}")
            if item.lists:
                lines.append(pretty(item.lists, depth + 1))
    return "\n".join(lines)


@dataclass(frozen=True)
class Course:
    """Every parsed document of a course, in document order, with the course's identity."""

    course_id: str  # stable: derived from the course title; seeds deck ids and note GUIDs
    title: str
    documents: tuple[Document, ...]
    updated: float = 0.0  # when the course's inputs (sources, settings) last changed: deck note times
