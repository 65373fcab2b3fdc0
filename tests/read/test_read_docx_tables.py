"""A .docx table's rows as the items they are: a column of serial numbers numbers them, a table of terms names
each row's term (UAT 23: a 公考 student's tables gave no list, or a garbled one)."""

from __future__ import annotations

import pytest

from study.parse import parse
from tests.read.makers import OFFICIAL, Docx, ReadBytes, para, table, texts

LEAD = "本单位今年的重点任务如下表所示。"
TASKS = ["健全学习制度", "推进作风整治", "加强基层建设"]


def grid(rows: list[list[str]]) -> str:
    """A w:tbl of one paragraph a cell."""
    return table([[[cell] for cell in row] for row in rows])


@pytest.mark.parametrize("numbers", [["1", "2", "3"], ["一", "二", "三"], ["4", "5", "6"]])
def test_a_column_of_serial_numbers_numbers_the_rows_as_a_list(read_bytes: ReadBytes, numbers: list[str]) -> None:
    rows = [["序号", "内容"], *([n, task] for n, task in zip(numbers, TASKS, strict=True))]
    source = read_bytes(Docx([para(LEAD), grid(rows)]).bytes(), "a.docx")
    (items,) = [[item.text for item in found.items] for found in parse(source).lists]
    assert items == TASKS


def test_words_automatic_numbers_in_the_first_column_number_the_rows(read_bytes: ReadBytes) -> None:
    # the serial column numbered by Word (its cells hold no text, only the level 1. of a list)
    cells = "".join(f"<w:tr><w:tc>{para('', 1, 2)}</w:tc><w:tc>{para(task)}</w:tc></w:tr>" for task in TASKS)
    doc = Docx([para(LEAD), f"<w:tbl><w:tblPr/>{cells}</w:tbl>"], abstracts={0: OFFICIAL}, nums={1: (0, {})})
    assert texts(read_bytes(doc.bytes(), "a.docx"))[1:] == [f"{n}.{task}" for n, task in zip("123", TASKS, strict=True)]


@pytest.mark.parametrize(
    "firsts",
    [["2019", "2021", "2023"], ["3", "1", "2"], ["12", "13", "15"]],  # years, a rank, figures that skip
)
def test_a_column_of_figures_that_do_not_count_the_rows_stays_a_cell(read_bytes: ReadBytes, firsts: list[str]) -> None:
    rows = [[n, task] for n, task in zip(firsts, TASKS, strict=True)]
    lines = texts(read_bytes(Docx([para(LEAD), grid(rows)]).bytes(), "a.docx"))
    assert lines[1:] == [f"{n}\u3000{task}" for n, task in zip(firsts, TASKS, strict=True)]


TERMS = [
    ["“三个必须”", "必须讲政治、必须讲团结、必须讲奉献"],
    ["“两个坚持”", "坚持实事求是、坚持群众路线"],
    ["“两个务必”", "务必使同志们继续地保持谦虚谨慎的作风，务必使同志们继续地保持艰苦奋斗的作风"],
]


def test_a_table_of_terms_is_a_list_of_terms_each_with_its_meaning(read_bytes: ReadBytes) -> None:
    source = read_bytes(Docx([para("学习笔记", style="Title"), para("概念梳理"), grid(TERMS)]).bytes(), "a.docx")
    # each row one line, its term named first, its quotation marks kept (the long last row too)
    assert texts(source)[-3:] == [f"{term}：{meaning}" for term, meaning in TERMS]
    outline = parse(source)
    heads = [found for found in outline.lists if len(found.items) == len(TERMS)]
    assert len(heads) == 1
    assert [[len(inner.items) for inner in item.lists] for item in heads[0].items] == [[3], [2], [2]]


def test_a_grid_of_terms_is_no_table_of_terms(read_bytes: ReadBytes) -> None:
    rows = [["政治意识", "大局意识"], ["核心意识", "看齐意识"]]
    lines = texts(read_bytes(Docx([para(LEAD), grid(rows)]).bytes(), "a.docx"))
    assert lines[1:] == ["政治意识\u3000大局意识", "核心意识\u3000看齐意识"]


def test_a_row_deleted_with_tracked_changes_is_no_row(read_bytes: ReadBytes) -> None:
    rows = grid([["1", TASKS[0]], ["2", "已删除的一行"], ["2", TASKS[1]], ["3", TASKS[2]]])
    first, second, *rest = rows.split("<w:tr>")[1:]
    deleted = '<w:tr><w:trPr><w:del w:id="1" w:author="某"/></w:trPr>' + second
    rows = rows.split("<w:tr>")[0] + "<w:tr>" + first + deleted + "".join("<w:tr>" + r for r in rest)
    lines = texts(read_bytes(Docx([para(LEAD), rows]).bytes(), "a.docx"))
    assert lines[1:] == [f"{n}.{task}" for n, task in zip("123", TASKS, strict=True)]
