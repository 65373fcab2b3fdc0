"""Colon + comma series: an announcing clause, a colon, then short pieces up to the sentence end
(X的主题是：A，B，C。 / X问题：A、B); and labelled pieces in a row (德：A。能：B。勤：C。)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import Paragraph
from study.parse.counts import announced_count
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import furniture_label, last_sentence
from study.parse.markers import Kind, marker_at
from study.parse.pieces import Span, parallel, split_top, without_etc

COLON = re.compile(r"[：:]")
# nouns and verbs that, ending the clause before a colon (optionally + 是/为), announce what follows as
# a list: these alone let two pieces count (not 方面: 所有制方面：… labels a statement, and a counted
# 三个方面：… is the count rule's)
STRONG = (
    "主题", "问题", "要求", "任务", "内容", "原则", "标准", "目标", "方针", "路线", "措施", "包括", "包含",
    "如下", "以下", "分为", "特点", "重点", "步骤", "途径", "表现为", "表现在", "体现在",
    "概括为", "归纳为", "总结为", "条件", "因素", "内涵", "精髓", "本质", "核心",
)  # fmt: skip
COPULAS = ("就是", "是", "为")  # 主题是：/ 路线为：: the announcing noun sits before them
# a bare copula or 有 announces a list more weakly (答案是：…): it needs more pieces
WEAK = ("是", "为", "有")
WEAK_MIN, STRONG_MIN = 3, 2
# any other short clause before a colon is a label (…的活的灵魂：) when what follows is a bare 、 series of
# terms up to the sentence end (A、B、C。): what a review sheet writes as a term and its members (but not a
# label of the document's furniture or of who attends: leads.furniture_label)
LABEL_MAX = 20  # characters of the label: a noun phrase, not a clause that goes on
TERM_MAX = 10  # characters of each term of a labelled series: words, not clauses
LABEL_MIN = 3  # terms a labelled series needs (two are as often a phrase: 党和国家、人民)
# a colon after a speech verb introduces a quotation or a statement, not a list
SPEECH = (
    "指出",
    "说",
    "强调",
    "认为",
    "表示",
    "写道",
    "宣布",
    "回答",
    "讲",
    "告诉",
    "谈到",
    "提到",
    "号召",
    "希望",
    "问",
)
CLAUSE_BREAK = "。！？!?；;，,"
SENTENCE_END = re.compile(r"[。！？!?]")
PIECE_MAX = 25  # headline-sized pieces; longer ones are sentences, not a series …
SCAN = 300  # how far a clause or a series may reach from its colon
LAST_MAX = 40  # … but a series may close on a longer purpose clause (为…而奋斗)


def announcement(clause: str) -> str | None:
    """'strong' or 'weak' when a clause ending before a colon announces a list, 'label' when it is short
    enough to name the terms after it, else None."""
    clause = clause.strip(" \u3000*")
    if not clause or clause.endswith(SPEECH):
        return None
    for copula in ("", *COPULAS):
        if clause.endswith(copula) and clause[: len(clause) - len(copula)].endswith(STRONG):
            return "strong"
    if clause.endswith(WEAK):
        return "weak"
    return "label" if len(clause) <= LABEL_MAX and not furniture_label(clause) else None


def _terms(shadow: str, start: int, end: int) -> list[Span] | None:
    """After a label, the 、 terms up to the sentence end when they are a bare series of short terms."""
    if re.search(r"[，,]", shadow[start:end]):
        return None
    spans = split_top(shadow, start, end, "、")
    if len(spans) < LABEL_MIN or not all(e - s <= TERM_MAX for s, e in spans):
        return None
    return spans


def _pieces(shadow: str, start: int, end: int) -> list[Span]:
    """The comma pieces after the colon, or its 、 pieces when it has no comma."""
    spans = split_top(shadow, start, end, "，,")
    return spans if len(spans) > 1 else split_top(shadow, start, end, "、")


def _series(shadow: str, colon: re.Match[str], strength: str) -> list[Span] | None:
    """The pieces from the colon to the sentence end, when they are a short series."""
    start = colon.end()
    if shadow[start : start + 1] in ("“", "「", "‘", '"'):
        return None  # a quotation follows
    end_match = SENTENCE_END.search(shadow, start, start + SCAN)
    end = end_match.start() if end_match else len(shadow)
    if end - start > SCAN:
        return None  # no sentence end in sight: no inline series (and the scan stays linear)
    if end_match and end_match.group() in "？！?!":
        return None  # a question or an exclamation, not a series
    if re.search(r"[；;：:]", shadow[start:end]):
        return None  # semicolon lists and nested colons are other rules' business
    if strength == "label":
        return _terms(shadow, start, end)
    spans = without_etc(shadow, _pieces(shadow, start, end))
    if _one_title(shadow, spans) or _opens_a_point(shadow, spans):
        return None
    needed = STRONG_MIN if strength == "strong" else WEAK_MIN
    if len(spans) < needed or not all(e - s <= PIECE_MAX for s, e in spans[:-1]):
        return None
    if spans[-1][1] - spans[-1][0] > LAST_MAX:
        return None
    if len(spans) == 2 and not parallel(shadow[slice(*spans[0])], shadow[slice(*spans[1])]):
        return None  # two pieces not built alike are a sentence going on (要求：各地要重视，认真落实)
    return spans


def _opens_a_point(shadow: str, spans: list[Span]) -> bool:
    """True when the first piece alone opens with a heading marker (如下：一、提高认识，把…): the colon begins
    the first numbered point (a page that ran its lines together), whose clauses the commas separate; pieces
    each marked (包括：（1）A，（2）B，（3）C) are a series."""
    if len(spans) < 2:
        return False
    first = marker_at(shadow, spans[0][0], 0)
    if first is None or first.rule.kind is not Kind.HEADING:
        return False
    return first.rule.pattern.match(shadow, spans[1][0]) is None


def _one_title(shadow: str, spans: list[Span]) -> bool:
    """True when the colon names one title and the sentence goes on (题目是：《…》，借此机会，…): a series of
    titles (包括：《A》、《B》) has a title in every piece."""
    titled = [shadow[s:e].strip().startswith("《") for s, e in spans]
    return bool(titled) and titled[0] and not any(titled[1:])  # no pieces: nothing is named


def colon_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """A clause that announces, a colon, then comma or 、 pieces up to the sentence end."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        for colon in COLON.finditer(shadow):
            floor = max(0, colon.start() - SCAN)
            begin = max(floor - 1, *(shadow.rfind(p, floor, colon.start()) for p in CLAUSE_BREAK)) + 1
            strength = announcement(shadow[begin : colon.start()])
            spans = _series(shadow, colon, strength) if strength else None
            if not spans:
                continue
            lead = para.text[begin : colon.end()].strip()
            evidence = (f"lead ends with {lead[-4:]}", f"{len(spans)} short pieces up to the sentence end")
            items = tuple(DraftItem("", (i, s), (i, s), e, (i, e)) for s, e in spans)
            yield DraftList("inline", "colon", items, lead, None, evidence)


