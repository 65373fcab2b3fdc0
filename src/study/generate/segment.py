"""Word segmentation of simplified text: jieba words with offsets and parts of speech.

rjieba (jieba-rs) gives the same words and tags as jieba.posseg over Chinese text at ≈ 15× the speed of
jieba.lcut; jieba itself is loaded only for its dictionary frequencies (how common a word is).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

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


@dataclass(frozen=True)
class Token:
    """One jieba word of a simplified text: its offsets, the word and its part of speech."""

    start: int
    end: int
    word: str
    pos: str


@lru_cache(maxsize=1)
def _rjieba() -> Any:
    """rjieba, whose dictionary loads on first use (≈ 0.3 s once per process)."""
    import rjieba

    return rjieba


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """jieba's dictionary frequencies, loaded once per process, quietly."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    frequencies: dict[str, int] = jieba.dt.FREQ
    return frequencies


def tag_words(text: str) -> list[tuple[str, str]]:
    """The jieba words of a text with their parts of speech, uncached (for course-wide counting)."""
    tagged: list[tuple[str, str]] = _rjieba().tag(text)
    return tagged


@lru_cache(maxsize=65536)
def tag_of(word: str) -> str:
    """The part of speech jieba gives a word standing alone ("x" when it splits it)."""
    tagged = _rjieba().tag(word)
    return tagged[0][1] if len(tagged) == 1 else "x"


def commonness(word: str) -> float:
    """How common a word is in general Chinese, 0 (unknown to jieba) … 1 (the most common words)."""
    count = _frequencies().get(word, 0)
    # jieba's counts span ~1 … 1e6: a log scale folded into 0..1
    return max(0.0, min(1.0, (math.log10(count) - 1.0) / 5.0)) if count > 0 else 0.0


def adverbial_verb(word: str, pos: str) -> str | None:
    """The tag "v" for a set phrase of an adverb and a verb (充分发扬, 认真倾听), which jieba tags as an idiom."""
    if len(word) >= 4 and pos in IDIOM_TAGS and tag_of(word[:2]) in ADVERB_TAGS:
        return "v"
    return None


@lru_cache(maxsize=8192)
def tokenize(shadow: str) -> tuple[Token, ...]:
    """The jieba words of a simplified text with their offsets and tags (cached per text)."""
    tokens: list[Token] = []
    pos = 0
    for word, tag in tag_words(shadow):
        tokens.append(Token(pos, pos + len(word), word, tag))
        pos += len(word)
    return tuple(tokens)
