"""Repairs of marks a copy leaves in the text, on made-up snippets: a bilingual lesson's word notes, a
mirror's doubled commas, a database's <正> mark, a closing credit in brackets."""

from __future__ import annotations

import pytest

from study.read.lines import Line
from study.read.repair import (
    drop_editor_notes,
    drop_marks_alone,
    drop_text_marks,
    drop_word_notes,
    mend_doubled_marks,
)
from tests.read.makers import lines

LINE = "各地要抓好秋粮收购，确保颗粒归仓。"


def texts(paras: list[Line]) -> list[str]:
    """The paragraphs' texts."""
    return [p.text for p in paras]


@pytest.mark.parametrize("note", ["harvest [ˈhɑːvɪst] n. 收获；收成", "grain /ɡreɪn/ n. 谷物", "store [stɔː] v. 储存"])
def test_a_word_note_is_taken_out(note: str) -> None:
    kept, message = drop_word_notes(lines(LINE, note, LINE))
    assert texts(kept) == [LINE, LINE] and message


def test_an_english_sentence_with_brackets_is_no_word_note() -> None:
    english = "The harvest [of rice] was good this year."
    assert texts(drop_word_notes(lines(english))[0]) == [english]


def test_a_comma_before_another_mark_goes() -> None:
    mended, message = mend_doubled_marks(lines("要抓好收购,,确保归仓,、晾晒和烘干,。", "数字1,2,3不动。"))
    assert texts(mended) == ["要抓好收购,确保归仓、晾晒和烘干。", "数字1,2,3不动。"] and message


def test_a_database_text_mark_goes() -> None:
    assert texts(drop_text_marks(lines("<正>" + LINE))[0]) == [LINE]


def test_a_closing_credit_spaced_after_its_role_goes() -> None:
    assert texts(drop_editor_notes(lines(LINE, "（文 张丽）"))[0]) == [LINE]


def test_the_note_of_what_went_counts_one_thing_as_one() -> None:
    # the user reads these notes: "removed 1 lines" is a fault of the tool's English
    assert drop_marks_alone(lines(LINE, "* * *", LINE))[1] == "removed 1 line of marks alone"
    assert drop_marks_alone(lines(LINE, "* * *", LINE, "……", LINE))[1] == "removed 2 lines of marks alone"
    assert drop_text_marks(lines("<正>" + LINE))[1] == "took out 1 <正> mark"
    assert drop_word_notes(lines(LINE, "grain /ɡreɪn/ n. 谷物", LINE))[1] == "removed 1 word note"
