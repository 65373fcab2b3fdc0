"""Leads: the sentence that announces a list, and the headline of an item."""

from __future__ import annotations

import re
from collections.abc import Sequence

from study.model import Paragraph
from study.parse.counts import announces_some, is_pointer
from study.parse.markers import FURNITURE_LABELS, Marker, marker_at
from study.script import simplify

SENTENCE_END = "。！？!?"
COLON = "：:"
HEAD_LIMIT = 40  # a headline longer than this is cut at a clause boundary
_HEAD_OR_BRACKET = re.compile(r"[。；;！？!?：:（()）]")
_SENTENCE_MARK = re.compile(r"[，,。；;！？!?]")
_STRIP = " \u3000，,、：:；;'"
# straight double quotes ("三步走") open and close alike: an edge one goes when it pairs with none in the head
# ("三步走"发展战略 keeps its marks, 发展战略" loses the stray one), as a curly mark goes without its partner
STRAIGHT = '"'

QUOTES = {"“": "”", "「": "」", "‘": "’"}  # opening → closing
# a sentence that says what follows it (现就有关事项通知如下。/ 现提出以下意见。/ 特作出如下决定。) announces
# the list after it even when it closes with a full stop; a bare 以下 is "below" (5000元以下。), not "the following"
# a question asking for points (…要注意哪几点？ …有哪些？): the list under it answers it, as a Q&A text sets them
ASKS_FOR_POINTS = re.compile(r"(?:哪些|哪几|哪[一二三四五六七八九十几]?个?方面)[\u4e00-\u9fff]{0,6}[？?]$")
FOLLOWING = re.compile(r"(?:如下[\u4e00-\u9fff]{0,6}|(?:以下|下列)[\u4e00-\u9fff]{1,6})[ \u3000]*[。：:]?[ \u3000]*$")


FURNITURE_MAX = 10  # characters of such a label line before its colon
FURNITURE_NOTES = frozenset({"注", "备注", "附注", "说明"})  # notes, labels only as the whole label (关注 is none)


def furniture_label(text: str) -> bool:
    """True when a short clause before a colon (or a line that is one) names furniture (附件, 出席人员 …)."""
    label = text.strip(" \u3000").rstrip("：:").strip(" \u3000*")
    return label in FURNITURE_NOTES or (0 < len(label) <= FURNITURE_MAX and label.endswith(FURNITURE_LABELS))


# a notice opens by naming whom it is sent to (各党支部： / 各市人民政府，省政府各部门：): the line addresses, it does
# not announce, so it leads no list; each name it holds ends with a word for a body or a group of people
_BODIES = (
    "政府",
    "部门",
    "机构",
    "单位",
    "支部",
    "党委",
    "党组",
    "工委",
    "委员会",
    "委",
    "办",
    "厅",
    "局",
    "中心",
    "协会",
)
_OFFICES = ("院校", "学校", "院", "校", "企业", "公司", "集团", "组织", "所", "处", "室", "科", "队", "部", "海关")
_PLACES = ("省", "市", "县", "区", "乡", "镇", "街道", "社区", "地区", "州", "盟", "旗")
_PEOPLE = ("同志", "代表", "党员", "师生", "职工")
ADDRESSEES = _BODIES + _OFFICES + _PLACES + _PEOPLE
SALUTATIONS = frozenset({"同志们", "各位", "朋友们", "大家"})  # a speech's greeting alone on its line
_ADDRESS_SEP = re.compile(r"[，,、；;]")
_BRACKETED = re.compile(r"[（(][^）)]{0,6}[）)]")  # 各党（总）支部: a bracketed part of a name
GREETING_MAX = 400  # characters: a long list of recipients is still one greeting


