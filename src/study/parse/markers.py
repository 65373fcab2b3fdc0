"""The marker table: every family of enumeration marker as a row (style, pattern, kind, ordinal, group).

A marker opens a list when its ordinal is 1 and continues an open list whose group it accepts when its
ordinal is one more than that list's last. Heading markers (一、 （一） 1. …) own the paragraphs after
them until a sibling or an ancestor comes; sentence markers (一要, 一是, 第一, 首先 …) live inside
paragraphs and close with them unless the numbering goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from study.parse.counts import announced_count
from study.parse.numerals import (
    CIRCLED,
    DIGITS_STOPPED,
    DINGBAT_CIRCLED,
    ENCLOSED_IDEOGRAPHS,
    FORMAL,
    FORMAL_HEADING,
    PARENTHESIZED,
    ROMAN_SIGNS,
    STEMS,
    number,
    roman_number,
)

HZ = "一二三四五六七八九十" + FORMAL
# the numerals of heading markers (一、, （一）, 第一章): those, and the formal ones only headings number with (参, 拾),
# which in a sentence are words (参看, 拾起)
HZ_HEADING = "一二三四五六七八九十" + FORMAL_HEADING
# what may stand right before a sentence marker: the start, a clause or sentence end, a closing bracket
SENTENCE_BOUNDARY = set("。；：！？，,;:!?）)”」 \u3000\t")
HEADING_BOUNDARY = set("。；：！？;:!?”」 \u3000\t")


class Kind(Enum):
    """Headings own following paragraphs; sentence markers close with their paragraph."""

    HEADING = "heading"
    SENTENCE = "sentence"


@dataclass(frozen=True)
class MarkerRule:
    """One row of the marker table."""

    style: str  # how the family is shown, e.g. "（一）"
    pattern: re.Pattern[str]  # group "n" is the numeral, group "tail" what follows a number (optional)
    kind: Kind
    group: str  # markers continue lists of the same group …
    accepts: tuple[str, ...] = ()  # … and of these groups too (首先 … 第三)
    # ordinal words (首先/其次/最后, 一方面/另一方面): each word's ordinal, None for "last" (最后: whatever comes
    # next); empty for numbered families, whose numeral gives the ordinal
    words: tuple[tuple[str, int | None], ...] = ()
    # what may open the marker right after a hanzi, its subject (各地一方面要…, 制度首先是…): "" for any opening
    after_subject: tuple[str, ...] = ()
    # said twice in a paragraph, the first ordinal repeats the first point (一是…，一是…); an adverb (首先) does not
    repeats: bool = True
    # the items a word for "the next one" (最后, 另一点: ordinal None) needs before it in its list
    next_after: int = 2


@dataclass(frozen=True)
class Marker:
    """A marker found in a paragraph: where it is, what it says and its ordinal (None: 'last')."""

    rule: MarkerRule
    para: int
    start: int
    end: int  # where the item's text begins (after the marker and its separator)
    text: str  # the marker as written
    n: int | None
    after_colon: bool = False  # a colon stands right before it: a lead announces the list it opens

    @property
    def at_start(self) -> bool:
        """True when the marker begins its paragraph."""
        return self.start == 0

    @property
    def section(self) -> str:
        """The section a decimal number (2.3, 2.1.3) belongs to, "2" ("2．1"); empty for every other family."""
        return "．".join(re.split(r"[.．]", self.text.strip())[:-1]) if self.rule.style in DECIMAL_STYLES else ""

    def continues(self, group: str) -> bool:
        """True when this marker may continue a list of `group`."""
        return group == self.rule.group or group in self.rule.accepts


def _rule(style: str, pattern: str, kind: Kind, group: str, accepts: tuple[str, ...] = ()) -> MarkerRule:
    return MarkerRule(style, re.compile(pattern), kind, group, accepts)


# 1. 2. 3.: a point's number, or a long text's numbered paragraphs (a policy address numbers them into the
# hundreds: 273. 274. …); a digit right after the point makes a decimal, unless it opens a date (1.1919年5月4日，…:
# the first item of a chronology; 2.5月4日，…), or a century (1.20世纪初期，…: a quiz question)
NUMBERED_PARAGRAPH = _rule(
    "1.", r"(?P<n>\d{1,3})[.．](?:(?!\d)|(?=\d{4}年|\d{1,2}(?:世纪|月)))[ \u3000]*", Kind.HEADING, "1."
)

ORDINAL_WORDS: tuple[tuple[str, int | None], ...] = (("首先", 1), ("其次", 2), ("再次", 3), ("最后", None))
SIDES: tuple[tuple[str, int | None], ...] = (("一方面", 1), ("另一方面", 2))
# 首先 follows its subject too when it defines or demands (制度首先是…, 各地首先要…); as a plain adverb
# (他首先介绍了…) it numbers no point
FIRST_AFTER_SUBJECT = ("首先是", "首先要")
# 首先 is an adverb any sentence may use, not a number an author forgot to count on (一是…，一是…): said twice in a
# paragraph it opens two sentences (干部首先要…。书记首先是…), not two points of one series
FIRST_WORDS = MarkerRule(
    "首先",
    re.compile(r"(?P<n>首先|其次|再次|最后)[，,：:]?\s*"),
    Kind.SENTENCE,
    "首先",
    ("第一", "其一"),
    words=ORDINAL_WORDS,
    after_subject=FIRST_AFTER_SUBJECT,
    repeats=False,
)
# a speaker's points said as 一点是…，另一点是… (我讲两点：一点是A，另一点是B), or 第一点…另外一点…: 另一点 is the
# point after the one before it, whatever its number (第一点 … 第二点 … 另外一点 …)
ONE_POINT = MarkerRule(
    "一点是", re.compile(r"(?P<n>一点)(?:就是|是)[，,：:]?\s*"), Kind.SENTENCE, "一点", words=(("一点", 1),)
)
ANOTHER_POINT = MarkerRule(
    "另一点",
    re.compile(r"(?P<n>另外一点|另一点|还有一点)(?:就是|是)?[，,：:]?\s*"),
    Kind.SENTENCE,
    "另一点",
    ("第一", "一点"),
    words=(("另外一点", None), ("另一点", None), ("还有一点", None)),
    next_after=1,
)
# … and the members a count of 个 announces said as 一个是…，一个是… / …，另一个是… (重点是两个，一个是A，一个是B)
ONE_OF = MarkerRule(
    "一个是", re.compile(r"(?P<n>一个)(?:就是|是)(?!不是)[，,：:]?\s*"), Kind.SENTENCE, "一个", words=(("一个", 1),)
)
ANOTHER_ONE = MarkerRule(
    "另一个",
    re.compile(r"(?P<n>另外一个|另一个|还有一个)(?:就是|是)[，,：:]?\s*"),
    Kind.SENTENCE,
    "另一个",
    ("一个",),
    words=(("另外一个", None), ("另一个", None), ("还有一个", None)),
    next_after=1,
)
# … and a text's two parts said as 第一部分，A。…另一部分，B。 (分为两部分): 另一部分 is the part after the one before
# it; only opening a line, and set off by a comma or 是 (另一部分人认为… is a group of people)
ANOTHER_PART = MarkerRule(
    "另一部分",
    re.compile(r"(?P<n>另外一部分|另一部分)(?:[，,：:]|就是|则是|是)\s*"),
    Kind.HEADING,
    "另一部分",
    ("部分",),
    words=(("另外一部分", None), ("另一部分", None)),
    next_after=1,
)
# 一方面 follows the subject it speaks of (各地一方面要…，另一方面要…)
SIDE_WORDS = MarkerRule(
    "一方面",
    re.compile(r"(?P<n>另一方面|一方面)[，,：:]?\s*"),
    Kind.SENTENCE,
    "一方面",
    words=SIDES,
    after_subject=("",),
)

# 第N + a classifier. Parts of a document (章/节/篇/部分/编/卷) and articles (条, set off by a space) are
# headings, each its own group; steps and stages count a process (their own group); the rest (第一点,
# 第二个, 第三个方面) are one family with bare 第一, which authors mix within one list (第一/第二个/第三).
PARTS = "章|节|篇|部分|板块|编|卷"  # 板块: the parts of a talk or a lecture (第一板块为…)
DIGIT_PARTS = "章|节|条"  # what digits number (第 3 條, 第2章); 第12卷第3期 is a citation
MAX_NUMBER = 50  # a point's number goes no higher: past it a number opening a line is a figure
MAX_ARTICLE = 999  # … but a law numbers its articles on (第 128 條), and a policy address its paragraphs (273. …)
# the number of a chapter or an article: in hanzi (第十二条), or in digits set off by spaces as Taiwan's and Hong
# Kong's laws print it (第 12 條, 第3章)
PART_NUMBER = rf"[ \u3000]?(?P<n>[{HZ_HEADING}百]{{1,3}}|\d{{1,3}}(?=[ \u3000]?(?:{DIGIT_PARTS})))[ \u3000]?"
STEPS = "步|阶段"
# (a speaker's 我讲三句话：第一句话，… numbers sayings)
POINTS = "个方面|方面|句话|点|个|项|层|件事|件|种|类"  # not 次 or 批: they count occasions (第一次会议, 第一批试点)
# what makes a number with a decimal point a quantity rather than a section number (1.5倍, 2.3万元)
UNITS = "倍万亿千百元个米吨斤亩年月日时分秒岁人次%％"

# a numeral right after 一是 makes no marker (一是一，二是二: "call a spade a spade"), unless it begins a
# word an item often opens with (一是一些干部…, 二是一切从实际出发, 一是一般和个别相结合)
ONE_WORDS = "[些切般定直致旦贯律概体起同样道]"

# 第N个 and the quoted name of what it counts, then a comma (第一个“第一”，即A / 第二个“务必”，是B): the point is what
# follows the name and its pointer (A, B), the name being every point's
QUOTED_POINT = r"个[“「][^“”「」]{1,6}[”」][，,][ \u3000]*(?:即|就是|则是|是)?"

# 第一 before 要 is a marker when 要 is the demand of its item (第一要坚持…), not when it begins a noun: 第一要务,
# 第一要义 and 第一要素 name the first of something. 第一是(要) takes its 是 as 一是 does: the head is what follows
NOUN_YAO = "[务义素旨件]"
# … and the counted noun and 是 after a classifier are the marker's too (第一个成就是A；第二个是B: the heads are A and
# B); a noun of one to three hanzi, so that 第一个五年计划是 keeps its plan
# … and so is the noun before a comma (第一点希望，A / 第二个要求，B: the noun the lead counts, 三点希望, is every
# point's; the head is A)
COUNTED_NOUN = r"(?:(?:[\u4e00-\u9fff]{1,3}?)?(?:就是|是)(?!的)|[\u4e00-\u9fff]{1,3}(?=[，,]))?"

# … unless the unit's character begins a word that measures nothing (2.2分析方法, 2.3人才队伍, 3.1年度目标)
UNIT_WORDS = "分析|分类|分布|分工|分解|分层|人才|人员|人民|人口|年度|时代|时期|时间|月度|个人|个性"
# what ends a section number: no further digit or point, no unit (1.5倍) or century (1.20世纪), then its title
DECIMAL_END = rf"(?![.．\d]|\s*(?!{UNIT_WORDS})[{UNITS}]|世纪)(?=[ \u3000\u4e00-\u9fff“「《])[ \u3000]*"
DECIMAL_STYLES = ("1.1", "1.1.1")  # families whose number before the last point names the section
# (i) (ii) (iii): a roman numeral before a letter; (i), (v) and (x) go on with a list of letters that they continue
# (see sequence: as_letter)
ROMAN_LABELLED = _rule("（i）", r"[（(](?P<n>[ivxIVX]{1,4})[）)][ \u3000、，,.．]*", Kind.HEADING, "（i）")
LETTER_LABELLED = _rule("（a）", r"[（(](?P<n>[a-zA-Z])[）)][ \u3000、，,.．]*", Kind.HEADING, "（a）")
# order matters where patterns overlap: longer and more specific first
MARKER_TABLE: tuple[MarkerRule, ...] = (
    _rule("第一章", rf"第{PART_NUMBER}(?P<tail>{PARTS})[ \u3000：:]*", Kind.HEADING, "章"),
    _rule("第一条", rf"第{PART_NUMBER}条[ \u3000]+", Kind.HEADING, "条"),
    # (the tortoise-shell brackets, 〔一〕, are a typesetter's form of the same number)
    # (a PDF's text sets blanks inside the brackets: ( 一 ) / （ 2 ）, one family with （一） and （1）)
    _rule(
        "（一）",
        rf"[（(〔][ \u3000]?(?P<n>[{HZ_HEADING}]{{1,3}})[ \u3000]?[）)〕][ \u3000、，,]*",
        Kind.HEADING,
        "（一）",
    ),
    # (a word processor's ㈠ ㈡ ㈢ are the same numbers in one sign)
    _rule("㈠", rf"(?P<n>[{ENCLOSED_IDEOGRAPHS}])[ \u3000、，,]*", Kind.HEADING, "（一）"),
    # the formal numerals number the level above 一、 (壹、…貳、 with 一、 inside): a family of their own
    _rule("壹、", rf"(?P<n>[{FORMAL_HEADING}]{{1,3}})[、．][ \u3000]*", Kind.HEADING, "壹、"),
    # … and a plain one goes on with a list a converter began 壹、 for 一、 (not the other way: 參 after an inner 二、)
    # (a PDF's or a converter's text may set a blank before the 、: 一 、 / 1 、)
    _rule("一、", rf"(?P<n>[{HZ}]{{1,3}})[ \u3000]?[、．][ \u3000]*", Kind.HEADING, "一、", ("壹、",)),
    # … and with a closing bracket alone (一）/ 二)), the level under 一、 as 1) is a form of （1）
    _rule("一)", rf"(?P<n>[{HZ}]{{1,3}})[）)][ \u3000]*", Kind.HEADING, "一)"),
    _rule("甲、", rf"(?P<n>[{STEMS}])[、．][ \u3000]*", Kind.HEADING, "甲、"),
    _rule("Ⅰ、", rf"(?P<n>[{ROMAN_SIGNS}])[、.．]?[ \u3000]*", Kind.HEADING, "Ⅰ、"),
    _rule("（1）", r"[（(][ \u3000]?(?P<n>\d{1,2})[ \u3000]?[）)][ \u3000、，,.．]*", Kind.HEADING, "（1）"),
    # decimal section numbers (1.1 / 2.3): the number after the point counts the items, the one before it
    # names the section they belong to (a list keeps one prefix); a unit after them makes a quantity (1.5倍)
    _rule(
        "1.1.1",
        rf"(?P<p>\d{{1,2}}[.．]\d{{1,2}})[.．](?P<n>\d{{1,2}}){DECIMAL_END}",
        Kind.HEADING,
        "1.1.1",
    ),  # … and the subsections of a section (2.1.1 / 2.1.2) number a level of their own
    _rule(
        "1.1",
        rf"(?P<p>\d{{1,2}})[.．](?P<n>\d{{1,2}}){DECIMAL_END}",
        Kind.HEADING,
        "1.1",
    ),
    NUMBERED_PARAGRAPH,  # … where a digit right after the point makes a decimal
    _rule("1、", r"(?P<n>\d{1,2})[ \u3000]?、[ \u3000]*", Kind.HEADING, "1、"),
    _rule("⒈", rf"(?P<n>[{DIGITS_STOPPED}])[ \u3000]*", Kind.HEADING, "1."),  # a word processor's ⒈ ⒉ ⒊: 1. 2. 3.
    _rule("1)", r"(?P<n>\d{1,2})[）)][ \u3000]*", Kind.HEADING, "1)"),
    # a keycap digit (1️⃣ 2️⃣: a digit, the emoji selector, the enclosing keycap), as pages made on phones
    # number their points
    _rule("1️⃣", r"(?P<n>\d)\ufe0f?\u20e3[ \u3000、，,]*", Kind.HEADING, "1️⃣"),
    _rule("①", rf"(?P<n>[{CIRCLED}])[ \u3000、，,]*", Kind.HEADING, "①"),
    _rule("❶", rf"(?P<n>[{DINGBAT_CIRCLED}])[ \u3000、，,]*", Kind.HEADING, "❶"),
    _rule("⑴", rf"(?P<n>[{PARENTHESIZED}])[ \u3000、，,]*", Kind.HEADING, "⑴"),
    ROMAN_LABELLED,
    LETTER_LABELLED,
    _rule("A.", r"(?P<n>[A-Z])[.．、](?![A-Za-z.])[ \u3000]*", Kind.HEADING, "A."),
    _rule("第一步", rf"第(?P<n>[{HZ}]{{1,3}})个?(?P<tail>{STEPS})[，,、：:]?\s*", Kind.SENTENCE, "第一步"),
    # 第N次 + 是 (有两次飞跃…。第一次是A…。第二次是B): the occasions a count before it numbers; without 是 (第一次会议,
    # 第一次飞跃形成了…) it names an event; sequence drops a run no count of 次 announces (第一次是在1921年…)
    _rule(
        "第一次",
        rf"第(?P<n>[{HZ}]{{1,3}})次(?:[\u4e00-\u9fff]{{1,3}}?(?=就是|是))?(?:就是|是)[，,：:]?\s*",
        Kind.SENTENCE,
        "第一次",
    ),
    _rule(
        "第一",
        rf"第(?P<n>[{HZ}]{{1,3}})(?:{QUOTED_POINT}|(?:{POINTS})(?![{HZ}年]){COUNTED_NOUN}[，,、：:]?\s*|[，,、：:]\s*|(?:是要|是|(?=要(?!{NOUN_YAO}))))",
        Kind.SENTENCE,
        "第一",
        ("首先",),
    ),
    # (其一是 takes its 是 as 一是 does: the head is what follows it)
    _rule("其一", rf"其(?P<n>[{HZ}])(?:是[，,：:]?\s*|[，,、：:]\s*|(?=要))", Kind.SENTENCE, "其一", ("首先",)),
    FIRST_WORDS,
    SIDE_WORDS,
    ONE_POINT,
    ANOTHER_POINT,
    ONE_OF,
    ANOTHER_ONE,
    _rule(
        "一是", rf"(?P<n>[{HZ}]{{1,2}})(?P<tail>是要|是|要)(?![{HZ}](?!{ONE_WORDS}))[，,：:]?", Kind.SENTENCE, "一是"
    ),
    # a verb numbered before it (一靠…二靠…, 一抓…二抓…, 一有“权”…二有“名”… under 要“三有”, and a classical
    # text's 一曰…二曰…); the idiom 一有…就… says no 二有, and one marker is no list
    _rule(
        "一靠",
        rf"(?P<n>[{HZ}]{{1,2}})(?P<tail>靠|抓|看|讲|则|来|防|在|有|曰)(?![{HZ}])[，,：:]?",
        Kind.SENTENCE,
        "一靠",
    ),
)


# a short label numbered after it, opening a line (关键词一：…, 案例二 …, 任务三：…): a heading family of its
# own per label, so only lines with the same label number one list (a lone 大统一： opens nothing)
LABELLED = _rule(
    "关键词一",
    rf"(?P<tail>[\u4e00-\u9fff]{{2,4}}?)(?P<n>[{HZ}]{{1,3}})(?:[：:][ \u3000]*|[ \u3000]+)",
    Kind.HEADING,
    "label",
)
# labels of a document's furniture and of who attends (附件：/ 抄送：/ 出席人员：/ 主持人：/ 注：): what follows
# them are file names, people's names and notes, no points to learn
FURNITURE_LABELS = (
    "人员", "主持人", "联系人", "负责人", "发言人", "责任人", "成员", "单位", "嘉宾", "时间", "地点", "作者",
    "来源", "编辑", "记者", "出席", "列席", "参加", "关键词", "附件", "抄送", "主送",
    # … and the fields a government page sets above its text (发布部门：, 发文字号：, 成文日期：, 索引号：)
    "部门", "机构", "文号", "字号", "日期", "索引号",
)  # fmt: skip
# … or numbered in digits before a colon (问题 1：…, 案例2：…): quiz pages and case collections (附件1：, 附件2：
# name files, the furniture of a notice, no points)
DIGIT_LABELLED = _rule(
    "问题1",
    r"(?P<tail>[\u4e00-\u9fff]{2,4}?)[ \u3000]?(?P<n>\d{1,2})[：:](?!\d)[ \u3000]*",  # not a time (上午9:30)
    Kind.HEADING,
    "label",
)
# … or a short label and its number in square brackets (【知识点1】, 【考点二】, 【案例3】): exam notes number their
# points so, one family per label
BRACKETED = _rule(
    "【知识点1】",
    rf"[【\[](?P<tail>[\u4e00-\u9fff]{{1,4}}?)(?P<n>\d{{1,2}}|[{HZ}]{{1,3}})[】\]][ \u3000：:]*",
    Kind.HEADING,
    "label",
)
# … or a numeral alone in square brackets (【一】摸清居民底数): phone-made pages number their sections so; only where
# a line begins, and in hanzi (【1】 opens a note as often as a point)
BRACKETED_NUMBER = _rule("【一】", rf"【(?P<n>[{HZ}]{{1,3}})】[ \u3000、，,：:]*", Kind.HEADING, "【一】")
# … and a digit in square brackets opening a line (【1】, ［2］, [3]) numbers points as 1. does; after a sentence the
# same [1] is a citation's mark, and a run of them opening lines that cite books (出版社, 第3页) is the text's notes
# (sequence: _dropped); a digit in tortoise-shell brackets (〔1〕) numbers an edition's notes, no points
BRACKETED_DIGIT = _rule("【1】", r"[【\[［](?P<n>\d{1,2})[】\]］][ \u3000、，,：:]*", Kind.HEADING, "【1】")
# an article whose space a scrape lost (第一条为了…, 第二条(适用范围)本条例…): only where a line begins, since
# inside a sentence 第十条规定 cites an article rather than opening one
GLUED_ARTICLE = _rule("第一条", rf"第{PART_NUMBER}条(?=[\u4e00-\u9fff（(“《])", Kind.HEADING, "条")
# a digit and a full stop (1。耐寒性。): a page typed or converted with the Chinese stop for the point,
# one family with 1.; only where a line begins, since inside a sentence 增长了5。 ends it
STOPPED_DIGIT = _rule("1.", r"(?P<n>\d{1,2})。[ \u3000]*(?=[\u4e00-\u9fff“「《])", Kind.HEADING, "1.")
# … and a digit and a colon (1:毛泽东思想形成的条件 / 2：…): notes typed with a colon for the point, one family with 1.;
# only where a line begins, and not a time or a ratio (8:30, 1:2: a digit after the colon)
COLON_DIGIT = _rule("1.", r"(?P<n>\d{1,2})[：:](?![ \u3000]*\d)[ \u3000]*(?=[\u4e00-\u9fff“「《])", Kind.HEADING, "1.")
_LABEL_RULES = (LABELLED, DIGIT_LABELLED, BRACKETED)  # labelled rows, one family per label
# … or a number padded with a zero and set off by a blank (01 队伍建设更加有力), as phone-made pages number their
# sections; only where a line begins, and not before a unit: a padded time, month or day (08 点集合, 05 月召开,
# 09 号报到) is a quantity, as 1.5倍 is
CLOCK_UNITS = "点号"
PADDED_NUMBER = _rule(
    "01",
    rf"0(?P<n>[1-9])(?![ \u3000]*(?!{UNIT_WORDS})[{UNITS}{CLOCK_UNITS}])[ \u3000]+(?=[\u4e00-\u9fff“「《])",
    Kind.HEADING,
    "01",
)
# the rows tried where a line begins (【十二】 is a number, not the label 十 of 二)
_LINE_RULES = (
    *MARKER_TABLE,
    BRACKETED_NUMBER,
    BRACKETED_DIGIT,
    *_LABEL_RULES,
    GLUED_ARTICLE,
    STOPPED_DIGIT,
    COLON_DIGIT,
    ANOTHER_PART,
    PADDED_NUMBER,
)


def _ordinal(rule: MarkerRule, raw: str) -> int | None:
    """The ordinal a marker's numeral stands for; None for 最后 (whatever comes next)."""
    if rule.words:
        return dict(rule.words)[raw]
    if rule.style == ROMAN_LABELLED.style:
        return roman_number(raw)
    return number(raw)


