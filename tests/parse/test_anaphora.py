"""Anaphora: paragraphs, sentences or clauses in a row that open with the same words (made-up text)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from study.model import EnumList
from study.parse import parse
from study.parse.anaphora import _opens_with_demand, opening
from tests.parse.conftest import flat, heads, make_source, outline


def _anaphora(text: str) -> list[EnumList]:
    return [lst for lst in flat(outline(text)) if lst.style == "anaphora"]


def test_paragraphs_opening_alike_are_a_block_list() -> None:
    lists = _anaphora(
        """
        这一年的工作有三点体会。
        必须坚守为民初心，把群众的冷暖放在心上，办好每一件小事。
        必须坚守实干作风，一张蓝图绘到底，不做表面文章。
        必须坚守清廉底线，管好身边的人，守住自己的心。
        下一年的任务更重。
        """
    )
    assert len(lists) == 1
    assert [h[:6] for h in heads(lists[0])] == ["必须坚守为民", "必须坚守实干", "必须坚守清廉"]


def test_clauses_opening_alike_inside_one_sentence() -> None:
    lists = _anaphora("这座小城能有今天的面貌，依靠的是清醒的规划，依靠的是勤劳的市民，依靠的是几代人的接力。")
    assert len(lists) == 1
    assert heads(lists[0]) == ["依靠的是清醒的规划", "依靠的是勤劳的市民", "依靠的是几代人的接力"]
    assert lists[0].lead == "这座小城能有今天的面貌"


def test_first_member_may_open_inside_its_clause() -> None:
    lists = _anaphora("归结起来，一支好的队伍始终守护集体的荣誉，守护成员的尊严，守护事业的未来。")
    assert len(lists) == 1
    assert heads(lists[0])[0] == "守护集体的荣誉"
    assert lists[0].lead is not None and lists[0].lead.endswith("始终")


def test_semicolon_pieces_with_a_one_character_opening() -> None:
    lists = _anaphora(
        "总的来看，这个时期，是城乡面貌迅速改变的时期；是由手工作坊为主，变为工厂林立的时期；是人们眼界大开的时期。"
    )
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["是城乡面", "是由手工", "是人们眼"]


def test_sentences_opening_alike_inside_one_paragraph() -> None:
    lists = _anaphora(
        "这些毛病要改。不少年轻干部，不善于倾听意见，结果闭门造车。"
        "不少年轻干部，不善于总结经验，结果重复犯错。不少年轻干部，满足于开会发文，结果落实走样。"
    )
    assert len(lists) == 1
    assert len(lists[0].items) == 3


def test_common_openers_and_topic_nouns_are_no_list() -> None:
    assert not _anaphora("我们来到村口，天色已晚。\n我们看到灯火一盏盏亮起。")
    assert not _anaphora("委员会的成员由大会选举产生。\n委员会的任期为五年。\n委员会的会议每年举行一次。")


def test_adverb_openings_and_unfinished_runs_are_no_list() -> None:
    assert not _anaphora("各单位要更加注意安全，更加讲究质量，更加追求效率。")
    assert not _anaphora("只要大家用心倾听诉求，用心化解矛盾，用心办好实事，就能赢得信任。")


def test_opening_stops_at_a_word_boundary() -> None:
    assert opening("是否有利于增加收入", "是否有利于改善环境") == "是否有利于"
    assert opening("我们", "你们") == ""


def test_reported_speech_in_a_row_is_no_list() -> None:
    assert not _anaphora("他说，今年的收成不错。\n他说，明年还要再扩种一些。")


def test_a_sentence_run_leads_with_the_sentence_before_it_without_the_marker() -> None:
    lists = _anaphora(
        "（三）这些毛病要改。不少年轻干部，不善于倾听意见，结果闭门造车。"
        "不少年轻干部，不善于总结经验，结果重复犯错。不少年轻干部，满足于开会发文，结果落实走样。"
    )
    assert len(lists) == 1
    assert lists[0].lead == "这些毛病要改。"


def test_an_adverb_with_its_verb_is_an_opening() -> None:
    lists = _anaphora("新的一年，必须坚持质量第一，必须坚持安全至上，必须坚持客户优先。")
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["必须坚持"] * 3


LONG_PIECES = (
    "会议听取了专题汇报，部署了下一阶段的工作，提出要把调查研究摆在突出位置，组织力量深入乡村和社区，"
    "摸清群众最关心的实际困难，形成问题清单、责任清单和时限清单，逐项明确牵头单位和完成时间；部署了队伍建设的工作，要求选派年轻干部到"
    "基层一线经受锻炼，完善日常考核和分类激励办法，让能干事的人有舞台、有奔头、有保障，让不作为的人有压力、有约束，形成比学赶超的浓厚氛围；部署了作风整治的工作，"
    "强调要紧盯会议多文件多、检查考核过频等突出问题，建立定期通报和跟踪问效机制，切实为基层减轻负担，让基层干部把更多时间和精力用在为群众办实事、解难题上。"
)


def test_long_semicolon_pieces_after_the_subject_clause_are_one_series() -> None:
    lst = flat(outline(LONG_PIECES))[0]
    assert lst.style == "anaphora"
    assert [h[:3] for h in heads(lst)] == ["部署了"] * 3


def test_long_semicolon_pieces_that_open_their_sentence_stay_passages() -> None:
    text = LONG_PIECES.replace("会议听取了专题汇报，部署了", "个别干部").replace("部署了", "个别干部")
    assert not [lst for lst in flat(outline(text)) if lst.style == "anaphora"]


def test_a_topic_word_repeated_by_a_heading_and_its_body_is_no_anaphora() -> None:
    text = "读书笔记可以帮助我们积累知识，也便于复习。\n读书笔记的写法举要\n读书笔记是一种整理和消化的过程，需要耐心。"
    assert [lst for lst in flat(outline(text)) if lst.style == "anaphora"] == []


def test_heading_lines_that_share_an_opening_still_repeat() -> None:
    text = "坚持党的全面领导\n坚持以人民为中心\n坚持全面深化改革"
    assert flat(outline(text))


def test_short_lines_sharing_an_opening_the_last_one_closed_still_repeat() -> None:
    assert flat(outline("是否有利于保护耕地\n是否有利于节约用水\n是否有利于改善环境为准。"))


def test_a_question_and_its_answer_are_no_list() -> None:
    # the answer repeats the question's words: a dialogue, not parallel items
    assert not _anaphora("乡村建设的关键在哪里？\n乡村建设的关键在于留住人才，让年轻人愿意回来。")
    assert not _anaphora("老街改造的难点是什么？老街改造的难点是资金。老街改造的难点也在人心。")


def test_questions_in_a_row_are_still_a_list() -> None:
    lists = _anaphora("是否守住了为民的初心？\n是否担起了肩上的使命？\n是否经得起群众的检验？")
    assert len(lists) == 1
    assert len(lists[0].items) == 3


def test_a_lead_keeps_the_marks_that_open_its_sentence() -> None:
    lists = _anaphora("《公约》写明：每位村民要爱护村里的山林，爱护村里的河道，爱护村里的古树。")
    assert len(lists) == 1
    assert lists[0].lead is not None and lists[0].lead.startswith("《公约》写明")


def test_demands_opening_alike_are_a_list_whatever_their_verbs() -> None:
    lists = _anaphora("大会号召，青年们务必珍惜时光、刻苦学习，务必锤炼品格、砥砺意志，务必扎根基层、服务群众。")
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["务必珍惜", "务必锤炼", "务必扎根"]


def test_demands_may_be_followed_by_a_clause_that_sums_them_up() -> None:
    lists = _anaphora("各村必须摸清底数，必须压实责任，必须严格考核，久久为功、善作善成。")
    assert len(lists) == 1
    assert len(lists[0].items) == 3


def test_a_figure_of_speech_around_differing_verbs_is_still_no_list() -> None:
    assert not _anaphora("这座城市更加开放，更加包容，更加自信。")


def test_a_lead_inside_the_sentence_starts_after_the_semicolon_before_it() -> None:
    lists = _anaphora("会议要求各地稳住生产、抓好春耕；全体干部要务必守住底线，务必勤俭办事，务必联系群众。")
    assert len(lists) == 1
    assert lists[0].lead == "全体干部要"


def test_demands_opening_with_yao_across_paragraphs_are_a_list() -> None:
    lists = _anaphora(
        """
        座谈会上，大家谈了下一步的打算。
        要稳住村里的集体经济，把合作社办出样子。
        要管好村里的山林水田，守住生态底线。
        要办好村里的老人食堂，让老人吃得放心。
        """
    )
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["要稳住村", "要管好村", "要办好村"]


def test_two_paragraphs_opening_with_yao_are_not_enough() -> None:
    assert not _anaphora("要看到成绩，也要看到不足。\n要把问题想在前面。")


def test_demands_after_a_frame_that_says_who_speaks_open_alike() -> None:
    lists = _anaphora(
        "会议指出，要抓紧修缮校舍，确保按时开学。要配齐配强教师，稳定师资队伍。要改善学生伙食，保障营养健康。"
    )
    assert len(lists) == 1
    assert heads(lists[0])[0].startswith("会议指出")  # the frame stays in the item
    lists = _anaphora(
        """
        会上强调，要抓紧修缮校舍，确保按时开学。
        会上要求，要配齐配强教师，稳定师资队伍。
        会上提出，要改善学生伙食，保障营养健康。
        """
    )
    assert len(lists) == 1
    assert len(lists[0].items) == 3


def test_framed_statements_that_go_on_differently_are_no_list() -> None:
    assert not _anaphora("会议指出，今年的收成总体不错。\n会议指出，部分地区仓容偏紧。")


def test_unframed_yao_sentences_inside_a_point_are_no_list() -> None:
    assert not _anaphora(
        "各校要办好食堂。要公开采购渠道，接受家长监督。要落实陪餐制度，发现问题及时整改。要定期检测水质，确保饮水安全。"
    )


def test_framed_statements_about_one_topic_are_no_list() -> None:
    assert not _anaphora(
        """
        会议指出，做好秋粮收购工作是当前农村工作的头等大事。
        会议强调，做好秋粮收购工作要坚持问题导向、压实各方责任。
        """
    )


def test_clauses_a_demand_governs_may_be_followed_by_a_clause_that_sums_them_up() -> None:
    lists = _anaphora("全县要围绕增收抓产业，围绕宜居抓整治，围绕善治抓党建，推动乡村全面振兴。")
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["围绕增收", "围绕宜居", "围绕善治"]


def test_other_runs_followed_by_a_clause_are_part_of_a_larger_statement() -> None:
    assert not _anaphora(
        "他始终把群众的冷暖作为头等大事，把群众的期盼作为努力方向，把群众的评价作为最终标准，赢得了信任。"
    )
    assert not _anaphora("全县要只要资金到位，只要人员到位，只要责任到位，就能按期完工。")


def test_words_that_only_begin_with_yao_open_no_demands() -> None:
    assert not _anaphora("要是明天下雨，活动就改期。\n要把雨具提前备好。\n要说准备，大家都很用心。")


def test_a_one_character_opening_that_begins_a_common_opener_in_a_member_is_no_opening() -> None:
    # 有 of 有过 and 有些: the clauses share a character, not a word that marks items
    assert not _anaphora("回想这几年，我遇到过不少难处，有过很深的迷茫，有些难处我克服了，有些难处我绕开了。")


def test_a_one_character_opening_shared_as_a_word_still_makes_a_series() -> None:
    (lst,) = _anaphora("大家都愿意留在这样的集体里，有目标，有纪律，有温度。")
    assert len(lst.items) == 3


def test_a_quotation_mark_alone_before_a_run_is_no_lead() -> None:
    (lst,) = _anaphora("“坚持勤俭办学，坚持开门办学，坚持依法办学。”这是学校的传统。")
    assert lst.lead is None


def test_the_opening_mark_of_a_quotation_the_run_goes_on_inside_is_no_part_of_its_lead() -> None:
    (lst,) = _anaphora("“这所学校有传统，有特色，有活力，有口碑。”家长们这样说。")
    assert lst.lead == "这所学校"


def test_paragraphs_opening_with_the_term_their_heading_names_describe_it() -> None:
    doc = outline(
        "一、整改方案的含义\n"
        "整改方案是针对查摆出的问题逐项制定的措施清单，要求具体可行。\n"
        "整改方案应当明确责任人和完成时限，做到可检查、可考核。"
    )
    assert all(lst.style != "anaphora" for lst in flat(doc))


def test_paragraphs_opening_with_the_term_the_title_names_describe_it() -> None:
    source = replace(
        make_source("述评文章是夹叙夹议的一种评论体裁，要求有述有评。\n述评文章一般由标题、导语、主体和结尾组成。"),
        title="怎样写好述评文章",
    )
    assert all(lst.style != "anaphora" for lst in flat(parse(source)))


def test_a_short_opening_the_heading_holds_still_repeats_a_demand() -> None:
    doc = outline(
        "坚持党的领导\n坚持把党的领导贯穿工作全过程，一刻也不能放松。\n坚持用党的理论武装头脑，学深悟透真正用好。"
    )
    assert any(lst.style == "anaphora" for lst in flat(doc))


def test_a_heading_line_and_its_body_sentence_repeating_its_words_are_no_anaphora() -> None:
    doc = outline(
        "加强队伍建设\n加强由党委统一领导的队伍建设，配齐配强基层工作力量。\n完善工作机制\n建立定期会商制度。"
    )
    assert all(lst.style != "anaphora" for lst in flat(doc))


def test_short_lines_of_one_length_stay_anaphora_though_the_last_closes_the_sentence() -> None:
    doc = outline("判断的标准是\n是否有利于甲事业的发展\n是否有利于乙方面的提高\n是否有利于丙目标为标准。")
    assert any(lst.style == "anaphora" and len(lst.items) == 3 for lst in flat(doc))


def test_the_body_paragraphs_under_a_heading_repeating_its_words_are_the_anaphora_without_it() -> None:
    doc = outline(
        "坚持人民至上\n"
        "坚持人民至上，就要把群众的急难愁盼作为工作的出发点，一件一件办好，让群众真正感受到实实在在的变化。\n"
        "坚持人民至上，就要把群众满意作为检验工作的标准，问需于民、问计于民，让工作成效经得起群众的检验。"
    )
    lst = next(lst for lst in flat(doc) if lst.style == "anaphora")
    assert len(lst.items) == 2 and lst.items[0].head.startswith("坚持人民至上，就要")


def test_sentences_after_an_ellipsis_still_open_alike() -> None:
    doc = outline(
        "城区治理有三招。面对道路拥堵，增开公交线路。……面对停车困难，新建立体车库。......面对噪音扰民，划定安静区域。"
    )
    assert [heads(lst) for lst in flat(doc)] == [
        ["面对道路拥堵，增开公交线路", "面对停车困难，新建立体车库", "面对噪音扰民，划定安静区域"]
    ]


def test_run_in_headlines_of_one_paragraph_with_bodies_between_them() -> None:
    text = (
        "局长指出，要抓紧学好新条例。组织干部逐条研读，弄清每一条的要求。要切实讲好新条例。"
        "深入社区开讲，让群众听得懂。简单明了。要认真用好新条例。把条例落实到每一项审批之中。"
    )
    (lst,) = flat(outline(text))
    assert heads(lst) == ["要抓紧学好新条例", "要切实讲好新条例", "要认真用好新条例"]
    assert lst.lead == "局长指出，"
    assert lst.items[1].text.endswith("简单明了")


def test_run_in_headlines_without_a_frame_need_more_than_a_shared_yao() -> None:
    text = "要加强团结。班子成员之间多沟通，遇事多商量。要努力工作。各项任务按期完成，质量过硬。要勇于奋斗。"
    assert flat(outline(text)) == []
    text = "抓住春耕不放松。各村组织农机下田。抓住夏收不松劲。抢收抢晒颗粒归仓。抓住秋种不误时。合理安排茬口。"
    assert heads(flat(outline(text))[0]) == ["抓住春耕不放松", "抓住夏收不松劲", "抓住秋种不误时"]


def test_the_first_demand_after_a_bare_opener_is_the_first_item() -> None:
    lists = _anaphora(
        "带好队伍关键在日常。譬如，一定要端正作风，按时上下班；一定要定期谈心，掌握思想动态；"
        "一定要赏罚分明，激发干事热情；一定要团结协作，形成工作合力；等等。"
    )
    assert len(lists) == 1
    assert [h[:6] for h in heads(lists[0])] == ["一定要端正作", "一定要定期谈", "一定要赏罚分", "一定要团结协"]


def test_demands_closed_by_etc_are_a_list() -> None:
    lists = _anaphora(
        "服务群众要从小事做起。例如，要耐心倾听，当场答复；要及时回应，限期办结；要定期回访，听取意见；等等。"
    )
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["要耐心倾", "要及时回", "要定期回"]


def test_actions_under_one_verb_may_go_on_to_their_purpose() -> None:
    lists = _anaphora("全镇把抓项目作为头等大事，强化招商引资，强化要素保障，强化跟踪服务，推动经济稳步回升。")
    assert len(lists) == 1
    assert heads(lists[0]) == ["强化招商引资", "强化要素保障", "强化跟踪服务"]


def test_a_verb_run_completing_a_statement_begun_before_it_is_no_list() -> None:
    assert not _anaphora("镇里把修路作为民生实事，作为发展基础，作为考核内容，年年都有新进展。")


def test_the_field_lines_of_a_page_open_alike_and_list_nothing() -> None:
    text = (
        "发布部门：某县人民政府办公室\n发布文号：某政办发〔2023〕9号\n发布日期：2023年5月8日\n"
        "各乡镇人民政府，县直有关单位：\n请认真贯彻执行。"
    )
    assert not _anaphora(text)


def test_lines_with_a_label_that_is_no_furniture_still_open_alike() -> None:
    text = "坚持教育优先：把学校建设摆在首位。\n坚持教育公平：让每个孩子都能上好学。\n坚持教育创新：推进课堂教学改革。"
    assert [len(lst.items) for lst in _anaphora(text)] == [3]


def test_clauses_opening_with_yao_stay_demands_before_a_clause_of_their_purpose() -> None:
    # 要A，要B，要C，从而D: D says what the demands are for; 只要A…就D-like consequences still end no run
    [lst] = flat(outline("各街道要摸清辖区小店的底数，要建立小店开门的台账，要安排专人定期走访，从而方便居民买菜。"))
    assert [h[:3] for h in heads(lst)] == ["要摸清", "要建立", "要安排"]
    consequence = "各街道要摸清辖区小店的底数，要建立小店开门的台账，要安排专人定期走访，就能方便居民买菜。"
    assert flat(outline(consequence)) == []


def test_a_paragraph_said_again_at_more_length_is_no_list() -> None:
    # a scraped page repeats its summary as the first line of its text, which goes on past it: one paragraph twice
    lists = flat(
        outline(
            """
        村里的读书会

        读书是一件慢功夫，怎样读？大家常常为此发愁，这是我们开头要说的话。
        读书是一件慢功夫，怎样读？大家常常为此发愁，这是我们开头要说的话，后面还有许多话要说。
        后来我们找到了办法，每天读一点，日子久了就读完了好几本书。
        """
        )
    )
    assert lists == []


def test_paragraphs_going_on_past_a_shared_phrase_stay_a_list() -> None:
    # each member says more than the words they share: no member is another said again
    lists = flat(
        outline(
            """
        村里的读书会

        我们要多读书，读好书，把书里的道理用到种树修路上去。
        我们要多读书，还要多讨论，把各家读到的东西拿出来比一比。
        我们要多读书，更要多动手，读过的办法要在地里试一试。
        """
        )
    )
    assert [len(lst.items) for lst in lists] == [3]


@pytest.mark.parametrize("opening", ["要把", "必须坚持", "一定要把"])
def test_clauses_opening_with_a_demand_and_more_words_stay_demands_before_their_purpose(opening: str) -> None:
    # 要把A，要把B，要把C，从而D: a demand word opens the shared words; 要素, 要是 are words of their own
    text = f"各街道{opening}路灯修好，{opening}楼道扫净，{opening}车棚建起，从而方便居民出行。"
    [lst] = flat(outline(text))
    assert [h[: len(opening)] for h in heads(lst)] == [opening] * 3
    assert not any(_opens_with_demand(word) for word in ("要素", "要是", "要点"))


def test_clauses_opening_with_one_adverb_of_constancy_are_a_list() -> None:
    # 始终A，始终B，始终C: each clause is a commitment of its own; a degree adverb (更加A，更加B) only grades it
    lists = _anaphora("全村党员要始终把群众装在心里，始终踏踏实实为乡亲办事，始终为村里的长远发展而奔走。")
    assert len(lists) == 1
    assert [h[:2] for h in heads(lists[0])] == ["始终"] * 3
    assert len(_anaphora("新班子永远不忘来时的路，永远守住清白的底线，永远和群众站在一起。")[0].items) == 3
    assert not _anaphora("到村里调研，不许层层陪同，不许搞迎来送往，不许给村里添负担。")  # prohibitions detail a rule


def test_a_sentences_clauses_set_out_a_line_each_open_with_one_character() -> None:
    # lines closed by semicolons are one sentence's clauses: 是 alone opens them, as it does inside a sentence
    text = """
        2. 修缮老街的几点考虑
        是守住街坊几代人的记忆、留下老手艺人的铺面、让老街的样子还认得出来的需要；
        是改善住户生活条件、通上暖气和燃气管网、让老人冬天不再烧煤取暖的需要；
        是带动沿街小店的生意、吸引外地游客留下来过夜、让年轻人愿意回来开店的需要。
        3. 修缮的进度
        """
    lists = _anaphora(text)
    assert len(lists) == 1
    assert [h[:4] for h in heads(lists[0])] == ["是守住街", "是改善住", "是带动沿"]
    # the same lines closed by full stops are paragraphs, where one character opens nothing
    assert _anaphora(text.replace("；", "。")) == []


def test_a_full_stop_sentence_naming_the_runs_count_is_its_lead() -> None:
    lists = _anaphora(
        """
        抓好村里的事情，要做到“三个坚持”。
        坚持先议后定，大事都拿到会上商量。
        坚持账目公开，每一笔钱都贴在墙上。
        坚持干部带头，难办的事先找党员。
        """
    )
    assert len(lists) == 1
    assert lists[0].lead == "抓好村里的事情，要做到“三个坚持”。"
    assert lists[0].announced_count == 3


def test_a_full_stop_sentence_with_another_count_is_no_lead() -> None:
    lists = _anaphora(
        """
        老街上开着五家小店。
        坚持手工做面，每天只卖两百碗。
        坚持现场熬汤，炉火从早烧到晚。
        坚持老价不变，十年没有涨过价。
        """
    )
    assert len(lists) == 1
    assert lists[0].lead is None


def test_a_paragraph_sharing_only_a_short_word_with_a_run_after_it_does_not_hide_the_run() -> None:
    # 讲稿 opens all four paragraphs; 讲稿使我们 only the last three, which are the run
    text = (
        "讲稿高屋建瓴,是一篇有政治分量的讲稿,是一篇有理论含量的讲稿,是一篇有实践力量的讲稿。\n\n"
        "讲稿使我们继续奋斗的信心更强。这些年来,我们取得了历史性的成就。\n\n"
        "讲稿使我们心中的底气更足。近年来,我们统筹推进“三大行动”,协调推进“两项改革”。\n\n"
        "讲稿使我们前进的方向更明确。我们要认真落实全乡党的建设总要求。"
    )
    found = [heads(lst) for lst in flat(outline(text))]
    assert ["讲稿使我们继续奋斗的信心更强", "讲稿使我们心中的底气更足", "讲稿使我们前进的方向更明确"] in found
