"""Incremental builds: content hashes decide what is parsed and rendered again."""

from __future__ import annotations

from pathlib import Path

import pytest

import study.build
import study.cache
import study.parse
from study.config import Settings
from study.generated import CourseWork, DocumentWork
from study.model import Document
from study.render.outputs import OUTPUTS, Output

from .conftest import MakeCourse, quiet_build, snapshot

COURSE_TOML = 'outputs = ["outline", "anki", "index"]\n'


class Calls:
    """What the fake per-document renderer and the loader were asked to do."""

    def __init__(self) -> None:
        self.rendered: list[str] = []
        self.parsed: list[str] = []


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Swap the "anki" output for a fake per-document renderer and count it and the parser."""
    seen = Calls()

    def render_document(work: DocumentWork, settings: Settings) -> dict[str, bytes]:
        seen.rendered.append(work.stem)
        return {f"fake/{work.stem}.txt": f"{settings.title}|{work.doc.title}|{len(work.doc.lists)}".encode()}

    def render_course(work: CourseWork) -> dict[str, bytes]:
        seen.rendered.append("*course*")
        return {"fake/course.txt": "\n".join(d.stem for d in work.documents).encode()}

    fake = Output("anki", "fake/<stem>.txt", document=render_document, course=render_course)
    outputs = tuple(fake if output.name == "anki" else output for output in OUTPUTS)
    monkeypatch.setattr(study.build, "chosen", lambda settings: tuple(o for o in outputs if o.name in settings.outputs))
    real_load = study.parse.load_document

    def counting_load(path: Path) -> Document:
        seen.parsed.append(path.stem)
        return real_load(path)

    monkeypatch.setattr(study.parse, "load_document", counting_load)
    return seen


@pytest.fixture
def course(make_course: MakeCourse) -> Path:
    return make_course(toml=COURSE_TOML)


def test_no_change_rebuild_parses_and_renders_nothing(course: Path, tmp_path: Path, calls: Calls) -> None:
    dist = tmp_path / "dist"
    first = quiet_build(course, dist)
    assert len(calls.parsed) == 5 and len(calls.rendered) == 6
    before = snapshot(dist)
    calls.rendered.clear()
    calls.parsed.clear()
    second = quiet_build(course, dist)
    assert (calls.parsed, calls.rendered) == ([], [])
    assert (second.rendered, second.written, second.removed) == ((), (), ())
    assert second.documents == first.documents
    assert snapshot(dist) == before


def test_one_changed_document_renders_its_outputs_and_the_course_wide_ones(
    course: Path, tmp_path: Path, calls: Calls
) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    changed = sorted(course.glob("*.txt"))[2]
    changed.write_bytes(changed.read_bytes() + "\n补充一段话。\n".encode())
    calls.rendered.clear()
    calls.parsed.clear()
    report = quiet_build(course, dist)
    assert calls.parsed == [changed.stem]
    assert calls.rendered == [changed.stem, "*course*"]
    assert set(report.rendered) == {f"outline/{changed.stem}", f"anki/{changed.stem}", "anki", "index"}


def test_a_touched_but_unchanged_source_is_not_rebuilt(course: Path, tmp_path: Path, calls: Calls) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    touched = sorted(course.glob("*.txt"))[0]
    touched.write_bytes(touched.read_bytes())  # new modification time, same content
    calls.rendered.clear()
    assert quiet_build(course, dist).rendered == ()
    assert calls.rendered == []


def test_a_damaged_output_is_rendered_again(course: Path, tmp_path: Path, calls: Calls) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    before = snapshot(dist)
    stem = sorted(course.glob("*.txt"))[1].stem
    (dist / "fake" / f"{stem}.txt").write_bytes(b"edited by hand")
    (dist / "index.html").unlink()
    report = quiet_build(course, dist)
    assert set(report.rendered) == {f"anki/{stem}", "index"}
    assert snapshot(dist) == before


def test_an_output_left_as_it_was_is_not_read_again_and_one_edited_to_the_same_size_is(
    course: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    hashed: list[Path] = []
    real = study.cache.same_file

    def counting(target: Path, sha256: str, size: int) -> bool:
        hashed.append(target)
        return real(target, sha256, size)

    monkeypatch.setattr(study.cache, "same_file", counting)
    assert quiet_build(course, dist).rendered == () and hashed == []  # each file as the last build left it
    stem = sorted(course.glob("*.txt"))[3].stem
    fake = dist / "fake" / f"{stem}.txt"
    fake.write_bytes(bytes(len(fake.read_bytes())))  # the same size, another time
    report = quiet_build(course, dist)
    assert hashed == [fake] and report.rendered == (f"anki/{stem}",)  # the same file again: the index stands


def test_clean_renders_everything_again(course: Path, tmp_path: Path, calls: Calls) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    before = snapshot(dist)
    calls.rendered.clear()
    calls.parsed.clear()
    report = quiet_build(course, dist, clean=True)
    assert len(calls.parsed) == 5 and len(calls.rendered) == 6
    assert report.written == ()  # same bytes: nothing needed replacing
    assert snapshot(dist) == before


def test_a_removed_source_takes_its_outputs_with_it(course: Path, tmp_path: Path, calls: Calls) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    gone = sorted(course.glob("*.txt"))[4]
    gone.unlink()
    report = quiet_build(course, dist)
    assert set(report.removed) == {f"outline/{gone.stem}.json", f"fake/{gone.stem}.txt"}
    assert not any(gone.stem in rel for rel in snapshot(dist) if rel != "index.html")


def test_changed_settings_render_everything_again(course: Path, tmp_path: Path, calls: Calls) -> None:
    dist = tmp_path / "dist"
    quiet_build(course, dist)
    (course / "course.toml").write_text(COURSE_TOML + 'title = "另一门课"\n', encoding="utf-8")
    calls.rendered.clear()
    calls.parsed.clear()
    quiet_build(course, dist)
    assert calls.parsed == []  # parsing does not depend on the settings
    assert len(calls.rendered) == 6
    stem = sorted(course.glob("*.txt"))[0].stem
    assert (dist / "fake" / f"{stem}.txt").read_text(encoding="utf-8").startswith("另一门课|")
