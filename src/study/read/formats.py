"""Format readers, tried in order: markdown with front matter, HTML, tagged newspaper dump, metadata header,
markdown, scraped web page, plain text."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from itertools import accumulate

from study.read.fields import build_meta, field_line, field_name, field_pairs, parse_date
from study.read.head import find_head, take_signature
from study.read.html import looks_like_html, read_html, untag_lines
from study.read.lines import Draft, Line, normalize_line
from study.read.markdown import has_front_matter, looks_like_markdown, read_markdown
from study.read.web import (
    end_mark_date,
    is_footer_start,
    is_text_line,
    is_toolbar,
    looks_like_web_page,
    read_web_page,
    unglue_fields,
)

# ---------------------------------------------------------------- tagged dumps: 〖BT/标题〗…〖-BT/标题〗

TAG_OPEN = re.compile(r"〖([A-Za-z]{1,4})/([^〗\n]{1,10})〗")
# Field codes of the dumps, read before the field's name (the name is the fallback, via FIELD_NAMES).
TAG_CODES: dict[str, str] = {
    "BT": "title",
    "RQ": "date",
    "ZZ": "author",
    "BM": "page",
    "GJ": "keywords",
    "ZW": "body",
    "BZ": "publication",
    "KM": "publication",
}
# Dumps that never name their paper, recognized by the fields their database exports: the People's Daily
# full-text database (人民日报图文数据库) gives every article 总期 (issue), 版号 (page no.) and 版名 (page).
TAG_PUBLICATIONS: tuple[tuple[frozenset[str], str], ...] = ((frozenset({"ZQ", "BH", "BM"}), "人民日报"),)


def looks_tagged(lines: list[Line]) -> bool:
    """True when the first lines hold two or more 〖XX/名〗 field tags."""
    head = "\n".join(line.text for line in lines[:40])
    return len(TAG_OPEN.findall(head)) >= 2


def _tag_meaning(code: str, name: str) -> str | None:
    """What a tagged field holds, by its code or else by its name."""
    return TAG_CODES.get(code.upper()) or field_name(name)


def _tag_fields(raw: str) -> list[tuple[str, str, int, str]]:
    """(code, name, offset, content) of every tagged field; one without its closing tag ends at the next."""
    opens = list(TAG_OPEN.finditer(raw))
    fields = []
    for k, match in enumerate(opens):
        limit = opens[k + 1].start() if k + 1 < len(opens) else len(raw)
        close = raw.find(f"〖-{match.group(1)}/", match.end(), limit)
        end = close if close >= 0 else limit
        fields.append((match.group(1).upper(), match.group(2), match.end(), raw[match.end() : end]))
    return fields


def _field_lines(lines: list[Line], offset: int, content: str) -> list[Line]:
    """A field's content as numbered lines (the field starts at `offset` in the lines joined by newlines)."""
    starts = list(accumulate((len(line.text) + 1 for line in lines[:-1]), initial=0))
    first = lines[bisect.bisect_right(starts, offset) - 1].no
    return [Line(first + i, normalize_line(text)) for i, text in enumerate(content.split("\n"))]


def read_tagged(lines: list[Line]) -> Draft:
    """A tagged newspaper dump: one field per tag, the body in 〖ZW/正文〗 (else the untagged lines)."""
    fields = [
        (code, _tag_meaning(code, name), offset, content)
        for code, name, offset, content in _tag_fields("\n".join(line.text for line in lines))
    ]
    bodies = [_field_lines(lines, offset, content) for _, meaning, offset, content in fields if meaning == "body"]
    body = [line for part in bodies for line in part] if bodies else [ln for ln in lines if "〖" not in ln.text]
    pairs = [(meaning, " ".join(content.split())) for _, meaning, _, content in fields if meaning]
    codes = {code for code, _, _, _ in fields}
    pairs += [("publication", paper) for needed, paper in TAG_PUBLICATIONS if needed <= codes]
    title = next((value for meaning, value in pairs if meaning == "title" and value), None)
    meta = build_meta(pairs)
    return Draft("tagged", title, meta, tuple(body))


# ---------------------------------------------------------------- metadata header: 标题：… 正文：

FIELD_SHAPE = re.compile(r"^[\w]{1,8}\s*[:：]")
HEADER_REACH = 40  # a header's body opener (正文：) comes within this many lines


def _is_opener(line: Line) -> bool:
    """True for the line that opens the body (正文：)."""
    field = field_line(line.text)
    return field is not None and field[0] == "body"


