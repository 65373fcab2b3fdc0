"""Inline series a bare count announces, after the series or before it, on made-up text."""

from __future__ import annotations

import pytest

from study.model import EnumList
from tests.parse.conftest import flat, heads, outline


def _counted(text: str) -> list[EnumList]:
    return [lst for lst in flat(outline(text)) if lst.announced_count is not None and lst.style == "inline"]


def test_count_after_a_series_of_three() -> None:
    (lst,) = _counted("我们要统筹抓好植树造林、防风固沙、节约用水这三项重点工作，久久为功。")
    assert heads(lst) == ["植树造林", "防风固沙", "节约用水"]
    assert lst.announced_count == 3
    assert lst.lead == "三项重点工作"


def test_count_after_cuts_a_governing_verb() -> None:
    (lst,) = _counted("今年要搞好钢铁、化肥、造纸三个行业的调整。")
    assert heads(lst) == ["钢铁", "化肥", "造纸"]


def test_count_after_a_series_joined_by_he() -> None:
    (lst,) = _counted("每个班里，通常都有爱提问的、爱沉默的和爱打闹的三类学生。")
    assert heads(lst) == ["爱提问的", "爱沉默的", "爱打闹的"]


def test_two_pieces_joined_by_he_before_zhe() -> None:
    (lst,) = _counted("克服急躁和松懈这两种不良倾向，才能把事情办好。")
    assert heads(lst) == ["急躁", "松懈"]


def test_shared_opening_marks_where_the_series_starts() -> None:
    (lst,) = _counted("我们始终坚持勤俭办学和坚持开门办学这两条经验。")
    assert heads(lst) == ["坚持勤俭办学", "坚持开门办学"]


def test_heping_is_not_a_conjunction() -> None:
    (lst,) = _counted("会议讨论了修桥铺路、和平调解、兴修水利三件事情。")
    assert heads(lst) == ["修桥铺路", "和平调解", "兴修水利"]


def test_count_must_equal_the_pieces() -> None:
    assert _counted("会议讨论了修桥、铺路、兴修水利、植树两件事情。") == []


def test_ordinals_and_bigger_numbers_are_no_counts() -> None:
    assert _counted("他参加了第二十三个项目和第三个项目。") == []
    assert _counted("代表们出席了十三大和十四大。") == []


def test_count_before_a_dash_series() -> None:
    (lst,) = _counted("村里出了两位能人——老周和小钱。")
    assert heads(lst) == ["老周", "小钱"]
    assert lst.announced_count == 2


def test_count_before_a_bracketed_series() -> None:
    (lst,) = _counted("合格教师的三条标准（热爱学生，精通业务，为人师表）必须记牢。")
    assert heads(lst) == ["热爱学生", "精通业务", "为人师表"]


def test_count_before_a_colon_series() -> None:
    (lst,) = _counted("好作文有三个特点：立意新，结构巧，语言美。")
    assert heads(lst) == ["立意新", "结构巧", "语言美"]


def test_comma_after_a_count_needs_an_announcing_verb() -> None:
    (lst,) = _counted("这本书分为两部分，前一部分写乡村，后一部分写城市。")
    assert heads(lst) == ["前一部分写乡村", "后一部分写城市"]
    assert _counted("他写了两本书，一本卖得好，一本卖得差。") == []


def test_count_lists_carry_evidence() -> None:
    from study.parse.inline_counts import bare_count_lists
    from tests.parse.conftest import make_source

    source = make_source("克服急躁和松懈这两种不良倾向。")
    (draft,) = list(bare_count_lists(source.paragraphs))
    assert draft.evidence and "两种" in draft.evidence[0]


def test_comma_series_after_a_count_must_be_built_alike() -> None:
    assert _counted("全市有两个新区，经济发展快，人口增长多。") == []


def test_announced_count_reads_parts_and_an_aside() -> None:
    from study.parse.counts import announced_count

    assert announced_count("全书分为五部分：") == 5
    assert announced_count("报告共分为三个部分（见附图）：") == 3
    assert announced_count("抓好以下几个方面：") is None


