"""Inline lists a bare count announces: after the series (A、B和C这三大任务) or before it (两类群体——A和B)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.affixes import common_prefix, common_suffix
from study.model import Paragraph
from study.parse.counts import POINTING, POINTING_ADVERBED, big_counts
from study.parse.drafts import DraftItem, DraftList
from study.parse.inline_colon import SPEECH
from study.parse.leads import QUOTES
from study.parse.numerals import hanzi_number, number
from study.parse.pieces import (
    CLOSERS,
    OPENERS,
    Span,
    bracketed,
    parallel,
    series,
    split_top,
)

# a count: numeral + classifier (三大, 四项, 两个, 三部分, 两类, 三者), or numeral + 不 for a count of don'ts
# (做到四不：不A、不B…); 一 announces no series, and a count of two says 两 (a bare 二 is an ordinal: 二大, 二中全会)
COUNT = re.compile(
    r"(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[2-9])"
    r"(?P<cls>部分|方面|环节|个|项|条|种|类|大|点|层|件|者|位|家|支|句|字|步|股|起|份|篇|不)"
)
# a count is part of a bigger number or an ordinal when one of these stands right before it (第三个, 十三大),
# and a question's when 哪 does (中、外哪两大事件…？ asks for the items, it names none)
NOT_A_COUNT_AFTER = set("第一二三四五六七八九十百千万零〇两0123456789.．哪")
# what may stand between the series and its count: 等 closes it (A、B等三个方面), a copula links it
# (A和B是两种…), 这 points back at it
BACK = re.compile(r"(?:等等|等)?(?:都是|均为|是|为)?(?:这些|这)?(?:共计|共)?$")  # 共: in all (A、B、C共三类)
# a comma and a verb may stand between the series and a count that names it: a verb that names
# (A、B、C，并称为三大作风 / A、B，合称“两个一百年”) links any series; another short verb (做到, 增强, 实现)
# links it only when every piece ends with the count's noun (A自信、B自信，做到“两个自信”)
LINKED = re.compile(r"[，,](?P<verb>[\u4e00-\u9fff]{1,5}?)(?:这些|这)?[“「]?$")
NAMING = re.compile(
    r"(?:并|合|统|简|总|通|被|又|也|可)?(?:称为|称作|称之为|称|概括为|归纳为|总结为|简称为)|即|(?:也|这)?就是"
)
# 两者, 三者 stand for the pieces just named (A、B和C：三者利益必须兼顾 / A、B、C，三者缺一不可): after a colon or a
# comma they still count the series before it, as no other classifier does (A、B、C，三个月后… counts months)
SUMMED_BY = "，,：:"
# a naming verb right before the count, no comma between, closes the series it names (A、B、C被称为“三个X”); a
# series of one piece fewer names the subject joined to it as well (A与B、C并提为“三个X” / 把A同B、C并称为“三个X”)
NAMED_BEFORE = re.compile(r"(?:被|又|也)?(?:并|合|统)?(?:提为|称为|称作|列为|誉为)[“「]?$")
NAMED_SPAN = 6  # characters of such a verb with its adverbs and a quotation mark
JOINERS = "与同跟"  # what joins the subject to the pieces it is named with (和 stands inside too many words)
GOVERNED_BY = "把将"  # a subject moved before its verb by 把 starts after it
LINK_SPAN = 9  # a comma, a verb of up to five characters, 这些 and a quotation mark
# the short noun after the count (历史任务, 行业, 人): it ends at a non-hanzi or at 的
NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?=[^\u4e00-\u9fff]|的|$)")
# where the clause holding a series before its count begins (outside brackets)
CLAUSE_BREAK = "，,；;。！？!?：:—"
SCAN_BACK = 200  # a series longer than this is no inline series (and keeps the scan linear)
PIECE_MAX = 25  # a piece of an inline series is headline-sized
# verbs that govern a whole series from its first piece (搞好A、B、C三个…): the series starts after them
GOVERNING = (
    "实现", "搞好", "抓好", "做好", "办好", "排除", "克服", "反对", "防止", "加强", "推进", "发挥", "坚持", "包括",
    "包含", "划分为", "分为", "分成", "具有", "形成", "提出", "围绕", "通过", "经过", "就", "针对", "面向",
    "打好", "打赢", "涵盖", "由",
)  # fmt: skip
# … where 由 ("made up of", A由B、C组成) begins no other word (由于A、B两方面 is a cause, 由此, 由衷)
NOT_GOVERNING = ("由于", "由此", "由衷")
# 从 sets out the aspects a talk covers (他从A、B、C等三个方面…): the series begins after it, wherever it stands
# in the first piece, unless it opens a word (从严治党, 从而, 从事: no preposition there)
FROM = re.compile(r"从(?![严重轻快宽简优速业事政军而来此中头容属众小前])")
# a verb with 了 opening the first piece governs the series (形成了A、B…)
# … and so does the two-character verb of a demand opening it (要增强A、B…)
MODALS = ("必须", "应当", "应该", "需要", "要")
MODAL_VERB = re.compile(rf"(?:{'|'.join(MODALS)})[\u4e00-\u9fff]{{2}}")
PERFECTIVE = re.compile(r"[\u4e00-\u9fff]{1,4}了")
# function characters after which a series may start inside a long first piece (大致都有|比较积极的)
FUNCTION_CHARS = set("的了在把将对从为有是和与及向以于让使被给就由")
# after the count, what introduces the series that follows it
AFTER_COUNT = re.compile(rf"[ \u3000]*(?P<sep>——|—|：|:|（|\(|，|,)[ \u3000]*(?:(?P<then>{POINTING.pattern})[：:]?)?")
# a comma after a count introduces a series only when a verb announces the count (分为两部分，…) and the
# pieces are built alike (a plain 有两个区，经济发展快，人口多 is a sentence going on), when a pointing
# word follows the comma (分三步，分别是…: it says the pieces are the count's), or when the pieces are a 、
# series that opens alike (五个抓手，抓A、抓B、…)
COMMA_VERBS = ("分为", "分成", "划分为", "包括", "包含", "有", "分")  # 分三步，… / 讲话分三大部分，…
# … but 分 ends words that are no verb of dividing (大部分, 充分, 十分, 过分)
NOT_COMMA_VERBS = ("部分", "充分", "十分", "万分", "过分", "百分")
# comma pieces of a few hanzi each, all of one length, are built alike though no character repeats (作评价，谈启示，
# 提要求 / 先摸底，再整改，后验收): a terse formula's parts
TERSE_MAX = 4
SENTENCE_END = "。；;！？!?"
# the count's sentence may end before the series, when the next one opens by pointing at it (有三起涉及X。分别是
# A、B、C): the count is its announcement, however long the pieces, as a pointed series names whole cases
POINTED = re.compile(rf"[^。！？!?；;：:]{{0,20}}?[。；;][ \u3000]*(?P<then>{POINTING_ADVERBED.pattern})[：:，,]?")
# … or the count's clause may go on a little, and the next one open by pointing at the count (有五大问题需要解决，
# 包括A、B、C、D及E): the pointed clause's 、 pieces are its items
POINTED_CLAUSE = re.compile(
    r"[^。！？!?；;：:，,]{0,16}?[，,][ \u3000]*"
    r"(?P<then>包括|包含|分别是|分别为|即(?![使便将刻时])|主要是|主要有|主要包括)[：:]?"
)
CLAUSE_POINTED = "，…"  # the separator series_after reports for such a series (a comma, then the pointing clause)
# … or a pointing word may follow the count's noun directly (三大法宝是指A、B、C / 两个基本点就是A和B)
POINTED_HERE = re.compile(rf"(?P<then>{POINTING.pattern})[：:，,]?")
NOUN_MAX = 6  # hanzi of the count's noun before such a pointing word
POINTED_PIECE_MAX = 45
# pieces stopped by a semicolon are the first of the sentence's semicolon pieces (分两个阶段：A，a；B，b):
# the count gathers those pieces (the semicolon detector's list), never the commas inside the first one
PIECE_BREAK = "；;"


def _clause_begin(shadow: str, at: int) -> int:
    """Where the clause that ends at `at` begins: after the last break outside brackets (or an open bracket)."""
    depth, floor = 0, max(0, at - SCAN_BACK)
    for pos in range(at - 1, floor - 1, -1):
        char = shadow[pos]
        if char in CLOSERS:
            depth += 1
        elif char in OPENERS:
            if depth == 0:
                return pos + 1
            depth -= 1
        elif char in CLAUSE_BREAK and depth == 0:
            return pos + 1
    return floor


def _cut_at_shared_opening(shadow: str, first: Span, others: list[Span]) -> Span:
    """The first piece cut where the others' shared opening appears in it (我们要坚持A、坚持B → 坚持A)."""
    texts = [shadow[s:e] for s, e in others]
    opening = (common_prefix(texts) if len(texts) > 1 else texts[0])[:4]
    if len(opening) < 2:
        return first
    s, e = first
    at = shadow.rfind(opening[:2], s + 1, e)
    return (at, e) if at > s and e - at >= 2 else first


