"""Blank choice: the spans of a sentence a teacher would blank, ranked by a table of scorers.

One module, two consumers: the Anki deck's clozes and the worksheets' 填空题 both call choose_blanks().
Analysis runs over the simplified shadow (same length), so offsets and answers hold for the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from heapq import heappop, heappush
from itertools import pairwise
from typing import TypeVar

from study.generate.analysis import NAME_TAGS, Analysis, Span, analyse, open_list_of
from study.generate.anatomy import in_frame, speaks
from study.generate.formulations import (
    COPULAS,
    COUNT,
    NOUN_TAGS,
    PERSON_TAGS,
    anaphoric,
    find_appositions,
    find_ba_objects,
    find_counts,
    find_heads,
    find_sanctions,
    find_speakers,
    find_titles,
    find_yi_wei,
    in_formulation,
    is_marker_at,
    quoted_count,
)
from study.generate.names import (
    EVENT_ENDINGS,
    GENERIC_NAMES,
    ORGANISATION_ENDINGS,
    PROPER_ENDINGS,
    WHOLE_DATE,
    find_names,
    find_quantities,
    in_meeting_name,
    is_date,
)
from study.generate.segment import IDIOM_TAGS, MANNER_NOUNS, adverbial_verb, commonness, is_content, tag_of
from study.generate.series import find_series
from study.generate.terms import SameVocabulary, Vocabulary, build_vocabulary
from study.script import simplify

__all__ = ["Blank", "Vocabulary", "build_vocabulary", "choose_blanks", "rank_blanks"]

EMPTY = Vocabulary()
R = TypeVar("R")  # a row of a table of rules
NUMBERISH = re.compile(r"^[0-9０-９一二三四五六七八九十百千万亿零〇两年月日号时分点.．%％多余几第]+$")
NOT_WORD = re.compile(r"[^\w]")
# Dates and spans of time (今明两年, 从今年起, 1990年): never blanks, unless counted in a formulation.
DATEISH = re.compile(r"[今明去前每]年|今明|年[底初内中]|[0-9０-９一二三四五六七八九十两〇零]+[年月日号]")
NP_KINDS = frozenset({"head", "object"})  # the noun phrases formulations take after a 的
WORD_KINDS = frozenset({"word", "term"})  # spans no rule but their words proposes (jieba's words, course terms)
NOUNISH_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "j", "l", "i", "vn", "an", "term"})
PLACE_OR_PERSON = frozenset({"place", "person", "organisation"})
ERAS = ("世纪", "年代")  # what makes a figure before it a span of time
# A title that is only a kind of document (《条例》, 《准则》) points back at the one a text named in full: a pronoun.
BARE_KIND_TITLES = frozenset(
    {"条例", "准则", "决定", "意见", "规定", "办法", "规则", "细则", "纲要", "通知", "决议", "方案"}
)
# Words jieba tags as nouns that work as pronouns: never the point of a sentence.
PRONOUN_NOUNS = frozenset({"大家", "自己", "人们", "别人", "他人", "本人", "各位", "咱们", "人家", "对方"})
# A phrase that opens on a demonstrative (这一理论, 该战役, 此项制度) points back at a thing the text names
# elsewhere: the name is the blank, the pointer says nothing.
POINTERS = frozenset("这那该此")
POINTER_MEASURES = frozenset("一个种项些次条位")  # what may stand between a demonstrative and its noun

# Base score of a content word by jieba part of speech; every other tag (particles, pronouns,
# conjunctions, prepositions, adverbs, numerals, time and place words, punctuation) is never a blank.
POS_BASE: dict[str, float] = {
    "l": 0.58, "i": 0.58, "nz": 0.55, "n": 0.5, "vn": 0.5, "nt": 0.5, "j": 0.5,
    "an": 0.45, "v": 0.38, "a": 0.32, "ns": 0.35, "b": 0.3, "nr": 0.42, "term": 0.55, "s": 0.4,
}  # fmt: skip
# Base score by the rule that found a span (see formulations.py and series.py).
KIND_BASE: dict[str, float] = {
    "quote": 0.8,  # “从群众中来，到群众中去”
    "short quote": 0.62,  # a two-character quote is mostly a nickname or a scare quote: “外脑”
    "long quote": 0.7,  # a quoted sentence is read, not recalled whole: its named parts are the blanks
    "member": 0.82,  # 建设学习型、（服务型）、创新型
    "formula": 0.82,  # 坚持（以人民为中心）的发展思想
    # （民主集中制）是党的根本组织制度; below a system's name or a series' closing member in the same text: a
    # definition's subject may only set the topic of what follows (某事是一项长期工作，某地建立了（某某制度）)
    "subject": 0.81,
    # （党内民主）是党的生命: the subject of any 是 claim, just above a head that is no category (必由之路, 根基,
    # 出发点): such a head says what role the subject plays, a phrase many subjects share; the subject is asked
    "theme": 0.805,
    "head": 0.8,  # 人民代表大会制度是我国的（根本政治制度）
    "yi": 0.78,  # 以（为民务实清廉）为主要内容
    "ba": 0.84,  # 把（耕地保护）放在首位: the object of a policy verb
    "predicate": 0.8,  # 党的根本宗旨是（全心全意为人民服务）
    "pair": 0.72,  # 党内监督与（党外）监督
    "speaker": 0.76,  # （毛泽东）同志指出
    "title": 0.92,  # 在《（中国共产党的三大作风）》一文中: a person's equal, the later of the two is the point
    "object": 0.64,  # 形成…的（长效机制）
    # named things (names.py): what people blank most
    "person": 0.92,  # （舒新城）挂帅
    "meeting": 0.85,  # 党的（十五大）, （十一届三中全会）
    "organisation": 0.82,  # 成立了（延安自然科学院）
    "event": 0.82,  # （五四运动）的直接导火线
    "proper": 0.88,  # （辽沈战役）
    "place": 0.86,  # 在（巴黎）举行
    "quantity": 0.76,  # 每届任期（5年）, 于（1999）年
    # 建立了（城乡居民医疗保障制度）: a system, doctrine or body named by several words; between a series' opening
    # member and its closing one (member + POSITION_BONUS), which people blank first (水清、岸绿、（景美）)
    "compound": 0.83,
    "trait": 0.8,  # 某国人民是具有伟大（奋斗精神）的人民: what a claim that restates its subject tells of it
    "focus": 0.95,  # 最早建立合作社的是（红旗乡）: what a cleft's copula introduces, last
    "named": 0.8,  # 即著名的（某某宣言）: the name a naming verb gives, whole
    "policy": 0.84,  # 实施（人才强区）战略: a policy's name, without its class noun
    "agent": 0.84,  # 由（召集代表会议的委员会）决定: who a provision says elects, decides, approves or convenes
    "sanction": 0.86,  # 给予（留党察看）处分, 以（侵占）论: what a disciplinary provision imposes
    "apposed": 0.86,  # 抓住（乡村振兴）这个总抓手: the name a pointer and its description follow
}
# In a series a teacher blanks the member that closes it (…年轻化、知识化、（专业化）) or the one that opens it,
# rarely one in the middle: the reader recalls a list from its ends. Of a mere pair, the first.
POSITION_BONUS = {
    "member": {"first": 0.0, "middle": -0.02, "last": 0.02},
    "pair": {"first": 0.02, "middle": 0.0, "last": 0.0},
}
COUNT_SCORES = {"great": 0.45, "quoted": 0.6, "formulation": 0.85, "anaphoric": 0.4, "bare": 0.45}
LIST_ITEM_SCORE = 0.84
# Words common in all Chinese, or what the course is about, are easy to guess: weak blanks when a rule
# found no more than a word; among the members of a series, commonness only breaks ties.
COMMON_WEIGHT = {"word": 0.2, "term": 0.2, "object": 0.2, "head": 0.2, "predicate": 0.1, "member": 0.1, "subject": 0.1}
COMMON_WEIGHT_OTHER = 0.05
TOPIC_WEIGHT = {"word": 0.2, "term": 0.2, "object": 0.15, "head": 0.15, "predicate": 0.15, "subject": 0.3}
GUESSABLE_FACTOR = 0.6  # the answer is written elsewhere in the same sentence
# A blank must leave enough of its text to be recalled from: one that hides most of it is a weak blank.
MOST_OF_TEXT, MOST_OF_TEXT_FACTOR = 0.75, 0.5
# A word jieba glued to a preposition or particle (以党, 在党) that its dictionary does not know.
GLUED_OPENERS = frozenset("以在把被对从向为于和与及的")
PER_BLANK = {1: 60, 2: 30, 3: 14}  # characters of text per blank, by level (1 few … 3 many)
MIN_SCORE = {1: 0.45, 2: 0.35, 3: 0.25}
MIN_GAP = 2  # characters of context between two blanks
LONG_QUOTE = 8  # characters
# Function words a blank never opens or closes on unless they belong to a word (以…为… is its own rule).
EDGE_OPENERS = ("以", "为", "是", "和", "之", "由", "与", "在", "把", "被", "对", "向")
EDGE_CLOSERS = ("以", "为", "是", "和", "之一", "的", "与", "在")
WHOLE_KINDS = frozenset({"formula", "yi", "quote", "title", "count", "quantity", "meeting"})
LONG_SPAN = 8  # characters: people blank a name or a phrase, rarely a clause (titles aside)
LONG_NAMES = frozenset({"title", "compound", "organisation", "agent"})  # kinds whose long spans are names all the same
NUMBER_KINDS = frozenset({"count", "quantity", "meeting"})
DATED_KINDS = NUMBER_KINDS | {"title", "quote"}  # kinds whose own text may hold a date
PUNCTUATED_KINDS = frozenset({"quote", "title", "quantity"})  # kinds whose own text may hold punctuation


@dataclass(frozen=True)
class Blank:
    """A blank in a text: its offsets, the answer (== text[start:end]), a score and a hint."""

    start: int  # offset into the text (Python str index)
    end: int
    answer: str  # == text[start:end]
    score: float  # 0..1, higher is better
    hint: str  # e.g. "3字" or, at the easiest level, "3字，首字“服”"


# ----------------------------------------------------------------------------- scorers


def _kind_score(span: Span, analysis: Analysis) -> float | None:
    kind = span.kind
    if span.kind == "quote":
        kind = "short quote" if len(span.text) <= 2 else "long quote" if len(span.text) > LONG_QUOTE else kind
    base = KIND_BASE.get(kind)
    if base is None:
        return None
    bonus = POSITION_BONUS.get(span.kind)
    return base + bonus[_series_position(span)] if bonus else base


def _series_position(span: Span) -> str:
    """Where a member stands in its series: "first", "middle" or "last"."""
    return "first" if span.rank == 0 else "last" if span.last else "middle"


def _count_score(span: Span, analysis: Analysis) -> float | None:
    if span.kind != "count":
        return None
    if analysis.shadow.startswith("大", span.end):
        # the N great X (三大法宝, 两大任务) names a set by its size, which is known; its members are the point
        return COUNT_SCORES["great"]
    if _in_a_slogan(span, analysis):
        return COUNT_SCORES["bare"]  # “一个国家，两种制度”: the count of one of its parts, which people blank whole
    if quoted_count(span, analysis):
        return COUNT_SCORES["quoted"]  # below the quote itself: people blank “四个全面” whole, its size is in its name
    if anaphoric(span, analysis):
        return COUNT_SCORES["anaphoric"]
    if analysis.shadow.startswith("第", span.start - 1) and span.start:
        return COUNT_SCORES["bare"]  # 第十九届中央委员会: an edition numbers the name it opens, rarely the point
    return COUNT_SCORES["formulation" if in_formulation(span, analysis) else "bare"]


def _in_a_slogan(span: Span, analysis: Analysis) -> bool:
    """True for a span inside a quote of several parts (“一个中心、两个基本点”, “一个国家，两种制度”)."""
    return any(q.start <= span.start and span.end <= q.end and SLOGAN_MARKS.search(q.text) for q in analysis.quotes)


SLOGAN_MARKS = re.compile(r"[，、,；;]")


def _list_item_score(span: Span, analysis: Analysis) -> float | None:
    return LIST_ITEM_SCORE if span.text in analysis.vocab.list_items else None


def _course_term_score(span: Span, analysis: Analysis) -> float | None:
    if span.text not in analysis.vocab.terms:
        return None
    return 0.6 + 0.1 * analysis.vocab.count(span.text, cap=6) / 6


def _content_score(span: Span, analysis: Analysis) -> float | None:
    phrase = "v" if _verb_pair(span, analysis) else adverbial_verb(span.text, span.pos)
    base = POS_BASE.get(phrase or span.pos)
    if base is None or span.kind not in WORD_KINDS:
        return None
    # a set phrase of a verb and the word that tells how (严格｜执行) or a second verb (贯彻｜执行) says no more than
    # its verb: its length is no sign of content, as a long noun's is
    longer = 0.0 if phrase else 0.05 * min(len(span.text) - 2, 3)
    repeated = 0.08 * analysis.vocab.count(span.text, cap=8) / 8
    return base + longer + repeated


VERB_PAIR_SECONDS = frozenset({"v", "a"})  # the second verb of a pair: jieba tags some verbs of doing as adjectives


def _two_verbs(span: Span) -> bool:
    """True for a word of four characters jieba tags as an idiom that is two verbs (贯彻｜执行, 统筹｜兼顾)."""
    if len(span.text) != 4 or span.pos not in IDIOM_TAGS or tag_of(span.text[:2]) != "v":
        return False
    return tag_of(span.text[2:]) in VERB_PAIR_SECONDS


def _verb_pair(span: Span, analysis: Analysis) -> bool:
    """True for an idiom of two verbs before the object they govern (贯彻执行｜某某部署): jieba tags such a pair as an
    idiom, but it says what is done, not what about; one before 的 or closing its clause names a thing (统筹兼顾的)."""
    if not _two_verbs(span):
        return False
    k = analysis.unit_starting_at(span.end)
    return k is not None and is_content(analysis.units[k].pos)


Scorer = Callable[[Span, Analysis], float | None]
# Every rule that can make a span a blank; a span's score is the best any rule gives it.
SCORERS: tuple[tuple[str, Scorer], ...] = (
    ("formulation, series member or definition", _kind_score),
    ("count in a formulation", _count_score),
    ("course list item", _list_item_score),
    ("term the course repeats", _course_term_score),
    ("content word", _content_score),
)

# The kinds of span a rule can score, of those that ask a span's kind first (absent: any kind): a span is scored by
# its kind's rules only (a word by three of five).
SCORER_KINDS: dict[str, frozenset[str]] = {
    "formulation, series member or definition": frozenset(KIND_BASE),  # a quote's variants are of kind "quote"
    "count in a formulation": frozenset({"count"}),
    "content word": WORD_KINDS,
}


@lru_cache(maxsize=64)  # a few dozen kinds
def scorers_of(kind: str) -> tuple[Scorer, ...]:
    """The rules that can score a span of a kind, in table order."""
    return _of_kind(SCORERS, SCORER_KINDS, kind)


def _of_kind(rows: Iterable[tuple[str, R]], kinds: Mapping[str, frozenset[str]], kind: str) -> tuple[R, ...]:
    """The rows of a table of named rules that apply to a kind of span (`kinds`: the kinds a rule is limited to,
    by its name; a rule not named there applies to any), in table order."""
    return tuple(row for name, row in rows if kind in kinds.get(name, (kind,)))


Veto = Callable[[Span, Analysis], bool]
# Rules that forbid a span whatever its score. Any one suffices, so their order changes no outcome: the cheap
# ones that forbid the most come first (single characters and punctuation are half of all candidates).
VETOES: tuple[tuple[str, Veto], ...] = (
    # a figure of one digit before what it counts is a figure all the same (共8条, 分3步): what a rule fixes
    ("single character", lambda s, a: s.kind != "count" and len(s.text) < 2 and not _counting_digit(s, a)),
    # a figure keeps its percent sign and decimal point (15%, 3.5%): the figure is the point, the sign its unit
    ("punctuation inside", lambda s, a: s.kind not in PUNCTUATED_KINDS and NOT_WORD.search(s.text) is not None),
    ("bare number or date", lambda s, a: s.kind not in NUMBER_KINDS and NUMBERISH.match(s.text) is not None),
    ("frame of the text (speaker, document lead, citation tail)", lambda s, a: in_frame(a.shadow, s.start, s.end)),
    ("list marker", lambda s, a: s.kind != "count" and is_marker_at(a.shadow, s.start)),
    # a title or a quoted name is a name whatever it holds (《某年某地调查记》, “某某一号”)
    ("date or span of time", lambda s, a: s.kind not in DATED_KINDS and DATEISH.search(s.text) is not None),
    ("figure of a century or a decade (20世纪, 90年代)", lambda s, a: s.kind == "quantity" and _of_an_era(s, a)),
    # jieba tags some doctrines as places or people (马克思列宁主义/ns): a doctrine is no place
    ("doctrine taken for a place or a person", lambda s, a: s.kind in PLACE_OR_PERSON and _is_doctrine(s.text)),
    (
        "noun phrase after 的 that is a clause (…的指导思想写入党章)",
        lambda s, a: s.kind in NP_KINDS and _a_clause(s, a),
    ),
    ("the rest of a count jieba cut off its numeral (三｜大革命)", lambda s, a: _cut_off_count(s, a)),
    ("ordinal inside a meeting's name", lambda s, a: s.kind != "meeting" and in_meeting_name(s, a)),
    (
        "person whose name opens a doctrine's (某某新时代…思想)",
        lambda s, a: (s.kind == "person" or s.pos in PERSON_TAGS) and _opens_a_doctrine(s, a),
    ),
    ("pronoun", lambda s, a: s.text in PRONOUN_NOUNS),
    ("office a person is appointed to, taken for a name (被聘为｜顾问)", lambda s, a: _appointed_office(s, a)),
    (
        "title that only names a kind of document (新《条例》)",
        lambda s, a: s.kind == "title" and s.text in BARE_KIND_TITLES,
    ),
    ("copula (属于, 作为): the grammar of a definition, not its content", lambda s, a: s.text in COPULAS),
    ("where a 把 clause puts its object (把…｜放在首位)", lambda s, a: _ba_placement(s, a)),
    ("pointing phrase", lambda s, a: s.kind not in ("quote", "title") and _points(s, a)),
    ("glued function word", lambda s, a: _glued(s)),
    ("word of manner before the verb it tells how (全面｜凝聚)", lambda s, a: _manner_before_verb(s, a)),
    ("not a constituent (starts or ends on 以/为/是/和/之一)", lambda s, a: _not_constituent(s)),
    ("half a quoted formulation", lambda s, a: s.kind != "count" and a.inside_quote(s)),
    # a title is proposed whole (find_titles): a date or a word of it (《某某2010年远景目标的建议》) is half its name
    ("half a title", lambda s, a: s.kind != "title" and a.inside_title(s)),
    ("half a word jieba cut off its last character (领导｜力)", lambda s, a: _cut_off_word(s, a)),
    ("a word that ends on a modifier its noun follows (党的基本｜组织)", lambda s, a: _cut_off_modifier(s, a)),
)


# The verbs that give a person an office (被聘为, 当选为, 被任命为, 任): what follows is the office, even when jieba
# tags it a name (顾问/nr), and a grade may stand before it (高等, 首任).
APPOINTED = re.compile(r"(?:聘|任命?|选|委任|派)为[\u4e00-\u9fff]{0,2}$")


def _appointed_office(span: Span, analysis: Analysis) -> bool:
    """True for a person's name right after a verb that gives an office (被聘为高等｜顾问): the office, not a name."""
    return span.kind == "person" and APPOINTED.search(analysis.shadow, max(0, span.start - 6), span.start) is not None


