"""What one document's work reads of the course, recorded as it is made and checked to reuse it.

A document's blanks and wrong options draw on the whole course: the vocabulary's counts of its words and
the lexicon's words shaped like its answers. Each document reads only a little of them, though. A
`ReadVocabulary` and a `ReadLexicon` stand in for the course's own while a document's work is made and
remember every answer they gave; `Reads` is that record. A later build whose course differs elsewhere
asks the same questions of its own vocabulary and lexicon (`Reads.hold`): when every answer is the same,
so is the work, and it is kept instead of made again.

The vocabulary's sets (terms, list heads, quoted formulations) are read word by word on hot paths and
change only when a list head, a quotation or a recurring term does: they are checked as one digest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from study.cache import digest
from study.generate.distractors import Lexicon
from study.generate.read_vocabulary import ReadVocabulary
from study.generate.terms import Vocabulary

Question = tuple[str | int | None, ...]  # what was asked: the method's name and its arguments
Answer = tuple[str, ...] | bool | int | float


def answer_text(value: Answer) -> str:
    """An answer as it is recorded: a word list by its digest (they can be long), anything else as text."""
    return digest(*value) if isinstance(value, tuple) else repr(value)


def sets_digest(vocabulary: Vocabulary) -> str:
    """The digest of a vocabulary's sets, read as wholes."""
    return digest(*sorted(vocabulary.terms), "|", *sorted(vocabulary.list_items), "|", *sorted(vocabulary.quoted))


@dataclass(frozen=True)
class ReadLexicon(Lexicon):
    """A course lexicon that remembers what it was asked."""

    base: Lexicon = field(default_factory=Lexicon, compare=False, repr=False)
    asked: dict[Question, Answer] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def over(cls, lexicon: Lexicon) -> ReadLexicon:
        """A recording stand-in for a lexicon (its derived tables are the base's, made once)."""
        return cls(lexicon.words, lexicon.tagged, base=lexicon)

    def of(self, kind: str) -> tuple[str, ...]:
        """The base lexicon's words of a kind, remembered."""
        return self._words(("of", kind), self.base.of(kind))

    def of_tag(self, tag: str) -> tuple[str, ...]:
        """The base lexicon's words of a tag, remembered."""
        return self._words(("of_tag", tag), self.base.of_tag(tag))

    def ending_with(self, kind: str, last: str) -> tuple[str, ...]:
        """The base lexicon's words of a kind and ending, remembered."""
        return self._words(("ending_with", kind, last), self.base.ending_with(kind, last))

    def terms_shaped(self, length: int, ending: str) -> tuple[str, ...]:
        """The base lexicon's terms of a length and ending, remembered."""
        return self._words(("terms_shaped", length, ending), self.base.terms_shaped(length, ending))

    def common_words(self, tag: str, length: int) -> tuple[str, ...]:
        """The base lexicon's common words of a tag and length, remembered."""
        return self._words(("common_words", tag, length), self.base.common_words(tag, length))

    def knows(self, word: str) -> bool:
        """Whether the base lexicon knows a word, remembered."""
        value = self.base.knows(word)
        self.asked[("knows", word)] = value
        return value

    def _words(self, question: Question, words: tuple[str, ...]) -> tuple[str, ...]:
        self.asked[question] = words
        return words


VocabularyRead = tuple[str, str, int | None, float]  # (asked, of which word, cap, answer)


@dataclass(frozen=True)
class Reads:
    """What one document's work read of the course: its vocabulary's sets, counts and lexicon."""

    sets: str
    vocabulary: tuple[VocabularyRead, ...]  # checked for every kept work: plain values, checked in one loop
    lexicon: tuple[tuple[Question, str], ...]  # long word lists by digest, each checked once a build

    @classmethod
    def of(cls, vocabulary: ReadVocabulary, lexicon: ReadLexicon, sets: str) -> Reads:
        """The record of what two stand-ins were asked while one document's work was made."""
        counted = tuple((name, term, cap, value) for (name, term, cap), value in vocabulary.asked.items())
        return cls(sets, counted, tuple((q, answer_text(value)) for q, value in lexicon.asked.items()))

    def hold(self, sets: str, vocabulary: Vocabulary, lexicon: Callable[[], Lexicon], answers: Answers) -> bool:
        """True when another course's vocabulary and lexicon answer every question as this record says.

        `lexicon` is called only when the vocabulary answers alike (a course's lexicon is made on demand);
        `answers` remembers the lexicon's answers across documents, which ask many of the same questions."""
        if sets != self.sets:
            return False
        for name, term, cap, value in self.vocabulary:
            if name == "count":
                found = float(vocabulary.count(term, cap))
            else:
                found = vocabulary.topicality(term) if name == "topicality" else vocabulary.spread(term)
            if found != value:
                return False
        return all(answers.of(lexicon, question) == value for question, value in self.lexicon)


def asked(source: Lexicon, question: Question) -> Answer:
    """Ask a lexicon a recorded question again."""
    name, *args = question
    value: Answer = getattr(source, str(name))(*args)
    return value


@dataclass
class Answers:
    """A lexicon's answers to recorded questions, remembered across the documents checked in one build."""

    found: dict[Question, str] = field(default_factory=dict)

    def of(self, lexicon: Callable[[], Lexicon], question: Question) -> str:
        """The recorded form of the lexicon's answer to a question."""
        if question not in self.found:
            self.found[question] = answer_text(asked(lexicon(), question))
        return self.found[question]
