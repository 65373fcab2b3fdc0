"""The head of a document without a header: its title, byline and date lines before the first paragraph."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from study.model import Meta
from study.read.fields import parse_date
from study.read.lines import Line
from study.read.shapes import (
    SENTENCE_PUNCT,
    byline_name,
    is_prose,
    looks_like_date,
    looks_like_name,
    looks_like_title,
    same_text,
    spaceless,
    starts_new_paragraph,
)

SIGNER_MAX_LENGTH = 20  # the issuing body or person above a closing date is named in a short line


@dataclass(frozen=True)
class Head:
    """Title, author and date found in a document's head, and the lines to leave out of the body."""

    title: str | None
    author: str | None
    date: str | None
    used: frozenset[int]  # positions in the list of lines given to find_head

    def body(self, lines: list[Line]) -> list[Line]:
        """The lines that are not part of the head."""
        return [line for i, line in enumerate(lines) if i not in self.used]


NO_HEAD = Head(None, None, None, frozenset())


def head_lines(lines: list[Line]) -> list[tuple[int, Line]]:
    """The non-blank lines before the first body paragraph, with their positions."""
    head: list[tuple[int, Line]] = []
    for i, line in enumerate(lines):
        if line.text and is_prose(line.text):
            break
        if line.text:
            head.append((i, line))
    return head


def _page_title(head: list[tuple[int, Line]], after: int, hint: str | None) -> int | None:
    """A web page's title line, by preference: the one its markup names (`hint`), one repeated in the
    head, the first at or below position `after` (where the navigation ends), the first."""
    titles = [(i, line) for i, line in head if not line.joined and looks_like_title(line.text, strict=False)]
    counts = Counter(spaceless(line.text) for _, line in titles)
    hinted = [i for i, line in titles if hint and same_text(line.text, hint)]
    repeated = [i for i, line in titles if counts[spaceless(line.text)] > 1]
    below_navigation = [i for i, _ in titles if i >= after]
    return next(iter(hinted or repeated or below_navigation or [i for i, _ in titles]), None)


def _plain_title(head: list[tuple[int, Line]]) -> int | None:
    """A plain text's title line: only its very first line, and only when it clearly is a title."""
    if not head or head[0][1].joined:  # a title put together from parts is not the file's own words
        return None
    return head[0][0] if looks_like_title(head[0][1].text, strict=True) else None


def find_head(lines: list[Line], page: bool, after: int = 0, hint: str | None = None) -> Head:
    """Title, byline and date at the top of a text (plain text: strict; web page: the lines before the title
    are page chrome, and a title at or below position `after`, where the navigation ends, is preferred)."""
    head = head_lines(lines)
    if len(head) == len([line for line in lines if line.text]):
        return NO_HEAD  # no body paragraph follows: nothing here is a title
    at = _page_title(head, after, hint) if page else _plain_title(head)
    if at is None:
        return NO_HEAD
    title = lines[at].text
    below = [(i, line) for i, line in head if i > at]
    echoes = {i for i, line in below if same_text(line.text, title)}
    author = next(((i, line) for i, line in below if looks_like_name(line.text)), None)
    date = next(((i, line) for i, line in head if looks_like_date(line.text)), None)
    chrome = {i for i, _ in head if i < at} if page else set()
    used = {at, *echoes, *chrome} | {found[0] for found in (author, date) if found}
    return Head(
        title,
        byline_name(author[1].text) if author else None,
        parse_date(date[1].text) if date else None,
        frozenset(used),
    )


def strip_echoes(body: list[Line], title: str | None, author: str | None) -> list[Line]:
    """The body without its leading repeats of the title and the author's byline right after them."""
    kept = list(body)
    while kept and (not kept[0].text or _is_echo(kept[0].text, title, author)):
        kept.pop(0)
    return kept


def _is_echo(text: str, title: str | None, author: str | None) -> bool:
    """True when a line only repeats the title or names the author."""
    if title and same_text(text, title):
        return True
    return bool(author) and looks_like_name(text) and same_text(byline_name(text), author or "")


def _is_signer(text: str) -> bool:
    """True for a line that can name who signed a document: short, no punctuation, not a marker or date."""
    return (
        0 < len(text) <= SIGNER_MAX_LENGTH
        and not any(ch in SENTENCE_PUNCT or ch in "，,：:" for ch in text)
        and not starts_new_paragraph(text)
        and not looks_like_date(text)
    )


def find_signature(body: list[Line]) -> Head:
    """An official document's closing signature (落款): a line naming the signer right above a line that is
    only a date. Its date is the document's date; both lines are left out of the body."""
    texts = [(i, line.text) for i, line in enumerate(body) if line.text]
    for (at_signer, signer), (at_date, date) in pairwise(texts):
        if looks_like_date(date) and _is_signer(signer):
            return Head(None, signer, parse_date(date), frozenset((at_signer, at_date)))
    return NO_HEAD


def take_signature(body: list[Line], meta: Meta) -> tuple[list[Line], Meta]:
    """An undated text's closing signature taken out of its body: its date and signer fill the meta's."""
    if meta.date is not None:
        return body, meta
    signature = find_signature(body)
    return signature.body(body), replace(meta, date=signature.date, author=meta.author or signature.author)
