"""Nesting, numbering continuity, leads, announced counts, paragraph and inline lists, on made-up text."""

from __future__ import annotations

import random
from dataclasses import replace

from study.parse import parse
from study.parse.sequence import ItemSpans
from tests.parse.conftest import flat, heads, make_source, outline

NESTED = """
一、总的要求
1.思想上重视。
说明文字。
2.行动上落实。
首先，要制定计划。其次，要分工负责。
二、具体措施
1.加强领导。
2.完善制度。
"""


def test_headings_nest_and_continue_across_children() -> None:
    doc = outline(NESTED)
    top = doc.lists[0]
    assert heads(top) == ["总的要求", "具体措施"]
    assert heads(top.items[0].lists[0]) == ["思想上重视", "行动上落实"]
    assert heads(top.items[1].lists[0]) == ["加强领导", "完善制度"]
    inner = top.items[0].lists[0].items[1].lists[0]
    assert [i.marker for i in inner.items] == ["首先", "其次"]


def test_keys_and_labels_follow_the_tree() -> None:
    doc = outline(NESTED)
    item = doc.lists[0].items[0].lists[0].items[1]
    assert item.key == "1.1/1.2"
    assert item.label == "一、2."


def test_sentence_list_closes_when_its_numbering_stops() -> None:
    doc = outline("一要勤学。\n二要多练。\n总之要坚持。一是早起，二是早睡。")
    assert len(doc.lists) == 2  # the 一是 list is not inside 二要


def test_announced_count_recorded_and_checked() -> None:
    doc = outline("做好工作要抓住以下三个方面：\n（1）计划。\n（2）执行。")
    lst = flat(doc)[0]
    assert lst.announced_count == 3
    assert any("announces 3" in w for w in doc.warnings)


def test_lead_of_inline_list() -> None:
    lst = flat(outline("前面的话。要办好这件事，应当把握两个要点：一是快，二是准。"))[0]
    assert lst.lead == "要办好这件事，应当把握两个要点："
    assert lst.announced_count == 2


PARAGRAPHS = """
开头的一段话。我们要重点做好这几个方面：
提高认识。认识是行动的先导，大家要一起学习。
改进方法。方法对了，事半功倍，效果才好。
完善考核。考核要公平公正，奖惩分明才行。
目前，形势总体是好的，我们要继续努力。
"""


def test_paragraph_list_after_colon_lead() -> None:
    lst = flat(outline(PARAGRAPHS))[0]
    assert lst.style == "paragraph"
    assert heads(lst) == ["提高认识", "改进方法", "完善考核"]


COUNTED = """
当前要抓好种子和肥料这两个关键环节。
要抓好种子工作。种子是农业的芯片，非常关键。
种子工作关系全局。各地要高度重视这项工作。
要抓好肥料工作。施肥要科学，不能过量。
"""


def test_paragraph_list_announced_by_count_takes_the_parallel_heads() -> None:
    lst = flat(outline(COUNTED))[0]
    assert lst.announced_count == 2
    assert heads(lst) == ["要抓好种子工作", "要抓好肥料工作"]


def test_quoted_count_list_items_after() -> None:
    doc = outline("当前正处在“三个阶段”，起步阶段、加速阶段、攻坚阶段；任务艰巨。")
    lst = flat(doc)[0]
    assert heads(lst) == ["起步阶段", "加速阶段", "攻坚阶段"]
    assert lst.announced_count == 3


def test_quoted_count_list_items_before() -> None:
    doc = outline("要警惕懒惰、浮躁、骄傲这“三种毛病”，不能掉以轻心。")
    assert heads(flat(doc)[0]) == ["懒惰", "浮躁", "骄傲"]


def test_semicolon_list_after_announcing_colon() -> None:
    lst = flat(outline("成绩主要表现在：产量提高了；质量变好了；成本降低了。"))[0]
    assert heads(lst) == ["产量提高了", "质量变好了", "成本降低了"]


