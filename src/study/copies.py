"""Documents a course holds twice: the same text in two files (a .docx and the page it was copied from, a
simplified and a traditional copy), or one document's text inside another (a compilation beside one of its
parts).

Documents are compared by their sentences, in simplified script with spaces and punctuation taken out, so
that what two readers make of one text (a page's junk lines, a PDF's broken lines, a Word file's numbering
written out) does not hide it. A document most of whose sentences are an earlier one's, and the other way
round, is that document again, and a build leaves it out; one that holds most of another's sentences, but
not the other way round, is only said to hold it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from study.model import Document

SENTENCE_END = re.compile(r"[。！？；!?;]+")  # not a line's end: readings of one text break lines apart
NOT_WORDS = re.compile(r"[\W_]+")  # spaces, punctuation, marks: what two readings of one text may differ in
MIN_SENTENCE = 8  # characters: shorter ones (headings like 一、总体要求) are shared by unrelated documents
MIN_SENTENCES = 3  # a document of fewer long sentences is too short to be called a copy
SHARED = 0.8  # the part of a document's sentences another holds for it to be held there


@dataclass(frozen=True)
class Copy:
    """A document found again: the one it repeats, and whether it is that document whole (else it holds it)."""

    of: str  # the earlier document's path
    whole: bool

    def line(self, path: str) -> str:
        """The build's and the check's line about it."""
        if self.whole:
            return f"{path}: the same text as {self.of}: left out, so that the course teaches it once"
        return f"{path}: holds the text of {self.of}: the course teaches that text twice"


def words(doc: Document) -> str:
    """A document's text as compared: simplified, its paragraphs run together, without spaces or punctuation."""
    return NOT_WORDS.sub("", "".join(para.shadow for para in doc.source.paragraphs))


def sentences(doc: Document) -> frozenset[str]:
    """A document's long sentences, compared as NOT_WORDS says."""
    text = "".join(para.shadow for para in doc.source.paragraphs)
    found = (NOT_WORDS.sub("", piece) for piece in SENTENCE_END.split(text))
    return frozenset(sentence for sentence in found if len(sentence) >= MIN_SENTENCE)


def copies(documents: Sequence[Document]) -> dict[int, Copy]:
    """The documents (by their place in `documents`) that repeat an earlier one, with the one each repeats."""
    holders: dict[str, list[int]] = {}  # a sentence → the documents, kept in the course, that have it
    texts: dict[str, int] = {}  # a document's whole text → the first document with it
    sizes: list[int] = []
    found: dict[int, Copy] = {}
    for at, doc in enumerate(documents):
        own = sentences(doc)
        sizes.append(len(own))
        text = words(doc)
        shared = Counter(holder for sentence in own for holder in holders.get(sentence, ()))
        if text and texts.setdefault(text, at) != at:  # the same text, however short
            found[at] = Copy(documents[texts[text]].source.path, whole=True)
        elif shared and len(own) >= MIN_SENTENCES:
            earlier, count = shared.most_common(1)[0]
            copy = judged(count, len(own), sizes[earlier], documents[earlier].source.path)
            if copy is not None:
                found[at] = copy
        if at not in found or not found[at].whole:  # a copy left out is no document to repeat
            for sentence in own:
                holders.setdefault(sentence, []).append(at)
    return found


def judged(shared: int, own: int, theirs: int, path: str) -> Copy | None:
    """What a document sharing `shared` of its `own` sentences with an earlier one of `theirs` is to it."""
    if shared < SHARED * min(own, theirs):
        return None
    return Copy(path, whole=shared >= SHARED * max(own, theirs))
