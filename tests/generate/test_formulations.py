"""Formulations (formulations.py): counts, 以…为…, 把/将 objects, copulas, on made-up snippets."""

from __future__ import annotations

import pytest

from study.generate.analysis import analyse
from study.generate.blanks import EMPTY, rank_blanks
from study.generate.formulations import find_appositions, find_ba_objects, find_heads, find_sanctions, find_yi_wei


def ba(text: str) -> list[str]:
    """The objects a 把/将 sentence puts somewhere."""
    return [s.text for s in find_ba_objects(analyse(text, EMPTY))]


# ----------------------------------------------------------------------------- 把/将 objects


@pytest.mark.parametrize(
    ("text", "objects"),
    [
        ("要把耕地保护放在首位。", ["耕地保护"]),
        ("会议将生态保护作为首要任务。", ["生态保护"]),  # 将 as 把
        ("要把民生工作始终摆在突出位置。", ["民生工作"]),  # the adverb after the object is no part of it
        ("我们将继续作为排头兵。", []),  # 将: "will", and 继续 no object
    ],
)
def test_the_object_of_a_placing_verb_after_ba_or_jiang(text: str, objects: list[str]) -> None:
    assert ba(text) == objects


# ----------------------------------------------------------------------------- 以…为…


def yi(text: str) -> dict[str, str]:
    """The 以…为… spans of a text, with their kinds (yi: X; formula: the whole)."""
    return {s.text: s.kind for s in find_yi_wei(analyse(text, EMPTY))}


@pytest.mark.parametrize(
    ("text", "x"),
    [
        ("红军以油岭山为中心开展游击战争。", "油岭山"),  # 以 glued to a three-character name (以油岭山/n)
        ("部队以黄岩山为中心建立根据地。", "黄岩山"),  # 为 glued to the name's end (黄岩 / 山为)
        ("大会确定以发动群众作为党的中心任务。", "发动群众"),  # 以X作为Y
    ],
)
def test_what_yi_wei_puts_first_is_found_however_jieba_cuts_it(text: str, x: str) -> None:
    assert yi(text).get(x) == "yi"


def test_yi_zuowei_names_a_role_and_no_set_phrase() -> None:
    assert all(kind != "formula" for kind in yi("大会确定以发动群众作为党的中心任务。").values())


# ----------------------------------------------------------------------------- what follows a copula


def heads(text: str) -> dict[str, str]:
    """The noun phrases find_heads takes, with their kinds."""
    return {s.text: s.kind for s in find_heads(analyse(text, EMPTY))}


def test_a_predicate_stops_before_its_purpose() -> None:
    found = heads("会议决定，这种倾向作为主要危险来反对。")
    assert "主要危险来反对" not in found
    assert found.get("主要危险") == "predicate"


def test_the_role_zuowei_gives_an_object_of_ba_or_yi_is_no_predicate() -> None:
    assert "中心任务" not in heads("大会以发动群众作为中心任务。")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("这次运动的三大目标是团结和进步。", "团结和进步"),
        ("该会议的主题是改革开放。", "改革开放"),
    ],
)
def test_after_a_subject_with_de_the_copula_introduces_the_predicate(text: str, predicate: str) -> None:
    found = heads(text)
    assert found.get(predicate) == "predicate"
    assert not any("是" in phrase for phrase in found)  # the phrase after 的 stops before the copula


# ----------------------------------------------------------------------------- counts


def counts(text: str) -> list[str]:
    """The counts find_counts proposes."""
    from study.generate.formulations import find_counts

    return [s.text for s in find_counts(analyse(text, EMPTY))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("红军四渡赤水，摆脱了敌军。", "四"),  # a numeral jieba cut off the verb it counts
        ("第二十九届夏季运动会在南城举行。", "二十九"),  # an edition
    ],
)
def test_a_count_of_actions_or_an_edition_is_found(text: str, count: str) -> None:
    assert count in counts(text)


@pytest.mark.parametrize("text", ["由此开始的一二·九运动迅速波及全国。", "会议上小三推行了新办法。"])
def test_a_numeral_that_continues_a_date_or_a_word_counts_nothing(text: str) -> None:
    assert counts(text) == []


def test_a_count_of_actions_is_a_blank_and_an_edition_rarely_the_first() -> None:
    from study.generate.blanks import rank_blanks

    assert rank_blanks("那年冬天，红军四渡赤水，摆脱了敌军的围追堵截。")[0].answer == "四"
    assert rank_blanks("第十五届地方委员会第三次会议在南城举行。")[0].answer != "十五"


def test_an_interval_is_a_quantity() -> None:
    from study.generate.names import find_quantities

    assert "五年" in [s.text for s in find_quantities(analyse("此后每隔五年制定一次规划。", EMPTY))]
    assert "三年" in [s.text for s in find_quantities(analyse("理事会每三年改选一次。", EMPTY))]


@pytest.mark.parametrize(
    "text", ["新任委员的试用期为两年", "合作社理事每届任期三年；监事同理事。", "这项规划的期限为五年,届满评估。"]
)
def test_a_span_of_time_that_closes_a_clause_or_the_text_is_a_quantity(text: str) -> None:
    from study.generate.names import find_quantities

    found = [s.text for s in find_quantities(analyse(text, EMPTY))]
    assert any(q in found for q in ("两年", "三年", "五年")), found


