"""Saved HTML pages: their text, one line per block element, then read as a web page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from study.read.lines import Draft, Line
from study.read.web import read_web_page

HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|table|tr|li|span|td)\b", re.IGNORECASE)
# Elements whose content is never the document's text.
SKIPPED = frozenset(("head", "script", "style", "noscript", "template", "svg", "nav", "iframe", "select", "button"))
# Elements that end a line of text.
BLOCKS = frozenset(
    ("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
     "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "hr", "form", "center",
     "body", "title")
)
SPACES = re.compile(r"\s+")
# A space the HTML source's line wrapping put between two CJK characters is not in the text.
WRAP_SPACE = re.compile(r"(?<=[^\x00-\u2fff]) (?=[^\x00-\u2fff])")
TITLE_SEPARATORS = re.compile(r"\s+[-_|–—]+\s+|_|\||——")


def looks_like_html(lines: list[Line]) -> bool:
    """True when the text is HTML markup rather than text."""
    head = "\n".join(line.text for line in lines[:60])
    return HTML_SIGNS.search(head) is not None or len(BLOCK_TAG.findall(head)) >= 3


class _TextCollector(HTMLParser):
    """Collects the page's text as numbered lines, and its <title> and <h1>."""

    def __init__(self) -> None:
        """An empty collector."""
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.headings: list[str] = []
        self.title = ""
        self._parts: list[str] = []
        self._start = 1
        self._has_text = False
        self._skipping: list[str] = []
        self._in = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: skipped content, a new line, or a title or heading to remember."""
        if tag == "body":
            self._skipping.clear()  # a page that never closed its <head>
        if tag in SKIPPED:
            self._skipping.append(tag)
        if tag in BLOCKS:
            self._flush()
        if tag in ("title", "h1"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        """Close an element."""
        if tag in self._skipping:
            while self._skipping and self._skipping.pop() != tag:
                continue
        if tag in BLOCKS or tag == self._in:
            self._flush()

    def handle_data(self, data: str) -> None:
        """Text: kept unless inside a skipped element (a <title> is kept apart)."""
        if self._in == "title":
            self.title += data
            return
        if self._skipping:
            return
        if not self._has_text and data.strip():
            leading = data[: len(data) - len(data.lstrip())]
            self._start = self.getpos()[0] + leading.count("\n")  # the line where the text itself starts
            self._has_text = True
        self._parts.append(data)

    def close(self) -> None:
        """Finish the page: its last line of text too."""
        super().close()
        self._flush()

    def _flush(self) -> None:
        """End the current line of text."""
        text = WRAP_SPACE.sub("", SPACES.sub(" ", "".join(self._parts))).strip()
        if text and self._in == "h1":
            self.headings.append(text)
        if text:
            self.lines.append(Line(self._start, text))
        self._parts = []
        self._has_text = False
        self._in = ""


def _title_hint(collector: _TextCollector) -> str | None:
    """The page's title as its markup names it: its only <h1>, else the first part of its <title>."""
    if len(set(collector.headings)) == 1:
        return collector.headings[0]
    first_part = TITLE_SEPARATORS.split(SPACES.sub(" ", collector.title).strip())[0].strip()
    return first_part or None


def read_html(lines: list[Line]) -> Draft:
    """A saved HTML page: its text lines (numbered as in the file) read as a web page."""
    collector = _TextCollector()
    collector.feed("\n".join(line.text for line in lines))
    collector.close()
    draft = read_web_page(collector.lines, hint=_title_hint(collector))
    return Draft("html", draft.title, draft.meta, draft.body)
