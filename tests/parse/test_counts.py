"""Announced counts (counts.py): the count a lead states for the list after it."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from study.parse import counts
from study.parse.counts import announced_count, announces_some
from tests.parse.conftest import flat, heads, outline


def test_a_count_of_aspects_announces_however_long_the_verb_phrase_after_it() -> None:
    assert announced_count("下面，我想从四个方面同在座的各位一起交流探讨。") == 4
    assert announced_count("今天的课分两个部分来跟大家慢慢地讲一讲。") == 2


def test_a_count_of_aspects_sets_the_heading_list_count() -> None:
    doc = outline("我从两个方面跟同志们一起交流学习体会。\n一、认清形势\n形势很好。\n二、明确任务\n任务很重。")
    assert doc.lists[0].announced_count == 2


def test_a_count_of_viewpoints_announces_the_points_taken_from_them() -> None:
    assert announced_count("对此，我们可以从三个维度来把握这个问题的重要意义。") == 3
    assert announced_count("不妨从五个视角观察一下这几年的变化。") == 5
    assert announced_count("这件事要从两个角度去看待。") == 2


def test_a_count_of_viewpoints_is_the_count_of_the_numbered_points_after_it() -> None:
    doc = outline(
        "我认为，可以从三个层面来理解这项制度安排的深远意义。一是从理论层面看，它是一项创新。"
        "二是从实践层面看，它是一条经验。三是从制度层面看，它是一种保障。"
    )
    assert doc.lists[0].announced_count == 3


def test_a_count_of_occasions_before_a_colon_announces_them() -> None:
    assert announced_count("这个地区经历了两次深刻变革：") == 2
    assert announced_count("这座小城先后经历了三次大的转型：") == 3
    assert announced_count("他三次来这里调研，") is None  # no colon: the count tells how often


def test_a_count_of_occasions_before_a_colon_is_the_count_of_the_list_after_it() -> None:
    doc = outline(
        "几十年来，这个地区经历了三次深刻变革：\n一是摆脱贫困，解决了温饱问题。\n二是走向富裕，收入大幅增长。\n"
        "三是全面振兴，面貌焕然一新。"
    )
    assert [(len(lst.items), lst.announced_count) for lst in flat(doc)] == [(3, 3)]


def test_a_number_that_counts_no_aspects_announces_nothing() -> None:
    assert announced_count("全县共有两个乡镇完成了这项任务的大部分工作。") is None


def test_a_bare_pointer_takes_its_count_from_the_sentence_before() -> None:
    assert announced_count("调研中发现了四类突出情况。具体是：") == 4
    assert announced_count("这项改革涉及三个层面，主要是：") == 3
    assert announced_count("具体是：") is None


def test_a_marker_list_after_a_bare_pointer_has_the_count_and_the_sentence_it_points_back_to() -> None:
    doc = outline(
        "市纪委近日曝光了三起违反工作纪律的典型案例。分别是：\n"
        "（一）某街道干部上班期间打牌问题。\n（二）某站所人员推诿扯皮问题。\n（三）某窗口服务态度恶劣问题。"
    )
    lst = doc.lists[0]
    assert lst.announced_count == 3
    assert lst.lead == "市纪委近日曝光了三起违反工作纪律的典型案例。分别是："


def test_a_semicolon_series_after_a_bare_pointer_has_the_count_before_it() -> None:
    doc = outline("走访中群众反映的意见集中在两种情形。具体是：办事要跑多个部门；材料要重复提交。")
    lst = doc.lists[0]
    assert (lst.announced_count, len(lst.items)) == (2, 2)
    assert lst.lead == "走访中群众反映的意见集中在两种情形。具体是："


def test_a_count_in_arabic_digits_announces() -> None:
    assert announced_count("会议部署了5项重点任务：") == 5
    assert announced_count("增长了2015个百分点。") is None


def test_a_pointer_on_its_own_line_takes_the_count_of_the_line_before() -> None:
    doc = outline("调研组梳理出两类共性问题。\n具体是：\n（一）审批环节偏多。\n（二）办理时限偏长。")
    lst = doc.lists[0]
    assert (lst.announced_count, lst.lead) == (2, "调研组梳理出两类共性问题。具体是：")


def test_a_pointer_on_its_own_line_after_a_line_that_counts_nothing_stays_alone() -> None:
    doc = outline("会议气氛热烈。\n具体是：\n（一）审批环节偏多。\n（二）办理时限偏长。")
    assert (doc.lists[0].announced_count, doc.lists[0].lead) == (None, "具体是：")


def test_the_steps_a_plan_takes_are_counted() -> None:
    assert announced_count("总的安排是分两步走：") == 2
    assert announced_count("这项改革分三步推进：") == 3
    assert announced_count("第三步：") is None


def test_a_congress_named_by_its_number_and_da_is_no_count() -> None:
    assert announced_count("各单位要深入学习党的二十大精神的丰富内涵。") is None
    assert announced_count("某某乡党的十九大精神宣讲方案") is None
    assert announced_count("某某镇学习贯彻二十大开幕盛况的安排") is None
    assert announced_count("要牢牢把握以下三大任务：") == 3


def test_a_congress_closing_a_paragraph_announces_no_list_after_it() -> None:
    doc = outline(
        "宣讲是一门学问，要下真功夫。\n"
        "要做到备课充分。讲师要提前熟悉材料，不临时凑数。\n"
        "要做到联系实际。讲师要结合本村情况，帮助村民学习党的二十大精神的核心要义。\n"
        "要做到形式多样。讲师要用好图片视频，不照本宣科。\n"
        "（某某）"
    )
    assert all(lst.announced_count is None for lst in flat(doc))


def test_an_ordinal_of_more_than_two_numerals_counts_nothing() -> None:
    assert announced_count("这一要求来自章程第二十八条规定。") is None
    assert announced_count("依照本办法第一百零六条：") is None
    assert announced_count("本规定共有四十七条。") is None
    assert announced_count("本规定共有十七条。") == 17
    doc = outline("这项纪律出自章程第三十六条。首先，甲是根本。其次，乙是保障。再次，丙是关键。")
    assert all(lst.announced_count is None for lst in flat(doc))
    assert all("（某某）" not in heads(lst) for lst in flat(doc))


def test_an_ordinal_part_counts_nothing() -> None:
    assert announced_count("下面是本套练习的第四部分。") is None
    assert announced_count("本章讲的是第十二部分：") is None
    assert announced_count("全书共分四个部分：") == 4
    doc = outline("以下是第三部分判断题。\n1、甲是什么？\n答：甲。\n2、乙是什么？\n答：乙。\n3、丙是什么？\n答：丙。")
    assert all(lst.announced_count is None for lst in flat(doc))


def test_a_forward_count_announces_wherever_it_stands_in_its_sentence() -> None:
    assert announced_count("要当好一名合格的志愿者，必须做到以下三点，才能真正服务好群众。") == 3
    assert announced_count("全县共有两个乡镇完成了这项任务，进度较快。") is None


def test_a_short_quoted_count_closing_the_lead_announces_the_points_after_it() -> None:
    assert announced_count("开好这次会议，关键要过好“三关”。") == 3
    assert announced_count("今年要全面完成“十四五”。") is None
    doc = outline("开好这次会议，关键要过好“三关”。\n一是过好准备关\n二是过好发言关\n三是过好整改关")
    (lst,) = flat(doc)
    assert (lst.lead, lst.announced_count) == ("开好这次会议，关键要过好“三关”。", 3)


class _CountingPattern:
    """ANNOUNCED, counting the characters each finditer is asked to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self.read += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)


