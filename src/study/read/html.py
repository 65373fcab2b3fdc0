"""HTML: its text, one line per block element (with the markup's heading, bullet or bold level), read as a
web page when it is a whole saved page, or as lines when it is a block of HTML inside other text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from study.model import BOLD_LEVEL, BULLET_LEVEL
from study.read.extract import article_html, article_lines, choose
from study.read.fields import build_meta
from study.read.lines import Draft, Line
from study.read.platforms import platform_page
from study.read.shapes import (
    HANZI,
    SENTENCE_PUNCT,
    is_prose,
    looks_like_date,
    looks_like_name,
    looks_like_title,
    starts_new_paragraph,
)
from study.read.tables import closed_at_end, is_header_row, row_lines
from study.read.web import read_web_page

HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
# Markup no copied article keeps stray in its text: scripts, styles, tables (a page's source, wherever it starts).
HEAVY_MARKUP = re.compile(r"<(?:script|style|table)[\s>]", re.IGNORECASE)
BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|table|tr|li|span|td)\b", re.IGNORECASE)
# Elements whose content is never the document's text (a figure's caption describes a picture).
SKIPPED = frozenset(
    ("head", "script", "style", "noscript", "template", "svg", "nav", "iframe", "select", "button", "figcaption")
)
# Elements that end a line of text.
BLOCKS = frozenset(
    (
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "blockquote",
        "pre",
        "hr",
        "form",
        "center",
        "body",
        "title",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "figure",
    )
)
# Elements without content: never pushed on the stack of open elements.
VOID = frozenset(
    ("br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track", "param")
)
# Elements that a new one of their kind closes even when the page forgot the end tag…
SELF_CLOSING_SIBLINGS = frozenset(("p", "li", "td", "th", "tr", "dt", "dd", "option"))
# … unless the new one is inside one of these, opened after it (a list nested in an item, a table in a cell).
SCOPES = frozenset(
    ("ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "div", "blockquote", "select", "body")
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BOLD_TAGS = frozenset(("strong", "b"))
# Bold set by CSS or by a site's own style or class attribute (cms-style="strong-Bold", class="bold").
BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
BOLD_WORD = re.compile(r"(?<![a-z])(?:bold|strong)(?![a-z])", re.IGNORECASE)
SPACES = re.compile(r"\s+")
# A space the HTML source's line wrapping put between two CJK characters is not in the text.
WRAP_SPACE = re.compile(r"(?<=[^\x00-\u2fff]) (?=[^\x00-\u2fff])")
# A space typed between two links on one line of the source (<a>首页</a> <a>要闻</a>) sets a menu's items apart: it is
# kept through the wrapping spaces' removal under this stand-in. Between other elements (<span>一是</span>&nbsp;
# <span>抓好…</span>) it is an editor's spacing, gone between CJK characters as any such space is.
KEPT_SPACE = "\ue000"
# … and a space typed on one line of a headline between CJK characters (县长视察某某工程 盼汛期前完工) sets its phrases
# apart, as a headline sets them: kept too (a line break in it is the source's wrapping still).
HEADLINE_SPACE = re.compile(r"(?<=[^\x00-\u2fff])[ \u00a0\u3000]+(?=[^\x00-\u2fff])")
KEPT_SPACES = re.compile(r" ?\ue000[\ue000 ]*")
TITLE_SEPARATORS = re.compile(r"\s+[-_|–—]+\s+|_|\||——")
# <meta> names and properties that hold the page's publication date, as sites and CMSs spell them.
DATE_METAS = frozenset(
    ("publishdate", "pubdate", "publish_date", "publishtime", "firstpublishedtime", "article:published_time")
)
SPLIT_TITLE_MAX = 50  # the parts of a title split across blocks are no longer than this together


HTML_REACH = 60  # the lines that show whether a text is HTML


def _top(lines: list[Line]) -> str:
    """The text's first lines, where its HTML shows."""
    return "\n".join(line.text for line in lines[:HTML_REACH])


