"""Inline lists inside one sentence (inline.py): quoted count formulations, semicolon lists, series."""

from __future__ import annotations

from study.parse.pieces import curled
from tests.parse.conftest import flat, heads, outline


def test_a_count_formulation_that_is_a_term_of_a_series_announces_nothing() -> None:
    doc = outline("要增强“三种意识”、坚定发展信心、凝聚奋进力量，推动工作上台阶。")
    assert not [lst for lst in flat(doc) if lst.announced_count == 3]


def test_a_count_formulation_before_a_comma_still_announces_its_items() -> None:
    lst = flat(outline("各地要抓好“两个环节”，源头治理、过程监管。"))[0]
    assert heads(lst) == ["源头治理", "过程监管"]


def test_a_count_formulation_that_modifies_a_noun_announces_nothing() -> None:
    doc = outline("认真学习“两会”精神,全面组织好贯彻落实。")
    assert not [lst for lst in flat(doc) if lst.announced_count == 2]


def test_a_count_formulation_before_a_dash_announces_the_items_after_it() -> None:
    lst = flat(outline("要守住“两条底线”——不发生系统性风险、不出现规模性返贫。"))[0]
    assert heads(lst) == ["不发生系统性风险", "不出现规模性返贫"]


def test_a_count_formulation_that_names_its_noun_then_ji_announces_its_items() -> None:
    lst = flat(outline("全县推行“三个一”工作法，即一张清单管到底、一支队伍抓落实、一套机制促长效。"))[0]
    assert lst.announced_count == 3
    assert heads(lst) == ["一张清单管到底", "一支队伍抓落实", "一套机制促长效"]


def test_a_noun_after_the_formulation_then_a_plain_comma_announces_nothing() -> None:
    doc = outline("落实“两个责任”制度，压实基层、明确分工，推动工作走深走实。")
    assert not [lst for lst in flat(doc) if lst.announced_count == 2]


def test_a_count_formulation_whose_items_hold_series_of_their_own_splits_at_commas() -> None:
    lst = flat(outline("坚持“两个不放松”，即不放松抓好春耕备耕，不放松做好防汛、抗旱、防火工作。"))[0]
    assert heads(lst) == ["不放松抓好春耕备耕", "不放松做好防汛、抗旱、防火工作"]


def test_a_count_formulation_defined_by_shi_zhi_announces_its_items() -> None:
    lst = flat(outline("“两个结合”是指理论和实践相结合、历史和现实相结合。"))[0]
    assert heads(lst) == ["理论和实践相结合", "历史和现实相结合"]


def test_a_count_before_the_colon_announces_a_semicolon_list() -> None:
    lst = flat(outline("下半年要抓好三方面工作：稳住粮食生产；办好民生实事；守住安全底线。"))[0]
    assert heads(lst) == ["稳住粮食生产", "办好民生实事", "守住安全底线"]
    assert lst.announced_count == 3


def test_a_pointing_word_after_the_formulation_is_no_part_of_its_first_item() -> None:
    lst = flat(outline("乡里推行“三步走”，分别是摸底排查、集中整治、巩固提升。"))[0]
    assert heads(lst) == ["摸底排查", "集中整治", "巩固提升"]
    lst = flat(outline("学校开展“两个行动”，主要包括：读书行动、健身行动。"))[0]
    assert heads(lst) == ["读书行动", "健身行动"]


def test_a_bare_verb_opening_the_first_item_is_no_pointing_word() -> None:
    lst = flat(outline("把握“三个有”：有目标、有措施、有成效。"))[0]
    assert heads(lst) == ["有目标", "有措施", "有成效"]


def test_a_count_formulation_that_names_two_nouns_before_a_dash_announces_its_items() -> None:
    lst = flat(outline("会上提出了“两个务必”的新号召、新要求——务必勤俭节约，务必艰苦奋斗。"))[0]
    assert lst.announced_count == 2
    assert heads(lst) == ["务必勤俭节约", "务必艰苦奋斗"]


