"""A document's PDF sheets are cached one a unit: an edit that changes one sheet prints only that one again."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import study.units
from study.build import make_course
from study.cache import BuildCache
from study.config import Settings
from study.generated import CourseWork, packed
from study.output import Files, Job
from study.parse import parse
from study.read import read_source
from study.render import OUTPUT_NAMES, pdf
from study.units import Ahead, document_units, made_files
from study.work import generated

from .conftest import seed_paths

PDF = OUTPUT_NAMES["pdf"]


def seed_work() -> CourseWork:
    """Two seed documents' work with their print pages laid out, as a build makes it."""
    settings = Settings()
    docs = tuple(parse(read_source(path)) for path in seed_paths()[:2])
    return generated(
        make_course(settings, docs), settings, frozenset({"exercises", pdf.MEDIUM}), {pdf.MEDIUM: pdf.fonts(settings)}
    )


def with_page(work: CourseWork, index: int, name: str, html: str) -> CourseWork:
    """The course's work with one document's print page `name` replaced."""
    doc = work.documents[index]
    pages = {**doc.pages, pdf.MEDIUM: {**doc.pages[pdf.MEDIUM], name: packed(html)}}
    documents = list(work.documents)
    documents[index] = replace(doc, pages=pages)
    return replace(work, documents=tuple(documents))


def keys(work: CourseWork) -> dict[str, str]:
    """The PDF output's per-document units' keys, by unit id."""
    return {unit.unit_id: unit.key for unit in document_units(PDF, work, "fonts")}


def test_each_sheet_of_each_document_is_a_unit_of_its_own() -> None:
    work = seed_work()
    expected = {f"pdf/{name}" for doc in work.documents for name in doc.pages[pdf.MEDIUM]}
    assert set(keys(work)) == expected and len(expected) == 3 * len(work.documents)


def test_a_changed_sheet_changes_only_its_own_units_key() -> None:
    work = seed_work()
    second = work.documents[1]
    name = next(name for name in second.pages[pdf.MEDIUM] if name.endswith("练习"))
    before, after = keys(work), keys(with_page(work, 1, name, "<p>改过的练习</p>"))
    assert [unit for unit in before if before[unit] != after[unit]] == [f"pdf/{name}"]


def test_a_sheets_unit_sends_a_worker_that_sheet_alone() -> None:
    work = seed_work()
    for unit in document_units(PDF, work, "fonts"):
        assert unit.jobs is not None
        ((_, sent),) = unit.jobs()
        assert list(sent.pages) == [pdf.MEDIUM] and [f"pdf/{n}" for n in sent.pages[pdf.MEDIUM]] == [unit.unit_id]


class Workers:
    """An executor of two workers that records the jobs it is sent and makes a stand-in file for each."""

    workers = 2
    local = True

    def __init__(self) -> None:
        self.sent: list[str] = []

    def map(self, task: object, context: object, items: Iterable[Job], min_tasks: int | None = None) -> Iterator[Files]:
        names = [name for _, work in items for name in work.pages[pdf.MEDIUM]]
        self.sent += names
        return iter([{f"pdf/{name}.pdf": name.encode()} for name in names])

    def warm(self, warmers: object = ()) -> None:
        """Nothing to start."""


def test_sheets_sent_ahead_are_taken_not_sent_again(tmp_path: Path) -> None:
    work, workers = seed_work(), Workers()
    ahead = Ahead([PDF], work.settings, {"pdf": "fonts"}, BuildCache(tmp_path), workers)
    ahead.made(work.documents[0])  # the first document's work is made: its sheets go now
    first = sorted(work.documents[0].pages[pdf.MEDIUM])
    assert sorted(workers.sent) == first
    units = document_units(PDF, work, "fonts")
    files = list(made_files(units, work.settings, workers, ahead))  # type: ignore[arg-type]
    assert sorted(workers.sent) == sorted(first + sorted(work.documents[1].pages[pdf.MEDIUM]))  # each sheet once
    assert [list(f) for f in files] == [[f"pdf/{unit.unit_id.removeprefix('pdf/')}.pdf"] for unit in units]


def test_a_sheet_sent_ahead_under_another_key_is_sent_again(tmp_path: Path) -> None:
    work, workers = seed_work(), Workers()
    ahead = Ahead([PDF], work.settings, {"pdf": "other fonts"}, BuildCache(tmp_path), workers)
    ahead.made(work.documents[0])
    list(made_files(document_units(PDF, work, "fonts"), work.settings, workers, ahead))  # type: ignore[arg-type]
    assert len(workers.sent) == 3 + len([u for u in document_units(PDF, work, "fonts")])


def test_at_most_so_many_units_are_sent_ahead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(study.units, "AHEAD_UNITS", 2)
    work, workers = seed_work(), Workers()
    ahead = Ahead([PDF], work.settings, {"pdf": "fonts"}, BuildCache(tmp_path), workers)
    for doc in work.documents:
        ahead.made(doc)
    assert len(workers.sent) == 2