def test_a_long_first_piece_is_cut_where_the_shared_opening_starts() -> None:
    doc = outline("工作布局是全面加强农田水利建设、全面整治、全面绿化、全面亮化四个全面。")
    lst = flat(doc)[0]
    assert heads(lst) == ["全面加强农田水利建设", "全面整治", "全面绿化", "全面亮化"]


def test_side_by_side_quotations_gathered_by_a_count_after_them() -> None:
    doc = outline("讲座阐释了“敢闯敢试的开拓精神”“埋头苦干的实干精神”“团结协作的团队精神”,从这三个方面展开。")
    lst = flat(doc)[0]
    assert heads(lst) == ["敢闯敢试的开拓精神", "埋头苦干的实干精神", "团结协作的团队精神"]
    assert lst.announced_count == 3


def test_side_by_side_quotations_without_a_matching_count_are_no_list() -> None:
    doc = outline("他常说“多干一点”“少说一点”“快跑一点”,这两句话最管用。")
    assert not [lst for lst in flat(doc) if lst.style == "inline"]


def test_a_count_after_a_colon_takes_the_semicolon_pieces_that_hold_commas() -> None:
    lst = flat(outline("今年要做到“两个带头”：在学习上带头，当好表率；在实干上带头，争做先锋。"))[0]
    assert heads(lst)[0].startswith("在学习上带头")
    assert heads(lst)[1].startswith("在实干上带头")
    assert lst.announced_count == 2


def test_a_count_before_semicolon_pieces_does_not_split_the_first_piece_at_its_commas() -> None:
    doc = outline("分两个阶段推进：2021年至2025年为第一阶段，重点是打基础；2026年至2030年为第二阶段，重点是全面提升。")
    lists = flat(doc)
    assert len(lists) == 1
    assert lists[0].announced_count == 2
    assert [h[:11] for h in heads(lists[0])] == ["2021年至2025年", "2026年至2030年"]


def test_a_preposition_that_governs_the_series_is_no_part_of_its_first_piece() -> None:
    lists = flat(outline("要针对种粮户、养殖户、个体户三类群体的不同需求，分别制定帮扶办法。"))
    assert len(lists) == 1
    assert heads(lists[0]) == ["种粮户", "养殖户", "个体户"]


def test_two_pieces_joined_by_one_of_several_conjunctions_are_no_reading() -> None:
    doc = outline("大家讨论了如何守住耕地和年轻人如何返乡和创业两个问题。")
    assert not [lst for lst in flat(doc) if lst.announced_count == 2]


def test_two_pieces_joined_by_their_only_conjunction_still_split() -> None:
    lists = flat(outline("会上讨论了耕地保护与人才返乡两个问题。"))
    assert [heads(lst) for lst in lists] == [["耕地保护", "人才返乡"]]


def test_a_verb_that_names_the_series_links_a_count_after_a_comma() -> None:
    (lst,) = _counted("勤学苦练、精益求精、敢为人先，被概括为三种精神。")
    assert heads(lst) == ["勤学苦练", "精益求精", "敢为人先"]
    assert lst.announced_count == 3


def test_another_verb_links_a_count_after_a_comma_when_the_pieces_end_with_its_noun() -> None:
    (lst,) = _counted("要增强宗旨意识、纪律意识、服务意识，树牢“三个意识”。")
    assert heads(lst) == ["宗旨意识", "纪律意识", "服务意识"]


def test_a_count_after_a_comma_and_an_unrelated_verb_is_no_count_of_the_series() -> None:
    assert _counted("我们走访了东村、西村、南村，发现三个问题。") == []
    assert _counted("要抓好种植业、养殖业、加工业，实现三个产业联动。") == []


def test_a_series_right_before_its_count_is_not_read_across_a_comma_before_it() -> None:
    (lst,) = _counted("当前，改革和发展这两大任务都很繁重。")
    assert heads(lst) == ["改革", "发展"]