# The verbs of a 把 clause that put its object somewhere (把X放在首位, 把X摆在突出位置): jieba holds some such phrases
# whole (放在首位/l), and the place is the same in every such sentence; X, whatever it is, is the point.
PLACING_VERBS = ("放在", "摆在", "置于")


def _ba_placement(span: Span, analysis: Analysis) -> bool:
    """True for a word that opens on a placing verb (放在首位) after a 把 or 将 in its clause."""
    if not span.text.startswith(PLACING_VERBS):
        return False
    lo = max((analysis.shadow.rfind(c, 0, span.start) for c in "，。；,;"), default=-1) + 1
    clause = analysis.shadow[lo : span.start]
    return "把" in clause or "将" in clause


def _counting_digit(span: Span, analysis: Analysis) -> bool:
    """True for a figure of one digit before the measure word of what it counts (共8条, 分3步), not a marker's ([1])."""
    shadow = analysis.shadow
    return span.kind == "quantity" and span.end < len(shadow) and "\u4e00" <= shadow[span.end] <= "\u9fff"


# The kinds of span a veto can forbid, of those that ask a span's kind first (absent: any kind): a span is tried
# with its kind's vetoes only (a word skips five).
VETO_KINDS: dict[str, frozenset[str]] = {
    "title that only names a kind of document (新《条例》)": frozenset({"title"}),
    "office a person is appointed to, taken for a name (被聘为｜顾问)": frozenset({"person"}),
    "figure of a century or a decade (20世纪, 90年代)": frozenset({"quantity"}),
    "doctrine taken for a place or a person": PLACE_OR_PERSON,
    "noun phrase after 的 that is a clause (…的指导思想写入党章)": NP_KINDS,
    "glued function word": frozenset({"word"}),
    "where a 把 clause puts its object (把…｜放在首位)": WORD_KINDS,
    "word of manner before the verb it tells how (全面｜凝聚)": WORD_KINDS,
    "a word that ends on a modifier its noun follows (党的基本｜组织)": WORD_KINDS,
}


