"""Metadata fields: the names documents give them, and how their values are normalized."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from study.model import Meta
from study.script import simplify

# What each field name means, in simplified script (traditional names are simplified before lookup).
# "ignore" fields are known to carry nothing worth keeping; knowing them still tells a header apart.
FIELD_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("标题", "题目", "题名", "篇名", "文章标题", "本文标题", "主标题", "文题", "名称")),
    (
        "date",
        (
            "日期",
            "发布日期",
            "发布时间",
            "发表日期",
            "发表时间",
            "出版日期",
            "刊发日期",
            "刊登日期",
            "时间",
            "更新时间",
            "更新日期",
            "成文日期",
            "发文日期",
            # a law database's card of a regulation's facts (颁布日期：… 实施日期：… 时效性：… 效力级别：…)
            "颁布日期",
            "公布日期",
            "印发日期",
        ),
    ),
    (
        "author",
        (
            "作者",
            "撰稿",
            "撰稿人",
            "撰文",
            "文章作者",
            "署名",
            "执笔",
            "发文机关",
            "发文机构",
            "发文单位",
            "发布机构",
            "制定机关",
            "颁布机关",
        ),
    ),
    (
        "publication",
        (
            "书籍",
            "来源",
            "出处",
            "信息来源",
            "文章来源",
            "稿件来源",
            "新闻来源",
            "刊物",
            "报刊",
            "刊名",
            "报纸",
            "报名",
            "出版物",
            "媒体",
            "载于",
            "原载",
            "转载自",
        ),
    ),
    ("page", ("版面", "版名", "版次")),
    ("keywords", ("标签", "关键词", "关键字", "主题词", "关键")),
    ("body", ("正文", "内容", "全文", "原文")),
    (
        "ignore",
        (
            "id",
            "编号",
            "书籍作者",
            "是否是时间段",
            "描述",
            "摘要",
            "提纲",  # a 文秘 site's outline of the piece over its title (【提纲】一、…（一）…)
            "简介",
            "备注",
            "附注",
            "提供单位",
            "责任编辑",
            "编辑",
            "字数",
            "栏目",
            "分类",
            "类别",
            "体裁",
            "语种",
            "点击",
            "浏览",
            "阅读",
            "语音阅读",  # a page's button to have the text read aloud
            "点击量",
            "点击数",
            "浏览量",
            "浏览次数",
            "阅读量",
            "阅读数",
            "访问量",
            "访问次数",
            "归档时间",
            "最后更新",
            # … the rest of a law database's card: when it takes effect, whether it still does, its rank
            "实施日期",
            "施行日期",
            "生效日期",
            "时效性",
            "效力级别",
            "效力位阶",
            "法规类别",
            # a page's promotion of its accounts (公众号：某某林业 公众号：某某绿化)
            "公众号",
            "微信公众号",
            # the site's section the copy is filed under (所属栏目：…, 所属教程：…)
            "所属栏目",
            "所属分类",
            "所属频道",
            "所属专题",
            "所属教程",
            # a blog's note on the post it reposts (原文地址：… 作者：…)
            "原文地址",
            "原文链接",
            # a page's clock: the day the copy was viewed, not the document's date
            "今日日期",
            "今天日期",
            "当前日期",
            # a government page's table of fields (信息公开): what it holds besides title, issuer and dates
            "索引号",
            "主题分类",
            "发文字号",
            "文号",
            "有效性",
            "公文种类",
            "内容概述",
            "信息分类",
            # a journal article's catalogue fields
            "中图分类号",
            "分类号",
            "文献标识码",
            "文章编号",
            "doi",
        ),
    ),
)
FIELD_INDEX: dict[str, str] = {name: field for field, names in FIELD_NAMES for name in names}

# "name：value" with a full- or half-width colon, or "【name】value"; names are short, without spaces.
FIELD_LINE = re.compile(r"^\s*(?:([\w]{1,8})\s*[:：]|[【\[]([\w]{1,8})[】\]])\s*(.*?)\s*$")
# Fields on one line are set apart by spaces or bars (丨 is the hanzi that pages use as one).
FIELD_SEPARATORS = re.compile(r"[\s|｜丨]+")
# … or by nothing, where a page's fields were separate elements (作者: 张明发布时间: … 来源: …): a known name and
# its colon start a field wherever they stand (the longest name first, so 发布时间 is not cut before 时间).
FIELD_START = re.compile(
    "(?:"
    + "|".join(sorted((re.escape(name) for name in FIELD_INDEX if not name.isascii()), key=len, reverse=True))
    + r")\s*[:：]"
)

CN_DIGITS = {
    ch: str(i)
    for i, chars in enumerate(("〇○零0", "一", "二", "三", "四", "五", "六", "七", "八", "九"))
    for ch in chars
}

# A date in digits (2005-07-14, 2005/7/14, 2005年7月14): year, month and day; an e-paper's date box may lose
# the year's 年 to a space before the month's 月 (2024 5月8日).
# (a year may stand apart from its month and day, two figures each, by a space: 2023 07/01, as 新华网's dateline sets
# it in spans)
NUMERIC_DATE = (  # (no rescan: linear)
    r"(\d{4})(?:\s*[-/.年]\s*|\s+(?=\d{1,2}\s*月)|\s+(?=\d{2}/\d{2}(?!\d)))(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
)
# Date shapes, most specific first; each gives its year, month and day groups in the order of YMD, DMY or MDY.
YMD, DMY, MDY = (0, 1, 2), (2, 1, 0), (2, 0, 1)
# A date with its year last (26/10/2022) is written day first on Hong Kong and Macau pages; month first only
# where no such month exists (10/26/2022).
YEAR_LAST = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
# A date in English, as a blog's date header or a bilingual page prints it (May 8, 2020; 3 November 2021).
MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTHS = {
    **{name: number for number, month in enumerate(MONTH_NAMES, start=1) for name in (month, month[:3])},
    "sept": 9,  # the one abbreviation of four letters (Sept. 3); the others have three (Jun., Oct.)
}
MONTH_NAME = r"([A-Za-z]{3,9})\.?"
ENGLISH_MDY = rf"\b{MONTH_NAME}\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)"
ENGLISH_DMY = rf"(?<!\d)(\d{{1,2}})\s+{MONTH_NAME},?\s+(\d{{4}})(?!\d)"
# A date in the Minguo calendar, as Taiwan's government pages print it (民國113年6月6日, 114年01月13日): year 1 is
# 1912. A year of three digits is no other era's (no page dates a text to the second century), one of two only
# with 民國 before it (24年5月 is a short 2024).
MINGUO = re.compile(r"(民[國国]\s*)?(?<![\d年])(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
MINGUO_FIRST_YEAR = 1911  # the Minguo year 1 is 1912
DATE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[int, int, int]], ...] = (
    (re.compile(rf"(?<!\d){NUMERIC_DATE}(?!\d)"), YMD),
    (MINGUO, (1, 2, 3)),
    (re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"), YMD),
    (
        re.compile(
            r"([〇○零0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]"
        ),
        YMD,
    ),
    (YEAR_LAST, DMY),
    (YEAR_LAST, MDY),
    (re.compile(ENGLISH_MDY), MDY),
    (re.compile(ENGLISH_DMY), DMY),
)
KEYWORD_SEPARATORS = re.compile(r"[/／;；,，、|｜\s]+")
BOOK_QUOTES = "《》〈〉"


@lru_cache(maxsize=4096)
def field_name(name: str) -> str | None:
    """The meaning of a field name ('title', 'date', …), or None for an unknown name."""
    return FIELD_INDEX.get(simplify(name)) or FIELD_INDEX.get(name.lower())


# A field name set out with spaces to fill its table cell or bracket (索  引  号：, 标　　题：, [摘  要]), the
# ideographic space maybe lost to a question mark in a badly decoded copy ([摘? 要]).
SPACED_NAME = re.compile(
    r"(?:(?<!\S)|(?<=[【\[]))((?:[\u3400-\u9fff][ \u3000?？]+){1,4}[\u3400-\u9fff])(?=\s*[:：]|[】\]])"
)


def _squeezed(match: re.Match[str]) -> str:
    """A spaced field name without its spaces, when it is a known name."""
    name = "".join(match.group(1).replace("?", " ").replace("？", " ").split())
    return name if field_name(name) else match.group(1)


# A field name set off from its colon by a space, as a page's row of fields may print it (作者 :张明 来源 :…).
NAME_BEFORE_SPACED_COLON = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff]{1,8})[ \u3000]+(?=[:：])")


def _closed_up(match: re.Match[str]) -> str:
    """A known field name without the space between it and its colon."""
    return match.group(1) if field_name(match.group(1)) else match.group(0)


def unspaced(text: str) -> str:
    """A line with its spaced field names written without their spaces, and without a space before a known
    name's colon."""
    if not any(mark in text for mark in "：:】]"):
        return text
    return NAME_BEFORE_SPACED_COLON.sub(_closed_up, SPACED_NAME.sub(_squeezed, text))


