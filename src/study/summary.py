"""What a build says when it ends: a line per document, then the summary table.

Plain data made from the build's report, so that a rebuild with nothing to do (study.unchanged) says again
what the build that left dist/ said, without building.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from study.build import BuildReport
    from study.model import Document


@dataclass(frozen=True)
class Summary:
    """A build's summary: each document's line, the failures, the course's counts, and what it wrote."""

    documents: tuple[str, ...]  # a line per document built (summary_line), each followed by its warnings
    failures: tuple[str, ...]
    totals: Mapping[str, int]  # documents, lists, items, notes, exercises, pages, warnings
    written: int = 0
    removed: int = 0
    rendered: int = 0  # render units that ran
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # the build's own, beside the documents'
    unmade: tuple[str, ...] = ()  # chosen outputs this machine could not make

    @classmethod
    def of(cls, report: BuildReport) -> Summary:
        """The summary of a build's report."""
        return cls(
            tuple(line for doc in report.documents for line in document_lines(doc, doc.source.path in report.kept)),
            report.failures,
            totals(report),
            len(report.written),
            len(report.removed),
            len(report.rendered),
            report.notes,
            report.warnings,
            report.unmade,
        )

    @property
    def ok(self) -> bool:
        """True when every document built and every chosen output was made."""
        return not self.failures and not self.unmade

    def again(self) -> Summary:
        """What a rebuild that finds everything as this build left it says: the same, with nothing written."""
        return replace(self, written=0, removed=0, rendered=0)

    def to_json(self) -> dict[str, Any]:
        """Its JSON form."""
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Summary:
        """A Summary from its JSON form; TypeError or ValueError when it is not one."""

        def lines(name: str) -> tuple[str, ...]:
            return tuple(str(line) for line in raw[name])

        return cls(
            lines("documents"),
            lines("failures"),
            {str(name): int(n) for name, n in dict(raw["totals"]).items()},
            int(raw["written"]),
            int(raw["removed"]),
            int(raw["rendered"]),
            lines("notes"),
            lines("warnings"),
            lines("unmade"),
        )


def document_lines(doc: Document, kept: bool = False) -> list[str]:
    """A document's line, then each of its warnings on a line of its own (what to fix, where: said where the
    count of them is, not only by `study check`); `kept`: it failed to read and is built as it last read."""
    return [summary_line(doc, kept), *(f"  warning: {warning}" for warning in doc.warnings)]


def summary_line(doc: Document, kept: bool = False) -> str:
    """One line per document: lists, items, warnings, and the reader's repairs when it made any; for one `kept`
    as it last read (it cannot be read now), that it is."""
    from study.model import walk  # here: a rebuild that says its summary again loads no model

    lists = [lst for _, lst in walk(doc.lists)]
    items = sum(len(lst.items) for lst in lists)
    counts = [how_many(len(lists), "list"), how_many(items, "item"), how_many(len(doc.warnings), "warning")]
    counts += [f"{how_many(len(doc.repairs), 'repair')} (see `study check`)"] if doc.repairs else []
    counts += ["kept as it last read: it cannot be read now (see its error)"] if kept else []
    return f"{doc.source.path}: {', '.join(counts)}"


def how_many(n: int, thing: str) -> str:
    """A count and what it counts, in the singular for one (1 warning, 2 warnings)."""
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def totals(report: BuildReport) -> dict[str, int]:
    """The course's counts: documents, lists, items, notes, exercises, pages, warnings."""
    from study.model import walk

    lists = [lst for doc in report.documents for _, lst in walk(doc.lists)]
    facts = [rec.facts for rec in report.outputs.values()]
    return {
        "documents": len(report.documents),
        "lists": len(lists),
        "items": sum(len(lst.items) for lst in lists),
        "notes": sum(f.get("notes", 0) for f in facts),
        "exercises": report.facts.get("exercises", 0),
        "pages": sum(f.get("pages", 0) for f in facts),
        "warnings": sum(len(doc.warnings) for doc in report.documents) + len(report.warnings),
    }


def summary_table(summary: Summary, seconds: float) -> str:
    """The summary printed after a build: one row per count, then failures and time."""
    rows = [(name, str(n)) for name, n in summary.totals.items()]
    rows += [("failed", str(len(summary.failures))), ("time", f"{seconds:.1f} s")]
    cached = "nothing re-rendered" if not summary.rendered else f"{summary.rendered} render units ran"
    rows.append(("files", f"{summary.written} written, {summary.removed} removed; {cached}"))
    rows += [("note", note) for note in summary.notes]
    rows += [("warning", line) for line in summary.warnings]  # the build's own: `study check` cannot show them
    rows += [("error", line) for line in summary.unmade]  # why the build exits 1 though every document built
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"  {name.ljust(width)}  {value}" for name, value in rows)
