"""The head of a document without a header: its title, byline and date lines before the first paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from study.read.fields import parse_date
from study.read.lines import Line
from study.read.shapes import byline_name, is_prose, looks_like_date, looks_like_name, looks_like_title, same_text


@dataclass(frozen=True)
class Head:
    """Title, author and date found in a document's head, and the line numbers that held them."""

    title: str | None
    author: str | None
    date: str | None
    used: frozenset[int]


def head_lines(lines: list[Line]) -> list[Line]:
    """The non-blank lines before the first body paragraph."""
    head: list[Line] = []
    for line in lines:
        if line.text and is_prose(line.text):
            break
        if line.text:
            head.append(line)
    return head


def _title_line(head: list[Line], has_body: bool, strict: bool) -> Line | None:
    """The line that is the title: the first title-like line (strict: only the very first line)."""
    if not has_body:
        return None
    candidates = head[:1] if strict else head
    return next((line for line in candidates if looks_like_title(line.text, strict)), None)


def find_head(lines: list[Line], strict: bool) -> Head:
    """Title, byline and date lines at the top of a document; strict finds a title only on the first line."""
    head = head_lines(lines)
    has_body = len(head) < len([line for line in lines if line.text])
    title_line = _title_line(head, has_body, strict)
    if title_line is None:
        return Head(None, None, None, frozenset())
    after = [line for line in head if line.no > title_line.no]
    echoes = {line.no for line in after if same_text(line.text, title_line.text)}
    author = next((line for line in after if looks_like_name(line.text)), None)
    date = next((line for line in after if looks_like_date(line.text)), None)
    used = {title_line.no, *echoes} | {line.no for line in (author, date) if line}
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
