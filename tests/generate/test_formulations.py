"""Formulations (formulations.py): counts, 以…为…, 把/将 objects, copulas, on made-up snippets."""

from __future__ import annotations

import pytest

from study.generate.analysis import analyse
from study.generate.blanks import EMPTY
from study.generate.formulations import find_ba_objects


def ba(text: str) -> list[str]:
    """The objects a 把/将 sentence puts somewhere."""
    return [s.text for s in find_ba_objects(analyse(text, EMPTY))]


# ----------------------------------------------------------------------------- 把/将 objects


@pytest.mark.parametrize(
    ("text", "objects"),
    [
        ("要把耕地保护放在首位。", ["耕地保护"]),
        ("会议将生态保护作为首要任务。", ["生态保护"]),  # 将 as 把
        ("要把民生工作始终摆在突出位置。", ["民生工作"]),  # the adverb after the object is no part of it
        ("我们将继续作为排头兵。", []),  # 将: "will", and 继续 no object
    ],
)
def test_the_object_of_a_placing_verb_after_ba_or_jiang(text: str, objects: list[str]) -> None:
    assert ba(text) == objects
