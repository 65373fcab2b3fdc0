"""Outline → study cards: list recall, ordered recall, count and key-sentence clozes (no Anki in here).

The cards are plain data in document order; render/anki.py turns them into notes. A card knows the
structural key of what it asks about; its note's identity comes from what that list or item says
(study.generate.identity), never from the key, which shifts when a list is inserted above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from study.affixes import common_prefix, common_suffix
from study.config import Settings
from study.generate.anatomy import subjectless
from study.generate.blanks import Vocabulary
from study.generate.names import meeting_names
from study.generate.read_vocabulary import blanks_for
from study.generate.segment import tag_of, tag_words
from study.generated import Card, Cite, Gap, Line, Part, pages_text, with_page
from study.model import MIN_TOPIC, Document, EnumList, Item, Loc, walk
from study.script import CONVERTERS, simplify, to_traditional

# card kind → the name learners see on the card
KIND_NAMES: dict[str, str] = {"list": "列举", "count": "数量", "ordered": "接续", "cloze": "填空"}

# the script a document's cards are in → how the tool's own words (有哪三项？, 列举) are written in it
WORDING: dict[str, Callable[[str], str]] = {"simplified": lambda text: text, "traditional": to_traditional}

CN_DIGITS = "零一二三四五六七八九"
CN_VALUES: dict[str, int] = {**{ch: i for i, ch in enumerate(CN_DIGITS)}, "〇": 0, "两": 2}
# measure words that follow an announced count: 三个环节, 四项, 五条, 八大, 两方面
CLASSIFIERS = ("方面", "个", "项", "条", "点", "种", "大", "句", "字", "类", "位", "次", "届", "层")
NUMERAL = r"[零〇一二两三四五六七八九十]{1,3}|[0-9０-９]{1,3}"
COUNT_PHRASE = re.compile(rf"({NUMERAL})({'|'.join(CLASSIFIERS)})")
# a numeral before a word of any kind (三部分, 两期, 四大): what a count card's context may print of its answer
NUMERAL_CHARS = "零〇一二两三四五六七八九十0-9０-９"
# (not an ordinal after 第, nor a date's month or day: 3月, 五日, 八号)
SAID_NUMERAL = re.compile(rf"(?<![第{NUMERAL_CHARS}])({NUMERAL})(?=[\u4e00-\u9fff])(?![{NUMERAL_CHARS}月日号])")
SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]*")
EDGE_PUNCT = "，。；：！？、,.;:!? 　"
CIRCLED_ONE, CIRCLED_COUNT = ord("①"), 20  # ① … ⑳
OVERLAP = 2  # items shown before the asked one in ordered recall (the Cloze Overlapper window)
KEY_SENTENCE = range(8, 81)  # characters a key sentence may have: shorter is a phrase, longer a paragraph
MAX_BLANKED = 0.5  # share of a key sentence its blanks may hide: the rest is what the learner recalls from
CLAUSE_CUT = re.compile(r"(?<=[，,；;：:])")
PART_HEAD_MAX = 24  # characters of a part's headline kept in its subdeck name
PART_HEAD_MIN = 8  # characters a headline cut at a clause break keeps, or it is cut with an ellipsis
PART_BREAKS = "、，；：,;:"
SERIES_CUT = "……"  # stands for the items a list's topic holds, or the start of a lead cut short
BULLET_RUN = re.compile("[—–‐\\-•·●○■□◆◇▪▸▶►★☆※]+")  # marks of unnumbered items: no place in a citation
CUT_WORD_REACH = 6  # characters after a head cut inside a word that finish the word for jieba
JOIN_MAX = 3  # characters between two items' words a topic names in one run (与, 和, 、, “”, 以及)
SERIES_CLOSERS = ("等等", "等")  # the word that closes an enumeration (A、B、C等): no part of its last item
COUNT_QUESTION_MIN = 8  # characters a 数量 question needs to say what it counts, without the sentence before
MEASURE_WHOLE = 2  # characters after a numeral, to its clause's end, that are its measure whole (三步, 两部分)
# the verb a lead ends on when the list is its object (…具体内容包括：, …分别是：): a count before it is in the
# subject, the name of what is listed (八项规定, 四项基本原则), and asked as 几 it names nothing
LIST_VERBS = re.compile(r"(?:包括|包含|涵盖|是|为|有)$")
CONTEXT_MAX = 60  # characters of a card's context: a longer lead is cut to its end
PARAGRAPH_LEAD = 2 * CONTEXT_MAX  # characters of a lead that is a paragraph: never a card's context whole
GIVEAWAY_CONTEXT = 2  # characters of context that, printed next to an answer elsewhere, give it away
HEADED_MIN = 3  # hanzi of a term that, printed whole in a card's or a sheet's heading, gives it away
QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}
# the modal or copula a list's own sentence opens on (要讲清楚A，要讲清楚B): left at the end of a lead, it is
# no part of what the list is about
LIST_OPENERS = ("要", "是", "就是", "即", "必须", "应", "应当", "应该", "需要", "须", "都要", "还要", "就要")
# a sentence that tells an example (某县…, 如个别单位…, 据统计…, 比如…): it illustrates a point, and its
# numbers and names are no part of what a learner must know
# (某些…, 某种…, 个别… alone state a claim about some: they stay)
ILLUSTRATION = re.compile(r"^(?:(?:如|比如|例如|譬如)(?:某|个别)|某(?![些种])|据统计|据不完全统计|比如|例如|譬如)")
CLAUSE_MARKS = "。！？；：，,;:!?"
# a point's marker opening a clause: 1. / 1、 / 一、 / （一） / (1), never the figure of a number (1.5倍)
CLAUSE_MARKER = re.compile(
    rf"(?:^|(?<=[{CLAUSE_MARKS}]))\s*(?:[0-9０-９]{{1,3}}\s*[.．、](?![0-9０-９])|[一二三四五六七八九十]{{1,3}}、"
    r"|[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[)）])\s*"
)
REPEATED_CLAUSE = re.compile(
    rf"(?:^|(?<=[{CLAUSE_MARKS}]))([^{CLAUSE_MARKS}]+)[{CLAUSE_MARKS}]\1(?=$|[{CLAUSE_MARKS}])"
)
CLAUSE_STOPS = ("；", ";")  # the end of a clause the sentence splitter also cuts after
FULL_STOPS = "。！!"  # the end of a statement (a question's ？ leads on to its answer: …呢？我认为)
TOPIC_SAYS = 6  # hanzi a lead's last statement needs to stand without the statement before it
# words that point back to the statement before (为此，要做到…): a lead opening on one keeps that statement
POINTING_BACK = ("为此", "因此", "对此", "由此", "据此", "所以", "此外", "同时", "这", "那", "其", "此")
STATEMENT_CUT = re.compile(f"[{FULL_STOPS}]")
# a topic that names the document by its title, which may quote another's (关于印发《…》的通知)
TITLE_NAMED = re.compile(r"^《.+?》(?=全文|“)")
# a topic that only names the heading its list sits under (parse/topics.py: 《题目》“某某”部分, 本文“某某”部分)
PART_TOPIC = re.compile(r"(?:《.+?》|本文)“(?P<head>[^“”]+)”部分")
DANGLING = re.compile(rf"[，,。；;]\s*(?:{'|'.join(LIST_OPENERS)})$")
# marks a frame never ends on (opening) or starts with (closing): 讲好“…” keeps its quotes with its own words
FRAME_OPENERS, FRAME_CLOSERS = "“‘「『（(《〈\"'", "”’」』）)》〉\"'"
COORDINATION = ("和", "与", "及", "、", "同", "并")  # marks that join the words before a closing
FRAME_MIN = 2  # characters a frame needs in all, its opening and closing together
BOUND_PARTICLES = "的之地得"  # particles that bind an item's own words to the frame around them
# adverbs that, as words of their own, bind the words before them to the predicate after (…挑战|也|前所未有)
BOUND_ADVERBS = "也都还亦又均皆"
OWN_MIN = 2  # characters each item keeps of its own once its list's frame is taken off
HANZI = re.compile("[\u4e00-\u9fff]")  # a hanzi of the unified block (hanzi_count)
# the outline's count of an unmarked point in a label (parse/outline.py); a source's bracketed number always has its
# word (【知识点1】), so a bare [2] is never the source's own mark
OWN_COUNT = re.compile(r"\[\d+\]")
# a lead that is a count formulation (四个自信, “三个务必”) or opens on one quoted (“五位一体”是…的新提法：, straight
# quotes too): the name of what its list spells out
FORMULATION_LEAD = re.compile(
    rf"^(?:[“‘「『\"'](?P<quoted>(?:{NUMERAL})[\u4e00-\u9fff]{{1,7}})[”’」』\"']|(?P<bare>(?:{NUMERAL})[\u4e00-\u9fff]{{1,7}})$)"
)
COUNT_OPENING = re.compile(NUMERAL)
CUT_JOIN = re.compile(
    r"[，,、：:\s]*()(?:这些|這些|这|這)?"
)  # what stands between a cut series and its count (……这三大)
GLOSS = re.compile(r"[（(][^（()）]+[)）]")  # a bracketed run: a formulation's gloss, 三清(清垃圾、清水面杂物…)


@dataclass(frozen=True)
class Scope:
    """What the card builders know about the list at hand: its document, parent item and part, and what its
    cards say it is about (made once for all of them: at())."""

    doc: Document
    index: int  # of the document in the course
    parent: Item | None  # the item the list sits under
    part: Part | None  # the part the list belongs to (in the output script, as every part here)
    parts: Mapping[str, Part]  # every part of the document, by item key
    convert: Callable[[str], str]  # the document's text to the output script
    say: Callable[[str], str]  # the tool's own words to the output script
    vocab: Vocabulary
    level: int  # difficulty: how many blanks
    context: str = ""  # the list's line of context (context_of)
    about: str = ""  # the list's topic (list_about)
    lines: tuple[Line, ...] = ()  # the list's items as answer lines (item_lines)

    def within(self, item: Item) -> Scope:
        """The scope of the lists under `item`."""
        return replace(self, parent=item, part=self.part_of(item))

    def at(self, lst: EnumList) -> Scope:
        """The scope of the cards of `lst`, a list this scope holds."""
        about = list_about(lst, self.parent, self.doc.lists)
        context = context_of(about, self.parent, list_heads(lst))
        return replace(self, context=context, about=about, lines=item_lines(lst))

    def part_of(self, item: Item) -> Part | None:
        """The part `item` belongs to: this scope's, or the part the item itself starts."""
        return self.part or self.parts.get(item.key)


