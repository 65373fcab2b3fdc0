"""Heading lists: sibling headings of one level under one parent heading.

Headings come from the markup (`Paragraph.level` 1–6 for #…###### or <h1>…<h6>, 7 for a line set in
bold alone) or, in a document without any markup headings, from its layout: short lines with no
closing punctuation, each followed by body text. A heading's span runs until the next heading of the
same or a shallower level, so the lists in its body nest under it. Siblings that open with numbers form
lists by their numbering, which may start anywhere (a cut document begins at 5．); the unnumbered ones
form one list when no sibling is numbered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from study.model import BOLD_LEVEL, HEADING_LEVELS, Paragraph
from study.parse.counts import announced_count, announces_some
from study.parse.drafts import DraftItem, DraftList
from study.parse.leads import ends_with_colon, paragraph_lead
from study.parse.markers import HZ, MARKER_TABLE, marker_at, without_ornaments
from study.parse.numerals import number
from study.script import simplify

if TYPE_CHECKING:
    from study.parse.detectors import Scene

MARKUP_LEVELS = HEADING_LEVELS  # 1–6 heading depth, 7 a bold-only line; 8+ are bullets, not headings
BOLD = BOLD_LEVEL
MARKUP_MAX = 80  # a "heading" longer than this is a paragraph the author wrapped in heading markup
BOLD_MAX = 30  # a bold-only line is a heading when short and free of sentence punctuation …
_BOLD_SENTENCE = re.compile(r"[，,。；;！？!?]")  # … else it is an emphasized sentence
_BOLD_CLOSE = "。？?"  # … but one closing sentence mark is allowed

# a plain heading line: short, no clause or sentence punctuation inside, at most a 。 or ： at its end
PLAIN_MIN, PLAIN_MAX = 2, 20
_PLAIN_INSIDE = re.compile(r"[，,；;。！？!?：:]")
_PLAIN_END_OK = "。"  # a bare short line ending in ： announces what follows: a lead, not a heading
# lines that look short and bare but are no headings: dates, bracketed notes, markup debris, and the
# furniture of a news page (captions, credits, bylines)
_NOT_PLAIN = re.compile(
    r"^(?:[（(【\[<《].*[）)】\]>》]|\d{4}年|.*\d{4}年\d{1,2}月.*|[\d〇零一二三四五六七八九十]{2,4}年.*月.*日?|.*摄)$"
    r"|^[-=—_*#>]"
    r"|^(?:图为|图片|来源|责任编辑|编辑|记者|本报记者|作者|通讯员|摄影|新华社)"
    # a count of pieces (…报告8篇, …范文五篇) titles a collection, whose pieces follow (…篇1): not a section
    r"|.*(?<![第\d一二三四五六七八九十])[\d一二三四五六七八九十]{1,3}篇$"
    # a quantity (增长5%, 1.3万亿元, 1256万人) states a fact: a summary's point, not a heading
    r"|.*\d[\d.]*\s*(?:%|％|‰|万|亿|千|百|元|人|户|斤|吨|公里|千米|平方|个百分点)"
)
BODY_MIN = 20  # a body paragraph after a plain heading: longer than this, or with a sentence in it
_SENTENCE_MARK = re.compile(r"[，,。；;！？!?]")

# the meta sections of a page, which are not points of its argument (they head no list of the text)
SECTION_WORDS = frozenset(
    {
        "目录", "前言", "引言", "序言", "序", "导言", "导读", "摘要", "提要", "说明", "总结", "小结",
        "结语", "结束语", "后记", "附录", "附件", "注释", "注", "参考资料", "参考文献", "延伸阅读",
        "相关阅读", "推荐阅读", "相关链接", "相关文章", "评论", "留言", "致谢", "更新记录",
        "相关新闻", "相关推荐", "热门推荐", "精彩推荐", "猜你喜欢", "热门文章", "最新文章", "网友评论",
        # a quiz page's labels of a question's answer, its explanation and further reading
        "答案", "参考答案", "解析", "答案解析", "试题解析", "扩展知识", "拓展知识", "知识拓展", "知识链接", "考点",
    }
)  # fmt: skip
_SECTION_STRIP = " \u3000：:。.、"
# a heading that names a document (关于…的通知, …实施意见) is the title of a document or of one it
# forwards, not a point of the text
_DOCUMENT_NAME = re.compile(
    r"(?:关于|转发).*(?:通知|意见|决定|办法|规定|报告|方案|批复|公告|通告|决议|纲要|细则|条例)$"
)

# heading ordinals the marker table leaves to headings: 第一篇, 第二讲, 第三课, 第四单元 …
_HEADING_ORDINAL = re.compile(
    rf"第(?P<n>[{HZ}百]{{1,3}}|\d{{1,3}})(?P<unit>篇|讲|课|单元|卷|编|集|回)[ \u3000：:、，,.．]*"
)

# a bare ordinal glued to a heading line's words (第一为什么要…): a lecture page sets 第一 alone on a line over its
# heading, and the reader joins a lone marker to its text; it numbers the heading when its siblings are numbered on
# (heading_lists keeps runs only). Not before a character that makes the ordinal a word of the heading: a
# classifier (第一次代表大会, 第二届, 第三批) or a compound's second half (第一书记, 第一线, 第一时间, 第一责任人)
_GLUED_ORDINAL = re.compile(rf"第(?P<n>[{HZ}]{{1,3}})(?![{HZ}百千])")
ORDINAL_WORD_NEXT = "次个条章节部篇讲课步位批届期卷编集回层种类项点阶代轮线时书责生动资要手把名季天年月日世号"


@dataclass(frozen=True)
class Heading:
    """A heading paragraph: where it is, its level, its numbered marker (family, number, text end)."""

    para: int
    level: int
    family: str | None = None  # numbering family when it opens with a number, else None
    n: int = 0
    text_start: int = 0  # where its text begins, after the marker
    marker: str = ""
    number_line: int | None = None  # the line above it that holds its number alone (01 / 沉下身子), if any

    @property
    def start(self) -> int:
        """The paragraph the heading begins at: its number's line, else its own."""
        return self.para if self.number_line is None else self.number_line


