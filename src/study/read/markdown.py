"""Markdown (found by its content, whatever the file's suffix): front matter read as metadata, headings,
bold lines and bullets kept as paragraphs with their level, inline markup and page furniture dropped."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from study.model import BOLD_LEVEL, BULLET_LEVEL, Meta
from study.read.fields import build_meta, field_name, split_keywords
from study.read.head import find_head, take_signature
from study.read.html import html_lines, looks_like_html_page
from study.read.lines import Draft, Line
from study.read.shapes import HANZI, SENTENCE_PUNCT, is_prose, looks_like_date, same_text
from study.read.tables import is_header_row, row_lines
from study.read.web import looks_like_web_page, read_web_page

# ---------------------------------------------------------------- front matter

FENCES = {"---": "yaml", "+++": "toml"}
FRONT_MATTER_REACH = 80  # a front matter closes within this many lines
YAML_FIELD = re.compile(r"^([\w.-]{1,40})\s*:\s*(.*)$")
TOML_FIELD = re.compile(r"^([\w.-]{1,40})\s*=\s*(.*)$")
YAML_ITEM = re.compile(r"^-\s+(.*)$")
# What the keys of static-site generators (Jekyll, Hugo, Hexo, VuePress…) mean.
FRONT_MATTER_KEYS: dict[str, str] = {
    "title": "title",
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "created": "date",
    "author": "author",
    "authors": "author",
    "source": "publication",
    "publisher": "publication",
    "tags": "keywords",
    "tag": "keywords",
    "categories": "keywords",
    "category": "keywords",
    "keywords": "keywords",
}
QUOTES = "\"'"


def _front_matter_end(lines: list[Line]) -> int | None:
    """The position of the line closing the front matter that opens the text, or None."""
    first = next((i for i, line in enumerate(lines) if line.text), None)
    if first is None or lines[first].text not in FENCES:
        return None
    fence = lines[first].text
    for i in range(first + 1, min(len(lines), first + FRONT_MATTER_REACH)):
        if lines[i].text == fence:
            return i if i > first + 1 else None
    return None


def _scalar(raw: str) -> str:
    """A front matter value without its quotes."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in QUOTES:
        value = value[1:-1]
    return value.strip()


# A YAML or TOML comment after a value (title: "…" # Title of the post.): a space and a hash start it.
COMMENT = re.compile(r"(?<!\s)\s+#")  # one try a run of spaces: linear


def _without_comment(raw: str) -> str:
    """A front matter value without the comment after it; a quoted value keeps whatever it quotes."""
    value = raw.strip()
    if value and value[0] in QUOTES:
        close = value.find(value[0], 1)
        after = value[close + 1 :].lstrip() if close > 0 else ""
        return value[: close + 1] if after.startswith("#") else value
    comment = COMMENT.search(value)
    return value[: comment.start()] if comment else value


def _values(raw: str) -> list[str]:
    """The values of one front matter field, without a comment after them: an inline list `[a, "b"]` gives
    several."""
    value = _without_comment(raw)
    if value.startswith("[") and value.endswith("]"):
        return [v for part in value[1:-1].split(",") if (v := _scalar(part))]
    return [v] if (v := _scalar(value)) else []


def _front_matter_fields(lines: list[Line]) -> Iterator[tuple[str, list[str], bool]]:
    """(key, values, is_list) of each field: `key: value`, `key = value` and YAML's indented `- item` lists."""
    key = ""
    for line in lines:
        field = YAML_FIELD.match(line.text) or TOML_FIELD.match(line.text)
        item = YAML_ITEM.match(line.text)
        if item and key:
            yield key, _values(item.group(1)), True
        elif field:
            key = field.group(1).lower()
            raw = field.group(2)
            yield key, _values(raw), raw.strip().startswith("[")


def _meaning(key: str) -> str | None:
    """What a front matter key holds: a generator's key, else a Chinese field name (标题、日期…)."""
    return FRONT_MATTER_KEYS.get(key) or field_name(key)


def read_front_matter(lines: list[Line]) -> tuple[str | None, Meta]:
    """The title and metadata of a front matter's lines (the lines between its fences)."""
    pairs: list[tuple[str, str]] = []
    keywords: list[str] = []
    for key, values, is_list in _front_matter_fields(lines):
        meaning = _meaning(key)
        if meaning == "keywords":
            keywords += values if is_list else [w for v in values for w in split_keywords(v)]
        elif meaning:
            pairs += [(meaning, value) for value in values]
    title = next((value for meaning, value in pairs if meaning == "title"), None)
    meta = build_meta(pairs)
    return title, replace(meta, keywords=tuple(dict.fromkeys(keywords)) or meta.keywords)


# ---------------------------------------------------------------- inline markup

