"""`study parse --explain`: why each list was kept (its rule and evidence) and which candidates lost."""

from __future__ import annotations

from study.model import Paragraph, Source
from study.parse.drafts import DraftList
from study.parse.outline import parse_explained

PREVIEW = 12  # characters of each item shown


def _where(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> str:
    """The source line a candidate starts on."""
    return f"line {paragraphs[draft.start[0]].loc.line}"


def _items(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> str:
    """The candidate's items, each by its marker and first characters."""
    shown = []
    for item in draft.items:
        para, start = item.text_start
        shown.append(f"{item.marker}{paragraphs[para].text[start : start + PREVIEW]}")
    return " / ".join(shown)


def _evidence(draft: DraftList) -> list[str]:
    """The rule's own evidence, plus what every list may show: its lead and whether its count matches."""
    found = list(draft.evidence)
    if draft.lead:
        found.append(f"lead: {draft.lead}")
    if draft.announced is not None:
        agrees = "matches" if draft.announced == len(draft.items) else "does NOT match"
        found.append(f"announced count {draft.announced} {agrees} {len(draft.items)} items")
    return found


def explain(source: Source) -> str:
    """The kept lists with their evidence, then the refused candidates with the reason, in document order."""
    paragraphs = source.paragraphs
    _, resolution = parse_explained(source)
    lines = ["kept:"]
    for draft in sorted(resolution.kept, key=lambda d: d.start):
        lines.append(f"  {_where(paragraphs, draft)} <{draft.style}> by {draft.rule}: {_items(paragraphs, draft)}")
        lines.extend(f"      {line}" for line in _evidence(draft))
    lines.append("refused:")
    for refusal in sorted(resolution.refused, key=lambda r: r.draft.start):
        draft = refusal.draft
        lines.append(f"  {_where(paragraphs, draft)} <{draft.style}> by {draft.rule}: {_items(paragraphs, draft)}")
        lines.append(f"      refused: {refusal.reason}")
    return "\n".join(lines)
