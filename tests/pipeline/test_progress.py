"""The progress bar (only on a terminal, only when a stage takes a while) and the summary table."""

from __future__ import annotations

import io

import pytest

import study.progress
from study.build import BuildReport
from study.cache import OutputRecord
from study.progress import TerminalProgress
from study.summary import Summary, summary_table, totals
from tests.pipeline.test_index import document


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_stage(progress: TerminalProgress, total: int = 10) -> None:
    for done in range(1, total + 1):
        progress("reading", done, total)
    progress.finish()


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(study.progress, "DELAY_S", 0.0)
    stream = io.StringIO()
    run_stage(TerminalProgress(stream))
    assert stream.getvalue() == ""


def test_no_bar_for_a_quick_stage() -> None:
    stream = Terminal()
    run_stage(TerminalProgress(stream))
    assert stream.getvalue() == ""


def test_a_bar_for_a_slow_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(study.progress, "DELAY_S", 0.0)
    stream = Terminal()
    run_stage(TerminalProgress(stream))
    assert "读取与解析" in stream.getvalue() and "10/10" in stream.getvalue()


def test_summary_counts_everything() -> None:
    docs = (document("d1", "一", ["甲", "乙", "丙"]), document("d2", "二", ["丁"]))
    outputs = {"a.pdf": OutputRecord("0" * 64, 1, {"pages": 4}), "c.apkg": OutputRecord("1" * 64, 1, {"notes": 7})}
    report = BuildReport(docs, ("x.txt: empty file",), ("a.pdf",), outputs=outputs, facts={"exercises": 5})
    assert totals(report) == {
        "documents": 2,
        "lists": 2,
        "items": 4,
        "notes": 7,
        "exercises": 5,
        "pages": 4,
        "warnings": 2,
    }
    table = summary_table(Summary.of(report), 1.25)
    assert "  failed     1" in table and "  time       1.2 s" in table
