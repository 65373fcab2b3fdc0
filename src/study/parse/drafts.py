"""Drafts: the lists each rule finds, with positions, before they are nested into the outline."""

from __future__ import annotations

from dataclasses import dataclass

Pos = tuple[int, int]  # (paragraph index, offset in that paragraph)


@dataclass(frozen=True)
class DraftItem:
    """An item found by a rule: its marker, where its text starts and ends, and where its span ends."""

    marker: str
    start: Pos  # where the item (its marker) begins
    text_start: Pos  # where its text begins, after the marker
    text_end: int  # end offset of its own text in the paragraph text_start[0]
    end: Pos  # where the item's span ends: lists starting before this belong to it


@dataclass(frozen=True)
class DraftList:
    """A list found by a rule, before nesting."""

    style: str
    rule: str  # which rule found it: marker, paragraph, count, semicolon, series
    items: tuple[DraftItem, ...]
    lead: str | None
    announced: int | None
    evidence: tuple[str, ...] = ()  # why the rule believes this is a list, for `study parse --explain`
    notes: tuple[tuple[Pos, str], ...] = ()  # what the author should mend in the list (a numbering slip), and where

    @property
    def start(self) -> Pos:
        """Where the list's first item begins."""
        return self.items[0].start

    @property
    def end(self) -> Pos:
        """Where the list's last item's span ends."""
        return self.items[-1].end
