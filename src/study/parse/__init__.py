"""Parsing: a Source's paragraphs → a Document with its outline of enumerations."""

from __future__ import annotations

from study.parse.outline import parse

__all__ = ["parse"]