@lru_cache(maxsize=64)  # a few dozen kinds
def vetoes_of(kind: str) -> tuple[Veto, ...]:
    """The vetoes that can forbid a span of a kind, in table order."""
    return _of_kind(VETOES, VETO_KINDS, kind)


NAME_KINDS = frozenset({"person", "meeting", "organisation", "event", "proper", "place", "title"})
FOCUS_KINDS = NAME_KINDS | {"quantity"}
# Category nouns: the class a claim puts its subject in (…是…的重要著作, 成为…的直接导火线). The thing
# itself is the point; the class is easy to guess from the sentence's shape.
CATEGORY_NOUNS = (
    "机构", "基础", "著作", "命题", "标志", "转折点", "导火线", "任务", "产物", "形式", "保障", "意义", "事件",
    "成果", "贡献", "开端", "大事", "楷模", "团体", "刊物", "组织", "部队", "文件", "概念", "阶段", "时期",
    "地位", "作用", "方面", "问题", "要求", "原则", "内容", "措施", "工作", "之一", "部分", "文献", "盛会",
    "条件", "旗帜", "报告", "机关报", "会议", "道理",
    # what a provision or a doctrine states of itself (总目标是…, 根本宗旨是…): the statement is the point
    "目标", "方针", "宗旨", "主题", "职能", "职责", "标准", "方略", "要义",
)  # fmt: skip
# Modifiers that grade a category (重要, 直接, 专门): with a category noun they make a class, not a thing.
GRADING_MODIFIERS = (
    "重要", "主要", "直接", "专门", "首要", "第一", "新", "重大", "伟大", "一大", "一项", "一种", "一个",
    "全国性", "纲领性", "决定性", "历史性", "根本性", "有效", "特有", "基本", "根本",
    # the grades a definition gives its class (…的本质特征, 内在要求, 战略任务, 显著标志, 现实基础, 最大优势)
    "本质", "内在", "战略", "显著", "现实", "鲜明", "最大", "必然",
)  # fmt: skip
# and the words that head what a statement says of itself (总目标, 核心要义): a category with such a noun only,
# never cutting a compound name (核心价值观, 总支部委员会 stay names)
STATEMENT_MODIFIERS = ("总", "核心")
CATEGORY_MODIFIERS = GRADING_MODIFIERS + STATEMENT_MODIFIERS


QUALIFIED_KINDS = NAME_KINDS | {"compound"}  # what a category may be said of
CLAUSE_STOP = re.compile(r"[，。；：！？,.;:!?\n]")
CATEGORY_LENGTH = range(2, 9)  # characters of a category phrase (导火线, 重要组成部分)


def _end_focus(span: Span, analysis: Analysis) -> float:
    """How late in its claim a named span stands, 0 … 1: new information comes at the end of a Chinese
    sentence. Only for names and figures: among a series' members the rank bonus decides. Names listed
    together (甲、乙和丙) are one piece of information: each stands where the list starts."""
    if span.kind not in FOCUS_KINDS:
        return 0.0
    lo, hi = analysis.claim_bounds
    start = _list_start(span, analysis) if span.kind in NAME_KINDS else span.start
    return max(0.0, min(1.0, (start - lo) / max(1, hi - lo)))


def _list_start(span: Span, analysis: Analysis) -> int:
    """Where the list of names that holds a name starts (the span's own start when it opens no unit)."""
    k = analysis.unit_starting_at(span.start)
    return span.start if k is None else analysis.list_starts[k]


def _category(span: Span, analysis: Analysis) -> float:
    """1 for a category: a class noun alone or after a grading modifier (重要著作, 直接导火线), not a name."""
    return float(span.kind not in NAME_KINDS and _is_category(span.text))


def _is_category(text: str) -> bool:
    """True for a class noun alone or after a grading modifier (著作, 重要著作, 直接导火线)."""
    return text.endswith(CATEGORY_NOUNS) and (text in CATEGORY_NOUNS or text.startswith(CATEGORY_MODIFIERS))


def _of_a_category(span: Span, analysis: Analysis) -> float:
    """1 for a name that a category closing its clause qualifies (某某运动的直接导火线, 某某的重要标志): the
    category is the class the claim puts things in, the name the thing it is about."""
    if span.kind not in QUALIFIED_KINDS or not analysis.shadow.startswith("的", span.end):
        return 0.0
    stop = CLAUSE_STOP.search(analysis.shadow, span.end + 1)
    rest = analysis.shadow[span.end + 1 : stop.start() if stop else len(analysis.shadow)]
    return float(len(rest) in CATEGORY_LENGTH and _is_category(rest))


def _famous(span: Span, analysis: Analysis) -> float:
    """How common a name is in general Chinese: famous names are everywhere, rare ones are the point. Not a
    title's: its words may be everyday ones (《向导》, a guide) and say nothing of how well known the work is."""
    return commonness(span.text) if span.kind in NAME_KINDS and span.kind != "title" else 0.0


DATE_PREPOSITIONS = frozenset({"", "从", "自", "自从", "在", "于", "到"})  # what may stand before a sentence's date


def _opening_date(span: Span, analysis: Analysis) -> float:
    """1 for the year of a date that opens its sentence (1949年3月，…): the time of the claim, rarely its point."""
    if span.kind != "quantity" or not is_date(span, analysis):
        return 0.0
    lo, _ = analysis.sentence_of(span)
    shadow = analysis.shadow
    if shadow[lo : span.start].strip() in DATE_PREPOSITIONS:
        return 1.0
    # a date set off as its clause's time (…，到2035年，…): the time of what follows, like a sentence's opening date
    fronted = FRONTED_DATE.match(shadow, span.end) is not None
    return float(fronted and any(shadow.endswith(c + p, lo, span.start) for c in "，," for p in DATE_PREPOSITIONS))


FRONTED_DATE = re.compile(r"(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}[日号])?[年]?(?:底|初|末|前|以来)?[，,]")


FRAMING_LEADS = ("过去", "今后", "未来", "最近", "近")  # 过去五年, 近十年: the time the claim looks back or ahead on
# a figure that is a period: 近 before an amount means "nearly" (近300万人), and that figure is the claim's point
PERIOD = re.compile(r"(?:年半?|个月|天|周)$")


# An era or a founding that a period counts from (改革开放二十年来, 某地解放七十周年): the figure is the age of what the
# claim looks back on, its occasion; an anniversary (…周年) is one whatever stands before it.
ERA_LEADS = ("时代", "开放", "成立", "回归", "建党", "建国", "解放")


# A figure of time counted back from now (一百多年前，, 三十余年来): the time the claim looks back on, whatever leads.
AGO = re.compile(r"(?:多|余)?(?:年|个月|天)(?:前|来|以来)")


