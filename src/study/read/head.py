"""The head of a document without a header: its title, byline and date lines before the first paragraph."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from study.model import Meta
from study.read.fields import (
    FIELD_SEPARATORS,
    NUMERIC_DATE,
    build_meta,
    field_line,
    field_pairs,
    parse_date,
    unspaced,
)
from study.read.lines import Line
from study.read.repair import is_captioned, is_hard_wrapped
from study.read.shapes import (
    AUTHOR_UNIT,
    BYLINE_MARK,
    DATE_LEAD,
    DATED_NAME,
    DOC_NUMBER,
    HANZI,
    JOURNAL_ISSUE,
    NAME_SEPARATORS,
    NUM,
    REPORTERS_BYLINE,
    SALUTATION,
    SENTENCE_PUNCT,
    SIGNED_NUMBER,
    SITE_HEADER,
    SITE_NAME,
    SPEECH_FRAME_END,
    STRICT_TITLE_PUNCT,
    SUBTITLE_OPENERS,
    TITLE_NOTE,
    adoption_date,
    byline_name,
    clean_title,
    colon_authors,
    dateline_name,
    ends_with_doc_kind,
    has_words,
    is_dateline,
    is_editorial_byline,
    is_headline_question,
    is_issue_banner,
    is_keyword_run,
    is_masthead,
    is_page_clock,
    is_prose,
    is_question_title,
    is_speech_title,
    issuer_names,
    labelled_names,
    looks_like_date,
    looks_like_names,
    looks_like_title,
    marked_names,
    masthead_lines,
    name_and_post,
    same_text,
    spaceless,
    speech_speaker,
    starts_new_paragraph,
    title_byline,
    title_colon_label,
    unit_and_name,
)
from study.script import simplify

SIGNER_MAX_LENGTH = 20  # the issuing body or person above a closing date is named in a short line
# the marks a sentence closes on, its quotation's too (never a colon: a date under 截止时间： is what it labels)
SENTENCE_CLOSES = ("。", "！", "？", "!", "?", "”", "」")
TITLE_REST_MAX_LENGTH = 30  # the second line of a title broken in two is short …
QUOTED_REST_MAX_LENGTH = 60  # … but for the name of the document it sends (《…实施方案》的通知)
QUOTED_DOCUMENT = re.compile(r"^《[^《》]{2,}》(?:的)?[\u3400-\u9fff（）()]{1,12}$")
OPENS_TITLE = "关于"  # an official title's frame: 关于 … 的<kind of document>
FRAGMENT_MAX_LENGTH = 4  # a line this short, its bracketed note aside, names nothing alone (查材料)
WIDGET_MAX_LENGTH = 10  # a page's widget label copied above its headline (今天是：, APP下载) is this short
COLUMN_NAME_MAX = 4  # a line over the dateline this short is the column's name (要闻, 新闻推荐), not the headline
TRAILING_DATE = re.compile(rf"(?<!\s)\s+{NUMERIC_DATE}\s*日?(?:\s+\S+)?$")  # a date (and a time) after a repeated title
DASHES = "—-－–"  # the dash a subtitle opens with (——在…上的讲话)
KIND_LABEL_MAX = 4  # the label of a kind of text before a title's repeat (专题党课：…) is this short
MASTHEAD_REACH = 4  # the bodies that issue a document together, each on its line, over 文件
# a mirror site's mark after the headline it copied (…的意见******); tried where a run of stars starts: linear
STARRED = re.compile(r"(?<=[^\s*＊])\s*[*＊]{3,}\s*$")


@dataclass(frozen=True)
class Head:
    """Title, author and date found in a document's head, and the lines to leave out of the body."""

    title: str | None
    author: str | None
    date: str | None
    used: frozenset[int]  # positions in the list of lines given to find_head
    fields: tuple[tuple[str, str], ...] = ()  # the (meaning, value) fields on the head's metadata lines

    def body(self, lines: list[Line]) -> list[Line]:
        """The lines that are not part of the head."""
        return [line for i, line in enumerate(lines) if i not in self.used]

    def meta(self) -> Meta:
        """The head's metadata: its byline and date, then its metadata lines' fields."""
        return build_meta([("author", self.author or ""), ("date", self.date or ""), *self.fields])


NO_HEAD = Head(None, None, None, frozenset())


def _first_field(text: str) -> str | None:
    """The meaning of the field a line opens with (发布时间：… → 'date'), or None."""
    found = field_line(FIELD_SEPARATORS.split(unspaced(text.strip()), maxsplit=1)[0])
    return found[0] if found else None


# A page's row of fields left empty in the copy (出版：更新：, 作者： 来源：): two labels or more, no value.
EMPTY_FIELDS = re.compile(r"^(?:[\u3400-\u9fff]{1,6}\s*[:：]\s*){2,6}$")


# A blog's counters and buttons under a post's title, alone or in a row (阅读(123) 评论(0) 收藏 转载).
COUNTERS = re.compile(
    r"^(?:(?:阅读|评论|浏览|点击|收藏|转载|分享|点赞|推荐|喜欢|举报)\s*(?:[(（]\s*\d*\s*[)）]|\d+)?[\s|｜]*)+$"
)
# A blog post's row under its title, its parts set apart by bars: the post's date, its category and a counter
# (#默认分类 | 2019-7-25 | 0条评论, 2019-07-25 | 随笔 | 阅读 123, 发表于 2019-07-25 | 分类于 随笔 | 阅读次数 123).
ROW_BAR = re.compile(r"\s*[|｜]\s*")
# a counter's word may be a count's name (阅读次数 215, 浏览量：86, 评论数 3: a blog theme's row)
ROW_COUNTER = re.compile(
    r"^(?:\d+\s*条?\s*(?:评论|回复|留言|阅读|浏览)|(?:评论|阅读|浏览|点击|访问)(?:次数|量|数)?\s*[(（:：]?\s*\d+[)）]?)$"
)
ROW_PART_MAX = 12  # a category's name is short
ROW_MAX = 60


def post_row_date(text: str) -> str | None:
    """The date on a blog post's row of date, category and counter set apart by bars, else None."""
    parts = [part for part in ROW_BAR.split(text.strip()) if part] if len(text) <= ROW_MAX else []
    # a theme may set its word for posting before the date (发表于 2019-07-25 | 分类于 随笔 | 阅读次数 123)
    bare = [DATE_LEAD.sub("", part, count=1) for part in parts]
    dates = [date for part in bare if looks_like_date(part) and (date := parse_date(part))]
    counted = any(ROW_COUNTER.match(simplify(part)) for part in parts)
    short = all(len(part) <= ROW_PART_MAX for part in bare)
    return dates[0] if len(parts) >= 2 and dates and counted and short else None


# An aggregator's stamp under a reposted headline: the source's name and how long ago the app took it (新华社 9小时前,
# 某某日报 刚刚): the publication, and no date (the time is the app's, relative to a day the copy does not name).
RELATIVE_STAMP = re.compile(
    r"^([\u3400-\u9fffA-Za-z·]{2,16})\s+(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|昨天(?:\s*\d{1,2}:\d{2})?)$"
)


