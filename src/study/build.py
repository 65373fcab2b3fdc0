"""The one orchestrator: discover, read and parse everything, check, render, write, summarize."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from study.config import Settings, load_settings
from study.errors import StudyError
from study.model import Course, Document, walk
from study.parse import parse
from study.read import read_source
from study.render import RENDERERS, renderer

SOURCE_SUFFIXES = (".txt", ".text", ".htm", ".html")


@dataclass(frozen=True)
class BuildReport:
    """What a build did: the documents it built, the ones that failed (one line each), the files written."""

    documents: tuple[Document, ...]
    failures: tuple[str, ...]
    written: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every document built."""
        return not self.failures


def discover(sources: Path) -> list[Path]:
    """The source documents of a course, in document order (sorted by file name)."""
    if not sources.is_dir():
        raise StudyError("no such folder of sources", where=str(sources))
    return sorted(p for p in sources.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)


def load_document(path: Path) -> Document:
    """Read and parse one source file; a user's mistake raises StudyError."""
    return parse(read_source(path))


def gather(paths: list[Path]) -> tuple[list[Document], list[str]]:
    """Parse every document; a failure is kept as one line and the others go on."""
    documents: list[Document] = []
    failures: list[str] = []
    for path in paths:
        try:
            documents.append(load_document(path))
        except StudyError as exc:
            failures.append(exc.format_message())
    return documents, failures


def course_id(title: str) -> str:
    """A stable id for a course, derived from its title, so two courses never share deck ids or GUIDs."""
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:16]


def render_all(course: Course, settings: Settings) -> dict[str, bytes]:
    """Every output file of the course, gathered in memory before anything is written."""
    files: dict[str, bytes] = {}
    for name in RENDERERS:
        if name in settings.outputs:
            files.update(renderer(name)(course, settings))
    return files


def write_atomically(dist: Path, files: dict[str, bytes]) -> list[str]:
    """Write each file to a temporary name beside it, then rename it into place."""
    written: list[str] = []
    for rel, data in sorted(files.items()):
        target = dist / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(rel)
    return written


def build(sources: Path, dist: Path, log: Callable[[str], None] = print) -> BuildReport:
    """Build the course in `sources` into `dist`: gather first, write last."""
    settings = load_settings(sources)
    documents, failures = gather(discover(sources))
    course = Course(course_id=course_id(settings.title), title=settings.title, documents=tuple(documents))
    files = render_all(course, settings)
    written = write_atomically(dist, files)
    for doc in documents:
        log(summary_line(doc))
    for failure in failures:
        log(f"error: {failure}")
    return BuildReport(tuple(documents), tuple(failures), tuple(written))


def summary_line(doc: Document) -> str:
    """One line per document: lists, items, warnings."""
    lists = [lst for _, lst in walk(doc.lists)]
    items = sum(len(lst.items) for lst in lists)
    return f"{doc.source.path}: {len(lists)} lists, {items} items, {len(doc.warnings)} warnings"
