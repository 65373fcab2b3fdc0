"""`study build` on a machine without any Chinese font: every output but the PDFs, one line why, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from study.model import Course
from study.render import fonts, pdf

from .conftest import MakeCourse, snapshot

DOCUMENT = (
    "关于改进工作作风的几点意见\n\n改进作风，必须抓好以下三个方面：\n"
    "一、坚持实事求是。\n二、密切联系群众。\n三、加强组织纪律。\n"
)
# fontconfig with no font folders at all: fc-list lists nothing, as on a machine with no fonts installed
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def build_without_fonts(sources: Path, dist: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`study build` in a fresh process whose fontconfig knows no fonts (the font lookup is cached per process)."""
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    command = [sys.executable, "-m", "study", "build", "--sources", str(sources), "--dist", str(dist), "--quiet"]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)


def test_no_cjk_font_builds_everything_but_the_pdfs(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, toml=None, files={"作风.txt": DOCUMENT.encode()})
    dist = tmp_path / "dist"
    result = build_without_fonts(sources, dist, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    made = snapshot(dist)
    assert not [rel for rel in made if rel.endswith(".pdf")]
    for suffix in (".apkg", ".json", ".html"):
        assert [rel for rel in made if rel.endswith(suffix) and rel != "index.html"], (suffix, sorted(made))
    assert "index.html" in made
    output = result.stdout + result.stderr
    lines = [line for line in output.splitlines() if "PDF" in line and "not made" in line]
    assert len(lines) == 1, output
    assert "apt-get install fonts-noto-cjk" in lines[0]
    assert "Traceback" not in output


def test_no_fontconfig_is_a_reason_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts.shutil, "which", lambda name: None)
    assert fonts.missing_fonts() == fonts.NO_FONTCONFIG


def test_with_a_cjk_font_the_pdfs_are_available() -> None:
    # .ci/setup installs fonts-noto-cjk
    assert pdf.unavailable(Course("c", "课程", ())) is None
