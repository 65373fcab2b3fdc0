"""A course's cards and exercises for the tests, made by the build's own unit of work (study.work)."""

from __future__ import annotations

from study.config import Settings
from study.generated import Card, Exercise
from study.model import Course
from study.work import generated


def course_exercises(course: Course, level: int) -> dict[str, tuple[Exercise, ...]]:
    """Every document's exercises, by document stem."""
    work = generated(course, Settings(difficulty=level), frozenset({"exercises"}))
    return {doc.stem: doc.exercises for doc in work.documents}


def course_cards(course: Course, settings: Settings) -> list[Card]:
    """Every card of the course, in document order."""
    work = generated(course, settings, frozenset({"cards"}))
    return [card for doc in work.documents for card in doc.cards]
