"""Named things a teacher blanks: people, places, organisations, events, meetings, counts and years.

Measured on real human fill-in items, named meetings, organisations, events, titles, people and places
make most blanks, and counts and years of the claim most of the rest: these finders propose them whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from study.generate.analysis import Analysis, Span
from study.generate.anatomy import NUMERAL, PLENUM
from study.generate.segment import SURNAMES, commonness, dictionary_tag

# jieba tags of proper names, and the kind each one proposes.
NAME_KINDS: dict[str, str] = {
    "nr": "person",
    "nrfg": "person",
    "nrt": "person",
    "ns": "place",
    "nt": "organisation",
    "nz": "proper",
}
# Names that are the actor of almost every sentence of the course, or no place at all: never the point.
GENERIC_NAMES = frozenset(
    {
        "中国", "我国", "全国", "中华", "世界", "国际", "国内", "中央", "党中央", "中共中央", "国务院",
        "中国共产党", "共产党", "我党", "中华民族", "中华人民共和国", "各地", "地方", "国家",
        # generic bodies jieba tags as organisations: a kind of body in any organisation's structure, not one body
        "党组织", "团组织", "党员大会",
    }
)  # fmt: skip
# Characters of transliterated foreign names (马克思, 恩格斯, 尼克尔斯基): such a name may open on any of them.
TRANSLITERATION = frozenset(
    "马克思恩格斯列宁大林尼尔基德普鲁东黑费巴哈亚当密嘉图罗伯特欧文圣西门傅立叶托洛茨布莫沃维奇夫娃拉丁诺索米契科"
)
PERSON_LENGTH = range(2, 4)
COMMON_WORD = 0.35  # the commonness of a word most texts hold (高潮 0.43), above most names that look like words
COMMON_NOUN = 0.4  # the commonness of a noun everyone writes (水平, 格局), no given name nor a body's name
# jieba's place tag on words its dictionary does not know (广大干部/ns): a real place ends on a place word.
PLACE_ENDINGS = tuple("省市县区镇乡村山河江湖岛州城港湾峰关岭沟坡口")
GLUED = frozenset("由以在把被对从向为于和与及")
# jieba tags many common phrases as organisations or proper nouns (重大进展/nt, 改革开放/nz): a real body
# ends on a word for a body, a real proper noun on a doctrine's or an event's word.
ORGANISATION_ENDINGS = (
    "局", "院", "会", "委", "部", "党", "青年团", "社", "军", "厅", "所", "校", "大学", "组织", "银行", "政府",
    "联盟", "支部", "公司", "报", "书店", "中心", "署", "办", "处", "队", "馆", "国", "省", "市", "县",
)  # fmt: skip
# What ends a proper noun jieba tags nz (…思想, …宣言), a front's name among them (…统一战线, …阵线: its dictionary
# holds such names whole, and the front is what a quiz asks for).
PROPER_ENDINGS = ("思想", "理论", "宣言", "协定", "条约", "工程", "计划", "战略", "号", "战线", "阵线")
DATE_WORD = re.compile(r"[年月日]$")  # 1945年抗日战争: the year dates the event, it is not its name
ORDINAL_PREFIX = re.compile(rf"^第|^[{NUMERAL}]+次")
# Words that end the name of an event, a body or a great work (五四运动, 古田会议, 辽沈战役, 琼崖纵队, 某某革命,
# 某某铁路, 某地事件: an incident named by its place, as a 事变 is).
EVENT_ENDINGS = (
    "运动", "起义", "会议", "战役", "大捷", "谈判", "事变", "政变", "战争", "暴动", "纵队", "支队", "革命",
    "铁路", "事件",
)  # fmt: skip
# An incident is one by the place, person, body or date that names it (珍珠港|事件, 九一八|事件): on any other
# word (网络安全/nz|事件, 安全事件/nz, 重大事件) 事件 is a kind of incident, which a rule or a plan names.
INCIDENT = "事件"
INCIDENT_NAME_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nt", "m"})
MODIFYING_ENDINGS = ("革命",)  # event words that are adjectives too (革命根据地, 革命政策: revolutionary)
MODIFIED_TAGS = frozenset({"n", "nz", "ns", "nt", "l", "i", "j"})  # nouns such a word qualifies
EVENT_LENGTH = range(4, 11)
DATE_NUMERALS = re.compile(r"[一二三四五六七八九十〇零卅廿]{2,4}")  # a date that names an event: 八七, 九一八
# A meeting's name, whole: its ordinals belong to it (十八届三中全会, 党的十五大, 中共六大, 国民党一大).
MEETINGS: tuple[re.Pattern[str], ...] = (
    re.compile(PLENUM),
    re.compile(rf"(?<=党的|中共)[{NUMERAL}]{{1,3}}大(?![会学力家])"),
    re.compile(rf"(?<=国民党)[{NUMERAL}]大(?![会学力家])"),
    re.compile(rf"第[{NUMERAL}]{{1,3}}次全国代表大会"),
)
# What may name an event before its event word: a place, a person, a proper noun or a date (八七会议).
GENERIC_EVENT_TAGS = frozenset({"n", "vn", "v", "nr"})  # 游击战争/n, 出席会议/v: kinds of events, not one
EVENT_PREFIX_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nz", "nt", "m", "j"})
# A quantity of the claim: a range with its unit (三至五年, 3至5人); a figure with its unit (1个月, 15%, 420名, 5年);
# a span, a count of people or an age in Chinese numerals when a limit or the clause's end closes it (两年内, 五人以上,
# 任期五年。, a text that ends on it, half-width marks too); an interval (每隔五年, 每五年).
QUANTITY = re.compile(
    rf"(?<![0-9０-９.年月第{NUMERAL}])[0-9０-９{NUMERAL}两]{{1,3}}[至到][0-9０-９{NUMERAL}]{{1,3}}(?:个月|年|天|名|人|周岁|周|小时|岁|次)"
    r"|(?<![0-9０-９.年月])[0-9０-９]+(?![0-9０-９]*[月日号])(?:\.[0-9]+)?(?:%|％|个月|个|年|天|名|人|元|小时|周岁|周年|周|次|项|岁|万|亿)?"
    rf"|(?<![{NUMERAL}第])[{NUMERAL}两]{{1,3}}(?:年半|个月|年|天|周岁|周|小时|人|名|岁)(?=内|以上|以下|后|之内|为|[，。；,;]|$)"
    rf"|(?<=[隔每])[{NUMERAL}两]{{1,3}}(?:年半|个月|年|天|周|小时)"  # 每隔五年, 每五年: an interval
)
YEAR = re.compile(r"[0-9０-９]{4}年")
# A date whole, to the month or the day (2022年5月1日, 3月5日): the point of a claim that fixes a day (a law takes
# effect, a day is kept), whose year alone would leave its month and day out.
WHOLE_DATE = re.compile(
    r"(?<![0-9０-９.])(?:[0-9０-９]{4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?|[0-9０-９]{1,2}月[0-9０-９]{1,2}[日号])"
)  # a month alone (至7月) is a span of time
# A share (三分之二, 五分之一, 百分之四十) or a figure a limit sets (至少一次, 不超过两届): what a rule fixes, in the
# words a rule writes it in; neither has a unit the figure rule knows.
SHARE = re.compile(rf"(?:百分之|[{NUMERAL}]{{1,2}}分之)[0-9０-９{NUMERAL}]{{1,3}}")
LIMITED = re.compile(  # the limit's verb may stand between (至少举行一次)
    rf"(?:至少|最多|不少于|不超过|不低于|不高于)(?:[^{NUMERAL}两，。；、,;]{{1,2}}?)?([{NUMERAL}两](?:个月|年|次|届|人|名|天))"
)
# How often a rule has a thing done, written in one piece (每年一次, 每半年至少一次): what it fixes, whole; a verb
# between (每季度召开1次) leaves the period and the count each their own figure.
FREQUENCY = re.compile(
    rf"每[0-9０-９{NUMERAL}两]{{0,2}}(?:年半|半年|个月|季度|年|月|周|天)(?:至少|最多)?[0-9０-９{NUMERAL}两]{{1,2}}次"
)
DATE_AFTER = re.compile(r"^[年月日]?[0-9０-９一二三四五六七八九十]+[月日号]|^[年月]?[底初末]|^[月日]")


def find_names(analysis: Analysis) -> list[Span]:
    """Proper names jieba tags (people, places, organisations), events and meetings, whole."""
    spans = [
        Span(u.start, u.end, u.text, u.pos, NAME_KINDS[u.pos])
        for u in _joined_names(analysis.units)
        if u.pos in NAME_KINDS and u.text not in GENERIC_NAMES and len(u.text) >= 2
    ]
    return [s for s in spans if looks_named(s.text, s.kind)] + _events(analysis) + _meetings(analysis)


def _unglued(unit: Span) -> Span:
    """A name without the preposition jieba glued to it (由某某, 以某地): the name alone is the blank. Not when the
    first two characters are a word of their own (从严 of 从严治党/nr): the first is no preposition there."""
    glued = unit.pos in NAME_KINDS and len(unit.text) >= 3 and unit.text[0] in GLUED
    if glued and is_person(unit.text[1:]) and not dictionary_tag(unit.text[:2]):
        return Span(unit.start + 1, unit.end, unit.text[1:], unit.pos, unit.kind)
    return unit


def looks_named(text: str, kind: str) -> bool:
    """True when a word jieba tagged as a name (NAME_KINDS) looks like one of its kind."""
    if kind in ("person", "organisation") and modified_noun(text):
        return False  # a place may be a foreign name written with everyday words (德|意志)
    if kind == "person":
        return is_person(text) and not _adjective_and_noun(text)
    if kind == "organisation":
        return text.endswith(ORGANISATION_ENDINGS)
    if kind == "place":
        return commonness(text) > 0 or (text.endswith(PLACE_ENDINGS) and not _described_place(text))
    if kind == "proper":
        return text.endswith(PROPER_ENDINGS + EVENT_ENDINGS) and not _kind_of_incident(text, "")
    return True


def modified_noun(text: str) -> bool:
    """True for a word of one character and a common noun of two or more (高|水平, 新|格局): an adjective and
    its noun, which jieba's dictionary may tag as a name (a surname and a given name, a body's name)."""
    rest = text[1:]
    return len(rest) >= 2 and dictionary_tag(rest) == "n" and commonness(rest) >= COMMON_NOUN


def _described_place(text: str) -> bool:
    """True for a word its dictionary does not know made of two common words, the second a place word (文明|城市,
    东南|地区): a kind of place described, which jieba tags as a place's name."""
    return len(text) >= 4 and commonness(text[:-2]) >= COMMON_WORD and commonness(text[-2:]) >= COMMON_WORD


