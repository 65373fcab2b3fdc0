"""No-break and zero-width characters a copy brings along (a WeChat editor's &nbsp;, a word processor's
zero-width joiners): gone between CJK characters and at a line's head, a plain space elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.parse import parse
from study.read.html import html_lines
from study.read.lines import normalize_line
from tests.read.makers import texts

ReadText = Callable[[str], Source]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("二是\u00a0守牢安全底线。", "二是守牢安全底线。"),  # after a marker
        ("\u00a0\u00a0（三）加强队伍建设", "（三）加强队伍建设"),  # at the line's head
        ("（三）\u200b\u00a0加强队伍建设", "（三）加强队伍建设"),  # a zero-width space with it
        ("\u2060三、\u202f完善制度", "三、完善制度"),  # a word joiner, a narrow no-break space
        ("推进5G\u00a0network建设", "推进5G network建设"),  # next to Latin letters: a space
        ("全年完成10\u2007000亩", "全年完成10 000亩"),  # between figures: a space
    ],
)
def test_no_break_and_zero_width_characters_are_normalised(raw: str, clean: str) -> None:
    assert normalize_line(raw) == clean


def test_items_copied_with_no_break_spaces_read_clean(read_text: ReadText) -> None:
    lines = [
        "\u00a0关于做好秋粮收购工作的几点意见",
        "做好秋粮收购工作，要突出抓好以下几点。",
        "一是\u00a0落实收购政策。确保应收尽收。",
        "二是\u00a0\u00a0加强市场监管。严厉打击压级压价。",
        "三是\u200b\u00a0做好资金保障。及时足额发放收购资金。",
    ]
    source = read_text("\n\n".join(lines))
    assert source.title == "关于做好秋粮收购工作的几点意见"
    assert all("\u00a0" not in text and "\u200b" not in text for text in texts(source))
    heads = [item.head for lst in parse(source).lists for item in lst.items]
    assert heads == ["落实收购政策", "加强市场监管", "做好资金保障"]


@pytest.mark.parametrize("space", ["&nbsp;", "&nbsp;&nbsp;", " ", "\u3000"])
def test_a_space_between_two_spans_of_a_pages_paragraph_spaces_no_cjk(read_text: ReadText, space: str) -> None:
    # an editor's space between the marker's span and its text's: the page's spacing, as &nbsp; inside one span is
    items = [
        ("一是", "落实收购政策，确保应收尽收，各收购网点延长营业时间。"),
        ("二是", "加强市场监管，严厉打击压级压价。"),
    ]
    body = "".join(f"<p><span>{marker}</span>{space}<span>{text}</span></p>" for marker, text in items)
    page = f"<html><body><h1>关于做好秋粮收购工作的几点意见</h1>{body}</body></html>"
    assert texts(read_text(page, "page.html")) == [marker + text for marker, text in items]


def test_a_space_between_two_links_still_sets_a_menus_items_apart(read_text: ReadText) -> None:
    menu = '<div><a href="/">首页</a> <a href="/a">要闻</a>&nbsp;<a href="/b">通知公告</a></div>'
    body = "<p>各收购网点要延长营业时间，做到应收尽收，确保不出现农民卖粮难的问题。</p>" * 2
    page = f"<html><body>{menu}<h1>关于做好秋粮收购工作的几点意见</h1>{body}</body></html>"
    assert "首页 要闻 通知公告" in [line.text for line in html_lines(page)]