def test_clauses_ending_alike_around_one_defined_term_are_no_series() -> None:
    text = "所谓有特色的学校教育，是根据本地实际办起来的学校教育，它不同于照搬照抄的学校教育。"
    assert not [lst for lst in flat(outline(text)) if lst.style == "parallel"]


def test_a_quoted_count_right_after_its_series_gathers_it() -> None:
    lst = flat(outline("协调推进全面发展农业、全面振兴工业、全面繁荣商业“三个全面”工作格局。"))[0]
    assert lst.announced_count == 3
    assert heads(lst) == ["全面发展农业", "全面振兴工业", "全面繁荣商业"]


def test_a_quoted_count_right_after_fewer_or_more_pieces_gathers_nothing() -> None:
    assert flat(outline("要增强“四个意识”、坚定“四个自信”、做到“两个维护”。")) == []
    assert flat(outline("发展农业、振兴工业“三个全面”工作格局。")) == []


def test_two_verbs_or_places_joined_before_a_formulation_are_no_series_of_it() -> None:
    assert flat(outline("要坚持和弘扬“两个务必”的优良作风。")) == []
    assert flat(outline("要在思想上和行动上把“两个确立”作为最高原则。")) == []


def test_semicolon_pieces_without_a_chinese_word_are_no_points() -> None:
    doc = outline("这份材料的各部分要求分别是:# c/ F; K+ d A$ j\n一是写清楚标题。二是写明主送机关。三是写好正文。")
    assert all(lst.style != "semicolon" for lst in flat(doc))


def test_the_subject_before_copula_clauses_is_no_member_of_their_series() -> None:
    doc = outline("刚过去的三年，是乡村面貌变化最大的三年，也是群众收入增长最快的三年。")
    assert not flat(doc)


def test_a_subject_before_three_copula_clauses_leaves_them_as_the_series() -> None:
    doc = outline("刚过去的三年，是乡村面貌变化最大的三年，是群众收入增长最快的三年，是干部作风转变最深的三年。")
    assert heads(flat(doc)[0])[0].startswith("是乡村面貌")


def test_clauses_ending_in_counted_people_are_figures_not_a_series() -> None:
    doc = outline("建站之初，只有12名队员，如今有300多名队员，平均每个村有5名队员。")
    assert not flat(doc)


def test_a_clause_that_sums_up_announces_the_semicolon_pieces_after_its_colon() -> None:
    doc = outline("这项工作的要求很多。简言之：学要深入，弄懂原理；查要全面，不留死角；改要彻底，见到实效。")
    lst = flat(doc)[0]
    assert lst.style == "semicolon"
    assert [h[:3] for h in heads(lst)] == ["学要深", "查要全", "改要彻"]


def test_a_formulation_that_modifies_a_noun_before_zhidao_announces_no_items() -> None:
    doc = outline("本办法以“三个务必”精神为指导，依据有关章程，结合本地实际制定。")
    assert not flat(doc)


def test_a_bare_zhi_still_points_at_the_items() -> None:
    doc = outline("“两个坚持”指坚持学习，坚持实干。")
    assert heads(flat(doc)[0]) == ["坚持学习", "坚持实干"]


def test_a_formulation_joined_to_a_series_by_a_conjunction_is_its_member_not_its_name() -> None:
    doc = outline("要以甲理论、乙思想、丙观点和“三个务必”要求为指导，开展好这次学习。")
    assert all(lst.announced_count != 3 for lst in flat(doc))


def test_clauses_that_go_on_about_a_quoted_formulation_are_not_its_items() -> None:
    assert flat(outline("春运前后的“两节”，客流平稳有序，车站秩序良好。")) == []
    assert flat(outline("各校要落实“两个环节”，让课堂更加生动，使作业更有针对性。")) == []


