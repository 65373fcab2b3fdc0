"""Points announced before their sections: a list that the sections after it repeat item by item.

A speech or a report often lists its points first (下边主要讲三个问题：/ （一）A；/ （二）B；/ （三）C。) and then
heads a section with each of them (（一）A。… / （二）B。…). That is one list said twice: the sections, which hold
what is said under each point, are the list to keep, and they take the announcing copy's lead and count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from study.model import Paragraph
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import headline

_NOT_WORDS = re.compile(r"[^\w]")  # punctuation and spaces: the copies may close their heads differently


def _head(paragraphs: tuple[Paragraph, ...], item: DraftItem) -> str:
    """An item's head without punctuation or spaces."""
    return _NOT_WORDS.sub("", headline(_text(paragraphs, item)))


def _alike(first: str, second: str) -> bool:
    """Two heads of one point: the same words, one perhaps going on past the other (A / A，坚定信心)."""
    return bool(first) and bool(second) and (first.startswith(second) or second.startswith(first))


def _signature(draft: DraftList) -> tuple[str, ...] | None:
    """The markers of a list of items that each open a paragraph, None for any other list."""
    if draft.rule != "marker" or any(item.start[1] != 0 for item in draft.items):
        return None
    return tuple(item.marker for item in draft.items)


def _one_a_line(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> bool:
    """True when the items stand on consecutive lines, each line its head alone (no body on it or under it)."""
    paras = [item.start[0] for item in draft.items]
    if paras != list(range(paras[0], paras[0] + len(paras))):
        return False
    return all(_head(paragraphs, item) == _NOT_WORDS.sub("", _text(paragraphs, item)) for item in draft.items)


def _text(paragraphs: tuple[Paragraph, ...], item: DraftItem) -> str:
    """An item's own text on its line."""
    para, begin = item.text_start
    return paragraphs[para].shadow[begin : item.text_end]


def _repeats(paragraphs: tuple[Paragraph, ...], first: DraftList, later: DraftList) -> bool:
    """True when the later list repeats the first one's points in order, one section each: the first one's
    points stand one a line, heads alone, the later one's head sections (two sub-lists alike, each one a line,
    are two lists)."""
    if later.start <= first.items[-1].start or len(later.items) != len(first.items):
        return False
    if not _one_a_line(paragraphs, first) or _one_a_line(paragraphs, later):
        return False
    pairs = zip(first.items, later.items, strict=True)
    return all(_alike(_head(paragraphs, a), _head(paragraphs, b)) for a, b in pairs)


def without_announced_copies(
    paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]
) -> tuple[list[DraftList], list[DraftList]]:
    """The lists, where sections repeat an earlier list of theirs, without that copy (the sections keep its
    lead and count); and the copies left out."""
    by_markers: dict[tuple[str, ...], DraftList] = {}
    dropped: set[int] = set()
    merged: dict[int, DraftList] = {}
    for k, draft in enumerate(drafts):
        signature = _signature(draft)
        if signature is None:
            continue
        earlier = by_markers.get(signature)
        if earlier is not None and _repeats(paragraphs, earlier, draft):
            dropped.add(id(earlier))
            evidence = (*draft.evidence, f"its sections repeat the {len(draft.items)} points announced before them")
            lead, count = draft.lead or earlier.lead, draft.announced or earlier.announced
            merged[k] = replace(draft, lead=lead, announced=count, evidence=evidence)
        by_markers[signature] = draft
    kept = [merged.get(k, draft) for k, draft in enumerate(drafts) if id(draft) not in dropped]
    return kept, [draft for draft in drafts if id(draft) in dropped]
