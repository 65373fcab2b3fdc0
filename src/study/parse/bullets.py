"""Bullet lists: runs of paragraphs the author set off by layout rather than by number.

Markdown and HTML bullets arrive from the reader as paragraphs of level BULLET and deeper (the bullet
itself is gone); in plain text the bullet is a sign at the paragraph's start (•, ●, ■, ——). Consecutive
paragraphs of one bullet depth and sign are one list; a deeper run inside an item nests under it. When
every item opens with a bare label of one numbered family (- 一、… - 二、…), those labels are the markers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import BULLET_LEVEL, Paragraph
from study.parse.counts import announced_count, announces_some
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import ends_with_colon, paragraph_lead
from study.parse.markers import Marker, marker_at

BULLET = BULLET_LEVEL  # Paragraph.level of a top-level bullet item (deeper bullets count up from it)
# Signs that open a bullet item in plain text; an em-dash line (——坚持…) is the genre's own bullet.
# A markdown sign left in plain text (- A / * A) opens one too when a blank follows it.
# Word's own bullet glyphs (➢ ➤ ❖ ♦ ✓ ✔) and a page's arrows, ticks and rings (→ √ ◎ ▸) open one as well, and so
# does Ø before a blank and hanzi: Word's Wingdings arrow bullet, pasted without its font (Ø 深入基层…)
SIGNS = re.compile(
    r"^(?P<sign>——|—|[•·●○■□◆◇▪▫►▶★☆※➢➤❖♦✓✔→√◎▸]|[-*+](?=[ \u3000])|Ø(?=[ \u3000]+[\u4e00-\u9fff]))[ \u3000]*"
)
# … but a run of such signs before the text's first body paragraph is a page's menu (- 首页 - 要闻 …)
ASCII_SIGNS = frozenset("-*+")
BODY_MIN = 20  # a body paragraph: longer than this, with a sentence mark in it
_SENTENCE_MARK = re.compile(r"[，,。；;！？!?]")
# Numbered families that are bare labels (一、 1. （一） ①), and 一是/一要, whose head follows them as a label's
# does (★一是抓好X。); 第N… forms are words of the sentence (第一部分是…), so a bullet that opens with one keeps
# it in its text.
LABEL_GROUPS = frozenset(
    (
        "（一）", "壹、", "一、", "一)", "甲、", "Ⅰ、", "（1）", "1.", "1、", "1)",
        "1️⃣", "①", "⑴", "（i）", "（a）", "A.", "一是",
    )
)  # fmt: skip
# … and a short word numbered after it (■ 重点一：抓学习, - 要点二 抓宣传, ★措施三：…): the word and its number are
# the item's ordinal, its head is what follows them, as after 一、 (the families of markers.LABELLED)
NAMED_LABEL = "label:"


def _labels_item(marker: Marker | None) -> bool:
    """True when a bullet item's opening marker is a bare label whose head follows it."""
    return marker is not None and (marker.rule.group in LABEL_GROUPS or marker.rule.group.startswith(NAMED_LABEL))


# a bullet that is a bracketed field name and its short value (•【发布机关】某某厅 / •【文号】) is a row of a
# document's property table, no point: a run of them lists nothing
FIELD_ROW = re.compile(r"[【\[][^】\]]{1,10}[】\]][^。！？!?；;，,]{0,30}")

Key = tuple[int, str]  # (bullet depth, sign)


def _label_group(para: Paragraph) -> str:
    """The family of the numbered label a layout bullet opens with ("-" when none): the reader gives an
    ordered list's items (1. …) the same level as a bulleted list's, and a bulleted run followed by a
    numbered one (- 第一步… - 第二步… 1. … 2. …) is two lists, not one."""
    label = marker_at(para.shadow, 0, 0)
    return label.rule.group if label is not None and _labels_item(label) else "-"