def _framing_period(span: Span, analysis: Analysis) -> float:
    """1 for the figure of a period the claim looks back or ahead on (过去一年，…, 近十年来, 改革开放二十年来,
    100多年前) or of an anniversary (成立百周年): its time, like a date."""
    if span.kind != "quantity":
        return 0.0
    if AGO.match(analysis.shadow, span.end) is not None:
        return 1.0
    if PERIOD.search(span.text) is None:
        return 0.0
    return float(span.text.endswith("周年") or analysis.shadow.endswith(FRAMING_LEADS + ERA_LEADS, 0, span.start))


# Verbs that give a thing its name (史称…, 被称为…, 这就是…, 定名为…, 即著名的…), and a subject that points back at
# what the text told of (这次会议是…, 该组织是…): the sentence tells what a thing is and closes on its name, which is
# what it asks for. Not 简称 (the short name after the full one: either may be asked) nor 誉为 (an honour, mostly a
# category: 楷模).
POINTED = r"[这该此][次个一项场部种条位支][\u4e00-\u9fff]{1,3}(?:就是|正是|是)"
NAMING_VERBS = rf"史称|称为|称作|称之为|叫做|这就是|定名为|命名为|改名为|更名为|改名|更名|著名的|{POINTED}"
NAMING = re.compile(rf"(?:{NAMING_VERBS})[“「\"《]?$")
NAME_CLOSERS = '。，；、”」"）)!?！？,;'  # half-width marks too
NAMING_REACH = 8  # characters: the longest naming verb (这次会议就是) and its opening quote


# The name a naming verb gives, up to the mark that closes it, when it ends on a name's word (…宣言, …运动, …制度):
# jieba may cut it (八一 | 宣言), and no other rule proposes it whole.
GIVEN_NAME = re.compile(rf"(?:{NAMING_VERBS})[“「\"《]?([^{NAME_CLOSERS}《》\s]{{2,12}})(?=[{NAME_CLOSERS}》]|$)")


def find_given_names(analysis: Analysis) -> list[Span]:
    """The names naming verbs give (即著名的某某宣言。), whole, when they end on a name's word."""
    return [
        Span(m.start(1), m.end(1), m.group(1), "term", "named")
        for m in GIVEN_NAME.finditer(analysis.shadow)
        if m.group(1).endswith(NAME_ENDINGS)
    ]


def _named_here(span: Span, analysis: Analysis) -> float:
    """1 for the whole name a naming verb gives (史称某某谈判。), up to the mark that closes it."""
    shadow = analysis.shadow
    if NAMING.search(shadow, max(0, span.start - NAMING_REACH), span.start) is None:
        return 0.0
    return float(span.end == len(shadow) or shadow[span.end] in NAME_CLOSERS)


# What makes a named event or meeting the time of a claim (党的某大以来，, 某某会议后，, 在某会之前展开的…): a frame,
# like a date; 后 and 前 alone only before a comma, as they open other words too (后来, 前进).
SINCE = re.compile(r"(?:以来|以后|之后|以前|之前|期间|(?:后|前)[，,])")
TIMED_KINDS = frozenset({"meeting", "event", "proper"})


# An event the claim comes after, set off as its own clause (经过某某战役，…, 通过某某会议，…): its frame, like 以来.
THROUGH = ("经过", "通过", "经")
CLAUSE_OPENERS = "，,。；;：:"  # what a clause opening on 经过 stands after


def _time_frame(span: Span, analysis: Analysis) -> float:
    """1 for a named event or meeting that dates the claim (某某会议以来，…, 某某事变后，…, 经过某某战役，…)."""
    if span.kind not in TIMED_KINDS:
        return 0.0
    shadow = analysis.shadow
    if SINCE.match(shadow, span.end) is not None:
        return 1.0
    if not shadow.startswith(("，", ","), span.end):
        return 0.0
    opener = next((w for w in THROUGH if shadow.endswith(w, 0, span.start)), None)
    at = span.start - len(opener) if opener else -1
    return float(opener is not None and (at == 0 or shadow[at - 1] in CLAUSE_OPENERS))


def _described_subject(span: Span, analysis: Analysis) -> float:
    """1 for a span inside the subject of a clause 某某的N是X (某事件发生的根本原因是X), or inside its N when X
    holds no 的: the clause tells X of a given subject. Not when X is a class (…是当地发展的重要开端): then the
    subject is the instance it asks for; nor N when X is a description (…是一所培养干部的学校): N is its name."""
    for start, de, copula, head in analysis.described_subjects:
        if start <= span.start and span.end <= de and not _is_category(head):
            return 1.0
        if de < span.start and span.end <= copula and not head:
            return 1.0
    return 0.0


# A periodical or a document named as where a thing was published or signed (在《某报》上发表, 在《某宪章》上签字,
# 《某刊》编辑部): the venue of the claim, like a place; the work, its author or the signer is the point.
VENUE_AFTER = re.compile(r"》(?:上|发表|刊登|刊载|签字|签署)")
VENUE_OFFICE = re.compile(r"》(?:编辑部|杂志社|报社)")


def _venue(span: Span, analysis: Analysis) -> float:
    """1 for a title that names where a thing was published or signed (在《某报》上发表, 《某刊》编辑部)."""
    if span.kind != "title":
        return 0.0
    shadow = analysis.shadow
    placed = span.start >= 2 and shadow[span.start - 2] in "在于" and VENUE_AFTER.match(shadow, span.end) is not None
    return float(placed or VENUE_OFFICE.match(shadow, span.end) is not None)


# A clause that tells no more of a meeting than where or when it was held (某会议先后在某地、某地召开。, 某会议于某时
# 在某地举行。, 某会议的召开是在某时): the meeting is its topic, the place and the time what it tells. A clause that
# goes on (某会议在某地举行，其功绩在于…) tells more of the meeting, and the meeting stays a blank.
HELD = re.compile(
    r"(?:的召开是在[^，,。；;]{1,12}|(?:先后|正式|隆重)?[在于][^，,。；;：:]{1,16}?(?:召开|举行|开幕|闭幕))(?=[。；;！!]|$)"
)


def _held_meeting(span: Span, analysis: Analysis) -> float:
    """1 for a meeting whose clause says only where or when it was held (某会议在某地召开。)."""
    return float(span.kind == "meeting" and HELD.match(analysis.shadow, span.end) is not None)


# A span of time, an age or an interval (一个月内, 年满18周岁, 每五年举行一次): what a rule or a provision fixes,
# its figure the point. Not a date, nor a figure before 的 (已有800年的历史: no bonus, no penalty either), unless
# 满 or 每 makes it a threshold or an interval (年满18周岁的公民): a condition the rule sets.
DURATION = re.compile(r"(?:年半|个月|年|天|周岁|周|岁|小时|次)$")
THRESHOLD_LEADS = ("每", "满")


def _threshold(span: Span, analysis: Analysis) -> bool:
    """True for a figure after 满 or 每 (年满18周岁, 每五年): a threshold or an interval a rule sets."""
    return span.kind == "quantity" and span.start > 0 and analysis.shadow[span.start - 1] in THRESHOLD_LEADS


def _span_of_time(span: Span, analysis: Analysis) -> float:
    """1 for a threshold or an interval (年满18周岁, 每五年), or a span of time not before 的 (在一个月内)."""
    if span.kind != "quantity" or is_date(span, analysis):
        return 0.0
    if _threshold(span, analysis):
        return 1.0
    return float(not analysis.shadow.startswith("的", span.end) and DURATION.search(span.text) is not None)


# A law or a rule takes effect on a day (某条例自2019年1月13日起施行): the day is what the sentence fixes.
IN_FORCE = re.compile(r"起?(?:施行|实施|生效)")


def _effective_date(span: Span, analysis: Analysis) -> float:
    """1 for a whole date a law takes effect on (自2019年1月13日起施行), not its year alone: the day is the point."""
    whole = span.kind == "quantity" and WHOLE_DATE.fullmatch(span.text) is not None
    return float(whole and IN_FORCE.match(analysis.shadow, span.end) is not None)


GOVERNED_KINDS = WORD_KINDS | {"compound"}  # what _verb_object is said of


def _verb_object(span: Span, analysis: Analysis) -> float:
    """1 for a content word right after the verb that governs it (增强｜某某意识, 体现｜某某的意志), or a system's or
    doctrine's name of several words right after a verb that upholds a policy (贯彻｜某某安全观, 坚持｜某某制度): in
    a sentence of policy or doctrine the verb is the frame, what it acts on the content. Words and such names only:
    other names and formulations have their own rules."""
    if span.kind not in GOVERNED_KINDS:
        return 0.0
    k = analysis.unit_ending_at(span.start)
    # a modal (要, 必须) governs the verb of what is to be done, not a thing: 要｜深入开展 is no verb and its object
    if k is None or analysis.units[k].pos != "v" or analysis.units[k].text in MODALS:
        return 0.0
    # a name of several words only after a verb that upholds a policy (贯彻｜某某安全观), not after 是 or 有
    return float(span.kind != "compound" or analysis.units[k].text in POLICY_VERBS)


# Modal verbs of a rule (某委员会要…, 某组织应当…, 某某不得…): the one a provision addresses is given, what it
# must or may do is the point.
MODALS = frozenset({"要", "应当", "应该", "应", "必须", "须", "可以", "可", "不得", "有权"})


