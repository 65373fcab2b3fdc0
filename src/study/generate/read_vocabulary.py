"""A course vocabulary that remembers what one document's work asked of it (see study.generate.reads).

Apart from the lexicon's stand-in so that the card and exercise makers, which the lexicon's module draws on,
can ask for blanks through it. It also remembers the blanks each text was given, with what that choice read,
so that the next build that makes the document's work again (its neighbours' heads changed, or the course's
counts) gives a text the blanks it had while the vocabulary still answers that choice alike (KeptChoices).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from study.generate.blanks import Blank, choose_blanks
from study.generate.series import cuts_packed
from study.generate.terms import SameVocabulary, Vocabulary
from study.script import simplify

VocabularyQuestion = tuple[str, str, int | None]  # (what was asked, of which word, its cap)
ChoiceKey = tuple[str, int]  # a text and the difficulty its blanks were chosen for
# the blanks a text was given, and what the choice asked of the vocabulary with the answers it got
Choice = tuple[tuple[Blank, ...], tuple[tuple[VocabularyQuestion, float], ...]]


@dataclass(frozen=True)
class KeptChoices:
    """The blanks a document's texts were given when its work was last made, over a vocabulary whose sets
    (terms, list heads, quotations: study.generate.reads.sets_digest) had the digest `sets`."""

    sets: str
    choices: Mapping[ChoiceKey, Choice]


@dataclass(frozen=True)
class ReadVocabulary(Vocabulary):
    """A course vocabulary that remembers what it was asked of its counts."""

    base: Vocabulary = field(default_factory=Vocabulary, compare=False, repr=False)
    asked: dict[VocabularyQuestion, float] = field(default_factory=dict, compare=False, repr=False)
    kept: Mapping[ChoiceKey, Choice] = field(default_factory=dict, compare=False, repr=False)  # last time's
    chosen: dict[ChoiceKey, Choice] = field(default_factory=dict, compare=False, repr=False)  # this time's

    @classmethod
    def over(cls, vocabulary: Vocabulary, kept: Mapping[ChoiceKey, Choice] | None = None) -> ReadVocabulary:
        """A recording stand-in for a vocabulary (the same sets: term look-ups are not recorded), given the
        blanks the document's texts were given last time over a vocabulary of the same sets."""
        v = vocabulary
        return cls(v.terms, v.list_items, v.quoted, v.counts, v.doc_freq, v.n_docs, base=v, kept=kept or {})

    @property
    def longest(self) -> int:
        """The base vocabulary's longest term (made once, not once for every stand-in)."""
        return self.base.longest

    def count(self, term: str, cap: int | None = None) -> int:
        """The base vocabulary's count, remembered."""
        value = self.base.count(term, cap)
        self.asked[("count", term, cap)] = value
        return value

    def spread(self, term: str) -> float:
        """The base vocabulary's spread, remembered."""
        value = self.base.spread(term)
        self.asked[("spread", term, None)] = value
        return value

    def topicality(self, term: str) -> float:
        """The base vocabulary's topicality, remembered (not the counts it is made of: a small change to
        them mostly leaves it as it was)."""
        value = self.base.topicality(term)
        self.asked[("topicality", term, None)] = value
        return value


def blanks_for(text: str, vocabulary: Vocabulary, level: int) -> list[Blank]:
    """The blanks of a text (choose_blanks) for a document's work, remembered across its documents.

    A course's documents share sentences (a series' boilerplate, a quoted passage): the choice is made once
    over the course's vocabulary, and each stand-in that asks for it again is given the reads it made. None
    cuts a packed series (series.cuts_packed: 山水［林田湖］草沙), whatever the chooser made of its characters."""
    return unpacked(text, _blanks_for(text, vocabulary, level))


def unpacked(text: str, blanks: list[Blank]) -> list[Blank]:
    """The blanks that cut no packed series of the text (read in simplified script, where the dictionary is)."""
    shadow = simplify(text)
    shadow = shadow if len(shadow) == len(text) else text  # offsets hold only where the conversion kept them
    return [b for b in blanks if not cuts_packed(shadow, b.start, b.end)]


def _blanks_for(text: str, vocabulary: Vocabulary, level: int) -> list[Blank]:
    if not isinstance(vocabulary, ReadVocabulary):
        return choose_blanks(text, vocabulary, level)
    key = (text, level)
    choice = vocabulary.chosen.get(key)  # a document's cloze and fill-in may ask one sentence: recorded once
    if choice is None:
        choice = vocabulary.kept.get(key)
        if choice is None or not answered_alike(vocabulary.base, choice[1]):
            choice = _recorded_choice(text, SameVocabulary(vocabulary.base), level)
        vocabulary.asked.update(choice[1])
        vocabulary.chosen[key] = choice
    return list(choice[0])


def answered_alike(vocabulary: Vocabulary, asked: tuple[tuple[VocabularyQuestion, float], ...]) -> bool:
    """True when a vocabulary answers every question as recorded: a choice that read only these answers (and
    the sets, the same) comes out the same over it."""
    return all(answer(vocabulary, question) == value for question, value in asked)


def answer(vocabulary: Vocabulary, question: VocabularyQuestion) -> float:
    """A vocabulary's answer to a recorded question: a count, a topicality or a spread."""
    name, term, cap = question
    if name == "count":
        return float(vocabulary.count(term, cap))
    return vocabulary.topicality(term) if name == "topicality" else vocabulary.spread(term)


@lru_cache(maxsize=32768)
def _recorded_choice(
    text: str, base: SameVocabulary, level: int
) -> tuple[tuple[Blank, ...], tuple[tuple[VocabularyQuestion, float], ...]]:
    assert base.vocabulary is not None
    stand_in = ReadVocabulary.over(base.vocabulary)
    return tuple(choose_blanks(text, stand_in, level)), tuple(stand_in.asked.items())
