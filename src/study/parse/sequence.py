"""Marker lists: numbering continuity over the markers of the whole document, with a stack of open lists."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise

from study.model import Paragraph
from study.parse.counts import COUNT_DIGITS, NUMERAL, announced_count
from study.parse.drafts import DraftItem, DraftList, Pos
from study.parse.headings import markup_heading, plain_heading
from study.parse.leads import HEAD_LIMIT, broken_inside_sentence, ends_with_colon, last_sentence, lead_before
from study.parse.markers import Kind, Marker, as_letter, find_markers
from study.parse.numerals import number
from study.parse.quiz import quiz_choices

# the depth at which the genre sets each numbered family (一、 for parts, （一） within them, then 1., （1）, ①)
# (【一】 and 01, a phone-made page's numbered sections, stand where 一、 does)
LEVEL_OF = {
    "壹、": 0,
    "一、": 1,
    "【一】": 1,
    "01": 1,
    "（一）": 2,
    "一)": 2,
    "1.": 3,
    "1、": 3,
    "1️⃣": 3,
    "【1】": 3,
    "（1）": 4,
    "1)": 4,
    "①": 5,
    "⑴": 5,
}
LOOKAHEAD = 3  # paragraphs a sentence-marker list may pause for before its numbering goes on
SKIP_MAX = 2  # numbers a slip may skip (一是, 二是, 四是: a typo; the points after it are still the list's)


@dataclass
class _Open:
    """A list being built (internal and mutable; closed lists become frozen DraftLists)."""

    first: Marker
    markers: list[Marker] = field(default_factory=list)
    notes: list[tuple[Pos, str]] = field(default_factory=list)  # the slips in its numbering, for the author
    held: tuple[int, int] | None = None  # (items, number): a misnumbered last item leaves the numbering where it was

    @property
    def last_n(self) -> int:
        """The number of the list's last item (最后 counts as the one after the item before it; a misnumbered
        one as the number before it)."""
        if self.held is not None and self.held[0] == len(self.markers):
            return self.held[1]
        return self.markers[-1].n or len(self.markers)

    @property
    def inline(self) -> bool:
        """True when the list begins inside a paragraph rather than at its start."""
        return not self.first.at_start

    def accepts(self, marker: Marker) -> bool:
        """True when the marker is this list's next item: same family, next number (or 最后), or the
        same first marker again in the same paragraph (一是…，一是…: authors who repeat the ordinal)."""
        if not marker.continues(self.first.rule.group) or marker.section != self.first.section:
            return False  # 2.3 never continues the list of 1.1 and 1.2
        if marker.n == self.last_n + 1 or (marker.n is None and self.next_of_some(marker)):
            return True
        return self.repeats(marker)

    def next_of_some(self, marker: Marker) -> bool:
        """True when a word for the next point (最后, 另一点) has items enough before it to follow, the last of
        them numbered: it is no next of another such word (另一点…，另一点…)."""
        return len(self.markers) >= marker.rule.next_after and self.markers[-1].n is not None

    def repeats(self, marker: Marker) -> bool:
        """True when the marker repeats the list's only ordinal, 1, in the paragraph the list began in; after
        a colon it opens a list of its own inside the first item (一是A，其中有三件大事：一是…，二是…)."""
        first = self.first
        same = marker.text == first.text and marker.para == first.para and first.rule.repeats
        return marker.n == 1 and self.last_n == 1 and same and not marker.after_colon


@dataclass
class _Builder:
    """Walks the markers in document order and closes lists as the numbering dictates."""

    paragraphs: tuple[Paragraph, ...]
    starts: dict[int, Marker]  # the marker that begins each paragraph, if any
    stack: list[_Open] = field(default_factory=list)
    done: list[DraftList] = field(default_factory=list)
    stray: list[Marker] = field(default_factory=list)  # markers that continue nothing
    closed: dict[str, int] = field(default_factory=dict)  # group → last number of its latest closed list
    successor: dict[Pos, int | None] = field(default_factory=dict)  # a heading marker → its family's next one
    following: dict[Pos, int | None] = field(default_factory=dict)  # a marker → the next one of its group's number

    def close_above(self, depth: int, at: Pos) -> None:
        """Close every open list above stack index `depth` (exclusive)."""
        while len(self.stack) > depth:
            self.done.append(self.finish(self.stack.pop(), at))

    def finish(self, open_list: _Open, at: Pos) -> DraftList:
        """Turn an open list into a draft: item spans end where the next item or the closing event is."""
        markers = open_list.markers
        self.closed[open_list.first.rule.group] = open_list.last_n
        at = self.last_span_end(markers, at)
        items = []
        for k, marker in enumerate(markers):
            end = (markers[k + 1].para, markers[k + 1].start) if k + 1 < len(markers) else at
            text_end = end[1] if end[0] == marker.para else len(self.paragraphs[marker.para].text)
            if k + 1 == len(markers):
                text_end = self.before_courtesy(markers, text_end)
            items.append(
                DraftItem(
                    marker.text, (marker.para, marker.start), (marker.para, marker.end), max(text_end, marker.end), end
                )
            )
        lead = lead_before(self.paragraphs, open_list.first, self.enclosing_start(open_list.first))
        count = announced_count(lead)
        if lead is None and (counted := _label_counted(self.paragraphs, open_list.first)):
            lead, count = counted
        if count is None and open_list.first.rule.group == OCCASIONS and (said := _occasions(lead)):
            count = said
        notes = tuple(open_list.notes)
        evidence = (*_numbering(markers, bool(notes)), *(note for _, note in notes))
        return DraftList(open_list.first.text, "marker", tuple(items), lead, count, evidence, notes)

    def last_span_end(self, markers: list[Marker], at: Pos) -> Pos:
        """Where the last item's span ends: at the close, except in a run of points of one sentence each, one
        paragraph each ((1)A；(2)B；(3)C。, a table of chapters): the last point is one sentence too, so what
        follows it is no part of it, unless it announces what follows (a colon) or a sub-list opens right after."""
        last = markers[-1]
        after = last.para + 1
        if len(markers) < 2 or at <= (after, 0) or not all(m.at_start for m in markers):
            return at
        if any(later.para != before.para + 1 for before, later in pairwise(markers)):
            return at
        texts = [self.paragraphs[m.para].text[m.end :] for m in markers]
        if not all(_one_sentence(text) for text in texts) or ends_with_colon(texts[-1]) or after in self.starts:
            return at
        return (after, 0)

    def before_courtesy(self, markers: list[Marker], text_end: int) -> int:
        """Where the last item's text ends: before a speaker's courtesy that closes the sentence (一是A，二是B，
        不妥之处，敬请批评指正), which is the speaker's word about the talk, no part of the point."""
        last = markers[-1]
        found = _COURTESY.search(self.paragraphs[last.para].shadow, last.end, text_end)
        return found.start() if found and found.start() - last.end >= 2 else text_end

    def enclosing_start(self, first: Marker) -> int:
        """Where the text of the item around a list begins in the list's first paragraph: after the marker of
        the open list below it (the list was popped) when that marker stands earlier in the same paragraph."""
        around = self.stack[-1].markers[-1] if self.stack else None
        if around is None or around.para != first.para or around.end > first.start:
            return 0
        return around.end

    def on_marker(self, marker: Marker) -> None:
        """Continue the list the marker's numbering continues, or open a new one at 1."""
        # (i) after (h) is the ninth letter, not a first roman numeral, unless a (ii) follows it: (h)…包括：(i)…(ii)…
        letter = as_letter(marker)
        roman = self.successor.get((marker.para, marker.start)) == 2
        if letter is not None and not roman and self.taker(letter) is not None:
            marker = letter
        depth = self.taker(marker)
        if depth is not None:
            self.close_above(depth + 1, (marker.para, marker.start))
            self.stack[depth].markers.append(marker)
            return
        if marker.n != 1 and not self.numbering_runs_on(marker):
            if self.take_slip(marker):
                return
            self.close_deeper(marker)
            self.stray.append(marker)
            return
        for depth, open_list in enumerate(self.stack):
            if open_list.first.rule.group == marker.rule.group:
                if not self.resumes_after(open_list) and not self.nests_in_top(marker, depth):
                    self.close_above(depth, (marker.para, marker.start))  # a new list of the same family
                break  # … or, when the open list's next number comes after it, a list inside its item
        self.stack.append(_Open(marker, [marker]))

    def slip_taker(self, marker: Marker) -> int | None:
        """The stack index of the open list whose numbering the marker slips in: the innermost list of its
        family, when the marker opens its paragraph as the list's last item did and either skips a number or
        two (二是, 四是) or, misnumbered past the list's number, is followed by the list's next one (四是, 八是, 五是;
        a number below it, 5. then 3. 4. then 6., is a run of its own, as cited articles). A typo in a real
        document: the point is still the list's point, and the author is told."""
        if marker.n is None or marker.n == 1:
            return None  # a 1 opens a list of its own
        for depth in range(len(self.stack) - 1, -1, -1):
            open_list = self.stack[depth]
            if marker.continues(open_list.first.rule.group) and marker.section == open_list.first.section:
                if open_list.markers[-1].at_start != marker.at_start:
                    return None
                reached = open_list.last_n
                goes_on = marker.n >= reached and self.following.get((marker.para, marker.start)) == reached + 1
                return depth if goes_on or 0 < marker.n - reached - 1 <= SKIP_MAX else None
        return None

    def take_slip(self, marker: Marker) -> bool:
        """Take a marker that slips in an open list's numbering as its next item, noting the slip."""
        depth = self.slip_taker(marker)
        if depth is None or marker.n is None:
            return False
        self.close_above(depth + 1, (marker.para, marker.start))
        open_list = self.stack[depth]
        reached, last = open_list.last_n, open_list.markers[-1].text
        open_list.markers.append(marker)
        if self.following.get((marker.para, marker.start)) == reached + 1:
            open_list.held = (len(open_list.markers), reached)
            said = f"numbering expects {reached + 1}"
        else:
            said = f"numbering skips {'–'.join(str(n) for n in sorted({reached + 1, marker.n - 1}))}"
        open_list.notes.append(((marker.para, marker.start), f"{marker.text} follows {last}: {said}"))
        return True

    def close_deeper(self, marker: Marker) -> None:
        """Close the open lists of deeper families than a stray heading marker that opens a paragraph: the genre
        numbers its levels 一、 > （一） > 1. > （1） > ①, so a 三、 that continues no numbering (a document cut out
        of a longer one begins inside 二、) still ends the (10)'s item before it. A list that begins, 一、 inside
        a 1、 (a quiz's answer) or （二） inside a 3., nests as it comes: authors invert the levels."""
        mine = LEVEL_OF.get(marker.rule.group)
        if not marker.at_start or marker.rule.kind is not Kind.HEADING or mine is None:
            return
        while self.stack and (LEVEL_OF.get(self.stack[-1].first.rule.group) or 0) > mine:
            self.done.append(self.finish(self.stack.pop(), (marker.para, marker.start)))

    def nests_in_top(self, marker: Marker, depth: int) -> bool:
        """True when a first marker whose family an older list below the innermost one also numbers belongs
        inside the innermost list's item: the genre numbers its levels 一、 > （一） > 1. > （1） > ①, and a
        deeper family than the innermost list's opens a sub-list there ((1)A。(2)B。 / 1.导火线 2.经过 (1)第一阶段
        …: closing the older (1) list would close the 1. list with it, splitting it in two)."""
        if depth == len(self.stack) - 1:
            return False
        top = LEVEL_OF.get(self.stack[-1].first.rule.group)
        mine = LEVEL_OF.get(marker.rule.group)
        return top is not None and mine is not None and mine > top

    def taker(self, marker: Marker) -> int | None:
        """The stack index of the open list the marker continues: the innermost that accepts it, except that
        a marker opening its paragraph goes on with a list of its own words that opened paragraphs rather
        than with one of kindred words begun inside a sentence of its item (第一，…，首先是A。/ 第二，…: 首先
        accepts 第二, but 第二 numbers 第一's sibling; a 其次 there would still go on with the 首先)."""
        takers = [depth for depth in range(len(self.stack) - 1, -1, -1) if self.stack[depth].accepts(marker)]
        if not takers:
            return None
        inner = self.stack[takers[0]]
        if marker.at_start and inner.inline and inner.first.rule.group != marker.rule.group:
            return next((d for d in takers if self.own_paragraph_list(d, marker)), takers[0])
        return takers[0]

    def own_paragraph_list(self, depth: int, marker: Marker) -> bool:
        """True when the open list at `depth` opened a paragraph with a marker of the marker's own group."""
        open_list = self.stack[depth]
        return not open_list.inline and open_list.first.rule.group == marker.rule.group

    def resumes_after(self, open_list: _Open) -> bool:
        """True when the open list's next number opens a later paragraph, past a run numbered below it
        (5. …, then answers 1. 2. in the same family, then 6.): that run is inside its item."""
        last = open_list.markers[-1]
        return last.at_start and self.successor.get((last.para, last.start)) == open_list.last_n + 1

    def numbering_runs_on(self, marker: Marker) -> bool:
        """Numbering that runs through a document (（三） under 二、 after （一）（二） under 一、), or a
        document cut out of a longer one whose headings start past 1 (三、 then 四、; 第十九条 then 第二十条)."""
        if not marker.at_start or marker.n is None:
            return False
        if self.closed.get(marker.rule.group) == marker.n - 1:
            return True
        return self.cut_start(marker)

    def cut_start(self, marker: Marker) -> bool:
        """A heading marker past 1 that no list of its family precedes, and whose next sibling follows it."""
        if marker.rule.kind is not Kind.HEADING or marker.rule.group in self.closed:
            return False
        if any(open_list.first.rule.group == marker.rule.group for open_list in self.stack):
            return False
        return self.successor.get((marker.para, marker.start)) == (marker.n or 0) + 1

    def on_paragraph(self, para: int) -> None:
        """At a paragraph start, close the lists that the paragraph does not go on with."""
        while self.stack and not self.keeps(self.stack[-1], para):
            self.done.append(self.finish(self.stack.pop(), (para, 0)))

    def keeps(self, open_list: _Open, para: int) -> bool:
        """Headings stay open; inline and sentence lists only when their numbering goes on."""
        if open_list.first.rule.kind is Kind.HEADING and not open_list.inline:
            return True
        first = self.starts.get(para)
        if first is not None and (open_list.accepts(first) or self.slips_into(open_list, first)):
            return True
        if first is None and para > 0 and broken_inside_sentence(self.paragraphs[para - 1]):
            return True  # a printed line broke the sentence (…宗旨决定 / 的。第二，…): the paragraph goes on
        if open_list.inline:
            return False
        return self.resumes_later(open_list, para)

    def slips_into(self, open_list: _Open, marker: Marker) -> bool:
        """True when no open list takes the marker as its next number and it slips in this one's numbering."""
        depth = self.slip_taker(marker) if self.taker(marker) is None else None
        return depth is not None and self.stack[depth] is open_list

    def resumes_later(self, open_list: _Open, para: int) -> bool:
        """True when a paragraph shortly after starts with the list's next marker, before any heading."""
        for later in range(para + 1, min(para + 1 + LOOKAHEAD, len(self.paragraphs))):
            marker = self.starts.get(later)
            if marker is None:
                continue
            if open_list.accepts(marker):
                return True
            if marker.rule.kind is Kind.HEADING:
                return False
        return False