def as_letter(marker: Marker) -> Marker | None:
    """A roman numeral that is a single letter ((i), (v), (x)) read as that letter of a list of letters, or None."""
    if marker.rule.style != ROMAN_LABELLED.style:
        return None
    letter = marker.text.strip(" \u3000、，,.．（()）")
    return replace(marker, rule=LETTER_LABELLED, n=number(letter)) if len(letter) == 1 else None


def _group(rule: MarkerRule, match: re.Match[str]) -> MarkerRule:
    """Verb markers (一靠, 一抓 …) form one group per verb, and parts one group per word (第一篇 and 第一部分
    number different things: a 第一部分 inside 第二篇 opens a list of its own); 一是/一要/一是要 are one group."""
    if rule.style == "一靠":
        verb = match.group("tail")
        return MarkerRule(f"一{verb}", rule.pattern, rule.kind, f"一{verb}")
    if rule.style == "第一章":
        part = match.group("tail")
        return MarkerRule(f"第一{part}", rule.pattern, rule.kind, part)
    if rule is LABELLED:
        label = match.group("tail")
        return MarkerRule(f"{label}一", rule.pattern, rule.kind, f"label:{label}")
    if rule is DIGIT_LABELLED:
        label = match.group("tail")
        return MarkerRule(f"{label}1", rule.pattern, rule.kind, f"label:{label}")
    if rule is BRACKETED:
        label = match.group("tail")
        return MarkerRule(f"【{label}1】", rule.pattern, rule.kind, f"label:【{label}】")
    return rule