def is_meta_line(text: str) -> bool:
    """True for a line that only carries metadata: a date, a dateline (2005-07-14 来源：…), known fields
    (发布时间：… 来源：…), an official document's number (某政发〔2019〕8号), a journal's issue (某某学刊 2019年2期),
    an author's unit with its postcode, a row of empty fields, an e-paper's page banner (总第862期 2021-04-06),
    a blog's counters (阅读(123) 评论(0)), an official document's masthead (某县人民政府文件), a decision's note of its
    adoption (（2023年3月8日…会议通过）), an aggregator's stamp (某某社 9小时前)."""
    return (
        EMPTY_FIELDS.match(text) is not None
        or COUNTERS.match(simplify(text)) is not None
        or is_issue_banner(text)
        or looks_like_date(text)
        or is_dateline(text)
        or _first_field(text) is not None
        or DOC_NUMBER.match(simplify(text)) is not None
        or SIGNED_NUMBER.match(simplify(text)) is not None
        or JOURNAL_ISSUE.match(text) is not None
        or AUTHOR_UNIT.match(text) is not None
        or post_row_date(text) is not None
        or is_masthead(text)
        or adoption_date(text) is not None
        or RELATIVE_STAMP.match(text.strip()) is not None
    )


# The name of the column or special section a page files the article under, under its headline (某某学习教育专题).
COLUMN_LABEL = re.compile(r"^[\u3400-\u9fff]{2,12}(?:专题|专栏|频道)$")


def _is_furniture(text: str) -> bool:
    """True for a head line under the title that only carries metadata, not text (a body field, 内容：…, opens
    the body), or names the page's column (某某专题)."""
    return (is_meta_line(text) and _first_field(text) != "body") or COLUMN_LABEL.match(
        simplify(text.strip())
    ) is not None


def line_date(text: str) -> str | None:
    """The date a head line gives: a line that is only a date, a dateline, or a date field (时间：2011/5/17)."""
    if looks_like_date(text) or is_dateline(text):
        return parse_date(text)
    if adopted := adoption_date(text):  # （2023年3月8日…会议通过）: the day the decision was adopted
        return adopted
    if posted := post_row_date(text):  # #默认分类 | 2019-7-25 | 0条评论
        return posted
    dates = (parse_date(value) for meaning, value in field_pairs(text) if meaning == "date")
    return next((date for date in dates if date), None)


ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
ENGLISH_MIN_WORDS = 5  # a sentence, not a name or an acronym


def _english_sentence(text: str) -> bool:
    """True for a sentence in English words without Chinese (a site's prompt, a translation; an English byline
    without a sentence mark stays, over its Chinese one)."""
    english = HANZI.search(text) is None and len(ENGLISH_WORD.findall(text)) >= ENGLISH_MIN_WORDS
    return english and any(ch in text for ch in ".?!")


def _headline_over_date(lines: list[Line], at: int) -> bool:
    """True for a headline with its label's colon and commas right over its date (某某专栏：…，…？ / 2022-10-03
    14:10), as a page copied as text sets it: a title by where it stands, though a plain title has no commas."""
    after = next((line.text for line in lines[at + 1 :] if line.text.strip()), "")
    return looks_like_date(after) and looks_like_title(lines[at].text, strict=False)


def head_lines(lines: list[Line], page: bool = False) -> list[tuple[int, Line]]:
    """The non-blank lines before the first body paragraph, with their positions (a line of marks alone, or
    an English sentence over them all, counts as blank). A line of metadata fields is no paragraph however
    long, nor is a long first line without any punctuation (a long title), nor a page's headline that asks a
    question."""
    head: list[tuple[int, Line]] = []
    only_meta = True  # every head line so far only carries metadata: this line may still be the title
    for i, line in enumerate(lines):
        if not has_words(line.text) or (not head and _english_sentence(line.text)):  # a site's prompt in English
            continue
        meta = is_meta_line(line.text) or (not head and is_keyword_run(line.text))  # keywords atop a page
        plain_title = looks_like_title(line.text, strict=True) or is_question_title(line.text)
        plain_title = plain_title or _headline_over_date(lines, i)
        title = (only_meta and plain_title) or (page and is_headline_question(line.text))
        if is_prose(line.text) and not meta and not title:
            break
        head.append((i, line))
        only_meta = only_meta and meta
    return head


def _over_metadata(head: list[tuple[int, Line]], marked: frozenset[int]) -> set[int]:
    """The head positions right above a line of metadata or a byline (or `marked`, over a metadata line the
    page reader set aside): where a page puts its headline, not a column's name."""
    over = {i for (i, _), (_, nxt) in pairwise(head) if is_meta_line(nxt.text) or looks_like_names(nxt.text)}
    return over | {i for i, _ in head if i in marked}


def _page_title(head: list[tuple[int, Line]], after: int, hint: str | None, marked: frozenset[int]) -> tuple[int, ...]:
    """A web page's title line (its position alone, or none), by preference: the one its markup names
    (`hint`), one repeated in the head, one right above the dateline at or below position `after` (where the
    navigation ends), any at or below `after`, one above a dateline, the first; a site's own header (…网 专栏)
    only when no other line can be the title."""
    # a picture's caption with its credit (…会见传媒（某某社 张三摄）) is no headline
    titles = [(i, line) for i, line in head if not line.joined and looks_like_title(line.text, strict=False)]
    titles = [(i, line) for i, line in titles if not is_captioned(line.text)]
    titles = [(i, line) for i, line in titles if i not in _site_headers(head, titles)] or titles
    counts = Counter(spaceless(line.text) for _, line in titles)
    hinted = [i for i, line in titles if hint and same_text(line.text, hint)]
    short = {i for i, line in titles if len(HANZI.findall(line.text)) <= COLUMN_NAME_MAX}
    # a short line set twice is the site's name or a caption, not the headline
    repeated = [i for i, line in titles if counts[spaceless(line.text)] > 1 and i not in short]
    over = _over_metadata(head, marked)
    dated = [i for i, _ in titles if i in over and i not in short]
    below_navigation = [i for i, _ in titles if i >= after]
    # a column's name (要闻导读, 本版新闻) under the navigation, over the headline
    below_navigation = [i for i in below_navigation if i not in short] or below_navigation
    dated_below = [i for i in dated if i >= after]
    # of a headline set several times, the last stands over the article (a page's list of headlines, its own
    # copy of the headline, come first)
    return tuple((hinted or repeated[-1:] or dated_below or below_navigation or dated or [i for i, _ in titles])[:1])


def _site_headers(head: list[tuple[int, Line]], titles: list[tuple[int, Line]]) -> set[int]:
    """The positions of a site's own header among the head's title lines: its name and more (某某网 专栏), or its
    name alone (某某新闻网) right over another title line, the headline."""
    candidates = {i for i, _ in titles}
    named = {i for (i, line), (j, _) in pairwise(head) if j in candidates and SITE_NAME.fullmatch(simplify(line.text))}
    return named | {i for i, line in titles if SITE_HEADER.match(simplify(line.text))}