def test_a_count_whose_next_sentence_points_at_the_series_announces_it() -> None:
    (lst,) = _counted(
        "县里近期查处的案件中，有3起涉及违规收礼。分别是某所长借乔迁之机收受礼金、某站长收受购物卡、某村干部收受烟酒。"
    )
    assert heads(lst) == ["某所长借乔迁之机收受礼金", "某站长收受购物卡", "某村干部收受烟酒"]
    assert lst.lead == "有3起涉及违规收礼。分别是"


def test_a_pointed_series_must_have_as_many_pieces_as_the_count() -> None:
    assert _counted("会议研究了两起事项。分别是甲、乙、丙三人的调动问题。") == []


def test_a_classifier_alone_after_da_is_the_counts_noun() -> None:
    (lst,) = _counted("年终材料一般包括成绩和问题这两大块。")
    assert heads(lst) == ["成绩", "问题"]
    assert _counted("党的三大以后，形势很快发生了变化。") == []


def test_a_pointing_word_after_the_comma_links_a_bare_count_to_its_series() -> None:
    (lst,) = flat(outline("乡里的整治分三个步骤，分别是摸底排查、集中整治、巩固提升。"))
    assert heads(lst) == ["摸底排查", "集中整治", "巩固提升"]
    assert lst.announced_count == 3


def test_a_sentence_opening_with_yici_points_back_at_the_count() -> None:
    (lst,) = flat(outline("通报了三起典型问题。依次为：违规吃喝、违规收礼、违规用车。"))
    assert heads(lst) == ["违规吃喝", "违规收礼", "违规用车"]


def test_a_long_first_piece_is_cut_after_a_governing_verb_inside_it_or_left_whole() -> None:
    (lst,) = flat(outline("今年要持续打好清理河道垃圾、整治污水、修复堤岸三大硬仗。"))
    assert heads(lst) == ["清理河道垃圾", "整治污水", "修复堤岸"]
    (lst,) = flat(outline("全乡坚定不移清理河道垃圾、整治污水、修复堤岸三大硬仗。"))
    assert heads(lst)[0].endswith("清理河道垃圾")  # no sure cut: the piece stays whole, its words kept


def test_a_count_then_a_comma_then_a_series_opening_alike_are_its_items() -> None:
    (lst,) = flat(outline("全年工作就三个重点，抓生产、抓安全、抓服务。"))
    assert heads(lst) == ["抓生产", "抓安全", "抓服务"]
    assert flat(outline("全年工作就三个重点，生产、安全、服务。")) == []  # pieces unlike: no verb, no list


def test_documents_are_counted_with_fen() -> None:
    (lst,) = flat(outline("会议审议了工作报告、财务报告、章程修正案等3份文件。"))
    assert heads(lst) == ["工作报告", "财务报告", "章程修正案"]


def test_a_pointing_word_right_after_the_counts_noun_introduces_its_series() -> None:
    (lst,) = flat(outline("三大任务是指修路、架桥、通水。"))
    assert lst.lead == "三大任务"
    assert heads(lst) == ["修路", "架桥", "通水"]


def test_a_copula_between_the_series_and_its_count_is_no_part_of_the_last_piece() -> None:
    (lst,) = flat(outline("修路、架桥、通水是全乡今年的三大任务。"))
    assert heads(lst) == ["修路", "架桥", "通水"]


def test_of_several_conjunctions_the_one_that_evens_the_pieces_joins_the_series() -> None:
    (lst,) = flat(outline("他总结了勤俭节约、团结互助和批评与自我批评的三大传统。"))
    assert heads(lst) == ["勤俭节约", "团结互助", "批评与自我批评"]


def test_a_governing_verb_after_a_demand_is_no_part_of_the_first_piece() -> None:
    (lst,) = flat(outline("要坚持勤俭办学、开门办学、依法办学这三大原则。"))
    assert heads(lst)[0] == "勤俭办学"


def test_a_quotation_of_a_series_right_before_its_count_is_its_items() -> None:
    (lst,) = flat(outline("大家把经验概括为“勤学、善思、笃行”三个要诀。"))
    assert heads(lst) == ["勤学", "善思", "笃行"]
    assert lst.announced_count == 3


