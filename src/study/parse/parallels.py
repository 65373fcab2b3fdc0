"""Parallel claims: sentences in a row that say of different subjects the same 是…的 (A是人民开创的！B是人民培育的！).

A speech sums up what one agent did by a run of 是…的 sentences, each naming another work and the same doer:
悠久的文明是人民创造的！伟大的精神是人民培育的！…. The sentences open with different subjects, so no anaphora
sees them; what they share is the predicate after 是 (the doer, at a word boundary) and the 的 that closes the
frame, with one closing mark. The items are the sentences; the lead is the sentence before the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.model import Paragraph
from study.parse.anaphora import acceptable, is_function, opening
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import last_sentence

RULE = "parallel"
RUN_MIN = 3  # sentences a run needs: two alike claims are too often chance
SUBJECT_MIN, SUBJECT_MAX = 2, 30  # characters of the subject before 是
PREDICATE_MAX = 40  # characters between 是 and the closing 的
# a 是…的 claim closed by its sentence mark: the subject, the predicate (group 1), the mark (group 2)
_CLAIM = re.compile(
    rf"[^。！？!?]{{{SUBJECT_MIN},{SUBJECT_MAX}}}?是([^。！？!?，,；;]{{2,{PREDICATE_MAX}}})的([。！？!?])"
)
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")


def _claims(shadow: str) -> list[tuple[int, int, str, str]]:
    """The sentences of a paragraph as (start, end, predicate, mark); predicate "" for a sentence of another shape."""
    found = []
    for match in _SENTENCE.finditer(shadow):
        start = match.start() + len(match.group()) - len(match.group().lstrip(" \u3000“"))
        claim = _CLAIM.fullmatch(shadow, start, match.end())
        found.append((start, match.end() - 1, claim.group(1) if claim else "", claim.group(2) if claim else ""))
    return found


def _shared(a: str, b: str, limit: int) -> str:
    """What two predicates share at their start, cut at a word boundary, when it can stand for the doer."""
    shared = opening(a, b, limit)
    return shared if acceptable(shared, inline=False) and not is_function(shared) else ""


def _runs(claims: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, str]]:
    """Maximal runs [k, end) of claims in a row with one closing mark and a shared predicate opening."""
    k = 0
    while k < len(claims):
        start_pred, mark = claims[k][2], claims[k][3]
        end, shared = k + 1, start_pred
        while end < len(claims) and claims[end][2] and claims[end][3] == mark:
            shorter = _shared(start_pred, claims[end][2], len(shared))
            if not shorter:
                break
            shared, end = shorter, end + 1
        if start_pred and end - k >= RUN_MIN:
            yield k, end, shared
        k = max(end, k + 1)


def parallel_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Runs of 是…的 claims inside one paragraph that share what follows 是."""
    for i, para in enumerate(paragraphs):
        if "是" not in para.shadow or "的" not in para.shadow:
            continue
        claims = _claims(para.shadow)
        for k, end, shared in _runs(claims):
            members = claims[k:end]
            items = tuple(DraftItem("", (i, s), (i, s), e, (i, e + 1)) for s, e, _, _ in members)
            lead = last_sentence(para.text[: members[0][0]]) or None
            evidence = (f"{len(members)} sentences in a row say 是{shared}…的",)
            yield DraftList("anaphora", RULE, items, lead, None, evidence)
