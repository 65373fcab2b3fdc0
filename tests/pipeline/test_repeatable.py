"""Repeatable builds: the same sources give the same bytes, in parallel as in serial."""

from __future__ import annotations

from pathlib import Path

import pytest

import study.build
import study.concurrency
import study.units
from study.concurrency import MIN_TASKS
from study.render.outputs import OUTPUTS

from .conftest import MakeCourse, quiet_build, seed_paths, snapshot
from .fake_renderer import FAKE


def differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    """The files present in only one snapshot or with different bytes (a readable failure)."""
    return sorted(rel for rel in a.keys() | b.keys() if a.get(rel) != b.get(rel))


def test_seeds_build_twice_to_the_same_bytes(full_build: tuple[Path, Path, object], tmp_path: Path) -> None:
    sources, dist, report = full_build
    assert report.ok, report.failures
    again = tmp_path / "again"
    second = quiet_build(sources, again)
    first_files, second_files = snapshot(dist), snapshot(again)
    assert differing(first_files, second_files) == []
    assert second.rendered, "a fresh dist/ must render, not reuse another folder's cache"
    assert len(first_files) > len(seed_paths())  # every document's outputs and the home page


def test_every_seed_has_its_outline_and_the_home_page(full_build: tuple[Path, Path, object]) -> None:
    _, dist, _ = full_build
    for path in seed_paths():
        assert (dist / "outline" / f"{path.stem}.json").is_file()
    assert (dist / "index.html").is_file()


def variant_course(make_course: MakeCourse, copies: int) -> Path:
    """A course of `copies` × the seeds, each copy's sentences changed a little so no two are one text (a copy of
    an earlier document is left out of a course)."""
    files = {
        f"{k:02d}_{path.name}": path.read_text(encoding="utf-8").replace("。", f"，第{k}稿。").encode()
        for k in range(copies)
        for path in seed_paths()
    }
    return make_course(seeds=False, files=files)


def test_parallel_build_equals_serial_build(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = variant_course(make_course, copies=2)
    assert len(list(sources.glob("*.txt"))) >= MIN_TASKS
    pools = count_pools(monkeypatch)
    serial = quiet_build(sources, tmp_path / "serial", jobs=1)
    assert pools == []
    parallel = quiet_build(sources, tmp_path / "parallel", jobs=2)
    assert pools == [1]
    assert parallel.documents == serial.documents
    assert differing(snapshot(tmp_path / "serial"), snapshot(tmp_path / "parallel")) == []


def test_parallel_rendering_equals_serial_rendering(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = variant_course(make_course, copies=2)
    (sources / "course.toml").write_text('outputs = ["outline", "anki", "index"]\n', encoding="utf-8")
    outputs = tuple(FAKE if output.name == "anki" else output for output in OUTPUTS)
    monkeypatch.setattr(study.build, "chosen", lambda settings: tuple(o for o in outputs if o.name in settings.outputs))
    pools = count_pools(monkeypatch)
    serial = quiet_build(sources, tmp_path / "serial", jobs=1)
    parallel = quiet_build(sources, tmp_path / "parallel", jobs=2)
    assert pools == [1]  # one pool for every stage: parse, generate, render the documents' files
    assert len(parallel.rendered) == len(serial.rendered) == 10 + 10 + 2  # fake and outline per document; course, index
    files = snapshot(tmp_path / "parallel")
    assert differing(snapshot(tmp_path / "serial"), files) == []
    assert sum(rel.startswith("fake/") for rel in files) == 11


def count_pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time the build opens a process pool."""
    pools: list[int] = []
    real_pool = study.concurrency.ProcessPoolExecutor

    def counting_pool(*args: object, **kwargs: object) -> object:
        pools.append(1)
        return real_pool(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(study.concurrency, "ProcessPoolExecutor", counting_pool)
    return pools


@pytest.mark.parametrize("local", [True, False], ids=["written-by-a-worker", "bound-here"])
def test_a_course_pdf_bound_from_its_files_equals_one_bound_by_a_worker_from_its_parts(
    full_build: tuple[Path, Path, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, local: bool
) -> None:
    # a large course's course-wide PDFs are bound from their parts' files, each read only when copied, by a
    # worker that writes the file staged for it (or here, when the workers may be other machines); a small
    # course's go to a worker with their parts: the same bytes every way
    sources, dist, _ = full_build
    monkeypatch.setattr(study.units, "ASSEMBLED_IN_WORKER_BYTES", 0)
    monkeypatch.setattr(study.concurrency.LocalPool, "local", local)
    here = tmp_path / "here"
    report = quiet_build(sources, here)
    assert report.ok, report.failures
    course_pdfs = [rel for rel in snapshot(dist) if rel.startswith("pdf/course-")]
    assert len(course_pdfs) == 3
    assert differing(snapshot(dist), snapshot(here)) == []
    assert not list(here.rglob("*.study-tmp"))  # every reserved file kept or deleted
