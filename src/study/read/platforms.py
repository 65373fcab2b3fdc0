"""Publishing platforms whose saved pages name their parts by the ids of their elements: the article's title, its
body, its publication time and the account that posted it (a WeChat official account's page, mp.weixin.qq.com).

A page of one of them is read by its own marks, as no extractor guesses: the body from its element, the title from
the page's og:title (else its title element), the date from the page's scripts or its time element, and the
account's name is the publication, never a part of the title; the writer it names is the author.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from study.read.fields import parse_date


@dataclass(frozen=True)
class Platform:
    """What marks one platform's page and where its parts stand (element ids; scripts that date it)."""

    name: str
    sign: re.Pattern[str]  # in the page's source: the platform's own address or marks
    body: str
    title: str
    date: str
    account: str
    author: str  # the element naming the article's writer (its page's <meta name="author"> too)
    # a script's variables that hold the publication time: seconds since the epoch, or a written date
    epoch_scripts: tuple[re.Pattern[str], ...] = ()
    date_scripts: tuple[re.Pattern[str], ...] = ()


CHINA_TIME = datetime.timezone(datetime.timedelta(hours=8))  # a platform's times are Beijing time
EPOCH_DIGITS = r"""["']?(1\d{9})["']?"""  # seconds since 1970, as any time since 2001 is written

PLATFORMS: tuple[Platform, ...] = (
    Platform(
        "wechat",
        re.compile(r"mp\.weixin\.qq\.com|\bid\s*=\s*[\"']?js_content\b|rich_media_content", re.I),
        body="js_content",
        title="activity-name",
        date="publish_time",
        account="js_name",
        author="js_author_name",
        epoch_scripts=(
            re.compile(rf"\bvar\s+ct\s*=\s*{EPOCH_DIGITS}"),
            re.compile(rf"\bcreate_time\s*[=:]\s*{EPOCH_DIGITS}"),
        ),
        date_scripts=(re.compile(r"""\b(?:var\s+)?(?:publish_time|createTime)\s*=\s*["']([^"']{8,30})["']"""),),
    ),
)
TITLE_METAS = frozenset(("og:title", "twitter:title"))
AUTHOR_META = "author"


class _Parts(HTMLParser):
    """Finds the elements of the ids asked for: where each starts and ends in the page, and its text."""

    def __init__(self, ids: frozenset[str]) -> None:
        """A parser looking for elements with these ids."""
        super().__init__(convert_charrefs=True)
        self.ids = ids
        self.spans: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {}  # id → (start, end) as (line, column)
        self.texts: dict[str, str] = {}
        self.metas: dict[str, str] = {}
        self._open: list[tuple[str, str | None, tuple[int, int]]] = []  # (tag, id, where its content starts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element; note a meta's title."""
        named = dict(attrs)
        key = (named.get("property") or named.get("name") or "").lower()
        if tag == "meta" and key in (*TITLE_METAS, AUTHOR_META) and named.get("content"):
            self.metas.setdefault(key, named["content"] or "")
        if tag in ("meta", "br", "img", "hr", "link", "input", "wbr", "source", "area", "base", "col", "embed"):
            return
        ident = named.get("id")
        line, column = self.getpos()
        text = self.get_starttag_text() or ""
        end = (line + text.count("\n"), len(text) - text.rfind("\n") - 1 if "\n" in text else column + len(text))
        self._open.append((tag, ident if ident in self.ids else None, end))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed element holds nothing: only a meta's title is read from it."""
        self.handle_starttag("meta" if tag == "meta" else "br", attrs)

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open `tag` and what is open inside it (a page that forgot an end tag)."""
        depth = next((k for k in range(len(self._open) - 1, -1, -1) if self._open[k][0] == tag), None)
        if depth is None:
            return
        for _tag, ident, start in self._open[depth:]:
            if ident and ident not in self.spans:
                self.spans[ident] = (start, self.getpos())
        del self._open[depth:]

    def handle_data(self, data: str) -> None:
        """Text inside an element asked for."""
        for _tag, ident, _start in self._open:
            if ident and ident not in self.spans:
                self.texts[ident] = self.texts.get(ident, "") + data


@dataclass(frozen=True)
class PlatformPage:
    """A platform's page, read by its marks: its body's HTML and where it starts, its title, date and account."""

    body_html: str
    body_line: int
    title: str | None
    title_line: int
    date: str | None
    account: str | None
    author: str | None


def _offset(page: str, where: tuple[int, int]) -> int:
    """The offset in `page` of a (1-based line, column) place."""
    line, column = where
    starts = [0] + [k + 1 for k, ch in enumerate(page) if ch == "\n"]
    return starts[line - 1] + column


def _clean(text: str | None) -> str | None:
    """A text with its spaces run together, or None when blank."""
    joined = " ".join((text or "").split())
    return joined or None


def _script_date(page: str, platform: Platform) -> str | None:
    """The publication date the page's scripts give: seconds since the epoch (in Beijing time) or a written date."""
    for pattern in platform.epoch_scripts:
        if match := pattern.search(page):
            return datetime.datetime.fromtimestamp(int(match.group(1)), CHINA_TIME).date().isoformat()
    written = (match.group(1) for pattern in platform.date_scripts if (match := pattern.search(page)))
    return next((date for text in written if (date := parse_date(text))), None)


def platform_page(page: str) -> PlatformPage | None:
    """The page read by its platform's marks; None for a page of no known platform, or one whose body is empty."""
    platform = next((p for p in PLATFORMS if p.sign.search(page)), None)
    if platform is None:
        return None
    parts = _Parts(frozenset((platform.body, platform.title, platform.date, platform.account, platform.author)))
    parts.feed(page)
    parts.close()
    span = parts.spans.get(platform.body)
    if span is None or not _clean(parts.texts.get(platform.body)):
        return None
    body = page[_offset(page, span[0]) : _offset(page, span[1])]
    title = _clean(next((parts.metas[key] for key in sorted(TITLE_METAS) if key in parts.metas), None))
    date = parse_date(parts.texts.get(platform.date) or "") or _script_date(page, platform)
    account = _clean(parts.texts.get(platform.account))
    author = _clean(parts.texts.get(platform.author)) or _clean(parts.metas.get(AUTHOR_META))
    title = title or _clean(parts.texts.get(platform.title))
    title_line = parts.spans[platform.title][0][0] if platform.title in parts.spans else span[0][0]
    return PlatformPage(body, span[0][0], title, min(title_line, span[0][0]), date, account, author)