def _cut_governing_verb(shadow: str, first: Span, others: list[Span]) -> Span:
    """The first piece without a verb that governs the whole series (搞好A → A, 确立了A → A), unless
    every piece has it."""
    s, e = first
    done = PERFECTIVE.match(shadow, s, e)
    if done and e - done.end() >= 2:
        return (done.end(), e)
    at = s + next((len(m) for m in MODALS if shadow.startswith(m, s)), 0)  # 要坚持A: the demand's verb
    for verb in GOVERNING:
        governs = shadow.startswith(verb, at) and e - at - len(verb) >= 2 and not shadow.startswith(NOT_GOVERNING, at)
        if governs and not all(shadow.startswith(verb, o) for o, _ in others):
            return (at + len(verb), e)
    return first


# a series counted as the parts something is divided into (分A、B、C三个阶段进行, 按A、B、C三个等次评定): the verb
# that divides (分, 分为, 按) stands inside the first piece, right before a member as long as the others
DIVISION_COUNT = re.compile(r"[两二三四五六七八九十\d]{1,2}个?(?:阶段|步|类|部分|批|档|级|等次|层次|环节|个方面)")
DIVIDING = re.compile(r"(?<![充部十过万百])分(?:为|成)?|按照|按")  # 充分, 部分, 十分: no verb


