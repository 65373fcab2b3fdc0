"""A web page's article: its main block as readability-lxml finds it, checked against the whole page.

The extractor chooses the block; the page's own collector (html.py) still reads that block's markup, so
heading, bullet and bold levels survive. Its lines are numbered as the whole page's lines, and the title and
date come from the whole page, where the extractor often leaves them out. When the extract loses what
the whole-page reading has (a numbered heading inside the article, most of the prose), the whole-page
reading is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace

from study.model import BOLD_LEVEL
from study.read.lines import Draft, Line
from study.read.shapes import is_prose, same_text, spaceless, starts_new_paragraph

# readability logs a failed page with its traceback: a user's odd page must never print one.
logging.getLogger("readability").addHandler(logging.NullHandler())
logging.getLogger("readability").propagate = False

MIN_PROSE_SHARE = 0.4  # an extract with less of the page's prose than this missed the article
HEADING_MAX_LENGTH = 40  # a numbered line this short, or one set apart by markup, is a heading
HEAD_REACH = 12  # the title line sits this few lines above the article block, at most


def article_html(page: str) -> str | None:
    """The HTML of the page's main block, or None when the extractor finds none."""
    from readability import Document  # imported here: lxml is loaded only for pages

    try:
        summary = Document(page).summary(html_partial=True)
    except Exception:  # readability raises its own and lxml's errors on odd pages: the whole page is read
        return None
    return summary if isinstance(summary, str) and summary.strip() else None


def renumber(extract: list[Line], page: list[Line]) -> list[Line]:
    """The extract's lines as the page's own lines (numbers, levels from the page's markup) where they
    match in order; an unmatched line keeps its text and level and takes the last matched line's number."""
    out: list[Line] = []
    at = 0
    keys = [spaceless(line.text) for line in page]
    for line in extract:
        key = spaceless(line.text)
        found = next((i for i in range(at, len(page)) if keys[i] == key), None)
        if found is not None:
            out.append(page[found])
            at = found + 1
        else:
            out.append(replace(line, no=page[at - 1].no if at else 1))
    return out


def _head_above(extract: list[Line], page: list[Line], title: str | None) -> list[Line]:
    """The page's lines from its title line down to the article block, when the title sits just above
    it (the extractor drops a title and dateline set apart from the text)."""
    if not title or not extract:
        return []
    start = next((i for i, line in enumerate(page) if line is extract[0]), None)
    if start is None:
        return []
    reach = range(max(0, start - HEAD_REACH), start)
    at = next((i for i in reversed(reach) if same_text(page[i].text, title)), None)
    return page[at:start] if at is not None else []


def article_lines(extract: list[Line], page: list[Line], title: str | None) -> list[Line]:
    """The article's lines numbered as the page's, with the title and dateline above it put back."""
    lines = renumber(extract, page)
    return _head_above(lines, page, title) + lines


def _prose(lines: Iterable[Line]) -> int:
    """How much prose the lines hold, in characters."""
    return sum(len(line.text) for line in lines if is_prose(line.text))


def _is_heading(line: Line) -> bool:
    """True for a numbered heading line: a marker, short or set apart by markup (a heading or a bold line,
    not a list item)."""
    short = len(line.text) <= HEADING_MAX_LENGTH or 0 < line.level <= BOLD_LEVEL
    return short and starts_new_paragraph(line.text)


def _keeps(extract: Draft, whole: Draft) -> bool:
    """True unless the extract is empty, or lost the whole page's prose or a numbered heading inside its span."""
    if not extract.body or _prose(extract.body) < MIN_PROSE_SHARE * _prose(whole.body):
        return False
    first, last = extract.body[0].no, extract.body[-1].no
    kept = {spaceless(line.text) for line in extract.body}
    lost = [line for line in whole.body if first <= line.no <= last and _is_heading(line)]
    return all(spaceless(line.text) in kept for line in lost)


def choose(extract: Draft | None, whole: Draft, hint: str | None) -> Draft:
    """The extract's body with the whole page's metadata where it has none, or the whole page. The whole
    page's title is taken only when its markup names it (`hint`): else it may be a menu's first word."""
    if extract is None or not _keeps(extract, whole):
        return whole
    meta = extract.meta
    fills = {name: getattr(whole.meta, name) for name in ("date", "author", "publication") if not getattr(meta, name)}
    title = extract.title or (whole.title if hint else None)
    return replace(extract, title=title, meta=replace(meta, **fills))
