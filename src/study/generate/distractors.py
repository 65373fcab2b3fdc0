"""Wrong options in the shape people give them: a sibling word for a word, a neighbour for a number.

Real fill-in items show how a person chooses wrong answers: a word of the same length and ending
(系统性 → 高效性, 和谐性), nearby years and counts, a neighbouring meeting (十八大 → 十七大, 十九大), another
person, place or title of the course, the same kind of event in another place (某地谈判 → 另一地谈判).
An answer's *shape* decides which rule proposes its wrong options; a wrong option is never the right
answer, never contains it, and never a word of the sentence asked about (its frame included).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

from study.generate.anatomy import frame_of
from study.generate.cards import cn_numeral, parse_numeral
from study.generate.formulations import MARKER  # a point's marker or a sequence word: numbers nothing
from study.generate.names import (
    EVENT_ENDINGS,
    GENERIC_EVENT_TAGS,
    GENERIC_NAMES,
    MEETINGS,
    NAME_KINDS,
    PROPER_ENDINGS,
    is_person,
    looks_named,
)
from study.generate.segment import (
    commonness,
    commonness_of,
    dictionary_tag,
    tag_of,
    tag_words,
    word_table,
)
from study.generate.series import packed_piece
from study.script import simplify

YEAR_FORM = re.compile(r"(1[5-9]|20)[0-9]{2}年?")
COUNT_FORM = re.compile(
    r"[0-9０-９]+(?:\.[0-9]+)?(?:%|％|个月|个|年|天|名|人|元|小时|周|次|项|岁|万|亿|条|种|点)?"
    r"|[一二三四五六七八九十两百千]{1,4}(?:年半|个月|个|年|天|周|小时|条|项|点|种|次|大|岁)?"
)
ARABIC = re.compile(r"[0-9]+")
HANZI_NUMBER = re.compile(r"[一二三四五六七八九十两]{1,3}")
# A name with an ordinal in it: a meeting (十八大, 十一届三中全会), a numbered event (第二次国共合作).
NAME_AROUND_NUMBER = 8  # at most this many characters before a numbered name's first number and after its last
NUMBERED = re.compile(r"第[一二三四五六七八九十]{1,3}[次届个]|[一二三四五六七八九十]{1,3}(?:届|号$)")
DATE_FORM = re.compile(r"[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?")
TITLE_FORM = re.compile(r"[^《》]{0,4}《[^《》]{1,40}》")
TITLE_IN_TEXT = re.compile(r"《[^《》\n]{2,30}》")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
PERSON_TAGS = frozenset(tag for tag, kind in NAME_KINDS.items() if kind == "person")
NAMED_TAGS = frozenset({"nr", "nrfg", "nz", "nt", "ns"})  # a doctrine named for a person or a thing: 某某思想
# Parts of speech of the words a term's sibling may be (a noun for a noun, a verb for a verb).
CONTENT_TAGS = frozenset({"n", "vn", "v", "a", "an", "i", "l", "nz", "nt", "ns", "j", "b", "nr"})
# Publishers and sources live in the frame of a sentence: never a wrong option.
FRAME_WORDS = ("出版社", "来源", "摘自", "选自", "出处", "记者", "编辑", "责任编辑")
NEAR_YEARS = (1, -1, 2, -2, 3, -3)
PARTY_OPENING = re.compile(r"^(?:党的|中共|国民党)")  # what a meeting's name may open on (党的十五大)
BARE_CONGRESS = re.compile(r"[一二三四五六七八九十]{1,3}大")  # a congress by its number alone (十八大)
# names.MEETINGS as one pattern: every course word is asked whether it names a meeting (lexicon_of), once a pattern
MEETING_NAME = re.compile("|".join(f"(?:{p.pattern})" for p in MEETINGS))
MAX_DICTIONARY = 60  # dictionary words of one shape looked at, the most common first
MIN_DICTIONARY_COMMONNESS = 0.2  # rarer dictionary words look made up next to the right answer


@dataclass(frozen=True)
class Shape:
    """What a wrong option must share with the answer: its kind, length and last character."""

    kind: str  # a key of GENERATORS
    length: int
    ending: str


@dataclass(frozen=True)
class Lexicon:
    """The course's words by kind (people, places, titles, events, bodies, terms), most used first."""

    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # plain dicts: the lexicon is pickled
    tagged: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the same words by jieba tag

    # the word lists are given as iterables: a caller reads them in order, as far as it needs (a stand-in that
    # records what a document's work read remembers how far: study.generate.reads)

    def of(self, kind: str) -> Iterable[str]:
        """The course's words of one kind."""
        return self.words.get(kind, ())

    def of_tag(self, tag: str) -> Iterable[str]:
        """The course's words of one jieba tag."""
        return self.tagged.get(tag, ())

    def knows(self, word: str) -> bool:
        """True for a word of the course."""
        return word in self._known

    @cached_property
    def _known(self) -> frozenset[str]:
        # a set, once: a course-only chooser asks about every option it looks at
        return frozenset(w for words in self.words.values() for w in words)

    def ending_with(self, kind: str, last: str) -> Iterable[str]:
        """The course's words of one kind that end on a character, most used first."""
        return self._by_ending.get((kind, last), ())

    @cached_property
    def _by_ending(self) -> dict[tuple[str, str], tuple[str, ...]]:
        found: dict[tuple[str, str], list[str]] = {}
        for kind, words in self.words.items():
            for word in words:
                found.setdefault((kind, word[-1]), []).append(word)
        return {key: tuple(words) for key, words in found.items()}

    def terms_shaped(self, length: int, ending: str) -> Iterable[str]:
        """The course's terms of a length and last character, most used first."""
        return tuple(word for word in self.ending_with("term", ending) if len(word) == length)

    def terms_after(self, opening: str, size: int) -> Iterable[str]:
        """The course's terms of `size` characters that jieba's dictionary knows as one word after `opening`
        (重大 + 任务), most used first: found among the dictionary's words opening so, no loop over every term."""
        rank = self._term_rank
        found = (word[len(opening) :] for word in dictionary_opening(opening, len(opening) + size))
        return tuple(sorted((term for term in found if term in rank), key=rank.__getitem__))

    @cached_property
    def _term_rank(self) -> dict[str, int]:
        return {term: at for at, term in enumerate(self.of("term"))}

    def common_words(self, tag: str, length: int) -> Iterable[str]:
        """The course's words of a tag and length that jieba's dictionary knows, the most common in general
        Chinese first (equally common ones: the most used in the course first)."""
        return self._common_by_tag.get((tag, length), ())

    @cached_property
    def _common_by_tag(self) -> dict[tuple[str, int], tuple[str, ...]]:
        # sorted once: swapping a word of every answer would filter and sort a tag's words each time
        found: dict[tuple[str, int], list[str]] = {}
        for tag, words in self.tagged.items():
            for word in words:
                if commonness(word) > 0:
                    found.setdefault((tag, len(word)), []).append(word)
        return {key: tuple(sorted(words, key=commonness, reverse=True)) for key, words in found.items()}


