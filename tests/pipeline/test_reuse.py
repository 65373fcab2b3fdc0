"""A document's generated work is kept while what it read of the course reads the same (study.generate.reads)."""

from __future__ import annotations

from pathlib import Path

import pytest

import study.build
import study.render.sheets
from study.work import CourseContext, DocumentTask, Generated

from .conftest import MakeCourse, quiet_build, snapshot

# every output that generates: cards for the deck, exercises and pages for the web sheets
GENERATING = 'outputs = ["outline", "anki", "html", "index"]\n'


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents whose work each build makes (not taken from the cache)."""
    seen: list[str] = []
    real = study.build.document_work

    def counting(context: CourseContext, task: DocumentTask) -> Generated:
        seen.append(task.doc.stem)
        return real(context, task)

    monkeypatch.setattr(study.build, "document_work", counting)
    return seen


def add_sentence(path: Path, sentence: str) -> None:
    """A new sentence in the middle of a document."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(len(lines) // 2, sentence)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_edit_makes_again_only_the_work_that_read_what_it_changed(
    make_course: MakeCourse, tmp_path: Path, made: list[str]
) -> None:
    sources, dist = make_course(toml=GENERATING), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    assert len(made) == 5
    made.clear()
    edited = sorted(sources.glob("*.txt"))[3]
    add_sentence(edited, "坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层。")  # new words, a new quotation
    quiet_build(sources, dist, jobs=1)
    assert edited.stem in made
    made.clear()
    add_sentence(edited, "各地要因地制宜，久久为功。")  # words of its own: the other documents never asked about them
    quiet_build(sources, dist, jobs=1)
    assert made == [edited.stem]
    quiet_build(sources, tmp_path / "fresh", jobs=1)
    # whatever was kept, the course a fresh build makes; but the deck, which remembers its notes' history
    # (an edited note's time, a removed one's revision) to keep reviews
    kept, fresh = snapshot(dist), snapshot(tmp_path / "fresh")
    assert kept.keys() == fresh.keys()
    assert {rel for rel in kept if kept[rel] != fresh[rel]} <= {rel for rel in kept if rel.endswith(".apkg")}


def test_a_no_change_rebuild_checks_no_reads(make_course: MakeCourse, tmp_path: Path, made: list[str]) -> None:
    sources, dist = make_course(toml=GENERATING), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    for pickled in (dist / ".cache" / "reads").glob("*.pickle"):
        pickled.write_bytes(b"lost")  # were they read, every work would be made again
    made.clear()
    quiet_build(sources, dist, jobs=1)
    assert made == []


def test_a_course_template_edited_lays_the_pages_out_again(make_course: MakeCourse, tmp_path: Path) -> None:
    sources, dist = make_course(toml='outputs = ["html"]\n'), tmp_path / "dist"
    (sources / "templates").mkdir()
    quiet_build(sources, dist)
    default = study.render.sheets.default_templates() / "sheet-part.html.j2"
    mine = default.read_text(encoding="utf-8").replace('<article class="document"', '<article class="document mine"')
    (sources / "templates" / "sheet-part.html.j2").write_text(mine, encoding="utf-8")
    quiet_build(sources, dist)
    sheets = sorted((dist / "html").glob("*-提纲.html"))
    assert len(sheets) == 6 and all('class="document mine"' in p.read_text(encoding="utf-8") for p in sheets)
