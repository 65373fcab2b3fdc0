"""A rebuild with nothing to do says what the last build said, without building (study.unchanged); anything
the last build was made of that changed, and any file of dist/ not as it left it, means a real build."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import study.build
import study.unchanged
from study.cli import main
from study.config import Settings
from study.render.outputs import chosen
from study.summary import Summary
from study.unchanged import forget, read_stamp, replay, stamp_path
from tests.pipeline import fake_renderer
from tests.pipeline.conftest import MakeCourse, quiet_build

DOCUMENT = "学习要点\n\n一是坚持人民至上。\n二是坚持自信自立。\n三是坚持守正创新。\n"
OTHER = "工作要求\n\n第一，加强组织领导。\n第二，狠抓工作落实。\n"


@pytest.fixture
def course(make_course: MakeCourse, tmp_path: Path) -> tuple[Path, Path]:
    """A small course built once: its sources and dist/."""
    sources = make_course(seeds=False, files={"a.txt": DOCUMENT.encode(), "b.txt": OTHER.encode()})
    dist = tmp_path / "dist"
    quiet_build(sources, dist)
    return sources, dist


def test_a_rebuild_with_nothing_to_do_says_what_a_full_rebuild_says(course: tuple[Path, Path]) -> None:
    sources, dist = course
    said = replay(sources, dist)
    assert said is not None and said.totals["items"] == 5
    assert said == Summary.of(quiet_build(sources, dist))  # the full rebuild: nothing written, same counts


def test_the_stamp_of_a_rebuild_is_what_it_said(course: tuple[Path, Path]) -> None:
    sources, dist = course
    first = replay(sources, dist)
    quiet_build(sources, dist)
    assert replay(sources, dist) == first


@pytest.mark.parametrize(
    "change",
    [
        lambda s: (s / "a.txt").write_text(DOCUMENT.replace("至上", "至高"), encoding="utf-8"),
        lambda s: os.utime(s / "a.txt", ns=(1, 1)),  # the same bytes, another time: the course's date moves
        lambda s: (s / "c.txt").write_text(OTHER, encoding="utf-8"),
        lambda s: (s / "b.txt").unlink(),
        lambda s: (s / "course.toml").write_text('title = "另一门课"\noutputs = ["outline", "index"]\n'),
        lambda s: (s / "templates").mkdir() or (s / "templates" / "sheet.html.j2").write_text("{{ x }}"),
    ],
    ids=["bytes", "time", "added", "removed", "settings", "templates"],
)
def test_any_change_to_what_it_is_made_of_means_a_build(course: tuple[Path, Path], change: object) -> None:
    sources, dist = course
    change(sources)  # type: ignore[operator]
    assert replay(sources, dist) is None


@pytest.mark.parametrize("change", ["deleted", "rewritten", "replaced"])
def test_a_file_not_as_the_build_left_it_means_a_build(course: tuple[Path, Path], change: str) -> None:
    sources, dist = course
    target = dist / "outline" / "a.json"
    data = target.read_bytes()
    if change == "deleted":
        target.unlink()
    elif change == "rewritten":
        target.write_bytes(data.replace(b"1", b"2"))
    else:  # the same bytes in another file: a copy put in its place
        target.unlink()
        target.write_bytes(data)
    assert replay(sources, dist) is None


def test_an_edit_is_told_before_anything_is_hashed(course: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    sources, dist = course
    (sources / "a.txt").write_text(DOCUMENT + "四是坚持系统观念。\n", encoding="utf-8")
    monkeypatch.setattr(study.unchanged, "unsettled_key", lambda *args: pytest.fail("hashed the course"))
    assert replay(sources, dist) is None


def test_the_code_is_part_of_the_key(course: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    sources, dist = course
    monkeypatch.setattr(study.unchanged, "code_fingerprint", lambda: "other code")
    assert replay(sources, dist) is None


def test_an_outputs_environment_is_asked_again(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDFs' font files and printer stand in a stamp as a function to ask again (here a fake output's)."""
    fake = replace(fake_renderer.FAKE, fingerprint=fake_renderer.environment)
    monkeypatch.setattr(study.build, "chosen", lambda settings: (*chosen(settings), fake))
    monkeypatch.setattr(study.unchanged, "PROBE_MODULES", ("study.render.", "tests.pipeline."))
    sources, dist = make_course(seeds=False, files={"a.txt": DOCUMENT.encode()}), tmp_path / "dist"
    quiet_build(sources, dist)
    stamp = read_stamp(dist)
    assert stamp is not None and stamp.probes == ("tests.pipeline.fake_renderer:environment",)
    assert replay(sources, dist) is not None
    monkeypatch.setattr(fake_renderer, "ENVIRONMENT", "a font updated")
    assert replay(sources, dist) is None


