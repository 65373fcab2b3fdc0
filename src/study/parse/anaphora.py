"""Anaphora: consecutive paragraphs, sentences or clauses that open with the same words.

Two readings, two detectors: `block_lists` finds runs of body paragraphs that open alike (each item
spans its paragraph); `inline_lists` finds, inside one paragraph, runs of sentences or of clauses
that open alike (靠的是A，靠的是B，靠的是C), the first of which may open inside its clause, after a
lead (我们党必须始终代表A，代表B，代表C). The shared opening is cut at a word boundary (rjieba), so
that 是否有利于发展… / 是否有利于增强… share 是否有利于 and not half a word. Items keep their opening
in their text (the opening is shown in the evidence): the head is then the whole parallel phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import rjieba

from study.model import BODY_LEVEL, HEADING_LEVELS, Paragraph
from study.parse.counts import announced_count
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import FURNITURE_MAX, closing_mark, ends_with_colon, furniture_label, last_sentence
from study.parse.markers import marker_at
from study.parse.paragraphs import HEADLINE_MAX, HEADLINE_MIN
from study.parse.pieces import ETC
from study.script import simplify

# Openings every kind of prose repeats without enumerating anything: pronouns and demonstratives,
# connectives, prepositions and time words that begin sentences. A run sharing only one of these
# (我们…。我们…。) is ordinary narration; a longer opening that starts with one (我们必须…) still counts.
STOP_OPENINGS = frozenset(
    {
        "我们", "我国", "我党", "我们党", "他们", "它们", "他", "她", "它", "我", "你", "你们", "大家",
        "这", "这是", "这些", "这个", "这种", "这样", "这里", "那", "那么", "那些", "其", "其中", "其他",
        "但是", "但", "可是", "然而", "不过", "同时", "因此", "所以", "因而", "于是", "而且", "并且", "而",
        "如果", "假如", "因为", "由于", "虽然", "尽管", "只有", "只要", "不仅", "不但", "无论", "即使",
        "在", "对", "对于", "关于", "为了", "通过", "根据", "按照", "从", "当", "把", "将", "被", "由",
        "目前", "现在", "当前", "今年", "去年", "近年来", "今后", "过去", "以后", "此外", "另外", "总之",
        "一些", "有些", "一般", "各级", "各地", "所有", "许多", "很多", "一个", "每个", "也", "还", "又",
        "就", "都", "的", "了", "和", "与", "及", "中国", "我省", "我市", "本", "该",
        "据了解", "据悉", "据介绍", "据报道", "据统计",
    }
)  # fmt: skip
# One-character openings that do make a series inside one sentence (是A的阶段；是B的阶段；是C的阶段)
# when at least INLINE_MIN clauses repeat them; across paragraphs one character is never enough.
SINGLE_OPENINGS = frozenset("是有要靠在为用")
# … of which 要 alone also opens demands across paragraphs (要A。/ 要B。/ 要C。), when at least INLINE_MIN of
# them repeat it, and across the sentences of one paragraph when a frame says whose demands they are
# (会议指出，要A。要B。要C。): narration does not open paragraph after paragraph with it
DEMAND_OPENINGS = frozenset("要")
# … but not where 要 begins another word: a condition (要是, 要不), a topic (要说) or an aside (要知道)
NOT_DEMANDS = ("要是", "要不", "要说", "要知道", "要么")
# rjieba tag initials: nouns, place and time words, abbreviations, distinguishing words (上级)
TOPIC_TAGS = frozenset("nsjbtfr")  # … and pronouns that point at one (各级, 这些)
FUNCTION_TAGS = frozenset("dcp")  # adverbs, conjunctions, prepositions
# adverbs of constancy: they stand before a whole verb phrase, a commitment held always (始终A，始终B，始终C; 永远…),
# and each clause they open is one; other adverbs grade or deny the verb after them (更加开放，更加包容; 不许A，
# 不许B), a figure around the verbs that differ
CONSTANCY_ADVERBS = frozenset({"始终", "永远", "一直", "一贯", "一向", "历来", "向来", "时刻", "时时", "处处", "不断"})
# modal verbs of obligation: clauses opening with one are demands however their verbs differ (务必A，
# 务必B，务必C), not a figure of speech around them (更加A，更加B). Clauses one governs from just before
# the first of them are demands too (要聚焦A，聚焦B，聚焦C), though 要更加A，更加B stays a figure. A clause
# that sums demands up may follow them (…，务必C，真抓实干) unless it is a consequence (只要A，只要B，就C);
# after other runs any clause makes them part of a larger statement (把A作为X，把B作为Y，…，做到…)
DEMANDS = ("务必", "必须", "一定要", "应当", "务求")
GOVERNING_DEMANDS = (*DEMANDS, "要")
CONSEQUENCES = ("就", "才", "便", "则", "都", "也", "还", "那么", "那")
# verbs that introduce what someone said: news and reports put 他说…。她表示…。 paragraphs in a row
REPORTING_VERBS = frozenset({"说", "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "称", "提到", "了解到"})
# a first clause that only says who speaks (会议指出，/ 他强调，) frames what follows: demands framed so
# (会议强调，要A。会议要求，要B。) open alike after their frames, and the frame stays in the item's text
FRAME_VERBS = (*REPORTING_VERBS, "要求", "提出", "号召", "希望", "重申")
FRAME_MAX = 12  # characters a frame clause may have: a subject and its verb
_FRAME_END = re.compile(r"[，,][ \u3000]*")
OPENING_MIN = 2  # characters an opening needs (but see SINGLE_OPENINGS)
BLOCK_MIN = 2  # paragraphs a block run needs: two paragraphs opening with the same words already repeat
INLINE_MIN = 3  # sentences or clauses an inline run needs: two alike clauses are too often chance
CLAUSE_MAX = 80  # a clause member longer than this is a passage, not a parallel member
SENTENCE_MAX = 200  # the same for a sentence member
HEAD_RATIO = 2  # sentences of one run open with first clauses of comparable length (许多人，…。许多人，…。)
SHAPE_RATIO = 4  # the longest inline item at most this many times the shortest: parallel members
LOOKAHEAD = 8  # characters past the shared beginning that segmentation looks at to place word boundaries
BLOCK_RULE, INLINE_RULE = "anaphora", "anaphora-inline"  # the detectors' names in the table
BODY = BODY_LEVEL  # paragraph level of body text: headings and bullets are other detectors' lists
# a line without any sentence or clause-closing mark, this short, is a heading; a run that mixes such a
# line with longer prose paragraphs repeats a topic word across a heading and its body, it lists nothing
HEADING_LINE_MAX = 40
BODY_RATIO = 2  # a sentence this many times as long as a heading line beside it is that heading's body
HEADING_REACH = 30  # paragraphs looked back for the heading a run stands under (keeps the scan linear-ish)
TERM_MIN = 3  # characters a shared opening needs to be the document's topic term (党的 is no topic)
_CLOSING_MARKS = re.compile(r"[。！？!?；;：:]")
_QUESTION_MARKS = "？?"
_SENTENCE_MARKS = "。！？!?"
_FULL_STOPS = frozenset("。.")  # a statement's end: a question or exclamation announces no list

_HANZI = re.compile(r"[\u4e00-\u9fff]")
_OPEN_PUNCT = " \u3000“”「」‘’\"'（(《…."  # ….: an ellipsis opening a sentence stands for words left out
_OPENING_MARKS = "“「‘《（("  # … of which these only open: a ” before a sentence closed the one before it


def _pieces(separators: str) -> re.Pattern[str]:
    """Pieces of text between separators, from their first word on (group 1)."""
    return re.compile(rf"[{_OPEN_PUNCT}]*([^{separators}{_OPEN_PUNCT}][^{separators}]*)")


_SENTENCE = _pieces("。！？!?")
_CLAUSE = _pieces("，,；;")
_PIECE = _pieces("；;")
_SEMICOLON = re.compile(r"[；;]")
_SEMIS = ("；", ";")
_FIRST_CLAUSE = re.compile(r"[^，,；;：:]*")
_NUMERAL = re.compile(r"[两二三四五六七八九十]")  # a lead without one announces no count


class _Unit(NamedTuple):
    """A paragraph, sentence or clause that may be an item: where its text begins and ends."""

    para: int
    start: int  # offset of its first character (after leading spaces)
    end: int  # offset after its last character (before its closing punctuation)


@lru_cache(maxsize=4096)
def _boundaries(text: str) -> frozenset[int]:
    """The offsets in text where a word ends, by rjieba's segmentation."""
    cuts, pos = set(), 0
    for word in rjieba.cut(text):
        pos += len(word)
        cuts.add(pos)
    return frozenset(cuts)