def field_line(text: str) -> tuple[str, str] | None:
    """(meaning, value) when a whole line is one known `name：value` field (maybe in brackets), else None."""
    match = FIELD_LINE.match(unspaced(_unbracketed(text)))
    if match is None:
        return None
    meaning = field_name(match.group(1) or match.group(2))
    return (meaning, match.group(3)) if meaning else None


def _fields_apart(text: str) -> str:
    """The line with a space before each known field name run together with the text before it (found on the
    simplified shadow, which has the line's length)."""
    starts = [m.start() for m in FIELD_START.finditer(simplify(text))]
    glued = [at for at in starts if at and not text[at - 1].isspace()]
    if not glued:
        return text
    return " ".join(text[a:b] for a, b in pairwise([0, *glued, len(text)]))


# A field set whole in brackets, as a page's byline row may set each (【来源：新华社】【作者：王某某】): its brackets
# only set it apart from the next.
BRACKETED_FIELD = re.compile(r"[【\[]\s*(([\w]{1,8})\s*[:：][^【】\[\]]{0,60}?)\s*[】\]]")


def _unbracketed(text: str) -> str:
    """The line with each known field set whole in brackets set apart by spaces instead (see BRACKETED_FIELD)."""
    return BRACKETED_FIELD.sub(lambda m: f" {m.group(1)} " if field_name(m.group(2)) else m.group(0), text)


