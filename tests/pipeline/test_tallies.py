"""The course tally kept between builds: brought up to date by what changed, it equals one summed afresh."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from study.cache import CACHE_DIR
from study.generate.terms import CourseTally, count_document, tally_of, vocabulary_of
from study.model import Course, Document, Loc, Meta, Paragraph, Source
from study.tallies import TALLY, Tallied

from .conftest import MakeCourse, quiet_build

WITH_WORDS = 'outputs = ["outline", "anki"]\n'  # the deck's cards need the vocabulary: the build counts words


def doc(stem: str, *texts: str) -> Document:
    """A made-up document of some paragraphs."""
    paras = tuple(Paragraph(t, t, Loc(f"sources/{stem}.txt", n + 1, n)) for n, t in enumerate(texts))
    return Document(Source(f"sources/{stem}.txt", stem, "题目", Meta(), "simplified", paras), ())


DOCS = [
    doc("a", "推进乡村振兴战略，加强基层治理体系建设。", "实施乡村振兴战略。"),
    doc("b", "加强基层治理体系建设，完善基层治理体系。", "推进乡村振兴战略。"),
    doc("c", "推进基层治理体系和治理能力现代化。", "实施乡村振兴战略，建设美丽乡村。"),
]


def same(one: CourseTally, two: CourseTally) -> bool:
    """Two tallies that hold the same sums (a Counter may keep a key at zero: none of ours should)."""
    fields = ("words", "runs", "run_docs", "doc_freq")
    return one.n_docs == two.n_docs and all(dict(getattr(one, f)) == dict(getattr(two, f)) for f in fields)


def test_a_document_taken_out_leaves_the_sums_of_the_others() -> None:
    tally = tally_of(count_document(d) for d in DOCS)
    tally.remove(count_document(DOCS[1]))
    assert same(tally, tally_of(count_document(d) for d in (DOCS[0], DOCS[2])))
    assert all(n > 0 for n in tally.words.values()) and all(n > 0 for n in tally.run_docs.values())


def test_the_vocabulary_does_not_depend_on_the_order_documents_were_counted_in() -> None:
    course = Course("c", "课程", tuple(DOCS))
    forward = tally_of(count_document(d) for d in DOCS)
    backward = tally_of(count_document(d) for d in reversed(DOCS))
    edited = tally_of(count_document(d) for d in DOCS)
    edited.remove(count_document(DOCS[0]))  # taken out and added again: last in the counters' order
    edited.add(count_document(DOCS[0]))
    made = vocabulary_of(course, forward)
    assert made.terms and made == vocabulary_of(course, backward) == vocabulary_of(course, edited)
    assert made.counts == vocabulary_of(course, edited).counts


def kept_tally(dist: Path) -> Tallied:
    """The tally a build left in dist/."""
    found = pickle.loads((dist / CACHE_DIR / "tally" / f"{TALLY}.pickle").read_bytes())
    assert isinstance(found, Tallied)
    return found


def summed_afresh(sources: Path, tmp_path: Path) -> CourseTally:
    """The tally a build with nothing cached makes of the same sources."""
    fresh = tmp_path / "fresh"
    quiet_build(sources, fresh)
    return kept_tally(fresh).tally


def edit(path: Path) -> None:
    """Change a sentence of a document (its words change)."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("。", "，坚持改革开放。", 1), encoding="utf-8")


def test_an_edited_document_brings_the_kept_tally_up_to_date(make_course: MakeCourse, tmp_path: Path) -> None:
    sources, dist = make_course(toml=WITH_WORDS), tmp_path / "dist"
    quiet_build(sources, dist)
    before = kept_tally(dist)
    edit(sorted(sources.glob("*.txt"))[1])
    quiet_build(sources, dist)
    after = kept_tally(dist)
    assert not same(before.tally, after.tally) and before.members != after.members
    assert same(after.tally, summed_afresh(sources, tmp_path))


def test_documents_added_and_removed(make_course: MakeCourse, tmp_path: Path) -> None:
    sources, dist = make_course(toml=WITH_WORDS), tmp_path / "dist"
    quiet_build(sources, dist)
    first, *_ = sorted(sources.glob("*.txt"))
    (sources / "extra.txt").write_text("关于加强学习的通知\n\n一是加强理论学习。二是坚持改革开放。\n", encoding="utf-8")
    first.unlink()
    quiet_build(sources, dist)
    assert same(kept_tally(dist).tally, summed_afresh(sources, tmp_path))


@pytest.mark.parametrize("lost", ["counts", "documents"])
def test_lost_pickles_are_made_again(make_course: MakeCourse, tmp_path: Path, lost: str) -> None:
    sources, dist = make_course(toml=WITH_WORDS), tmp_path / "dist"
    quiet_build(sources, dist)
    for pickled in (dist / CACHE_DIR / lost).glob("*.pickle"):
        pickled.unlink()
    edit(sorted(sources.glob("*.txt"))[2])  # its old counts are lost too: every document is summed again
    quiet_build(sources, dist)
    assert same(kept_tally(dist).tally, summed_afresh(sources, tmp_path))
    assert kept_tally(dist).members == kept_tally(tmp_path / "fresh").members
