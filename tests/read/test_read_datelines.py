"""A paper's or an agency's dateline opening the article (本报北京3月5日电（记者 某某）, 本报讯): the paper's words over
the text, never a point's; its reporters are the author, its day the date when it gives the year and nothing else
dates the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.parse import parse
from tests.read.makers import texts

ReadText = Callable[[str], Source]
TITLE = "全县秋粮收购工作有序推进"
FIRST = "近日，县里召开秋粮收购工作推进会，部署全县秋粮收购和仓储调度工作，各乡镇负责同志参加会议。"
SERIES = "会议提出三点要求：一是压实收购责任；二是做好仓容调度；三是强化市场监管。"


def article(dateline: str, *, head: str = "") -> str:
    """A made-up news article whose first paragraph opens with `dateline`."""
    return "\n\n".join([TITLE, *([head] if head else []), dateline + FIRST, SERIES]) + "\n"


@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("本报北京3月5日电（记者 王建国）", "王建国"),
        ("新华社北京3月5日电（记者王建国、李华）", "王建国、李华"),
        ("本报某某10月8日电　记者王建国报道：", "王建国"),
        ("某某社十月八日电(记者 张三)", "张三"),
        ("本报讯（记者 王建国 通讯员 李华）", "王建国 李华"),
        ("新华社北京3月5日电 ", None),
        ("【某某新闻台】", None),  # a station's tag on its copy
        ("[某某网]", None),
    ],
)
def test_a_dateline_opening_the_article_is_no_text_and_credits_its_reporters(
    read_text: ReadText, dateline: str, author: str | None
) -> None:
    source = read_text(article(dateline))
    assert texts(source) == [FIRST, SERIES] and source.meta.author == author
    assert source.meta.date is None  # a day without its year dates nothing


def test_the_first_point_of_an_article_opening_with_a_dateline_is_not_its_dateline(read_text: ReadText) -> None:
    source = read_text("\n\n".join([TITLE, "本报北京3月5日电（记者 王建国）" + SERIES]) + "\n")
    heads = [item.head for lst in parse(source).lists for item in lst.items]
    assert heads == ["压实收购责任", "做好仓容调度", "强化市场监管"]
    assert texts(source) == [SERIES]


@pytest.mark.parametrize("dateline", ["新华社北京2023年3月5日电 ", "本报北京二〇二三年三月五日电（记者 王建国）"])
def test_a_dateline_with_its_year_dates_an_undated_text(read_text: ReadText, dateline: str) -> None:
    assert read_text(article(dateline)).meta.date == "2023-03-05"


def test_another_date_of_the_text_wins_over_its_datelines(read_text: ReadText) -> None:
    source = read_text(article("新华社北京2023年3月5日电 ", head="发布时间：2023年3月6日"))
    assert source.meta.date == "2023-03-06"


@pytest.mark.parametrize("opening", ["会议于3月5日电话连线各乡镇，", "3月5日电视台播出专题片后，"])
def test_a_day_before_a_word_opened_by_dian_is_the_texts_own(read_text: ReadText, opening: str) -> None:
    source = read_text(article(opening))
    assert texts(source)[0] == opening + FIRST


def test_a_numbered_paragraph_under_a_desks_tag_keeps_its_number(read_text: ReadText) -> None:
    numbered = ["128. " + FIRST, "129. 会议要求各乡镇压实收购责任。", "130. 会议要求各部门强化市场监管。"]
    source = read_text("\n\n".join([TITLE, "【某某新聞台】" + numbered[0], *numbered[1:]]) + "\n")
    assert [item.marker for lst in parse(source).lists for item in lst.items] == ["128.", "129.", "130."]


def test_a_bracketed_word_that_names_no_desk_stays(read_text: ReadText) -> None:
    assert texts(read_text(article("【案例】")))[0] == "【案例】" + FIRST
