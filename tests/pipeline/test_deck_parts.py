"""Each document's part of the deck is remembered between builds (anki.deck_part): an edit makes only the
edited document's notes again, and what is remembered makes the same deck as what is made afresh."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Collection
from contextlib import closing
from pathlib import Path

import pytest

import study.render.anki as anki
from study.cache import CACHE_DIR, MANIFEST
from study.generated import DocumentWork
from study.render.ledger import LEDGER, Ledger, parse_ledger
from study.render.legacy import OldNote
from study.unchanged import forget

from .conftest import MakeCourse, quiet_build
from .test_reuse import add_sentence

DECK_ONLY = 'outputs = ["anki"]\n'


@pytest.fixture
def noted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents whose notes each build makes (not remembered)."""
    seen: list[str] = []
    real = anki.document_part

    def counting(course_id: str, work: DocumentWork, ledger: Ledger, current: str) -> anki.DeckPart:
        seen.append(work.doc.stem)
        return real(course_id, work, ledger, current)

    monkeypatch.setattr(anki, "document_part", counting)
    return seen


def deck_files(dist: Path) -> dict[str, bytes]:
    """The deck and its ledger, as built."""
    return {path.name: path.read_bytes() for path in [*dist.glob("*.apkg"), dist / LEDGER]}


def test_an_edit_makes_again_only_the_edited_documents_notes(
    make_course: MakeCourse, tmp_path: Path, noted: list[str]
) -> None:
    sources, dist = make_course(toml=DECK_ONLY), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    assert len(noted) == 5
    quiet_build(sources, dist, jobs=1)  # nothing changed: the deck is reused, and its parts are not forgotten
    noted.clear()
    edited = sorted(sources.glob("*.txt"))[2]
    add_sentence(edited, "各地要因地制宜，久久为功。")  # words of its own: no other document's work changes
    quiet_build(sources, dist, jobs=1)
    assert noted == [edited.stem]


def test_remembered_parts_make_the_deck_made_afresh(make_course: MakeCourse, tmp_path: Path, noted: list[str]) -> None:
    sources, dist = make_course(toml=DECK_ONLY), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    lost = tmp_path / "lost"
    shutil.copytree(dist, lost)
    for pickled in (lost / ".cache" / "memo").glob("*.pickle"):
        pickled.write_bytes(b"lost")  # this copy remembers nothing: every note is made again
    add_sentence(sorted(sources.glob("*.txt"))[1], "各地要因地制宜，久久为功。")
    noted.clear()
    quiet_build(sources, dist, jobs=1)
    assert len(noted) == 1
    quiet_build(sources, lost, jobs=1)
    assert len(noted) == 1 + 5
    assert deck_files(dist) == deck_files(lost)


def drop_paragraph(path: Path, opening: str) -> None:
    """A document without its paragraph that opens with `opening`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith(opening)) + "\n", encoding="utf-8")


def test_a_part_that_carries_removed_points_is_remembered_with_their_notes(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, dist = make_course(toml=DECK_ONLY), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    carrying = sorted(sources.glob("*.txt"))[1]
    drop_paragraph(carrying, "二要")  # its point leaves: carried once more, tagged study::removed
    assert quiet_build(sources, dist, jobs=1).notes  # the summary says notes left the sources
    lost = tmp_path / "lost"
    shutil.copytree(dist, lost)
    for pickled in (lost / ".cache" / "memo").glob("*.pickle"):
        pickled.write_bytes(b"lost")
    asked: list[int] = []
    real = anki.PreviousNotes.by_guid

    def counting(self: anki.PreviousNotes, guids: Collection[str]) -> dict[str, OldNote]:
        asked.append(len(guids))
        return real(self, guids)

    monkeypatch.setattr(anki.PreviousNotes, "by_guid", counting)
    for folder in (dist, lost):  # a rebuild of the same course that renders again (its manifest lost)
        forget(folder)
        (folder / CACHE_DIR / MANIFEST).unlink()
    quiet_build(sources, dist, jobs=1)
    assert asked == []  # the carried notes came with the remembered part: the previous deck was not read
    quiet_build(sources, lost, jobs=1)
    assert asked and deck_files(dist) == deck_files(lost)


def test_removed_points_are_carried_in_the_next_deck_only(make_course: MakeCourse, tmp_path: Path) -> None:
    # deleted in Anki as the summary says, they would come back with every later deck as new cards
    sources, dist = make_course(toml=DECK_ONLY), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    drop_paragraph(sorted(sources.glob("*.txt"))[1], "二要")
    assert any("left the sources" in note for note in quiet_build(sources, dist, jobs=1).notes)  # carried once
    gone = {entry.guid for entries in ledger_of(dist).by_stem.values() for entry in entries if entry.gone}
    assert gone
    add_sentence(sorted(sources.glob("*.txt"))[3], "各地要因地制宜，久久为功。")  # another document edited
    assert not any("left the sources" in note for note in quiet_build(sources, dist, jobs=1).notes)
    [deck] = dist.glob("*.apkg")
    assert not any(guid in notes_of(deck) for guid in gone)  # carried no more
    # remembered without a note: a point put back takes back its note (render/anki.retired)
    assert {entry.guid for entries in ledger_of(dist).by_stem.values() for entry in entries if entry.gone} == gone


def ledger_of(dist: Path) -> Ledger:
    """The ledger a build left in dist/."""
    return parse_ledger((dist / LEDGER).read_bytes())


def notes_of(deck: Path) -> set[str]:
    """The GUIDs of a deck's notes."""
    with zipfile.ZipFile(deck) as package, tempfile.TemporaryDirectory() as folder:
        path = Path(package.extract("collection.anki2", folder))
        with closing(sqlite3.connect(path)) as db:
            return {guid for (guid,) in db.execute("select guid from notes")}
