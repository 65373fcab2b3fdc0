"""The parser on the development set (../shared/dev: real documents as found, with answer keys).

The figures are the issue's bar; the golden dumps show, in review, what a change did to each document.
Regenerate the dumps with: STUDY_REGEN=1 python -m pytest tests/parse/test_seeds.py tests/parse/test_dev.py
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.answer_keys import EVAL, SHARED, check_golden, score

DEV = SHARED / "dev"
DOCS = sorted((DEV / "docs").glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden_dev"
needs_dev = pytest.mark.skipif(not (EVAL / "score_outline.py").exists() or not DOCS, reason="no shared/dev beside")


@needs_dev
def test_dev_answer_key_scores() -> None:
    thresholds = ["--min-recall", "0.90", "--min-precision", "0.90", "--min-lists", "0.80", "--min-nesting", "0.85"]
    report = score(DEV / "gold", DEV / "docs", *thresholds)
    assert f"titles={len(DOCS)}/{len(DOCS)} dates={len(DOCS)}/{len(DOCS)}" in report


@needs_dev
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem[:3])
def test_dev_golden_outline(path: Path) -> None:
    check_golden(path, GOLDEN)
