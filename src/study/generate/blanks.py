"""Blank choice: the spans of a sentence a teacher would blank, ranked by a table of scorers.

One module, two consumers: the Anki deck's clozes and the worksheets' 填空题 both call choose_blanks().
Analysis runs over the simplified shadow (same length), so offsets and answers hold for the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from study.generate.segment import Token, commonness, tokenize
from study.generate.terms import Vocabulary, build_vocabulary
from study.read.script import simplify

__all__ = ["Blank", "Vocabulary", "build_vocabulary", "choose_blanks", "rank_blanks"]

EMPTY = Vocabulary()
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
CLAUSE_PUNCT = re.compile(r"^[，。；：！？,.;:!?（）()《》“”「」『』\s　]+$")
SERIES_MARK = "、"
CONJUNCTIONS = frozenset({"和", "与", "及", "以及", "同", "并"})
QUOTE = re.compile(r"[“「『]([^“”「」『』\n]{2,16})[”」』]")
NUMERALS = "两二三四五六七八九十百"
COUNT = re.compile(rf"[{NUMERALS}]{{1,3}}(?=[个项条种大点句字次类方届位名])")
# List markers and sequence words: never a blank, whatever jieba thinks of them.
MARKER = re.compile(
    r"(第[一二三四五六七八九十百]+|[一二三四五六七八九十]+[是要来则]|其[一二三四五六七八九十]|"
    r"首先|其次|再次|最后|[（(][一二三四五六七八九十0-9]+[）)]|[0-9０-９]+[.．、])"
)
NUMBERISH = re.compile(r"^[0-9０-９一二三四五六七八九十百千万亿零〇两年月日号时分点.．%％多余几第]+$")
COUNTED_TAGS = frozenset({"n", "nz", "vn", "term", "l", "j", "i"})  # what a count in a formulation counts
SERIES_AFFIXES = ("主义", "型", "化", "性", "观", "力", "制", "感")

# Base score of a content word by jieba part of speech; every other tag (particles, pronouns,
# conjunctions, prepositions, adverbs, numerals, time and place words, punctuation) is never a blank.
POS_BASE: dict[str, float] = {
    "l": 0.58, "i": 0.58, "nz": 0.55, "n": 0.5, "vn": 0.5, "nt": 0.5, "j": 0.5,
    "an": 0.45, "v": 0.38, "a": 0.32, "ns": 0.35, "b": 0.3, "nr": 0.25, "term": 0.62,
}  # fmt: skip
GUESSABLE_FACTOR = 0.6  # the answer is written elsewhere in the same sentence
PER_BLANK = {1: 60, 2: 30, 3: 14}  # characters of text per blank, by level (1 few … 3 many)
MIN_SCORE = {1: 0.45, 2: 0.35, 3: 0.25}
MIN_GAP = 2  # characters of context between two blanks


@dataclass(frozen=True)
class Blank:
    """A blank in a text: its offsets, the answer (== text[start:end]), a score and a hint."""

    start: int  # offset into the text (Python str index)
    end: int
    answer: str  # == text[start:end]
    score: float  # 0..1, higher is better
    hint: str  # e.g. "3字" or, at the easiest level, "3字，首字“服”"


@dataclass(frozen=True)
class Span:
    """A candidate blank in the shadow: offsets, its simplified text, its tag and the kind of unit it is."""

    start: int
    end: int
    text: str
    pos: str
    kind: str  # "word", "term", "quote", "count" or "member"
    rank: int = 0  # position among its siblings (series members)


@dataclass(frozen=True)
class Analysis:
    """What the scorers know of one text: its shadow, its units (terms kept whole) and its quotes."""

    shadow: str
    units: tuple[Span, ...]
    quotes: tuple[Span, ...]
    vocab: Vocabulary

    def sentence_of(self, span: Span) -> tuple[int, int]:
        """The bounds of the sentence holding a span."""
        starts = [m.end() for m in SENTENCE_END.finditer(self.shadow, 0, span.start)]
        end = SENTENCE_END.search(self.shadow, span.end)
        return (starts[-1] if starts else 0), (end.start() if end else len(self.shadow))

    def inside_quote(self, span: Span) -> bool:
        """True when a span lies strictly inside a quoted formulation (it would be half of it)."""
        return any(q.start <= span.start and span.end <= q.end and q != span for q in self.quotes)


# ----------------------------------------------------------------------------- units: terms kept whole


def merge_terms(tokens: tuple[Token, ...], shadow: str, vocab: Vocabulary) -> list[Span]:
    """jieba words with adjacent runs that form a course term merged into one unit (longest first)."""
    units: list[Span] = []
    i = 0
    while i < len(tokens):
        j = _longest_term_end(tokens, i, shadow, vocab)
        if j > i + 1:
            text = shadow[tokens[i].start : tokens[j - 1].end]
            units.append(Span(tokens[i].start, tokens[j - 1].end, text, "term", "term"))
        else:
            tok = tokens[i]
            units.append(Span(tok.start, tok.end, tok.word, tok.pos, "word"))
        i = max(j, i + 1)
    return units


def _longest_term_end(tokens: tuple[Token, ...], i: int, shadow: str, vocab: Vocabulary) -> int:
    """The end index of the longest run of tokens from i that is a vocabulary term (i+1 when none)."""
    limit = vocab.longest
    for j in range(min(len(tokens), i + 8), i + 1, -1):
        text = shadow[tokens[i].start : tokens[j - 1].end]
        if len(text) <= limit and text in vocab.terms:
            return j
    return i + 1


def find_quotes(shadow: str) -> list[Span]:
    """Short phrases in quotation marks: fixed formulations, blanked whole."""
    return [Span(m.start(1), m.end(1), m.group(1), "term", "quote") for m in QUOTE.finditer(shadow)]


# ----------------------------------------------------------------------------- counts in formulations


def find_counts(units: list[Span], shadow: str) -> list[Span]:
    """The numeral of a count that starts a unit (四个全面 → 四; 六个月 → 六), never a marker's number."""
    counts: list[Span] = []
    for k, unit in enumerate(units):
        m = COUNT.match(shadow, unit.start)
        if m and m.end() <= _unit_end_of(units, k) and not _is_marker_at(shadow, unit.start):
            counts.append(Span(m.start(), m.end(), m.group(), "m", "count", rank=k))
    return counts


