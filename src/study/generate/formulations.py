"""Formulation patterns: counts (四个全面), 以…为…, the noun a definition ends on, and list markers."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from study.generate.analysis import Analysis, Span
from study.generate.anatomy import NOUN_SAYING, SHOWING
from study.generate.segment import ADVERB_TAGS, commonness, is_content, is_grammar

NUMERALS = "一二三四五六七八九十"
COUNT = re.compile(r"[两二三四五六七八九十百]{1,3}(?=[个项条种大点句字次类方届位名])")
EDITION = re.compile(r"第([一二三四五六七八九十百]{1,4})届")  # 第二十九届: the edition is a count of its own
DATE_DOTS = frozenset("·・.．")
ACTION_COUNT = re.compile(r"[两二三四五六七八九十]")  # 四渡, 三打: one numeral that counts an action
COUNT_OPENERS = frozenset("两二三四五六七八九十百第")  # what a unit COUNT, EDITION or ACTION_COUNT takes opens on
ANAPHORA = frozenset("这那此上下")  # 这两个…: a count that points back, not a formulation
COUNTED_TAGS = frozenset({"n", "nz", "vn", "term", "l", "j", "i"})  # what a count in a formulation counts
COUNTED_SPANS = frozenset({"月", "年", "天", "周", "季度"})  # 连续六个月: spans of time are counted too
# List markers and sequence words: never a blank, whatever jieba thinks of them.
MARKER = re.compile(
    r"第[一二三四五六七八九十百]+|[一二三四五六七八九十]+[是要来则]|其[一二三四五六七八九十]|"
    r"首先|其次|再次|最后|[（(][一二三四五六七八九十0-9]+[）)]|[0-9０-９]+[.．、]"
)
SPEAKER_TITLES = frozenset({"同志", "总书记", "主席", "总理", "委员长", "书记"})
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})  # jieba's tags of people's names
# A title in 《》, short (a book, an article) or long (a decision, a resolution, a speech): blanked whole.
TITLE = re.compile(r"《([^《》\n]{2,40})》")
CLAUSE_OPENERS = re.compile(r"[\s，。；：！？、,.;:!?（）()“”\"「」『』]")  # what a marker follows
# Copulas of a definition (not 为: mostly a preposition); 属于 and 包括 say what a thing is or holds.
COPULAS = frozenset({"是", "作为", "成为", "就是", "乃是", "即", "是指", "属于", "包括"})
NOUN_TAGS = frozenset({"n", "nz", "vn", "term", "l", "j", "i", "nt", "an", "a", "b", "ns", "ng", "nr", "nrt", "nrfg"})
NP_JOINERS = frozenset({"和", "与"})
LEADING_MEASURES = frozenset({"m", "q", "r"})  # 一门大学问 → 大学问
HEAD_LENGTH = range(2, 9)
SUBJECT_LENGTH = range(2, 7)
# A definition by category (X是…的根本观点) tests X, the concept, rather than its generic category.
CATEGORY_MODIFIERS = ("根本", "基本", "重要", "主要", "首要", "核心", "本质", "一项", "一种", "一个")
PREDICATE_LENGTH = range(2, 15)
OBJECT_MARKERS = frozenset({"把", "将", "以"})
PURPOSE = frozenset({"来", "去"})  # 作为X来V: what follows the role is what the role is for
YI_WEI_REACH = 6  # words between 以 and 为


# ----------------------------------------------------------------------------- markers


def is_marker_at(shadow: str, start: int) -> bool:
    """True when the text at `start` is a list marker opening a clause (第二, 二是, （三）, 1., 一靠…二靠),
    or the number of an ordinal (第二, 其三); 第一 inside a clause is a formulation (是第一要务)."""
    before = shadow[start - 1 : start] if start else ""
    if before in ("第", "其"):
        return True
    if start and not CLAUSE_OPENERS.match(before):
        return False
    return MARKER.match(shadow, start) is not None or _paired_enumerator(shadow, start)


def _paired_enumerator(shadow: str, start: int) -> bool:
    """A numeral and one character that recur with the next or previous numeral (一靠教育，二靠制度)."""
    digit = NUMERALS.find(shadow[start : start + 1])
    if digit < 0 or start + 1 >= len(shadow):
        return False
    word = shadow[start + 1]
    neighbours = [NUMERALS[i] for i in (digit - 1, digit + 1) if 0 <= i < len(NUMERALS)]
    return any(n + word in shadow for n in neighbours)


# ----------------------------------------------------------------------------- counts


def find_counts(analysis: Analysis) -> list[Span]:
    """The numeral of a count that starts a unit (四个全面 → 四; 六个月 → 六), never a marker's number; of an edition
    (第二十九届 → 二十九); of a repeated action (四 | 渡某水: a numeral jieba cut off the verb it counts)."""
    counts: list[Span] = []
    units = analysis.units
    for k, unit in enumerate(units):
        if unit.text[:1] not in COUNT_OPENERS:
            continue  # no count opens here (most units): no patterns to try
        m = COUNT.match(analysis.shadow, unit.start) or EDITION.match(unit.text)
        if m and unit.text.startswith("第"):
            counts.append(Span(unit.start + m.start(1), unit.start + m.end(1), m.group(1), "m", "count"))
        elif m and m.end() <= _unit_end_of(units, k) and not is_marker_at(analysis.shadow, unit.start):
            counts.append(Span(m.start(), m.end(), m.group(), "m", "count"))
        elif _counts_an_action(units, k) and not is_marker_at(analysis.shadow, unit.start):
            counts.append(Span(unit.start, unit.end, unit.text, "m", "count"))
    return counts


def _counts_an_action(units: tuple[Span, ...], k: int) -> bool:
    """True for a bare numeral (two to ten) that jieba cut off the content word after it, no classifier, nor a
    figure (四 | 渡某水, 三 | 打某庄): how many times it was done."""
    unit, nxt = units[k], units[k + 1] if k + 1 < len(units) else None
    if nxt is None or unit.pos != "m" or not ACTION_COUNT.fullmatch(unit.text) or nxt.start != unit.end:
        return False
    if k and _part_of_a_word_or_date(units[k - 1]):
        return False
    return is_content(nxt.pos) and nxt.pos not in ("m", "q") and not COUNT.match(unit.text + nxt.text)


def _part_of_a_word_or_date(before: Span) -> bool:
    """True for what a numeral continues rather than counts: a date's dot (一二·九) or a one-character word (小三)."""
    return before.text in DATE_DOTS or (len(before.text) == 1 and is_content(before.pos))


