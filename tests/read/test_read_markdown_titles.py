"""A markdown text's one `#` heading, opening it, is its title, though numbered as a book's part (# 第四章：某某理论)
or set over short lines only; a text with two `#` headings, or whose `#` heading is a sentence, has none from them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from tests.read.makers import texts

ReadText = Callable[[str, str], Source]
PROSE = "各地要结合实际认真学习领会，切实把学习成果转化为推动工作的实际成效，推动各项任务落到实处。"


def note(*blocks: str) -> str:
    """A made-up markdown text: its blocks set apart by blank lines."""
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("heading", ["第四章：某某理论的形成", "第四章 某某理论的形成", "专题二 生态文明建设"])
def test_a_sole_numbered_top_heading_is_the_title(read_text: ReadText, heading: str) -> None:
    source = read_text(note(f"# {heading}", "## 一、历史背景", PROSE, "## 二、主要内容", PROSE), "ch.md")
    assert source.title == heading
    assert texts(source) == ["一、历史背景", PROSE, "二、主要内容", PROSE]


def test_a_sole_top_heading_over_short_lines_only_is_the_title(read_text: ReadText) -> None:
    source = read_text(note("# 学习要点", "要把握三个方面：", "- 把方向\n- 谋大局\n- 定政策"), "n.md")
    assert source.title == "学习要点" and texts(source)[0] == "要把握三个方面："


@pytest.mark.parametrize(
    "blocks",
    [
        ("# 第一章 总则", PROSE, "# 第二章 分则", PROSE),  # two top headings: the text's parts
        ("# 要把学习成果转化为实际成效。", "## 一、历史背景", PROSE),  # a sentence
    ],
)
def test_no_sole_heading_no_title_from_it(read_text: ReadText, blocks: tuple[str, ...]) -> None:
    assert read_text(note(*blocks), "n.md").title is None
