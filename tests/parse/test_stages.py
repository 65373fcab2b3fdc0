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
