"""course.toml mistakes a teacher makes, each told in one line saying how to write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from study.config import load_settings
from study.errors import ConfigError


def message(tmp_path: Path, text: str) -> str:
    """The one line load_settings raises for a course.toml of this text."""
    (tmp_path / "course.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path)
    return raised.value.format_message()


def test_text_without_quotes_is_told_how_to_quote_it(tmp_path: Path) -> None:
    line = message(tmp_path, "title = 某某课程\n")
    assert 'line 1: text values need quotes: title = "某某课程"' in line
    assert "Invalid value" not in line


def test_every_unquoted_text_is_named_with_its_line(tmp_path: Path) -> None:
    line = message(tmp_path, 'title = "某课"\ndifficulty = 2\nscript = simplified # 简体\n')
    assert 'line 3: text values need quotes: script = "simplified"' in line
    assert "line 1" not in line and "line 2" not in line


def test_a_quote_inside_the_text_is_escaped_in_the_hint(tmp_path: Path) -> None:
    assert r'title = "某 \"甲\" 课"' in message(tmp_path, 'title = 某 "甲" 课\n')


def test_other_toml_mistakes_keep_tomls_message(tmp_path: Path) -> None:
    line = message(tmp_path, 'title = "某课\n')
    assert "not valid TOML (" in line and "need quotes" not in line


def test_quoted_text_reads(tmp_path: Path) -> None:
    (tmp_path / "course.toml").write_text('title = "某某课程"\n', encoding="utf-8")
    assert load_settings(tmp_path).title == "某某课程"
