"""A title that asks a question parted at one comma (为什么说A, 是B?, 如何理解A，做到B？), ASCII marks or full-width,
is still the title when it opens asking; its traditional-script date field under it (發布時間：…) dates the text. A
speech's question to its listeners stays its first paragraph."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.read.shapes import is_question_title
from study.script import to_traditional
from tests.read.makers import texts

ReadText = Callable[[str], Source]
BODY = [
    "植树造林是一项功在当代、利在千秋的事业，各乡镇要把春季植树作为当前一项重要任务抓紧抓好。",
    "各村要划定责任地块，落实管护人员，确保栽一棵活一棵，林业站要加强对新栽树苗的巡查和补栽。",
]


@pytest.mark.parametrize(
    "title",
    [
        "为什么说植树造林, 是功在千秋的事业?",
        "为什么说勤俭节约, 是党的优良作风?",
        "为什么说勤俭节约，是党的优良作风？",
        "如何理解绿水青山,做到久久为功?",
        "什么是生态文明，怎样建设生态文明？",
        to_traditional("为什么说勤俭节约, 是党的优良作风?"),
    ],
)
def test_a_question_title_parted_at_a_comma_is_the_title(read_text: ReadText, title: str) -> None:
    source = read_text("\n\n".join([title, *BODY]) + "\n")
    assert (source.title, texts(source)) == (title, BODY)


@pytest.mark.parametrize("field", ["發布時間：2023年5月6日", "發佈時間：2023年5月6日", "發佈日期：2023-05-06"])
def test_a_traditional_date_field_under_a_question_title_dates_the_text(read_text: ReadText, field: str) -> None:
    title = to_traditional("为什么说勤俭节约, 是党的优良作风?")
    source = read_text("\n\n".join([title, field, *map(to_traditional, BODY)]) + "\n")
    assert (source.title, source.meta.date, len(source.paragraphs)) == (title, "2023-05-06", 2)


@pytest.mark.parametrize(
    "line",
    [
        "同志们，什么是初心？",  # a speech asks its listeners
        "为什么说植树造林，是功在千秋的事业，是利在当代的事业？",  # two commas: a sentence
        "为什么？",
    ],
)
def test_a_question_that_is_no_title_stays(line: str) -> None:
    assert not is_question_title(line)
