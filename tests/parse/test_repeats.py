"""Points announced before their sections (repeats.py): one list said twice is kept once, as the sections."""

from __future__ import annotations

from study.parse.explain import explain
from tests.parse.conftest import flat, heads, make_source, outline

ANNOUNCED = "今天我主要讲三个问题：\n（一）认清形势；\n（二）明确任务；\n（三）狠抓落实。\n"


def test_sections_that_repeat_the_announced_points_are_the_one_list_with_its_lead_and_count() -> None:
    doc = outline(
        ANNOUNCED + "（一）认清形势。当前形势总体向好。一是需求回暖，二是预期改善。\n"
        "（二）明确任务。今年的任务很重。\n（三）狠抓落实，确保见效。各级要压实责任。"
    )
    assert len(doc.lists) == 1
    lst = doc.lists[0]
    assert heads(lst) == ["认清形势", "明确任务", "狠抓落实，确保见效"]
    assert lst.announced_count == 3
    assert lst.lead == "今天我主要讲三个问题："
    assert heads(lst.items[0].lists[0]) == ["需求回暖", "预期改善"]


def test_sections_with_other_heads_are_a_list_of_their_own() -> None:
    doc = outline(
        ANNOUNCED + "（一）关于经济。经济总体平稳。\n（二）关于社会。社会总体稳定。\n（三）关于生态。生态持续向好。"
    )
    assert len(flat(doc)) == 2


def test_two_sections_with_alike_sub_lists_keep_both() -> None:
    doc = outline(
        "一、甲项工作\n1.目标任务\n2.工作措施\n甲项工作要抓紧。\n二、乙项工作\n1.目标任务\n2.工作措施\n乙项工作要抓实。"
    )
    assert [len(item.lists) for item in doc.lists[0].items] == [1, 1]


def test_explain_shows_the_announcing_copy_refused_and_the_sections_kept_with_its_lead() -> None:
    report = explain(
        make_source(ANNOUNCED + "（一）认清形势。形势向好。\n（二）明确任务。任务很重。\n（三）狠抓落实。压实责任。")
    )
    kept, _, refused = report.partition("\nrefused:")
    assert "its sections repeat the 3 points announced before them" in kept and "lead: 今天我主要讲三个问题：" in kept
    assert "refused: sections after it repeat its points" in refused