def test_colon_that_announces_nothing_makes_no_semicolon_list() -> None:
    assert flat(outline("比如：甲多了，乙少了；丙快了，丁慢了。")) == []


def test_parallel_series_with_shared_ending() -> None:
    lst = flat(outline("要牢固树立勤俭节约的观念，艰苦奋斗的观念，开拓创新的观念。"))[0]
    assert lst.lead == "要牢固树立"
    assert heads(lst) == ["勤俭节约的观念", "艰苦奋斗的观念", "开拓创新的观念"]


def test_items_remember_their_line() -> None:
    doc = outline("引言。\n一、甲\n二、乙")
    assert [i.loc.line for i in doc.lists[0].items] == [2, 3]


def test_paragraph_list_of_bare_heading_lines() -> None:
    text = "我们的做法有以下几条：\n抓好班子\n班子是关键，要选好配强。\n带好队伍\n队伍要过硬，能打胜仗。"
    assert heads(flat(outline(text))[0]) == ["抓好班子", "带好队伍"]


def test_count_list_items_after_ji() -> None:
    lst = flat(outline("要做到“两个坚持”，即坚持甲方针、坚持乙方针。"))[0]
    assert heads(lst) == ["坚持甲方针", "坚持乙方针"]


def test_numbering_that_runs_through_the_sections() -> None:
    doc = outline("一、甲部分\n（一）子项一。\n（二）子项二。\n二、乙部分\n（三）子项三。\n（四）子项四。")
    top = doc.lists[0]
    assert [i.marker for i in top.items[1].lists[0].items] == ["（三）", "（四）"]
    assert not doc.warnings


def test_paragraph_list_after_a_lead_pointing_forward() -> None:
    text = "要抓好以下几个方面。\n强化理论武装。理论清醒才能政治坚定。\n压实工作责任。责任不落实，要紧盯。"
    assert heads(flat(outline(text))[0]) == ["强化理论武装", "压实工作责任"]


def test_announced_count_in_traditional_script() -> None:
    lst = flat(outline("主要有以下三點體會：\n一、堅持學習。\n二、堅持實踐。\n三、堅持總結。"))[0]
    assert lst.announced_count == 3


def test_formulation_inside_a_clause_hangs_on_the_paragraph_point() -> None:
    doc = outline("1.认清形势。首先，机遇难得。其次，要防范“两种风险”，甲风险、乙风险。\n2.明确任务。")
    point = doc.lists[0].items[0]
    assert [lst.style for lst in point.lists] == ["首先", "inline"]


def test_semicolon_list_after_a_demand() -> None:
    lst = flat(outline("对干部的要求：对党忠诚；勇于担当；清正廉洁。"))[0]
    assert heads(lst) == ["对党忠诚", "勇于担当", "清正廉洁"]


def test_semicolon_list_after_ti_xian_zai() -> None:
    lst = flat(outline("成效主要体现在：风气好转；效率提高；群众满意。"))[0]
    assert heads(lst) == ["风气好转", "效率提高", "群众满意"]


def test_count_after_the_list_sums_it_up() -> None:
    doc = outline("（一）修好道路。\n正文。\n（二）建好学校。\n正文。\n（三）办好医院。\n以上三条，是今后的重点。")
    assert flat(doc)[0].announced_count == 3


def test_a_later_count_that_disagrees_is_not_the_lists() -> None:
    doc = outline("（一）修好道路。\n（二）建好学校。\n这五个村子都通了车。")
    assert flat(doc)[0].announced_count is None


def test_semicolon_items_may_open_with_a_quoted_term() -> None:
    text = "这项制度的要点包括：“公开”的含义是透明；“公平”的含义是一视同仁；“公正”的含义是依法办事。"
    lst = flat(outline(text))[0]
    assert lst.style == "semicolon"
    assert len(lst.items) == 3