def _unit_end_of(units: list[Span], k: int) -> int:
    """The end of unit k or, when the unit is a bare numeral, of the classifier unit after it."""
    return units[k + 1].end if k + 1 < len(units) else units[k].end


def _is_marker_at(shadow: str, start: int) -> bool:
    """True when the text at `start` is a list marker or ordinal (第二, 二是, 其三)."""
    before = shadow[start - 1 : start] if start else ""
    return before in ("第", "其") or MARKER.match(shadow, start) is not None


def in_formulation(count: Span, analysis: Analysis) -> bool:
    """True when a count is quoted or followed by a noun (四个全面, 六个月, 八项规定)."""
    if _quoted_count(count, analysis):
        return True
    holder = next(k for k, u in enumerate(analysis.units) if u.start <= count.start < u.end)
    unit = analysis.units[holder]
    if len(unit.text) > len(count.text) + 1:  # the count's own word goes on past the classifier: 六个月
        return True
    # skip the classifier when jieba cut it off the numeral (四 / 个 / 全面)
    nxt = holder + (2 if unit.end == count.end else 1)
    return nxt < len(analysis.units) and analysis.units[nxt].pos in COUNTED_TAGS


def _quoted_count(count: Span, analysis: Analysis) -> bool:
    """True when a count opens or sits inside a quoted formulation (“四个全面”)."""
    return analysis.inside_quote(count) or any(q.start == count.start for q in analysis.quotes)


# ----------------------------------------------------------------------------- series members


def find_series(units: list[Span]) -> list[Span]:
    """Members of parallel series (A、B、C and X型和Y型), each with its rank among its siblings."""
    members: list[Span] = []
    for clause in _clauses(units):
        members.extend(_series_members(clause))
    return members


def _clauses(units: list[Span]) -> list[list[Span]]:
    """Units split at punctuation other than the series mark 、."""
    clauses: list[list[Span]] = [[]]
    for unit in units:
        if CLAUSE_PUNCT.match(unit.text):
            clauses.append([])
        else:
            clauses[-1].append(unit)
    return [c for c in clauses if c]