def is_greeting(text: str) -> bool:
    """True when a line (original or simplified script) only names the recipients of a notice and closes
    with a colon: names opening with 各 (各党支部：), or two or more names of bodies (甲市、乙县：)."""
    if not ends_with_colon(text) or len(text.strip()) > GREETING_MAX:
        return False
    line = simplify(text).strip(" \u3000")
    body = _BRACKETED.sub("", line.rstrip("：: \u3000"))
    if body in SALUTATIONS:
        return True
    names = [name.strip(" \u3000") for name in _ADDRESS_SEP.split(body)]
    if not all(names) or re.search(r"[。！？!?：:]", body) or FOLLOWING.search(body):
        return False
    addressed = all(name.endswith(ADDRESSEES) or name in SALUTATIONS for name in names)
    return addressed and (len(names) >= 2 or names[0].startswith(("各", "全体")))


def without_greeting(lead: str) -> str | None:
    """A lead without the greeting that opens it (各支部：现将有关事项通知如下： → 现将…如下：); None when it is one."""
    if is_greeting(lead):
        return None
    colon = min((at for at in (lead.find("："), lead.find(":")) if at >= 0), default=-1)
    rest = lead[colon + 1 :].strip(" \u3000")
    return rest if colon >= 0 and rest and is_greeting(lead[: colon + 1]) else lead


def _trim(text: str) -> str:
    """A headline without edge punctuation and spaces; quotation marks go only in pairs (a head that
    opens with a quoted term keeps its marks: “公开”的含义)."""
    text = _straight_trimmed(text.strip(_STRIP))
    while len(text) >= 2 and QUOTES.get(text[0]) == text[-1] and text.count(text[0]) == 1:
        text = text[1:-1].strip(_STRIP)
    while text and text[-1] in QUOTES.values() and not _opens(text, text[-1]):
        text = text[:-1].strip(_STRIP)  # a closing mark whose opening mark was cut off
    while text and text[0] in QUOTES and QUOTES[text[0]] not in text:
        text = text[1:].strip(_STRIP)  # an opening mark whose closing mark was cut off
    while text and text[-1] in QUOTES:
        text = text[:-1].strip(_STRIP)  # an opening mark at the end, where a cut fell inside a quotation
    return text


def _straight_trimmed(text: str) -> str:
    """A text without straight double quotes at its edges that pair with none inside it, or that wrap it whole."""
    while text and STRAIGHT in (text[0], text[-1]):
        if text.count(STRAIGHT) == 2 and text[0] == text[-1] == STRAIGHT:
            text = text[1:-1]  # "长期共存，互相监督": one quotation, the whole head
        elif text.count(STRAIGHT) % 2:
            text = text[1:] if text[0] == STRAIGHT else text[:-1]
        else:
            break
        text = text.strip(_STRIP)
    return text


_CLOSING_QUOTES = "”」’』）)"


def _opens(text: str, close: str) -> bool:
    """True when the text holds the opening mark of a closing quotation mark."""
    return any(text.count(o) >= text.count(close) for o, c in QUOTES.items() if c == close)


def last_sentence(text: str) -> str:
    """The last sentence of a text (its final punctuation kept); a sentence that only points at what
    follows (分别是：) comes with the sentence before it, which says what it points at."""
    cut = _sentence_cut(text)
    if cut >= 0 and is_pointer(text[cut + 1 :]):
        cut = _sentence_cut(text[: cut + 1])
    return text[cut + 1 :].strip()


def sentence_start(text: str) -> int:
    """Where a text's last sentence begins: after the sentence end before it and the quotation or bracket marks
    that close that one (…。”), the end marks and colon closing the last sentence itself aside."""
    return _sentence_cut(text) + 1


def _sentence_cut(text: str) -> int:
    """Where the sentence end before a text's last sentence is (-1 when it has one sentence); the marks that close a
    quotation or bracket right after it (…。”) close that sentence too."""
    body = text.rstrip(SENTENCE_END + COLON + " \u3000")
    cut = max(body.rfind(p) for p in SENTENCE_END)
    while 0 <= cut < len(body) - 1 and body[cut + 1] in _CLOSING_QUOTES:
        cut += 1
    return cut


def closing_mark(text: str) -> str:
    """A text's closing punctuation mark, past closing quotes and brackets ("" when it has none)."""
    return text.rstrip(" \u3000”」’）)")[-1:]


def ends_with_colon(text: str) -> bool:
    """True when a text ends with a colon (the usual way to announce what follows)."""
    return text.rstrip().endswith(tuple(COLON))


