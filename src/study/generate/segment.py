"""Word segmentation of simplified text: jieba tokens with offsets and a cheap part-of-speech lookup."""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Unknown words (found by jieba's HMM, absent from its dictionary) get a tag guessed from their shape.
_SHAPE_TAGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[0-9０-９.．%％]+$"), "m"),
    (re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ]+$"), "eng"),
    (re.compile(r"^[\u4e00-\u9fff]{2,}$"), "n"),
    (re.compile(r"^[\u4e00-\u9fff]$"), "x"),
)


@dataclass(frozen=True)
class Token:
    """One jieba word of a simplified text: its offsets, the word and its part of speech."""

    start: int
    end: int
    word: str
    pos: str


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """jieba with its dictionary loaded once per process, quietly."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    """jieba's own word → part-of-speech table (the one posseg uses), without posseg's slow HMM pass."""
    jieba = _jieba()
    return jieba.posseg.dt.word_tag_tab


@lru_cache(maxsize=1)
def _frequencies() -> tuple[dict[str, int], int]:
    """jieba's dictionary frequencies and their total, a measure of how common a word is in general."""
    jieba = _jieba()
    return jieba.dt.FREQ, jieba.dt.total


def tag_of(word: str) -> str:
    """The part of speech of a word: jieba's dictionary tag, else one guessed from the word's shape."""
    tag = _tag_table().get(word)
    if tag:
        return tag
    return next((t for pattern, t in _SHAPE_TAGS if pattern.match(word)), "x")


def commonness(word: str) -> float:
    """How common a word is in general Chinese, 0 (unknown) … 1 (the most common words)."""
    freq, total = _frequencies()
    count = freq.get(word, 0)
    if count <= 0:
        return 0.0
    # jieba's counts span ~1 … 1e6: log scale folded into 0..1
    return max(0.0, min(1.0, (math.log10(count) - 1.0) / 5.0)) if total else 0.0


@lru_cache(maxsize=8192)
def tokenize(shadow: str) -> tuple[Token, ...]:
    """The jieba words of a simplified text with their offsets and tags (cached per text)."""
    tokens: list[Token] = []
    pos = 0
    for word in _jieba().lcut(shadow):
        tokens.append(Token(pos, pos + len(word), word, tag_of(word)))
        pos += len(word)
    return tuple(tokens)


def words(shadow: str) -> list[str]:
    """The jieba words of a text, uncached, for course-wide counting."""
    return _jieba().lcut(shadow)
