"""Helpers for parser tests: make a Source straight from made-up paragraphs, without the reader."""

from __future__ import annotations

import pytest

from study.model import Document, EnumList, Loc, Meta, Paragraph, Source, walk
from study.parse import parse
from study.script import simplify


def make_source(text: str, path: str = "snippet.txt") -> Source:
    """A Source whose paragraphs are the non-empty lines of `text`."""
    lines = [line.strip() for line in text.strip().splitlines()]
    paragraphs = tuple(
        Paragraph(line, simplify(line), Loc(path, n, i))
        for i, (n, line) in enumerate((n, line) for n, line in enumerate(lines, 1) if line)
    )
    return Source(path, "snippet", None, Meta(), "simplified", paragraphs)


def outline(text: str) -> Document:
    """Parse made-up text."""
    return parse(make_source(text))


def flat(doc: Document) -> list[EnumList]:
    """Every list of a document, parents first."""
    return [lst for _, lst in walk(doc.lists)]


def heads(lst: EnumList) -> list[str]:
    """The heads of a list's items."""
    return [item.head for item in lst.items]


@pytest.fixture
def parse_text():
    """The parse-made-up-text function, as a fixture."""
    return outline
