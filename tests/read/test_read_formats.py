"""Each source shape on small made-up snippets: header, tagged dump, web page, plain text."""

from __future__ import annotations

import time

import pytest

from study.model import Meta
from study.read.fields import build_meta, field_pairs, parse_date, split_keywords
from study.script import to_traditional
from tests.read.makers import Docx, ReadBytes, para, texts

BODY = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，确保各项措施真正落地见效。"
BODY2 = "水务部门要加强对重点用水单位的监督检查，对浪费用水的行为依法处理，并向社会公布结果。"


# ---------------------------------------------------------------- field values


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1990-2-4", "1990-02-04"),
        ("2005/07/14 提供单位：某某", "2005-07-14"),
        ("2005年7月14日", "2005-07-14"),
        ("2005.7.4", "2005-07-04"),
        ("19900421", "1990-04-21"),
        ("一九九〇年三月十二日", "1990-03-12"),
        ("一九九0年十二月二十一日", "1990-12-21"),
        ("2005-13-40", None),
        ("第3期", None),
        ("26/10/2022", "2022-10-26"),  # day first, as Hong Kong pages write it
        ("发布日期：05/06/2022", "2022-06-05"),
        ("10/26/2022", "2022-10-26"),  # no month 26: month first
        ("Friday, May 8, 2020 5:54", "2020-05-08"),  # a blog's date header
        ("3 November 2021", "2021-11-03"),
        ("Sept. 3, 2015", "2015-09-03"),
        ("Maybe 5, 2015", None),  # no month's name
        ("112年03月09日", "2023-03-09"),  # the Minguo calendar, as Taiwan's government pages date
        ("日期：民國105年7月1日", "2016-07-01"),
        ("中華民國99年12月25日公布", "2010-12-25"),
        ("发布于23年4月8日", None),  # a short year of the common era: no calendar's date to read
    ],
)
def test_dates_become_iso(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_a_taiwan_notice_is_dated_by_its_minguo_date(read_text) -> None:
    source = read_text("節約用水宣導計畫\n發布日期：113年08月26日\n各機關應加強節約用水宣導，落實各項措施。\n")
    assert source.meta.date == "2024-08-26"


def test_several_fields_on_one_line() -> None:
    pairs = field_pairs("发布日期：2005/07/14 提供单位：办公室 Email：a@b.cn 信息来源：某某日报")
    assert ("date", "2005/07/14") in pairs
    assert ("publication", "某某日报") in pairs


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者: 刘建国发布时间: 2011-03-09 10:40:16来源: 《晨光日报》", "刘建国"),
        ("作者：劉建國發布時間：2011-03-09", "劉建國"),
        ("作者 :刘建国 来源 :本站 访问次数 : 发布时间 :2011-03-09", "刘建国"),  # names spaced from their colons
        ("发布时间 : 2011-03-09 10:40作者:刘建国浏览次数 : 12次", "刘建国"),
    ],
)
def test_fields_run_together_on_one_line(line: str, author: str) -> None:
    meta = build_meta(field_pairs(line))
    assert (meta.author, meta.date) == (author, "2011-03-09")


@pytest.mark.parametrize("value", ["刘建国（某某大学马克思主义学院教授）", "刘建国(某某学院(某某研究中心)研究员)"])
def test_an_author_s_unit_in_brackets_is_no_part_of_the_name(value: str) -> None:
    assert build_meta([("author", value)]).author == "刘建国"


@pytest.mark.parametrize("value", ["刘建国【字体：大 中 小】【关闭窗口】", "刘建国 【 】", "刘建国[打印]"])
def test_a_page_s_buttons_run_into_the_author_field_are_no_part_of_the_name(value: str) -> None:
    assert build_meta([("author", value)]).author == "刘建国"


@pytest.mark.parametrize(
    "value",
    ["某县融媒体中心 【字体：大 中 小】 打印本页", "某县融媒体中心【字号：大 中 小】", "某县融媒体中心 打印本页"],
)
def test_a_page_s_buttons_after_the_source_are_no_part_of_its_name(value: str) -> None:
    assert build_meta([("publication", value)]).publication == "某县融媒体中心"


def test_a_source_with_brackets_of_its_own_keeps_them() -> None:
    assert build_meta([("publication", "某某日报（海外版）")]).publication == "某某日报（海外版）"


@pytest.mark.parametrize(
    "value", ["文图丨刘建国", "文字：刘建国", "文/刘建国", "摄影 刘建国", "文/图 刘建国", "文/图🖊 刘建国"]
)
def test_an_author_s_part_in_the_piece_is_no_part_of_the_name(value: str) -> None:
    assert build_meta([("author", value)]).author == "刘建国"


def test_a_page_s_field_row_with_a_credited_author(read_text) -> None:
    row = "作者：文图丨刘建国 发布日期：2019-03-12 浏览次数："
    source = read_text(f"全乡春季植树造林工作全面展开\n{row}\n{BODY}\n\n{BODY2}\n")
    assert (source.meta.author, source.meta.date) == ("刘建国", "2019-03-12")


@pytest.mark.parametrize("value", ["新华社记者", "本报记者", "记者"])
def test_an_author_field_naming_no_one_is_no_author(value: str) -> None:
    assert build_meta([("author", value), ("author", "刘建国")]).author == "刘建国"


@pytest.mark.parametrize(
    "value",
    ["山下的小村如何让荒坡“变绿”", "植树节到了，你种树了吗？", "abc1258", "user_2019", "abcxyz", "某某游戏官方网站"],
)
def test_an_author_field_holding_a_headline_or_a_handle_is_no_author(value: str) -> None:
    assert build_meta([("author", value)]).author is None