def _hanzi_prefix(a: str, b: str, limit: int) -> int:
    """How many Chinese characters (at most limit) two strings share at their start."""
    n = 0
    for x, y in zip(a[:limit], b[:limit], strict=False):
        if x != y or not "\u4e00" <= x <= "\u9fff":
            break
        n += 1
    return n


def opening(a: str, b: str, limit: int = LOOKAHEAD * 4) -> str:
    """The longest opening (at most limit characters) two texts share that ends at a word boundary
    in both ("" when none)."""
    n = _hanzi_prefix(a, b, limit)
    if n == 0:
        return ""
    common = _boundaries(a[: n + LOOKAHEAD]) & _boundaries(b[: n + LOOKAHEAD])
    if a[0] in SINGLE_OPENINGS:
        common |= {1}  # 是 is a word even where rjieba glues it to what follows (是由)
    # a demand word is one word where rjieba glues its 要 to the verb after it (一定/要学用): 一定要A，一定要B
    common |= {len(word) for word in DEMANDS if a.startswith(word) and b.startswith(word)}
    cut = max((c for c in common if c <= n), default=0)
    return a[:cut]


def acceptable(open_: str, inline: bool) -> bool:
    """An opening that can mark items: long enough, and not an opener all prose repeats."""
    if open_ in STOP_OPENINGS:
        return False
    if len(open_) >= OPENING_MIN:
        return True
    return open_ in (SINGLE_OPENINGS if inline else DEMAND_OPENINGS)


