"""Announced counts: "以下六个方面", "三个环节", "这两个重要环节", "四个字", "两层意义"."""

from __future__ import annotations

import re

from study.parse.numerals import hanzi_number
from study.script import simplify

# a numeral, a classifier, then a short noun phrase that ends the clause: the count announces a list
ANNOUNCED = re.compile(
    r"(?:以下|如下|下列|下面|这|这些|如下的)?"
    r"(?P<n>[两二三四五六七八九十]{1,2}|几)"
    r"(?P<cls>个|项|条|点|层|种|大|类|句|件|方面|部分)"
    r"(?P<noun>[\u4e00-\u9fff“”「」]{0,8}?)"
    r"(?P<tail>[做着入手抓起来]{0,3})"
    r"\s*(?:[（(][^）)]{0,12}[）)])?"  # an aside may close the count: 分为六个部分（见下图）：
    r"\s*(?P<end>[：:。，,；;]|$)"
)


# 从三个方面和大家交流 / 分两个部分来讲: a count of aspects the speaker will take up announces the
# list after it, however long the verb phrase that follows it
ASPECTS = re.compile(
    r"(?:从|分|就|分为|围绕)(?P<n>[两二三四五六七八九十]{1,2}|几)(?P<cls>个方面|个部分|个问题|方面|部分|点)"
)


def _count_match(clause: str) -> re.Match[str] | None:
    """The last count the clause ends with, else a count of aspects anywhere in it."""
    matches = list(ANNOUNCED.finditer(clause))
    return matches[-1] if matches else ASPECTS.search(clause)


def announced_count(lead: str | None) -> int | None:
    """The count a lead announces in its last clause (None when it announces none or says 几)."""
    if not lead:
        return None
    clause = last_clause(simplify(lead))  # 以下四點 counts as 以下四点
    match = _count_match(clause)
    if match is None or match.group("n") == "几":
        return None
    return hanzi_number(match.group("n"))


def announces_some(lead: str | None) -> bool:
    """True when the lead announces a list, with a number or with 几 (以下几个方面)."""
    return bool(lead) and _count_match(last_clause(simplify(lead or ""))) is not None


def last_clause(text: str) -> str:
    """The last clause of a text, ignoring its final punctuation."""
    body = text.rstrip("：:。，,；; \u3000")
    cut = max(body.rfind(p) for p in "。；;！？!?，,")
    return body[cut + 1 :] + text[len(body) :]
