"""Course-wide work remembered: memos by course identity, remembered blanks, vocabulary counting."""

from __future__ import annotations

import pytest

from study.generate import course_work
from study.generate.blanks import choose_blanks
from study.generate.course_work import per_course
from study.model import Course, Document, Loc, Meta, Paragraph, Source

calls: list[str] = []


@per_course
def titled(course: Course, suffix: str) -> str:
    calls.append(course.title + suffix)
    return course.title + suffix


def test_a_memo_remembers_the_course_object_not_an_equal_copy() -> None:
    calls.clear()
    one, copy = Course("c", "课程", ()), Course("c", "课程", ())
    assert titled(one, "!") == titled(one, "!") == "课程!"
    assert calls == ["课程!"]
    titled(copy, "!")  # equal but another object: another build's course
    titled(one, "?")  # other arguments
    assert calls == ["课程!", "课程!", "课程?"]
    titled.cache_clear()
    titled(one, "!")
    assert len(calls) == 4


def test_a_memo_forgets_old_courses() -> None:
    courses = [Course("c", str(i), ()) for i in range(course_work.MEMO_SIZE + 1)]
    for course in courses:
        titled(course, "")
    assert len(titled.entries) == course_work.MEMO_SIZE
    assert all(entry[0] is not courses[0] for entry in titled.entries)


def test_blanks_are_remembered_but_each_caller_gets_its_own_list() -> None:
    text = "坚持以人民为中心的发展思想，推动高质量发展。"
    first = choose_blanks(text, None, 2)
    first.clear()
    again = choose_blanks(text, None, 2)
    assert again and again == choose_blanks(text, None, 2)
    easy = choose_blanks(text, None, 1)  # the level is part of what is remembered: its hints differ
    assert [b.hint for b in easy] != [b.hint for b in again]


def test_counting_only_term_shaped_runs_leaves_the_vocabulary_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    from study.generate import terms

    body = ["加强基层治理体系建设，完善基层治理体系。", "推进基层治理体系和治理能力现代化。"] * 3
    paras = tuple(Paragraph(t, t, Loc("sources/a.txt", n + 1, n)) for n, t in enumerate(body))
    docs = tuple(
        Document(Source(f"sources/{k}.txt", str(k), "题目", Meta(), "simplified", paras), ()) for k in range(3)
    )
    made = Course("c", "课程", docs)
    kept = terms.build_vocabulary(made)
    fewer = len(terms.count_document(docs[0]).runs)
    monkeypatch.setattr(terms, "term_or_extension", lambda run: True)
    assert fewer < len(terms.count_document(docs[0]).runs)  # runs were dropped…
    every = terms.build_vocabulary(made, [terms.count_document(doc) for doc in made.documents])
    assert kept.terms and kept == every  # …yet the vocabulary is the same
    assert (dict(kept.counts), dict(kept.doc_freq)) == (dict(every.counts), dict(every.doc_freq))
