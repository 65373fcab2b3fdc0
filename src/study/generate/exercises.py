"""Outline → exercises: 填空题, 列举题, 排序题 and 选择题 (单选/多选), each knowing its source place.

Blanks come from study.generate.blanks (the same choice the deck's clozes use). Wrong options of a
choice question are heads of items of *other* lists of the course, of about the same length and shape,
never anything from the right list. Nothing here is random: every "shuffle" is ordered by a hash of
the content, so the same course always gives the same worksheet.
"""

from __future__ import annotations

import functools
import hashlib
import operator
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import chain
from typing import NamedTuple

from study.affixes import common_prefix, common_suffix
from study.generate.anatomy import frame_of, subjectless
from study.generate.blanks import Blank, Vocabulary
from study.generate.cards import (
    CLAUSE_MARKER,
    CLAUSE_STOPS,
    EDGE_PUNCT,
    FRAME_MIN,
    FULL_STOPS,
    HEADED_MIN,
    LIST_OPENERS,
    NO_FRAME,
    SERIES_CUT,
    Frame,
    count_unmatched,
    giveaway_forms,
    hanzi_count,
    headed,
    illustrative,
    item_frame,
    named_topic,
    own_part,
    own_topic,
    printed_label,
    says_alone,
    shared_frame,
    stated,
    stray_marks_off,
    unclosed,
    unmarked_text,
    unmatched_quotes_off,
    unnumbered,
    whole_head,
    without_items,
    without_opening,
)
from study.generate.cards import QUOTES as QUOTE_PAIRS
from study.generate.distractors import (
    EMPTY_LEXICON,
    Lexicon,
    claim_text,
    lexicon_of,
    opened,
    shape_of,
    wrong_options,
)
from study.generate.read_vocabulary import blanks_for
from study.generate.segment import tag_words
from study.generated import LETTERS, Exercise, Origin, Piece, chinese_number
from study.model import Course, Document, EnumList, Item, Loc, Paragraph, walk
from study.script import simplify, to_traditional

# question wording per kind: {topic} is what the list is about, quoted (“…”) unless it names the document
# (quoted()), {count} its size in Chinese numerals
PROMPTS: dict[str, str] = {
    "list": "{topic}共有{count}点，请依次写出。",
    "order": "将{topic}的{count}点按原文顺序排列（填写字母）。",
    "single": "下列选项中，属于{topic}的一项是（　）。",
    "multiple": "下列选项中，属于{topic}的有（　）。",
    # the items share a frame (讲清楚…): the question prints it around a gap, the options are what fills it
    "single framed": "下列选项中，属于{topic}、能填入“{frame}”的一项是（　）。",
    "multiple framed": "下列选项中，属于{topic}、能填入“{frame}”的有（　）。",
}
FRAME_GAP = "____"
# a topic that names the document (parse/topics.py: 《题目》“某某”部分, 本文“某某”部分, 《题目》全文分为…):
# it is its own phrase in the question, not words of the text to quote
NAMES_DOCUMENT = re.compile(r"^(?:《.+?》|本文)(?:“[^“”]+”部分|全文[^“”]*)?$")
# characters a headline point's paragraph may hold beside its text (its marker): one holding more is a paragraph an
# inline series stands in, and the paragraph after it is no body of its point
MARKER_ROOM = 6
MAX_PER_KIND = 12  # per document: enough to cover the outline, few enough for a worksheet
HEAD_LENGTHS = range(2, 41)  # heads longer than this are paragraphs, not options
ORDER_SIZES = range(3, 9)  # an ordering question needs three items and gets unreadable past eight
LIST_SIZES = range(2, 13)
FILL_LENGTHS = range(8, 121)  # a key sentence short enough to read as one exercise
OWN_REACH = 6  # shape distance (two per character of length) of the document's own heads preferred as options
CHOICE_OPTIONS = 4
AFFIX_LOOK = 4  # times as many wrong options looked at for a list whose words share affixes (shared_affixes)
NAME_LOOK = 2  # times as many course words looked at for a word list that takes no names (unnamed())
WORD_HEAD = 4  # characters: a head this short is a word, and its wrong options are its siblings
# characters of the heads whose shared opening or closing marks a formulation's members (清垃圾、清违章建筑 of 三清;
# 道路硬化、庭院绿化 of 五化): shared_affixes
AFFIX_HEAD = 5
POOL_DOCUMENTS = 9  # documents that lend a question its wrong options: the whole course, up to this many
FILL_CONTEXT_MIN = 4  # hanzi a fill-in prints around its blanks: fewer say nothing of what is asked
NEAR_COPY = 0.75  # share of a phrase another shares at its ends, beyond which the two say one thing
VERB_OPENING = 2  # characters of the verb a point opens on (坚持, 改进): the same object after another says one thing
MAX_BLANKED = 0.5  # share of a sentence's characters that may be blanked: the rest is what recalls them
SENTENCE_STOPS = "。！？；!?;"
TOPIC_TRIM = "：:，,。；;、 　"
TOPIC_MAX = 30  # characters of a topic quoted in a question
TOPIC_MIN_HANZI = 8  # hanzi a quoted topic needs to say what it asks (issue 10)
# the copula a lead closes on before its colon (大会的主题是：, …的规律就是：): the question's 属于…的一项 relates
# the topic to its points itself, and “大会的主题是” quotes half a sentence
TOPIC_COPULAS = frozenset({"是", "就是", "即是", "乃是", "便是", "即"})
FRAME_KEPT_MIN = 4  # hanzi a topic keeps once its frame is off: fewer say nothing (要求是 stays)
# "…必须做到以下四点" — the count is asked for in the question itself; a noun announced (提出如下意见,
# 得出以下体会) stays, or its verb would be left without an object
# (the count and its measure only: 主要有以下三点考虑 keeps 考虑, what 有 has, or the clause would end on 主要有)
ANNOUNCEMENT = re.compile(
    r"[，,]?(?:以下|如下|下面|下列)[^，,：:]{0,4}[零〇一二两三四五六七八九十几0-9]+"
    r"(?:个|项|条|点|种|类|层|句|大)?(?:方面|部分|环节)?$"
)
# the preposition a verb may end on (在于, 取决于, 着眼于, 致力于): jieba tags the verb (or 关键在于 whole) as a word
# of its own, yet like 在 it never closes a clause without its object
PREPOSITION_ENDINGS = ("于",)
COPULA_OPENING = re.compile(r"^是(?![非否])(?=.{4})")  # 是非, 是否 open words of their own
# a preamble that gives the purpose and announces the document itself (为…，作出如下决定。): nothing to learn
PREAMBLE = re.compile(r"如下(?:决定|通知|意见|规定|办法)[。：:]?$")
# a lead's last sentence that only opens the list (…就要, …必须做到以下三点, 提出以下几点意见：): no point of its own,
# and blanked alone it asks for the words that announce (提出____意见)
CUE = re.compile(rf"(?:(?:{'|'.join(LIST_OPENERS)})|(?:以下|如下|下列|下面)[^，,。；;]*)[：:]?$")
# a top-level list's framing as the parser words it (parse/topics.py): the document's parts, asked by their titles
PARTS_FRAMING = re.compile("全文分为[^，,]+个部分，各部分的标题")
PARTS_ASKED = "各部分标题"  # what a choice question on them asks its options to be (属于《题目》各部分标题的一项是)
INNER_QUOTES = str.maketrans("“”", "‘’")
QUOTE_MARK = re.compile("[" + "".join(QUOTE_PAIRS) + "".join(QUOTE_PAIRS.values()) + "]")
# a bracketed note or a book's title in an option: an opener, no bracket, a closer (the innermost pair of any: an
# opener may not stand inside, or a run of openers with no closer is scanned from each of them, quadratic)
NOTE_MARK = re.compile(r"[（(【\[〔《][^（(【\[〔《）)】\]〕》]*[）)】\]〕》]")
SENTENCE_CUT = re.compile(f"(?<=[{SENTENCE_STOPS}])")
LEAD_CLAUSE = re.compile("(?<=[，,；;：:])")  # where a lead's clauses end (printed_lead), and a sentence's (phrase)
DIGITS = "零一二三四五六七八九"
OPENING_CHARS = 12  # of a point's opening words an answer key quotes where it cites no line: enough to search for
OPENING_MIN = 4  # characters a quoted opening runs to before a stop may end it (一是，… would say nothing)
OPENING_STOPS = "，。；：！？,;:!?"
# what a phrase names of its own document's world: a place, a person, a body, a number (a year, an era: 十四五)
NAMING_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nt", "m"})
NOUN_TAGS = frozenset({"n", "ng", "nr", "ns", "nt", "nz", "s", "f", "r"})  # an option opening on a thing (opening_tag)
SHORT_OPTION = 10  # characters: options this short show what they open on (a verb, a noun) at a glance
# what makes a head a question (为什么要加强学习, 怎样做): a question among points, or a point among questions, is
# told apart by its mood alone (interrogative pronouns and the question mark: a closed class of the language)
ASKING = re.compile(r"为什么|为何|怎样|怎么|如何|什么|哪些|哪几|[？?]$")
LENGTH_SPREAD = 2  # times shorter or longer than the right options: a wrong option of another kind (Picking.tier)
# times shorter or longer than the right options: a wrong option told by its length alone (真懂 beside a clause of
# nineteen characters), never chosen, however few the others (Picking.reach)
LENGTH_FAR = 3
OWN_SHARE = 0.5  # share of another document's head's words the asked document must use: less speaks of other matters
# a numeral that is a number (十三五, 2035, 八七) or a count (两个, 四个: the genre names its formulations so, 四个意识,
# 两个维护): an indefinite quantity (一些, 一个, 一系列, 第一次) names nothing of its own
NUMBER_NAMED = re.compile(r"[0-9０-９]|[零〇一二两三四五六七八九十百千万]{2}|[二两三四五六七八九十百千万]")
QUOTED_TERM = re.compile("|".join(f"{o}([^{o}{c}]{{2,}}){c}" for o, c in QUOTE_PAIRS.items()))  # a quoted formulation
# a head's last word that announces what follows it (…的职责是, …包括, …如下): the lead of points, itself none
ANNOUNCING_WORDS = frozenset({"是", "包括", "如下", "在于", "即"})
ANNOUNCING_ENDINGS = tuple(sorted(ANNOUNCING_WORDS))


@dataclass(frozen=True)
class Candidate:
    """An item head that may serve as a wrong option, with the list it belongs to."""

    head: str  # without the frame its list's heads share
    list_key: str
    document: str
    whole: str = ""  # the head with that frame, when it has one

    def framed_by(self) -> tuple[str, str]:
        """The opening and closing its list's frame put around the head ("", "" for a list without one)."""
        at = self.whole.find(self.head) if self.whole else -1
        return (self.whole[:at], self.whole[at + len(self.head) :]) if at >= 0 else ("", "")

    def printed(self, whole: bool) -> str:
        """The head as a question prints it: whole in a question that prints no frame (党员的先锋 alone is no
        phrase: 发挥党员的先锋作用 is), its own words in one that does."""
        return self.whole if whole and self.whole else self.head


