"""The head of an official document: the red masthead (某某文件) and the document's number are no title, the
关于… line under them is; a decision's note of its adoption (（…会议通过）) is its date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.read.shapes import adoption_date, is_masthead, masthead_lines
from tests.read.makers import Docx, ReadBytes, para, texts

ReadText = Callable[[str], Source]
BODY = [
    "各镇（街道）党（工）委，市直各单位：",
    "现将《某市2025年基层党建重点任务》印发给你们，请认真抓好落实。",
    "一、抓好组织建设。推动基层党组织全面进步、全面过硬。",
    "二、抓好队伍建设。加强党员日常教育管理。",
]


@pytest.mark.parametrize(
    "masthead",
    [
        "中共某市委办公室文件",
        "某市人民政府文件",
        "中共某市委 某市人民政府文件",
        "某 市 人 民 政 府 办 公 室 文 件",
        "某市贯彻落实某项规定领导小组办公室文件",
        "某市建设学习型机关领导小组办公室文件",
    ],
)
def test_the_masthead_and_number_are_not_the_title(read_text: ReadText, masthead: str) -> None:
    title = "关于印发《某市2025年基层党建重点任务》的通知"
    source = read_text("\n\n".join([masthead, "某办发〔2025〕7号", title, *BODY]))
    assert source.title == title
    assert texts(source) == BODY


@pytest.mark.parametrize("line", ["学习文件", "重要文件", "关于进一步精简会议文件的通知", "中共某市委办公室"])
def test_other_lines_ending_in_file_are_no_masthead(line: str) -> None:
    assert not is_masthead(line)


@pytest.mark.parametrize(
    "title", ["认真学习省委文件", "关于转发市委文件", "组织党员深入学习贯彻中央文件", "县里的文件"]
)
def test_a_title_on_studying_a_bodys_document_is_no_masthead(read_text: ReadText, title: str) -> None:
    # a masthead only names the bodies that issue the document; a title does something with their document
    assert not is_masthead(title)
    assert read_text("\n\n".join([title, *BODY])).title == title


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("（2024年11月20日中国共产党某市第九届委员会第六次全体会议通过）", "2024-11-20"),
        ("（2024年11月20日市委常委会会议审议通过）", "2024-11-20"),
        ("(2024年11月20日某市第十七届人民代表大会常务委员会第十九次会议批准)", "2024-11-20"),
        ("（二〇二四年十一月二十日市政府常务会议审定）", "2024-11-20"),
    ],
)
def test_a_decisions_adoption_note_is_its_date(read_text: ReadText, note: str, date: str) -> None:
    title = "中共某市委关于深化基层治理改革的决定"
    items = ["一、明确改革方向。", "二、完善治理体系。", "三、强化组织保障。"]
    source = read_text("\n\n".join([title, note, "为深化基层治理改革，作出如下决定。", *items]))
    assert (source.title, source.meta.date) == (title, date)
    assert texts(source) == ["为深化基层治理改革，作出如下决定。", *items]


def test_a_bracketed_sentence_that_adopts_nothing_gives_no_date() -> None:
    assert adoption_date("（2024年11月20日，全市召开基层治理工作推进会）") is None


def test_a_word_files_masthead_in_large_bold_type_is_not_the_title(read_bytes: ReadBytes) -> None:
    title = "关于印发《某市2025年基层党建重点任务》的通知"
    paras = [para("中共某市委办公室文件", bold=True), para("某办发〔2025〕7号"), para(title, bold=True)]
    source = read_bytes(Docx([*paras, *(para(text) for text in BODY)]).bytes(), "notice.docx")
    assert (source.title, texts(source)) == (title, BODY)


def test_a_pages_adoption_note_under_its_headline_is_its_date(read_bytes: ReadBytes) -> None:
    title = "中共某市委关于深化基层治理改革的决定"
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}_某市党建网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/a'>党建要闻</a></div>"
        f"<h1>{title}</h1><h2><strong>（二〇二四年十一月二十日中国共产党某市第九届委员会第六次全体会议通过）</strong></h2>"
        "<p>为深化基层治理改革，作出如下决定。</p><p>一、明确改革方向。</p><p>二、完善治理体系。</p>"
        "</body></html>"
    )
    source = read_bytes(page.encode("utf-8"), "decision.html")
    assert (source.title, source.meta.date) == (title, "2024-11-20")
    assert texts(source)[0] == "为深化基层治理改革，作出如下决定。"


@pytest.mark.parametrize(
    "masthead",
    [
        ["中共某市委办公室", "某市人民政府办公室文件"],  # two bodies issue it together
        ["中共某市委办公室", "某市人民政府办公室", "文件"],  # … 文件 set once beside both names
    ],
)
def test_a_masthead_over_several_lines_is_not_the_title(read_text: ReadText, masthead: list[str]) -> None:
    title = "关于印发《某市2025年基层党建重点任务》的通知"
    source = read_text("\n\n".join(["\n".join(masthead), "某办发〔2025〕7号", title, *BODY]))
    assert (source.title, texts(source)) == (title, BODY)


def test_the_number_with_its_signer_is_not_the_title(read_text: ReadText) -> None:
    title = "关于某市2025年基层党建工作情况的报告"
    source = read_text("\n\n".join(["中共某市委文件", "某发〔2025〕12号      签发人：王某某", title, *BODY]))
    assert (source.title, texts(source)) == (title, BODY)


@pytest.mark.parametrize("lines", [["某市民政局", "关于做好冬季救助工作的通知"], ["中共某市委", "某市人民政府"]])
def test_names_of_bodies_over_no_masthead_are_none(lines: list[str]) -> None:
    assert masthead_lines(lines) == 0