def field_pairs(text: str) -> list[tuple[str, str]]:
    """Every known `name：value` field on a line that may hold several, like `发布日期：… 提供单位：…`."""
    pairs: list[tuple[str, str]] = []
    # names are closed up again once set apart: one run into the text before it (…某某网浏览次数 :) is found then
    for token in FIELD_SEPARATORS.split(unspaced(_fields_apart(unspaced(_unbracketed(text))))):
        match = FIELD_LINE.match(token)
        meaning = field_name(match.group(1) or match.group(2)) if match else None
        if match and meaning:
            pairs.append((meaning, match.group(3)))
        elif pairs and not match:
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {token}".strip())
    return pairs


def _chinese_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十一 → 21 (month and day numbers)."""
    if "十" not in text:
        return int("".join(CN_DIGITS[ch] for ch in text))
    tens, _, units = text.partition("十")
    return int(CN_DIGITS[tens] if tens else 1) * 10 + (int(CN_DIGITS[units]) if units else 0)


def _number(text: str) -> int:
    """A year, month or day written in Arabic or Chinese digits, or a month's English name."""
    if text.isdigit() and text.isascii():
        return int(text)
    if text.isascii():
        return MONTHS[text.lower()]  # KeyError for a word that names no month: no date there
    if len(text) == 4 and all(ch in CN_DIGITS for ch in text):
        return int("".join(CN_DIGITS[ch] for ch in text))
    return _chinese_number(text)


def parse_date(text: str) -> str | None:
    """The first real calendar date in `text` as ISO YYYY-MM-DD (1990-2-4 → 1990-02-04), or None."""
    for pattern, order in DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groups()
            try:
                year, month, day = (_number(parts[k]) for k in order)
                if pattern is MINGUO:
                    if not parts[0] and len(parts[1]) < 3:
                        continue  # two digits without 民國: a short year of the common era (24年5月)
                    year += MINGUO_FIRST_YEAR
                return datetime.date(year, month, day).isoformat()
            except (ValueError, KeyError):
                continue
    return None


def split_keywords(text: str) -> tuple[str, ...]:
    """Keywords separated by slashes, commas, semicolons or spaces."""
    return tuple(word for word in KEYWORD_SEPARATORS.split(text) if word)


# A name in book quotes with more after it (《某某》2023/12: a magazine and its issue): the name is inside.
QUOTED_NAME = re.compile(r"^\s*《([^《》]+)》")


def clean_name(text: str) -> str | None:
    """A publication or author name without book-title quotes and spaces, or None when empty."""
    quoted = QUOTED_NAME.match(text)
    if quoted:
        return quoted.group(1).strip() or None
    name = text.strip().rstrip(",，、;；").strip().strip(BOOK_QUOTES).strip()
    return name or None


# An author's unit in brackets after the name (张明（某某大学教授）), the date and time a page's field row sets
# after it (张明 2023-06-15 16:00), or the page's buttons in square brackets run into it (张明【字体：大 中 小】,
# 张明 【 】): the byline's note, or the page's, not the name.
AUTHOR_NOTE = re.compile(r"\s*[（(【\[].*$|\s+\d{4}\s*[-/.年].*$")


