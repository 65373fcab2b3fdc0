"""Parallel claims: 是…的 sentences in a row that share their predicate (made-up text)."""

from __future__ import annotations

from tests.parse.conftest import flat, heads, outline


def test_claims_of_one_doer_in_a_row_are_a_list() -> None:
    doc = outline(
        "乡亲们是这片土地的主人。平整的梯田是乡亲们一锹一锹挖出来的！清澈的水渠是乡亲们修起来的！"
        "热闹的集市是乡亲们办起来的！这就是我们的家乡。"
    )
    [lst] = flat(doc)
    assert [h[:4] for h in heads(lst)] == ["平整的梯", "清澈的水", "热闹的集"]
    assert lst.lead == "乡亲们是这片土地的主人。"


def test_two_claims_or_claims_of_different_doers_are_no_list() -> None:
    assert not flat(outline("平整的梯田是乡亲们挖出来的！清澈的水渠是乡亲们修起来的！这就是家乡。"))
    assert not flat(outline("梯田是去年挖的。水渠是政府修的。集市是商会办的。"))
