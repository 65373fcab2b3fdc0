"""Nested markdown lists keep their nesting in what the reader hands the parser: ordered items with bullets under
them (indented by two, three spaces or a tab), labelled bullets (- 思想上：) over their own bullets, closing the
text as they may, and ordered items under ordered ones."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import BULLET_LEVEL, Source
from study.parse import parse

ReadText = Callable[[str, str], Source]
TOP, SUB = BULLET_LEVEL, BULLET_LEVEL + 1


def levels(source: Source) -> list[tuple[int, str]]:
    """Each paragraph's level and text."""
    return [(p.level, p.text) for p in source.paragraphs]


def outline(source: Source) -> list[tuple[str, list[str]]]:
    """The heads of the first list's items, each with the heads of the list under it."""
    first = parse(source).lists[0]
    return [(item.head, [sub.head for lst in item.lists for sub in lst.items]) for item in first.items]


@pytest.mark.parametrize("indent", ["  ", "   ", "\t"])
def test_bullets_under_ordered_items_are_nested(read_text: ReadText, indent: str) -> None:
    items = ["1. 坚持党的领导", "- 把方向", "- 谋大局", "2. 坚持人民至上", "- 为了人民", "- 依靠人民"]
    text = "# 学习要点\n\n要把握两个方面：\n\n" + "\n".join(i if i[0].isdigit() else indent + i for i in items) + "\n"
    source = read_text(text, "n.md")
    assert [level for level, _ in levels(source)] == [0, TOP, SUB, SUB, TOP, SUB, SUB]
    assert outline(source) == [("坚持党的领导", ["把方向", "谋大局"]), ("坚持人民至上", ["为了人民", "依靠人民"])]


@pytest.mark.parametrize(("outer", "inner"), [("-", "-"), ("*", "+")])
def test_labelled_bullets_closing_the_text_keep_their_own_bullets(read_text: ReadText, outer: str, inner: str) -> None:
    rows = [
        "思想上：",
        "学思用贯通",
        "知信行统一",
        "政治上：",
        "站稳立场",
        "把准方向",
        "行动上：",
        "真抓实干",
        "务求实效",
    ]
    body = "\n".join(f"{outer} {row}" if row.endswith("：") else f"    {inner} {row}" for row in rows)
    source = read_text(f"# 学习要点\n\n## 基本要求\n\n{body}\n", "n.md")
    assert levels(source)[1:] == [(TOP if row.endswith("：") else SUB, row) for row in rows]
    assert outline(source)[0] == ("思想上", ["学思用贯通", "知信行统一"])


def test_ordered_items_under_ordered_items_are_nested(read_text: ReadText) -> None:
    text = (
        "# 学习要点\n\n1. 坚持党的领导\n   1. 把方向\n   2. 谋大局\n2. 坚持人民至上\n   1. 为了人民\n   2. 依靠人民\n"
    )
    source = read_text(text, "n.md")
    assert source.title == "学习要点"
    assert [level for level, _ in levels(source)] == [TOP, SUB, SUB, TOP, SUB, SUB]


def test_numbered_lines_of_a_plain_text_at_one_margin_are_no_markdown(read_text: ReadText) -> None:
    text = "学习要点\n\n1. 坚持党的领导，把方向、谋大局。\n2. 坚持人民至上，为了人民、依靠人民。\n"
    assert all(p.level == 0 for p in read_text(text, "n.txt").paragraphs)