# a speaker's courtesy about the talk, as a clause of its own: 不妥之处，敬请批评指正 / 不当之处请指正 / 恳请批评;
# the shortcomings it names are the talk's only when it asks pardon for them (…之处，请大家指正), as a point may
# go on about its own (二是查摆问题，不足之处立行立改)
_COURTESY = re.compile(
    r"[，,；;][ \u3000]*"
    r"(?:(?:不妥|不当|不足|疏漏|错误)之处[^。！？!?]{0,10}?(?:请|指正|批评|谅)|(?:敬|恳)请(?:批评|指正|斧正))"
)
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")  # a quotation's own sentences are none of the text's
_STOPS = re.compile(r"[。！？!?]")


# a count of a label's noun (通过四个关键词来解读…, 有三个案例值得一读): a count (its numeral, a classifier) right
# before the label, the noun the labelled lines number (关键词一：… / 关键词二：…)
_LABEL_COUNT = r"(?<![第{digits}])(?P<n>{numeral})(?:个|大|则|组|项)?{label}"
_SENTENCES = re.compile(r"[^。！？!?]+[。！？!?]?")


def _label_counted(paragraphs: tuple[Paragraph, ...], first: Marker) -> tuple[str, int] | None:
    """A labelled family's lead and count (关键词一：… under 本文从四个关键词解读…): the sentence of the paragraph
    before it that counts its label's noun; a count of keywords announces the lines that label them."""
    label = first.rule.group.removeprefix("label:").strip("【】")
    if not first.rule.group.startswith("label:") or not first.at_start or first.para == 0 or not label:
        return None
    before = paragraphs[first.para - 1]
    pattern = re.compile(_LABEL_COUNT.format(digits=COUNT_DIGITS, numeral=NUMERAL, label=re.escape(label)))
    for sentence in _SENTENCES.finditer(before.shadow):
        match = pattern.search(sentence.group())
        n = number(match.group("n")) if match else None
        if n is not None and n >= 2:
            return before.text[sentence.start() : sentence.end()].strip(" \u3000"), n
    return None