@lru_cache(maxsize=4096)
def _tagged(open_: str) -> tuple[tuple[str, str], ...]:
    """rjieba's words of the opening with their part-of-speech tags, particles (的, 着) left out."""
    return tuple((word, tag) for word, tag in rjieba.tag(open_) if not tag.startswith("u"))


def _tags(open_: str) -> tuple[str, ...]:
    """The part-of-speech tags of the opening's words (see _tagged)."""
    return tuple(tag for _, tag in _tagged(open_))


def is_topic(open_: str) -> bool:
    """An opening made of nouns only (中央委员会委员, 党的十三大): paragraphs about one topic, not items."""
    tags = _tags(open_)
    return bool(tags) and all(tag[0] in TOPIC_TAGS or tag == "vn" for tag in tags)


def is_report(open_: str) -> bool:
    """An opening that is a subject and a verb of saying (他说, 专家认为): quotations in a row, not items."""
    words = _tagged(open_)
    if len(words) < 2 or words[-1][0] not in REPORTING_VERBS:
        return False
    return all(tag[0] in TOPIC_TAGS for _, tag in words[:-1])


def is_function(open_: str) -> bool:
    """An opening of adverbs, prepositions or conjunctions only (更加…，更加…; 不许…，不许…): a figure of speech
    around the verbs that differ, not the items' shared head (必须坚持… is one), unless its adverbs are all of
    constancy (始终…，始终…，始终…): what they govern is each clause's whole verb phrase, one commitment each."""
    words = _tagged(open_)
    if not words or any(tag[0] not in FUNCTION_TAGS for _, tag in words):
        return False
    return not all(word in CONSTANCY_ADVERBS for word, _ in words)


# the common openers that begin with a one-character opening (有些, 为了): where a member opens with one, the
# character is that word's, and the members share no opening of their own (有过A，有些B，有些C)
_STOP_BY_FIRST = {
    char: tuple(word for word in STOP_OPENINGS if len(word) > 1 and word[0] == char) for char in SINGLE_OPENINGS
}


def _in_stop_word(open_: str, *texts: str) -> bool:
    """True when a one-character opening begins, in one of the texts, a common opener (有些…)."""
    words = _STOP_BY_FIRST.get(open_, ()) if len(open_) == 1 else ()
    return bool(words) and any(text.startswith(words) for text in texts)


def _said_again(texts: Sequence[str]) -> bool:
    """True when a member is another one said again: word for word, or a sentence the other goes on past at
    a clause mark (a page repeating its summary as its text's first paragraph): one point twice, not a list.
    A heading line the paragraphs under it open with (坚持A / 坚持A，就要…) is no sentence and is sorted out later."""
    if len(set(texts)) < len(texts):
        return True
    for a, first in enumerate(texts):
        for second in texts[a + 1 :]:
            short, long = sorted((first, second), key=len)
            core = short.rstrip(_SENTENCE_MARKS)
            if core != short and long.startswith(core) and long[len(core)] in _CLAUSE_MARKS:
                return True
    return False