def _title_rest(first: Line, second: Line) -> bool:
    """True when `second` ends a title that `first` began: the title's kind of document (…的意见, …材料)
    comes only on the second line, which is short and no subtitle, and either the first opened the frame
    of an official title (关于…) or the second is too short to name anything alone (…对照检 / 查材料)."""
    opened = OPENS_TITLE in simplify(first.text) or len(TITLE_NOTE.sub("", second.text)) <= FRAGMENT_MAX_LENGTH
    # 关于印发 / 《…方案》的通知: the document a notice sends, named whole on the second line, ends the title
    quoted = QUOTED_DOCUMENT.match(second.text) is not None
    return (
        opened
        and len(second.text) <= (QUOTED_REST_MAX_LENGTH if quoted else TITLE_REST_MAX_LENGTH)
        and (second.text[0] not in SUBTITLE_OPENERS or quoted)
        and ends_with_doc_kind(second.text)
        and not ends_with_doc_kind(first.text)
        and looks_like_title(second.text, strict=False)
        and looks_like_title(first.text + second.text, strict=True)
    )


def _with_title_rest(head: list[tuple[int, Line]], at: tuple[int, ...]) -> tuple[int, ...]:
    """A page's one title line with the line right above or under it when the two are one official title broken
    in two (某县人民政府关于… / …的意见), as a plain text's title is read: a page copied as text sets it so too."""
    if len(at) != 1:
        return at
    lines = dict(head)
    above, line, under = lines.get(at[0] - 1), lines[at[0]], lines.get(at[0] + 1)
    if above is not None and _official_title_rest(above, line):
        return (at[0] - 1, at[0])
    return (at[0], at[0] + 1) if under is not None and _official_title_rest(line, under) else at


def _official_title_rest(first: Line, second: Line) -> bool:
    """True when `second` ends the official title (关于…的意见) `first` began, both set alike (a page's heading over
    its subheading, 学习笔记 / 学习要点, is no title broken in two)."""
    alike = first.level == second.level and not (first.joined or second.joined)
    return alike and OPENS_TITLE in first.text and _title_rest(first, second)


def _starred_title(head: list[tuple[int, Line]]) -> tuple[int, ...]:
    """The headline a mirror site copied, which it marks with a run of asterisks after it (…的意见******): the
    title, whatever stands above it (the mirror's own spam)."""
    starred = (
        (i,) for i, line in head if STARRED.search(line.text) and looks_like_title(clean_title(line.text), False)
    )
    return next(starred, ())


def _plain_title_of(head: list[tuple[int, Line]], lines: list[Line]) -> tuple[int, ...]:
    """A plain text's title: a line its head sets twice (a page's copy that kept its headline and the headline
    over the article: whatever stands above is the page's chrome), else its first line when it is a title. A
    line this short set twice is a caption (资料图片) or a column's name, not a headline."""
    titles = [
        (i, line)
        for i, line in head
        if not line.joined
        and looks_like_title(line.text, strict=False)
        and len(HANZI.findall(line.text)) > COLUMN_NAME_MAX
    ]
    counts = Counter(spaceless(line.text) for _, line in titles)
    return next(((i,) for i, line in titles if counts[spaceless(line.text)] > 1), ()) or _plain_title(head, lines)


def _plain_title(head: list[tuple[int, Line]], lines: list[Line]) -> tuple[int, ...]:
    """A plain text's title lines: its first line after any metadata lines (and after a website's header
    when a title follows it), only when it clearly is a title; a second line that ends it (…的意见) too, or when
    the text's `lines` are hard-wrapped one that goes on with a title too long for its first line."""
    rest = list(head)
    if len(rest) > 2 and _poster_over_stamp(rest[0][1].text, rest[1][1].text):
        rest.pop(0)  # a forum's poster over the post's stamp (某某用户 / 发表于 2016-05-08 09:12:30)
    while rest and (is_meta_line(rest[0][1].text) or is_keyword_run(rest[0][1].text)):
        rest.pop(0)
    # a masthead over several lines (中共某县委办公室 / 某县人民政府办公室文件), and the document's number under it
    del rest[: masthead_lines([line.text for _, line in rest[:MASTHEAD_REACH]])]
    del rest[: _issuers_over_title(rest)]
    while rest and is_meta_line(rest[0][1].text):
        rest.pop(0)
    above = _over_title(rest)
    sited = False  # the title stands under a site's name: a page's headline, with its label's colon and commas
    if (above and len(rest) > above and _title_under(rest, above)) or _widget_over_title(rest):
        sited = bool(above) and SITE_NAME.fullmatch(simplify(rest[0][1].text)) is not None
        del rest[: above or 1]
    if not rest or rest[0][1].joined:  # a title put together from parts is not the file's own words
        return ()
    (at, first), after = rest[0], rest[1:2]
    titled = looks_like_title(first.text, strict=True) or is_question_title(first.text)
    if not (titled or sited or _headline_over_date(lines, at)):
        goes_on = bool(after) and after[0][0] == at + 1 and _title_goes_on(first, after[0][1])
        return (at, at + 1) if goes_on and is_hard_wrapped(lines) else ()  # the text's widths only when needed
    if after and after[0][0] == at + 1 and _title_rest(first, after[0][1]):
        return (at, at + 1)
    return (at,)


def _issuers_over_title(rest: list[tuple[int, Line]]) -> int:
    """How many of the first lines only name the bodies issuing the document (某县某某工作领导小组办公室) over its
    title framed 关于…的<kind of document>: a masthead without 文件, as a notice sets its issuer atop; 0 when none."""
    names = issuer_names([line.text for _, line in rest[:MASTHEAD_REACH]])
    if not names or names >= len(rest):
        return 0
    # the frame says the line under names the matter whole: the names are its issuer's, never part of the title
    title = rest[names][1].text.strip()
    framed = title.startswith(OPENS_TITLE) and ends_with_doc_kind(title) and looks_like_title(title, strict=True)
    return names if framed else 0


def _title_goes_on(first: Line, second: Line) -> bool:
    """True when `second` goes on with a title too long for the `first` line (县林业局专题党课：守护绿水青山，推动 /
    全县林业高质量发展), as a hard-wrapped copy of a PDF sets it: the first line ends on no mark, the second is short,
    unpunctuated and neither a byline, a date, a marker nor a subtitle, and the two read as one title (with its
    label's colon and its commas, as a headline has them)."""
    text = second.text.strip()
    plain = bool(text) and not any(ch in STRICT_TITLE_PUNCT for ch in text) and text[0] not in SUBTITLE_OPENERS
    byline = looks_like_names(text) or bool(labelled_names(text) or unit_and_name(text) or name_and_post(text))
    byline = byline or is_meta_line(text)
    return (
        plain
        and not byline
        and len(text) <= TITLE_REST_MAX_LENGTH
        and first.text.strip()[-1:] not in STRICT_TITLE_PUNCT
        and not ends_with_doc_kind(first.text)
        and looks_like_title(first.text.strip() + text, strict=False)
    )