def _adjective_and_noun(text: str) -> bool:
    """True for a common two-character word that opens on an adjective (高|潮, 白|领): jieba's dictionary tags
    some such words as names, as 高, 白, 黄 and 严 are surnames too; a person so named is rarely a common word."""
    return len(text) == 2 and dictionary_tag(text[0]) == "a" and commonness(text) >= COMMON_WORD


def is_person(text: str) -> bool:
    """True when a word jieba calls a person's name looks like one: a surname and a given name, or a foreign name."""
    if all(ch in TRANSLITERATION for ch in text):
        return len(text) >= 2
    return len(text) in PERSON_LENGTH and text[0] in SURNAMES


def _joined_names(units: tuple[Span, ...]) -> list[Span]:
    """Units with adjacent person-name pieces joined (尼克尔 + 斯基), a glued preposition cut off (由 + 某某)."""
    joined: list[Span] = []
    for unit in map(_unglued, units):
        last = joined[-1] if joined else None
        if last and last.end == unit.start and NAME_KINDS.get(last.pos) == NAME_KINDS.get(unit.pos) == "person":
            joined[-1] = Span(last.start, unit.end, last.text + unit.text, last.pos, last.kind)
        else:
            joined.append(unit)
    return joined


def _events(analysis: Analysis) -> list[Span]:
    """Events and bodies: a word, or two adjacent words, ending on an event word (重庆谈判, 洛川会议)."""
    found: list[Span] = []
    units = analysis.units
    for k, unit in enumerate(units):
        if not unit.text.endswith(EVENT_ENDINGS) or _modifies(units, k):
            continue
        for first in (k, k - 1):
            if first < 0 or not _names_an_event(units[first], alone=first == k):
                continue
            if first < k and units[first].text in GENERIC_NAMES:
                continue  # 中国革命, 全国铁路: the country's, no one event's name
            if _kind_of_incident(unit.text, units[first].pos if first < k else ""):
                continue
            start = units[first].start
            text = analysis.shadow[start : unit.end]
            if len(text) in EVENT_LENGTH and text.isalnum() and not text.startswith(EVENT_ENDINGS):
                found.append(Span(start, unit.end, text, "nz", "event"))
    return found