def _cut_after_division(shadow: str, first: Span, others: list[Span]) -> Span:
    """The first piece cut after the verb that divides, when the count after the series counts the parts of a
    division and what follows the verb is as long as the other pieces (全县检查分自查、抽查、总结三个阶段 → 自查)."""
    s, e = first
    if not others or DIVISION_COUNT.match(shadow, others[-1][1]) is None:
        return first
    lengths = [oe - os for os, oe in others]
    cuts = [m.end() for m in DIVIDING.finditer(shadow, s + 1, e) if min(lengths) <= e - m.end() <= max(lengths)]
    return (cuts[-1], e) if cuts else first


def _cut_after_from(shadow: str, first: Span, others: list[Span]) -> Span:
    """The first piece cut after its last preposition 从 (他从A → A), unless every piece opens with one."""
    s, e = first
    found = [m.end() for m in FROM.finditer(shadow, s, e) if e - m.end() >= 2]
    if not found or all(FROM.match(shadow, o) for o, _ in others):
        return first
    return (found[-1], e)


def _cut_to_length(shadow: str, first: Span, others: list[Span]) -> Span:
    """A first piece much longer than the others cut after a function character, to the longest suffix of
    about their length (大致都有比较积极的 → 比较积极的); else after the last verb inside it that governs
    a series (当前要下大力量抓好A → A) or the verb of a demand opening it (要增强A → A); else left whole: a
    cut to the others' length by count alone takes the words of the item off its head (持续打好防范化解重大
    风险 → 重大风险)."""
    s, e = first
    bound = max(oe - os for os, oe in others) + 2
    if e - s <= bound:
        return first
    for pos in range(e - bound - 1, e - 2):
        if pos >= s and shadow[pos] in FUNCTION_CHARS:
            return (pos + 1, e)
    inside = (at + len(verb) for verb in GOVERNING if len(verb) > 1 and (at := shadow.rfind(verb, s + 1, e)) > s)
    after = max(inside, default=s)  # a one-character verb (就) is as often a part of a word (就业)
    if after == s and (demand := MODAL_VERB.match(shadow, s, e)):
        after = demand.end()  # 要增强A、B、C: a demand's verb governs the series
    return (after, e) if e - after >= 2 else first


