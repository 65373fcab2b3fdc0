"""A work made again gives each text the blanks it was given last time while the vocabulary still answers
that choice alike (read_vocabulary.KeptChoices), and what it gives is what choosing again would give."""

from __future__ import annotations

import contextlib
import pickle
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest

import study.generate.read_vocabulary as read_vocabulary
from study.generate.blanks import choose_blanks
from study.generate.read_vocabulary import ReadVocabulary, blanks_for
from study.generate.terms import Vocabulary
from tests.pipeline.conftest import MakeCourse, quiet_build, snapshot

TEXT = "全面推进乡村振兴，加强基层治理。"


def vocabulary(**counts: int) -> Vocabulary:
    """A made-up vocabulary of some counted words, each in one of three documents."""
    return Vocabulary(frozenset({"乡村振兴"}), counts=counts, doc_freq=dict.fromkeys(counts, 1), n_docs=3)


COURSE = vocabulary(乡村振兴=9, 基层治理=2, 改革开放=4)


def kept_from(vocab: Vocabulary) -> ReadVocabulary:
    """The stand-in of a work made over `vocab`, having chosen the blanks of TEXT."""
    made = ReadVocabulary.over(vocab)
    blanks_for(TEXT, made, 2)
    return made


def no_choosing(monkeypatch: pytest.MonkeyPatch) -> None:
    read_vocabulary._recorded_choice.cache_clear()  # the choice made in this process is not a kept one
    monkeypatch.setattr(read_vocabulary, "choose_blanks", lambda *args: pytest.fail("chose again"))


def test_a_kept_choice_the_vocabulary_answers_alike_is_given_again(monkeypatch: pytest.MonkeyPatch) -> None:
    last = kept_from(COURSE)
    no_choosing(monkeypatch)
    again = ReadVocabulary.over(vocabulary(乡村振兴=9, 基层治理=2, 改革开放=4, 新词=1), last.chosen)
    assert blanks_for(TEXT, again, 2) == choose_blanks(TEXT, COURSE, 2)
    assert again.asked == last.asked and again.chosen == last.chosen  # read as if chosen, kept for next time


def test_a_kept_choice_whose_answers_changed_is_made_again() -> None:
    last = kept_from(COURSE)
    read_vocabulary._recorded_choice.cache_clear()
    changed = vocabulary(乡村振兴=3, 基层治理=2, 改革开放=4)  # a word the choice asked of
    again = ReadVocabulary.over(changed, last.chosen)
    assert blanks_for(TEXT, again, 2) == choose_blanks(TEXT, changed, 2)
    assert again.asked[("count", "乡村振兴", 8)] == 3 != last.asked[("count", "乡村振兴", 8)]


def test_a_choice_for_another_difficulty_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    last = kept_from(COURSE)
    no_choosing(monkeypatch)
    with pytest.raises(pytest.fail.Exception):
        blanks_for(TEXT, ReadVocabulary.over(COURSE, last.chosen), 3)


def notes(deck: Path) -> list[str]:
    """The fields of every note of a deck, sorted (its cards' texts, not their history)."""
    with zipfile.ZipFile(deck) as archive, tempfile.TemporaryDirectory() as folder:
        archive.extract("collection.anki2", folder)
        with contextlib.closing(sqlite3.connect(Path(folder) / "collection.anki2")) as db:
            return sorted(row[0] for row in db.execute("select flds from notes"))


def test_a_build_that_makes_works_again_makes_what_a_fresh_build_makes(make_course: MakeCourse, tmp_path: Path) -> None:
    """An edit changes its neighbours' option pools: their works are made again, their texts' blanks kept."""
    sources = make_course(toml='outputs = ["outline", "anki", "html", "index"]\n')
    dist = tmp_path / "dist"
    quiet_build(sources, dist)
    assert len(list((dist / ".cache" / "choices").glob("*.pickle"))) == len(list(sources.glob("*.txt")))
    edited = sorted(sources.glob("*.txt"))[2]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text + "\n我们要做到三点：第一，加强学习。第二，联系实际。第三，注重实效。\n", encoding="utf-8")
    assert len(quiet_build(sources, dist).rendered) > 1
    quiet_build(sources, tmp_path / "fresh")
    kept, fresh = snapshot(dist), snapshot(tmp_path / "fresh")
    # the deck remembers its notes' history (an edited note's time) to keep reviews: its notes are compared
    assert {rel for rel in kept if kept[rel] != fresh[rel]} <= {rel for rel in kept if rel.endswith(".apkg")}
    deck = next(rel for rel in kept if rel.endswith(".apkg"))
    assert notes(dist / deck) == notes(tmp_path / "fresh" / deck)


def test_an_edited_document_keeps_the_choices_of_the_texts_it_did_not_change(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = make_course(toml='outputs = ["outline", "anki", "html", "index"]\n')
    dist = tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    edited = sorted(sources.glob("*.txt"))[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n各地要因地制宜，久久为功。\n", encoding="utf-8")
    chosen: list[str] = []
    choose = read_vocabulary.choose_blanks

    def counted(text: str, *rest: object) -> object:
        chosen.append(text)
        return choose(text, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(read_vocabulary, "choose_blanks", counted)
    read_vocabulary._recorded_choice.cache_clear()
    report = quiet_build(sources, dist, jobs=1)
    assert f"outline/{edited.stem}" in report.rendered  # its work was made again
    choices = [pickle.loads(p.read_bytes()).choices for p in (dist / ".cache" / "choices").glob("*.pickle")]
    assert len(chosen) < min(len(c) for c in choices) // 2  # not its every text's choice again
