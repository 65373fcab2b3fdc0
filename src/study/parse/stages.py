"""Stages: a plan told as dates in order (到2020年，…。到2035年，…。到本世纪中叶，…).

Each stage opens a paragraph, a sentence or a semicolon piece (or follows a lead's colon) with 到/至 or
从…到 and a year (or a named later time such as 本世纪中叶 after a year); the years must rise. Two
stages or more make a list, the stage phrase its items' marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import Paragraph
from study.parse.counts import announced_count, announces_some
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import ends_with_colon, last_sentence, paragraph_lead
from study.parse.numerals import digit_number

# a year in digits or in Chinese numerals (2035 / 二〇三五, 二零三五, 一九九七)
YEAR = r"(?:19|20)\d\d|(?:一九|二[〇零])[〇零一二三四五六七八九]{2}"
# a stage phrase: 到2020年 / 到二〇三五年 / 从2020年到2035年 / 到本世纪中叶 (after a year only), then its
# separator; a 从…到… span is dated by the year it reaches
STAGE = re.compile(
    rf"(?P<phrase>(?:从(?:{YEAR})年)?(?:到|至|在)"
    rf"(?:(?P<year>{YEAR})年(?:前后|左右|底)?|(?P<later>本世纪中叶|21世纪中叶|二十一世纪中叶)))"
    r"[，,、：:]?"
)
LATER = 2050  # 本世纪中叶 stands after every year the plan names before it
# what a stage follows: a sentence's or a semicolon piece's end, or the colon of a lead (目标是：到2025年，…)
BOUNDARY = set("。；！？;!?：:")
# a year with its month (在2021年三月份, 到2020年6月底) dates an event: a plan's stage names the year alone
MONTH_AFTER = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月")


def _stages(paragraphs: tuple[Paragraph, ...]) -> Iterator[tuple[int, re.Match[str]]]:
    """Every stage phrase at a paragraph's or a sentence's start, in document order."""
    for i, para in enumerate(paragraphs):
        for match in STAGE.finditer(para.shadow):
            at = match.start()
            if (at == 0 or para.shadow[at - 1] in BOUNDARY) and not MONTH_AFTER.match(para.shadow, match.end()):
                yield i, match


def _year(match: re.Match[str]) -> int:
    """The year a stage reaches (本世纪中叶 after all named years)."""
    year = digit_number(match.group("year") or "")
    return LATER if year is None else year


def _after_colon(paragraphs: tuple[Paragraph, ...], found: tuple[int, re.Match[str]]) -> bool:
    """A stage right after a colon (目标是：到2025年，…)."""
    i, match = found
    return match.start() > 0 and paragraphs[i].shadow[match.start() - 1] in "：:"


def _joins(
    paragraphs: tuple[Paragraph, ...], run: list[tuple[int, re.Match[str]]], found: tuple[int, re.Match[str]]
) -> bool:
    """True when a stage continues a run: its year rises, it stands within two paragraphs of the last one, and
    it is no stage after a colon (a colon opens a run) nor out of the paragraph of the colon that opened the
    run (第一步：从2020年…… / 第二步：从2035年…… are two labelled points, each dated, not one plan's stages)."""
    if _year(found[1]) <= _year(run[-1][1]) or found[0] - run[-1][0] > 2 or _after_colon(paragraphs, found):
        return False
    return not _after_colon(paragraphs, run[0]) or found[0] == run[0][0]


def stage_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Runs of two or more stages with rising years, each item running to the next stage."""
    run: list[tuple[int, re.Match[str]]] = []
    for found in [*_stages(paragraphs), None]:
        rising = found is not None and run and _joins(paragraphs, run, found)
        if found is not None and (not run or rising) and (run or found[1].group("year")):
            run.append(found)
            continue
        if len(run) >= 2:
            yield _draft(paragraphs, run)
        run = [found] if found is not None and found[1].group("year") else []


def _lead_above(paragraphs: tuple[Paragraph, ...], para: int) -> str | None:
    """The lead of stages opening their paragraph: the sentence above them when it announces (安排如下：)."""
    if para == 0 or paragraphs[para - 1].level:
        return None  # a heading above the stages names their section, it does not lead them
    sentence = paragraph_lead(paragraphs, para - 1)
    return sentence if ends_with_colon(sentence) or announces_some(sentence) else None


def _draft(paragraphs: tuple[Paragraph, ...], run: list[tuple[int, re.Match[str]]]) -> DraftList:
    """The list of one run of stages."""
    items = []
    for k, (i, match) in enumerate(run):
        nxt = run[k + 1] if k + 1 < len(run) else None
        end = (nxt[0], nxt[1].start()) if nxt else (i + 1, 0)
        text_end = end[1] if end[0] == i else len(paragraphs[i].text)
        items.append(DraftItem(match.group("phrase"), (i, match.start()), (i, match.end()), text_end, end))
    first_para, first = run[0]
    lead = last_sentence(paragraphs[first_para].text[: first.start()]) or _lead_above(paragraphs, first_para)
    evidence = "stages in rising order: " + ", ".join(m.group("phrase") for _, m in run)
    return DraftList(first.group("phrase"), "stage", tuple(items), lead, announced_count(lead), (evidence,))
