"""What several texts share at their start or end: a leaf module, so that generation can ask it of a list's
heads without importing the parser (the parser's package loads the reader and compiles its rules: a quarter
of a second that a build whose documents are all cached never needs)."""

from __future__ import annotations


def common_prefix(texts: list[str]) -> str:
    """The longest start all texts share."""
    if not texts:
        return ""
    n = 0
    while all(len(t) > n for t in texts) and len({t[n] for t in texts}) == 1:
        n += 1
    return texts[0][:n]


def common_suffix(texts: list[str]) -> str:
    """The longest end all texts share."""
    return common_prefix([t[::-1] for t in texts])[::-1]