def _header_run(lines: list[Line]) -> list[Line]:
    """The header's lines: through the body opener when one exists, else the leading known fields."""
    opener = next((i for i, line in enumerate(lines[:HEADER_REACH]) if _is_opener(line)), None)
    if opener is not None and all(not ln.text or FIELD_SHAPE.match(ln.text) for ln in lines[:opener]):
        return lines[: opener + 1]
    run: list[Line] = []
    for line in lines:
        if line.text and not field_line(line.text):
            break
        run.append(line)
    return run


def looks_like_header(lines: list[Line]) -> bool:
    """True when the document opens with two or more known metadata fields."""
    known = [field_line(line.text) for line in _header_run(lines) if line.text]
    return sum(1 for f in known if f) >= 2


def _drop_trailing_fields(body: list[Line]) -> list[Line]:
    """The body without the fields (描述：, 摘要：…) that some exports put after it."""
    kept = list(body)
    while kept and (not kept[-1].text or field_line(kept[-1].text)):
        kept.pop()
    return kept


def _line_fields(text: str) -> list[tuple[str, str]]:
    """A header line's fields: several on a line of a table (发文机关：…　　成文日期：…), else the line's one
    field with its value as written (its spaces kept)."""
    pairs = field_pairs(text)
    one = field_line(text)
    return pairs if len(pairs) > 1 else [one] if one else []


def read_header(lines: list[Line]) -> Draft:
    """A document with a metadata header (标题：… 日期：… 正文：) and its body after it."""
    run = _header_run(lines)
    fields = [pair for line in run if line.text for pair in _line_fields(line.text)]
    body = lines[len(run) :]
    opener = fields[-1][1] if fields and fields[-1][0] == "body" else ""
    if opener and run:
        body.insert(0, Line(run[-1].no, opener))  # text right after 正文： on the same line
    title = next((value for meaning, value in fields if meaning == "title" and value), None)
    body = _drop_trailing_fields(body)
    if title is None:  # an empty 标题： field: the body may still open with its title
        head = find_head(body, page=False)
        title, body = head.title, head.body(body)
        fields += [("author", head.author or ""), *head.fields]
    meta = build_meta(fields)
    return Draft("header", title, meta, tuple(body))


# ---------------------------------------------------------------- plain text


def read_plain(lines: list[Line]) -> Draft:
    """Plain text: a title only when the first line clearly is one (never a made-up title); a row of a page's fields
    glued to a line set apart from it."""
    lines = unglue_fields(untag_lines(lines))
    head = find_head(lines, page=False)
    body, meta = take_signature(_without_page_footer(head.body(lines)), head.meta())
    issued = end_mark_date(lines)  # a press release's day, under its end mark in the footer cut off
    meta = dataclasses.replace(meta, date=parse_date(issued)) if issued and not meta.date else meta
    return Draft("plain", head.title, meta, tuple(body))


def _without_page_footer(body: list[Line]) -> list[Line]:
    """A plain text's body without the footer of the page it was copied from (a WeChat account's 往期推荐 and its
    links, 阅读原文, its buttons 分享 收藏 点赞 在看): from a line where a page's footer begins, after text and with
    no paragraph of text after it, on; and a row of buttons closing it."""
    texts = [i for i, line in enumerate(body) if line.text]
    last_text = max((i for i in texts if is_text_line(body[i].text)), default=-1)  # no text after a footer's start
    starts = (i for i in texts[1:] if i >= last_text and is_footer_start(body[i].text))
    kept = body[: next(starts, len(body))]
    while kept and (not kept[-1].text or is_toolbar(kept[-1].text)):
        kept.pop()
    return kept


def read_web_text(lines: list[Line]) -> Draft:
    """A web page saved as text: its stray HTML read first (<br>, &ldquo;), as a plain text's is."""
    return read_web_page(untag_lines(lines))


# ---------------------------------------------------------------- the table

# Front matter says markdown whatever HTML the text holds, and so does markdown's markup when the text is no
# whole HTML page (a note with blocks of HTML); other markdown is known by its markup after the formats whose
# own signs are surer (a header's fields, a dump's tags) and before a web page's furniture.
FORMATS: tuple[tuple[str, Callable[[list[Line]], bool], Callable[[list[Line]], Draft]], ...] = (
    ("front matter", has_front_matter, read_markdown),
    ("html", lambda lines: looks_like_html(lines) and not looks_like_markdown(lines), read_html),
    ("tagged", looks_tagged, read_tagged),
    ("header", looks_like_header, read_header),
    ("markdown", looks_like_markdown, read_markdown),
    ("web", looks_like_web_page, read_web_text),
    ("plain", lambda lines: True, read_plain),
)


def read_format(lines: list[Line]) -> Draft:
    """The draft of the first format reader whose test accepts the lines."""
    return next(read(lines) for _name, accepts, read in FORMATS if accepts(lines))
