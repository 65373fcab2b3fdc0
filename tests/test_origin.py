"""Where an exercise comes from, as the answer key prints it."""

from __future__ import annotations

from study.generated import Origin
from study.model import Loc


def test_an_origin_names_its_items_label_and_line() -> None:
    assert str(Origin("doc", "1.3", "（三）", Loc("doc.txt", 12, 0))) == "（三）（第 12 行）"
    assert str(Origin("doc", "2.1", "[1]", Loc("doc.txt", 3, 0))) == "[1]（第 3 行）"


def test_a_label_of_marks_alone_gives_the_line_only() -> None:
    assert str(Origin("doc", "1.2", "——", Loc("doc.txt", 9, 0))) == "第 9 行"
    assert str(Origin("doc", "1", "", Loc("doc.txt", 4, 0))) == "第 4 行"