def test_a_series_after_a_verb_of_containing_inside_its_clause_starts_after_the_verb() -> None:
    lst = flat(outline("每份材料以标题开头，正文须包含基本情况、主要做法、存在问题三项内容。"))[0]
    assert heads(lst) == ["基本情况", "主要做法", "存在问题"]


def test_a_quote_opening_in_the_first_piece_leaves_the_speakers_verb_to_the_lead() -> None:
    doc = outline("会议提出“三个协调”，强调要“促进城市和乡村、东部和西部、当前和长远更好协调”。")
    assert heads(doc.lists[0])[0] == "促进城市和乡村"
    doc = outline("大会要求落实“四个到位”，提出“责任到位、措施到位、投入到位、监督到位”。")
    assert heads(doc.lists[0])[0] == "责任到位"


def test_the_names_before_a_speech_verb_are_no_pieces_of_the_series_after_it() -> None:
    doc = outline("会上，张华、李明强调从准确把握会议主题、深入理解报告内容和全面落实会议部署等三方面展开宣讲。")
    assert heads(doc.lists[0]) == ["准确把握会议主题", "深入理解报告内容", "全面落实会议部署"]


def test_a_count_of_aspects_ends_its_formulation_before_the_verb() -> None:
    doc = outline("讲座从甲的成就、乙的经验、丙的任务等三个方面作了细致讲解。")
    assert doc.lists[0].lead == "三个方面"
    doc = outline("他从甲的成就、乙的经验和丙的任务三方面作了讲解。")
    assert doc.lists[0].lead == "三方面"


def test_a_preposition_before_a_counted_series_is_no_part_of_its_first_item() -> None:
    doc = outline("他从甲的由来、乙的发展、丙的前景等三个方面作了解读。")
    assert heads(doc.lists[0]) == ["甲的由来", "乙的发展", "丙的前景"]
    doc = outline("这项规划涵盖河道治理、道路修缮、绿地建设三大工程。")
    assert heads(doc.lists[0])[0] == "河道治理"
    doc = outline("坚持从严治党、依规治党、制度治党三个方面。")
    assert heads(doc.lists[0])[0] == "从严治党"
    doc = outline("坚持从严管、依法管、科学管三个方面。")  # 从严 two characters before the piece's end
    assert heads(doc.lists[0]) == ["从严管", "依法管", "科学管"]


def test_a_big_count_whose_noun_runs_on_into_the_clause_still_counts() -> None:
    doc = outline("粮食、果蔬、畜牧三大农业主导产业一直撑起全镇的收入。")
    assert heads(doc.lists[0]) == ["粮食", "果蔬", "畜牧"]
    assert flat(outline("甲、乙、丙出席纪念党的二十大召开一周年的座谈会。")) == []
    assert flat(outline("近代以来，中、外哪两大政治事件促进了新文化的传播？")) == []


def test_a_series_of_quotations_keeps_each_quotation_whole() -> None:
    doc = outline("主任围绕“守住初心的本色，办好群众身边事”和“扛起安全责任，一丝一毫不放松”两个方面展开。")
    assert heads(doc.lists[0]) == ["守住初心的本色，办好群众身边事", "扛起安全责任，一丝一毫不放松"]


def test_a_quoted_series_may_join_its_last_two_terms_with_he() -> None:
    doc = outline("他从“一个中心、两个基本点和三项任务”三个方面作了说明。")
    assert heads(doc.lists[0]) == ["一个中心", "两个基本点", "三项任务"]


def test_a_heading_numeral_a_scrape_left_in_a_line_is_no_piece_of_a_series() -> None:
    doc = outline("我们将走访居民，听取各方意见。 五、活动安排我们将在上午和下午两个时段开展活动。")
    assert [lst for lst in flat(doc) if lst.style == "inline"] == []


def test_a_count_of_donts_announces_its_series() -> None:
    doc = outline("窗口人员要做到四不：“不推诿”、“不拖延”、“不刁难”、“不敷衍”。")
    assert [heads(lst) for lst in flat(doc)] == [["不推诿", "不拖延", "不刁难", "不敷衍"]]