# ----------------------------------------------------------------------------- a list's frame


@dataclass(frozen=True)
class Frame:
    """The words every item of a list opens or closes on (讲清楚…, 是…的迫切需要): the list's parallel
    frame, which says nothing of one item; what is left of each item is its own point."""

    opening: str = ""
    closing: str = ""

    def __bool__(self) -> bool:
        return bool(self.opening or self.closing)

    def own(self, text: str) -> str:
        """An item's text without the frame."""
        return text[len(self.opening) : len(text) - len(self.closing)]


NO_FRAME = Frame()


def shared_frame(texts: Sequence[str]) -> Frame:
    """The opening and closing all `texts` share, each cut back to a word boundary in every text, never
    splitting a quotation nor leaving an item's own words to open or close on a particle that binds them to
    the frame (习主席|的…), leaving each text OWN_MIN characters of its own, FRAME_MIN characters in all
    unless a word of grammar (是…); NO_FRAME for fewer than two texts."""
    return _shared_frame(tuple(texts))


@lru_cache(maxsize=4096)  # a list's frame is asked for by each of its items' cards and by each of its questions
def _shared_frame(texts: tuple[str, ...]) -> Frame:
    if len(texts) < 2 or len(set(texts)) < len(texts):
        return NO_FRAME
    cuts = [word_cuts(t) for t in texts]
    room = min(map(len, texts)) - OWN_MIN
    first = texts[0]
    bound = [particles(t, set(c)) for t, c in zip(texts, cuts, strict=True)]

    def splits_opening(n: int) -> bool:
        return first[n - 1] in FRAME_OPENERS or any(n in b for b in bound)

    def splits_closing(n: int) -> bool:
        return first[len(first) - n] in FRAME_CLOSERS or any(
            len(t) - n - 1 in b for t, b in zip(texts, bound, strict=True)
        )

    opening = _boundary(len(common_prefix(list(texts))), [set(c) for c in cuts], room, splits_opening)
    reversed_cuts = [{len(t) - c for c in cut} for t, cut in zip(texts, cuts, strict=True)]
    closing = _boundary(len(common_suffix(list(texts))), reversed_cuts, room - opening, splits_closing)
    if closing and headless_closing(first[len(first) - closing :], [t[opening : len(t) - closing] for t in texts]):
        closing = 0
    frame = Frame(first[:opening], first[len(first) - closing :] if closing else "")
    shared = frame.opening + frame.closing
    if len(shared) < FRAME_MIN and not (shared and grammar_frame(shared)):
        return NO_FRAME  # one character of content (习|主席…) is a chance likeness, not a frame
    return quoted_frame(frame, texts)


def particles(text: str, cuts: set[int]) -> set[int]:
    """Where a binding particle or adverb stands as a word of its own in a text (习主席|的…, …挑战|也|…), not as a
    word's first or last character (地位, 目的, 也许)."""
    binding = BOUND_PARTICLES + BOUND_ADVERBS
    return {at for at, ch in enumerate(text) if ch in binding and at in cuts and at + 1 in cuts}


