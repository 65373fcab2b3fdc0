"""The PDF sheets of a small hand-made course, read back as text, fonts and drawn lines."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from sample_course import demo_course, other_document, source
from sheet_checks import (
    embedded_fonts,
    horizontal_rules,
    lines_starting_with_closing_punctuation,
    pdf_pages,
    pdf_text,
    squeezed,
    stranded_headings,
)

from study.config import Settings
from study.errors import StudyError
from study.generated import CourseWork, Exercise, Origin, Piece
from study.model import Course, Document, Loc, walk
from study.output import Made, Placed, Stored
from study.render import fonts, pdf
from study.render.outputs import OUTPUT_NAMES
from study.render.sheets import Part, Section, environment, font_stack, page
from study.work import output_files, output_work
from tests.generated_work import course_exercises

SUFFIXES = ("提纲", "练习", "答案")


@pytest.fixture(scope="module")
def course() -> Course:
    return demo_course()


@pytest.fixture(scope="module")
def files(course: Course) -> dict[str, bytes]:
    """Every PDF of the demo course, rendered once for the module."""
    return output_files("pdf", course, Settings())


def exercises_of(course: Course, stem: str) -> tuple[Exercise, ...]:
    return course_exercises(course, Settings().difficulty)[stem]


def test_registered_as_the_pdf_output() -> None:
    assert OUTPUT_NAMES["pdf"].document is pdf.render_document and OUTPUT_NAMES["pdf"].assemble is pdf.assemble


def test_three_sheets_per_document_and_for_the_course(course: Course, files: dict[str, bytes]) -> None:
    stems = [doc.stem for doc in course.documents] + ["course"]
    assert set(files) == {f"pdf/{stem}-{suffix}.pdf" for stem in stems for suffix in SUFFIXES}
    assert all(data.startswith(b"%PDF-") for data in files.values())


def test_study_sheet_shows_title_leads_markers_and_heads(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        data = files[f"pdf/{doc.stem}-提纲.pdf"]
        first_page = squeezed(pdf_pages(data, layout=True)[0])
        assert squeezed(doc.title or "") in first_page  # the first page is never left empty
        text = pdf_text(data)
        for _, lst in walk(doc.lists):
            if lst.lead:
                assert squeezed(lst.lead) in text
            for item in lst.items:
                assert squeezed(item.marker + item.head) in text


def test_worksheet_hides_the_answers_and_draws_the_blanks(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        data = files[f"pdf/{doc.stem}-练习.pdf"]
        text = pdf_text(data)
        for e in exercises_of(course, doc.stem):
            if e.kind == "fill":
                whole = squeezed("".join(p.text for p in e.pieces))
                assert whole not in text, "the answer is printed in the worksheet"
                for p in e.pieces:
                    if not p.blank and len(p.text) > 3:
                        assert squeezed(p.text) in text
            else:
                assert squeezed(e.prompt) in text
        for label in ("姓名", "班级", "得分"):
            assert label in text
        blanks_on_first_page = sum(1 for e in exercises_of(course, doc.stem) for p in e.pieces if p.blank)
        # the 姓名/班级/得分 lines, the banner rule and at least the first few blanks are drawn
        assert horizontal_rules(data) >= 4 + min(blanks_on_first_page, 3)


def test_exercises_are_numbered_the_same_in_worksheet_and_answer_key(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        count = len(exercises_of(course, doc.stem))
        for suffix in ("练习", "答案"):
            numbers = [
                int(n)
                for n in re.findall(
                    r"^\s*(\d+)\.", "\n".join(pdf_pages(files[f"pdf/{doc.stem}-{suffix}.pdf"], layout=True)), re.M
                )
            ]
            assert numbers == list(range(1, count + 1)), suffix


def test_answer_key_has_every_answer_and_its_source(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        text = pdf_text(files[f"pdf/{doc.stem}-答案.pdf"])
        for e in exercises_of(course, doc.stem):
            if e.kind in ("fill", "list"):
                assert all(squeezed(answer) in text for answer in e.answers), e
            else:
                assert squeezed("".join(e.answers)) in text
            assert squeezed(str(e.origin)) in text


def test_course_sheets_hold_every_document_after_their_contents(course: Course, files: dict[str, bytes]) -> None:
    # assembled from the documents' own PDFs: a contents page, then each document numbered as in its own sheet
    pages = pdf_pages(files["pdf/course-答案.pdf"], layout=True)
    own = [len(pdf_pages(files[f"pdf/{doc.stem}-答案.pdf"])) for doc in course.documents]
    front = len(pages) - sum(own)
    assert front == 1
    contents = squeezed(pages[0])
    start = front + 1
    for doc, count in zip(course.documents, own, strict=True):
        assert f"{squeezed(doc.label)}" in contents and str(start) in contents
        assert squeezed(doc.title or "") in squeezed(pages[start - 1])
        start += count
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\.", "\n".join(pages[front:]), re.M)]
    assert numbers == [n for doc in course.documents for n in range(1, len(exercises_of(course, doc.stem)) + 1)]


def test_page_numbers_on_every_page(files: dict[str, bytes]) -> None:
    # a course sheet too: its documents' pages numbered through it, once each (their own footers taken out)
    for name, data in files.items():
        pages = pdf_pages(data)
        for number, text in enumerate(pages, 1):
            assert re.findall(r"第\d+页共\d+页", squeezed(text)) == [f"第{number}页共{len(pages)}页"], name


def test_a_course_sheets_contents_gives_the_page_a_document_starts_on(course: Course, files: dict[str, bytes]) -> None:
    pages = [squeezed(text) for text in pdf_pages(files["pdf/course-提纲.pdf"])]
    start = 2  # after the contents page
    for doc in course.documents:
        assert f"{squeezed(doc.label)}{start}" in pages[0].replace(".", "")
        assert f"第{start}页共{len(pages)}页" in pages[start - 1] and squeezed(doc.title or "") in pages[start - 1]
        start += len(pdf_pages(files[f"pdf/{doc.stem}-提纲.pdf"]))


def test_one_embedded_subset_cjk_family_in_two_faces(files: dict[str, bytes]) -> None:
    for name, data in files.items():
        found = embedded_fonts(data)
        # a course sheet holds each document's own subsets (and its contents page's)
        assert 1 <= len({font.split("+", 1)[-1] for font, _, _ in found}) <= 2, (name, found)
        for font, embedded, subset in found:
            assert embedded and subset and "CJK" in font, (name, font)


def test_no_line_starts_with_closing_punctuation(files: dict[str, bytes]) -> None:
    for name, data in files.items():
        assert lines_starting_with_closing_punctuation(data) == [], name


def test_blanks_keep_the_following_punctuation_on_their_line(course: Course) -> None:
    # forty sentences whose blank falls at every position of a line: WeasyPrint must never start a line
    # with the "。" or "，" that follows a blank
    text = "党的建设必须坚持以人民为中心的发展思想始终保持党同人民群众的血肉联系不断增强党的创造力凝聚力战斗力"
    origin = Origin("demo", "1", "", Loc("x", 1, 0))
    tail = Piece("。后文，继续、说明；结束！")
    made = tuple(
        Exercise("fill", "", origin, (Piece(text[:k]), Piece("群众路线", True, "4字"), tail), (), ("群众路线",))
        for k in range(20, len(text))
    )
    part = Part(course.documents[0], "zh-CN", "simplified", (Section("一", "填空题", tuple(enumerate(made, 1))),))
    context = {
        "course_title": "t",
        "fonts": font_stack(("Noto Serif CJK SC",)),
        "paper": "A4",
        "medium": "print",
        "parts": (part,),
        "lang": "zh-CN",
        "script": "simplified",
    }
    data = pdf.printer().print(page(environment(()), "worksheet", "t", context)).data
    assert lines_starting_with_closing_punctuation(data) == []


def test_headings_are_not_stranded_at_the_foot_of_a_page(files: dict[str, bytes]) -> None:
    for name, data in files.items():
        assert stranded_headings(data) == [], name


def test_same_course_gives_identical_pdfs(course: Course) -> None:
    small = Course(course.course_id, course.title, (course.documents[1],))
    assert output_files("pdf", small, Settings()) == output_files("pdf", small, Settings())


def test_no_cjk_font_stops_with_one_line_saying_how_to_install_one(
    monkeypatch: pytest.MonkeyPatch, course: Course
) -> None:
    monkeypatch.setattr(fonts, "chinese_families", lambda: frozenset())
    monkeypatch.setattr(pdf, "printer", lambda: pytest.fail("rendered without a CJK font"))
    with pytest.raises(StudyError) as caught:
        output_files("pdf", course, Settings())
    message = caught.value.format_message()
    assert "\n" not in message and "apt-get install fonts-noto-cjk" in message


def test_a_font_that_is_not_installed_is_named_in_one_line(course: Course) -> None:
    with pytest.raises(StudyError) as caught:
        output_files("pdf", course, Settings(font="没有这种字体 Nowhere Sans"))
    message = caught.value.format_message()
    assert "\n" not in message and "font" in message and "Nowhere Sans" in message


def test_the_course_font_and_paper_are_used() -> None:
    small = Course("c", "课程", (other_document(),))
    found = output_files("pdf", small, Settings(font="Noto Sans CJK SC", paper="A5", difficulty=1))
    names = {font for data in found.values() for font, _, _ in embedded_fonts(data)}
    assert names and all("Noto-Sans-CJK-SC" in name for name in names)
    for data in found.values():
        box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5 in points


def test_weasyprint_is_imported_only_when_a_pdf_is_made() -> None:
    probe = "import sys, study.render.pdf, study.render.html; print('weasyprint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_document_leaves_no_layout_garbage_behind() -> None:
    import gc

    small = Course("c", "课程", (other_document(),))
    doc = output_work("pdf", small, Settings()).documents[0]
    pdf.render_document(doc, Settings())  # first use loads fonts and caches
    gc.disable()  # as when the collector has not come round yet: nothing but garbage_collected() may free cycles
    try:
        before = len(gc.get_objects())
        pdf.render_document(doc, Settings())
        assert len(gc.get_objects()) - before < 2_000  # a layout alone leaves tens of thousands
    finally:
        gc.enable()


def test_each_course_sheet_is_assembled_from_the_documents_sheets() -> None:
    small = Course("c", "课程", (other_document(),))
    work = output_work("pdf", small, Settings())
    own = pdf.render_document(work.documents[0], Settings())
    assembled = pdf.course_files(work)
    assert assembled == {f"pdf/course-{s}.pdf": (f"pdf/{small.documents[0].stem}-{s}.pdf",) for s in SUFFIXES}
    assert set(own) | set(assembled) == set(output_files("pdf", small, Settings())) and len(own) == 3
    for rel, parts in assembled.items():
        bind, binding = pdf.assemble(work, rel, [own[part] for part in parts])  # type: ignore[misc]
        made = bind(binding, Settings())[rel]
        assert isinstance(made, Made) and made.facts["pages"] == 1 + sum(own[p].facts["pages"] for p in parts)  # type: ignore[union-attr]


def test_a_course_sheet_bound_from_files_into_its_staged_file_is_the_one_bound_from_bytes(tmp_path: Path) -> None:
    # a large course's course-wide PDF: its parts read from their files one at a time, written by a worker to
    # the file staged for it (pdf.Binding.to), the same bytes as one bound in memory
    small = Course("c", "课程", (other_document(),))
    work = output_work("pdf", small, Settings())
    own = pdf.render_document(work.documents[0], Settings())
    rel, parts = next(iter(pdf.course_files(work).items()))
    stored = []
    for part in parts:
        (tmp_path / Path(part).name).write_bytes(own[part].data)  # type: ignore[union-attr]
        stored.append(Stored(tmp_path / Path(part).name, own[part].facts))  # type: ignore[union-attr]
    bind, binding = pdf.assemble(work, rel, stored, tmp_path / "course.pdf")  # type: ignore[misc]
    written = bind(binding, Settings())[rel]
    bind, binding = pdf.assemble(work, rel, [own[part] for part in parts])  # type: ignore[misc]
    made = bind(binding, Settings())[rel]
    assert isinstance(written, Placed) and isinstance(made, Made)
    assert written.path.read_bytes() == made.data and written.size == len(made.data)
    assert written.facts == made.facts


def test_a_warmed_worker_has_its_printer_made() -> None:
    pdf.printer.cache_clear()
    pdf.warm(Settings())
    assert pdf.printer.cache_info().currsize == 1


def plain_document(stem: str, title: str, text: str, script: str = "simplified") -> Document:
    """A made-up document of one paragraph and no list: it has nothing to ask."""
    made = source(stem, title, (text,))
    return Document(dataclasses.replace(made, script=script), ())


def own_pdfs(work: CourseWork) -> dict[str, Made]:
    """Every document's own PDFs, by path."""
    rendered = [pdf.render_document(doc, Settings()) for doc in work.documents]
    return {rel: made for files in rendered for rel, made in files.items() if isinstance(made, Made)}