# ---------------------------------------------------------------- small pure helpers


def count_word(n: int) -> str:
    """A count before a measure word: 两点, not 二点; otherwise as chinese_number."""
    return "两" if n == 2 else chinese_number(n)


def digest(*parts: str) -> int:
    """A stable integer from text (the seed of every deterministic choice)."""
    return int.from_bytes(hashlib.sha1("\x1f".join(parts).encode("utf-8")).digest()[:8], "big")


def stable_shuffle(values: Sequence[str], seed: str) -> list[str]:
    """The values in an order fixed by their content; never the original order when that can be avoided."""
    order = sorted(values, key=lambda v: digest(seed, v))
    if len(set(values)) > 1 and order == list(values):
        order = order[1:] + order[:1]  # an "ordering" question must not print the answer
    return order


def clean(text: str) -> str:
    """Text without surrounding punctuation and spaces (heads as options)."""
    return text.strip(TOPIC_TRIM + "。！？；")


def spread(values: Sequence[object], limit: int) -> list[int]:
    """Indices of at most `limit` values spread evenly across the sequence, in order."""
    if len(values) <= limit:
        return list(range(len(values)))
    return sorted({round(i * (len(values) - 1) / (limit - 1)) for i in range(limit)})


def topic(lst: EnumList, parent: Item | None, doc: Document) -> str:
    """What a list is about, for a question: the end of its topic (parse/topics.py), or the title."""
    if lst.lead is None and parent is None and doc.title:
        return titled(doc.title)  # a top-level list of parts: the title says it
    about = own_topic(unnumbered(lst.topic or lst.lead or (parent.head if parent else "")), lst, parent, doc.lists)
    about = named_topic(without_speaker(without_opening(without_items(stray_marks_off(about), heads(lst)))), lst)
    if NAMES_DOCUMENT.match(clean(about)):
        # 本文全文分为六个部分，各部分的标题 frames a card; a question names the document alone (本文共有六点)
        return clean(about).split("全文")[0]
    if clean(about):
        text = topic_tail(about)
        said = ANNOUNCEMENT.sub("", text)
        return quotable(sentence_frame_off(said if said and not hanging(said) else text))
    return titled(doc.title) if clean(doc.title or "") else "本文"


def without_speaker(text: str) -> str:
    """A topic without the frames its sentences open on (习近平指出，…, 会议要求，…: anatomy.frame_of), unless that
    leaves it too little to say what is asked: a question quoting the speaker whole buries what was said."""
    shadow = simplify(text)
    spans = frame_of(shadow) if len(shadow) == len(text) else ()
    if not spans:
        return text
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = max(at, end)
    rest = "".join([*kept, text[at:]]).strip(TOPIC_TRIM)
    return rest if hanzi_count(rest) >= TOPIC_MIN_HANZI else text


def hanging(clause: str) -> bool:
    """True for a clause left on a preposition (…要从, …重点在) or a verb ending on one (…关键在于, …取决于): what it
    governed, cut off, was its object."""
    shadow = simplify(clause)
    words = tag_words(shadow)
    return bool(words) and (words[-1][1] == "p" or shadow.endswith(PREPOSITION_ENDINGS))


def titled(title: str | None) -> str:
    """The document as a question names it: 《its title》."""
    name = clean(title or "")
    return name if name.startswith("《") and name.endswith("》") else f"《{name.strip('《》')}》"


def quoted(topic: str) -> str:
    """A topic as a question prints it: words of the text in “…”, a phrase naming the document as it is."""
    return topic if NAMES_DOCUMENT.match(topic) else f"“{topic}”"


def topic_tail(text: str) -> str:
    """The last clauses of a topic, grown from the end: the words just before the list matter most, and
    they must say enough (a bare 我认为 grows back into the question before it); a clause that says
    something and points nowhere back (为此…) does not grow back over a full stop into the statement before
    it (…具有重大理论意义。宣讲好全会精神: the list is what 宣讲好全会精神 is)."""
    pieces = re.split(r"([，,：:。！？；!?;])", text)
    clauses = [(c, pieces[i + 1] if i + 1 < len(pieces) else "") for i, c in enumerate(pieces) if i % 2 == 0]
    kept = ""
    for clause, stop in reversed([(c, stop) for c, stop in clauses if clean(c)]):
        long_enough = len(kept) + len(clause) > TOPIC_MAX and hanzi_count(kept) >= TOPIC_MIN_HANZI
        if kept and (long_enough or (stop in FULL_STOPS and says_alone(kept))):
            break
        kept = clean(clause) + ("，" + kept if kept else "")
    return kept


def sentence_frame_off(topic: str) -> str:
    """A topic without the connective that ties it to the sentence before (而, 但是, 因此 …: a conjunction
    opening it) and the copula it closes on before the list (…的主题是), when a phrase saying something is left."""
    words = tag_words(simplify(topic))
    if sum(len(word) for word, _ in words) != len(topic):
        return topic  # a text the tagger changed: no offsets to cut by
    start = len(words[0][0]) if len(words) > 2 and words[0][1] == "c" else 0
    end = len(topic) - len(words[-1][0]) if len(words) > 2 and words[-1][0] in TOPIC_COPULAS else len(topic)
    kept = topic[start:end].strip(TOPIC_TRIM)
    return kept if hanzi_count(kept) >= FRAME_KEPT_MIN else topic


def quotable(text: str) -> str:
    """Text to put inside “…”: quotes a clause split left unmatched are dropped (unmatched_quotes_off, as a card's
    context drops them), its own “…” become ‘…’."""
    text = unmatched_quotes_off(text)
    opening = text[:1]
    if opening in QUOTE_PAIRS and text[-1:] == QUOTE_PAIRS[opening] and text.count(opening) == 1:
        text = text[1:-1]  # the topic is one quoted term (“…”, 「…」): the question's own quotes are enough
    return text.translate(INNER_QUOTES)


def sentences(text: str) -> list[str]:
    """The sentences of a text, cut after 。！？； but never inside quotation marks."""
    if not QUOTE_MARK.search(text):  # the common case, at C speed: no quotes, cut after every stop
        return [s for s in SENTENCE_CUT.split(text) if s]
    found, start, depth = [], 0, 0
    for i, char in enumerate(text):
        depth += (char in QUOTE_PAIRS) - (char in QUOTE_PAIRS.values())
        if char in SENTENCE_STOPS and depth <= 0:
            found.append(text[start : i + 1])
            start = i + 1
    return [*found, text[start:]] if text[start:] else found


def heads(lst: EnumList) -> list[str]:
    """The list's item heads as options: without surrounding punctuation nor the 等 closing the series."""
    return [option_head(item) for item in lst.items]


def option_head(item: Item) -> str:
    """An item's head as an option: without surrounding punctuation nor the 等 closing its series, nor the copula
    that ties it to its lead (其意义：是…的必然选择): an option opening on 是 among others that do not is told by it."""
    return _option_head(item.head)


@functools.lru_cache(maxsize=65536)  # a list's heads are asked of by each of its questions, several times each
def _option_head(head: str) -> str:
    return COPULA_OPENING.sub("", unclosed(clean(head)))


def option_frame(lst: EnumList) -> Frame:
    """The frame a list's heads share when they are phrases (a word's wrong options are made in its shape):
    options printed with it are told apart by it, not by what they say. It comes off the options when the
    question prints it, or when it is the copula or modal the list's sentence opens on (是…, 要…); a
    preposition alone (以…为…, 从…看) is not printed and stays: its words do not read without it."""
    texts = heads(lst)
    frame = shared_frame(texts) if texts and min(map(len, texts)) > WORD_HEAD else NO_FRAME
    word = frame.opening + frame.closing
    return frame if len(word) >= FRAME_MIN or word in LIST_OPENERS else NO_FRAME


def usable(lst: EnumList, sizes: range) -> bool:
    """A list whose size fits a kind and whose heads are short, distinct, whole phrases."""
    texts = heads(lst)
    return (
        len(texts) in sizes
        and len(set(texts)) == len(texts)
        and all(len(t) in HEAD_LENGTHS for t in texts)
        and all(map(whole_head, lst.items))
    )


def list_origin(doc: Document, lst: EnumList, parent: Item | None) -> Origin:
    """The source place of a question about a whole list: its lead's opening words, else its first item's."""
    said = (lst.lead or "").strip() or (unmarked_text(lst.items[0]) if lst.items else "")
    if len(said.strip()) < OPENING_MIN and (heading := printed_topic(doc, lst)):
        said = heading  # a bare word (机遇) is found all over the source: the heading over the list finds it
    # a label as the answer key cites it: the marks the source prints, without the outline's count of an unmarked
    # point ([2]另一方面 → 另一方面, [3][2] → ""): the source prints no [2], and the line cited places it
    label = printed_label(parent.label) if parent else ""
    return Origin(doc.stem, lst.key, label, lst.loc, opening_words(said), doc.source.lined)


def printed_topic(doc: Document, lst: EnumList) -> str:
    """The list's topic when the source prints it as it is (a heading over the list), else ""."""
    about = (lst.topic or "").strip()
    return about if about and any(about in p.text for p in doc.source.paragraphs) else ""


def item_origin(doc: Document, item: Item) -> Origin:
    """The source place of a question about one item."""
    return Origin(
        doc.stem, item.key, printed_label(item.label), item.loc, opening_words(unmarked_text(item)), doc.source.lined
    )


def opening_words(text: str) -> str:
    """A text's first words, to search its source for: up to its first stop, or OPENING_CHARS characters (a
    word processor's own numbering, 1. or 一、, is no text to find: the words after the marker are)."""
    text = text.strip()
    stop = next((at for at, ch in enumerate(text) if ch in OPENING_STOPS and at >= OPENING_MIN), len(text))
    return text[: min(stop, OPENING_CHARS)]


# ---------------------------------------------------------------- the outline, flattened