def inside_quote(shadow: str, spans: list[Span]) -> list[Span]:
    """The spans with the first one opening inside the quote it leaves open (指出要“推动A、B、C”): a quote
    that closes after the first piece encloses the series, and what stands before it (a speaker's verb)
    is the lead's."""
    s, e = spans[0]
    opened = max(shadow.rfind(q, s, e) for q in QUOTES)
    if opened < 0 or shadow.find(QUOTES[shadow[opened]], opened, e) >= 0 or e - opened - 1 < 2:
        return spans
    return [(opened + 1, e), *spans[1:]]


def _quoted(shadow: str, span: Span) -> bool:
    """True when a piece is one quotation, mark to mark (“C，D”)."""
    s, e = span
    return e - s > 2 and QUOTES.get(shadow[s]) == shadow[e - 1]


def _quoted_whole(shadow: str, first: Span) -> Span:
    """The first piece cut to the quotation that closes it, when the others are quotations (围绕“A，B”和“C，D”两个
    方面 → “A，B”): the quotation is the item, whatever commas it holds (not 增强“四个意识”、坚定“四个自信”,
    whose verbs are the items' own)."""
    s, e = first
    closer = shadow[e - 1] if e > s else ""
    opener = next((o for o, c in QUOTES.items() if c == closer), None)
    at = shadow.rfind(opener, s, e - 1) if opener else -1
    return (at, e) if at > s else first


def trim_first(shadow: str, spans: list[Span]) -> list[Span]:
    """The spans with the first one cut to where the series starts."""
    spans = inside_quote(shadow, spans)
    first, others = spans[0], spans[1:]
    opened = _quoted_whole(shadow, first) if all(_quoted(shadow, o) for o in others) else first
    if opened == first:
        opened = _cut_at_shared_opening(shadow, first, others)
    if opened != first:
        return [opened, *others]  # the series' own opening marks its start: no other cut second-guesses it
    if all(e - s == 1 for s, e in others) and HANZI_RUN.fullmatch(shadow, first[1] - 1, first[1]):
        return [(first[1] - 1, first[1]), *others]  # 要从德、能、勤、绩、廉: a series of single characters
    for cut in (_cut_after_from, _cut_after_division, _cut_governing_verb, _cut_to_length):
        first = cut(shadow, first, others)
    return [first, *others]


def _short(spans: list[Span], most: int = PIECE_MAX) -> bool:
    """True when every piece is headline-sized (at most `most` characters)."""
    return all(1 <= e - s <= most for s, e in spans)


def _items(para: int, spans: list[Span]) -> tuple[DraftItem, ...]:
    """Draft items for spans of one paragraph."""
    return tuple(DraftItem("", (para, s), (para, s), e, (para, e)) for s, e in spans)


def _noun(shadow: str, at: int) -> str | None:
    """The count's noun after `at`: up to a pointing word (三大法宝是指…), else NOUN's short noun."""
    pointed = _pointed_here(shadow, at)
    if pointed is not None:
        return shadow[at : pointed.start()]
    noun = NOUN.match(shadow, at)
    return noun.group() if noun else None


HANZI_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}")


def _words_after(shadow: str, at: int) -> str | None:
    """The first hanzi after a count, when its noun runs on into the clause (三大农业主导产业一直…): enough
    to tell a count (三大农业…) from a congress (二十大精神)."""
    run = HANZI_RUN.match(shadow, at)
    return run.group() if run else None


def _count_value(shadow: str, match: re.Match[str]) -> int | None:
    """The count a match states, or None when it is an ordinal, part of a bigger number, or below two."""
    if match.start() > 0 and shadow[match.start() - 1] in NOT_A_COUNT_AFTER:
        return None
    if match.group("cls") == "大" and not big_counts(_noun(shadow, match.end()) or _words_after(shadow, match.end())):
        return None
    n = number(match.group("n"))
    return n if n is not None and n >= 2 else None


def _drop_linking_de(shadow: str, spans: list[Span]) -> list[Span]:
    """The spans without the 的 that links the last one to the count (A、B、C的三大…), unless every piece
    ends with 的 (积极的、落后的两部分人)."""
    s, e = spans[-1]
    if e - s > 1 and shadow[e - 1] == "的" and not all(shadow[oe - 1] == "的" for _, oe in spans[:-1]):
        return [*spans[:-1], (s, e - 1)]
    return spans