def test_a_colon_before_a_quotation_announces_no_list() -> None:
    assert flat(outline("他在会上的要求是：“大家要团结；大家要努力。”")) == []


def test_a_count_that_closes_a_series_is_not_the_next_lists_lead() -> None:
    lead = "这项改革主要体现在精简机构、下放权力和转变作风三个方面。"
    doc = outline(lead + "\n一、改革的由来\n正文。\n二、改革的经过\n正文。")
    lists = flat(doc)
    block = next(lst for lst in lists if lst.style == "一、")
    series = next(lst for lst in lists if lst.style == "inline")
    assert block.lead is None and block.announced_count is None
    assert heads(series) == ["精简机构", "下放权力", "转变作风"]
    assert doc.warnings == ()


def test_headline_ignores_breaks_inside_brackets_and_clock_times() -> None:
    first, second = "阅览室开放时间为每天8:00至21:00，节假日照常", "借书须出示证件(含:学生证、工作证)，逾期停借"
    lst = flat(outline(f"1、{first}。\n2、{second}。"))[0]
    assert heads(lst) == [first, second]


QUESTIONS = """
5. 为什么要修水渠？
1. 旱季缺水。
2. 雨季排涝。
6. 怎样修好水渠？
1. 统一规划。
2. 分段施工。
3. 验收到位。
7. 谁来管水渠？
专人负责。
"""


def test_answers_numbered_in_the_family_of_their_questions_nest_under_them() -> None:
    doc = outline(QUESTIONS)
    top = doc.lists[0]
    assert [i.marker for i in top.items] == ["5.", "6.", "7."]
    assert heads(top.items[0].lists[0]) == ["旱季缺水", "雨季排涝"]
    assert heads(top.items[1].lists[0]) == ["统一规划", "分段施工", "验收到位"]


def test_two_lists_of_one_family_stay_apart() -> None:
    doc = outline("1. 甲项。\n2. 乙项。\n3. 丙项。\n中间的话。\n1. 子项。\n2. 丑项。\n3. 寅项。\n4. 卯项。")
    assert [len(lst.items) for lst in doc.lists] == [3, 4]


def test_a_series_in_a_clause_hangs_on_that_clause_when_no_point_holds_it() -> None:
    text = "情况如何？一方面，基础已经打好。另一方面，困难仍然很多，主要表现在：资金不足；人才缺乏；经验欠缺。"
    side = flat(outline(text))[0]
    assert [i.marker for i in side.items] == ["一方面", "另一方面"]
    assert len(side.items[1].lists[0].items) == 3


def test_a_series_in_a_clause_hangs_on_the_paragraphs_point() -> None:
    text = "（一）加强学习。首先，要读原著，主要包括：经典著作；重要文献；专题汇编。\n（二）注重实践。"
    point = flat(outline(text))[0]
    assert [lst.style for lst in point.items[0].lists] == ["semicolon"]


def test_a_sentence_saying_what_follows_leads_the_list_even_with_a_full_stop() -> None:
    doc = outline(
        """
        为办好今年的读书月，现就有关事项通知如下。
        一、活动时间。四月全月。
        二、活动内容。读书分享、好书推荐。
        """
    )
    assert doc.lists[0].lead == "为办好今年的读书月，现就有关事项通知如下。"


def test_a_sentence_ending_with_bare_yixia_is_no_lead() -> None:
    doc = outline(
        """
        今年的补助标准定在五千元以下。
        一、申请条件。家庭困难。
        二、申请材料。身份证明。
        """
    )
    assert doc.lists[0].lead is None


def test_a_sentence_naming_what_follows_after_ruxia_leads_the_list() -> None:
    doc = outline("为做好今年的工作，现提出如下意见。\n一、总体要求。稳中求进。\n二、主要任务。发展产业。")
    assert doc.lists[0].lead == "为做好今年的工作，现提出如下意见。"


