"""The README's test command collects every test file: no folder skipped by pytest's defaults again.

pytest silently skips folders named build/, dist/, … (norecursedirs): tests/build/ once hid 39 tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def collected_files() -> set[str]:
    """The test files the README's command (`python -m pytest -q` in the project root) collects."""
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return {line.split("::", 1)[0] for line in result.stdout.splitlines() if "::" in line}


def files_on_disk() -> set[str]:
    """Every test file on disk under tests/, as a path relative to the project root."""
    return {path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").rglob("test_*.py")}


def test_every_test_file_is_collected() -> None:
    on_disk = files_on_disk()
    assert len(on_disk) > 10, "the test files were not found"
    missed = sorted(on_disk - collected_files())
    assert not missed, f"pytest does not collect these (a skipped folder? no tests?): {missed}"
