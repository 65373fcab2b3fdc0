"""The course's own vocabulary: list heads, quoted formulations, recurring n-grams, document frequencies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from study.generate.course_work import per_course
from study.generate.segment import tag_words
from study.model import Course, Document, walk
from study.script import simplify_each

QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{2,16})[”」』\"]")
HEAD_TRIM = "，。；：！？、,.;:!? 　"
CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")

# Parts of speech of the words that make up a recurring term, and of the word a term ends on.
TERM_TAGS = frozenset({"n", "vn", "v", "a", "an", "i", "l", "nz", "nt", "ns", "j", "b", "ad"})
TERM_END_TAGS = frozenset({"n", "vn", "an", "i", "l", "nz", "nt", "j"})
TERM_START_TAGS = TERM_TAGS - {"v", "ad"}  # a verb first makes a phrase (坚持群众路线), not a term
TERM_LENGTHS = range(3, 9)  # characters: shorter n-grams are words already, longer ones are phrases
GRAM_SIZES = (2, 3)  # words in a recurring term
RUN_SIZES = range(2, GRAM_SIZES[-1] + 2)  # one word more, to see what a run is part of
MIN_RECURRENCE = 3
MIN_COHESION = 0.3  # share of the rarer word's occurrences that fall inside the n-gram
CLOSURE = 0.7  # an n-gram whose one-word extension keeps this share of its uses is only part of a term
UBIQUITY_FROM = 0.5  # share of documents above which a word starts to be the course's topic
DENSITY_FROM, DENSITY_SPAN = 6.0, 12.0  # uses per document above which a word is that document's topic
HEAD_MAX = 10  # longer list heads are sentences, not terms

K = TypeVar("K")


def _frozen_counts(counts: Mapping[str, int]) -> Mapping[str, int]:
    # a plain dict, sorted: a vocabulary travels to worker processes, and a mapping proxy cannot be pickled
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class Vocabulary:
    """The course's own terms: kept whole by segmentation and ranked high as blanks."""

    terms: frozenset[str] = frozenset()  # every multi-word term to keep whole
    list_items: frozenset[str] = frozenset()  # short heads of the course's list items
    quoted: frozenset[str] = frozenset()  # formulations the course puts in quotes
    counts: Mapping[str, int] = field(default_factory=dict, compare=False)
    doc_freq: Mapping[str, int] = field(default_factory=dict, compare=False)
    n_docs: int = 0

    @cached_property
    def longest(self) -> int:
        """The length of the longest term, in characters."""
        return max((len(t) for t in self.terms), default=0)

    def count(self, term: str, cap: int | None = None) -> int:
        """How often the course uses a word or term (0 when unknown), at most `cap` when one is given.

        A caller that caps the count says it depends on no change above the cap: a document's work that
        asked is kept when another document's edit moves a common word's count (study.generate.reads)."""
        n = self.counts.get(term, 0)
        return n if cap is None else min(n, cap)

    def spread(self, term: str) -> float:
        """The share of the course's documents that use a word or term, 0..1."""
        return self.doc_freq.get(term, 0) / self.n_docs if self.n_docs else 0.0

    def topicality(self, term: str) -> float:
        """How much a word or term is what the course or its documents are about (so easily guessed), 0..1.

        Either it is in nearly every document of a course of several, or the documents that use it use it
        over and over (党员领导干部 in a piece about them).
        """
        # spread() and count() written out, the same sums: blank choice asks this of every candidate (a stand-in
        # that records what it is asked records topicality itself: study.generate.read_vocabulary)
        n, docs = self.n_docs, self.doc_freq.get(term, 0)
        spread = docs / n if n else 0.0
        ubiquity = max(0.0, spread - UBIQUITY_FROM) / (1 - UBIQUITY_FROM) if n >= 3 else 0.0
        density = self.counts.get(term, 0) / docs if docs else 0.0
        return max(ubiquity, min(1.0, max(0.0, density - DENSITY_FROM) / DENSITY_SPAN))


class SameVocabulary:
    """A vocabulary as a cache key by identity: hashing its sets on every call would cost more than it saves
    (a cache keyed so holds the vocabulary, so its id is never reused while remembered)."""

    __slots__ = ("vocabulary",)

    def __init__(self, vocabulary: Vocabulary | None) -> None:
        self.vocabulary = vocabulary

    def __hash__(self) -> int:
        return id(self.vocabulary)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SameVocabulary) and other.vocabulary is self.vocabulary


