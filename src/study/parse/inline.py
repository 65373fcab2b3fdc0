"""Lists inside a sentence: quoted count formulations, semicolon lists after a colon, parallel series."""

from __future__ import annotations

import re
from collections.abc import Iterator

from study.affixes import common_suffix
from study.model import Paragraph
from study.parse.counts import POINTING, PieceReader, announced_count, announces_some, is_pointer, pointing_word
from study.parse.drafts import DraftItem, DraftList
from study.parse.inline_counts import (
    NAMED_BEFORE,
    NAMED_SPAN,
    PIECE_MAX,
    bare_count_lists,
    inside_quote,
    joined_with,
    quoted_run_lists,
    trim_first,
)
from study.parse.leads import last_sentence
from study.parse.numerals import digit_number, hanzi_number
from study.parse.pieces import curled_paragraphs, parallel, without_etc
from study.parse.topics import HANZI

# “四个深刻”, “两期”, “四大危险”, 两个“前所未有”: a numeral in or right before a quoted formulation
QUOTE_CLASSIFIERS = "个大项条种点"
QUOTED_COUNT = re.compile(
    rf"(?P<pre>这|即)?(?:[“「](?P<n1>[两二三四五六七八九十])[{QUOTE_CLASSIFIERS}]?[^”」，。；、]{{1,8}}[”」]"
    rf"|(?P<n2>[两二三四五六七八九十])[{QUOTE_CLASSIFIERS}][“「][^”」，。；、]{{1,8}}[”」])"
)


# a quoted formulation of two numbered parts (“三会一课”, “两学一做”, “三严三实”, “十四五”) names its parts by two
# numerals: its first one counts no series; with a classifier (“三个一”, “四个一批”) the numeral counts, and
# N位一体 counts N parts made one whole
_SECOND_NUMERAL = re.compile(r"[一二两三四五六七八九十](?!体)")


def quoted_number(match: re.Match[str]) -> int | None:
    """The count a QUOTED_COUNT match states (None for a formulation of two numbered parts)."""
    text, after = match.group(), match.end("n1") - match.start()
    if match.group("n1") and text[after] not in QUOTE_CLASSIFIERS and _SECOND_NUMERAL.search(text, after + 1):
        return None
    return hanzi_number(match.group("n1") or match.group("n2"))


ITEM_SEP = re.compile(r"[、，,]")
BEFORE_SEP = re.compile(r"[、]|和|与|及")
CLAUSE_END = re.compile(r"[；;。！？!?]")
SENTENCE_STOP = re.compile(r"[。！？!?]")
SEMICOLON = re.compile(r"[；;]")
# what a clause before a colon ends with when it announces the items after it
ANNOUNCING = (
    "表现在", "表现为", "问题是", "主要是", "主要有", "包括", "如下", "以下", "方面", "在于", "是", "为", "有",
    "做到", "要求", "措施", "内容", "任务", "原则", "特点", "重点", "在", "这样的", "这样",
    # a clause that only sums up or spells out what was said (简言之：A；B；C) announces its pieces too
    "简言之", "简而言之", "概括地说", "概括起来", "归纳起来", "具体来说", "具体而言", "具体地说",
)  # fmt: skip
SERIES_MIN = 3  # clauses that a parallel series needs
SUFFIX_MIN = 3  # characters they must share at their end (…的观点): two-character endings are too common
# a verb that governs the whole series (要牢固树立 …的观点，…的观点): the series' lead, not its first item
LEAD_VERBS = re.compile(
    r"(?:就是要|要|必须|应当|应该)?(?:牢固|切实|始终|自觉)?(?:树立|坚持|坚定|做到|增强|强化|确立|发扬|提倡)"
)
THIN = set("的了是在和与及等之也都")
# what stands between a count formulation and the items it announces: punctuation, then perhaps a word
# that points at them (“四个全面”是指A、B、C、D / “三步走”，分别是A、B、C: counts.POINTING), cut off the items
INTRODUCERS = ("，", ",", "：", ":", "——")
# a formulation may name what it counts before defining it (“三个一”工作法，即A、B、C / “两个”原则：A；B /
# “三个务必”的新号召、新要求——A，B，C): a short noun phrase, perhaps of two nouns, then a colon, a dash or a
# pointing word (a bare comma after the noun goes on about it)
NAMED = re.compile(rf"[\u4e00-\u9fff][\u4e00-\u9fff的、]{{0,9}}(?=[，,]?(?:{POINTING.pattern})|[：:]|——)")
COMMA = re.compile(r"[，,]")
JOINING = "和与及同并"  # conjunctions that join a last member to a series


