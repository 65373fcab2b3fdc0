"""Parsing: a Source's paragraphs → a Document with its outline of enumerations."""

from __future__ import annotations

from pathlib import Path

from study.model import Document
from study.parse.outline import parse
from study.read import read_source

__all__ = ["load_document", "parse"]


def load_document(path: Path) -> Document:
    """Read and parse one source file; a user's mistake raises StudyError."""
    return parse(read_source(path))