@pytest.mark.parametrize("value", ["刘建国", "John Smith", "某某县林业局", "刘建国 王芳", "《林业》杂志编辑部"])
def test_an_author_field_holding_names_or_a_unit_is_kept(value: str) -> None:
    assert build_meta([("author", value)]).author == value


def test_first_usable_value_wins_and_names_lose_book_quotes() -> None:
    meta = build_meta([("publication", ""), ("publication", "《光明日报》"), ("date", "无"), ("date", "2001-1-2")])
    assert meta == Meta(date="2001-01-02", publication="光明日报")
    assert split_keywords("节水/考核，监督") == ("节水", "考核", "监督")


# ---------------------------------------------------------------- metadata header

HEADER = f"""id: 0a1b
标题：节约用水　从我做起
日期：2003-9-8
作者：张小明
来源：
书籍：晨光日报
标签：评论

正文：
节约用水　从我做起

张小明

{BODY}

{BODY2}

描述：
"""


def test_header_fields_and_body(read_text) -> None:
    source = read_text(HEADER)
    assert source.title == "节约用水　从我做起"
    assert source.meta.date == "2003-09-08"
    assert source.meta.author == "张小明"
    assert source.meta.publication == "晨光日报"
    assert texts(source) == [BODY, BODY2]
    assert source.paragraphs[0].loc.line == 14


def test_traditional_header_with_halfwidth_colons(read_text) -> None:
    source = read_text(f"標題: 鄉村水利\n日期: 2003年9月8日\n出處: 晨光日報\n正文:\n{BODY}\n")
    assert (source.title, source.meta.date, source.meta.publication) == ("鄉村水利", "2003-09-08", "晨光日報")
    assert texts(source) == [BODY]


def test_header_without_body_opener(read_text) -> None:
    source = read_text(f"标题：乡村水利\n作者：李四\n\n{BODY}\n")
    assert source.title == "乡村水利" and source.meta.author == "李四"
    assert texts(source) == [BODY]


# ---------------------------------------------------------------- tagged dumps

TAGGED = f"""〖ZQ/总期〗12001〖-ZQ/总期〗
〖RQ/日期〗19950317〖-RQ/日期〗
〖BH/版号〗04〖-BH/版号〗
〖BT/标题〗关于节约用水的通知〖-BT/标题〗
〖BM/版名〗经济〖-BM/版名〗
〖GJ/关键〗节约用水/通知〖-GJ/关键〗
〖ZW/正文〗
    {BODY}
    {BODY2}
〖-ZW/正文〗
"""


def test_tagged_dump(read_text) -> None:
    source = read_text(TAGGED)
    assert source.title == "关于节约用水的通知"
    assert source.meta == Meta(date="1995-03-17", page="经济", keywords=("节约用水", "通知"), publication="人民日报")
    assert [(p.text, p.loc.line) for p in source.paragraphs] == [(BODY, 8), (BODY2, 9)]


def test_tagged_dump_from_another_database_names_no_paper(read_text) -> None:
    source = read_text(f"〖BT/标题〗通知〖-BT/标题〗\n〖RQ/日期〗19950317〖-RQ/日期〗\n〖ZW/正文〗{BODY}〖-ZW/正文〗\n")
    assert source.meta.publication is None
    assert texts(source) == [BODY]


def test_tagged_dump_with_a_missing_closing_tag(read_text) -> None:
    source = read_text(f"〖BT/标题〗通知〖-BT/标题〗\n〖ZZ/作者〗王五〖-ZZ/作者〗\n〖ZW/正文〗\n{BODY}\n")
    assert source.meta.author == "王五"
    assert texts(source) == [BODY]


# ---------------------------------------------------------------- web pages

WEB = f"""

您现在的位置：[首页](#) >> [工作动态](#) >> [理论学习](#)

节约用水的几点思考

发布日期：2011/03/09 提供单位：宣传处

刘建国

{BODY}

{BODY2}

信息来源：晨光日报

本信息共浏览：**123**次

[\\[设为首页 \\]](#) [\\[加入收藏 \\]](#) [关闭窗口](#)

[关于我们](#) | [联系我们](#) | [网站导航](#)

版权所有：某某学院 技术支持：信息中心

联系电话：12345678 Email：web@example.cn
"""


def test_web_page_keeps_text_and_metadata(read_text) -> None:
    source = read_text(WEB)
    assert source.title == "节约用水的几点思考"
    assert source.meta == Meta(date="2011-03-09", author="刘建国", publication="晨光日报")
    assert texts(source) == [BODY, BODY2]


def test_a_traditional_script_web_page_is_read_as_its_simplified_copy(read_text) -> None:
    source = read_text(to_traditional(WEB))
    assert source.title == to_traditional("节约用水的几点思考")
    assert (source.meta.date, source.meta.author) == ("2011-03-09", to_traditional("刘建国"))
    assert texts(source) == [to_traditional(BODY), to_traditional(BODY2)]


@pytest.mark.parametrize("line", ["扫一扫 分享到微信", "本报记者 刘建国"])
def test_traditional_furniture_and_bylines(read_text, line: str) -> None:
    page = f"首页 > 新闻 > 正文\n\n节约用水的几点思考\n\n{line}\n\n{BODY}\n\n{BODY2}\n\n版权所有：某某学院\n"
    text = to_traditional(page)
    assert texts(read_text(text)) == [to_traditional(BODY), to_traditional(BODY2)]