def headless_closing(closing: str, owns: Sequence[str]) -> bool:
    """True for a closing that heads only the last of the words it follows (政治纪律和政治|规矩): a bare noun
    after own words that hold a coordination; after 的 (…和…的|迫切需要) it heads them all."""
    return not closing.startswith("的") and any(mark in own for own in owns for mark in COORDINATION)


def grammar_frame(word: str) -> bool:
    """True for a one-character frame of grammar: the copula or modal a list's sentence opens on (是…, 要…)
    or a preposition (以…, 在…, 把…)."""
    return word in LIST_OPENERS or tag_of(word) == "p"


def quoted_frame(frame: Frame, texts: Sequence[str]) -> Frame:
    """The frame with the quotation marks every item's own words are in (讲好“…”): the quoted words are
    the point, and its quotes, printed on the right options only, would tell them apart."""
    owns = [frame.own(t) for t in texts]
    mark = owns[0][:1]
    closer = QUOTES.get(mark, "")
    quoted = closer and all(
        o[:1] == mark and o[-1:] == closer and o.count(mark) == 1 and len(o) - 2 >= OWN_MIN for o in owns
    )
    return Frame(frame.opening + mark, closer + frame.closing) if quoted else frame


def _boundary(n: int, cuts: list[set[int]], room: int, splits: Callable[[int], bool]) -> int:
    """The longest length up to `n` (and `room`) at which every text has a word boundary and that `splits`
    nothing (a quotation, a particle from its word), else 0."""
    n = min(n, room)
    while n > 0 and (not all(n in c for c in cuts) or splits(n)):
        n -= 1
    return n


def word_cuts(text: str) -> list[int]:
    """The offsets between a text's words (jieba over its simplified form), its ends included."""
    shadow = simplify(text)
    if len(shadow) != len(text):
        return [0, len(text)]  # offsets would not map back: no boundary inside
    found, at = [0], 0
    for word, _ in tag_words(shadow):
        at += len(word)
        found.append(at)
    return found


# ----------------------------------------------------------------------------- numerals


def cn_numeral(n: int) -> str:
    """A count as written in Chinese prose (1–99): 三, 十, 十二, 二十四; larger counts stay in digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "")


def parse_numeral(text: str) -> int | None:
    """The value of a small Chinese or Arabic numeral (三, 十二, 二十, 两, 12, １２), or None."""
    digits = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if digits.isdigit():
        return int(digits)
    if "十" not in text:
        return CN_VALUES.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if any(part and part not in CN_VALUES for part in (tens, ones)):
        return None
    return (CN_VALUES[tens] if tens else 1) * 10 + (CN_VALUES[ones] if ones else 0)


# ----------------------------------------------------------------------------- helpers on the outline


def cn_count(n: int) -> str:
    """A count before a measure word: 两 for two (两项, 两个), else as cn_numeral (三项, 十二项)."""
    return "两" if n == 2 else cn_numeral(n)


def item_marker(item: Item, at: int) -> str:
    """An item's marker; an unmarked item (a paragraph list) gets a circled ordinal, ① ② ③ …"""
    if item.marker:
        return item.marker
    return chr(CIRCLED_ONE + at) if at < CIRCLED_COUNT else f"({at + 1})"


def item_line(item: Item, at: int) -> Line:
    """An item as an answer line: marker and headline without trailing punctuation."""
    return Line(item_marker(item, at), unclosed(shown_head(item)))


def whole_head(item: Item) -> bool:
    """False for a head cut off inside a word (…分别在上海、嘉兴南 of …嘉兴南湖召开): a long first sentence
    without a comma is cut at a length, and half a word is neither an answer to write nor an option."""
    return _whole_head(item.text, item.head)


@lru_cache(maxsize=65536)  # a head is asked of by its cards' answer lines and by each of its list's questions
def _whole_head(text: str, head: str) -> bool:
    head = head.strip()
    at = text.find(head) if head else -1
    following = text[at + len(head) : at + len(head) + 1] if at >= 0 else ""
    return not following.isalnum()


def shown_head(item: Item) -> str:
    """An item's head as a card prints it, without trailing punctuation; one cut inside a word (…嘉兴南 of
    …嘉兴南湖召开) is cut back to its last whole word and marked as cut (……)."""
    head = item.head.strip(EDGE_PUNCT)
    if whole_head(item):
        return head
    at = item.text.find(head)
    cuts = word_cuts(item.text[at : at + len(head) + CUT_WORD_REACH])
    kept = max((c for c in cuts if c <= len(head)), default=0)
    return head[:kept].rstrip(EDGE_PUNCT) + SERIES_CUT if kept else head


def unclosed(head: str) -> str:
    """A head without the 等 (等等) that closes its series (调查研究、…、督促检查等“三项工作” → 督促检查): it ends
    the enumeration, not the point, and would mark the last item; a word ending on 等 (男女平等) keeps it."""
    if not head.endswith(SERIES_CLOSERS):
        return head  # the common case, without asking jieba
    words = tag_words(simplify(head))
    last = words[-1][0] if words else ""
    return head[: len(head) - len(last)] if last in SERIES_CLOSERS and len(head) > len(last) else head


def item_lines(lst: EnumList) -> tuple[Line, ...]:
    """The lines of a list's items."""
    return tuple(item_line(item, at) for at, item in enumerate(lst.items))


def list_size(lst: EnumList) -> int:
    """The number of items a list has: the announced count when there is one, else the items found."""
    return lst.announced_count or len(lst.items)


def count_unmatched(lst: EnumList) -> bool:
    """True for a list whose announced count is not the number of its items (三个方面 over two found: a page not
    saved, a point the outline missed): a question that counts its points would count them wrong."""
    return lst.announced_count is not None and lst.announced_count != len(lst.items)


def named_topic(about: str, lst: EnumList) -> str:
    """A list's topic as the count formulation its lead names (四个自信 over its four members): the topic with the
    cut closed where its series ran just before the formulation (实现……这三大历史任务 → 实现这三大历史任务), else the
    formulation a lead quotes (“五位一体”是…：, “四个敢于”), or the lead's bare one where the sentence around it was cut
    (四个自信即……，四个自信); `about` as it is when the lead names none of the list's count."""
    found = FORMULATION_LEAD.match((lst.lead or "").strip(EDGE_PUNCT))
    term = (found.group("quoted") or found.group("bare")) if found else ""
    count = COUNT_OPENING.match(term)
    if not count or parse_numeral(count.group()) != len(lst.items):
        return about
    before, cut, after = about.rpartition(SERIES_CUT)
    joined = CUT_JOIN.match(after)
    # closed only within a clause (…资本金，……四个行业 would leave 资本金，四个行业, which says nothing of them)
    ran_on = before[-1:].isalnum()
    if cut and joined and ran_on and after[joined.end() :].rstrip(EDGE_PUNCT + FRAME_CLOSERS).lstrip("“‘「『") == term:
        return before + after[joined.start(1) :]
    quoted = bool(found and found.group("quoted"))
    return term if quoted or (cut and about.startswith(term)) else about