def test_section_numbering_that_runs_on_nests_under_each_section() -> None:
    doc = outline(
        """
        一、加快发展
        （一）发展特色产业。种植茶叶。
        （二）发展乡村旅游。建设民宿。
        二、改善民生
        （三）办好教育。建设学校。
        （四）办好医疗。建设卫生院。
        """
    )
    assert [[heads(lst) for lst in item.lists] for item in doc.lists[0].items] == [
        [["发展特色产业", "发展乡村旅游"]],
        [["办好教育", "办好医疗"]],
    ]


def test_an_inline_list_closing_its_paragraph_takes_the_count_the_next_paragraph_opens_with() -> None:
    doc = outline(
        "会议总结了办学经验，这就是：坚持育人为本，坚持改革创新，坚持开门办学。\n这三个方面，是多年探索的结晶。"
    )
    assert flat(doc)[0].announced_count == 3
    doc = outline("会议总结了办学经验，这就是：坚持育人为本，坚持改革创新，坚持开门办学。\n这五个学院都有进步。")
    assert flat(doc)[0].announced_count is None


def test_a_block_list_under_a_heading_that_names_its_count_takes_it() -> None:
    text = "“两步走”安排\n第一步，到明年修通主干道路；\n第二步，到后年建成环线。"
    assert flat(outline(text))[0].announced_count == 2
    text = "“三步走”安排\n第一步，到明年修通主干道路；\n第二步，到后年建成环线。"
    assert flat(outline(text))[0].announced_count is None


def test_an_inline_list_right_under_a_heading_that_names_its_count_takes_it() -> None:
    text = "三个“务必”\n全体干部务必勤俭节约，务必艰苦奋斗，务必清正廉洁，干好本职工作。"
    assert [lst.announced_count for lst in flat(outline(text))] == [3]


def test_a_colon_after_zheyang_de_announces_a_semicolon_list() -> None:
    lst = flat(outline("他的打算是这样的：先修好路；再建好桥；后通上水。"))[0]
    assert lst.style == "semicolon"
    assert len(lst.items) == 3


def test_a_head_cut_inside_a_quotation_drops_the_opening_mark_it_ends_with() -> None:
    from study.parse.leads import headline

    text = "变通写法，即按“一号方针”、“二号目标（重点）”、“三号步骤”、“四号措施”及“五号要求”几个部分来写，适合一般工作"
    assert not headline(text).endswith("“")


def test_a_head_does_not_end_inside_a_quotation() -> None:
    from study.parse.leads import headline

    long = "本报讯记者从县委宣传部获悉今年以来全县各级党组织对广大党员干部提出了“四个务必”的新要求。会议认为。"
    assert headline(long).endswith("提出了“四个务必”")
    longer = "本报讯记者从县委宣传部获悉今年以来全县各级党组织对广大党员干部提出了“四个必须做到的事情”的要求。"
    assert headline(longer).endswith("提出了")
    assert headline("使用清单归纳完成情况，如“计划数:8项，完成数:8项”。清单要简明。").endswith("8项”")
    assert headline("坚持“两个结合”：这是根本。") == "坚持“两个结合”"


def test_a_heading_glued_to_its_paragraph_by_a_space_heads_the_item_alone() -> None:
    doc = outline(
        "本文分两部分：\n一、工作的总体回顾 在这一部分，报告会概述过去一年的工作，说明取得的成绩和积累的经验。"
        " 二、存在的主要问题 报告也会指出工作中的不足，分析原因，并提出改进的办法和下一步的打算。"
    )
    assert heads(flat(doc)[0]) == ["工作的总体回顾", "存在的主要问题"]


def test_a_space_of_a_wrapped_line_after_a_clause_mark_is_no_heading_break() -> None:
    doc = outline(
        "有下列情形的，应当报告：\n一、本人参与或者承办经营活动的情况\n"
        "二、报告的事项，由报告人在事后一个月内以书 面形式报告组织，组织收到后应当登记，并按规定办理。"
    )
    assert "以书 面形式报告组织" in heads(flat(doc)[0])[1]


