"""A quiz's lettered choices are no list of the text's points, on made-up question banks."""

from __future__ import annotations

from tests.parse.conftest import flat, heads, outline


def _styles(text: str) -> list[str]:
    return [lst.style for lst in flat(outline(text))]


def test_the_choices_under_a_question_with_a_blank_are_no_list() -> None:
    text = "1.我国的首都是（ ）。\nA.北京\nB.上海\nC.广州\nD.深圳\n2.长江注入（B）。\nA.渤海\nB.东海\nC.南海\nD.黄海"
    assert _styles(text) == ["1."]


def test_the_choices_after_a_question_mark_or_a_quiz_tag_are_no_list() -> None:
    assert _styles("下面哪一项是正确的？\nA.甲说法\nB.乙说法\nC.丙说法") == []
    assert _styles("（多选题）关于植树节，下列说法正确的是：\nA.在三月\nB.要种树\nC.要浇水\nD.要护林") == []
    assert _styles("长城全长约____千米。A.一万B.两万C.三万") == []
    assert _styles("3.下列关于节气的说法中，错误的是。C\nA.立春在二月\nB.夏至昼最长\nC.冬至在六月") == []


def test_lettered_points_after_a_statement_are_still_a_list() -> None:
    (lst,) = flat(outline("本单位的工作分为以下几类：\nA.日常管理工作。\nB.专项督查工作。\nC.临时交办工作。"))
    assert heads(lst) == ["日常管理工作", "专项督查工作", "临时交办工作"]