# the signs a phone-made page dresses a line's start with (▍ ■ ◆ ★ ✅ 🔴 📌 …: block elements, geometric shapes,
# symbols, dingbats and emoji): before a marker they are the line's dress, as blanks are, not a word of it; the
# dingbats' circled numbers (❶ ➀ ➊, U+2776–2793) are no dress but numbers (numerals.DINGBAT_CIRCLED)
ORNAMENTS = "\u2580-\u25ff\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
_BLANKS = re.compile(rf"[\s{ORNAMENTS}]*")
_ORNAMENT = re.compile(rf"[{ORNAMENTS}]")


def _line_start(text: str, start: int) -> bool:
    """True when only blanks (or ornaments) stand before `start`. Scanned, not sliced: marker_at runs at
    every candidate of a paragraph, and copying the text before each one is quadratic in its length."""
    if start == 0:
        return True
    before = text[start - 1]
    blanks = _BLANKS.match(text, 0, start) if before.isspace() or _ORNAMENT.match(before) else None
    return blanks is not None and blanks.end() == start


def _past_blanks(text: str, start: int = 0) -> int:
    """Where the words after `start` begin, past blanks and ornaments."""
    match = _BLANKS.match(text, start)
    return match.end() if match else start


def without_ornaments(text: str) -> str:
    """A line's text without the ornaments (and blanks) it opens with."""
    return text[_past_blanks(text) :]


