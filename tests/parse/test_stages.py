"""Stages: dated steps of a plan in rising order."""

from __future__ import annotations

from tests.parse.conftest import flat, heads, outline


def test_stages_across_sentences() -> None:
    doc = outline("我们的目标分两步走。到2030年，全村通上自来水。到2040年，全村用上天然气。")
    lst = flat(doc)[0]
    assert [i.marker for i in lst.items] == ["到2030年", "到2040年"]
    assert heads(lst) == ["全村通上自来水", "全村用上天然气"]


def test_stages_across_paragraphs_with_a_later_time() -> None:
    doc = outline("到2025年，路网基本建成。\n到2035年，城乡一体。\n到本世纪中叶，全面现代化。")
    assert [i.marker for i in flat(doc)[0].items] == ["到2025年", "到2035年", "到本世纪中叶"]


def test_years_out_of_order_are_no_stages() -> None:
    assert flat(outline("到2030年，修好水库。到2020年，已经开工。")) == []


def test_a_year_inside_a_clause_is_no_stage() -> None:
    assert flat(outline("产量预计到2030年翻番，到2040年再翻番。")) == []


def test_a_year_with_its_month_dates_an_event_and_is_no_stage() -> None:
    assert flat(outline("在2019年五月份的时候，村里开了会。到2030年，全村通上自来水。")) == []
    assert flat(outline("到2020年6月底，试点结束。到2025年，全面推开。")) == []


def test_stages_after_a_lead_colon_keep_their_first_stage() -> None:
    doc = outline("全镇的目标是：到2026年，集镇面貌明显改善；到2028年，产业基本成形；到2030年，全面建成美丽集镇。")
    (lst,) = flat(doc)
    assert [item.marker for item in lst.items] == ["到2026年", "到2028年", "到2030年"]
    assert lst.lead == "全镇的目标是："


def test_years_in_chinese_numerals_are_stages() -> None:
    doc = outline("到二〇二六年，全镇基本建成特色产业带。到二〇三〇年，全面实现农业现代化。")
    (lst,) = flat(doc)
    assert [item.marker for item in lst.items] == ["到二〇二六年", "到二〇三〇年"]


def test_falling_chinese_numeral_years_are_no_stages() -> None:
    assert not flat(outline("到二〇三〇年，全面实现农业现代化。到二〇二六年，我们曾经这样设想。"))


def test_from_to_spans_are_stages_and_carry_their_leads_count() -> None:
    doc = outline("分两个阶段安排：从2021年到2025年，打牢基础；从2025年到本世纪中叶，全面提升。")
    (lst,) = flat(doc)
    assert lst.style == "从2021年到2025年"
    assert lst.announced_count == 2
    assert [item.head for item in lst.items] == ["打牢基础", "全面提升"]


def test_dated_points_each_after_its_own_label_colon_are_no_stage_list() -> None:
    doc = outline("总任务分两步走。\n- 第一步：从2021年到2025年，打牢基础\n- 第二步：从2025年到2030年，全面提升")
    assert not [lst for lst in flat(doc) if lst.items[0].marker.startswith("从")]


def test_stages_opening_their_lines_take_the_colon_sentence_above_as_lead() -> None:
    doc = outline("镇里的规划分三步：\n到2026年，修通环山公路；\n到2030年，建成果蔬基地；\n到本世纪中叶，建成小镇。")
    lst = flat(doc)[0]
    assert [i.marker for i in lst.items] == ["到2026年", "到2030年", "到本世纪中叶"]
    assert lst.lead == "镇里的规划分三步："
    assert lst.announced_count == 3
