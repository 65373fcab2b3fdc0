"""A document's PDF sheets are cached one a unit: an edit that changes one sheet prints only that one again."""

from __future__ import annotations

from dataclasses import replace

from study.build import make_course
from study.config import Settings
from study.generated import CourseWork, packed
from study.parse import parse
from study.read import read_source
from study.render import pdf
from study.render.outputs import OUTPUT_NAMES
from study.units import document_units
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
