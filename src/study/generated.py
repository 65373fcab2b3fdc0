"""The generated work's data: cards, exercises and anchors, which generation makes and renderers are given.

Plain frozen data, picklable, in no module of generation: the renderers (study.render) read these types
and never import study.generate, so a renderer writes what it is given and nothing else.
"""

from __future__ import annotations

import pickle
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from study.config import Settings
from study.model import Course, Document, Loc
from study.script import simplify

KEPT_CATEGORIES = ("L", "N")  # Unicode letters and digits: what is left of a text once normalized
DIGITS = "零一二三四五六七八九"

# --- cards


@dataclass(frozen=True)
class Line:
    """One item as a card shows it: its marker and its headline."""

    marker: str
    text: str


@dataclass(frozen=True)
class Gap:
    """A cloze blank in a card's prompt: offsets into the prompt and the hint shown in the gap."""

    start: int
    end: int
    hint: str


@dataclass(frozen=True)
class Cite:
    """Where a card comes from: its document as a card names it (《title》, or what the course calls an untitled
    one: Document.label), date and place in the outline (e.g. （三）（2））."""

    title: str
    date: str | None
    place: str


@dataclass(frozen=True)
class Part:
    """A top-level item with lists under it: a part of its document, and a subdeck."""

    index: int  # 1-based, in document order
    key: str  # the item's structural key
    label: str
    head: str


@dataclass(frozen=True)
class Card:
    """One study card, in plain text; render decides how it looks."""

    kind: str  # a key of KIND_NAMES
    badge: str  # the kind's name as the card shows it, in the card's script
    key: str  # structural key of the list or item asked about (its place; identity: generate.identity)
    doc: int  # index of its document in the course
    stem: str
    style: str  # the list's marker family
    part: Part | None  # the part of the document it belongs to, or None for the document itself
    context: str  # the list's lead, or the item it sits under
    prompt: str  # the question; for a cloze the key sentence that holds the gaps
    shown: tuple[Line, ...]  # items shown before the asked one (ordered recall)
    answer: tuple[Line, ...]  # what the learner must recall
    gaps: tuple[Gap, ...]  # cloze blanks in the prompt
    cite: Cite


# --- exercises

LETTERS = "ABCDEFGHIJ"


# worksheet sections in printed order: kind → section title
KIND_TITLES: dict[str, str] = {
    "fill": "填空题",
    "list": "列举题",
    "order": "排序题",
    "single": "单项选择题",
    "multiple": "多项选择题",
}
CHOICE_KINDS = ("single", "multiple")  # the kinds whose wrong options come from the course's other documents


@dataclass(frozen=True)
class Origin:
    """Where an exercise comes from: the document, the outline key and label, and the source line."""

    document: str  # the document's stem
    key: str  # EnumList.key or Item.key
    label: str  # Item.label ("（三）（2）"); "" for a list at the top of the outline
    loc: Loc
    opening: str = ""  # the point's (or list's) first words as the source prints them: what to search a page for
    lined: bool = True  # its source's lines are the file's (Source.lined): an answer key cites them

    def __str__(self) -> str:
        return with_page(self.place, self.on_page)

    @property
    def place(self) -> str:
        """Its place in the source without its page: the label and line, or the point's opening words."""
        # a label of marks alone (——, ·) names no place: the line does, or in a file of no line numbers the
        # point's opening words, which a browser, Word or a PDF viewer finds
        if self.quotes_opening:
            return f"“{self.opening}……”"
        if not self.lined:
            return self.label if self.named else ""
        return f"{self.label}（第 {self.loc.line} 行）" if self.named else f"第 {self.loc.line} 行"

    @property
    def on_page(self) -> str:
        """The page of a paginated source (a PDF) the point starts on, as a printed document is cited; else ""."""
        return pages_text(self.loc.page, self.loc.page)

    @property
    def named(self) -> bool:
        """Whether its label names a place (（三）, 第二条), not marks alone (——, ·)."""
        return any(ch.isalnum() for ch in self.label)

    @property
    def quotes_opening(self) -> bool:
        """Whether it is cited by the point's opening words (a file of no line numbers, a label of no name):
        words to search the source for, so shown as the source prints them, in its script."""
        return not self.lined and not self.named and bool(self.opening)