@dataclass(frozen=True)
class Place:
    """A list of a document with the item it hangs under (None at the top)."""

    doc: Document
    lst: EnumList
    parent: Item | None
    shared: DocumentText | None = field(default=None, compare=False)  # its document's, made once by places()

    @cached_property
    def about(self) -> str:
        """What the list is about, for a question (topic()): made once, as a list's questions (up to four, and a
        choice question reads it thrice) ask it again."""
        return topic(self.lst, self.parent, self.doc)

    @cached_property
    def stem(self) -> str:
        """The document's stem (a property of the source: asked once, not once for every candidate)."""
        return self.doc.stem

    @cached_property
    def seed(self) -> int:
        """What orders a question's rank ties (rank_key): the document's stem and the list's key."""
        return digest(self.stem + self.lst.key)

    @cached_property
    def reading(self) -> DocumentText:
        """The document's text as its questions read it: the one places() made for all of its places."""
        return self.shared or DocumentText.of(self.doc)

    @property
    def text(self) -> str:
        """The document's whole text, simplified, and its outline's: what a wrong option from elsewhere must speak of
        (foreign())."""
        return self.reading.text

    @cached_property
    def titled(self) -> bool:
        """True for a list asked about by the document's title: no lead, no parent (eligible())."""
        return self.lst.lead is None and self.parent is None


class DocumentText:
    """A document's whole text, simplified, and its outline's (Place.text), with what foreign() found of each head
    asked of it: a document's questions weigh many of the same heads of other documents (half, on a course)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, bool] = {}

    @classmethod
    def of(cls, doc: Document) -> DocumentText:
        """A document's text for its questions: its paragraphs' shadows and its outline's items, simplified."""
        outline = (simplify(item.text) for _, lst in walk(doc.lists) for item in lst.items)
        return cls("\n".join(chain((p.shadow for p in doc.source.paragraphs), outline)))

    def foreign(self, head: str) -> bool:
        """foreign(head, text), remembered."""
        found = self.found.get(head)
        if found is None:
            found = self.found[head] = foreign(head, self.text)
        return found


def places(doc: Document) -> list[Place]:
    """Every list of a document with its parent item, in document order."""
    found: list[Place] = []
    shared = DocumentText.of(doc)  # one for all of them: their questions weigh many of the same heads

    def visit(lists: tuple[EnumList, ...], parent: Item | None) -> None:
        for lst in lists:
            found.append(Place(doc, lst, parent, shared))
            for item in lst.items:
                visit(item.lists, item)

    visit(doc.lists, None)
    return found


def candidates(doc: Document) -> tuple[Candidate, ...]:
    """Every usable item head of a document, as a possible wrong option, without its list's frame: an option
    that still opens on its own list's 讲清楚… is told apart from the right ones by that alone."""
    found = (
        (frame.own(head), lst.key, head if frame else "")
        for depth, lst in walk(doc.lists)
        if not part_titles(lst, depth == 0)
        for frame in [option_frame(lst)]
        for item in lst.items
        if whole_head(item)
        for head in [option_head(item)]
    )
    return tuple(
        Candidate(own, key, doc.stem, whole)
        for own, key, whole in found
        if len(own) in HEAD_LENGTHS and len(whole) < HEAD_LENGTHS.stop and not announcing(own)
    )


def announcing(head: str) -> bool:
    """True for a head that announces what follows it (…的职责是, …如下): the lead of points, not a point, and as a
    wrong option told wrong by its dangling end."""
    if head.endswith(("：", ":")):
        return True
    bare = simplify(head)
    if not bare.endswith(ANNOUNCING_ENDINGS):  # most heads: tagged only when one might end on such a word
        return False
    words = tag_words(bare)
    return bool(words) and words[-1][0] in ANNOUNCING_WORDS


def part_titles(lst: EnumList, top: bool) -> bool:
    """True for a list of the document's section titles: at the `top` of the outline, each item over lists of
    its own and saying nothing beside its title (2024年工作回顾, 原因和难点分析). A title names a part and states
    no point: it is no option, right or wrong (属于《…》的一项是 2024年工作回顾 asks nothing)."""
    return top and all(item.lists and clean(unmarked_text(item)) == clean(item.head) for item in lst.items)


