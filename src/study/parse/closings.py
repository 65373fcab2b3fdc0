"""Closing markers: points numbered at their end (…，此其一。…，此其二。), not at their start."""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import Paragraph
from study.parse.drafts import DraftItem, DraftList, Pos
from study.parse.leads import sentence_start
from study.parse.markers import Kind, marker_at
from study.parse.numerals import hanzi_number

# 此其一 / 此其二 (是其三): the point just made is the Nth; the mark closes its clause or sentence
CLOSING = re.compile(r"[此是]其(?P<n>[一二三四五六七八九十]{1,2})(?=[。；;！!，,]|\s*$)")
SENTENCE_TAIL = "”」’』 \u3000"  # what may stand between a sentence's end mark and the next sentence
CLOSE_PUNCT = "。；;！!，, \u3000"
ITEMS_MIN = 2
GAP_MAX = 2  # paragraphs from one point's mark to the next one's: a paragraph between may say more of a point


def _closings(paragraphs: tuple[Paragraph, ...]) -> Iterator[tuple[int, re.Match[str], int]]:
    """Each closing mark in document order: its paragraph, the match and its number."""
    for i, para in enumerate(paragraphs):
        for match in CLOSING.finditer(para.shadow):
            n = hanzi_number(match.group("n"))
            if n is not None:
                yield i, match, n


def _goes_on(paragraphs: tuple[Paragraph, ...], last: int, para: int) -> bool:
    """True when a mark in paragraph `para` may number the point after the one closed in paragraph `last`:
    the points follow each other (within GAP_MAX paragraphs), and no numbered heading begins a section between
    them (…，此其一。/ 二、… / …，此其二。 numbers two sections' points, no list)."""
    if para - last > GAP_MAX:
        return False
    return not any(_numbered(paragraphs[k].shadow, k) for k in range(last + 1, para + 1))


def _numbered(shadow: str, para: int) -> bool:
    """True when a paragraph opens with a numbered heading marker (二、, （三）, 3.)."""
    marker = marker_at(shadow, 0, para)
    return marker is not None and marker.rule.kind is Kind.HEADING


def _runs(paragraphs: tuple[Paragraph, ...]) -> Iterator[list[tuple[int, re.Match[str]]]]:
    """Runs of closing marks numbered 1, 2, 3 … in document order (at least ITEMS_MIN), each near the one
    before."""
    run: list[tuple[int, re.Match[str]]] = []
    for para, match, n in _closings(paragraphs):
        if n == len(run) + 1 and (not run or _goes_on(paragraphs, run[-1][0], para)):
            run.append((para, match))
        else:
            if len(run) >= ITEMS_MIN:
                yield run
            run = [(para, match)] if n == 1 else []
    if len(run) >= ITEMS_MIN:
        yield run


def _sentence_start(shadow: str, at: int) -> int:
    """Where the sentence that the mark at `at` closes begins: its own, or the one before when the mark
    stands as a sentence of its own (…。此其一。), a quotation closing it (…说：“…。”此其一。) with it."""
    begin = sentence_start(shadow[:at].rstrip(SENTENCE_TAIL))
    while begin < at and shadow[begin] in SENTENCE_TAIL:
        begin += 1  # blanks before the sentence are no part of it
    return begin


def _item(paragraphs: tuple[Paragraph, ...], para: int, match: re.Match[str], begin: int) -> DraftItem:
    """The point the mark closes, from `begin` to the mark, its span taking the mark and its punctuation."""
    shadow = paragraphs[para].shadow
    text_end = len(shadow[: match.start()].rstrip(CLOSE_PUNCT))
    end = match.end()
    while end < len(shadow) and shadow[end] in CLOSE_PUNCT:
        end += 1
    start: Pos = (para, begin)
    return DraftItem(f"其{match.group('n')}", start, start, text_end, (para, end))


def _drafts(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Every run of closing marks as a list: a point begins after the point before it in its paragraph,
    else where the sentence the mark closes begins."""
    for run in _runs(paragraphs):
        items: list[DraftItem] = []
        for para, match in run:
            previous = items[-1] if items else None
            if previous is not None and previous.end[0] == para:
                begin = previous.end[1]
            else:
                begin = _sentence_start(paragraphs[para].shadow, match.start())
            items.append(_item(paragraphs, para, match, begin))
        if all(item.text_end > item.start[1] for item in items):
            evidence = (f"{len(items)} points closed by 此其一, 此其二 …",)
            yield DraftList("此其一", "closing", tuple(items), None, None, evidence)


def closing_drafts(paragraphs: tuple[Paragraph, ...]) -> tuple[DraftList, ...]:
    """Every run of points closed by 此其一, 此其二 …, read once for both detectors below."""
    return tuple(_drafts(paragraphs))


def closing_lists(drafts: tuple[DraftList, ...]) -> Iterator[DraftList]:
    """The runs of closing_drafts that stand in more than one paragraph (a block list)."""
    return (d for d in drafts if len({item.start[0] for item in d.items}) > 1)


def inline_closing_lists(drafts: tuple[DraftList, ...]) -> Iterator[DraftList]:
    """The runs of closing_drafts inside one paragraph (they nest on the point around them)."""
    for draft in drafts:
        if len({item.start[0] for item in draft.items}) == 1:
            yield DraftList(draft.style, "closing-inline", draft.items, None, None, draft.evidence)
