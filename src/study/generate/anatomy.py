"""Sentence anatomy: the frame of a text (who said it, where it is cited from) and its claim.

A teacher never blanks the frame: the speaker and occasion (某某在…上指出，), a document lead (《…》规定，,
根据《…》，), a discourse opener (实践证明，) or a citation tail (来源：…, ——摘自…, （…出版社…年版）).
Every consumer (study blanks, the deck's clozes, the worksheets) asks this module once, over the
simplified shadow, and keeps its blanks inside the claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# Verbs of saying that close a lead frame when a comma or colon follows them at once.
SAYING = (
    "指出|强调|提出|表示|说过|说|写道|宣布|明确|要求|规定|认为|回信|致信|讲话|谈到|论述|阐述|阐明|部署|"
    "作出部署|号召|总结|概括|深刻指出|明确指出|郑重宣告|宣告|重申|提到"
)
# Verbs of showing and the words of a point of view that close a discourse opener (实践证明，, 总的来说，): the claim
# follows them (formulations.FRAME_ENDING takes them too).
SHOWING = "证明|表明|看来|来说|而言|所知|来看"
# Leads of a text: a span from the start of a sentence to the comma or colon that closes its frame.
LEAD_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 某某在某会议上指出，/ 会议强调： — short, so a claim holding a verb of saying is not swallowed
    ("speaker and occasion", re.compile(rf"[^。！？；\n]{{0,40}}?(?:{SAYING})[，,：:]")),
    # 某部印发的《关于…的若干意见》指出，: a document's title may be long, the lead is a frame all the same
    (
        "titled document lead",
        re.compile(
            rf"[^。！？；\n《》]{{0,40}}《[^《》\n]{{1,80}}》[^。！？；\n《》，,：:]{{0,10}}?(?:{SAYING})[，,：:]"
        ),
    ),
    # 根据《某条例》，/ 据《某书》记载，/ 按照《…》的规定，/ 根据新修订的《某法》，: the document may come with a
    # short modifier (新修订的, 某年修订的), the lead is the same frame
    (
        "document lead",
        re.compile(r"(?:根据|依据|按照|据)[^《》，,。；：:\n]{0,10}《[^《》]{1,40}》[^，,。；]{0,8}[，,]"),
    ),
    # 实践证明，/ 总的来说，/ 历史表明，
    ("discourse opener", re.compile(rf"[^，,。；：\n]{{0,6}}(?:{SHOWING})[，,]")),
)
# Tails of a text: from the match to the end of the text.
TAIL_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("source tag", re.compile(r"[（(]?(?:来源|出处|资料来源)[：:].*$")),
    ("excerpt tag", re.compile(r"[—－-]{1,2}\s*(?:摘自|选自|引自|参见).*$")),
    ("publisher tail", re.compile(r"[（(][^（）()]*出版社[^（）()]*[）)]\s*$")),
)
# A speaker's lead that names its occasion, a work or a numbered meeting (某某在《…》一文中指出，, 某某发表《…》一文，
# 宣布：, 出席八七会议的某某强调：, 某某在党的某届某中全会上提出：), tells who said it where: a fact of history that
# people blank, not a frame. A generic occasion (在座谈会上, 在全省工作会议上) and a document that speaks (《…》指出，,
# 某部印发的《…》指出，, 党的某大报告指出，, 某某在党的某大报告中指出，) name none.
NUMERAL = "一二三四五六七八九十"  # the numerals of a numbered meeting (names.MEETINGS too)
PLENUM = rf"[{NUMERAL}]{{1,3}}届[{NUMERAL}]{{1,2}}中全会"  # 十一届三中全会 (names.MEETINGS too)
OCCASION = re.compile(
    rf"在《[^《》\n]*》|发表《|(?:在|出席)(?:党的|中共)?(?:{PLENUM}|[{NUMERAL}]{{1,3}}大"
    rf"|第[{NUMERAL}]{{1,3}}次[^，。；,：:\n]{{0,12}}大会|[{NUMERAL}〇]{{2,4}}会议)(?!(?:上的|的)?报告)"
)
SPEAKER_LEADS = frozenset({"speaker and occasion", "titled document lead"})
# A word of saying after a copula (以…为根本要求，, 这是基本要求，, 是总的要求：) is a noun: what the clause names,
# no one speaking. Not 说 (这就是说，: a discourse opener), nor after 为此 (县委为此强调，: a speaker).
NOUN_SAYING = "|".join(word for word in SAYING.split("|") if len(word) > 1)
# So is a demand after 的 and the modifier it may have (是…的基本要求，, 根据某会的要求，, 按照中央的部署，): whose
# demand it is stands before it, and the clause is what the sentence says, not who says it.
DEMAND_NOUNS = "要求|部署|号召|规定"
DEMAND_MODIFIERS = "基本|根本|总体|总|明确|具体|重要|主要|内在|本质|必然|迫切|一贯|严格|重大|新|最新|殷切|有关"
SAID_AS_NOUN = re.compile(
    rf"(?:[为是](?!此)[^，,：:]{{1,2}}(?:{NOUN_SAYING})|的(?:{DEMAND_MODIFIERS})?(?:{DEMAND_NOUNS}))[，,：:]$"
)
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
SENTENCE_START = re.compile(r"(?:^|(?<=[。！？；!?;\n]))\s*")
MIN_CLAIM = 6  # characters a lead must leave to its sentence: a "lead" that leaves less is the claim


@lru_cache(maxsize=8192)
def frame_of(shadow: str) -> tuple[tuple[int, int], ...]:
    """The frame spans of a simplified text, as (start, end) offsets, in text order."""
    spans: list[tuple[int, int]] = []
    tail = _tail_start(shadow)
    if tail < len(shadow):
        spans.append((tail, len(shadow)))
    for start in _sentence_starts(shadow[:tail]):
        spans.extend(_lead_at(shadow, start, tail))
    return tuple(sorted(set(spans)))


def _tail_start(shadow: str) -> int:
    """Where the citation tail of a text begins (the text's length when it has none)."""
    starts = [m.start() for _, pattern in TAIL_FRAMES if (m := pattern.search(shadow))]
    return min(starts, default=len(shadow))


def _sentence_starts(claim: str) -> list[int]:
    """The offsets where sentences start, past leading spaces."""
    return sorted({m.end() for m in SENTENCE_START.finditer(claim) if m.end() < len(claim)})


def _lead_at(shadow: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The lead frames that open the sentence at `start` (a document lead, then a speaker's)."""
    found: list[tuple[int, int]] = []
    pos = start
    for name, pattern in LEAD_FRAMES:
        m = pattern.match(shadow, pos, limit)
        if m and name in SPEAKER_LEADS and OCCASION.search(shadow, pos, m.end()):
            continue  # who said it where is the history the claim tells
        if m and name in SPEAKER_LEADS and SAID_AS_NOUN.search(m.group()):
            continue  # 以…为根本要求，: the word of saying is the clause's object, and the clause the claim
        if m and _short_enough(shadow, pos, m.end(), limit):
            found.append((pos, m.end()))
            pos = m.end()
    return found


def _short_enough(shadow: str, start: int, end: int, limit: int) -> bool:
    """True when a lead leaves a claim to its sentence."""
    stop = SENTENCE_END.search(shadow, end, limit)
    sentence_end = stop.start() if stop else limit
    return sentence_end - end >= MIN_CLAIM


SPEAKING = re.compile(rf"^[^，,。；;：:！？\n]{{0,30}}?(?:{SAYING}|发言|开幕式|贺信|致辞|指示)")


def speaks(shadow: str, end: int) -> bool:
    """True when the words after a name make it the speaker of the clause (某某在会上首次提出…, 某某曾指出…)."""
    return SPEAKING.match(shadow[end:]) is not None


def in_frame(shadow: str, start: int, end: int) -> bool:
    """True when a span overlaps the frame of its text."""
    los, his = _frame_cover(shadow)
    at = bisect_right(his, start)  # the first piece of the frame that ends after the span starts
    return at < len(los) and los[at] < end


@lru_cache(maxsize=8192)
def _frame_cover(shadow: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The frame of a text as disjoint pieces, their starts and their ends, both ascending: every span of a
    long paragraph asks, and a binary search over them answers at once what a test of every frame would."""
    los: list[int] = []
    his: list[int] = []
    for lo, hi in frame_of(shadow):  # sorted by start; pieces that overlap are merged (touching ones are not)
        if his and lo < his[-1]:
            his[-1] = max(his[-1], hi)
        else:
            los.append(lo)
            his.append(hi)
    return tuple(los), tuple(his)


# A sentence that opens on a bare copula or a pointing word (是…, 这是…, 其…) says nothing about what it is
# about once it stands alone: a card gives it a subject, a worksheet leaves it out.
SUBJECTLESS = re.compile(r"(?:这|那|其|它|是|就是|也是|即是|又是|都是|还是|便是)")


def subjectless(sentence: str) -> bool:
    """True for a sentence that opens without its subject (是…, 这是…, 它…)."""
    return SUBJECTLESS.match(sentence) is not None
