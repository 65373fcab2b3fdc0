"""Word segmentation of simplified text: jieba words with offsets and parts of speech.

rjieba (jieba-rs) gives the same words and tags as jieba.posseg over Chinese text at ≈ 15× the speed of
jieba.lcut. How common a word is and the tag jieba's dictionary gives it come from a table of that
dictionary shipped in the package (study/data/jieba_words.txt, written by tools/word_frequencies.py):
Python jieba itself is never loaded (0.5 s and 70 MB a process).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

# Parts of speech that never carry a point: particles, prepositions, conjunctions, pronouns, numerals,
# measure words, interjections, punctuation; and, unless a pattern says otherwise (a series member that
# jieba mis-tags, 立法/d), adverbs, time and direction words and affixes.
GRAMMAR_TAGS = frozenset(
    {"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "r", "rr", "rz", "m", "mq", "q", "x", "y", "e", "o", "w"}
)
FUNCTION_TAGS = GRAMMAR_TAGS | {"d", "df", "dg", "f", "t", "tg", "k", "h", "zg", "eng"}
ADVERB_TAGS = frozenset({"d", "ad", "df", "dg"})
IDIOM_TAGS = frozenset({"l", "i"})


def is_content(pos: str) -> bool:
    """True for a part of speech that can carry a point (nouns, verbs, adjectives, idioms, terms)."""
    return pos not in FUNCTION_TAGS


def is_grammar(pos: str) -> bool:
    """True for a part of speech that is pure grammar (particles, pronouns, numerals, punctuation)."""
    return pos in GRAMMAR_TAGS


TABLE = "jieba_words.txt"  # in study/data
TAG_BASE, COUNT_BASE = 0x21, 0x100  # a word's tag and count as one character each (tools/word_frequencies.py)


class Token(NamedTuple):
    """One jieba word of a simplified text: its offsets, the word and its part of speech (a named tuple, not a
    frozen dataclass: a text makes one a word, and a frozen dataclass takes three times as long to make)."""

    start: int
    end: int
    word: str
    pos: str


@lru_cache(maxsize=1)
def _rjieba() -> Any:
    """rjieba, whose dictionary loads on first use (≈ 0.3 s once per process)."""
    import rjieba

    return rjieba


class _Words:
    """Words of one length written end to end, as a sequence bisect can search (no list of 100,000 strings)."""

    __slots__ = ("length", "text")

    def __init__(self, text: str, length: int) -> None:
        self.text, self.length = text, length

    def __len__(self) -> int:
        return len(self.text) // self.length

    def __getitem__(self, index: int) -> str:
        return self.text[index * self.length : (index + 1) * self.length]


FOUND_MAX = 65_536  # words the table remembers looking up (see WordTable.found), about 12 MB


@dataclass(frozen=True)
class WordTable:
    """jieba's dictionary: each word's count and part of speech, by word length (see tools/word_frequencies.py)."""

    tags: tuple[str, ...]
    counts: tuple[int, ...]  # ascending
    blocks: dict[int, tuple[str, str, str]]  # length → words in code point order, their tag and count characters
    # each word looked up, found or not: the generate stage asks of the same few thousand words again and again,
    # and a look-up is a bisect through Python-level __getitem__ calls
    found: dict[str, tuple[int, str, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def count(self, word: str) -> int:
        """How often jieba's dictionary says a word occurs (0 for a word it does not know)."""
        found = self._find(word)
        return self.counts[ord(found[2][found[0]]) - COUNT_BASE] if found else 0

    def tag(self, word: str) -> str:
        """The word's part of speech in jieba's dictionary ("" for a word it does not know)."""
        found = self._find(word)
        return self.tags[ord(found[1][found[0]]) - TAG_BASE] if found else ""

    def _find(self, word: str) -> tuple[int, str, str] | None:
        if word in self.found:
            return self.found[word]
        if len(self.found) >= FOUND_MAX:  # a thousand documents ask some 200,000 words: a worker's memory stays flat
            self.found.clear()
        found = self.found[word] = self._search(word)
        return found

    def _search(self, word: str) -> tuple[int, str, str] | None:
        block = self.blocks.get(len(word))
        if block is None or not word:
            return None
        words = _Words(block[0], len(word))
        at = bisect_left(words, word)
        return (at, block[1], block[2]) if at < len(words) and words[at] == word else None

    def ending_with(self, length: int, ending: str, least: int) -> list[tuple[str, str]]:
        """The words of a length and last character counted at least `least` times, with their tags, the most
        common first (equally common ones in code point order): found where the character stands in that
        length's block, no loop over every word."""
        block = self.blocks.get(length)
        if block is None or not ending:
            return []
        words, tags, counts = block
        lowest = chr(COUNT_BASE + bisect_left(self.counts, least))
        found: list[tuple[int, str, str]] = []
        at = words.find(ending, length - 1)
        while at != -1:
            index = at // length
            if (at + 1) % length == 0 and counts[index] >= lowest:
                tag = self.tags[ord(tags[index]) - TAG_BASE]
                found.append((-ord(counts[index]), words[index * length : (index + 1) * length], tag))
            at = words.find(ending, at + 1)
        return [(word, tag) for _, word, tag in sorted(found)]


