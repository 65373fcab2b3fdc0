"""Bullet lists: markdown/HTML bullet paragraphs (Paragraph.level) and bullet signs in plain text."""

from __future__ import annotations

import pytest

from study.model import Document, Loc, Meta, Paragraph, Source
from study.parse import bullets, parse
from study.script import simplify
from tests.parse.conftest import flat, heads, outline


def leveled(*lines: tuple[int, str]) -> Document:
    """Parse made-up paragraphs that carry the reader's markup levels."""
    paras = tuple(Paragraph(t, simplify(t), Loc("x.md", n + 1, n), level) for n, (level, t) in enumerate(lines))
    return parse(Source("x.md", "x", None, Meta(), "simplified", paras))


def test_markdown_bullets_after_a_lead() -> None:
    doc = leveled(
        (0, "这本书讲了两种做法："),
        (8, "第一种做法，先易后难。"),
        (8, "第二种做法，先难后易。"),
        (0, "两种做法各有长短。"),
    )
    lst = flat(doc)[0]
    assert lst.lead == "这本书讲了两种做法："
    assert lst.announced_count == 2
    assert heads(lst) == ["第一种做法，先易后难", "第二种做法，先难后易"]


def test_nested_bullets_hang_on_their_item() -> None:
    doc = leveled((8, "种植"), (9, "选种"), (9, "育苗"), (8, "养殖"), (8, "加工"))
    top = doc.lists[0]
    assert heads(top) == ["种植", "养殖", "加工"]
    assert heads(top.items[0].lists[0]) == ["选种", "育苗"]


def test_numbered_labels_inside_bullets_are_the_markers() -> None:
    doc = leveled((0, "全书分为三章："), (8, "一、缘起"), (8, "二、经过"), (8, "三、结果"))
    lst = flat(doc)[0]
    assert [i.marker for i in lst.items] == ["一、", "二、", "三、"]
    assert heads(lst) == ["缘起", "经过", "结果"]


def test_em_dash_lines_are_bullets() -> None:
    lst = flat(outline("我们要做到：\n——坚持勤俭办事。\n——坚持公开透明。\n——坚持按章办事。"))[0]
    assert heads(lst) == ["坚持勤俭办事", "坚持公开透明", "坚持按章办事"]
    assert lst.style == "——"


def test_one_bullet_is_no_list() -> None:
    assert flat(leveled((0, "前言。"), (8, "孤立的一条。"), (0, "后文。"))) == []


def test_a_bulleted_run_then_a_numbered_run_at_the_same_level_are_two_lists() -> None:
    doc = leveled(
        (0, "总任务分两步走。"),
        (8, "第一步：打牢基础"),
        (8, "第二步：全面提升"),
        (8, "1. 稳住基本盘：抓好粮食生产。"),
        (8, "2. 补齐短板：办好民生实事。"),
        (8, "3. 守住底线：防范化解风险。"),
    )
    lists = flat(doc)
    assert [len(lst.items) for lst in lists] == [2, 3]
    assert [item.marker for item in lists[1].items] == ["1.", "2.", "3."]


def test_a_pointing_line_before_bullets_takes_the_count_of_the_sentence_before_it() -> None:
    doc = leveled(
        (0, "这学期评出了三个先进班级。"),
        (0, "分别是："),
        (8, "初一（2）班。"),
        (8, "初二（5）班。"),
        (8, "初三（1）班。"),
    )
    lst = flat(doc)[0]
    assert lst.lead == "这学期评出了三个先进班级。分别是："
    assert lst.announced_count == 3


def test_a_markdown_sign_left_in_plain_text_opens_a_bullet() -> None:
    text = (
        "学习的方法有很多种，这里介绍最常用的几种：\n"
        "- 精读：逐字逐句读懂原文；\n- 泛读：大量阅读拓宽视野；\n- 研读：带着问题深入钻研。"
    )
    (lst,) = flat(outline(text))
    assert heads(lst) == ["精读", "泛读", "研读"]


def test_plain_text_signs_before_the_first_body_paragraph_are_a_menu() -> None:
    text = (
        "- 首页\n- 要闻\n- 评论\n"
        "今天上午，全县学习教育动员大会在县委礼堂召开，会议由县委书记主持。\n会议强调要抓好落实。"
    )
    assert flat(outline(text)) == []


def test_plain_text_signs_a_colon_line_announces_are_a_list_in_a_short_note() -> None:
    (lst,) = flat(outline("读书小记\n这次读书的收获：\n- 先读原文\n- 再写摘要\n- 最后讨论"))
    assert heads(lst) == ["先读原文", "再写摘要", "最后讨论"]
    assert lst.lead == "这次读书的收获："


def test_bullets_of_bracketed_fields_and_short_values_are_a_property_table() -> None:
    doc = outline("文件信息\n•【发文单位】某某办公厅\n•【发布日期】2030.01.01\n•【文号】\n•【有效性】现行有效")
    assert not flat(doc)


def test_bullets_that_open_with_a_bracketed_label_and_go_on_with_a_sentence_stay_a_list() -> None:
    doc = outline(
        "主要做法：\n•【抓学习】每周集中学习一次，领导干部带头领学。\n•【抓落实】每月通报一次进度，对滞后事项挂牌督办。"
    )
    assert len(flat(doc)[0].items) == 2


