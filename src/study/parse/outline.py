"""The outline builder: runs every rule, drops overlaps, nests lists under the items that hold them."""

from __future__ import annotations

import re
from dataclasses import replace

from study.model import HEADING_LEVELS, Document, EnumList, Item, Loc, Paragraph, Source
from study.parse.detectors import INLINE_RULE_NAMES, Scene
from study.parse.drafts import DraftItem, DraftList, Pos
from study.parse.leads import HEAD_LIMIT, headline
from study.parse.markers import Kind, Marker, without_ornaments
from study.parse.resolve import Resolution, resolve
from study.parse.sequence import ItemSpans
from study.parse.summaries import with_summary_count
from study.parse.topics import with_topics

MARKER_STRIP = " \u3000，,：:"


def parse(source: Source) -> Document:
    """Build the outline of a source's enumerations."""
    return parse_explained(source)[0]


def parse_explained(source: Source) -> tuple[Document, Resolution]:
    """The outline of a source's enumerations, with the resolver's kept and refused candidates."""
    paragraphs = source.paragraphs
    scene = Scene(paragraphs, title=source.title)
    resolution = resolve(scene)
    kept = [with_summary_count(paragraphs, draft) for draft in resolution.kept]
    drafts = _heading_led(paragraphs, sorted(kept, key=lambda d: (d.start, _neg(d.end))))
    lists = with_topics(source, _assemble(paragraphs, drafts))
    stray = scene.numbered[1]
    warnings = _count_warnings(paragraphs, drafts) + _note_warnings(paragraphs, drafts)
    warnings += _stray_warnings(paragraphs, stray)
    return Document(source=source, lists=lists, warnings=tuple(warnings)), resolution


# a day's date, in digits or in hanzi (2024年6月6日, 一九九〇年三月十二日)
DATELINE = re.compile(
    r"\d{1,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{2,4}年[一二三四五六七八九十]{1,3}月"
)
SENTENCE_ENDS = tuple("。！？!?；;：:，,")


def _heading_led(paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]) -> list[DraftList]:
    """Lists without a lead right under a lone heading line with no number (## 新时代的任务, a bare line of a
    plain text), led by that heading: no item around them gives their points a context, the heading does. A
    heading that is an item of a list, or stands inside one, has its parent item instead (numbered headings
    lead in sequence._headed)."""
    spans = ItemSpans([(item.start, item.end) for d in drafts for item in d.items])  # asked in a logarithmic time
    starts = {item.start[0] for d in drafts for item in d.items}
    return [_led_by_heading(paragraphs, d, spans, starts) for d in drafts]


def _led_by_heading(
    paragraphs: tuple[Paragraph, ...], draft: DraftList, spans: ItemSpans, starts: set[int]
) -> DraftList:
    """The draft led by the lone unnumbered heading line right above it, or the draft as it was."""
    para, at = draft.start
    if draft.lead is not None or at != 0 or para == 0 or draft.rule in INLINE_RULE_NAMES:
        return draft
    heading = para - 1
    text = paragraphs[heading].text.strip(" \u3000")
    if heading in starts or spans.hold((heading, 0)):
        return draft
    if not _heading_line(paragraphs[heading], text):
        return draft
    return replace(draft, lead=text, evidence=(*draft.evidence, "led by the heading line over it"))


def _heading_line(paragraph: Paragraph, text: str) -> bool:
    """True when a paragraph is a short heading: marked as one by the reader, or a bare line with no mark."""
    if not text or len(text) > HEAD_LIMIT or text.endswith(SENTENCE_ENDS):
        return False
    if text[0] in "（(〔[【" and text[-1] in "）)〕]】":
        return False  # an aside on a line of its own (（一九九〇年三月十二日通过）): a dateline or a note, no heading
    if DATELINE.search(text):
        return False  # a dateline (2024年6月6日第3次会议): when and where, no heading
    return paragraph.level in HEADING_LEVELS or not any(mark in text for mark in SENTENCE_ENDS)


def _neg(pos: Pos) -> Pos:
    return (-pos[0], -pos[1])


def _parents(drafts: list[DraftList]) -> list[tuple[int, int] | None]:
    """For each draft, (list index, item index) of the innermost item whose span holds its start.

    A sweep in document order with a stack of open item spans: the stack's top is the innermost.
    """
    # at one position the longer span opens first (a list before its own first item, a bullet item before a series
    # that opens its text: 国家、合作社和个人：三者… belongs to that item), so the stack holds the innermost on top
    events: list[tuple[Pos, Pos, int, int, int]] = [(d.start, _later(d.end), 0, li, -1) for li, d in enumerate(drafts)]
    events += [
        (item.start, _later(item.end), 1, li, ii) for li, d in enumerate(drafts) for ii, item in enumerate(d.items)
    ]
    events.sort()
    parents: list[tuple[int, int] | None] = [None] * len(drafts)
    stack: list[tuple[Pos, int, int]] = []  # (end, list index, item index)
    for pos, _, kind, li, ii in events:
        while stack and stack[-1][0] <= pos:
            stack.pop()
        if kind == 0:
            parents[li] = (stack[-1][1], stack[-1][2]) if stack else None
        else:
            stack.append((drafts[li].items[ii].end, li, ii))
    return parents


def _later(end: Pos) -> Pos:
    """A sort key that puts a later end first."""
    return (-end[0], -end[1])