def test_a_quoted_piece_keeps_its_own_shi() -> None:
    # 是 inside a quotation is the quoted words' (实事求是), not a copula after the series
    (lst,) = _counted("讲座最后要求大家弄清“为了谁”和“实事求是”两个基本问题。")
    assert heads(lst) == ["为了谁", "实事求是"]


def test_you_before_the_series_is_no_part_of_its_first_piece() -> None:
    # A一般由B、C和D三部分组成: the series of parts begins after 由
    (lst,) = _counted("申请材料一般由封面、正文和附件三个部分组成。")
    assert heads(lst) == ["封面", "正文", "附件"]
    (lst,) = _counted("其中正文由缘由、事项和要求三部分组成。")
    assert heads(lst) == ["缘由", "事项", "要求"]


def test_ru_before_a_colon_points_at_the_pieces_a_count_announces() -> None:
    (lst,) = _counted("工作中要做到三个到位，如：思想到位、措施到位、责任到位。")
    assert heads(lst) == ["思想到位", "措施到位", "责任到位"]


def test_ru_without_a_colon_points_at_nothing() -> None:
    assert not _counted("这项工作有三个难点，如有问题要及时上报，确保不出差错，按期完成。")


def test_the_last_piece_of_a_series_after_a_count_ends_at_its_clause() -> None:
    (lst,) = _counted("本区发展大致分为三个阶段，即起步、攻坚、提升，各有侧重。")
    assert heads(lst) == ["起步", "攻坚", "提升"]
    (lst,) = _counted("全市划分为三个片区，即东片、中片、西片，分别由三位副市长联系。")
    assert [item.text for item in lst.items] == ["东片", "中片", "西片"]


def test_a_series_after_a_count_is_read_in_its_clause_before_the_rest_of_the_sentence() -> None:
    text = "全县分为两个片区，即东片、西片，东片有甲镇、乙镇、丙镇，西片有丁镇、戊镇。"
    (lst,) = _counted(text)
    assert heads(lst) == ["东片", "西片"]


def test_a_counts_items_set_in_one_quotation_after_its_colon_are_its_pieces() -> None:
    (lst,) = _counted("干部要做到三不：“不推诿、不拖延、不敷衍”，切实为群众办事。")
    assert heads(lst) == ["不推诿", "不拖延", "不敷衍"]
    (lst,) = _counted("工作要抓好三个环节：“定目标、抓落实、严考核”，一环扣一环。")
    assert heads(lst) == ["定目标", "抓落实", "严考核"]


def test_a_quotation_that_does_not_close_the_clause_is_no_series_of_the_count() -> None:
    assert not _counted("他提出三个要求：“要团结”的口号，大家都记住了。")


def test_a_quoted_count_reads_the_quotations_set_apart_by_commas_after_it() -> None:
    (lst,) = _counted("全会提出了“两个确立”，“确立甲的核心地位”，“确立乙的指导地位”，意义重大。")
    assert (lst.lead, heads(lst)) == ("“两个确立”", ["确立甲的核心地位", "确立乙的指导地位"])
    assert not _counted("全会提出了“三个务必”，“务必守初心”，“务必敢斗争”，意义重大。")  # two for three


def test_terse_comma_pieces_of_one_length_after_a_count_of_parts_are_its_items() -> None:
    (lst,) = _counted("讲话分为三部分，作评价，谈启示，提要求。")
    assert heads(lst) == ["作评价", "谈启示", "提要求"]
    (lst,) = _counted("讲话分三大部分，作评价，谈启示，提要求，全文不长。")  # the sentence goes on after them
    assert heads(lst) == ["作评价", "谈启示", "提要求"]


def test_pieces_of_unlike_lengths_or_a_count_after_a_word_ending_in_fen_are_no_terse_series() -> None:
    assert not _counted("讲话分为三部分，作了评价，谈启示，提要求。")
    assert not _counted("村里大部分两个组，路不通，水不通。")