def test_web_page_with_breadcrumb_title_twice_and_related_documents(read_text) -> None:
    text = (
        f"当前位置:资料库› 节约用水的几点思考\n\n节约用水的几点思考\n\n节约用水的几点思考\n\n{BODY}\n\n"
        f"{BODY2}\n\n相关主题\n文本预览\n相关文档 最新文档\n农村饮水安全工程总结\n"
    )
    source = read_text(text)
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


def test_web_page_date_in_chinese_and_markdown_headings(read_text) -> None:
    text = f"首页 > 新闻中心 > 正文\n\n## 节约用水\n\n2011年3月9日 10:20\n\n**一、基本情况**\n\n{BODY}\n"
    source = read_text(text)
    assert source.title == "节约用水" and source.meta.date == "2011-03-09"
    assert texts(source) == ["一、基本情况", BODY]


# ---------------------------------------------------------------- plain text


def test_plain_text_without_title(read_text) -> None:
    source = read_text(f"{BODY}\n{BODY2}\n")
    assert source.title is None
    assert len(source.paragraphs) == 2


@pytest.mark.parametrize("first", ["一、基本情况", "1.加强领导", "前言", "同志们：", "这是一个短句。"])
def test_plain_text_never_makes_a_title_of_a_heading_or_sentence(read_text, first: str) -> None:
    source = read_text(f"{first}\n{BODY}\n{BODY2}\n")
    assert source.title is None
    assert source.paragraphs[0].text == first


def test_plain_text_title_with_byline(read_text) -> None:
    source = read_text(f"关于节约用水的思考\n\n欧阳明\n\n{BODY}\n")
    assert source.title == "关于节约用水的思考" and source.meta.author == "欧阳明"
    assert texts(source) == [BODY]


def test_a_lone_short_line_is_not_a_title(read_text) -> None:
    source = read_text("节约用水从我做起\n")
    assert source.title is None
    assert texts(source) == ["节约用水从我做起"]


def test_header_with_text_on_the_opener_line_and_an_empty_title(read_text) -> None:
    source = read_text(f"标题：\n日期：2003-9-8\n正文：乡村水利\n\n{BODY}\n{BODY2}\n")
    assert source.title == "乡村水利"
    assert [(p.text, p.loc.line) for p in source.paragraphs] == [(BODY, 5), (BODY2, 6)]


def test_web_page_chrome_before_the_title_is_dropped(read_text) -> None:
    text = f"某某学院网站\n\n首页 >> 理论学习 >> 正文\n\n节约用水的几点思考\n\n{BODY}\n"
    source = read_text(text)
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY]


def test_web_page_prefers_the_title_line_that_repeats(read_text) -> None:
    text = f"首页 >> 理论学习 >> 专栏\n\n理论学习\n\n节约用水的几点思考\n\n节约用水的几点思考\n\n{BODY}\n"
    assert read_text(text).title == "节约用水的几点思考"


def test_web_page_body_lines_that_merely_start_like_furniture_are_kept(read_text) -> None:
    first = "关于我们党的作风建设，各级组织要高度重视，认真抓好落实。"
    second = "相关资料显示，节约用水工作取得了明显成效，但仍有不少问题需要解决。"
    source = read_text(f"当前位置：首页 > 专栏\n\n节约用水\n\n{BODY}\n\n{first}\n\n{second}\n\n版权所有：某某学院\n")
    assert texts(source) == [BODY, first, second]


def test_source_knows_its_file(read_text, tmp_path) -> None:
    source = read_text(f"{BODY}\n", "note.txt")
    assert (source.path, source.stem) == (str(tmp_path / "note.txt"), "note")
    assert source.mtime == (tmp_path / "note.txt").stat().st_mtime


