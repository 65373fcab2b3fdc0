"""Items a count names by the word each opens with, on made-up text."""

from __future__ import annotations

from study.model import EnumList
from tests.parse.conftest import flat, heads, outline


def _counted(text: str) -> list[EnumList]:
    return [lst for lst in flat(outline(text)) if lst.announced_count is not None]


def test_a_bare_count_names_the_clauses_that_open_with_its_word_later_in_its_sentence() -> None:
    (lst,) = _counted("这次会议提出的两个坚决意义重大，坚决守住耕地红线，坚决稳住粮食产量。")
    assert heads(lst) == ["坚决守住耕地红线", "坚决稳住粮食产量"]
    assert (lst.announced_count, lst.lead) == (2, "两个坚决")


def test_a_quoted_one_character_word_names_a_quoted_series_in_the_next_sentence() -> None:
    (lst,) = _counted("全镇推行“三抓”工作法。“抓党建、抓产业、抓治理”，是镇党委的总体思路。")
    assert heads(lst) == ["抓党建", "抓产业", "抓治理"]
    assert lst.announced_count == 3


def test_the_first_item_may_have_a_short_subject_before_the_word() -> None:
    (lst,) = _counted("村里提出了三个带头。村党支部带头学习政策，带头改善村容，带头帮扶困难户。")
    assert heads(lst) == ["带头学习政策", "带头改善村容", "带头帮扶困难户"]


def test_pieces_of_another_number_than_the_count_are_not_its_items() -> None:
    assert not _counted("大家记住三个坚决。坚决守住耕地红线，坚决稳住粮食产量。")
    lists = flat(outline("大家记住两个坚决。坚决守住耕地红线，坚决稳住粮食产量，坚决保护生态环境。"))
    assert [len(lst.items) for lst in lists] == [3]  # the three clauses' anaphora, no two of them the count's


def test_an_idiom_with_numerals_counts_nothing() -> None:
    assert not _counted("群众从四面八方赶来，面对面交流，面向未来谋划。")
    assert not _counted("他三番五次上门，番番不落，次次不空。")


def test_a_count_word_that_recurs_inside_a_longer_piece_opens_no_item() -> None:
    assert not _counted("会上讲了两个务必。同志们要把务必谦虚谨慎的要求记在心上，这是务必做到的。")


def test_a_formulation_of_two_parts_under_one_numeral_counts_the_pairs_that_open_with_its_first_word() -> None:
    (lst,) = _counted("三学三做是学理论、做表率，学业务、做骨干，学先进、做榜样的简称。")
    assert heads(lst) == ["学理论、做表率", "学业务、做骨干", "学先进、做榜样"]
    assert lst.announced_count == 3


def test_pairs_that_lack_the_second_word_are_not_the_formulations_items() -> None:
    assert not _counted("三学三做是学理论，学业务，学先进的简称。")