def _addressee(span: Span, analysis: Analysis) -> float:
    """1 for the span a rule's modal verb follows (党的各级某委员会｜要保障…), or a word of it (某某｜委员会｜要):
    the addressee of a provision."""
    if span.kind in NUMBER_KINDS:
        return 0.0  # 五年内不得…: a span of time the rule sets, not whom it addresses
    units, k = analysis.units, analysis.unit_starting_at(span.end)
    if k is not None and k + 1 < len(units) and units[k].pos in NOUNISH_TAGS:
        k += 1  # the rest of the addressee's name
    return float(k is not None and units[k].text in MODALS)


# The General Secretary of the day, named by the office (某某总书记, 中共中央总书记某某, 以某某同志为核心的党中央):
# the actor of almost every current text, like 党中央. jieba's dictionary is older than such a tenure, so the
# famous-name feature takes the name for a rare one, the point of its sentence.
OFFICE_AFTER = re.compile(r"总书记|同志为核心")
OFFICE_BEFORE = "总书记"


# The doctrines every text of the course upholds (坚持…社会主义, 发展…马克思主义): what the course is about, named in
# almost every sentence; a doctrine of its own (毛泽东思想, 某某理论体系) is a point, these are not.
EVERYDAY_DOCTRINES = frozenset(
    {
        "社会主义", "中国特色社会主义", "马克思主义", "共产主义", "中国马克思主义", "当代中国马克思主义",
        "中国特色社会主义思想", "新时代中国特色社会主义思想", "习近平新时代中国特色社会主义思想",
    }
)  # fmt: skip


def _everyday_doctrine(span: Span, analysis: Analysis) -> float:
    """1 for a doctrine every text of the course upholds (中国特色社会主义, 马克思主义), whatever rule proposed it."""
    return float(span.text in EVERYDAY_DOCTRINES)


def _everyday_actor(span: Span, analysis: Analysis) -> float:
    """1 for the course's everyday actor: a generic name (中国共产党, 党中央) or a person named by the General
    Secretary's office (某某总书记强调, 以某某同志为核心)."""
    if span.text in GENERIC_NAMES:
        return 1.0
    shadow = analysis.shadow
    if span.kind == "yi":  # 以某某同志为核心: the formula of the leadership, not one a teacher blanks
        return float(span.text.endswith("同志") and shadow.startswith("为核心", span.end))
    if span.kind not in ("person", "speaker"):
        return 0.0
    return float(OFFICE_AFTER.match(shadow, span.end) is not None or shadow.endswith(OFFICE_BEFORE, 0, span.start))


# What may open a sentence before its subject: a date or a time set off by a comma (1948年9月，).
OPENING_TIME = re.compile(r"^[0-9０-９一二三四五六七八九十〇零年月日号初底末至、\-—]*[，,]?$")
SUBJECT_KINDS = frozenset({"event", "proper", "meeting", "organisation"})


def _defined_name(span: Span, analysis: Analysis) -> float:
    """1 for an event's, a meeting's or a body's name that opens its sentence (past a date) before 是 (某某战役是…的
    开始): the sentence says what the named thing was, and the name is what it asks; the names in what is said of
    it (…战争的序幕) are its setting, however late they stand."""
    if span.kind not in SUBJECT_KINDS:
        return 0.0
    lo = max(analysis.sentence_of(span)[0], analysis.claim_bounds[0])
    if OPENING_TIME.match(analysis.shadow[lo : span.start].strip()) is None:
        return 0.0
    k = analysis.unit_starting_at(span.end)
    return float(k is not None and analysis.units[k].text in CLEFT_COPULAS)


# The verbs of a procedure a provision requires (报上级党组织批准, 报…备案, 提请…裁决, 向…请示, 其职务自然撤销): they
# differ in a word (批准 or 备案?), which is what a question on a rule asks when the sentence closes on one. The verb
# stands after what sends the matter on (报, 向, 提请) or an adverb (自然撤销), not after 的 (听取了…的报告: a report).
PROCEDURE_VERBS = frozenset({"批准", "备案", "审批", "审查", "裁决", "撤销", "请示", "报告"})
PROCEDURE_LEADS = ("报", "向", "请求", "提请", "提交")
SENTENCE_ENDS = frozenset("。；;！!")


def _closing_procedure(span: Span, analysis: Analysis) -> float:
    """1 for the verb of a procedure that closes its sentence (…，并报上级组织批准。, …，其职务自然撤销。)."""
    if span.kind not in WORD_KINDS or span.text not in PROCEDURE_VERBS:
        return 0.0
    shadow = analysis.shadow
    if span.end < len(shadow) and shadow[span.end] not in SENTENCE_ENDS:
        return 0.0
    k = analysis.unit_ending_at(span.start)
    if k is None or analysis.units[k].text == "的" or analysis.units[k].pos == "vn":
        return 0.0
    lo = max(shadow.rfind(c, 0, span.start) for c in "，。；,;") + 1
    return float(analysis.units[k].pos == "d" or any(lead in shadow[lo : span.start] for lead in PROCEDURE_LEADS))


Feature = Callable[[Span, Analysis], float]
# Adjustments added to the best rule's score: (name, feature 0..1, weight). Weights measured on real
# human fill-in items (../shared/dev/blanks.jsonl); each feature has made-up test sentences.
FEATURES: tuple[tuple[str, Feature, float], ...] = (
    ("end focus", _end_focus, 0.15),
    ("name a 是 claim opening its sentence is about", _defined_name, 0.1),
    ("procedure a provision closes on", _closing_procedure, 0.3),
    ("name a naming verb gives", _named_here, 0.25),
    ("long span", lambda s, a: float(s.kind not in LONG_NAMES and len(s.text) > LONG_SPAN), -0.12),
    ("name repeated in the text", lambda s, a: float(s.kind in NAME_KINDS and a.shadow.count(s.text) > 1), -0.15),
    ("category noun", _category, -0.25),
    ("name a category qualifies", _of_a_category, 0.1),
    ("famous name", _famous, -0.25),
    ("speaker of the clause", lambda s, a: float(s.kind == "person" and speaks(a.shadow, s.end)), -0.3),
    ("date opening its sentence or clause", _opening_date, -0.3),
    ("period the claim looks back or ahead on", _framing_period, -0.3),
    ("event or meeting that dates the claim", _time_frame, -0.2),
    # 某国人民是…的人民: the claim restates its subject, known already; its trait is the point
    ("subject the claim's head restates", lambda s, a: float(a.restated(s)), -0.4),
    # 产生了甲、乙、丙、丁等人物: any member is an example the reader could not tell from the others
    ("member of an open list (…、丁等)", lambda s, a: float(a.in_open_list(s)), -0.4),
    # 某事件发生的根本原因是X: the clause tells X of its subject, which is given; X is what is asked
    ("subject a 的N是 clause describes", _described_subject, -0.3),
    ("title of the venue a thing was published or signed in", _venue, -0.3),
    ("word a verb governs", _verb_object, 0.08),
    ("meeting a clause says only was held", _held_meeting, -0.15),
    ("span of time, age or interval", _span_of_time, 0.1),
    ("day a law takes effect", _effective_date, 0.3),
    ("addressee of a rule", _addressee, -0.4),
    # 中国共产党, 党中央, 国务院: the actor of almost every sentence of the course, whatever rule proposed it
    ("the course's everyday actor", _everyday_actor, -0.3),
    # 坚持…中国特色社会主义: the course's own subject, upheld in almost every sentence; people blank what is said of it
    ("the course's everyday doctrine", _everyday_doctrine, -0.05),
)

# The kinds of span a feature can be more than 0 for, of those that ask a span's kind first (absent: any kind). A
# span is scored with its kind's features only: a feature that is 0 adds nothing, and a word, most candidates,
# skips 13 of 22 calls.
FEATURE_KINDS: dict[str, frozenset[str]] = {
    "end focus": FOCUS_KINDS,
    "name a 是 claim opening its sentence is about": SUBJECT_KINDS,
    "name repeated in the text": NAME_KINDS,
    "name a category qualifies": QUALIFIED_KINDS,
    "famous name": NAME_KINDS - {"title"},
    "speaker of the clause": frozenset({"person"}),
    "date opening its sentence or clause": frozenset({"quantity"}),
    "period the claim looks back or ahead on": frozenset({"quantity"}),
    "event or meeting that dates the claim": TIMED_KINDS,
    "title of the venue a thing was published or signed in": frozenset({"title"}),
    "word a verb governs": GOVERNED_KINDS,
    "procedure a provision closes on": WORD_KINDS,
    "meeting a clause says only was held": frozenset({"meeting"}),
    "span of time, age or interval": frozenset({"quantity"}),
    "day a law takes effect": frozenset({"quantity"}),
}


@lru_cache(maxsize=64)  # a few dozen kinds
def features_of(kind: str) -> tuple[tuple[Feature, float], ...]:
    """The features that can be more than 0 for a span of a kind, with their weights, in table order."""
    return _of_kind(((name, (f, w)) for name, f, w in FEATURES), FEATURE_KINDS, kind)


def score(span: Span, analysis: Analysis) -> float | None:
    """A span's score: the best rule's, less what makes it guessable; None when vetoed or no rule applies.

    It may exceed 1 (a blank's score is capped at 1, not the ranking): two spans the best rules and their features
    push past 1 are not equals, and a cap would leave the earlier one first whatever the later one has more."""
    if vetoed(span, analysis):
        return None
    best = _best_rule(span, analysis)
    return None if best is None else _scored(span, analysis, best)


def vetoed(span: Span, analysis: Analysis) -> bool:
    """True when a veto forbids a span whatever its score."""
    # a loop, not any() over a generator: every candidate that may be chosen runs it
    for veto in vetoes_of(span.kind):  # noqa: SIM110
        if veto(span, analysis):
            return True
    return False


