"""A per-document output for the build tests, its functions importable by name so worker processes can run them."""

from __future__ import annotations

from study.config import Settings
from study.generated import CourseWork, DocumentWork
from study.model import walk
from study.render.outputs import Output


def render_document(work: DocumentWork, settings: Settings) -> dict[str, bytes]:
    """One small file per document, from the document and the course's settings only."""
    items = sum(len(lst.items) for _, lst in walk(work.doc.lists))
    return {f"fake/{work.stem}.txt": f"{settings.title}|{work.doc.title}|{items}".encode()}


def render_course(work: CourseWork) -> dict[str, bytes]:
    """The course-wide file."""
    return {"fake/course.txt": "\n".join(doc.stem for doc in work.documents).encode()}


FAKE = Output("anki", "fake/<stem>.txt", document=render_document, parallel=True, course=render_course)


ENVIRONMENT = "fonts as installed"  # what the fake output depends on beyond its inputs (a test changes it)


def environment(settings: Settings) -> str:
    """The fake output's environment, as the PDFs' font files and printer are theirs."""
    return ENVIRONMENT
