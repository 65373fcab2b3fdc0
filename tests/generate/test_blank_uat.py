"""Blank choice on the shapes an exam candidate judged (made-up sentences): a verb's pair, a direction word, a
definition's graded head, a clause's own time, a period counted from an era, and a figure's hint."""

from __future__ import annotations

from study.generate.analysis import analyse
from study.generate.blanks import EMPTY, candidates, choose_blanks, hint_for, rank_blanks
from study.generate.segment import tokenize


def best(text: str) -> str:
    """The best answer of a text."""
    return rank_blanks(text)[0].answer


def test_a_pair_of_verbs_before_its_object_yields_to_the_object() -> None:
    # jieba tags 贯彻执行 an idiom (0.58 a word), but the sentence tells what is carried out, not the doing
    assert best("各级组织要贯彻执行上级党委的工作部署。") == "工作部署"


def test_a_pair_of_verbs_that_names_a_thing_stays_an_idiom() -> None:
    # before 的 it is no verb of the clause: the way of working it names may be the point
    assert best("这是一种统筹兼顾的工作方法。") == "统筹兼顾"


def test_directions_packed_into_a_word_are_no_body() -> None:
    assert [t.pos for t in tokenize("支持中西部发展") if t.word == "中西部"] == ["f"]
    assert "中西部" not in [b.answer for b in rank_blanks("支持中西部和东北地区承接产业转移。")]


def test_a_word_of_doing_to_oneself_is_no_pronoun() -> None:
    # jieba tags 自省 as it tags 自己: the series of virtues lost a member, and the member every score
    assert [t.pos for t in tokenize("党员要做到自重、自省、自警、自励。") if t.word == "自省"] == ["v"]
    assert "自省" in [b.answer for b in rank_blanks("党员要做到自重、自省、自警、自励。")]
    assert [t.pos for t in tokenize("要相信自己。") if t.word == "自己"] == ["r"]
    # the words on 自 that say how or when are no verbs: 自行 (by itself), 自此 (from then on)
    assert [t.pos for t in tokenize("具体办法由各乡镇自行制定。") if t.word == "自行"] == ["r"]
    assert [t.pos for t in tokenize("自此，全村面貌焕然一新。") if t.word == "自此"] == ["r"]


def test_an_ordinal_grades_a_definitions_head() -> None:
    # …是…的第一N: the graded head is what the definition states, not a word of its modifier
    assert best("质量是企业立身的第一生命。") == "第一生命"
    assert best("安全是生产经营的第一责任。") == "第一责任"


def test_an_ordinal_with_a_measure_word_is_no_graded_head() -> None:
    # 第一个…: the first of a kind of thing, whose name is the point
    assert "第一个试点" not in [b.answer for b in rank_blanks("某某镇是全县的第一个试点。")[:1]]


def test_a_date_set_off_as_its_clauses_time_yields() -> None:
    # …，到2030年，…: the time of the target, like a sentence's opening date
    assert best("经过几年奋斗，到2030年，本市建成一批示范园区。") == "示范园区"


def test_a_period_counted_from_an_era_or_an_anniversary_yields() -> None:
    assert best("改革开放20年来，小城发生了巨大变化。") != "20年"
    ranked = rank_blanks("在庆祝本市解放70周年大会上，市长发表讲话。")
    anniversary = next(b for b in ranked if b.answer.startswith("70"))
    assert anniversary.answer == "70周年"  # not 70周 of 70周年
    assert anniversary.score < 0.7


def test_a_figures_hint_names_its_kind_not_its_characters() -> None:
    assert hint_for("3.5%", 2) == "百分数"
    assert hint_for("2030年", 2) == hint_for("2030", 1) == "年份"
    assert hint_for("2030年5月1日", 2) == hint_for("5月1日", 2) == "日期"
    assert hint_for("420名", 2) == "数字"
    assert hint_for("五年", 2) == "2字"  # a figure in characters is written in characters
    assert [b.hint for b in choose_blanks("全年粮食产量增长3.5%。") if b.answer == "3.5%"] == ["百分数"]


def test_a_name_holding_a_figure_keeps_its_length_hint() -> None:
    assert hint_for("某某1844年手稿", 2) == "9字"
    assert hint_for("1270多万", 2) == "数字"


def test_a_word_of_manner_before_its_verb_is_no_blank() -> None:
    # jieba tags 全面 and 大力 as nouns: before a verb they say how it is done, and the verb's object is asked
    for text in ("全面发动各族群众，保持社会安定。", "要大力调动各方面的积极性。"):
        assert "全面" not in [b.answer for b in rank_blanks(text)]
        assert "大力" not in [b.answer for b in rank_blanks(text)]
    # after 的 the pair is a noun's: it may be the point
    assert best("要促进学生的全面发展。") == "全面发展"


def test_a_member_of_three_examples_that_deng_closes_yields() -> None:
    # 甲、乙、丙等: examples of a kind, any of which fits the gap; the rest of the sentence is asked first
    assert best("会议邀请了渔民、菜农、果农等出席座谈。") not in ("渔民", "菜农", "果农")


def test_a_member_of_a_list_that_a_kind_closes_yields() -> None:
    # 甲、乙、丙及各类丁: the list's kind (各类丁) makes its members examples too, the kind's noun with them
    text = "春节期间严禁用公款组织游园、灯会、庙会及各类联欢晚会。"
    analysis = analyse(text, EMPTY)
    members = [s.text for s in candidates(analysis) if analysis.in_open_list(s)]
    assert {"游园", "灯会", "庙会", "联欢晚会"} <= set(members)
    assert "公款" not in members


def test_three_members_without_deng_stay_a_closed_list() -> None:
    # no 等: the set is fixed, its closing member is what a teacher blanks
    assert best("村里建起了图书室、卫生室和活动室。") in ("图书室", "卫生室", "活动室")


def test_a_list_of_examples_gets_one_blank_at_most() -> None:
    # the gaps of two members could swap answers: one member is asked, the rest of the sentence before another
    text = "老人们在这里可以学习书法、绘画、摄影、剪纸、刺绣、编织、陶艺等。"
    chosen = [b.answer for b in choose_blanks(text, level=3)]
    members = {"书法", "绘画", "摄影", "剪纸", "刺绣", "编织", "陶艺"}
    assert len(chosen) >= 2
    assert len(members.intersection(chosen)) == 1