def _unit_end_of(units: tuple[Span, ...], k: int) -> int:
    """The end of unit k or, when the unit is a bare numeral, of the classifier unit after it."""
    return units[k + 1].end if k + 1 < len(units) else units[k].end


def quoted_count(count: Span, analysis: Analysis) -> bool:
    """True when a count opens or sits inside a quoted formulation (“四个全面”)."""
    return analysis.inside_quote(count) or any(q.start == count.start for q in analysis.quotes)


def anaphoric(count: Span, analysis: Analysis) -> bool:
    """True when a count points back at what was said (这两个重要环节): the members are the point."""
    return analysis.shadow[count.start - 1 : count.start] in ANAPHORA


def in_formulation(count: Span, analysis: Analysis) -> bool:
    """True when a count is quoted or followed by a noun (四个全面, 六个月, 八项规定)."""
    if quoted_count(count, analysis):
        return True
    holder = analysis.unit_holding(count.start)
    unit = analysis.units[holder]
    if len(unit.text) > len(count.text) + 1:  # the count's own word goes on past the classifier: 六个月
        return True
    # skip the classifier when jieba cut it off the numeral (四 / 个 / 全面), not a word it counts (四 / 渡某水)
    nxt = holder + 1
    if unit.end == count.end and nxt < len(analysis.units) and COUNT.match(count.text + analysis.units[nxt].text):
        nxt += 1
    if nxt >= len(analysis.units):
        return False
    counted = analysis.units[nxt]
    return counted.pos in COUNTED_TAGS or counted.text in COUNTED_SPANS


# ----------------------------------------------------------------------------- 以…为…


