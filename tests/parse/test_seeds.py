"""The parser on the seed documents: the answer-key scorer, golden outline dumps, robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from study.parse import parse
from tests.parse.answer_keys import EVAL, ROOT, SHARED, check_golden, score
from tests.parse.conftest import make_source

GOLDEN = Path(__file__).parent / "golden"
SEEDS = sorted((ROOT / "sources").glob("*.txt"))


@pytest.mark.skipif(not (EVAL / "score_outline.py").exists(), reason="shared/eval is not beside the checkout")
def test_answer_key_scores() -> None:
    thresholds = ["--min-recall", "0.97", "--min-precision", "0.95", "--min-lists", "0.95", "--min-nesting", "0.90"]
    report = score(SHARED / "gold", ROOT / "sources", *thresholds)
    assert "titles=5/5 dates=5/5" in report


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_golden_outline(path: Path) -> None:
    """Regenerate with: STUDY_REGEN=1 python -m pytest tests/parse/test_seeds.py tests/parse/test_dev.py"""
    check_golden(path, GOLDEN)


MARKERISH = list("一二三四五六七八九十是要靠（）()、，。；：:1234567890.首先其次另方面第个“”这字甲乙丙\n ")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARKERISH), max_size=400) | st.text(max_size=200))
def test_parser_never_raises(text: str) -> None:
    parse(make_source(text or "空"))


def test_two_megabyte_document_parses() -> None:
    """Dense with markers, leads and series: no catastrophic backtracking, no quadratic nesting."""
    block = "（一）甲。\n一是甲，二是乙。\n1.丙。\n2.丁。\n主要表现在：甲；乙。\n"
    block += "要做好这几个方面：\n加强学习。\n改进作风。\n"
    series = "要坚持这个原则的做法，坚持那个原则的做法，坚持所有原则的做法。" * 10 + "\n"
    text = (block + series) * 4000
    assert len(text.encode("utf-8")) > 2_000_000
    doc = parse(make_source(text))
    assert len(doc.lists) > 4000