def looks_like_html(lines: list[Line]) -> bool:
    """True when the text is HTML markup rather than text: a whole page, a script, style or table, or blocks
    of markup from its first line on. A text whose first line holds no markup is otherwise text with stray
    HTML in it (a copy of a page's article): its lines are its own, whatever tags come later."""
    head = _top(lines)
    if HTML_SIGNS.search(head) is not None or HEAVY_MARKUP.search(head) is not None:
        return True
    first = next((line.text for line in lines if line.text.strip()), "")
    return len(BLOCK_TAG.findall(head)) >= 3 and "<" in first


def looks_like_html_page(lines: list[Line]) -> bool:
    """True when the text is a whole HTML page (a doctype, <html>, <head> or <body>), not text holding HTML."""
    return HTML_SIGNS.search(_top(lines)) is not None


def _is_bold(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """True when an element sets its content in bold, by its name or by its style."""
    if tag in BOLD_TAGS:
        return True
    values = [value for name, value in attrs if value and ("style" in name or "class" in name)]
    return any(BOLD_STYLE.search(value) or BOLD_WORD.search(value) for value in values)


# An element the page hides from its reader: a run of text inside a line hidden by CSS (display:none, a font size of
# 0) or by the hidden attribute, or any element of the class a forum gives its anti-copy junk (Discuz's
# <font class="jammer">…</font>: random strings after every line that a copy would carry into the text). A block
# so styled may be the article itself, which a script shows (a WeChat page hides its text until it runs): kept.
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|font-size\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)", re.IGNORECASE
)
HIDDEN_CLASS = re.compile(r"(?<![\w-])jammer(?![\w-])", re.IGNORECASE)
INLINE = frozenset(("font", "span", "small", "i", "em", "b", "strong", "u", "sup", "sub", "ins", "del", "label"))


