"""Unnumbered paragraph lists: topic paragraphs, each opening with a short head sentence, after a lead."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from study.model import Paragraph
from study.parse.bullets import BULLET, SIGNS
from study.parse.counts import AHEAD, announced_count
from study.parse.drafts import DraftItem, DraftList
from study.parse.inline_colon import SPEECH
from study.parse.leads import closing_mark, ends_with_colon, furniture_label, is_greeting, last_sentence, paragraph_lead
from study.parse.markers import marker_at
from study.parse.pieces import same_pair

HEAD_MIN, HEAD_MAX = 2, 25  # a topic paragraph's head sentence is short …
# the first sentence, or the whole paragraph when it is a bare heading line with no punctuation at all
_FIRST_SENTENCE = re.compile(r"^([^。！？!?；;：:]{2,60})(?:[。；;：:]|$)")
_NO_COMMA = re.compile(r"[，,]")  # … and a single clause


def head_sentence(shadow: str) -> str | None:
    """The paragraph's first sentence when it is short and single-claused (a topic head), else None."""
    match = _FIRST_SENTENCE.match(shadow)
    if not match:
        return None
    head = match.group(1).strip()
    if not HEAD_MIN <= len(head) <= HEAD_MAX or _NO_COMMA.search(head):
        return None
    return head


_FORWARD = re.compile(rf"(?:{AHEAD})[几两二三四五六七八九十]")


def is_label(shadow: str) -> bool:
    """A bare head line closed by a colon (学习理论：) whose body is the next paragraph: a label of a
    series of such lines, not a lead of its own."""
    line = shadow.strip()
    return line[-1:] in ("：", ":") and head_sentence(line) == line[:-1].strip()


def label_head(shadow: str) -> str | None:
    """The head of a paragraph that opens with a short label closed by a colon and goes on with its
    body (初期通读：先……), else None; a note in brackets ((备注：…)) is an aside, no label."""
    match = _FIRST_SENTENCE.match(shadow)
    head = head_sentence(shadow)
    if head is None or match is None or shadow[match.end() - 1 : match.end()] not in ("：", ":") or aside(shadow):
        return None
    return head


_ASIDE = re.compile(r"[ \u3000]*[（(【\[].*[）)】\]][ \u3000]*", re.S)


def aside(shadow: str) -> bool:
    """A paragraph set wholly in brackets ((备注：…), 【说明：…】): a note on what stands before it, no point."""
    return _ASIDE.fullmatch(shadow) is not None


def asks(shadow: str) -> bool:
    """A paragraph that ends with a question (该怎么读？): it announces answers only when they come as
    label paragraphs."""
    return shadow.rstrip()[-1:] in ("？", "?")


# a line that is only a date or only a bracketed note ((2026年2月), （试行）, 二〇二三年五月): a title block's or a
# signature's furniture, never a point; the lines around it are that block, not topic paragraphs
_FURNITURE_LINE = re.compile(
    r"[（(【\[][^）)】\]]*[）)】\]]|[\d〇零一二三四五六七八九十]{2,4}年(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?)?"
)


def _furniture_line(para: Paragraph) -> bool:
    """A paragraph that is only a date or a bracketed note."""
    return _FURNITURE_LINE.fullmatch(para.shadow.strip()) is not None


def _is_bullet(para: Paragraph) -> bool:
    """A bullet item (by layout level or by a sign at its start): a sub-list inside a label's body."""
    return para.level >= BULLET or SIGNS.match(para.shadow) is not None


def _label_series(paragraphs: tuple[Paragraph, ...], lead: int, marked: set[int]) -> tuple[list[int], int]:
    """The label paragraphs after a lead, with only bullet items (each label's sub-list) between them;
    and where the series stops (any other paragraph, a numbered marker)."""
    found: list[int] = []
    j = lead + 1
    while j < len(paragraphs):
        para = paragraphs[j]
        if found and (_is_bullet(para) or aside(para.shadow)):
            j += 1  # a label's sub-list, or a note on it, goes with it
            continue
        if j in marked or label_head(para.shadow) is None:
            break
        found.append(j)
        j += 1
    return found, j