def _over_title(rest: list[tuple[int, Line]]) -> int:
    """How many of the first lines may stand atop a title: the author (and the author's units), a site's header
    or name, or a slogan over a title; none else."""
    if len(rest) < 2:
        return 0
    first, second = rest[0][1].text, rest[1][1].text
    if looks_like_names(first):
        return _units_under(rest) + 1
    site = SITE_HEADER.match(simplify(first)) or SITE_NAME.fullmatch(simplify(first))  # 某某网 专栏, 某某电子报
    return int(site is not None or _slogan_over_title(first, second))


def _title_under(rest: list[tuple[int, Line]], above: int) -> bool:
    """True when the line under the `above` lines atop is a title: a plain one, or under a site's name alone a
    page's headline (with its label's colon and its commas: 某某论坛》…，…)."""
    text = rest[above][1].text
    under_site = SITE_NAME.fullmatch(simplify(rest[0][1].text)) is not None
    return looks_like_title(text, strict=True) or (under_site and looks_like_title(text, strict=False))


# A slogan: two to four phrases of four hanzi set apart (不忘初心 牢记使命, 撸起袖子、加油实干).
SLOGAN = re.compile(r"^[\u3400-\u9fff]{4}(?:[\s，,、]+[\u3400-\u9fff]{4}){1,3}$")


def _slogan_over_title(first: str, second: str) -> bool:
    """True when a slogan stands over a line that is a title itself (a page's or a poster's banner over the
    headline); a slogan over a subtitle, a date or a byline is the title."""
    return (
        SLOGAN.match(simplify(first.strip())) is not None
        and second[:1] not in SUBTITLE_OPENERS
        and looks_like_title(second, strict=True)
    )


def _poster_over_stamp(first: str, second: str) -> bool:
    """True for a forum's or blog's poster (a user's name, no title) right over a line that only dates the post."""
    return len(first) <= WIDGET_MAX_LENGTH and not looks_like_title(first, strict=True) and is_meta_line(second)


def _units_under(rest: list[tuple[int, Line]]) -> int:
    """How many lines giving the author's unit (（某某大学 马克思主义学院，某市 200000）) follow the first."""
    units = 0
    while units + 1 < len(rest) and AUTHOR_UNIT.match(rest[units + 1][1].text):
        units += 1
    return units


def _widget_over_title(rest: list[tuple[int, Line]]) -> bool:
    """True when a page's copy opens with a widget's label (今天是：, APP下载, 首页) that is no title, or a
    column's name (要闻速递), over a title that stands over a line of metadata: the label is what the page set
    above its headline."""
    if len(rest) < 3 or len(rest[0][1].text) > WIDGET_MAX_LENGTH:
        return False
    first, title, meta = (line.text for _, line in rest[:3])
    # a column's name (要闻速递) is as short as a column's name is on a page, and the title is longer
    column = len(HANZI.findall(first)) <= COLUMN_NAME_MAX < len(HANZI.findall(title))
    label = not looks_like_title(first, strict=True) or column
    return label and looks_like_title(title, strict=True) and is_meta_line(meta)


# a date alone in brackets on its line (（2024年5月8日）): what a speech or a document sets under its title, the day
# it was given or adopted, over the day a site posted it (发布时间：…)
OWN_DATE_LINE = re.compile(r"^[ \u3000]*[（(][^（()）]{6,24}[）)][ \u3000]*$")


def _head_date(head: list[tuple[int, Line]]) -> tuple[int, str] | None:
    """The first date in the head, with its line's position, a bracketed date alone on its line first (see
    OWN_DATE_LINE); a banner's date with its weekday (the day the page was copied) only when no other line
    dates the text."""
    dates = [
        (i, date, (is_page_clock(line.text), not OWN_DATE_LINE.match(line.text)))
        for i, line in head
        if (date := line_date(line.text))
    ]
    return next(((i, date) for i, date, _ in sorted(dates, key=lambda found: found[2])), None)


def find_head(
    lines: list[Line], page: bool, after: int = 0, hint: str | None = None, marked: frozenset[int] = frozenset()
) -> Head:
    """Title, byline and date at the top of a text (plain text: strict; web page: the lines before the title
    are page chrome, and a title at or below position `after`, where the navigation ends, is preferred, above
    all one over a line of metadata, or over a metadata line set aside at a position in `marked`).
    Without a title, a date line at the top is still the text's date."""
    top = _starred_top(lines) or (_hinted_top(lines, hint) if page else 0)
    head = [(top + i, line) for i, line in head_lines(lines[top:], page)]  # positions in `lines`
    if len(head) == len([line for line in lines if line.text]):
        return NO_HEAD  # no body paragraph follows: nothing here is a title
    # a mirror's starred headline before all, in a page or a plain text
    at = _starred_title(head) or (_page_title(head, after, hint, marked) if page else _plain_title_of(head, lines))
    at = _with_title_rest(head, at) if page else at
    date = _head_date(head)
    if not at:
        return _untitled_head(lines, head, date)
    second = _second_headline(head, at)
    raw = " ".join(lines[i].text for i in (*at, *second)) if second else "".join(lines[i].text for i in at)
    at = (*at, *second)
    title = clean_title(raw)
    barred = title_byline(title) or colon_authors(title)  # 张明丨关于…, 张明 李华：关于…: the authors set off
    title = barred[0] if barred else title
    below = [(i, line) for i, line in head if i > at[-1]]
    subtitle = below[:1] if below and _is_speech_subtitle(below[0][1].text) else []
    below = below[len(subtitle) :]
    author = _byline(head, at, below, after) or _speaker_under_date(lines, below)
    chrome = {i for i, _ in head if i < at[0]} | set(range(top))  # navigation, metadata lines, a site's header
    chrome |= {i for i in range(at[0]) if not has_words(lines[i].text)}  # a widget's bullet or glyph over the title
    furniture = {i for i, line in below if _is_furniture(line.text)}  # 某政发〔2019〕8号, 来源：…
    used = {*at, *_echoes(below, title, raw), *chrome, *furniture, *(i for i, _ in subtitle)}
    used |= {found[0] for found in (author, date) if found}
    rows = [(line.text, _line_fields(line.text)) for i, line in head if i in used and is_meta_line(line.text)]
    fields = tuple(pair for _, row in rows for pair in row)
    # last, a date anywhere on a byline's row of fields (作者：张明 来源：某某网 2023-06-15 186), as a page's furniture
    # gives it; not on a row of other fields (今日日期：… is the page's clock)
    fields += tuple(("date", text) for text, row in rows if _is_byline_row(row))
    dated_name = _dated_author(lines[date[0]].text, head) if date else None
    named = _author_name(author[1].text) if author else None
    author_name = named or (barred[1] if barred else None) or speech_speaker(title) or dated_name
    return Head(title, author_name, date[1] if date else None, frozenset(used), fields)


