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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from study.cache import digest
from study.generate.distractors import Lexicon
from study.generate.read_vocabulary import ReadVocabulary, VocabularyQuestion, answer
from study.generate.terms import Vocabulary

Question = tuple[str | int | None, ...]  # what was asked of a lexicon: the method's name and its arguments
# a lexicon's word list as far as it was read: every word up to `read` (one more than it holds: to its end)
WordsRead = tuple[tuple[str, ...], int]


def words_text(words: tuple[str, ...], read: int) -> str:
    """A word list as far as it was read, as it is recorded: those words, and whether the list ended there."""
    return digest(*words[:read], "end" if read > len(words) else "")


def sets_digest(vocabulary: Vocabulary) -> str:
    """The digest of a vocabulary's sets, read as wholes."""
    return digest(*sorted(vocabulary.terms), "|", *sorted(vocabulary.list_items), "|", *sorted(vocabulary.quoted))


class Consumed:
    """A lexicon's word list as its stand-in hands it out: read, it remembers how far.

    A wrong option is the first word of a list that fits, so a question reads a list only up to the words it
    takes; a word the course gains or loses further down changes nothing it made. A list read to its end
    (sorted, or searched in vain) is remembered as read whole."""

    __slots__ = ("question", "reads", "words")

    def __init__(self, words: tuple[str, ...], reads: dict[Question, WordsRead], question: Question) -> None:
        self.words, self.reads, self.question = words, reads, question
        reads.setdefault(question, (words, 0))

    def __iter__(self) -> Iterator[str]:
        read = 0
        for word in self.words:
            read += 1
            self._note(read)
            yield word
        self._note(read + 1)

    def _note(self, read: int) -> None:
        if read > self.reads[self.question][1]:
            self.reads[self.question] = (self.words, read)


@dataclass(frozen=True)
class ReadLexicon(Lexicon):
    """A course lexicon that remembers what it was asked, and how far each word list was read."""

    base: Lexicon = field(default_factory=Lexicon, compare=False, repr=False)
    lists: dict[Question, WordsRead] = field(default_factory=dict, compare=False, repr=False)
    known: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)  # knows(), by word

    @classmethod
    def over(cls, lexicon: Lexicon) -> ReadLexicon:
        """A recording stand-in for a lexicon (its derived tables are the base's, made once)."""
        return cls(lexicon.words, lexicon.tagged, base=lexicon)

    def of(self, kind: str) -> Iterable[str]:
        """The base lexicon's words of a kind, remembered as far as they are read."""
        return Consumed(tuple(self.base.of(kind)), self.lists, ("of", kind))

    def of_tag(self, tag: str) -> Iterable[str]:
        """The base lexicon's words of a tag, remembered as far as they are read."""
        return Consumed(tuple(self.base.of_tag(tag)), self.lists, ("of_tag", tag))

    def ending_with(self, kind: str, last: str) -> Iterable[str]:
        """The base lexicon's words of a kind and ending, remembered as far as they are read."""
        return Consumed(tuple(self.base.ending_with(kind, last)), self.lists, ("ending_with", kind, last))

    def terms_shaped(self, length: int, ending: str) -> Iterable[str]:
        """The base lexicon's terms of a length and ending, remembered as far as they are read."""
        words = tuple(self.base.terms_shaped(length, ending))
        return Consumed(words, self.lists, ("terms_shaped", length, ending))

    def terms_after(self, opening: str, size: int) -> Iterable[str]:
        """The base lexicon's terms after an opening, remembered as far as they are read."""
        words = tuple(self.base.terms_after(opening, size))
        return Consumed(words, self.lists, ("terms_after", opening, size))

    def common_words(self, tag: str, length: int) -> Iterable[str]:
        """The base lexicon's common words of a tag and length, remembered as far as they are read."""
        return Consumed(tuple(self.base.common_words(tag, length)), self.lists, ("common_words", tag, length))

    def knows(self, word: str) -> bool:
        """Whether the base lexicon knows a word, remembered."""
        value = self.known[word] = self.base.knows(word)
        return value


ListRead = tuple[Question, int, str]  # (asked, how far the list was read, those words' digest)


@dataclass(frozen=True)
class Reads:
    """What one document's work read of the course: its vocabulary's sets, counts and lexicon."""

    sets: str
    # the vocabulary's questions and its answers, apart: checked for every kept work, all at once (see hold)
    asked: tuple[VocabularyQuestion, ...]
    answered: tuple[float, ...]
    lists: tuple[ListRead, ...]  # the lexicon's word lists as far as read, by digest: each checked once a build
    known: tuple[tuple[str, bool], ...]  # the words the lexicon was asked whether it knows

    @classmethod
    def of(cls, vocabulary: ReadVocabulary, lexicon: ReadLexicon, sets: str) -> Reads:
        """The record of what two stand-ins were asked while one document's work was made."""
        lists = tuple((q, read, words_text(words, read)) for q, (words, read) in lexicon.lists.items())
        asked, answered = tuple(vocabulary.asked), tuple(vocabulary.asked.values())
        return cls(sets, asked, answered, lists, tuple(lexicon.known.items()))

    def hold(self, sets: str, vocabulary: Vocabulary, lexicon: Callable[[], Lexicon], answers: Answers) -> bool:
        """True when another course's vocabulary and lexicon answer every question as this record says.

        `lexicon` is called only when the vocabulary answers alike (a course's lexicon is made on demand);
        `answers` remembers the lexicon's answers across documents, which ask many of the same questions."""
        if sets != self.sets:
            return False
        # the answers looked up at C speed (a thousand kept works ask half a million questions, mostly the same)
        if tuple(map(answers.of(vocabulary).__getitem__, self.asked)) != self.answered:
            return False
        if any(answers.list_text(lexicon, question, read) != value for question, read, value in self.lists):
            return False
        return all(answers.knows(lexicon, word) == value for word, value in self.known)


class VocabularyAnswers(dict[VocabularyQuestion, float]):
    """A vocabulary's answers to recorded questions (a count, a topicality, a spread), each asked of it once."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, asked: VocabularyQuestion) -> float:
        value = self[asked] = answer(self.vocabulary, asked)
        return value


@dataclass
class Answers:
    """A lexicon's answers (its word lists as far as recorded reads went, the words it knows), remembered
    across the documents checked in one build: they ask many of the same questions."""

    found: dict[tuple[Question, int], str] = field(default_factory=dict)
    known: dict[str, bool] = field(default_factory=dict)
    counted: VocabularyAnswers | None = None

    def of(self, vocabulary: Vocabulary) -> VocabularyAnswers:
        """The vocabulary's answers, remembered (one vocabulary a build)."""
        if self.counted is None or self.counted.vocabulary is not vocabulary:
            self.counted = VocabularyAnswers(vocabulary)
        return self.counted

    def list_text(self, lexicon: Callable[[], Lexicon], question: Question, read: int) -> str:
        """The recorded form of the lexicon's word list for a question, read as far as `read`."""
        if (question, read) not in self.found:
            name, *args = question
            words = tuple(getattr(lexicon(), str(name))(*args))
            self.found[question, read] = words_text(words, read)
        return self.found[question, read]

    def knows(self, lexicon: Callable[[], Lexicon], word: str) -> bool:
        """Whether the lexicon knows a word."""
        if word not in self.known:
            self.known[word] = lexicon().knows(word)
        return self.known[word]