def _scored(span: Span, analysis: Analysis, best: float) -> float:
    """The score of a span no veto forbids, from the best rule's score `best`."""
    if span.kind not in ("count", "quote"):
        common = COMMON_WEIGHT.get(span.kind, COMMON_WEIGHT_OTHER) * commonness(span.text)
        best -= common + TOPIC_WEIGHT.get(span.kind, 0.0) * analysis.vocab.topicality(span.text)
    best += _adjustment(span, analysis)
    if _guessable(span, analysis):
        best *= GUESSABLE_FACTOR
    if len(span.text) >= MOST_OF_TEXT * analysis.letters:
        best *= MOST_OF_TEXT_FACTOR
    return round(max(0.0, best), 3)


def _best_rule(span: Span, analysis: Analysis) -> float | None:
    """The best score any rule gives a span (None when no rule applies): a loop, as max() over a generator
    costs more on this path."""
    best: float | None = None
    for rule in scorers_of(span.kind):  # the others would give None, which leaves the best as it is
        value = rule(span, analysis)
        if value is not None and (best is None or value > best):
            best = value
    return best


def _adjustment(span: Span, analysis: Analysis) -> float:
    """The sum of the weighted features of a span, added left to right in table order (as sum() does in
    Python 3.11; Python 3.12's sum() compensates and may round otherwise)."""
    total = 0.0
    for feature, weight in features_of(span.kind):  # the others would add 0.0, which leaves any sum as it is
        total += weight * feature(span, analysis)
    return total


@lru_cache(maxsize=64)  # a few dozen kinds
def raising_features_of(kind: str) -> tuple[tuple[Feature, float], ...]:
    """The features of a kind with a positive weight: all a span's score can gain over its best rule's."""
    return tuple((feature, weight) for feature, weight in features_of(kind) if weight > 0)


# What the sums of a score may round to above their bound (score() rounds to the thousandth), and more.
BOUND_MARGIN = 0.001


def _bound(span: Span, analysis: Analysis, best: float) -> float:
    """An upper bound of a span's score, from its best rule's (`best`): less its commonness, with what its raising
    features add; its vetoes, topicality, the features that lower it and the factors (at most 1) only take away."""
    if span.kind not in ("count", "quote"):
        best -= COMMON_WEIGHT.get(span.kind, COMMON_WEIGHT_OTHER) * commonness(span.text)
    for feature, weight in raising_features_of(span.kind):
        best += weight * feature(span, analysis)
    return max(0.0, best) + BOUND_MARGIN


def _a_clause(span: Span, analysis: Analysis) -> bool:
    """True for a span of three words or more where a noun is followed by a verb that more words follow
    (指导思想 写入 党章, 主体 是 某某): a subject and its verb, a clause, not the noun phrase it was taken
    for; a name that ends on a class noun is one all the same (工农武装割据路线)."""
    first = analysis.unit_starting_at(span.start)
    if first is None:
        return False
    units, last = analysis.units, first
    while last < len(units) and units[last].end <= span.end:  # indices, not a slice of all the units after it
        last += 1
    words = units[first:last]
    if len(words) < 3 or _closes_name(words[-1].text):
        return False
    return any(
        noun.pos in NOUNISH_TAGS and (verb.pos == "v" or verb.text in CLEFT_COPULAS)
        for noun, verb in pairwise(words[:-1])  # the verb is never the last word
    )


NAME_WORD_TAGS = frozenset({"n", "nz", "ns", "a", "b", "j", "term"})  # the words of a doctrine's name after a person's


def _opens_a_doctrine(span: Span, analysis: Analysis) -> bool:
    """True for a person's name that opens the name of a doctrine, two words or more of nouns and adjectives up
    to its class noun (某某 | 新时代 | 某某 | 思想): the doctrine is named after the person, who does nothing in
    the sentence (find_compounds proposes the doctrine)."""
    k = analysis.unit_starting_at(span.end)
    for unit in analysis.units[k : k + COMPOUND_REACH] if k is not None else ():
        if unit.pos not in NAME_WORD_TAGS:
            return False
        if unit.text.endswith(DOCTRINE_HEADS) and unit.start > span.end:
            return True
    return False


def _cut_off_count(span: Span, analysis: Analysis) -> bool:
    """True for a span that opens on the classifier of a count whose numeral stands just before it (三 | 大革命,
    jieba's cut of 三大革命), or on an era whose figure does (21 | 世纪马克思主义): the figure and what it counts are
    one formulation, the rest of it is no name."""
    if span.kind in NUMBER_KINDS or span.start == 0:
        return False
    if span.text.startswith(ERAS) and CENTURY_FIGURE.match(analysis.shadow, span.start - 1):
        return True
    return COUNT.match(analysis.shadow, span.start - 1) is not None


# the last character of an era's figure (21世纪, 九十年代)
CENTURY_FIGURE = re.compile(r"[0-9０-９一二三四五六七八九十]")


def _is_doctrine(text: str) -> bool:
    """True for a word that ends on a doctrine's class noun (…主义, …思想, …理论)."""
    return len(text) > 2 and text.endswith(DOCTRINE_HEADS)


def _points(span: Span, analysis: Analysis) -> bool:
    """True for a phrase that opens on a demonstrative (这一理论; not a name: 那曲) or that one points at
    (这一｜科学论断)."""
    if span.text[0] in POINTERS and span.kind not in NAME_KINDS:
        return True
    shadow, at = analysis.shadow, span.start  # characters looked at, not a search: every candidate asks
    before = shadow[at - 1] if at else ""
    return before in POINTERS or (at >= 2 and before in POINTER_MEASURES and shadow[at - 2] in POINTERS)


def _of_an_era(span: Span, analysis: Analysis) -> bool:
    """True for the figure of a century or a decade (19世纪末, 80年代): a span of time, like a date."""
    return analysis.shadow.startswith(ERAS, span.end)


def _cut_off_word(span: Span, analysis: Analysis) -> bool:
    """True for a span followed by a one-character word that, with the span's last two characters, makes a word
    jieba's dictionary knows (党的领导 | 力 of 领导力, 某某建设 | 者): jieba took the longer dictionary word
    first and left its neighbour's suffix alone, so the span ends inside a word and the gap hides half of it."""
    if span.kind in NUMBER_KINDS or span.kind == "quote":
        return False
    k = analysis.unit_starting_at(span.end)
    if k is None or len(analysis.units[k].text) != 1 or not is_content(analysis.units[k].pos):
        return False
    return commonness(analysis.shadow[span.end - 2 : span.end + 1]) > 0


MODIFIER_ENDINGS = ("基本", "根本", "主要", "重要", "首要")  # what jieba's set phrases may end on (党的基本/l)


def _cut_off_modifier(span: Span, analysis: Analysis) -> bool:
    """True for a word longer than its modifier that ends on one (党的基本) before the noun it qualifies (组织): jieba's
    dictionary holds such phrases whole, and the gap would hide half a noun phrase."""
    if span.kind not in WORD_KINDS or len(span.text) <= 2 or not span.text.endswith(MODIFIER_ENDINGS):
        return False
    k = analysis.unit_starting_at(span.end)
    return k is not None and is_content(analysis.units[k].pos)


def _glued(span: Span) -> bool:
    """True for a two-character word made of a preposition or particle and one more character."""
    return span.kind == "word" and len(span.text) == 2 and span.text[0] in GLUED_OPENERS and commonness(span.text) == 0


def _manner_before_verb(span: Span, analysis: Analysis) -> bool:
    """True for a word of manner jieba tags as a noun (全面/n) right before a verb: an adverb of that verb, which
    says how it is done, not what (全面｜凝聚｜各方力量), as is one before another (依法｜依规｜处理); after 的 the
    pair is a noun's (人的全面发展), and stays."""
    if span.text not in MANNER_NOUNS or analysis.shadow.endswith("的", 0, span.start):
        return False
    k = analysis.unit_starting_at(span.end)
    while k is not None and k + 1 < len(analysis.units) and analysis.units[k].text in MANNER_NOUNS:
        k += 1
    return k is not None and _verbal(analysis.units[k])


def _not_constituent(span: Span) -> bool:
    """True for a span that opens or closes on a function word it does not form a word with (是中共四大, 以油山);
    never for a word jieba's dictionary knows whole (实事求是 ends on 是, and is one word)."""
    if span.kind in WHOLE_KINDS or len(span.text) < 3 or commonness(span.text) > 0:
        return False
    opens = span.text.startswith(EDGE_OPENERS) and commonness(span.text[:2]) == 0
    closes = span.text.endswith(EDGE_CLOSERS) and commonness(span.text[-2:]) == 0
    return opens or closes


def _guessable(span: Span, analysis: Analysis) -> bool:
    """True when the answer is written elsewhere in the same sentence."""
    lo, hi = analysis.sentence_of(span)
    sentence = analysis.shadow[lo:hi]
    rest = sentence[: span.start - lo] + "\0" + sentence[span.end - lo :]
    return span.kind != "count" and span.text in rest


# ----------------------------------------------------------------------------- ranking and choosing


# A cleft sentence (…的是X, …的N是X) describes a thing first and names it last, after the copula: X is the
# sentence's focus, what it was written to tell.
CLEFT_COPULAS = frozenset({"是", "就是", "乃是", "正是"})
# Words that make what follows the copula a phrase of several things or a description, not one name.
NOT_IN_FOCUS = frozenset({"的", "和", "与", "及", "以及", "、", "或"})
FOCUS_LENGTH = range(2, 13)