CITED_NUMBERS = r"\[\d{1,3}(?:\s?[,，\-–]\s?\d{1,3})*\]"  # [3], [3,5], [3-5]
# Rewrites of inline markup, in order: pictures go, links keep their text, tags and emphasis marks vanish.
INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # ![alt](src)
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),  # ![alt][ref]
    (re.compile(r"\[\^[^\]]{1,20}\]"), ""),  # footnote references [^1]
    # a numbered citation after a word, linked to its note or its page (总和[3](p.437), [12](#fn12), [3,5](…)), and a
    # pandoc citation ([@marx1867, p. 437]): no words of the text (a reference list's entry opens its line: [1] …)
    (re.compile(rf"(?<=\S){CITED_NUMBERS}\([^()\s]{{0,200}}\)"), ""),
    (re.compile(r"\[-?@[^\[\]]{1,80}\]"), ""),
    (re.compile(r"\[((?:\\.|[^\[\]\\]){0,300})\]\([^()\s]*(?:\s+\"[^\"]*\")?\)"), r"\1"),  # [text](url)
    (re.compile(r"\[((?:\\.|[^\[\]\\]){1,300})\]\[[^\]]{0,40}\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>"), ""),  # <http://…>
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML: <Badge …/>, <span>, <font>
    (re.compile(r"\{:[^}]*\}"), ""),  # kramdown attribute lists {:toc} {: .class}
    (re.compile(r"`+([^`]*)`+"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"==(?=\S)(.+?)(?<=\S)=="), r"\1"),  # highlight
    (re.compile(r"(?<![A-Za-z0-9*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?![A-Za-z0-9*])"), r"\1"),
    (re.compile(r"(?<![A-Za-z0-9_\\])_(?=\S)([^_]+?)(?<=\S)_(?![A-Za-z0-9_])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~=])"), r"\1"),  # backslash escapes
)
SPACES = re.compile(r"[ \t\xa0]+")  # ideographic spaces are the text's own


def inline_text(text: str) -> str:
    """A line's text without inline markup: links keep their text, pictures and tags vanish."""
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return SPACES.sub(" ", html.unescape(text)).strip()


# ---------------------------------------------------------------- block markup

HEADING = re.compile(r"^(#{1,6})(?:\s+|(?=[^#\s\x00-\x7f]))(.*?)(?:\s+#+)?\s*$")
SETEXT = re.compile(r"^(=+|-+)$")
RULE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1\s*([：:]?)$")
BULLET = re.compile(r"^[-*+•]\s+(.*)$")
# A task item of GFM or Obsidian (- [ ] 背熟要点, - [x] 做完练习, 1. [ ] …): the note-taker's to-do, not the document's.
TASK_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\](?:\s|$)")
ORDERED = re.compile(r"^(\d{1,3}[.)、])\s+(.*)$")
QUOTE = re.compile(r"^>\s?")
FENCE = re.compile(r"^(`{3,}|~{3,})")
TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
CELL_SPLIT = re.compile(r"(?<!\\)\|")
HTML_BLOCK = re.compile(r"^<([A-Za-z][\w-]*)(?:[\s/>]|$)")
# Lines that only stand for a table of contents the site generates.
TOC = re.compile(
    r"^(?:\[toc\]|\[\[toc\]\]|\{:toc\}|\$\{toc\}|<!--\s*toc\s*-->|[-*+]\s+(?:content|toc|目录))$", re.IGNORECASE
)
LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+")
# A line that only links to a heading of the page itself: an entry of the note's own table of contents.
ANCHOR_LINK = re.compile(r"^(?:[-*+]\s+|\d{1,3}[.)]\s+)?\[[^\[\]]+\]\(#[^()\s]*\)$")
# A heading's own identifier written after it ({#part1}), as kramdown, pandoc and VitePress take it.
HEADING_ID = re.compile(r"\s*\{#[\w:.-]+\}$")
# HTML blocks whose content is raw text: they end at their closing tag, not at a blank line.
RAW_BLOCKS = frozenset(("style", "script", "pre", "textarea"))
# Markdown tokens counted to recognize a markdown text (a table row, a heading, a bold line, a quote, …).
SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("heading", HEADING),
    ("bold", BOLD_LINE),
    ("quote", re.compile(r"^>\s")),
    ("fence", FENCE),
    ("table", TABLE_RULE),
    ("bullet", re.compile(r"^[-*+]\s+\S")),
    ("link", re.compile(r"\[[^\[\]]+\]\([^()\s]+\)")),  # its text holds no bracket: linear on a run of them
    ("toc", TOC),
)
SIGNAL_REACH = 300  # lines looked at to recognize markdown
STRUCTURAL = frozenset(("heading", "bold", "fence", "table", "toc"))
HEADINGS_ALONE = 2  # this many `#` headings make a markdown text without any other markup
OPENING_HEADING = re.compile(r"^#{1,6}\s+\S")


LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\S")
NESTED_INDENT = 2  # an item indented this much deeper than the item above it is nested under it


def _nests_items(lines: list[Line]) -> bool:
    """True when a list item (1. …, - …) is indented under the item right above it: a markdown list's nesting (a
    plain text's numbered lines stand at one margin, their indent the text's full-width spaces)."""
    items = [line for line in lines if line.text and LIST_ITEM.match(line.text)]
    return any(
        below.indent >= above.indent + NESTED_INDENT and below.no - above.no == 1 for above, below in pairwise(items)
    )


def has_front_matter(lines: list[Line]) -> bool:
    """True when the text opens with a YAML (---) or TOML (+++) front matter."""
    return _front_matter_end(lines) is not None


def looks_like_markdown(lines: list[Line]) -> bool:
    """True for a text that opens with front matter or a `#` heading, or that uses two kinds of markdown block
    markup, one of them structural (headings, bold lines, code fences, tables), or two `#` headings, and is no
    HTML page (a note may hold blocks of HTML)."""
    if _front_matter_end(lines) is not None:
        return True
    found = [kind for line in lines[:SIGNAL_REACH] for kind, pattern in SIGNALS if pattern.search(line.text)]
    kinds = set(found) | ({"nested list"} if _nests_items(lines[:SIGNAL_REACH]) else set())
    marked = (len(kinds) >= 2 and bool(kinds & STRUCTURAL)) or found.count("heading") >= HEADINGS_ALONE
    # a note that opens on its one `# 标题` and goes on in plain paragraphs: no plain text opens on a hash and a space
    # (a post's #话题# has none)
    opening = next((line.text for line in lines if line.text.strip()), "")
    return (marked or OPENING_HEADING.match(opening) is not None) and not looks_like_html_page(lines)


@dataclass
class _Nesting:
    """The indents of the list items still open above the current line: how deep a bullet is."""

    indents: list[int]

    def depth(self, indent: int) -> int:
        """The depth (0 for top level) of a list item at `indent`."""
        while self.indents and indent < self.indents[-1]:
            self.indents.pop()
        if not self.indents or indent > self.indents[-1]:
            self.indents.append(indent)
        return len(self.indents) - 1


def _cells(text: str) -> list[str]:
    """The cells of a table row `| a | b |`."""
    row = text.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip() for cell in CELL_SPLIT.split(row)]


def _table_row(line: Line) -> list[Line]:
    """A table row: one line of short cells, or each cell (each of its <br> parts) its own line."""
    parts = ([inline_text(part) for part in CELL_BREAK.split(cell)] for cell in _cells(line.text))
    return row_lines([[Line(line.no, part) for part in cell if part] for cell in parts])


def _is_table_header(lines: list[Line], i: int) -> bool:
    """True for the first row of a table: a `|` row with a `|---|` rule right below it."""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    return "|" in lines[i].text and "|" in below and TABLE_RULE.match(below) is not None


def _rows_under(lines: list[Line], i: int) -> list[list[str]]:
    """The cells of the rows of the table whose first row is line `i`, under its rule."""
    end = next((j for j in range(i + 2, len(lines)) if "|" not in lines[j].text), len(lines))
    return [_cells(line.text) for line in lines[i + 2 : end]]


def _html_block_end(lines: list[Line], i: int, tag: str) -> int:
    """The position after a block of HTML that starts at line `i`: its closing tag's line or a blank line."""
    close = re.compile(rf"</{re.escape(tag)}\s*>|/>\s*$", re.IGNORECASE)
    raw = tag.lower() in RAW_BLOCKS
    for j in range(i, len(lines)):
        if (not lines[j].text and not raw) or close.search(lines[j].text):
            return j + (1 if lines[j].text else 0)
    return len(lines)


def _block_line(line: Line, nesting: _Nesting) -> Line | None:
    """One line of markdown as a paragraph line with its level, or None for a line of markup only or a task item."""
    text = QUOTE.sub("", line.text)
    while QUOTE.match(text):
        text = QUOTE.sub("", text)
    if TOC.match(text) or RULE.match(text) or LINK_DEFINITION.match(text) or ANCHOR_LINK.match(text):
        return None
    if TASK_ITEM.match(text):
        return None
    level = 0
    if heading := HEADING.match(text):
        level, text = len(heading.group(1)), HEADING_ID.sub("", heading.group(2))
    elif bold := BOLD_LINE.match(text):
        level, text = BOLD_LEVEL, bold.group(2) + bold.group(3)
    elif bullet := BULLET.match(text):
        level, text = BULLET_LEVEL + nesting.depth(line.indent), bullet.group(1)
    elif ORDERED.match(text):  # the author's own number stays in the text, where the parser reads it
        level = BULLET_LEVEL + nesting.depth(line.indent)
    if level and level < BULLET_LEVEL:
        nesting.indents.clear()
    text = inline_text(text)
    return replace(line, text=text, level=level) if text else None