def _one_sentence(text: str) -> bool:
    """True when a text is at most one sentence: no full stop before its end, quotations aside."""
    body = _QUOTED.sub("", text).rstrip(" \u3000。！？!?；;")
    return _STOPS.search(body) is None


SUCCESSOR_REACH = 200  # paragraph-opening markers of a family searched for a marker's next sibling


def _numbering(markers: list[Marker], slipped: bool) -> tuple[str, ...]:
    """The evidence of a marker list: its numbers in order (or with slips), where it began past 1 or repeated one."""
    numbers = [m.n for m in markers]
    shown = "–".join(str(n) for n in (numbers[0], numbers[-1]) if n is not None) or "?"
    order = "with slips in the numbering" if slipped else "in order"
    said = [f"{len(markers)} markers of the {markers[0].rule.style} family numbered {shown} {order}"]
    if (numbers[0] or 1) > 1:
        said.append(f"numbering begins at {numbers[0]}: a sibling numbered {(numbers[0] or 0) + 1} follows")
    if len(set(numbers)) < len(numbers):
        said.append("the first ordinal is repeated (一是…，一是…)")
    return tuple(said)


def _successors(starts: dict[int, Marker]) -> dict[Pos, int | None]:
    """For each paragraph-opening marker numbered k, k + 1 when a later paragraph of its family opens with
    k + 1 before any other number but those below k (a run restarted inside its item): its next sibling."""
    by_group: dict[str, list[Marker]] = {}
    for para in sorted(starts):
        by_group.setdefault(starts[para].rule.group, []).append(starts[para])
    following: dict[Pos, int | None] = {}
    for markers in by_group.values():
        for j, marker in enumerate(markers):
            k = marker.n or 0
            later = (m.n or 0 for m in markers[j + 1 : j + 1 + SUCCESSOR_REACH])
            following[(marker.para, marker.start)] = next((n for n in later if n >= k), None)
    return following