def test_ever_longer_clauses_of_one_paragraph_of_colon_pieces_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the callers ask about the text before each colon of 如：…如：…: reading each clause whole was quadratic
    paragraph = "如：两家小店每天早上准时开门迎客" * 300
    counting = _CountingPattern(counts.ANNOUNCED)
    monkeypatch.setattr(counts, "ANNOUNCED", counting)
    reader = counts.PieceReader()
    for colon in re.finditer("：", paragraph):
        announces_some(paragraph[: colon.start()], reader)
    assert counting.read < 4 * len(paragraph)


def test_the_last_count_is_found_across_colons_and_asides_as_before() -> None:
    # a count ending at a colon inside the clause, one whose aside holds a colon, a congress passed over
    assert announced_count("全文分为四个部分：其中甲乙两家") == 4
    assert announced_count("工作有三个方面（见下：附表）：再说") == 3
    assert announced_count("要抓好五个方面：党的二十大精神：") == 5
    assert announced_count("党的二十大精神：大家") is None
    assert announced_count("如：六项任务：如：七个环节") == 7
    assert announced_count("如：六项任务：如：七个环节：如：走访") == 7  # a longer clause that begins like the last
    assert announced_count("另起一段：八个字") == 8  # a clause that does not


def test_colon_pieces_each_after_a_closed_aside_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # an aside closed before the colon (…（见附表）：) holds no colon: the piece ends there, as after no aside
    paragraph = "如：街道小店有三个方面（见附表）" * 300
    counting = _CountingPattern(counts.ANNOUNCED)
    monkeypatch.setattr(counts, "ANNOUNCED", counting)
    reader = counts.PieceReader()
    for colon in re.finditer("：", paragraph):
        announces_some(paragraph[: colon.start()], reader)
    assert counting.read < 4 * len(paragraph)


def test_a_colon_inside_an_open_aside_still_ends_no_count() -> None:
    assert announced_count("工作有三个方面（见下：附表）") == 3
    assert announced_count("工作有三个方面（见附表）：如：大家") == 3


def test_a_classical_count_before_a_colon_announces_the_list() -> None:
    # 原因有二：/ 其要有三： (a numeral right after 有, the colon closing the clause)
    assert announced_count("之所以这样安排，原因有二：") == 2
    assert announced_count("概括起来，其要有三：") == 3
    assert announced_count("这里有二十户人家。") is None
    doc = outline("之所以这样安排，原因有二：一来基层任务繁重，人手紧张；二来群众期盼很高，等不得。")
    assert doc.lists[0].announced_count == 2


def test_a_count_that_ends_the_lead_wins_over_a_count_its_subject_names() -> None:
    # the subject's own count (十大关系, 二十大) runs on into the count the colon closes: that one announces the list
    assert announced_count("这十大关系可以分为三类：") == 3
    assert announced_count("党的二十大报告的内容分为三个部分：") == 3
    assert announced_count("四个全面战略布局包括两层含义：") == 2
    assert announced_count("这十大关系可以分为三类，") == 3