def found_note(lst: EnumList) -> str:
    """What a card asking a list's points says of a count its items do not match (（原文只列出两项）), else ""."""
    if not count_unmatched(lst):
        return ""
    found = cn_count(len(lst.items))
    return f"（原文只列出{found}项）" if len(lst.items) < list_size(lst) else f"（原文列出{found}项）"


def list_place(lst: EnumList, parent: Item | None) -> str:
    """A list's place in the outline: its parent's label and the span of its markers, e.g. （三）1.—4."""
    first, last = lst.items[0], lst.items[-1]
    up = placed(parent.label) if parent else ""
    if placed(first.marker) and placed(last.marker):
        return f"{up}{first.marker}—{last.marker}"
    start, end = placed(first.label), placed(last.label)
    if not start:
        return up
    return start if start == end else f"{start}—{end}"  # items marked by dashes alone stand at one place


def placed(label: str) -> str:
    """A label as a place: without the dashes and bullets some lists mark their items with (——, -, •), which
    number nothing (a citation —————, ——[1]———[3] says nowhere)."""
    return BULLET_RUN.sub("", label)


def context_of(about: str, parent: Item | None, heads: Sequence[str] = ()) -> str:
    """What a list about this (list_about) is about, under `parent`: its topic (parse/topics.py), else its lead,
    else the item it sits under, without a run of the list's `heads` (“亲”“清”政商关系 over 亲, 清: the answer); of
    a long one, its end; a long topic naming the document by its title (《…》全文分为…) names it 本文, as the card's
    heading names the document already (……各部分的标题 alone asks about nothing)."""
    if len(about) > CONTEXT_MAX and (named := TITLE_NAMED.match(about)):
        about = "本文" + about[named.end() :]
    return unmatched_quotes_off(context_tail(about)) or without_items(parent_context(parent), heads)


def unmatched_quotes_off(text: str) -> str:
    """Text without the quotation marks it opens and never closes, or closes and never opened (…做了概括：“主要是,
    a lead cut inside the quotation its list is): a card printing half a pair reads as a typo."""
    kept = list(text)
    for opening, closing in QUOTES.items():
        open_at: list[int] = []
        for at, ch in enumerate(text):
            if ch == opening:
                open_at.append(at)
            elif ch == closing:
                if open_at:
                    open_at.pop()
                else:
                    kept[at] = ""
        for at in open_at:
            kept[at] = ""
    return "".join(kept)


def context_tail(text: str) -> str:
    """A card's line of context: a long lead's last sentence, else its last clauses, after ……; the words
    just before a list announce it, and a paragraph over every card of the list buries the question."""
    if len(text) <= CONTEXT_MAX:
        return text
    found = [s for s in SENTENCE.findall(text) if s.strip(EDGE_PUNCT)]
    clauses = CLAUSE_CUT.split(found[-1] if found else text)
    kept = clauses.pop()
    while clauses and len(clauses[-1]) + len(kept) <= CONTEXT_MAX:
        kept = clauses.pop() + kept
    if len(kept) > CONTEXT_MAX or kept.count("“") != kept.count("”"):
        # one long clause, or a quotation cut open: the whole lead says it better, unless it is a paragraph,
        # whose last sentence then stands whole
        last = found[-1].strip() if found else text
        if len(text) <= PARAGRAPH_LEAD or last == text or last.count("“") != last.count("”"):
            return text
        kept = last
    return kept if kept == text else SERIES_CUT + kept.lstrip(EDGE_PUNCT)


def list_heads(lst: EnumList) -> list[str]:
    """A list's item heads without surrounding punctuation: what a card's context may not print as a run."""
    return [item.head.strip(EDGE_PUNCT) for item in lst.items]


def list_about(lst: EnumList, parent: Item | None = None, outline: tuple[EnumList, ...] = ()) -> str:
    """A list's topic, else its lead, with the items it holds cut out (an inline series' topic is the
    sentence that holds it, and its items are the card's answer), and without another list's sentence of
    the `outline` (own_topic); "" when it has neither."""
    about = own_topic(unnumbered(lst.topic or (lst.lead.strip() if lst.lead else "")), lst, parent, outline)
    about = without_opening(without_items(stray_marks_off(about), [item.head.strip(EDGE_PUNCT) for item in lst.items]))
    # 四个自信即……。四个自信: the sentence that named the members, cut, says nothing the formulation does not
    return named_topic(about, lst) if SERIES_CUT in about else about


def own_topic(text: str, lst: EnumList, parent: Item | None, outline: tuple[EnumList, ...]) -> str:
    """A list's topic from after the last of its sentences that is another list's of the `outline` (others_say):
    the parser completes a short lead with the sentence before it (“两个A”，即甲、乙。“三个B”), and that
    sentence may be the list before's items, which the topic would give away and is not about. What is left,
    too short to say what it asks, is completed by the item the list sits under, as the parser's next choice.
    A bracketed gloss naming another list's items (“三清”(清垃圾、清水面杂物)、“四改”) is cut out too (glossed_off)."""
    found = SENTENCE.findall(text)
    if not outline or (len(found) < 2 and not GLOSS.search(text)):
        return text  # one sentence and no gloss (most topics): nothing in it to be another list's
    others = [
        [head for item in other.items if (head := item.head.strip(EDGE_PUNCT))]
        for _, other in walk(outline)
        if other.key != lst.key
    ]
    text = glossed_off(text, others)
    found = SENTENCE.findall(text)
    cut = at = 0
    for sentence in found[:-1]:
        at = text.find(sentence, at) + len(sentence)
        cut = at if any(others_say(sentence, heads) for heads in others) else cut
    kept = text[cut:].lstrip(EDGE_PUNCT)
    if not cut or not kept:
        return text
    if parent and hanzi_count(kept) < MIN_TOPIC:
        return f"{parent.head.strip(EDGE_PUNCT)}。{kept}"
    return kept


def glossed_off(text: str, others: Sequence[Sequence[str]]) -> str:
    """Text without the bracketed glosses that name another list's items (积极开展“三清”(清垃圾、清水面杂物…)、“四改”
    over the 四改 list): that list's answers, printed on every card of this one."""
    return GLOSS.sub(lambda m: "" if any(others_say(m.group(), heads) for heads in others) else m.group(), text)