HINT_REACH = 8  # a page's headline its markup names stands among its first lines of text
UNDER_HEADLINE = 3  # … and its text begins among the lines right under it


STARRED_REACH = 12  # a mirror's spam over the headline it copied is a few lines long


def _starred_top(lines: list[Line]) -> int:
    """The position of the headline a mirror copied and starred (…最前面******) among a text's first lines, its spam
    over it in sentences of its own (本文导读：某某平台一直秉承…！): what stands over it is the mirror's; else 0."""
    texts = [(i, line.text) for i, line in enumerate(lines) if line.text][:STARRED_REACH]
    starred = (i for i, text in texts if STARRED.search(text) and looks_like_title(clean_title(text), False))
    return next(starred, 0)


def _hinted_top(lines: list[Line], hint: str | None) -> int:
    """The position of the headline a page's markup names (its only <h1>) when it stands among the page's first
    lines, text of its own over it (a site's banners: its notice on cookies, its app's advert), and its article
    begins right under it: what stands over it is the page's, whatever it says; else 0."""
    texts = [(i, line.text) for i, line in enumerate(lines) if line.text]
    at = next((k for k, (_, text) in enumerate(texts[:HINT_REACH]) if hint and same_text(text, hint)), 0)
    over, under = [text for _, text in texts[:at]], [text for _, text in texts[at + 1 : at + 1 + UNDER_HEADLINE]]
    return texts[at][0] if any(map(is_prose, over)) and any(map(is_prose, under)) else 0


def _second_headline(head: list[tuple[int, Line]], at: tuple[int, ...]) -> tuple[int, ...]:
    """The second line of a news headline set in two (某某县召开春季植树动员大会 / 三千亩荒山今年全部绿化): the one
    head line under a one-line title the head sets once, right under it, itself a headline (no punctuation, longer
    than a column's name, neither a byline, a repeat nor a subtitle), when neither names a document's kind; none
    else."""
    below = [(i, line) for i, line in head if i > at[-1]]
    if len(at) != 1 or len(below) != 1 or below[0][0] != at[0] + 1 or below[0][1].level or below[0][1].joined:
        return ()
    text, first = below[0][1].text, next(line.text for i, line in head if i == at[0])
    headline = looks_like_title(text, strict=True) and len(HANZI.findall(text)) > COLUMN_NAME_MAX
    marked = BYLINE_MARK.match(text) is not None  # □ 张明李华: a byline by its mark, whatever follows it
    byline = marked or unit_and_name(text) is not None or is_meta_line(text) or is_editorial_byline(text)
    # a title that names its kind of document (…的工作总结) or a speech's is whole: a line under it is its own
    document = any(ends_with_doc_kind(part) or is_speech_title(part) for part in (first, text))
    fits = headline and not byline and not document and text[:1] not in SUBTITLE_OPENERS
    fits = fits and not _repeats(text, clean_title(first)) and not _same_subject(first, text)
    # a headline the head sets twice (a page's list of headlines over its own copy) is set whole each time
    whole = sum(1 for _, line in head if same_text(line.text, first)) > 1
    return (below[0][0],) if fits and not whole else ()


SUBJECT_MIN = 2  # two lines opening on this many of the same hanzi name one subject twice (总统…, 总统…)


def _same_subject(first: str, second: str) -> bool:
    """True when the line under a headline opens on the headline's own subject (总统接见… / 总统出席「…」典礼): the
    occasion the page notes under its headline, not the headline's second half, which goes on without it."""
    a, b = simplify(first.strip()), simplify(second.strip())
    opening = a[:SUBJECT_MIN]
    return len(opening) == SUBJECT_MIN and all(HANZI.fullmatch(ch) for ch in opening) and b.startswith(opening)


def _is_speech_subtitle(text: str) -> bool:
    """True for the line under a title that names the occasion of the speech the title heads (——在…上的讲话):
    part of the head, over the speaker's byline."""
    return text[:1] in DASHES and is_speech_title(text.lstrip(DASHES))


def _untitled_head(lines: list[Line], head: list[tuple[int, Line]], date: tuple[int, str] | None) -> Head:
    """The head of a text without a title: a date line at the top, with its fields, and names alone on the
    first line over more names, a field or a salutation (a journal article's copy that lost its title opens
    with its authors, then its abstract: 张明 / 【摘要】…), or a labelled byline there."""
    # … or a first line whose label says it is a byline (文/图 张明 李华, 新华社记者 张明), over whatever
    named = [
        (i, line)
        for i, line in head[:1]
        if not line.level and (_names_over_fields(lines, i) or labelled_names(line.text) or marked_names(line.text))
    ]
    author = (marked_names(named[0][1].text) or _author_name(named[0][1].text)) if named else None
    used = frozenset([date[0]] if date else []) | {i for i, _ in named}
    fields = tuple(_line_fields(lines[date[0]].text)) if date else ()
    return Head(None, author, date[1] if date else None, used, fields) if used else NO_HEAD


BYLINE_ROW = frozenset(("author", "publication"))  # the fields of a row that names the piece's author and source


def _is_byline_row(fields: list[tuple[str, str]]) -> bool:
    """True for a row of fields that only names the author and the source (作者：… 来源：…)."""
    return bool(fields) and {meaning for meaning, _ in fields} <= BYLINE_ROW


BRACKET_LABEL = re.compile(r"^\s*[【\[〔][\u3400-\u9fff]{2,4}[】\]〕]")


def _names_over_fields(lines: list[Line], at: int) -> bool:
    """True when the line at `at` is names alone, and the next line holds names or metadata (a field), or is
    a speech's salutation (a speech's copy that lost its title opens with its speaker: 王某某 / 同志们：)."""
    after = next((line.text for line in lines[at + 1 :] if line.text), "")
    salutation = SALUTATION.fullmatch(simplify(after.strip())) is not None
    labelled = BRACKET_LABEL.match(after) is not None  # a journal's abstract under its label (【提要】…)
    return looks_like_names(lines[at].text) and (
        looks_like_names(after) or is_meta_line(after) or salutation or labelled
    )


def _dated_author(text: str, head: list[tuple[int, Line]]) -> str | None:
    """The author's name run together with the dateline (2005-07-14张明): a name by its surname, or any
    name that the head also sets alone on a line (a rarer surname: 2021-04-06亓某某 over 亓某某)."""
    found = dateline_name(text)
    match = DATED_NAME.match(text)
    if found or match is None:
        return found
    alone = any(same_text(line.text, match.group(1)) for _, line in head)
    return match.group(1) if alone else None


KICKER_REACH = 3  # an e-paper sets its headline, a kicker, a subtitle or captions, then its headline again


def _echoes(below: list[tuple[int, Line]], title: str, raw: str) -> set[int]:
    """The head lines under the title that repeat it, on one line or over two, and the short unpunctuated lines
    (a paper's kicker, its subtitle) between the title and a repeat right under it."""
    echoes = {i for i, line in below if _repeats(line.text, title) or same_text(line.text, raw)}
    echoes |= {k for (i, a), (j, b) in pairwise(below) if same_text(a.text + b.text, title) for k in (i, j)}
    again = next((k for k, (i, _) in enumerate(below[: KICKER_REACH + 1]) if i in echoes), 0)
    kicker = {i for i, line in below[:again] if is_signer(line.text)}
    return echoes | (kicker if len(kicker) == again else set())