def _is_hidden(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """True when an element's attributes hide it from the page's reader (see HIDDEN_STYLE)."""
    named = dict(attrs)
    if HIDDEN_CLASS.search(named.get("class") or ""):
        return True
    return tag in INLINE and ("hidden" in named or HIDDEN_STYLE.search(named.get("style") or "") is not None)


@dataclass(frozen=True)
class _Open:
    """An open element: its name and whether it sets its content in bold."""

    tag: str
    bold: bool


class _TextCollector(HTMLParser):
    """Collects the page's text as numbered lines with their levels, and its <title> and <h1>."""

    def __init__(self, first_no: int = 1) -> None:
        """An empty collector; the text's first line is line `first_no` of the file."""
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.headings: list[str] = []
        self.title = ""
        self._offset = first_no - 1
        self._parts: list[tuple[str, bool]] = []
        self._start = 1
        self._has_text = False
        self._skipping: list[str] = []
        self._open: list[_Open] = []
        self._row: list[list[Line]] | None = None
        self._headed: list[bool] = []  # whether each cell of the row is a header cell (<th>)
        self._first_row = False  # the row being read is its table's first
        # a first row that may label the columns, held back until the rows under it are read: (its place in
        # `lines`, its lines, its cells' texts), and the texts of the rows under it
        self._pending: tuple[int, list[Line], list[str]] | None = None
        self._below: list[list[str]] = []
        self._in_title = False
        self._after_link = False  # the last thing read ended a link (</a>), maybe with blank space after it
        self.date_metas: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: skipped content, a new line, a table cell, or the page's title."""
        if tag == "body":
            self._skipping.clear()  # a page that never closed its <head>
        if tag == "meta":
            self._read_meta(dict(attrs))
        # a hidden element's content is skipped as a script's is; an element of its kind inside it is counted in,
        # so that its own end tag does not end the skipping
        hidden = tag not in VOID and (_is_hidden(tag, attrs) or (tag in self._skipping and tag not in SKIPPED))
        if tag in SKIPPED or hidden:
            self._skipping.append(tag)
        if self._parts and self._parts[-1][0] == KEPT_SPACE and not (tag == "a" and self._after_link):
            self._parts[-1] = (" ", self._parts[-1][1])  # no space between two links: a plain one
        self._after_link = False
        if tag == "br" and self._in_heading():
            self._parts.append((" ", False))  # a long headline broken in two lines is one headline
        elif tag in BLOCKS:
            self._flush()
        if tag == "table":
            self._settle_header()
            self._first_row = True
            closed_at_end(self.lines)
        if tag == "tr" or (tag in ("td", "th") and self._row is None):
            self._end_row()
            self._row = []
        if tag in ("td", "th") and self._row is not None:
            self._row.append([])
            self._headed.append(tag == "th" or any(element.tag == "thead" for element in self._open))
        if tag == "title":
            self._in_title = True
        if tag in VOID:
            return
        if tag in SELF_CLOSING_SIBLINGS and self._sibling_open(tag):
            self._close(tag)
        self._open.append(_Open(tag, _is_bold(tag, attrs)))

    def handle_endtag(self, tag: str) -> None:
        """Close an element: the line it ends, the row it ends."""
        if tag in self._skipping:
            while self._skipping and self._skipping.pop() != tag:
                continue
        if (tag in BLOCKS and not (tag == "br" and self._in_heading())) or tag == "title":  # <br/> ends as it starts
            self._flush()
        if tag == "title":
            self._in_title = False
        if tag in ("tr", "table", "tbody", "thead", "tfoot"):
            self._end_row()
        if tag == "table":
            self._settle_header()
        self._close(tag)
        self._after_link = tag == "a"

    def handle_data(self, data: str) -> None:
        """Text: kept unless inside a skipped element (a <title> is kept apart)."""
        if self._in_title:
            self.title += data
            return
        if self._skipping:
            return
        between = self._after_link and not data.strip() and "\n" not in data  # between a link and the next, typed
        self._after_link = between
        if not self._has_text and data.strip():
            leading = data[: len(data) - len(data.lstrip())]
            self._start = self.getpos()[0] + leading.count("\n")  # the line where the text itself starts
            self._has_text = True
        data = HEADLINE_SPACE.sub(KEPT_SPACE, data) if self._in_heading() else data
        self._parts.append((KEPT_SPACE if between else data, any(element.bold for element in self._open)))

    def close(self) -> None:
        """Finish the page: its last line of text and its last table row too."""
        super().close()
        self._flush()
        self._end_row()
        self._settle_header()

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        """Keep a <meta> that names the page's publication date."""
        name = (attrs.get("name") or attrs.get("property") or "").lower()
        if name in DATE_METAS and attrs.get("content"):
            self.date_metas.append(attrs["content"] or "")

    def _sibling_open(self, tag: str) -> bool:
        """True when an element `tag` is open in the current scope (not outside a list or table opened in it)."""
        for element in reversed(self._open):
            if element.tag == tag:
                return True
            if element.tag in SCOPES:
                return False
        return False

    def _close(self, tag: str) -> None:
        """Pop the open elements down to and including the innermost `tag` (a stray end tag closes nothing)."""
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def _in_heading(self) -> bool:
        """True inside a heading element (<h1>…<h6>)."""
        return any(element.tag in HEADINGS for element in self._open)

    def _level(self) -> int:
        """The level of the line being ended: its heading's depth, its list item's depth, or 0."""
        for element in reversed(self._open):
            if element.tag in HEADINGS:
                return HEADINGS[element.tag]
        items = sum(1 for element in self._open if element.tag == "li")
        return BULLET_LEVEL + items - 1 if items else 0

    def _flush(self) -> None:
        """End the current line of text."""
        text = WRAP_SPACE.sub("", SPACES.sub(" ", "".join(part for part, _ in self._parts)))
        text = KEPT_SPACES.sub(" ", text).strip()
        if text:
            level = self._level()
            if level == 0 and all(bold for part, bold in self._parts if part.strip() and part != KEPT_SPACE):
                level = BOLD_LEVEL
            if any(element.tag == "h1" for element in self._open):
                self.headings.append(text)
            line = Line(self._offset + self._start, text, level)
            if self._row is not None and self._row:
                self._row[-1].append(line)
            else:
                self.lines.append(line)
        self._parts = []
        self._has_text = False

    def _end_row(self) -> None:
        """Emit a table row: one line of short cells, or each cell's own lines when a cell is long."""
        row, self._row = self._row, None
        headed, self._headed = self._headed, []
        if not row or not any(row):
            return
        texts = [" ".join(line.text for line in cell) for cell in row]
        # a caption merged across the table stands over its first row of several cells
        first, self._first_row = self._first_row, self._first_row and sum(map(bool, texts)) < 2
        if first and is_header_row(texts, marked=bool(headed) and all(headed)):
            return  # the labels of the table's columns: no row of it
        if first and sum(map(bool, texts)) > 1:  # … or maybe, as the rows under it may show
            self._pending, self._below = (len(self.lines), row_lines(row), texts), []
            return
        if self._pending is not None:
            self._below.append(texts)
        self.lines += row_lines(row)

    def _settle_header(self) -> None:
        """The first row held back set in its place, unless the rows under it show it labels the columns."""
        pending, self._pending = self._pending, None
        if pending is not None and not is_header_row(pending[2], below=self._below):
            self.lines[pending[0] : pending[0]] = pending[1]


def html_lines(text: str, first_no: int = 1) -> list[Line]:
    """The text lines of a piece of HTML that starts on line `first_no` of the file."""
    return _collect(text, first_no).lines


# Tags and entities of HTML left inside a text that is not an HTML page.
STRAY_TAG = re.compile(
    r"</?(?:p|br|div|span|strong|b|em|i|u|font|li|ul|ol|td|tr|table|h[1-6]|a|img|sup|sub|center)\b[^<>]*>",
    re.IGNORECASE,
)
ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)


