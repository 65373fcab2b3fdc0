"""Announced counts: "以下六个方面", "三个环节", "这两个重要环节", "四个字", "两层意义"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from study.parse.numerals import number
from study.script import simplify

# a count's numeral in hanzi, 几, or in Arabic digits as news writes them (6起, 5个方面), not part of a longer number
NUMERAL = r"[两二三四五六七八九十]{1,2}|几|(?<![0-9.．])(?:[2-9]|1[0-9])(?![0-9])"
# a count's numeral is no tail of a longer one (第三十九条, 一百二十条, 第一百零五条): an ordinal or a
# number past the numeral's two characters counts nothing the genre lists
_DIGITS = "十百千零〇两二三四五六七八九"
COUNT_DIGITS = _DIGITS  # (for counts of other nouns: a labelled family's, sequence._label_counted)
# a numeral, a classifier, then a short noun phrase that ends the clause: the count announces a list
AHEAD = "以下|如下|下列|下面"  # the words that point at what follows (以下四点, 如下三条)
ANNOUNCED = re.compile(
    rf"(?:{AHEAD}|这|这些|如下的)?"
    rf"(?<![第{_DIGITS}])(?P<n>{NUMERAL})"  # 第五部分 is an ordinal, 第十五部分 and 第三十九条 too
    r"(?P<cls>个|项|条|点|层|种|大|类|句|件|起|方面|部分)"  # 起 counts cases (六起典型问题)
    r"(?P<noun>[\u4e00-\u9fff“”「」]{0,8}?)"
    r"(?P<tail>[做着入手抓起来]{0,3})"
    r"\s*(?:[（(][^）)]{0,12}[）)])?"  # an aside may close the count: 分为六个部分（见下图）：
    r"\s*(?P<end>[：:。，,；;]|$)"
)


# 三大 also names a congress (党的二十大精神, 十九大以来, 党的三大召开): 大 counts only before a noun of at
# least two characters that is no time word, no word about a congress (its 精神, 报告, 代表, 党章) and no
# 的, or before a classifier of its own (两大块, 三大类), which a congress is never named with
BIG_NOT_BEFORE = ("以来", "以后", "以前", "期间", "前后", "召开", "上", "会", "的", "党章", "精神", "报告", "代表")
BIG_CLASSIFIERS = ("块", "类", "项", "件", "点", "片")


def big_counts(noun: str | None) -> bool:
    """True when a numeral + 大 before `noun` counts (三大法宝), False when it names a congress (二十大精神)."""
    if noun is None or noun.startswith(BIG_NOT_BEFORE):
        return False
    return len(noun) >= 2 or noun in BIG_CLASSIFIERS


# 从三个方面和大家交流 / 分两个部分来讲 / 分两步走: a count of aspects the speaker will take up (or of the
# steps a plan takes) announces the list after it, however long the verb phrase that follows it; so does a
# count of the viewpoints the points are taken from (从三个维度来把握 / 从五个视角看: 一是从…看，二是从…看)
ASPECTS = re.compile(
    r"(?:从|分|就|分为|围绕)(?P<n>[两二三四五六七八九十]{1,2}|几)"
    r"(?P<cls>个方面|个部分|个问题|个(?:维度|视角|角度|层面|层次)|方面|部分|点|步)"
)  # 分两步走：… counts the steps a plan takes
# 通报了5起违规发放津贴补贴的典型问题: a count of cases a report lists announces them, however long the
# noun that describes them (the cases follow, one a point)
REPORTED = re.compile(
    rf"(?:通报|曝光|公布|公开|列举|点名|查处)了?(?P<n>{NUMERAL})"
    r"(?P<cls>起|个|批|名|件|类)"
)

# 经历了三次深刻变革：A、B、C: a count of occasions and what they were, closed by a colon, announces them; without
# the colon a count of 次 tells how often (三次来这里调研，), and the marker table leaves 第一次 to events likewise
OCCASIONS = re.compile(
    rf"(?<![第{_DIGITS}])(?P<n>{NUMERAL})(?P<cls>次)(?P<noun>[\u4e00-\u9fff“”「」]{{1,8}})\s*[：:]\s*$"
)
# 原因有二： / 其要有三：: a numeral right after 有, the colon closing the clause, counts as the classical texts
# count their points (有二十户人家 goes on after its numeral: no count)
CLASSICAL = re.compile(r"有(?P<n>[两二三四五六七八九十])\s*[：:]\s*$")

# the words that point at the items after them (分别是 / 具体是 / 主要包括 / 即 / 是指): one table for a lead that
# only points and for the word between a count formulation and its items (“三步走”，分别是A、B、C), longer
# alternatives first so that a match at a position takes the whole word. A bare 是, 为 or 有 points only as a
# clause of its own (…。是：): before items it as often begins the first one (有目标、有措施)
# (an adverb and a verb, 分别是 / 依次为, is the surest: it opens a sentence that points back at a count)
POINTING_ADVERBED = re.compile(r"(?:具[体體]|主要|分[别別]|依次|大致|其中|一般)(?:是指|包括|包含|如下|是|[为為]|有)")
POINTING = re.compile(
    rf"{POINTING_ADVERBED.pattern}"
    r"|是指|指的是|包括|包含|如下|就是|即|指(?![导導出引示明挥揮标標南定向针針望点點责責控令数數使派正])"
    r"|它[们們]是|具[体體](?:来说|來說|而言|地说|說來)"
    r"|(?:例|比)?如(?=[：:])"
)  # a bare 指 points (“两个维护”指A、B), not where it begins a word (“三个代表”重要思想为指导，…); 如 points
# only before a colon (分为三个时期，如：A、B、C), else it is "if" or "like" (如有问题, 如期)
# a clause that only points at what follows (分别是： / 具体是： / 主要有： / 包括：) names no count of its own: the
# sentence before it states what it points at (通报了六起典型问题。分别是：), so that sentence's count is the list's
POINTER = re.compile(rf"{POINTING.pattern}|是|[为為]|有")


def is_pointer(clause: str) -> bool:
    """True when a clause (its edge punctuation ignored) only points at what follows (分别是：)."""
    return POINTER.fullmatch(clause.strip("：:，,。 \u3000")) is not None


def pointing_word(text: str, pos: int) -> int:
    """The length of the pointing word (分别是, 即, 主要包括 …) that opens text at pos, 0 when none."""
    match = POINTING.match(text, pos)
    return match.end() - pos if match else 0


# 以下 / 如下 point forward wherever the count stands in its sentence (做到以下两点，真正…：): the list follows
FORWARD = re.compile(rf"(?:{AHEAD})(?P<n>{NUMERAL})(?P<cls>个方面|个部分|方面|部分|个|项|条|点|种|类)")
# a quoted formulation of a numeral and one or two hanzi closing the sentence (严把“四关”。/ 做到“两不”：) counts
# what it names, as 四个… does; not a plan's number (“十四五”: its second character is a numeral too)
QUOTED_SHORT = re.compile(r"[“「](?P<n>[两二三四五六七八九十])(?P<cls>[\u4e00-\u9fff]{1,2})[”」]\s*[。：:]?\s*$")
_NUMERAL_CHARS = "一二三四五六七八九十百千两"


def _quoted_short(clause: str) -> re.Match[str] | None:
    """The short quoted count that closes a clause (“四关”), None when there is none or it is a plan's number."""
    match = QUOTED_SHORT.search(clause)
    return match if match and not any(c in _NUMERAL_CHARS for c in match.group("cls")) else None


