"""Closing markers (closings.py): points numbered at their end, 此其一 / 此其二."""

from __future__ import annotations

from study.parse.closings import closing_drafts, closing_lists, inline_closing_lists
from tests.parse.conftest import flat, heads, make_source, outline


def test_points_closed_by_their_number_in_one_paragraph_are_a_list() -> None:
    doc = outline(
        "我们的工作要从几处着手。街道要把小店的开门时间定下来，让邻居心里有数，此其一。"
        "社区要把菜市场的秩序管起来，此其二。居民要把楼道的杂物清出去，此其三。"
    )
    [lst] = flat(doc)
    assert heads(lst)[0].startswith("街道要把小店的开门时间定下来")
    assert [h[:4] for h in heads(lst)] == ["街道要把", "社区要把", "居民要把"]


def test_a_closing_number_standing_as_its_own_sentence_closes_the_sentence_before() -> None:
    doc = outline("学校要把操场在周末开放给附近居民。此其一。\n医院要把挂号窗口的时间延长到晚上。此其二。")
    [lst] = flat(doc)
    assert [h[:6] for h in heads(lst)] == ["学校要把操场", "医院要把挂号"]
    assert [item.loc.para for item in lst.items] == [0, 1]


def test_a_lone_closing_number_or_a_word_that_holds_one_is_no_list() -> None:
    assert flat(outline("公园要在假日延长开放时间，此其一。还有许多事情要做。")) == []
    assert flat(outline("这是其一贯的作风。此其二十年来的老规矩。")) == []


def test_a_point_closed_by_a_quotation_before_its_number_begins_with_the_quoted_sentence() -> None:
    # …说：“…。”此其一。: the quotation marks closing the sentence are that sentence's, the point begins with it
    text = "老人们常说：“早睡早起身体好。”此其一。孩子们常说：“多读多写成绩好。”此其二。"
    for doc in (outline(text), outline(text.replace("此其一。", "此其一。\n"))):
        [lst] = flat(doc)
        assert [h[:4] for h in heads(lst)] == ["老人们常", "孩子们常"]


def test_closing_numbers_in_two_sections_or_far_apart_number_no_points_together() -> None:
    sections = "一、种树\n春天要多种树，此其一。\n二、护林\n秋天要防山火，此其二。"
    assert flat(outline(sections))[0].style == "一、"
    assert not any(lst.style == "此其一" for lst in flat(outline(sections)))
    far = "春天要多种树，此其一。\n今年雨水多。\n树苗长得快。\n大家都很高兴。\n秋天要防山火，此其二。"
    assert flat(outline(far)) == []
    near = "春天要多种树，此其一。\n树苗要浇透水。\n秋天要防山火，此其二。"
    assert [h[:5] for h in heads(flat(outline(near))[0])] == ["春天要多种", "秋天要防山"]


def test_the_block_and_inline_detectors_share_one_reading_of_the_closing_marks() -> None:
    text = (
        "学校要把操场在周末开放给附近居民。此其一。\n医院要把挂号窗口的时间延长到晚上。此其二。\n"
        "街道要把小店的开门时间定下来，此其一。社区要把菜市场的秩序管起来，此其二。"
    )
    drafts = closing_drafts(make_source(text).paragraphs)
    block, inline = list(closing_lists(drafts)), list(inline_closing_lists(drafts))
    assert [len({item.start[0] for item in d.items}) for d in block] == [2]
    assert [{item.start[0] for item in d.items} for d in inline] == [{2}]
    assert len(block) + len(inline) == len(drafts) == 2
