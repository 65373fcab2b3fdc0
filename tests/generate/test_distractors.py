"""Wrong options in the human's shape, one rule per kind of answer (made-up sentences only)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from study.generate.distractors import (
    Lexicon,
    alike,
    dictionary_siblings,
    lexicon_of,
    named,
    opened,
    shape_of,
    shared_end,
    texts_lexicon,
    wrong_options,
)
from study.generate.segment import dictionary_tag, tag_of

COURSE = Lexicon(
    {
        "person": ("周恩来", "朱德", "刘少奇"),
        "place": ("北京", "广州", "延安", "武汉"),
        "title": ("《论持久战》", "《矛盾论》", "《反对本本主义》"),
        "event": ("广州起义",),
        "term": ("先进性", "纯洁性", "积极性", "创造性", "农村", "城市"),
    },
    {"n": ("先进性", "纯洁性", "积极性", "创造性", "农村", "城市"), "ns": ("北京", "广州", "延安", "武汉")},
)


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("1987", "year"),
        ("1987年", "year"),
        ("1987年10月", "date"),
        ("6年", "count"),
        ("七项", "count"),
        ("15%", "count"),
        ("十六大", "meeting"),
        ("十届二中全会", "meeting"),
        ("第三次反围剿", "numbered"),
        ("中共第十九届中央委员会第六次全体会议", "numbered"),
        ("第一次全国代表大会于某年七月在某地召开", "term"),  # a clause that names one: no number to change
        ("《实践论》", "title"),
        ("毛泽东", "person"),
        ("南昌起义", "event"),
        ("系统性", "term"),
    ],
)
def test_an_answer_has_the_shape_of_its_kind(answer: str, kind: str) -> None:
    assert shape_of(answer).kind == kind


def test_a_year_gets_nearby_years() -> None:
    found = wrong_options("1987", "该条例于1987年起正式施行。", COURSE, 3)
    assert len(found) == 3 and all(re.fullmatch(r"19[89][0-9]", y) and abs(int(y) - 1987) <= 3 for y in found)
    assert "1987" not in found


def test_a_date_moves_its_year() -> None:
    found = wrong_options("1987年10月", "这项工作于1987年10月启动。", COURSE, 2)
    assert found and all(re.fullmatch(r"19[89][0-9]年10月", d) for d in found)


def test_a_count_keeps_its_unit_and_stays_near() -> None:
    assert all(o.endswith("年") and 1 <= int(o[:-1]) <= 12 for o in wrong_options("6年", "每届任期为6年。", COURSE, 3))
    assert set(wrong_options("七项", "会议提出了七项任务。", COURSE, 3)) <= {
        "六项",
        "八项",
        "九项",
        "五项",
        "十四项",
        "三项",
    }
    assert all(o.endswith("%") for o in wrong_options("15%", "增长了15%。", COURSE, 3))


def test_a_round_count_moves_by_its_own_step() -> None:
    assert set(wrong_options("3000", "培训了3000名学员。", COURSE, 3)) <= {"4000", "2000", "5000", "6000", "1500"}


def test_a_meeting_gets_its_neighbours() -> None:
    assert set(wrong_options("十六大", "党的十六大提出了这一目标。", COURSE, 2)) == {"十五大", "十七大"}
    plenums = wrong_options("十届二中全会", "十届二中全会作出了决定。", COURSE, 3)
    assert len(plenums) == 3 and all(
        re.fullmatch("[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]中全会", p) for p in plenums
    )
    assert "十届二中全会" not in plenums


def test_a_numbered_event_changes_its_ordinal() -> None:
    assert wrong_options("第三次反围剿", "红军取得了第三次反围剿的胜利。", COURSE, 2) == [
        "第二次反围剿",
        "第四次反围剿",
    ]


def test_a_person_gets_another_person_of_the_course() -> None:
    found = wrong_options("毛泽东", "毛泽东在会上作了报告。", COURSE, 3)
    assert set(found) == {"周恩来", "朱德", "刘少奇"}


def test_a_place_gets_another_place_never_one_of_the_sentence() -> None:
    found = wrong_options("上海", "这次会议在上海召开，随后迁往北京。", COURSE, 2)
    assert set(found) <= {"广州", "延安", "武汉"} and len(found) == 2


def test_a_title_gets_another_title() -> None:
    assert set(wrong_options("《实践论》", "他在《实践论》中阐明了认识的规律。", COURSE, 3)) == set(COURSE.of("title"))


def test_an_event_gets_the_same_event_elsewhere() -> None:
    found = wrong_options("南昌起义", "南昌起义打响了武装反抗的第一枪。", COURSE, 3)
    assert found[0] == "广州起义" and all(o.endswith("起义") and len(o) == 4 for o in found)


def test_a_word_gets_siblings_of_its_length_and_ending_not_those_of_its_series() -> None:
    found = wrong_options("系统性", "要增强改革的系统性、整体性、协同性。", COURSE, 3)
    assert len(found) == 3 and all(len(o) == 3 and o.endswith("性") for o in found)
    assert not {"系统性", "整体性", "协同性"} & set(found)


def test_a_word_with_no_sibling_in_the_course_takes_the_dictionarys() -> None:
    found = wrong_options("紧迫性", "要认识到这项工作的紧迫性。", Lexicon(), 3)
    assert len(found) == 3 and all(len(o) == 3 and o.endswith("性") for o in found)


def test_never_the_answer_nor_a_frame_word() -> None:
    sentence = "李明指出，要提高工作的针对性。来源：《基层工作读本》（人民出版社2020年版）"
    lexicon = texts_lexicon([sentence, "要坚持原则性和灵活性的统一，增强工作的预见性。"])
    found = wrong_options("针对性", sentence, lexicon, 3)
    assert found and not any("针对性" in o or o in sentence for o in found)
    assert "《基层工作读本》" not in lexicon.of("title")  # a source tail lends nothing


def test_the_lexicon_sorts_course_words_by_kind_most_used_first() -> None:
    lexicon = lexicon_of({"延安": 3, "北京": 5, "先进性": 2, "的": 9}, ["学习《论联合政府》一文。"])
    assert lexicon.of("place")[:2] == ("北京", "延安")
    assert lexicon.of("title") == ("《论联合政府》",) and "的" not in lexicon.of("term")


def test_a_points_marker_is_no_word_of_the_lexicon() -> None:
    # the tally counts 一要 / 二是 / 第三 as words; as options they number nothing
    lexicon = lexicon_of({"一要": 4, "二是": 4, "第三": 3, "其二": 2, "实干": 2, "三农": 2, "十五": 2})
    words = {w for kind in lexicon.words.values() for w in kind}
    assert words == {"实干", "三农", "十五"}  # a numeral is a count, not a marker


def test_the_lexicon_knows_its_words_and_indexes_them_by_shape() -> None:
    assert COURSE.knows("延安") and COURSE.knows("先进性") and not COURSE.knows("上海")
    assert COURSE.terms_shaped(3, "性") == ("先进性", "纯洁性", "积极性", "创造性")
    assert COURSE.terms_shaped(3, "市") == ()


def test_a_swap_takes_the_courses_words_most_common_in_chinese_first() -> None:
    from study.generate.segment import commonness

    common = COURSE.common_words("ns", 2)
    assert sorted(common, key=commonness, reverse=True) == list(common) and set(common) <= set(COURSE.tagged["ns"])
    assert COURSE.common_words("ns", 3) == () and COURSE.common_words("v", 2) == ()


WORDS = st.text(alphabet="北京南山市大学院", min_size=2, max_size=5)


@given(st.lists(WORDS, unique=True, max_size=30), WORDS)
def test_named_options_come_in_the_order_of_sorting_all_the_courses_words(words: list[str], answer: str) -> None:
    lexicon = Lexicon({"place": tuple(words)})
    ranked = sorted(words, key=alike(answer))
    siblings = dictionary_siblings(len(answer), answer[-1], dictionary_tag(answer) or tag_of(answer))
    ending = [w for w in ranked if shared_end(w, answer)]
    assert list(named("place")(answer, lexicon)) == ending + ranked
    assert list(named("place", ("ending", "dictionary", "course"))(answer, lexicon)) == [*ending, *siblings, *ranked]


def test_a_worksheet_choice_on_meetings_offers_neighbouring_meetings() -> None:
    from study.generate.exercises import Candidate, Place, distractors
    from tests.generate.test_exercises import make_doc, make_list

    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "这一时期召开的会议有：", ["十五大", "十六大"])
    pool = [Candidate("坚持党的领导", "7", "z"), Candidate("加强作风建设", "8", "z"), Candidate("十大", "9", "z")]
    found = distractors(["十六大"], pool, Place(doc, lst, None), 3, COURSE)
    assert len(found) == 3 and found[:2] == ["十七大", "十八大"]  # never 十五大: it belongs to the right list


def test_a_worksheet_choice_on_a_short_word_prefers_other_lists_heads_of_its_shape() -> None:
    from study.generate.exercises import Candidate, Place, distractors
    from tests.generate.test_exercises import make_doc, make_list

    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要增强：", ["系统性", "整体性"])
    pool = [Candidate("先进性", "5", "y"), Candidate("加强党的纪律建设工作", "9", "x")]
    found = distractors(["系统性"], pool, Place(doc, lst, None), 3, COURSE)
    assert found[0] == "先进性" and all(len(o) == 3 and o.endswith("性") for o in found)
    assert "整体性" not in found


def test_a_word_opened_as_its_siblings_gets_options_that_open_so_and_are_words() -> None:
    lexicon = texts_lexicon(["我们要完成改革任务，取得新的成就，承担历史责任，推进各项工作。"])
    found = list(opened("重大意义", "重大", lexicon))
    assert found and all(w.startswith("重大") and len(w) == 4 for w in found)
    assert "重大意义" not in found and "重大我们" not in found  # a pair the dictionary does not know is no word


def test_a_piece_of_a_packed_series_is_no_course_word() -> None:
    # 统筹山水林田湖草沙: the segmenter's 林田湖 and 草沙 are letters of a formula, never a wrong option
    lexicon = lexicon_of({"林田湖": 6, "草沙": 5, "综合治理": 3})
    assert not lexicon.knows("林田湖") and not lexicon.knows("草沙") and lexicon.knows("综合治理")