def _block_level(
    parent: tuple[int, int] | None, parents: list[tuple[int, int] | None], drafts: list[DraftList]
) -> tuple[int, int] | None:
    """The nearest enclosing item that begins a paragraph: a formulation or series inside a sentence
    belongs to the point the paragraph makes, not to a 首先/其次 clause around it. When no paragraph-level
    point holds it, the clause it stands in is the best parent (…另一方面，突出的景象是：A；B；C)."""
    inner, climbing = parent, parent
    while climbing is not None and drafts[climbing[0]].items[climbing[1]].start[1] > 0:
        climbing = parents[climbing[0]]
    return climbing if climbing is not None else inner


def _assemble(paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]) -> tuple[EnumList, ...]:
    """Nest the drafts and build the immutable outline, with keys and labels from the root."""
    parents = _parents(drafts)
    children: dict[tuple[int, int] | None, list[int]] = {}
    for li, parent in enumerate(parents):
        if drafts[li].rule in INLINE_RULE_NAMES:
            parent = _block_level(parent, parents, drafts)
        children.setdefault(parent, []).append(li)
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
    para = paragraphs[d_item.text_start[0]]  # the item's text: its number may stand alone on the line above
    above = d_item.start[0] != d_item.text_start[0]
    line = paragraphs[d_item.start[0]].text
    written = line[d_item.start[1] : None if above else d_item.text_start[1]].strip(MARKER_STRIP)
    # 🔴一是 is 一是, ▍ over a heading dresses it; a bullet's sign (▶, ★) is the marker its detector names
    marker = without_ornaments(written) or (written if d_item.marker else "")
    text = without_ornaments(para.text[d_item.text_start[1] : d_item.text_end]).strip(MARKER_STRIP + "；;。")
    label = parent_label + (marker or f"[{index + 1}]")
    lists = _build_lists(paragraphs, drafts, children, at, key, label)
    inner = children.get(at)
    head_end = _first_inner_marker(drafts, inner, d_item) if inner else None
    head = headline(para.text[d_item.text_start[1] : head_end].strip(MARKER_STRIP + "；;。")) if head_end else None
    head = _clean_head(head or headline(text))
    text = EXAM_TAG.sub("", text)
    lists = tuple(replace(lst, lead=None) if _echoes(lst.lead, marker, head, text) else lst for lst in lists)
    return Item(marker, head, text, key, label, _loc(paragraphs, d_item.text_start), lists)


ECHO_STRIP = MARKER_STRIP + "。.；;"

# an exam syllabus tags each point with the level it is examined at ([识记] [领会] [应用], （了解）, and a converter's
# broken (识记]): the tag is the syllabus's note on the point, no word of it
EXAM_LEVELS = "识记|领会|理解|了解|掌握|熟悉|简单应用|综合应用|应用"
EXAM_TAG = re.compile(rf"[ \u3000]*[\[【［（(][ \u3000]*(?:{EXAM_LEVELS})[ \u3000]*[\]】］）)]")
# a heading line the text after it explains closes with a dash (必须充分挖掘经济潜能——): the dash points on, no
# word of the head
CLOSING_DASH = re.compile(r"[ \u3000]*(?:——|—|--|－－|:-)[ \u3000]*$")


def _clean_head(head: str) -> str:
    """An item's head without an exam tag or the dash a heading line closes with."""
    return CLOSING_DASH.sub("", EXAM_TAG.sub("", head)).strip(MARKER_STRIP) or head


def _echoes(lead: str | None, marker: str, head: str, text: str) -> bool:
    """True when a list's lead only repeats the item it hangs under, marker and all ((三)主要目标。 under
    （三）主要目标): the item already says what the list is about, the lead adds nothing."""
    if not lead:
        return False
    said = lead.strip(ECHO_STRIP)
    said = said[len(marker) :].strip(ECHO_STRIP) if marker and said.startswith(marker) else said
    return said in (head.strip(ECHO_STRIP), text.strip(ECHO_STRIP))


def _first_inner_marker(drafts: list[DraftList], inner: list[int], d_item: DraftItem) -> int | None:
    """Where the first marker list nested in an item begins inside the item's own paragraph ((2)A ①B ②C): the
    item's head ends there, its sub-items are no part of it. None when no such list begins in that paragraph."""
    para, begin = d_item.text_start
    starts = [
        drafts[li].start[1]
        for li in inner
        if drafts[li].rule == "marker" and drafts[li].start[0] == para and begin < drafts[li].start[1] < d_item.text_end
    ]
    return min(starts, default=None)


def _loc(paragraphs: tuple[Paragraph, ...], pos: Pos) -> Loc:
    """The source location of a position: its paragraph's (an immutable Loc, shared)."""
    return paragraphs[pos[0]].loc


def _count_warnings(paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]) -> list[str]:
    """One warning per list whose announced count differs from the items found."""
    return [
        f"line {_loc(paragraphs, d.start).line}: '{d.lead}' announces {d.announced}, found {len(d.items)} items"
        for d in drafts
        if d.announced is not None and d.announced != len(d.items)
    ]


def _note_warnings(paragraphs: tuple[Paragraph, ...], drafts: list[DraftList]) -> list[str]:
    """The kept lists' notes to the author (a slip in a list's numbering), each at its line."""
    return [f"line {_loc(paragraphs, pos).line}: {note}" for d in drafts for pos, note in d.notes]


def _stray_warnings(paragraphs: tuple[Paragraph, ...], stray: list[Marker]) -> list[str]:
    """One warning per marker opening a paragraph that continues no numbering (a number far past the list's,
    repeated numbers): its point is in no list. A 最后 opening a paragraph is as often the speaker's 'finally'."""
    return [
        f"line {paragraphs[m.para].loc.line}: marker '{m.text}' does not continue any numbering"
        for m in stray
        if m.at_start and (m.rule.kind is Kind.HEADING or m.n is not None)
    ]