def parse_table(lines: Iterable[str]) -> WordTable:
    """A word table from the lines of its text (tools/word_frequencies.py's format)."""
    rows = (line.rstrip("\n").split("\t") for line in lines if line.strip() and not line.startswith("#"))
    tags, counts = next(rows)[1:], next(rows)[1:]
    blocks = {int(length): (words, tag_codes, count_codes) for length, words, tag_codes, count_codes in rows}
    return WordTable(tuple(tags), tuple(map(int, counts)), blocks)


@lru_cache(maxsize=1)
def word_table() -> WordTable:
    """jieba's dictionary, read once per process from the package (≈ 15 ms, ≈ 3.3 MB)."""
    with resources.files("study").joinpath("data", TABLE).open(encoding="utf-8") as lines:
        return parse_table(lines)  # line by line: the whole text at once would double the memory it takes


def tag_words(text: str) -> list[tuple[str, str]]:
    """The jieba words of a text with their parts of speech, uncached (for course-wide counting)."""
    tagged: list[tuple[str, str]] = _rjieba().tag(text)
    return tagged


def dictionary_words(text: str) -> list[str]:
    """The words of a text cut by jieba's dictionary alone, no unknown word guessed (林田湖 would be a name)."""
    words: list[str] = _rjieba().cut(text, hmm=False)
    return words


@lru_cache(maxsize=65536)
def tag_of(word: str) -> str:
    """The part of speech jieba gives a word standing alone ("x" when it splits it)."""
    tagged = _rjieba().tag(word)
    return tagged[0][1] if len(tagged) == 1 else "x"


@lru_cache(maxsize=65536)  # a table look-up is a binary search: blank choice asks about the same words often
def commonness(word: str) -> float:
    """How common a word is in general Chinese, 0 (unknown to jieba) … 1 (the most common words)."""
    return commonness_of(word_table().count(word))


def commonness_of(count: int) -> float:
    """The commonness of a word jieba's dictionary counts `count` times."""
    # jieba's counts span ~1 … 1e6: a log scale folded into 0..1
    return max(0.0, min(1.0, (math.log10(count) - 1.0) / 5.0)) if count > 0 else 0.0


def dictionary_tag(word: str) -> str:
    """The part of speech jieba's dictionary gives a word ("" when it has none): 周恩来 is a name there."""
    return word_table().tag(word)


# Words of manner jieba's dictionary tags as nouns (全面/n, 大力/n, 高度/n): before a verb they say how it is done
# (全面｜凝聚, 大力发展, 高度重视), as an adverb does.
MANNER_NOUNS = frozenset({"全面", "大力", "着力", "全力", "极力", "依法", "依规", "依纪", "高度"})


def adverbial_verb(word: str, pos: str) -> str | None:
    """The tag "v" for a set phrase of an adverb and a verb (充分发扬, 认真倾听), which jieba tags as an idiom, or
    anything else when its second half is a verb (严格执行/nr, 明确提出: jieba's guess of a word it does not know),
    as a word of manner and a verb are (大力发展/nz; not 全面发展, whose 发展 is a noun's)."""
    if len(word) < 4:
        return None
    manner = word[:2] in MANNER_NOUNS
    if not manner and tag_of(word[:2]) not in ADVERB_TAGS:
        return None
    return "v" if (pos in IDIOM_TAGS and not manner) or tag_of(word[2:]) == "v" else None