def _following(found: list[list[Marker]]) -> dict[Pos, int | None]:
    """For each marker, the number of the next marker of its group in the document: a slip's witness."""
    following: dict[Pos, int | None] = {}
    latest: dict[str, Marker] = {}
    for markers in found:
        for marker in markers:
            if (before := latest.get(marker.rule.group)) is not None:
                following[(before.para, before.start)] = marker.n
            latest[marker.rule.group] = marker
    return following


def marker_lists(
    paragraphs: tuple[Paragraph, ...],
) -> tuple[list[DraftList], list[Marker], set[int], list[tuple[DraftList, str]]]:
    """Every list of numbered markers (one-item lists dropped), the stray markers, the marked paragraphs, and the
    lists of two items or more dropped here with the reason (shown by `study parse --explain`)."""
    found = [find_markers(p.shadow, i) for i, p in enumerate(paragraphs)]
    starts = {i: ms[0] for i, ms in enumerate(found) if ms and ms[0].at_start}
    builder = _Builder(paragraphs, starts, successor=_successors(starts), following=_following(found))
    for i, markers in enumerate(found):
        builder.on_paragraph(i)
        for marker in markers:
            builder.on_marker(marker)
    builder.close_above(0, (len(paragraphs), 0))
    lists, dropped = [], []
    for d in builder.done:
        reason = _dropped(paragraphs, d) if len(d.items) >= 2 else ""
        if reason:
            dropped.append((d, reason))
        elif len(d.items) >= 2:
            lists.append(d)
    spans = ItemSpans([(item.start, item.end) for d in lists for item in d.items])
    lists = [_headed(paragraphs, d, starts, spans) for d in lists]
    lists = [piece for d in lists for piece in _split_at_headings(paragraphs, d, starts)]
    families = Counter(m.rule.group for markers in found for m in markers)
    first_heading = min((para for para, m in starts.items() if m.rule.kind is Kind.HEADING), default=len(paragraphs))
    stray = [m for m in builder.stray if not _excerpt_heading(m, families, first_heading)]
    return lists, stray, set(starts), dropped


