"""Tables, as every reader that meets one (HTML, .docx, Markdown) turns it into lines: a row of short cells is one
line, its cells set apart; the row of column labels atop a table is the table's furniture, not a row of it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from study.read.lines import Line
from study.read.shapes import LIST_MARK_PATTERNS

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


# ---------------------------------------------------------------- a table's rows as the items they are

# A cell that is a whole list marker (1. 一、 （一）, typed or Word's automatic number): its row's point.
LIST_MARK = re.compile(r"^(?:" + "|".join(LIST_MARK_PATTERNS) + r")\s*$")
BARE_FIGURE = re.compile(r"^\d{1,3}$")
BARE_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")
CHINESE_DIGITS = "一二三四五六七八九"
SERIAL_ROWS_MIN = 2  # a column of serial numbers numbers two rows at least
TERM_MAX = 12  # a term a row explains (“四个意识”, 新发展理念) is this short
TERM_SEPARATOR = "："  # a term and what it means, as the genre writes them on one line


def _numeral(text: str) -> int | None:
    """The value of a bare figure or Chinese numeral under one hundred (3, 十二, 二十一), else None."""
    if BARE_FIGURE.match(text):
        return int(text)
    if not BARE_NUMERAL.match(text):
        return None
    tens, ten, ones = text.partition("十")
    if not ten:
        return CHINESE_DIGITS.index(text) + 1 if len(text) == 1 else None
    if len(tens) > 1 or len(ones) > 1 or ones == "十":
        return None
    return 10 * (CHINESE_DIGITS.index(tens) + 1 if tens else 1) + (CHINESE_DIGITS.index(ones) + 1 if ones else 0)


def _serial_column(firsts: list[str]) -> bool:
    """True when a table's first cells number its rows: bare figures or Chinese numerals counting up by one
    (1 2 3, 一 二 三; from any number in a table cut out of a longer one), two rows at least."""
    values = [_numeral("".join(text.split())) for text in firsts]
    numbers = [value for value in values if value is not None]
    if len(values) < SERIAL_ROWS_MIN or len(numbers) < len(values):
        return False
    return all(b == a + 1 for a, b in pairwise(numbers))


def _marker(text: str) -> str:
    """A serial number as the list marker the genre writes: 1. for a figure, 一、 for a numeral."""
    return f"{text}." if BARE_FIGURE.match(text) else f"{text}、"


def _is_term(text: str) -> bool:
    """True for a cell that can name what the rest of its row explains: short, worded (a figure is a value), no
    sentence's mark."""
    text = "".join(text.split())
    worded = any(ch.isalpha() for ch in text)
    return 0 < len(text) <= TERM_MAX and worded and not SENTENCE_MARKS.search(text)


def _term_rows(rows: list[list[list[Line]]]) -> bool:
    """True when every row is a term and what it means: two cells, the first one short line naming it, the second
    longer (“四个意识” | 政治意识、大局意识…), two rows at least. A grid of terms (政治意识 | 大局意识) is none."""
    if len(rows) < SERIAL_ROWS_MIN:
        return False
    for cells in rows:
        if len(cells) != 2 or len(cells[0]) != 1 or not _is_term(cells[0][0].text):
            return False
        if sum(len(line.text) for line in cells[1]) <= len(cells[0][0].text):
            return False
    return True


def table_lines(rows: list[list[list[Line]]]) -> list[list[Line]]:
    """A table's rows of data (each cell its lines) as each row's lines, each row the item it is: a column of
    serial numbers (1 2 3, 一 二 三) or of list markers puts its number before the rest of its row (1.加强…), as a
    numbered list writes it; a table of terms writes each row as the term and what it means (“四个意识”：政治意识…)."""
    rows = [[cell for cell in cells if cell] for cells in rows]
    firsts = [cells[0][0].text.strip() if cells and len(cells[0]) == 1 and len(cells) > 1 else "" for cells in rows]
    if _serial_column(firsts):
        markers = [_marker("".join(text.split())) for text in firsts]
    elif rows and all(LIST_MARK.match(text) for text in firsts):
        markers = ["".join(text.split()) for text in firsts]
    else:
        markers = []
    if markers:
        rows = [cells[1:] for cells in rows]
    terms = _term_rows(rows)
    out: list[list[Line]] = []
    for k, cells in enumerate(rows):
        if terms:
            term, (first, *rest) = cells[0][0], cells[1]
            lines = [replace(first, text=term.text.strip() + TERM_SEPARATOR + first.text, closed=True)]
            lines += [replace(line, closed=True) for line in rest]
        else:
            lines = row_lines(cells)
        if markers and lines:
            lines[0] = replace(lines[0], text=markers[k] + lines[0].text)
        out.append(lines)
    return out