# Not cached: blank choice, its one caller, analyses each text once (a cache of tokens had no hits and kept
# half a million objects alive for the garbage collector to walk at 1,000 documents).
def tokenize(shadow: str) -> tuple[Token, ...]:
    """The jieba words of a simplified text with their offsets and tags."""
    tokens: list[Token] = []
    pos, before = 0, ""
    for word, tag in tag_words(shadow):
        # the tags each test asks for, checked here first: most words have neither, and no call is made for them
        person = (tag == "t" and _timed_person(word, tag)) or (tag in NOUN_LIKE and _titled_person(before, word, tag))
        tag = PERSON_TAG if person else DIRECTION_TAG if tag in NAME_LIKE and _directions(word) else tag
        tag = SELF_VERB_TAG if tag == "r" and _self_verb(word) else tag
        tokens.append(Token(pos, pos + len(word), word, tag))
        pos, before = pos + len(word), word
    return tuple(tokens)


# Words of doing to oneself (自省, 自励) that jieba's dictionary tags as pronouns, as it does 自己: a virtue a text
# lists (自重、自省、自警、自励), a verb like its neighbours; the pronouns themselves stay pronouns.
SELF_PRONOUNS, SELF_VERB_TAG = frozenset({"自己", "自身", "自家", "自个", "自个儿", "自我"}), "v"
# the dictionary's other words on 自 it tags so that say how or when, not what is done (由各地自行决定, 自此,
# 运用自如, 自会): no verbs either, and left as they were
SELF_ADVERBS = frozenset({"自行", "自此", "自如", "自会"})


def _self_verb(word: str) -> bool:
    """True for a word on 自 jieba tags as a pronoun that is a verb (自省), not 自己 or 自我, nor 自行 or 自此."""
    return len(word) == 2 and word[0] == "自" and word not in SELF_PRONOUNS | SELF_ADVERBS


# Directions packed into one word (中西部, 东南部): jieba's dictionary tags some as bodies or places (中西部/nt), but
# they are direction words, as 西部 is: where a thing is, never the point of a claim.
DIRECTIONS, DIRECTION_ENDINGS, DIRECTION_TAG = frozenset("东南西北中"), frozenset("部方"), "f"
NAME_LIKE = frozenset({"nt", "ns", "nz", "n"})


def _directions(word: str) -> bool:
    """True for a word of direction characters closed by 部 or 方 (中西部, 东南方)."""
    return len(word) >= 3 and word[-1] in DIRECTION_ENDINGS and all(ch in DIRECTIONS for ch in word[:-1])


# Surnames that are time words too (周, week; 夏, summer; 秋, autumn; 冬; 唐, 宋, 元, 明, 清: dynasties): jieba's
# dictionary tags some famous names that open on one a time word, as it does the character.
TIME_SURNAMES = frozenset("周夏秋冬唐宋元明清")
TIME_CHARACTERS = frozenset("年月日时期季节代初末前后春夏秋冬世朝周天晨夜晚今昔")
PERSON_TAG = "nr"


def _timed_person(word: str, tag: str) -> bool:
    """True for a person's name jieba tags as a time word: three characters, a surname that is a time word,
    and a given name with no time character (周某来/t, not 夏秋季, 唐五代, 宋元时)."""
    return tag == "t" and len(word) == 3 and word[0] in TIME_SURNAMES and not TIME_CHARACTERS & set(word[1:])


# Chinese surnames: jieba tags many unknown words as person names (建立健全/nr); a real one opens on a surname.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤左舒阎项瞿恽聂粟艾博习温关洪鲁饶柯陶康傅蒋翟柳邢阮卓葛包殷栗乔"
)
# Posts that introduce a person (某军副参谋长某某, 省委特派员某某, 爱国将领某某): the word after one is a name.
POSTS = ("长", "员", "书记", "主席", "司令", "政委", "将领", "烈士")
NOUN_LIKE = frozenset({"n", "nz", "ns", "nt", "j"})
RARE_WORD = 0.3  # a name is a rare word, if the dictionary knows it at all (高度 after 党员 is no name)


def _titled_person(before: str, word: str, tag: str) -> bool:
    """True for a rare word of two or three characters that opens on a surname right after a post (参谋长 | 某某/n):
    the genre introduces a person by post and name, and jieba takes some names for nouns."""
    if len(before) < 2 or not before.endswith(POSTS) or len(word) not in (2, 3) or tag not in NOUN_LIKE:
        return False
    return word[0] in SURNAMES and commonness(word) < RARE_WORD