# A page may number its points on across its section lines (谈经济 / 1.–3. / 谈财政 / 4.–6.): where the run's first
# point stands right under a bare heading line, and later points do too, each section's points are a list of their
# own, under its line (headings.py makes the lines a list). A run a count states whole (以下六点) stays one list.
def _split_at_headings(
    paragraphs: tuple[Paragraph, ...], draft: DraftList, starts: dict[int, Marker]
) -> list[DraftList]:
    """The run cut before each point that stands right under a bare heading line, when its first point does too."""
    if _counted_whole(paragraphs, draft) or not _under_heading_line(paragraphs, draft.items[0], starts):
        return [draft]
    cuts = [k for k, item in enumerate(draft.items) if k and _under_heading_line(paragraphs, item, starts)]
    bounds = [0, *cuts, len(draft.items)]
    if not cuts or any(b - a < 2 for a, b in pairwise(bounds)):
        return [draft]  # a section of one point is no list: the numbering is the text's, not the sections'
    pieces = []
    for a, b in pairwise(bounds):
        items = list(draft.items[a:b])
        if b < len(draft.items):  # the last point of a section ends at the next section's line
            items[-1] = replace(items[-1], end=(draft.items[b].start[0] - 1, 0))
        lead = draft.lead if a == 0 else None
        evidence = (*draft.evidence, f"cut at the heading lines over points {', '.join(str(k + 1) for k in cuts)}")
        pieces.append(
            replace(
                draft, items=tuple(items), lead=lead, announced=draft.announced if a == 0 else None, evidence=evidence
            )
        )
    return pieces