@pytest.mark.parametrize(("text", "span"), [("村委会每届任期三至五年。", "三至五年"), ("小组由3至5人组成。", "3至5人")])
def test_a_range_with_its_unit_is_one_quantity(text: str, span: str) -> None:
    from study.generate.names import find_quantities

    assert span in [s.text for s in find_quantities(analyse(text, EMPTY))]


@pytest.mark.parametrize(
    ("text", "span"),
    [("凡有正式党员五人以上的村，都应成立支部。", "五人"), ("年龄在六十岁以上的老党员可以免交党费。", "六十岁")],
)
def test_a_count_of_people_or_an_age_in_chinese_numerals_is_a_quantity(text: str, span: str) -> None:
    from study.generate.names import find_quantities

    assert span in [s.text for s in find_quantities(analyse(text, EMPTY))]


def test_a_predicate_of_a_verb_and_its_long_object_is_found_whole() -> None:
    # 坚持和完善某某某某制度: a program of 12 characters, no clause of its own
    assert heads("该会议的主要任务是坚持和完善基层群众自治制度。").get("坚持和完善基层群众自治制度") == "predicate"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("该县的一切土地属于集体。", "集体"),
        ("合作社的职责包括组织生产。", "组织生产"),
    ],
)
def test_shuyu_and_baokuo_introduce_a_predicate_as_the_copula_does(text: str, predicate: str) -> None:
    assert heads(text).get(predicate) == "predicate"


def test_a_graded_category_jieba_tags_a_verb_is_a_head_and_its_claim_has_a_subject() -> None:
    # 本质 | 要求/v: jieba tags the class noun a verb; the phrase is a category all the same
    found = heads("依法行政是法治政府的本质要求。")
    assert found.get("本质要求") == "head"
    assert found.get("依法行政") == "subject"


# ----------------------------------------------------------------------------- appositions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("党员要发扬艰苦奋斗这一优良传统。", ["艰苦奋斗"]),
        ("各地要抓住乡村振兴这个总抓手。", ["乡村振兴"]),  # the verb before the name governs it: no part of it
        ("这一年，全县粮食丰收。", []),  # a pointer before a time points at no name
        ("这种做法值得推广。", []),
        ("党中央这一决策部署十分及时。", []),  # a body's own act: 党中央的这一决策部署
    ],
)
def test_the_name_a_pointer_and_its_description_follow(text: str, names: list[str]) -> None:
    assert [s.text for s in find_appositions(analyse(text, EMPTY))] == names


def test_an_apposed_name_is_the_first_blank() -> None:
    # jieba cuts the name into a noun and a verb, whose pieces were the only candidates
    assert rank_blanks("各地要抓住乡村振兴这个总抓手。")[0].answer == "乡村振兴"


# ----------------------------------------------------------------------------- heads after 的


def test_words_jieba_tags_as_verbs_after_de_make_the_head_all_the_same() -> None:
    # 的｜组织/v｜保证/v。: between 的 and the clause's end they are a noun phrase
    heads = [s.text for s in find_heads(analyse("合作社是乡村振兴的组织保证。", EMPTY)) if s.kind == "head"]
    assert heads == ["组织保证"]


def test_words_tagged_as_verbs_after_de_with_no_copula_are_the_predicate() -> None:
    # 群众的诉求｜得到｜回应: 的 closes the subject's modifier, and what follows is what is said of it
    assert "诉求得到回应" not in [s.text for s in find_heads(analyse("要让群众的诉求得到回应。", EMPTY))]
    assert rank_blanks("要让群众的诉求得到回应。")[0].answer != "诉求得到回应"
    # a pair of them closing the clause is its noun all the same (的｜发展/vn｜要求/v): no verb governs the other
    heads = [s.text for s in find_heads(analyse("产业政策要适应新型工业化的发展要求。", EMPTY))]
    assert "发展要求" in heads


# ----------------------------------------------------------------------------- sanctions


@pytest.mark.parametrize(
    ("text", "sanctions"),
    [
        ("对负有责任的，给予警告或者严重警告处分。", ["警告或者严重警告"]),  # two sanctions a provision offers, whole
        ("村委会成员违规的，应当予以撤换。", ["撤换"]),
        ("挪用集体资金的，以侵占论。", ["侵占"]),
        ("所以论文要写好。", []),  # 所以 is no 以…论
    ],
)
def test_the_sanction_a_provision_imposes(text: str, sanctions: list[str]) -> None:
    assert [s.text for s in find_sanctions(analyse(text, EMPTY))] == sanctions


@pytest.mark.parametrize(
    ("text", "sanction"), [("村委会成员违规的，应当予以撤换。", "撤换"), ("挪用集体资金的，以侵占论。", "侵占")]
)
def test_a_sanction_is_the_first_blank(text: str, sanction: str) -> None:
    # what the provision fixes; the offender it names was first, the sanction a plain verb among the words
    assert rank_blanks(text)[0].answer == sanction


@pytest.mark.parametrize("adverb", ["始终", "也", "仍然"])
def test_an_adverb_of_the_copula_leaves_the_subject_its_subject(adverb: str) -> None:
    # 某某路线始终是…的生命线: the adverb tells how long the claim holds, the subject is what it defines
    assert heads(f"服务路线{adverb}是机关的生命线。").get("服务路线") == "theme"