def series_before(shadow: str, match: re.Match[str], n: int) -> list[Span] | None:
    """The n pieces right before a count (A、B和C这三…), or before a comma and a verb that links them
    to it (A、B、C，并称为三大…)."""
    named = NAMED_BEFORE.search(shadow, max(0, match.start() - NAMED_SPAN), match.start())
    if named and (spans := _series_ending_at(shadow, named.start(), n) or joined_with(shadow, named.start(), n)):
        return spans
    back = BACK.search(shadow, max(0, match.start() - 2), match.start())
    spans = _series_ending_at(shadow, back.start() if back else match.start(), n)
    if spans is None:
        spans = _quoted_series(shadow, back.start() if back else match.start(), n)
    if spans is None and match.group("cls") == "者" and match.start() > 0 and shadow[match.start() - 1] in SUMMED_BY:
        spans = _series_ending_at(shadow, match.start() - 1, n)  # A、B和C：三者… (the three): it sums them up
    linked = LINKED.search(shadow, max(0, match.start() - LINK_SPAN), match.start()) if spans is None else None
    return _linked_series(shadow, match, n, linked) if linked else spans


def joined_with(shadow: str, end: int, n: int) -> list[Span] | None:
    """The subject joined to n - 1 pieces it is named with (与B、C并提为“三个X”, 把A同B、C并称为…): A is the first
    member, the pieces the others."""
    pieces = series(shadow, _clause_begin(shadow, end), end, n - 1, ("、",))
    if pieces is None:
        return None
    (s, e), others = pieces[0], pieces[1:]
    joint = max(shadow.rfind(char, s, e) for char in JOINERS)
    if joint <= s:
        return None
    governed = max(shadow.rfind(char, s, joint) for char in GOVERNED_BY)  # 把A同B…: the subject starts after 把
    spans = [(max(s, governed + 1), joint), (joint + 1, e), *others]
    return spans if _short(spans) else None


def _quoted_series(shadow: str, end: int, n: int) -> list[Span] | None:
    """The n 、 pieces of a quotation that closes right before the count (“A、B、C”三个活的灵魂)."""
    if end == 0 or shadow[end - 1] not in "”」":
        return None
    opening = shadow.rfind("“" if shadow[end - 1] == "”" else "「", max(0, end - SCAN_BACK), end - 1)
    if opening < 0:
        return None
    spans = series(shadow, opening + 1, end - 1, n, ("、",))  # … and the last two joined by 和 (“A、B和C”三个…)
    return spans if spans and _short(spans) else None


def _series_ending_at(shadow: str, end: int, n: int) -> list[Span] | None:
    """The n 、-separated pieces of the clause that ends at `end`, the first one trimmed."""
    if end == 0 or shadow[end - 1] in "、，,；;。：:和与及 \u3000":
        return None
    begin = _clause_begin(shadow, end)
    spoken = _after_speech(shadow, begin, end)
    spans = (spoken > begin and series(shadow, spoken, end, n, ("、",))) or series(shadow, begin, end, n, ("、",))
    if spans is None:
        return None
    spans = trim_first(shadow, _drop_linking_de(shadow, _cut_copula(shadow, spans)))
    return spans if _short(spans) and not _numbered(shadow, spans) else None


def _numbered(shadow: str, spans: list[Span]) -> bool:
    """True when a piece is a bare numeral: the 、 after it is a heading marker's (…。五、活动安排…), a line
    break a scrape lost, not a separator of the series."""
    return any(hanzi_number(shadow[s:e]) is not None or shadow[s:e].isdigit() for s, e in spans)


# 甲、乙强调从A、B和C三方面…: the names before a speech verb are who speaks, not pieces of the series after it
SPEECH_VERBS = tuple(verb for verb in SPEECH if len(verb) == 2)  # 说, 讲 alone are as often parts of words


def _after_speech(shadow: str, begin: int, end: int) -> int:
    """Where the clause goes on after its last speech verb (begin when it has none)."""
    return max((at + 2 for verb in SPEECH_VERBS if (at := shadow.rfind(verb, begin, end)) >= 0), default=begin)