_CLAUSE_MARKS = "，,；;：:。！？!?"


def _runs(texts: Sequence[str], inline: bool, least: int) -> Iterator[tuple[int, int, str]]:
    """Maximal runs [k, end) of consecutive texts opening alike, with their shared opening.

    The opening of a run is that of its first two texts, shortened (at word boundaries) as later
    texts join, as long as it stays acceptable: 坚持党的A / 坚持党的B / 坚持改革C share 坚持.
    """
    k = 0
    while k + 1 < len(texts):
        shared = opening(texts[k], texts[k + 1]) if texts[k][:1] == texts[k + 1][:1] else ""
        if not acceptable(shared, inline) or _in_stop_word(shared, texts[k], texts[k + 1]):
            k += 1
            continue
        end = k + 2
        while end < len(texts):
            shorter = opening(texts[k], texts[end], len(shared))
            if not acceptable(shorter, inline) or _in_stop_word(shorter, texts[end]):
                break
            shared, end = shorter, end + 1
        # members repeat the opening, not themselves: a sentence said again is not a list
        if end - k >= least and not _said_again(texts[k:end]):
            yield k, end, shared
        k = end


def _body_start(text: str) -> int:
    """Where a paragraph's words begin, after indentation and opening quotes or brackets."""
    return len(text) - len(text.lstrip(_OPEN_PUNCT))


def _not_demands(texts: Sequence[str]) -> bool:
    """True when some text opens with a word that only begins with 要 (要是…, 要说…)."""
    return any(text.startswith(NOT_DEMANDS) for text in texts)


def _past_frame(text: str) -> str:
    """A text from after its frame clause when a demand follows it (会议指出，要… → 要…), else the whole
    text: framed statements that go on alike (会议指出，学习X是…。会议强调，学习X要…) repeat a topic."""
    comma = _FRAME_END.search(text, 0, FRAME_MAX + 2)
    if comma is None or not text[: comma.start()].endswith(FRAME_VERBS):
        return text
    rest = text[comma.end() :]
    return rest if rest.startswith(GOVERNING_DEMANDS) else text


def _block_units(paragraphs: tuple[Paragraph, ...], marked: set[int]) -> list[list[_Unit]]:
    """Stretches of consecutive body paragraphs that open with a Chinese character and no marker."""
    stretches: list[list[_Unit]] = [[]]
    for i, para in enumerate(paragraphs):
        start = _body_start(para.shadow)
        if (
            para.level != BODY
            or i in marked
            or start >= len(para.shadow)
            or not _HANZI.match(para.shadow[start])
            or _field_line(para.shadow)
        ):
            if stretches[-1]:
                stretches.append([])
            continue
        stretches[-1].append(_Unit(i, start, len(para.text.rstrip())))
    return [s for s in stretches if len(s) >= BLOCK_MIN]


def _field_line(shadow: str) -> bool:
    """A line of a page's furniture: a label that furniture_label knows, a colon, its value (发布部门：某某 /
    发文字号：某发〔2024〕3号): consecutive fields open alike (发布…) and list nothing."""
    colon = min((at for at in (shadow.find("："), shadow.find(":")) if at >= 0), default=-1)
    return 0 < colon <= FURNITURE_MAX and furniture_label(shadow[:colon])


def _heading_line(shadow: str) -> bool:
    """A short line with no closing or dividing mark: a heading."""
    return len(shadow) <= HEADING_LINE_MAX and not _CLOSING_MARKS.search(shadow)


def _mixes_headings(paragraphs: tuple[Paragraph, ...], run: Sequence[_Unit]) -> bool:
    """True when a run holds both a heading line (short, no closing mark) and prose: a long paragraph, or a
    sentence more than twice as long as the heading (成立专责小组 / 成立由某某牵头的专责小组，统筹推进。: a heading
    and its body; 是否有利于A / 是否有利于B为标准。 are members of one length)."""
    shadows = [paragraphs[u.para].shadow.strip() for u in run]
    headings = [len(s) for s in shadows if _heading_line(s)]
    if not headings:
        return False
    return any(
        len(s) > HEADING_LINE_MAX or (closing_mark(s) in _SENTENCE_MARKS and len(s) > BODY_RATIO * min(headings))
        for s in shadows
    )


