"""Citations after a word (总和[3](p.437), [12], [3,5], [@key, p. 9], a page in brackets after a mark) are no words of
a point's text, in markdown and in plain text; a reference list's entries, which open their lines, stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.parse import parse
from tests.read.makers import texts

ReadText = Callable[[str, str], Source]
TITLE = "# 学习笔记：某某理论的基本观点"
CLAIM = "理论的根本在于联系群众，这是长期实践得出的基本结论"
FILLER = "各地要结合实际认真学习领会，切实把学习成果转化为推动工作的实际成效。"


@pytest.mark.parametrize(
    "cited",
    [
        "[3](p.437)",
        "[12]",
        "[3](#fn3)",
        "[3,5](https://example.org/notes#3)",
        "[3-5]",
        "[@someone2001, p. 9]",
        "[3](p. 437)",
        "[4]（第437页）",
    ],
)
def test_a_citation_after_a_word_is_no_text_in_markdown(read_text: ReadText, cited: str) -> None:
    source = read_text("\n\n".join([TITLE, f"{CLAIM}{cited}。{FILLER}", "## 二、要点", FILLER]) + "\n", "n.md")
    assert texts(source)[0] == f"{CLAIM}。{FILLER}"


@pytest.mark.parametrize("cited", ["[3](p.437)", "[7]", "[2,3]", "[4]（第437页）", "[5](pp.12-15)"])
def test_a_citation_after_a_word_is_no_text_in_a_text_file(read_text: ReadText, cited: str) -> None:
    source = read_text("\n".join(["某某理论的基本观点", f"{CLAIM}{cited}。{FILLER}"]) + "\n", "n.txt")
    assert texts(source)[-1] == f"{CLAIM}。{FILLER}"


def test_the_points_of_a_markdown_list_carry_no_citation(read_text: ReadText) -> None:
    items = [
        "1. 坚持人民立场[1]，把群众放在心上。",
        "2. 坚持问题导向[2](p.56)，把问题找准。",
        "3. 坚持系统观念，把工作统筹好。",
    ]
    text = "\n".join([TITLE, "", "学习要把握三点[12]：", "", *items]) + "\n"
    heads = [item.head for lst in parse(read_text(text, "n.md")).lists for item in lst.items]
    assert heads == ["坚持人民立场，把群众放在心上", "坚持问题导向，把问题找准", "坚持系统观念，把工作统筹好"]


def test_a_reference_lists_entries_stay(read_text: ReadText) -> None:
    entry = "[1] 某某：《某某文集》第一卷，某某出版社2001年版，第437页。"
    source = read_text("\n\n".join([TITLE, f"{CLAIM}[1]。{FILLER}", "## 参考文献", entry]) + "\n", "n.md")
    assert texts(source)[-1] == entry