def _series_members(clause: list[Span]) -> list[Span]:
    """The members of the series in one clause, split at 、 and at a final conjunction."""
    segments = _split_series(clause)
    if len(segments) < 2:
        return []
    affix = _shared_affix(segments)
    size = min((len(s) for s in segments[1:-1]), default=1)
    spans = [
        _member(seg, size, affix, first=i == 0, last=i == len(segments) - 1) for i, seg in enumerate(segments)
    ]
    found = [s for s in spans if s is not None]
    return [replace(s, rank=i) for i, s in enumerate(found)] if len(found) >= 2 else []


def _split_series(clause: list[Span]) -> list[list[Span]]:
    """A clause cut at each 、 and, after the last 、 (or in a pair of affixed words), at 和/与/及."""
    segments: list[list[Span]] = [[]]
    for unit in clause:
        if unit.text == SERIES_MARK or (unit.text in CONJUNCTIONS and _may_join(segments)):
            segments.append([])
        else:
            segments[-1].append(unit)
    return [s for s in segments if s]


def _may_join(segments: list[list[Span]]) -> bool:
    """A conjunction joins members after a 、-series, or when the word before it ends in a series affix."""
    before = segments[-1][-1].text if segments[-1] else ""
    return len(segments) > 1 or before.endswith(SERIES_AFFIXES)


def _shared_affix(segments: list[list[Span]]) -> str | None:
    """The series affix (…型, …化, …主义) every segment has a word ending in, if any."""
    for affix in SERIES_AFFIXES:
        if all(any(u.text.endswith(affix) and len(u.text) > len(affix) for u in seg) for seg in segments):
            return affix
    return None


def _member(seg: list[Span], size: int, affix: str | None, first: bool, last: bool) -> Span | None:
    """The member a segment holds: its last units (first segment), first units (last one), or all of it."""
    if affix:
        picks = [k for k, u in enumerate(seg) if u.text.endswith(affix)]
        k = picks[-1] if first else picks[0]
        units = seg[max(k - size + 1, 0) : k + 1] if first else seg[: k + 1]
    elif first:
        units = seg[-size:]
    elif last:
        units = seg[:size]
    else:
        units = seg
    return _joined(units)


def _joined(units: list[Span]) -> Span | None:
    """One span over adjacent content units, or None when too long or not content."""
    if not units or any(u.pos not in POS_BASE for u in units):
        return None
    start, end = units[0].start, units[-1].end
    text = "".join(u.text for u in units)
    if not 2 <= len(text) <= 8 or len(text) != end - start:
        return None
    pos = units[0].pos if len(units) == 1 else "term"
    return Span(start, end, text, pos, "member")


# ----------------------------------------------------------------------------- scorers and vetoes


def _quote_score(span: Span, analysis: Analysis) -> float | None:
    return 0.9 if span.kind == "quote" else None


def _member_score(span: Span, analysis: Analysis) -> float | None:
    # the rarer a member, the less it can be guessed from its siblings
    return 0.86 - 0.08 * commonness(span.text) - 0.002 * span.rank if span.kind == "member" else None


def _list_item_score(span: Span, analysis: Analysis) -> float | None:
    return 0.84 if span.text in analysis.vocab.list_items else None


def _count_score(span: Span, analysis: Analysis) -> float | None:
    if span.kind != "count":
        return None
    if _quoted_count(span, analysis):
        return 0.92  # above the quote itself: （四）个全面 tests more than a wholly blanked formulation
    return 0.8 if in_formulation(span, analysis) else 0.45


def _course_term_score(span: Span, analysis: Analysis) -> float | None:
    if span.text not in analysis.vocab.terms:
        return None
    return 0.7 + 0.05 * min(analysis.vocab.count(span.text), 6) / 6


def _content_score(span: Span, analysis: Analysis) -> float | None:
    base = POS_BASE.get(span.pos)
    if base is None or span.kind not in ("word", "term"):
        return None
    longer = 0.04 * min(len(span.text) - 2, 3)
    repeated = 0.08 * min(analysis.vocab.count(span.text), 8) / 8
    return base + longer + repeated - 0.15 * commonness(span.text)


Scorer = Callable[[Span, Analysis], float | None]
# Every rule that can make a span a blank; a span's score is the best any rule gives it.
SCORERS: tuple[tuple[str, Scorer], ...] = (
    ("formulation in quotes", _quote_score),
    ("series member", _member_score),
    ("course list item", _list_item_score),
    ("count in a formulation", _count_score),
    ("term the course repeats", _course_term_score),
    ("content word", _content_score),
)