def others_say(sentence: str, heads: Sequence[str]) -> bool:
    """True for a sentence that names two of a list's heads, or is one of them (what else it says is a few
    joining words: 即, 、): it is that list's."""
    named = [head for head in heads if head in sentence]
    rest = sentence
    for head in named:
        rest = rest.replace(head, "")
    return len(named) >= 2 or (bool(named) and hanzi_count(rest) <= JOIN_MAX)


def unnumbered(text: str) -> str:
    """Text about a list without the markers its clauses open on (1. 社区服务的任务 → 社区服务的任务) and without
    a clause that says the one before again once unmarked (简述题。三、简述题 → 简述题): a heading's number
    places it in the document, and asks nothing."""
    text = CLAUSE_MARKER.sub("", text)
    return REPEATED_CLAUSE.sub(r"\1", text)


def stray_marks_off(text: str) -> str:
    """Text without the closing quotes it opens on and the opening quotes it ends on (” 习近平总书记指出…: a
    lead cut after the quotation before it): marks that belong to a sentence the text does not hold."""
    return text.lstrip(FRAME_CLOSERS + " 　").rstrip(FRAME_OPENERS + " 　")


def without_opening(text: str) -> str:
    """Text about a list without the modal it ends on after its last stop or comma (…讲明白。要 of
    要讲清楚A，要讲清楚B): it opens the list's own sentence, and says nothing of what the list is about."""
    shadow = simplify(text)
    found = DANGLING.search(shadow) if len(shadow) == len(text) else None
    return text[: found.start()] if found and found.start() > 0 else text


def without_items(text: str, items: Sequence[str]) -> str:
    """Text about a list with the run of its items it quotes (an inline series' own sentence), or of all their
    own words (own_spans), cut to ……: a question that prints its answers asks nothing. Two items at least,
    so a topic naming one stays."""
    spans = [(at, at + len(item)) for item in items if item and (at := text.find(item)) >= 0]
    if len(spans) < 2:
        spans = own_spans(text, items)
    if len(spans) < 2:
        return text
    return text[: min(s for s, _ in spans)] + SERIES_CUT + text[max(e for _, e in spans) :]


def own_spans(text: str, items: Sequence[str]) -> list[tuple[int, int]]:
    """Where the text names every item's own words, without the frame the items share, in one run (抓好健全机制
    和改进作风两个环节 over 要着力健全机制 / 要着力改进作风; 基层组织的地位与作用 over …的地位 / …的作用);
    [] when it names them apart or not all of them."""
    frame = shared_frame(items)
    owns = [frame.own(item) for item in items] if frame else []
    spans = [(at, at + len(own)) for own in owns if own and (at := text.find(own)) >= 0]
    if not spans or len(spans) < len(owns):
        return []
    run = max(e for _, e in spans) - min(s for s, _ in spans)
    return spans if run <= sum(map(len, owns)) + JOIN_MAX * (len(owns) - 1) else []


def parent_context(parent: Item | None) -> str:
    """The item a list sits under, as a line of context (empty at the top of the outline), by the marks the source
    prints (printed_label)."""
    return f"{printed_label(parent.label)} {parent.head.strip(EDGE_PUNCT)}".strip() if parent else ""


def printed_label(label: str) -> str:
    """A label as the source prints it (placed()), without the outline's count of an unmarked point ([2]另一方面 →
    另一方面, [3][2] → ""): the source prints no [2], and a card or a key printing it would cite a number of ours."""
    return OWN_COUNT.sub("", placed(label))


def document_parts(doc: Document, convert: Callable[[str], str]) -> dict[str, Part]:
    """The parts of a document by item key: top-level items that have lists under them, in order, with
    label and headline in the output script (converted here once, not on every card). A part's label is the
    mark its text prints: an unmarked item's [n] is the outline's own count, which a subdeck's name (01 [2] …,
    numbered already) would print as if the source did."""
    tops = [item for lst in doc.lists for item in lst.items if item.lists]
    return {
        item.key: Part(i, item.key, convert(placed(item.marker)), convert(part_head(item.head)))
        for i, item in enumerate(tops, 1)
    }


def part_head(head: str) -> str:
    """A part's headline as its subdeck names it: whole up to PART_HEAD_MAX characters, else cut at its last
    clause break within them (、，；：), else cut with an ellipsis: a name cut mid-word (…、实现中) reads as a typo."""
    head = head.strip(EDGE_PUNCT)
    if len(head) <= PART_HEAD_MAX:
        return head
    cut = head[:PART_HEAD_MAX]
    at = max(cut.rfind(mark) for mark in PART_BREAKS)
    return cut[:at] if at >= PART_HEAD_MIN else cut[: PART_HEAD_MAX - 1] + "…"


def cite(scope: Scope, place: str, at: tuple[Loc, ...] = ()) -> Cite:
    """The citation of a card in this scope; `at`: where what it asks starts and ends in the source, whose
    pages a card from a paginated source (a PDF) cites, as one cites a printed document."""
    doc = scope.doc
    named = f"《{doc.title}》" if doc.title else doc.label  # no 《》 around a file's name or opening words
    place = with_page(place, pages_cited(at))
    return Cite(scope.convert(named), doc.meta.date, scope.convert(place))


def pages_cited(at: tuple[Loc, ...]) -> str:
    """The pages of a paginated source some text spans (第 3 页, 第 3—4 页), or "" for a file of no pages."""
    pages = [loc.page for loc in at if loc.page is not None]
    return pages_text(min(pages), max(pages)) if pages else ""


def list_span(lst: EnumList) -> tuple[Loc, ...]:
    """Where a list's items start and end in its source (a card asking them all cites their pages)."""
    return (lst.items[0].loc, lst.items[-1].loc)


def card(
    scope: Scope,
    kind: str,
    key: str,
    style: str,
    *,
    context: str = "",
    prompt: str = "",
    shown: tuple[Line, ...] = (),
    answer: tuple[Line, ...] = (),
    gaps: tuple[Gap, ...] = (),
    place: str = "",
    at: tuple[Loc, ...] = (),
) -> Card:
    """A card of this scope; its text is converted to the output script here (gaps must already be)."""
    conv = scope.convert
    return Card(
        kind=kind,
        badge=scope.say(KIND_NAMES[kind]),
        key=key,
        doc=scope.index,
        stem=scope.doc.stem,
        style=style,
        part=scope.part,
        context=conv(context),
        prompt=prompt if gaps else conv(prompt),
        shown=tuple(Line(conv(x.marker), conv(x.text)) for x in shown),
        answer=tuple(Line(conv(x.marker), conv(x.text)) for x in answer),
        gaps=gaps,
        cite=cite(scope, place, at),
    )


# ----------------------------------------------------------------------------- card builders


