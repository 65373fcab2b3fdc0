"""A deck that carries removed points comes with the same deck without them, for a first import (UAT 15: every
new student importing the teacher's current deck got a subdeck of removed notes to delete).

The learner who has the earlier deck imports the main one and deletes what is tagged study::removed; someone who
never imported the course takes dist/<course>-首次导入.apkg: the same live notes, under the same GUIDs, nothing to
delete. Checked in a real Anki collection."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection

from study.config import Settings
from study.render.anki import FIRST_IMPORT_SUFFIX, REMOVED_DECK, REMOVED_TAG, TOOL_EPOCH
from study.render.ledger import LEDGER
from tests.render.test_anki import Shelf, course_of, fresh_collection, import_into
from tests.render.test_anki_revisions import FIELDS_COMPARED, original, render, revised

MAIN = "作风建设课程.apkg"
FIRST = f"作风建设课程{FIRST_IMPORT_SUFFIX}.apkg"


def revision_files(tmp_path: Path) -> dict[str, bytes]:
    """The deck's files after a revision that deletes a part: its points are carried once, tagged removed."""
    folder = tmp_path / "sources"
    folder.mkdir(parents=True)
    shelf = Shelf()
    shelf.publish(course_of(original(folder), updated=TOOL_EPOCH + 100))
    return render(course_of(revised(folder), updated=TOOL_EPOCH + 200), Settings(), shelf.ledger)


def notes(col: Collection) -> dict[str, tuple[str, ...]]:
    """Every note's content by GUID."""
    found = (col.get_note(nid) for nid in col.find_notes(""))
    return {note.guid: tuple(note[f] for f in FIELDS_COMPARED if f in note) for note in found}


def deck_names(col: Collection) -> set[str]:
    """The names of the collection's decks."""
    return {deck.name for deck in col.decks.all_names_and_ids()}


def test_a_first_import_gets_the_live_notes_and_none_to_delete(tmp_path: Path) -> None:
    files = revision_files(tmp_path)
    assert list(files) == [MAIN, LEDGER, FIRST]
    learner, newcomer = fresh_collection(tmp_path / "learner"), fresh_collection(tmp_path / "newcomer")
    try:
        import_into(learner, files[MAIN], tmp_path)
        import_into(newcomer, files[FIRST], tmp_path)
        removed = {learner.get_note(nid).guid for nid in learner.find_notes(f"tag:{REMOVED_TAG}")}
        assert len(removed) == 2  # part （二）: its two notes
        assert not newcomer.find_notes(f"tag:{REMOVED_TAG}")
        assert f"作风建设课程::{REMOVED_DECK}" in deck_names(learner)
        assert not any(REMOVED_DECK in name for name in deck_names(newcomer))
        live = {guid: content for guid, content in notes(learner).items() if guid not in removed}
        assert notes(newcomer) == live  # the same points under the same GUIDs: later decks update them in place
        assert newcomer.card_count() == learner.card_count() - 2
    finally:
        learner.close()
        newcomer.close()


def test_a_deck_that_carries_nothing_comes_alone(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    shelf = Shelf()
    course = course_of(original(folder), updated=TOOL_EPOCH + 100)
    shelf.publish(course)
    assert list(render(course, Settings(), shelf.ledger)) == [MAIN, LEDGER]  # rebuilt unchanged: nothing removed


def test_the_first_import_deck_is_the_same_bytes_each_build(tmp_path: Path) -> None:
    assert revision_files(tmp_path / "a")[FIRST] == revision_files(tmp_path / "b")[FIRST]