@pytest.mark.parametrize("probe", ["study.calm:ignore_interrupts", "os:getcwd", "study.render.printing:nothing"])
def test_a_stamp_names_no_function_to_call_but_a_renderers(course: tuple[Path, Path], probe: str) -> None:
    """A stamp is data: one naming another module's function (written by hand, or by other code) means a
    build, and nothing it names is imported (study.calm would make this process ignore Ctrl-C)."""
    sources, dist = course
    stamp = json.loads(stamp_path(dist).read_bytes())
    stamp["probes"] = [probe]
    stamp_path(dist).write_text(json.dumps(stamp), encoding="utf-8")
    sys.modules.pop("study.calm", None)
    assert replay(sources, dist) is None
    assert "study.calm" not in sys.modules and signal.getsignal(signal.SIGINT) is not signal.SIG_IGN


def test_other_codes_stamp_asks_no_probe(course: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    sources, dist = course
    stamp = json.loads(stamp_path(dist).read_bytes())
    stamp["code"] = "other code"
    stamp_path(dist).write_text(json.dumps(stamp), encoding="utf-8")
    monkeypatch.setattr(study.unchanged, "called", lambda *args: pytest.fail("asked a probe"))
    assert replay(sources, dist) is None


def test_a_lost_manifest_means_a_build(course: tuple[Path, Path]) -> None:
    sources, dist = course
    (dist / ".cache" / "manifest.json").unlink()
    assert replay(sources, dist) is None


def test_a_build_forgets_the_stamp_before_it_changes_anything(
    course: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, dist = course
    (sources / "a.txt").write_text(DOCUMENT.replace("至上", "至高"), encoding="utf-8")

    def cut_off(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(study.build, "render_all", cut_off)
    with pytest.raises(KeyboardInterrupt):
        quiet_build(sources, dist)
    (sources / "a.txt").write_text(DOCUMENT, encoding="utf-8")  # back as it was: still no stamp to say so
    assert not stamp_path(dist).exists() and replay(sources, dist) is None


def test_a_build_with_a_failure_leaves_no_stamp(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, files={"a.txt": DOCUMENT.encode(), "bad.txt": b"\x00\x01\x02" * 50})
    dist = tmp_path / "dist"
    report = quiet_build(sources, dist)
    assert report.failures and not stamp_path(dist).exists()


@pytest.mark.parametrize("body", [b"", b"{", b'{"version": 1}', b'{"version": 99, "key": "x"}'])
def test_an_unreadable_stamp_means_a_build(course: tuple[Path, Path], body: bytes) -> None:
    sources, dist = course
    stamp_path(dist).write_bytes(body)
    assert replay(sources, dist) is None


def test_a_missing_sources_folder_is_left_to_the_build(course: tuple[Path, Path], tmp_path: Path) -> None:
    _, dist = course
    assert replay(tmp_path / "nowhere", dist) is None


def run_cli(sources: Path, dist: Path, *options: str) -> tuple[int, list[str]]:
    """`study build` on a course: its exit code and its output without the time row."""
    result = CliRunner().invoke(main, ["build", "--sources", str(sources), "--dist", str(dist), *options])
    return result.exit_code, [line for line in result.output.splitlines() if not line.strip().startswith("time")]


def test_the_command_says_the_same_whether_it_builds_or_not(
    course: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, dist = course
    said = run_cli(sources, dist, "--strict")
    forget(dist)  # the same rebuild, built
    assert run_cli(sources, dist, "--strict") == said
    assert said[0] == 0 and any("nothing re-rendered" in line for line in said[1])
    # --clean always builds
    monkeypatch.setattr(study.unchanged, "replay", lambda sources, dist: pytest.fail("--clean replayed"))
    assert run_cli(sources, dist, "--clean")[0] == 0


def test_strict_fails_a_replayed_course_with_warnings(course: tuple[Path, Path]) -> None:
    sources, dist = course
    stamp = json.loads(stamp_path(dist).read_bytes())
    stamp["summary"]["totals"]["warnings"] = 2  # as a course whose documents have warnings
    stamp_path(dist).write_text(json.dumps(stamp), encoding="utf-8")
    code, lines = run_cli(sources, dist, "--strict")
    assert code == 1 and any("--strict" in line for line in lines)


def test_saying_it_again_loads_no_pipeline(course: tuple[Path, Path]) -> None:
    sources, dist = course
    script = (
        "import sys\nfrom study.cli import main\n"
        "try:\n    main(['build', '--sources', sys.argv[1], '--dist', sys.argv[2], '--quiet'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = {'study.build', 'study.work', 'study.parse', 'jieba', 'genanki', 'jinja2', 'weasyprint'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    command = [sys.executable, "-c", script, str(sources), str(dist)]
    subprocess.run(command, capture_output=True, check=True)  # a stamp of this code, however it stands now
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
    assert "nothing re-rendered" in done.stdout


def test_settings_repr_is_part_of_the_key(course: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A setting's default that changes with the code changes the key, though course.toml stays the same."""
    sources, dist = course
    monkeypatch.setattr(study.unchanged, "load_settings", lambda folder: Settings(title="另一门课"))
    assert replay(sources, dist) is None