MENU_ITEM_MAX = 4  # a site's menu set one item to a line: short words (时政, 理论, 党建) …
MENU_RUN = 3  # … this many in a row


def _in_menu(head: list[tuple[int, Line]], k: int) -> bool:
    """True when the head line at `k` and the two above it are a menu's items one to a line (时政 / 理论 / 党建): a
    two-character item may read as a name (党 is a surname), but a byline is no menu."""
    run = [line.text.strip() for _, line in head[max(0, k - MENU_RUN + 1) : k + 1]]
    return len(run) == MENU_RUN and all(0 < len(text) <= MENU_ITEM_MAX and HANZI.search(text) for text in run)


def _byline(
    head: list[tuple[int, Line]], at: tuple[int, ...], below: list[tuple[int, Line]], after: int = 0
) -> tuple[int, Line] | None:
    """The head line naming the author: names (or posts and a name) under the title, else names right above it
    (or above its date: a post's poster over its stamp) but below the page's navigation (which ends at `after`)
    and no menu's item, else the line right under it when it gives the author's unit and name, the name and post,
    or opens with a paper's byline mark."""
    above = [
        (k, (i, line))
        for k, (i, line) in enumerate(head)
        if i < at[0] and not AUTHOR_UNIT.match(line.text) and not is_meta_line(line.text)
    ][-1:]
    over = [found for k, found in above if found[0] >= after and not _in_menu(head, k)]
    names = (
        found
        for found in (*below, *over)
        if looks_like_names(found[1].text) or labelled_names(found[1].text) or is_editorial_byline(found[1].text)
    )
    under = below[:1]  # the line right under the title: a byline by the author's unit, or by a paper's mark (□ …)
    return next(names, None) or next(
        (
            (i, line)
            for i, line in under
            if unit_and_name(line.text) or name_and_post(line.text) or BYLINE_MARK.match(line.text)
        ),
        None,
    )


# A speech's speaker, alone on the line under the speech's date in brackets and over its salutation (（2024年1月5日）
# / 某某某 / 同志们：): the place names the speaker, whatever the surname (a list of common ones misses many).
SPEAKER = re.compile(r"[\u3400-\u9fff]{2,4}")
BRACKETED = "（(〔["


def _speaker_under_date(lines: list[Line], below: list[tuple[int, Line]]) -> tuple[int, Line] | None:
    """The head line under the title that names a speech's speaker by its place: a name-shaped line under a date
    in brackets and over a salutation; else None."""
    for (_, dated), (j, line) in pairwise(below):
        date = dated.text.strip()
        if not (date[:1] in BRACKETED and looks_like_date(date) and SPEAKER.fullmatch(line.text.strip())):
            continue
        after = next((other.text.strip() for other in lines[j + 1 :] if other.text.strip()), "")
        if SALUTATION.fullmatch(simplify(after)):
            return j, line
    return None


def _author_name(text: str) -> str:
    """The author a byline names: its name(s), after a label (某某书记：王建国, 新华社记者 王建国 李华) or the
    author's unit (某某党支部 王建国), or before the author's post (王建国 某某联合会主席)."""
    return labelled_names(text) or unit_and_name(text) or name_and_post(text) or byline_name(text)


def _line_fields(text: str) -> list[tuple[str, str]]:
    """The (meaning, value) fields a head's metadata line gives: its fields, or the journal its issue names, or the
    source an aggregator's stamp names."""
    issue = JOURNAL_ISSUE.match(text) or RELATIVE_STAMP.match(text.strip())
    return [("publication", issue.group(1))] if issue else field_pairs(text)


def _repeats(text: str, title: str) -> bool:
    """True when a line repeats the title, maybe in book quotes (《…》), without the speaker's label before
    its colon (王建国：在…的讲话 / 在…的讲话) or with a label the title has not (党课：…), with its source and date
    after it (… - 某某日报 2021-04-06), or again and again."""
    bare = text[1:-1] if text[:1] == "《" and text[-1:] == "》" else text
    undated = TRAILING_DATE.sub("", text)  # the title again with its source and date (… - 某某日报 2021-04-06)
    labelled = re.split("[:：]", title, maxsplit=1)
    unlabelled = len(labelled) == 2 and len(labelled[1]) > len(labelled[0]) and same_text(text, labelled[1])
    # … or the title under a kind's label the headline left out (党课：…, 讲稿：…), short as a kind's name is (a
    # speaker's words quoted under the title are not its echo: 县委书记强调：…)
    again = re.split("[:：]", text, maxsplit=1)
    relabelled = len(again) == 2 and len(again[0]) <= KIND_LABEL_MAX and same_text(again[1], title)
    return (
        same_text(text, title)
        or same_text(bare, title)
        or _title_over_and_over(text, title)
        or unlabelled
        or relabelled
        or same_text(clean_title(simplify(text)), simplify(title))
        or (undated != text and same_text(clean_title(simplify(undated)), simplify(title)))
    )