# A scrape that saved a page's JSON: its article's HTML escaped as a JSON string (\u003cp\u003e…\u003c/p\u003e).
ESCAPED_TAG = re.compile(r"\\u003c/?[a-z]", re.IGNORECASE)
ESCAPED_TAGS_MIN = 3  # a text with fewer escaped tags means them (a note on JSON, a program's source)
JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([\"/\\]))")


def unescape_json_markup(text: str) -> str:
    """A text holding a page's HTML escaped as a JSON string, its escapes undone (\u003cp\u003e → <p>, \" → ")
    so that its markup is read as markup; any other text unchanged."""
    if len(ESCAPED_TAG.findall(text)) < ESCAPED_TAGS_MIN:
        return text
    text = JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)
    # a character outside the BMP is escaped as a surrogate pair (\ud83d\udc49: 👉): the pair made one again, a
    # lone half replaced, so that the text can be written out
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def untag_lines(lines: list[Line]) -> list[Line]:
    """A text's lines with stray HTML read as HTML: block tags break lines, inline tags and entities go."""
    out: list[Line] = []
    for line in lines:
        if STRAY_TAG.search(line.text) or ENTITY.search(line.text):
            out += html_lines(line.text, line.no) or [Line(line.no, "")]
        else:
            out.append(line)
    return out


def _collect(text: str, first_no: int = 1) -> _TextCollector:
    """The collector after reading all of `text`."""
    collector = _TextCollector(first_no)
    collector.feed(text)
    collector.close()
    return collector


def without_site_suffix(title: str) -> str | None:
    """A page's <title> (or a saved page's Subject) without the site's column and name after it
    (…的意见_政策文件_某某政府网, …讲话 - 某某网): its first part, or None when blank."""
    return TITLE_SEPARATORS.split(SPACES.sub(" ", title).strip())[0].strip() or None