def pages_text(first: int | None, last: int | None) -> str:
    """Pages as a citation names them (第 3 页, 第 3—4 页), "" for none: the one wording of cards and answer keys."""
    if first is None or last is None:
        return ""
    return f"第 {first} 页" if first == last else f"第 {first}—{last} 页"


def with_page(place: str, page: str) -> str:
    """A place with the page it is on, （三）（第 3 页）; either alone when the other is empty (no empty brackets)."""
    return f"{place}（{page}）" if place and page else place or page


@dataclass(frozen=True)
class Piece:
    """A run of a fill-in sentence: plain text, or a blank whose text is the answer."""

    text: str
    blank: bool = False
    hint: str | None = None


@dataclass(frozen=True)
class Exercise:
    """One numbered exercise of a worksheet and its answer."""

    kind: str  # a key of KIND_TITLES
    prompt: str  # the question ("" for a fill-in: the sentence is the question)
    origin: Origin
    pieces: tuple[Piece, ...] = ()  # fill: the sentence with its blanks
    options: tuple[str, ...] = ()  # order / choice: the options in printed order (A, B, …)
    answers: tuple[str, ...] = ()  # fill: the blanks' answers; list: the heads; order/choice: letters

    @property
    def lettered(self) -> tuple[tuple[str, str], ...]:
        """The options with their letters."""
        return tuple(zip(LETTERS, self.options, strict=False))

    def option(self, letter: str) -> str:
        """The text of the option with this letter."""
        return self.options[LETTERS.index(letter)]


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (counts of list items)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


# --- identity


@dataclass(frozen=True)
class Anchor:
    """What one list or item is about: its content key, its text, and the place it stands in."""

    key: str  # hash of the kind of node and its normalized topic and heads
    text: str  # normalized text, compared for closeness when the key is new
    parent: str  # hash of what it sits in: an item's list topic, a list's parent item head
    before: str  # hash of the neighbour before it: the previous item's head, the previous list's topic
    after: str  # the same for the neighbour after it ("" at either end)


@lru_cache(maxsize=1 << 15)  # a topic or head recurs in every anchor of its list
def normalized(text: str) -> str:
    """A text reduced to what it says: simplified script, compatibility forms folded, letters and digits only."""
    folded = unicodedata.normalize("NFKC", simplify(text))
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in KEPT_CATEGORIES)


# --- a document as the course shows it


@dataclass(frozen=True)
class ShownItem:
    """An outline item as pages show it: its marker and headline in the output script."""

    marker: str
    head: str
    lists: tuple[ShownList, ...] = ()


@dataclass(frozen=True)
class ShownList:
    """An outline list as pages show it: its lead in the output script, its announced count, its items."""

    lead: str | None
    announced: int | None
    items: tuple[ShownItem, ...]


@dataclass(frozen=True)
class Shown:
    """What the course shows of a document, put into the output script once, by generation: its title, the
    date, author and publication line, and its outline (the home page shows it, the deck names it)."""

    title: str
    byline: tuple[str, ...]
    lists: tuple[ShownList, ...]


# --- a document's work and the course's

Fonts = Mapping[str, tuple[str, ...]]  # a page's script (simplified, traditional, original) → its font families


@dataclass(frozen=True)
class Layout:
    """What every sheet of a course is laid out with: picklable, the same for each document's sheets."""

    course_title: str
    settings: Settings
    template_dirs: tuple[str, ...]  # the course's own template folders, most specific first
    fonts: Fonts
    medium: str  # "print" (the PDFs) or "screen" (the web pages)
    templates: str = ""  # a hash of what those folders hold: an edit to a course's template lays pages out again


@dataclass(frozen=True)
class WorkBody:
    """A document's cards, anchors and exercises, kept pickled and read only when asked for (each time: not
    held). A course holds every document's work, and most builds read few bodies (an edit reuses the other
    documents' decks and files): at a thousand documents they were ~100 MB of objects, and the third of the
    time spent loading kept works."""

    packed: bytes = b""
    exercise_count: int = 0  # how many exercises it holds, known without reading them

    @classmethod
    def of(
        cls,
        cards: tuple[Card, ...] = (),
        anchors: Mapping[str, Anchor] | None = None,
        exercises: tuple[Exercise, ...] = (),
    ) -> WorkBody:
        """The body holding these (nothing, when empty)."""
        if not (cards or anchors or exercises):
            return cls()
        return cls(pickle.dumps((cards, dict(anchors or {}), exercises), protocol=5), len(exercises))

    def read(self) -> tuple[tuple[Card, ...], Mapping[str, Anchor], tuple[Exercise, ...]]:
        """Its cards, anchors and exercises, unpickled now."""
        if not self.packed:
            return (), {}, ()
        found: tuple[tuple[Card, ...], Mapping[str, Anchor], tuple[Exercise, ...]] = pickle.loads(self.packed)
        return found


