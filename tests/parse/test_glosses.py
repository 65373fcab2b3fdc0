"""Glosses: the members of a term in brackets right after it (made-up text)."""

from __future__ import annotations

from tests.parse.conftest import flat, heads, outline


def test_members_in_brackets_after_a_term_are_its_list() -> None:
    [lst] = flat(outline("本单元重点把握新工作理念（求实、担当、协作、开拓）的基本内涵。"))
    assert heads(lst) == ["求实", "担当", "协作", "开拓"]
    assert lst.lead == "本单元重点把握新工作理念"
    assert lst.announced_count is None


def test_a_counted_quoted_term_announces_its_bracketed_members() -> None:
    [lst] = flat(outline('落实"三项机制"(走访、记录、回访)是基层工作的基础。'))
    assert heads(lst) == ["走访", "记录", "回访"]
    assert lst.announced_count == 3


def test_a_bullet_mark_and_a_joining_word_are_not_the_lead() -> None:
    [lst] = flat(outline("特别是基层治理体系（网格、楼栋、单元）的建设。"))
    assert lst.lead == "基层治理体系"
    [lst] = flat(outline("- 以及三级网络（县、乡、村）"))
    assert lst.lead == "三级网络"


def test_examples_abbreviations_and_figures_in_brackets_are_no_list() -> None:
    assert not flat(outline("各类组织（如工会、共青团、妇联）都要参加。"))
    assert not flat(outline("重点行业（钢材、水泥、玻璃等）要压减产能。"))
    assert not flat(outline("青年志愿服务协会（以下简称协会、志愿会、青志协）成立。"))
    assert not flat(outline("近三年（2021、2022、2023）的工作成绩显著。"))
    assert not flat(outline("参加单位（党办、政办）共同组织。"))  # two: any pair a sentence names


def test_a_term_counting_other_than_its_brackets_is_no_gloss() -> None:
    # four counted, three in brackets: the brackets are not all the members, whatever else they are
    assert not flat(outline("落实四项制度（走访、记录、回访）。"))
    assert len(flat(outline("落实三项制度（走访、记录、回访）。"))[0].items) == 3


def test_a_conjunction_joining_the_last_two_members_parts_them() -> None:
    [lst] = flat(outline("开展“三下乡”（送文化、送科技、送卫生和送法律）活动。"))
    assert heads(lst) == ["送文化", "送科技", "送卫生", "送法律"]
    [lst] = flat(outline("建设新城区（富强、民主、文明、和谐）的目标。"))
    assert heads(lst) == ["富强", "民主", "文明", "和谐"]
    [lst] = flat(outline("五项特征（规模巨大、共同富裕、精神富足、人与自然和谐、和平发展）。"))
    assert heads(lst)[3] == "人与自然和谐"