def _counts(match: re.Match[str]) -> bool:
    """True unless the match is a congress (党的二十大精神的…): a numeral + 大 before a noun that does not count,
    or above ten (no list of the genre counts 十二大 things; the congresses since the eleventh are named so)."""
    if match.group("cls") != "大":
        return True
    n = number(match.group("n"))
    return n is not None and n <= 10 and big_counts(match.group("noun") + match.group("tail"))


def _count_match(clause: str, reader: PieceReader | None = None) -> re.Match[str] | None:
    """The last count the clause ends with, else a count of aspects or of reported cases anywhere in it, or of
    occasions or a classical count (原因有二：) before its colon."""
    last = (reader or PieceReader()).last_announced(clause)
    found = last or ASPECTS.search(clause) or REPORTED.search(clause) or OCCASIONS.search(clause)
    found = found or CLASSICAL.search(clause)
    return found or _quoted_short(clause)


# a count ends at one of these (ANNOUNCED's end) and holds none of them, but inside an aside (（见下：图）): a
# clause is cut after each one that no opener left open stands before within an aside's reach (an aside closed
# before the colon, 三个方面（见附表）：, holds none), and a count lies in one piece
_PIECE_END = re.compile(r"[：:。，,；;]")
_ASIDE_REACH = 14
_OPENERS, _CLOSERS = "（(", "）)"


