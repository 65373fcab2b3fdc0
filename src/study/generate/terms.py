"""The course's own vocabulary: list heads, quoted formulations, recurring n-grams, document frequencies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from study.generate.segment import tag_of, words
from study.model import Course, Document, walk
from study.read.script import simplify

QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\n]{2,16})[”」』\"]")
CLAUSE_BREAK = re.compile(r"[，。；：！？、,.;:!?（）()《》“”「」『』\s]+")
HEAD_TRIM = "，。；：！？、,.;:!? 　"
CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")

# Parts of speech whose words may make up a recurring term (never particles, pronouns, conjunctions…).
TERM_TAGS = frozenset({"n", "vn", "v", "a", "an", "i", "l", "nz", "nt", "ns", "j", "b", "ad"})
TERM_LENGTHS = range(3, 9)  # characters: shorter n-grams are words already, longer ones are phrases
MIN_RECURRENCE = 3
MIN_COHESION = 0.3  # share of the rarer word's occurrences that fall inside the n-gram
HEAD_MAX = 10  # longer list heads are sentences, not terms


def _frozen_counts(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(sorted(counts.items())))


@dataclass(frozen=True)
class Vocabulary:
    """The course's own terms: kept whole by segmentation and ranked high as blanks."""

    terms: frozenset[str] = frozenset()  # every multi-word term to keep whole
    list_items: frozenset[str] = frozenset()  # short heads of the course's list items
    quoted: frozenset[str] = frozenset()  # formulations the course puts in quotes
    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}), compare=False)
    doc_freq: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}), compare=False)
    n_docs: int = 0

    @property
    def longest(self) -> int:
        """The length of the longest term, in characters."""
        return max((len(t) for t in self.terms), default=0)

    def count(self, term: str) -> int:
        """How often the course uses a word or term (0 when unknown)."""
        return self.counts.get(term, 0)

    def spread(self, term: str) -> float:
        """The share of the course's documents that use a word or term, 0..1."""
        return self.doc_freq.get(term, 0) / self.n_docs if self.n_docs else 0.0


def clean_head(head: str) -> str:
    """A list item's head without surrounding punctuation and spaces, simplified."""
    return simplify(head.strip(HEAD_TRIM))


def course_heads(course: Course) -> list[str]:
    """The short heads of every item of every list of the course, in document order."""
    heads: list[str] = []
    for doc in course.documents:
        for _, lst in walk(doc.lists):
            heads.extend(h for item in lst.items if 2 <= len(h := clean_head(item.head)) <= HEAD_MAX)
    return heads


def shadows(doc: Document) -> Iterator[str]:
    """The simplified text of every paragraph of a document."""
    for para in doc.source.paragraphs:
        yield para.shadow


def quoted_phrases(texts: Iterable[str]) -> list[str]:
    """Every short phrase the texts put in quotation marks."""
    return [m.group(1).strip() for text in texts for m in QUOTED.finditer(text)]


def clause_words(text: str) -> Iterator[list[str]]:
    """The jieba words of each clause of a text (n-grams never cross punctuation)."""
    for clause in CLAUSE_BREAK.split(text):
        if clause:
            yield words(clause)


def ngrams(tokens: list[str]) -> Iterator[tuple[str, ...]]:
    """Runs of 2–3 adjacent content words whose joined length fits a term."""
    for size in (2, 3):
        for i in range(len(tokens) - size + 1):
            run = tuple(tokens[i : i + size])
            if len("".join(run)) in TERM_LENGTHS and all(_term_word(w) for w in run):
                yield run


def _term_word(word: str) -> bool:
    return len(word) >= 1 and CJK_ONLY.match(word) is not None and tag_of(word) in TERM_TAGS


def cohesive(gram_count: int, parts: tuple[str, ...], counts: Counter[str]) -> bool:
    """True when an n-gram makes up a good share of its rarest word's uses (a term, not a chance meeting)."""
    rarest = min((counts[p] for p in parts), default=0)
    return gram_count >= MIN_RECURRENCE and rarest > 0 and gram_count / rarest >= MIN_COHESION


@dataclass
class _Tally:
    """Counts gathered over the course before the vocabulary is frozen."""

    words: Counter[str] = field(default_factory=Counter)
    grams: Counter[str] = field(default_factory=Counter)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    doc_freq: Counter[str] = field(default_factory=Counter)

    def add_document(self, doc: Document) -> None:
        """Count the words and n-grams of one document."""
        seen: set[str] = set()
        for text in shadows(doc):
            for tokens in clause_words(text):
                self.words.update(tokens)
                seen.update(tokens)
                for run in ngrams(tokens):
                    joined = "".join(run)
                    self.grams[joined] += 1
                    self.parts.setdefault(joined, run)
                    seen.add(joined)
        self.doc_freq.update(seen)

    def recurring(self) -> set[str]:
        """The n-grams that recur and hold together."""
        return {g for g, n in self.grams.items() if cohesive(n, self.parts[g], self.words)}


def build_vocabulary(course: Course) -> Vocabulary:
    """The vocabulary of a course: its list heads, quoted formulations and recurring terms."""
    tally = _Tally()
    for doc in course.documents:
        tally.add_document(doc)
    heads = course_heads(course)
    quoted = quoted_phrases(text for doc in course.documents for text in shadows(doc))
    terms = {t for t in [*heads, *quoted] if CJK_ONLY.match(t)} | tally.recurring()
    counts = tally.words + Counter(g for g in tally.grams.elements() if g in terms)
    counts.update(quoted)
    counts.update(heads)
    return Vocabulary(
        terms=frozenset(terms),
        list_items=frozenset(heads),
        quoted=frozenset(quoted),
        counts=_frozen_counts(counts),
        doc_freq=_frozen_counts(tally.doc_freq),
        n_docs=len(course.documents),
    )