def find_yi_wei(analysis: Analysis) -> list[Span]:
    """以X为Y formulations: X (以为民务实清廉为主要内容), and the whole when Y is short (以人民为中心)."""
    found: list[Span] = []
    for clause in analysis.clauses:
        for i, unit in enumerate(clause):
            if unit.text == "以" or _glued_yi(unit):
                found.extend(_yi_wei_at(list(clause), i, analysis.shadow))
    return found


def _glued_yi(unit: Span) -> bool:
    """A word jieba made up of 以 and what follows (以党的…为统领, 以某某山为中心), unknown to its dictionary."""
    return len(unit.text) >= 2 and unit.text[0] == "以" and commonness(unit.text) == 0.0


def _yi_wei_at(clause: list[Span], i: int, shadow: str) -> list[Span]:
    glued = clause[i].text != "以"
    first = i if glued else i + 1
    reach = range(first + 1, min(len(clause), i + YI_WEI_REACH))
    wei = next((j for j in reach if _wei_start(clause[j]) is not None), None)
    if wei is None:
        return []
    start, end = clause[i].start + 1, _wei_start(clause[wei]) or clause[wei].start
    spans = [Span(start, end, shadow[start:end], "term", "yi")]
    tail = clause[wei + 1 : wei + 2]
    set_phrase = clause[wei].text != "作为"  # 以人民为中心 is a set phrase; 以X作为Y names a role, X is the point
    if tail and len(tail[0].text) <= 2 and tail[0].pos in NOUN_TAGS and set_phrase:
        end = tail[0].end
        spans.append(Span(clause[i].start, end, shadow[clause[i].start : end], "term", "formula"))
    return [s for s in spans if len(s.text) in HEAD_LENGTH]


WEI_WORDS = frozenset({"为", "作为"})  # 以X为Y, 以X作为Y


def _wei_start(unit: Span) -> int | None:
    """Where the 为 of 以X为Y starts in a unit: 为 or 作为 alone, or a 为 jieba glued to the end of X (某某山为,
    a word its dictionary does not know); None for any other unit."""
    if unit.text in WEI_WORDS:
        return unit.start
    if len(unit.text) >= 2 and unit.text.endswith("为") and commonness(unit.text) == 0.0:
        return unit.end - 1
    return None


# ----------------------------------------------------------------------------- 把…放在首位


# 把X放在首位 / 将X摆在突出位置 / 作为首要任务 / 写入党章: X is what the policy is about.
BA_OBJECT = re.compile(r"([把将])([^，。；：、把将的“”《》]{2,10}?)(?:放在|摆在|作为|当作|当成|列为|写入|纳入|贯穿)")


def find_ba_objects(analysis: Analysis) -> list[Span]:
    """The object a 把 or 将 sentence puts somewhere (把生态保护放在首位 → 生态保护), when it is whole words, without
    the adverb between it and the verb (把改革始终放在首位 → 改革); after 将, which may mean "will" (将继续作为), only
    an object that opens on a noun (将生态保护作为…, not 将继续作为…)."""
    found: list[Span] = []
    for m in BA_OBJECT.finditer(analysis.shadow):
        span = _without_adverbs(Span(m.start(2), m.end(2), m.group(2), "term", "ba"), analysis)
        if span is None or analysis.cuts_a_unit(span):
            continue
        if m.group(1) == "将" and not _opens_on_noun(span, analysis):
            continue
        found.append(span)
    return found


def _without_adverbs(span: Span, analysis: Analysis) -> Span | None:
    """A span less the adverbs that close it (改革 | 始终), None when nothing else is left."""
    end = span.end
    while (k := analysis.unit_ending_at(end)) is not None and analysis.units[k].pos in ADVERB_TAGS:
        end = analysis.units[k].start
    if end - span.start < 2:
        return None
    return span if end == span.end else Span(span.start, end, analysis.shadow[span.start : end], "term", "ba")


def _opens_on_noun(span: Span, analysis: Analysis) -> bool:
    """True when the first unit of a span is a noun (or a course term)."""
    k = analysis.unit_starting_at(span.start)
    return k is not None and analysis.units[k].pos in NOUN_TAGS


# ----------------------------------------------------------------------------- appositions


