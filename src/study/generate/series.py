"""Series members: the parallel members of A、B、C series and of affixed pairs (先进性和纯洁性); and packed series,
whose members are one character each with no mark between them (山水林田湖草沙, 德智体美劳)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from study.generate.analysis import Analysis, Span
from study.generate.segment import ADVERB_TAGS, commonness, dictionary_words, is_grammar, word_table

SERIES_MARK = "、"
CONJUNCTIONS = frozenset({"和", "与", "及", "以及", "同", "并", "或"})
GROUP_RELATIONS = frozenset({"同"})  # a conjunction that sets one series beside another (把A、B同C、D结合起来)
EDGE_WORDS = frozenset({"的", "地", "得", "了", "着", "等", "之"})  # a member never starts or ends on these
BREAK_WORDS = frozenset({"是", "为", "就是", "即", "乃是"})  # a member never reaches back over a copula
MEMBER_LENGTH = range(2, 9)
SHARED_VERB_TAGS = frozenset({"v", "vn"})  # shared words that stay in the members (see strip_shared)
CLOSING_WORDS = frozenset({"等", "等等"})  # what closes a list: no member holds it
LINK_WORDS = CLOSING_WORDS | {"的"}  # what an end member holds only when the other members do (see _parallel)
ALIGN_REACH = 3  # how far into the next segment a member's aligned word may lie
SUBJECT_ADVERBS = frozenset({"都", "均"})  # what follows a listed subject before its predicate (…和某乙都有)
# a packed series: PACKED_MIN hanzi or more in a row that the dictionary reads a thing a character (林/田/湖/草/沙),
# or as a rare "name" it holds (德智体美 of 德智体美劳: jieba's dictionary has such runs as people's names)
PACKED_MIN = 4
PACKED_TAGS = frozenset({"n", "ng", "ns", "nr", "nrt", "nz", "vn", "j"})  # what one character names: a thing, a place
PACKED_RARE = 0.2  # commonness under which a dictionary word of those tags within such a run is a piece of it


def find_series(analysis: Analysis) -> list[Span]:
    """Members of every series in a text, each with its rank among its siblings."""
    return [member for clause in analysis.clauses for member in clause_series(list(clause))]


def clause_series(clause: list[Span]) -> list[Span]:
    """The members of the series in one clause ("member" when three or more or affixed, else "pair")."""
    if (k := _between_series(clause)) is not None:
        return clause_series(clause[:k]) + clause_series(clause[k + 1 :])
    segments = split_segments(clause)
    if len(segments) < 2:
        return []
    groups = strip_shared([trim_edges(g) for g in member_groups(segments)])
    spans = [joined(group) for group in groups]
    if any(span is None for span in spans):
        return []
    kind = "member" if len(segments) > 2 else "pair"
    last = len(spans) - 1
    return [
        replace(span, kind=kind, rank=i, last=i == last)
        for i, (span, group) in enumerate(zip(spans, groups, strict=True))
        if span is not None and not _clause_piece(group)
    ]


def _between_series(clause: list[Span]) -> int | None:
    """Where 同 stands between two 、-series (把A、B同C、D结合起来: a 、 before it and one after it): it relates one
    group to another and closes neither, each series is one of its own. 和 and 与 do stand inside one series
    (培养、选拔A和B、C: the members are A, B and C), so only 同 so parts two."""
    marks = [k for k, unit in enumerate(clause) if unit.text == SERIES_MARK]
    if len(marks) < 2:
        return None
    return next((k for k in range(marks[0] + 1, marks[-1]) if clause[k].text in GROUP_RELATIONS), None)


def _clause_piece(units: list[Span]) -> bool:
    """True for a member that holds a preposition or 等 (民兵在保卫, 大显神威于某县): the clause was cut at a 、 or a
    conjunction that joins something else (保卫和建设), and what is left is a piece of the clause, no thing listed;
    its siblings keep their places."""
    return any(unit.pos == "p" or unit.text in CLOSING_WORDS for unit in units)


def split_segments(clause: list[Span]) -> list[list[Span]]:
    """A clause cut at each 、, at the conjunction closing a 、-series, and at 和/与 between affixed words."""
    segments: list[list[Span]] = [[]]
    for k, unit in enumerate(clause):
        if unit.text == SERIES_MARK or (unit.text in CONJUNCTIONS and _joins(segments, clause[k + 1 :])):
            segments.append([])
        else:
            segments[-1].append(unit)
    return [s for s in segments if s]


def _joins(segments: list[list[Span]], after: list[Span]) -> bool:
    """A conjunction closes a 、-series, or joins two words with a shared ending (党内监督与党外监督)."""
    if not segments[-1]:
        return False
    return len(segments) > 1 or _aligned_at(segments[-1][-1], after) is not None


def _aligned_at(word: Span, segment: list[Span]) -> int | None:
    """Where in a segment's first words lies one ending like `word` (…型, …作用, 监督), if anywhere."""
    for k, unit in enumerate(segment[:ALIGN_REACH]):
        if _shares_ending(word.text, unit.text):
            return k
    return None


