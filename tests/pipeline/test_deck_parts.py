"""Each document's part of the deck is remembered between builds (anki.deck_part): an edit makes only the
edited document's notes again, and what is remembered makes the same deck as what is made afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import study.render.anki as anki
from study.generated import DocumentWork
from study.render.ledger import LEDGER, Ledger

from .conftest import MakeCourse, quiet_build
from .test_reuse import add_sentence

DECK_ONLY = 'outputs = ["anki"]\n'


@pytest.fixture
def noted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents whose notes each build makes (not remembered)."""
    seen: list[str] = []
    real = anki.document_part

    def counting(course_id: str, work: DocumentWork, ledger: Ledger) -> anki.DeckPart:
        seen.append(work.doc.stem)
        return real(course_id, work, ledger)

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