def _asks_and_answers(ends: Sequence[str]) -> bool:
    """True when some members are questions and others are not: a question and its answer repeat the
    question's words (X的重点是什么？ / X的重点是…。), they are a dialogue, not parallel items."""
    asked = [end != "" and end in _QUESTION_MARKS for end in ends]
    return any(asked) and not all(asked)


def _heading_above(paragraphs: tuple[Paragraph, ...], para: int) -> str:
    """The nearest heading line above a paragraph (a markup heading or a short line with no closing mark),
    looked for among the HEADING_REACH paragraphs before it; "" when none."""
    for j in range(para - 1, max(para - HEADING_REACH, 0) - 1, -1):
        shadow = paragraphs[j].shadow.strip()
        if paragraphs[j].level in HEADING_LEVELS or _heading_line(shadow):
            return shadow
    return ""


def _names_the_topic(shared: str, paragraphs: tuple[Paragraph, ...], para: int, title: str) -> bool:
    """True when the shared opening is a term (TERM_MIN characters at least) that the document's title (in
    simplified script) or the heading above the run names: paragraphs that open with what they are about
    (述职报告是…。/ 述职报告可分为…) describe it, they list nothing."""
    if len(shared) < TERM_MIN:
        return False
    return shared in title or shared in _heading_above(paragraphs, para)


def _semicolon_chains(paragraphs: tuple[Paragraph, ...], units: list[_Unit]) -> list[list[_Unit]]:
    """Runs of consecutive paragraphs of which each but the last ends with a semicolon: one sentence's clauses
    set out a line each (是A的需要；/ 是B的需要；/ 是C的需要。), so they are read as clauses are."""
    chains: list[list[_Unit]] = [[]]
    for unit in units:
        chain = chains[-1]
        if chain and (unit.para != chain[-1].para + 1 or closing_mark(paragraphs[chain[-1].para].shadow) not in _SEMIS):
            chains.append(chain := [])
        chain.append(unit)
    return [chain for chain in chains if len(chain) >= INLINE_MIN]


def _block_draft(
    paragraphs: tuple[Paragraph, ...], units: Sequence[_Unit], shared: str, title: str
) -> DraftList | None:
    """The list a run of paragraphs opening with shared makes, or None when the run repeats a topic, quotes
    people, mixes a heading with its body or asks and answers."""
    if is_topic(shared) or is_report(shared) or _names_the_topic(shared, paragraphs, units[0].para, title):
        return None
    run = list(units)
    if _mixes_headings(paragraphs, run):
        run = [u for u in run if not _heading_line(paragraphs[u.para].shadow.strip())]
        if len(run) < BLOCK_MIN:
            return None  # a heading's words repeated in its body: the body paragraphs alone may still repeat
    if _asks_and_answers([closing_mark(paragraphs[u.para].shadow) for u in run]):
        return None
    items = tuple(DraftItem("", (u.para, u.start), (u.para, u.start), u.end, (u.para + 1, 0)) for u in run)
    before = paragraphs[run[0].para - 1] if run[0].para > 0 else None
    lead = _block_lead(before, len(run)) if before else None
    evidence = (f"{len(run)} consecutive paragraphs open with {shared}",)
    return DraftList("anaphora", BLOCK_RULE, items, lead, _count(lead), evidence)


def _block_lead(before: Paragraph, members: int) -> str | None:
    """The lead of a block run: the paragraph's last sentence when it ends with a colon, or when it closes
    with 。 and names as many members as the run has (要做到“四个坚持”。 before four 坚持… paragraphs)."""
    if ends_with_colon(before.shadow):
        return last_sentence(before.text)
    sentence = last_sentence(before.text)
    # a full stop ends a statement; only the count it names, matched by the run, makes it announce the run
    if closing_mark(before.shadow) in _FULL_STOPS and _count(sentence) == members:
        return sentence
    return None