def _title_over_and_over(text: str, title: str) -> bool:
    """True for a line that is the title set again and again (a document site's pictures of the document's pages,
    each labelled with its title, copied as one line)."""
    once, line = spaceless(title), spaceless(text)
    return bool(once) and len(line) > len(once) and line == once * (len(line) // len(once))


def split_speech_title(lines: list[Line]) -> list[Line]:
    """The first line split after a speech's title that runs straight into the speech's salutation (…上的讲话同志们：
    今天，…): the title is a line of its own, over the speech."""
    first = next((k for k, line in enumerate(lines) if line.text), None)
    if first is None:
        return lines
    line = lines[first]
    end = SPEECH_FRAME_END.search(simplify(line.text))
    if end is None or not is_speech_title(line.text[: end.end()]):
        return lines
    title, rest = replace(line, text=line.text[: end.end()]), replace(line, text=line.text[end.end() :])
    return [*lines[:first], title, rest, *lines[first + 1 :]]


ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*")  # a repost's note of the title the piece first ran under
ORIGINAL_REACH = 10  # … set among the copy's first lines
FIRST_PUNCT = re.compile(r"[，,。；;！？!?：:]")


def original_title(lines: list[Line]) -> tuple[list[Line], str | None]:
    """A repost's 原标题：… line among the first lines taken out, and the title it names; the text a copy ran
    into it after a space (原标题：某某意义 习近平总书记指出，…) stays as the body's line. Else the lines unchanged
    and None."""
    found = next(
        ((k, m) for k, line in enumerate(lines[:ORIGINAL_REACH]) if (m := ORIGINAL_TITLE.match(simplify(line.text)))),
        None,
    )
    if found is None:
        return lines, None
    k, label = found
    rest = lines[k].text[label.end() :].strip()
    punct = FIRST_PUNCT.search(rest)
    cut = rest.rfind(" ", 0, punct.start()) if punct else -1  # the last space before the text's first mark
    title, text = (rest[:cut].strip(), rest[cut:].strip()) if cut > 0 else (rest, "")
    if not looks_like_title(title, strict=False):
        return lines, None
    kept = [replace(lines[k], text=text)] if text else []
    return [*lines[:k], *kept, *lines[k + 1 :]], title


# A translated or reposted piece's title in book-title marks, then the paper it ran in after a dash
# (《…》——某某早报): the title is what the marks hold, the paper its publication. (A book's title and its author
# after a dash, 《…》——某某, name no paper.)
TITLE_AND_PAPER = re.compile(r"^《([^《》]{4,60})》\s*(?:——|—|--)\s*([\u3400-\u9fff]{1,8}(?:报|社|网|刊|台|杂志))$")


def title_and_paper(title: str | None) -> tuple[str | None, str | None]:
    """The title without the paper a repost names after it (《…》——某某早报 → …, 某某早报), else (title, None)."""
    found = TITLE_AND_PAPER.match(title.strip()) if title else None
    return (found.group(1), found.group(2)) if found else (title, None)


def without_author_label(title: str | None, author: str | None) -> str | None:
    """The title without the author's name a theory site sets before its colon (张明：关于…, the byline naming 张明
    too): the name is the byline's, no part of the title. A speaker's label before a speech's title stays
    (王建国：在…上的讲话)."""
    found = title_colon_label(title) if title and author else None
    return found[1] if found and author and same_text(found[0], author) else title


def strip_echoes(body: list[Line], title: str | None, author: str | None) -> list[Line]:
    """The body without its leading repeats of the title and the author's byline right after them, and without the
    title set again further on, the same line alone (a page's copy over a picture or over its download button: a
    text never gives its own title as a paragraph)."""
    kept = list(body)
    while kept and (not kept[0].text or _is_echo(kept[0].text, title, author)):
        kept.pop(0)
    kept = kept[_broken_echo(kept, title) :]
    column = _column_label(title)
    kept = [line for line in kept if line.text.strip() != column] if column else kept
    return [line for line in kept if not (title and line.text and same_text(line.text, title))]


ECHO_LINES_MAX = 6  # a headline broken over lines (an e-paper's 引题, 主题, 副题) takes a few


def _broken_echo(body: list[Line], title: str | None) -> int:
    """How many of the body's first lines are the title again broken over two lines or more (an e-paper sets its
    headline's parts one to a line under the headline whole): 0 when none."""
    whole = spaceless(title or "")
    texts = [spaceless(line.text) for line in body[:ECHO_LINES_MAX]]
    run, parts = "", 0
    for k, text in enumerate(texts):
        if not text:  # a blank line between the parts
            continue
        run, parts = run + text, parts + 1
        if not whole.startswith(run):
            return 0
        if run == whole:
            return k + 1 if parts > 1 else 0
    return 0


def _column_label(title: str | None) -> str | None:
    """The column a Taiwan paper names before its headline (社論》…, 某某專欄》…), whose label the page sets again
    over the article; else None."""
    at = title.find("》") if title else -1
    return title[:at].strip() if title and at > 0 and "《" not in title[:at] else None


def _is_echo(text: str, title: str | None, author: str | None) -> bool:
    """True when a line only repeats the title or names the author (the author's name alone, whatever its
    surname: the metadata named it)."""
    if title and _repeats(text, title):
        return True
    if not author:
        return False
    return same_text(text, author) or (looks_like_names(text) and same_text(byline_name(text), author))


def is_signer(text: str) -> bool:
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
        if looks_like_date(date) and is_signer(signer):
            return Head(None, byline_name(signer), parse_date(date), frozenset((at_signer, at_date)))
    return NO_HEAD


def closing_signature(body: list[Line]) -> Head:
    """The signature that closes the text (a signer right over a date, the last line of text); NO_HEAD when the
    text ends otherwise."""
    texts = [i for i, line in enumerate(body) if line.text]
    if len(texts) < 2 or not looks_like_date(body[texts[-1]].text) or not is_signer(body[texts[-2]].text):
        return NO_HEAD
    return Head(None, byline_name(body[texts[-2]].text), parse_date(body[texts[-1]].text), frozenset(texts[-2:]))


def document_signature(body: list[Line]) -> Head:
    """The signature (the signer over a date) that dates the document: the one closing the text, else the first (a
    notice's, over the rules it issues); NO_HEAD when the text has none."""
    closing = closing_signature(body)
    return closing if closing.date else find_signature(body)


def _closing_date(body: list[Line]) -> Head:
    """A date alone closing the text under its last sentence, as a notice under its issuer's masthead is dated;
    a date under a label (截止时间) or a marker is the text's own."""
    texts = [i for i, line in enumerate(body) if line.text]
    if len(texts) < 2 or not looks_like_date(body[texts[-1]].text):
        return NO_HEAD
    above = body[texts[-2]].text.rstrip()
    if not above.endswith(SENTENCE_CLOSES):
        return NO_HEAD
    return Head(None, None, parse_date(body[texts[-1]].text), frozenset(texts[-1:]))


def take_signature(body: list[Line], meta: Meta) -> tuple[list[Line], Meta]:
    """A text's closing signature taken out of its body: its date and signer fill the meta's. The signature
    that closes the text dates the document itself, over the head's date (a site's posting time, a law
    library's 发布日期); a signature elsewhere (over an annex), or a date alone closing it, dates only an
    undated text."""
    signature = closing_signature(body) if meta.date else document_signature(body)
    if signature.date is None and meta.date is None:
        signature = _closing_date(body)
    if signature.date is None:
        return body, meta
    return signature.body(body), replace(meta, date=signature.date, author=meta.author or signature.author)


# A dispatch's opening that credits its reporters in brackets (本报讯（记者 张明 李华）…, （通讯员 张明、李华）…).
DISPATCH = re.compile(
    r"^(?:[\u3400-\u9fff]{0,8}讯\s*)?[（(【\[]\s*((?:[\u3400-\u9fff]{0,6}?(?:记者|通讯员|实习生)\s*)[^（）()【】\[\]]{2,30}?)\s*[）)】\]]"
)
ROLE = re.compile(r"[\u3400-\u9fff]{0,6}?(?:记者|通讯员|实习生)")
CREDITED_NAME = re.compile(r"^[\u3400-\u9fff·]{2,3}$")


def dispatch_reporters(body: list[Line]) -> str | None:
    """The reporters a dispatch credits in brackets as it opens (（通讯员 张明、李华）10月28日…), or None."""
    first = next((line.text for line in body if line.text), "")
    found = DISPATCH.match(simplify(first))
    if found is None:
        return None
    credit = first[found.start(1) : found.end(1)]  # the shadow has the line's length: the credit's span is the same
    names = _without_roles(credit)
    # what the credit names after its role words is people, whatever their surnames: two or three hanzi each
    people = bool(names) and all(CREDITED_NAME.match(name) for name in NAME_SEPARATORS.split(names))
    return names if people else None


# A paper's or an agency's dateline opening the article's first paragraph: its desk and where and on which day the
# story was filed (本报北京3月5日电, 新华社北京2023年3月5日电, 某某社十月八日电), or a paper's own news (本报讯,
# 人民网讯), maybe with its reporters in brackets after it (（记者 王某某）): the paper's words over the text, no
# point's. A word that 电 opens (电话, 电视) makes it a sentence's day (3月5日电话会议).
DAY_FILED = (
    rf"(?:(?:(?P<year>[〇○零一二三四五六七八九\d]{{4}})年)?[{NUM}\d]{{1,3}}月)?[{NUM}廿卅\d]{{1,3}}日电"
    r"(?![话视报影网力子台脑信商站池梯缆价费车动气器源线量路能邮文令讯])"
)
# … or the desk's name alone in square brackets (【某某新闻台】, 【某某网】): a station's or a site's tag on its copy
DESK_TAG = r"[【\[]\s*[\u3400-\u9fffA-Za-z]{1,12}(?:报|台|网|刊|社|新闻|客户端)\s*[】\]]"
DATELINE = re.compile(
    rf"^(?:[\u3400-\u9fff]{{0,6}}(?:报|台|网|刊|社)讯|[\u3400-\u9fff]{{1,16}}?{DAY_FILED}|{DESK_TAG})\s*"
    r"(?:[（(【\[]\s*(?P<credit>[^（）()【】\[\]]{2,40}?)\s*[）)】\]]"  # （记者 王某某）
    r"|(?P<reporting>[\u3400-\u9fff]{0,4}记者[\u3400-\u9fff、\s]{2,20}?)报道\s*[:：])?\s*"  # 记者王某某报道：
)


@dataclass(frozen=True)
class Dateline:
    """A dateline taken from the article's opening: the reporters its credit names and the day, when it gives the
    year (a paper's dateline does not: 3月5日 is no date alone)."""

    reporters: str | None = None
    date: str | None = None


def take_dateline(body: list[Line]) -> tuple[list[Line], Dateline]:
    """The body without the dateline opening its first paragraph (本报北京3月5日电（记者 王某某）…), or its first
    line when the dateline is all of it, and what the dateline says; the body unchanged when it opens with none."""
    first = next((k for k, line in enumerate(body) if line.text), None)
    found = DATELINE.match(simplify(body[first].text)) if first is not None else None
    if first is None or found is None:
        return body, Dateline()
    text = body[first].text
    credit = "credit" if found.group("credit") else "reporting"
    names = _without_roles(text[found.start(credit) : found.end(credit)]) if found.group(credit) else ""
    people = bool(names) and ROLE.search(simplify(text[: found.end()])) is not None
    people = people and all(CREDITED_NAME.match(name) for name in NAME_SEPARATORS.split(names))
    date = parse_date(text[: found.end()]) if found.group("year") else None
    rest = [replace(body[first], text=text[found.end() :])] if found.end() < len(text) else []
    kept = [*body[:first], *rest, *body[first + 1 :]]
    return kept, Dateline(names if people else None, date)


def _without_roles(credit: str) -> str:
    """A credit's names without its role words (记者 张明 通讯员 李华 → 张明 李华), in the credit's own script."""
    kept = list(credit)
    for role in ROLE.finditer(simplify(credit)):  # found on the shadow, of the credit's length
        kept[role.start() : role.end()] = " " * (role.end() - role.start())
    return " ".join("".join(kept).split())


CLOSING_REACH = 3  # a paper's byline set after the article stands among its last lines


def closing_byline(body: list[Line]) -> tuple[list[Line], str | None]:
    """A paper's reporters' byline set after the article (本报记者 王某某), alone on one of its last lines: the
    body without it, and the reporters' names; else the body unchanged and None."""
    last = [k for k, line in enumerate(body) if line.text][-CLOSING_REACH:]
    found = next(((k, names) for k in reversed(last) if (names := _reporters(body[k].text))), None)
    if found is None:
        return body, None
    return [line for k, line in enumerate(body) if k != found[0]], found[1]


OPENING_REACH = 4  # a byline set among the article's first lines (under its lead, its column's label)
# A Taiwan paper's reporter's line (記者任某某／台北報導): the reporter's name, then where the story was filed.
FILED_BY = re.compile(
    r"^(?:[\u3400-\u9fff]{0,6}记者)\s*([\u3400-\u9fff·]{2,4})\s*[/／]\s*[\u3400-\u9fff]{2,8}报[导道]$"
)


# A translated piece's byline in the writer's own script, alone on the text's first line (Jane Doe), or a
# body's after a dash (——某某研究会理事会): a subtitle after its dash names a speech or a study, not a body, and
# a report's subtitle says whom it portrays or visits (——记某某中心, ——访某某大学, ——致…).
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}$")
DASHED_BODY = re.compile(
    r"^[–—－\-]{1,2}\s*(?![–—－\-]|记|访|致|献给|写在)"
    r"([^\s。！？!?，,：:；;“”《》]{2,24}(?:委员会|理事会|研究会|协会|学会|编辑部|课题组|办公室|中心|学院|大学))$"
)


