"""The resolver: runs the detector table in priority order and keeps a consistent set of lists.

A block list is refused when one of its items begins where an item of a list already kept begins (two
readings of the same point); an inline list is refused when it spans a marker, overlaps an inline list
already kept in its paragraph, or is the lead of a block list. A marker list that the sections after it
repeat point by point gives way to them (repeats.py). Every refusal is kept with its reason, for
`study parse --explain`.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace

from study.parse.detectors import DETECTORS, Detector, Scene
from study.parse.drafts import DraftList, Pos
from study.parse.repeats import without_announced_copies


@dataclass(frozen=True)
class Refusal:
    """A candidate list the resolver did not keep, and why."""

    draft: DraftList
    reason: str


@dataclass
class _Spans:
    """The spans of the inline lists kept in one paragraph. Kept spans never overlap, so the ones with text,
    sorted by start, end in order too: the one starting last before a span's end is the only one to check.
    Spans without text (start at or after end) are kept apart and checked one by one (none in practice)."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    others: list[tuple[int, int]] = field(default_factory=list)

    def add(self, start: int, end: int) -> None:
        """Record a kept span."""
        if end <= start:
            self.others.append((start, end))
            return
        at = bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def cover(self, start: int, end: int) -> None:
        """Record a kept span that holds spans kept before it (a list nesting them in one of its items), in
        their place: the spans stay disjoint. A span inside one kept already adds nothing."""
        if any(s <= start and end <= e for s, e in zip(self.starts, self.ends, strict=True)):
            return
        inner = [i for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True)) if start <= s and e <= end]
        for i in reversed(inner):
            del self.starts[i], self.ends[i]
        self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a kept span overlaps start..end (start < its end and its start < end)."""
        before = bisect_left(self.starts, end) - 1  # the kept span with text that starts last before `end`
        if before >= 0 and start < self.ends[before]:
            return True
        return any(start < e and s < end for s, e in self.others)


@dataclass
class _Claims:
    """What the kept lists occupy (internal, grows while resolving)."""

    item_starts: set[Pos] = field(default_factory=set)
    # sorted per paragraph, and searched by bisection: a paragraph may hold thousands of markers and of inline
    # lists, and a scan of them all for every candidate is quadratic
    marker_starts: dict[int, list[int]] = field(default_factory=dict)
    leads: dict[int, list[DraftList]] = field(default_factory=dict)  # block lists by their lead's paragraph
    inline_spans: dict[int, _Spans] = field(default_factory=dict)
    inline_kept: dict[int, list[DraftList]] = field(default_factory=dict)  # the inline lists, by paragraph
    unled: list[DraftList] = field(default_factory=list)  # block lists whose lead's count an inline series owns

    def keep_block(self, draft: DraftList) -> None:
        """Record a kept block list's item starts, marker positions and lead."""
        for item in draft.items:
            self.item_starts.add(item.start)
            if draft.rule == "marker":
                insort(self.marker_starts.setdefault(item.start[0], []), item.start[1])
        if draft.lead:
            para = draft.start[0] - (1 if draft.start[1] == 0 else 0)
            self.leads.setdefault(para, []).append(draft)

    def block_conflict(self, draft: DraftList) -> str | None:
        """Why a block list cannot be kept, or None."""
        shared = [item.start for item in draft.items if item.start in self.item_starts]
        return f"{len(shared)} of its items are already items of a kept list" if shared else None

    def inline_conflict(self, draft: DraftList) -> str | None:
        """Why an inline list cannot be kept, or None."""
        para, start, end = draft.start[0], draft.start[1], draft.items[-1].text_end
        owner = next((b for b in self.leads.get(para, []) if draft.lead and draft.lead in (b.lead or "")), None)
        if owner is not None and not _owns_count(draft, owner):
            return "it is the lead of a block list"
        markers = self.marker_starts.get(para, [])
        at = bisect_left(markers, start)
        if at < len(markers) and markers[at] < end:
            return "it spans a numbered marker"
        spans = self.inline_spans.get(para)
        if spans is not None and spans.overlaps(start, end) and not self._nests(draft):
            return "it overlaps an inline list already kept"
        return None

    def _nests(self, draft: DraftList) -> bool:
        """True when every kept inline list the draft overlaps lies inside one of its items, or it inside
        one of theirs (坚持A、B两大主题，坚持C，坚持D: the count's series is the first clause's words)."""
        span = _span(draft)
        others = [k for k in self.inline_kept.get(draft.start[0], []) if _overlap(_span(k), span)]
        return bool(others) and all(_inside(draft, k) or _inside(k, draft) for k in others)

    def keep_inline(self, draft: DraftList) -> None:
        """Record a kept inline list's span, and the block list whose lead's count it takes."""
        spans = self.inline_spans.setdefault(draft.start[0], _Spans())
        start, end = _span(draft)
        spans.cover(start, end)  # added, or around those it nests with (_nests)
        self.inline_kept.setdefault(draft.start[0], []).append(draft)
        leads = self.leads.get(draft.start[0], [])
        self.unled += [b for b in leads if draft.lead and draft.lead in (b.lead or "") and b not in self.unled]


def _span(draft: DraftList) -> tuple[int, int]:
    """Where an inline list lies in its paragraph: from its start to its last item's text end."""
    return draft.start[1], draft.items[-1].text_end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(inner: DraftList, outer: DraftList) -> bool:
    """True when an inline list lies within the text of one item of another in its paragraph."""
    start, end = _span(inner)
    para = inner.start[0]
    return any(
        item.text_start[0] == para and item.text_start[1] <= start and end <= item.text_end for item in outer.items
    )


def _owns_count(series: DraftList, block: DraftList) -> bool:
    """True when a count in a block list's lead is the count of the series inside that sentence
    (…体现在A、B、C和D四个方面。 then 一、… 二、…): the series has exactly as many items, the block not."""
    agrees = series.announced is not None and series.announced == len(series.items)
    return agrees and block.announced != len(block.items)


def _unled(draft: DraftList) -> DraftList:
    """A block list without the lead whose count belongs to a series inside it."""
    note = "its lead's count belongs to the series inside that sentence"
    return replace(draft, lead=None, announced=None, evidence=(*draft.evidence, note))


@dataclass(frozen=True)
class Resolution:
    """The lists kept (in the table's order of detectors) and the candidates refused."""

    kept: list[DraftList]
    refused: list[Refusal]


def _offer(detector: Detector, draft: DraftList, claims: _Claims) -> str | None:
    """Offer one candidate: None when it is kept (and claimed), else the reason it is refused."""
    reason = claims.inline_conflict(draft) if detector.inline else claims.block_conflict(draft)
    if reason is None:
        (claims.keep_inline if detector.inline else claims.keep_block)(draft)
    return reason


def resolve(scene: Scene) -> Resolution:
    """Run every detector on the scene, in priority order, keeping the lists that do not conflict."""
    claims = _Claims()
    kept: list[DraftList] = []
    refused: list[Refusal] = []
    for detector in DETECTORS:
        for draft in list(detector.find(scene)):
            reason = _offer(detector, draft, claims)
            if reason is None:
                kept.append(draft)
                if not detector.inline:
                    scene.accepted.append(draft)
            else:
                refused.append(Refusal(draft, reason))
    refused += [Refusal(draft, reason) for draft, reason in scene.numbered[3]]  # dropped before the table
    kept = [_unled(d) if any(d is u for u in claims.unled) else d for d in kept]
    kept, copies = without_announced_copies(scene.paragraphs, kept)
    refused += [Refusal(draft, "sections after it repeat its points, and keep its lead") for draft in copies]
    return Resolution(kept, refused)