# A text copied out of a PDF may keep its printed lines (the reader could not tell their width): a line of prose
# that stops with no mark at all (…我讲三点 / 体会。) was broken inside its sentence, which goes on on the next line
WRAPPED_LINE_MIN = 20  # characters of such a line: a printed line is full, a heading line or a label is short
_GOES_ON_MARKS = tuple(SENTENCE_END + COLON + "；;”」’』）)…—")


def broken_inside_sentence(para: Paragraph) -> bool:
    """True when a paragraph is a printed line that stops inside its sentence: long prose, no closing mark."""
    text = para.text.rstrip(" \u3000")
    return not para.level and len(text) >= WRAPPED_LINE_MIN and not text.endswith(_GOES_ON_MARKS)


def paragraph_lead(paragraphs: Sequence[Paragraph], i: int) -> str:
    """The last sentence of paragraph i, with its start on the line before when a line break cut it (…我讲三点 /
    体会。); a paragraph that only points (分别是：) comes with the sentence of the paragraph before it, when that
    one announces a count (曝光了三起典型案例。/ 分别是：)."""
    sentence = last_sentence(paragraphs[i].text)
    whole = sentence == paragraphs[i].text.strip()
    if whole and i > 0 and not paragraphs[i].level and broken_inside_sentence(paragraphs[i - 1]):
        before = paragraphs[i - 1].text.rstrip(" \u3000")
        return before[sentence_start(before) :].lstrip(" \u3000") + sentence
    if i == 0 or not is_pointer(sentence) or not whole:
        return sentence
    before = last_sentence(paragraphs[i - 1].text)
    return before + sentence if paragraphs[i - 1].level == 0 and announces_some(before) else sentence


def _announcing_piece(sentence: str) -> str:
    """A lead closed by a colon without the semicolon pieces before it (四大考验：一是A、二是B；四大危险：):
    the piece after the last semicolon is what announces the list, the pieces before it are another's."""
    if not ends_with_colon(sentence):
        return sentence
    cut = max(sentence.rfind("；"), sentence.rfind(";"))
    return sentence[cut + 1 :].strip() if cut >= 0 else sentence


# a question-and-answer text labels each question and answer (问：…？ 答：…): the label is no part of what it says
QA_LABEL = re.compile(r"^[ \u3000]*[问問答][：:][ \u3000]*")


def lead_before(paragraphs: tuple[Paragraph, ...], first: Marker, item_start: int = 0) -> str | None:
    """The lead of a list whose first marker is `first`: the sentence before it, when it announces (without a
    question's or an answer's label). A list begun inside the item of another whose marker stands earlier in
    the same paragraph ((2)A ①…②…) takes its lead from that item's text on (`item_start`), not from the items
    before it."""
    lead = _lead_before(paragraphs, first, item_start)
    return QA_LABEL.sub("", lead) or None if lead else lead  # a label alone (答：) leads nothing


def _lead_before(paragraphs: tuple[Paragraph, ...], first: Marker, item_start: int) -> str | None:
    """The sentence before a list's first marker, when it announces (see lead_before)."""
    para = paragraphs[first.para]
    if not first.at_start:
        opening = marker_at(para.shadow, 0, first.para)  # the paragraph's own marker is not part of the lead
        begin = max(opening.end if opening and opening.end <= first.start else 0, item_start)
        lead = _announcing_piece(last_sentence(para.text[begin : first.start]))
        return _question_answered(paragraphs, first.para, lead) or lead or None
    if first.para == 0:
        return None
    before = paragraphs[first.para - 1]
    if is_greeting(before.shadow):
        return None
    sentence = paragraph_lead(paragraphs, first.para - 1)
    # (a sentence read over a line break, or a pointer with the sentence before it, is read whole)
    shadow = last_sentence(before.shadow) if sentence in before.text else simplify(sentence)
    announces = ends_with_colon(shadow) or announces_some(shadow) or FOLLOWING.search(shadow)
    return sentence if announces or ASKS_FOR_POINTS.search(shadow) else None


