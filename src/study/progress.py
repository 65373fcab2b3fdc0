"""What a build shows a person: a progress bar for builds that take a while, then a summary table."""

from __future__ import annotations

import time
from typing import TextIO

import click

from study.build import BuildReport
from study.model import walk

DELAY_S = 0.8  # a build quicker than this shows no bar at all
STAGE_LABELS = {"reading": "读取与解析", "rendering": "生成输出"}


class TerminalProgress:
    """A progress callback that draws a bar on a terminal, once a stage has run for more than DELAY_S."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started: dict[str, float] = {}
        self.bar: object | None = None
        self.stage: str | None = None
        self.live = stream.isatty()  # a bar in a log file or a pipe is noise

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Report that `done` of `total` steps of `stage` are finished."""
        if not self.live:
            return
        now = time.monotonic()
        self.started.setdefault(stage, now)
        if stage != self.stage:
            self.finish()
            self.stage = stage
        if self.bar is None and now - self.started[stage] >= DELAY_S and done < total:
            label = STAGE_LABELS.get(stage, stage)
            self.bar = click.progressbar(length=total, label=label, file=self.stream, show_pos=True)
            self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.bar.pos)  # type: ignore[attr-defined]

    def finish(self) -> None:
        """Close the bar of the current stage, if one is showing."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)  # type: ignore[attr-defined]
            self.bar = None


def totals(report: BuildReport) -> dict[str, int]:
    """The course's counts: documents, lists, items, notes, exercises, pages, warnings."""
    lists = [lst for doc in report.documents for _, lst in walk(doc.lists)]
    facts = [rec.facts for rec in report.outputs.values()]
    counts = {
        "documents": len(report.documents),
        "lists": len(lists),
        "items": sum(len(lst.items) for lst in lists),
        "notes": sum(f.get("notes", 0) for f in facts),
        "exercises": report.facts.get("exercises", 0),
        "pages": sum(f.get("pages", 0) for f in facts),
        "warnings": sum(len(doc.all_warnings) for doc in report.documents) + len(report.warnings),
    }
    return counts


def summary_table(report: BuildReport, seconds: float) -> str:
    """The summary printed after a build: one row per count, then failures and time."""
    rows = [(name, str(n)) for name, n in totals(report).items()]
    rows += [("failed", str(len(report.failures))), ("time", f"{seconds:.1f} s")]
    cached = "nothing re-rendered" if not report.rendered else f"{len(report.rendered)} render units ran"
    rows.append(("files", f"{len(report.written)} written, {len(report.removed)} removed; {cached}"))
    rows += [("note", note) for note in report.notes]
    rows += [("warning", line) for line in report.warnings]  # the build's own: `study check` cannot show them
    rows += [("error", line) for line in report.unmade]  # why the build exits 1 though every document built
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"  {name.ljust(width)}  {value}" for name, value in rows)
