"""The command line: thin commands over the orchestrator; heavy imports stay inside the commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group()
@click.version_option(package_name="study")
def main() -> None:
    """Turn Chinese political study documents into a study course."""


@main.command()
@click.option("--sources", type=click.Path(path_type=Path), default=Path("sources"), show_default=True)
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def build(sources: Path, dist: Path) -> None:
    """Build the whole course from SOURCES into DIST."""
    from study.build import build as run_build

    report = run_build(sources, dist, log=click.echo)
    if not report.ok:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def parse(files: tuple[Path, ...], fmt: str) -> None:
    """Print the outline of enumerated points of each FILE."""
    from study.build import load_document
    from study.errors import StudyError
    from study.model import pretty
    from study.render.outline import document_json

    failed = False
    for path in files:
        try:
            doc = load_document(path)
        except StudyError as exc:
            click.echo(f"error: {exc.format_message()}", err=True)
            failed = True
            continue
        if fmt == "json":
            click.echo(document_json(doc), nl=False)
        else:
            click.echo(f"# {doc.title or '(no title)'}  {doc.meta.date or ''}  [{path}]")
            click.echo(pretty(doc.lists))
            for warning in doc.warnings:
                click.echo(f"warning: {warning}")
    if failed:
        sys.exit(1)
