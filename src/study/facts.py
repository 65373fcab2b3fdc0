"""Counts read from finished output files (pages of a PDF, notes of an Anki package), for the summary."""

from __future__ import annotations

import io
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from study.config import Settings
from study.model import Course


def pdf_pages(data: bytes) -> int:
    """The number of pages of a PDF (0 when it cannot be parsed)."""
    import pypdf  # imported here: only builds that make PDFs pay for it

    try:
        return len(pypdf.PdfReader(io.BytesIO(data)).pages)
    except Exception:  # a damaged PDF is the PDF renderer's bug; the summary just cannot count it
        return 0


def apkg_notes(data: bytes) -> dict[str, int]:
    """The notes of an Anki package, and how many are tagged as removed from the sources ({} when unreadable)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            name = next(n for n in ("collection.anki21", "collection.anki2") if n in package.namelist())
            collection = package.read(name)
    except (zipfile.BadZipFile, StopIteration, KeyError):
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.sqlite"
        path.write_bytes(collection)
        with sqlite3.connect(path) as db:
            notes = int(db.execute("select count(*) from notes").fetchone()[0])
            removed = int(db.execute("select count(*) from notes where tags like '% study::removed %'").fetchone()[0])
    return {"notes": notes, "removed": removed} if removed else {"notes": notes}


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


def exercise_count(course: Course, settings: Settings) -> int:
    """How many exercises the worksheets hold (the generator memoizes, so after rendering this is free)."""
    from study.generate.exercises import course_exercises

    return sum(len(found) for found in course_exercises(course, settings.difficulty).values())


# course-wide fact → (the outputs that show it, how to count it); counted only when one of them is built
COURSE_FACTS: dict[str, tuple[tuple[str, ...], Callable[[Course, Settings], int]]] = {
    "exercises": (("pdf", "html"), exercise_count),
}
