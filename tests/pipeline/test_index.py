"""The course home page, rendered from hand-made model objects and a made-up list of outputs."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import study.render.index
from study.build import build
from study.cache import BuildCache, Memo, OutputRecord
from study.config import Settings
from study.model import Course, Document, EnumList, Item, Loc, Meta, Source
from study.render.index import INDEX, owner, render_after
from study.work import output_work

from .conftest import MakeCourse

GOOD = "学习要点\n\n我们要做到以下三点：\n一、坚持实事求是。\n二、密切联系群众。\n三、加强组织纪律。\n"


def document(stem: str, title: str | None, heads: list[str], script: str = "simplified") -> Document:
    loc = Loc(f"sources/{stem}.txt", 3, 0)
    items = tuple(
        Item(marker=f"（{n}）", head=head, text=head, key=f"1.{i + 1}", label=f"（{n}）", loc=loc)
        for i, (n, head) in enumerate(zip("一二三四五", heads, strict=False))
    )
    lists = (EnumList("（一）", "要做好以下几点：", len(heads), items, "1", loc),) if heads else ()
    source = Source(f"sources/{stem}.txt", stem, title, Meta(date="1990-02-04"), script, ())
    return Document(source, lists, ("line 3: a warning",))


def record(pages: int | None = None) -> OutputRecord:
    return OutputRecord("0" * 64, 2048, {"pages": pages} if pages else {})


def page(course: Course, outputs: dict[str, OutputRecord], settings: Settings | None = None) -> str:
    files = render_after(output_work("index", course, settings or Settings()), outputs)
    assert list(files) == [INDEX]
    data = files[INDEX]
    assert isinstance(data, bytes)
    return data.decode("utf-8")


def test_a_file_belongs_to_the_document_its_path_names() -> None:
    stems = ["a", "a_b", "doc"]
    assert owner("pdf/a_b-提纲.pdf", stems) == "a_b"  # the longest stem wins
    assert owner("pdf/a-提纲.pdf", stems) == "a"
    assert owner("html/doc/index.html", stems) == "doc"
    assert owner("outline/doc.json", stems) == "doc"
    assert owner("pdf/course-提纲.pdf", stems) is None
    assert owner("pdf/abc.pdf", stems) is None  # "a" followed by a letter is another name


def test_links_every_output_under_its_document_or_the_course() -> None:
    course = Course("c1", "测试课程", (document("d1", "第一篇", ["甲", "乙"]), document("d2", None, [])))
    outputs = {"d1/sheet.pdf": record(3), "outline/d2.json": record(), "课程.apkg": record(), "pdf/all.pdf": record(9)}
    html = page(course, outputs)
    for rel in ("d1/sheet.pdf", "outline/d2.json", "pdf/all.pdf"):
        assert f'href="{rel}"' in html
    assert 'href="%E8%AF%BE%E7%A8%8B.apkg"' in html  # a Chinese file name, percent-encoded
    course_part, d1_part = html.split('id="course-files"')[1].split('id="doc-d1"')
    assert "课程.apkg" in course_part and "pdf/all.pdf" in course_part and "d1/sheet.pdf" not in course_part
    assert "d1/sheet.pdf" in d1_part.split('id="doc-d2"')[0]
    assert "3 页" in html and "12 页 PDF" in html
    assert "<h2>d2</h2>" in html  # a document without a title shows its file name, not a made-up title


def test_a_link_says_which_sheet_it_is_and_the_path_follows() -> None:
    course = Course("c1", "测试课程", (document("d1", "第一篇", ["甲", "乙"]),))
    outputs = {"pdf/d1-练习.pdf": record(2), "outline/d1.json": record(), "pdf/course-答案.pdf": record(4)}
    html = page(course, outputs)
    assert '">练习</a> <span class="path">pdf/d1-练习.pdf</span>' in html
    assert '">全课程答案</a> <span class="path">pdf/course-答案.pdf</span>' in html
    assert '">结构数据</a> <span class="path">outline/d1.json</span>' in html

    called = Course("c1", "测试课程", (document("course", "第一篇", ["甲"]),))  # its sheets: _course-…
    html = page(called, {"pdf/course-练习.pdf": record(2), "pdf/_course-答案.pdf": record(4)})
    assert '">练习</a>' in html and '">全课程答案</a>' in html


def test_shows_each_outline_with_counts_and_warnings() -> None:
    course = Course("c1", "课", (document("d1", "第一篇", ["坚持实事求是", "密切联系群众"]),))
    html = page(course, {})
    assert "坚持实事求是" in html and "（二）" in html and "〔2〕" in html
    assert "1 个列表" in html and "2 个要点" in html
    assert "line 3: a warning" in html


def test_text_from_documents_is_escaped() -> None:
    course = Course("c1", "<b>课</b>", (document("d1", "<script>alert(1)</script>", ["<img src=x>"]),))
    html = page(course, {})
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x>" not in html


def test_traditional_setting_converts_what_the_page_shows() -> None:
    course = Course("c1", "学习课程", (document("d1", "密切联系群众", ["加强组织纪律"]),))
    html = page(course, {}, Settings(script="traditional"))
    assert "密切聯繫群眾" in html and "加強組織紀律" in html and 'lang="zh-Hant"' in html


def test_same_course_same_page() -> None:
    course = Course("c1", "课", (document("d1", "第一篇", ["甲"]),))
    assert page(course, {"d1.pdf": record(1)}) == page(course, {"d1.pdf": record(1)})


def test_each_documents_section_is_remembered_and_the_page_the_same(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    course = Course("c", "课程", (document("a", "甲", ["一"]), document("b", "乙", ["二", "三"])), 0.0)
    work, memo = output_work("index", course, Settings()), Memo(BuildCache(tmp_path))
    outputs = {"pdf/a-提纲.pdf": record(3), "pdf/b-提纲.pdf": record(2)}
    first = render_after(work, outputs, memo)
    made: list[str] = []
    real = study.render.index.document_view
    monkeypatch.setattr(study.render.index, "document_view", lambda w, s, f: made.append(w.doc.stem) or real(w, s, f))
    assert render_after(work, outputs, memo) == first and made == []
    changed = outputs | {"pdf/b-提纲.pdf": record(4)}  # b's sheet has another page now
    assert "4 页" in render_after(work, changed, memo)[INDEX].decode("utf-8") and made == ["b"]


def test_hints_are_said_in_chinese_on_the_page_and_unknown_ones_as_they_are() -> None:
    doc = document("d1", "第一篇", ["甲", "乙"])
    hints = (
        "line 7: '要做到三点：' announces 3, found 2 items",
        "line 9: 乙 follows 甲: numbering skips 2",
        "line 3: 新的提示",
    )
    doc = Document(replace(doc.source, warnings=("took out 1 editor's note",)), doc.lists, hints)
    html = page(Course("c1", "课", (doc,)), {})
    assert "第 7 行：“要做到三点：”说有 3 项，找到 2 项" in html
    assert "第 9 行：乙接在甲之后：编号跳过了 2" in html
    assert "已删去编辑按语 1 处" in html and "editor" not in html
    assert "line 3: 新的提示" in html  # a hint of no known shape stays as it is


def test_a_hint_is_in_the_pages_script() -> None:
    doc = document("d1", "第一篇", ["甲"])
    doc = Document(replace(doc.source, warnings=("took out 2 lines of photo captions",)), doc.lists, ())
    html = page(Course("c1", "课", (doc,)), {}, Settings(script="traditional"))
    assert "已刪去圖片說明 2 行" in html


def test_a_file_name_with_spaces_gives_a_valid_id_that_the_contents_link_to() -> None:
    html = page(Course("c1", "课", (document("名字 有 空格", "第一篇", ["甲"]),)), {})
    assert 'id="doc-名字_有_空格"' in html and 'href="#doc-名字_有_空格"' in html
    assert not re.search(r'id="[^"]*\s[^"]*"', html)


def test_sources_that_could_not_be_read_are_named_under_the_documents() -> None:
    work = output_work("index", Course("c1", "课", (document("d1", "第一篇", ["甲"]),)), Settings())
    unread = (("坏.txt", "not UTF-8, GB18030 or Big5 text"), ("第二周/x.docx", "some new reason"))
    html = render_after(replace(work, unread=unread), {})[INDEX].decode("utf-8")
    contents = html.split("<h2>文档</h2>")[1].split("<section")[0]
    assert "未能读取：坏.txt：不是 UTF-8、GB18030 或 Big5 编码的文本" in contents
    assert "未能读取：第二周/x.docx：some new reason" in contents


def test_a_build_names_on_its_home_page_the_source_it_could_not_read(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, files={"好.txt": GOOD.encode(), "坏.txt": b"\xff\xfe\x00\xd8\x81" * 40})
    dist = tmp_path / "dist"
    report = build(sources, dist, log=lambda line: None)
    assert len(report.failures) == 1
    html = (dist / INDEX).read_text(encoding="utf-8")
    assert "未能读取：坏.txt：" in html
    (sources / "坏.txt").unlink()  # fixed: the line goes, though the documents read the same
    build(sources, dist, log=lambda line: None)
    assert "未能读取" not in (dist / INDEX).read_text(encoding="utf-8")