@dataclass
class PieceReader:
    """What was read of the clauses of one paragraph: a caller that asks about ever longer clauses of it (the
    text before each colon of 如：…如：…) passes one, and the pieces read for the last clause are not read again
    when the next one begins with them (quadratic otherwise)."""

    done: str = ""  # the text read so far, whole pieces …
    last: re.Match[str] | None = None  # … and the last counting match in it

    def last_announced(self, clause: str) -> re.Match[str] | None:
        """The last ANNOUNCED match in the clause that counts, read piece by piece (as one finditer would)."""
        if not clause.startswith(self.done):
            self.done, self.last = "", None
        begin = len(self.done)
        for cut in _PIECE_END.finditer(clause, begin):
            if _in_aside(clause, cut.start()):
                continue  # an aside may hold this mark: the piece goes on
            self.last = _last_counting(clause, begin, cut.end()) or self.last
            begin = cut.end()
        self.done = clause[:begin]
        return _last_counting(clause, begin, len(clause)) or self.last


def _in_aside(clause: str, at: int) -> bool:
    """True when an opener stands within an aside's reach before `at` and no closer after it (（见下：)."""
    reach = clause[max(0, at - _ASIDE_REACH) : at]
    opened = max(reach.rfind(c) for c in _OPENERS)
    return opened >= 0 and opened > max(reach.rfind(c) for c in _CLOSERS)


def _last_counting(clause: str, begin: int, end: int) -> re.Match[str] | None:
    """The last ANNOUNCED match between begin and end that counts (the text before begin seen behind it)."""
    found = list(ANNOUNCED.finditer(clause, begin, end))
    counting = [match for match in found if _counts(match)]
    inner = _inner_count(clause, found[-1], end) if found else None
    return inner or (counting[-1] if counting else None)


def _inner_count(clause: str, match: re.Match[str], end: int) -> re.Match[str] | None:
    """A count inside a match's noun that ends the clause in its place: a count's noun may run on to a second
    count (十大关系可以分为三类： is three classes, not ten relations; 党的二十大提出三类： is three too)."""
    inner = None
    while True:
        found = [m for m in ANNOUNCED.finditer(clause, match.start("n") + 1, min(match.end(), end)) if _counts(m)]
        if not found:
            return inner
        inner = match = found[-1]


def announced_count(lead: str | None) -> int | None:
    """The count a lead announces in its last clause (None when it announces none or says 几)."""
    match = _lead_match(lead) if lead else None
    if match is None or match.group("n") == "几":
        return None
    return number(match.group("n"))


def announces_some(lead: str | None, reader: PieceReader | None = None) -> bool:
    """True when the lead announces a list, with a number or with 几 (以下几个方面); `reader` carries what was
    read of the paragraph's earlier, shorter clauses."""
    return _lead_match(lead, reader) is not None if lead else False


def _lead_match(lead: str, reader: PieceReader | None = None) -> re.Match[str] | None:
    """The count a lead states: in its counted clause, else 以下/如下 + a count anywhere in its last sentence."""
    text = simplify(lead)  # 以下四點 counts as 以下四点
    return _count_match(counted_clause(text), reader) or FORWARD.search(last_sentence_of(text))


def counted_clause(text: str) -> str:
    """The clause of a lead that states its count: the last one, or the one before a bare pointer."""
    clause = last_clause(text)
    if is_pointer(clause):
        before = text[: len(text) - len(clause)]
        return last_clause(before) if before.strip() else clause
    return clause


def last_sentence_of(text: str) -> str:
    """The last sentence of a text, ignoring its final punctuation."""
    body = text.rstrip("：:。，,；; \u3000")
    return body[max(body.rfind(p) for p in "。；;！？!?") + 1 :]


def last_clause(text: str) -> str:
    """The last clause of a text, ignoring its final punctuation."""
    body = text.rstrip("：:。，,；; \u3000")
    cut = max(body.rfind(p) for p in "。；;！？!?，,")
    return body[cut + 1 :] + text[len(body) :]