def bound_text(work: CourseWork, rel: str, parts: tuple[str, ...], own: dict[str, Made]) -> list[str]:
    """A course-wide PDF bound from the documents' own PDFs, as each page's text."""
    bind, binding = pdf.assemble(work, rel, [own[part] for part in parts])
    made = bind(binding, Settings())[rel]
    assert isinstance(made, Made)
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(made.data)).pages]


def test_a_course_exercise_sheet_leaves_out_the_documents_with_no_exercises() -> None:
    # a page saying only 本文没有可出的练习题 is paper spent on nothing: the course's 练习 and 答案 bind the
    # documents with exercises and name the others in one line of the contents; the 提纲 binds them all
    empty = plain_document("minutes", "工作例会纪要", "会议听取了近期工作情况汇报，研究了下一阶段安排。")
    small = Course("c", "课程", (other_document(), empty))
    work = output_work("pdf", small, Settings())
    assert work.documents[0].body.exercise_count and not work.documents[1].body.exercise_count
    own = own_pdfs(work)
    assembled = pdf.course_files(work)
    stems = [doc.stem for doc in small.documents]
    assert assembled["pdf/course-提纲.pdf"] == tuple(f"pdf/{stem}-提纲.pdf" for stem in stems)
    for suffix in ("练习", "答案"):
        rel = f"pdf/course-{suffix}.pdf"
        assert assembled[rel] == (f"pdf/{stems[0]}-{suffix}.pdf",)
        pages = bound_text(work, rel, assembled[rel], own)
        assert len(pages) == 1 + own[assembled[rel][0]].facts["pages"]
        contents = squeezed(pages[0])
        assert "工作例会纪要" in contents and "没有可出的练习题" in contents
        assert not any("没有可出的练习题" in squeezed(page) for page in pages[1:])


def test_a_course_sheet_numbers_each_page_in_its_own_script() -> None:
    # a course of both scripts (script = "original"): a traditional document's pages say 頁 in the course PDF
    # as in its own, the simplified one's 页
    old = plain_document("notice", "會議紀要", "會議聽取了工作匯報，研究了下一步安排。", "traditional")
    small = Course("c", "课程", (other_document(), old))
    work = output_work("pdf", small, Settings())
    own = own_pdfs(work)
    rel = "pdf/course-提纲.pdf"
    parts = pdf.course_files(work)[rel]
    pages = [squeezed(page) for page in bound_text(work, rel, parts, own)]
    total = len(pages)
    assert f"第{total}頁共{total}頁" in pages[-1]  # the traditional document's page, numbered through
    assert f"第{total - 1}页共{total}页" in pages[-2]  # the simplified one's last page
