"""The head of a document without a header: its title, byline and date lines before the first paragraph."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from study.read.fields import parse_date
from study.read.lines import Line
from study.read.shapes import byline_name, is_prose, looks_like_date, looks_like_name, looks_like_title, same_text


@dataclass(frozen=True)
class Head:
    """Title, author and date found in a document's head, and the line numbers to leave out of the body."""

    title: str | None
    author: str | None
    date: str | None
    used: frozenset[int]


NO_HEAD = Head(None, None, None, frozenset())


def head_lines(lines: list[Line]) -> list[Line]:
    """The non-blank lines before the first body paragraph."""
    head: list[Line] = []
    for line in lines:
        if line.text and is_prose(line.text):
            break
        if line.text:
            head.append(line)
    return head


def _page_title(head: list[Line], after: int) -> Line | None:
    """A web page's title line: one repeated in the head, else the first after the navigation, else the first."""
    titles = [line for line in head if looks_like_title(line.text, strict=False)]
    counts = Counter("".join(line.text.split()) for line in titles)
    repeated = [line for line in titles if counts["".join(line.text.split())] > 1]
    below_navigation = [line for line in titles if line.no > after]
    return next(iter(repeated or below_navigation or titles), None)


def _plain_title(head: list[Line]) -> Line | None:
    """A plain text's title line: only its very first line, and only when it clearly is a title."""
    return head[0] if head and looks_like_title(head[0].text, strict=True) else None


def find_head(lines: list[Line], page: bool, after: int = 0) -> Head:
    """Title, byline and date at the top of a text (plain text: strict; web page: the lines before the title
    are page chrome, and a title below line `after`, where the navigation ends, is preferred)."""
    head = head_lines(lines)
    if len(head) == len([line for line in lines if line.text]):
        return NO_HEAD  # no body paragraph follows: nothing here is a title
    title_line = _page_title(head, after) if page else _plain_title(head)
    if title_line is None:
        return NO_HEAD
    below = [line for line in head if line.no > title_line.no]
    echoes = {line.no for line in below if same_text(line.text, title_line.text)}
    author = next((line for line in below if looks_like_name(line.text)), None)
    date = next((line for line in head if looks_like_date(line.text)), None)
    chrome = {line.no for line in head if line.no < title_line.no} if page else set()
    used = {title_line.no, *echoes, *chrome} | {line.no for line in (author, date) if line}
    return Head(
        title_line.text,
        byline_name(author.text) if author else None,
        parse_date(date.text) if date else None,
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
