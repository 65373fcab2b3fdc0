"""The study sheet's outline macro (templates/macros.html.j2) on hand-made lists."""

from __future__ import annotations

from pathlib import Path

import jinja2

from study.model import EnumList, Item, Loc
from study.render.sheets import cited

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LOC = Loc("sources/t.txt", 1, 0)


def outline_html(lists: tuple[EnumList, ...]) -> str:
    """The outline macro's HTML for `lists` (the tool's words left as they are)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    env.filters["label"] = lambda text, script="simplified": text
    env.filters["cited"] = cited
    return str(env.get_template("macros.html.j2").module.outline(lists, "simplified"))  # type: ignore[attr-defined]


def demands(lead: str) -> EnumList:
    """Two demands under a lead."""
    items = tuple(
        Item(m, h, m + h, f"1.1/{n}", m, LOC) for n, (m, h) in enumerate((("第一", "要甲"), ("第二", "要乙")))
    )
    return EnumList("第一", lead, None, items, "1.1/1", LOC)


def parts(sub: EnumList) -> tuple[EnumList, ...]:
    """One part whose heading is 三、落实工作的几点要求, holding `sub`."""
    part = Item("三、", "落实工作的几点要求", "落实工作的几点要求", "1.1", "三、", LOC, (sub,))
    return (EnumList("一、", None, None, (part,), "1", LOC),)


def test_a_lead_that_repeats_its_heading_is_printed_once() -> None:
    assert outline_html(parts(demands("三、落实工作的几点要求"))).count("落实工作的几点要求") == 1


def test_a_lead_of_its_own_is_printed() -> None:
    assert "落实这些要求要做到两点" in outline_html(parts(demands("落实这些要求要做到两点：")))


def test_a_blanks_hint_is_printed_in_the_pages_script() -> None:
    # a hint names a kind (数字, 百分数): the tool's words, printed in the page's script like its other labels
    from study.generated import Piece
    from study.script import to_traditional

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    env.filters["label"] = lambda text, script="simplified": to_traditional(text) if script == "traditional" else text
    env.filters["cited"] = cited
    env.globals["blank_width"] = lambda text, hint: 3
    macros = env.get_template("macros.html.j2").module
    html = str(macros.blank(Piece("1.5", blank=True, hint="数字"), "traditional"))  # type: ignore[attr-defined]
    assert "数字" not in html and "數字" in html