def _shares_ending(a: str, b: str) -> bool:
    """Two words of two or more characters with the same last character (学习型/服务型, 监督/监督)."""
    return len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1]


def member_groups(segments: list[list[Span]]) -> list[list[Span]]:
    """The units of each member: the end of the first segment, the middle segments, the start of the last.

    The first and last members are cut to the length of the middle ones (or, in a pair, of each other),
    unless the last one is aligned on a shared ending (拜金主义、享乐主义和极端个人主义).
    """
    middles = segments[1:-1]
    first, last = segments[0], segments[-1]
    aligned = _aligned_at(segments[-2][-1], last)
    if aligned is not None:
        last_member = last[: aligned + 1]
    else:
        options = _parallel(_prefixes(last), middles or [first], verbs=False)
        last_member = _closest(options, _median_length(middles) if middles else len(first[-1].text))
    target = _median_length(middles) if middles else _length(last_member)
    # members that end on one shared word (组织委员、宣传委员) are alike already, whatever jieba tags the rest
    verbs = bool(middles) and any(m[-1].text != first[-1].text for m in middles)
    first_member = _closest(_parallel(_suffixes(first), middles or [last], verbs), target)
    return [first_member, *middles, last_member]


def _parallel(options: list[list[Span]], others: list[list[Span]], verbs: bool) -> list[list[Span]]:
    """The options for an end member that hold no link the other members lack (a 的, a preposition, 等, and for
    the first one, when middle members show what a member holds, a verb): a series' members are alike, so
    in 某甲、某乙和某丙的作用 the 的 joins the series to its noun, in 对某甲、某乙 the preposition and in
    发挥某甲、某乙、某丙 the verb govern it (all options when none is left). A pair's other segment runs on to
    the clause's end and tells nothing of its verbs; a last member may end on a verb jieba tags apart
    (理论学习/v, 党员教育/vn)."""
    allowed = set().union(*(_links(units, verbs) for units in others))
    kept = [units for units in options if _links(units, verbs) <= allowed]
    return kept or options


def _links(units: list[Span], verbs: bool) -> set[str]:
    """The words in units that join a series to the rest of its clause: 的, 等, prepositions, verbs if asked."""
    found = set()
    for unit in units:
        if unit.text in LINK_WORDS:
            found.add(unit.text)
        elif unit.pos == "p" or (verbs and unit.pos == "v"):
            found.add(unit.pos)
    return found


def _length(units: list[Span]) -> int:
    return sum(len(u.text) for u in units)


