"""Saved single-file web pages (.mhtml/.mht): the page inside is read like any HTML page."""

from __future__ import annotations

import pytest

from study.errors import SourceError
from study.model import pretty
from study.parse import parse
from tests.read import made_up
from tests.read.makers import ReadBytes, mhtml_of, texts


def test_the_page_inside_is_read_like_html(read_bytes: ReadBytes) -> None:
    source = read_bytes(mhtml_of(made_up.as_html()), "plan.mhtml")
    assert source.title == made_up.TITLE
    assert texts(source) == made_up.numbered()
    assert "<一、>\n  一、 总体要求\n  二、 主要任务" in pretty(parse(source).lists)


def test_a_gb2312_label_is_read_as_gb18030(read_bytes: ReadBytes) -> None:
    # 镕 is in GBK but not in GB2312: pages labelled gb2312 hold such characters all the time.
    page = "<html><head><title>学习笔记</title></head><body><p>朱镕基同志的讲话要点，摘录如下。</p></body></html>"
    source = read_bytes(mhtml_of(page, charset="gb2312", codec="gbk"), "notes.mht")
    assert texts(source) == ["朱镕基同志的讲话要点，摘录如下。"]


def test_an_mhtml_is_recognized_by_its_content(read_bytes: ReadBytes) -> None:
    page = "<html><body><h1>学习心得</h1><p>认真学习，深刻领会，抓好落实。</p></body></html>"
    assert texts(read_bytes(mhtml_of(page), "saved.txt")) == ["认真学习，深刻领会，抓好落实。"]


def test_the_subject_is_the_title_when_the_page_has_none(read_bytes: ReadBytes) -> None:
    page = "<html><body><p>认真学习，深刻领会，抓好落实，推动各项工作不断取得新成效。</p></body></html>"
    assert read_bytes(mhtml_of(page, subject="学习体会摘编"), "a.mhtml").title == "学习体会摘编"


def test_an_mhtml_without_a_page_is_one_line(read_bytes: ReadBytes) -> None:
    data = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n"
    )
    with pytest.raises(SourceError, match="without an HTML page"):
        read_bytes(data, "a.mhtml")


def test_a_page_without_a_charset_label_is_detected(read_bytes: ReadBytes) -> None:
    page = "<html><body><h1>学习心得</h1><p>认真学习，深刻领会，抓好落实，推动工作取得新成效。</p></body></html>"
    data = mhtml_of(page, charset="gb18030").replace(b'; charset="gb18030"', b"")
    assert b"charset" not in data
    assert texts(read_bytes(data, "a.mhtml")) == ["认真学习，深刻领会，抓好落实，推动工作取得新成效。"]
