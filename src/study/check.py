"""`study check`: what a course author should fix, found without building anything.

The parser puts one-line warnings on each Document (announced counts that do not match, numbering that
skips or repeats, markers that could not be placed); files that cannot be read are failures. On top of
those, a few rules look at the model and the course as a whole (a document that yields no outline, two
sources with the same body). What the reader mended as it read (page breaks joined, a site's junk
removed) is shown as notes, not to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from study.build import Progress, collect, discover, last_course, load_many, no_progress
from study.cache import BuildCache
from study.concurrency import open_executor
from study.model import Document


def no_outline(doc: Document) -> list[str]:
    """A document in which no enumeration was found teaches nothing: probably not the text meant."""
    return [] if doc.lists else ["no enumerated points found: nothing to learn from this document"]


REPEAT_MIN_CHARS = 30  # shorter paragraphs (headings, slogans) may well repeat on purpose


def repeated_paragraphs(doc: Document) -> list[str]:
    """Long paragraphs that occur twice: a body or part of one pasted again."""
    first: dict[str, int] = {}
    found: list[str] = []
    for para in doc.source.paragraphs:
        if len(para.shadow) < REPEAT_MIN_CHARS:
            continue
        if para.shadow in first:
            found.append(f"line {para.loc.line}: repeats the paragraph of line {first[para.shadow]}")
        first.setdefault(para.shadow, para.loc.line)
    return found


# rules over one document, beyond the reader's and parser's own warnings
DOCUMENT_RULES: tuple[Callable[[Document], list[str]], ...] = (no_outline, repeated_paragraphs)


@dataclass(frozen=True)
class CheckReport:
    """Everything `study check` found: lines naming their file, the documents checked, failures."""

    findings: tuple[str, ...]
    documents: int
    failures: int
    notes: tuple[str, ...] = ()  # what the reader mended as it read (page breaks joined, junk removed)

    @property
    def clean(self) -> bool:
        """True when there is nothing to fix."""
        return not self.findings


def located(path: str, finding: str) -> str:
    """A finding prefixed with its file, unless it already names it."""
    return finding if finding.startswith(path) else f"{path}: {finding}"


def document_findings(doc: Document) -> list[str]:
    """Every finding about one document."""
    own = [*doc.warnings, *(line for rule in DOCUMENT_RULES for line in rule(doc))]
    return [located(doc.source.path, f) for f in own]


def document_notes(doc: Document) -> list[str]:
    """What the reader mended in one document: shown, not to fix."""
    return [located(doc.source.path, f"note: {repair}") for repair in doc.repairs]


def check_course(
    sources: Path, jobs: int | None = None, progress: Progress = no_progress, dist: Path | None = None
) -> CheckReport:
    """Read and parse every source (writing nothing) and report what an author should fix; `dist`: the course's
    last build, whose documents a build keeps of two copies (so that the check names the one it leaves out)."""
    unlisted: dict[Path, str] = {}  # folders that cannot be listed: a line each, the others checked
    paths = discover(sources, unlisted)
    with open_executor(None, jobs) as executor:
        results = dict(zip(paths, load_many(paths, executor, progress, counting=False), strict=True))
    last = last_course(BuildCache(dist)) if dist is not None and dist.is_dir() else frozenset()
    gathered = collect(paths, results, dict.fromkeys(paths), last)
    findings = [f for doc in gathered.documents for f in document_findings(doc)]
    notes = tuple(note for doc in gathered.documents for note in document_notes(doc))
    findings += gathered.copies
    notes += tuple(located(path, f"note: {what}") for path, what in gathered.holding)
    failures = (*unlisted.values(), *gathered.failures)
    return CheckReport((*failures, *findings), len(paths), len(failures), notes)
