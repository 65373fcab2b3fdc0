"""Glosses: a term followed by its members in brackets, 新发展理念（创新、协调、绿色、开放、共享）.

Study notes, 考点 summaries and textbooks name a formulation and list what it holds in brackets right after it,
with or without a count in the term (“三项制度”（公示、记录、全过程说理）). The brackets hold nothing but the
members, short and set off by 、, all of them: a gloss that explains or abbreviates (（简称A）, （见附件）,
（2021年）) is no list, nor are examples (（如A、B、C）, （A、B、C等）), which a student is not asked to know.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import Paragraph
from study.parse.drafts import DraftItem, DraftList
from study.parse.numerals import hanzi_number
from study.parse.pieces import split_last_conjunction, split_top

# the clause before the bracket (its term at the end, perhaps quoted), then a bracket holding only 、-set members
GLOSS = re.compile(
    r"(?P<clause>[^，,。；;：:！？!?（）()\n]{2,40}?)[（(]"
    r"(?:即|包括|主要是|分别是)?(?P<body>[^（）()，,。；;：:！？!?“”「」\"'《》\n]{3,80})[）)]"
)
MEMBER = re.compile(r"[\u4e00-\u9fff·]{1,8}")  # a member: a few hanzi, nothing else (no figures, no letters)
MIN_MEMBERS = 3  # two could be any pair a sentence mentions (（党政、军民）); three make a formulation's list
MEMBER_MIN_JOINED = 2  # characters each side of a conjunction that parts the last two members
# the bracket explains, points elsewhere or gives examples: no list, whatever it holds
NOT_MEMBERS = re.compile(r"(?:以下|下)?(?:简称|统称|合称)|[详参]?见|注|含|[例比譬诸]?如")
OPEN_ENDS = ("等", "等等")  # a series left open gives examples of a kind, not the members of a formulation
# what opens the clause before the term and is no part of its name: a bullet's mark, a joining word
LEAD_OPENERS = re.compile(r"^[^\u4e00-\u9fff“「\"]*(?:特别是|尤其是|以及|还有|其中|即|和|与|及|并)?")
TERM_COUNT = re.compile(r"[“「\"]?(?P<n>[两二三四五六七八九十]{1,3})[个大项条种点位]")  # “三项制度”, 五大特征


def _members(shadow: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The bracket's members as spans, when every piece between its 、 is one (else None)."""
    spans = split_top(shadow, start, end, "、")
    spans = _joined(shadow, spans)
    if len(spans) < MIN_MEMBERS or not all(MEMBER.fullmatch(shadow, s, e) for s, e in spans):
        return None
    return spans


def _joined(shadow: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members with the last cut at the conjunction that joins it to the one before (A、B、C和D), as a series'
    pieces are (pieces.split_last_conjunction), unless a side is a single character: a gloss's members are terms,
    and 人与自然和谐 is one."""
    split = split_last_conjunction(shadow, spans)
    return split if all(e - s >= MEMBER_MIN_JOINED for s, e in split[len(spans) - 1 :]) else spans


def _term_count(clause: str) -> int | None:
    """The count a term ending its clause opens with (“三项制度”, 五大特征), or None."""
    found = None
    for match in TERM_COUNT.finditer(clause):
        found = match
    return hanzi_number(found.group("n")) if found else None


def gloss_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Members in brackets right after the term they make up, each gloss one inline list led by its clause."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        for match in GLOSS.finditer(shadow):
            body = match.group("body")
            if NOT_MEMBERS.match(body) or body.endswith(OPEN_ENDS):
                continue
            spans = _members(shadow, match.start("body"), match.end("body"))
            if spans is None:
                continue
            clause = para.text[match.start("clause") : match.end("clause")].strip()
            opener = LEAD_OPENERS.match(clause)
            clause = clause[opener.end() :] if opener and opener.end() < len(clause) else clause
            count = _term_count(clause)
            if count is not None and count != len(spans):
                continue  # the term counts something else: the count's own rules read it
            items = tuple(DraftItem("", (i, s), (i, s), e, (i, e)) for s, e in spans)
            evidence = (f"{len(spans)} members in brackets after {clause[-8:]}",)
            yield DraftList("inline", "gloss", items, clause, count, evidence)