def _bullet_key(para: Paragraph) -> tuple[Key, int] | None:
    """What sets a paragraph off as a bullet item, and where its text begins; None for other paragraphs."""
    if para.level >= BULLET:
        return (para.level, _label_group(para)), 0
    match = SIGNS.match(para.text)
    if match is None or match.end() >= len(para.text):
        return None
    return (BULLET, match.group("sign")), match.end()


def _runs(paragraphs: tuple[Paragraph, ...]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(sign, [(paragraph, text offset)…]) of each run of bullets of one depth and sign."""
    stack: list[tuple[Key, list[tuple[int, int]]]] = []
    for i, para in enumerate(paragraphs):
        found = _bullet_key(para)
        depth = found[0][0] if found else 0
        while stack and (stack[-1][0][0] > depth or (found and stack[-1][0][0] == depth and stack[-1][0] != found[0])):
            key, run = stack.pop()
            yield key[1], run
        if found is None:
            continue
        if stack and stack[-1][0] == found[0]:
            stack[-1][1].append((i, found[1]))
        else:
            stack.append((found[0], [(i, found[1])]))
    while stack:
        key, run = stack.pop()
        yield key[1], run


def _labels(paragraphs: tuple[Paragraph, ...], run: list[tuple[int, int]]) -> list[Marker] | None:
    """The items' own numbered labels when every item opens with the next label of one family."""
    labels = [marker_at(paragraphs[i].shadow, at, i) for i, at in run]
    if not all(_labels_item(m) for m in labels):
        return None
    found = [m for m in labels if m is not None]
    same = len({m.rule.group for m in found}) == 1
    return (
        found if same and [m.n for m in found] == list(range(found[0].n or 0, (found[0].n or 0) + len(found))) else None
    )


def _lead(paragraphs: tuple[Paragraph, ...], first: int, sign: str = "") -> str | None:
    """The sentence before the run when it announces it (a colon, a count, 以下几点), or, before em-dash lines,
    when it sums them up."""
    if first == 0 or _bullet_key(paragraphs[first - 1]):
        return None
    lead = paragraph_lead(paragraphs, first - 1)  # a pointing line (分别是：) with the count said before it
    if ends_with_colon(lead) or announces_some(lead):
        return lead
    return lead if sign in DASHES and _sums_up(paragraphs[first - 1], lead) else None


# em-dash lines (——经济实力跃上新台阶。——脱贫攻坚战取得全面胜利。) spell out the claim of the body paragraph
# right before them (…取得新的重大成就。): its last sentence, a statement, is what they are the points of
DASHES = ("——", "—")
SUMS_UP_END = ("。", "！")


def _sums_up(para: Paragraph, sentence: str) -> bool:
    """True when a body paragraph's last sentence is a statement the dash lines after it can spell out."""
    return para.level == 0 and sentence.endswith(SUMS_UP_END) and len(sentence) <= LEAD_MAX


LEAD_MAX = 80  # characters of a summing-up sentence (a longer one is a passage, no lead)


def _draft(paragraphs: tuple[Paragraph, ...], sign: str, run: list[tuple[int, int]]) -> DraftList:
    """The list of one run: items span their paragraph and any deeper bullets up to the next item."""
    labels = _labels(paragraphs, run)
    sign = (
        "-" if sign in LABEL_GROUPS or sign.startswith(NAMED_LABEL) else sign
    )  # a layout bullet whose labels do not number it shows as one
    ends = [i for i, _ in run[1:]] + [_run_end(paragraphs, run[-1][0])]
    items = []
    for k, (i, at) in enumerate(run):
        text_start = labels[k].end if labels else at
        marker = labels[k].text if labels else sign
        items.append(DraftItem(marker, (i, 0), (i, text_start), len(paragraphs[i].text), (ends[k], 0)))
    style = labels[0].text if labels else sign
    lead = _lead(paragraphs, run[0][0], sign)
    evidence = (f"{len(run)} consecutive bullet items" + (f" labelled {style}…" if labels else ""),)
    return DraftList(style, "bullet", tuple(items), lead, announced_count(lead), evidence)


def _run_end(paragraphs: tuple[Paragraph, ...], last: int) -> int:
    """Where the last item's span ends: after the deeper bullets that follow it."""
    depth = _bullet_key(paragraphs[last])
    end = last + 1
    while end < len(paragraphs) and (key := _bullet_key(paragraphs[end])) and depth and key[0][0] > depth[0][0]:
        end += 1
    return end


def _first_body(paragraphs: tuple[Paragraph, ...]) -> int:
    """The first paragraph of running text (long, with a sentence mark in it), or the end."""
    return next((i for i, p in enumerate(paragraphs) if _running(p.shadow)), len(paragraphs))


# … and a run of short bullets after the text's last body paragraph, with nothing announcing it, is the
# page's footer (links to the site and its accounts: •某某网站 •某某微信), no point of the text; not a run of
# em-dash lines, the genre's own points (——坚持人民至上), which no page sets its links with
FOOTER_ITEM_MAX = 8
GENRE_SIGNS = frozenset(("——", "—"))


def _last_body(paragraphs: tuple[Paragraph, ...]) -> int:
    """The last paragraph of running text (-1 when none)."""
    body = (i for i in range(len(paragraphs) - 1, -1, -1) if _running(paragraphs[i].shadow))
    return next(body, -1)


def _running(shadow: str) -> bool:
    """A paragraph of running text: long, with a sentence mark in it."""
    return len(shadow) > BODY_MIN and _SENTENCE_MARK.search(shadow) is not None


def _footer(paragraphs: tuple[Paragraph, ...], sign: str, run: list[tuple[int, int]], last_body: int) -> bool:
    """A run of short unannounced bullets right after the last body paragraph: the page's footer links."""
    first = run[0][0]
    if sign in GENRE_SIGNS or first == 0 or first - 1 != last_body or _lead(paragraphs, first) is not None:
        return False
    return all(_link(paragraphs, i, at) for i, at in run)


def _link(paragraphs: tuple[Paragraph, ...], i: int, at: int) -> bool:
    """True when the bullet item at paragraph i (its text from `at`) is no longer than a page's link."""
    return len(paragraphs[i].shadow[at:].strip()) <= FOOTER_ITEM_MAX


# … and a long run of short unannounced bullets before the text's first body paragraph is the page's menu,
# whatever its sign (•首页 •通知 … forty links, the page's own title among them): the genre's points
# before any running text come a few at a time, or after a lead
MENU_MIN = 10  # items
MENU_SHORT = 0.8  # the share of them no longer than a footer's link


def _menu(paragraphs: tuple[Paragraph, ...], run: list[tuple[int, int]], first_body: int) -> bool:
    """A long run of short bullets, unannounced, before the first body paragraph: the page's menu."""
    if len(run) < MENU_MIN or run[-1][0] >= first_body or _lead(paragraphs, run[0][0]) is not None:
        return False
    short = sum(_link(paragraphs, i, at) for i, at in run)
    return short >= MENU_SHORT * len(run)


def bullet_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Every run of two or more bullet items of one depth and sign (not a page's menu or footer)."""
    body = last_body = None  # found once, when a run first asks
    for sign, run in _runs(paragraphs):
        if len(run) < 2 or all(FIELD_ROW.fullmatch(paragraphs[i].shadow[at:].strip()) for i, at in run):
            continue
        last_body = _last_body(paragraphs) if last_body is None else last_body
        if _footer(paragraphs, sign, run, last_body):
            continue
        body = _first_body(paragraphs) if body is None else body
        # (a markdown sign's run the line above announces (要点：/ - A / - B) is a list, however short the text)
        led = _lead(paragraphs, run[0][0]) is not None
        if sign in ASCII_SIGNS and paragraphs[run[0][0]].level < BULLET and run[-1][0] < body and not led:
            continue
        if _menu(paragraphs, run, body):
            continue
        yield _draft(paragraphs, sign, run)