# An author field that names no one: a paper's or an agency's reporters (新华社记者, 本报记者), an author unknown or
# withheld (佚名, 匿名, 不详), or a document site's word for whoever uploaded the file (会员上传, 网友投稿).
NO_ONE = re.compile(
    r"^(?:(?:本报|本刊|本台|新华社|中新社|人民日报|新华网)?(?:特约)?记者|佚名|匿名|不详|未知"
    r"|(?:会员|用户|网友|匿名用户)(?:上传|投稿|分享|发布))$"
)


# The desk of a journal named in book quotes (《某某》杂志编辑部): the quotes are part of the author's name.
DESKS = r"(?:编辑部|评论员|评论部|理论部)"  # a journal's or paper's desk that signs a piece
EDITORIAL_DESK = re.compile(rf"^《[^《》]+》\S*{DESKS}$")
# An author field a spam page fills with something else: a headline (its quotation or sentence marks), an
# account's handle (letters and digits: abc1258), or a website's name.
NOT_A_BYLINE = re.compile(
    r"[“”「」『』？?！!。]|^(?=[A-Za-z0-9_.-]*[A-Za-z])(?=[A-Za-z0-9_.-]*\d)[A-Za-z0-9_.-]+$"
    r"|^[a-z][a-z0-9_.-]{2,}$"  # a login in small letters (abcxyz), never a name as a byline prints one
    r"|(?:官网|官方网站|网站)$"  # a website's name: the spam's own (某某游戏官方网站)
)


# The part a byline's or an author field's names had in the piece, before a bar, slash, colon or space (文图丨张明,
# 文字/张明, 文/图 张明 李华, 撰文：张明), maybe with an emoji after it (文/图🖊 张明).
EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff\ufe0f"
CREDIT_ROLE = re.compile(
    rf"^(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文|文字|撰文|摄影|供稿)(?:\s*[丨|｜/／:：]|\s|(?=[{EMOJI}]))"
    rf"|文\s*[丨|｜/／:：])[{EMOJI}]*\s*(?=\S)"
)


def author_name(text: str) -> str | None:
    """An author's name without book quotes, spaces, its part in the piece before it (文图丨), or the unit noted
    in brackets after it; None for a field that names no one (新华社记者) or that holds a headline or a handle."""
    text = CREDIT_ROLE.sub("", text.strip())
    name = text if EDITORIAL_DESK.search(text) else clean_name(text)  # 《某某》杂志编辑部 keeps its quotes
    name = (AUTHOR_NOTE.sub("", name) or name) if name else None
    return None if name is None or NO_ONE.match(simplify(name)) or NOT_A_BYLINE.search(name) else name


# The date and time a page's row of fields sets after its source (来源：某某日报 | 2021-03-09 12:46): the page's,
# not the paper's name.
SOURCE_DATE = re.compile(r"(?<!\s)\s+\d{4}\s*[-/.年].*$")  # one try a run of spaces: linear
# The page's buttons the row sets after the source (来源：某某网 【字体：大 中 小】 打印本页): a square bracket or a
# print, font-size or close button ends the name; a paper's own name holds none of them (web.TOOL reads a row of them).
PAGE_BUTTONS = r"打印(?:本页|此页|文章)|关闭(?:窗口|本页)|字[体号][:：]|分享到"
SOURCE_WIDGETS = re.compile(rf"(?<!\s)\s*(?:[【\[]|{PAGE_BUTTONS}).*$")


def publication_name(text: str) -> str | None:
    """A publication's name as clean_name gives it, without the date or the buttons a page's field row sets
    after it."""
    name = clean_name(text)
    if name:
        name = SOURCE_WIDGETS.sub("", name) or name
    return (SOURCE_DATE.sub("", name) or name) if name else None


NORMALIZERS = {
    "date": parse_date,
    "author": author_name,
    "publication": publication_name,
    "page": clean_name,
    "keywords": split_keywords,
}


def build_meta(fields: Iterable[tuple[str, str]]) -> Meta:
    """Meta from (meaning, value) fields: the first usable value of each field wins."""
    values: dict[str, object] = {}
    for meaning, raw in fields:
        normalize = NORMALIZERS.get(meaning)
        if normalize is None or meaning in values:
            continue
        value = normalize(raw)
        if value:
            values[meaning] = value
    return Meta(**values)  # type: ignore[arg-type]