def test_clauses_built_alike_after_a_quoted_formulation_are_its_items() -> None:
    lst = flat(outline("全党要牢记“两个务必”，务必保持谦虚谨慎，务必保持艰苦奋斗。"))[0]
    assert heads(lst) == ["务必保持谦虚谨慎", "务必保持艰苦奋斗"]


def test_a_series_left_open_with_etc_has_no_etc_item() -> None:
    doc = outline("志愿者的职责包括：清扫街道；看护花木；等等。")
    assert heads(flat(doc)[0]) == ["清扫街道", "看护花木"]
    doc = outline("春游准备包括：买票，订车，带水，等等。")
    assert heads(flat(doc)[0]) == ["买票", "订车", "带水"]


def test_a_formulation_of_two_numbered_parts_counts_no_series() -> None:
    doc = outline("将廉政教育列入新员工培训、季度警示教育、党员“三严三实”的必修课程。")
    assert [lst.lead for lst in flat(doc)] == []
    named = outline("推行“三个一”工作法，即一月一走访、一季一评议、一年一总结。")
    assert [heads(lst) for lst in flat(named)] == [["一月一走访", "一季一评议", "一年一总结"]]


def test_a_formulation_closing_a_series_of_formulations_announces_no_items() -> None:
    doc = outline("青年干部要树立“四个意识”、做到“两个维护”，勤于学习调研、敢于攻坚克难。")
    assert [heads(lst) for lst in flat(doc) if lst.lead == "“两个维护”"] == []


def test_an_abbreviation_note_names_the_series_before_it() -> None:
    doc = outline("街道组织了走访群众、走访企业、走访困难家庭的专题调研活动(以下简称“三访”)，形成了调研报告。")
    assert [heads(lst) for lst in flat(doc)] == [["走访群众", "走访企业", "走访困难家庭"]]


def test_zhe_and_a_quoted_count_opening_a_sentence_point_back_at_the_series_closing_the_one_before() -> None:
    (lst,) = flat(outline("会议强调了担当、实干、廉洁。这“三种品格”要时时对照。"))
    assert heads(lst) == ["担当", "实干", "廉洁"]
    assert lst.announced_count == 3


def test_the_series_before_a_sentence_that_opens_with_zhe_must_be_exactly_the_count() -> None:
    assert not flat(outline("会议强调了担当、实干、廉洁、守纪。这“三种品格”要时时对照。"))


def test_a_conjunction_inside_a_quoted_piece_is_the_pieces_own() -> None:
    lists = [
        lst
        for lst in flat(outline("本期施政分为「道路及桥梁」、「学校」、「医院及诊所」及「公园、绿地及广场」共四类。"))
        if lst.style == "inline"
    ]
    (lst,) = lists
    assert heads(lst) == ["道路及桥梁", "学校", "医院及诊所", "公园、绿地及广场"]


def test_a_count_formulation_in_straight_quotes_announces_its_items_as_in_curly_ones() -> None:
    lst = flat(outline('"三个坚持"是指坚持甲方向、坚持乙道路、坚持丙原则。'))[0]
    assert (lst.lead, heads(lst)) == ('"三个坚持"', ["坚持甲方向", "坚持乙道路", "坚持丙原则"])
    lst = flat(outline('"两个务必"是指务必谦虚谨慎，务必艰苦奋斗。'))[0]
    assert heads(lst) == ["务必谦虚谨慎", "务必艰苦奋斗"]


def test_straight_quotes_pair_up_in_order_and_an_odd_number_of_them_stands_as_written() -> None:
    assert curled('要"三个坚持"和"两个务必"。') == "要“三个坚持”和“两个务必”。"
    assert curled('长12"的屏幕，"三个坚持"') == '长12"的屏幕，"三个坚持"'


