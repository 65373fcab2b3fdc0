"""Tables in .docx and HTML: a row of short cells is one line, its cells set apart by 　; the row of column labels
atop a table is left out, so that it never becomes an item of the list the rows make."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.parse import parse
from study.read.tables import is_header_row
from tests.read.makers import Docx, ReadBytes, para, table, texts

ReadText = Callable[[str, str], Source]
LEAD = "为抓好年度重点工作，现将任务分解如下："
ROWS = [
    ["1", "推进老旧小区改造", "县住建局"],
    ["2", "整治农村人居环境", "县农业农村局"],
    ["3", "提升公共服务水平", "县民政局"],
]
LINES = [
    "1\u3000推进老旧小区改造\u3000县住建局",
    "2\u3000整治农村人居环境\u3000县农业农村局",
    "3\u3000提升公共服务水平\u3000县民政局",
]
# A .docx's column of serial numbers numbers its rows as a list does (the reader of .docx tables sets them so)
DOCX_LINES = [
    "1.推进老旧小区改造\u3000县住建局",
    "2.整治农村人居环境\u3000县农业农村局",
    "3.提升公共服务水平\u3000县民政局",
]
END = "各责任单位要倒排工期，确保按时完成。"


def docx_table(header: list[str], marked: bool = False) -> bytes:
    """A .docx with a lead, a table of ROWS under `header` (Word's header row when `marked`) and a closing line."""
    grid = table([[[cell] for cell in row] for row in ([header] if header else []) + ROWS])
    if marked:
        grid = grid.replace("<w:tr>", "<w:tr><w:trPr><w:tblHeader/></w:trPr>", 1)
    return Docx([para("某县2025年重点工作任务分解表", style="Title"), para(LEAD), grid, para(END)]).bytes()


def html_table(header: str) -> str:
    """A saved page with a lead, a table of ROWS under the `header` row (markup) and a closing line."""
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS)
    return (
        "<html><head><meta charset='utf-8'><title>某县2025年重点工作任务分解表</title></head><body>"
        f"<h1>某县2025年重点工作任务分解表</h1><p>{LEAD}</p><table>{header}{rows}</table><p>{END}</p></body></html>"
    )


@pytest.mark.parametrize("header", [["序号", "工作任务", "责任单位"], ["编号", "事项", "牵头部门"]])
def test_a_docx_table_is_read_row_by_row_without_its_labels(read_bytes: ReadBytes, header: list[str]) -> None:
    source = read_bytes(docx_table(header), "plan.docx")
    assert texts(source) == [LEAD, *DOCX_LINES, END]


def test_words_heads_marked_by_word_are_left_out_whatever_they_say(read_bytes: ReadBytes) -> None:
    assert texts(read_bytes(docx_table(["甲", "乙", "丙"], marked=True), "plan.docx")) == [LEAD, *DOCX_LINES, END]


def test_a_table_without_labels_keeps_its_first_row(read_bytes: ReadBytes) -> None:
    assert texts(read_bytes(docx_table([]), "plan.docx")) == [LEAD, *DOCX_LINES, END]


@pytest.mark.parametrize(
    "header",
    [
        "<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>",
        "<tr><th>甲</th><th>乙</th><th>丙</th></tr>",
        "<thead><tr><td>甲</td><td>乙</td><td>丙</td></tr></thead>",
    ],
)
def test_an_html_tables_labels_are_left_out(read_text: ReadText, header: str) -> None:
    source = read_text(html_table(header), "plan.html")
    assert texts(source) == [LEAD, *LINES, END]
    assert all("序号" not in item.text for lst in parse(source).lists for item in lst.items)


@pytest.mark.parametrize(
    "cells",
    [["序号", "工作任务", "责任单位"], ["项目名称", "完成时限"], ["任务", "单位", "备注"]],
)
def test_rows_of_column_labels_are_headers(cells: list[str]) -> None:
    assert is_header_row(cells)


@pytest.mark.parametrize(
    "cells",
    [
        ["1", "推进老旧小区改造", "县住建局"],  # a row of the table
        ["一季度", "二季度"],  # figures
        ["坚持党的领导", "坚持人民至上"],  # two points set side by side, no labels
        ["工作任务"],  # one cell labels nothing
        ["加强组织领导，", "压实工作责任"],  # sentences
    ],
)
def test_rows_of_text_are_not_headers(cells: list[str]) -> None:
    assert not is_header_row(cells)