# Labelled pieces: sentences or semicolon pieces in a row that each open with a short label, a colon and what
# it says of that label (德：思想品行。能：业务本领。勤：工作态度。 / 政治上：A；思想上：B；组织上：C): what a review
# sheet writes as a term's parts, one piece each. A label may be one character (德, 能, 勤 of 德能勤绩廉). The first
# piece may open with the label of the whole before its own (释义：德：A。能：B。): the run begins after that colon.
LABELLED_MIN = 3  # pieces a run needs: two labelled sentences are as often a dialogue's two turns
LABELLED_MAX = 6  # characters of a label: a word or two, not a clause
LABEL_SPREAD = 3  # the longest label at most this many characters longer than the shortest: parallel labels
_LABELLED = re.compile(rf"[ \u3000]*([\u4e00-\u9fff]{{1,{LABELLED_MAX}}})[：:](?![：:])")
_PIECE_END = re.compile(r"[。！？!?；;]")
HEADER_REACH = 8  # characters before a colon that may label the whole run ahead of its first piece


def _labelled_pieces(shadow: str) -> list[tuple[int, int, str]]:
    """The sentences and semicolon pieces of a paragraph as (start, end, label), label "" when a piece opens with
    none (end before the closing mark)."""
    pieces, pos = [], 0
    while pos < len(shadow):
        stop = _PIECE_END.search(shadow, pos)
        end = stop.start() if stop else len(shadow)
        match = _LABELLED.match(shadow, pos, end)
        if not (match and match.end() < end) and (header := COLON.search(shadow, pos, min(end, pos + HEADER_REACH))):
            match = _LABELLED.match(shadow, header.end(), end)
        label = match.group(1) if match and match.end() < end and not furniture_label(match.group(1)) else ""
        start = match.start(1) if match else pos
        pieces.append((start, end, label))
        pos = stop.end() if stop else len(shadow)
    return pieces


def _label_runs(pieces: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """Maximal runs of labelled pieces in a row whose labels differ and are of like length."""
    run: list[tuple[int, int, str]] = []
    for piece in [*pieces, (0, 0, "")]:
        labels = [label for _, _, label in run]
        lengths = [len(label) for label in [*labels, piece[2]]]
        if piece[2] and piece[2] not in labels and max(lengths) - min(lengths) <= LABEL_SPREAD:
            run.append(piece)
            continue
        if len(run) >= LABELLED_MIN:
            yield run
        run = [piece] if piece[2] else []


def label_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Sentences or semicolon pieces in a row, each a short label, a colon and what it says of the label."""
    for i, para in enumerate(paragraphs):
        if len(COLON.findall(para.shadow)) < LABELLED_MIN:
            continue
        for run in _label_runs(_labelled_pieces(para.shadow)):
            items = tuple(DraftItem("", (i, s), (i, s), e, (i, e)) for s, e, _ in run)
            lead = last_sentence(para.text[: run[0][0]]) or None
            evidence = (f"{len(run)} pieces in a row open with a label and a colon: {'/'.join(x[2] for x in run)}",)
            yield DraftList("inline", "label", items, lead, announced_count(lead), evidence)