def block_lists(paragraphs: tuple[Paragraph, ...], marked: set[int], title: str | None = None) -> Iterator[DraftList]:
    """Runs of consecutive body paragraphs that open with the same words."""
    title = simplify(title or "")
    for units in _block_units(paragraphs, marked):
        texts = [_past_frame(paragraphs[u.para].shadow[u.start :]) for u in units]
        for k, end, shared in _runs(texts, inline=False, least=BLOCK_MIN):
            run, opened = units[k:end], texts[k:end]
            draft = _block_run(paragraphs, run, opened, shared, title)
            draft = draft or (_run_after_first(paragraphs, run, opened, shared, title) if end - k > BLOCK_MIN else None)
            if draft:
                yield draft
        # a sentence's clauses a line each open alike as clauses do: one character (是) is enough there
        for chain in _semicolon_chains(paragraphs, units):
            chained = [_past_frame(paragraphs[u.para].shadow[u.start :]) for u in chain]
            for k, end, shared in _runs(chained, inline=True, least=INLINE_MIN):
                if len(shared) >= OPENING_MIN or shared in DEMAND_OPENINGS:
                    continue  # the reading across paragraphs above has it
                if draft := _block_draft(paragraphs, chain[k:end], shared, title):
                    yield draft


def _run_after_first(
    paragraphs: tuple[Paragraph, ...], units: Sequence[_Unit], texts: Sequence[str], shared: str, title: str
) -> DraftList | None:
    """The list the run makes without its first paragraph, when that one shares only a short word with the rest
    (报告A。/ 报告使我们B。/ 报告使我们C。…) and hid the longer opening the rest share."""
    for j, stop, longer in _runs(texts[1:], inline=False, least=BLOCK_MIN):
        if (j, stop) == (0, len(texts) - 1) and len(longer) > len(shared):
            return _block_run(paragraphs, units[1:], texts[1:], longer, title)
    return None


def _block_run(
    paragraphs: tuple[Paragraph, ...], units: Sequence[_Unit], texts: Sequence[str], shared: str, title: str
) -> DraftList | None:
    """The list of a run of paragraphs opening alike, unless its opening is too short for its length."""
    if len(shared) < OPENING_MIN and (len(texts) < INLINE_MIN or _not_demands(texts)):
        return None
    return _block_draft(paragraphs, units, shared, title)


def _count(lead: str | None) -> int | None:
    """The count a lead announces, if any."""
    return announced_count(lead) if lead and _NUMERAL.search(lead) else None


def _split(shadow: str, start: int, end: int, pieces: re.Pattern[str]) -> list[_Unit]:
    """The pieces of shadow[start:end] between separators, as units that begin at their first word."""
    return [_Unit(-1, m.start(1), m.end(1)) for m in pieces.finditer(shadow, start, end)]


def _parallel(lengths: Sequence[int], most: int = CLAUSE_MAX) -> bool:
    """Members of one series: none too long, and of comparable length."""
    return max(lengths) <= most and max(lengths) <= SHAPE_RATIO * min(lengths)


def _opening_inside(shadow: str, unit: _Unit, shared: str, longest: int) -> int | None:
    """Where the first member opens inside the clause before a run (必须始终代表A，代表B): the last
    occurrence of the opening at a word boundary, when what follows it is as long as a member."""
    at = shadow.rfind(shared, unit.start, unit.end)
    if at <= unit.start or unit.end - at > SHAPE_RATIO * longest:
        return None
    # segment the clause: the opening must begin a word and end one (代表, not 时代表现)
    cuts = _boundaries(shadow[unit.start : unit.end])
    local = at - unit.start
    return at if local in cuts and (local + len(shared) in cuts or shared in DEMANDS) else None


def _inline_draft(
    para: Paragraph, i: int, members: list[_Unit], lead_text: str | None, shared: str, what: str
) -> DraftList:
    """An inline anaphora list over members of paragraph i."""
    items = tuple(DraftItem("", (i, u.start), (i, u.start), u.end, (i, u.end)) for u in members)
    text = (lead_text or "").strip(" \u3000")
    if text[:1] in _OPENING_MARKS and not any(mark in text for mark in "”」’）)》"):
        text = text[1:]  # the opening mark of a quotation the run goes on inside (“报告有A，有B，有C。”)
    lead = text if _HANZI.search(text) else None  # a quotation's opening mark alone (“坚持A，坚持B…”) says nothing
    evidence = (f"{len(members)} {what} open with {shared}",)
    return DraftList("anaphora", INLINE_RULE, items, lead, _count(lead), evidence)


def _lead_before(para: Paragraph, i: int, at: int) -> str | None:
    """The sentence before offset `at` of a paragraph, without the paragraph's own marker."""
    marker = marker_at(para.shadow, 0, i)
    begin = marker.end if marker and marker.end <= at else 0
    return last_sentence(para.text[begin:at]) or None