@dataclass(frozen=True)
class DocumentWork:
    """Everything generated from one document, made once (study.work) and given to every renderer."""

    index: int  # the document's place in the course
    doc: Document
    key: str  # a hash of everything this work was made from: the document, the course context, its pool
    # its study cards in document order (when a deck is made), what each list and item is about by key, and
    # its worksheet's exercises (when sheets are made): read when asked for (see WorkBody)
    body: WorkBody = field(default_factory=WorkBody)
    # medium → sheet name → its HTML, packed (see packed(): a course holds every page until it is rendered)
    pages: Mapping[str, Mapping[str, bytes]] = field(default_factory=dict)
    shown: Shown | None = None  # the document in the output script (None: nothing shows it)
    source_key: str = ""  # a hash of the document alone (its source bytes, path and the code)
    # sheet → its article on that sheet, packed: what the course's web pages join (when they are made)
    articles: Mapping[str, bytes] = field(default_factory=dict)

    @property
    def cards(self) -> tuple[Card, ...]:
        """Its study cards, in document order (read now: see WorkBody)."""
        return self.body.read()[0]

    @property
    def anchors(self) -> Mapping[str, Anchor]:
        """What each of its lists and items is about, by key (read now: see WorkBody)."""
        return self.body.read()[1]

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """Its worksheet's exercises (read now: see WorkBody)."""
        return self.body.read()[2]

    @property
    def stem(self) -> str:
        """The document's file stem, which names its output files."""
        return self.doc.stem

    def only(self, parts: frozenset[str]) -> DocumentWork:
        """This work with only the named parts (cards, exercises, pages) kept: what one renderer is sent."""
        return replace(
            self,
            body=self.body_of(parts),
            pages={medium: pages for medium, pages in self.pages.items() if medium in parts},
            articles=self.articles if "screen" in parts else {},
        )

    def body_of(self, parts: frozenset[str]) -> WorkBody:
        """Its body with only the named parts (cards and anchors, exercises): read only when some are left out."""
        if {"cards", "exercises"} <= parts or not self.body.packed:
            return self.body
        if not parts & {"cards", "exercises"}:
            return WorkBody()
        cards, anchors, exercises = self.body.read()
        if "cards" in parts:
            return WorkBody.of(cards, anchors)
        return WorkBody.of(exercises=exercises)

    def articles_html(self, sheets: Iterable[str] | None = None) -> dict[str, str]:
        """Its articles on the sheets (on the named ones only, when named), unpacked."""
        wanted = self.articles.keys() if sheets is None else [s for s in sheets if s in self.articles]
        return {sheet: unpacked(self.articles[sheet]).decode("utf-8") for sheet in wanted}


def packed(html: str) -> bytes:
    """A page's HTML kept small: UTF-8, compressed (fast level; a page shrinks about sixfold)."""
    return zlib.compress(html.encode("utf-8"), 1)


def unpacked(data: bytes) -> bytes:
    """A packed page's HTML as UTF-8 bytes."""
    return zlib.decompress(data)


@dataclass(frozen=True)
class CourseWork:
    """The course's generated work: every document's, in course order, and how its sheets are laid out (the
    course-wide sheets are laid out by their renderers from the documents' exercises, only when they render)."""

    course: Course
    settings: Settings
    documents: tuple[DocumentWork, ...]
    title: str = ""  # the course's title in the output script
    layouts: Mapping[str, Layout] = field(default_factory=dict)  # by medium: how its course-wide sheets are laid out
    # (its name in sources/, why) per source that could not be read: the home page names it, beside the documents
    unread: tuple[tuple[str, str], ...] = ()

    @property
    def exercise_count(self) -> int:
        """How many exercises the worksheets hold."""
        return sum(work.body.exercise_count for work in self.documents)
