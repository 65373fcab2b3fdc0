"""A pager after an article split in pages or a list of posts (上一页 1 2 3 下一页, 共3页, « 1 2 3 »): page
furniture, in a saved page and in a copy of one; a line of text that names pages stays."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from study.model import Source
from study.read.web import is_navigation
from tests.read.makers import texts

ReadText = Callable[[str, str], Source]
TITLE = "某县推进乡村振兴工作纪实"
TEXT = [
    "近年来，某县坚持把乡村振兴作为全县工作的重中之重，统筹推进产业、人才、文化、生态和组织振兴。",
    "县里主要做法是：一是发展特色产业，带动群众增收；二是改善人居环境，建设美丽乡村；三是健全治理体系。",
]
PAGERS = [
    "上一页 1 2 3 下一页",
    "共3页",
    "共3页 当前第1页",
    "1 2 3 4 5 ... 10 下一页 末页",
    "上一页123下一页",
    "[1] [2] [3] 下一页",
    "页码：1/3",
    "共3页：上一页 1 2 3 下一页 跳转到 页",
    "« 上一页 1 2 3 下一页 »",
    "< 1 2 3 >",
]


@pytest.mark.parametrize("pager", PAGERS)
def test_a_pager_after_a_copied_article_is_furniture(read_text: ReadText, pager: str) -> None:
    source = read_text("\n\n".join([TITLE, *TEXT, pager]) + "\n", "doc.txt")
    assert (source.title, texts(source)) == (TITLE, TEXT)


@pytest.mark.parametrize("pager", PAGERS)
def test_a_pager_of_links_under_a_pages_article_is_furniture(read_text: ReadText, pager: str) -> None:
    links = " ".join(f'<a href="#">{word}</a>' for word in pager.split())
    page = (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>'
        + "".join(f"<p>{text}</p>" for text in TEXT)
        + f'<div class="page">{links}</div></body></html>'
    )
    assert texts(read_text(page, "page.html")) == TEXT


@pytest.mark.parametrize("line", ["共有3页材料需要签字", "第1页", "1 2 3", "请翻到下一页继续阅读全文的第二部分。"])
def test_a_line_that_names_pages_is_no_pager(line: str) -> None:
    assert not is_navigation(line)


def test_a_long_run_of_digits_is_read_at_once() -> None:
    start = time.perf_counter()
    assert not is_navigation("上一页" + "1" * 90 + "。")
    assert time.perf_counter() - start < 0.05


@pytest.mark.parametrize("links", [["1", "2", "3", "下一页"], ["上一页", "1", "", "2", "3", "下一页", "共3页"]])
def test_a_pagers_links_one_to_a_line_are_furniture(read_text: ReadText, links: list[str]) -> None:
    source = read_text("\n".join([TITLE, "", *TEXT, "", *links]) + "\n", "doc.txt")
    assert texts(source) == TEXT


def test_a_number_alone_away_from_a_pager_stays(read_text: ReadText) -> None:
    source = read_text("\n".join([TITLE, "", TEXT[0], "2", TEXT[1], "", "下一页"]) + "\n", "doc.txt")
    assert texts(source) == [TEXT[0], "2", TEXT[1]]
