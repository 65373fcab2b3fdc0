"""Documents a course holds twice: the same text in two files (a .docx and the page it was copied from, a
simplified and a traditional copy), or one document's text inside another (a compilation beside one of its
parts).

Documents are compared by their sentences, in simplified script with spaces and punctuation taken out and
their lines run together, so that what two readers make of one text (a page's junk lines, a PDF's broken
lines, a Word file's numbering written out) does not hide it. A document most of whose sentences are an
earlier one's, and the other way round, is that document again, and a build leaves it out; one that holds
most of another's sentences, but not the other way round, is only said to hold it. What a document is
compared by (Compared) is made with its parse, in pass 1, and kept with it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from study.model import Document
from study.script import simplify

SENTENCE_END = re.compile(r"[。！？；!?;]+")  # not a line's end: readings of one text break lines apart
# spaces, punctuation, marks (what two readings of one text may differ in), but the sentences' ends
NOT_WORDS = re.compile(r"[^\w。！？；!?;]+|_+")
MIN_SENTENCE = 8  # characters: shorter ones (headings like 一、总体要求) are shared by unrelated documents
MIN_HEAD = 2  # characters: a shorter piece (a marker alone) tells two documents apart no more than a space
MIN_SENTENCES = 3  # a document of fewer long sentences is too short to be called a copy
SHARED = 0.8  # the part of a document's sentences another holds for it to be held there
SAME = 0.95  # … for the two to be one text (a sentence of twenty may differ: a line a reader kept or dropped)
# a sentence more documents of the course have is its common wording (a template's, a slogan), no sign of a copy
MAX_HOLDERS = 4


@dataclass(frozen=True)
class Compared:
    """What a document is compared by: its path, a digest of its whole text ("" when it has none), digests of
    its long sentences, and of its short pieces, its headings (all as NOT_WORDS leaves them; digests, as they are
    kept with the parse)."""

    path: str
    text: str
    sentences: frozenset[int]
    heads: frozenset[int] = frozenset()
    title: int = 0  # its title's digest (0: none)

    @classmethod
    def of(cls, doc: Document) -> Compared:
        """A document as compared."""
        marked = NOT_WORDS.sub("", "".join(para.shadow for para in doc.source.paragraphs))
        pieces = SENTENCE_END.split(marked)
        text = "".join(pieces)
        long = frozenset(fingerprint(piece) for piece in pieces if len(piece) >= MIN_SENTENCE)
        heads = frozenset(fingerprint(piece) for piece in pieces if MIN_HEAD <= len(piece) < MIN_SENTENCE)
        title = NOT_WORDS.sub("", simplify(doc.source.title or ""))
        whole = hashlib.blake2b(text.encode()).hexdigest() if text else ""
        return cls(doc.source.path, whole, long, heads, fingerprint(title) if title else 0)


def fingerprint(sentence: str) -> int:
    """A sentence's digest, the same in every process (unlike hash())."""
    return int.from_bytes(hashlib.blake2b(sentence.encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Copy:
    """A document found again: the earlier one it repeats, and how (see judged)."""

    of: str  # the earlier document's path
    how: str  # "same", "nearly" (both kept), "inside" (its text is in the earlier one), "holds" (the other way)
    differ: int = 0  # its sentences and headings the earlier one has not ("nearly")

    @property
    def whole(self) -> bool:
        """True for the same text: the course leaves it out."""
        return self.how == "same"

    @property
    def to_fix(self) -> bool:
        """True for what an author most likely did not mean: a second copy, or a second version, of a text (a
        compilation beside one of its parts is meant)."""
        return self.how in ("same", "nearly")

    @property
    def message(self) -> str:
        """What the build and the check say about it (after its file's name)."""
        if self.how == "same":
            return f"the same text as {self.of}: left out, so that the course teaches it once"
        if self.how == "nearly":
            differ = (
                "1 sentence or heading differs" if self.differ == 1 else f"{self.differ} sentences or headings differ"
            )
            return f"nearly the same text as {self.of} ({differ}): the course teaches both"
        if self.how == "inside":
            return f"its text is part of {self.of}: the course teaches it twice"
        return f"holds the text of {self.of}: the course teaches that text twice"

    def line(self, path: str) -> str:
        """Its line, naming its file."""
        return f"{path}: {self.message}"


def copies(documents: Sequence[Compared]) -> dict[int, Copy]:
    """The documents (by their place in `documents`) that repeat an earlier one, with the one each repeats."""
    holders: dict[int, list[int]] = {}  # a sentence → the documents, kept in the course, that have it
    common: set[int] = set()  # sentences more than MAX_HOLDERS documents have
    texts: dict[str, int] = {}  # a document's whole text → the first document with it
    found: dict[int, Copy] = {}
    for at, compared in enumerate(documents):
        own = compared.sentences
        shared = Counter(holder for sentence in own for holder in holders.get(sentence, ()))
        if compared.text and compared.text in texts:  # the same text, however short
            first = documents[texts[compared.text]]
            found[at] = headed(Copy(first.path, "same"), compared, first, 0)
        elif shared and len(own) >= MIN_SENTENCES:
            earlier, count = shared.most_common(1)[0]
            copy = judged(count, len(own), len(documents[earlier].sentences), documents[earlier].path)
            if copy is not None:
                found[at] = headed(copy, compared, documents[earlier], len(own) - count)
        if at not in found or not found[at].whole:  # a copy left out is no document to repeat
            if compared.text:
                texts.setdefault(compared.text, at)
            for sentence in own - common:
                had = holders.setdefault(sentence, [])
                had.append(at)
                if len(had) > MAX_HOLDERS:  # common wording: counted for no document from now on
                    common.add(sentence)
                    del holders[sentence]
    return found


def judged(shared: int, own: int, theirs: int, path: str) -> Copy | None:
    """What a document sharing `shared` of its `own` sentences with an earlier one of `theirs` is to it: the
    same text when all but a few sentences of each are the other's (SAME), nearly when most are (SHARED), and
    inside or holding it when most of one's are the other's."""
    mine, others = shared / own, shared / theirs
    if mine >= SAME and others >= SAME:
        return Copy(path, "same")
    if mine >= SHARED and others >= SHARED:
        return Copy(path, "nearly", own - shared)
    if mine >= SHARED:
        return Copy(path, "inside")
    if others >= SHARED:
        return Copy(path, "holds")
    return None


def headed(copy: Copy, mine: Compared, theirs: Compared, differ: int) -> Copy:
    """A copy judged by its sentences, judged again by its title and headings: two documents of one template
    (this month's notice and last month's, on another subject) share every long sentence and differ where what
    each is about is said. The same text only when their titles, if both have one, are one, and most headings of
    the one with fewer are the other's too (a page's reading may keep a short line of its site's that the other
    drops). Two readings of one text whose titles differ (a page's with its site's name) are only nearly the
    same: both kept, and named, where a document wrongly left out would be lost to the course."""
    if not copy.whole:
        return copy
    titled = int(bool(mine.title and theirs.title and mine.title != theirs.title))
    fewer = min(len(mine.heads), len(theirs.heads))
    heads = bool(fewer) and len(mine.heads & theirs.heads) < SAME * fewer
    if not (titled or heads):
        return copy
    return Copy(copy.of, "nearly", differ + titled + (len(mine.heads - theirs.heads) if heads else 0))