def neighbourhoods(docs: Sequence[Document]) -> list[range]:
    """For each document, the documents that lend it wrong options: itself and its neighbours in course order.

    The whole course for a small one; a window of POOL_DOCUMENTS in a large one, so the cost of a choice
    question does not grow with the course (a 1,000-document course would otherwise rank 30,000 heads).
    """
    size = min(len(docs), POOL_DOCUMENTS)
    starts = (max(0, min(i - size // 2, len(docs) - size)) for i in range(len(docs)))
    return [range(start, start + size) for start in starts]


# ---------------------------------------------------------------- distractors


# parts of speech a phrase opening on them says what to do: 推动…, 要…, 进一步…, 以…, 在…
VERBAL_TAGS = frozenset({"v", "vd", "d", "p", "ad", "c"})


def verbal(option: str) -> bool:
    """True for an option that opens on a verb, an adverb or a preposition (it says what to do), False
    for one that opens on a noun or a name (it says what a thing is): options of one frame are one kind."""
    words = tag_words(simplify(option))
    return bool(words) and words[0][1] in VERBAL_TAGS


# what makes two options look alike, besides their length
TRAITS: tuple[Callable[[str], object], ...] = (
    lambda s: s[-1],  # same ending (…型, …化, …性)
    lambda s: s[:1],  # same opening (坚持…, 加强…)
    lambda s: "、" in s or "，" in s,  # a series or a clause vs a single term
    verbal,  # what it opens on: a verb (推动…, 要分析…) or a noun (党的…, 上层建筑…)
    lambda s: QUOTE_MARK.search(s) is not None,  # quoted words (聚焦“学懂”…) or none: the quotes catch the eye
    lambda s: NOTE_MARK.search(s) is not None,  # a bracketed note (…状况（三小点）, 【日期】…) or 《a title》: no point
)


@functools.lru_cache(maxsize=65536)
def shape(option: str) -> tuple[int, tuple[object, ...]]:
    """An option's length and traits (remembered: every question of a window ranks the same heads)."""
    return len(option), tuple(trait(option) for trait in TRAITS)


def shape_distance(a: str, b: str) -> int:
    """How unlike two options look: length difference, plus a step for each mismatched trait."""
    return form_distance(shape(a), shape(b))


def related(a: str, b: str) -> bool:
    """True when one option contains the other (in any script), or the two phrases are one with a word changed
    (…发展的重要保证 / …发展的根本制度保证): either could pass for a right answer, and of a near copy of one
    the learner knows that one of the two is right."""
    return alike_any(simplify(a), (simplify(b),))


def alike_any(head: str, known: Iterable[str]) -> bool:
    """True when `head` is related() to one of the `known` options, all simplified (a question's loop simplifies
    each of its heads once)."""
    return any(head in k or k in head or near_copy(head, k) for k in known)


def near_copy(a: str, b: str) -> bool:
    """True for two phrases (longer than a word) whose shared opening and closing make NEAR_COPY of the
    shorter: what differs is a word or two, not the point (完善基层社会治理的制度体系 / 完善基层党建工作的
    制度体系 differ)."""
    shorter = min(len(a), len(b))
    if shorter <= WORD_HEAD or (a[0] != b[0] and a[-1] != b[-1]):  # most pairs: nothing shared at either end
        return False
    shared = len(common_suffix([a, b]))
    if len(a) == len(b) and shared >= WORD_HEAD and len(a) - shared <= VERB_OPENING:
        return True  # one point under another verb (坚持勤俭节约 / 厉行勤俭节约): either could pass for the right one
    opening = len(common_prefix([a, b]))
    closing = len(common_suffix([a[opening:], b[opening:]]))
    return opening + closing >= NEAR_COPY * shorter


@functools.lru_cache(maxsize=16384)  # a sheet's wording (every question's) and its options recur
def in_script(text: str, script: str) -> str:
    """Text in a document's own script: a simplified option among traditional ones would give itself away."""
    return to_traditional(text) if script == "traditional" else simplify(text)


def lineage(a: str, b: str) -> bool:
    """True when one list key is the other, or lies under an item of the other (keys "1", "1.2/1", …)."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


@functools.lru_cache(maxsize=65536)
def phrase_words(head: str) -> tuple[tuple[str, bool], ...]:
    """A simplified head's words of two characters or more, each with whether it names something (NAMING_TAGS)."""
    return tuple((w, naming(w, tag)) for w, tag in tag_words(head) if len(w) > 1 and (hanzi_count(w) or tag == "m"))


@functools.lru_cache(maxsize=65536)
def quoted_terms(head: str) -> tuple[str, ...]:
    """The formulations a phrase quotes (“两个维护”, 「一国两制」): each names a matter of its own document and time."""
    return tuple(m.group()[1:-1] for m in QUOTED_TERM.finditer(head))


def naming(word: str, tag: str) -> bool:
    """True for a word that names something of its own document's world: a place, a person, a body, a number."""
    return tag in NAMING_TAGS and (tag != "m" or NUMBER_NAMED.search(word) is not None)


def foreign(head: str, text: str) -> bool:
    """True for a simplified phrase that names a place, a person, a body or a number (2025年, 十四五) the asked
    document's `text` never prints, or most of whose words it never uses: it speaks of another document's
    matters, and a candidate tells it wrong by its subject alone (浙江 in a question on a text about 广东)."""
    words = phrase_words(head)
    if any(naming and w not in text for w, naming in words) or any(q not in text for q in quoted_terms(head)):
        return True
    return bool(words) and sum(w in text for w, _ in words) < OWN_SHARE * len(words)


def eligible(cand: Candidate, place: Place) -> bool:
    """May this head be a wrong option for a question on `place`? Never from the right list or its lineage.

    A list asked about by the document's title (no lead, no parent) takes no options from its own
    document at all: every point of the document "belongs to" the document.
    """
    if cand.document != place.stem:
        return True
    return not place.titled and not lineage(cand.list_key, place.lst.key)


def distractors(
    right: list[str],
    pool: Iterable[Candidate],
    place: Place,
    count: int,
    lexicon: Lexicon = EMPTY_LEXICON,
    used: Collection[str] = (),
    said: str = "",
    whole: bool = False,
    themes: Sequence[str] = (),
) -> list[str]:
    """`count` wrong options in the right answer's shape: for a name, a number or a word, other lists' heads
    of its very shape, then what study.generate.distractors makes or finds; else heads of about its form,
    those the document's questions already `used` last; none that the simplified text `said` holds (what
    the question prints: an option it names is no wrong one); other lists' heads `whole` (Candidate.printed)
    or without their frames, those holding one of the right options' `themes` first."""
    if not by_shape(right[0]):
        return distractors_by_distance(right, pool, place, count, used, said, whole, themes)
    lead, own = (place.lst.lead or "") + "\n" + said, heads(place.lst)
    kept = unframed(unnamed(own), "" if whole else simplify("|".join(framed(place.lst))))
    chosen = kept(opened_options(right[0], own, lead, lexicon, count))
    nearest = distractors_by_distance(right + chosen, pool, place, count - len(chosen), used, said, whole, themes)
    chosen += kept([h for h in nearest if same_shape(h, right[0])])
    wanted = (count - len(chosen)) * NAME_LOOK  # a few more looked at: names among them are dropped
    words = unprinted_words(right[0], lead, lexicon, wanted, [*own, *chosen], used, place.text)
    chosen += kept(words)[: count - len(chosen)]
    # other lists' heads of about the words' length: a phrase among words is told wrong by its look
    longest = max(map(len, option_heads(place.lst))) + 1
    nearest = distractors_by_distance(right + chosen, pool, place, count - len(chosen), used, said, whole, themes)
    chosen += kept([h for h in nearest if len(h) <= longest])
    # a course too small for its own: the dictionary's words of the answer's shape
    wanted = (count - len(chosen)) * NAME_LOOK
    return chosen + kept(wrong_options(right[0], lead, lexicon, wanted, [*own, *chosen]))[: count - len(chosen)]


def unnamed(own: Sequence[str]) -> Callable[[list[str]], list[str]]:
    """What keeps the wrong options of a word list: all of them when the list's own words are all people's names,
    else those that are none (a leader's name among places, or a word jieba tags a name: 某山 of 某山某水; one
    place jieba took for a name among its siblings makes no list of names)."""
    if all(shape_of(simplify(h)).kind == "person" for h in own):
        return lambda options: options
    return lambda options: [o for o in options if shape_of(simplify(o)).kind != "person"]


def unframed(kept: Callable[[list[str]], list[str]], asked: str) -> Callable[[list[str]], list[str]]:
    """What `kept` keeps of a word list's wrong options, but none that doubles the question's frame (doubled():
    要加强____工作 takes no 群众工作)."""
    return lambda options: [o for o in kept(options) if not doubled(simplify(o), asked)]


def unprinted_words(
    answer: str, lead: str, lexicon: Lexicon, count: int, taken: list[str], used: Collection[str], text: str = ""
) -> list[str]:
    """`count` course words of the answer's shape (wrong_options, course only): those ending as it does first,
    then those the asked document's `text` uses (a word of another document's matters is told wrong by its
    subject: 二氧化碳 among 共同富裕; see foreign() for phrases), and of each kind those another question of the
    sheet printed (`used`) last: a word met on every question is soon known to be wrong (产业发展、人才培养)."""
    words = wrong_options(answer, lead, lexicon, count * 3, taken, course_only=True)
    last = simplify(answer)[-1:]
    words.sort(key=lambda w: (w[-1:] != last, bool(text) and simplify(w) not in text, w in used))
    return unlike(answer, words, count)


def unlike(answer: str, words: list[str], count: int) -> list[str]:
    """`count` of the words, in order, no two of them ending on a word the answer does not end on (产业规划,
    人才规划, 交通规划 beside 工作方案: the odd one out is the answer); the others after them."""
    ending = simplify(answer)[-2:]
    apart = [w for at, w in enumerate(words) if w[-2:] == ending or all(o[-2:] != w[-2:] for o in words[:at])]
    return [*apart, *(w for w in words if w not in apart)][:count]


def opened_options(answer: str, own: list[str], lead: str, lexicon: Lexicon, count: int) -> list[str]:
    """Wrong options that open as most of the answer's siblings do (重大意义 among 重大判断, 重大部署, 主要特点):
    an option without that opening is told from the right ones by its look."""
    opening = sibling_opening(answer, own)
    if not opening:
        return []
    found: list[str] = []
    words = simplify(lead)
    for option in opened(simplify(answer), simplify(opening), lexicon):
        if len(found) == count:
            break
        if not option_taken(option, [*own, *found], words):
            found.append(option)
    return found


def option_taken(option: str, taken: list[str], lead: str) -> bool:
    """True for an option that is, holds or is held by a taken one, or that the lead prints."""
    return option in lead or any(related(option, other) for other in taken)


def sibling_opening(answer: str, own: list[str]) -> str:
    """The longest opening of at least two characters (leaving two) the answer shares with half its list or
    more, itself included (and two heads at least); "" when there is none."""
    enough = max(2, (len(own) + 1) // 2)
    for n in range(len(answer) - 2, 1, -1):
        if sum(head.startswith(answer[:n]) for head in own) >= enough:
            return answer[:n]
    return ""


def same_shape(a: str, b: str) -> bool:
    """True for two options of one kind, length and last character."""
    return shape_of(simplify(a)) == shape_of(simplify(b))


def by_shape(head: str) -> bool:
    """True for a head whose wrong options the distractor rules make: a name, a number, or a single word."""
    return len(head) <= WORD_HEAD or shape_of(simplify(head)).kind != "term"


def distractors_by_distance(
    right: list[str],
    pool: Iterable[Candidate],
    place: Place,
    count: int,
    used: Collection[str] = (),
    said: str = "",
    whole: bool = False,
    themes: Sequence[str] = (),
) -> list[str]:
    """`count` heads of other lists shaped like the first right one, never from the right list, each from
    a list of its own while there are enough: siblings of one list look alike, and the answer would be
    the odd one out. Heads holding one of the `themes` come first: the right ones hold them; then the asked
    document's own heads of about the right shape (own_first), then the course's by shape. A head another
    question of the document printed comes after the others: a wrong option met on every question of a
    sheet is soon known to be wrong; one of another document that speaks of its own matters (foreign()), or of
    another length, comes only when the others are too few (Picking.tier). Never a head of the asked list,
    whichever document lends it (two documents of a course list the same 六大纪律): it would be right."""
    if count <= 0:
        return []
    known = [simplify(h) for h in [*right, *option_heads(place.lst)]]  # the asked heads, then those chosen
    asked = "" if whole else simplify("|".join(framed(place.lst)))
    nearest = ranked(right[0], pool, place, whole)
    ordered = chain(themed(right[0], pool, place, whole, themes), own_first(right[0], pool, place, whole), nearest)
    lengths = [len(r) for r in right]
    put_off: tuple[list[Candidate], ...] = ([], [], [])  # the later tiers (Picking.tier), filled by the first look
    spread = range(min(lengths) // LENGTH_SPREAD, max(lengths) * LENGTH_SPREAD + 1)
    reach = range(min(lengths) // LENGTH_FAR, max(lengths) * LENGTH_FAR + 1)
    picking = Picking(place, used, said, whole, asked, spread, opening_kind(right), mood(right), reach)
    chosen = chosen_apart(ordered, count, known, picking, put_off)
    for later in put_off:
        if len(chosen) < count:
            chosen += chosen_apart(later, count - len(chosen), known, picking)
    return chosen


class Picking(NamedTuple):
    """What a question's look through candidates refuses or puts off (distractors_by_distance)."""

    place: Place
    used: Collection[str]  # printed by another question of the sheet: put off
    said: str  # printed by the question: refused
    whole: bool  # heads printed whole (Candidate.printed)
    asked: str  # the asked list's frame (misfit())
    lengths: range  # lengths of the right options' kind (LENGTH_SPREAD)
    opening: str | None = None  # what the right options open on, when short and all alike (opening_kind())
    asking: bool | None = None  # whether the right options all ask a question, or all state (mood()); None: mixed
    reach: range = range(0, HEAD_LENGTHS.stop)  # lengths a wrong option may have at all (LENGTH_FAR)

    def tier(self, cand: Candidate, head: str) -> int:
        """When a candidate is looked at: 0 now; 1 a head of another length, or short options' other opening (a
        verb among nouns); 2 another document's head about its own matters (foreign()), of the right options'
        kind; 3 both. A 4-character phrase among long clauses, 推动… among …的组织, is told wrong by its look; 浙江
        in a question on a text about 广东 by its subject, which gives the answer away the more."""
        stranger = cand.document != self.place.stem and self.place.reading.foreign(head)
        opening = opening_kind([head]) if self.opening else None
        apart = len(head) not in self.lengths or (opening is not None and opening != self.opening)
        return stranger * 2 + apart


def mood(options: Sequence[str]) -> bool | None:
    """True when every option asks a question (ASKING), False when none does, None when they differ."""
    moods = {asks(o) for o in options}
    return moods.pop() if len(moods) == 1 else None


def asks(text: str) -> bool:
    """Whether a head is a question (为什么要…, 怎样把…): its mood is seen at a glance among options."""
    return bool(ASKING.search(simplify(text)))


def opening_kind(options: Sequence[str]) -> str | None:
    """What short options (SHORT_OPTION) all open on: "verb" (a verb, an adverb, a preposition: VERBAL_TAGS) or
    "noun" (a noun, a name, a place word: NOUN_TAGS); None for long ones, whose opening is lost in the clause, for
    options that differ, and for a word jieba tags as neither (an idiom, a verbal noun: 乐于助人, 整顿)."""
    if not options or max(map(len, options)) > SHORT_OPTION:
        return None
    kinds = {opening_tag(o) for o in options}
    return kinds.pop() if len(kinds) == 1 else None


@functools.lru_cache(maxsize=16384)  # a question's look asks it of each short candidate it weighs (Picking.tier)
def opening_tag(option: str) -> str | None:
    """ "verb" or "noun" for what an option's first word is (opening_kind()), else None."""
    words = tag_words(simplify(option))
    tag = words[0][1] if words else ""
    return "verb" if tag in VERBAL_TAGS else "noun" if tag in NOUN_TAGS else None


def chosen_apart(
    ordered: Iterable[Candidate],
    count: int,
    known: list[str],
    picking: Picking,
    put_off: tuple[list[Candidate], ...] = (),
) -> list[str]:
    """Up to `count` printed heads, in order, none related to a `known` one (which grows with those chosen), each
    from a list of its own while there are enough; a list's second head only when short; with `put_off`, those of
    a later tier (Picking.tier) go there instead."""
    chosen: list[str] = []
    lenders: set[tuple[str, str]] = set()
    siblings: list[str] = []  # heads of a list that already lent one, or printed already: used only when short
    for cand in ordered:
        text = cand.printed(picking.whole)
        head = simplify(text)
        if alike_any(head, known) or (picking.said and head in picking.said) or doubled(head, picking.asked):
            continue
        if picking.asking is not None and asks(head) != picking.asking:
            continue  # a question among points (or a point among questions) is the odd one out: never chosen
        if len(head) not in picking.reach:
            continue  # 真懂 among clauses: the odd one out by its look, however few the others
        if put_off and (tier := picking.tier(cand, head)):
            put_off[tier - 1].append(cand)
            continue
        if (cand.document, cand.list_key) in lenders or text in picking.used or misfit(cand, picking.asked):
            siblings.append(text)
            continue
        lenders.add((cand.document, cand.list_key))
        chosen.append(text)
        known.append(head)
        if len(chosen) == count:
            return chosen
    for sibling in siblings:
        head = simplify(sibling)
        if len(chosen) < count and not alike_any(head, known):
            chosen.append(sibling)
            known.append(head)
    return chosen


def themed(target: str, pool: Iterable[Candidate], place: Place, whole: bool, themes: Sequence[str]) -> list[Candidate]:
    """Eligible candidates whose printed heads hold one of the `themes`, most alike `target` first (ties as in
    ranked()): a look through the pool's heads, which a window of documents bounds."""
    if not themes:
        return []
    found = [c for c in pool if any(t in simplify(c.printed(whole)) for t in themes) and eligible(c, place)]
    seed = place.seed
    return sorted(found, key=lambda c: (shape_distance(target, c.printed(whole)), rank_key(c.printed(whole), seed)))


def own_first(target: str, pool: Iterable[Candidate], place: Place, whole: bool) -> list[Candidate]:
    """Eligible heads of the asked document's other lists about as long as `target` (OWN_REACH), most alike it
    first (ties as in ranked()): they speak of its matters, and an option from another document of the course
    is told apart by its subject; one much longer or shorter is told apart by its shape, and waits its turn."""
    if place.titled:
        return []  # a list asked by the title takes nothing of its own document (eligible())
    form, key = shape(target), place.lst.key
    found = [
        (distance, c)
        for c, other in pool_index(pool, whole).by_document.get(place.stem, ())
        if not lineage(c.list_key, key)  # eligible(), of the document's own heads
        and (distance := form_distance(other, form)) <= OWN_REACH
    ]
    seed = place.seed
    return [c for _, c in sorted(found, key=lambda dc: (dc[0], rank_key(dc[1].printed(whole), seed)))]


def framed(lst: EnumList) -> tuple[str, str]:
    """The opening and closing of the frame a list's options come without."""
    frame = option_frame(lst)
    return frame.opening, frame.closing


def misfit(cand: Candidate, asked: str) -> bool:
    """True for a head cut from a frame other than the `asked` one ("opening|closing", simplified; "" for a
    question printing heads whole): 党员的先锋 reads in 发挥____作用, its own, not in 讲清楚____."""
    return bool(asked) and bool(cand.whole) and simplify("|".join(cand.framed_by())) != asked


def doubled(head: str, asked: str) -> bool:
    """True for a simplified head that opens on the `asked` frame's opening or closes on its closing ("opening|closing",
    simplified): the question prints them round its gap (能填入“____制度”), and the right options come without
    them, so this one would read 建立健全联系群众制度制度, or stand out as the only one that holds them."""
    opening, _, closing = asked.partition("|")
    return (bool(opening) and head.startswith(opening)) or (bool(closing) and head.endswith(closing))


def option_heads(lst: EnumList) -> list[str]:
    """A list's heads as its choice questions print them: without its frame."""
    frame = option_frame(lst)
    return [frame.own(h) for h in heads(lst)]


def ranked(target: str, pool: Iterable[Candidate], place: Place, whole: bool = False) -> Iterator[Candidate]:
    """Eligible candidates, most alike `target` first, ties in an order fixed by the content (rank_key).

    The same order as sorting the whole pool by (distance, rank), but distances are measured once per
    shape of the pool, and only as far out as a question looks: a shape `step` characters longer or shorter
    is 2 * step to 2 * step + len(TRAITS) away, so the shapes of a step are measured before the candidates at
    distance 2 * step are given. Ranks are made only for the distances given. (Candidates of one rank are of
    one printed head, so of one shape: the order in which the shapes of a distance are found changes nothing.)
    """
    length, traits = shape(target)
    by_length = pool_index(pool, whole).by_length
    reach = max((abs(n - length) for n in by_length), default=-1)
    seed = place.seed
    found: dict[int, list[list[Candidate]]] = {}
    for distance in range(2 * reach + len(TRAITS) + 1):
        step = distance // 2
        if distance % 2 == 0 and step <= reach:
            for n in dict.fromkeys((length - step, length + step)):
                for other_traits, members in by_length.get(n, ()):  # form_distance, inlined
                    found.setdefault(distance + sum(map(operator.ne, other_traits, traits)), []).append(members)
        near = [c for members in found.pop(distance, ()) for c in members if eligible(c, place)]
        yield from sorted(near, key=lambda c: rank_key(c.printed(whole), seed))


def rank_key(head: str, seed: int) -> tuple[int, int]:
    """Where a head ranks among equally alike ones for a question's `seed`: the least of its character pairs'
    hashes mixed with the seed (a min-hash), then its whole text's. A one-character edit of a head elsewhere
    in the course changes a pair or two of it and seldom its rank, so the other documents' questions keep
    the options they had; a hash of the whole text gave the edited head a new rank everywhere."""
    pairs, whole = pair_hashes(head)
    return min(map(seed.__xor__, pairs)), whole ^ seed


@functools.lru_cache(maxsize=65536)
def pair_hashes(head: str) -> tuple[tuple[int, ...], int]:
    """The hashes of a head's character pairs (the head itself when shorter) and of its whole text."""
    return tuple(pair_digest(head[i : i + 2]) for i in range(max(1, len(head) - 1))), digest(head)


@functools.lru_cache(maxsize=65536)
def pair_digest(pair: str) -> int:
    """digest() of a head's character pair (remembered: the heads of a course share most of their pairs)."""
    return digest(pair)


Shape = tuple[int, tuple[object, ...]]


class PoolIndex(NamedTuple):
    """A pool's candidates arranged for a question's look through them, each group in pool order."""

    by_length: dict[int, list[tuple[tuple[object, ...], list[Candidate]]]]  # by their printed heads' shapes
    by_document: dict[str, list[tuple[Candidate, Shape]]]  # by the document that lends them, with their shapes


# the last pool indexed, by how its heads are printed (a document's questions share it)
_INDEXED: dict[bool, tuple[object, PoolIndex]] = {}


def pool_index(pool: Iterable[Candidate], whole: bool = False) -> PoolIndex:
    """The pool's candidates by the shape of their printed heads (Candidate.printed) and by document
    (remembered for the last pool object)."""
    known = _INDEXED.get(whole)
    if known and known[0] is pool:
        return known[1]
    groups: dict[Shape, list[Candidate]] = {}
    by_document: dict[str, list[tuple[Candidate, Shape]]] = {}
    for cand in pool:
        form = shape(cand.printed(whole))
        groups.setdefault(form, []).append(cand)
        by_document.setdefault(cand.document, []).append((cand, form))
    by_length: dict[int, list[tuple[tuple[object, ...], list[Candidate]]]] = {}
    for (length, traits), members in groups.items():
        by_length.setdefault(length, []).append((traits, members))
    _INDEXED[whole] = (pool, PoolIndex(by_length, by_document))
    return _INDEXED[whole][1]


def form_distance(a: Shape, b: Shape) -> int:
    """shape_distance of two options from their shapes."""
    differing: int = sum(map(operator.ne, a[1], b[1]))
    return abs(a[0] - b[0]) * 2 + differing


@dataclass(frozen=True)
class Lenders:
    """What lends a question its wrong options: the heads of its window's lists and the course's words."""

    heads: tuple[Candidate, ...]
    lexicon: Lexicon = EMPTY_LEXICON
    # the wrong options a document's questions have printed so far (one set per document: document_exercises)
    used: set[str] = field(default_factory=set, compare=False)
    # the document's own list heads, simplified, one a line: each is asked or printed by its own list's question,
    # so as a wrong option elsewhere on the sheet it gives that answer away, or is told wrong by it
    asked: str = ""
    # choice questions made so far on the document's sheet, by kind: the letter of the right answer turns with them
    turns: dict[str, int] = field(default_factory=dict, compare=False)


def course_lexicon(course: Course, vocab: Vocabulary) -> Lexicon:
    """The course's words by kind, from its vocabulary's counts and its paragraphs' claims (for 《titles》)."""
    claims = (claim_text(p.shadow) for doc in course.documents for p in doc.source.paragraphs if "《" in p.shadow)
    return lexicon_of(vocab.counts, claims)


# ---------------------------------------------------------------- one maker per kind


def question(kind: str, place: Place, count: int, frame: Frame = NO_FRAME, asked: str = "") -> str:
    """The wording of a question in the document's own script, about the list's topic as the text words it
    (and what of it is `asked`: 各部分标题); a choice among framed items prints the frame around a gap."""
    script = place.doc.source.script
    frame = printed_frame(frame)
    return in_script(PROMPTS[f"{kind} framed" if frame else kind], script).format(
        topic=quoted(place.about) + in_script(asked, script),
        count=in_script(count_word(count), script),  # 两 is a tool's word too: 兩點 in a traditional text
        frame=(frame.opening + FRAME_GAP + frame.closing).translate(INNER_QUOTES),
    )


def printed_frame(frame: Frame) -> Frame:
    """The frame a question prints around its gap: none for a word of grammar (是…, 要…), which comes off the
    options but says nothing printed (能填入“是____”)."""
    return frame if len(frame.opening + frame.closing) >= FRAME_MIN else NO_FRAME


def list_exercise(place: Place, lenders: Lenders) -> Exercise | None:
    """列举题: write the list's items in order; none for a list whose announced count its items do not match (共有两点
    under a lead announcing 三个 asks for a point the outline lacks, or says the text wrong)."""
    if not usable(place.lst, LIST_SIZES) or count_unmatched(place.lst):
        return None
    texts = heads(place.lst)
    prompt = question("list", place, len(texts))
    return Exercise("list", prompt, list_origin(place.doc, place.lst, place.parent), answers=tuple(texts))


def order_exercise(place: Place, lenders: Lenders) -> Exercise | None:
    """排序题: the items shuffled; the answer is their letters in document order (none when the count announced is
    not the items', as for a 列举题)."""
    if not usable(place.lst, ORDER_SIZES) or count_unmatched(place.lst):
        return None
    texts = heads(place.lst)
    options = stable_shuffle(texts, place.doc.stem + place.lst.key)
    answers = tuple(LETTERS[options.index(t)] for t in texts)
    prompt = question("order", place, len(texts))
    return Exercise(
        "order", prompt, list_origin(place.doc, place.lst, place.parent), options=tuple(options), answers=answers
    )


def choice_exercise(kind: str, right: list[str], place: Place, lenders: Lenders, origin: Origin) -> Exercise | None:
    """A choice question with `right` among wrong options from other lists, lettered in a stable order; the
    list's frame, if its items share one, is in the question and off every option."""
    if part_titles(place.lst, place.parent is None):
        return None
    asked = parts_asked(place)
    if asked is None:
        return None
    frame = option_frame(place.lst)
    right = [frame.own(r) for r in right]
    wanted = CHOICE_OPTIONS - len(right)
    whole = not printed_frame(frame)  # other lists' heads as phrases of their own, or what fills the gap
    said = choice_said(place, lenders)
    affixes = shared_affixes(heads(place.lst))
    looked = wanted * AFFIX_LOOK if any(affixes) else wanted  # more looked at: those of the affixes come first
    found = distractors(
        right, lenders.heads, place, looked, lenders.lexicon, lenders.used, said, whole, themes(right, place)
    )
    if any(affixes):
        found = sorted(found, key=lambda w: not affixed(w, *affixes))[:wanted]  # stable: in their own order else
        if not any(affixed(w, *affixes) for w in found):
            return None  # the right options alone open or close as the list's words do: they give themselves away
    if len(found) < wanted:
        return None  # too small a course for believable wrong options
    lenders.used.update(found)
    wrong = [in_script(w, place.doc.source.script) for w in found]
    options = lettered(stable_shuffle(right + wrong, origin.document + origin.key + kind), right, lenders, kind, place)
    answers = tuple(sorted(LETTERS[options.index(t)] for t in right))
    prompt = question(kind, place, len(right), frame, asked)
    return Exercise(kind, prompt, origin, options=tuple(options), answers=answers)


def choice_said(place: Place, lenders: Lenders) -> str:
    """What no wrong option of a choice question on `place` may be, simplified: what the question names, what the
    sheet asked already, and what the list's own points say (各项任务 in 2.目标任务。…完成各项任务: it may pass for
    one of them)."""
    return "\n".join([printed_words(place), lenders.asked, *(simplify(item.text) for item in place.lst.items)])


def parts_asked(place: Place) -> str | None:
    """What a choice question asks of its list beside its topic: nothing ("") for a list about something; of a
    list asked by the document alone (属于《题目》), its parts' titles when they are its parts (PARTS_ASKED), else
    None: every point of a document belongs to it, and 属于《题目》的一项是 asks nothing."""
    if place.about not in ("本文", titled(place.doc.title or "")):
        return ""
    return PARTS_ASKED if PARTS_FRAMING.search(simplify(place.lst.topic or "")) else None


def lettered(options: list[str], right: list[str], lenders: Lenders, kind: str, place: Place) -> list[str]:
    """The options turned round so that the first right one has the letter next in turn on the sheet (from a letter
    of the document's own): a hash's order is even only on average, and an examiner spreads the answers over
    A–D (0 of 16 answers on A had taught a candidate never to choose it)."""
    made = lenders.turns.get(kind, 0)
    lenders.turns[kind] = made + 1
    turn = (digest(place.stem, kind) + made) % len(options)
    shift = (options.index(right[0]) - turn) % len(options)
    return options[shift:] + options[:shift]


def shared_affixes(texts: Sequence[str]) -> tuple[str, str]:
    """The opening and closing every one of a list's word heads shares, simplified (真学、真懂、真做: 真;
    不变质、不变味、不变色: 不变; 道路自信、理论自信: 自信), leaving each a character of its own: the members of a
    formulation are told from other words by it, and the right options alone holding it give themselves away.
    ("", "") for a list of phrases, whose shared frame comes off its options (option_frame), or of one head."""
    words = [simplify(t) for t in texts]
    if len(words) < 2 or max(map(len, words)) > AFFIX_HEAD:
        return "", ""
    room = min(map(len, words)) - 1
    opening = common_prefix(words)[:room]
    closing = common_suffix(words)
    return opening, closing[max(0, len(closing) - (room - len(opening))) :] if room > len(opening) else ""


def affixed(option: str, opening: str, closing: str) -> bool:
    """True for an option that opens and closes as a list's word heads all do (shared_affixes)."""
    shadow = simplify(option)
    return shadow.startswith(opening) and shadow.endswith(closing)


def themes(right: list[str], place: Place) -> tuple[str, ...]:
    """The terms (HEADED_MIN hanzi or more) the question prints, in its topic or the document's title, that every
    right option holds (基层组织 of 《抓好基层组织建设》 in 提升基层组织的组织力): wrong options without them would be
    told apart by them; a shorter word (发展, 核心) is shared by chance as often."""
    printed = simplify(f"{place.about}\n{place.doc.title or ''}")
    rights = [simplify(r) for r in right]
    runs = {printed[at : at + HEADED_MIN] for at in range(len(printed) - HEADED_MIN + 1)}
    if not any(all(run in r for r in rights) for run in runs):
        return ()  # no term of that length is shared at all (most questions): jieba is not asked
    words = dict.fromkeys(w for w, _ in tag_words(printed) if hanzi_count(w) >= HEADED_MIN)
    return tuple(w for w in words if all(w in r for r in rights))


def printed_words(place: Place) -> str:
    """What a choice question names, simplified: its topic and the document's title, and of a question asked
    by the document (属于本文 / 属于《题目》), the whole text: whatever it says "belongs to" it."""
    about = place.about
    said = [about, place.doc.title or ""]
    if about in ("本文", titled(place.doc.title or "")):
        said += [p.shadow for p in place.doc.source.paragraphs]
    return simplify("\n".join(said))


def single_exercise(place: Place, lenders: Lenders) -> Exercise | None:
    """单项选择题: one item of the list among three heads from other lists."""
    if not usable(place.lst, LIST_SIZES):
        return None
    items = place.lst.items
    item = items[digest(place.doc.stem, place.lst.key, "single") % len(items)]
    return choice_exercise("single", [option_head(item)], place, lenders, item_origin(place.doc, item))


def multiple_exercise(place: Place, lenders: Lenders) -> Exercise | None:
    """多项选择题: two or three items of the list among heads from other lists."""
    if not usable(place.lst, range(3, LIST_SIZES.stop)):
        return None
    texts = heads(place.lst)
    size = 2 + digest(place.doc.stem, place.lst.key, "multiple") % 2
    right = [t for t in sorted(texts, key=lambda t: digest(place.lst.key, t))[:size]]
    right.sort(key=texts.index)
    return choice_exercise("multiple", right, place, lenders, list_origin(place.doc, place.lst, place.parent))


# the forms lists take in turn on a sheet, a choice first: a document of one list is asked as exams mostly ask
# (but its count announced, as a 列举题: sheet_forms)
FORM_TURNS = ("single", "list", "multiple", "order")
LIST_MAKERS: dict[str, Callable[[Place, Lenders], Exercise | None]] = {
    "list": list_exercise,
    "order": order_exercise,
    "single": single_exercise,
    "multiple": multiple_exercise,
}


# ---------------------------------------------------------------- fill-in sentences


def key_sentences(item: Item) -> list[str]:
    """Sentences that state an item's point, best first: its opening (without the marker), its head, the rest."""
    # a sentence cut after a question that a comma goes on from (…怎么办？，…) opens on no mark of its own
    parts = [s.strip().lstrip(OPENING_STOPS).strip() for s in sentences(unmarked_text(item))]
    parts = [s for s in parts if s]
    first = "".join(parts[:2]) if parts and len(parts[0]) < FILL_LENGTHS.start else ""
    # "一要尊重民权。" alone leaves nothing to read around a blank: take the next sentence with it
    return stating([first, *parts[:1], item.head.strip(), *parts[1:3]])


def stating(found: Iterable[str]) -> list[str]:
    """The sentences, once each, that fit a fill-in and state a point."""
    fitting = [s for s in dict.fromkeys(found) if len(s) in FILL_LENGTHS]
    # a 填空 sentence carries its subject: one that opens on a bare copula or a pointing word (是…, 这是…)
    # says nothing about what it is about once it stands alone on a worksheet
    # nor does one that tells an example (某县区…, 据统计…): its figures illustrate the point, they are not it
    # nor one that only opens a list (…提出以下几点意见：): it announces points, and states none
    return [s for s in fitting if not subjectless(simplify(s)) and not illustrative(s) and not cue(s)]


def headline_bodies(doc: Document) -> dict[str, Paragraph]:
    """The paragraph under each headline point of a document, by item key: a point whose text is its head alone and
    its paragraph's whole, with no list under it ((一)什么是党性), says what it means in the paragraph that follows,
    unless that paragraph is the outline's own (another point, a list's lead)."""
    paragraphs = {p.loc.para: p for p in doc.source.paragraphs}
    outlined = {lst.loc.para for _, lst in walk(doc.lists)}
    outlined |= {item.loc.para for _, lst in walk(doc.lists) for item in lst.items}
    return {
        item.key: body
        for _, lst in walk(doc.lists)
        for item in lst.items
        if not item.lists
        and (own := paragraphs.get(item.loc.para)) is not None
        and len(clean(own.text)) <= len(clean(item.text)) + MARKER_ROOM
        and clean(unmarked_text(item)) == clean(item.head)
        and item.loc.para + 1 not in outlined
        and (body := paragraphs.get(item.loc.para + 1)) is not None
    }


def pieces(text: str, blanks: Iterable[Blank], offset: int = 0) -> tuple[Piece, ...]:
    """The sentence cut into text and blanks, chosen in its part from `offset` on (overlapping or empty blanks
    are dropped)."""
    out: list[Piece] = []
    at = 0
    for blank in sorted(blanks, key=lambda b: (b.start, b.end)):
        start, end = blank.start + offset, blank.end + offset
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            out.append(Piece(text[at:start]))
        out.append(Piece(text[start:end], blank=True, hint=blank.hint))
        at = end
    if at < len(text):
        out.append(Piece(text[at:]))
    return tuple(out)


def giveaways(cut: tuple[Piece, ...]) -> list[str]:
    """Each blank's answer with a little of its context: seeing one of these elsewhere gives the answer away."""
    found = []
    for i, piece in enumerate(cut):
        if piece.blank:
            before = cut[i - 1].text if i > 0 else ""
            after = cut[i + 1].text if i + 1 < len(cut) else ""
            found += giveaway_forms(before, piece.text, after)
    return found


class FillIn(NamedTuple):
    """The fill-in a sentence is whatever else the sheet shows, and what, shown elsewhere, gives it away."""

    exercise: Exercise
    given: tuple[str, ...]  # giveaways() of its blanks in the sentence as it reads, before closed()

    def given_away(self, shown: str) -> bool:
        """True when `shown` (simplified, a question's prompt or option a line) prints one of its answers with some
        of its context, or whole as a line of its own: an option elsewhere on the sheet (领导机关 among a choice's
        options, for ____的基本任务是…) is the word of the blank's length to write."""
        lines = f"\n{shown}\n"
        return any(g in shown for g in self.given) or any(f"\n{simplify(a)}\n" in lines for a in self.exercise.answers)


def fill_in(
    text: str,
    origin: Origin,
    vocab: Vocabulary,
    level: int,
    frame: Frame = NO_FRAME,
    heading: str = "",
    lead: str = "",
) -> FillIn | None:
    """填空题: the sentence with the blanks the blank chooser picks in the item's own words (not the `frame`
    its list's items share: 讲清楚____ tells no item from another), unless its `heading` (the document's name,
    simplified) prints a term it blanks whole; with what, shown elsewhere, gives it away (FillIn.given_away): a
    sheet that keeps no fill-in chooses again among the same sentences with less shown (document_exercises),
    and each is made once. A sentence that states nothing alone (phrase()) is printed after its list's `lead`."""
    start, end = own_part("", text, frame) or (0, len(text))
    cut = pieces(text, blanks_for(text[start:end], vocab, level), start)
    answers = tuple(p.text for p in cut if p.blank)
    if not answers or sum(map(len, answers)) > len(text) * MAX_BLANKED:
        return None
    if any(headed(answer, heading) for answer in answers):
        return None
    if hanzi_count("".join(p.text for p in cut if not p.blank)) < FILL_CONTEXT_MIN or whole_sentence_blank(cut):
        return None  # 两个“____”: too few words around the blank to recall it from, or none about it
    if frame_alone(cut, frame):
        return None
    if lead and phrase(text):
        # 跟大家汇报的内容主要有三个方面：党的某某报告的（4字）: the point reads under its lead (UAT 18), which must
        # not print what it asks
        if any(simplify(answer) in simplify(lead) for answer in answers):
            return None
        cut = (Piece(f"{lead}："), *cut)
    return FillIn(Exercise("fill", "", origin, pieces=closed(cut), answers=answers), tuple(giveaways(cut)))


WORD_CLOSERS = "”’）》」』\"'"  # marks that close a word or a quotation (straight ones too), not a sentence


def frame_alone(cut: tuple[Piece, ...], frame: Frame) -> bool:
    """True for a fill-in that prints only its list's frame around its blanks (乡村振兴战略的____。): every
    sibling's own words fill it as well."""
    printed = "".join(p.text for p in cut if not p.blank).strip(TOPIC_TRIM + SENTENCE_STOPS)
    return bool(frame) and printed == frame.opening + frame.closing


def whole_sentence_blank(cut: tuple[Piece, ...]) -> bool:
    """True for a blank that is a whole sentence (____。干事是为了…: a point's head alone before its
    explanation): the words around it are about something else, and any sibling's head fits it too."""
    for at, piece in enumerate(cut):
        before = cut[at - 1].text if at else ""
        after = cut[at + 1].text if at + 1 < len(cut) else ""
        if piece.blank and before[-1:] in ("", *SENTENCE_STOPS) and after[:1] in ("", *SENTENCE_STOPS):
            return True
    return False


def closed(cut: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """A fill-in sentence that ends as a sentence does: a key sentence cut from an item's text may stop on
    its last word (…和群众____) or a quotation closed on one (…“两个确立”), and the sheet prints it with its
    full stop; one whose quotation closes on its own stop (…。”) has it."""
    last = "".join(p.text for p in cut).rstrip(WORD_CLOSERS)[-1:]
    if not cut[-1].blank and cut[-1].text.endswith(CLAUSE_STOPS):  # …是为了解决问题；: cut after a clause
        return (*cut[:-1], Piece(stated(cut[-1].text)))
    return (*cut, Piece("。")) if last.isalnum() else cut


def fill_sources(doc: Document, bodies: bool = False) -> list[tuple[list[str], Origin, Frame]]:
    """Candidate key sentences of a document in document order: each list's lead, then its items', with the
    frame the items share; with `bodies`, after a headline point's own, the opening sentences of the paragraph
    under it (headline_bodies), framed by nothing."""
    found: list[tuple[list[str], Origin, Frame]] = []
    under = headline_bodies(doc) if bodies else {}
    paragraphs = {p.loc.para: p.text for p in doc.source.paragraphs}
    for place in places(doc):
        lead = (place.lst.lead or "").strip()
        origin = list_origin(doc, place.lst, place.parent)
        lead_paragraph = paragraphs.get(place.lst.loc.para - 1, "")  # a lead on its own stands before the list
        if said := stating(before_cue(lead, lead_paragraph)):
            found.append((said, origin, NO_FRAME))
        stated_lead = uncued(lead)
        if len(stated_lead) in FILL_LENGTHS and not PREAMBLE.search(simplify(stated_lead)):
            found.append(([stated_lead], origin, NO_FRAME))
        frame = item_frame(place.lst)
        for item in place.lst.items:
            if texts := key_sentences(item):
                found.append((texts, item_origin(doc, item), frame))
            body = under.get(item.key)
            if body and (said := stating(unmarked(s) for s in sentences(body.text)[:2])):
                found.append((said, replace(item_origin(doc, item), loc=body.loc), NO_FRAME))
    return found


def uncued(lead: str) -> str:
    """A lead without its last sentence when that only opens the list (CUE: …就要, 提出以下几点意见：): what the
    sentences before it say, or "" when the cue is all of it."""
    found = sentences(lead)
    if found and cue(found[-1]):
        found.pop()
    return "".join(found).strip()


def cue(sentence: str) -> bool:
    """True for a sentence that only opens a list (CUE)."""
    return bool(CUE.search(simplify(sentence).rstrip("。；;，, ")))


def unmarked(sentence: str) -> str:
    """A sentence without the point's marker it opens on ((一)…, 1.…): a paragraph under a heading may open on
    a marker the outline holds no list of, and a fill-in printing it cites a number, not the point."""
    return (
        CLAUSE_MARKER.sub("", sentence.strip(), count=1) if CLAUSE_MARKER.match(sentence.strip()) else sentence.strip()
    )


def before_cue(lead: str, paragraph: str) -> list[str]:
    """The sentences of a lead's paragraph before the lead, when the lead is its last sentence and only announces
    the list (…要认清某某的意义。要做到以下三点：): what the paragraph says is there, and the parser takes the
    cue alone as the lead."""
    text = paragraph.strip()
    if (
        not lead
        or not text.endswith(lead)
        or len(text) == len(lead)
        or not ANNOUNCEMENT.search(simplify(lead).rstrip(TOPIC_TRIM))
    ):
        return []
    return [s.strip() for s in sentences(text[: -len(lead)]) if s.strip()]


@dataclass(frozen=True)
class FillSources:
    """A document's candidate fill-in sentences (fill_sources) and the fill-in each is (fill_in), made when first
    asked: a sheet that keeps none chooses again among the same (document_exercises)."""

    doc: Document
    vocab: Vocabulary
    level: int
    bodies: bool = False  # headline points' paragraphs too (fill_sources)
    made: dict[tuple[str, Origin, Frame], FillIn | None] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def found(self) -> list[tuple[list[str], Origin, Frame]]:
        """The candidate sentences, by source (fill_sources)."""
        return fill_sources(self.doc, self.bodies)

    @cached_property
    def heading(self) -> str:
        """What the sheet prints above the fill-ins: the document's name, simplified."""
        return simplify(self.doc.label)

    @cached_property
    def leads(self) -> dict[tuple[str, Loc], str]:
        """The lead each item's fill-in may print before it (printed_lead), by the item's key and place."""
        return {(item.key, item.loc): printed_lead(p.lst, p.parent) for p in places(self.doc) for item in p.lst.items}

    def fill_in(self, at: int, k: int) -> FillIn | None:
        """The fill-in the `k`th sentence of source `at` is."""
        texts, origin, frame = self.found[at]
        if (texts[k], origin, frame) not in self.made:
            lead = self.leads.get((origin.key, origin.loc), "")
            made = fill_in(texts[k], origin, self.vocab, self.level, frame, self.heading, lead)
            self.made[texts[k], origin, frame] = made
        return self.made[texts[k], origin, frame]


def printed_lead(lst: EnumList, parent: Item | None) -> str:
    """What a fill-in on one of a list's points prints before a sentence that is no statement of its own (printed()):
    the list's lead as the source words it (its end, when long), else the point it sits under; "" for neither."""
    said = (lst.lead or "").strip() or (clean(unmarked_text(parent)) if parent else "")
    # its marker (1. …) numbers it, and half a quotation (…强调：“全党同志) reads as a typo
    said = unmatched_quotes_off(unnumbered(said)).strip().rstrip(EDGE_PUNCT)
    if len(said) <= TOPIC_MAX:
        return said
    # a long lead's last clauses that fit (……某某的职权是): a paragraph before each fill-in buries it
    kept = ""
    for clause in reversed(LEAD_CLAUSE.split(said)):
        if len(kept) + len(clause) > TOPIC_MAX:
            break
        kept = clause + kept
    return SERIES_CUT + kept.lstrip(EDGE_PUNCT) if clean(kept) else ""


def phrase(sentence: str) -> bool:
    """True for a sentence that states nothing alone: a noun phrase (党的某某报告的基本框架: no verb), or a predicate
    whose subject its list's lead says (关系党的…, 务必…: it opens on a verb or an adverb); on a worksheet, without
    the lead, it cannot be answered (the card shows the lead above it)."""
    text = simplify(sentence.rstrip(SENTENCE_STOPS + "，,"))
    if LEAD_CLAUSE.search(text):
        return False  # a sentence of clauses (有条件的地方，可以…) says what it is about in them
    words = tag_words(text)
    stated = any(tag == "v" for _, tag in words) or (bool(words) and words[-1][1] == "a")  # …成效显著
    return bool(words) and (words[0][1] in VERBAL_TAGS or not stated)


def fill_exercises(
    doc: Document,
    vocab: Vocabulary,
    level: int,
    shown: str,
    sources: FillSources | None = None,
    asked: Sequence[str] = (),
    ordered: Sequence[Sequence[str]] = (),
) -> list[Exercise]:
    """Up to MAX_PER_KIND fill-in exercises spread across the document, none given away by `shown` text nor
    by another fill-in's printed words (parallel sentences: 甲始终A… / ____始终B…), nor giving one away, nor
    printing what another prints (parallel headings: 讲好“____” twice ask two things with one question).
    `sources`: the document's sentences, when the sheet chose among them already; none prints one of the words
    another question `asked` (simplified: 列举 items, a choice's right options), nor blanks one, nor is a part of
    one (holds()), nor tells an ordering question of the options `ordered` its answer (orders())."""
    sources = sources or FillSources(doc, vocab, level)
    made: list[Exercise] = []
    kept: list[Read] = []  # how the kept fill-ins read
    seen = shown  # and what the kept fill-ins print around their blanks
    forms: list[str] = []  # what would give the kept fill-ins' blanks away
    told = ""  # the kept fill-ins' sentences, filled in (orders())
    answered: set[str] = set()  # the kept fill-ins' answers
    for at, (texts, _, _) in enumerate(sources.found):
        for k in range(len(texts)):
            found = sources.fill_in(at, k)
            if found is None or found.given_away(seen) or answers_another(found.exercise, asked, ordered, told):
                continue
            looks, read, answers = fill_printed(found.exercise), Read.of(found.exercise), fill_answers(found.exercise)
            if any(form in looks for form in forms) or read.repeats(kept) or answers <= answered:
                continue  # one answer asked again (广大群众 three times on one sheet) tests nothing more
            made.append(found.exercise)
            kept.append(read)
            answered |= answers
            seen, forms = seen + "\n" + looks, forms + giveaways(found.exercise.pieces)
            told += "\n" + simplify(filled(found.exercise))
            break
    return [made[i] for i in spread(made, MAX_PER_KIND)]


class Read(NamedTuple):
    """How a fill-in reads, to compare it with others: what it prints around blanks of which hints, and its
    sentence filled in (filled())."""

    looks: list[str | None]
    said: str

    @classmethod
    def of(cls, exercise: Exercise) -> Read:
        """How `exercise` reads."""
        return cls([(p.hint if p.blank else p.text) for p in exercise.pieces], filled(exercise))

    def repeats(self, made: Iterable[Read]) -> bool:
        """True for a fill-in printed as one of these is (the same words around blanks of the same hints), or
        whose sentence is within one of theirs or holds one (an item's sentence again in its parent's text, with
        its marker: 一是在…统一的 / 在…统一的)."""
        return any(o.looks == self.looks or self.said in o.said or o.said in self.said for o in made)


def answers_another(
    exercise: Exercise, asked: Sequence[str], ordered: Sequence[Sequence[str]], before: str = ""
) -> bool:
    """True for a fill-in that prints some of a word another question `asked` (holds()), or that answers an
    ordering question of one of the `ordered` option sets or is answered by it, after the fill-ins that print
    `before` it (orders())."""
    return holds(exercise, asked) or any(orders(exercise, options, before) for options in ordered)


def holds(exercise: Exercise, words: Iterable[str]) -> bool:
    """True for a fill-in that prints some of one of the `words` (simplified) or is a part of one: with a blank in
    the word, the rest of it stands printed (加快发展先进____ of 加快发展先进制造业). A word blanked whole is
    not printed: the fill-in asks it again, and tells nothing of it."""
    said, blanked = "", list[bool]()
    for piece in exercise.pieces:
        text = simplify(piece.text)
        said, blanked = said + text, blanked + [piece.blank] * len(text)
    whole = said.rstrip(SENTENCE_STOPS)
    return any(whole in word or printed_in(word, said, blanked) for word in words)


def printed_in(word: str, said: str, blanked: Sequence[bool]) -> bool:
    """True when some of an occurrence of `word` in `said` stands outside its blanks (`blanked`, one a character)."""
    at = said.find(word)
    while at >= 0:
        if not all(blanked[at : at + len(word)]):
            return True
        at = said.find(word, at + 1)
    return False


def orders(exercise: Exercise, options: Sequence[str], before: str = "") -> bool:
    """True for a fill-in that answers an ordering question of these `options` (simplified) or is answered by it:
    it holds one that a blank cuts or hides (the options fill it), or holds one while it or the fill-ins printed
    `before` it (their sentences, simplified) hold another: fill-ins stand in document order, so 甲，乙 in one
    sentence or in two tells their order. One printed whole and alone tells neither: the ordering question prints
    it too."""
    said, looks = simplify(filled(exercise)), fill_printed(exercise)
    held = {o for o in options if hanzi_count(o) > 1 and (o in said or said in o)}
    earlier = {o for o in options if hanzi_count(o) > 1 and o in before}
    return any(o not in looks for o in held) or (bool(held) and len(held | earlier) > 1)


def fill_answers(exercise: Exercise) -> frozenset[str]:
    """A fill-in's answers, the words of its blanks, simplified."""
    return frozenset(simplify(p.text) for p in exercise.pieces if p.blank)


def filled(exercise: Exercise) -> str:
    """A fill-in's sentence with its blanks filled in, without the stops it ends on."""
    return "".join(p.text for p in exercise.pieces).rstrip(SENTENCE_STOPS)


def fill_printed(exercise: Exercise) -> str:
    """What a fill-in prints around its blanks, simplified; a blank is a line break (no text runs across it)."""
    return simplify("\n".join("" if p.blank else p.text for p in exercise.pieces))


def shown_text(made: Iterable[Exercise]) -> str:
    """Everything the other questions print (prompts and options), simplified, one string to search."""
    return "\n".join(simplify(t) for e in made for t in (e.prompt, *e.options))


# ---------------------------------------------------------------- documents and the course


def list_questions(found: Sequence[Place], lenders: Lenders) -> list[Exercise]:
    """One question a list (sheet_forms()), up to MAX_PER_KIND of each kind spread across the document, grouped by
    kind in worksheet order: a list asked twice answers one question with the other (an ordering question prints
    every item a 列举题 or a choice question asks)."""
    topics = [simplify(place.about) for place in found]
    made = []
    for at, place in enumerate(found):
        for kind in sheet_forms(at, place, topics[:at] + topics[at + 1 :]):
            if exercise := LIST_MAKERS[kind](place, lenders):
                made.append(exercise)
                break
    return [
        chosen[i]
        for kind in LIST_MAKERS
        for chosen in [[e for e in made if e.kind == kind]]
        for i in spread(chosen, MAX_PER_KIND)
    ]


def sheet_forms(at: int, place: Place, topics: Sequence[str]) -> tuple[str, ...]:
    """The question forms the `at`th list of a sheet may take, the first that can be made kept: FORM_TURNS in turn
    from list to list (an examiner varies them), and only ordering for a list whose heads another question prints
    as its topic (二、X共有三点 under a list of headings): ordering asks no head, the others would be answered."""
    if any(len(h) > 1 and any(h in t for t in topics) for h in map(simplify, heads(place.lst))):
        return ("order",)
    # a sheet's only list, its count announced (…有五大重点：), is asked first as an examiner asks it: 包括哪五项？
    announced = place.lst.announced_count and not count_unmatched(place.lst)
    turn = FORM_TURNS.index("list") if not topics and announced else at % len(FORM_TURNS)
    return FORM_TURNS[turn:] + FORM_TURNS[:turn]


def asked_heads(found: Sequence[Place]) -> str:
    """The heads of a document's lists, simplified, one a line (Lenders.asked)."""
    return "\n".join(simplify(h) for place in found for h in heads(place.lst))


def answered_by(exercise: Exercise) -> list[str]:
    """The words a question asks to be written or chosen, simplified: a list's items, a choice's right options
    (an ordering question asks for letters)."""
    if exercise.kind == "list":
        return [simplify(a) for a in exercise.answers]
    if exercise.kind in ("single", "multiple"):
        return [simplify(exercise.option(a)) for a in exercise.answers]
    return []


def ordered_options(made: Iterable[Exercise]) -> list[tuple[str, ...]]:
    """Each ordering question's options, simplified (orders())."""
    return [tuple(map(simplify, e.options)) for e in made if e.kind == "order"]


def document_exercises(doc: Document, lenders: Lenders, vocab: Vocabulary, level: int) -> tuple[Exercise, ...]:
    """Every exercise of one document, grouped by kind in worksheet order, none printing another's answer."""
    found = places(doc)  # one place a list: what its questions ask of it is made once
    # the document's own record of the wrong options it printed, and the heads its lists ask or print
    lenders = replace(lenders, used=set(), asked=asked_heads(found), turns={})
    listed = list_questions(found, lenders)
    # fill-ins come last because they must not be answered by what the list questions print, nor by the
    # document's title printed above them, nor print what the list questions ask
    title = simplify(doc.title or "") + "\n"
    sources = FillSources(doc, vocab, level)
    # read only when the sheet spares a question: the sentences once, the fill-ins shared with `sources`
    bodied = FillSources(doc, vocab, level, bodies=True, made=sources.made)
    for n, spared in enumerate(sparing(listed)):
        # every sentence a fill-in could ask is printed or asked (a report's points are headlines alone, and its
        # lists' questions print or ask them all): the fill-ins go before the questions they give away, ordering
        # questions first (they only print), then 列举题 from the last; a headline point is asked by the
        # paragraph under it, which no question prints
        kept = [e for e in listed if e not in spared]
        asked = [a for e in kept for a in answered_by(e) if hanzi_count(a) > 1]
        shown = title + shown_text(kept)
        filled = fill_exercises(doc, vocab, level, shown, bodied if n else sources, asked, ordered_options(kept))
        if filled:
            return (*filled, *(e for e in listed if e not in spared or not answered_by_fills(filled, e)))
    return tuple(listed)


def sparing(listed: Sequence[Exercise]) -> Iterator[list[Exercise]]:
    """The questions a sheet without fill-ins may give up, fewest first: none, its ordering questions, then
    those and its 列举题 one more at a time from the last (document_exercises), never the last question that asks
    a list's points: a fill-in got for it blanks the lead's count or a word the list prints (作风建设有（　）重点),
    and the sheet would ask the points nowhere."""
    orders = [e for e in listed if e.kind == "order"]
    yield []
    lists = [e for e in listed if e.kind == "list"]
    kept = len(listed) - len(orders) - len(lists)  # the choice questions, which are never given up
    if kept or lists:
        yield orders
    for n in range(1, len(lists) + (1 if kept else 0)):
        yield orders + lists[-n:]


def answered_by_fills(fills: Sequence[Exercise], exercise: Exercise) -> bool:
    """True for a question the `fills` answer or are answered by: it prints one's answer with its context
    (gives_away()), or one holds what it asks (holds()) or tells its order (orders())."""
    given = [form for e in fills for form in giveaways(e.pieces)]
    if gives_away(exercise, given):
        return True
    if exercise.kind == "order":
        options = tuple(map(simplify, exercise.options))
        told = [simplify(filled(f)) for f in fills]
        return any(orders(f, options, "\n".join(told[:at])) for at, f in enumerate(fills))
    return any(holds(f, answered_by(exercise)) for f in fills)


def gives_away(exercise: Exercise, given: Sequence[str]) -> bool:
    """True for an exercise that prints one of the `given` forms (giveaways())."""
    printed = shown_text([exercise])
    return any(g in printed for g in given)


class OptionPool(NamedTuple):
    """The heads a document's wrong options may come from, and a key naming them."""

    heads: tuple[Candidate, ...]
    key: str


def option_pools(docs: Sequence[Document], heads: Sequence[tuple[Candidate, ...]] | None = None) -> list[OptionPool]:
    """Per document, the heads that may be its questions' wrong options: its own and its neighbours'.
    `heads` are the documents' candidates() when the caller has them, in document order. A pool's key is
    made of its documents' heads' keys, each hashed once (a pool spans many documents, each in many pools)."""
    heads = heads if heads is not None else [candidates(doc) for doc in docs]
    keys = [hash_text(repr(some)) for some in heads]
    return [
        OptionPool(tuple(c for i in near for c in heads[i]), hash_text("\x1f".join(keys[i] for i in near)))
        for near in neighbourhoods(docs)
    ]


def hash_text(text: str) -> str:
    """A SHA-256 of a text, as hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
