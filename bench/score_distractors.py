#!/usr/bin/env python3
"""How often our wrong options share the shape of the ones people chose (../shared/dev/blanks.jsonl).

For each item with one answer and wrong options of its own, the answer is put back in its sentence and
the distractor chooser asked for three wrong options; an option *matches* when it has the human options'
shape class: the same category (year, count, meeting, title, person, word) and, for a word, the length
and last character every human wrong option shares with the answer. "old" is the worksheets' earlier
ranking (shape distance over the same pool of course words); "new" is study.generate.distractors.

Usage (from the project's root):  .venv/bin/python bench/score_distractors.py [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from study.generate.distractors import Lexicon, texts_lexicon, wrong_options
from study.generate.exercises import Candidate, distractors_by_distance
from study.generate.names import is_person

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "blanks.jsonl"
BLANK = re.compile(r"（\s*）|\(\s*\)")
YEAR = re.compile(r"[0-9]{4}年?")
COUNT = re.compile(r"[0-9０-９.]+[%％]?[^0-9]{0,2}|[一二三四五六七八九十两百千半]{1,4}[^一二三四五六七八九十]{0,2}")
MEETING = re.compile(r".*(?:[一二三四五六七八九十]大|中全会|届.*会议?)")
WANTED = 3


def category(text: str) -> str:
    """The coarse category of an option, by its form alone."""
    if YEAR.fullmatch(text):
        return "year"
    if MEETING.fullmatch(text):
        return "meeting"
    if COUNT.fullmatch(text) and any(c.isdigit() or c in "一二三四五六七八九十两半" for c in text):
        return "count"
    if "《" in text:
        return "title"
    return "word"


def human_class(answer: str, wrong: list[str]) -> dict[str, Any]:
    """What the human's wrong options share with the answer."""
    cat = category(answer)
    return {
        "category": cat,
        "length": len(answer) if cat == "word" and all(len(w) == len(answer) for w in wrong) else None,
        "ending": answer[-1] if cat == "word" and all(w[-1:] == answer[-1:] for w in wrong) else None,
        "person": cat == "word" and is_person(answer) and all(is_person(w) for w in wrong),
    }


def matches(option: str, want: dict[str, Any]) -> bool:
    """True when an option has the human options' shape class."""
    if category(option) != want["category"]:
        return False
    if want["length"] is not None and len(option) != want["length"]:
        return False
    if want["ending"] is not None and option[-1:] != want["ending"]:
        return False
    return not want["person"] or is_person(option)


def cases() -> list[tuple[str, str, list[str]]]:
    """(sentence, answer, human wrong options) of every dev item with one blank and wrong options."""
    found = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        parts = BLANK.split(item["text_with_blanks"])
        answers = item["answers"]
        wrong = [o for o in item.get("options", []) if o not in answers]
        if len(answers) == 1 and len(parts) == 2 and wrong:
            found.append((parts[0] + answers[0] + parts[1], answers[0], wrong))
    return found


def old_chooser(lexicon: Lexicon) -> Callable[[str, str], list[str]]:
    """The worksheets' earlier chooser: shape distance over the course's words as candidate heads."""
    pool = tuple(Candidate(w, "other", "other") for kind in lexicon.words for w in lexicon.of(kind))
    place: Any = SimpleNamespace(doc=SimpleNamespace(stem="dev"), lst=SimpleNamespace(key="0", lead=None), parent=None)
    return lambda answer, sentence: distractors_by_distance([answer], pool, place, WANTED)


def new_chooser(lexicon: Lexicon) -> Callable[[str, str], list[str]]:
    """The shape rules of study.generate.distractors."""
    return lambda answer, sentence: wrong_options(answer, sentence, lexicon, WANTED)


def score(
    name: str, choose: Callable[[str, str], list[str]], items: list[tuple[str, str, list[str]]], verbose: bool
) -> None:
    """Print the share of options that match, of items whose options all match, and of bad options."""
    matched = full = bad = 0
    for sentence, answer, wrong in items:
        ours = choose(answer, sentence)
        want = human_class(answer, wrong)
        hits = sum(matches(o, want) for o in ours)
        bad += sum(answer in o or o in answer for o in ours)
        matched += hits
        full += hits == WANTED
        if verbose and hits < WANTED:
            print(f"  {name} {answer} → {ours}   human: {wrong}")
    n = len(items)
    print(
        f"{name}: options in the human shape {matched / (WANTED * n):.3f}, items all three {full / n:.3f}, "
        f"options holding the answer {bad}  ({n} items)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    items = cases()
    lexicon = texts_lexicon(s for s, _, _ in items)
    score("old", old_chooser(lexicon), items, a.verbose)
    score("new", new_chooser(lexicon), items, a.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
