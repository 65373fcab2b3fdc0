"""Shared by the seed and development-set tests: the answer-key scorer and golden outline dumps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from study.model import pretty
from study.parse import load_document

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


def score(gold: Path, docs: Path, *thresholds: str) -> str:
    """Run the answer-key scorer with `study parse --format json`; fail when a threshold is not met."""
    cmd = f"{sys.executable} -m study parse --format json {{doc}}"
    run = subprocess.run(
        [sys.executable, str(EVAL / "score_outline.py"), "--gold", str(gold), "--docs", str(docs), "--cmd", cmd,
         "-v", *thresholds],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def golden_text(path: Path) -> str:
    """The golden dump of one document: title, date, outline, warnings."""
    doc = load_document(path)
    lines = [f"# {doc.title}  {doc.meta.date}", pretty(doc.lists), *[f"warning: {w}" for w in doc.warnings]]
    return "\n".join(lines) + "\n"


def check_golden(path: Path, golden_dir: Path) -> None:
    """Compare a document's outline with its golden dump (STUDY_REGEN=1 writes the dump instead)."""
    golden = golden_dir / f"{path.stem}.txt"
    actual = golden_text(path)
    if os.environ.get("STUDY_REGEN"):
        golden_dir.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")
