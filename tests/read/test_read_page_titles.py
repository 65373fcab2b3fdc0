"""A saved page's title: a headline its <h1> breaks over two lines is one title, a menu over it is none, and
the site's name after a <title> or a saved page's Subject is no part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from tests.read.makers import ReadBytes, mhtml_of

ReadText = Callable[[str, str], Source]

BODY = (
    "<p>为做好全市秋冬季森林防火工作，现提出如下意见。</p>"
    "<p>一、压实防火责任。各级要把森林防火摆上重要议程，层层签订责任书，明确责任人。</p>"
    "<p>二、加强巡山护林。在重点时段增加巡护频次，严防野外违规用火，及时消除隐患。</p>"
    "<p>三、做好应急准备。完善扑火预案，充实扑火物资，组织开展实战演练。</p>"
)
MENU = '<div class="menu"><a href="/">首页</a> <a href="/a">信息公开</a> <a href="/b">办事服务</a></div>'
TITLE = "某市关于切实做好秋冬季森林防火工作的意见"


def page(h1: str, title: str = "森林防火意见_通知公告_某市人民政府网") -> str:
    """A saved page with a menu over its headline `h1` (markup) and its body under it."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{MENU}"
        f"<h1>{h1}</h1><div class='content'>{BODY}</div><div class='footer'>版权所有：某市人民政府</div></body></html>"
    )


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />"])
def test_a_headline_broken_over_two_lines_is_one_title(read_text: ReadText, br: str) -> None:
    source = read_text(page(f"某市关于切实做好{br}秋冬季森林防火工作的意见"), "page.html")
    assert source.title == TITLE
    assert source.paragraphs[0].text.startswith("为做好")


def test_a_headline_in_latin_letters_keeps_its_space_at_the_break(read_text: ReadText) -> None:
    source = read_text(page("某市关于推进5G<br>network建设的意见"), "page.html")
    assert source.title == "某市关于推进5G network建设的意见"


def test_a_page_without_a_headline_takes_its_title_without_the_site(read_text: ReadText) -> None:
    html = page("", title=f"{TITLE}_通知公告_某市人民政府网").replace("<h1></h1>", "")
    assert read_text(html, "page.html").title == TITLE


def test_a_saved_pages_subject_loses_the_sites_name(read_bytes: ReadBytes) -> None:
    html = "<html><body><p>认真学习，深刻领会，抓好落实，推动各项工作不断取得新成效。</p></body></html>"
    for subject in ("学习体会摘编_理论学习_某某网", "学习体会摘编 - 某某网"):
        assert read_bytes(mhtml_of(html, subject=subject), "a.mhtml").title == "学习体会摘编"
