"""Counts of output files for the summary, read from a file when its renderer did not give them (study.output.Made:
the deck gives its notes, so nothing reopens it)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import PurePosixPath

from study.generated import CourseWork


def pdf_pages(data: bytes) -> int:
    """The number of pages of a PDF (0 when it cannot be parsed)."""
    import pypdf  # imported here: only builds that make PDFs pay for it

    try:
        return len(pypdf.PdfReader(io.BytesIO(data)).pages)
    except Exception:  # a damaged PDF is the PDF renderer's bug; the summary just cannot count it
        return 0


def pdf_facts(data: bytes) -> dict[str, int]:
    """The facts of a PDF: its pages."""
    return {"pages": pdf_pages(data)}


# file suffix → how to count its facts
FACTS: dict[str, Callable[[bytes], dict[str, int]]] = {
    ".pdf": pdf_facts,
}


def file_facts(rel: str, data: bytes) -> dict[str, int]:
    """The countable facts of one output file, e.g. {"pages": 3} for a PDF; {} for other files."""
    count = FACTS.get(PurePosixPath(rel).suffix.lower())
    return count(data) if count else {}


def exercise_count(work: CourseWork) -> int:
    """How many exercises the worksheets hold."""
    return work.exercise_count


# course-wide fact → (the outputs that show it, how to count it); counted only when one of them is built
COURSE_FACTS: dict[str, tuple[tuple[str, ...], Callable[[CourseWork], int]]] = {
    "exercises": (("pdf", "html"), exercise_count),
}
