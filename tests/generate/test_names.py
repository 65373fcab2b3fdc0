"""Names (names.py and the tags segment.py gives them), on made-up snippets (never dev or seed sentences)."""

from __future__ import annotations

import pytest

from study.generate.analysis import analyse
from study.generate.blanks import EMPTY
from study.generate.names import find_names, find_quantities
from study.generate.segment import tokenize


def names(text: str) -> dict[str, str]:
    """The names found in a text, with their kinds."""
    return {s.text: s.kind for s in find_names(analyse(text, EMPTY))}


# ----------------------------------------------------------------------------- people jieba takes for time words


def test_a_famous_name_jieba_tags_as_a_time_word_is_a_person() -> None:
    assert names("1950年，周恩来在北京会见了来访的代表团。").get("周恩来") == "person"


@pytest.mark.parametrize("text", ["每年夏秋季都要组织巡查。", "唐五代时期的文献很多。"])
def test_a_time_word_that_opens_on_a_surname_stays_a_time_word(text: str) -> None:
    assert all(t.pos != "nr" for t in tokenize(text) if t.word[0] in "夏唐")


# ----------------------------------------------------------------------------- events and great works


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1960年，全长800公里的南山铁路全线通车。", "南山铁路"),
        ("这次起义揭开了东岭革命的序幕。", "东岭革命"),
        ("1931年，日军蓄意制造柳条湖事件，随后发动了侵华战争。", "柳条湖事件"),  # an incident named by its place
    ],
)
def test_a_revolution_or_a_railway_is_named_whole(text: str, name: str) -> None:
    assert name in names(text)


def test_a_fronts_name_jieba_holds_whole_is_a_name_and_the_blank() -> None:
    from study.generate.blanks import rank_blanks

    text = "在新时代，台湾同胞和大陆同胞要壮大爱国统一战线。"
    assert "爱国统一战线" in names(text)
    assert rank_blanks(text)[0].answer == "爱国统一战线"  # the front, not those it unites


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("党领导的中国革命取得了胜利。", "中国革命"),  # the country's: no one event
        ("大会确立了三大革命政策。", "三大革命"),  # a count, not an event's date
        ("城里发生了一起重大事件。", "重大事件"),  # a category of incidents, opening on no name
        ("网络运营者应当制定网络安全事件应急预案。", "网络安全事件"),  # a kind of incident a plan is for
        ("各单位要严防重大安全事件发生。", "安全事件"),  # jieba's one word, tagged nz: a kind, not one
        ("部队开始了创建东岭革命根据地的斗争。", "东岭革命"),  # revolutionary: it qualifies a noun
    ],
)
def test_a_generic_counted_or_modifying_revolution_is_no_event(text: str, not_a_name: str) -> None:
    assert not_a_name not in names(text)


def test_the_rest_of_a_count_jieba_cut_off_its_numeral_is_no_blank() -> None:
    from study.generate.blanks import rank_blanks

    assert "大革命" not in [b.answer for b in rank_blanks("大会确立了三大革命政策，合作由此形成。")]


# ----------------------------------------------------------------------------- common words jieba takes for names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("这次运动会办得有特色、高水平。", "高水平"),  # 高 + 水平: no surname and given name
        ("各地形成了协同推进的新格局。", "新格局"),  # 新 + 格局: no bureau
    ],
)
def test_a_modifier_and_a_common_noun_are_no_name(text: str, word: str) -> None:
    assert word not in names(text)


@pytest.mark.parametrize("text", ["文明城市的评选每三年举行一次。", "东南地区的合作社发展很快。"])
def test_a_kind_of_place_described_in_two_common_words_is_no_name(text: str) -> None:
    # 文明|城市, 东南|地区: jieba tags such an unknown word as a place; it describes a kind of place, names none
    assert "place" not in names(text).values()


def test_a_place_written_with_everyday_words_is_a_name_all_the_same() -> None:
    assert names("1871年，德意志实现了统一。").get("德意志") == "place"