def test_a_head_opening_with_a_term_in_straight_quotes_keeps_both_marks() -> None:
    doc = outline('一、"两步走"战略安排\n这是内容。\n二、"三步走"发展战略\n这是内容。\n三、新的目标\n这是内容。')
    assert heads(flat(doc)[0]) == ['"两步走"战略安排', '"三步走"发展战略', "新的目标"]
    doc = outline('（1）"长期共存"\n（2）互相监督"\n（3）肝胆相照')  # one quotation whole, a stray mark
    assert heads(flat(doc)[0]) == ["长期共存", "互相监督", "肝胆相照"]


def test_zhe_and_a_quoted_count_point_back_at_comma_clauses_that_open_alike() -> None:
    doc = outline("在这次会议上，全会确立甲的领导地位，确立乙的指导地位。这“两个确立”意义重大。")
    (lst,) = [lst for lst in flat(doc) if lst.announced_count == 2]
    assert heads(lst) == ["确立甲的领导地位", "确立乙的指导地位"]


def test_more_clauses_opening_alike_than_the_count_says_are_no_such_series() -> None:
    doc = outline("全会确立甲的地位，确立乙的地位，确立丙的地位。这“两个确立”意义重大。")
    assert not [lst for lst in flat(doc) if lst.announced_count == 2]
    doc = outline("会上大家发了言，全会通过了决议。这“两个确立”意义重大。")
    assert not [lst for lst in flat(doc) if lst.announced_count == 2]


def test_a_series_opening_an_unmarked_items_text_nests_under_that_item() -> None:
    doc = outline("三条体会：\n学校、家庭和社会：三者责任必须分清。\n思想和行动：两者要统一起来。\n目标：要定得实。")
    (bullets,) = doc.lists
    first, second, _ = bullets.items
    assert [heads(lst) for lst in first.lists] == [["学校", "家庭", "社会"]]
    assert [heads(lst) for lst in second.lists] == [["思想", "行动"]]


def test_a_clause_saying_what_follows_is_below_announces_a_semicolon_series() -> None:
    [lst] = flat(outline("去年，全镇上下主要做了以下工作：修好了村道；建成了卫生室；办起了合作社。"))
    assert [item.head for item in lst.items] == ["修好了村道", "建成了卫生室", "办起了合作社"]
    [lst] = flat(outline("会议提出如下要求：按时到岗；遵守纪律；爱护公物。"))
    assert len(lst.items) == 3


def test_a_label_before_a_colon_is_no_part_of_the_first_member_of_the_series_after_it() -> None:
    town = "1. 城镇方面：街道的建设，社区的建设，小区的建设。"
    village = "2. 乡村方面：集镇的建设，村庄的建设，院落的建设。"
    doc = outline(f"{town}\n{village}")
    series = [lst for lst in flat(doc) if lst.style == "parallel"]
    assert [heads(lst) for lst in series] == [
        ["街道的建设", "社区的建设", "小区的建设"],
        ["集镇的建设", "村庄的建设", "院落的建设"],
    ]


def test_dated_semicolon_pieces_after_a_colon_that_announces_nothing_are_a_series() -> None:
    doc = outline("合作社一路走来：2015年3月，七户人家凑钱入股；2018年9月，建起冷库；2021年5月，产品卖到省城。")
    lst = flat(doc)[0]
    assert lst.style == "semicolon"
    assert heads(lst) == ["2015年3月，七户人家凑钱入股", "2018年9月，建起冷库", "2021年5月，产品卖到省城"]


def test_two_dated_pieces_or_dates_out_of_order_after_such_a_colon_are_no_series() -> None:
    assert flat(outline("合作社一路走来：2015年3月，七户人家凑钱入股；2018年9月，建起冷库。")) == []
    assert flat(outline("回头看看：2021年，卖到省城；2015年，凑钱入股；2018年，建起冷库。")) == []
    assert flat(outline("合作社一路走来：2015年3月，七户人家凑钱入股；后来建起冷库；2021年5月，卖到省城。")) == []
