"""A PDF's pages in 出处: each paragraph knows the page it starts on, and the answer key and the cards cite it
(第 N 页), as a teacher cites a printed document. Made-up documents, printed by the tests."""

from __future__ import annotations

import html
import io
import sqlite3
import zipfile
from pathlib import Path

import pypdf
import pytest

from study.build import build
from study.config import Settings
from study.generate.cards import pages_cited
from study.generated import Exercise, Origin
from study.model import Loc
from study.render import sheets
from tests.read.makers import ReadBytes, pdf_of

BREAK = "style='page-break-before: always'"
# a made-up notice of three points over two pages after its preamble's page; the second page's last point runs
# on to the third page
BODY = (
    "<h1>关于改进机关学习的意见</h1><p>为做好机关学习工作，现提出以下意见。</p>"
    f"<p {BREAK}>一、加强组织领导。各级党组织要把学习摆上重要位置，定期研究部署。</p>"
    "<p>二、完善工作机制。建立健全学习制度，明确责任分工，形成长效机制。</p>"
    f"<p {BREAK}>三、注重成果转化。把学习成果转化为推动工作的实际成效。</p>"
)


@pytest.fixture(scope="module")
def notice() -> bytes:
    """The made-up notice printed on three pages."""
    return pdf_of(BODY)


def relabelled(data: bytes, start: int) -> bytes:
    """The PDF with its pages numbered from `start` (an excerpt printed from a longer book keeps its numbers)."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.set_page_label(0, len(writer.pages) - 1, style="/D", start=start)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pages_of(source_paragraphs: tuple[object, ...]) -> dict[str, int | None]:
    """Each paragraph's opening (its first four characters) with its page."""
    return {p.text[:4]: p.loc.page for p in source_paragraphs}  # type: ignore[attr-defined]


def test_each_paragraph_knows_the_page_it_starts_on(read_bytes: ReadBytes, notice: bytes) -> None:
    source = read_bytes(notice, "意见.pdf")
    assert pages_of(source.paragraphs) == {"为做好机": 1, "一、加强": 2, "二、完善": 2, "三、注重": 3}


def test_a_pdf_numbered_from_a_later_page_is_cited_by_its_own_numbers(read_bytes: ReadBytes, notice: bytes) -> None:
    source = read_bytes(relabelled(notice, 35), "摘编.pdf")
    assert pages_of(source.paragraphs) == {"为做好机": 35, "一、加强": 36, "二、完善": 36, "三、注重": 37}


def test_a_text_file_has_no_pages(read_bytes: ReadBytes) -> None:
    source = read_bytes("一、加强组织领导。\n二、完善工作机制。\n".encode(), "意见.txt")
    assert {p.loc.page for p in source.paragraphs} == {None}


def test_an_origin_in_a_pdf_cites_its_page_after_its_place() -> None:
    pdf = "sources/决定.pdf"
    assert str(Origin("d", "1.3", "一、（三）", Loc(pdf, 31, 5, 4), "到2030年", lined=False)) == "一、（三）（第 4 页）"
    assert (
        str(Origin("d", "1.2", "——", Loc(pdf, 9, 2, 2), "坚持问题导向", lined=False)) == "“坚持问题导向……”（第 2 页）"
    )
    assert str(Origin("d", "1", "", Loc(pdf, 4, 1, 7), lined=False)) == "第 7 页"
    # a file of no pages cites as before
    assert str(Origin("d", "1.3", "（三）", Loc("sources/意见.txt", 12, 0), "加强组织领导")) == "（三）（第 12 行）"


def test_the_page_is_in_the_sheets_script_and_the_label_as_the_source_prints_it() -> None:
    origin = Origin("d", "1.3", "第三条", Loc("sources/决定.pdf", 31, 5, 4), "加强组织领导", lined=False)
    env = sheets.environment(())
    exercise = Exercise("list", "有哪些要求？", origin, answers=("统一思想",))
    made = str(env.get_template("macros.html.j2").module.answer(1, exercise, "traditional"))  # type: ignore[attr-defined]
    line = html.unescape(sheets.convert(made, Settings(script="traditional")))
    assert "出處：第三条（第 4 頁）" in line, line


def test_a_card_cites_the_pages_its_points_span() -> None:
    pdf = "sources/决定.pdf"
    assert pages_cited((Loc(pdf, 3, 2, 2), Loc(pdf, 5, 4, 3))) == "第 2—3 页"
    assert pages_cited((Loc(pdf, 3, 2, 2), Loc(pdf, 4, 3, 2))) == "第 2 页"
    assert pages_cited((Loc("sources/意见.txt", 3, 2),)) == ""


def notes_sources(deck: Path) -> list[str]:
    """The Source field of every note of a deck."""
    with zipfile.ZipFile(deck) as package:
        data = package.read("collection.anki2")
    collection = deck.parent / "collection.anki2"
    collection.write_bytes(data)
    with sqlite3.connect(collection) as db:
        fields = [row[0].split("\x1f") for row in db.execute("select flds from notes")]
    collection.unlink()
    return [note[-1] for note in fields]


def test_a_built_course_cites_a_pdfs_pages_in_its_answer_key_and_on_its_cards(tmp_path: Path, notice: bytes) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "意见.pdf").write_bytes(notice)
    (sources / "course.toml").write_text('outputs = ["anki", "html"]\n', encoding="utf-8")
    dist = tmp_path / "dist"
    report = build(sources, dist, lambda line: None)
    assert report.ok, report.failures
    key = html.unescape((dist / "html" / "意见-答案.html").read_text(encoding="utf-8"))
    assert "一、（第 2 页）" in key or "三、（第 3 页）" in key, key
    cited = notes_sources(dist / "学习课程.apkg")
    assert any(line.endswith("一、—三、（第 2—3 页）") for line in cited), cited
    assert any(line.endswith("二、（第 2 页）") for line in cited), cited
