"""Counts read from finished output files (pages of a PDF, notes of an Anki package), for the summary."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from study.generated import CourseWork


def pdf_pages(data: bytes) -> int:
    """The number of pages of a PDF (0 when it cannot be parsed)."""
    import pypdf  # imported here: only builds that make PDFs pay for it

    try:
        return len(pypdf.PdfReader(io.BytesIO(data)).pages)
    except Exception:  # a damaged PDF is the PDF renderer's bug; the summary just cannot count it
        return 0


def apkg_notes(data: bytes) -> dict[str, int]:
    """The notes of an Anki package, and how many are tagged as removed from the sources ({} when unreadable)."""
    from study.render.anki import REMOVED_TAG  # imported here: only builds that make decks pay for genanki
    from study.render.legacy import UNREADABLE, collection_notes

    try:
        with tempfile.TemporaryDirectory() as tmp:
            notes = collection_notes(data, Path(tmp))
    except UNREADABLE:
        return {}
    removed = sum(REMOVED_TAG in note.tags.split() for note in notes)
    return {"notes": len(notes), "removed": removed} if removed else {"notes": len(notes)}


def pdf_facts(data: bytes) -> dict[str, int]:
    """The facts of a PDF: its pages."""
    return {"pages": pdf_pages(data)}


# file suffix → how to count its facts
FACTS: dict[str, Callable[[bytes], dict[str, int]]] = {
    ".pdf": pdf_facts,
    ".apkg": apkg_notes,
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
