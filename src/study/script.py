"""Script conversion and language tags, for every stage: one converter table, one language-tag table.

A leaf module (it imports only OpenCC): read makes the simplified shadow used for analysis, generate and
render put text into the course's output script. "original" means a document's own script, unconverted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import opencc

ORIGINAL = "original"


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    """One OpenCC converter per configuration (building one loads its dictionaries)."""
    return opencc.OpenCC(config)


# Generation asks again and again for the same short texts (heads, options, answers: 70,000 conversions of
# 4,000 texts for 50 documents): those are remembered, a bounded number of them (a few MB at most)
REMEMBERED_LENGTH = 256
REMEMBERED_TEXTS = 1 << 14


def simplify(text: str) -> str:
    """The simplified form of `text`, always of the same length, so offsets map back to the original."""
    return _remembered_simplify(text) if len(text) <= REMEMBERED_LENGTH else _simplify(text)


@lru_cache(maxsize=REMEMBERED_TEXTS)
def _remembered_simplify(text: str) -> str:
    """simplify() of a short text, remembered."""
    return _simplify(text)


def _simplify(text: str) -> str:
    """The simplified form of `text`, converted now."""
    shadow: str = _converter("t2s").convert(text)
    if len(shadow) == len(text):
        return shadow
    # a phrase conversion changed the length: fall back to character by character
    chars = [_converter("t2s").convert(ch) for ch in text]
    return "".join(c if len(c) == 1 else ch for c, ch in zip(chars, text, strict=True))


def simplify_each(texts: Sequence[str]) -> list[str]:
    """simplify() of each text, converted together (one conversion instead of one a text: a course of a thousand
    documents holds 32,000 heads). No dictionary phrase spans a line break, so each line converts as it would
    alone; when one changes its length, which simplify() mends character by character, each text is simplified
    alone."""
    lines = _converter("t2s").convert("\n".join(texts)).split("\n") if texts else []
    if len(lines) == len(texts) and all(len(a) == len(b) for a, b in zip(lines, texts, strict=True)):
        return lines
    return [simplify(text) for text in texts]


def to_traditional(text: str) -> str:
    """Traditional script as used in Taiwan, without rewriting vocabulary (s2tw, not s2twp)."""
    converted: str = _converter("s2tw").convert(text)
    return converted


def unchanged(text: str) -> str:
    """The text as it is: the converter of the "original" script."""
    return text


# a script name (course.toml `script`, a document's own script) → how to put text into it
CONVERTERS: dict[str, Callable[[str], str]] = {
    ORIGINAL: unchanged,
    "simplified": simplify,
    "traditional": to_traditional,
}
# a script → its BCP 47 tag: script subtags, as the text's script is known and its region is not
LANGS: dict[str, str] = {"simplified": "zh-Hans", "traditional": "zh-Hant"}


def detect_script(text: str) -> str:
    """'traditional' when the text has more traditional-only characters than simplified ones."""
    shadow = simplify(text)
    changed = sum(1 for a, b in zip(text, shadow, strict=True) if a != b)
    return "traditional" if changed > max(3, len(text) // 200) else "simplified"


def output_script(chosen: str, own: str) -> str:
    """The script a document is written out in: the course's choice, else ("original") the document's own."""
    return own if chosen == ORIGINAL else chosen


def lang_tag(script: str) -> str:
    """The language tag of text in `script` (simplified Chinese's for "original", the common case)."""
    return LANGS.get(script, LANGS["simplified"])
