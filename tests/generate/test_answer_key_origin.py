"""The answer key's 出处: a line only where the reader's file has lines (made-up places)."""

from __future__ import annotations

import html

import pytest

from study.config import Settings
from study.generate import exercises as ex
from study.generated import Exercise, Origin
from study.model import Loc
from study.render import sheets
from tests.generate.test_exercises import make_doc, make_item, make_list


@pytest.mark.parametrize("path", ["sources/意见.txt", "sources/讲稿.md", "sources/笔记.MARKDOWN"])
def test_a_text_files_origin_cites_its_line(path: str) -> None:
    assert str(Origin("d", "1.3", "（三）", Loc(path, 12, 0), "加强组织领导")) == "（三）（第 12 行）"
    assert str(Origin("d", "1", "", Loc(path, 4, 0), "加强组织领导")) == "第 4 行"


@pytest.mark.parametrize("path", ["sources/意见.html", "sources/决定.pdf", "sources/方案.docx", "sources/页.mhtml"])
def test_a_page_word_file_or_pdf_cites_the_markers_alone(path: str) -> None:
    # a browser, Word or a PDF viewer numbers no lines: "第 31 行" is the tool's own count
    assert str(Origin("d", "1.3", "一、（三）", Loc(path, 31, 5), "到2030年", lined=False)) == "一、（三）"
    # a point of no marker is found by its opening words
    assert str(Origin("d", "1.2", "——", Loc(path, 9, 2), "坚持问题导向", lined=False)) == "“坚持问题导向……”"
    assert str(Origin("d", "1", "", Loc(path, 4, 1), lined=False)) == ""


def test_an_origin_carries_the_opening_words_after_the_marker() -> None:
    item = make_item("q", "1.2", "[2]", "第二，", "健全工作机制", "，形成上下联动的工作格局。")
    assert ex.item_origin(make_doc("q", "题", ()), item).opening == "健全工作机制"
    long = make_item("q", "1.3", "[3]", "3.", "全面加强基层党组织建设和党员队伍建设")
    assert ex.item_origin(make_doc("q", "题", ()), long).opening == "全面加强基层党组织建设和"
    lst = make_list("q", "2", "做好这项工作要把握三点：", ["统一思想", "压实责任", "强化督查"])
    assert ex.list_origin(make_doc("q", "题", ()), lst, None).opening == "做好这项工作要把握三点"
    unled = make_list("q", "3", None, ["统一思想", "压实责任"])
    assert ex.list_origin(make_doc("q", "题", ()), unled, None).opening == "统一思想"


def answer_key_line(origin: Origin, script: str) -> str:
    """An answer's line of the answer key as printed on a page of `script` (the sheets' own environment)."""
    env = sheets.environment(())
    exercise = Exercise("list", "有哪些要求？", origin, answers=("统一思想",))
    html = str(env.get_template("macros.html.j2").module.answer(1, exercise, script))  # type: ignore[attr-defined]
    return sheets.convert(html, Settings(script=script))


def test_opening_words_cited_on_a_traditional_page_stay_as_the_source_prints_them() -> None:
    # the words are there to search the file for: converted, a simplified file never holds them
    origin = Origin("d", "1.2", "——", Loc("sources/页.html", 9, 2), "坚持问题导向", lined=False)
    line = html.unescape(answer_key_line(origin, "traditional"))  # as a browser or the PDF shows it
    assert "出處：“坚持问题导向……”" in line, line


def test_a_list_of_bare_words_is_cited_by_the_heading_it_is_about() -> None:
    # 机遇…… finds every 机遇 of the page: the heading over the list, which the page prints, finds the list
    from study.model import EnumList
    from tests.generate.test_exercises import text_doc

    words = tuple(make_item("q", f"1.{n}", f"{n}.", f"{n}.", w) for n, w in enumerate(["成绩", "问题"], 1))
    lst = EnumList("1.", None, None, words, "1", Loc("sources/q.txt", 2, 1), topic="全年工作的成绩与问题")
    doc = text_doc("q", "题", "全年工作的成绩与问题", (lst,))
    assert ex.list_origin(doc, lst, None).opening == "全年工作的成绩与问题"
    # a topic the source does not print as such (《题》“…”部分) is no words to search for
    named = EnumList("1.", None, None, words, "1", Loc("sources/q.txt", 2, 1), topic="本文“成绩”部分")
    assert ex.list_origin(doc, named, None).opening == "成绩"


def test_a_label_cited_on_a_traditional_page_stays_as_the_source_prints_it() -> None:
    labelled = Origin("d", "1.3", "第三条", Loc("sources/页.html", 31, 5), "加强组织领导", lined=False)
    assert "出處：第三条" in html.unescape(answer_key_line(labelled, "traditional"))