def list_recall(lst: EnumList, scope: Scope) -> Card | None:
    """Lead + 有哪N项？ → every item in order, with its marker."""
    return card(
        scope, "list", lst.key, lst.style,
        context=scope.context,
        prompt=scope.say(f"有哪{cn_count(list_size(lst))}项？{found_note(lst)}"),
        answer=scope.lines,
        place=list_place(lst, scope.parent),
        at=list_span(lst),
    )  # fmt: skip


def count_question(lead: str, count: int) -> tuple[str, str] | None:
    """The lead's sentence that announces `count`, asked as 几 (…把握好几个环节？), and its answer (三个)."""
    shadow = simplify(lead)  # same length as the lead: match simplified classifiers, cut the original
    before = ""  # the sentence before, for a count sentence too short to say what it counts
    for m in SENTENCE.finditer(shadow):
        found = [c for c in COUNT_PHRASE.finditer(m.group()) if parse_numeral(c.group(1)) == count]
        sentence = lead[m.start() : m.end()]
        if found:
            c = found[-1]
            ji = "几" if sentence == m.group() else "幾"  # in the lead's own script
            asked = sentence
            for each in reversed(found):  # 分为三个部分，从以下三个方面: the other count would give it away
                asked = asked[: each.start()] + ji + asked[each.start(2) :]
            asked = asked.strip(EDGE_PUNCT)
            # 靠的是什么呢？主要有三条：asked alone, 主要有几条？ does not say what is counted
            asked = before + asked if len(asked) < COUNT_QUESTION_MIN else asked
            return asked.lstrip(EDGE_PUNCT) + "？", sentence[c.start() : c.end()]
        before = sentence
    return measured_question(lead, count)


def measured_question(lead: str, count: int) -> tuple[str, str] | None:
    """The lead's last clause asked with 几 where it says `count` before a measure word count_question does not
    know (学习分三步 → 学习分几步？, 三步): the measure the text says, not 项; None if the clause says no such count
    (a count said earlier, 近三年来，…, counts something else)."""
    shadow = simplify(lead)
    if len(shadow) != len(lead):
        return None
    body = lead.rstrip(EDGE_PUNCT)
    said = said_counts(shadow, count, last_clause(body), len(body), meeting_names(shadow))
    if len(said) != 1 or quoted_at(body, said[0].start()):
        return None  # a count in quotes (“三步走”) is a formulation's name: what it counts is not said here
    m = said[0]
    return asked_with_measure(lead, body, m.start(), m.end())


def quoted_at(text: str, at: int) -> bool:
    """Whether position `at` of the text is inside a pair of quotes opened before it."""
    return any(text.count(opening, 0, at) > text.count(closing, 0, at) for opening, closing in QUOTES.items())


def asked_with_measure(lead: str, body: str, start: int, end: int) -> tuple[str, str]:
    """measured_question's question and answer for the numeral at body[start:end]: the measure is the word after
    it (部分 of 三部分人, 步 of 四步推进), as jieba cuts it, or its first character."""
    shadow = simplify(lead)
    rest = body[end:].strip("”’」』\"' ")
    word = tag_words(simplify(rest))[0][0] if rest else ""
    measure = rest[: len(word)] if 0 < len(word) <= MEASURE_WHOLE and hanzi_count(word) == len(word) else rest[:1]
    ji = "几" if shadow == lead else "幾"
    opens = max(body.rfind(mark) for mark in "。！？；!?;") + 1  # its own sentence, as count_question asks
    asked = body[opens:start] + ji + body[end:]
    return asked.lstrip(EDGE_PUNCT) + "？", lead[start:end] + measure


def named_count(lead: str, count: int) -> bool:
    """Whether the lead says `count` only in the subject of a last clause whose verb takes the list (中央八项规定
    具体内容包括：): the count names what is listed, and no 数量 question can ask it."""
    shadow = simplify(lead).rstrip(EDGE_PUNCT)
    start = last_clause(shadow)
    return bool(LIST_VERBS.search(shadow, start)) and bool(said_counts(shadow, count, start))


def count_card(lst: EnumList, scope: Scope) -> Card | None:
    """Where a count is announced: the lead asked with 几 → the count, as the lead words it."""
    if not lst.announced_count or named_count(scope.about, lst.announced_count):
        return None
    heading = heading_count(scope.about, scope.parent, lst.announced_count)
    asked = heading or count_question(scope.about, lst.announced_count)
    prompt, answer = asked or (scope.say("共有几项？"), scope.say(f"{cn_count(lst.announced_count)}项"))
    if simplify(answer) in simplify(scope.doc.label):
        return None  # the card's heading names the document, whose title says it (在整治六个方面…的讲话: 六个)
    context = without_items(parent_context(scope.parent), list_heads(lst)) if asked else scope.context
    if heading and scope.parent:
        context = printed_label(scope.parent.label)  # the heading is the question: its place alone is left to say
    return card(
        scope, "count", lst.key, lst.style,
        # the lead is in the question already; without one, the list's own context says what is counted
        context=count_context(context, scope.parent, lst.announced_count),
        prompt=prompt,
        answer=(Line("", answer),),
        place=list_place(lst, scope.parent),
        at=list_span(lst),
    )  # fmt: skip


def heading_count(about: str, parent: Item | None, count: int) -> tuple[str, str] | None:
    """The heading a list sits under asked with 几 (一、五大发展理念 → 几大发展理念？) when the list's topic only names
    that heading (《题目》“五大发展理念”部分, parse/topics.py): the heading says the count, and asked as the topic
    and again as the context the card said it twice (一、 几大发展理念 《题目》“几大发展理念”部分？)."""
    if parent is None:
        return None
    head = parent.head.strip(EDGE_PUNCT)
    if not head or not (named := PART_TOPIC.fullmatch(about)) or named.group("head") != head:
        return None
    return count_question(head, count)


def count_context(context: str, parent: Item | None, count: int) -> str:
    """A count card's context with the count it asks said as 几 (…可以分为几部分, a point 两条要求 over the list):
    printed beside the question, it would answer it. The parent's label (二是, 三、) is a place, kept as it is."""
    said = printed_label(parent.label) if parent else ""
    label = f"{said} " if said and context.startswith(f"{said} ") else ""
    return label + unsaid_count(context[len(label) :], count)


def unsaid_count(text: str, count: int) -> str:
    """Text with each numeral of the value `count` before a word (三部分, 两期) said as 几, in the text's script."""
    shadow = simplify(text)  # the same length: numerals matched simplified (兩 → 两), cut in the original
    if len(shadow) != len(text):
        return text
    ji = "几" if shadow == text else "幾"
    # a meeting's ordinal (十八届三中全会, 中共七大) counts no points; a name that counts (三步走) tells the count
    for m in reversed(said_counts(shadow, count, meetings=meeting_names(shadow))):
        text = text[: m.start()] + ji + text[m.end() :]
    return text


