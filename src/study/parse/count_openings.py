"""Items a count names by the word each of them opens with: 两个务必 … 务必A，务必B / “三讲” … “讲A、讲B、讲C”.

A count formulation of the genre is often the word its items share: 两个务必 names two demands that each
open with 务必, 四个全面 four tasks that each open with 全面, “三讲” three that open with 讲. The items need
not follow the formulation at once (它的涵义是……，务必A，务必B); they stand in its sentence or the next
one, as pieces of one series (、 or ， or ； apart), exactly as many as the count says, each opening with
the word; the first may have a short subject before the word (中国共产党代表A，代表B，代表C). A formulation
of two parts under one numeral (四讲四有) counts pairs that open with its first word and hold its second. The scan
after each formulation is bounded (SCAN), so the rule stays linear in the paragraph's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import Paragraph
from study.parse.drafts import DraftItem, DraftList
from study.parse.inline import QUOTE_CLASSIFIERS, QUOTED_COUNT, quoted_number
from study.parse.inline_counts import NOT_A_COUNT_AFTER
from study.parse.numerals import hanzi_number
from study.parse.pieces import CLOSERS, OPENERS, Span

# a bare count of things named by a word of two to four hanzi (两个务必, 三个代表): without quotation marks only
# 个 counts such words (三大, 四项 count nouns: 四项基本原则 are not four 基本…); a one-hanzi word (“三讲”) needs
# the quotation marks that make it a term (三番五次, 四面八方 are idioms, not counts)
BARE = re.compile(r"(?P<n>[两三四五六七八九])个(?P<run>[\u4e00-\u9fff]{2,8})")
WORD_MIN_BARE = 2
# a formulation of two parts under one numeral (四讲四有, 三严三实) counts pairs: each item opens with the first
# part's word and holds the second's (讲A、有B，讲C、有D…); the numeral said twice is what makes it one
PAIRED = re.compile(r"(?P<n>[两三四五六七八九])(?P<x>[\u4e00-\u9fff])(?P=n)(?P<y>[\u4e00-\u9fff])")
SENTENCE_END = "。！？!?"
# the separators of a series, weakest first: pieces apart by one kind stop at any stronger one
LEVELS = ("、", "，,", "；;")
SCAN = 200  # characters after a formulation its items may stand in (its sentence and the next)
SUBJECT_MAX = 6  # characters of a subject before the first item's word (中国共产党代表…)
PIECE_MAX = 40  # an item is a clause, not a passage
# the words after the last item that say the formulation abbreviates the items (…讲D、有E的简称): none of the item
NAMES_THE_WHOLE = re.compile(r"的(?:简称|统称|总称|合称|缩写|简写)")


def _window_end(shadow: str, start: int) -> int:
    """The end of the sentence after the one that goes on at `start` (SCAN characters at most)."""
    limit, ends = min(len(shadow), start + SCAN), 0
    for pos in range(start, limit):
        if shadow[pos] in SENTENCE_END:
            ends += 1
            if ends == 2:
                return pos + 1
    return limit


def _piece_end(shadow: str, start: int, end: int, level: int) -> tuple[int, bool]:
    """Where the piece opening at `start` ends, and whether a separator of its level (not a stronger one,
    a sentence end or the close of the quotation the series stands in) ends it."""
    own, stronger = LEVELS[level], "".join(LEVELS[level + 1 :]) + SENTENCE_END
    depth = 0
    for pos in range(start, end):
        char = shadow[pos]
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            if depth == 0:
                return pos, False
            depth -= 1
        elif depth == 0 and char in own:
            return pos, True
        elif depth == 0 and char in stronger:
            return pos, False
    return end, False


BOUNDARY = "".join(LEVELS) + SENTENCE_END + OPENERS + "：:"


def _opens_piece(shadow: str, at: int) -> bool:
    """True when the first piece may open at `at`: right after a separator, a sentence end or an opening
    mark, or after a short subject of hanzi that follows one (中国共产党代表…)."""
    for back in range(0, SUBJECT_MAX + 1):
        pos = at - 1 - back
        if pos < 0 or shadow[pos] in BOUNDARY:
            return True
        if not "\u4e00" <= shadow[pos] <= "\u9fff":
            return False
    return False


def _run(shadow: str, at: int, end: int, word: str, level: int) -> list[Span]:
    """The pieces of one level that open with `word`, from the one at `at` on."""
    spans: list[Span] = []
    start = at
    while shadow.startswith(word, start):
        stop, goes_on = _piece_end(shadow, start, end, level)
        spans.append((start, stop))
        if not goes_on:
            break
        start = stop + 1
        while start < end and shadow[start] in " \u3000":
            start += 1
    return spans


def _without_naming(shadow: str, spans: list[Span]) -> list[Span]:
    """The spans with the last one cut before words that name the whole (…的简称)."""
    if not spans:
        return spans
    s, e = spans[-1]
    naming = NAMES_THE_WHOLE.search(shadow, s, e)
    return [*spans[:-1], (s, naming.start())] if naming and naming.start() > s else spans


def _fits(shadow: str, spans: list[Span], n: int, word: str, holds: str) -> bool:
    """True when there are n pieces, each more than the word, clause-sized and holding `holds`."""
    sized = len(spans) == n and all(len(word) < e - s <= PIECE_MAX for s, e in spans)
    return sized and all(holds in shadow[s:e] for s, e in spans)


def items_opening_with(shadow: str, start: int, word: str, n: int, holds: str = "") -> list[Span] | None:
    """The first series of exactly n pieces after `start` that each open with `word` (and hold `holds`)."""
    end = _window_end(shadow, start)
    at = shadow.find(word, start, end)
    while at >= 0:
        after = at + 1
        if _opens_piece(shadow, at):
            for level in range(len(LEVELS)):
                spans = _without_naming(shadow, _run(shadow, at, end, word, level))
                if _fits(shadow, spans, n, word, holds):
                    return spans
                if len(spans) > 1:  # a longer series is not the count's: no tail of it is either
                    after = max(after, spans[-1][1])
        at = shadow.find(word, after, end)
    return None


def _quoted_word(match: re.Match[str]) -> str:
    """The word of a quoted formulation: after its numeral and classifier (“两个务必” → 务必, “三讲” → 讲), or
    the quotation after them (两个“务必” → 务必)."""
    if match.group("n1"):
        word = match.group()[match.end("n1") - match.start() : -1]
        return word[1:] if word[:1] in QUOTE_CLASSIFIERS and len(word) > 1 else word
    return match.group()[match.end("n2") - match.start() + 2 : -1]


def _formulations(shadow: str) -> Iterator[tuple[int, int, str, int, str]]:
    """(start, end, word, count, second word) for each formulation: paired ones (四讲四有), quoted ones (“三讲”,
    “两个务必”), then bare N个X ones, each with every opening of the hanzi after 个 that may be the items' word,
    longest first."""
    for match in PAIRED.finditer(shadow):
        n = hanzi_number(match.group("n"))
        if n is not None and not (match.start() > 0 and shadow[match.start() - 1] in NOT_A_COUNT_AFTER):
            yield match.start(), match.end(), match.group("x"), n, match.group("y")
    for match in QUOTED_COUNT.finditer(shadow):
        n = quoted_number(match)
        if n and n >= 2:
            yield match.start(), match.end(), _quoted_word(match), n, ""
    for match in BARE.finditer(shadow):
        n = hanzi_number(match.group("n"))
        if n is None or (match.start() > 0 and shadow[match.start() - 1] in NOT_A_COUNT_AFTER):
            continue
        run = match.group("run")
        for size in range(min(4, len(run)), WORD_MIN_BARE - 1, -1):
            yield match.start(), match.start("run") + size, run[:size], n, ""


def opening_count_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Series whose pieces each open with the word a count formulation before them names."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        taken: set[int] = set()  # positions of the formulations read (a set: a paragraph may hold thousands)
        for start, end, word, n, holds in _formulations(shadow):
            if start in taken:
                continue  # a formulation already read: quoted and bare, or a shorter word of it
            spans = items_opening_with(shadow, end, word, n, holds)
            if spans is None:
                continue
            taken.update(range(start, end))
            items = tuple(DraftItem("", (i, s), (i, s), e, (i, e)) for s, e in spans)
            lead = para.text[start:end].lstrip("这即")
            evidence = (f"count {lead} names {n} pieces that each open with {word}",)
            yield DraftList("inline", "count", items, lead, n, evidence)