def _items(para: int, spans: list[tuple[int, int]]) -> tuple[DraftItem, ...]:
    """Draft items for spans of one paragraph."""
    return tuple(DraftItem("", (para, s), (para, s), e, (para, e)) for s, e in spans)


def _split(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """The non-empty pieces of text[start:end] between separators, as (start, end) spans."""
    spans, pos = [], start
    for match in sep.finditer(text, start, end):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _count_after(shadow: str, at: int, n: int) -> list[tuple[int, int]] | None:
    """The n items right after a count formulation, up to the clause end, split on 、 and commas."""
    if not shadow.startswith(INTRODUCERS, at) and not pointing_word(shadow, at):
        # “两会”精神, “四个全面”战略布局, 增强“四个意识”、坚定…: a formulation that modifies a noun or is
        # one term of a series announces no items; its items follow a comma, a colon, a dash or 即/是指
        return None
    start = at + next((len(p) for p in INTRODUCERS if shadow.startswith(p, at)), 0)
    end_match = CLAUSE_END.search(shadow, start)
    end = end_match.start() if end_match else len(shadow)
    # “两个维护”，即…、… / “三步走”，分别是：…、…: the pointing word and its colon belong to no item
    if pointed := pointing_word(shadow, start):
        start += pointed + next((len(p) for p in INTRODUCERS[2:4] if shadow.startswith(p, start + pointed)), 0)
    if shadow.startswith(("：", ":"), at) and (pieces := _semicolon_pieces(shadow, start, n)):
        return pieces
    # items split at 、 and commas alike, else at commas only when that gives the count: an item may
    # hold a 、 series of its own (“两个毫不动摇”，即毫不动摇巩固A，毫不动摇鼓励、支持、引导B)
    # after a bare comma, clauses are the formulation's pieces only when built alike (“两个务必”，务必A，务必B):
    # else they go on about it (全国“两会”，如期而至，正式拉开帷幕 / 做好“两手抓”，助力A，推动B); a 、 series
    # with no comma in it (“两个环节”，A、B) is its pieces as it stands
    bare = shadow.startswith(INTRODUCERS[:2], at) and not pointed and COMMA.search(shadow, start, end) is not None
    for sep in (ITEM_SEP, COMMA):
        spans = _split(shadow, start, end, sep)
        if len(spans) == n and all(e - s <= 30 for s, e in spans) and not (bare and not _alike(shadow, spans)):
            return inside_quote(shadow, spans)
    return None


def _alike(shadow: str, spans: list[tuple[int, int]]) -> bool:
    """True when every piece is built like the first (pieces.parallel)."""
    first = shadow[slice(*spans[0])]
    return all(parallel(first, shadow[s:e]) for s, e in spans[1:])


def _semicolon_pieces(shadow: str, start: int, n: int) -> list[tuple[int, int]] | None:
    """After a colon, the sentence's n semicolon pieces when each holds commas of its own (“两个带头”：在学习上
    带头，当好表率；在实干上带头，争做先锋): the count announces those pieces, not the first one's commas."""
    end_match = SENTENCE_STOP.search(shadow, start)
    spans = _split(shadow, start, end_match.start() if end_match else len(shadow), SEMICOLON)
    if len(spans) != n or not all(ITEM_SEP.search(shadow, s, e) and e - s <= 30 for s, e in spans):
        return None
    return spans


# 这“…” opening a sentence points back at the series that closed the sentence before it (增强A、B、C、D。这“四个X”
# 集中体现…): the series is that sentence's last clause, exactly the count's pieces
SENTENCE_BREAK = "。；;！？!?"


def _count_before(shadow: str, at: int, n: int) -> list[tuple[int, int]] | None:
    """The n items right before 这“…”: the last n pieces of the clause, the first one trimmed; or, when 这“…”
    opens a sentence, the n pieces of the last clause of the sentence before it."""
    if at > 0 and shadow[at - 1] in SENTENCE_BREAK:
        return _count_before_sentence(shadow, at - 1, n)
    begin = max(shadow.rfind(p, 0, at) for p in "，,；;。：:") + 1
    spans = _split(shadow, begin, at, BEFORE_SEP)
    if len(spans) < n:
        return None
    spans = spans[-n:]
    longest = max(e - s for s, e in spans[1:])
    s, e = spans[0]
    if e - s > longest + 2:
        cut = shadow.rfind("的", s, e)
        spans[0] = (cut + 1, e) if cut >= 0 and e - cut - 1 >= 2 else (e - longest, e)
    return spans


def _count_before_sentence(shadow: str, end: int, n: int) -> list[tuple[int, int]] | None:
    """The n pieces of the clause that closes at `end` (a sentence mark), when it is a 、 series of exactly
    n short pieces, the first one cut to where the series starts."""
    begin = max(shadow.rfind(p, 0, end) for p in "，,；;。：:！？!?") + 1
    spans = _split(shadow, begin, end, BEFORE_SEP)
    if len(spans) != n:
        return _alike_clauses_before(shadow, end, n)
    spans = trim_first(shadow, spans)
    return spans if all(0 < e - s <= PIECE_MAX for s, e in spans) else None


OPENING_MIN = 2  # hanzi the clauses pointed back at share at their start (确立…，确立…)
OPENING = re.compile(rf"[\u4e00-\u9fff]{{{OPENING_MIN}}}")


def _alike_clauses_before(shadow: str, end: int, n: int) -> list[tuple[int, int]] | None:
    """The last n comma clauses of the sentence closing at `end`, when they open alike (党确立A，确立B。这“两个确立”):
    the first one trimmed to that opening, and the clause before them opening otherwise (else more are alike than
    the count says)."""
    begin = max(shadow.rfind(p, 0, end) for p in SENTENCE_BREAK) + 1
    clauses = _split(shadow, begin, end, re.compile(r"[，,]"))
    if len(clauses) < n:
        return None
    spans = trim_first(shadow, clauses[-n:])
    openings = {shadow[s : s + OPENING_MIN] for s, _ in spans}
    if len(openings) != 1 or not OPENING.fullmatch(opening := openings.pop()):
        return None
    earlier = clauses[-n - 1] if len(clauses) > n else None
    if earlier and opening in shadow[earlier[0] : earlier[1]]:
        return None
    return spans if all(OPENING_MIN < e - s <= PIECE_MAX for s, e in spans) else None


# a formulation in an abbreviation note names the phrase before the note (A、B、C的会议（以下简称“三X”）)
ABBREVIATION = re.compile(r"[（(](?:以下)?(?:简称|统称|合称)[为作]?$")
# a formulation that is the last of a 、 series of formulations (树立“四个意识”、做到“两个维护”，
# A、B): the clauses after its comma go on with the sentence, they are none of its items
MEMBER = re.compile(r"[”」][^，,。；;：:“”「」]{0,4}、[\u4e00-\u9fff]{0,4}$")
MEMBER_SPAN = 12


def _member_of_series(shadow: str, start: int) -> bool:
    """True when the formulation starting at `start` closes a 、 series of quoted formulations."""
    return MEMBER.search(shadow, max(0, start - MEMBER_SPAN), start) is not None


PAUSE = re.compile("、")


def _clause_start(shadow: str, at: int) -> int:
    """Where the clause or quotation holding `at` begins."""
    return max(shadow.rfind(p, 0, at) for p in "，,；;。：:“”") + 1


def _count_right_after(shadow: str, at: int, n: int) -> list[tuple[int, int]] | None:
    """The n pieces of a series that a quoted count follows with nothing between (A、B、C、D“四个全面”战略
    布局): only when the clause is those n pieces exactly, set off by 、 (a verb before the first one at
    most), and at least three: a 和 before a formulation joins as often two verbs or two places (坚持和弘扬
    “两个务必”, 在思想上和行动上把“两个确立”…)."""
    if note := ABBREVIATION.search(shadow, max(0, at - 6), at):
        at = note.start()
    elif named := NAMED_BEFORE.search(shadow, max(0, at - NAMED_SPAN), at):
        at = named.start()  # A、B、C被称为“三个X”: the verb names the series, it is no part of its last piece
        if len(_split(shadow, _clause_start(shadow, at), at, PAUSE)) == n - 1:
            return joined_with(shadow, at, n)  # one piece fewer: the subject named with them is the first
    if n < 3 or at == 0 or not "\u4e00" <= shadow[at - 1] <= "\u9fff" or shadow[at - 1] in JOINING:
        return None  # A、B和“三个代表”重要思想: a conjunction joins the formulation to the series as a member
    begin = _clause_start(shadow, at)
    spans = _split(shadow, begin, at, PAUSE)
    if len(spans) != n or any(e - s < 2 for s, e in spans):
        return None
    return _without_head_noun(shadow, trim_first(shadow, spans)) if note else trim_first(shadow, spans)


def _without_head_noun(shadow: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last piece cut before the 的 of the noun the series modifies (A、B、C的工作会议 → C), when it is much
    longer than the others."""
    s, e = spans[-1]
    longest = max(b - a for a, b in spans[:-1])
    cut = shadow.find("的", s + 1, e)
    return [*spans[:-1], (s, cut)] if e - s > longest + 2 and cut > s else spans


def count_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Count formulations with their items: quoted ones (after them or, after 这, before them), then bare ones."""
    paragraphs = curled_paragraphs(paragraphs)  # "四个意识" as “四个意识”
    for i, para in enumerate(paragraphs):
        for match in QUOTED_COUNT.finditer(para.shadow):
            n = quoted_number(match)
            if not n or n < 2:
                continue
            spans = _count_after(para.shadow, match.end(), n)
            if (
                spans
                and para.shadow.startswith(INTRODUCERS[:2], match.end())
                and _member_of_series(para.shadow, match.start())
            ):
                spans = None
            if spans is None and (named := NAMED.match(para.shadow, match.end())):
                spans = _count_after(para.shadow, named.end(), n)
            if spans is None and match.group("pre") == "这":
                spans = _count_before(para.shadow, match.start(), n)
            if spans is None and match.group("pre") is None:
                spans = _count_right_after(para.shadow, match.start(), n)
            if spans:
                lead = para.text[match.start() : match.end()].lstrip("这即")
                evidence = (f"quoted count {lead} matches {n} pieces",)
                yield DraftList("inline", "count", _items(i, spans), lead, n, evidence)
    yield from quoted_run_lists(paragraphs)
    yield from bare_count_lists(paragraphs)  # after the quoted ones: a quoted formulation is the surer reading


# …做了以下工作：, 有下列情形之一的：, 提出如下几点意见：: what follows the colon is said to be below, whatever noun
# names it (a count there is announces_some's)
BELOW = re.compile(r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,6}$")


def _announces(clause: str, reader: PieceReader) -> bool:
    """True when a clause ending in a colon announces a list (主要表现在：, 问题是：, 要抓好七方面工作：)."""
    return clause.endswith(ANNOUNCING) or bool(BELOW.search(clause)) or announces_some(clause, reader)


# a piece that opens with its date (2012年11月，… / 二〇一七年十月，…): events in a row, each dated, are a chronicle's
# series after a colon that names nothing (回顾历程：2012年11月，A；2017年10月，B；2022年10月，C。)
DATED_PIECE = re.compile(
    r"[ \u3000]*(?P<year>(?:19|20)\d\d|(?:一九|二[〇零])[〇零一二三四五六七八九]{2})年"
    r"(?:\d{1,2}月|[一二三四五六七八九十]{1,3}月)?(?:\d{1,2}日|[一二三四五六七八九十]{1,3}日)?[，,]"
)
DATED_MIN = 3  # dated pieces a chronicle needs: two dates in a sentence are as often a comparison (去年…；今年…)


def dated_series(shadow: str, spans: list[tuple[int, int]]) -> bool:
    """True when every semicolon piece opens with a date, at least DATED_MIN of them, in time order."""
    years = [digit_number(m.group("year")) if (m := DATED_PIECE.match(shadow, s, e)) else None for s, e in spans]
    known = [year for year in years if year is not None]
    return len(spans) >= DATED_MIN and len(known) == len(spans) and known == sorted(known)


def _quotation(shadow: str, start: int, end: int) -> bool:
    """True when what follows a colon is one quotation (：“…。”), not items that open with a quoted term."""
    if shadow[start : start + 1] not in ("“", "「"):
        return False
    close = "”" if shadow[start] == "“" else "」"
    first_close = shadow.find(close, start)
    return first_close < 0 or first_close >= end - 1 or shadow[first_close + 1 : first_close + 2] in ("", "。")


def semicolon_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """A colon after an announcing clause, then items separated by semicolons up to the sentence end."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        reader = PieceReader()  # the clauses before its colons grow: each is read once
        for colon in re.finditer(r"[：:]", shadow):
            begin = max(shadow.rfind(p, 0, colon.start()) for p in "。！？!?；;，,") + 1
            announced = _announces(shadow[begin : colon.start()], reader)
            end_match = re.compile(r"[。！？!?]").search(shadow, colon.end())
            end = end_match.start() if end_match else len(shadow)
            if _quotation(shadow, colon.end(), end):
                continue
            spans = without_etc(shadow, _split(shadow, colon.end(), end, re.compile(r"[；;]")))
            if not (announced or dated_series(shadow, spans)):
                continue
            # pieces without a Chinese word are no points: code, or a copy-guard's junk (书写要求是:# c/ F; K+ d)
            if len(spans) >= 2 and all(HANZI.search(shadow, s, e) for s, e in spans):
                lead = para.text[begin : colon.end()]
                if is_pointer(lead):  # 有三种情况。具体是：A；B；C: the sentence before says what it points at
                    lead = last_sentence(para.text[: colon.end()])
                evidence = (f"lead ends with {lead[-4:]}", f"{len(spans)} pieces separated by semicolons")
                yield DraftList("semicolon", "semicolon", _items(i, spans), lead, announced_count(lead), evidence)


def _series_runs(shadow: str, clauses: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Maximal runs of at least SERIES_MIN clauses that end alike (…的观点，…的观点，…的观点).

    A run's shared ending only shrinks as clauses join it, so it is carried along, not recomputed."""
    k = 0
    while k < len(clauses):
        run = [clauses[k]]
        suffix = shadow[clauses[k][0] : clauses[k][1]]
        while k + len(run) < len(clauses):
            nxt = clauses[k + len(run)]
            shared = common_suffix([suffix, shadow[nxt[0] : nxt[1]]])
            if len(shared) < SUFFIX_MIN or set(shared) <= THIN or nxt[1] - nxt[0] > 30:
                break
            run.append(nxt)
            suffix = shared
        if len(run) >= SERIES_MIN:
            yield run
        k += len(run)


# a clause that opens by defining its term or with a pronoun standing for it (所谓A的社会主义，是B的社会主义，
# 它…的社会主义) goes on about one thing: clauses ending alike so are a statement, not a series
STATEMENT_OPENERS = ("所谓", "它们", "它", "他们", "他", "她", "这些", "这", "其")


# clauses that open with a copula (过去五年，是A的五年，也是B的五年) predicate the clause before them: that one
# is their subject, ending like them only because it names what they define
COPULAS = ("是", "也是", "又是", "更是", "还是", "就是", "都是", "既是", "正是")
# what stands right before a shared ending that is a measured noun (57名党员，9500多万名党员): a quantity
QUANTITY_END = set("0123456789０１２３４５６７８９两二三四五六七八九十百千万亿多余几")


def _subject_dropped(shadow: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The run without its first clause when the clauses after it open with a copula and it does not."""
    s = run[0][0]
    if not shadow.startswith(COPULAS, s) and all(shadow.startswith(COPULAS, b) for b, _ in run[1:]):
        return run[1:]
    return run


def _quantities(shadow: str, run: list[tuple[int, int]], ending: str) -> bool:
    """True when every clause ends, before their shared ending, with a number (代表57名党员，有9500多万名党员,
    每100人中有6名党员): figures of a narration, not a parallel series."""
    return all(b - len(ending) > a and shadow[b - len(ending) - 1] in QUANTITY_END for a, b in run)


def series_lists(paragraphs: tuple[Paragraph, ...]) -> Iterator[DraftList]:
    """Parallel series of clauses sharing their ending, inside one sentence."""
    for i, para in enumerate(paragraphs):
        shadow = para.shadow
        for sentence in _split(shadow, 0, len(shadow), re.compile(r"[。！？!?；;]")):
            clauses = _split(shadow, *sentence, re.compile(r"[，,]"))
            for found in _series_runs(shadow, clauses):
                run = _subject_dropped(shadow, found)
                if len(run) < SERIES_MIN or any(shadow.startswith(STATEMENT_OPENERS, s) for s, _ in run):
                    continue
                ending = common_suffix([shadow[a:b] for a, b in run])
                if _quantities(shadow, run, ending):
                    continue
                s, e = run[0]
                # a label or a lead before a colon in the first clause (1. 经济方面：A的关系，B的关系，…) is no part of
                # the first member: the series begins after it
                lead = None
                colon = max(shadow.rfind("：", s, e), shadow.rfind(":", s, e))
                if colon >= 0 and e - colon - 1 > len(ending):
                    lead, run[0] = para.text[s : colon + 1], (colon + 1, e)
                    s = colon + 1
                verb = LEAD_VERBS.match(shadow, s)
                if verb and e - verb.end() >= 2:
                    lead, run[0] = para.text[s : verb.end()], (verb.end(), e)
                    if e - verb.end() < len(ending):  # the first clause, shorter now, may no longer hold it
                        ending = common_suffix([ending, shadow[verb.end() : e]])
                lead = lead or last_sentence(para.text[:s]) or None
                evidence = (f"{len(run)} clauses of one sentence end with {ending}",)
                yield DraftList("parallel", "series", _items(i, run), lead, None, evidence)