def test_a_clause_pointing_at_the_count_after_its_sentence_goes_on_gives_its_items() -> None:
    (lst,) = _counted("当前全市仍有三大突出问题需要我们下大力气解决，主要包括就业压力、物价波动和能源短缺。")
    assert heads(lst) == ["就业压力", "物价波动", "能源短缺"]
    assert lst.lead == "三大突出问题需要我们下大力气解决，主要包括"


def test_a_clause_opening_with_a_word_that_only_begins_like_a_pointer_points_at_nothing() -> None:
    assert not _counted("我家有三个上学的孩子要接送，即使再忙也要陪伴、辅导、鼓励。")


def test_comma_pieces_each_ending_with_the_counted_noun_are_the_counts_items() -> None:
    (lst,) = _counted("三大矛盾分别涉及城市和乡村的矛盾，老人和青年的矛盾，供给和需求的矛盾。")
    assert heads(lst) == ["城市和乡村的矛盾", "老人和青年的矛盾", "供给和需求的矛盾"]
    assert (lst.lead, lst.announced_count) == ("三大矛盾分别涉及", 3)
    # a piece saying the noun without 的 (是非矛盾) is still one of them: none is lost
    (lst,) = _counted("四种关系包括甲和乙的关系，丙和丁的关系，是非关系，内外关系。")
    assert heads(lst) == ["甲和乙的关系", "丙和丁的关系", "是非关系", "内外关系"]


def test_pieces_ending_with_the_counted_noun_must_be_as_many_as_the_count() -> None:
    assert not _counted("三大矛盾分别涉及城市和乡村的矛盾，老人和青年的矛盾。")
    assert not _counted("三大矛盾分别涉及城市和乡村的矛盾，老人和青年的矛盾，供给和需求的问题。")


def test_sanzhe_after_a_colon_or_a_comma_counts_the_series_before_it() -> None:
    (lst,) = _counted("学校、家庭和社会：三者责任必须分清。")
    assert (heads(lst), lst.announced_count) == (["学校", "家庭", "社会"], 3)
    (lst,) = _counted("思想、组织、作风，三者缺一不可。")
    assert heads(lst) == ["思想", "组织", "作风"]


def test_another_count_after_a_comma_does_not_count_the_series_before_it() -> None:
    assert not _counted("他们修了路、建了桥、挖了渠，三个月后全部完工。")


def test_a_series_of_single_characters_before_its_count_keeps_its_first_character_alone() -> None:
    (lst,) = _counted("评议干部要从德、能、勤、绩、廉五个方面全面衡量。")
    assert heads(lst) == ["德", "能", "勤", "绩", "廉"]
    (lst,) = _counted("全校推行“严、实、细”三字要求。")
    assert heads(lst) == ["严", "实", "细"]


def test_a_subject_named_with_a_series_is_the_first_member_of_its_count() -> None:
    (lst,) = _counted("镇里把修路与治水、办学并提为“三件实事”，年年督查。")
    assert heads(lst) == ["修路", "治水", "办学"]
    assert lst.announced_count == 3
    (lst,) = _counted("老人们常把勤快同节俭、和气、诚实并称为四件家宝。")
    assert heads(lst) == ["勤快", "节俭", "和气", "诚实"]


def test_a_naming_verb_before_the_count_is_no_part_of_the_last_member() -> None:
    (lst,) = _counted("种粮、养鱼、织布被称为“三门手艺”，村里人人会做。")
    assert heads(lst) == ["种粮", "养鱼", "织布"]


def test_a_subject_named_with_too_few_pieces_makes_no_series() -> None:
    assert _counted("镇里把修路与治水并提为“三件实事”，年年督查。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全乡普查分摸底、登记、复核三个阶段进行。", ["摸底", "登记", "复核"]),
        ("村干部考评按优秀、称职、不称职三个等次评定。", ["优秀", "称职", "不称职"]),
    ],
)
def test_the_verb_that_divides_is_no_part_of_the_first_of_the_parts_counted(text: str, expected: list[str]) -> None:
    [lst] = flat(outline(text))
    assert heads(lst) == expected
