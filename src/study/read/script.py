"""Script conversion: a simplified shadow of traditional text, character for character, for analysis."""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def simplify(text: str) -> str:
    """The simplified form of `text`, always of the same length, so offsets map back to the original."""
    shadow: str = _converter("t2s").convert(text)
    if len(shadow) == len(text):
        return shadow
    # a phrase conversion changed the length: fall back to character by character
    chars = [_converter("t2s").convert(ch) for ch in text]
    return "".join(c if len(c) == 1 else ch for c, ch in zip(chars, text, strict=True))


def to_traditional(text: str) -> str:
    """Traditional script as used in Taiwan, without rewriting vocabulary (s2tw, not s2twp)."""
    converted: str = _converter("s2tw").convert(text)
    return converted


def detect_script(text: str) -> str:
    """'traditional' when the text has more traditional-only characters than simplified ones."""
    shadow = simplify(text)
    changed = sum(1 for a, b in zip(text, shadow, strict=True) if a != b)
    return "traditional" if changed > max(3, len(text) // 200) else "simplified"
