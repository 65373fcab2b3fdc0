"""The course tally kept between builds: the sums of every document's word counts, updated by what changed.

The course vocabulary is made from the sums of every document's counts (study.generate.terms). Summing a
thousand documents' counts again for a one-document edit would cost more than the edit, and keeping every
document's counts in memory until the sums are made would cost some 200 MB: instead pass 1 adds each
document's counts to a tally as they arrive, keeps them in dist/.cache/counts/ by the document's content
key, and the tally of the last build is brought up to date by taking out the counts of the documents that
changed or left and adding those of the documents that came.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from study.cache import BuildCache
from study.generate.terms import CourseTally, DocumentCounts, count_document
from study.model import Document

TALLY = "course"  # the one tally a dist/ keeps


@dataclass(frozen=True)
class Tallied:
    """A course tally and the documents it sums, by their content keys."""

    members: frozenset[str]
    tally: CourseTally


class Tallying:
    """Pass 1's counts added to the course tally as they arrive, and kept for the next build."""

    def __init__(self, cache: BuildCache) -> None:
        self.cache = cache
        kept = cache.load("tally", TALLY)
        self.kept = kept if isinstance(kept, Tallied) else None
        self.fresh = CourseTally()
        self.fresh_keys: set[str] = set()

    def add(self, key: str, counts: DocumentCounts) -> None:
        """A document's counts, just made: kept under its content key and added to this build's new sums."""
        self.cache.keep("counts", key, counts)
        self.fresh.add(counts)
        self.fresh_keys.add(key)

    def course(self, documents: Sequence[tuple[str, Document]]) -> CourseTally:
        """The tally of exactly these documents (each with its content key), from the kept one where it can."""
        current = {key for key, _ in documents}
        start = self.kept or Tallied(frozenset(), CourseTally())
        tally, members = start.tally, set(start.members)
        # a member made again this build (its pickle was lost) is taken out first, to be added with the new ones
        stale = (members - current) | (members & self.fresh_keys)
        members -= stale
        if not self.take_out(tally, stale):
            tally, members = CourseTally(), set()  # an old document's counts are lost: sum every document again
        self.take_out(self.fresh, self.fresh_keys - current)  # made, but left out: another source has its name
        tally = self.fresh if not members else merged(tally, self.fresh)
        members |= self.fresh_keys & current
        for key, doc in documents:
            if key not in members:
                tally.add(self.counts_of(key, doc))
                members.add(key)
        self.cache.touch("counts", current)
        if self.kept is None or members != set(self.kept.members):
            self.cache.keep("tally", TALLY, Tallied(frozenset(members), tally))
        else:
            self.cache.touch("tally", [TALLY])
        return tally

    def take_out(self, tally: CourseTally, keys: Iterable[str]) -> bool:
        """Take the kept counts of some documents out of a tally; False when one's counts are lost."""
        for key in keys:
            counts = self.cache.load("counts", key, mark=False)
            if not isinstance(counts, DocumentCounts):
                return False
            tally.remove(counts)
        return True

    def counts_of(self, key: str, doc: Document) -> DocumentCounts:
        """A document's kept counts, or its counts made here when they were lost."""
        counts = self.cache.load("counts", key) if key else None
        if isinstance(counts, DocumentCounts):
            return counts
        made = count_document(doc)
        if key:
            self.cache.keep("counts", key, made)
        return made


def merged(tally: CourseTally, other: CourseTally) -> CourseTally:
    """A tally with another's documents added."""
    tally.merge(other)
    return tally
