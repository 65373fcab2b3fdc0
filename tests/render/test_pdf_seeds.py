"""The five seed documents as printed sheets: every outline on paper, visible blanks, complete answer keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sheet_checks import (
    embedded_fonts,
    horizontal_rules,
    lines_starting_with_closing_punctuation,
    pdf_pages,
    pdf_text,
    squeezed,
    stranded_headings,
)

from study.build import course_id, discover
from study.config import Settings
from study.generated import Exercise
from study.model import Course, Document, walk
from study.parse import load_document
from study.work import output_files
from tests.generated_work import course_exercises

SOURCES = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(scope="module")
def course() -> Course:
    documents = tuple(load_document(path) for path in discover(SOURCES))
    settings = Settings()
    return Course(course_id(settings.title), settings.title, documents)


@pytest.fixture(scope="module")
def files(course: Course) -> dict[str, bytes]:
    """Every seed PDF, rendered once for the module (about 120 pages)."""
    return output_files("pdf", course, Settings())


def heads(doc: Document) -> list[str]:
    return [squeezed(item.head) for _, lst in walk(doc.lists) for item in lst.items]


def exercises(course: Course, doc: Document) -> tuple[Exercise, ...]:
    return course_exercises(course, Settings().difficulty)[doc.stem]


def test_five_seeds_with_outlines(course: Course) -> None:
    assert len(course.documents) == 5
    assert all(heads(doc) for doc in course.documents)


def test_study_sheet_shows_nine_tenths_of_the_list_heads(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        text = pdf_text(files[f"pdf/{doc.stem}-提纲.pdf"])
        found = [h for h in heads(doc) if h in text]
        assert len(found) >= 0.9 * len(heads(doc)), doc.stem


def test_course_study_sheet_shows_every_document(course: Course, files: dict[str, bytes]) -> None:
    text = pdf_text(files["pdf/course-提纲.pdf"])
    everything = [h for doc in course.documents for h in heads(doc)]
    assert sum(h in text for h in everything) >= 0.9 * len(everything)


def test_worksheet_has_visible_blanks_and_no_printed_answers(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        data = files[f"pdf/{doc.stem}-练习.pdf"]
        fills = [e for e in exercises(course, doc) if e.kind == "fill"]
        assert fills, doc.stem
        assert horizontal_rules(data) >= 4 + 2, doc.stem  # 姓名/班级/得分, the banner, and drawn blanks
        text = pdf_text(data)
        assert sum(squeezed("".join(p.text for p in e.pieces)) in text for e in fills) == 0


def test_answer_key_has_every_answer(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        text = pdf_text(files[f"pdf/{doc.stem}-答案.pdf"])
        made = exercises(course, doc)
        assert {e.kind for e in made} >= {"fill", "list", "single"}, doc.stem
        for e in made:
            answers = e.answers if e.kind in ("fill", "list") else ("".join(e.answers),)
            assert all(squeezed(a) in text for a in answers), (doc.stem, e)


def test_course_worksheet_numbers_every_exercise_once(course: Course, files: dict[str, bytes]) -> None:
    # after its contents page, each document's exercises numbered as on its own sheet
    wanted = [n for doc in course.documents for n in range(1, len(exercises(course, doc)) + 1)]
    for suffix in ("练习", "答案"):
        text = "\n".join(pdf_pages(files[f"pdf/course-{suffix}.pdf"], layout=True)[1:])
        assert [int(n) for n in re.findall(r"^\s*(\d+)\.", text, re.M)] == wanted


def test_each_document_is_printed_in_the_face_of_its_script(course: Course, files: dict[str, bytes]) -> None:
    scripts = {doc.source.script for doc in course.documents}
    assert scripts == {"simplified", "traditional"}  # the seeds include a traditional-script copy
    for doc in course.documents:
        face = "TC" if doc.source.script == "traditional" else "SC"
        for suffix in ("提纲", "练习", "答案"):
            fonts = [name for name, _, _ in embedded_fonts(files[f"pdf/{doc.stem}-{suffix}.pdf"])]
            assert fonts and all(f"CJK-{face}" in name for name in fonts), (doc.stem, fonts)


def test_print_quality_of_every_seed_sheet(files: dict[str, bytes]) -> None:
    for name, data in files.items():
        assert lines_starting_with_closing_punctuation(data) == [], name
        assert stranded_headings(data) == [], name
        found = embedded_fonts(data)
        families = {font.split("+", 1)[-1] for font, _, _ in found}  # a course sheet: each document's subsets
        # one family in two faces; a course sheet of simplified and traditional documents has both scripts'
        assert 1 <= len(families) <= (4 if "/course-" in name else 2) and all(
            emb and sub and "CJK" in font for font, emb, sub in found
        ), name