def said_counts(
    shadow: str, count: int, start: int = 0, end: int | None = None, meetings: Sequence[tuple[int, int]] = ()
) -> list[re.Match[str]]:
    """The numerals of the value `count` before a word (三部分, 两期) in shadow[start:end], a simplified text, but
    none inside one of the `meetings` spans (a meeting's ordinal): the one numeral search of the count cards."""
    found = SAID_NUMERAL.finditer(shadow, start, len(shadow) if end is None else end)
    return [m for m in found if parse_numeral(m.group(1)) == count and not any(s <= m.start() < e for s, e in meetings)]


def last_clause(text: str) -> int:
    """Where a text's last clause starts: after its last stop or comma."""
    return max(text.rfind(mark) for mark in CLAUSE_MARKS) + 1


def ordered_recall(lst: EnumList, at: int, scope: Scope) -> Card:
    """The list's lead and the item(s) before item `at`, asking for it (一要尊重民权，二要____)."""
    item = lst.items[at]
    return card(
        scope, "ordered", item.key, lst.style,
        context=scope.context,
        prompt=item_marker(item, at),
        shown=scope.lines[max(0, at - OVERLAP) : at],
        answer=scope.lines[at : at + 1],
        place=placed(item.label),
        at=(item.loc,),
    )  # fmt: skip


def key_sentence(item: Item, topic: str = "") -> str | None:
    """The sentence of an item worth a cloze: its first sentence of a fitting length, marker removed; one that
    opens without its subject (是…, 这是…) takes the clause before it, or the list's topic, as its subject."""
    found = key_sentence_parts(item, topic)
    return "".join(found) if found else None


def key_sentence_parts(item: Item, topic: str = "") -> tuple[str, str] | None:
    """key_sentence as (the subject it took, "" for none; the item's own sentence)."""
    text = unmarked_text(item)
    found: list[str] = [s.strip().lstrip(EDGE_PUNCT) for s in SENTENCE.findall(text)]  # each keeps its 。
    for at, sentence in enumerate(map(stated, found)):
        if sub_item_says(item, found[at]):
            continue  # its own item's cloze asks it
        opens_bare = subjectless(simplify(sentence))  # 這是… in a traditional copy as 这是…
        subject = with_subject(sentence, found[at - 1] if at else "", topic) if opens_bare else sentence
        if subject and len(subject.rstrip(EDGE_PUNCT)) in KEY_SENTENCE and not illustrative(sentence):
            return subject[: len(subject) - len(sentence)], sentence
    return None


def unmarked_text(item: Item) -> str:
    """An item's text without its marker, unless the marker is a word its sentence reads on (一方面是…, 其一是…),
    whether its text holds it or starts after it: without it the sentence opens on a bare 是, and a card
    would lend it a subject it has not."""
    text = item.text.strip()
    marked = bool(item.marker) and text.startswith(item.marker)
    rest, word = text[len(item.marker) :] if marked else text, item.marker.strip(EDGE_PUNCT)
    if word and hanzi_count(word) == len(word) and subjectless(simplify(rest.lstrip(EDGE_PUNCT))):
        return item.marker + rest  # an inline series' item text may start after its marker
    return rest


def sub_item_says(item: Item, sentence: str) -> bool:
    """True for a sentence of an item's text that one of its sub-items holds, or that holds a sub-item's head
    (第五条 支部委员会的职责：（一）组织学习…。（二）做好…): the sub-item's own card asks it."""
    words = sentence.rstrip(EDGE_PUNCT)
    heads = [(sub.text, sub.head.strip(EDGE_PUNCT)) for lst in item.lists for sub in lst.items]
    return bool(words) and any(words in text or (head and head in words) for text, head in heads)


def stated(sentence: str) -> str:
    """A sentence cut after a clause's semicolon (…是会员自愿组成的团体；) as a statement: ending on a full stop."""
    return sentence[:-1] + "。" if sentence.endswith(CLAUSE_STOPS) else sentence


def illustrative(sentence: str) -> bool:
    """True for a sentence that tells an example (某县区召开的…, 如个别部门…, 据统计…): no key sentence."""
    return bool(ILLUSTRATION.match(simplify(sentence)))


def with_subject(sentence: str, before: str, topic: str) -> str:
    """A subjectless sentence led by the last clause before it (加强作风建设。这是…), else by the topic, else ""."""
    clause = CLAUSE_CUT.split(before.strip())[-1].lstrip(EDGE_PUNCT) if before else ""
    if clause.rstrip(EDGE_PUNCT):
        return clause + sentence
    lead = last_statement(topic.strip()).rstrip(EDGE_PUNCT)
    return f"{lead}：{sentence}" if lead else ""


def last_statement(text: str) -> str:
    """A lead's last statement when it says something alone (…具有重大理论意义。宣讲好全会精神 → 宣讲好全会
    精神): the statement before is another one; else the whole lead (…。为此，要做到 points back to it)."""
    last = STATEMENT_CUT.split(text.rstrip(EDGE_PUNCT))[-1].strip()
    return last if says_alone(last) else text


def says_alone(statement: str) -> bool:
    """True for a statement that stands without the one before it: TOPIC_SAYS hanzi, pointing nowhere back
    (为此，要做到… leans on what it follows)."""
    return hanzi_count(statement) >= TOPIC_SAYS and not simplify(statement).startswith(POINTING_BACK)


def hanzi_count(text: str) -> int:
    """How many hanzi a text has."""
    return len(HANZI.findall(text))


def cloze_runs(sentence: str, scope: Scope, own: tuple[int, int] | None = None) -> list[tuple[str, str | None]]:
    """The sentence cut into (text, hint) runs: hint None for plain text, the blank's hint for a gap; the
    blanks are chosen in the `own` part of it (start, end) when given, the rest is shown as it is."""
    start, end = own or (0, len(sentence))
    runs: list[tuple[str, str | None]] = [(sentence[:start], None)]
    at = start
    blanks = blanks_for(sentence[start:end], scope.vocab, scope.level)
    # measured against the sentence the card shows, its frame and subject too, as a worksheet's fill-in is: of
    # 坚定不移推动高质量发展 the item's own words are 推动高质量发展, and their term is the blank
    if sum(b.end - b.start for b in blanks) > MAX_BLANKED * len(sentence):
        return [(sentence, None)]  # too little left to recall from: no cloze
    for blank in blanks:
        runs += [(sentence[at : start + blank.start], None), (blank.answer, blank.hint)]
        at = start + blank.end
    return [*runs, (sentence[at:], None)]