# ---------------------------------------------------------------- saved HTML pages

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>节约用水的几点思考 - 某某学院</title>
<style>p { color: red }</style><script>var a = "<p>不要</p>";</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/x">理论学习</a></nav>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="#">理论学习</a></div>
<h1>节约用水的几点思考</h1>
<div class="info">发布日期：2011-03-09&nbsp;&nbsp;来源：晨光日报</div>
<p>刘建国</p>
<p>各地要把节约用水作为一项长期任务来抓，
建立健全考核办法，确保各项措施真正落地见效。</p>
<p>一要加强宣传。<br>二要完善制度。</p>
<div class="footer">版权所有：某某学院</div>
</body></html>
"""


def test_saved_html_page(read_bytes) -> None:
    source = read_bytes(HTML_PAGE.encode("gbk"), "page.html")
    assert source.title == "节约用水的几点思考"
    assert source.meta == Meta(date="2011-03-09", author="刘建国", publication="晨光日报")
    assert [(p.loc.line, p.text) for p in source.paragraphs] == [
        (10, "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，确保各项措施真正落地见效。"),
        (12, "一要加强宣传。"),
        (12, "二要完善制度。"),
    ]


def test_html_title_comes_from_the_title_element_when_there_is_no_h1(read_text) -> None:
    page = f"<html><head><title>乡村水利_某某网</title></head><body><p>首页</p><p>乡村水利</p><p>{BODY}</p>"
    assert read_text(page).title == "乡村水利"


def test_web_page_datelines_and_bracketed_fields(read_text) -> None:
    head = "首页 > 新闻 > 评论\n\n节约用水\n\n2011-03-09 10:20 | 【来源】晨光日报\n\n作者：刘建国　编辑：王五"
    text = f"{head}\n\n{BODY}\n"
    source = read_text(text)
    assert source.meta == Meta(date="2011-03-09", author="刘建国", publication="晨光日报")
    assert texts(source) == [BODY]


def test_plain_speech_with_title_and_bracketed_date(read_text) -> None:
    source = read_text(f"在全市节约用水工作会议上的讲话\n（2011年3月9日）\n刘建国\n{BODY}\n{BODY2}\n")
    assert source.title == "在全市节约用水工作会议上的讲话"
    assert (source.meta.date, source.meta.author) == ("2011-03-09", "刘建国")
    assert texts(source) == [BODY, BODY2]


def test_tagged_fields_with_untagged_body_text(read_text) -> None:
    source = read_text(f"〖BT/标题〗通知〖-BT/标题〗\n〖RQ/日期〗19950317〖-RQ/日期〗\n{BODY}\n{BODY2}\n")
    assert source.title == "通知"
    assert [(p.text, p.loc.line) for p in source.paragraphs] == [(BODY, 3), (BODY2, 4)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("刘建国", True),
        ("欧阳明", True),
        ("文/刘建国", True),
        ("本报记者 王五", True),
        ("作者：張小明", True),
        ("文明建设", False),
        ("前言", False),
        ("节约用水", False),
        ("刘建国同志讲话", False),
    ],
)
def test_bylines(line: str, name: bool) -> None:
    from study.read.shapes import looks_like_name

    assert looks_like_name(line) is name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("刘建国、王芳", True),
        ("刘建国 王芳", True),  # authors set apart by spaces
        ("李 舒 黄建国", True),  # a two-character name spaced out to the width of three
        ("李 舒", True),  # the one author's name spaced out
        ("张 小 明", True),  # a three-character name spaced out
        ("本报记者 王五", True),
        ("高举 旗帜", False),
        ("王 者 归 来", False),
    ],
)
def test_lines_of_names(line: str, names: bool) -> None:
    from study.read.shapes import looks_like_names

    assert looks_like_names(line) is names


@pytest.mark.parametrize("first", ["滬府發〔2017〕92號", "今天是：2025年12月6日", "更新于:2024年3月1日"])
def test_a_document_number_or_a_dated_label_is_no_title(read_text, first: str) -> None:
    assert read_text(f"{first}\n{BODY}\n{BODY2}\n").title is None


# ---------------------------------------------------------------- page chrome around the headline


KEYWORDS = "节约用水,节水型社会,水资源管理,用水定额,节水器具,再生水利用,雨水收集,水价改革,河长制"


@pytest.mark.parametrize("nav", ["首页 > 新闻中心 > 正文", "某某新闻网>>综合报道"])
def test_a_line_of_keywords_above_the_page_is_no_text(read_text, nav: str) -> None:
    assert len(KEYWORDS) >= 40
    source = read_text(f"{KEYWORDS}\n\n{nav}\n\n节约用水的几点思考\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


def test_a_line_of_keywords_above_a_plain_title(read_text) -> None:
    source = read_text(f"{KEYWORDS}\n节约用水的几点思考\n{BODY}\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(
    "tools",
    [
        "打印\nT+\nT-",
        "某某网 打印 纠错\n微信扫一扫 ×\n收听本文 00:00/00:00",
        "字号：大 中 小\n【打印】【关闭】",
        "分享",
        "字号： 下载 我要纠错 打印 收藏",  # a government site's button to report an error in the page
    ],
)
def test_a_page_s_tool_buttons_are_no_text(read_text, tools: str) -> None:
    text = (
        f"首页 > 新闻中心 > 正文\n\n节约用水的几点思考\n{tools}\n发布时间：2011-03-09\n{tools}\n\n{BODY}\n\n{BODY2}\n"
    )
    source = read_text(text)
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2011-03-09")
    assert texts(source) == [BODY, BODY2]


def test_a_row_of_tool_buttons_over_the_headline_is_no_title(read_text) -> None:
    head = "您的位置：首页 >> 评论 >> 正文\n【打印】 【投稿】 【推荐】 【关闭】"
    source = read_text(f"{head}\n\n节约用水的几点思考\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("label", ["节水护水宣传专题", "植树造林专栏"])
def test_the_pages_column_under_the_headline_is_no_text(read_text, label: str) -> None:
    head = f"首页 > 新闻中心 > 正文\n\n节约用水的几点思考\n\n某某网 打印 纠错\n\n{label}"
    source = read_text(f"{head}\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


def test_the_headline_is_the_line_over_the_dateline_not_a_column_name(read_text) -> None:
    head = "首页 > 新闻中心 > 正文\n\n要闻推荐\n\n特稿：节约用水的几点思考\n来源：晨光日报 更新时间：2011-03-09 10:20"
    text = f"{head}\n\n{BODY}\n\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.date) == ("特稿：节约用水的几点思考", "2011-03-09")
    assert texts(source) == [BODY, BODY2]


def test_a_web_headline_may_end_with_a_question_mark(read_text) -> None:
    text = (
        f"首页 > 新闻中心 > 正文\n\n手机版\n欢迎访问\n\n节约用水，我们还能做些什么？\n打印 纠错\n\n{BODY}\n\n{BODY2}\n"
    )
    assert read_text(text).title == "节约用水，我们还能做些什么？"


@pytest.mark.parametrize("mark", ["?", "* * *", "……"])
def test_a_line_of_marks_alone_is_no_text(read_text, mark: str) -> None:
    source = read_text(f"{mark}\n节约用水的几点思考\n{BODY}\n{mark}\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


def test_carriage_returns_escaped_by_a_spreadsheet_export_break_paragraphs(read_text) -> None:
    source = read_text(f"节约用水的几点思考\n\n{BODY}_x000D_ _x000D_ {BODY2}_x000D_\n")
    assert source.title == "节约用水的几点思考"
    assert [(p.text, p.loc.line) for p in source.paragraphs] == [(BODY, 3), (BODY2, 3)]


def test_repeated_pinyin_glosses_all_go(read_text) -> None:
    glossed = "各地要把节(jie)约用水作为一项长期任务来抓，建(jian)(jian)立健全考核办法，确(que)保各项措施真正落地见效。"
    assert texts(read_text(f"{glossed}\n{BODY2}\n")) == [BODY, BODY2]


# ---------------------------------------------------------------- a government page's table of fields

GOV_TABLE = (
    "索  引  号：000000000/2023-00052　　主题分类：综合政务\n"
    "发文机关：某县人民政府　　成文日期：2023年08月10日\n"
    "标　　题：某县人民政府关于节约用水的意见\n"
    "发文字号：某政发〔2023〕16号　　发布日期：2023年08月13日\n"
)


def test_a_government_table_of_fields_with_spaced_names(read_text) -> None:
    source = read_text(f"{GOV_TABLE}\n某县人民政府关于节约用水的意见\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("某县人民政府关于节约用水的意见", "2023-08-10")
    assert texts(source) == [BODY, BODY2]


def test_a_list_of_fields_with_their_values_on_the_next_lines(read_text) -> None:
    fields = "\n".join(
        [
            *("• 索引号:", "  000000000/2024-001", "• 主题分类:", "", "• 发文机构:", "  某县人民政府"),
            *("• 发文字号:", "  某政发〔2024〕7号", "• 发布日期:", "  2024年04月06日 16:34", "• 内容概述:"),
        ]
    )
    title = "某县人民政府工作规则"
    text = f"返回顶部\n\n{title}\n\n{fields}\n\n{title}\n\n第一章 总则\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.date) == ("某县人民政府工作规则", "2024-04-06")
    assert texts(source) == ["第一章 总则", BODY, BODY2]


def test_a_news_page_s_arrows_share_label_images_and_editor(read_text) -> None:
    editor = "（完）【编辑：王五】"
    text = f"首页 -> 要闻\n节约用水的几点思考分享到：\n![]() ![]() {BODY}\n{BODY2}{editor}\n"
    source = read_text(text)
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2 + "（完）"]


def test_a_document_site_s_page_list_and_reading_chrome(read_text) -> None:
    pages = "\n".join(f"节约用水的几点思考_第{n}页" for n in range(1, 4))
    chrome = "已阅读3页，还剩8页未读 继续免费阅读\n\n下载本文档\n\n文档简介"
    source = read_text(f"{pages}\n{chrome}\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, BODY2]


def test_a_document_site_s_card_of_figures_and_file_name(read_text) -> None:
    card = "\n".join(f"  • {item}" for item in ("0", "0", "约1.2万字", "约 20页", "2025-03-02 发布于江苏", "举报"))
    source = read_text(
        f"节约用水的几点思考汇编.docxVIP\n\n{card}\n\n节约用水的几点思考汇编.docx\n\n{BODY}\n\n{BODY2}\n"
    )
    assert source.title == "节约用水的几点思考汇编"
    assert texts(source) == [BODY, BODY2]


def test_a_document_site_s_uploader_viewer_and_buttons(read_text) -> None:
    name = "节约用水的几点思考.doc"
    viewer = "\n".join(f"{name}_第{n}页\n第{n}页 / 共9页" for n in range(1, 3))
    shared = f"《{name}》由会员上传，仅供学习参考。"
    uploader = "上传人：a****1 上传时间：2024-02-03"
    head = f"{uploader}\n举报 下载 相关\n{viewer}\n点击查看更多\n下载资源\n资源描述"
    source = read_text(f"{name}\n\n{head}\n\n{shared}\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2024-02-03")
    assert texts(source) == [BODY, BODY2]


def test_a_year_before_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    start = time.perf_counter()
    assert parse_date("2024" + " " * 50_000 + "年") is None
    assert time.perf_counter() - start < 1  # by hand: a few ms (a date rescanning its spaces took ~17 s)


def test_an_e_paper_s_date_box_without_the_year_s_sign(read_text) -> None:
    box = "今日日期：2024年6月1日星期六\n出版日期：\n2024 5月8日 星期三\n上一篇 下一篇"
    source = read_text(f"第A03版：要闻 上一版 下一版\n{box}\n\n节约用水的几点思考\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2024-05-08")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(
    "dateline",
    [
        "http://news.example.com   [2011-11-03]    我要评论",
        "发表于 2011-11-3 08:30:12 | 只看该作者",
        "·   2011-11-03  ·   来源：某某网",
        "[2011.11.03] 发表",
    ],
)
def test_a_dateline_after_a_bracket_a_dot_an_address_or_a_forum_s_word(read_text, dateline: str) -> None:
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n{dateline}\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2011-11-03")
    assert texts(source) == [BODY, BODY2]


def test_a_sentence_after_a_forum_s_word_for_a_post_stays(read_text) -> None:
    said = "发表于2011年11月3日的这篇文章，至今仍被各地反复引用。"
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n{BODY}\n\n{said}\n")
    assert texts(source) == [BODY, said]


@pytest.mark.parametrize("foot", ["返回列表上一篇下一篇", "某某县融媒体中心版权所有©2024", "上一期 下一期"])
def test_run_together_links_and_an_owner_s_copyright_close_the_page(read_text, foot: str) -> None:
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n{BODY}\n\n{BODY2}\n\n{foot}\n")
    assert texts(source) == [BODY, BODY2]


def test_a_sentence_on_a_copyright_s_owners_does_not_close_the_page(read_text) -> None:
    owners = "著作权人和版权所有人应当依法维护自身权益"
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n{BODY}\n\n{owners}\n\n{BODY2}\n")
    assert texts(source) == [BODY, owners, BODY2]


def test_the_site_s_section_field_is_no_title(read_text) -> None:
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n所属栏目：评论\n\n2024-03-02\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2024-03-02")
    assert texts(source) == [BODY, BODY2]


def test_a_blog_s_note_on_the_post_it_reposts_is_no_text(read_text) -> None:
    note = "原文地址：节约用水的几点思考作者：王建国"
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n(2024-03-02 10:15:32)\n\n{note}\n\n{BODY}\n\n{BODY2}\n")
    assert texts(source) == [BODY, BODY2]


def test_a_page_s_promotion_of_its_accounts_is_no_text(read_text) -> None:
    promo = "公众号：某某林业 公众号：某某绿化"
    text = f"首页 > 正文\n{promo}\n\n节约用水的几点思考\n\n2024-03-02\n扫二维码分享给好友\n\n{BODY}\n\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2024-03-02")
    assert texts(source) == [BODY, BODY2]


def test_a_sentence_asking_to_scan_a_code_stays(read_text) -> None:
    scan = "扫描二维码填写问卷，即可报名参加节水宣传活动。"
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n{BODY}\n\n{scan}\n\n{BODY2}\n")
    assert texts(source) == [BODY, scan, BODY2]


def test_tool_buttons_in_a_bulleted_list(read_text) -> None:
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n  • 打印\n  • 收藏\n\n{BODY}\n\n{BODY2}\n")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("button", ["放大图片", "查看大图", "查看原图"])
def test_a_picture_s_button_is_no_text(read_text, button: str) -> None:
    source = read_text(f"首页 > 正文\n\n节约用水的几点思考\n\n2024-03-02\n{button}\n\n{BODY}\n\n{BODY2}\n")
    assert texts(source) == [BODY, BODY2]


# ---------------------------------------------------------------- a WeChat article saved as text

WECHAT_FOOT = (
    "阅读原文 阅读 2345 在看 12\n关注该公众号\n"
    "预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n某某党建\n向上滑动看下一个\n"
    "知道了\n微信扫一扫\n使用小程序\n取消\n允许\n视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看\n分享 留言 收藏"
)


@pytest.mark.parametrize(
    "byline", ["原创 王建国 某某党建 2023-05-12 08:00 发表于北京", "某某党建 2023-05-12 08:00 发表于北京"]
)
def test_a_wechat_article_s_byline_and_footer(read_text, byline: str) -> None:
    assert read_text(f"节约用水\n\n{BODY}\n\n阅读原文后，{BODY2}\n").paragraphs[-1].text == f"阅读原文后，{BODY2}"
    text = f"节约用水，从我做起\n\n{byline}\n\n收录于合集 #学习笔记 12个\n\n{BODY}\n\n{BODY2}\n\n{WECHAT_FOOT}\n"
    source = read_text(text)
    assert (source.title, source.meta.date) == ("节约用水，从我做起", "2023-05-12")
    assert texts(source) == [BODY, BODY2]


def test_a_government_table_naming_the_document_and_its_issuer(read_text) -> None:
    table = "\n".join(
        [
            "索 引 号:000/2020-001 主题分类:综合政务",
            "发布机构:某县政府办, 发文日期:2020年05月07日",
            "名    称:某县人民政府关于节约用水的通知",
            "",
        ]
    )
    source = read_text(f"{table}\n某县人民政府关于节约用水的通知\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author, source.meta.date) == (
        "某县人民政府关于节约用水的通知",
        "某县政府办",
        "2020-05-07",
    )
    assert texts(source) == [BODY, BODY2]


def test_a_long_headline_does_not_begin_the_body_before_the_page_s_fields(read_text) -> None:
    title = "某县人民政府办公室关于印发某县二〇一九年春季植树造林和农田水利基本建设工作实施方案的通知"
    assert len(title) >= 40
    source = read_text(f"当前位置：首页 > 政务公开\n\n{title}\n\n来源：某县政府办\n浏览量：\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [BODY, BODY2]


def test_a_magazine_s_source_line_with_issue_author_and_time(read_text) -> None:
    line = "来源：《某某》2023/12 作者：刘建国 2023-06-15 16:00:00"
    source = read_text(
        f"首页 > 理论 > 正文\n\n节约用水的几点思考\n\n{line}\n\n{BODY}\n\n{BODY2}（责任编辑：王五、李四）\n"
    )
    assert source.meta == Meta(date="2023-06-15", author="刘建国", publication="某某")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("nav", ["首页 理论教育 节约用水的几点思考", "网站首页 新闻 国内 国际 本地"])
def test_a_breadcrumb_or_menu_that_lost_its_separators(read_text, nav: str) -> None:
    source = read_text(f"{nav}\n\n节约用水的几点思考\n\n时间:2022-04-02\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2022-04-02")
    assert texts(source) == [BODY, BODY2]


def test_a_news_page_s_fields_set_apart_by_bars_and_its_closing_links(read_text) -> None:
    head = "节约用水的几点思考\n作者:刘建国 丨 時間:2022年10月28日 丨 分類:評論"
    tail = "上一篇\n另一篇文章的标题\n2022年10月28日\n下一篇"
    source = read_text(f"{head}\n{BODY}\n{BODY2}\n{tail}\n")
    assert (source.title, source.meta.date, source.meta.author) == ("节约用水的几点思考", "2022-10-28", "刘建国")
    assert texts(source) == [BODY, BODY2]


def test_a_news_page_s_update_time_share_label_bracketed_credit_and_reporter(read_text) -> None:
    head = "节约用水的几点思考\n\n要闻\n\n发布时间: 2022/10/18 09:38\n\n最后更新: 2022/10/18 10:12\n\n分享:\n"
    caption = "县长在植树现场。(王建国摄)"
    source = read_text(f"{head}\n{caption}\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2022-10-18")
    assert texts(source)[-2:] == [BODY, BODY2]
    assert caption not in texts(source)


@pytest.mark.parametrize("arrows", ["经济 -> 供给侧结构性改革\n改革 -> 制度建设", "贫困 → 温饱 → 小康"])
def test_a_note_s_own_arrows_are_text(read_text, arrows: str) -> None:
    source = read_text(f"主线梳理\n\n{arrows}\n\n{BODY}\n")
    assert texts(source) == [*arrows.split("\n"), BODY]


def test_a_chronology_s_dated_lines_are_text(read_text) -> None:
    events = ["1921年7月23日 某某会议在某地召开", "2005-07-14 全县节约用水工作会议在县城召开"]
    text = f"首页 > 专题 > 正文\n\n大事记\n\n发布时间：2021-07-01\n\n{BODY}\n\n" + "\n\n".join(events) + "\n"
    source = read_text(text)
    assert texts(source) == [BODY, *events]


def test_an_interview_s_questions_are_text(read_text) -> None:
    question = "记者：请问今年的节约用水工作有哪些新举措？"
    source = read_text(
        f"首页 > 访谈 > 正文\n\n节约用水答记者问\n\n{question}\n\n答：{BODY}\n\n{question}\n\n答：{BODY2}\n"
    )
    assert texts(source) == [question, f"答：{BODY}", question, f"答：{BODY2}"]


def test_a_page_s_first_line_may_be_a_headline_that_asks(read_text) -> None:
    source = read_text(
        f"首页 | 专题\n\n节约用水该从哪里做起？\n\n某某日报 2022-03-05 13:12\n\n分享到微信\n\n{BODY}\n\n{BODY2}\n"
    )
    assert (source.title, source.meta.date) == ("节约用水该从哪里做起？", "2022-03-05")
    assert texts(source) == [BODY, BODY2]


def test_a_share_widget_under_the_dateline_ends_no_navigation(read_text) -> None:
    # a question in the body's first line is no headline when the headline stands over the dateline
    first = "去年我们讲了节约用水的办法，大家都记住了吗？"
    source = read_text(
        f"首页 | 专题\n\n每周一谈：节约用水\n\nDaily News 2022-03-06 14:24\n\n分享到微信\n\n{first}\n\n{BODY}\n"
    )
    assert (source.title, source.meta.date) == ("每周一谈：节约用水", "2022-03-06")
    assert texts(source) == [first, BODY]


def test_a_share_label_at_the_foot_of_a_page_is_furniture(read_text) -> None:
    source = read_text(
        f"首页 > 专题 > 正文\n\n节约用水的几点思考\n\n{BODY}\n\n{BODY2}\n\n微信扫一扫|长按识别二维码，关注本号\n"
    )
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("prompt", ["点击上方蓝字关注我们", "点击上方“节水在线” 可以订阅"])
def test_a_wechat_call_to_follow_is_furniture(read_text, prompt: str) -> None:
    source = read_text(f"节约用水的几点思考\n\n{prompt}\n\n{BODY}\n\n{BODY2}\n")
    assert texts(source) == [BODY, BODY2]


def test_a_page_s_script_buttons_and_counter_above_the_text_are_furniture(read_text) -> None:
    head = "首页 > 专题 > 正文\n\n节约用水的几点思考\n\n发布时间：2022年06月17日\n\n0\n\n字號 簡體 繁體 打印"
    source = read_text(f"{head}\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("节约用水的几点思考", "2022-06-17")
    assert texts(source) == [BODY, BODY2]


def test_a_headline_that_asks_then_answers(read_text) -> None:
    title = "节约用水从哪里做起？听听专家怎么说"
    source = read_text(f"首页 > 专题 > 正文\n\n{title}\n\n来源：某某网\n\n2022-07-18\n\n1136\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, source.meta.date) == (title, "2022-07-18")
    assert texts(source) == [BODY, BODY2]


def test_a_question_and_its_answer_in_the_text_stay_text(read_text) -> None:
    lines = ["怎么办？靠制度。", BODY]
    source = read_text("首页 > 专题 > 正文\n\n节约用水的几点思考\n\n来源：某某网\n\n" + "\n\n".join(lines) + "\n")
    assert texts(source) == lines


@pytest.mark.parametrize(
    "crumb", ["首页 > 理论学习", "网站首页 > 深入学习贯彻新时代节约用水工作的重要论述", "网站首页＞专题"]
)
def test_a_breadcrumb_of_two_parts_from_the_home_page_is_no_title(read_text, crumb: str) -> None:
    source = read_text(f"{crumb}\n{BODY}\n{BODY2}\n")
    assert source.title is None
    assert texts(source) == [BODY, BODY2]


def test_a_call_to_follow_under_the_headline_ends_no_navigation(read_text) -> None:
    head = "节约用水，也能成为一辈子的习惯\n\n节水在线\n\n2021-10-13 10:14\n\n点击上方“节水在线”关注，设为星标"
    source = read_text(f"{head}\n\n后台回复【加群】，进入学习交流群\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水，也能成为一辈子的习惯"


def test_a_scan_button_and_a_toolbar_alone_do_not_make_a_web_page(read_text) -> None:
    head = "某某网 先锋文汇\n\n节约用水的几点思考\n\n某县水务局 王建国\n\n某某网来稿 打印 纠错 投稿须知\n微信扫一扫 ×"
    assert read_text(f"{head}\n{BODY}\n\n{BODY2}\n").title == "节约用水的几点思考"


def test_a_text_copy_with_stray_html_after_its_first_lines_keeps_its_lines(read_text) -> None:
    head = "【节水月】王建国：节约用水的几点思考\n\n某县水务局"
    text = (
        f'{head}\n\n<div style="text-align: center;">朗诵：王建国</div> {BODY}<br><br> {BODY2}<div><br>{BODY}</div>\n'
    )
    source = read_text(text)
    assert (source.title, source.meta.author) == ("【节水月】王建国：节约用水的几点思考", "王建国")
    assert texts(source) == ["某县水务局", BODY, BODY2, BODY]  # the reciter's line is the byline


def test_a_document_site_s_reading_chrome_and_page_counters_are_furniture(read_text) -> None:
    chrome = "资源预览：本页只显示文档的前几页，全文请下载后阅读。"
    head = f"首页\n\n节约用水的几点思考\n\n{chrome}\n\n1/13\n\n2/13\n\n剩余11页未读，下载后可读全文"
    source = read_text(f"{head}\n\n节约用水的几点思考 <br> <br> {BODY} <br> &ldquo;节水&rdquo;{BODY2}\n")
    assert source.title == "节约用水的几点思考"
    assert texts(source) == [BODY, f"“节水”{BODY2}"]


@pytest.mark.parametrize("skip", ["跳過導航", "跳到主要内容"])
def test_a_screen_reader_s_skip_link_is_navigation(read_text, skip: str) -> None:
    source = read_text(f"{skip}\n\n节约用水的几点思考\n\n县长在全县节水大会上讲话\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水的几点思考"


def test_a_site_map_link_ends_the_page(read_text) -> None:
    source = read_text(
        f"节约用水的几点思考\n\n作者：王建国 时间：2020-11-29 点击数：\n\n{BODY}\n\n{BODY2}\n\n网站地图\n"
    )
    assert (source.title, source.meta.author, source.meta.date) == ("节约用水的几点思考", "王建国", "2020-11-29")
    assert texts(source) == [BODY, BODY2]


def test_a_line_of_a_domain_and_a_source_field_is_no_headline(read_text) -> None:
    head = "首页 >> 新闻 >> 正文\n\n节约用水从哪里做起？\n\nm.example.com 来源：某某网 用手持设备访问\n二维码"
    source = read_text(f"{head}\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == "节约用水从哪里做起？"


@pytest.mark.parametrize(
    "notice", ["声明：本文仅代表作者观点，不代表本站立场。", "免责声明：本站转载的文章仅供学习交流。"]
)
def test_a_page_s_disclaimer_starts_its_footer(read_text, notice: str) -> None:
    source = read_text(f"首页 > 理论 > 正文\n\n节约用水的几点思考\n\n{BODY}\n\n{BODY2}\n\n{notice}\n")
    assert texts(source) == [BODY, BODY2]


def test_a_page_s_source_with_a_script_is_html_whatever_its_first_line(read_text) -> None:
    page = f"节约用水的几点思考\n<script>var tip = '欢迎访问本站节水专题';</script>\n<p>{BODY}</p>\n<p>{BODY2}</p>\n"
    assert texts(read_text(page))[-2:] == [BODY, BODY2]
    assert all("欢迎访问" not in text for text in texts(read_text(page)))


@pytest.mark.parametrize("widget", ["点击播报本文，约", "点击播报本文，约 3 分钟", to_traditional("点击播报本文,约")])
def test_a_widget_that_reads_the_article_aloud_is_navigation(read_text, widget: str) -> None:
    source = read_text(f"节约用水的几点思考\n\n2022年3月5日14:26    来源：某某日报\n\n{widget}\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, texts(source)) == ("节约用水的几点思考", [BODY, BODY2])


@pytest.mark.parametrize("label", ["分享至", "12分享至", "0 分享至："])
def test_a_share_label_saying_where_to_after_a_counter_is_navigation(read_text, label: str) -> None:
    source = read_text(f"首页 > 专题 > 正文\n\n节约用水的几点思考\n\n{label}\n\n{BODY}\n\n{BODY2}\n")
    assert (source.title, texts(source)) == ("节约用水的几点思考", [BODY, BODY2])


def test_a_source_is_lined_when_its_lines_are_the_files_own(read_bytes: ReadBytes) -> None:
    # a text or Markdown file's lines are what an editor numbers; a page's markup, a Word file's or a PDF's are the
    # reader's own count: by what the file is, whatever its name says
    body = "一、加强组织领导。各单位要把这项工作摆上重要议程。\n二、强化督促检查。"
    assert read_bytes(body.encode(), "plan.txt").lined and read_bytes(f"# 工作要点\n\n{body}".encode(), "plan.md").lined
    head = "<html><head><meta charset='utf-8'><title>工作要点</title></head>"
    page = f"{head}<body><h1>工作要点</h1><p>{body}</p></body></html>".encode()
    assert not read_bytes(page, "page.html").lined and not read_bytes(page, "saved.txt").lined
    assert not read_bytes(Docx([para("工作要点", style="Title"), para(body)]).bytes(), "plan.docx").lined
