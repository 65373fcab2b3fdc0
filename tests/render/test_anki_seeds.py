"""The deck of the five seed documents, read and parsed for real, imported into a fresh Anki collection."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from study.config import Settings
from study.model import Course, walk
from study.parse import load_document
from study.render.ledger import Ledger
from study.work import output_files


def render(course: Course, settings: Settings, ledger: Ledger | None = None) -> dict[str, bytes]:
    """The deck's files for a course, as a build makes them."""
    return output_files("anki", course, settings, ledger)


SOURCES = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Course, Collection]:
    """The seed course and a collection its .apkg was imported into (built once for the module)."""
    documents = tuple(load_document(path) for path in sorted(SOURCES.glob("*.txt")))
    course = Course("5eed5eed5eed5eed", "群众路线学习", documents)
    files = render(course, Settings())
    name, data = "群众路线学习.apkg", files["群众路线学习.apkg"]
    folder = tmp_path_factory.mktemp("anki-seeds")
    (folder / name).write_bytes(data)
    col = Collection(str(folder / "collection.anki2"))
    request = ImportAnkiPackageRequest(package_path=str(folder / name), options=ImportAnkiPackageOptions())
    col.import_anki_package(request)
    yield course, col
    col.close()


def kind_count(col: Collection, kind: str) -> int:
    """How many notes of a kind the collection holds."""
    return len(col.find_notes(f"tag:kind::{kind}"))


def test_the_seeds_are_all_there(seeds: tuple[Course, Collection]) -> None:
    course, _ = seeds
    assert len(course.documents) == 5


def test_a_card_for_every_list_and_every_item(seeds: tuple[Course, Collection]) -> None:
    course, col = seeds
    lists = [lst for doc in course.documents for _, lst in walk(doc.lists) if lst.items]
    assert kind_count(col, "list") == len(lists)
    assert kind_count(col, "ordered") == sum(len(lst.items) for lst in lists)
    assert kind_count(col, "count") == sum(1 for lst in lists if lst.announced_count)
    assert col.note_count() >= 150


def test_at_least_twenty_cloze_notes(seeds: tuple[Course, Collection]) -> None:
    _, col = seeds
    assert kind_count(col, "cloze") >= 20
    assert len(col.find_cards("tag:kind::cloze")) == kind_count(col, "cloze")  # one card each


def test_every_document_title_names_its_subdeck(seeds: tuple[Course, Collection]) -> None:
    course, col = seeds
    names = [d.name for d in col.decks.all_names_and_ids()]
    for doc in course.documents:
        assert f"群众路线学习::{doc.stem.split('_')[0]} {doc.label}" in names  # the files' own numbers: 000_…


def test_subdecks_sort_in_document_order(seeds: tuple[Course, Collection]) -> None:
    course, col = seeds
    documents = [n.name.split("::")[1] for n in col.decks.all_names_and_ids() if n.name.count("::") == 1]
    assert documents == sorted(documents) and len(documents) == len(course.documents)
    firsts = [col.decks.name(col.get_card(c).did) for c in col.find_cards("", order="c.due asc")]
    order = [name.split("::")[1] for name in firsts]
    assert order == sorted(order)  # new cards come document by document