def _numbered(shadow: str, para: int) -> tuple[str, int, int, str] | None:
    """A heading's number: (family, ordinal, where its text starts, the marker as written), or None."""
    marker = marker_at(shadow, 0, para)
    if marker is not None and marker.n is not None:
        return marker.rule.group, marker.n, marker.end, marker.text
    match = _HEADING_ORDINAL.match(shadow)
    if match and match.end() < len(shadow.rstrip()):
        n = number(match.group("n"))
        if n is not None:
            return f"第一{match.group('unit')}", n, match.end(), shadow[: match.end()].rstrip(" \u3000：:、，,.．")
    return _glued_ordinal(shadow)


def _glued_ordinal(shadow: str) -> tuple[str, int, int, str] | None:
    """The bare ordinal glued to a heading's words (第一为什么要…) as a number of the 第一 family, or None."""
    match = _GLUED_ORDINAL.match(shadow)
    if match is None or not shadow[match.end() : match.end() + 1].strip() or shadow[match.end()] in ORDINAL_WORD_NEXT:
        return None
    n = number(match.group("n"))
    return ("第一", n, match.end(), match.group()) if n is not None else None


def _heading(para: Paragraph, i: int, level: int) -> Heading:
    """A heading at paragraph i, with its number when it opens with one (its text after its ornament, ▍)."""
    numbered = _numbered(para.shadow, i)
    if numbered is None:
        return Heading(i, level, text_start=len(para.shadow) - len(without_ornaments(para.shadow)))
    family, n, text_start, marker = numbered
    return Heading(i, level, family, n, text_start, marker)


