"""Counts after the items: a paragraph that sums a list up (以上十条…, 上述三个方面…, 这四点…).

Authors often announce the count only once the list is over. A block list with no count of its own takes
the count a later paragraph inside its span opens with, when that count agrees with its items (a sentence
that opens with another number is about something else); an inline list that closes its paragraph takes
the agreeing count the next paragraph opens with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from study.model import Paragraph
from study.parse.drafts import DraftList
from study.parse.inline import QUOTED_COUNT, quoted_number
from study.parse.numerals import hanzi_number

SENTENCE_END = re.compile(r"[。！？!?]")
SUMMARY = re.compile(
    r"^(?:以上|上述|上面|前面|这|这些|总之，?这|概括起来，?这)(?:所说的|所讲的|讲的)?"
    r"(?P<n>[两二三四五六七八九十]{1,3})(?:个方面|方面|个|条|项|点|大|种|件|句|层)"
)


def _summary_count(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> int | None:
    """The agreeing count a paragraph after the last item's first paragraph opens with, within the span."""
    last = draft.items[-1]
    stop = min(max(last.end[0], last.start[0] + 1) + 1, len(paragraphs))
    summed = any(_sums_up(para, draft) for para in paragraphs[last.start[0] + 1 : stop])
    return len(draft.items) if summed else None


def _sums_up(para: Paragraph, draft: DraftList) -> bool:
    """True when the paragraph opens by summing up as many points as the list has (以上三个方面…)."""
    match = SUMMARY.match(para.shadow)
    return match is not None and hanzi_number(match.group("n")) == len(draft.items)


# what may close a paragraph after an inline list's last item: its sentence's closing marks
_CLOSE = " \u3000。；;！!”」’）)"


def _inline_summary_count(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> int | None:
    """The agreeing count the next paragraph opens with, when an inline list closes its paragraph (…积累了宝贵
    经验，这就是：A，B，C。/ 这三个方面，是…): the summing-up paragraph looks back at the list."""
    last = draft.items[-1]
    para = last.text_start[0]
    if para + 1 >= len(paragraphs) or paragraphs[para].shadow[last.text_end :].strip(_CLOSE):
        return None
    return len(draft.items) if _sums_up(paragraphs[para + 1], draft) else None


HEADING_MAX = 30  # a line this short with no full stop right before a block list is its heading


def _heading_count(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> int | None:
    """The agreeing count of a formulation that the heading line right above a list's first paragraph names
    (### “三步走”战略 / 第一步… 第二步… 第三步…; 三个“务必” / 务必A，务必B，务必C): the heading announces
    what its list counts."""
    first = draft.items[0].start[0]
    line = paragraphs[first - 1].shadow.strip() if first > 0 else ""
    if not line or len(line) > HEADING_MAX or SENTENCE_END.search(line):
        return None
    match = QUOTED_COUNT.search(line)
    n = quoted_number(match) if match else None
    return n if n == len(draft.items) else None


def with_summary_count(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> DraftList:
    """The list with the count its summing-up paragraph or its heading states, when it announced none."""
    if draft.announced is not None:
        return draft
    block = draft.items[0].start[1] == 0
    count = _summary_count(paragraphs, draft) if block else _inline_summary_count(paragraphs, draft)
    if count is None and (count := _heading_count(paragraphs, draft)):
        return replace(draft, announced=count, evidence=(*draft.evidence, f"the heading above it counts {count}"))
    if count is None:
        return draft
    return replace(draft, announced=count, evidence=(*draft.evidence, f"a paragraph after it sums up {count}"))
