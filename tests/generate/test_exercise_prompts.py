"""Issue 10: every worksheet prompt of the seed course says what it asks (its quoted topic has ≥ 8 hanzi)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from study.generated import Exercise
from study.model import Course
from study.parse import load_document
from tests.generated_work import course_exercises

SOURCES = Path(__file__).resolve().parents[2] / "sources"
QUOTED = re.compile(r"“(.+)”(?!部分)")  # the topic quoted, not a part's heading in 本文“…”部分
HANZI = re.compile(r"[\u4e00-\u9fff]")
MIN_HANZI = 8
# a count formulation (“四大危险”, “两期”) is a name the genre asks of as it is (UAT 19): it says what it asks
FORMULATION = re.compile(r"[两二三四五六七八九十][\u4e00-\u9fff]{1,7}")


@cache
def seed_exercises() -> tuple[Exercise, ...]:
    """Every exercise of the seed course."""
    docs = tuple(load_document(path) for path in sorted(SOURCES.glob("*.txt")))
    made = course_exercises(Course("seeds", "seeds", docs), 2)
    return tuple(e for exercises in made.values() for e in exercises)


def test_every_list_prompt_quotes_a_topic_that_says_enough() -> None:
    prompts = [e.prompt for e in seed_exercises() if e.prompt]
    assert len(prompts) >= 30
    short = [
        p
        for p in prompts
        if (m := QUOTED.search(p)) and len(HANZI.findall(m.group(1))) < MIN_HANZI and not FORMULATION.fullmatch(m[1])
    ]
    assert short == []


def test_no_prompt_asks_about_a_bare_opener() -> None:
    for exercise in seed_exercises():
        assert not re.search(r"“(?:我认为|主要表现在|当前|當前|具体是)”", exercise.prompt), exercise.prompt


def test_no_fill_in_sentence_opens_without_its_subject() -> None:
    fills = [e for e in seed_exercises() if e.kind == "fill"]
    assert fills
    for exercise in fills:
        sentence = "".join(p.text for p in exercise.pieces)
        assert not sentence.startswith(("是", "这是", "就是")), sentence
