"""Document-sharing sites' chrome over the document they show, on made-up snippets: their terms (numbered or
alone), their card of the file's figures, their label over the document and the title set again and again."""

from __future__ import annotations

import time

import pytest

from study.read.lines import Line
from study.read.repair import drop_site_chrome
from study.script import to_traditional
from tests.read.makers import texts

TITLE = "关于春季植树造林的几点意见"
BODY = "各村要把植树造林作为一件大事来抓，划定责任地块，落实管护人员，确保栽一棵活一棵。"
BODY2 = "林业站要加强对新栽树苗的巡查，及时补栽死苗，并把成活率按季度报乡政府备案。"
TERMS = (
    "- 1、某某文库网站的文档仅供在线阅读，下载须支付积分，版权归原作者所有。\n"
    "- 2、本站文档由用户分享，本站只提供存储空间，请在付费前先行预览。\n"
    "- 3、下载本文档后如需换文档，请联系会员客服。\n"
)


@pytest.mark.parametrize(
    "chrome",
    [
        TERMS,
        "1. 本站文档由用户分享，下载前请先预览。\n2. 下载本文档需消耗积分，下载后不退款。\n",
        "- 2024-03-02 发布 |\n- 28.5 KB |\n- 12页\n提示：本站文档由用户分享，下载前请预览。\n文档介绍\n",
        to_traditional(TERMS),
        "论文部分内容阅读\n",
        "文档部分内容预览\n",
    ],
)
def test_a_document_site_s_terms_and_card_over_the_title_go(read_text, chrome: str) -> None:
    source = read_text(f"{chrome}{TITLE}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (TITLE, [BODY, BODY2])


def test_a_text_s_own_first_item_on_downloads_and_copyright_stays(read_text) -> None:
    first = "1、各单位要加强版权保护，严禁下载和传播盗版软件，发现侵权行为及时报告。"
    source = read_text(f"{first}\n{BODY}\n{BODY2}\n")
    assert texts(source)[0] == first


@pytest.mark.parametrize("title", ["关于加强政府网站文档管理工作的通知", "关于规范本网站信息发布和文档上传的通知"])
def test_a_title_that_names_the_site_s_words_is_the_title(read_text, title: str) -> None:
    source = read_text(f"{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (title, [BODY, BODY2])


def test_a_numbered_title_naming_the_site_s_words_and_its_kind_is_not_blanked(read_text) -> None:
    first = "1、关于加强网站文档管理、规范下载服务的通知"
    assert texts(read_text(f"{first}\n{BODY}\n{BODY2}\n"))[0] == first


def test_the_site_s_terms_below_the_text_s_start_stay(read_text) -> None:
    terms = "本站文档由用户分享，下载前请先预览。"
    source = read_text(f"{TITLE}\n{BODY}\n{terms}\n{BODY2}\n")
    assert terms in texts(source)


def test_the_title_set_again_and_again_on_one_line_goes(read_text) -> None:
    source = read_text(f"{TITLE}\n{' '.join([TITLE] * 6)}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (TITLE, [BODY, BODY2])


def test_a_long_line_is_never_the_site_s_chrome_and_is_passed_quickly() -> None:
    card = Line(1, "- " + "1" * 50_000 + " " * 50_000 + "页")
    item = Line(2, "1、本站" + "文档 " * 50_000 + "下载")
    start = time.perf_counter()
    kept, note = drop_site_chrome([card, item])
    assert time.perf_counter() - start < 1.0
    assert (kept, note) == ([card, item], None)


def test_a_page_saved_on_one_line_that_names_the_site_s_words_is_read(read_text) -> None:
    terms = "<div>本站文档由用户分享，下载前请预览。</div>"
    page = f"<html><body>{terms}<h1>{TITLE}</h1><p>{BODY}</p><p>{BODY2}</p></body></html>"
    source = read_text(page, "page.html")
    assert texts(source)[-2:] == [BODY, BODY2]
