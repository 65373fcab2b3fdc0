"""One made-up snippet per marker family: the rule finds the list, its markers and heads."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from study.parse.markers import marker_at
from tests.parse.conftest import flat, heads, outline


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("一、甲方的任务\n正文。\n二、乙方的任务\n正文。", ["一、", "二、"]),
        ("（一）第一条措施。\n（二）第二条措施。\n（三）第三条措施。", ["（一）", "（二）", "（三）"]),
        ("1.种树要及时浇水。\n2.种树要按时施肥。", ["1.", "2."]),
        ("1、开会前要准备材料。\n2、开会时要认真记录。", ["1、", "2、"]),
        ("（1）修路。\n（2）架桥。", ["（1）", "（2）"]),
        ("①节约用水。\n②节约用电。", ["①", "②"]),
        ("⑴节约用水。\n⑵节约用电。", ["⑴", "⑵"]),
        ("做好工作要注意：第一，明确目标。第二，落实责任。第三，加强考核。", ["第一", "第二", "第三"]),
        ("搞好学习，一要端正态度，二要讲究方法，三要持之以恒。", ["一要", "二要", "三要"]),
        ("村里的办法是：一是修渠。二是打井。", ["一是", "二是"]),
        ("办好此事，一靠群策，二靠群力。", ["一靠", "二靠"]),
        ("古人论为学，一曰博学，二曰审问，三曰慎思。", ["一曰", "二曰", "三曰"]),
        ("学好本领，首先要勤学。其次要多练。最后要总结。", ["首先", "其次", "最后"]),
        ("这件事有两层含义，一方面是机遇，另一方面是挑战。", ["一方面", "另一方面"]),
        ("第一章 总则\n内容。\n第二章 组织\n内容。", ["第一章", "第二章"]),
    ],
)
def test_marker_family(text: str, markers: list[str]) -> None:
    lists = flat(outline(text))
    assert [item.marker for item in lists[0].items] == markers


def test_mixed_shi_yao_markers_form_one_list() -> None:
    lists = flat(outline("为了办好学校：一是要选好校长。二是要配齐教师。三要改善条件。"))
    assert [i.marker for i in lists[0].items] == ["一是要", "二是要", "三要"]


def test_ordinal_words_continue_with_di_san() -> None:
    lists = flat(outline("原因如下。首先，资金不足。其次，人手不够。第三，经验欠缺。"))
    assert heads(lists[0]) == ["资金不足", "人手不够", "经验欠缺"]


def test_traditional_script_markers_and_text_kept() -> None:
    lists = flat(outline("一、組織建設\n內容。\n二、隊伍建設\n內容。"))
    assert heads(lists[0]) == ["組織建設", "隊伍建設"]


def test_marker_inside_a_word_is_not_a_marker() -> None:
    doc = outline("大家统一要求，把它作为第一选择，这一是非问题，二是不行的。")
    assert flat(doc) == []


def test_numbering_must_start_at_one() -> None:
    assert flat(outline("二要抓紧。三要抓好。")) == []


def test_single_item_is_no_list() -> None:
    assert flat(outline("一是天气好。然后大家出发了。")) == []


def test_parentheses_that_are_not_markers() -> None:
    doc = outline("（某某会议二〇〇一年五月通过）\n（新华社北京3月5日电）\n正文在此。")
    assert flat(doc) == []


def test_decimal_number_is_not_a_marker() -> None:
    assert flat(outline("增长了3.5个百分点。\n又增长了4.2个百分点。")) == []


def test_di_yi_dian_is_one_marker() -> None:
    lst = flat(outline("我讲两点。第一点，要学习。第二点，要实践。"))[0]
    assert [(i.marker, i.head) for i in lst.items] == [("第一点", "要学习"), ("第二点", "要实践")]


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("甲、收入部分。\n乙、支出部分。", ["甲、", "乙、"]),
        ("（a）铺设管道。\n（b）安装水表。", ["（a）", "（b）"]),
        ("A. 加强宣传。\nB. 完善制度。\nC. 严格考核。", ["A.", "B.", "C."]),
        ("分三步走：第一步，摸清底数。第二步，制定方案。第三步，组织实施。", ["第一步", "第二步", "第三步"]),
        ("第一篇 总论\n内容。\n第二篇 分论\n内容。", ["第一篇", "第二篇"]),
        ("我谈三点：第一，要读书。第二个要求是多实践。第三，要常反思。", ["第一", "第二个要求是", "第三"]),
    ],
)
def test_general_marker_families(text: str, markers: list[str]) -> None:
    lists = flat(outline(text))
    assert [item.marker for item in lists[0].items] == markers


def test_cut_document_headings_start_past_one() -> None:
    doc = outline("三、修路的办法\n正文。\n四、架桥的办法\n正文。\n五、验收的办法\n正文。")
    assert heads(flat(doc)[0]) == ["修路的办法", "架桥的办法", "验收的办法"]
    assert doc.warnings == ()


def test_articles_numbered_from_the_middle() -> None:
    doc = outline("第十九条　会员每年开会一次。\n第二十条　会员有选举权。\n第二十一条　会员应当缴纳会费。")
    assert [i.marker for i in flat(doc)[0].items] == ["第十九条", "第二十条", "第二十一条"]


def test_a_lone_heading_past_one_is_still_stray() -> None:
    doc = outline("三、孤零零的标题\n正文在此。")
    assert flat(doc) == []


def test_repeated_first_ordinal_in_one_sentence() -> None:
    lst = flat(outline("我们坚持两条原则，一是质量第一，一是安全第一。"))[0]
    assert heads(lst) == ["质量第一", "安全第一"]


def test_di_yi_ci_and_di_yi_ge_wu_nian_are_no_markers() -> None:
    assert flat(outline("这是第一次会议。第二次会议在明年。")) == []
    assert flat(outline("回顾历史，第一个五年计划完成了。第二个五年计划也完成了。")) == []


def test_parts_inside_chapters_are_lists_of_their_own() -> None:
    doc = outline("第一篇 上编\n第一部分 缘起\n正文。\n第二部分 经过\n正文。\n第二篇 下编\n正文。")
    top = flat(doc)[0]
    assert [i.marker for i in top.items] == ["第一篇", "第二篇"]
    assert [i.marker for i in top.items[0].lists[0].items] == ["第一部分", "第二部分"]


def test_decimal_section_numbers_form_one_list_per_section() -> None:
    doc = outline(
        "一、准备工作\n1.1 明确目标\n正文。\n1.2 制定计划\n正文。\n"
        "二、实施步骤\n2.1 动员部署\n正文。\n2.2 组织实施\n正文。\n2.3 总结提高\n正文。"
    )
    top = flat(doc)[0]
    assert [i.marker for i in top.items] == ["一、", "二、"]
    assert [i.marker for i in top.items[0].lists[0].items] == ["1.1", "1.2"]
    assert [i.marker for i in top.items[1].lists[0].items] == ["2.1", "2.2", "2.3"]


def test_decimal_sections_without_parent_do_not_nest_in_each_other() -> None:
    lists = flat(outline("1.1 明确目标\n正文。\n1.2 制定计划\n正文。\n2.1 动员部署\n正文。\n2.2 组织实施\n正文。"))
    assert [[i.marker for i in lst.items] for lst in lists] == [["1.1", "1.2"], ["2.1", "2.2"]]
    assert all(not item.lists for lst in lists for item in lst.items)


def test_decimal_quantities_are_no_section_numbers() -> None:
    assert flat(outline("1.1倍于去年。\n1.2倍于前年。")) == []


def test_di_yi_ge_jieduan_is_one_step_marker() -> None:
    lst = flat(outline("改革分两个阶段推进。第一个阶段，先行试点；第二阶段，全面推开。"))[0]
    assert [(i.marker, i.head) for i in lst.items] == [("第一个阶段", "先行试点"), ("第二阶段", "全面推开")]


def test_a_counted_step_series_recovers_its_unmarked_first_item() -> None:
    lst = flat(outline("这项改革分两个阶段是指今明两年先行试点；第二个阶段，后年全面推开。"))[0]
    assert lst.announced_count == 2
    assert heads(lst) == ["今明两年先行试点", "后年全面推开"]
    steps = flat(outline("整治分三步走：先摸清底数；第二步，制定方案；第三步，组织实施。"))[0]
    assert heads(steps) == ["先摸清底数", "制定方案", "组织实施"]


def test_no_first_item_is_made_when_the_count_does_not_cover_the_series() -> None:
    assert flat(outline("我们分三步走，第二步最为关键。")) == []
    assert flat(outline("整治分两步走。先摸清底数。第二步，制定方案。")) == []


def test_di_yi_jian_shi_and_di_yi_zhong_are_point_markers() -> None:
    doc = outline(
        """
        今年村里主要办两件事。
        第一件事，是修通进山的公路，方便群众出行。
        第二件事，是建好村里的卫生室，方便群众看病。
        """
    )
    assert [item.marker for item in doc.lists[0].items] == ["第一件事", "第二件事"]
    assert doc.lists[0].announced_count == 2
    doc = outline("第一种情况，材料齐全的当场办结。\n第二种情况，材料不全的一次告知。")
    assert len(doc.lists) == 1 and len(doc.lists[0].items) == 2


def test_di_yi_ci_counts_an_occasion_not_a_point() -> None:
    doc = outline("第一次会议，研究了选址问题。\n第二次会议，研究了资金问题。")
    assert not [lst for lst in flat(doc) if lst.items[0].marker.startswith("第一")]


def test_yifangmian_after_its_subject_opens_two_sides() -> None:
    doc = outline("为此，各小组一方面组织成员学习文件，统一思想认识。另一方面，认真梳理存在的问题。")
    (lst,) = flat(doc)
    assert lst.style == "一方面"
    assert heads(lst) == ["组织成员学习文件，统一思想认识", "认真梳理存在的问题"]


def test_yifangmian_after_a_demonstrative_is_a_noun_phrase() -> None:
    assert flat(outline("我们在这一方面做得还不够，在每一方面都要加强，任何一方面都不能放松。")) == []


def test_lines_opening_with_one_label_numbered_after_it_are_a_heading_list() -> None:
    doc = outline(
        "本文用三个案例说明问题。\n案例一：老旧小区改造\n居民议事，共建共享。\n"
        "案例二：背街小巷整治\n拆违增绿。\n案例三 口袋公园建设\n见缝插绿。"
    )
    (lst,) = flat(doc)
    assert heads(lst) == ["老旧小区改造", "背街小巷整治", "口袋公园建设"]


def test_a_count_of_the_labels_noun_in_the_paragraph_before_leads_the_labelled_lines() -> None:
    doc = outline(
        "年终盘点，我们选了三个关键词。回头看，收获不少。\n关键词一：攻坚\n啃下硬骨头。\n"
        "关键词二：协同\n握指成拳。\n关键词三：惠民\n办好实事。"
    )
    (lst,) = flat(doc)
    assert (lst.lead, lst.announced_count) == ("年终盘点，我们选了三个关键词。", 3)
    assert heads(lst) == ["攻坚", "协同", "惠民"]


def test_a_count_of_another_noun_or_an_ordinal_of_the_label_leads_no_labelled_lines() -> None:
    text = "{}\n关键词一：攻坚\n啃下硬骨头。\n关键词二：协同\n握指成拳。"
    for before in ("我们讲三个故事，各有侧重。", "第一个关键词最难选。"):
        (lst,) = flat(outline(text.format(before)))
        assert (lst.lead, lst.announced_count) == (None, None)


def test_different_labels_or_a_label_inside_a_line_number_no_list() -> None:
    assert flat(outline("材料一：甲乙丙丁\n说明。\n案例二：戊己庚辛\n说明。")) == []
    assert flat(outline("我们看到案例一：甲。又看到案例二：乙。")) == []


def test_paragraph_ordinal_continues_the_outer_list_not_a_first_word_inside_its_item() -> None:
    # 首先 inside the item of 第一 is one family with 第一, yet 第二 opening the next paragraph goes on
    # with the list that opened paragraphs, not with the lone 首先 begun inside that list's first item
    text = (
        "做好这项工作，要把握三个方面。\n"
        "第一，植树是长期任务，必须持之以恒。对每个人来说，首先是一种责任，人人有份。\n"
        "第二，植树是全民任务，必须人人动手。\n"
        "第三，植树是科学任务，必须讲究方法。"
    )
    lists = flat(outline(text))
    assert [i.marker for i in lists[0].items] == ["第一", "第二", "第三"]
    assert lists[0].announced_count == 3


def test_a_paragraph_opening_word_of_the_inner_family_goes_on_with_the_inner_list() -> None:
    # 其次 is 首先's own word: after 首先 inside the item of 第一, a paragraph opening with 其次 goes on with it
    text = "第一，种树要选好苗，具体来说：首先，苗要壮。\n其次，根要全。\n第二，种树要浇足水。"
    lists = flat(outline(text))
    assert [[i.marker for i in lst.items] for lst in lists if lst.items[0].marker == "首先"] == [["首先", "其次"]]


def test_shi_markers_before_an_item_opening_with_a_word_of_yi() -> None:
    lists = flat(outline("存在的问题，一是一些干部作风不实，二是一切工作浮于表面。"))
    assert heads(lists[0]) == ["一些干部作风不实", "一切工作浮于表面"]
    assert flat(outline("做人要一是一，二是二，不能含糊。")) == []


def test_a_first_ordinal_again_after_a_colon_opens_a_list_inside_the_first_item() -> None:
    text = (
        "一是总结了三年的工作。其中最主要的是三件事：一是修通了公路，二是建成了学校，三是办好了医院。\n"
        "二是部署了今年的任务。"
    )
    outer = outline(text).lists[0]
    assert [i.marker for i in outer.items] == ["一是", "二是"]
    assert [i.marker for i in outer.items[0].lists[0].items] == ["一是", "二是", "三是"]


def test_di_yi_before_a_noun_of_yao_is_no_marker() -> None:
    text = (
        "会议提出了几个新提法。\n第一要务\n发展是党执政兴国的第一要务，要坚定不移。\n"
        "两步走\n全面建成强国分两步走，一步一个脚印。"
    )
    (lst,) = flat(outline(text))
    assert heads(lst) == ["第一要务", "两步走"]  # a heading list: 第一要务 names a thing, it numbers nothing
    lists = flat(outline("第一要坚持学习。第二要坚持实践。"))
    assert [i.marker for i in lists[0].items] == ["第一", "第二"]


def test_di_yi_shi_is_one_marker_like_yi_shi() -> None:
    # 第一是… as 一是…: the copula belongs to the marker, the head is what the point says
    (lst,) = flat(
        outline("办好这件事有三条。\n第一是摸清底数，建立台账。\n第二是是非分明，奖惩到位。\n第三是要压实责任。")
    )
    assert [i.marker for i in lst.items] == ["第一是", "第二是", "第三是要"]
    assert heads(lst) == ["摸清底数，建立台账", "是非分明，奖惩到位", "压实责任"]


def test_shi_markers_may_be_set_off_by_dunhao() -> None:
    (lst,) = flat(outline("面临三大考验：一是执政考验、二是改革考验、三是市场考验。"))
    assert [i.marker for i in lst.items] == ["一是", "二是", "三是"]
    assert heads(lst) == ["执政考验", "改革考验", "市场考验"]
    assert lst.announced_count == 3


def test_an_inline_list_after_a_semicolon_piece_is_led_by_its_own_piece() -> None:
    text = "面临两大考验和两大危险，两大考验：一是执政考验、二是改革考验；两大危险：一是懈怠的危险、二是腐败的危险。"
    leads = [lst.lead for lst in flat(outline(text))]
    assert leads[-1] == "两大危险："


def test_a_numbered_item_may_open_with_a_year() -> None:
    text = "1.1919年，这所学校建成。\n2.1949年，学校迁到城里。\n3.1978年，学校恢复招生。"
    (lst,) = flat(outline(text))
    assert [i.marker for i in lst.items] == ["1.", "2.", "3."]
    assert flat(outline("增长了1.5倍，达到2.3万元。")) == []


def test_a_sub_list_inside_an_item_takes_its_lead_from_that_item_not_the_paragraph() -> None:
    doc = outline("要点如下：(1)会议时间，本月召开. (2)会议成果 ①通过了甲决议. ②选举了乙机构. (3)会议意义，影响深远.")
    outer = doc.lists[0]
    assert outer.items[1].head == "会议成果"
    inner = outer.items[1].lists[0]
    assert heads(inner)[0].startswith("通过了甲决议")
    assert inner.lead is None  # its lead would only repeat that item: the item is its topic
    assert "会议成果" in (inner.topic or "") and "要点如下" not in (inner.topic or "")


def test_articles_whose_space_was_lost_still_open_their_lines() -> None:
    doc = outline(
        "第一条为了规范某某工作，制定本办法。\n第二条（适用范围）本办法适用于全市各单位。\n第三条各单位应当遵守本办法。"
    )
    assert [item.marker for item in doc.lists[0].items] == ["第一条", "第二条", "第三条"]


def test_an_article_cited_inside_a_sentence_opens_nothing() -> None:
    doc = outline("根据第十条规定，某某单位应当报告。\n依照第十一条规定，某某单位应当公开。")
    assert not flat(doc)


def test_numbers_a_sharing_page_puts_on_the_chunks_it_cut_a_text_into_are_no_list() -> None:
    long = "这一年里，某某乡上下齐心协力，修了一条路，建了一座桥，办了几件群众盼望已久的实事，村里的面貌有了新的"
    doc = outline(
        f"1、工作总结 {long}变化。一年来，各项工作有条不紊，我们"
        f"\n2、的干劲更足了。{long}改善，乡村两级干部一起动手，在修建水渠"
        f"\n3、的农忙时节天天守在工地上。"
    )
    assert not flat(doc)


def test_long_items_closed_by_a_footnote_number_are_still_a_list() -> None:
    long = "各地各部门认真落实中央部署，扎实推进各项改革任务，取得了明显成效，群众获得感不断增强，社会各界普遍认可。"
    doc = outline(f"1、改革全面推进。{long}2\n2、开放不断扩大。{long}3\n3、民生持续改善。{long}")
    assert len(doc.lists[0].items) == 3


def test_points_closed_by_a_bracketed_note_of_who_carries_them_out_are_a_list() -> None:
    # a 实施方案 closes each task with 〔责任单位：…〕: the line is closed, not a chunk cut mid-sentence
    note = "〔牵头单位：县农业农村局、县水利局、县财政局、县自然资源局按职责分工负责，各乡镇人民政府配合落实，下同。〕"
    doc = outline(
        f"（一）改造灌溉渠道。{note}\n"
        "（二）完善农田设施。推进“高标准农田”“旱涝保收田”和“节水灌溉区”建设，落实好“以奖代补”的办法。〔牵头单位：县水利局〕\n"
        "（三）加强管护监督。"
    )
    assert [item.marker for item in doc.lists[0].items] == ["（一）", "（二）", "（三）"]


def test_labels_numbered_in_square_brackets_are_one_family_per_label() -> None:
    doc = outline("【考点1】甲运动的意义\n内容一。\n【考点2】乙会议的意义\n内容二。\n【案例1】某村的做法\n内容三。")
    lst = doc.lists[0]
    assert [item.marker for item in lst.items] == ["【考点1】", "【考点2】"]
    assert heads(lst) == ["甲运动的意义", "乙会议的意义"]


def test_a_deeper_family_starting_again_nests_in_the_list_around_it_instead_of_splitting_it() -> None:
    doc = outline(
        "(1)甲事件是某运动的开端。\n(2)乙组织由此成立。\n"
        "1.起因：某会议失败。\n2.经过\n(1)第一阶段：学生为主。\n(2)第二阶段：工人为主。\n"
        "3.结果：取得初步胜利。\n4.意义\n(1)意义之一。\n(2)意义之二。"
    )
    numbered = next(lst for lst in flat(doc) if lst.style == "1.")
    assert [item.marker for item in numbered.items] == ["1.", "2.", "3.", "4."]
    assert heads(numbered.items[1].lists[0]) == ["第一阶段", "第二阶段"]
    assert heads(numbered.items[3].lists[0]) == ["意义之一", "意义之二"]


def test_a_shallower_family_starting_again_still_closes_the_lists_above_it() -> None:
    doc = outline("（一）甲方面\n1.子项一。\n2.子项二。\n某某小结\n（一）乙方面\n1.子项三。\n2.子项四。")
    numbered = [lst for lst in flat(doc) if lst.style == "1."]
    assert [len(lst.items) for lst in numbered] == [2, 2]


def test_a_run_of_one_sentence_points_holds_no_list_that_follows_it() -> None:
    doc = outline(
        "作文要求：\n（1）立意正确，中心明确；\n（2）联系实际，不空谈；\n（3）字数八百字左右。\n"
        "范文欣赏\n要有担当的勇气。担当是干部的本分。\n要有担当的本领。本领来自学习。\n要有担当的作为。作为贵在落实。"
    )
    assert [lst.style for lst in doc.lists] == ["（1）", "anaphora"]


def test_a_table_of_chapters_holds_no_list_of_the_body_after_it() -> None:
    doc = outline(
        "第一章 总则\n第二章 组织机构\n第三章 附则\n"
        "本会决定作如下修改：\n一、第二条修改为：甲。\n二、第五条修改为：乙。\n三、删去第九条。"
    )
    assert [lst.style for lst in doc.lists] == ["第一章", "一、"]


def test_a_last_point_with_sentences_of_its_own_still_holds_what_follows() -> None:
    doc = outline(
        "一、总体目标。到明年，全面完成改造。\n二、主要任务。抓好三项工作。工作量很大。\n"
        "要做到三个坚持：\n坚持标准；\n坚持质量；\n坚持进度。"
    )
    assert len(doc.lists) == 1 and len(doc.lists[0].items[1].lists) == 1


def test_a_last_point_that_opens_a_sub_list_keeps_it() -> None:
    doc = outline("1．坚持学习。\n2．坚持实践。\n3．坚持创新。\n（1）理论创新。\n（2）实践创新。")
    assert len(doc.lists) == 1 and doc.lists[0].items[2].lists[0].style == "（1）"


def test_a_question_opening_on_a_century_or_a_month_keeps_its_number() -> None:
    text = (
        "1.19世纪中叶，哪件事开启了近代史？\n答：甲。\n2.5月4日发生了什么？\n答：乙。\n3.10月1日是什么节日？\n答：丙。"
    )
    assert heads(outline(text).lists[0]) == [
        "19世纪中叶，哪件事开启了近代史",
        "5月4日发生了什么",
        "10月1日是什么节日",
    ]


def test_a_section_number_before_a_word_of_the_world_stays_a_section() -> None:
    doc = outline("1.1世界经济形势\n甲。\n1.2国内经济形势\n乙。")
    assert doc.lists[0].style == "1.1"


def test_subsections_numbered_with_two_points_are_a_list_inside_their_section() -> None:
    doc = outline("1.1 总体要求\n甲。\n1.2 主要任务\n1.2.1 产业升级\n乙。\n1.2.2 城乡融合\n丙。\n2.1 保障措施\n丁。")
    (sections,) = [lst for lst in flat(doc) if lst.style == "1.1"]
    assert [lst.style for lst in sections.items[1].lists] == ["1.2.1"]
    assert heads(sections.items[1].lists[0]) == ["产业升级", "城乡融合"]


def test_labels_numbered_in_digits_before_a_colon_are_one_family_per_label() -> None:
    doc = outline(
        "问题 1：甲是什么？\n答案：甲。\n问题 2：乙是什么？\n答案：乙。\n案例1：某村的做法。\n问题 3：丙是什么？"
    )
    (lst,) = [lst for lst in flat(doc) if lst.style == "问题 1"]
    assert heads(lst) == ["甲是什么", "乙是什么", "丙是什么"]
    assert flat(outline("下午1：30报到。\n下午2：30开会。\n下午3：30散会。")) == []
    assert flat(outline("附件1：甲方案\n附件2：乙名单\n附件3：丙表格")) == []


def test_an_answer_opened_by_its_speaker_takes_the_question_as_its_lead() -> None:
    doc = outline(
        "记者：这几年最大的变化是什么？\n李明：第一个是路通了，村民出行方便；第二个是水通了，家家用上自来水。"
    )
    assert doc.lists[0].lead == "这几年最大的变化是什么？"
    doc = outline("会议议定：\n要求：一是按时报送，二是确保质量。")
    assert doc.lists[0].lead == "要求："


def test_a_question_and_answer_texts_labels_are_no_part_of_a_lead() -> None:
    doc = outline("问：新办法有哪些变化？\n答：主要有两点变化。一是扩大了范围。二是简化了手续。")
    assert doc.lists[0].lead == "主要有两点变化。"
    doc = outline("问：推进这项工作要把握哪几点？\n一是统一思想。\n二是压实责任。")
    assert doc.lists[0].lead == "推进这项工作要把握哪几点？"


def test_a_traditional_question_label_and_a_label_alone_lead_nothing() -> None:
    assert (
        outline("問：推進這項工作要把握哪幾點？\n一是統一思想。\n二是壓實責任。").lists[0].lead
        == "推進這項工作要把握哪幾點？"
    )
    assert outline("问：新办法有哪些变化？\n答：\n一是扩大了范围。\n二是简化了手续。").lists[0].lead is None


def test_a_question_asking_for_points_leads_the_list_that_answers_it() -> None:
    for question in ("植树造林有哪些好处？", "开展这项活动要注意哪几个方面？"):
        doc = outline(f"{question}\n一是改善环境。\n二是涵养水源。")
        assert doc.lists[0].lead == question
    # a question that asks for no points leads nothing
    assert outline("你去过那片林场吗？\n一是改善环境。\n二是涵养水源。").lists[0].lead is None


def test_a_speakers_courtesy_closing_the_sentence_is_no_part_of_the_last_point() -> None:
    doc = outline("这次讲课，我主要讲两点内容，一是回顾历史，二是谈谈个人体会，不当之处，请大家指正。")
    assert [item.text for item in doc.lists[0].items] == ["回顾历史", "谈谈个人体会"]
    doc = outline("一是加强学习，提高素质；二是改进作风，密切联系，务求实效。")
    assert doc.lists[0].items[1].text == "改进作风，密切联系，务求实效"
    doc = outline("一是加强学习，二是查摆问题，不足之处立行立改。")
    assert doc.lists[0].items[1].text == "查摆问题，不足之处立行立改"


def test_keycap_digits_number_points_as_digits_do() -> None:
    doc = outline("今年要做好以下工作：\n1️⃣ 稳住农业生产，抓好秋收。\n2️⃣ 办好民生实事，兜牢底线。\n3️⃣ 守住安全底线。")
    (lst,) = flat(doc)
    assert lst.style == "1️⃣"
    assert heads(lst) == ["稳住农业生产，抓好秋收", "办好民生实事，兜牢底线", "守住安全底线"]
    assert lst.lead == "今年要做好以下工作："


def test_a_digit_and_a_chinese_full_stop_number_points_where_a_line_begins() -> None:
    doc = outline("这种植物有三个特点：\n1。耐寒性。冬天也不落叶。\n2。耐旱性。很少需要浇水。\n3。观赏性。花期很长。")
    (lst,) = flat(doc)
    assert heads(lst) == ["耐寒性", "耐旱性", "观赏性"]
    assert flat(outline("全年收入增长了5。\n2。某某同志作了发言。")) == []


def test_formal_numerals_number_points_as_plain_ones_do() -> None:
    doc = outline("两者的区别在于以下三点：\n第壹，目的不同。\n第二，重点不同。\n第三，写法不同。")
    (lst,) = flat(doc)
    assert heads(lst) == ["目的不同", "重点不同", "写法不同"]
    doc = outline("壹、总体要求\n内容甲。\n贰、主要任务\n内容乙。")
    assert heads(flat(doc)[0]) == ["总体要求", "主要任务"]


def test_traditional_formal_three_and_ten_number_headings() -> None:
    # 參 is traditional script's formal three (its shadow is 参, not 叁); 拾 the formal ten, 拾壹 eleven
    doc = outline("壹、辦理情形\n內容甲。\n貳、檢討改進\n內容乙。\n參、未來方向\n內容丙。")
    assert heads(flat(doc)[0]) == ["辦理情形", "檢討改進", "未來方向"]
    doc = outline("玖、教育文化\n內容甲。\n拾、社會福利\n內容乙。\n拾壹、環境保護\n內容丙。")
    assert [item.marker for item in flat(doc)[0].items] == ["玖、", "拾、", "拾壹、"]
    # in a sentence the characters are words: 參看, 拾起 number nothing
    assert flat(outline("詳情請參看附件。大家一起拾起垃圾。")) == []


def test_formal_numerals_head_the_level_above_plain_ones() -> None:
    # 壹、 … 貳、 with 一、 二、 inside each: the formal 參 after an inner 二、 goes on with the formal list
    doc = outline(
        "壹、面臨的挑戰\n一、人口變化。照顧需求增加。\n二、能源轉型。供電必須穩定。\n"
        "貳、施政的重點\n一、照顧家庭。擴大托育服務。\n二、發展經濟。推動產業創新。\n參、結語\n全力以赴。"
    )
    (top,) = doc.lists
    assert heads(top) == ["面臨的挑戰", "施政的重點", "結語"]
    assert [[heads(sub) for sub in item.lists] for item in top.items] == [
        [["人口變化", "能源轉型"]],
        [["照顧家庭", "發展經濟"]],
        [],
    ]


def test_articles_and_chapters_numbered_in_digits_are_markers() -> None:
    doc = outline("第1条 为了规范管理，制定本办法。\n第2条 本办法适用于全市。\n第3条 本办法自公布之日起施行。")
    assert [item.marker for item in flat(doc)[0].items] == ["第1条", "第2条", "第3条"]
    spaced = outline("第 1 章 總則\n內容甲。\n第 2 章 組織\n內容乙。")
    assert heads(flat(spaced)[0]) == ["總則", "組織"]


def test_a_law_numbers_its_articles_past_fifty() -> None:
    text = "\n".join(f"第{n}条 第{n}项规定的内容。" for n in range(48, 56))
    assert [item.marker for item in flat(outline(text))[0].items] == [f"第{n}条" for n in range(48, 56)]
    # other points stop at fifty: 55、 opening a line is a figure
    assert flat(outline("49、甲方负责。\n50、乙方负责。\n51、丙方负责。"))[0].items[-1].marker == "50、"


def test_roman_numerals_in_brackets_number_points() -> None:
    doc = outline("政府將推出三項措施：\n(i) 延長還款期。\n(ii) 減免登記費。\n(iii) 資助參展。")
    assert [item.marker for item in flat(doc)[0].items] == ["(i)", "(ii)", "(iii)"]
    # inside a point lettered (a): (i) opens its own list, and (b) goes on with the letters
    nested = outline("措施如下：\n(a) 房屋方面。\n(i) 增加供應。\n(ii) 縮短輪候。\n(b) 醫療方面。\n(c) 教育方面。")
    (letters,) = nested.lists
    assert [item.marker for item in letters.items] == ["(a)", "(b)", "(c)"]
    assert [item.marker for item in letters.items[0].lists[0].items] == ["(i)", "(ii)"]


def test_a_letter_that_is_a_roman_numeral_goes_on_with_its_letters() -> None:
    text = "定義如下：\n" + "\n".join(f"({c}) 第{c}項的內容。" for c in "abcdefghij")
    assert [item.marker for item in flat(outline(text))[0].items] == [f"({c})" for c in "abcdefghij"]


def test_a_formal_first_numeral_goes_on_with_plain_ones() -> None:
    # a converter wrote 壹 for 一 at the first heading only: one list, not a lost first point
    doc = outline("壹、总体要求\n内容甲。\n二、主要任务\n内容乙。\n三、保障措施\n内容丙。")
    assert heads(flat(doc)[0]) == ["总体要求", "主要任务", "保障措施"]


def test_roman_points_under_the_eighth_letter_are_roman() -> None:
    lines = "\n".join(f"({c}) 第{c}项。" for c in "abcdefg")
    doc = outline(f"措施如下：\n{lines}\n(h) 房屋方面，包括：\n(i) 增加供应。\n(ii) 缩短轮候。\n(iii) 改善环境。")
    (letters,) = doc.lists
    assert [item.marker for item in letters.items][-1] == "(h)"
    assert [item.marker for item in letters.items[-1].lists[0].items] == ["(i)", "(ii)", "(iii)"]


def test_digits_number_no_volume_of_a_citation() -> None:
    doc = outline("这篇文章很重要。\n第12卷第3期刊登了这篇文章。\n第13卷第1期又作了介绍。")
    assert flat(doc) == [] and not doc.warnings


def test_a_stray_heading_marker_ends_the_deeper_lists_before_it() -> None:
    # a page cut out of a longer notice begins inside a part: its 三、 continues nothing, yet closes the （1）s
    doc = outline(
        "（4）负责学校的日常管理工作。\n（5）完成上级交办的其他事项。\n三、健全议事决策制度\n"
        "6. 学校应当按期召开全体会议，听取和审议工作报告。\n7. 常委会主持经常工作，研究日常事务。"
    )
    assert [(lst.style, [len(i.lists) for i in lst.items]) for lst in doc.lists] == [("（4）", [0, 0]), ("6.", [0, 0])]


@pytest.mark.parametrize("section", ["【二】", "02 "])
def test_a_stray_section_marker_of_a_phone_made_page_ends_the_deeper_lists_as_one_does(section: str) -> None:
    # 【二】 and 02 number a phone-made page's sections where 二、 does: a stray one closes the （3）s before it
    doc = outline(
        "（2）街道小店的开门时间要固定下来。\n（3）社区菜市场的摊位要重新划分。\n"
        f"{section}改善居民出行\n1.公交线路要延伸到新建小区。\n2.共享单车要有固定停放点。"
    )
    assert [(lst.style, [len(i.lists) for i in lst.items]) for lst in doc.lists] == [("（2）", [0, 0]), ("1.", [0, 0])]


def test_a_skipped_number_keeps_the_points_and_warns() -> None:
    # a numbering slip is a typo in a real document: the points after it are still the list's points
    doc = outline("会上提出以下五点要求。一是抓好理论武装。二是改进会风文风。四是严守纪律规矩。五是狠抓任务落实。")
    assert [heads(lst) for lst in flat(doc)] == [["抓好理论武装", "改进会风文风", "严守纪律规矩", "狠抓任务落实"]]
    assert any("四是 follows 二是: numbering skips 3" in w and w.startswith("line 1:") for w in doc.warnings)
    assert any("announces 5, found 4 items" in w for w in doc.warnings)


def test_a_skipped_number_in_paragraph_items_keeps_the_points() -> None:
    doc = outline("工作安排如下：\n一是完善制度。\n二是压实责任。\n四是强化督查。\n五是严格考核。")
    assert [heads(lst) for lst in flat(doc)] == [["完善制度", "压实责任", "强化督查", "严格考核"]]
    assert any(w.startswith("line 4:") and "numbering skips 3" in w for w in doc.warnings)


def test_a_misnumbered_point_stays_in_its_place_and_warns() -> None:
    points = ["完善制度", "压实责任", "强化督查", "严格考核", "注重实效", "改进方法", "健全机制", "加强协作"]
    numerals = "一二三四八五六七"
    lines = [f"{numeral}是{point}。" for numeral, point in zip(numerals, points, strict=True)]
    doc = outline("工作安排如下：\n" + "\n".join(lines))
    assert [heads(lst) for lst in flat(doc)] == [points]
    assert any(w.startswith("line 6:") and "八是 follows 四是: numbering expects 5" in w for w in doc.warnings)
    assert not any(w.startswith("line 7:") for w in doc.warnings)  # 五是 goes on with the numbering


def test_a_skipped_heading_number_keeps_the_section_and_warns() -> None:
    body = "本部分说明有关工作的要求和做法，请各单位认真落实。"
    doc = outline(f"一、总体要求\n{body}\n二、主要任务\n{body}\n四、保障措施\n{body}")
    assert [heads(lst) for lst in doc.lists] == [["总体要求", "主要任务", "保障措施"]]
    assert any(w.startswith("line 5:") and "numbering skips 3" in w for w in doc.warnings)


def test_an_outer_list_still_takes_its_next_number_from_a_list_inside_it() -> None:
    # 3.'s sub-list (1. 2.) must not take the outer 4. as a skip: the outer list numbers 4 next
    doc = outline("1.甲项工作。\n2.乙项工作。\n3.丙项工作，包括：\n1.第一件事。\n2.第二件事。\n4.丁项工作。")
    assert [(lst.style, len(lst.items)) for lst in flat(doc)] == [("1.", 4), ("1.", 2)]
    assert doc.warnings == ()


def test_a_sentence_marker_far_past_its_lists_numbering_is_not_lost_silently() -> None:
    doc = outline("工作安排如下：\n一是完善制度。\n二是压实责任。\n九是强化督查。")
    assert [heads(lst) for lst in flat(doc)] == [["完善制度", "压实责任"]]
    assert doc.warnings == ("line 4: marker '九是' does not continue any numbering",)


def test_numbers_below_the_lists_are_no_slip_even_when_its_numbering_goes_on_after_them() -> None:
    text = "\n".join(f"{k}.第{k}项要求。" for k in range(1, 6)) + "\n3.引用的条文。\n4.引用的另一条文。\n6.第6项要求。"
    doc = outline(text)
    assert [[item.marker for item in lst.items] for lst in flat(doc)] == [["1.", "2.", "3.", "4.", "5.", "6."]]


def test_a_section_number_before_a_word_opening_with_a_unit_character_is_still_a_section() -> None:
    # 2.2分析 / 2.3人才: 分 and 人 begin words here (分析, 人才), they measure no quantity (2.5万元 does)
    doc = outline("2.1现状概述\n2.2分析方法\n2.3人才队伍\n2.4工作目标")
    assert [[item.marker for item in lst.items] for lst in flat(doc)] == [["2.1", "2.2", "2.3", "2.4"]]


def test_the_parts_of_a_talk_numbered_as_bankuai() -> None:
    doc = outline(
        "讲座分为两个板块。\n第一板块为“回顾历史”，讲了建党初期的斗争。\n第二板块为“展望未来”，讲了新的任务。"
    )
    (lst,) = flat(doc)
    assert [item.marker for item in lst.items] == ["第一板块", "第二板块"]


def test_a_lead_after_a_quoted_sentence_does_not_open_with_its_closing_mark() -> None:
    doc = outline(
        "他说：“大家辛苦了。”讲座分为两个部分：\n第一部分为回顾历史，讲了斗争。\n第二部分为展望未来，讲了任务。"
    )
    (lst,) = flat(doc)
    assert lst.lead == "讲座分为两个部分："


@pytest.mark.parametrize("ornament", ["🔶", "✅", "▍", "◆ "])
def test_an_ornament_before_a_marker_is_the_lines_dress(ornament: str) -> None:
    doc = outline(
        f"""
        {ornament}一是稳住粮食生产。全年播种面积不减少。
        {ornament}二是办好民生实事。新建一批村级卫生室。
        {ornament}三是守住安全底线。开展隐患排查整治。
        """
    )
    lists = [lst for lst in flat(doc) if lst.style == "一是"]
    assert len(lists) == 1
    assert [item.marker for item in lists[0].items] == ["一是", "二是", "三是"]
    assert heads(lists[0]) == ["稳住粮食生产", "办好民生实事", "守住安全底线"]


def test_a_hanzi_numeral_in_square_brackets_numbers_sections() -> None:
    doc = outline(
        """
        社区工作的几点做法
        【一】摸清居民底数
        网格员逐户走访，建立居民信息台账，做到底数清、情况明。
        【二】办好身边小事
        针对群众反映的停车难、充电难问题，逐项制定解决办法。
        【三】凝聚各方力量
        联合辖区单位共建共治，组织志愿者常态化开展服务活动。
        """
    )
    lists = [lst for lst in flat(doc) if lst.style == "【一】"]
    assert len(lists) == 1 and heads(lists[0]) == ["摸清居民底数", "办好身边小事", "凝聚各方力量"]


def test_a_number_padded_with_a_zero_opens_a_heading_line() -> None:
    doc = outline(
        """
        某街道一年来的工作回顾
        01 基层组织更加坚强
        新成立小区党支部八个，发展党员十五名，支部活动正常开展。
        02 服务群众更加贴心
        开通便民服务热线，群众诉求办结率达到百分之九十五以上。
        """
    )
    assert [(lst.style, heads(lst)) for lst in flat(doc)] == [("01", ["基层组织更加坚强", "服务群众更加贴心"])]


def test_a_padded_time_or_day_at_a_lines_start_is_a_quantity_not_a_number() -> None:
    doc = outline(
        """
        参观学习的日程安排
        07 点在县委大院门口集合，统一乘车出发。
        08 点到达纪念馆，分组参观展览。
        """
    )
    assert not any(item.marker for lst in flat(doc) for item in lst.items)  # 07 点 numbers nothing
    doc = outline(
        """
        全年主题党日活动安排
        03 月组织党员开展植树活动，美化村容村貌。
        04 月组织党员到敬老院开展志愿服务。
        """
    )
    assert not any(item.marker for lst in flat(doc) for item in lst.items)


@pytest.mark.parametrize("numbers", ["❶❷❸", "➀➁➂", "➊➋➌"])
def test_dingbat_circled_numbers_number_points_and_are_no_dress(numbers: str) -> None:
    one, two, three = numbers
    doc = outline(
        f"""
        今年社区重点办好三件实事：
        {one}改造老旧楼道，更换照明设施。
        {two} 增设充电桩，方便居民电动车充电。
        {three}开办托管班，解决双职工家庭的后顾之忧。
        """
    )
    (lst,) = flat(doc)
    assert [item.marker for item in lst.items] == list(numbers)
    assert heads(lst)[0].startswith("改造老旧楼道") and heads(lst)[1].startswith("增设充电桩")


def test_shouxian_shi_after_its_subject_opens_a_series() -> None:
    # a study article defines its subject point by point: 这项制度首先是A；其次是B；最后是C
    doc = outline("可见，这项制度首先是一种工作方法，重在落实；其次是一种责任机制；最后是一种考核手段。")
    (lst,) = flat(doc)
    assert lst.style == "首先"
    assert [item.marker for item in lst.items] == ["首先", "其次", "最后"]
    assert heads(lst)[0].startswith("是一种工作方法")


def test_shouxian_yao_after_its_subject_opens_demands() -> None:
    doc = outline("各级支部首先要抓好学习，其次要健全制度，再次要严格考核。")
    (lst,) = flat(doc)
    assert [item.marker for item in lst.items] == ["首先", "其次", "再次"]


def test_shouxian_said_again_in_its_paragraph_opens_no_second_point() -> None:
    # each sentence's own adverb, not an ordinal an author forgot to count on (一是…，一是…)
    assert flat(outline("干部首先要过硬。书记首先是向大家通报了情况。")) == []
    assert flat(outline("首先，村里修了路。首先，镇上建了桥。")) == []


def test_shouxian_before_a_verb_of_narration_numbers_nothing() -> None:
    # after its subject only 首先是/首先要 define or demand; 首先+verb tells what someone did first
    assert flat(outline("报告首先回顾了五年来的工作，其次分析了当前形势，最后部署了明年任务。")) == []


def test_shouxian_inside_a_sentence_as_an_adverb_opens_nothing() -> None:
    # 首先 as a plain adverb (not 首先是/首先要), and after a demonstrative (这首先是…), numbers nothing
    assert flat(outline("他首先介绍了情况，最后提出了希望。")) == []
    assert flat(outline("这首先是一个认识问题，其次才是方法问题。")) == []


def test_a_lone_heading_line_right_over_a_list_is_its_lead() -> None:
    # one 一、 makes no list: its sub-points are top-level, and the heading is what introduces them
    doc = outline("关于改进会风的意见\n一、基本要求\n（一）会前准备。材料提前印发。\n（二）会中纪律。发言控制时间。")
    assert doc.lists[0].style == "（一）" and doc.lists[0].lead == "一、基本要求"
    # under a heading that is an item of a list, the list hangs under that item and has no lead of its own
    doc = outline("一、基本要求\n（一）会前准备。\n（二）会中纪律。\n二、工作措施\n（一）精简会议。\n（二）压缩文件。")
    assert [lst.lead for lst in doc.lists[0].items[0].lists] == [None]
    # … and so does a list under a lone heading inside an item: its parent item is its context
    doc = outline("（一）学习制度\n（二）个人自学\n1.制定读书计划。\n（1）精读原著。\n（2）撰写心得。\n（三）交流研讨")
    assert [lst.lead for lst in doc.lists[0].items[1].lists] == [None]
    # a numbered line of prose over the list is a point of its own, not a heading
    doc = outline(
        "一、今年全县会议压缩了三成，文件压缩了两成，效果明显。还要继续努力。\n（一）会前准备。\n（二）会中纪律。"
    )
    assert doc.lists[0].lead is None


def test_an_excerpt_opening_on_one_heading_numbered_past_one_is_no_numbering_fault() -> None:
    # one section cut out of a longer report: its heading continues nothing, and nothing in the file can be fixed
    doc = outline("某县工作报告（节选）\n三、明年的工作安排\n（一）抓好春耕。\n（二）修好水渠。\n（三）办好集市。")
    assert doc.lists[0].lead == "三、明年的工作安排"
    assert not doc.warnings
    # … while a heading that skips inside the text still is one
    assert outline("一、甲\n正文。\n二、乙\n正文。\n五、丙\n正文。").warnings


def test_a_digit_in_square_or_tortoise_shell_brackets_opening_a_line_numbers_a_point() -> None:
    for o, c in (("【", "】"), ("［", "］"), ("[", "]")):
        text = f"今年要把握三点。\n{o}1{c}稳住基本盘\n{o}2{c}激发新活力\n{o}3{c}守住安全线"
        (lst,) = flat(outline(text))
        assert heads(lst) == ["稳住基本盘", "激发新活力", "守住安全线"]


def test_hanzi_in_tortoise_shell_brackets_number_as_parenthesized_ones_do() -> None:
    (lst,) = flat(outline("会议部署了三项任务。\n〔一〕抓好春耕\n〔二〕抓好防汛\n〔三〕抓好秋收"))
    assert (heads(lst), lst.announced_count) == (["抓好春耕", "抓好防汛", "抓好秋收"], 3)


def test_citation_marks_after_a_sentence_and_the_notes_they_point_at_are_no_list() -> None:
    text = (
        "要把思想统一起来[1]，把力量凝聚起来[2]。\n注释：\n"
        "[1]《某某文集》第1卷，某某出版社1991年版，第3页。\n[2]《某某文选》第3卷，某某出版社1993年版，第5页。"
    )
    assert flat(outline(text)) == []


def test_another_point_goes_on_with_a_first_point() -> None:
    (lst,) = flat(outline("我讲两点意见。\n第一点，要把学习抓紧，学深悟透。\n另外一点，要把落实抓实，见到成效。"))
    assert heads(lst) == ["要把学习抓紧，学深悟透", "要把落实抓实，见到成效"]
    (lst,) = flat(outline("我想说明两点：一点是要看到成绩，坚定信心；另一点是要正视问题，补齐短板。"))
    assert (heads(lst), lst.announced_count) == (["要看到成绩，坚定信心", "要正视问题，补齐短板"], 2)


def test_another_point_alone_after_a_subject_or_after_another_one_numbers_nothing() -> None:
    assert flat(outline("有一点是肯定的，工作有进展。另一点也很清楚。")) == []
    (lst,) = flat(outline("说明两点：一点是要看成绩；另一点是要看问题。\n另一点值得注意的是天气。"))
    assert len(lst.items) == 2


def test_numbered_points_after_a_comma_that_ends_a_count_go_on_inside_the_paragraph() -> None:
    (lst,) = flat(outline("会议部署了三项任务，一、抓好春耕。二、抓好防汛。三、抓好秋收。"))
    assert (heads(lst), lst.announced_count) == (["抓好春耕", "抓好防汛", "抓好秋收"], 3)


def test_numbered_points_after_a_comma_with_no_count_before_it_number_nothing() -> None:
    assert flat(outline("会议部署了任务，一、抓好春耕。二、抓好防汛。三、抓好秋收。")) == []


def test_an_ordinal_and_the_quoted_name_it_counts_open_points_that_say_what_follows_the_name() -> None:
    text = "第一个“第一”，即把学习放在首位。\n第二个“第一”，是在实践中检验。\n第三个“第一”，则是及时总结。"
    (lst,) = flat(outline(text))
    assert heads(lst) == ["把学习放在首位", "在实践中检验", "及时总结"]
    (lst,) = flat(outline("第一个“吃螃蟹”的人很勇敢。\n第二个“吃螃蟹”的人也不差。"))
    assert heads(lst)[0].startswith("“吃螃蟹”的人")


def test_occasions_a_count_announces_are_numbered_by_di_n_ci_shi() -> None:
    lst = flat(outline("这个村经历了两次大变化。第一次是修通了公路，车能进村。第二次是办起了工厂，人能就业。"))[0]
    assert lst.announced_count == 2
    assert heads(lst) == ["修通了公路，车能进村", "办起了工厂，人能就业"]


def test_di_n_ci_shi_with_no_count_before_it_tells_events_and_lists_nothing() -> None:
    assert flat(outline("他来过这里。第一次是在春天，第二次是在秋天。")) == []


def test_the_counted_noun_and_shi_after_di_n_ge_belong_to_the_marker() -> None:
    lst = flat(outline("第一个好处是省时间；第二个是省力气；第三个是省钱。"))[0]
    assert heads(lst) == ["省时间", "省力气", "省钱"]


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("( 1 )修好水渠。\n( 2 )种好果树。", ["( 1 )", "( 2 )"]),
        ("（ 一 ）总体目标\n正文。\n（ 二 ）主要任务\n正文。", ["（ 一 ）", "（ 二 ）"]),
    ],
)
def test_blanks_inside_the_brackets_keep_the_family(text: str, markers: list[str]) -> None:
    assert [item.marker for item in flat(outline(text))[0].items] == markers


def test_a_digit_and_a_colon_opening_a_line_number_a_heading() -> None:
    lst = flat(outline("1:乡村振兴的条件\n正文。\n2：乡村振兴的路径\n正文。"))[0]
    assert heads(lst) == ["乡村振兴的条件", "乡村振兴的路径"]


def test_a_clock_time_or_a_ratio_opening_a_line_is_no_number() -> None:
    assert flat(outline("8:30集合出发。\n9:30到达会场。")) == []
    assert flat(outline("1:2的比例调配。\n2:3的比例调配。")) == []


def test_yi_ge_shi_twice_or_then_ling_yi_ge_number_the_members_a_count_announces() -> None:
    lst = flat(outline("他的任务有两个，一个是修好水渠，一个是种好果树。"))[0]
    assert lst.announced_count == 2 and heads(lst) == ["修好水渠", "种好果树"]
    lst = flat(outline("我有两个心愿，一个是读完这本书，另一个是去一趟西藏。"))[0]
    assert [item.marker for item in lst.items] == ["一个是", "另一个是"]


def test_di_yi_bu_fen_then_ling_yi_bu_fen_are_the_two_parts() -> None:
    lst = flat(
        outline("这份方案分为两部分。\n第一部分，回顾去年。去年完成了任务。\n另一部分，部署今年。今年要再加把劲。")
    )[0]
    assert lst.announced_count == 2 and heads(lst) == ["回顾去年", "部署今年"]


def test_ling_yi_bu_fen_of_people_opens_no_part() -> None:
    assert flat(outline("一部分人赞成。\n另一部分人反对。")) == []


def test_yi_you_er_you_is_a_verb_series_and_the_idiom_yi_you_jiu_lists_nothing() -> None:
    lst = flat(outline("村干部要“三有”：一有“权”，能办事，二有“名”，受尊重，三有“责”，肯担当。"))[0]
    assert [item.marker for item in lst.items] == ["一有", "二有", "三有"] and lst.announced_count == 3
    assert flat(outline("他一有空就读书，一有想法就记下来。")) == []


INTRO = "这份工作计划篇幅较长，涉及多个领域的具体安排，下面择要介绍其中的重点内容。"


def test_a_numbered_run_across_bare_heading_lines_splits_into_the_headings_lists() -> None:
    # a page numbers its points on across its section lines (说农业 / 1.–3. / 说工业 / 4.–6.): each section's
    # points are its own list, under its line
    doc = outline(
        f"{INTRO}\n说农业\n1.稳定粮食生产，确保口粮安全。\n2.发展特色种植，增加农民收入。\n"
        "3.改善农田水利，提高抗灾能力。\n说工业\n4.扶持龙头企业，延长产业链条。\n5.推动技术改造，提升产品质量。\n"
        "6.发展园区经济，促进集聚发展。"
    )
    assert heads(doc.lists[0]) == ["说农业", "说工业"]
    under = [[item.marker for lst in item.lists for item in lst.items] for item in doc.lists[0].items]
    assert under == [["1.", "2.", "3."], ["4.", "5.", "6."]]


def test_a_numbered_run_counted_whole_stays_one_list_across_heading_lines() -> None:
    # 以下四点 counts the whole run: the lines between its points do not cut it
    doc = outline(
        "这项工作要做到以下四点：\n说准备\n1.摸清底数，建立台账。\n2.制定方案，明确分工。\n说落实\n"
        "3.压实责任，逐项推进。\n4.加强督导，确保见效。"
    )
    assert [len(lst.items) for lst in flat(doc) if lst.style == "1."] == [4]


TASKS = (
    "这项工作的主要任务有以下三项：\n{0}加强组织领导，明确工作责任。\n{1}完善工作机制，形成合力。\n"
    "{2}强化督促检查，确保实效。"
)


@pytest.mark.parametrize(
    ("marks", "family"),
    [
        ("㈠㈡㈢", "（一）"),  # a word processor's enclosed ideographs: the numbers of （一）
        ("⒈⒉⒊", "1."),  # … and its digits with a full stop: the numbers of 1.
        (("一 、", "二 、", "三 、"), "一、"),  # a PDF's or converter's text sets a blank before the 、
        (("1 、", "2 、", "3 、"), "1、"),
    ],
)
def test_a_word_processors_number_forms_number_their_families(marks: Sequence[str], family: str) -> None:
    doc = outline(TASKS.format(*marks))
    assert [(lst.announced_count, heads(lst)) for lst in doc.lists] == [
        (3, ["加强组织领导，明确工作责任", "完善工作机制，形成合力", "强化督促检查，确保实效"])
    ]
    assert [marker_at(f"{mark}加强", 0, 0).rule.group for mark in marks] == [family] * 3


def test_a_numeral_and_a_blank_inside_a_sentence_is_no_marker() -> None:
    assert not flat(outline("会议指出，要做好这项工作。今年计划投入资金一 、二百万元不等，用于改造三 、四个村。"))


def test_a_hanzi_numeral_and_a_closing_bracket_numbers_the_points_under_yi() -> None:
    # 一）/ 二) as the level under 一、 (a bracket left open, as 1) is to （1）)
    doc = outline(
        "一、主要任务\n一）加强组织领导，明确工作责任。\n二）完善工作机制，形成工作合力。\n"
        "二、保障措施\n一）强化督促检查，确保取得实效。\n二)营造良好氛围，广泛宣传发动。"
    )
    assert [(item.head, [m.marker for lst in item.lists for m in lst.items]) for item in doc.lists[0].items] == [
        ("主要任务", ["一）", "二）"]),
        ("保障措施", ["一）", "二)"]),
    ]


def test_a_hanzi_numeral_and_a_closing_bracket_inside_a_sentence_is_no_marker() -> None:
    assert not flat(outline("这笔经费由县里统一安排（占总数的三分之一）使用，专款专用，不得挪作他用。"))


def test_the_roman_numeral_signs_number_a_list() -> None:
    doc = outline("本章内容分为三个部分：\nⅠ、基本概念和主要特征\nⅡ、形成过程和历史条件\nⅢ、历史地位和指导意义")
    assert [(lst.announced_count, [item.marker for item in lst.items]) for lst in doc.lists] == [
        (3, ["Ⅰ、", "Ⅱ、", "Ⅲ、"])
    ]


# a text copied out of a PDF keeps its printed lines when the reader cannot tell their width: a sentence goes on
# over the break (…宗旨决定 / 的。…)
WRAPPED = (
    "二、认清肩上的责任\n这份责任有三重含义。第一，这是党员的身份所决定的，入党时\n"
    "的誓言就是对组织的承诺。第二，这是事业发展的客观要求，当前各\n"
    "项任务十分繁重。第三，这是群众的热切期盼，群众盼着干部多办实\n"
    "事。大家一定要牢记这份责任。\n三、扛起肩上的责任\n要从一点一滴做起。"
)


def test_sentence_markers_go_on_over_the_line_breaks_of_a_wrapped_text() -> None:
    lst = next(lst for lst in flat(outline(WRAPPED)) if lst.style == "第一")
    assert [item.marker for item in lst.items] == ["第一", "第二", "第三"]
    assert lst.lead == "这份责任有三重含义。"


def test_sentence_markers_close_with_a_paragraph_that_ends_its_sentence() -> None:
    doc = outline(
        "这份责任有三重含义，大家要深刻理解。第一，这是党员的身份所决定的。\n"
        "讲到这里，我想起一位老党员的故事，第二天他就回到了岗位上。"
    )
    assert not [lst for lst in flat(doc) if lst.style == "第一"]


def test_qi_yi_shi_takes_its_shi_as_yi_shi_does() -> None:
    doc = outline("这次调整的目的有三个：其一是精简机构；其二是理顺职能；其三是提高效能。")
    assert [(item.marker, item.head) for item in doc.lists[0].items] == [
        ("其一是", "精简机构"),
        ("其二是", "理顺职能"),
        ("其三是", "提高效能"),
    ]


def test_di_yi_ju_hua_numbers_the_sayings_of_a_speech() -> None:
    # 我讲三句话：第一句话，… (a speaker's closing words, each a saying)
    doc = outline(
        "最后，和大家共勉，我再讲三句话。\n第一句话，要守得住初心。初心是起点。\n"
        "第二句话，要扛得起责任。责任是本分。\n第三句话，要耐得住寂寞。成事要久久为功。"
    )
    assert [(item.marker, item.head) for item in doc.lists[0].items] == [
        ("第一句话", "要守得住初心"),
        ("第二句话", "要扛得起责任"),
        ("第三句话", "要耐得住寂寞"),
    ]
    assert doc.lists[0].announced_count == 3


def test_the_counted_noun_before_a_comma_is_the_markers() -> None:
    # 第一点希望，A / 第二个要求，B: the noun the lead counts (三点希望) is every point's, the head is A
    doc = outline("对此，我提三点希望。\n第一点希望，要勤于学习。\n第二点希望，要敢于担当。\n第三点希望，要严于律己。")
    assert heads(doc.lists[0]) == ["要勤于学习", "要敢于担当", "要严于律己"]
    doc = outline("这里有两个目标。第一个一百年，全面建成小康社会。第二个一百年，建成现代化强国。")
    assert all("一百年" in item.head for lst in flat(doc) for item in lst.items)  # 一百年 is what is counted


def test_a_long_texts_numbered_paragraphs_in_the_hundreds_are_a_list() -> None:
    # a policy address numbers its paragraphs on through the whole text: an excerpt starts far past 1
    text = "128. 政府会加快建设公共图书馆。\n129. 政府会增加社区会堂的开放时间。\n130. 我们会资助更多文化团体。"
    [lst] = flat(outline(text))
    assert [item.marker for item in lst.items] == ["128.", "129.", "130."]
    assert heads(lst)[0] == "政府会加快建设公共图书馆"


def test_figures_past_fifty_opening_lines_that_do_not_count_on_are_no_list() -> None:
    assert flat(outline("120. 元的门票，是今年的价格。\n80. 元的门票，是去年的价格。")) == []