EMPTY_LEXICON = Lexicon()


# ---------------------------------------------------------------- shapes


def is_meeting(text: str) -> bool:
    """True for a meeting's whole name: 十八大, 党的十五大, 中共一大, 十一届三中全会."""
    bare = PARTY_OPENING.sub("", text)
    return bool(MEETING_NAME.fullmatch(bare) or MEETING_NAME.fullmatch(text) or BARE_CONGRESS.fullmatch(bare))


def word_kind(text: str, tag: str) -> str:
    """The kind of a word from its text and its jieba tag."""
    for kind, test in KIND_TESTS:
        if test(text, tag):
            return kind
    return "term"


KIND_TESTS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("year", lambda t, _: bool(YEAR_FORM.fullmatch(t))),
    ("meeting", lambda t, _: is_meeting(t)),
    ("count", lambda t, _: bool(COUNT_FORM.fullmatch(t))),
    ("numbered", lambda t, _: numbered_name(t)),
    ("title", lambda t, _: bool(TITLE_FORM.fullmatch(t))),
    ("date", lambda t, _: bool(DATE_FORM.fullmatch(t))),
    ("person", lambda t, tag: is_person(t) and (PERSON_TAGS & {tag, dictionary_tag(t)} != set() or timeless(t, tag))),
    ("doctrine", lambda t, tag: t.endswith(PROPER_ENDINGS) and len(t) > 3 and tag in NAMED_TAGS),
    ("event", lambda t, _: t.endswith(EVENT_ENDINGS) and len(t) > 2),
    ("place", lambda t, tag: NAME_KINDS.get(tag) == "place" and looks_named(t, "place")),
    ("organisation", lambda t, tag: NAME_KINDS.get(tag) == "organisation" and looks_named(t, "organisation")),
)