def _named(pattern: re.Pattern[str], line: str) -> str | None:
    """The name `pattern` finds (its first group) on the line's simplified shadow, in the line's own script."""
    found = pattern.match(simplify(line))
    return line[found.start(1) : found.end(1)] if found else None  # the shadow has the line's length


def _opening_names(body: list[Line], k: int, first: bool) -> str | None:
    """The names a byline on the body's line k gives: after a paper's byline mark (◎ 王某某) the text sets before
    no other line, or a reporter's filed-from line (記者某某／北京報導), in the line's own script, or on the `first`
    line a Latin name alone or a body after a dash; else None. (A mark that opens another line too is the text's
    heading mark: ◎ 王某 over one profile, ◎ 李某 over the next.)"""
    line = body[k].text.strip()
    latin = line if first and LATIN_NAME.match(line) else None
    found = _named(FILED_BY, line) or latin or (_named(DASHED_BODY, line) if first else None)
    if found or not (marked := marked_names(line)):
        return found
    return None if any(other.text.lstrip().startswith(line[0]) for j, other in enumerate(body) if j != k) else marked


def opening_byline(body: list[Line]) -> tuple[list[Line], str | None]:
    """A byline alone on one of the body's first lines (◎ 王某某, 記者某某／北京報導, Jane Doe on the first): the
    body without it, and its names; else the body unchanged and None."""
    first = [k for k, line in enumerate(body) if line.text][:OPENING_REACH]
    found = next(
        ((k, names) for k in first if (names := _opening_names(body, k, k == first[0]))),
        None,
    )
    if found is None:
        return body, None
    return [line for k, line in enumerate(body) if k != found[0]], found[1]


def _reporters(text: str) -> str | None:
    """The names a reporters' byline gives (本报记者 王某某 → 王某某), else None."""
    return labelled_names(text) if REPORTERS_BYLINE.match(simplify(text.strip())) else None
