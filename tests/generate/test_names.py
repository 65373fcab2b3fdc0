"""Names (names.py and the tags segment.py gives them), on made-up snippets (never dev or seed sentences)."""

from __future__ import annotations

import pytest

from study.generate.analysis import analyse
from study.generate.blanks import EMPTY
from study.generate.names import find_names
from study.generate.segment import tokenize


def names(text: str) -> dict[str, str]:
    """The names found in a text, with their kinds."""
    return {s.text: s.kind for s in find_names(analyse(text, EMPTY))}


# ----------------------------------------------------------------------------- people jieba takes for time words


def test_a_famous_name_jieba_tags_as_a_time_word_is_a_person() -> None:
    assert names("1950年，周恩来在北京会见了来访的代表团。").get("周恩来") == "person"


@pytest.mark.parametrize("text", ["每年夏秋季都要组织巡查。", "唐五代时期的文献很多。"])
def test_a_time_word_that_opens_on_a_surname_stays_a_time_word(text: str) -> None:
    assert all(t.pos != "nr" for t in tokenize(text) if t.word[0] in "夏唐")