def markup_heading(para: Paragraph) -> bool:
    """True when the markup sets the paragraph apart as a heading (a bold line only when short and bare)."""
    text = para.shadow.strip()
    if para.level not in MARKUP_LEVELS or not text:
        return False
    if para.level == BOLD:
        # a bold question or point closed by its one sentence mark (**5. 简述….** / **坚持…。**) heads a section
        core = text[:-1] if text[-1] in _BOLD_CLOSE else text
        return len(core) <= BOLD_MAX and not _BOLD_SENTENCE.search(core)
    return len(text) <= MARKUP_MAX


# … or two balanced phrases of hanzi joined by a comma, with no mark closing them (回顾过去，总结成就 / 坚定理想
# 信念，筑牢思想根基): the couplet the genre titles its sections with; a sentence's clauses are rarely so even
_COUPLET = re.compile(r"([\u4e00-\u9fff]{2,9})[，,]([\u4e00-\u9fff]{2,9})")


def _couplet(text: str) -> bool:
    """A line of two hanzi phrases of the same length joined by a comma, with nothing after them."""
    match = _COUPLET.fullmatch(text)
    return match is not None and len(match.group(1)) == len(match.group(2))


def plain_heading(text: str) -> bool:
    """A short line with no punctuation inside (at most a closing 。 or ：), or a couplet of two balanced
    phrases: it may head a section."""
    text = text.strip()
    core = text[:-1] if text and text[-1] in _PLAIN_END_OK else text
    if _couplet(text):
        return True
    if not PLAIN_MIN <= len(core) <= PLAIN_MAX or _PLAIN_INSIDE.search(core) or _NOT_PLAIN.match(text):
        return False
    if core != text and announces_some(text):
        return False  # 它有三层含义。: a short sentence that counts what follows is their lead, like one ending in ：
    return not any(rule.pattern.fullmatch(core) for rule in MARKER_TABLE)  # a bare 一是 is a marker line


def _is_body(text: str) -> bool:
    """A body paragraph: longer than a heading line, or holding a sentence."""
    text = text.strip()
    return len(text) > BODY_MIN or (bool(_SENTENCE_MARK.search(text)) and not plain_heading(text))


# a speech or report opens its body with a salutation (各位代表：/ 同志们：/ 主席，各位议员：): the short lines
# before it are its title block (the speaker, the occasion, the date), not section headings
_SALUTATION = re.compile(
    r"(?:尊敬的|亲爱的|各位)?[^，,。：:]{0,16}[，,、]?[^，,。：:]{0,12}"
    r"(?:同志们|代表|委员|朋友们|同学们|老师们|来宾|嘉宾|女士们|先生们|议员)[^。，,]{0,4}[：:]"
)
SALUTATION_MAX = 30
LEAD_IN = 20  # paragraphs at the top where a salutation is looked for
# a line broken out of a sentence by a scrape (…围绕 / 明年怎么干 / ，谈了意见): the line after it
# opens with a mark that goes on with a sentence, or the paragraph before it stops mid-sentence, after a
# word that needs more (是, 的, 和 …) or in the middle of a sentence of prose
_GOES_ON = tuple("，,。、；;：:！？!?”」’）)")
_NEEDS_MORE = tuple("的是和与及在对把将从向为于")
_CLOSING = tuple("。！？!?；;：:”」’）)…—")


def _body_start(paragraphs: Sequence[Paragraph]) -> int:
    """The paragraph after a speech's salutation near the top (0 when it has none)."""
    for i, para in enumerate(paragraphs[:LEAD_IN]):
        text = para.shadow.strip()
        if len(text) <= SALUTATION_MAX and _SALUTATION.fullmatch(text):
            return i + 1
    return 0