def own_part(subject: str, sentence: str, frame: Frame) -> tuple[int, int] | None:
    """Where an item's own words lie in its key sentence (subject + sentence): after the subject it took and
    its list's frame, before the frame's closing; None when that is the whole of it."""
    start = len(subject) + (len(frame.opening) if sentence.startswith(frame.opening) else 0)
    body = sentence.rstrip(EDGE_PUNCT)
    closes = bool(frame.closing) and body.endswith(frame.closing)
    end = len(subject) + (len(body) - len(frame.closing) if closes else len(sentence))
    whole = start == 0 and end == len(subject) + len(sentence)
    return None if whole or end - start < OWN_MIN else (start, end)


def giveaway_forms(before: str, answer: str, after: str) -> list[str]:
    """A blank's answer with a little of the text before or after it, simplified: printed elsewhere where the
    learner sees it, any of these gives the answer away. A quoted answer (“四个意识”) is given away by its
    quotes alone: the term a title or a lead quotes is the one the blank hides."""
    found = [simplify(before[-GIVEAWAY_CONTEXT:] + answer)] if before else []
    found += [simplify(answer + after[:GIVEAWAY_CONTEXT])] if after else []
    if before[-1:] in QUOTES and after[:1] == QUOTES[before[-1:]]:
        found.append(simplify(before[-1] + answer + after[0]))
    return found


def unrevealed(runs: list[tuple[str, str | None]], shown: str) -> list[tuple[str, str | None]]:
    """The cloze runs with every gap that `shown` (simplified: what the card prints besides the sentence) gives
    away put back as plain text: its answer with a little of its context, or a term of it whole (headed)."""
    kept = list(runs)
    for i, (text, hint) in enumerate(runs):
        before, after = runs[i - 1][0] if i else "", runs[i + 1][0] if i + 1 < len(runs) else ""
        if hint is not None and (headed(text, shown) or any(f in shown for f in giveaway_forms(before, text, after))):
            kept[i] = (text, None)
    return kept


def headed(answer: str, heading: str) -> bool:
    """True for an answer a heading prints whole (要在____上下功夫 under 《在基层治理上下功夫》): a term of
    HEADED_MIN hanzi or more there is no secret; a shorter word may be there by chance."""
    term = simplify(answer)
    return hanzi_count(term) >= HEADED_MIN and term in heading


def key_sentence_cloze(lst: EnumList, at: int, scope: Scope) -> Card | None:
    """The item's key sentence with its best terms blanked (blanks from study.generate.blanks)."""
    item = lst.items[at]
    parts = key_sentence_parts(item, lst.topic or lst.lead or "")
    sentence = "".join(parts) if parts else None
    context, about = scope.context, scope.about
    subject = parts[0].rstrip(EDGE_PUNCT) if parts else ""
    if subject and about and about.rstrip(EDGE_PUNCT).endswith(subject):
        context = ""  # the sentence took the topic (its last statement) as its subject: the card shows it once
    # the card's front shows the document's title and the context: neither may give a gap away
    shown = simplify(f"{scope.doc.label}\n{context}")
    # the blanks are the item's own: not the subject it took from the list (every sibling's card shows it) nor
    # the frame every sibling opens or closes on (讲清楚…, …的迫切需要), which tells no item from another
    own = own_part(*parts, item_frame(lst)) if parts else None
    runs = unrevealed(cloze_runs(sentence, scope, own), shown) if sentence else []
    if not any(hint is not None for _, hint in runs):
        return None
    # convert run by run: a script conversion may change a run's length, so offsets are counted after it
    converted = [(scope.convert(text), None if hint is None else scope.convert(hint)) for text, hint in runs]
    starts = [sum(len(t) for t, _ in converted[:i]) for i in range(len(converted))]
    gaps = tuple(Gap(s, s + len(t), hint) for s, (t, hint) in zip(starts, converted, strict=True) if hint)
    return card(
        replace(scope, part=scope.part_of(item)), "cloze", item.key, lst.style,
        context=context,
        prompt="".join(t for t, _ in converted),
        gaps=gaps,
        place=placed(item.label),
        at=(item.loc,),
    )  # fmt: skip


# Rules as data: the cards every list gets, then the cards every item of it gets, in this order.
LIST_CARDS: tuple[Callable[[EnumList, Scope], Card | None], ...] = (list_recall, count_card)
ITEM_CARDS: tuple[Callable[[EnumList, int, Scope], Card | None], ...] = (ordered_recall, key_sentence_cloze)


# ----------------------------------------------------------------------------- walking the outline


def item_frame(lst: EnumList) -> Frame:
    """The frame a list's items share, from their heads (without surrounding punctuation)."""
    return shared_frame([item.head.strip(EDGE_PUNCT) for item in lst.items])


def list_cards(lst: EnumList, scope: Scope) -> Iterator[Card]:
    """The cards of one list and of everything under it, in document order."""
    if not lst.items:
        return
    scope = scope.at(lst)
    yield from (c for rule in LIST_CARDS if (c := rule(lst, scope)) is not None)
    for at, item in enumerate(lst.items):
        yield from (c for rule in ITEM_CARDS if (c := rule(lst, at, scope)) is not None)
        for sub in item.lists:
            yield from list_cards(sub, scope.within(item))


def output_script(doc: Document, settings: Settings) -> str:
    """The script a document's cards are written in: the setting's, or the document's own."""
    return doc.source.script if settings.script == "original" else settings.script


def document_cards(doc: Document, index: int, settings: Settings, vocab: Vocabulary, scripts: Scripts) -> list[Card]:
    """Every card of one document, in document order."""
    convert, say = scripts.convert, scripts.wording[output_script(doc, settings)]
    parts = document_parts(doc, convert)
    scope = Scope(doc, index, None, None, parts, convert, say, vocab, settings.difficulty)
    return [c for lst in doc.lists for c in list_cards(lst, scope)]


@dataclass(frozen=True)
class Scripts:
    """The course's script conversions, each remembering what it converted: an item's line, a title or
    a label recurs on many cards (list recall, the ordered recalls around it, every citation), and
    OpenCC is the cost of a traditional-script course."""

    convert: Callable[[str], str]  # the documents' text to the output script
    wording: Mapping[str, Callable[[str], str]]  # the tool's own words, by the script a document's cards are in

    @classmethod
    def of(cls, settings: Settings) -> Scripts:
        """The conversions for these settings, with empty memories (one course's texts, then dropped)."""
        return cls(remembered(CONVERTERS[settings.script]), {k: remembered(v) for k, v in WORDING.items()})


def remembered(convert: Callable[[str], str]) -> Callable[[str], str]:
    """`convert` with a memory of its results: one entry per distinct text, dropped with the course's Scripts."""
    memory: dict[str, str] = {}

    def converted(text: str) -> str:
        found = memory.get(text)
        if found is None:
            found = memory[text] = convert(text)
        return found

    return converted