# A thing named, then pointed at and described (某某这一重大命题, 某某这个总抓手): the description says what kind of
# thing it is, and the name before the pointer is what the sentence asks about.
APPOSITION_POINTERS = frozenset({"这一", "这个", "这种", "这项", "这条"})
APPOSED_REACH = 5  # words of the name before the pointer
APPOSED_LENGTH = range(2, 13)
SELF = "自我"  # 自我批评, 自我管理: jieba tags it a pronoun, but it opens a name


def find_appositions(analysis: Analysis) -> list[Span]:
    """The name a pointer and its description follow (发扬｜艰苦奋斗｜这一｜优良传统), when it is content words."""
    found: list[Span] = []
    for clause in analysis.clauses:
        for k, unit in enumerate(clause):
            if unit.text in APPOSITION_POINTERS and k + 1 < len(clause) and _describes(clause[k + 1]):
                words = _apposed_words(clause, k)
                span = None if _a_body(words) else _span(words, "apposed", APPOSED_LENGTH)
                found.extend([span] if span is not None else [])
    return found


def _a_body(words: list[Span]) -> bool:
    """True for a body's name alone (党中央, 省委: jieba's nt): what follows the pointer is its act or its thing, the
    body's own (党中央这一决策部署 is 党中央的这一决策部署), not a description of the body."""
    return len(words) == 1 and words[0].pos == BODY_TAG


BODY_TAG = "nt"


def _describes(unit: Span) -> bool:
    """True for a word that may open what a pointer describes (这一｜理论, 这一｜跳出…), not a time (这一｜年)."""
    return is_content(unit.pos) and unit.pos not in TIME_TAGS


TIME_TAGS = frozenset({"t", "m", "q", "f"})


def _apposed_words(clause: tuple[Span, ...], k: int) -> list[Span]:
    """The run of name-making words right before clause[k], a pointer: nouns and their kin, and the verb of a name
    when a noun opens it (乡村｜振兴); a verb further back governs the name (抓住｜乡村振兴), and ends the run."""
    words: list[Span] = []
    for j in range(k - 1, max(-1, k - APPOSED_REACH - 1), -1):
        unit = clause[j]
        last_verb = j == k - 1 and unit.pos == "v" and j > 0 and clause[j - 1].pos in NOUN_TAGS
        if not (unit.pos in NOUN_TAGS or unit.text == SELF or last_verb):
            break
        words.insert(0, unit)
    return words


# ----------------------------------------------------------------------------- sanctions


# What a disciplinary provision imposes (给予某某处分, 应当予以某某。, 以某某论。): the sanction is what the provision
# fixes, and a teacher blanks it whole, without the verb that imposes it or the class noun that closes it.
SANCTION = re.compile(
    r"给予([^，,。；;：:、“”《》给予]{2,14}?)(?:处分|处理)"
    r"|予以([^，,。；;：:、“”《》]{2,6}?)(?=[，,。；;]|$)"
    r"|(?<![可所])以([^，,。；;：:、“”《》以]{2,6}?)论(?=[，,。；;]|$)"
)


def find_sanctions(analysis: Analysis) -> list[Span]:
    """The sanction a provision imposes (给予｜留党察看｜处分, 予以｜撤换。, 以｜侵占｜论。), when it is whole words."""
    found: list[Span] = []
    for m in SANCTION.finditer(analysis.shadow):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        span = Span(m.start(group), m.end(group), m.group(group), "term", "sanction")
        if not analysis.cuts_a_unit(span):
            found.append(span)
    return found


# ----------------------------------------------------------------------------- speakers and titles


def find_speakers(analysis: Analysis) -> list[Span]:
    """Who said it: the name before 同志 or a title (毛泽东同志指出, 习近平总书记强调)."""
    units = analysis.units
    return [
        replace(unit, kind="speaker")
        for unit, nxt in itertools.pairwise(units)
        if nxt.text in SPEAKER_TITLES and unit.pos in PERSON_TAGS
    ]


def find_titles(analysis: Analysis) -> list[Span]:
    """Titles in 《》 (a book, an article, a document) of up to 40 characters, blanked whole."""
    return [Span(m.start(1), m.end(1), m.group(1), "term", "title") for m in TITLE.finditer(analysis.shadow)]


# ----------------------------------------------------------------------------- definitions


