"""The outline builder: runs every rule, drops overlaps, nests lists under the items that hold them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from study.model import Document, EnumList, Item, Loc, Paragraph, Source
from study.parse.drafts import DraftItem, DraftList, Pos
from study.parse.inline import count_lists, semicolon_lists, series_lists
from study.parse.leads import headline
from study.parse.markers import Kind, Marker
from study.parse.paragraphs import paragraph_lists
from study.parse.sequence import marker_lists

MARKER_STRIP = " \u3000，,：:"

# the inline rules, in priority order: a later rule's list that overlaps an earlier one is dropped
INLINE_RULES: tuple[Callable[[tuple[Paragraph, ...]], Iterable[DraftList]], ...] = (
    count_lists,
    semicolon_lists,
    series_lists,
)


def parse(source: Source) -> Document:
    """Build the outline of a source's enumerations."""
    paragraphs = source.paragraphs
    drafts, stray, marked = marker_lists(paragraphs)
    drafts += paragraph_lists(paragraphs, marked)
    drafts += _inline(paragraphs, drafts)
    drafts.sort(key=lambda d: (d.start, _neg(d.end)))
    lists = _assemble(paragraphs, drafts)
    warnings = _count_warnings(paragraphs, drafts) + _stray_warnings(paragraphs, stray)
    return Document(source=source, lists=lists, warnings=tuple(warnings))


def _neg(pos: Pos) -> Pos:
    return (-pos[0], -pos[1])


def _span(draft: DraftList) -> tuple[Pos, Pos]:
    """From a list's first item to the end of its last item's own text."""
    last = draft.items[-1]
    return draft.start, (last.text_start[0], last.text_end)


def _overlaps(draft: DraftList, markers: list[DraftList], taken: list[DraftList]) -> bool:
    """True when an inline list spans a marker of a marker list, or shares text with an inline list taken."""
    start, end = _span(draft)
    if any(start <= item.start < end for other in markers for item in other.items):
        return True
    return any(start < _span(other)[1] and _span(other)[0] < end for other in taken)


def _is_lead_of(draft: DraftList, block: list[DraftList]) -> bool:
    """A count formulation that is the lead of a block list announces that list, it is no list itself."""
    return any(draft.lead and other.lead and draft.lead in other.lead for other in block)


def _inline(paragraphs: tuple[Paragraph, ...], block: list[DraftList]) -> list[DraftList]:
    """The inline rules' lists, minus those that overlap a marker list or an earlier inline list."""
    marker_drafts = [d for d in block if d.rule == "marker"]
    taken: list[DraftList] = []
    for rule in INLINE_RULES:
        for draft in rule(paragraphs):
            if _is_lead_of(draft, block) or _overlaps(draft, marker_drafts, taken):
                continue
            taken.append(draft)
    return taken


def _parent(draft: DraftList, drafts: list[DraftList]) -> tuple[int, int] | None:
    """(list index, item index) of the innermost item whose span holds the draft's start."""
    best: tuple[int, int] | None = None
    best_start: Pos = (-1, -1)
    for li, other in enumerate(drafts):
        if other is draft:
            continue
        for ii, item in enumerate(other.items):
            if item.start < draft.start < item.end and item.start > best_start:
                best, best_start = (li, ii), item.start
    return best


def _assemble(paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]) -> tuple[EnumList, ...]:
    """Nest the drafts and build the immutable outline, with keys and labels from the root."""
    children: dict[tuple[int, int] | None, list[int]] = {}
    for li, draft in enumerate(drafts):
        children.setdefault(_parent(draft, drafts), []).append(li)
    return _build_lists(paragraphs, drafts, children, None, "", "")


def _build_lists(
    paragraphs: tuple[Paragraph, ...],
    drafts: list[DraftList],
    children: dict[tuple[int, int] | None, list[int]],
    parent: tuple[int, int] | None,
    key: str,
    label: str,
) -> tuple[EnumList, ...]:
    """The lists under one parent item (or the root), in document order."""
    built = []
    for j, li in enumerate(children.get(parent, []), 1):
        draft = drafts[li]
        list_key = f"{key}/{j}" if key else str(j)
        items = tuple(
            _build_item(paragraphs, drafts, children, (li, ii), f"{list_key}.{ii + 1}", label, d_item, ii)
            for ii, d_item in enumerate(draft.items)
        )
        built.append(EnumList(draft.style, draft.lead, draft.announced, items, list_key, _loc(paragraphs, draft.start)))
    return tuple(built)


def _build_item(
    paragraphs: tuple[Paragraph, ...],
    drafts: list[DraftList],
    children: dict[tuple[int, int] | None, list[int]],
    at: tuple[int, int],
    key: str,
    parent_label: str,
    d_item: DraftItem,
    index: int,
) -> Item:
    """One immutable item with the lists nested under it."""
    para = paragraphs[d_item.start[0]]
    marker = para.text[d_item.start[1] : d_item.text_start[1]].strip(MARKER_STRIP)
    text = para.text[d_item.text_start[1] : d_item.text_end].strip(MARKER_STRIP + "；;。")
    label = parent_label + (marker or f"[{index + 1}]")
    lists = _build_lists(paragraphs, drafts, children, at, key, label)
    return Item(marker, headline(text), text, key, label, _loc(paragraphs, d_item.start), lists)


def _loc(paragraphs: tuple[Paragraph, ...], pos: Pos) -> Loc:
    """The source location of a position."""
    loc = paragraphs[pos[0]].loc
    return Loc(loc.path, loc.line, loc.para)


def _count_warnings(paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]) -> list[str]:
    """One warning per list whose announced count differs from the items found."""
    return [
        f"line {_loc(paragraphs, d.start).line}: '{d.lead}' announces {d.announced}, found {len(d.items)} items"
        for d in drafts
        if d.announced is not None and d.announced != len(d.items)
    ]


def _stray_warnings(paragraphs: tuple[Paragraph, ...], stray: list[Marker]) -> list[str]:
    """One warning per heading marker that continues no numbering (skipped or repeated numbers)."""
    return [
        f"line {paragraphs[m.para].loc.line}: marker '{m.text}' does not continue any numbering"
        for m in stray
        if m.at_start and m.rule.kind is Kind.HEADING
    ]
