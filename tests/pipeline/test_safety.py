"""Safe builds: a failed or killed build leaves the previous outputs; two builds never mix their files."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

import study.build
import study.render.index
import study.render.outputs
from study.output import LOCK_NAME, TEMP_SUFFIX
from study.summary import Summary

from .conftest import MakeCourse, quiet_build, snapshot

# a build whose every staged file takes a while, so a test can kill it in the middle of writing
SLOW_BUILD = """
import sys, time
from pathlib import Path
import study.output
stage = study.output.Staging.stage
def slow_stage(self, rel, data):
    stage(self, rel, data)
    time.sleep(0.3)
study.output.Staging.stage = slow_stage
from study.build import build
build(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def temporary_files(dist: Path) -> list[Path]:
    return list(dist.rglob(f"*{TEMP_SUFFIX}"))


def staged_outputs(dist: Path) -> list[Path]:
    """Temporary files of outputs (not of the cache): the build has begun writing the course."""
    return [p for p in temporary_files(dist) if ".cache" not in p.relative_to(dist).parts]


def edit_every_source(sources: Path) -> None:
    """Change every document so that a rebuild must replace every output."""
    for path in sources.glob("*.txt"):
        path.write_bytes(path.read_bytes() + "\n\n必须做到以下两点：\n一、认真学习。\n二、加强实践。\n".encode())


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_a_renderer_failing_midway_leaves_the_previous_outputs(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, dist = make_course(), tmp_path / "dist"
    quiet_build(sources, dist)
    good = snapshot(dist)
    edit_every_source(sources)

    def broken(*args: object) -> dict[str, bytes]:
        raise RuntimeError("renderer crashed")

    # the outline renderer has already staged its new files when the home page fails
    outputs = tuple(replace(o, after=broken) if o.name == "index" else o for o in study.render.outputs.OUTPUTS)
    monkeypatch.setattr(study.build, "chosen", lambda settings: tuple(o for o in outputs if o.name in settings.outputs))
    with pytest.raises(RuntimeError, match="renderer crashed"):
        quiet_build(sources, dist)
    assert snapshot(dist) == good
    assert temporary_files(dist) == []


def test_a_build_killed_while_writing_leaves_the_previous_outputs(make_course: MakeCourse, tmp_path: Path) -> None:
    sources, dist = make_course(), tmp_path / "dist"
    quiet_build(sources, dist)
    good = snapshot(dist)
    edit_every_source(sources)
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BUILD, str(sources), str(dist)])
    try:
        assert wait_for(lambda: staged_outputs(dist), 60), "the build never started writing"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(dist) == good  # the half-built course never reached the real file names
    report = quiet_build(sources, dist)  # the next build sweeps the debris and finishes the job
    assert report.ok and temporary_files(dist) == []
    assert snapshot(dist) != good


def study_build(sources: Path, dist: Path) -> subprocess.Popen[str]:
    study = Path(sys.executable).with_name("study")
    args = [str(study), "build", "--sources", str(sources), "--dist", str(dist), "--quiet"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The first line a build writes to stderr, waiting for it at most `timeout` seconds."""
    assert proc.stderr is not None
    ready, _, _ = select.select([proc.stderr], [], [], timeout)
    return proc.stderr.readline() if ready else ""


def test_two_builds_at_once_give_the_same_course_as_one(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course()
    quiet_build(sources, tmp_path / "alone")
    dist = tmp_path / "dist"
    procs = [study_build(sources, dist), study_build(sources, dist)]
    results = [proc.communicate(timeout=120) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], results
    assert snapshot(dist) == snapshot(tmp_path / "alone")
    assert temporary_files(dist) == []


def test_a_second_build_waits_for_the_lock(make_course: MakeCourse, tmp_path: Path) -> None:
    sources, dist = make_course(), tmp_path / "dist"
    dist.mkdir()
    with open(dist / LOCK_NAME, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        proc = study_build(sources, dist)
        said = first_line(proc, timeout=120)  # however long it takes to start (a loaded machine)
        assert "another build is writing here; waiting" in said
        time.sleep(0.5)
        assert proc.poll() is None, "the build ran while another held the lock"
        assert not (dist / "index.html").exists()
        fcntl.flock(held, fcntl.LOCK_UN)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, said + err
    assert (dist / "index.html").is_file()
    assert os.path.getsize(dist / LOCK_NAME) == 0


def test_a_source_that_no_longer_reads_stays_in_the_course_as_it_last_read(
    make_course: MakeCourse, tmp_path: Path
) -> None:
    # an emptied or half-copied file (a placeholder not yet synced, a save cut short) is a failure of that
    # source, not a deletion: its outputs stay, and the deck does not tag its notes as removed
    sources, dist = make_course(toml='outputs = ["outline", "anki", "index"]\n'), tmp_path / "dist"
    before = quiet_build(sources, dist)
    assert before.ok
    files = snapshot(dist)
    broken = sorted(sources.glob("*.txt"))
    broken[0].write_bytes(b"")
    broken[1].write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    again = quiet_build(sources, dist)
    assert len(again.failures) == 2 and all("keeps it as it last read" in line for line in again.failures)
    assert again.documents == before.documents and not again.removed and not again.notes
    now = snapshot(dist)  # the same outputs; the home page names the two sources it could not read now
    assert {rel: data for rel, data in now.items() if rel != "index.html"} == {
        rel: data for rel, data in files.items() if rel != "index.html"
    }
    page = (dist / "index.html").read_text(encoding="utf-8")
    assert all(f"未能读取：{path.name}：" in page for path in broken[:2])
    # each one's own line says so, not only its error at the end
    lines = Summary.of(again).documents
    assert sorted(line.split(": ")[0] for line in lines if "kept as it last read" in line) == [
        str(p) for p in broken[:2]
    ]
    for path in broken:  # every source broken at once: the course still as it was
        path.write_bytes(b"")
    for path in sorted(sources.glob("*.txt"))[2:]:
        path.write_bytes(b"")
    assert quiet_build(sources, dist).documents == before.documents
    assert {rel: data for rel, data in snapshot(dist).items() if rel != "index.html"} == {
        rel: data for rel, data in files.items() if rel != "index.html"
    }
