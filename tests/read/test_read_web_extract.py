"""Saved web pages: the article block found by the extractor, its markup levels kept, the page's title and
date kept, the whole-page reading when the extract lost part of the text (all pages here are made up)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from study.model import Source, pretty
from study.parse import parse
from study.read import extract
from tests.read.makers import ReadBytes, mhtml_of, texts

TITLE = "关于进一步加强基层党组织建设的通知"
BODY = [
    "各区委组织部，市直各单位党组：",
    "为深入贯彻落实全面从严治党要求，推动基层党组织全面进步、全面过硬，现就有关事项通知如下。",
    "一、提高思想认识",
    "基层党组织是党的全部工作和战斗力的基础。各级党组织要把抓基层、打基础作为长远之计和固本之举。",
    "二、突出工作重点",
    "（一）加强政治引领。坚持把政治建设摆在首位，引导党员干部增强政治意识、大局意识。",
    "（二）健全组织体系。推动党的组织和党的工作全覆盖，及时调整优化党组织设置。",
    "（三）严格组织生活。认真落实“三会一课”、主题党日、组织生活会等制度，𠮷林村的做法可资借鉴。",
    "三、强化组织保障",
    "各级党组织书记要履行第一责任人职责，把基层党建工作列入重要议事日程，定期研究、督促落实。",
]
HEADINGS = {"一、提高思想认识", "二、突出工作重点", "三、强化组织保障"}


def _paragraph(text: str) -> str:
    """A body paragraph as the site's editor sets it: a heading in bold, the rest indented."""
    if text in HEADINGS:
        return f'<p style="text-indent:2em"><span style="font-weight:bold">{text}</span></p>'
    return f'<p style="text-indent:2em">\u3000\u3000{text}</p>'


def gov_page(body: list[str] = BODY, charset: str = "gb2312") -> str:
    """A government-style article page: top links, menu, breadcrumb, dateline, sidebar, related links, footer."""
    paragraphs = "\n".join(map(_paragraph, body))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{TITLE}_某某市人民政府门户网站</title>
<meta name="publishdate" content="2023-05-12 09:30"><meta name="keywords" content="基层党建">
</head><body>
<div class="top"><a href="/">设为首页</a> | <a href="/fav">加入收藏</a> | <a href="/en">English</a>
 | <a href="/wza">无障碍</a></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li>