def _boundary_ok(rule: MarkerRule, text: str, start: int) -> bool:
    """A marker stands at the start of a paragraph or right after a clause or sentence end."""
    if _line_start(text, start):
        return True
    allowed = HEADING_BOUNDARY if rule.kind is Kind.HEADING else SENTENCE_BOUNDARY
    if rule.after_subject and text.startswith(rule.after_subject, start) and _after_subject(text, start):
        return True  # 各地一方面要… / 这项制度首先是A；其次是B: the series speaks of its subject
    if rule.style == "一是" and text[start - 1] == "、":
        return True  # short items of 一是 set off by 、 (四大考验：一是A、二是B、三是C)
    if rule.group in COUNTED_AFTER_COMMA and text[start - 1] in "，," and _counted_before(text, start - 1):
        return True
    return text[start - 1] in allowed


# a numbered heading may follow a comma inside a paragraph when the clause before the comma counts what it numbers
# (提出三项任务，一、A。二、B。三、C): the count announces the points as a colon would
COUNTED_AFTER_COMMA = ("一、", "（一）", "1、", "（1）")
_CLAUSE_MARKS = "。；！？，,;!?：:"


def _counted_before(text: str, comma: int) -> bool:
    """True when the clause that ends at `comma` ends with a count (…的三项重大工程)."""
    begin = max(text.rfind(mark, 0, comma) for mark in _CLAUSE_MARKS) + 1
    return announced_count(text[begin : comma + 1]) is not None