def _named_event(words: tuple[Span, ...]) -> bool:
    """True for words that open on a proper name and end on a verb (某地海员大罢工, 某地起义): an event's name,
    whatever jieba tags its last word."""
    return len(words) >= 2 and words[0].pos in NAME_TAGS and words[-1].pos == "v"


def find_cleft_focus(analysis: Analysis) -> list[Span]:
    """What the copula of a cleft clause introduces (…的是X, …的N是X), when it is one noun phrase."""
    found: list[Span] = []
    for clause in analysis.clauses:
        copula = max((k for k, u in enumerate(clause) if u.text in CLEFT_COPULAS), default=0)
        if not copula or not any(u.text == "的" for u in clause[:copula]):
            continue
        rest = clause[copula + 1 :]
        if not rest or not (rest[-1].pos in NOUN_TAGS or _named_event(rest)):
            continue
        if any(u.text in NOT_IN_FOCUS or not is_content(u.pos) for u in rest):
            continue
        start, end = rest[0].start, rest[-1].end
        if end - start in FOCUS_LENGTH:
            found.append(Span(start, end, analysis.shadow[start:end], "term", "focus"))
    return found


# The class nouns of a policy's name (人才强区战略, 就业优先政策) and the verbs that take such a name (实施, 推进):
# its words are verbs as often as nouns (开发, 振兴, 驱动), which the compound finder keeps out of names; the name
# without its class noun is what a teacher blanks, the class being the sentence's.
POLICY_HEADS = frozenset({"战略", "政策", "工程", "计划", "行动"})
POLICY_VERBS = frozenset({"实施", "推进", "支持", "坚持", "落实", "贯彻", "推动", "提出", "启动", "执行", "部署"})
POLICY_REACH = 6  # words between the verb and the class noun
POLICY_LENGTH = range(2, 11)


def find_policies(analysis: Analysis) -> list[Span]:
    """The names of policies between a verb that takes them and their class noun (实施｜人才强区｜战略)."""
    found: list[Span] = []
    for clause in analysis.clauses:
        for h, head in enumerate(clause):
            name = _policy_name(clause, h, analysis) if head.text in POLICY_HEADS else None
            if name is not None:
                found.append(name)
    return found


def _policy_name(clause: tuple[Span, ...], h: int, analysis: Analysis) -> Span | None:
    """The words between clause[h], a policy's class noun, and the nearest verb before it that takes a policy,
    when they are content words (a locality too: 西部/f) of a name's length."""
    reach = range(h - 1, max(-1, h - POLICY_REACH - 1), -1)
    g = next((j for j in reach if clause[j].text in POLICY_VERBS), None)
    words = clause[g + 1 : h] if g is not None else ()
    if not words or not all((is_content(w.pos) or w.pos == "f") and w.text.isalnum() for w in words):
        return None
    start, end = words[0].start, words[-1].end
    return Span(start, end, analysis.shadow[start:end], "term", "policy") if end - start in POLICY_LENGTH else None


# A claim whose subject is a policy upheld (坚持某某，是…之路, 推进某某是…的必然要求): what is upheld is what the claim
# is about, as a definition's subject is; jieba's cut leaves it no more than words after a verb.
UPHOLDING = "|".join(sorted(POLICY_VERBS, key=len, reverse=True))
UPHELD = re.compile(rf"(?:^|[，,。；;：:])(?:{UPHOLDING})([^，,。；;：:、“”《》\s]{{2,12}}?)[，,]?(?:就是|是)")


def find_upheld_subjects(analysis: Analysis) -> list[Span]:
    """What a claim whose subject upholds a policy upholds (坚持｜某某｜，是…), when it is whole words in the claim."""
    lo = analysis.claim_bounds[0]
    found: list[Span] = []
    for m in UPHELD.finditer(analysis.shadow):
        span = Span(m.start(1), m.end(1), m.group(1), "term", "theme")
        if span.start >= lo and not analysis.cuts_a_unit(span):
            found.append(span)
    return found


# Who a provision says elects, decides, approves or convenes (…都由民主选举产生, …由某某委员会决定。, 由某某会议选举。,
# 由某某任命。): when that clause closes on its verb, the agent is what the provision fixes and what a teacher blanks.
# Not who leads or is in charge (由某某负责, 由某某主持: a detail of a story) nor who makes a body up (由3至5人组成: its
# size has its own rule).
AGENT_VERBS = ("产生", "决定", "批准", "召集", "选举", "任命", "审批")
AGENT = re.compile(rf"由([^由，,。；;：:、“”《》\s]{{2,14}}?)(?=(?:{'|'.join(AGENT_VERBS)})(?:[，,。；;！!]|$))")


def find_agents(analysis: Analysis) -> list[Span]:
    """The agent of a clause that closes on what it elects, decides, approves or convenes (由某某委员会决定。), when
    it is whole words, without the verbs that close it (由某某大会｜选举产生, 由某某会议｜讨论决定) unless it is one."""
    found: list[Span] = []
    for m in AGENT.finditer(analysis.shadow):
        start, end = m.span(1)
        while (k := analysis.unit_ending_at(end)) is not None and analysis.units[k].pos == "v":
            if analysis.units[k].start <= start:
                break  # 都由选举产生: the way it is done is the agent
            end = analysis.units[k].start
        span = Span(start, end, analysis.shadow[start:end], "term", "agent")
        if end - start >= 2 and not analysis.cuts_a_unit(span):
            found.append(span)
    return found


# Class nouns that close the name of a system, a doctrine or a body (…保障制度, …主义, …委员会, …党支部):
# jieba cuts such a name into its words, and the name whole is what a teacher blanks.
COMPOUND_HEADS = (
    "体系", "体制", "制度", "机制", "主义", "思想", "理论", "观", "专政", "共同体", "道路", "路线", "方针",
    "战略", "纲领", "委员会", "局", "学会", "协会", "支部", "党组织", "公司", "银行", "大学", "运动",
)  # fmt: skip
NAME_ENDINGS = EVENT_ENDINGS + PROPER_ENDINGS + ORGANISATION_ENDINGS + COMPOUND_HEADS  # what a given name ends on
FUNCTION_LED = frozenset("并被把将")  # words opening on these are grammar glued to a verb, never part of a name
ONE_CHARACTER_HEADS = tuple(h for h in COMPOUND_HEADS if len(h) == 1)
SYSTEM_HEADS = ("体系", "体制", "制度", "机制")  # what a verb before them qualifies: 治理体系, 救助制度
DOCTRINE_HEADS = ("主义", "思想", "理论", "观")  # what a verb before them acts on: 坚持某某主义
# Tags of the words such a name is made of: nouns, names, abbreviations and distinguishing adjectives.
COMPOUND_TAGS = frozenset({"n", "nz", "vn", "v", "nt", "ns", "j", "b", "an", "l", "i", "term", "nr", "a"})
# segment.MANNER_NOUNS, words of manner jieba tags as nouns: before a verb that acts on a name of several words
# they say how it is done (全面启动 | 某某管理制度), and are no part of the name; before the class noun's own word
# they may be (全面抗战路线).
MODIFIER_TAGS = frozenset({"a", "b"})  # the one-character words a name may open on (旧, 新, 总)
VERB_TAGS = frozenset({"v", "vn"})  # a name never opens on a verb: it would govern the rest (建立某某制度)
COMPOUND_LENGTH = range(3, 17)
COMPOUND_REACH = 6  # words a compound name may span


def find_compounds(analysis: Analysis) -> list[Span]:
    """Names of systems, doctrines and bodies that jieba cut into words, whole (人类命运共同体, 某某委员会):
    in each run of name-making words, the span that ends on the run's last class noun."""
    found: list[Span] = []
    titles = [m.span() for m in ANY_TITLE.finditer(analysis.shadow)]  # a name inside a title is half of it
    title_starts = [lo for lo, _ in titles]
    for clause in analysis.clauses:
        heads = {k for k, unit in enumerate(clause) if _closes_name(unit.text)}
        i = 0
        while heads and i < len(clause):  # most clauses have no class noun: nothing to look at
            j = i
            while j < len(clause) and _in_compound(clause[j]) and _verb_fits(clause, j):
                j += 1
            last = max((k for k in range(i, j) if k in heads), default=None)
            subject = last is not None and last + 1 < len(clause) and clause[last + 1].text in CLEFT_COPULAS
            span = _compound_ending_at(clause, i, last, analysis) if last is not None and not subject else None
            at = bisect_left(title_starts, span.start) - 1 if span else -1  # the last title opening before it
            if span and not (at >= 0 and span.end < titles[at][1]):
                found.append(span)  # a definition's subject is left to the definition's rules (theme, head)
            i = max(j, i + 1)
    return found


def _compound_ending_at(clause: tuple[Span, ...], first: int, k: int, analysis: Analysis) -> Span | None:
    """The run of clause[first..k] (at most COMPOUND_REACH words, past a doctrine's last verb and the words no
    name opens on) when it fits a name's length: a longer one is a phrase, and cutting it would halve a name."""
    first = max(first, k - COMPOUND_REACH + 1)
    if clause[k].text.endswith(DOCTRINE_HEADS):  # a verb before a doctrine acts on it (建设某某社会主义)
        first = max([first, *(j + 1 for j in range(first, k) if _verbal(clause[j]))])
    if _manner_of_a_verb(clause, first, k):
        first += 2
    while first < k and _no_opening(clause[first]):
        first += 1
    start, end = clause[first].start, clause[k].end
    if first == k or end - start not in COMPOUND_LENGTH:
        return None
    if first + 1 == k and clause[first].text.startswith(GRADING_MODIFIERS):
        return None  # a grading word and a class noun make a category (重要思想, 根本制度), not a name
    return Span(start, end, analysis.shadow[start:end], "term", "compound")