def test_a_lead_that_only_repeats_the_item_it_hangs_under_is_no_lead() -> None:
    doc = outline(
        """
        （一）基本原则。坚持因地制宜，分类施策，稳步推进。
        （二）发展目标。到2030年，全县特色产业规模明显扩大。到2035年，乡村全面振兴取得决定性进展。
        """
    )
    goals = doc.lists[0].items[1]
    assert goals.head == "发展目标" and len(goals.lists) == 1
    assert goals.lists[0].lead is None
    assert "发展目标" in (goals.lists[0].topic or "")


def test_a_count_series_inside_one_clause_of_an_anaphora_nests_in_it() -> None:
    # the series a count announces is the first clause's words; both lists stand, the count's under that clause
    doc = outline("大会要求，坚持质量、效率两个标准，坚持问题导向、目标导向，坚持上下联动和部门协同。")
    (outer,) = doc.lists
    assert outer.style == "anaphora" and len(outer.items) == 3
    (inner,) = outer.items[0].lists
    assert inner.announced_count == 2 and heads(inner) == ["质量", "效率"]


def test_inline_lists_that_cross_each_other_still_exclude() -> None:
    # two readings of the same words, neither inside one item of the other: only one is kept
    doc = outline("要做到三个坚持：坚持学习、坚持实践、坚持总结。")
    assert len(flat(doc)) == 1


def test_item_spans_hold_what_a_scan_of_every_span_holds() -> None:
    # sequence.ItemSpans answers in a bisection what every list asked of every span (quadratic in a dense text)
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 8)):
            start = (rng.randint(0, 9), rng.randint(0, 5))
            spans.append((start, (start[0] + rng.randint(0, 2), rng.randint(0, 5))))
        held = ItemSpans(spans)
        for at in [(p, c) for p in range(12) for c in range(6)]:
            assert held.hold(at) == any(start <= at < end for start, end in spans)


def test_a_list_under_a_lone_heading_line_without_a_number_is_led_by_it() -> None:
    (lst,) = flat(outline("学习笔记\n新时代的任务\n1.推进现代化建设\n2.完成祖国统一\n3.维护世界和平"))
    assert lst.lead == "新时代的任务"


def test_a_sentence_or_an_aside_over_a_list_is_no_heading_that_leads_it() -> None:
    for above in ("会议开得很好。", "（二〇二〇年五月一日通过）", "2024年6月6日第3次会议"):
        (lst,) = flat(outline(f"{above}\n1.推进现代化建设\n2.完成祖国统一\n3.维护世界和平"))
        assert lst.lead is None


def test_a_bullet_list_under_a_lone_markup_heading_is_led_by_it() -> None:
    source = make_source("学习笔记\n新时代的任务，看要点\n推进现代化建设\n完成祖国统一\n维护世界和平")
    levels = (1, 2, 8, 8, 8)
    paragraphs = tuple(replace(p, level=level) for p, level in zip(source.paragraphs, levels, strict=True))
    (lst,) = flat(parse(replace(source, paragraphs=paragraphs)))
    assert (lst.lead, heads(lst)) == ("新时代的任务，看要点", ["推进现代化建设", "完成祖国统一", "维护世界和平"])


def test_an_exam_tag_is_no_word_of_the_head() -> None:
    lst = flat(
        outline("1.乡村振兴的内涵[识记]\n正文。\n2.乡村振兴的意义(领会]\n正文。\n3.乡村振兴的路径【应用】\n正文。")
    )[0]
    assert heads(lst) == ["乡村振兴的内涵", "乡村振兴的意义", "乡村振兴的路径"]


def test_a_heading_line_keeps_no_closing_dash() -> None:
    lst = flat(outline("一、必须稳住农业基本盘——\n正文在此。\n二、必须守住耕地红线——\n正文在此。"))[0]
    assert heads(lst) == ["必须稳住农业基本盘", "必须守住耕地红线"]
