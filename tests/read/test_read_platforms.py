"""A publishing platform's saved page, read by its own marks (a WeChat official account's article): the title from
og:title or its title element, never the account's name; the date from its scripts or its time element; the body
from its content element only."""

from __future__ import annotations

from collections.abc import Callable

from study.model import Source
from tests.read.makers import texts

ReadText = Callable[[str, str], Source]
TITLE = "某社区扎实开展党员志愿服务"
ACCOUNT = "某街道发布"
TEXT = [
    "今年以来，某社区组织党员志愿者深入楼栋，帮助群众解决急难愁盼问题，受到居民广泛好评。",
    "社区主要做法是：一是建立服务清单，逐户摸排需求；二是组建服务小队，划片包干到人；三是完善激励机制。",
]


def wechat_page(
    meta_title: str | None = TITLE,
    script: str = 'var ct = "1683331200";',
    published: str = "",
    outside: str = "",
    writer: str = "",
) -> str:
    """A made-up WeChat article as a browser saves it: the account's card around the article's content element."""
    og = f'<meta property="og:title" content="{meta_title}">' if meta_title else ""
    paragraphs = "".join(f"<p>{text}</p>" for text in TEXT)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA0">{og}<title></title>'
        f"<script>{script}</script></head><body>"
        f'<div id="js_article"><h1 class="rich_media_title" id="activity-name">\n  {TITLE}\n</h1>'
        f'<div id="meta_content"><span class="rich_media_meta_text" id="js_author_name">{writer}</span>'
        f'<span id="profileBt"><a id="js_name">{ACCOUNT}</a></span>'
        f'<em id="publish_time">{published}</em></div>'
        f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">{paragraphs}</div>'
        f'<div id="js_pc_qr_code">微信扫一扫关注该公众号</div>{outside}</div></body></html>'
    )


def test_a_wechat_page_is_read_by_its_marks(read_text: ReadText) -> None:
    source = read_text(wechat_page(), "article.html")
    assert (source.title, source.meta.date, source.meta.publication) == (TITLE, "2023-05-06", ACCOUNT)
    assert texts(source) == TEXT


def test_the_accounts_name_is_never_part_of_the_title(read_text: ReadText) -> None:
    source = read_text(wechat_page(meta_title=None, script=""), "article.html")
    assert source.title == TITLE and ACCOUNT not in (source.title or "")


def test_the_time_element_dates_a_page_whose_scripts_do_not(read_text: ReadText) -> None:
    source = read_text(wechat_page(script="", published="2023-05-08 10:20"), "article.html")
    assert source.meta.date == "2023-05-08"


def test_a_written_publish_time_in_the_scripts_dates_the_page(read_text: ReadText) -> None:
    source = read_text(wechat_page(script='var publish_time = "2023-04-12" || "";'), "article.html")
    assert source.meta.date == "2023-04-12"


def test_the_scripts_seconds_are_read_in_beijing_time(read_text: ReadText) -> None:
    # 1683300600 is 2023-05-05 15:30 UTC: 23:30 the same day in Beijing; 1683307800 is 01:30 the next day there
    assert read_text(wechat_page(script='var ct = "1683300600";'), "a.html").meta.date == "2023-05-05"
    assert read_text(wechat_page(script='var ct = "1683307800";'), "a.html").meta.date == "2023-05-06"


def test_text_outside_the_content_element_is_not_the_body(read_text: ReadText) -> None:
    outside = "<p>相关阅读：某社区举办邻里节活动，居民踊跃参加，现场气氛十分热烈，大家纷纷点赞。</p>"
    assert texts(read_text(wechat_page(outside=outside), "article.html")) == TEXT


def test_the_writer_the_page_names_is_the_author(read_text: ReadText) -> None:
    assert read_text(wechat_page(writer="张建国"), "article.html").meta.author == "张建国"
    page = wechat_page().replace("<title>", '<meta name="author" content="李华"><title>')
    assert read_text(page, "article.html").meta.author == "李华"