def _manner_of_a_verb(clause: tuple[Span, ...], first: int, k: int) -> bool:
    """True when clause[first] is a word of manner and the next a verb with two words or more of name after it
    (全面 | 启动 | 某某 | 管理制度): the verb acts on that name."""
    return clause[first].text in MANNER_NOUNS and first + 3 <= k and _verbal(clause[first + 1])


def _verb_fits(clause: tuple[Span, ...], k: int) -> bool:
    """True unless clause[k] is a verb that cannot be inside a name: a verb's noun is (统一招生考试制度) but not
    right before a doctrine, which it acts on (传播某某主义); a verb only right before the class noun of a
    system (治理 in 乡村治理体系; never 是, nor 叫作 in 这套制度叫作某某制度)."""
    pos, after = clause[k].pos, clause[k + 1].text if k + 1 < len(clause) else ""
    if pos == "vn":
        return not after.endswith(DOCTRINE_HEADS)
    if pos == "v":
        return len(clause[k].text) >= 2 and _closes_name(after) and after.endswith(SYSTEM_HEADS)
    return True


def _no_opening(unit: Span) -> bool:
    """True for a word a name cannot open on: a verb or an idiom of two (贯彻落实｜某某路线), a pronoun (人们), a stray
    character (but 旧, 新)."""
    if _verbal(unit) or _two_verbs(unit) or unit.text in PRONOUN_NOUNS:
        return True
    return len(unit.text) < 2 and unit.pos not in MODIFIER_TAGS


def _verbal(unit: Span) -> bool:
    """True for a verb, a verb's noun or a set phrase of an adverb and a verb (不断完善/l)."""
    return unit.pos in VERB_TAGS or adverbial_verb(unit.text, unit.pos) is not None


def _in_compound(unit: Span) -> bool:
    """True for a word that can make part of a compound name (a class noun whatever its tag: 观/vg), not one
    that opens on a conjunction or a passive or object marker, whatever jieba tags it (并报/n, 被选为/n)."""
    if unit.text[0] in FUNCTION_LED or not unit.text.isalnum():
        return False
    return unit.pos in COMPOUND_TAGS or _closes_name(unit.text)


def _closes_name(word: str) -> bool:
    """True for a word that ends on a class noun: a one-character one (观, 局) ends a name when it stands
    alone or ends a longer word (实践 观, 世界观, 总局), not a two-character word (主观, 格局 are no names)."""
    if not word.endswith(COMPOUND_HEADS):
        return False
    return len(word) != 2 or not word.endswith(ONE_CHARACTER_HEADS)


ANY_TITLE = re.compile(r"《[^《》\n]*》")


def candidates(analysis: Analysis) -> list[Span]:
    """Every span that might be a blank: units, quotes, counts, series members and formulations."""
    return [
        *analysis.units,
        *analysis.quotes,
        *find_counts(analysis),
        *find_series(analysis),
        *find_yi_wei(analysis),
        *find_ba_objects(analysis),
        *find_appositions(analysis),
        *find_sanctions(analysis),
        *find_heads(analysis),
        *find_speakers(analysis),
        *find_titles(analysis),
        *find_names(analysis),
        *find_quantities(analysis),
        *find_cleft_focus(analysis),
        *find_given_names(analysis),
        *find_policies(analysis),
        *find_agents(analysis),
        *find_upheld_subjects(analysis),
        *find_compounds(analysis),
        *(trait for _, trait in analysis.restatements),
    ]


def rank_blanks(text: str, vocab: Vocabulary | None = None) -> list[Blank]:
    """Every candidate blank of a text, best first (ties in text order)."""
    return [_blank(text, start, end, value) for (start, end), value in _ranked(text, vocab)]


def _ranked(text: str, vocab: Vocabulary | None) -> list[tuple[tuple[int, int], float]]:
    """The (start, end) of every candidate blank of a text with its score, best first (ties in text order)."""
    return _ranked_in(analyse(simplify(text), vocab or EMPTY))


def _ranked_in(analysis: Analysis) -> list[tuple[tuple[int, int], float]]:
    """The candidate blanks of an analysed text with their scores, best first (see _ranked)."""
    best: dict[tuple[int, int], float] = {}
    for span in candidates(analysis):
        value = score(span, analysis)
        if value is not None and value > best.get((span.start, span.end), -1.0):
            best[(span.start, span.end)] = value
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))


def _ranked_lazily(analysis: Analysis) -> Iterator[tuple[tuple[int, int], float]]:
    """The candidate blanks of an analysed text with their scores, in _ranked_in's order, each scored only when it
    may come next: a span whose bound (_bound) is below a score found already waits, and the chooser, which wants a
    few blanks, stops before most are scored (two spans in three of the seeds' and dev documents' texts are not)."""
    spans: dict[tuple[int, int], list[tuple[Span, float]]] = {}
    bounds: dict[tuple[int, int], float] = {}
    for span in candidates(analysis):
        best = _best_rule(span, analysis)  # no rule, no score: those spans are never looked at again
        if best is not None:
            key = (span.start, span.end)
            spans.setdefault(key, []).append((span, best))
            bound = _bound(span, analysis, best)
            if bound > bounds.get(
                key, 0.0
            ):  # the best of a (start, end)'s spans is its score: their best bound bounds it
                bounds[key] = bound
    waiting = sorted(bounds, key=bounds.__getitem__, reverse=True)
    scored: list[tuple[float, int, int]] = []  # (-score, start, end): the heap pops _ranked_in's order
    for key in waiting:
        while scored and -scored[0][0] > bounds[key]:  # no span waiting can score as much: it comes next
            value, start, end = heappop(scored)
            yield (start, end), -value
        found = _best_score(spans[key], analysis)
        if found is not None:
            heappush(scored, (-found, *key))
    while scored:
        value, start, end = heappop(scored)
        yield (start, end), -value


def _best_score(spans: list[tuple[Span, float]], analysis: Analysis) -> float | None:
    """The best score of the spans of one (start, end) with their best rules' scores (None when all are vetoed)."""
    values = [_scored(span, analysis, best) for span, best in spans if not vetoed(span, analysis)]
    return max(values) if values else None


def _blank(text: str, start: int, end: int, value: float, level: int = 2) -> Blank:
    """A ranked span as a Blank, its score capped at 1 (the ranking is not)."""
    answer = text[start:end]
    return Blank(start, end, answer, min(1.0, value), hint_for(answer, level))


def hint_for(answer: str, level: int) -> str:
    """The hint shown with a blank: its length, and at the easiest level its first character; for a figure, what
    kind of figure it is (a year, a date, a percentage, a number)."""
    if FIGURE.fullmatch(answer):
        return figure_hint(answer)
    return f"{len(answer)}字，首字“{answer[0]}”" if level <= 1 else f"{len(answer)}字"


# A figure in digits with its unit, if any (3.5%, 420名, 1270多万, 2030年5月1日); not a name that holds one
# (《某某1844年手稿》), whose characters are written as characters.
FIGURE = re.compile(r"[0-9０-９][0-9０-９.．]*(?:[%％]|[年月日号][0-9０-９]*|[一-鿿]{1,3})*")
# What a figure's blank asks for, by its shape: its characters are digits and signs, not 字 (3.5% is no 4字 answer),
# and their count would give its number of digits away. The first shape that matches names it.
FIGURE_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[0-9０-９]{4}年?"), "年份"),  # 2020, 2020年
    (re.compile(r"(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?"), "日期"),  # 2019年1月13日, 10月16日
    (re.compile(r"[0-9０-９.．]+[%％]"), "百分数"),  # 1.2%
)


def figure_hint(answer: str) -> str:
    """The hint of a blank that holds a figure: the kind of figure, else 数字."""
    return next((hint for shape, hint in FIGURE_HINTS if shape.fullmatch(answer)), "数字")


def choose_blanks(text: str, vocab: Vocabulary | None = None, level: int = 2) -> list[Blank]:
    """Non-overlapping, non-adjacent blanks for a text, more at higher levels, in text order.

    Remembered per (text, vocabulary object, level): the deck and the worksheets ask about the same sentences.
    """
    return list(_chosen(text, SameVocabulary(vocab), level))


@lru_cache(maxsize=32768)
def _chosen(text: str, same: SameVocabulary, level: int) -> tuple[Blank, ...]:
    vocab = same.vocabulary
    wanted = max(1, len(text) // PER_BLANK.get(level, PER_BLANK[2]))
    floor = MIN_SCORE.get(level, MIN_SCORE[2])
    chosen: list[Blank] = []
    analysis = analyse(simplify(text), vocab or EMPTY)
    lists = analysis.open_lists  # the lists of examples its analysis found
    examples: set[int] = set()  # the lists of examples a blank is chosen in already: one each, any member fits
    for (start, end), value in _ranked_lazily(analysis):  # a Blank made only of a span looked at: the first few
        if len(chosen) == wanted or (chosen and value < floor):
            break
        blank = _blank(text, start, end, value, level)
        member = open_list_of(analysis.shadow, lists, start, end) if lists else None
        if member in examples or not all(_apart(blank, other) for other in chosen):
            continue
        chosen.append(blank)
        if member is not None:
            examples.add(member)
    return tuple(sorted(chosen, key=lambda b: b.start))


def _apart(a: Blank, b: Blank) -> bool:
    """True when two blanks leave at least MIN_GAP characters between them."""
    return a.end + MIN_GAP <= b.start or b.end + MIN_GAP <= a.start
