"""The command line: thin commands over the orchestrator; heavy imports stay inside the commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from study.build import BuildReport

INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C (128 + SIGINT)


@click.group()
@click.version_option(package_name="study")
def main() -> None:
    """Turn Chinese political study documents into a study course."""


@main.command()
@click.option("--sources", type=click.Path(path_type=Path), default=Path("sources"), show_default=True)
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
@click.option("--clean", is_flag=True, help="Forget the cache and the previous outputs; build from scratch.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when any document has warnings.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: CPUs].")
@click.option("--quiet", is_flag=True, help="No per-document lines, only the summary.")
@click.option(
    "--executor",
    metavar="TEXT",
    default=None,
    help="Where the per-document work runs: local processes by default, dask://host:port for a Dask scheduler.",
)
def build(
    sources: Path, dist: Path, clean: bool, strict: bool, jobs: int | None, quiet: bool, executor: str | None
) -> None:
    """Build the whole course from SOURCES into DIST."""
    import time

    from study.summary import Summary, summary_table
    from study.unchanged import replay

    started = time.monotonic()
    try:
        # nothing changed since the last build: say again what it said, without loading the pipeline to find out
        summary = None if clean else replay(sources, dist)
        if summary is None:
            summary = Summary.of(run_build(sources, dist, clean=clean, jobs=jobs, executor=executor))
    except KeyboardInterrupt:
        # Ctrl-C: a build puts its files in place once all are made, and the next one finishes what it began
        click.echo("error: interrupted: build again to finish", err=True)
        sys.exit(INTERRUPTED)
    for line in [] if quiet else summary.documents:
        click.echo(line)
    for failure in summary.failures:
        click.echo(f"error: {failure}", err=True)
    click.echo(summary_table(summary, time.monotonic() - started))
    warned = strict and summary.totals["warnings"] > 0
    if warned:
        click.echo("error: --strict: the course has warnings (see `study check`)", err=True)
    if not summary.ok or warned:
        sys.exit(1)


def run_build(sources: Path, dist: Path, *, clean: bool, jobs: int | None, executor: str | None) -> BuildReport:
    """The build, with a progress bar on standard error and its notices above it."""
    from study.build import build
    from study.progress import TerminalProgress

    progress = TerminalProgress(sys.stderr)
    log = lambda line: click.echo(line, err=True)  # noqa: E731  (notices go where the bar is)
    try:
        return build(sources, dist, log, clean=clean, jobs=jobs, progress=progress, executor=executor)
    finally:
        progress.finish()


@main.command()
@click.option("--sources", type=click.Path(path_type=Path), default=Path("sources"), show_default=True)
@click.option(
    "--dist",
    type=click.Path(path_type=Path),
    default=Path("dist"),
    show_default=True,
    help="The course's last build (read, never written): of two copies, the one it holds is kept.",
)
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: CPUs].")
def check(sources: Path, dist: Path, jobs: int | None) -> None:
    """Report what a course author should fix in SOURCES, without building anything."""
    from study.check import check_course
    from study.progress import TerminalProgress
    from study.summary import how_many

    progress = TerminalProgress(sys.stderr)
    report = check_course(sources, jobs, progress, dist)
    progress.finish()
    for line in (*report.findings, *report.notes):
        click.echo(line)
    found = f"{len(report.findings)} to fix" if report.findings else "nothing to fix"
    noted = f"{how_many(len(report.notes), 'note')}: what the reader mended, texts held twice"
    found += f" ({noted})" if report.notes else ""
    click.echo(f"checked {how_many(report.documents, 'document')}: {found}", err=True)
    if not report.clean:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--explain", is_flag=True, help="Also show why each list was kept and which candidates lost.")
def parse(files: tuple[Path, ...], fmt: str, explain: bool) -> None:
    """Print the outline of enumerated points of each FILE (JSON: one object, or one a line for several)."""
    from study.errors import StudyError
    from study.model import pretty
    from study.parse import load_document
    from study.parse.explain import explain as explain_source
    from study.render.outline import document_json

    failed = False
    for path in files:
        try:
            doc = load_document(path)
        except StudyError as exc:
            click.echo(f"error: {exc.format_message()}", err=True)
            failed = True
            continue
        if fmt == "json":  # several files: one document a line (JSON Lines), so the output stays parseable
            click.echo(document_json(doc, indent=1 if len(files) == 1 else None), nl=False)
        else:
            click.echo(f"# {doc.title or '(no title)'}  {doc.meta.date or ''}  [{path}]")
            click.echo(pretty(doc.lists))
            for warning in doc.warnings:
                click.echo(f"warning: {warning}")
        if explain:
            click.echo(explain_source(doc.source), err=fmt == "json")  # json stays parseable on stdout
    if failed:
        sys.exit(1)


@main.command()
@click.argument("texts", nargs=-1)
@click.option("--file", "file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--sources", type=click.Path(path_type=Path), default=Path("sources"), show_default=True)
def blanks(texts: tuple[str, ...], file: Path | None, fmt: str, sources: Path) -> None:
    """Rank the blanks a teacher would choose in each TEXT (or each line of --file or standard input)."""
    from study.generate.blank_report import FORMATS, course_vocabulary, read_lines
    from study.read import text_of_file

    vocab = course_vocabulary(sources, warn=lambda msg: click.echo(msg, err=True))
    # a file in any encoding a source may be in (GB18030 from Windows, Big5, a BOM): read as the build reads it
    text = text_of_file(file) if file is not None and not texts else None
    for line in read_lines(texts, text, sys.stdin if not texts and file is None else ()):
        click.echo(FORMATS[fmt](line, vocab))