def _sentence_runs(para: Paragraph, i: int, sentences: list[_Unit]) -> Iterator[DraftList]:
    """Consecutive sentences of one paragraph that open alike (许多人…。许多人…。许多人…。)."""
    texts = [_past_frame(para.shadow[u.start : u.end]) for u in sentences]
    for k, end, shared in _runs(texts, inline=False, least=INLINE_MIN):
        members = sentences[k:end]
        heads = [len(_FIRST_CLAUSE.match(texts[j]).group()) for j in range(k, end)]  # type: ignore[union-attr]
        if is_topic(shared) or is_report(shared) or max(heads) > HEAD_RATIO * min(heads) + 2:
            continue
        if _asks_and_answers([para.shadow[u.end : u.end + 1] for u in members]):
            continue
        framed = texts[k] != para.shadow[members[0].start : members[0].end]  # texts are past their frames
        if len(shared) < OPENING_MIN and (not framed or _not_demands(texts[k:end])):
            continue  # 要A。要B。 sentences with nobody framing them as demands elaborate the point around them
        if _parallel([u.end - u.start for u in members], SENTENCE_MAX):
            yield _inline_draft(para, i, members, _lead_before(para, i, members[0].start), shared, "sentences")


# A paragraph may run its points in as headline sentences, each followed by its body (要学好X。…。要讲好X。…。要用好X。
# …。): short one-clause sentences (past a frame: 他强调，要…) opening alike, not next to each other; the body
# between two of them may hold short sentences of its own. Each point runs from its headline to the next, the
# last one to the paragraph's end.
_ONE_CLAUSE = re.compile(r"[^，,；;：:、]+")
HEADLINE_GAP = 6  # headline-sized sentences of a body looked past for the run's next headline (keeps it linear)


def _headline_sentence(text: str) -> bool:
    """A sentence (past its frame) that is one short clause: a run-in headline."""
    return HEADLINE_MIN <= len(text) <= HEADLINE_MAX and _ONE_CLAUSE.fullmatch(text) is not None


def _alike_after(texts: Sequence[str], k: int) -> tuple[list[int], str]:
    """The texts after texts[k] (skipping others, at most HEADLINE_GAP in a row) that open as it does, with k
    first, and their shared opening ("" when none)."""
    members, shared, j = [k], "", k + 1
    while j < len(texts) and j - members[-1] <= HEADLINE_GAP:
        same = texts[j][:1] == texts[k][:1]
        shorter = opening(texts[k], texts[j], len(shared) or LOOKAHEAD * 4) if same else ""
        if acceptable(shorter, inline=False) and not _in_stop_word(shorter, texts[k], texts[j]):
            members, shared = [*members, j], shorter
        j += 1
    return members, shared


def _headline_runs(para: Paragraph, i: int, sentences: list[_Unit]) -> Iterator[DraftList]:
    """Run-in headline sentences of one paragraph, body sentences between them, that open alike."""
    shadow = para.shadow
    found = [(k, _past_frame(shadow[u.start : u.end])) for k, u in enumerate(sentences)]
    heads = [
        (k, text)
        for k, text in found
        if _headline_sentence(text) and shadow[sentences[k].end : sentences[k].end + 1] == "。"
    ]
    texts, used = [text for _, text in heads], set()
    for k in range(len(heads)):
        run, shared = ([], "") if k in used else _alike_after(texts, k)
        at = [heads[j][0] for j in run]
        if len(run) < INLINE_MIN or all(b - a == 1 for a, b in pairwise(at)) or is_topic(shared) or is_report(shared):
            continue  # headlines side by side are a sentence run's (_sentence_runs)
        if len(shared) < OPENING_MIN and (
            texts[k] == shadow[sentences[at[0]].start : sentences[at[0]].end] or _not_demands([texts[j] for j in run])
        ):
            continue  # 要A。…要B。 with nobody framing them as demands
        used.update(run)
        starts = [sentences[at[0]].end - len(texts[k]), *(sentences[j].start for j in at[1:])]
        members = [_Unit(i, a, b) for a, b in zip(starts, [*starts[1:], len(para.text.rstrip())], strict=True)]
        yield _inline_draft(para, i, members, _lead_before(para, i, starts[0]), shared, "run-in headlines")


def _with_opening_marks(shadow: str, start: int) -> int:
    """Where a sentence begins with the quotation marks or brackets that open it (《条例》规定…): a
    unit begins at its first word, a lead quotes the sentence whole."""
    while start > 0 and shadow[start - 1] in _OPENING_MARKS:
        start -= 1
    return start