def test_short_unannounced_bullets_after_the_last_body_paragraph_are_the_pages_footer() -> None:
    body = "全县各级党组织认真开展学习教育，推动各项工作落实落细，取得了明显成效。"
    assert flat(outline(f"{body}\n• 某某新闻网\n• 某某公众号")) == []
    kept = flat(outline(f"{body}\n主要做法有：\n• 抓学习\n• 抓落实"))
    assert [len(lst.items) for lst in kept] == [2]
    points = flat(outline(f"{body}\n——坚持人民至上\n——坚持自信自立\n——坚持守正创新"))
    assert [len(lst.items) for lst in points] == [3]


def test_the_last_body_paragraph_is_looked_for_once_however_many_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    found = bullets._last_body

    def counted(paragraphs: tuple[Paragraph, ...]) -> int:
        calls.append(1)
        return found(paragraphs)

    monkeypatch.setattr(bullets, "_last_body", counted)
    outline("• 甲乙\n• 丙丁\n短行\n" * 50)  # no body paragraph: each search would read the whole text
    assert len(calls) == 1


def test_a_long_run_of_short_links_before_the_body_is_the_pages_menu() -> None:
    links = "\n".join(
        f"• {name}" for name in ("首页", "新闻", "通知", "政策", "办事", "服务", "文化", "社区", "专栏", "图片")
    )
    body = "各单位要结合实际抓好落实，确保各项任务按期完成，并把经验做法及时报送。"
    assert flat(outline(f"{links}\n• 某某市关于推进老旧小区改造的专题报道汇编\n{body}")) == []
    points = "• 抓好春耕备耕\n• 办好民生实事\n• 守牢安全底线"
    assert heads(flat(outline(f"{points}\n{body}"))[0]) == ["抓好春耕备耕", "办好民生实事", "守牢安全底线"]


def test_bullets_numbered_by_yi_shi_take_those_as_their_markers() -> None:
    doc = outline(
        """
        今年重点抓好三件事：
        ● 一是改造老旧小区，完善水电气暖设施。
        ● 二是增加停车泊位，缓解停车难。
        ● 三是建设口袋公园，方便群众休闲。
        """
    )
    lists = flat(doc)
    assert len(lists) == 1
    assert lists[0].style == "一是" and [item.marker for item in lists[0].items] == ["一是", "二是", "三是"]


def test_dash_lines_after_a_body_paragraph_are_led_by_the_statement_that_closes_it() -> None:
    text = (
        "过去一年，我们迎难而上，各项事业取得新进展。\n——经济运行稳中向好。\n——民生保障持续加强。\n——生态环境明显改善。"
    )
    (lst,) = flat(outline(text))
    assert lst.lead == "过去一年，我们迎难而上，各项事业取得新进展。"


def test_dash_lines_after_a_question_or_a_bullet_run_after_a_statement_have_no_lead() -> None:
    (lst,) = flat(outline("各项事业进展如何？\n——经济运行稳中向好。\n——民生保障持续加强。"))
    assert lst.lead is None
    (lst,) = flat(outline("各项事业取得新进展。\n• 经济运行稳中向好。\n• 民生保障持续加强。"))
    assert lst.lead is None


def test_a_word_numbered_after_it_opening_each_bullet_is_the_ordinal_and_the_head_follows_it() -> None:
    doc = outline(
        """
        本月抓好三项工作：
        ■ 任务一：抓培训
        ■ 任务二：抓督查
        ■ 任务三：抓总结
        """
    )
    lst = flat(doc)[0]
    assert [item.marker for item in lst.items] == ["任务一", "任务二", "任务三"]
    assert heads(lst) == ["抓培训", "抓督查", "抓总结"]


def test_layout_bullets_opening_with_a_numbered_word_take_it_as_their_marker() -> None:
    doc = leveled((0, "下面讲两条体会："), (8, "体会一：多下基层"), (8, "体会二：多听意见"))
    lst = flat(doc)[0]
    assert [item.marker for item in lst.items] == ["体会一", "体会二"]
    assert heads(lst) == ["多下基层", "多听意见"]


@pytest.mark.parametrize("sign", ["➢", "➤", "→", "√", "✓", "✔", "◎", "❖", "♦", "▸", "Ø"])
def test_a_word_processors_or_a_pages_bullet_glyph_opens_a_bullet(sign: str) -> None:
    # Word's bullets (➢ ❖ ♦ ✓, and Ø where a Wingdings arrow lost its font) and a page's arrows and ticks
    text = (
        "开展这项活动，重点做好以下几项工作：\n"
        f"{sign} 深入基层调研，掌握真实情况。\n{sign} 认真梳理问题，建立工作台账。\n{sign} 逐项整改落实，确保取得实效。"
    )
    (lst,) = flat(outline(text))
    assert heads(lst) == ["深入基层调研，掌握真实情况", "认真梳理问题，建立工作台账", "逐项整改落实，确保取得实效"]


def test_a_latin_letter_opening_lines_is_no_bullet() -> None:
    # Ø is a bullet only before a blank and hanzi: a Latin word opening a line (Øresund) stays words
    assert not flat(outline("有关资料如下：\nØresund bridge links two countries.\nØresund is a strait."))
