"""Course-wide counts for the build summary, each shown when an output that shows it is built.

A file's own counts (a PDF's pages, a deck's notes) come from its renderer with its bytes (study.output.Made),
so the build never reads its own outputs back.
"""

from __future__ import annotations

from collections.abc import Callable

from study.generated import CourseWork

# a file's fact saying it is the course's deck for a first import (render/anki), which the summary names: its notes
FIRST_IMPORT_FACT = "first_import"


def exercise_count(work: CourseWork) -> int:
    """How many exercises the worksheets hold."""
    return work.exercise_count


# course-wide fact → (the outputs that show it, how to count it); counted only when one of them is built
COURSE_FACTS: dict[str, tuple[tuple[str, ...], Callable[[CourseWork], int]]] = {
    "exercises": (("pdf", "html"), exercise_count),
}
