"""Colon + comma series inside one sentence, on made-up text."""

from __future__ import annotations

from study.model import EnumList
from tests.parse.conftest import flat, heads, outline


def _inline(text: str) -> list[EnumList]:
    return [lst for lst in flat(outline(text)) if lst.style == "inline"]


def test_theme_sentence_is_a_series() -> None:
    (lst,) = _inline("这次运动会的口号是：团结协作，顽强拼搏，赛出风格，为集体争光而努力。")
    assert heads(lst) == ["团结协作", "顽强拼搏", "赛出风格", "为集体争光而努力"]
    assert lst.lead == "这次运动会的口号是："


def test_announcing_noun_lets_two_pieces_count() -> None:
    (lst,) = _inline("本课要回答的核心问题：为什么学习、怎样学习")
    assert heads(lst) == ["为什么学习", "怎样学习"]


def test_bare_copula_needs_three_pieces() -> None:
    assert _inline("原因是：他来晚了，车也坏了。") == []
    (lst,) = _inline("结果是：天晴了，风停了，船开了。")
    assert heads(lst) == ["天晴了", "风停了", "船开了"]


def test_speech_and_quotation_do_not_announce() -> None:
    assert _inline("老师说：大家坐好，认真听，别说话。") == []
    assert _inline("会议的要求是：“早到，早走，别迟到。”") == []


def test_long_pieces_are_sentences_not_a_series() -> None:
    text = (
        "总的目标是：到明年年底全县所有乡镇都要建成标准化的卫生院和文化站，"
        "所有村都要通上硬化道路和自来水，学校都要配齐老师。"
    )
    assert _inline(text) == []


def test_a_question_is_no_series() -> None:
    assert _inline("问题是：谁来做，怎么做，何时做？") == []


def test_two_pieces_must_be_built_alike() -> None:
    assert _inline("会议的要求：各乡镇要高度重视，认真组织落实") == []


def test_a_colon_that_names_one_title_before_the_sentence_goes_on_is_no_series() -> None:
    assert flat(outline("今天由我讲一堂党课，题目是：《坚定理想信念》，借此机会，和大家一起交流学习体会。")) == []


def test_a_colon_before_titles_in_every_piece_is_a_series() -> None:
    (lst,) = flat(outline("必读书目有：《共产党宣言》，《实践论》，《矛盾论》。"))
    assert len(lst.items) == 3


def test_a_colon_with_nothing_after_it_before_the_full_stop_is_no_series() -> None:
    assert flat(outline("主要任务是：。\n下一段。")) == []


def test_a_short_label_before_a_bare_series_of_terms_is_a_series() -> None:
    (lst,) = _inline("3、植树造林的三项要领：选苗、挖坑、浇水。")
    assert heads(lst) == ["选苗", "挖坑", "浇水"]
    (lst,) = _inline("这座城市的底色：青山、绿水、蓝天、古巷")
    assert len(lst.items) == 4


def test_a_label_needs_three_short_terms_without_commas() -> None:
    assert _inline("这座城市的底色：青山、绿水。") == []
    assert _inline("这座城市的底色：青山、绿水，还有老街上来来往往的行人。") == []
    assert (
        _inline("这座城市的变化：山上的树木一年比一年长得高、河里的流水一年比一年变得清、头顶的天空一年比一年显得蓝。")
        == []
    )


def test_who_attended_is_no_series_of_terms() -> None:
    assert _inline("参加人员：张明、李华、王强。") == []


def test_who_presides_is_no_series_of_terms_but_a_person_to_be_is() -> None:
    assert _inline("主持人：张明、李华、王强。") == []
    (lst,) = _inline("新时代的接班人：有理想、有本领、有担当。")
    assert heads(lst) == ["有理想", "有本领", "有担当"]


def test_a_note_is_no_series_of_terms_but_what_to_watch_is() -> None:
    assert _inline("注：数据来自统计局、财政局、税务局。") == []
    (lst,) = _inline("重点关注：物价、就业、收入。")
    assert heads(lst) == ["物价", "就业", "收入"]


def test_a_heading_marker_opening_the_first_piece_alone_begins_a_point_not_a_series() -> None:
    # a page that ran its lines together, cut short: 如下：一、 opens the first point; its commas part its clauses
    assert flat(outline("为做好社区卫生工作，现通知如下：一、提高认识，把小区环境整治好，共建和")) == []
    # pieces each marked are still a series
    [lst] = flat(outline("社区服务主要包括：（1）小店，（2）菜场，（3）公园。"))
    assert len(lst.items) == 3


def test_one_character_labels_each_with_a_colon_are_a_series() -> None:
    (lst,) = _inline("班组评优看五个字。勤：出满勤。细：不出错。快：交得早。省：少浪费。和：不吵架。")
    assert heads(lst) == ["勤", "细", "快", "省", "和"]
    assert lst.announced_count == 5
    # the same labels closed by semicolons, and labels of two characters, read alike
    (lst,) = _inline("评比分三项。卫生：地面干净；纪律：按时作息；学习：作业按时交。")
    assert heads(lst) == ["卫生", "纪律", "学习"]


def test_the_whole_may_be_labelled_before_the_first_piece() -> None:
    (lst,) = _inline("【说明】：早：七点前到。齐：人员到齐。净：桌面清爽。")
    assert heads(lst) == ["早", "齐", "净"]


def test_two_labels_or_a_label_said_again_are_no_series() -> None:
    assert _inline("老师：今天谁值日？班长：小王和小李。") == []
    assert _inline("问：何时开始？答：下周一。问：地点在哪？答：三楼会议室。") == []