def _cut_copula(shadow: str, spans: list[Span]) -> list[Span]:
    """The spans with the last one cut before a 是 that links the series to what the count names (A、B、C是
    中国革命的三大法宝 → C), when what stands before it is about as long as the other pieces."""
    s, e = spans[-1]
    if _quoted(shadow, spans[-1]):
        return spans  # a 是 inside a quotation is the quoted words' (“实事求是”), no copula after the series
    at = shadow.find("是", s + 2, e)
    longest = max(b - a for a, b in spans[:-1])
    if at < 0 or at - s > longest + 2:
        return spans
    return [*spans[:-1], (s, at)]


def _linked_series(shadow: str, match: re.Match[str], n: int, linked: re.Match[str]) -> list[Span] | None:
    """The series before a comma and a linking verb, when the verb names it or the pieces end with the
    noun the count opens with (A自信、B自信，坚定两个自信)."""
    spans = _series_ending_at(shadow, linked.start(), n)
    if spans is None or NAMING.fullmatch(linked.group("verb")):
        return spans
    shared = common_suffix([shadow[s:e] for s, e in spans])
    return spans if len(shared) >= 2 and shadow.startswith(shared, match.end()) else None


def _closing(shadow: str, start: int) -> int:
    """Where the bracket opened just before `start` closes (or the sentence ends); -1 when neither does."""
    for pos, char, depth in bracketed(shadow, start, min(len(shadow), start + SCAN_BACK)):
        if depth == 0 and (char in CLOSERS or char in SENTENCE_END):
            return pos
    return -1


def _sentence_end(shadow: str, start: int, stop: str) -> int:
    """The first stop character at or after start outside brackets (the scan's end when none)."""
    end = min(len(shadow), start + SCAN_BACK)
    return next((pos for pos, char, depth in bracketed(shadow, start, end) if char in stop and depth == 0), end)


def series_after(shadow: str, match: re.Match[str], n: int) -> tuple[list[Span], str] | None:
    """The n pieces right after a count, its noun and a separator (两类群体——A和B), and the separator."""
    noun = NOUN.match(shadow, match.end())
    at = noun.end() if noun and noun.end() - match.end() <= 6 else match.end()
    intro = AFTER_COUNT.match(shadow, at) or _pointed_here(shadow, match.end()) or POINTED.match(shadow, match.end())
    intro = intro or POINTED_CLAUSE.match(shadow, match.end())
    if intro is None:
        return None
    pointed = intro.re is POINTED
    sep = "。" if pointed else "：" if intro.re in (POINTED_HERE, POINTED_CLAUSE) else intro.group("sep")
    unannounced = sep in "，," and not intro.group("then") and not _verb_announced(shadow, match.start())
    start = intro.end()
    end = _closing(shadow, start) if sep in "（(" else _sentence_end(shadow, start, SENTENCE_END + "：:")
    if end <= start:
        return None
    start, end = _inside_quotation(shadow, start, end)
    comma = _sentence_end(shadow, start, "，,")
    clause = comma if sep not in "，," else end
    # a 、 series stands in one clause: its clause up to the next comma is read first (三个时期，即A、B、C，各有侧重),
    # then, after a comma, the whole sentence (分为两部分，A、B: no comma after the series)
    spans = series(shadow, start, min(comma, end), n, ("、",)) or series(shadow, start, min(clause, end), n, ("、",))
    if unannounced:
        return (spans, sep) if spans and _short(spans) and _one_opening(shadow, spans) else None
    if spans is None and not (end < len(shadow) and shadow[end] in PIECE_BREAK):
        spans = series(shadow, start, end, n, ("，,", "，,、")) or _terse_opening(shadow, start, end, n)
    if not spans or not _short(spans, POINTED_PIECE_MAX if pointed else PIECE_MAX):
        return None
    first = shadow[slice(*spans[0])]
    alike = all(parallel(first, shadow[s:e]) for s, e in spans[1:]) or _terse(spans)
    if sep in "，," and not intro.group("then") and not alike:
        return None
    return spans, CLAUSE_POINTED if intro.re is POINTED_CLAUSE else sep