def _longest(sep: re.Pattern[str], inside: int | None) -> int:
    """How long a member may be. Semicolon pieces whose first opening stands inside its piece, after
    the clause that states the subject (会议审议通过了…，明确了…；明确了…；明确了…), repeat one predicate
    of that subject and may each run as long as a sentence; pieces that open the sentence may share
    only their subject (少数干部…；少数干部…), and other members are clauses."""
    return SENTENCE_MAX if sep is _PIECE and inside is not None else CLAUSE_MAX


def is_action(open_: str) -> bool:
    """An opening that is verbs only, of two characters or more (注重, 着力推进): members that are actions."""
    tags = _tags(open_)
    return len(open_) >= OPENING_MIN and bool(tags) and all(tag == "v" for tag in tags)


def _opens_with_demand(shared: str) -> bool:
    """True when an opening begins with a word of demand (要, 必须, 一定要): clauses that each open with one are
    demands (要把A，要把B，要把C，从而D; 必须坚持A，…), whatever words follow it; 要素 or 要是 opens none."""
    return any(shared[:cut] in GOVERNING_DEMANDS for cut in _boundaries(shared))


def _may_go_on(shadow: str, shared: str, first: _Unit, after: _Unit, rest: Sequence[str], inside: bool) -> bool:
    """True when a clause run may end before its sentence does: the rest is only 等等 (the series' own
    close); or the run is demands, or actions under one verb each opening its own clause (注重A，注重B，
    注重C，确保D), and what follows states their purpose or sums them up rather than their consequence
    (只要A，只要B，就C). A verb run whose first member opens inside a clause completes a statement begun
    before it (把X作为A，作为B，作为C，…): one statement going on, not a series."""
    if len(rest) == 1 and ETC.fullmatch(rest[0]):
        return True
    demand = _opens_with_demand(shared) or shadow.endswith(GOVERNING_DEMANDS, 0, first.start)
    return (demand or (is_action(shared) and not inside)) and not shadow.startswith(CONSEQUENCES, after.start)


def _clause_runs(para: Paragraph, i: int, sentence: _Unit, sep: re.Pattern[str]) -> Iterator[DraftList]:
    """Consecutive clauses of one sentence (between separators sep) that open alike, the first
    perhaps inside its clause."""
    shadow = para.shadow
    clauses = _split(shadow, sentence.start, sentence.end, sep)
    texts = [shadow[u.start : u.end] for u in clauses]
    for k, end, shared in _runs(texts, inline=True, least=2):
        if is_function(shared) and shared not in DEMANDS:
            continue
        members = clauses[k:end]
        longest = max(u.end - u.start for u in members)
        inside = _opening_inside(shadow, clauses[k - 1], shared, longest) if k > 0 else None
        if inside is not None:
            members = [_Unit(i, inside, clauses[k - 1].end), *members]
        if end < len(clauses) and not _may_go_on(
            shadow, shared, members[0], clauses[end], texts[end:], inside is not None
        ):
            continue
        if len(members) < INLINE_MIN or not _parallel([u.end - u.start for u in members], _longest(sep, inside)):
            continue
        if members[0].start > sentence.start:
            # the lead is the piece that introduces the run: after the semicolon that closes the piece before
            piece = max(para.shadow.rfind(mark, sentence.start, members[0].start) for mark in "；;") + 1
            begin = piece if piece > sentence.start else _with_opening_marks(para.shadow, sentence.start)
            lead: str | None = para.text[begin : members[0].start].rstrip("，,；; \u3000")
        else:
            lead = _lead_before(para, i, sentence.start)
        yield _inline_draft(para, i, members, lead, shared, "clauses")


def inline_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Runs of sentences, then of clauses, inside one paragraph that open with the same words."""
    for i, para in enumerate(paragraphs):
        if not _HANZI.search(para.shadow):
            continue
        sentences = _split(para.shadow, 0, len(para.shadow), _SENTENCE)
        yield from _sentence_runs(para, i, sentences)
        yield from _headline_runs(para, i, sentences)
        for sentence in sentences:
            # members as long as semicolon pieces first (是A，…的阶段；是B的阶段；…), then as clauses
            if _SEMICOLON.search(para.shadow, sentence.start, sentence.end):
                yield from _clause_runs(para, i, sentence, _PIECE)
            yield from _clause_runs(para, i, sentence, _CLAUSE)