def _bare(shadow: str, head: str) -> bool:
    """A paragraph that is its head alone: a bare heading line, or a label line closed by a colon."""
    return head == shadow.strip() or (is_label(shadow) and head == shadow.strip()[:-1].strip())


def is_lead(shadow: str) -> bool:
    """A paragraph that announces what follows: it ends with a colon, or its last sentence has a count
    or points forward (抓好以下几个方面。)."""
    if is_greeting(shadow):
        return False  # 各党支部： addresses the notice's readers, it announces nothing
    last = last_sentence(shadow)
    return ends_with_colon(shadow) or announced_count(last) is not None or _FORWARD.search(last) is not None


def _common_start(a: str, b: str) -> int:
    """How many characters two strings share at their start."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def similarity(a: str, b: str) -> int:
    """How alike two heads are: the length of their common beginning plus that of their common ending."""
    return _common_start(a, b) + _common_start(a[::-1], b[::-1])


def parallel(a: str, b: str) -> bool:
    """Heads of one list: they share at least their first two or their last two characters."""
    return similarity(a, b) >= 2


def _stops(paragraphs: tuple[Paragraph, ...], found: list[int], j: int, count: int | None) -> bool:
    """A lead after the first candidate opens a list of its own, unless both are label lines (学习理论：
    … 提高决策水平：…): then it is the next label of the same series; or unless, while fewer than the count
    are found, its head is built like the first one's (抓好民生实事。办好十件实事。): a sibling whose body
    states a count of its own (past the count, or with none, a run of such leads is lists of their own,
    and each would otherwise read on to the text's end)."""
    shadow, first = paragraphs[j].shadow, found[0]
    if not is_lead(shadow) or (is_label(shadow) and is_label(paragraphs[first].shadow)):
        return False
    if count is None or len(found) >= count:
        return True
    head, first_head = head_sentence(shadow), head_sentence(paragraphs[first].shadow)
    return not (head and first_head and parallel(head, first_head))


def _candidates(
    paragraphs: tuple[Paragraph, ...], lead: int, marked: set[int], count: int | None
) -> tuple[list[int], int]:
    """The head paragraphs after a lead, up to the next marker paragraph or lead; and where that stops
    (at once when the paragraph right after the lead has no head: the lead announces no topic paragraphs)."""
    found: list[int] = []
    j = lead + 1
    while j < len(paragraphs) and j not in marked and not (found and _stops(paragraphs, found, j, count)):
        if _furniture_line(paragraphs[j]):
            break
        if head_sentence(paragraphs[j].shadow):
            found.append(j)
        elif not found:
            break
        j += 1
    return found, j


def _select(paragraphs: tuple[Paragraph, ...], found: list[int], count: int | None) -> list[int]:
    """The items among the candidates: the parallel ones when a count is announced, else a run."""
    heads = {j: head_sentence(paragraphs[j].shadow) or "" for j in found}
    first = found[0]
    if _bare(paragraphs[first].shadow, heads[first]):
        # bare heading or label lines: every later one is a sibling, whatever body stands between them …
        bare = [j for j in found if _bare(paragraphs[j].shadow, heads[j])]
        bare = _alternating_heads(bare, heads) or bare
        return bare[:count] if count else bare
    if count:
        ranked = sorted(found[1:], key=lambda j: -similarity(heads[j], heads[first]))
        alike = [j for j in ranked[: count - 1] if parallel(heads[j], heads[first])]
        return [first, *sorted(alike)] if len(alike) == count - 1 else found[:count]
    chosen = [first]
    for j in found[1:]:
        if j != chosen[-1] + 1 and not parallel(heads[j], heads[first]):
            break
        chosen.append(j)
    return chosen


def _alternating_heads(bare: list[int], heads: dict[int, str]) -> list[int] | None:
    """… unless every other line is built like the first and the lines between are not (从性质上划分 / 科学理想
    和非科学理想 / 从时序上划分 / 长远理想和近期理想): those are each head's body line, not its siblings."""
    alike = bare[::2]
    between = bare[1::2]
    if len(alike) < 2 or len(between) < len(alike) - 1:
        return None
    first = heads[alike[0]]
    if not all(parallel(heads[j], first) for j in alike[1:]) or any(parallel(heads[j], first) for j in between):
        return None
    return alike


def paragraph_lists(paragraphs: tuple[Paragraph, ...], marked: set[int]) -> list[DraftList]:
    """Every unnumbered paragraph list: after a lead, at least two topic paragraphs; after a paragraph
    that states a whole without announcing, a series of headline-sentence paragraphs."""
    lists = _announced_lists(paragraphs, marked)
    covered = {j for draft in lists for j in range(draft.start[0] - 1, draft.end[0])}
    lists += headline_series(paragraphs, marked | covered)
    covered |= {j for draft in lists for j in range(draft.start[0] - 1, draft.end[0])}
    return lists + paired_series(paragraphs, marked | covered)


def _announced_lists(paragraphs: tuple[Paragraph, ...], marked: set[int]) -> list[DraftList]:
    """The paragraph lists after a lead that announces them (a colon, a count, 以下几个方面)."""
    lists: list[DraftList] = []
    for i, para in enumerate(paragraphs[:-1]):
        if i + 1 in marked or (ends_with_colon(para.shadow) and furniture_label(para.shadow)):
            continue  # after 附件：/ 出席人员： stand file and people's names
        leads = is_lead(para.shadow)  # a forward-pointing lead is one: no other paragraph is sentence-split twice
        draft = _announced_list(paragraphs, i, marked) if leads else None
        if draft is None and leads and _FORWARD.search(last_sentence(para.shadow)):
            draft = _forward_prose(paragraphs, i, marked)
        if draft is None and ends_with_colon(para.shadow):
            draft = (
                _piece_paragraphs(paragraphs, i, marked)
                or _unclosed_lines(paragraphs, i, marked)
                or _headline_clauses(paragraphs, i, marked)
            )
        if draft is None and _may_lead_labels(para.shadow):
            draft = _labels_list(paragraphs, i, marked)
        if draft is None and i in marked and _numbered_heading(para.shadow, i):
            draft = _lines_list(paragraphs, i, marked) or _heading_labels(paragraphs, i, marked)
        if draft is None and _bare_heading(para):  # marked when the heading detector took it
            draft = _point_lines(paragraphs, i, marked) or _heading_labels(paragraphs, i, marked)
        if draft is not None:
            lists.append(draft)
    return lists


def _announced_list(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The topic paragraphs right after the lead paragraph i, when at least two."""
    lead = paragraph_lead(paragraphs, i)
    count = announced_count(lead)
    found, stop = _candidates(paragraphs, i, marked, count)
    if not found or found[0] != i + 1:
        return None
    chosen = _select(paragraphs, found, count)
    return _draft(paragraphs, chosen, found, stop, lead, count) if len(chosen) >= 2 else None


def _closes_with(para: Paragraph, marks: str) -> bool:
    """A body paragraph whose last mark (past closing quotes and brackets) is one of marks."""
    last = closing_mark(para.shadow)
    return para.level == 0 and last != "" and last in marks


def _piece_paragraphs(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """After the colon lead i, the paragraphs that each close with a semicolon and the one that closes
    the series with a full stop: a semicolon series set out one piece a paragraph (分别是：/ A；/ B；/ C。)."""
    j = _run_end(paragraphs, i, marked, lambda para: _closes_with(para, "；;"))
    if j == i + 1:
        return None
    if j < len(paragraphs) and j not in marked and _closes_with(paragraphs[j], "。.！!"):
        j += 1
    if j - (i + 1) < 2:
        return None
    return _colon_draft(paragraphs, i, j, "paragraphs closed by ；, the last by 。")


# a lead that points forward at points it counts (有以下几点：/ 主要有以下三个方面：) announces the paragraphs
# after it even when they open with no short head: as many as it counts, else the run of prose paragraphs up
# to a heading line, a marker or another lead, FORWARD_MAX at most (more is the rest of the text)
FORWARD_MAX = 8


def _prose(para: Paragraph) -> bool:
    """A long body paragraph (no heading line, no bullet) closed by a sentence's mark, or by none where a
    page cut it off."""
    return para.level == 0 and closing_mark(para.shadow) in ("。", "！", "!", "”", "") and len(para.shadow) > HEAD_MAX


def _forward_prose(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The prose paragraphs right after the forward-pointing lead i, one point each."""
    j = _run_end(paragraphs, i, marked, lambda para: _prose(para) and not is_lead(para.shadow))
    lead = paragraph_lead(paragraphs, i)
    count = announced_count(lead)
    stop = i + 1 + count if count else j
    if stop > j or not 2 <= stop - (i + 1) <= FORWARD_MAX:
        return None
    return _run_draft(
        paragraphs, i, stop, lead, count, f"lead points forward, {stop - (i + 1)} prose paragraphs after it"
    )


SPEAKER_MAX = 6  # a label this short opening the lead names a speaker (张三：) or a field (时限：)


def _may_lead_labels(shadow: str) -> bool:
    """A colon or question lead for label paragraphs, unless it opens with a short label itself (张三：…？
    is a line of dialogue, 时限： a field): the labels after it are then its peers, not its items."""
    if not (ends_with_colon(shadow) or asks(shadow)):
        return False
    head = label_head(shadow) or (shadow.strip()[:-1].strip() if is_label(shadow) else None)
    return head is None or len(head) > SPEAKER_MAX


# A numbered heading line with no punctuation (二、主要目标) heads what stands under it: in the
# genre's summaries that is a run of short lines without any punctuation (粮食产量保持稳定 / 居民收入稳步增长 / …),
# one point each, or a run of label lines (财政：…). Fewer than LINES_MIN such lines are a heading's body.
LINES_MIN = 3
LINE_MAX = 30
_ANY_PUNCTUATION = re.compile(r"[。！？!?；;：:，,、]")


def _numbered_heading(shadow: str, i: int) -> bool:
    """A paragraph that is a marker and a short head with no punctuation at all (二、主要目标)."""
    marker = marker_at(shadow, 0, i)
    head = shadow[marker.end :].strip() if marker else ""
    return 0 < len(head) <= HEAD_MAX and not _ANY_PUNCTUATION.search(head)


def _short_line(para: Paragraph, most: int, marks: re.Pattern[str]) -> bool:
    """A body line of HEAD_MIN to `most` characters in which none of marks stands."""
    line = para.shadow.strip()
    return para.level == 0 and HEAD_MIN <= len(line) <= most and not marks.search(line)


def _bare_line(para: Paragraph) -> bool:
    """A short body line without any punctuation: a point of a summary's list."""
    return _short_line(para, LINE_MAX, _ANY_PUNCTUATION)


# after a colon lead, a summary's points may hold commas (总量突破百万，年均增长五成) but close with no mark
_CLOSING = re.compile(r"[。！？!?；;：:]")


def _unclosed_line(para: Paragraph) -> bool:
    """A short body line that no sentence, clause or label mark closes or divides: a point of a summary."""
    return _short_line(para, LINE_MAX, _CLOSING) and not _furniture_line(para)


def _unclosed_lines(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The run of short unclosed lines right after the colon lead i (过去五年：/ A，a / B / C), when two or more."""
    j = _run_end(paragraphs, i, marked, _unclosed_line)
    return _colon_draft(paragraphs, i, j, "short lines closed by no mark after it") if j - (i + 1) >= 2 else None


# after a colon lead, a point may open with a headline clause closed by a comma rather than a full stop
# (经济发展取得新成效，在质量效益…。/ 改革开放迈出新步伐，…。): clauses of a like length, one a paragraph,
# three at least
CLAUSE_HEAD_MIN, CLAUSE_HEAD_MAX = 4, 14
CLAUSE_HEAD_SPREAD = 4  # the longest headline clause at most this much longer than the shortest
_POINTS_BACK = re.compile(r"这|那|上述|以上|前述")
_HEADLINE_CLAUSE = re.compile(rf"^([\u4e00-\u9fff“”]{{{CLAUSE_HEAD_MIN},{CLAUSE_HEAD_MAX}}})[，,]")


# a clause that frames the sentence (今年以来，/ 总的来看，/ 实践证明，) opens prose, not a point; a colon after a
# verb of speech (指出：, inline_colon.SPEECH: after them a colon announces no list inside a paragraph either)
# quotes paragraphs of prose
FRAMES = ("以来", "来看", "看来", "来说", "而言", "证明", "表明", "说明", "同时", "此外", "总之")


def _headline_clauses(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The paragraphs right after the colon lead i that open with a headline clause, when LINES_MIN or more
    (two sentences after 情况如下： that open with a clause are its body)."""
    if paragraphs[i].shadow.strip().rstrip("：:").endswith(SPEECH):
        return None
    found: list[int] = []
    lengths: list[int] = []
    j = i + 1
    while j < len(paragraphs) and j not in marked and paragraphs[j].level == 0:
        match = _HEADLINE_CLAUSE.match(paragraphs[j].shadow.strip())
        if match is None or _POINTS_BACK.search(match.group(1)) or match.group(1).endswith(FRAMES):
            break  # 实现这些目标，…: a clause that points back at the points sums them up
        found.append(j)
        lengths.append(len(match.group(1)))
        j += 1
    if len(found) < LINES_MIN or max(lengths) - min(lengths) > CLAUSE_HEAD_SPREAD:
        return None
    return _colon_draft(paragraphs, i, j, "paragraphs open with a headline clause")


# under a bare heading line a news digest sets its points one short sentence a line (国内生产总值增长5%。/ 粮食产量
# 1.4万亿斤。/ …): POINTS_MIN such lines in a row at least, each one sentence, none a heading line itself
POINTS_MIN = 3
_INNER_STOP = re.compile(r"[。！？!?；;：:]")


def _bare_heading(para: Paragraph) -> bool:
    """A body line short and bare enough to head a section, closed by no mark (2024年工作回顾); a line opening
    with a bullet sign (- 好好学习) is the last item of a bullet run, no heading over the lines after it."""
    return _short_line(para, HEAD_MAX, _ANY_PUNCTUATION) and not _is_bullet(para)


def _point_line(para: Paragraph) -> bool:
    """A short body line of one sentence closed by 。 (no other sentence or clause stop inside)."""
    line = para.shadow.strip()
    return para.level == 0 and len(line) <= LINE_MAX and line.endswith("。") and not _INNER_STOP.search(line[:-1])


def _point_lines(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The run of one-sentence point lines right under the bare heading line i, when POINTS_MIN or more."""
    return _run_under(paragraphs, i, marked, _point_line, POINTS_MIN, "one-sentence point lines")


def _lines_list(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The run of bare lines right under the numbered heading i, when at least LINES_MIN."""
    return _run_under(paragraphs, i, marked, _bare_line, LINES_MIN, "short lines without punctuation")


def _run_under(
    paragraphs: tuple[Paragraph, ...],
    i: int,
    marked: set[int],
    fits: Callable[[Paragraph], bool],
    least: int,
    what: str,
) -> DraftList | None:
    """The list of the run of lines that `fits` right under the heading line i, when `least` or more."""
    j = _run_end(paragraphs, i, marked, fits)
    if j - (i + 1) < least:
        return None
    lead = paragraphs[i].text.strip()
    return _run_draft(paragraphs, i, j, lead, None, f"{j - (i + 1)} {what} under the heading line {lead[:12]}")


def _run_end(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int], fits: Callable[[Paragraph], bool]) -> int:
    """Where the run of unmarked paragraphs that `fits`, right after paragraph i, stops."""
    j = i + 1
    while j < len(paragraphs) and j not in marked and fits(paragraphs[j]):
        j += 1
    return j


def _run_draft(
    paragraphs: tuple[Paragraph, ...], i: int, stop: int, lead: str, count: int | None, evidence: str
) -> DraftList:
    """The list of the paragraphs from i + 1 to stop, one item each, with the evidence that found them."""
    found = list(range(i + 1, stop))
    return replace(_draft(paragraphs, found, found, stop, lead, count), evidence=(evidence,))


def _colon_draft(paragraphs: tuple[Paragraph, ...], i: int, stop: int, what: str) -> DraftList:
    """The list of the paragraphs from i + 1 to stop under the colon lead i, each one a `what`."""
    lead = paragraph_lead(paragraphs, i)
    return _run_draft(paragraphs, i, stop, lead, announced_count(lead), f"lead ends with ：, {stop - (i + 1)} {what}")


def _heading_labels(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """The label lines under the heading line i, numbered or bare, when at least LINES_MIN: two labels (背景：… 结构：…)
    open the sections of a note, a run of them is the heading's list (财政：… 投资：… 消费：…)."""
    draft = _labels_list(paragraphs, i, marked)
    if draft is None or len(draft.items) < LINES_MIN:
        return None
    return replace(draft, evidence=(f"{len(draft.items)} label paragraphs (head closed by ：) under a heading line",))


def _labels_list(paragraphs: tuple[Paragraph, ...], i: int, marked: set[int]) -> DraftList | None:
    """Label paragraphs (核心层（1）：… 基础层（2）：…) after a colon or question lead, each with its
    bullet sub-list: a list even where a sub-list or a question keeps the topic-paragraph rule off."""
    found, stop = _label_series(paragraphs, i, marked)
    labels = [label_head(paragraphs[j].shadow) for j in found]
    if len(found) < 2 or len(set(labels)) < len(labels):
        return None  # a label said twice is a speaker taking turns: a dialogue, not a list
    if _leads_the_rest(paragraphs, found):
        return None  # the list is the one its first line leads (read when that line's turn comes)
    lead = last_sentence(paragraphs[i].text) or paragraphs[i].text.strip()
    count = announced_count(lead)
    draft = _draft(paragraphs, found, found, stop, lead, count if count == len(found) else None)
    cue = "a question" if asks(paragraphs[i].shadow) else "："
    return replace(
        draft, evidence=(f"lead ends with {cue}, {len(found)} label paragraphs (head closed by ：) after it",)
    )


def _leads_the_rest(paragraphs: tuple[Paragraph, ...], found: list[int]) -> bool:
    """True when the first label line is bare (从三方面着手：) and may lead labels, and every other one carries its
    body on its own line (房屋：加快…；): that line announces them, no peer of theirs."""
    first, rest = paragraphs[found[0]].shadow, [paragraphs[j].shadow for j in found[1:]]
    return is_label(first) and _may_lead_labels(first) and len(rest) >= 2 and not any(is_label(r) for r in rest)


def _draft(
    paragraphs: tuple[Paragraph, ...], chosen: list[int], found: list[int], stop: int, lead: str, count: int | None
) -> DraftList:
    """A draft whose items span their paragraph and the continuation paragraphs after it."""
    others = set(found) - set(chosen)
    items = []
    for k, j in enumerate(chosen):
        end = chosen[k + 1] if k + 1 < len(chosen) else _last_end(j, stop, others)
        items.append(DraftItem("", (j, 0), (j, 0), len(paragraphs[j].text), (end, 0)))
    return DraftList("paragraph", "paragraph", tuple(items), lead, count, _lead_evidence(lead, count, len(items)))


def _lead_evidence(lead: str, count: int | None, found: int) -> tuple[str, ...]:
    """Why the lead announces the topic paragraphs after it."""
    if count is not None:
        return (f"count {count} in the lead, {found} topic paragraphs after it",)
    if ends_with_colon(lead):
        return (f"lead ends with ：, {found} topic paragraphs after it",)
    return (f"lead points forward, {found} topic paragraphs after it",)


def _last_end(last: int, stop: int, others: set[int]) -> int:
    """The last item goes on over continuation paragraphs until a head it did not take, or the stop."""
    end = last + 1
    while end < stop and end not in others:
        end += 1
    return end


# A headline sentence opens a paragraph of the genre's 成就/任务 series: short, one clause, closed by 。,
# with the paragraph's body after it (国民经济持续发展。实施……). Without a lead that announces the series,
# only a run of SERIES_MIN such paragraphs in a row is evidence enough.
SERIES_MIN = 3
HEADLINE_MIN, HEADLINE_MAX = 4, 22
BODY_AFTER = 8  # characters of body the paragraph must go on with after its headline
_HEADLINE = re.compile(rf"^([^。！？!?；;：:，,]{{{HEADLINE_MIN},{HEADLINE_MAX}}})。")


def headline_sentence(shadow: str) -> str | None:
    """The paragraph's opening headline sentence (short, one clause, ends with 。, a body after it)."""
    match = _HEADLINE.match(shadow.strip())
    if not match or len(shadow.strip()) - match.end() < BODY_AFTER:
        return None
    return match.group(1)


def _opens_series(para: Paragraph) -> bool:
    """A paragraph of the series: body text (not a heading or bullet) opening with a headline sentence."""
    return para.level == 0 and headline_sentence(para.shadow) is not None


def headline_series(paragraphs: tuple[Paragraph, ...], taken: set[int]) -> list[DraftList]:
    """Runs of at least SERIES_MIN consecutive headline-sentence paragraphs after a paragraph that is
    not one (the paragraph stating the whole); a run stops at the first paragraph that does not open so,
    at a marker, at a lead, or at a paragraph another list holds."""

    def joins(run: list[int], j: int) -> bool:
        return _opens_series(paragraphs[j]) and not (run and is_lead(paragraphs[j].shadow))  # a lead opens its own

    return _series(paragraphs, taken, joins)


def _series(
    paragraphs: tuple[Paragraph, ...], taken: set[int], joins: Callable[[list[int], int], bool]
) -> list[DraftList]:
    """The runs of at least SERIES_MIN consecutive paragraphs, each joining the run before it, after a
    paragraph at the top level that no other list holds; a run stops at a paragraph another list holds."""
    lists: list[DraftList] = []
    i = 1
    while i < len(paragraphs):
        run: list[int] = []
        while i < len(paragraphs) and i not in taken and joins(run, i):
            run.append(i)
            i += 1
        lead = run[0] - 1 if run else -1
        if len(run) >= SERIES_MIN and lead not in taken and paragraphs[lead].level == 0:
            lists.append(_series_draft(paragraphs, run))
        i += 0 if run else 1
    return lists


def _series_draft(paragraphs: tuple[Paragraph, ...], run: list[int]) -> DraftList:
    """A headline series: one item per paragraph, the last one ending where the run stops."""
    items = tuple(DraftItem("", (j, 0), (j, 0), len(paragraphs[j].text), (j + 1, 0)) for j in run)
    lead = last_sentence(paragraphs[run[0] - 1].text)
    evidence = (f"{len(run)} paragraphs in a row open with a short headline sentence ending in 。",)
    return DraftList("paragraph", "paragraph", items, lead, announced_count(lead), evidence)


# A commentary's points open as often with a headline of two short clauses built alike (讲成绩要实，不搞虚浮。/
# 找问题要深，不搞敷衍。/ 定措施要细，不搞空谈。): such heads count only in a run of SERIES_MIN whose heads share
# two characters at one offset (要 … 不搞), the mark of one pattern filled in anew for each point
_PAIRED = re.compile(r"^([^。！？!?；;：:，,]{2,10}[，,][^。！？!?；;：:，,]{2,12})。")


def _paired_head(para: Paragraph) -> str | None:
    """A body paragraph's opening headline of two short clauses, with a body after it."""
    shadow = para.shadow.strip()
    match = _PAIRED.match(shadow)
    if para.level != 0 or not match or len(shadow) - match.end() < BODY_AFTER:
        return None
    return match.group(1)


def paired_series(paragraphs: tuple[Paragraph, ...], taken: set[int]) -> list[DraftList]:
    """Runs of at least SERIES_MIN consecutive paragraphs opening with paired headlines built alike, after a
    paragraph that is not one; a run stops at a paragraph another list holds or whose head is built otherwise."""

    def joins(run: list[int], j: int) -> bool:
        head = _paired_head(paragraphs[j])
        if head is None or not run:
            return head is not None
        first = _paired_head(paragraphs[run[0]])
        return first is not None and same_pair(first, head)

    return _series(paragraphs, taken, joins)
