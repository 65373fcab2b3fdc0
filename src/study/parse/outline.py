"""PLACEHOLDER outline builder (replaced by the real one)."""

from __future__ import annotations

from study.model import Document, Source


def parse(source: Source) -> Document:
    """Build the outline of a source."""
    return Document(source=source, lists=())
