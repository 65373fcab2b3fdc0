"""A row of a page's fields glued to the line before it (its spans run together: 标题来源：某某作者：某某发布时间：…
浏览次数：…): the row is the page's furniture, its fields read, the headline or date before it a line of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.read.lines import Line
from study.read.web import unglue_fields
from tests.read.makers import texts

ReadText = Callable[[str, str], Source]
TITLE = "某镇扎实推进人居环境整治"
FIRST = "今年以来，某镇把人居环境整治作为民生实事，统筹推进垃圾分类和污水治理，取得明显成效。"
SECOND = "镇里主要做法是：一是建立长效机制，定期开展评比；二是发动群众参与，推行门前三包。"
SPANS = ["来源：某某日报", "作者：王建国", "发布时间：2023-05-06", "浏览次数：123"]


def page(head: str) -> str:
    """A made-up page whose head block is `head` (markup inside it), its article after it."""
    return (
        f'<html><head><meta charset="utf-8"></head><body><div class="head">{head}</div>'
        f"<p>{FIRST}</p><p>{SECOND}</p></body></html>"
    )


def spans(*parts: str) -> str:
    """The parts as spans set side by side, as a page's byline row sets them."""
    return "".join(f"<span>{part}</span>" for part in parts)


@pytest.mark.parametrize(
    "head",
    [
        spans(TITLE, *SPANS),  # the headline and the byline spans in one block
        f"<h1>{TITLE}</h1>" + spans("2023-05-06", *SPANS[:2], "【字体：大 中 小】"),  # a date glued before them
        f"<h1>{TITLE}</h1>" + spans("2023-05-06 10:20", *SPANS[:2]),
    ],
)
def test_a_row_of_fields_glued_in_spans_is_furniture_and_read(read_text: ReadText, head: str) -> None:
    source = read_text(page(head), "page.html")
    assert (source.title, texts(source)) == (TITLE, [FIRST, SECOND])
    assert (source.meta.date, source.meta.author, source.meta.publication) == ("2023-05-06", "王建国", "某某日报")


@pytest.mark.parametrize("glued", ["".join([TITLE, *SPANS]), "".join([TITLE, "2023-05-06 10:20", *SPANS[:2]])])
def test_a_copied_row_glued_to_its_headline_is_read_in_a_text_file(read_text: ReadText, glued: str) -> None:
    source = read_text("\n".join([glued, FIRST, SECOND]) + "\n", "doc.txt")
    assert (source.title, texts(source)) == (TITLE, [FIRST, SECOND])
    assert (source.meta.date, source.meta.author) == ("2023-05-06", "王建国")


@pytest.mark.parametrize(
    "text",
    [
        "本文作者：王建国，来源：某某杂志",  # a short word the label goes on
        "会议强调，要做好来源：王建国，作者：某某",  # the row after half a sentence
        "时间：2023年5月6日上午9时",  # one field alone
    ],
)
def test_a_line_with_no_row_glued_after_its_own_text_stays_whole(text: str) -> None:
    assert unglue_fields([Line(1, text)]) == [Line(1, text)]


@pytest.mark.parametrize(
    "row", ["【来源：某某日报】【作者：王建国】【时间：2023-05-06】", "[来源:某某日报] [作者:王建国] [时间:2023-05-06]"]
)
def test_a_row_of_fields_each_in_brackets_is_read(read_text: ReadText, row: str) -> None:
    source = read_text(page(f"<h1>{TITLE}</h1><div>{row}</div>"), "page.html")
    assert (source.title, texts(source)) == (TITLE, [FIRST, SECOND])
    assert (source.meta.date, source.meta.author, source.meta.publication) == ("2023-05-06", "王建国", "某某日报")