def _broken(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """True when a short line is a piece of a sentence a scrape broke into lines, not a heading."""
    after = paragraphs[i + 1].shadow.lstrip(" \u3000") if i + 1 < len(paragraphs) else ""
    if after.startswith(_GOES_ON):
        return True
    before = paragraphs[i - 1].shadow.rstrip(" \u3000") if i > 0 else ""
    if not before or before.endswith(_CLOSING) or _numbered(before, i - 1) is not None:
        return False
    return before.endswith(_NEEDS_MORE) or (len(before) > BODY_MIN and _SENTENCE_MARK.search(before) is not None)


def _plain_headings(paragraphs: Sequence[Paragraph], marked: set[int]) -> list[Heading]:
    """The heading lines of a document without markup: each followed by body text; unnumbered ones
    only after the first body paragraph (before it stand the title, the byline and the date) and the
    salutation of a speech, and never a piece of a broken sentence."""
    found: list[Heading] = []
    seen_body = False
    body_start = _body_start(paragraphs)
    last_number = 0  # the number of the latest heading numbered on the line above it
    for i, para in enumerate(paragraphs):
        after = paragraphs[i + 1].shadow if i + 1 < len(paragraphs) else ""
        if found and found[-1].number_line == i - 1:
            continue  # the heading under a number line, found there
        numbered = _under_number(paragraphs, i, last_number)
        if numbered is not None or _dressed(para.shadow, after):
            found.append(numbered or _heading(para, i, BOLD))
            last_number = numbered.n if numbered else last_number
            continue
        body = bool(after) and _opens_section(after)
        # a numbered sub-heading after the line is looked for only once the line is a heading (marker_at costs)
        sub = not body and _SUB_START.match(after) is not None
        if (
            (body or sub)
            and plain_heading(para.shadow)
            and (body or _first_sub_heading(after, i + 1))
            and not _closes_point(para.shadow, after, i)
        ):
            heading = _heading(para, i, BOLD)
            bare = seen_body and i >= body_start and i not in marked and not _broken(paragraphs, i)
            if heading.family is not None or bare:
                found.append(heading)
                continue
        seen_body = seen_body or _is_body(para.shadow)
    return _under_plain(_alike(paragraphs, found))


def _closes_point(text: str, after: str, i: int) -> bool:
    """True when a short line closed by 。 stands right over a point numbered past one: it is the last
    sentence of the point before (一、…？ / a one-sentence answer / 二、…), not a heading over the next point;
    a heading line over points numbered on across sections closes with no 。."""
    if not text.rstrip().endswith(_PLAIN_END_OK):
        return False
    numbered = _numbered(after, i + 1)
    return numbered is not None and numbered[1] > 1


# a number alone on its line (01 / 1), as phone-made pages number their sections, over the heading line it numbers
# (a magazine-style page writes it PART 1 / Part 02)
_NUMBER_LINE = re.compile(r"(?:(?i:part)[ \u3000]?)?0?(?P<n>[1-9]\d?)")


def _under_number(paragraphs: Sequence[Paragraph], i: int, last: int) -> Heading | None:
    """The heading a number alone on line i numbers: the short bare line right under it, over a sentence.
    The number is 1 or the one after `last`, the latest number so set: a page numbers its sections from 01 on,
    and a number that neither starts nor goes on a run is a page's number over the heading at its top (12)."""
    match = _NUMBER_LINE.fullmatch(without_ornaments(paragraphs[i].shadow).strip())
    if match is None or int(match.group("n")) not in (1, last + 1) or i + 2 >= len(paragraphs):
        return None
    text, after = paragraphs[i + 1].shadow, paragraphs[i + 2].shadow
    if not plain_heading(text) or _numbered(text, i + 1) is not None or not _SENTENCE_MARK.search(after):
        return None  # a line with a number of its own (三、措施) under a page's number is no heading of that number
    return Heading(i + 1, BOLD, "01", int(match.group("n")), 0, match.group(), i)


def _dressed(text: str, after: str) -> bool:
    """A short bare line a phone-made page dresses with an ornament (▍筑牢思想根基, ◆ 抓实项目建设) over a
    sentence: its dress sets it apart as markup does, wherever it stands, whatever the length of its body.
    Dressed lines in a row (▶ 往期… / ▶ 往期…) are a run of links or bullets, none with a body."""
    bare = without_ornaments(text)
    if bare == text.lstrip() or not plain_heading(bare):
        return False
    return without_ornaments(after) == after.lstrip() and _SENTENCE_MARK.search(after) is not None


def _under_plain(found: list[Heading]) -> list[Heading]:
    """The headings, where a numbered run starts right under an unnumbered heading line (经济贸易发展 / (1)区域
    整合 / … / (2)科研发展): that run one level deeper, the line's sub-headings, not its siblings; with no markup
    every line found is set at one level, and unnumbered lines among numbered siblings pass for captions."""
    out: list[Heading] = []
    deeper: str | None = None  # the family numbered under the latest unnumbered heading
    for heading in found:
        if heading.family is None:
            deeper = None
        elif out and ((out[-1].family is None and heading.para == out[-1].para + 1) or heading.family == deeper):
            deeper = heading.family
            heading = replace(heading, level=heading.level + 1)
        else:
            deeper = None
        out.append(heading)
    return out


def _opens_section(text: str) -> bool:
    """What may follow a heading line: body text, or the label line of a lead (财政政策：)."""
    return _is_body(text) or (ends_with_colon(text) and len(text.strip()) <= PLAIN_MAX)


_SUB_START = re.compile(r"[（(]?[1１一①⑴]")  # how a first numbered sub-heading may begin


def _first_sub_heading(text: str, para: int) -> bool:
    """… or its first numbered sub-heading ((1)区域整合): a heading line that opens with the first marker."""
    marker = marker_at(text, 0, para)
    return marker is not None and marker.n == 1 and plain_heading(text[marker.end :])


def _alike(paragraphs: Sequence[Paragraph], found: list[Heading]) -> list[Heading]:
    """The plain headings without the unnumbered ones closed by 。 when others are not: a document sets its
    headings alike, and a short sentence among bare heading lines is a point of the text (国际收支保持平衡。)."""
    bare = [h for h in found if h.family is None]
    closed = {h.para for h in bare if paragraphs[h.para].shadow.rstrip().endswith(_PLAIN_END_OK)}
    if not closed or len(closed) == len(bare):
        return found
    return [h for h in found if h.para not in closed]


def headings_of(paragraphs: Sequence[Paragraph], marked: set[int]) -> list[Heading]:
    """The document's headings: from the markup when it has some, else from the layout."""
    marked_up = [_heading(p, i, p.level) for i, p in enumerate(paragraphs) if markup_heading(p)]
    # one marked-up line alone is the title: the document's sections are then set apart by layout only
    return marked_up if len(marked_up) >= 2 else _plain_headings(paragraphs, marked)


def _tree(headings: list[Heading], total: int) -> tuple[dict[int, int], dict[tuple[int, int], list[Heading]]]:
    """Each heading's span end, and the headings grouped by (parent heading's paragraph or -1, level)."""
    ends: dict[int, int] = {}
    groups: dict[tuple[int, int], list[Heading]] = {}
    stack: list[Heading] = []
    for heading in headings:
        while stack and stack[-1].level >= heading.level:
            ends[stack.pop().para] = heading.start
        parent = stack[-1].para if stack else -1
        groups.setdefault((parent, heading.level), []).append(heading)
        stack.append(heading)
    for heading in stack:
        ends[heading.para] = total
    return ends, groups


def _not_a_point(para: Paragraph) -> bool:
    """True when the heading names a meta section of the page (目录, 前言, 参考资料 …) or a document, or is
    only a piece's number (第2篇, 第三讲: what the piece says follows, the number says nothing)."""
    text = para.shadow.strip(_SECTION_STRIP)
    return text in SECTION_WORDS or _DOCUMENT_NAME.search(text) is not None or bool(_HEADING_ORDINAL.fullmatch(text))


def _runs(siblings: list[Heading]) -> list[list[Heading]]:
    """The numbered siblings' lists: each run of one family numbered on by one, from any start."""
    runs: list[list[Heading]] = []
    open_runs: dict[str, list[Heading]] = {}
    for heading in siblings:
        if heading.family is None:
            continue
        run = open_runs.get(heading.family)
        if run is not None and heading.n == run[-1].n + 1:
            run.append(heading)
        else:
            run = [heading]
            open_runs[heading.family] = run
            runs.append(run)
    return [run for run in runs if len(run) >= 2]


def _lead(paragraphs: Sequence[Paragraph], first: int, heads: set[int]) -> str | None:
    """The sentence before the first heading, when it announces (ends with ：or states a count)."""
    if first == 0 or first - 1 in heads:
        return None
    lead = paragraph_lead(paragraphs, first - 1)  # (read over a line break that cut it: …我讲三点 / 体会。)
    shadow = simplify(lead)
    return lead if ends_with_colon(shadow) or announces_some(shadow) else None


def _draft(
    paragraphs: Sequence[Paragraph], members: list[Heading], ends: dict[int, int], heads: set[int], why: str
) -> DraftList:
    """A heading list: each item is its heading line, its span runs over the section it heads."""
    items = tuple(
        DraftItem(h.marker, (h.start, 0), (h.para, h.text_start), len(paragraphs[h.para].text), (ends[h.para], 0))
        for h in members
    )
    lead = _lead(paragraphs, members[0].start, heads)
    style = members[0].marker or "heading"
    level = paragraphs[members[0].para].level
    where = {0: "short bare lines", BOLD: "bold lines"}.get(level, f"level-{level} headings")
    evidence = (f"{len(members)} {where} {why}",)
    return DraftList(style, "heading", items, lead, announced_count(lead), evidence)


def _first_copies(paragraphs: Sequence[Paragraph], siblings: list[Heading]) -> list[Heading]:
    """The siblings without a line said again: a scraped page repeats its title (X【完整版】… X【完整版】), and
    a section heading named twice heads no second section."""
    lines: set[str] = set()  # the lines kept …
    prefixes: set[str] = set()  # … and their prefixes long enough to be echoed
    kept = []
    for heading in siblings:
        text = paragraphs[heading.para].shadow.strip()
        if text in lines or text in prefixes or any(text[:end] in lines for end in range(ECHO_MIN, len(text))):
            continue  # said again, or with a word more or less at its end (…总结范文 / …总结)
        lines.add(text)
        prefixes.update(text[:end] for end in range(ECHO_MIN, len(text)))
        kept.append(heading)
    return kept


ECHO_MIN = 6  # characters a line must share whole with an earlier one to be its echo (a heading line is short)


def heading_lists(paragraphs: Sequence[Paragraph], marked: set[int]) -> list[DraftList]:
    """Every heading list: the unnumbered siblings of a level under one parent, and numbered runs."""
    headings = headings_of(paragraphs, marked)
    ends, groups = _tree(headings, len(paragraphs))
    heads = {h.start for h in headings}
    lists: list[DraftList] = []
    for siblings in groups.values():
        runs = _runs(siblings)
        for run in runs:
            numbers = f"{run[0].n}–{run[-1].n}"
            lists.append(_draft(paragraphs, run, ends, heads, f"numbered {numbers} under one parent"))
        if runs:
            continue  # unnumbered lines among numbered siblings are captions or asides, not points
        plain = _first_copies(
            paragraphs, [h for h in siblings if h.family is None and not _not_a_point(paragraphs[h.para])]
        )
        if len(plain) >= 2:
            lists.append(_draft(paragraphs, plain, ends, heads, "are siblings under one parent"))
    return sorted(lists, key=lambda d: d.start)


def find(scene: Scene) -> Iterable[DraftList]:
    """The detector's entry: the heading lists of the scene's paragraphs."""
    return heading_lists(scene.paragraphs, scene.marked)