def _median_length(groups: list[list[Span]]) -> int:
    lengths = sorted(_length(g) for g in groups)
    return lengths[len(lengths) // 2]


def _prefixes(units: list[Span]) -> list[list[Span]]:
    """The heads of a segment that do not reach over the adverb of a listed subject when a predicate follows
    it (某甲、某乙和某丙都有… → 某丙, not 某丙都有)."""
    ends = [k for k, u in enumerate(units[1:-1], 1) if u.text in SUBJECT_ADVERBS and u.pos in ADVERB_TAGS]
    head = units[: ends[0]] if ends else units
    return [head[:k] for k in range(1, len(head) + 1)]


def _suffixes(units: list[Span]) -> list[list[Span]]:
    """The tails of a segment that do not reach back over a copula (是党的生命线 → 党的生命线)."""
    breaks = [k for k, u in enumerate(units) if u.text in BREAK_WORDS]
    start = breaks[-1] + 1 if breaks and breaks[-1] + 1 < len(units) else 0
    tail = units[start:]
    return [tail[-k:] for k in range(1, len(tail) + 1)]


def _closest(options: list[list[Span]], target: int) -> list[Span]:
    """The option whose length in characters is closest to `target` (the longer one on a tie)."""
    return min(options, key=lambda units: (abs(_length(units) - target), -_length(units)))


def strip_shared(groups: list[list[Span]]) -> list[list[Span]]:
    """Members without the words all of them share (民主选举、民主决策 → 选举、决策; 根基在人民、血脉在人民 → 根基、
    血脉), when enough is left; a shared verb stays (有理想、有本领; 科学执政、依法执政): the verb and its word make
    the thing listed, and people blank it whole."""
    while _strippable(groups, 0) and all(sum(len(u.text) for u in g[1:]) >= 2 for g in groups):
        groups = [g[1:] for g in groups]
    closing = True  # the members' own last word: one character of it closes a short member into one term
    while _strippable(groups, -1) and all(
        sum(len(u.text) for u in g[:-1]) >= _kept_before(g[-1], closing) for g in groups
    ):
        groups = [g[:-1] for g in groups]
        closing = False
    return groups


def _kept_before(shared: Span, closing: bool) -> int:
    """How long a member must be without its shared last word for the word to go: a one-character word that closes
    a short member makes it one term (不敢腐、不能腐、不想腐), which people blank whole; once a longer shared phrase
    went (希望在农民 → 希望在), what is left of it (在) goes as any shared word."""
    return 3 if closing and len(shared.text) == 1 else 2


def trim_edges(units: list[Span]) -> list[Span]:
    """A member without particles at either end, nor grammar words at its start (虽然各级党委 → 各级党委)
    or adverbs at its end (加强监督等 → 加强监督; 部门都 → 部门)."""
    lo, hi = 0, len(units)
    while lo < hi and (units[lo].text in EDGE_WORDS or is_grammar(units[lo].pos)):
        lo += 1
    while hi > lo and (units[hi - 1].text in EDGE_WORDS or _trailing_function(units[hi - 1])):
        hi -= 1
    return units[lo:hi]


def _trailing_function(unit: Span) -> bool:
    """Grammar, or a one-character adverb (都, 也, 就), that no member ends on."""
    return is_grammar(unit.pos) or (len(unit.text) == 1 and unit.pos in ADVERB_TAGS)


def _strippable(groups: list[list[Span]], at: int) -> bool:
    """True when every member holds the same word at `at` and it is no verb (see strip_shared)."""
    if not all(len(g) >= 2 for g in groups) or len({g[at].text for g in groups}) != 1:
        return False
    return groups[0][at].pos not in SHARED_VERB_TAGS


def joined(units: list[Span]) -> Span | None:
    """One span over a member's units, or None when it is too long, too short or not content."""
    if not units or units[0].text in EDGE_WORDS or units[-1].text in EDGE_WORDS:
        return None
    if all(is_grammar(u.pos) for u in units):
        return None
    start, end = units[0].start, units[-1].end
    text = "".join(u.text for u in units)
    if len(text) not in MEMBER_LENGTH or len(text) != end - start:
        return None
    return Span(start, end, text, units[0].pos if len(units) == 1 else "term", "member")


def packed_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of a simplified text that are packed series (see PACKED_MIN), in order."""
    return list(_packed_runs(text))


@lru_cache(maxsize=16384)  # a document's cloze and fill-in ask of one sentence
def _packed_runs(text: str) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    start = at = singles = 0
    for word in dictionary_words(text):
        if _packed_member(word):
            singles += len(word) == 1
        else:
            if at - start >= PACKED_MIN and singles:
                runs.append((start, at))
            start, singles = at + len(word), 0
        at += len(word)
    if at - start >= PACKED_MIN and singles:
        runs.append((start, at))
    return tuple(runs)


@lru_cache(maxsize=65536)  # asked of every word of every sentence blanked: the same few thousand words again
def _packed_member(word: str) -> bool:
    """True for a dictionary word that can be one of a packed series' members: a hanzi that names a thing, or a
    rare word of such names each of whose characters names a thing too (德智体美). Not any rare word: jieba's
    dictionary counts many of the genre's compounds a few times only (改革开放, 根本任务, 治党), and a single
    noun beside one (改革开放史, 树人｜根本任务) is no formula of letters."""
    if len(word) == 1:
        return _names_a_thing(word)
    tag = word_table().tag(word)
    return tag in PACKED_TAGS and commonness(word) < PACKED_RARE and all(map(_names_a_thing, word))


@lru_cache(maxsize=16384)  # asked of each character of every course word and sentence word: a few thousand hanzi
def _names_a_thing(char: str) -> bool:
    """True for a hanzi the dictionary tags, standing alone, as a thing or a place (PACKED_TAGS)."""
    return "\u4e00" <= char <= "\u9fff" and word_table().tag(char) in PACKED_TAGS


def cuts_packed(text: str, start: int, end: int) -> bool:
    """True when a span of a simplified text begins or ends inside a packed series, or ends where one begins:
    山水［林田湖］草沙 and ［山水］林田湖草沙 blank no member and no whole, only letters of a formula (a span
    holding the whole series is its own answer, and one after it, 德智体美劳［全面发展］, a word of its own)."""
    return any(s < start < e or s < end < e or (start < s and end == s) for s, e in packed_runs(text))


def packed_piece(word: str) -> bool:
    """True for a word the dictionary does not know, each of whose characters names a thing (林田湖, 草沙): what the
    segmenter guessed out of a packed series, no word of the language (a wrong option of it reads as nonsense)."""
    # the characters first: remembered, and most words hold one that names nothing (no dictionary look-up then)
    return len(word) > 1 and all(map(_names_a_thing, word)) and word_table().count(word) == 0