SPEAKER_MAX = 5  # characters of a name labelling an answer (李明：, 王主任：)
_SPEAKER = re.compile(rf"^[ \u3000]*[《「“]?[^，,。：:《》「」“”]{{1,{SPEAKER_MAX}}}[》」”]?[：:][ \u3000]*")


def _question_answered(paragraphs: tuple[Paragraph, ...], para: int, lead: str) -> str | None:
    """In an interview an answer opens with its speaker's name and a colon (李明：第一个是A；第二个是B): the name
    leads nothing; the question asked in the paragraph before it is what the list answers."""
    label = lead.strip(" \u3000")
    if para == 0 or not ends_with_colon(label) or not 0 < len(label.rstrip("：:")) <= SPEAKER_MAX:
        return None
    if not paragraphs[para].text.lstrip(" \u3000").startswith(label):
        return None
    question = _SPEAKER.sub("", last_sentence(paragraphs[para - 1].text))  # the asker's name too (记者：)
    return question if closing_mark(question) in ("？", "?") else None


def _head_end(text: str) -> int:
    """Where the first sentence or clause break of a text is: not inside brackets (（含：…）), and
    not a colon between digits (7:30)."""
    depth = 0
    for match in _HEAD_OR_BRACKET.finditer(text):
        mark, at = match.group(), match.start()
        if mark in "（(":
            depth += 1
        elif mark in "）)":
            depth = max(depth - 1, 0)
        elif depth == 0 and not (mark == ":" and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()):
            return at
    return len(text)


def _open_quote(text: str, end: int) -> int:
    """Where a quote that is open at `end` opens (its close stands after end), -1 when none is (a quote
    never closed, a typist's slip, is none)."""
    for pos in range(end):
        close = QUOTES.get(text[pos])
        if close is not None and text.find(close, pos + 1) >= end:
            return pos
    return -1


def _quote_whole(text: str, end: int) -> int:
    """An end moved out of a quotation: a head does not stop between “ and ” (提出了“三个务必”), so it takes
    the whole quote when that stays headline-sized, else stops before the quote when words stand there (a
    head that opens with a long quotation is cut inside it: nothing shorter heads it)."""
    opened = _open_quote(text, end)
    if opened < 0:
        return end
    closed = text.find(QUOTES[text[opened]], opened + 1) + 1
    return closed if closed <= HEAD_LIMIT else opened if opened > 4 else end


# a heading line a scrape glued to its paragraph keeps a space between them (一、工作回顾 在报告中，首先…): Chinese
# sets no spaces between words, so a space between hanzi after a bare phrase, before a sentence, ends the head
GLUED = re.compile(r"[\u4e00-\u9fff][ \u3000]+(?=[\u4e00-\u9fff“「])")
GLUED_MIN, GLUED_MAX = 4, 20  # characters of the bare phrase before the space (a heading line's length)
GLUED_BODY = 20  # characters of the prose after it, at least
_CLAUSE_MARK = re.compile(r"[，,、；;：:。！？!?（()）]")


def _glued_end(text: str, end: int) -> int:
    """Where a head glued to its body by a space ends (`end` when no such space comes before it): the phrase
    before the space holds no punctuation, and what follows it is prose, a sentence or clauses of it."""
    space = GLUED.search(text, GLUED_MIN - 1)
    if space is None or space.start() >= min(end, GLUED_MAX) or _CLAUSE_MARK.search(text, 0, space.start()):
        return end  # a space after a clause mark, or deep in a line, is a wrapped line's (…以书 面形式)
    rest = text[space.end() :]
    return space.start() + 1 if _SENTENCE_MARK.search(rest) and len(rest) > GLUED_BODY else end


def headline(text: str) -> str:
    """A short headline for an item: its first sentence, cut at a clause end when long."""
    text = _trim(text)
    head = text[: _quote_whole(text, _glued_end(text, _head_end(text)))]
    if len(head) > HEAD_LIMIT:
        cut = max((head.rfind(p, 0, HEAD_LIMIT) for p in "，,"), default=-1)
        head = head[: _quote_whole(text, cut if cut > 4 else HEAD_LIMIT)]
    return _trim(head)