<li><a href="/fw">政务服务</a></li><li><a href="/hd">互动交流</a></li><li><a href="/zt">专题专栏</a></li></ul></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a>
&gt; <a href="/tz">通知公告</a></div>
<div class="wrap">
<div class="right"><div class="hd">热点新闻</div><ul>
<li><a href="/h1">一、市政府常务会议研究部署重点工作</a></li>
<li><a href="/h2">二、全市优化营商环境大会召开</a></li>
<li><a href="/h3">三、我市出台稳就业二十条措施</a></li>
<li><a href="/h4">四、城市更新行动取得阶段性成效</a></li></ul></div>
<div class="left"><div class="article">
<h1 class="title">{TITLE}</h1>
<div class="info">发布时间：2023-05-12 09:30　来源：市委组织部　浏览次数：1024
【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content" id="zoom">
{paragraphs}
</div>
<div class="editor">责任编辑：李明</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><div class="hd">图片新闻</div><ul>
<li><a href="/a1">市委组织部召开基层党建工作推进会</a></li>
<li><a href="/a2">一图读懂基层党组织建设三年行动计划</a></li>
<li><a href="/a3">我市开展党支部标准化规范化建设</a></li></ul></div>
</div></div>
</div>
<div class="footer"><p><a href="/gy">关于我们</a> | <a href="/lx">联系我们</a>
| <a href="/sm">网站声明</a> | <a href="/dt">网站地图</a></p>
<p>版权所有：某某市人民政府办公室　主办：某某市人民政府办公室</p>
<p>网站标识码：1234000001　某ICP备05001234号　某公网安备 12345602000001号</p></div>
</body></html>"""


def read_page(read_bytes: ReadBytes, page: str, name: str = "notice.html") -> Source:
    """The page saved the way such sites serve it: GB18030 bytes under its own charset label."""
    return read_bytes(page.encode("gb18030"), name)


def test_only_the_article_is_kept(read_bytes: ReadBytes) -> None:
    source = read_page(read_bytes, gov_page())
    assert texts(source) == BODY
    assert source.title == TITLE
    assert source.meta.date == "2023-05-12"


def test_markup_levels_and_markers_survive(read_bytes: ReadBytes) -> None:
    source = read_page(read_bytes, gov_page())
    levels = {p.text: p.level for p in source.paragraphs}
    assert {text for text, level in levels.items() if level == 7} == HEADINGS
    outline = pretty(parse(source).lists)
    assert "一、 提高思想认识" in outline and "三、 强化组织保障" in outline
    assert "（一）" in outline and "（三）" in outline
    assert "热点新闻" not in outline and "市政府常务会议" not in outline


def test_the_page_furniture_is_gone(read_bytes: ReadBytes) -> None:
    text = "\n".join(texts(read_page(read_bytes, gov_page())))
    for junk in ("打印本页", "关闭窗口", "责任编辑", "版权所有", "图片新闻", "热点新闻", "首页", "ICP", "字体"):
        assert junk not in text


def test_a_gb2312_label_is_read_as_gb18030(read_bytes: ReadBytes) -> None:
    # 𠮷 exists only in GB18030 (four bytes): pages labelled gb2312 are written by GBK/GB18030 editors.
    assert "𠮷林村" in texts(read_page(read_bytes, gov_page(), "notice.htm"))[7]


def test_a_page_saved_as_txt_is_read_the_same(read_bytes: ReadBytes) -> None:
    assert texts(read_page(read_bytes, gov_page(charset="utf-8"), "notice.txt")) == BODY


def test_a_saved_single_file_page_is_read_the_same(read_bytes: ReadBytes) -> None:
    data = mhtml_of(gov_page(), charset="gb2312", subject=TITLE, codec="gb18030")
    source = read_bytes(data, "notice.mhtml")
    assert texts(source) == BODY
    assert source.title == TITLE


def test_lines_are_numbered_as_in_the_file(read_bytes: ReadBytes) -> None:
    page = gov_page()
    source = read_page(read_bytes, page)
    file_lines = page.split("\n")
    for paragraph in source.paragraphs:
        assert paragraph.text in file_lines[paragraph.loc.line - 1]


def test_the_meta_date_is_used_when_the_page_shows_none(read_bytes: ReadBytes) -> None:
    page = gov_page().replace("发布时间：2023-05-12 09:30\u3000", "")
    assert read_page(read_bytes, page).meta.date == "2023-05-12"


def _mangled(drop: str) -> Callable[[str], str | None]:
    """An extractor that loses every paragraph holding `drop`."""
    real = extract.article_html

    def mangle(page: str) -> str | None:
        html = real(page)
        assert html is not None
        return "\n".join(line for line in html.split("\n") if drop not in line)

    return mangle


@pytest.mark.parametrize("drop", ["二、突出工作重点", "。"])
def test_an_extract_that_lost_text_falls_back_to_the_whole_page(
    read_bytes: ReadBytes, monkeypatch: pytest.MonkeyPatch, drop: str
) -> None:
    # A dropped numbered heading, then all the prose: either way the whole page's reading is kept.
    monkeypatch.setattr("study.read.html.article_html", _mangled(drop))
    source = read_page(read_bytes, gov_page())
    assert BODY[4] in texts(source) and BODY[3] in texts(source)
    assert source.title == TITLE


def test_an_extractor_that_fails_falls_back_to_the_whole_page(
    read_bytes: ReadBytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("study.read.html.article_html", lambda page: None)
    paragraphs = texts(read_page(read_bytes, gov_page()))
    assert paragraphs[:9] == BODY[:9]
    assert any("市委组织部召开基层党建工作推进会" in text for text in paragraphs)  # what the extractor drops


@pytest.mark.parametrize("page", ["", "<html>", "<<<>>>", "<html><body></body></html>", "\x00<p>"])
def test_the_extractor_on_a_broken_page_gives_none_or_text(page: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = extract.article_html(page)
    assert result is None or isinstance(result, str)
    assert "Traceback" not in capsys.readouterr().err


def test_a_fragment_without_page_furniture_keeps_all_its_text(read_bytes: ReadBytes) -> None:
    fragment = "\n".join(map(_paragraph, BODY))
    assert texts(read_bytes(fragment.encode("utf-8"), "part.txt")) == BODY


def _long_page(paragraphs: int) -> list[str]:
    """The body of a long article: BODY and `paragraphs` more of about 270 bytes each."""
    return [
        *BODY,
        *(f"第{n}段，" + "坚持以人民为中心的发展思想，推动高质量发展。" * 12 for n in range(1, paragraphs + 1)),
    ]


def _read_seconds(read_bytes: ReadBytes, body: list[str], tries: int) -> float:
    """The fewest CPU seconds reading the page of `body` took in `tries` reads (CPU time, the best of several: other
    processes on the machine slow none of them down)."""
    page = gov_page(body)
    seconds = []
    for _ in range(tries):
        start = time.process_time()
        source = read_page(read_bytes, page)
        seconds.append(time.process_time() - start)
        assert len(source.paragraphs) == len(body)
    return min(seconds)


def test_a_large_page_reads_in_time_linear_in_its_length(read_bytes: ReadBytes) -> None:
    # the extractor and the collector are both linear in the page: a page eight times as long takes about eight
    # times as long (by hand 8x), where a scan quadratic in its paragraphs takes up to 64x; 16 leaves room for a
    # noisy machine. Speed targets themselves live in bench/run.py, never in a wall-clock bound.
    short, long = _long_page(100), _long_page(800)
    assert len(gov_page(long).encode("gb18030")) > 200_000
    ratio = _read_seconds(read_bytes, long, 2) / _read_seconds(read_bytes, short, 3)
    assert ratio < 16


def test_a_pages_html_escaped_as_json_is_read_as_markup(read_text) -> None:
    first = "各村要把植树造林作为一件大事来抓，划定责任地块，落实管护人员，确保栽一棵活一棵。"
    second = "林业站要加强对新栽树苗的巡查，及时补栽死苗，并把成活率按季度报乡政府备案。"
    para = "\\u003cp\\u003e{}\\u003c/p\\u003e"
    escaped = '\\u003cdiv class=\\"content\\"\\u003e' + para.format(first) + para.format(second)
    source = read_text(f"全乡春季植树造林工作全面展开\n发布时间：2019-03-12\n{escaped}\n")
    assert [p.text for p in source.paragraphs] == [first, second]


def test_a_text_that_names_one_escape_keeps_it(read_text) -> None:
    text = "在程序里，小于号写作\\u003c，这是转义写法，各村的报表系统也这样处理，请各位管理员注意。"
    source = read_text(f"{text}\n{text}\n")
    assert source.paragraphs[0].text == text


def test_a_character_escaped_as_a_surrogate_pair_in_a_pages_json_is_one_character(read_text) -> None:
    text = "各村要把植树造林作为一件大事来抓，划定责任地块，落实管护人员，确保栽一棵活一棵。"
    para = "\\u003cp\\u003e{}\\u003c/p\\u003e"
    escaped = para.format(text) + para.format("\\ud83c\\udf33" + text) + para.format(text + "\\ud83c")
    source = read_text(f"全乡春季植树造林工作全面展开\n发布时间：2019-03-12\n{escaped}\n")
    assert [p.text for p in source.paragraphs] == [text, "\U0001f333" + text, text + "\ufffd"]


BANNER = "欢迎下载某某客户端，订阅您关心的栏目，每天推送最新消息。"
ARTICLE = (
    "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，确保各项措施真正落地见效。",
    "水务部门要加强对重点用水单位的监督检查，对浪费用水的行为依法处理，并向社会公布结果。",
)


def banner_page(under_headline: str) -> str:
    """A page with a site's banner over its only <h1>, and `under_headline` right under it."""
    paragraphs = "".join(f"<p>{text}</p>" for text in ARTICLE)
    return (
        f"<html><head><title>站点</title></head><body><div>{BANNER}</div><div>下载客户端</div>"
        f"<h1>节约用水的几点思考</h1>{under_headline}{paragraphs}</body></html>"
    )


def test_a_site_s_banner_over_the_headline_its_markup_names_is_chrome(read_text) -> None:
    source = read_text(banner_page("<div>2022/3/5 14:26</div>"), "page.html")
    assert (source.title, texts(source)) == ("节约用水的几点思考", list(ARTICLE))


def test_text_over_a_heading_that_no_text_follows_stays(read_text) -> None:
    links = "".join(f"<div><a>第{n}篇文章</a></div>" for n in range(1, 5))
    source = read_text(banner_page(links), "page.html")
    assert BANNER in texts(source)