def numbered_name(text: str) -> bool:
    """True for the name of a numbered thing (第三次反围剿, 中共第十九届中央委员会第六次全体会议), not a clause that
    mentions one (第一次全国代表大会于某年在某地召开): changing its number makes a wrong option only of a name."""
    found = list(NUMBERED.finditer(text))
    return bool(found) and found[0].start() <= NAME_AROUND_NUMBER and len(text) - found[-1].end() <= NAME_AROUND_NUMBER


def timeless(text: str, tag: str) -> bool:
    """True for a name jieba mistakes for a time word (its tag "t" for a surname and a given name of no time)."""
    return tag == "t" and len(text) == 3 and "t" not in (tag_of(text[1:]), tag_of(text[:2]), tag_of(text[-1]))


@lru_cache(maxsize=65536)  # asked of a question's right option and of each option it weighs (same_shape)
def shape_of(answer: str) -> Shape:
    """The shape of an answer (simplified text)."""
    return Shape(word_kind(answer, tag_of(answer)), len(answer), answer[-1:])


# ---------------------------------------------------------------- the course's words


def lexicon_of(counts: Mapping[str, int], texts: Iterable[str] = ()) -> Lexicon:
    """The lexicon of a course from its word counts (Vocabulary.counts) and its texts (for 《titles》)."""
    titles = dict.fromkeys(m.group() for text in texts for m in TITLE_IN_TEXT.finditer(text))
    found: dict[str, list[str]] = {"title": list(titles)}
    tagged: dict[str, list[str]] = {}
    for word in sorted(counts, key=lambda w: (-counts[w], w)):
        if usable_word(word):
            tag = tag_of(word)
            found.setdefault(word_kind(word, tag), []).append(word)
            tagged.setdefault(tag, []).append(word)
    return Lexicon({k: tuple(v) for k, v in found.items()}, {k: tuple(v) for k, v in tagged.items()})


def usable_word(word: str) -> bool:
    """A course word that may be a wrong option: two hanzi or more, not generic, not a frame's word, not a
    point's marker (一要, 二是, 第三: the tally counts them as words, and they say nothing), not a piece of a packed
    series (林田湖 of 山水林田湖草沙: series.packed_piece)."""
    return (
        len(word) >= 2
        and bool(CJK.match(word))
        and word not in GENERIC_NAMES
        and not word.endswith(FRAME_WORDS)
        and not MARKER.fullmatch(word)
        and not packed_piece(word)
    )


def claim_text(text: str) -> str:
    """A text without its frame (speaker, source tail), simplified: only claims lend wrong options."""
    shadow = simplify(text)
    kept, at = [], 0
    for start, end in frame_of(shadow):
        kept.append(shadow[at:start])
        at = max(at, end)
    return "".join([*kept, shadow[at:]])