# a count whose noun ends every comma piece after it (三大矛盾分别涉及A的矛盾，B的矛盾，C矛盾): the pieces are its
# items however they open, as many as it counts; the verb between the noun and the first piece (涉及, 包括, 是) is
# the lead's, the noun said again in each piece is what ties them to the count
NOUN_ENDED_VERB = re.compile(r"(?:分别|主要|依次|具体)?(?:涉及|包括|包含|涵盖|是指|是|为|指|有)")
COUNTED_NOUN_MAX = 4  # hanzi of the counted noun (关系, 矛盾, 人)


def noun_ended_series(shadow: str, match: re.Match[str], n: int) -> tuple[list[Span], str] | None:
    """The n comma pieces after a count's noun and a verb that each end with that noun (三大矛盾涉及A的矛盾，B矛盾，
    C的矛盾), with CLAUSE_POINTED as their separator (the lead runs from the count to the first piece)."""
    for size in range(1, COUNTED_NOUN_MAX + 1):
        noun = shadow[match.end() : match.end() + size]
        verb = NOUN_ENDED_VERB.match(shadow, match.end() + size)
        if not HANZI_RUN.fullmatch(noun) or verb is None:
            continue
        spans = split_top(shadow, verb.end(), _sentence_end(shadow, verb.end(), SENTENCE_END), "，,")
        ended = all(shadow.endswith(noun, s, e) and e - s > size for s, e in spans)
        if len(spans) == n and ended and _short(spans, POINTED_PIECE_MAX):
            return spans, CLAUSE_POINTED
    return None


def _verb_announced(shadow: str, at: int) -> bool:
    """True when a verb of dividing or containing stands right before the count at `at` (分为三部分, 分三步)."""
    before = shadow[:at]
    return before.endswith(COMMA_VERBS) and not before.endswith(NOT_COMMA_VERBS)


def _terse(spans: list[Span]) -> bool:
    """True when every piece is a few hanzi of one length (作评价，谈启示，提要求)."""
    lengths = {e - s for s, e in spans}
    return len(lengths) == 1 and lengths.pop() <= TERSE_MAX


def _terse_opening(shadow: str, start: int, end: int, n: int) -> list[Span] | None:
    """The first n comma pieces of a sentence that goes on after them (分三部分，作评价，谈启示，提要求，全文不长):
    terse pieces of one length, the piece after them of another."""
    spans = split_top(shadow, start, end, "，,")
    if len(spans) <= n or not _terse(spans[:n]) or _terse(spans[: n + 1]):
        return None
    return spans[:n]


def _inside_quotation(shadow: str, start: int, end: int) -> Span:
    """The span inside the quotation that opens at `start` and closes a clause (三不：“不A、不B、不C”，…): a count's
    items set in one quotation are its pieces; else (start, end) as they were."""
    closer = QUOTES.get(shadow[start]) if start < end else None
    close = shadow.find(closer, start + 1, end) if closer else -1
    if close <= start + 1 or (close + 1 < len(shadow) and shadow[close + 1] not in "，,；;" + SENTENCE_END):
        return start, end
    return start + 1, close


def _pointed_here(shadow: str, at: int) -> re.Match[str] | None:
    """The pointing word right after the count's noun of one to six hanzi (三大法宝是指…), if any."""
    for end in range(at + 1, min(at + NOUN_MAX, len(shadow)) + 1):
        if not "\u4e00" <= shadow[end - 1] <= "\u9fff":
            return None
        if pointed := POINTED_HERE.match(shadow, end):
            return pointed
    return None


def _one_opening(shadow: str, spans: list[Span]) -> bool:
    """True when every piece opens with the same hanzi (抓经济、抓发展、抓改革): a count, a comma and such a 、
    series up to the sentence end are its items though no verb announces the count (就五个抓手，抓A、抓B…)."""
    firsts = {shadow[s] for s, _ in spans}
    return len(firsts) == 1 and "\u4e00" <= shadow[spans[0][0]] <= "\u9fff"


# the nouns that count the parts of a talk or a reading (四个方面, 三个维度): the clause's verb follows them
# (从A、B等四个方面作了讲解 / 六个方面谈…), so the formulation ends with them
ASPECT = re.compile(r"(?:方面|维度|层面|角度)")


