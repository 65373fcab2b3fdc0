"""What a reader of a binary or packaged file (.docx, .pdf, .mhtml) hands on: lines, and the file's own
title and date for when the text has none."""

from __future__ import annotations

from dataclasses import dataclass

from study.read.lines import Line


@dataclass(frozen=True)
class Extracted:
    """The text lines a file's reader found, and the title and date its properties give (fallbacks)."""

    format: str
    lines: tuple[Line, ...]
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