def course_heads(course: Course) -> list[str]:
    """The short heads of every item of every list of the course, in document order."""
    heads: list[str] = []
    for doc in course.documents:
        # simplify() keeps a text's length: the short heads are known before they are converted
        trimmed = (item.head.strip(HEAD_TRIM) for _, lst in walk(doc.lists) for item in lst.items)
        heads.extend(simplify_each([h for h in trimmed if 2 <= len(h) <= HEAD_MAX]))
    return heads


def shadows(doc: Document) -> Iterator[str]:
    """The simplified text of every paragraph of a document."""
    for para in doc.source.paragraphs:
        yield para.shadow


def quoted_phrases(texts: Iterable[str]) -> list[str]:
    """Every short phrase the texts put in quotation marks."""
    return [m.group(1).strip() for text in texts for m in QUOTED.finditer(text)]


def term_stretches(tagged: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """Maximal runs of adjacent words that may be part of a term (so n-grams never cross punctuation)."""
    stretch: list[tuple[str, str]] = []
    for pair in tagged:  # the pair itself, not a new one: every word of a course passes here
        if len(pair[0]) >= 2 and pair[1] in TERM_TAGS:
            stretch.append(pair)
            continue
        if len(stretch) >= 2:
            yield stretch
        stretch = []
    if len(stretch) >= 2:
        yield stretch


def ngrams(stretch: list[tuple[str, str]], sizes: range) -> list[tuple[tuple[str, str], ...]]:
    """Every run of adjacent words of a stretch, of each size."""
    n = len(stretch)
    return [tuple(stretch[i : i + size]) for size in sizes for i in range(n - size + 1)]


def term_shaped(run: tuple[tuple[str, str], ...]) -> bool:
    """A run of words that could name a term: starts and ends on the right words, fits the length."""
    # the tags first: two look-ups settle most runs, and the length needs the run's words joined
    return (
        run[0][1] in TERM_START_TAGS and run[-1][1] in TERM_END_TAGS and len("".join(w for w, _ in run)) in TERM_LENGTHS
    )


Run = tuple[tuple[str, str], ...]  # adjacent (word, tag) pairs


@dataclass(frozen=True)
class DocumentCounts:
    """What one document adds to the course vocabulary: its words and word runs, counted.

    Counting is most of the cost of a vocabulary (jieba over every paragraph): a build may count
    documents in parallel or keep the counts of unchanged documents, then call build_vocabulary().
    """

    words: Mapping[str, int]
    runs: Mapping[Run, int]


def term_or_extension(run: Run) -> bool:
    """A run the vocabulary looks at: shaped like a term, or one word longer than a term-shaped run.

    Every other run is dropped when counting, which keeps a document's counts small (a course's worth
    of them is most of the memory a build needs) without changing the vocabulary.
    """
    if len(run) in GRAM_SIZES and term_shaped(run):
        return True
    return len(run) - 1 in GRAM_SIZES and (term_shaped(run[1:]) or term_shaped(run[:-1]))


def count_document(doc: Document) -> DocumentCounts:
    """The words and the word runs that may make terms of one document, counted."""
    words: Counter[str] = Counter()
    runs: Counter[Run] = Counter()
    for text in shadows(doc):
        tagged = tag_words(text)
        words.update([w for w, _ in tagged])
        for stretch in term_stretches(tagged):
            runs.update(run for run in ngrams(stretch, RUN_SIZES) if term_or_extension(run))
    return DocumentCounts(words, runs)


@dataclass
class CourseTally:
    """Every document's counts summed: what the course vocabulary takes from the documents beyond their texts.

    A document's counts can be taken out again, so a rebuild adds a changed document's new counts and takes
    out its old ones instead of summing every document again (the sums, not their order, make the vocabulary).
    """

    words: Counter[str] = field(default_factory=Counter)
    runs: Counter[Run] = field(default_factory=Counter)
    run_docs: Counter[Run] = field(default_factory=Counter)  # documents using each run
    doc_freq: Counter[str] = field(default_factory=Counter)
    n_docs: int = 0

    def add(self, counts: DocumentCounts) -> None:
        """Add one document's counts."""
        self.words.update(counts.words)
        self.doc_freq.update(counts.words.keys())
        self.runs.update(counts.runs)
        self.run_docs.update(counts.runs.keys())
        self.n_docs += 1

    def remove(self, counts: DocumentCounts) -> None:
        """Take out one document's counts, added before."""
        _take(self.words, counts.words)
        _take(self.doc_freq, dict.fromkeys(counts.words, 1))
        _take(self.runs, counts.runs)
        _take(self.run_docs, dict.fromkeys(counts.runs, 1))
        self.n_docs -= 1

    def merge(self, other: CourseTally) -> None:
        """Add every document another tally holds."""
        self.words.update(other.words)
        self.doc_freq.update(other.doc_freq)
        self.runs.update(other.runs)
        self.run_docs.update(other.run_docs)
        self.n_docs += other.n_docs

    def recurring(self) -> dict[str, Run]:
        """The runs that recur, hold together, are not part of a longer run and are shaped like terms."""
        longest = self._extension_counts()
        found: dict[str, Run] = {}
        for run, n in self.runs.items():
            if (
                len(run) in GRAM_SIZES
                and n >= MIN_RECURRENCE
                and term_shaped(run)
                and n / min(self.words[w] for w, _ in run) >= MIN_COHESION
                and longest.get(run, 0) < CLOSURE * n
                and (self.run_docs[run] >= 2 or self.n_docs == 1)
            ):
                term = "".join(w for w, _ in run)
                # two runs may spell one term (中国+特色, 中+国特色): the same one wins whatever the order of counting
                if term not in found or run < found[term]:
                    found[term] = run
        return found

    def _extension_counts(self) -> dict[Run, int]:
        """For each run, the count of its most frequent one-word extension to the left or right."""
        longest: dict[Run, int] = {}
        for run, n in self.runs.items():
            for part in (run[1:], run[:-1]):
                if len(part) >= 2:
                    longest[part] = max(longest.get(part, 0), n)
        return longest


def _take(counter: Counter[K], counts: Mapping[K, int]) -> None:
    """Subtract counts from a counter, dropping what reaches zero (so a tally equals one summed afresh)."""
    for key, n in counts.items():
        left = counter[key] - n
        if left > 0:
            counter[key] = left
        else:
            counter.pop(key, None)


def tally_of(counts: Iterable[DocumentCounts]) -> CourseTally:
    """The tally of some documents' counts."""
    tally = CourseTally()
    for one in counts:
        tally.add(one)
    return tally


def build_vocabulary(course: Course, counts: Sequence[DocumentCounts] | None = None) -> Vocabulary:
    """The vocabulary of a course: its list heads, quoted formulations and recurring terms.

    `counts` are the documents' counts when the caller has them (count_document), in document order.
    """
    if counts is None:
        return _course_vocabulary(course)
    return _vocabulary(course, counts)


@per_course
def _course_vocabulary(course: Course) -> Vocabulary:
    """The vocabulary of a course counted here, kept for the next consumer of the same course object
    (the build counts each document in its own unit of work instead: study.work)."""
    return _vocabulary(course, map(count_document, course.documents))


def _vocabulary(course: Course, counts: Iterable[DocumentCounts]) -> Vocabulary:
    return vocabulary_of(course, tally_of(counts))


def vocabulary_of(course: Course, tally: CourseTally) -> Vocabulary:
    """The vocabulary of a course from its documents' texts and the tally of their counts."""
    heads = course_heads(course)
    quoted = quoted_phrases(text for doc in course.documents for text in shadows(doc))
    recurring = tally.recurring()
    terms = {t for t in [*heads, *quoted] if CJK_ONLY.match(t)} | set(recurring)
    words = tally.words + Counter({term: tally.runs[run] for term, run in recurring.items()})
    doc_freq = tally.doc_freq + Counter({term: tally.run_docs[run] for term, run in recurring.items()})
    words.update(quoted)
    words.update(heads)
    return Vocabulary(
        terms=frozenset(terms),
        list_items=frozenset(heads),
        quoted=frozenset(quoted),
        counts=_frozen_counts(words),
        doc_freq=_frozen_counts(doc_freq),
        n_docs=tally.n_docs,
    )