def texts_lexicon(texts: Iterable[str]) -> Lexicon:
    """A lexicon from plain texts (a course without a vocabulary: tests, measurements)."""
    counts: dict[str, int] = {}
    kept = [claim_text(t) for t in texts]
    for text in kept:
        for word, _ in tag_words(text):
            counts[word] = counts.get(word, 0) + 1
    return lexicon_of(counts, kept)


# ---------------------------------------------------------------- numbers: neighbours, never the course


def near_numbers(value: int) -> list[int]:
    """Numbers a person would offer instead of `value`: one step of its last nonzero digit away, or double/half."""
    step = 1
    while value >= 10 * step and value % (10 * step) == 0:
        step *= 10
    found = [value + step, value - step, value + 2 * step, value * 2, value // 2, value - 2 * step, value + 3 * step]
    return [n for n in dict.fromkeys(found) if n > 0 and n != value]


def renumbered(text: str, match: re.Match[str], values: Iterable[int]) -> Iterator[str]:
    """The text with one numeral replaced by each value, written as the numeral was (digits or hanzi)."""
    digits = match.group().isdigit()
    for value in values:
        if digits:
            yield text[: match.start()] + str(value) + text[match.end() :]
        elif value < 100:
            yield text[: match.start()] + cn_numeral(value) + text[match.end() :]


def years(answer: str, lexicon: Lexicon) -> Iterator[str]:
    """Nearby years: 1999 → 1998, 2000, 2001, 1997."""
    m = ARABIC.search(answer)
    if m:
        yield from renumbered(answer, m, (int(m.group()) + d for d in NEAR_YEARS))


def dates(answer: str, lexicon: Lexicon) -> Iterator[str]:
    """Nearby dates: the year one to three off (1911年10月 → 1912年10月), then the last figure."""
    found = list(ARABIC.finditer(answer))
    yield from renumbered(answer, found[0], (int(found[0].group()) + d for d in NEAR_YEARS))
    yield from renumbered(answer, found[-1], near_numbers(int(found[-1].group())))


def counts(answer: str, lexicon: Lexicon) -> Iterator[str]:
    """Nearby counts with the same unit: 15% → 16%, 14%; 五 → 六, 四; 1000 → 2000, 500."""
    m = ARABIC.search(answer) or HANZI_NUMBER.search(answer)
    value = parse_numeral(m.group()) if m else None
    if m and value:
        yield from renumbered(answer, m, near_numbers(value))


def ordinals(answer: str, lexicon: Lexicon) -> Iterator[str]:
    """Neighbouring meetings and numbered events: the last ordinal one step off, then the first one."""
    found = list(HANZI_NUMBER.finditer(answer))
    for m in [*found[-1:], *found[:-1]]:
        value = parse_numeral(m.group())
        if value:
            yield from renumbered(answer, m, (n for n in (value - 1, value + 1, value + 2) if n > 0))


# ---------------------------------------------------------------- words: siblings from the course


def alike(answer: str) -> Callable[[str], tuple[bool, int, int, int]]:
    """A sort key of course words, most like `answer` first: an ending shared, length, then how much is shared."""

    def key(word: str) -> tuple[bool, int, int, int]:
        end = shared_end(word, answer)
        return end == 0, abs(len(word) - len(answer)), -end, -shared_start(word, answer)

    return key


def shared_end(a: str, b: str) -> int:
    """How many last characters two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def shared_start(a: str, b: str) -> int:
    """How many first characters two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def named(kind: str, order: tuple[str, ...] = ("ending", "course")) -> Callable[[str, Lexicon], Iterator[str]]:
    """Course words of the answer's own kind (another person, place, title or body), in the `order` of their
    sources: the course's of its ending, the dictionary's of its shape and tag, the rest of the course's."""

    def propose(answer: str, lexicon: Lexicon) -> Iterator[str]:
        # alike() puts the words sharing the answer's last character first: sorting them alone, and the rest
        # only when a question gets that far, gives the order of sorting them all (stable: course frequency
        # breaks ties) without sorting a large course's words for every answer
        key = alike(answer)
        ending = sorted(lexicon.ending_with(kind, answer[-1]), key=key)
        sources: dict[str, Callable[[], Iterable[str]]] = {
            "ending": lambda: ending,
            "dictionary": lambda: dictionary_siblings(
                len(answer), answer[-1], dictionary_tag(answer) or tag_of(answer)
            ),
            "course": lambda: chain(ending, _sorted_later((w for w in lexicon.of(kind) if w[-1] != answer[-1]), key)),
        }
        for source in order:
            yield from sources[source]()

    return propose


def _sorted_later(words: Iterable[str], key: Callable[[str], tuple[bool, int, int, int]]) -> Iterator[str]:
    """The words sorted by `key`, sorted only when the first one is asked for."""
    yield from sorted(words, key=key)


def events(answer: str, lexicon: Lexicon) -> Iterator[str]:
    """Events of the same word (…谈判, …战役): the course's own, then the same event in another place."""
    ending = next(e for e in EVENT_ENDINGS if answer.endswith(e))
    own = [w for w in lexicon.of("event") if w.endswith(ending) and specific(w[: -len(ending)])]
    yield from sorted(own, key=alike(answer))
    size = len(answer) - len(ending)
    yield from (place + ending for place in lexicon.of("place") if len(place) == size)


def specific(prefix: str) -> bool:
    """True for what names one event (a place, a date, a proper word), not a kind of them (工人运动, 出席会议)."""
    return bool(prefix) and (tag_of(prefix) not in GENERIC_EVENT_TAGS or dictionary_tag(prefix) in NAMED_TAGS)


def terms(answer: str, lexicon: Lexicon, swaps: bool = True) -> Iterator[str]:
    """Siblings of a term: the course's words of its length and ending, one of its words swapped (unless not
    `swaps`), the dictionary's."""
    tag = tag_of(answer)
    same = lexicon.terms_shaped(len(answer), answer[-1])
    yield from sorted(same, key=lambda w: (tag_of(w) != tag, -shared_start(w, answer)))
    if swaps:
        yield from swapped(answer, lexicon)
    yield from dictionary_siblings(len(answer), answer[-1], tag)
    yield from (w for w in lexicon.of_tag(tag) if len(w) == len(answer))  # 实事求是 → 求真务实


def swapped(answer: str, lexicon: Lexicon) -> Iterator[str]:
    """The answer with one of its words replaced by a common course word of the same length and tag, its last
    word last (中国特色社会主义法律体系 → …法治体系; 德国古典哲学 → 英国古典哲学)."""
    words = tag_words(answer)
    if len(words) < 2:
        return
    for at in [*reversed(range(len(words) - 1)), len(words) - 1]:
        word, tag = words[at]
        if tag not in CONTENT_TAGS or len(word) < 2:
            continue
        before, after = "".join(w for w, _ in words[:at]), "".join(w for w, _ in words[at + 1 :])
        yield from (before + other + after for other in lexicon.common_words(tag, len(word)) if other != word)


def opened(answer: str, opening: str, lexicon: Lexicon) -> Iterator[str]:
    """Words that open as the answer and its siblings do (重大意义, 重大部署 → 重大任务, 重大成就): the opening
    with another course term of the rest's length after it, kept when jieba's dictionary knows the whole as
    a word (the course's own tally holds pieces cut from longer words: 重大政治 of 重大政治任务); the most used
    terms first."""
    yield from (
        opening + term for term in lexicon.terms_after(opening, len(answer) - len(opening)) if opening + term != answer
    )


def dictionary_opening(opening: str, length: int) -> Iterator[str]:
    """jieba's dictionary words of a length that open on `opening` and that it counts (in code point order)."""
    block = word_table().blocks.get(length)
    if block is None or not opening:
        return
    words = block[0]
    at = bisect_left(range(len(words) // length), opening, key=lambda i: words[i * length : (i + 1) * length])
    for start in range(at * length, len(words), length):
        word = words[start : start + length]
        if not word.startswith(opening):
            return
        if word_table().count(word) > 0:
            yield word


@lru_cache(maxsize=4096)
def dictionary_siblings(length: int, ending: str, tag: str) -> tuple[str, ...]:
    """jieba's most common words of a length, ending and tag (系统性 → 重要性, 积极性, …)."""
    return tuple(word for word, word_tag in dictionary_shaped(length, ending) if word_tag == tag)[:MAX_DICTIONARY]


@lru_cache(maxsize=4096)
def dictionary_shaped(length: int, ending: str) -> tuple[tuple[str, str], ...]:
    """jieba's common words of a length and last character with their tags, the most common first (equally
    common ones in code point order). Found where that character stands in the block of words of that
    length: a course asks for a few hundred shapes, and sorting all 20,000 common words took a quarter of
    a second of every build that makes a document's exercises."""
    if not 2 <= length <= 8:
        return ()
    found = word_table().ending_with(length, ending, _least_dictionary_count())
    return tuple((word, tag) for word, tag in found if CJK.match(word))


@lru_cache(maxsize=1)
def _least_dictionary_count() -> int:
    """The fewest times jieba counted a word common enough to be a wrong option (the ~6% of its words)."""
    counts = word_table().counts
    return next((c for c in counts if commonness_of(c) >= MIN_DICTIONARY_COMMONNESS), counts[-1] + 1)


# Rules as data: the answer's kind → what proposes its wrong options, best first.
GENERATORS: dict[str, Callable[[str, Lexicon], Iterator[str]]] = {
    "year": years,
    "date": dates,
    "count": counts,
    "doctrine": named("doctrine", ("ending", "course", "dictionary")),
    "meeting": ordinals,
    "numbered": ordinals,
    "title": named("title"),
    "person": named("person", ("course",)),
    "place": named("place", ("ending", "course", "dictionary")),  # 某某山 → another mountain, else a place
    "organisation": named("organisation", ("ending", "dictionary", "course")),  # 某某大学 → another university
    "event": events,
    "term": terms,
}
# kinds whose wrong options are made from the answer itself, not taken from the course
MADE_KINDS = frozenset({"year", "date", "count", "meeting", "numbered"})
# what a course-only choice takes its options from: no term with a word swapped in (a made compound is no
# course word; proposing every one only to find it unknown read the whole of the course's common words)
COURSE_GENERATORS = GENERATORS | {"term": functools.partial(terms, swaps=False)}


# ---------------------------------------------------------------- the chooser


def wrong_options(
    answer: str, sentence: str, lexicon: Lexicon, count: int, taken: Iterable[str] = (), course_only: bool = False
) -> list[str]:
    """`count` wrong options shaped like `answer`, none of them in `sentence` nor like a `taken` option; with
    `course_only`, the words of a name or a term come from the course itself (no dictionary word, no swap)."""
    target = simplify(answer.strip())
    if not target or count <= 0:
        return []
    chosen: list[str] = []
    avoid = [target, *map(simplify, taken)]
    kind = shape_of(target).kind
    words = "" if kind in MADE_KINDS else simplify(sentence)  # a nearby year may be written elsewhere in it
    for option in (COURSE_GENERATORS if course_only else GENERATORS)[kind](target, lexicon):
        if course_only and kind not in MADE_KINDS and not lexicon.knows(option):
            continue
        if fits(option, avoid + chosen, words):
            chosen.append(option)
            if len(chosen) == count:
                break
    return chosen


def fits(option: str, avoid: list[str], sentence: str) -> bool:
    """True for an option that is no right answer, no repeat and no word of the sentence asked about."""
    if not option or option in sentence or option.endswith(FRAME_WORDS):
        return False
    return not any(option in other or other in option for other in avoid)