def find_heads(analysis: Analysis) -> list[Span]:
    """The noun phrase a clause ends on after 的 ("head"), or what follows its copula ("predicate"),
    and the subject of a definition by category (民主集中制是党的根本组织制度 → 民主集中制)."""
    found: list[Span] = []
    clauses = analysis.clauses
    for k, clause in enumerate(clauses):
        span = _head_after_de(list(clause)) or _predicate(list(clause))
        if span is None:
            continue  # no claim: its subject is asked for nothing
        found.append(span)
        subject = _subject(list(clause)) or _subject_before_comma(clauses, k, analysis.shadow)
        if span.kind == "predicate" or _by_category(span, analysis):
            found.extend(s for s in [subject] if s is not None)
        elif span.kind == "head":
            # the subject of any 是 claim (某某是党的生命) is what people blank when the head is no category
            found.extend(replace(s, kind="theme") for s in [subject] if s is not None)
    return found


def _subject_before_comma(clauses: tuple[tuple[Span, ...], ...], k: int, shadow: str) -> Span | None:
    """The subject a comma parts from its copula (某某某某，是…的…): the whole clause before a clause that opens on
    是, when that clause opens its sentence and is a short run of content words."""
    clause = clauses[k]
    if not k or not clause or clause[0].text not in COPULAS:
        return None
    before = list(clauses[k - 1])
    if not before or shadow[before[-1].end : clause[0].start].strip() not in ("，", ","):
        return None
    opening = k == 1 or shadow[: before[0].start].rstrip().endswith(SENTENCE_STOPS)
    if not opening or not all(is_content(u.pos) for u in before):
        return None
    if FRAME_ENDING.search(shadow, before[0].start, before[-1].end):
        return None  # 事实充分说明，是…: the clause says what shows the claim, not what 是 defines
    return _span(before, "subject", SUBJECT_LENGTH)


SENTENCE_STOPS = ("。", "！", "？", "；", "!", "?", ";")
# A clause that ends on a verb of saying or showing (事实说明，/ 研究表明，/ 说到底，) frames the claim after it: the
# 是 clause has no subject of its own there (anatomy's openers and speakers are the frames the blanks refuse): its
# verbs of saying and showing, and 说明, 显示 and 到底, which close no opener there
FRAME_ENDING = re.compile(rf"(?:{NOUN_SAYING}|{SHOWING}|说明|显示|到底)$")


def _by_category(head: Span, analysis: Analysis) -> bool:
    """A head made of a category modifier and a noun (根本 / 观点), not one word (基本功) nor the modifier alone."""
    return any(
        head.text.startswith(m)
        and len(head.text) > len(m)
        and not analysis.cuts_a_unit(Span(head.start, head.start + len(m), m, "", ""))
        for m in CATEGORY_MODIFIERS
    )


def _subject(clause: list[Span]) -> Span | None:
    """What a clause defines: the short run of content words before its copula."""
    cop = next((k for k, u in enumerate(clause) if u.text in COPULAS), None)
    if not cop:
        return None
    words = clause[:cop]
    while len(words) > 1 and words[-1].pos in ADVERB_TAGS:
        words = words[:-1]  # 某某始终是…, 某某也是…: an adverb of the copula is no part of what it defines
    if not all(is_content(u.pos) for u in words):
        return None
    return _span(words, "subject", SUBJECT_LENGTH)


def _head_after_de(clause: list[Span]) -> Span | None:
    """The clause-final noun phrase after the last 的 (…是党的根本政治制度 → 根本政治制度)."""
    de = max((k for k, u in enumerate(clause) if u.text == "的"), default=None)
    if de is None or de + 1 >= len(clause):
        return None
    if any(u.text in COPULAS for u in clause[de + 1 :]):
        return None  # 某某的口号是X: the 的 belongs to the subject; X, after the copula, is the predicate
    phrase = _first_conjunct(clause[de + 1 :])
    copula = any(u.text in COPULAS for u in clause[:de])
    nominal = _nominal_verbs(phrase) and (copula or len(phrase) == NOMINAL_PAIR)
    if not phrase or not (phrase[-1].pos in NOUN_TAGS or _graded_category(phrase) or nominal):
        return None
    if not all(is_content(u.pos) or u.text in NP_JOINERS for u in phrase[_ordinal_opening(phrase) :]):
        return None
    return _span(phrase, "head" if copula else "object", HEAD_LENGTH)


