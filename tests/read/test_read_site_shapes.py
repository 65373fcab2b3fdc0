"""Pages as government, news and 范文 sites set them, on made-up snippets: a channel's name over the headline, a
press release's end mark and issue date, a site's buttons, words before and after its copy, a chart's caption."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.read.fields import parse_date
from study.read.repair import drop_captions, drop_site_notices
from study.read.shapes import is_figure_caption, looks_like_date, looks_like_title
from study.script import to_traditional
from tests.read.makers import lines, texts

ReadText = Callable[..., Source]

FIRST = "县长今日上午视察城北河道整治工程，要求各有关部门抢抓晴好天气，确保汛期前全面完工。"
SECOND = "县长强调，河道整治事关群众生命财产安全，各级各部门务必压实责任，倒排工期，挂图作战。"
HEADLINE = "县长视察河道整治工程 盼汛期前全面完工"


@pytest.mark.parametrize("channel", ["本府新闻", "县政府新闻", "新闻公报", "演辞和文章", "新闻与活动"])
def test_a_channels_name_over_the_date_is_no_title(read_text: ReadText, channel: str) -> None:
    page = f"跳到主要内容\n\n{channel}\n\n2024年03月02日\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"
    source = read_text(to_traditional(page))
    assert source.title == to_traditional(HEADLINE)
    assert source.meta.date == "2024-03-02"


def test_a_headline_on_news_is_a_title(read_text: ReadText) -> None:
    source = read_text(f"跳到主要内容\n\n警惕网络假新闻\n\n2024年03月02日\n\n{FIRST}\n\n{SECOND}\n")
    assert source.title == "警惕网络假新闻"


def test_the_occasion_under_a_headline_is_not_its_second_half(read_text: ReadText) -> None:
    occasion = "县长视察「城北河道整治工程」"
    source = read_text(f"跳到主要内容\n\n本府新闻\n\n2024年03月02日\n{HEADLINE}\n{occasion}\n\n{FIRST}\n\n{SECOND}\n")
    assert source.title == HEADLINE
    assert texts(source)[0] == occasion


def test_a_headline_set_in_two_is_still_one_title(read_text: ReadText) -> None:
    source = read_text(f"首页 > 要闻\n\n全县召开春季植树动员大会\n三千亩荒山今年全部绿化\n\n{FIRST}\n\n{SECOND}\n")
    assert source.title == "全县召开春季植树动员大会 三千亩荒山今年全部绿化"


RELEASE_BODY = (
    "以下是局长今日出席植树日活动的致辞全文：\n\n各位嘉宾：\n\n"
    "今天我们在这里种下第一批树苗，感谢各位的参与。\n\n多谢大家。\n"
)
RELEASE_END = "完\n2024年3月12日（星期二）\n香港时间11时20分\n"


@pytest.mark.parametrize("top", ["", "跳至主要内容\n\n"])
def test_a_press_releases_end_mark_closes_it_and_dates_it(read_text: ReadText, top: str) -> None:
    source = read_text(f"{top}局长出席植树日活动致辞\n********\n\n{RELEASE_BODY}\n{RELEASE_END}")
    assert source.title == "局长出席植树日活动致辞"
    assert source.meta.date == "2024-03-12"
    assert texts(source)[-1] == "多谢大家。"


def test_a_date_with_its_weekday_in_brackets_is_a_date() -> None:
    assert looks_like_date("2024年3月12日（星期二）") and looks_like_date("2024年3月12日(星期二)")


@pytest.mark.parametrize("tools", ["简体版 英文版 寄给朋友 某某政府新闻网", "新闻公报\n寄给朋友政府主网页"])
def test_a_releases_buttons_are_no_title(read_text: ReadText, tools: str) -> None:
    source = read_text(f"{tools}\n局长出席植树日活动致辞\n********\n\n{RELEASE_BODY}\n{RELEASE_END}")
    assert source.title == "局长出席植树日活动致辞"
    assert "寄给朋友" not in "".join(texts(source))


def test_a_mirrors_link_to_the_page_it_copied_goes(read_text: ReadText) -> None:
    page = (
        f"{HEADLINE}\n原创 某某 某某县融媒 2024-03-02 08:30 发表于某地\n查看原文\n{FIRST}\n{SECOND}\n预览时标签不可点\n"
    )
    source = read_text(page)
    assert texts(source) == [FIRST, SECOND]


FANWEN_TITLE = "春季植树主题党课讲稿"


def test_a_fanwen_sites_footer_goes(read_text: ReadText) -> None:
    footer = (
        f"{FANWEN_TITLE}\n点击下载\n本文2024-03-02 10:20:30发表“党会党课”栏目。\n"
        "本文链接：https://example.com/a/1.html\n您需要登录后才可以发表评论, 登录 或者 注册\n"
    )
    source = read_text(f"首页 > 党课\n{FANWEN_TITLE}\n{FIRST}\n{SECOND}\n{footer}")
    assert source.title == FANWEN_TITLE
    assert texts(source) == [FIRST, SECOND]


def test_a_fanwen_sites_buttons_go(read_text: ReadText) -> None:
    source = read_text(f"首页 > 党课\n{FANWEN_TITLE}\n时间：2024-03-02 10:20:30\n复制 下载文档\n{FIRST}\n{SECOND}\n")
    assert texts(source) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "intro",
    [
        "以下是小编整理的春季植树主题党课讲稿，仅供参考，大家一起来看看吧。",
        "党课讲稿写好不容易，某某网小编今天就为您带来了植树主题的党课讲稿3篇，相信一定会对你有所帮助。",
        "写好讲稿要注意什么呢？下面我给大家整理了一些党课讲稿范文，希望能够帮助到大家。",
    ],
)
def test_a_sites_word_before_its_copy_goes(intro: str) -> None:
    kept, note = drop_site_notices(lines(intro, FIRST, SECOND))
    assert [p.text for p in kept] == [FIRST, SECOND] and note


@pytest.mark.parametrize(
    "opening",
    [
        "下面我给大家讲三点意见，供大家参考。",
        "今天给大家带来的党课题目是《植树造林，绿化家园》。",
        "小编整理了今年的工作，全年共植树三千亩，荒山绿化率达到九成。",
    ],
)
def test_a_speakers_own_opening_stays(opening: str) -> None:
    kept, _ = drop_site_notices(lines(opening, FIRST, SECOND))
    assert [p.text for p in kept] == [opening, FIRST, SECOND]


def test_a_sites_word_after_its_copy_goes() -> None:
    outro = "以上就是小编整理的春季植树主题党课讲稿，更多精彩范文请关注本站。"
    kept, note = drop_site_notices(lines(FIRST, SECOND, outro))
    assert [p.text for p in kept] == [FIRST, SECOND] and note


def test_the_title_set_again_in_the_body_goes(read_text: ReadText) -> None:
    source = read_text(f"首页 > 党课\n\n{FANWEN_TITLE}\n\n{FIRST}\n\n{FANWEN_TITLE}\n\n{SECOND}\n")
    assert texts(source) == [FIRST, SECOND]


def test_a_headline_broken_over_lines_under_itself_goes(read_text: ReadText) -> None:
    parts = ["全县召开春季植树动员大会", "三千亩荒山今年全部绿化"]
    whole = " ".join(parts)
    source = read_text(f"01版：要 闻\n02版：评 论\n\n{whole}\n" + "\n".join(parts) + f"\n\n{FIRST}\n\n{SECOND}\n")
    assert source.title == whole
    assert texts(source) == [FIRST, SECOND]


def test_a_sites_word_on_its_rights_goes(read_text: ReadText) -> None:
    notice = "以下内容之著作权均属某某县人民政府或原著作权人所有，除合理使用外，应取得同意后方得利用。"
    source = read_text(f"跳到主要内容\n\n{notice}\n\n{HEADLINE}\n\n2024-03-02 10:20\n\n{FIRST}\n\n{SECOND}\n")
    assert texts(source) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "caption", ["图1：全县粮食产量变化", "圖一：全縣糧食產量變化", "表2 各乡镇植树面积", "数据来源：县统计局"]
)
def test_a_charts_caption_is_no_title_and_no_text(caption: str) -> None:
    assert is_figure_caption(caption) and not looks_like_title(caption, strict=False)
    kept, _ = drop_captions(lines(caption, FIRST))
    assert [p.text for p in kept] == [FIRST]


@pytest.mark.parametrize("line", ["表彰大会隆重召开", "图书馆开馆仪式举行", "数据显示，全县粮食产量连年增长"])
def test_a_line_opening_like_a_caption_is_no_caption(line: str) -> None:
    assert not is_figure_caption(line)


def test_a_caption_over_a_release_is_no_title(read_text: ReadText) -> None:
    source = read_text(f"跳至主要内容\n图一：全县粮食产量变化\n数据来源：县统计局\n{FIRST}\n{SECOND}\n{RELEASE_END}")
    assert source.title is None
    assert texts(source) == [FIRST, SECOND]


def test_a_caption_pointing_at_the_picture_below_goes() -> None:
    kept, _ = drop_captions(lines(FIRST, "▼城北河道整治工程现场▼", SECOND))
    assert [p.text for p in kept] == [FIRST, SECOND]


def test_the_final_reviewers_credit_goes(read_text: ReadText) -> None:
    source = read_text(f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n终审人：王芳\n")
    assert texts(source) == [FIRST, SECOND]


MENU_PAGE = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<ul class='nav'><li><a href='#'>首页</a></li><li><a href='#'>时政</a></li><li><a href='#'>理论</a></li>"
    "<li><a href='#'>{item}</a></li></ul>"
    "<h1>{title}</h1><div>2024年03月02日08:17 | 来源：某某网</div><p>{first}</p><p>{second}</p></body></html>"
)


@pytest.mark.parametrize("item", ["党建", "文明"])
def test_a_menus_last_item_over_the_headline_is_no_author(read_text: ReadText, item: str) -> None:
    page = MENU_PAGE.format(title=HEADLINE, item=item, first=FIRST, second=SECOND)
    source = read_text(page, "page.html")
    assert source.title == HEADLINE and source.meta.author is None


def test_a_name_over_the_headline_is_still_its_author(read_text: ReadText) -> None:
    source = read_text(f"王建国\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n")
    assert source.title == HEADLINE and source.meta.author == "王建国"


def test_a_headlines_phrases_set_apart_keep_their_space_in_html(read_text: ReadText) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>某县新闻</title></head><body>"
        "<h1>县长视察河道整治工程&nbsp;盼汛期前全面完工</h1><h2>全县召开春季\n植树动员大会</h2>"
        f"<p>县长今日 上午{FIRST[6:]}</p><p>{SECOND}</p></body></html>"
    )
    source = read_text(page, "page.html")
    assert source.title == HEADLINE
    assert texts(source)[:2] == ["全县召开春季植树动员大会", FIRST]  # the source's wrapping, an editor's spacing: gone


def test_a_datelines_year_set_apart_from_its_month_and_day_dates_the_page(read_text: ReadText) -> None:
    stamp = "<div><span><em> 2024</em></span><span><em> 03</em>/<em>02</em></span><span> 10:21:33</span></div>"
    page = f"<html><head><meta charset='utf-8'></head><body>{stamp}<h1>{HEADLINE}</h1><p>{FIRST}</p><p>{SECOND}</p>"
    source = read_text(page + "</body></html>", "page.html")
    assert source.title == HEADLINE and source.meta.date == "2024-03-02"


def test_a_figure_and_a_fraction_are_no_date() -> None:
    assert parse_date("全县共植树2024 3/4的地块已完成") is None and parse_date("共计2024 13/40") is None


@pytest.mark.parametrize("stamp", ["新华社 9小时前", "某某日报 刚刚", "某某网 昨天 08:30"])
def test_an_aggregators_stamp_names_the_source_and_no_date(read_text: ReadText, stamp: str) -> None:
    source = read_text(f"{HEADLINE}\n{stamp}\n{FIRST}\n{SECOND}\n")
    assert source.title == HEADLINE
    assert source.meta.publication == stamp.split()[0] and source.meta.date is None
    assert texts(source) == [FIRST, SECOND]


def test_a_sentence_on_days_ago_is_no_stamp(read_text: ReadText) -> None:
    source = read_text(f"{HEADLINE}\n全县植树大会于3天前召开。\n{FIRST}\n{SECOND}\n")
    assert texts(source)[0] == "全县植树大会于3天前召开。"