def _kind_of_incident(text: str, before: str) -> bool:
    """True for a word on 事件 that no name opens, its own first part's dictionary tag or the tag `before` of the
    word before it (网络安全|事件, 安全事件): a kind of incident, not one."""
    if not text.endswith(INCIDENT):
        return False
    own = text[: -len(INCIDENT)]
    return (dictionary_tag(own) if own else before) not in INCIDENT_NAME_TAGS


def _modifies(units: tuple[Span, ...], k: int) -> bool:
    """True for a word ending on a modifier's event word right before a noun it qualifies (某地革命 | 根据地,
    革命 | 政策: revolutionary), not an event's name."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    return units[k].text.endswith(MODIFYING_ENDINGS) and nxt is not None and nxt.pos in MODIFIED_TAGS


def _names_an_event(unit: Span, alone: bool) -> bool:
    """True when a unit can open an event's name: a proper word, not an ordinal (第一次战役) nor a common noun."""
    if ORDINAL_PREFIX.match(unit.text) or DATE_WORD.search(unit.text):
        return False
    if unit.pos == "m" and not DATE_NUMERALS.fullmatch(unit.text):
        return False  # 三 | 大革命, 一些 | 革命: a count or a quantity, not a date that names an event (八七会议)
    return unit.pos not in GENERIC_EVENT_TAGS if alone else unit.pos in EVENT_PREFIX_TAGS


