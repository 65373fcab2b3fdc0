"""Tables, as every reader that meets one (HTML, .docx, Markdown) turns it into lines: a row of short cells is one
line, its cells set apart; the row of column labels atop a table is the table's furniture, not a row of it."""

from __future__ import annotations

import re
from dataclasses import replace

from study.read.lines import Line

CELL_SEPARATOR = "\u3000"  # a row of short cells is one line, its cells set apart as CJK text sets them
CELL_SHORT = 20  # a cell this long or longer is its own line (so is every cell of its row)
LABEL_MAX = 8  # a column's label is this short
# The label of a column that numbers the rows (序号, 编号, No.).
NUMBER_LABEL = re.compile(r"^(?:序号|编号|序列号|序|项次|排序|No\.?|NO\.?)$")
# The words a column's label ends on in the tables of the genre (分工表, 任务清单, 台账): what a row gives, who does
# it, by when (重点任务, 牵头单位, 责任领导, 完成时限, 备注).
COLUMN_WORD = re.compile(
    r"(?:任务|事项|内容|措施|项目|名称|目标|要求|指标|单位|部门|领导|责任人|负责人|时限|时间|期限|进度|备注|类别|分类"
    r"|标准|依据|成果|形式|数量|金额|地点|对象|姓名|职务|说明)$"
)
SENTENCE_MARKS = re.compile(r"[，,。；;！？!?：:]")


def row_lines(cells: list[list[Line]]) -> list[Line]:
    """A table row (each cell its lines) as lines: one line of its short cells set apart by CELL_SEPARATOR,
    or each cell's own lines when a cell is long or has several lines; each ends its paragraph (`closed`): a
    table's rows are never a paragraph wrapped."""
    cells = [cell for cell in cells if cell]
    if cells and all(len(cell) == 1 and len(cell[0].text) < CELL_SHORT for cell in cells):
        return [Line(cells[0][0].no, CELL_SEPARATOR.join(cell[0].text for cell in cells), closed=True)]
    return [replace(line, closed=True) for cell in cells for line in cell]


def closed_at_end(lines: list[Line]) -> None:
    """The last of `lines` marked as ending its paragraph, in place: a table comes after it."""
    if lines:
        lines[-1] = replace(lines[-1], closed=True)


def _is_label(text: str) -> bool:
    """True for a cell that can label a column: short, no figure, no sentence's mark."""
    text = "".join(text.split())
    return 0 < len(text) <= LABEL_MAX and not any(ch.isdigit() for ch in text) and not SENTENCE_MARKS.search(text)


LABEL_SHORT = 4  # a column's label over longer cells is this short (考虑, 要点)
ROWS_UNDER_MIN = 2  # … and it labels at least this many rows


def _labels_over_longer(cells: list[str], below: list[list[str]]) -> bool:
    """True when every cell of a first row is a short label no longer than any cell under it in its column, and in
    one column every cell under it is twice as long at least (考虑 | 要点 over 历史逻辑 | 百年党史是…): a row of
    data is as long as the rows under it."""
    widths = [len("".join(cell.split())) for cell in cells]
    rows = [[len("".join(cell.split())) for cell in row] for row in below]
    if len(rows) < ROWS_UNDER_MIN or not all(widths) or any(len(row) != len(widths) or not all(row) for row in rows):
        return False  # merged or empty cells: the columns do not line up
    columns = list(zip(*rows, strict=True))
    no_longer = all(width <= min(column) for width, column in zip(widths, columns, strict=True))
    doubled = any(all(cell >= 2 * width for cell in column) for width, column in zip(widths, columns, strict=True))
    return max(widths) <= LABEL_SHORT and no_longer and doubled


def is_header_row(cells: list[str], marked: bool = False, below: list[list[str]] | None = None) -> bool:
    """True for a table's first row (its cells' texts) that labels its columns: every cell a label, and the row
    marked as a header by its markup (<th>, Word's repeated header row), a column numbering the rows (序号), most
    of its labels ending on a column's word (牵头单位, 完成时限), or its short labels over longer cells in the rows
    `below` it (their cells' texts)."""
    labels = [cell for cell in cells if cell.strip()]
    if len(labels) < 2 or not all(map(_is_label, labels)):
        return False
    worded = sum(1 for cell in labels if COLUMN_WORD.search(cell.strip()))
    column_words = NUMBER_LABEL.match(labels[0].strip()) is not None or 2 * worded > len(labels)
    return marked or column_words or (below is not None and _labels_over_longer(cells, below))
