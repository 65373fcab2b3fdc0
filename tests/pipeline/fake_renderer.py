"""A per-document renderer for the build tests: importable by name, so worker processes can run it."""

from __future__ import annotations

from study.config import Settings
from study.model import Course, Document, walk


def render_document(doc: Document, course: Course, settings: Settings) -> dict[str, bytes]:
    """One small file per document, from the document and the course's identity only."""
    items = sum(len(lst.items) for _, lst in walk(doc.lists))
    return {f"fake/{doc.stem}.txt": f"{course.title}|{doc.title}|{items}".encode()}


def render_course(course: Course, settings: Settings) -> dict[str, bytes]:
    """The course-wide file."""
    return {"fake/course.txt": "\n".join(doc.stem for doc in course.documents).encode()}


def render(course: Course, settings: Settings) -> dict[str, bytes]:
    """Everything: what the two functions above make together."""
    files = render_course(course, settings)
    for doc in course.documents:
        files.update(render_document(doc, course, settings))
    return files