def _title_hint(collector: _TextCollector) -> str | None:
    """The page's title as its markup names it: its only <h1>, else the first part of its <title>."""
    if len(set(collector.headings)) == 1:
        return collector.headings[0]
    return without_site_suffix(collector.title)


def _is_title_part(line: Line) -> bool:
    """True for a line that can be part of a heading: set apart by markup, short, no sentence punctuation."""
    return (
        0 < line.level <= BOLD_LEVEL
        and not any(ch in SENTENCE_PUNCT for ch in line.text)
        and not looks_like_date(line.text.strip("（）()"))
        and not looks_like_name(line.text)
    )


def _same_script(first: str, second: str) -> bool:
    """True when both lines are written in Chinese characters, or neither is: a bilingual page sets its
    headline's translation in a heading of its own right under it, no second half of the headline."""
    return (HANZI.search(first) is None) == (HANZI.search(second) is None)


def join_split_titles(lines: list[Line]) -> list[Line]:
    """Lines of the head (before the first paragraph of prose) that are one heading split across blocks of
    the same markup, joined: the joined line is marked `joined`, as it is not the file's verbatim text."""
    out: list[Line] = []
    in_head = True
    for line in lines:
        in_head = in_head and not is_prose(line.text)
        prev = out[-1] if out else None
        if (
            in_head
            and prev is not None
            and _is_title_part(prev)
            and _is_title_part(line)
            and prev.level == line.level
            and _same_script(prev.text, line.text)
            and not starts_new_paragraph(line.text)
            and len(prev.text) + len(line.text) <= SPLIT_TITLE_MAX
        ):
            out[-1] = replace(prev, text=prev.text + line.text, joined=True)
            continue
        out.append(line)
    return out


def _with_meta_date(draft: Draft, collector: _TextCollector) -> Draft:
    """The draft with the date its page's <meta> tags give, when its text gave none."""
    if draft.meta.date or not collector.date_metas:
        return draft
    date = build_meta(("date", value) for value in collector.date_metas).date
    return replace(draft, meta=replace(draft.meta, date=date))


def _read_article(page: str, collector: _TextCollector, title: str | None) -> Draft | None:
    """The page read from its main block only, as the extractor finds it; None when it finds none."""
    article = article_html(page)
    if article is None:
        return None
    lines = article_lines(_collect(article).lines, collector.lines, title)
    return read_web_page(join_split_titles(lines), hint=title)


def _read_platform(page: str) -> Draft | None:
    """A publishing platform's page read by its own marks (platforms.py): its body under its title, its date and
    account from the page; None for any other page."""
    found = platform_page(page)
    if found is None:
        return None
    title = [Line(found.title_line, found.title, 1)] if found.title else []
    draft = read_web_page(title + join_split_titles(_collect(found.body_html, found.body_line).lines), found.title)
    publication = draft.meta.publication or found.account
    author = build_meta([("author", found.author or "")]).author or draft.meta.author  # the page's field over a byline
    meta = replace(draft.meta, date=draft.meta.date or found.date, publication=publication, author=author)
    return Draft("html", found.title or draft.title, meta, draft.body)


def read_html(lines: list[Line]) -> Draft:
    """A saved HTML page: a platform's page by its marks; else its article's text lines (numbered as in the file)
    read as a web page, or all of the page's lines when the article block the extractor finds has lost part of
    the text."""
    page = "\n".join(line.text for line in lines)
    platform = _read_platform(page)
    if platform is not None:
        return platform
    collector = _collect(page)
    hint = _title_hint(collector)
    whole = read_web_page(join_split_titles(collector.lines), hint=hint)
    draft = _with_meta_date(choose(_read_article(page, collector, hint), whole, hint), collector)
    return Draft("html", draft.title or _page_title(collector), draft.meta, draft.body)


def _page_title(collector: _TextCollector) -> str | None:
    """The page's <title> without the site's name, when it reads as a title: the title of a page whose text
    sets none."""
    title = without_site_suffix(collector.title)
    return title if title and looks_like_title(title, strict=False) else None