Veto = Callable[[Span, Analysis], bool]
# Rules that forbid a span whatever its score.
VETOES: tuple[tuple[str, Veto], ...] = (
    ("list marker", lambda s, a: s.kind != "count" and _is_marker_at(a.shadow, s.start)),
    ("bare number or date", lambda s, a: s.kind != "count" and NUMBERISH.match(s.text) is not None),
    ("single character", lambda s, a: s.kind != "count" and len(s.text) < 2),
    ("punctuation inside", lambda s, a: s.kind != "quote" and re.search(r"[^\w]", s.text) is not None),
    ("half a quoted formulation", lambda s, a: s.kind != "count" and a.inside_quote(s)),
)


def score(span: Span, analysis: Analysis) -> float | None:
    """A span's score: the best rule's, lowered when the answer is guessable; None when vetoed or no rule."""
    if any(veto(span, analysis) for _, veto in VETOES):
        return None
    best = max((s for _, rule in SCORERS if (s := rule(span, analysis)) is not None), default=None)
    if best is None:
        return None
    if _guessable(span, analysis):
        best *= GUESSABLE_FACTOR
    return round(max(0.0, min(1.0, best)), 3)


def _guessable(span: Span, analysis: Analysis) -> bool:
    """True when the answer is written elsewhere in the same sentence."""
    lo, hi = analysis.sentence_of(span)
    sentence = analysis.shadow[lo:hi]
    rest = sentence[: span.start - lo] + "\0" + sentence[span.end - lo :]
    return span.kind != "count" and span.text in rest


# ----------------------------------------------------------------------------- ranking and choosing


@lru_cache(maxsize=4096)
def analyse(shadow: str, vocab: Vocabulary) -> Analysis:
    """Units, quotes and everything the scorers need for one simplified text (cached per text)."""
    units = tuple(merge_terms(tokenize(shadow), shadow, vocab))
    return Analysis(shadow, units, tuple(find_quotes(shadow)), vocab)


def candidates(analysis: Analysis) -> list[Span]:
    """Every span that might be a blank: units, quotes, counts and series members."""
    units = list(analysis.units)
    return [*units, *analysis.quotes, *find_counts(units, analysis.shadow), *find_series(units)]


def rank_blanks(text: str, vocab: Vocabulary | None = None) -> list[Blank]:
    """Every candidate blank of a text, best first (ties in text order)."""
    shadow = simplify(text)
    analysis = analyse(shadow, vocab or EMPTY)
    best: dict[tuple[int, int], float] = {}
    for span in candidates(analysis):
        value = score(span, analysis)
        if value is not None and value > best.get((span.start, span.end), -1.0):
            best[(span.start, span.end)] = value
    order = sorted(best.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))
    return [_blank(text, start, end, value) for (start, end), value in order]


def _blank(text: str, start: int, end: int, value: float) -> Blank:
    answer = text[start:end]
    return Blank(start, end, answer, value, f"{len(answer)}字")


def hint_for(answer: str, level: int) -> str:
    """The hint shown with a blank: its length, and at the easiest level its first character."""
    return f"{len(answer)}字，首字“{answer[0]}”" if level <= 1 else f"{len(answer)}字"


def choose_blanks(text: str, vocab: Vocabulary | None = None, level: int = 2) -> list[Blank]:
    """Non-overlapping, non-adjacent blanks for a text, more at higher levels, in text order."""
    wanted = max(1, len(text) // PER_BLANK.get(level, PER_BLANK[2]))
    floor = MIN_SCORE.get(level, MIN_SCORE[2])
    chosen: list[Blank] = []
    for blank in rank_blanks(text, vocab):
        if len(chosen) == wanted or (chosen and blank.score < floor):
            break
        if all(_apart(blank, other) for other in chosen):
            chosen.append(replace(blank, hint=hint_for(blank.answer, level)))
    return sorted(chosen, key=lambda b: b.start)


def _apart(a: Blank, b: Blank) -> bool:
    """True when two blanks leave at least MIN_GAP characters between them."""
    return a.end + MIN_GAP <= b.start or b.end + MIN_GAP <= a.start