def markdown_lines(lines: list[Line]) -> list[Line]:
    """The paragraph lines of a markdown text (front matter excluded), each with its level."""
    out: list[Line] = []
    nesting = _Nesting([])
    in_table = False  # between a table's rule and its last `|` row
    i = 0
    while i < len(lines):
        line = lines[i]
        if fence := FENCE.match(line.text):  # a code block: its lines of hanzi are text, the rest is code
            end = next((j for j in range(i + 1, len(lines)) if lines[j].text.startswith(fence.group(1))), len(lines))
            out += [replace(ln, level=0, closed=True) for ln in lines[i + 1 : end] if HANZI.search(ln.text)]
            i = end + 1
            continue
        if (tag := HTML_BLOCK.match(line.text)) and not line.indent:
            end = _html_block_end(lines, i, tag.group(1))
            out += [replace(ln, closed=True) for ln in html_lines("\n".join(ln.text for ln in lines[i:end]), line.no)]
            i = end
            continue
        if SETEXT.match(line.text) and out and out[-1].no == line.no - 1 and not out[-1].level:
            out[-1] = replace(out[-1], level=1 if line.text[0] == "=" else 2)
            i += 1
            continue
        in_table = in_table and "|" in line.text
        if TABLE_RULE.match(line.text) and "|" in line.text:
            in_table = True
            i += 1
            continue
        if _is_table_header(lines, i) and is_header_row(_cells(line.text), below=_rows_under(lines, i)):
            pass  # the labels of the table's columns (| 序号 | 任务 |): no row of it
        elif in_table or _is_table_header(lines, i):
            out += [replace(ln, closed=True) for ln in _table_row(line)]
        elif line.text and (para := _block_line(line, nesting)):
            out.append(replace(para, closed=i + 1 == len(lines) or not lines[i + 1].text))
        i += 1
    return out


# ---------------------------------------------------------------- the reader


def _drop_title_heading(body: list[Line], title: str) -> list[Line]:
    """The body without the heading that repeats the front matter's title above the first paragraph."""
    for i, line in enumerate(body):
        if is_prose(line.text):
            break
        if line.level and same_text(line.text, title):
            return body[:i] + body[i + 1 :]
    return body


# A text's one `#` heading, opening it, heads the whole text whatever it says: its title, though it be numbered as
# a book's part (# 第四章：某某理论, # 专题二 …) or stand over short lines only (a note's points); a heading that is a
# sentence or a date is none.
SOLE_TITLE_MAX = 60


def _sole_top_heading(body: list[Line]) -> Line | None:
    """The `#` heading that opens the text when it is the text's only one and reads as a heading, else None."""
    opening = next((line for line in body if line.text), None)
    if opening is None or opening.level != 1 or sum(1 for line in body if line.level == 1) > 1:
        return None
    text = opening.text
    headed = len(text) <= SOLE_TITLE_MAX and not any(ch in SENTENCE_PUNCT for ch in text) and not looks_like_date(text)
    return opening if headed and HANZI.search(text) else None


def _read_body(body: list[Line]) -> Draft:
    """A markdown body without front matter: a scraped page, or a text whose first heading may be its title."""
    opening = next((line for line in body if line.text), None)
    hint = opening.text if opening is not None and opening.level == 1 else None
    if looks_like_web_page(body):
        return read_web_page(body, hint=hint)
    head = find_head(body, page=hint is not None, hint=hint)
    if hint is not None and head.title != hint:
        head = find_head(body, page=False)
    sole = _sole_top_heading(body) if head.title is None else None
    if sole is not None:  # the heading no head took: the text's title all the same
        return Draft("markdown", sole.text, head.meta(), tuple(line for line in head.body(body) if line is not sole))
    return Draft("markdown", head.title, head.meta(), tuple(head.body(body)))


def read_markdown(lines: list[Line]) -> Draft:
    """A markdown text: front matter for title and metadata, the rest as paragraphs with their levels."""
    end = _front_matter_end(lines)
    title, meta = read_front_matter(lines[: end or 0])
    body = markdown_lines(lines[end + 1 :] if end is not None else lines)
    if title is None:
        draft = _read_body(body)
        title, body = draft.title, list(draft.body)
        meta = replace(meta, date=meta.date or draft.meta.date, author=meta.author or draft.meta.author)
    else:
        body = _drop_title_heading(body, title)
    body, meta = take_signature(body, meta)
    return Draft("markdown", title, meta, tuple(body))
