"""The course-wide 练习 and 答案 web pages leave out a document with no exercises and name it, as the PDF does."""

from __future__ import annotations

import dataclasses

from sample_course import demo_document, source

from study.config import Settings
from study.model import Course, Document
from study.output import made_of


def bare_document() -> Document:
    """A made-up document with no list: no exercise can be set on it."""
    return Document(source("bare", "一篇没有要点的短文", ("今天天气很好，大家都来了。",)), ())


def course_pages(course: Course) -> dict[str, str]:
    from study.work import output_files

    files = output_files("html", course, Settings())
    return {rel: made_of(data).data.decode("utf-8") for rel, data in files.items() if "course-" in rel}


def test_a_document_with_no_exercises_is_named_not_printed_on_the_course_worksheet() -> None:
    pages = course_pages(Course("c", "课", (bare_document(), demo_document())))
    for sheet in ("练习", "答案"):
        page = pages[f"html/course-{sheet}.html"]
        assert "本文没有可出的练习题。" not in page  # no article of its own: no page printed for nothing
        assert "未收入（本文没有可出的练习题）：一篇没有要点的短文" in page
    assert "一篇没有要点的短文" in pages["html/course-提纲.html"].split("<body")[1].split("left-out")[0]


def test_a_course_with_no_exercises_at_all_prints_its_documents_as_before() -> None:
    bare = bare_document()
    other = dataclasses.replace(bare, source=dataclasses.replace(bare.source, path="sources/b2.txt", stem="b2"))
    page = course_pages(Course("c", "课", (bare, other)))["html/course-练习.html"]
    assert "本文没有可出的练习题。" in page and "未收入" not in page
