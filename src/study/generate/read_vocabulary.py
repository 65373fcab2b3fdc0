"""A course vocabulary that remembers what one document's work asked of it (see study.generate.reads).

Apart from the lexicon's stand-in so that the card and exercise makers, which the lexicon's module draws on,
can ask for blanks through it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from study.generate.blanks import Blank, choose_blanks
from study.generate.terms import SameVocabulary, Vocabulary

VocabularyQuestion = tuple[str, str, int | None]  # (what was asked, of which word, its cap)


@dataclass(frozen=True)
class ReadVocabulary(Vocabulary):
    """A course vocabulary that remembers what it was asked of its counts."""

    base: Vocabulary = field(default_factory=Vocabulary, compare=False, repr=False)
    asked: dict[VocabularyQuestion, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def over(cls, vocabulary: Vocabulary) -> ReadVocabulary:
        """A recording stand-in for a vocabulary (the same sets: term look-ups are not recorded)."""
        v = vocabulary
        return cls(v.terms, v.list_items, v.quoted, v.counts, v.doc_freq, v.n_docs, base=v)

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
    over the course's vocabulary, and each stand-in that asks for it again is given the reads it made."""
    if not isinstance(vocabulary, ReadVocabulary):
        return choose_blanks(text, vocabulary, level)
    found, asked = _recorded_choice(text, SameVocabulary(vocabulary.base), level)
    vocabulary.asked.update(asked)
    return list(found)


@lru_cache(maxsize=32768)
def _recorded_choice(
    text: str, base: SameVocabulary, level: int
) -> tuple[tuple[Blank, ...], tuple[tuple[VocabularyQuestion, float], ...]]:
    assert base.vocabulary is not None
    stand_in = ReadVocabulary.over(base.vocabulary)
    return tuple(choose_blanks(text, stand_in, level)), tuple(stand_in.asked.items())
