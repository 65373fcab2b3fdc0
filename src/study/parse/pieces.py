"""Pieces of a series inside one sentence: split on separators outside brackets, and on conjunctions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from study.model import Paragraph

Span = tuple[int, int]

OPENERS, CLOSERS = "（(“「《〈‘[【", "）)”」》〉’]】"
# 和/与/及 join the last two pieces of a series (A、B和C); these words only contain the character
NOT_CONJUNCTION = re.compile(
    r"和平|和谐|和睦|和解|和蔼|温和|缓和|调和|随和|饱和|总和|人和"
    r"|及时|及早|及格|普及|涉及|危及|波及|不及|来不及|顾及|论及|惠及|殃及|遍及|推及"
    r"|与其|参与|给与|与会|与否|与日俱增|与时俱进"
)
CONJUNCTION = re.compile(r"以及|和|与|及|并且")
SPACES = " \u3000\t*_"  # blanks and markdown emphasis around a piece belong to no item


def bracketed(shadow: str, start: int, end: int) -> Iterator[tuple[int, str, int]]:
    """(position, character, depth) for each character of shadow[start:end], where depth counts the
    brackets opened before it in the scan and not yet closed (a closing mark gets the depth it closes)."""
    depth = 0
    for at in range(start, end):
        char = shadow[at]
        if char in CLOSERS:
            yield at, char, depth
            depth = max(0, depth - 1)
            continue
        yield at, char, depth
        if char in OPENERS:
            depth += 1


def split_top(shadow: str, start: int, end: int, seps: str) -> list[Span]:
    """The pieces of shadow[start:end] between separator characters that stand outside brackets."""
    spans: list[Span] = []
    pos = start
    for at, char, depth in bracketed(shadow, start, end):
        if char in seps and depth == 0:
            spans.append((pos, at))
            pos = at + 1
    spans.append((pos, end))
    return [span for span in (trim(shadow, s, e) for s, e in spans) if span[1] > span[0]]


# a series the author leaves open closes on 等等 (A；B；等等。), a word for the rest and no point of its own
ETC = re.compile(r"[ \u3000]*(?:等等|等|\.{3,6}|…{1,2})[ \u3000]*")


def without_etc(shadow: str, spans: list[Span]) -> list[Span]:
    """The pieces of a series without a last one that only says 'and so on'."""
    if spans and ETC.fullmatch(shadow, *spans[-1]):
        return spans[:-1]
    return spans


def trim(shadow: str, start: int, end: int) -> Span:
    """A span without the blanks and emphasis marks at its ends."""
    while start < end and shadow[start] in SPACES:
        start += 1
    while end > start and shadow[end - 1] in SPACES:
        end -= 1
    return start, end


def conjunctions(shadow: str, start: int, end: int) -> list[re.Match[str]]:
    """The conjunctions inside shadow[start:end] that may join two pieces (not 和平, 及时), outside brackets:
    a 及 inside a quoted piece is the piece's own (「甲及乙」及「丙、丁及戊」 joins two quoted pieces)."""
    blocked = [(m.start(), m.end()) for m in NOT_CONJUNCTION.finditer(shadow, start, end)]
    inside = {at for at, char, depth in bracketed(shadow, start, end) if depth and char not in CLOSERS}
    found = CONJUNCTION.finditer(shadow, start + 1, end - 1)
    return [m for m in found if m.start() not in inside and not any(s <= m.start() < e for s, e in blocked)]


# the conjunctions that join a series' last two pieces, surest first: 与 joins the halves of a term as often
# (批评与自我批评, 理论与实践), 和 and 以及 seldom do
JOINERS = ("以及", "和", "及", "并且", "与")


def split_last_conjunction(shadow: str, spans: list[Span]) -> list[Span]:
    """The spans with the last one cut at its conjunction (A、B和C → A, B, C), unchanged when it has none.
    Where it holds several (A、B和C与D), the surest joiner cuts it, the last of them where they are alike:
    the others belong to a term (理论联系实际、密切联系群众和批评与自我批评 → 批评与自我批评)."""
    if not spans:
        return spans
    s, e = spans[-1]
    found = conjunctions(shadow, s, e)
    if not found:
        return spans
    match = min(reversed(found), key=lambda m: JOINERS.index(m.group()))
    left, right = trim(shadow, s, match.start()), trim(shadow, match.end(), e)
    if left[1] <= left[0] or right[1] <= right[0]:
        return spans
    return [*spans[:-1], left, right]


def series(shadow: str, start: int, end: int, n: int, levels: tuple[str, ...]) -> list[Span] | None:
    """Exactly n pieces of shadow[start:end]: each separator level in turn, first as it splits, then with
    its last piece cut at a conjunction (A、B和C); None when no level gives n."""
    for seps in levels:
        spans = split_top(shadow, start, end, seps)
        if len(spans) == n:
            return spans
        if len(spans) + 1 != n:
            continue  # a cut at the last conjunction adds one piece at most
        # two pieces joined by a conjunction alone (A和B两个问题) are ambiguous when more than one conjunction
        # stands between them (如何A和B如何C和D两个问题): which one joins the pieces, no reading says
        if len(spans) == 1 and len(conjunctions(shadow, *spans[0])) > 1:
            continue
        joined = split_last_conjunction(shadow, spans)
        if len(joined) == n:
            return joined
    return None


def _hanzi(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def parallel(a: str, b: str) -> bool:
    """True when two pieces look built alike: same first or last character (a hanzi), or the same two
    characters at the same offset (上半部分讲…/下半部分讲…)."""
    a, b = a.strip(SPACES), b.strip(SPACES)
    if not a or not b:
        return False
    if (a[0] == b[0] and _hanzi(a[0])) or (a[-1] == b[-1] and _hanzi(a[-1])):
        return True
    return same_pair(a, b)


def same_pair(a: str, b: str) -> bool:
    """True when two texts have the same two hanzi at one offset (上半部分讲…/下半部分讲…, 要实，不搞 / 要深，不搞)."""
    return any(a[k : k + 2] == b[k : k + 2] and all(map(_hanzi, a[k : k + 2])) for k in range(min(len(a), len(b)) - 1))


# a text typed with straight quotes ("四个意识", 提出"三步走"战略) sets off its formulations as “四个意识” does: read
# in pairs, the first of each opens and the second closes; an odd number of them pairs up no way we can trust
STRAIGHT = '"'


def curled(shadow: str) -> str:
    """The shadow with its straight double quotes read as curly pairs (“…”), when they pair up; same length."""
    count = shadow.count(STRAIGHT)
    if count == 0 or count % 2:
        return shadow
    marks = iter("“”" * (count // 2))
    return re.sub(STRAIGHT, lambda _: next(marks), shadow)


def curled_paragraphs(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs with their shadows curled (see curled); the text, which items quote, stays as written."""
    if not any(STRAIGHT in para.shadow for para in paragraphs):
        return paragraphs
    return tuple(replace(para, shadow=curled(para.shadow)) if STRAIGHT in para.shadow else para for para in paragraphs)
