"""One text analysed for blank choice: its simplified shadow cut into units (course terms kept whole)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar, overload

from study.generate.anatomy import frame_of
from study.generate.segment import Token, is_content, tokenize
from study.generate.terms import Vocabulary

SENTENCE_END = re.compile(r"[。！？；!?;\n]")
CLAUSE_PUNCT = re.compile(r"^[，。；：！？,.;:!?（）()《》〈〉【】\[\]“”‘’「」『』\"'\s　…—]+$")
TITLED = re.compile(r"《([^《》\n]+)》")  # a title's name, inside its marks
QUOTE = re.compile(r"[“「『]([^“”「」『』\n]{2,16})[”」』]")
TERM_SPAN = 8  # jieba words a course term may span
NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})  # jieba's tags of proper names
LIST_JOINERS = frozenset({"、", "和", "与", "及", "同"})  # what joins the names of a list
TRAIT_TAGS = frozenset({"n", "nz", "vn", "v", "l", "i"})  # the noun of a trait (精神) and its words (奋斗 | 精神)
TRAIT_MODIFIER_TAGS = TRAIT_TAGS | {"a"}  # jieba tags some traits adjectives (团结/a | 精神)
CLAIM_PUNCT = re.compile(r"^[，。；：！？,.;:!?\s　]+$")  # what ends a clause whatever quotes and titles it holds
# The copulas of a clause 某某的N是X that tells X of its subject (not 作为, a role, nor 成为, a change), and the
# words its N may span (的根本原因是, 的核心要义是).
DESCRIBING_COPULAS = frozenset({"是", "就是", "正是", "乃是", "是指", "属于", "包括"})
DESCRIBED_REACH = 4
# A list of three members or more that 等 closes (甲、乙、丙等), or 及其他/及各类 a kind (甲、乙、丙及各类丁): examples
# of a kind, not a fixed set; any member fits any gap.
LISTED = r"[^、，。；：,;:\s“”《》]{1,8}"
OPEN_LIST = re.compile(rf"(?:{LISTED}、){{2,}}{LISTED}(?:等|以?及(?:其他|其它|各类|各种){LISTED})")


def open_list_of(shadow: str, lists: tuple[tuple[int, int], ...], start: int, end: int) -> int | None:
    """The index of the list of examples (OPEN_LIST's bounds) a span is a member of, or a piece of one: it ends
    before a 、 or the 等, or opens past the list's first 、; None for none (its first member may reach left)."""
    before_mark = shadow[end : end + 1] in ("、", "等")
    for k, (lo, hi) in enumerate(lists):
        if lo <= start < hi - 1 and (before_mark or "、" in shadow[lo:start]):
            return k
    return None


T = TypeVar("T")


class cached_property(Generic[T]):  # named as functools' own, which it stands in for
    """functools.cached_property without its lock: Python 3.11's takes one on every first read of every property,
    4% of blank choice's time in its profile; an Analysis is never shared between threads."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached_property[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)  # the instance's own now: never asked again
        return value


@dataclass(frozen=True)
class Span:
    """A candidate blank in the shadow: offsets, its simplified text, its tag and the kind of rule that made it."""

    start: int
    end: int
    text: str
    pos: str  # jieba part of speech, "term" for a course term or a multi-word span
    kind: str  # the rule: "word", "term", "quote", "count", "member", "pair", "formula", "yi", "head",
    # "subject", "predicate" or "object" (see blanks.KIND_BASE)
    rank: int = 0  # position among its siblings (series members)
    last: bool = False  # the last of its siblings (series members)


@dataclass(frozen=True)
class Analysis:
    """What the rules know of one text: its shadow, its units (terms kept whole) and its quotes."""

    shadow: str
    units: tuple[Span, ...]
    quotes: tuple[Span, ...]
    vocab: Vocabulary

    @cached_property
    def clauses(self) -> tuple[tuple[Span, ...], ...]:
        """The units of each clause: cut at punctuation, but not at the series mark 、."""
        return _cut(self.units, CLAUSE_PUNCT)

    @cached_property
    def letters(self) -> int:
        """How many characters of the text are words (not punctuation or spaces)."""
        return sum(1 for ch in self.shadow if ch.isalnum())

    @cached_property
    def _sentence_ends(self) -> tuple[int, ...]:
        return tuple(m.start() for m in SENTENCE_END.finditer(self.shadow))

    @cached_property
    def _unit_edges(self) -> frozenset[int]:
        return frozenset(u.start for u in self.units) | {len(self.shadow)}

    @cached_property
    def _unit_at(self) -> dict[int, int]:
        return {u.start: k for k, u in enumerate(self.units)}

    def unit_starting_at(self, start: int) -> int | None:
        """The index of the unit that starts at an offset (None when no unit starts there)."""
        return self._unit_at.get(start)

    @cached_property
    def _unit_starts(self) -> tuple[int, ...]:
        return tuple(u.start for u in self.units)

    def unit_holding(self, offset: int) -> int:
        """The index of the unit an offset lies in (the units cover the text: jieba cuts all of it)."""
        return max(0, bisect_right(self._unit_starts, offset) - 1)

    @cached_property
    def _unit_before(self) -> dict[int, int]:
        return {u.end: k for k, u in enumerate(self.units)}

    def unit_ending_at(self, end: int) -> int | None:
        """The index of the unit that ends at an offset (None when no unit ends there)."""
        return self._unit_before.get(end)

    @cached_property
    def list_starts(self) -> tuple[int, ...]:
        """For each unit, where the list of names it closes starts (甲、乙和丙: 丙's list starts at 甲), found in
        one pass; a unit outside any list starts its own."""
        starts: list[int] = []
        for k, unit in enumerate(self.units):
            listed = k >= 2 and self.units[k - 1].text in LIST_JOINERS and self.units[k - 2].pos in NAME_TAGS
            starts.append(starts[k - 2] if listed else unit.start)
        return tuple(starts)

    @cached_property
    def claim_bounds(self) -> tuple[int, int]:
        """Where the claim of the text starts and ends: past its leading frame, before its citation tail."""
        frames = frame_of(self.shadow)
        lo = next((hi for lo_, hi in frames if lo_ == 0), 0)
        hi = next((lo_ for lo_, hi_ in frames if hi_ == len(self.shadow) and lo_ > 0), len(self.shadow))
        return lo, hi

    @cached_property
    def open_lists(self) -> tuple[tuple[int, int], ...]:
        """The bounds of every list of examples: three members or more that 等 or 及其他 closes (甲、乙、丙等)."""
        return tuple(m.span() for m in OPEN_LIST.finditer(self.shadow))

    def in_open_list(self, span: Span) -> bool:
        """True for a member of a list that 等 closes, or a piece of one: a span in the list that holds no 、 and
        ends before a 、 or the 等, or opens past the first 、 (丁地平等, jieba's 平等, is a piece of the last)."""
        if not self.open_lists or "、" in span.text:  # most texts hold none: asked of every candidate
            return False
        return open_list_of(self.shadow, self.open_lists, span.start, span.end) is not None

    @cached_property
    def restatements(self) -> tuple[tuple[Span, Span], ...]:
        """Each claim whose head restates its subject (某国人民是具有某种精神的人民), as (subject, trait): the
        subject is known, what the claim tells of it is the trait before the 的."""
        found: list[tuple[Span, Span]] = []
        for clause in self.clauses:
            pair = _restatement(clause, self.shadow)
            if pair is not None:
                found.append(pair)
        return tuple(found)

    def restated(self, span: Span) -> bool:
        """True for the subject of a claim whose head restates it (某国人民 of 某国人民是…的人民)."""
        return bool(self.restatements) and any(
            s.start == span.start and s.end == span.end for s, _ in self.restatements
        )

    @cached_property
    def _claims(self) -> tuple[tuple[Span, ...], ...]:
        """The units of each clause cut at clause punctuation only: a quote or a title stays in its clause."""
        return _cut(self.units, CLAIM_PUNCT)

    @cached_property
    def described_subjects(self) -> tuple[tuple[int, int, int, str], ...]:
        """Each clause 某某的N是X with content after its copula, as (start, de, copula, head): where its subject
        starts, where the last 的 before the copula and the copula stand, and the head of X, what follows X's
        own last 的 ("" when X holds none; …是当地发展的重要开端 → 重要开端)."""
        found: list[tuple[int, int, int, str]] = []
        for clause in self._claims:
            copula = next((k for k, u in enumerate(clause) if u.text in DESCRIBING_COPULAS), None)
            if copula is None or not any(is_content(u.pos) for u in clause[copula + 1 :]):
                continue
            de = max((k for k, u in enumerate(clause[:copula]) if u.text == "的"), default=0)
            if de and clause[de].start - clause[0].start >= 2 and copula - de <= DESCRIBED_REACH:
                last_de = max((k for k, u in enumerate(clause) if u.text == "的"), default=0)
                head = "".join(u.text for u in clause[last_de + 1 :]) if last_de > copula else ""
                found.append((clause[0].start, clause[de].start, clause[copula].start, head))
        return tuple(found)

    def sentence_of(self, span: Span) -> tuple[int, int]:
        """The bounds of the sentence holding a span."""
        ends = self._sentence_ends
        before = bisect_left(ends, span.start)
        after = bisect_left(ends, span.end)
        return (ends[before - 1] + 1 if before else 0), (ends[after] if after < len(ends) else len(self.shadow))

    def inside_quote(self, span: Span) -> bool:
        """True when a span lies strictly inside a quoted formulation (it would be half of it)."""
        # most texts quote nothing: no generator for them (every candidate asks)
        return bool(self.quotes) and any(q.start <= span.start and span.end <= q.end and q != span for q in self.quotes)

    @cached_property
    def _titles(self) -> tuple[tuple[int, int], ...]:
        return tuple(m.span(1) for m in TITLED.finditer(self.shadow))

    def inside_title(self, span: Span) -> bool:
        """True when a span lies inside the name in a title's marks (《…》) and is not all of it: half a title."""
        return bool(self._titles) and any(
            lo <= span.start and span.end <= hi and (span.start, span.end) != (lo, hi) for lo, hi in self._titles
        )

    def cuts_a_unit(self, span: Span) -> bool:
        """True when a span starts or ends inside a unit (half a word or half a course term)."""
        return span.start not in self._unit_edges or span.end not in self._unit_edges


def _cut(units: tuple[Span, ...], punct: re.Pattern[str]) -> tuple[tuple[Span, ...], ...]:
    """The units between the units that are punctuation of a kind (`punct`, a pattern of punctuation and spaces
    only), run by run (empty runs dropped)."""
    runs: list[list[Span]] = [[]]
    for unit in units:
        # a unit that opens on a Chinese character (most) is no punctuation of any kind: no pattern to try
        if not "\u4e00" <= unit.text[:1] <= "\u9fff" and punct.match(unit.text):
            runs.append([])
        else:
            runs[-1].append(unit)
    return tuple(tuple(run) for run in runs if run)


def _restatement(clause: tuple[Span, ...], shadow: str) -> tuple[Span, Span] | None:
    """(subject, trait) of a clause S 是 … T 的 H whose subject S ends on its head H (某国人民 … 的人民); the trait T
    is the noun before the 的, with the word before a two-character one when that is a noun, verb or adjective
    of the trait (奋斗 | 精神, 团结 | 精神) and not the verb right after 是 (具有); a longer noun holds its trait
    (伟大 | 创造精神)."""
    copula = next((k for k, u in enumerate(clause[:4]) if u.text == "是"), 0)  # a short subject: 是 among the first
    if not 1 <= copula <= 3 or len(clause) < copula + 4 or clause[-2].text != "的":
        return None
    head, subject_units = clause[-1], clause[:copula]
    start, end = subject_units[0].start, subject_units[-1].end
    if not shadow[start:end].endswith(head.text) or end - start <= len(head.text):
        return None
    last = len(clause) - 3
    if last <= copula or clause[last].pos not in TRAIT_TAGS or len(clause[last].text) < 2:
        return None
    joins = len(clause[last].text) == 2 and last - 1 > copula + 1 and clause[last - 1].pos in TRAIT_MODIFIER_TAGS
    first = last - 1 if joins else last
    lo, hi = clause[first].start, clause[last].end
    subject = Span(start, end, shadow[start:end], "term", "theme")
    return subject, Span(lo, hi, shadow[lo:hi], "term", "trait")


def merge_terms(tokens: tuple[Token, ...], shadow: str, vocab: Vocabulary) -> list[Span]:
    """jieba words with adjacent runs that form a course term merged into one unit (longest first)."""
    units: list[Span] = []
    i, n, openings = 0, len(tokens), term_openings(vocab)  # looked up once a text, not once a word
    while i < n:
        tok = tokens[i]
        # no term opens here (most words of a text): no run of words to try, nor a call to try them
        j = _longest_term_end(tokens, i, shadow, vocab) if shadow[tok.start : tok.start + 2] in openings else i + 1
        if j > i + 1:
            text = shadow[tok.start : tokens[j - 1].end]
            units.append(Span(tok.start, tokens[j - 1].end, text, "term", "term"))
        else:
            units.append(Span(tok.start, tok.end, tok.word, tok.pos, "word"))
        i = max(j, i + 1)
    return units


def _longest_term_end(tokens: tuple[Token, ...], i: int, shadow: str, vocab: Vocabulary) -> int:
    """The end index of the longest run of tokens from i that is a vocabulary term (i+1 when none)."""
    start = tokens[i].start
    limit = vocab.longest
    for j in range(min(len(tokens), i + TERM_SPAN), i + 1, -1):
        end = tokens[j - 1].end
        if end - start <= limit and shadow[start:end] in vocab.terms:  # no slice for a run too long to be a term
            return j
    return i + 1


@lru_cache(maxsize=8)
def term_openings(vocab: Vocabulary) -> frozenset[str]:
    """The first two characters of every course term (a term spans two words or more, so two characters)."""
    return frozenset(term[:2] for term in vocab.terms)


def find_quotes(shadow: str) -> tuple[Span, ...]:
    """Short phrases in quotation marks: fixed formulations, blanked whole."""
    return tuple(Span(m.start(1), m.end(1), m.group(1), "term", "quote") for m in QUOTE.finditer(shadow))


# Not cached: blanks.choose_blanks remembers its choice per text, so each text is analysed once (a cache here
# had no hits and kept every analysis alive, costing the garbage collector ~1 s a 1,000-document course).
def analyse(shadow: str, vocab: Vocabulary) -> Analysis:
    """Units, quotes and clauses of one simplified text."""
    units = tuple(merge_terms(tokenize(shadow), shadow, vocab))
    return Analysis(shadow, units, find_quotes(shadow), vocab)