def test_a_markdown_tables_labels_are_left_out(read_text: ReadText) -> None:
    rows = "\n".join("| " + " | ".join(row) + " |" for row in ROWS)
    table = f"| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n{rows}"
    text = f"# 某县2025年重点工作任务分解表\n\n{LEAD}\n\n{table}\n\n{END}\n"
    assert texts(read_text(text, "plan.md")) == [LEAD, *LINES, END]


def test_the_labels_under_a_caption_merged_across_the_table_are_left_out(read_bytes: ReadBytes) -> None:
    caption = [["某县2025年重点工作任务分解表"]]
    grid = table([caption, [["序号"], ["工作任务"], ["责任单位"]], *([[cell] for cell in row] for row in ROWS)])
    source = read_bytes(Docx([para(LEAD), grid, para(END)]).bytes(), "plan.docx")
    assert texts(source) == [LEAD, "某县2025年重点工作任务分解表", *LINES, END]


def test_an_html_tables_labels_under_its_caption_row_are_left_out(read_text: ReadText) -> None:
    header = "<tr><td colspan='3'>任务清单</td></tr><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
    assert texts(read_text(html_table(header), "plan.html")) == [LEAD, "任务清单", *LINES, END]


# Short labels over longer cells: what each column holds, with no column's word (方面 | 举措), as a colleague's table
# sets them under a lead that counts its rows.
POINTS_LEAD = "抓好春季植树，主要有以下三个方面："
POINTS = [
    ["组织", "成立由县长任组长的领导小组"],
    ["资金", "县财政安排专项资金五百万元"],
    ["督查", "每月通报各乡镇的植树进度"],
]
POINT_LINES = ["\u3000".join(row) for row in POINTS]
POINT_TERMS = ["：".join(row) for row in POINTS]  # a .docx's rows of a term and what it means


def points_docx(header: list[str]) -> bytes:
    """A .docx with POINTS_LEAD, a table of POINTS under `header` and END."""
    grid = table([[[cell] for cell in row] for row in [header, *POINTS]])
    return Docx([para("春季植树工作讲话", style="Title"), para(POINTS_LEAD), grid, para(END)]).bytes()


def test_short_labels_over_longer_cells_are_a_docx_tables_header(read_bytes: ReadBytes) -> None:
    source = read_bytes(points_docx(["方面", "举措"]), "talk.docx")
    assert texts(source) == [POINTS_LEAD, *POINT_TERMS, END]
    assert [item.text for item in parse(source).lists[0].items] == POINT_TERMS


def test_short_labels_over_longer_cells_are_an_html_tables_header(read_text: ReadText) -> None:
    rows = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in [["方面", "举措"], *POINTS]
    )
    page = (
        "<html><head><meta charset='utf-8'><title>春季植树工作讲话</title></head><body><h1>春季植树工作讲话</h1>"
        f"<p>{POINTS_LEAD}</p><table>{rows}</table><p>{END}</p></body></html>"
    )
    assert texts(read_text(page, "talk.html")) == [POINTS_LEAD, *POINT_LINES, END]


def test_short_labels_over_longer_cells_are_a_markdown_tables_header(read_text: ReadText) -> None:
    rows = "\n".join("| " + " | ".join(row) + " |" for row in POINTS)
    text = f"# 春季植树工作讲话\n\n{POINTS_LEAD}\n\n| 方面 | 举措 |\n|---|---|\n{rows}\n\n{END}\n"
    assert texts(read_text(text, "talk.md")) == [POINTS_LEAD, *POINT_LINES, END]


@pytest.mark.parametrize(
    ("first", "below"),
    [
        (["组织", "领导小组"], [["资金", "专项资金"], ["督查", "月度通报"]]),  # a row as long as the rows under it
        (["组织", "成立领导小组"], [["资金", "县财政安排专项资金五百万元"]]),  # one row under it labels nothing
        (["组织机构", "领导"], [["县委", "书记任组长"], ["县政府", "县长任副组长"]]),  # cells under it shorter
    ],
)
def test_a_first_row_of_data_is_no_header(first: list[str], below: list[list[str]]) -> None:
    assert not is_header_row(first, below=below)