# after a demonstrative or a quantifier 一方面 is a noun phrase (在这一方面, 每一方面, 任何一方面), not the first
# of two sides
NOT_SIDES_AFTER = set("这那哪每某任何单同其另这些那些")


def _after_subject(text: str, start: int) -> bool:
    """True when 一方面 stands right after a hanzi that can end its subject (各支部一方面)."""
    before = text[start - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in NOT_SIDES_AFTER


def marker_at(text: str, start: int, para: int) -> Marker | None:
    """The marker that begins at `start`, if any row of the table matches there (a labelled one only
    where its line begins)."""
    if not _line_start(text, start):
        return _first_match(MARKER_TABLE, text, start, para)
    return _first_match(_LINE_RULES, text, _past_blanks(text, start), para)


def _first_match(rules: tuple[MarkerRule, ...], text: str, start: int, para: int) -> Marker | None:
    """The marker the first of rules that matches at `start` makes."""
    for rule in rules:
        match = rule.pattern.match(text, start)
        if not match or not _boundary_ok(rule, text, start):
            continue
        n = _ordinal(rule, match.group("n"))
        if n is None and not rule.words:
            continue
        if n is not None and not 1 <= n <= (
            MAX_ARTICLE if rule.group == "条" or rule is NUMBERED_PARAGRAPH else MAX_NUMBER
        ):
            continue
        if match.end() >= len(text.rstrip()):
            continue  # a marker with nothing after it is no item
        if rule is DIGIT_LABELLED and match.group("tail").endswith(FURNITURE_LABELS):
            continue
        row = _group(rule, match)
        written = text[start : match.end()].rstrip(" \u3000，,：:")
        after_colon = text[start - 1 : start] in ("：", ":")
        # a marker after the line's ornaments begins the line: its item owns the line, the ornament with it
        # (_line_start first: it rejects at once, and leaves only blanks and ornaments for the search to scan)
        begin = 0 if start and _line_start(text, start) and _ORNAMENT.search(text, 0, start) else start
        return Marker(row, para, begin, match.end(), written, n, after_colon)
    return None


_CANDIDATE_START = re.compile(
    rf"[（(〔第其首另一{HZ_HEADING}{STEMS}\dA-Z{CIRCLED}{PARENTHESIZED}{DINGBAT_CIRCLED}{ENCLOSED_IDEOGRAPHS}"
    rf"{DIGITS_STOPPED}{ROMAN_SIGNS}再最还【\[［]"
)


# A count of stages or steps (分两个阶段是指… / 分三步走：…) announces items whose later ones are marked
# 第二个阶段 / 第二步 while the first, right after the count, often is not: its clause is the first item.
STEP_COUNT = re.compile(rf"(?P<n>[两{HZ}])个?(?:{STEPS})(?:走)?(?:是指|就是|即)?[，,：:]?")
_SENTENCE_END = re.compile(r"[。！？!?]")


def _unmarked_first(shadow: str, found: list[Marker], para: int) -> Marker | None:
    """The first item of a counted step series (分两个阶段是指A；第二个阶段，B) that bears no ordinal: it
    starts right after the count, in the same sentence as the 第二 marker, when the count covers the series."""
    steps = [m for m in found if m.rule.style == "第一步"]
    if not steps or steps[0].n != 2 or any(m.n == 1 for m in found):
        return None
    second = steps[0]
    counts = list(STEP_COUNT.finditer(shadow, 0, second.start))
    if not counts:
        return None
    count = counts[-1]
    between = shadow[count.end() : second.start]
    last = max(m.n or 0 for m in steps)
    if number(count.group("n")) != last or not between.strip() or _SENTENCE_END.search(between):
        return None
    tail = re.sub(rf"^第[{HZ}]+", "", second.text)  # 个阶段 / 步: the first item's label matches the second's
    return Marker(second.rule, para, count.end(), count.end(), f"第一{tail}", 1)


def find_markers(shadow: str, para: int) -> list[Marker]:
    """Every marker in one paragraph (its simplified shadow), in order, never overlapping."""
    found = _find_markers(shadow, para)
    first = _unmarked_first(shadow, found, para)
    return sorted([*found, first], key=lambda m: m.start) if first else found


def _find_markers(shadow: str, para: int) -> list[Marker]:
    """Every marked marker in one paragraph, in order, never overlapping."""
    found: list[Marker] = []
    pos = _past_blanks(shadow)
    # a labelled line opens with a hanzi no other family need start with, so no candidate finds it (where
    # one stands, no other row matched there and the loop's marker_at tries the labelled row anyway)
    opening = None if _CANDIDATE_START.match(shadow, pos) else _first_match(_LABEL_RULES, shadow, pos, para)
    if opening is not None:
        found.append(opening)
        pos = opening.end
    while True:
        match = _CANDIDATE_START.search(shadow, pos)
        if not match:
            return found
        marker = marker_at(shadow, match.start(), para)
        if marker is None:
            pos = match.start() + 1
            continue
        found.append(marker)
        pos = marker.end