# An ordinal without a measure word (第一, not 第一个, 第一次, 第一部: the first of a kind of thing, whose name is
# the point).
ORDINAL = re.compile(r"第[一二三四五六七八九十]+")


def _ordinal_opening(phrase: list[Span]) -> int:
    """1 when a noun phrase opens on an ordinal right before its noun of two characters or more (第一｜动力): the
    ordinal grades the noun as 首要 does, and the phrase is one formulation; else 0."""
    ordinal = len(phrase) >= 2 and ORDINAL.fullmatch(phrase[0].text) is not None and len(phrase[1].text) >= 2
    return int(ordinal)


def _nominal_verbs(phrase: list[Span]) -> bool:
    """True for two words or more after 的 that jieba tags as verbs (的 | 组织 | 保证, 的 | 发展 | 要求): between 的
    and the clause's end words are a noun phrase whatever their tags after a copula (是…的…), and a pair of them
    without one (a phrase of two is no verb governing one); three or more with no copula are the predicate
    (群众的诉求 | 得到 | 回应: 的 closes the subject's modifier)."""
    return len(phrase) >= NOMINAL_PAIR and all(u.pos in NOMINAL_VERB_TAGS for u in phrase)


NOMINAL_PAIR = 2
NOMINAL_VERB_TAGS = frozenset({"v", "vn"})


def _graded_category(phrase: list[Span]) -> bool:
    """True for a phrase that opens on a category modifier, whatever jieba tags its last word (本质 | 要求/v,
    重要 | 保障/v): a class noun all the same."""
    return len(phrase) >= 2 and phrase[0].text in CATEGORY_MODIFIERS


def _first_conjunct(phrase: list[Span]) -> list[Span]:
    """A noun phrase cut before 和/与 when it is too long to blank whole (力量源泉和胜利之本)."""
    if sum(len(u.text) for u in phrase) <= HEAD_LENGTH.stop - 1:
        return phrase
    cut = next((k for k, u in enumerate(phrase) if u.text in NP_JOINERS), len(phrase))
    return phrase[:cut]


def _predicate(clause: list[Span]) -> Span | None:
    """What follows a clause's copula when no 的 intervenes (宗旨是全心全意为人民服务)."""
    cop = max((k for k, u in enumerate(clause) if u.text in COPULAS), default=None)
    if cop is None or cop == 0 or _a_role(clause, cop):
        return None
    rest = clause[cop + 1 :]
    while rest and rest[0].pos in LEADING_MEASURES and not rest[0].text.startswith("第"):
        rest = rest[1:]
    if any(u.text == "的" for u in rest):
        return None
    rest = rest[: _purpose_at(rest)]  # 作为主要危险来反对: the role is 主要危险, 来反对 what is done to it
    if not any(u.pos in NOUN_TAGS for u in rest):
        return None
    return _span(rest, "predicate", PREDICATE_LENGTH)


def _a_role(clause: list[Span], cop: int) -> bool:
    """True for 作为 after an object of 把, 将 or 以 (把X作为Y, 以X作为Y): Y is the role X is given, mostly a class
    (首要任务, 主要危险); X, what the clause is about, is the blank (find_ba_objects, find_yi_wei)."""
    return clause[cop].text == "作为" and any(u.text in OBJECT_MARKERS or _glued_yi(u) for u in clause[:cop])


def _purpose_at(rest: list[Span]) -> int:
    """Where a purpose opens in what follows a copula (作为X | 来反对: 来 or 去 and a word that is not grammar,
    whatever jieba tags it: 反对/d), its length when none."""
    return next(
        (k for k in range(1, len(rest) - 1) if rest[k].text in PURPOSE and not is_grammar(rest[k + 1].pos)),
        len(rest),
    )


def _span(units: list[Span], kind: str, lengths: range = HEAD_LENGTH) -> Span | None:
    """One span over adjacent units, when its length fits."""
    if not units:
        return None
    start, end = units[0].start, units[-1].end
    text = "".join(u.text for u in units)
    if len(text) not in lengths or len(text) != end - start:
        return None
    return Span(start, end, text, units[0].pos if len(units) == 1 else "term", kind)