@pytest.mark.parametrize("text", ["这次运动很快从高潮走向低潮。", "各地群众运动掀起了新的高潮。"])
def test_a_common_word_opening_on_an_adjective_is_no_person(text: str) -> None:
    assert "高潮" not in names(text)  # 高 is a surname, and jieba's dictionary tags 高潮 a name


def test_a_rare_name_opening_on_an_adjective_surname_is_a_person() -> None:
    assert names("1898年，严复翻译的著作出版了。").get("严复") == "person"


# ----------------------------------------------------------------------------- people introduced by their post


def test_a_rare_word_after_a_post_that_opens_on_a_surname_is_a_person() -> None:
    tagged = {t.word: t.pos for t in tokenize("1942年5月，八路军副参谋长左权指挥部队突围。")}
    assert tagged.get("左权") == "nr"  # jieba's dictionary calls it a noun


@pytest.mark.parametrize("text", ["要加强党员方面的教育工作。", "全体党员高度重视这项工作。"])
def test_a_common_word_after_a_post_is_no_person(text: str) -> None:
    assert all(t.pos not in ("nr", "nrfg", "nrt") for t in tokenize(text))


# ----------------------------------------------------------------------------- a preposition glued to a name


def test_a_name_whose_first_two_characters_are_a_word_keeps_its_first_character() -> None:
    # jieba tags 从严治党 a name; 从严 is a word, so 从 is no glued preposition and 严治党 half a word
    assert "严治党" not in names("各地坚持全面从严治党不放松。")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("年满16周岁的村民可以参加村民会议。", "16周岁"),
        ("年龄在14至28周岁之间。", "14至28周岁"),
        ("连续工作三周以上。", "三周"),
    ],
)
def test_an_age_keeps_its_unit_whole(text: str, figure: str) -> None:
    # 周岁 is one unit: read as 周 (weeks) it left 16周 and a stray 岁
    found = [s.text for s in find_quantities(analyse(text, EMPTY))]
    assert figure in found


@pytest.mark.parametrize(
    "text", ["候选人名单要由党组织和村民充分讨论。", "各校的团组织要按期换届。", "支部的党员大会每季度召开一次。"]
)
def test_a_generic_body_of_an_organisations_structure_is_no_name(text: str) -> None:
    assert not any(kind == "organisation" for kind in names(text).values())


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a date whole, beside its year
        ("新馆于2029年5月18日开放。", "2029年5月18日"),
        ("每年的4月23日为读书日。", "4月23日"),
        ("工程在2030年9月完工。", "2030年9月"),
        # 三分之二, 至少…一次: figures a rule writes in words, which the figure rule, keyed to units, did not propose
        ("村规民约的修订须有三分之二以上的村民签字。", "三分之二"),
        ("五分之一以上的代表可以提议召开临时会议。", "五分之一"),
        ("罚款不超过上一年收入的百分之四十。", "百分之四十"),
        ("志愿服务队每季度至少组织一次培训。", "一次"),
        ("主任连续任职不超过两届。", "两届"),
        # how often, in one piece: the period and its count together
        ("村民小组每年一次向村民公布集体收支情况。", "每年一次"),
        ("村务监督委员会每半年至少一次向村民会议报告工作。", "每半年至少一次"),
    ],
)
def test_a_date_a_share_or_a_figure_a_limit_sets_is_a_quantity(text: str, figure: str) -> None:
    found = [s.text for s in find_quantities(analyse(text, EMPTY))]
    assert figure in found


def test_a_frequency_in_one_piece_is_the_blank_and_one_a_verb_splits_is_not_joined() -> None:
    from study.generate.blanks import rank_blanks

    assert rank_blanks("监事会每年一次听取合作社财务状况的汇报。")[0].answer == "每年一次"
    assert "每季度召开1次" not in [s.text for s in find_quantities(analyse("党员大会每季度召开1次。", EMPTY))]