def _counted_whole(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> bool:
    """True when the run's lead, or the sentence over the heading line above its first point, counts it whole."""
    para = draft.items[0].start[0]
    above = last_sentence(paragraphs[para - 2].text) if para >= 2 else None
    return len(draft.items) in (draft.announced, announced_count(above))


def _under_heading_line(paragraphs: tuple[Paragraph, ...], item: DraftItem, starts: dict[int, Marker]) -> bool:
    """True when the item opens its paragraph right under a heading line (bare or marked up) that has no marker."""
    para = item.start[0]
    if item.start[1] != 0 or para == 0 or para - 1 in starts:
        return False
    line = paragraphs[para - 1]
    return markup_heading(line) or (not line.level and plain_heading(line.shadow))


# The label a notice's list of attachments opens with, after its body (附件：1.… 2.…, 附件（2）：): the files it
# sends, named, no points of the notice to learn.
ATTACHMENTS_LEAD = re.compile(r"^\s*附\s*件\s*(?:[（(]\s*\d{1,2}\s*[）)])?\s*[：:]\s*$")


def _dropped(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> str:
    """Why a numbered run is no list ("" when it is one): a sharing page's chunk numbers, a quiz's choices, or a
    notice's attachments."""
    if _cuts_sentences(paragraphs, draft):
        return "numbers on chunks of a cut text: each item after the first follows a long line that stops mid-sentence"
    if quiz_choices(paragraphs, draft):
        return "a question's answer choices"
    if draft.lead is not None and ATTACHMENTS_LEAD.match(draft.lead):
        return "a notice's attachments (附件：): the files it sends, no points"
    if draft.style[:1] in "【[［" and all(CITES.search(_item_text(paragraphs, item)) for item in draft.items):
        return "a text's notes ([1] …出版社…): what it cites, no points"
    if draft.style.startswith("第") and "次" in draft.style and _occasions(draft.lead) is None:
        return "第N次是… with no count of occasions (两次飞跃) before it: events told in turn, no points"
    return ""


# a count of occasions (有两次历史性飞跃, 经历了三次巨变) before 第一次是…，第二次是…: the occasions are its points
OCCASIONS = "第一次"  # the family (markers.MARKER_TABLE)
OCCASIONS_COUNTED = re.compile(rf"(?<![第{COUNT_DIGITS}])(?P<n>{NUMERAL})次")


def _occasions(lead: str | None) -> int | None:
    """The number of occasions a lead counts (两次飞跃: 2), None when it counts none."""
    match = OCCASIONS_COUNTED.search(lead or "")
    n = number(match.group("n")) if match else None
    return n if n is not None and n >= 2 else None


# what a note citing a source says (…人民出版社1991年版，第3页 / 《人民日报》2021年7月2日第2版 / 见《…》)
CITES = re.compile(r"出版社|年版|第\s*\d+\s*[页頁卷期版]|[Pp]{1,2}\.\s*\d|^\s*参?见[^。，]{0,20}《")


def _item_text(paragraphs: tuple[Paragraph, ...], item: DraftItem) -> str:
    """An item's own text."""
    para, begin = item.text_start
    return paragraphs[para].shadow[begin : item.text_end]


class ItemSpans:
    """The spans of a text's list items, asked whether a place stands in any of them: in a logarithmic time, as
    every list asks (a text dense with lists has thousands of each)."""

    def __init__(self, spans: list[tuple[Pos, Pos]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # the furthest end of the spans so far

    def hold(self, at: Pos) -> bool:
        """True when `at` stands inside an item's span (start included, end not)."""
        k = bisect_right(self.starts, at)
        return k > 0 and self.reach[k - 1] > at


def _headed(
    paragraphs: tuple[Paragraph, ...], draft: DraftList, starts: dict[int, Marker], spans: ItemSpans
) -> DraftList:
    """A list without a lead, right under a heading line of a higher family that stands in no list's item (a lone
    一、, an excerpt's 三、), led by that heading: no item around it gives its points their context, the heading
    does. A heading that is an item of a list, or a list inside one, has its parent item instead (the keys give
    such lists no lead); a numbered line of prose is a point, no heading."""
    para, at = draft.start
    first, heading = starts.get(para), starts.get(para - 1)
    if draft.lead is not None or first is None or first.start != at or heading is None:
        return draft
    if spans.hold((para - 1, heading.start)):
        return draft
    mine, above = LEVEL_OF.get(first.rule.group), LEVEL_OF.get(heading.rule.group)
    if heading.rule.kind is not Kind.HEADING or mine is None or above is None or above >= mine:
        return draft
    words = paragraphs[para - 1].text[heading.end :].strip(" \u3000")
    if not words or len(words) > HEAD_LIMIT or not _one_sentence(words):
        return draft
    lead = paragraphs[para - 1].text.strip(" \u3000")
    return replace(
        draft, lead=lead, announced=announced_count(lead), evidence=(*draft.evidence, "led by the heading line over it")
    )


def _excerpt_heading(marker: Marker, families: Counter[str], first_heading: int) -> bool:
    """True when a stray marker is the heading an excerpt opens on (三、 over one section cut out of a report): a
    heading numbered past 1 opening a paragraph, the only marker of its family in the text, and no heading marker
    opening a paragraph before it. Nothing in the file is misnumbered; its numbering is the longer document's."""
    if marker.rule.kind is not Kind.HEADING or not marker.at_start or (marker.n or 0) <= 1:
        return False
    if families[marker.rule.group] > 1:  # the markers of each family in the text
        return False
    return first_heading >= marker.para  # the paragraph of the text's first heading marker


# A document-sharing page numbers the chunks it cut a text into (1、…我们发展 / 2、的质量更高了…): each number
# after the first opens a line right after a long line that stops mid-sentence. A list's items end with their
# sentence, or are short headings with no mark at all; a long line with no closing mark was cut.
CUT_LINE_MIN = 60  # characters of a line that, closed by no mark, was cut rather than written so
# (a bracket closing the line closes a note after the sentence: a 实施方案 ends each task with 〔责任单位：…〕)
_CLOSED = tuple("。！？!?；;：:”」’）)…〕】］』")
_FOOTNOTE = re.compile(r"(?:\d{1,3}|\[\d{1,3}\]|[①-⑳])$")  # a note's number after a sentence's full stop
CUTS_MIN = 2  # cut lines a chunked page shows at least (one long line without a stop may be a lapse)


def _cuts_sentences(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> bool:
    """True when every item after the first opens a line whose previous line is long and stops mid-sentence."""
    later = draft.items[1:]
    if len(later) < CUTS_MIN or any(item.start[1] != 0 or item.start[0] == 0 for item in later):
        return False
    before = [_FOOTNOTE.sub("", paragraphs[item.start[0] - 1].text.rstrip()) for item in later]
    return all(len(text) >= CUT_LINE_MIN and not text.endswith(_CLOSED) for text in before)