def _meetings(analysis: Analysis) -> list[Span]:
    """Meetings by name, ordinals included: the ordinal alone is never the blank."""
    return [
        Span(m.start(), m.end(), m.group(), "nz", "meeting")
        for pattern in MEETINGS
        for m in pattern.finditer(analysis.shadow)
    ]


def find_quantities(analysis: Analysis) -> list[Span]:
    """Figures of the claim with their units (1个月, 15%, 5年); a date: its year alone (1999) and whole."""
    found: list[Span] = []
    for m in QUANTITY.finditer(analysis.shadow):
        text = m.group()
        after = analysis.shadow[m.end() : m.end() + 4]
        if after.startswith("代"):
            continue  # 90年代: a decade is a span of time, not a figure of the claim
        if text.endswith("年") and DATE_AFTER.match(after):
            text = text[:-1]  # 1999年12月20日: the year alone (WHOLE_DATE proposes the date whole below)
        found.append(Span(m.start(), m.start() + len(text), text, "m", "quantity"))
    for pattern in (WHOLE_DATE, SHARE, FREQUENCY, LIMITED):  # LIMITED's figure is its one group, past its limit
        spans = (m.span(pattern.groups) for m in pattern.finditer(analysis.shadow))
        found.extend(Span(lo, hi, analysis.shadow[lo:hi], "m", "quantity") for lo, hi in spans)
    return found


def in_meeting_name(span: Span, analysis: Analysis) -> bool:
    """True when a span lies inside a meeting's name without being all of it (十八 of 十八届三中全会)."""
    names = meeting_names(analysis.shadow)  # most texts name none: no generator for them
    return bool(names) and any(start <= span.start and span.end <= end and (start, end) != (span.start, span.end)
                               for start, end in names)  # fmt: skip


@lru_cache(maxsize=4096)
def meeting_names(shadow: str) -> tuple[tuple[int, int], ...]:
    """Where the meetings' names of a text are (found once per text: every span of it asks)."""
    return tuple((m.start(), m.end()) for pattern in MEETINGS for m in pattern.finditer(shadow))


def is_date(span: Span, analysis: Analysis) -> bool:
    """True for the year or figure of a date (1949年3月, 1978年12月18日), not a count."""
    after = analysis.shadow[span.end : span.end + 4]
    if YEAR.fullmatch(span.text) or WHOLE_DATE.fullmatch(span.text):
        return True  # 1931年 stands for a time, not an amount
    return span.text.isdigit() and bool(DATE_AFTER.match(after) or after.startswith("年"))
