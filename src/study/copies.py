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
MAX_HEAD = 20  # characters: a paragraph of at most so many, with no sentence end, is a heading
CLAUSE_END = tuple("，,、：:；;")  # a line ending so is a sentence broken across lines, no heading
MIN_SENTENCES = 3  # a document of fewer long sentences is too short to be called a copy
SHARED = 0.8  # the part of a document's sentences another holds for it to be held there
SAME = 0.95  # … for the two to be one text (a sentence of twenty may differ: a line a reader kept or dropped)
# a sentence more documents of the course have is its common wording (a template's, a slogan), no sign of a copy
MAX_HOLDERS = 4


@dataclass(frozen=True)
class Compared:
    """What a document is compared by: its path, a digest of its whole text ("" when it has none), digests of
    its long sentences and of its headings (all as NOT_WORDS leaves them; digests, as they are kept with the
    parse), and its title as NOT_WORDS leaves it ("": none)."""

    path: str
    text: str
    sentences: frozenset[int]
    heads: frozenset[int]
    title: str

    @classmethod
    def of(cls, doc: Document) -> Compared:
        """A document as compared."""
        marked = NOT_WORDS.sub("", "".join(para.shadow for para in doc.source.paragraphs))
        pieces = SENTENCE_END.split(marked)
        text = "".join(pieces)
        long = frozenset(fingerprint(piece) for piece in pieces if len(piece) >= MIN_SENTENCE)
        heads = frozenset(fingerprint(head) for head in headings(doc, pieces))
        title = NOT_WORDS.sub("", simplify(doc.source.title or ""))
        whole = hashlib.blake2b(text.encode()).hexdigest() if text else ""
        return cls(doc.source.path, whole, long, heads, title)


def headings(doc: Document, pieces: Sequence[str]) -> set[str]:
    """A document's headings, as NOT_WORDS leaves them: its short paragraphs with no sentence end (一、总体要求,
    which its sentences run on into the next paragraph), and the short pieces between sentence ends (一、加强学习。
    opening a paragraph)."""
    found = {piece for piece in pieces if MIN_HEAD <= len(piece) < MIN_SENTENCE}
    for para in doc.source.paragraphs:
        bare = NOT_WORDS.sub("", para.shadow)
        broken = para.shadow.rstrip().endswith(CLAUSE_END)  # a sentence broken across lines
        if MIN_HEAD <= len(bare) <= MAX_HEAD and not SENTENCE_END.search(bare) and not broken:
            found.add(bare)
    return found


def fingerprint(sentence: str) -> int:
    """A sentence's digest, the same in every process (unlike hash())."""
    return int.from_bytes(hashlib.blake2b(sentence.encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Copy:
    """A document found again: the earlier one it repeats, and how (see judged)."""

    of: str  # the earlier document's path
    how: str  # "same", "nearly" (both kept), "inside" (its text is in the earlier one), "holds" (the other way)
    differ: int = 0  # its sentences and headings the earlier one has not ("nearly")
    retitled: bool = False  # its title and the earlier one's differ ("nearly")

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
            return f"nearly the same text as {self.of} ({'; '.join(self.differences)}): the course teaches both"
        if self.how == "inside":
            return f"its text is part of {self.of}: the course teaches it twice"
        return f"holds the text of {self.of}: the course teaches that text twice"

    @property
    def differences(self) -> list[str]:
        """What differs between a nearly same text and the earlier one, in words."""
        said = ["their titles differ"] if self.retitled else []
        if self.differ == 1:
            said.append("1 sentence or heading differs")
        elif self.differ or not said:
            said.append(f"{self.differ} sentences or headings differ")
        return said

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
    each is about is said. The same text only when their titles agree (one holds the other: a reprint's
    headline is often decorated, 受权发布：…, …（全文）) and most headings of the one with fewer are the
    other's too (a page's reading may keep a short line of its site's that the other drops). Otherwise only
    nearly the same: both kept, and named, where a document wrongly left out would be lost to the course."""
    if not copy.whole:
        return copy
    retitled = bool(mine.title and theirs.title and mine.title not in theirs.title and theirs.title not in mine.title)
    fewer = min(len(mine.heads), len(theirs.heads))
    reheaded = bool(fewer) and len(mine.heads & theirs.heads) < SAME * fewer
    if not (retitled or reheaded):
        return copy
    return Copy(copy.of, "nearly", differ + (len(mine.heads - theirs.heads) if reheaded else 0), retitled)