def _formulation(para: Paragraph, match: re.Match[str], begin: int) -> str:
    """The count formulation as written: 这三大历史任务, 两类群体, 三大法宝 (before 是指), 四个方面."""
    noun = _noun(para.shadow, match.end())
    if ASPECT.fullmatch(match.group("cls")):
        noun = ""  # 三方面谈起…: the count's own noun is the aspect
    elif aspect := ASPECT.match(para.shadow, match.end()):
        noun = aspect.group()
    end = match.end() + len(noun) if noun and len(noun) <= 8 else match.end()
    return para.text[begin:end]


# quotations set side by side (“A”“B”“C”, or “A”、“B”): each one a term, the run one series
QUOTED_RUN = re.compile(r"(?:[“「][^“”「」]{1,30}[”」][、]?){2,}")
QUOTED_TERM = re.compile(r"[“「]([^“”「」]{1,30})[”」]")
# what may stand between the run and the count that closes it: 等, a comma, 从/在 and a pointer back
RUN_TO_COUNT = re.compile(r"(?:等等|等)?[，,]?(?:从|在|这|这些|共|等)*")


# … or a quoted count formulation, then its terms quoted one by one, set apart by commas or 、 (提出了“两个确立”，“A”，
# “B”): the count reads the quotations after it, as it reads the 、 pieces of one quotation
COUNTED_RUN = re.compile(
    rf"(?P<count>[“「][^“”「」]{{2,8}}[”」])[，,：:]?(?:{POINTING.pattern})?[，,：:]?"
    r"(?P<run>(?:[“「][^“”「」]{1,30}[”」][、，,]?){2,})"
)


def _counted_run(para: Paragraph, i: int) -> Iterator[DraftList]:
    """The quotations a quoted count formulation before them gathers (“两个确立”，“A”，“B”), as many as it counts."""
    shadow = para.shadow
    for found in COUNTED_RUN.finditer(shadow):
        count = COUNT.match(shadow, found.start("count") + 1)
        terms = [m.span(1) for m in QUOTED_TERM.finditer(shadow, found.start("run"), found.end("run"))]
        if count is None or _count_value(shadow, count) != len(terms) or not _short(terms):
            continue
        lead = para.text[found.start("count") : found.end("count")]
        evidence = (f"the quoted count {lead}, then {len(terms)} quotations",)
        yield DraftList("inline", "count", _items(i, terms), lead, len(terms), evidence)


def quoted_run_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Runs of side-by-side quotations that a count right after them gathers (即“A”“B”“C”，从这三个方面), or a quoted
    count before them (“两个确立”，“A”，“B”)."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        yield from _counted_run(para, i)
        for run in QUOTED_RUN.finditer(shadow):
            terms = [m.span(1) for m in QUOTED_TERM.finditer(shadow, run.start(), run.end())]
            link = RUN_TO_COUNT.match(shadow, run.end())
            count = COUNT.match(shadow, link.end() if link else run.end())
            if count is None or _count_value(shadow, count) != len(terms):
                continue
            lead = _formulation(para, count, count.start())
            evidence = (f"{len(terms)} quotations side by side, then the count {count.group()}",)
            yield DraftList("inline", "count", _items(i, terms), lead, len(terms), evidence)


def bare_count_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Series announced by a count without quotes, the count after the series or before it."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        for match in COUNT.finditer(shadow):
            n = _count_value(shadow, match)
            if n is None:
                continue
            before = series_before(shadow, match, n)
            if before is not None:
                spans = before
                lead = _formulation(para, match, match.start())
                evidence = (f"count {match.group()} after the series matches {n} pieces",)
                yield DraftList("inline", "count", _items(i, spans), lead, n, evidence)
                continue
            after = series_after(shadow, match, n) or noun_ended_series(shadow, match, n)
            if after is not None:
                spans, sep = after
                lead = _formulation(para, match, match.start())
                if sep == "。":  # the pointed series' lead is the count's clause and the pointer (有三起X。分别是)
                    lead = para.text[_clause_begin(shadow, match.start()) : spans[0][0]].strip()
                elif (
                    sep == CLAUSE_POINTED
                ):  # … and a pointed clause's, the count's clause on from the count (五大问题待解，包括)
                    lead = para.text[match.start() : spans[0][0]].strip()
                evidence = (f"count {match.group()} then {sep} before {n} pieces",)
                yield DraftList("inline", "count", _items(i, spans), lead, n, evidence)
