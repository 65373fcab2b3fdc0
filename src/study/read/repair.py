"""Paragraph repairs: translation paragraphs of a bilingual page set aside, a marker alone on its line joined
to its text, page-break and layout splits rejoined, a body pasted twice kept once, footnote marks and question
marks that stand for 。 fixed. Each repair is a step of the REPAIRS table and reports what it did."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from study.model import BULLET_LEVEL
from study.read.fields import NO_ONE, field_line
from study.read.lines import Line
from study.read.shapes import (
    BARE_UNIT,
    HANZI,
    LATIN_LETTER,
    MARKED_UNIT,
    MARKER,
    MARKER_START,
    NUM,
    QUOTED,
    SENTENCE_END,
    SENTENCE_PUNCT,
    STRICT_TITLE_PUNCT,
    TRANSLATION_MIN_LETTERS,
    ends_mid_clause,
    ends_sentence,
    ends_with_doc_kind,
    ends_with_lead_dash,
    has_words,
    is_figure_caption,
    is_prose,
    is_translation,
    looks_like_title,
    spaceless,
    starts_new_paragraph,
    stops_sentence,
)
from study.script import simplify

JOIN_MIN_LENGTH = 30  # a shorter unpunctuated paragraph is a heading, not half a paragraph
HEADING_MAX_LENGTH = 60  # a paragraph that starts with a marker and is shorter is a heading
REPEAT_MIN_PARAGRAPHS = 3
REPEAT_MIN_CHARS = 60  # … and a run of at least this many characters
REPEAT_ALONE_CHARS = 200  # a run this long is a repeat whatever its number of paragraphs

# A footnote mark or a numbered citation after a word ([1], ［2］, 〔注3〕, [3,5], [3-5]), maybe with the page it cites
# (（p.437）, (pp.12-15), (第437页)): no words of the text.
FOOTNOTE = re.compile(
    r"(?<=\S)[\[［〔](?:注)?\d{1,3}(?:\s?[,，\-–]\s?\d{1,3})*[\]］〕]"
    r"(?:\s?[（(](?:pp?\.\s?|第\s?)\d{1,4}(?:\s?[\-–—]\s?\d{1,4})?\s?页?[）)])?"
)
# A question mark at the end of a paragraph (maybe inside closing quotes) or right before a marker.
MISPLACED_QUESTION_MARK = re.compile(rf"[?？](?=[”」』’]*$|{MARKER})")
QUESTION_WORDS = (
    "吗",
    "呢",
    "什么",
    "怎么",
    "怎样",
    "怎能",
    "为什么",
    "为何",
    "何以",
    "如何",
    "哪",
    "是否",
    "能否",
    "可否",
    "难道",
    "岂",
    "多少",
    "谁",
)
SENTENCE_BREAKS = "。！？!?；;"
CLAUSE_PUNCT = SENTENCE_PUNCT | frozenset("，,")
# A line that holds nothing but an enumeration marker (一是 / （一） / 1. / 第一，): its text is on the next line.
MARKER_ALONE = re.compile(rf"^(?:{MARKER}|第[{NUM}\d]+)\s*[，,、：:．.]?$")
# a page is bilingual when at least this share of its paragraphs (those with words) are Chinese: a page that
# alternates each paragraph with its translation holds about half, a Latin subtitle tipping it under half
TRANSLATED_SHARE = 0.4
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")  # a word of a translation's, not a marker's letter (I. / A、)
# Text copied out of a PDF or a fixed-width page breaks every line at one printed width. Widths are in
# ems: a hanzi or a punctuation mark 1 (PDFs set them full width), a Latin letter, digit or space 1/2.
WRAP_MIN_WIDTH = 10  # shorter lines (headings, dates, signatures) do not vote on the width
WRAP_MAX_WIDTH = 60  # a wider text line is a whole paragraph: the file is not wrapped
WRAP_FULL = 0.8  # a line at least this share of the wrap width filled it: its paragraph goes on …
WRAP_FULL_AT_STOP = 0.95  # … and one that ends a sentence must fill it all (else the paragraph ends there)
WRAP_MIN_FULL = 5  # a text is wrapped when at least this many lines are full …
WRAP_FULL_SHARE = 0.6  # … making at least this share of the lines that vote
WRAP_WIDTH_QUANTILE = 0.9  # the wrap width: this quantile of the voting widths (one stray long line aside)
# A line that ends with a bare sentence marker (…落地。二是) breaks before that marker's text.
ENDS_WITH_MARKER = re.compile(rf"(?:^|[。；;！？!?，,：:])(?:[{NUM}]{{1,2}}(?:是|要)|第[{NUM}]+|其次|再次|最后)$")


def counted(count: int, one: str, many: str) -> str:
    """`count` with the words for one thing or for many (1 line, 3 lines), as a note to the user says it."""
    return f"{count} {one if count == 1 else many}"


def paragraphs(lines: tuple[Line, ...] | list[Line]) -> list[Line]:
    """Every non-blank line is a paragraph, numbered by the line it starts on."""
    return [line for line in lines if line.text]


# ---------------------------------------------------------------- page breaks


def _is_heading(text: str) -> bool:
    """True for a line that reads as a heading: short with a marker, or short with no punctuation."""
    if starts_new_paragraph(text) and len(text) < HEADING_MAX_LENGTH:
        return True
    return len(text) < JOIN_MIN_LENGTH or not any(ch in CLAUSE_PUNCT for ch in text)


# A headline over its paragraph: one line of clauses with no sentence mark, its last clause a whole phrase
# of at least HEADLINE_LAST_CLAUSE characters that does not end on a word that needs more after it.
HEADLINE_LAST_CLAUSE = 6
NEEDS_MORE = frozenset("的把在和与及对从为将被向以于了并且而或使让给由同跟")
PARAGRAPH_ENDS = "。！？!?"


def _headline_over(first: str, second: str) -> bool:
    """True for a headline-like line (no sentence mark, under HEADING_MAX_LENGTH, ending on a whole
    phrase) before a paragraph complete in itself (closed, two sentences or more): a heading, not half."""
    if len(first) >= HEADING_MAX_LENGTH or any(ch in SENTENCE_BREAKS for ch in first):
        return False
    last_clause = re.split(r"[，,、]", first)[-1]
    if len(last_clause) < HEADLINE_LAST_CLAUSE or first[-1] in NEEDS_MORE:
        return False
    return ends_sentence(second) and any(ch in PARAGRAPH_ENDS for ch in second[:-1])


# A paragraph that opens with a short label closed by a colon (初读：… / 张三：…): two in a row are siblings.
OPENING_LABEL = re.compile(r"^[^，,。：:；;！？!?\s]{2,12}[：:]")


def _sibling_labels(first: str, second: str) -> bool:
    """True when both paragraphs open with a label closed by a colon: the second is the next label's."""
    return OPENING_LABEL.match(first) is not None and OPENING_LABEL.match(second) is not None


# A photo's caption ends with its credit (新华社记者 张三 摄, （李四 摄）, 图片来源：某某网): the caption is a
# paragraph of its own.
PHOTO_CREDIT = re.compile(
    r"(?:(?:记者|通讯员|摄影)\s*[\u3400-\u9fff·]{2,4}(?:\s+[\u3400-\u9fff·]{2,4})*\s*|[\u3400-\u9fff·]{2,4}\s+)"
    r"[/／]?摄影?\s*[）)]?$"
    r"|[（(][\u3400-\u9fff·]{2,4}摄影?[）)]$"  # (张三摄)
    r"|[（(][\u3400-\u9fff]{1,6}社\s*(?:记者\s*)?[\u3400-\u9fff·]{2,4}\s*摄影?[）)]$"  # (某某社 张三摄)
    r"|[（(]?(?:图片|照片|图)(?:来源|来自|提供)\s*[:：]\s*[^，,。；;！？!?\s]{2,20}[）)]?$"  # …图片来源：某某网
    # a Taiwan or Hong Kong paper's credit: the agency after 图／ (（图／路透社）), or a file photo's (（美联社档案照）)
    r"|[（(](?:图|照片)\s*[/／][^（）()，,。]{1,16}[）)]$"
    r"|[（(][^（）()，,。]{0,12}(?:档案照|资料照|档案相片)[）)]$"
)
CAPTION_OPENER = "图为"  # a caption set apart from its credit opens by pointing at the picture
# A line that only marks where a picture stood (图片, 资料图片, （资料图）, • 图片, 网络配图, 首图): no text.
PICTURE_MARK = re.compile(r"^[•·*\-\s]*[（(]?(?:资料|网络|新闻|示意)?(?:图片|配图|首图|头图|题图|图)[）)]?$")

# A group picture's caption alone on its line, short and unpunctuated (与会人员合影, 党员代表在展馆前留影): no text.
GROUP_PHOTO = re.compile(r"^[^。！？!?；;，,：:]{2,30}(?:合影|合照|留影)(?:留念)?$")


TAIL_REACH = 48  # a credit or an editor's note closing a paragraph is no longer than this
TABLE_BARS = " \t|｜"
SOURCE_WORDS = ("来源", "來源", "来自", "來自", "提供")  # a picture's source credited (图片来源：…) says one
CREDIT_WORDS = ("摄", "攝", "图／", "圖／", "图/", "圖/", "照）", "照)", *SOURCE_WORDS)  # … or one of these


def is_captioned(text: str) -> bool:
    """True for a paragraph that ends with a photo's credit (read on its tail's simplified shadow: 記者 … 攝)."""
    tail = text.rstrip(TABLE_BARS)[-TAIL_REACH:]  # a copied table's cell bar after it (…攝) |)
    marked = any(word in tail for word in CREDIT_WORDS)
    return marked and PHOTO_CREDIT.search(simplify(tail)) is not None


def _is_credit(text: str) -> bool:
    """True for a paragraph that is a photo's credit alone (新华社记者 张三 摄)."""
    return is_captioned(text) and not any(ch in SENTENCE_PUNCT for ch in text)


# A caption pointing down at the picture or video under it, set between arrows (▼某某广场举行升旗仪式▼): no text.
POINTER_CAPTION = re.compile(r"^[▼↓⬇][^。！？!?]{2,40}[▼↓⬇]$")


def _is_picture_line(shadow: str) -> bool:
    """True for a line that only marks a picture (资料图片), captions a group picture (与会人员合影留念; a numbered
    line is a heading: 二、一张珍贵的合影), points down at one (▼…▼) or captions a chart with its figures' source
    (图一：…, 数据来源：…)."""
    group = GROUP_PHOTO.match(shadow) is not None and not MARKER_START.match(shadow)
    pictured = PICTURE_MARK.match(shadow) is not None or POINTER_CAPTION.match(shadow) is not None
    return pictured or group or is_figure_caption(shadow)


# A picture's caption set twice in a row (its picture's text, then its caption), ending with the agency that
# took it in brackets (…（美联社）): a text's own sentence is not said twice over.
AGENCY_CREDIT = re.compile(r"[（(][\u3400-\u9fff]{2,8}社[）)]$")
DOUBLED_MAX = 150


def _doubled_caption(paras: list[Line], k: int) -> bool:
    """True when the paragraph at k and a neighbour are the same short caption ending with an agency's credit,
    or when it is one short sentence said twice on its line (a picture's text, then its caption: 某某…。 某某…。)."""
    text = paras[k].text
    twin = any(0 <= j < len(paras) and paras[j].text == text for j in (k - 1, k + 1))
    if len(text) > DOUBLED_MAX:
        return False
    half, rest = text[: len(text) // 2].strip(), text[len(text) // 2 :].strip()
    said_twice = half == rest and half[-1:] in SENTENCE_BREAKS and half.count("。") == 1
    return said_twice or (twin and AGENCY_CREDIT.search(simplify(text)) is not None)


def drop_captions(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Photo captions taken out: a paragraph that ends with a photo's credit, a caption set twice ending with
    its agency, and the caption over a credit alone on its line when it points at the picture (图为…); the marks
    of pictures alone (资料图片) and a group picture's caption (与会人员合影)."""
    drop = {
        k
        for k, p in enumerate(paras)
        if is_captioned(p.text) or _is_picture_line(simplify(p.text.strip())) or _doubled_caption(paras, k)
    }
    drop |= {
        k - 1
        for k in drop
        if k and _is_credit(paras[k].text) and simplify(paras[k - 1].text).startswith(CAPTION_OPENER)
    }
    kept = [p for k, p in enumerate(paras) if k not in drop]
    return kept, (f"took out {counted(len(drop), 'line', 'lines')} of photo captions" if drop else None)


OPENING_QUOTES = "“「『"
CLOSING_QUOTES = "”」』"


def _between_quoted_terms(first: str, second: str) -> bool:
    """True when a paragraph was cut between two quoted terms of one series (…做好“甲计划” / “乙计划”…):
    a quote that closes a term, not a sentence, and a quote that opens the next line."""
    closes_term = first[-1:] in CLOSING_QUOTES and first[-2:-1] not in SENTENCE_END
    return closes_term and second[:1] in OPENING_QUOTES and not _is_heading(first)


def continues(first: str, second: str) -> bool:
    """True when `second` is the rest of `first`, cut by a page break."""
    if is_captioned(first):
        return False
    if _between_quoted_terms(first, second):
        return True
    if ends_sentence(first) or ends_with_lead_dash(first) or starts_new_paragraph(second):
        return False
    if ends_mid_clause(first):
        return True
    if _headline_over(first, second) or _sibling_labels(first, second):
        return False
    return not _is_heading(first) and not (len(second) < 25 and not is_prose(second))


def _glue(first: str, second: str) -> str:
    """Two halves of a paragraph as one (a space only between two Latin words)."""
    space = " " if first[-1:].isascii() and first[-1:].isalnum() and second[:1].isascii() else ""
    return f"{first}{space}{second}"


def _may_join(first: Line, second: Line) -> bool:
    """True unless the markup set either paragraph apart (a heading, a bullet) or ended the first one."""
    return not (first.level or second.level or first.closed)


def join_page_breaks(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Paragraphs split by a page break or a layout's line breaks, joined back (never a heading or a bullet:
    a paragraph the markup set apart, level > 0, stands alone)."""
    joined: list[Line] = []
    count = 0
    for para in paras:
        prev = joined[-1] if joined else None
        if prev is not None and _may_join(prev, para) and continues(prev.text, para.text):
            joined[-1] = replace(prev, text=_glue(prev.text, para.text))
            count += 1
        else:
            joined.append(para)
    return joined, (f"joined {counted(count, 'paragraph', 'paragraphs')} split by page breaks" if count else None)


# ---------------------------------------------------------------- mangled indentation

# Full-width indentation saved in an encoding that lacks it comes out as question marks (??一、…): two or
# more at the start of many lines of one text are lost spaces, never a question.
MANGLED_INDENT = re.compile(r"^[?？]{2,}(?=[^?？\s])")
MANGLED_MIN_LINES = 3


def drop_mangled_indents(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Question marks that stood for indentation, removed where at least three lines open with them."""
    hits = [p for p in paras if MANGLED_INDENT.match(p.text)]
    if len(hits) < MANGLED_MIN_LINES:
        return paras, None
    fixed = [replace(p, text=MANGLED_INDENT.sub("", p.text)) for p in paras]
    return fixed, f"removed question marks standing for indentation at {len(hits)} line starts"


# ---------------------------------------------------------------- anti-copy junk

# Marks left after a lead's closing colon by a lost encoding or a page's widget (…如下：??, …三项工作： ■): they
# hold no words, and hide the colon that announces what follows.
MARKS_AFTER_COLON = re.compile(r"(?<=[：:])[\s?？■□◆◇●○▲△★☆※]+$")


def drop_marks_after_colon(paras: list[Line]) -> tuple[list[Line], str | None]:
    """The marks after a paragraph's closing colon taken out."""
    bare = [MARKS_AFTER_COLON.sub("", para.text) for para in paras]
    fixed = [para if text == para.text else replace(para, text=text) for para, text in zip(paras, bare, strict=True)]
    count = sum(1 for old, new in zip(paras, fixed, strict=True) if old is not new)
    return fixed, (f"took out the marks after {counted(count, 'closing colon', 'closing colons')}" if count else None)


# Forums and document sites sprinkle their pages with hidden random text against copying (8 H) l- y* X6 …):
# runs of short tokens of ASCII letters, digits and signs, alone on a line or glued to either end of one.
JAMMER_RUN = re.compile(r"(?<![!-~])(?:[!-~]{1,3} ){4,}[!-~]*")
JAMMER_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")
JAMMER_PUNCT_SHARE = 1 / 3  # random tokens: at least this share of them hold a sign
JAMMER_MIN_RUNS = 3  # the junk is sprinkled all over a text: fewer runs are the text's own
# What a run glued to the start of the text leaves of the text: a marker's digits or bracket (…Z5 _1.作评价).
JAMMER_KEPT_TAIL = re.compile(r"[\d(（\[].*$")
# A run glued to the end of the text may begin with the text's own figure (增长3% 8 {0 l3 X) …): a percentage
# or a decimal, which random tokens never make glued to a sentence's words.
JAMMER_KEPT_HEAD = re.compile(r"\d+(?:\.\d+)?[%‰]|\d+\.\d+")


def _is_jammer(run: str) -> bool:
    """True for a run of random tokens: letters, digits and signs mixed, many tokens holding a sign."""
    tokens = run.split()
    signed = sum(1 for token in tokens if JAMMER_PUNCT.search(token))
    mixed = re.search(r"[A-Za-z]", run) and re.search(r"\d", run)
    return bool(mixed) and signed >= JAMMER_PUNCT_SHARE * len(tokens)


def _jammer_runs(text: str) -> list[re.Match[str]]:
    """The runs of junk in a line."""
    return [match for match in JAMMER_RUN.finditer(text) if _is_jammer(match.group())]


def _without_jammer(text: str, runs: list[re.Match[str]]) -> str:
    """A line without its runs of junk; a run glued to the text keeps only a marker's start (…P(1)言会)."""
    out: list[str] = []
    at = 0
    for match in runs:
        glued = match.group().split()[-1] if match.end() < len(text) else ""
        kept = JAMMER_KEPT_TAIL.search(glued)
        first = match.group().split()[0]
        after_text = match.start() > 0 and not text[match.start() - 1].isspace()
        start = match.start() + len(first) if after_text and JAMMER_KEPT_HEAD.fullmatch(first) else match.start()
        out += [text[at:start], kept.group() if kept else ""]
        at = match.end()
    return ("".join(out) + text[at:]).strip()


def drop_jammer(lines: list[Line]) -> tuple[list[Line], str | None]:
    """Anti-copy junk runs taken out of the lines (a line of nothing but junk is left blank, its number kept),
    where the text holds at least JAMMER_MIN_RUNS of them."""
    runs = [_jammer_runs(line.text) for line in lines]
    count = sum(map(len, runs))
    if count < JAMMER_MIN_RUNS:
        return lines, None
    fixed = [replace(line, text=_without_jammer(line.text, found)) for line, found in zip(lines, runs, strict=True)]
    return fixed, f"removed {count} runs of anti-copy junk"


# ---------------------------------------------------------------- pinyin glosses

# Some converted pages gloss characters with their pinyin in brackets (發(fā)展, 關(guān)於): a gloss is
# never the document's words, and its bracket would cut a heading short.
PINYIN_SYLLABLE = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}"
# (… one to a character, or a word's syllables in one bracket: 知识(zhī shí))
PINYIN_GLOSS = re.compile(  # 中(zhong)(zhong)
    rf"(?<=[\u3400-\u9fff])(?:[(（]{PINYIN_SYLLABLE}(?: {PINYIN_SYLLABLE}){{0,3}}[)）])+"
)
GLOSS_MIN = 3  # fewer glosses in a text may be the author's own (the 的(de) of a lesson)


def drop_pinyin_glosses(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Pinyin glosses after characters removed, where a text holds at least three of them."""
    count = sum(len(PINYIN_GLOSS.findall(p.text)) for p in paras)
    if count < GLOSS_MIN:
        return paras, None
    return [replace(p, text=PINYIN_GLOSS.sub("", p.text)) for p in paras], f"removed {count} pinyin glosses"


# ---------------------------------------------------------------- a document site's chrome over the document

# A document site sets its terms over the document it shows, as numbered items (1、本站文档由用户分享…,
# 2、下载本文档需积分…) or alone (提示：本站…), with its card of the file's figures (- 2024-03-02 发布 |,
# - 28.5 KB |, - 12页) and its label over the document (文档介绍, 部分内容预览): none of it is the document's, and
# the title stands below them. A line is the site's terms by two of its words, with the site naming itself, or
# with 文档 on a numbered item (1、各单位要加强版权保护，严禁下载盗版软件 is a text's own item).
SITE_WORDS = re.compile(r"文档|下载|上传|付费|会员|VIP|侵权|版权|退款|本站|本网站|网站|客服", re.IGNORECASE)
# … the site naming itself, its customer service or the users who gave it the file (由用户上传, 会员分享)
SITE_SELF = re.compile(r"本站|本网站|该网站|网站文档|网站客服|由(?:用户|会员)(?:上传|分享)")
TERMS_ITEM = re.compile(r"^[-•·*]?\s*\d{1,2}\s*[、.．]")
FILE_FIGURES = re.compile(
    r"^[-•·*]?\s*(?:\d{4}-\d{1,2}-\d{1,2}\s*发布|\d+(?:\.\d+)?\s*[KMG]B|\d+\s*页)\s*[|｜]?$", re.IGNORECASE
)
DOCUMENT_LABEL = re.compile(r"^(?:文档|资料)(?:介绍|简介|描述|预览)$|^(?:论文|文档|资料)?部分内容(?:阅读|预览)$")
SITE_WORDS_MIN = 2
TERMS_MAX_LENGTH = 300  # one of the site's terms is short: a longer line is a text, or a whole page of markup
MARKUP = re.compile(r"<[A-Za-z/!]")


def _is_site_chrome(text: str) -> bool:
    """True for a line of a document site's terms, its card of the file's figures or its label over the document
    (never a line of markup: a saved page on one line holds the site's words too; never a title)."""
    if len(text) > TERMS_MAX_LENGTH or MARKUP.search(text):
        return False
    shadow = simplify(text.strip())
    words = {found.upper() for found in SITE_WORDS.findall(shadow)}
    on_item = TERMS_ITEM.match(shadow) is not None and "文档" in words
    worded = any(ch in STRICT_TITLE_PUNCT for ch in shadow)  # a term is worded; a title (…网站文档管理的通知) is not
    # … nor a numbered title naming its kind of document, its series commas aside (1、关于网站文档、下载…的通知)
    titled = ends_with_doc_kind(shadow) and not any(ch in SENTENCE_BREAKS for ch in shadow)
    terms = worded and not titled and len(words) >= SITE_WORDS_MIN and (on_item or SITE_SELF.search(shadow) is not None)
    return terms or FILE_FIGURES.match(shadow) is not None or DOCUMENT_LABEL.match(shadow) is not None


def _chrome_end(lines: list[Line], start: int) -> int:
    """The position after the run of a site's chrome (and blank lines) from `start`."""
    end = start
    while end < len(lines) and (not lines[end].text.strip() or _is_site_chrome(lines[end].text)):
        end += 1
    return end


def _under_title(lines: list[Line], top: int) -> tuple[int, int]:
    """(where the title stands, where the site's chrome under it ends) when the line at `top` is a title over
    more of the site's chrome (its card goes on under the title it names: • 2页, 当前文档由用户上传…), else
    (top, top)."""
    end = _chrome_end(lines, top + 1)
    chrome_under = any(line.text.strip() for line in lines[top + 1 : end])
    title = top < len(lines) and looks_like_title(lines[top].text.strip(), strict=False)
    return (top, end) if title and chrome_under else (top, top)


def _chrome_start(lines: list[Line]) -> int:
    """The position where the run of a site's chrome (and blank lines) closing the text starts, when the site names
    itself in it (its terms set after the document: 1、本站所有文档均由用户上传…); a text's own last items on files
    and downloads (3、各单位要规范文档下载管理…) name no site: len(lines) then."""
    start = len(lines)
    while start > 0 and (not lines[start - 1].text.strip() or _is_site_chrome(lines[start - 1].text)):
        start -= 1
    named = any(SITE_SELF.search(simplify(line.text)) for line in lines[start:])
    return start if named else len(lines)


def drop_site_chrome(lines: list[Line]) -> tuple[list[Line], str | None]:
    """A document site's terms, card and label atop a text, under its title when they go on there, and closing
    it, left blank (their line numbers kept), before its title is looked for."""
    top = _chrome_end(lines, 0)
    title, end = _under_title(lines, top) if top else (top, top)
    blanked = set(range(top)) | set(range(title + 1, end)) | set(range(max(end, _chrome_start(lines)), len(lines)))
    count = sum(1 for i in blanked if lines[i].text.strip())
    if not count:
        return lines, None
    kept = [replace(line, text="") if i in blanked else line for i, line in enumerate(lines)]
    return kept, f"removed {counted(count, 'line', 'lines')} of a site's terms"


# ---------------------------------------------------------------- metadata left in the body

# A page's metadata block repeated in its body (- 作者： / - 来源：新华网 / - 浏览量：24) carries no point;
# its label lines would read as the items of a list. A bullet sign may precede each field.
FIELD_BULLET = re.compile(r"^[-·•*]\s*")
FURNITURE_FIELDS = frozenset(("author", "publication", "ignore"))  # date and body fields alone may be content
FIELD_RUN_MIN = 2


def _field(text: str) -> tuple[str, str] | None:
    """(meaning, value) of a line that is one metadata field (maybe after a bullet sign), else None."""
    return field_line(FIELD_BULLET.sub("", text))


def _is_text(text: str) -> bool:
    """True for a line that is text, not a field's value: prose, or a heading with its marker (第一章 总则)."""
    return is_prose(text) or starts_new_paragraph(text)


def _meanings(paras: list[Line]) -> list[str | None]:
    """What each paragraph holds as a field: its field's meaning, "value" for the value of an empty field on
    the line above (• 发文字号： / 某政发〔2024〕7号, as a page's list of fields sets them), or None."""
    meanings: list[str | None] = []
    above: tuple[str, str] | None = None
    for para in paras:
        found = _field(para.text)
        value = found is None and above is not None and not above[1] and not _is_text(para.text)
        meanings.append(found[0] if found else "value" if value else None)
        above = found
    return meanings


def drop_field_runs(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Runs of two or more metadata field lines in the body (with the values of empty fields on the lines
    under them), one of them naming page furniture, removed."""
    meanings = _meanings(paras)
    drop: set[int] = set()
    start = 0
    for i in range(len(paras) + 1):
        if i < len(paras) and meanings[i]:
            continue
        run = range(start, i)
        if len(run) >= FIELD_RUN_MIN and any(meanings[k] in FURNITURE_FIELDS for k in run):
            drop.update(run)
        start = i + 1
    if not drop:
        return paras, None
    kept = [p for k, p in enumerate(paras) if k not in drop]
    return kept, f"removed {counted(len(drop), 'metadata line', 'metadata lines')} left in the body"


# ---------------------------------------------------------------- fixed-width wrapping


def _printed_width(text: str) -> float:
    """A line's printed width in ems: a Latin letter, digit or space half, any other character one."""
    return sum(0.5 if ch.isascii() and (ch.isalnum() or ch == " ") else 1.0 for ch in text)


def _wrap_width(paras: list[Line]) -> float | None:
    """The width every line of a hard-wrapped text was broken at, or None when the text is not wrapped."""
    widths = sorted(w for p in paras if not p.level and (w := _printed_width(p.text)) >= WRAP_MIN_WIDTH)
    if len(widths) < WRAP_MIN_FULL:
        return None
    width = widths[int(WRAP_WIDTH_QUANTILE * (len(widths) - 1))]
    if width > WRAP_MAX_WIDTH or widths[-1] > 2 * width:
        return None
    full = [p.text for p in paras if not p.level and _printed_width(p.text) >= WRAP_FULL * width]
    cut = sum(1 for text in full if not stops_sentence(text))
    # wrapping cuts lines mid-sentence; paragraphs that happen to be of one length end their sentences
    wrapped = len(full) >= WRAP_MIN_FULL and len(full) >= WRAP_FULL_SHARE * len(widths) and cut > len(full) / 2
    return width if wrapped else None


def is_hard_wrapped(lines: list[Line]) -> bool:
    """True for a text whose lines were broken at one width (a PDF's copy), not at its paragraphs' ends."""
    return _wrap_width(lines) is not None


def _fills(line: str, width: float) -> bool:
    """True when a line of a text wrapped at `width` was cut by the wrapping, not by its paragraph's end."""
    return _printed_width(line) >= (WRAP_FULL_AT_STOP if stops_sentence(line) else WRAP_FULL) * width


def join_wrapped_lines(paras: list[Line]) -> tuple[list[Line], str | None]:
    """In a text wrapped at one width (a PDF copy), a full line and the next are one paragraph, whatever
    the full line ends with, unless the next opens with a marker; so is a line that ends with a bare
    marker (…。二是) and its text on the next line."""
    width = _wrap_width(paras)
    if width is None:
        return paras, None
    joined: list[Line] = []
    count = 0
    last = ""  # the physical line the paragraph so far ends with
    for para in paras:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and _may_join(prev, para)
            and not starts_new_paragraph(para.text)
            and (_fills(last, width) or ENDS_WITH_MARKER.search(last))
        ):
            joined[-1] = replace(prev, text=_glue(prev.text, para.text))
            count += 1
        else:
            joined.append(para)
        last = para.text
    return joined, (f"joined {counted(count, 'line', 'lines')} wrapped at {width:g} ems" if count else None)


# ---------------------------------------------------------------- spaces where a PDF's lines broke

# Text copied out of a PDF may keep a space where each of the PDF's lines ended, inside a paragraph's hanzi
# (…我结合近期自 己学习…): between two CJK characters, one printed width of a line apart all through the text.
LAYOUT_SPACE = re.compile(r"(?<=[^\x00-\u2fff]) (?=[^\x00-\u2fff])")
LAYOUT_MIN_LINES = 3  # the width shows in at least this many lines between two such spaces …
LAYOUT_SHARE = 0.6  # … making this share of them
LAYOUT_SLACK = 2  # a line is this many ems narrower or wider than the width (punctuation set narrow)
LAYOUT_INDENT = 2  # a paragraph's first line is indented this many ems


def _pieces(text: str) -> list[float]:
    """The printed widths of a paragraph's pieces between the spaces inside its CJK text (none without them)."""
    cuts = [match.start() for match in LAYOUT_SPACE.finditer(text)] if " " in text else []
    if not cuts:
        return []
    bounds = zip([0, *(at + 1 for at in cuts)], [*cuts, len(text)], strict=True)
    return [_printed_width(text[a:b]) for a, b in bounds]


def _layout_width(pieces: list[list[float]]) -> float | None:
    """The width of the PDF's lines the pieces show (the median of the pieces between two spaces), or None."""
    inner = sorted(width for widths in pieces for width in widths[1:-1])
    if len(inner) < LAYOUT_MIN_LINES:
        return None
    width = inner[len(inner) // 2]
    near = sum(1 for w in inner if abs(w - width) <= LAYOUT_SLACK)
    full = width >= WRAP_MIN_WIDTH and near >= LAYOUT_MIN_LINES and near >= LAYOUT_SHARE * len(inner)
    return width if full else None


def _broken_at(widths: list[float], width: float) -> bool:
    """True when a paragraph's pieces are the lines of a PDF `width` wide: all full but the last (the first
    maybe indented), the last no wider."""
    if not widths:
        return False
    *full, last = widths
    first_fits = bool(full) and width - LAYOUT_INDENT - LAYOUT_SLACK <= full[0] <= width + LAYOUT_SLACK
    return first_fits and all(abs(w - width) <= LAYOUT_SLACK for w in full[1:]) and last <= width + LAYOUT_SLACK


def drop_layout_spaces(paras: list[Line]) -> tuple[list[Line], str | None]:
    """The spaces a PDF's line ends left inside paragraphs taken out, where the text's pieces between such
    spaces show one width of line; a paragraph's spaces stay unless all its pieces are full lines."""
    pieces = [_pieces(p.text) for p in paras]
    width = _layout_width(pieces)
    if width is None:
        return paras, None
    fixed = [
        replace(p, text=LAYOUT_SPACE.sub("", p.text)) if _broken_at(widths, width) else p
        for p, widths in zip(paras, pieces, strict=True)
    ]
    count = sum(1 for a, b in zip(paras, fixed, strict=True) if a is not b)
    return fixed, (
        f"took out the spaces of a PDF's line ends in {counted(count, 'paragraph', 'paragraphs')}" if count else None
    )


# ---------------------------------------------------------------- a table of contents before the text

# A long document's table of contents (目录, then its headings, maybe with page numbers) repeats the headings
# the text then gives: the text starts again at the first entry.
CONTENTS = re.compile(r"(?:本文)?目[录次][:：]?")  # (本文目录：, a post's)
CONTENTS_REACH = 200  # a table of contents stands among the first paragraphs
# an entry's page number, with its dot leader, or its count of pages in brackets (…（2页）, a compilation's)
# (each tried only where its run of leaders or spaces starts: linear)
PAGE_NUMBER = re.compile(r"(?<![\s.…·—_-])[\s.…·—_-]*\d{1,4}$|(?<!\s)\s*[（(]\s*(?:共\s*)?\d{1,4}\s*页\s*[）)]$")


ENTRY_NUMBER = re.compile(
    rf"^\s*(?:(?:\d{{1,3}}|[{NUM}]{{1,3}})\s*[.．、]|第\s*(?:\d{{1,3}}|[{NUM}]{{1,3}})\s*篇[:：、.．]?)\s*"
)  # 1., 一、 or 第1篇: a list may number its entries, the pieces their headings


def _entry_key(text: str) -> str:
    """An entry or heading as compared: without its number, its page number and spaces (a compilation's list
    numbers the pieces its headings then give unnumbered)."""
    text = PAGE_NUMBER.sub("", text) or text
    return spaceless(ENTRY_NUMBER.sub("", text) or text)


def drop_contents(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A table of contents taken out: the 目录 line and its entries (short lines, no prose) up to the line where
    the first entry comes again as the text's heading; kept when the first entry never comes again."""
    start = next(
        (k for k, p in enumerate(paras[:CONTENTS_REACH]) if CONTENTS.fullmatch(simplify(spaceless(p.text)))), None
    )
    if start is None or start + 1 >= len(paras):
        return paras, None
    first = _entry_key(paras[start + 1].text)
    end = next((k for k in range(start + 2, len(paras)) if _entry_key(paras[k].text) == first), None)
    if end is None or any(is_prose(p.text) for p in paras[start + 1 : end]):
        return paras, None
    return paras[:start] + paras[end:], f"took out a table of contents ({counted(end - start - 1, 'entry', 'entries')})"


# ---------------------------------------------------------------- a page's summary of its opening

# A page's summary field over the article (摘要：…, 导读：…), cut short at a set length: the opening of the text
# under it, not text of its own.
SUMMARY = re.compile(r"^\s*[【\[]?(?:摘要|导读|内容提要|提要|本文导读)[】\]]?\s*[:：]?\s*")
SUMMARY_MIN = 15  # a summary this long that the next paragraph opens with is its copy
SUMMARY_REACH = 6  # … set among the body's first paragraphs
CUT_MARKS = ".。…· "  # the ellipsis a page sets where it cut its summary


def _summary_echo(summary: Line, under: Line) -> bool:
    """True when `summary` is a summary field whose words the paragraph `under` it opens with."""
    field = SUMMARY.match(simplify(summary.text))
    value = summary.text[field.end() :].rstrip(CUT_MARKS) if field else ""
    return len(value) >= SUMMARY_MIN and spaceless(under.text).startswith(spaceless(value))


def drop_summary_echoes(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A page's summary of its opening (摘要：为深入学习… cut short, over the paragraph that opens so) taken out."""
    echoes = {k for k in range(min(len(paras) - 1, SUMMARY_REACH)) if _summary_echo(paras[k], paras[k + 1])}
    if not echoes:
        return paras, None
    return [p for k, p in enumerate(paras) if k not in echoes], "took out a page's summary of its opening"


# ---------------------------------------------------------------- repeated bodies


def _run_length(keys: list[str], first: int, again: int) -> int:
    """How many paragraphs from `again` on repeat those from `first` on (without overlapping)."""
    n = 0
    while again + n < len(keys) and first + n < again and keys[first + n] == keys[again + n]:
        n += 1
    return n


def _is_repeat(run: list[str]) -> bool:
    """True when a run of repeated paragraphs is long enough to be a pasted copy, not a coincidence."""
    chars = sum(map(len, run))
    return chars >= REPEAT_ALONE_CHARS or (len(run) >= REPEAT_MIN_PARAGRAPHS and chars >= REPEAT_MIN_CHARS)


def drop_repeats(paras: list[Line]) -> tuple[list[Line], str | None]:
    """The paragraphs without runs that repeat earlier ones (a body pasted twice is kept once)."""
    keys = [spaceless(p.text) for p in paras]
    seen: dict[str, int] = {}
    kept: list[Line] = []
    notes: list[str] = []
    i = 0
    while i < len(paras):
        first = seen.get(keys[i])
        n = _run_length(keys, first, i) if first is not None else 0
        if n and _is_repeat(keys[i : i + n]):
            notes.append(f"removed a repeated body ({counted(n, 'paragraph', 'paragraphs')} from line {paras[i].no})")
            i += n
            continue
        seen.setdefault(keys[i], i)
        kept.append(paras[i])
        i += 1
    return kept, ("; ".join(notes) or None)


# ---------------------------------------------------------------- footnote marks and question marks


def drop_footnotes(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Footnote marks like [1] and ［2］ removed from inside paragraphs."""
    count = 0
    fixed: list[Line] = []
    for para in paras:
        text, n = FOOTNOTE.subn("", para.text)
        count += n
        fixed.append(replace(para, text=text))
    return fixed, (f"removed {counted(count, 'footnote mark', 'footnote marks')}" if count else None)


# A quiz's stem asks without a question word, by ending where its answer would go: on the copula or a verb that
# wants its object (…的起点是在？, …的特点是？, …被称为？), or on the answer's empty brackets (…（ ）？).
ANSWER_SLOT = re.compile(r"(?:是|是在|称为|叫做|包括|属于)\s*$|[（(]\s*[）)]\s*$")  # (…指的是 ends on 是)


def _is_question(sentence: str) -> bool:
    """True when a sentence asks something: it holds a question word outside quotation marks, or it is a quiz's
    stem that ends where its answer would go."""
    bare = simplify(QUOTED.sub("", sentence))
    return any(word in bare for word in QUESTION_WORDS) or ANSWER_SLOT.search(bare) is not None


def _sentence_before(text: str, at: int) -> str:
    """The sentence that ends at position `at`: back to the previous sentence break."""
    start = max(text.rfind(mark, 0, at) for mark in SENTENCE_BREAKS) + 1
    return text[start:at]


def fix_question_marks(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A ? or ？ that stands for 。 (end of a paragraph or before a marker, not a question) becomes 。."""
    count = 0
    fixed: list[Line] = []
    for para in paras:
        chars = list(para.text)
        for match in MISPLACED_QUESTION_MARK.finditer(para.text):
            if not _is_question(_sentence_before(para.text, match.start())):
                chars[match.start()] = "。"
                count += 1
        fixed.append(replace(para, text="".join(chars)))
    return fixed, (f"replaced {count} question marks standing for 。" if count else None)


# ---------------------------------------------------------------- bilingual pages


def drop_translations(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A mostly Chinese document without the paragraphs of its translation (letters overwhelmingly Latin)."""
    latin = [is_translation(p.text) for p in paras]
    chinese = sum(1 for p, is_latin in zip(paras, latin, strict=True) if not is_latin and HANZI.search(p.text))
    # a line of marks or figures alone (/ 5) is neither Chinese nor a translation
    worded = sum(1 for p in paras if HANZI.search(p.text) or LATIN_LETTER.search(p.text))
    if not paras or chinese < TRANSLATED_SHARE * worded or not any(latin):
        return paras, None
    # once the page is bilingual, a short line in Latin letters alone (April 2022, a heading's Part I) is its
    # translation's too, not a line of the Chinese text
    latin = [
        is_latin or (HANZI.search(p.text) is None and bool(LATIN_WORD.search(p.text)))
        for p, is_latin in zip(paras, latin, strict=True)
    ]
    kept = [p for p, is_latin in zip(paras, latin, strict=True) if not is_latin]
    what = counted(len(paras) - len(kept), "translation paragraph", "translation paragraphs")
    return kept, f"set aside {what} (Latin script in a Chinese text)"


# A translation set after each Chinese sentence on the same line (…要节约用水。 We must save water …, 同志们:Comrades,):
# from a Latin letter on through Latin script, ASCII signs and spaces, and quotes before more of them (an
# opening bracket at its end is the Chinese text's, and so is a run opened by one: a gloss in brackets,
# 节水(jié shuǐ), is a note on the text).
INLINE_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f](?:[\x20-\x7e\u00a0\u00c0-\u024f’]|[“”‘](?=[\x20-\x7e]))*")
GLOSS_OPENERS = ("(", "（", "[")
RUN_GIVEN_BACK = " ([{<"
INLINE_TRANSLATION_LONG = 16  # a run this long (in letters) is a sentence, no name or acronym …
INLINE_TRANSLATION_MIN_RUNS = 3  # … and a text with this many such runs is translated sentence by sentence
EMPTIED_QUOTES = re.compile(r"“\s*”|‘\s*’")  # the quotes of a translation's quoted words, once they are gone


def _latin_runs(text: str) -> list[str]:
    """The runs of Latin script in a line of Chinese text, in order, that are long enough to be a translated
    phrase and are no gloss in brackets."""
    runs = []
    for match in INLINE_LATIN.finditer(text):
        opened = text[: match.start()].rstrip().endswith(GLOSS_OPENERS)
        run = match.group().rstrip(RUN_GIVEN_BACK)
        if len(LATIN_LETTER.findall(run)) >= TRANSLATION_MIN_LETTERS and not opened:
            runs.append(run)
    return runs


def _without_runs(text: str, runs: list[str]) -> str:
    """A line without the given runs (found in order) and the spaces before them, and without the quotes they
    emptied."""
    kept, at = [], 0
    for run in runs:
        start = text.index(run, at)
        kept.append(text[at:start].rstrip())
        at = start + len(run)
    return EMPTIED_QUOTES.sub("", "".join(kept) + text[at:])


def drop_inline_translations(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A text translated sentence by sentence on its own lines without its translation: the Latin runs after
    its sentences removed, when there are enough long ones to show the text is bilingual (a name, an acronym
    or one English quotation in a Chinese text stays)."""
    runs = [_latin_runs(p.text) if HANZI.search(p.text) else [] for p in paras]
    long_runs = sum(1 for found in runs for run in found if len(LATIN_LETTER.findall(run)) >= INLINE_TRANSLATION_LONG)
    if long_runs < INLINE_TRANSLATION_MIN_RUNS:
        return paras, None
    fixed = [replace(p, text=_without_runs(p.text, found)) for p, found in zip(paras, runs, strict=True)]
    what = counted(sum(map(len, runs)), "translated phrase", "translated phrases")
    return fixed, f"set aside {what} run into the Chinese lines"


# ---------------------------------------------------------------- markers alone on their line


# A part's number (第一章, 第二节, 第三编) heads the articles under it: its text is only a title (short, no
# clause in it), never prose nor a wrapped text's first line.
PART_NUMBER = re.compile(rf"^第\s?[{NUM}\d]+\s?[章节编]$")


def _marker_text(marker: str, text: str) -> bool:
    """True for a line that can be the text of a marker alone above it: neither a lone marker nor a line that
    opens with a marker of its own, and a title for a part's number (第一章 without its title over 第一条… or
    over the next chapter's heading, or over a paragraph, stays a paragraph of its own)."""
    if MARKER_ALONE.match(text) or starts_new_paragraph(text):
        return False
    is_title = len(text) < JOIN_MIN_LENGTH and not any(ch in CLAUSE_PUNCT for ch in text)
    return is_title or not PART_NUMBER.match(simplify(marker))


def join_lone_markers(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A marker alone on its line (一是 / （一） / 1.) joined to the text on the next line."""
    joined: list[Line] = []
    count = 0
    for para in paras:
        prev = joined[-1] if joined else None
        if prev is not None and MARKER_ALONE.match(prev.text) and _marker_text(prev.text, para.text):
            joined[-1] = replace(prev, text=_glue(prev.text, para.text), level=prev.level or para.level)
            count += 1
        else:
            joined.append(para)
    return joined, (
        f"joined {counted(count, 'marker alone on its line to its text', 'markers alone on their line to their text')}"
        if count
        else None
    )


# A scraped page's markdown list can come apart around its bullet signs: the sign alone on a line over its
# item (- / 加强学习), or put at the end of the line above, after that line's full stop (…落实。 - / 加强学习).
DASH_ALONE = "-"
TRAILING_DASH = re.compile(r"(?<!\s)\s+-$")  # tried only where a run of spaces starts: linear


def _bullet_below(text: str) -> str | None:
    """The line without the bullet sign that belongs to the line below it (the sign alone gives ""), or None
    when the line carries no such sign (a trailing dash that follows no sentence end is the line's own)."""
    if text == DASH_ALONE:
        return ""
    cut = TRAILING_DASH.search(text)
    return text[: cut.start()] if cut and stops_sentence(text[: cut.start()]) else None


def _may_be_item(para: Line) -> bool:
    """True for a line that can be a bullet's item: words the markup did not set apart, no marker of its own."""
    return not para.level and has_words(para.text) and not starts_new_paragraph(para.text)


def mend_broken_bullets(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A bullet sign cut off its item (alone on the line above it, or at the end of that line after a full
    stop) given back: the item becomes a bullet paragraph, the line above loses the sign. The item is a line
    of words that opens with no marker of its own."""
    fixed: list[Line] = []
    count = 0
    for para in paras:
        prev = fixed[-1] if fixed else None
        rest = _bullet_below(prev.text) if prev is not None and not prev.level else None
        if prev is not None and rest is not None and _may_be_item(para):
            fixed[-1:] = [replace(prev, text=rest)] if rest else []
            para = replace(para, level=BULLET_LEVEL)
            count += 1
        fixed.append(para)
    return fixed, (f"gave {count} bullet signs cut off their items back to them" if count else None)


# A news dispatch closes with its editor's name in brackets (…（完）【编辑：王五】, （责任编辑：王五）): no text.
# the credits a school's or unit's page closes its news with, in brackets (（文字：张某 审核：李某 终审：王某）)
CREDIT_ROLES = r"(?:责任编辑|编辑|责编|文字|文图|图文|图片|摄影|审核|审校|初审|复审|终审|校对|排版|供稿|文|图)"
EDITOR_NOTE = re.compile(
    rf"\s*[【\[（(]\s*(?:(?:{CREDIT_ROLES}\s*[:：/]|[文图]\s)\s*[\u3400-\u9fff·、，,\s]{{1,24}}?\s*){{1,6}}[】\]）)]\s*$"
)


def drop_editor_notes(paras: list[Line]) -> tuple[list[Line], str | None]:
    """The editor's note at a paragraph's end taken out (read on the simplified shadow, of the same length); a
    paragraph of the note alone goes."""
    fixed: list[Line] = []
    count = 0
    for para in paras:
        tail = para.text[-TAIL_REACH:]
        match = EDITOR_NOTE.search(simplify(tail)) if tail.rstrip().endswith(("）", ")", "】", "]")) else None
        if match is None:
            fixed.append(para)
            continue
        count += 1
        cut = len(para.text) - len(tail) + match.start()
        fixed += [replace(para, text=para.text[:cut])] if cut else []
    return fixed, ("took out " + counted(count, "editor's note", "editor's notes") if count else None)


# A news agency's dispatch header that only gives the headline (新华社北京3月12日电 题：…), a reporters' byline
# without names (新华社记者), an author's note in brackets on its own line (（作者：…） / （作者系…教授）), a
# newspaper's jump line, a site's keyword note, a template's leftover, a source credited in brackets.
FURNITURE_LINE_MAX = 100  # such a line is short
BYLINE_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\S{2,20}?\d{1,2}月\d{1,2}日电\s*题\s*[:：].{1,80}$"),
    NO_ONE,  # 新华社记者, 本报记者
    re.compile(r"^[（(]\s*作者(?:\s*[:：]|系|为|是|单位\s*[:：]).{1,60}[）)]$"),
    MARKED_UNIT,  # （某某大学 马克思主义学院，某市 200000）
    # a journal's note on its author (作者简介：张明，男，…; 作者张明，男，…; 作者简介：张明，某某学院讲师…)
    re.compile(
        r"^(?:作者简介\s*[:：]\s*|作者)[\u3400-\u9fff·]{2,4}\s*(?:[（(][^（()）]{1,12}[）)])?\s*[,，]\s*[男女]\s*[,，]"
    ),
    re.compile(r"^作者简介\s*[:：]\s*[\u3400-\u9fff·]{2,4}\s*[,，]"),
    re.compile(rf"^[（(]\s*(?:下转|上接|转|接)第?\s*[{NUM}\d]+\s*版\s*[）)]$"),  # a newspaper's jump line (下转第3版)
    # a paper's dispatch line alone, where and on which day it was filed ((北京七日电), （澳门二十日电）)
    re.compile(rf"^[（(]\s*[\u3400-\u9fff]{{2,8}}?[{NUM}廿卅\d]{{1,3}}日电\s*[）)]$"),
    # a site's note of the keywords it filed the copy under (【某某网收录关键词：… 】)
    re.compile(r"^[【\[][^【】\[\]]{0,30}关键[词字]\s*[:：][^【】\[\]]{1,80}[】\]]$"),
    # a page's template left in the copy, up to the close of an HTML comment (…-->)
    re.compile(r"^.*-->\s*$"),
    # the source credited in brackets alone on its line (（来源：某某网）, （某某县广播电视台）)
    re.compile(r"^[（(]\s*(?:来源\s*[:：]\s*)?[\u3400-\u9fff·]{2,20}(?:网|台|报|社|杂志)\s*[）)]$"),
    # a picture's source credited alone on its line (图片来自某某网, 图片来源：某某, 照片提供：某某; a provider only
    # after a colon: 图片提供单位要… is a sentence)
    re.compile(
        r"^[（(]?(?:图片|配图|照片|图)\s*(?:(?:来自|来源于?|源自)\s*[:：]?|提供\s*[:：])\s*[^\s。！？!?，,]{1,20}[）)]?$"
    ),
    # a picture's file name left where the picture stood (20240312081530123.jpg, 2.webp (3).png)
    re.compile(r"^[\w\-.]{1,40}(?:\s*[（(]\d{1,3}[）)])?\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE),
)


def _is_byline_line(text: str) -> bool:
    """True for a dispatch's header or an author's bracketed note alone on its line."""
    if len(text) > FURNITURE_LINE_MAX:
        return False
    shadow = simplify(text)
    return any(p.match(shadow) for p in BYLINE_LINES)


UNIT_REACH = 3  # an author's unit without brackets under the byline is among the body's first lines


def drop_bylines(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A dispatch's headline header, a reporters' byline without names and an author's bracketed note, each
    alone on its line, removed; and an author's unit without brackets over the text (after a paragraph of it,
    such a line is an address the text gives: 某某省某某市某某路 100000)."""
    top = next((k for k, p in enumerate(paras[:UNIT_REACH]) if is_prose(p.text)), min(len(paras), UNIT_REACH))
    bare = {k for k, p in enumerate(paras[:top]) if BARE_UNIT.match(simplify(p.text))}
    kept = [p for k, p in enumerate(paras) if not (k in bare or _is_byline_line(p.text))]
    return kept, (
        f"removed {counted(len(paras) - len(kept), 'byline line', 'byline lines')}" if len(kept) < len(paras) else None
    )


# A document site's notice that its copy is cut short (（未完，全文共N字…）, 预览结束…):
# the text ends there, and what follows is the site's (its prompts, its links); and its notice that a passage
# is hidden from non-members, counting what it hides (以下隐藏N字…, 此处省略N字…): no text.
# (… or a paywalled copy's: -本文未完，本篇为某某VIP文章-)
CUT_NOTICE = re.compile(
    r"未完[，,、]?\s*(?:待续)?[，,]?\s*全文共?\s*\d+\s*字|^\W*(?:全文)?预览(?:已)?结束|^\W*本文未完"
)
HIDDEN_NOTICE = re.compile(r"(?:此处)?隐藏\s*\d+\s*个?字|省略\s*\d+\s*字")  # what it hides, counted
# … and its word before the copy (下面是小编为大家整理的…，供大家参考。): no text either.
SITE_INTRO = re.compile(
    r"^(?:下面|以下)是?(?:小编|本站|编者)?(?:为|给)(?:大家|您)(?:精心)?(?:整理|收集|搜集|准备|带来)的"
    r".{0,60}?(?:供(?:大家|您)参考|欢迎(?:阅读|参考|借鉴)|希望对(?:大家|您)有所帮助)"
    # (… or its greeting: 大家好！今天让某某的小编来给大家介绍下关于…的问题)
    r"|^(?:大家好[!！，,]?\s*)?今天(?:让|由)?[^。！？!?]{0,12}小编(?:来|为|给){0,2}(?:大家|您)?(?:介绍|分享|讲解|聊聊)"
)
NOTICE_MAX = 80  # such a notice is short
# … or the sentence closing the site's word before the copy, however it opens (讲稿难写…，某某网小编为您带来了…3篇，
# 相信…有所帮助。 / …？下面我给大家整理了一些讲稿范文，希望…): the site's editor, or someone giving
# its reader what was gathered, the site's wares named (小编, 范文, 模板): a speaker's own 下面我给大家讲三点 gathers
# nothing, and 今天给大家带来的党课 names no site's wares.
INTRO_SENTENCE = re.compile(
    r"(?:小编|本站|编者|(?:下面|以下|今天)(?:我|小编)?(?:为|给)(?:大家|您|你))[^。！？!?]{0,20}?"
    r"(?:整理|收集|搜集|准备|带来|汇编|精选)(?:了|的)"
)
SITE_WARES = re.compile(r"小编|本站|编者|范文|范本|模板|例文")
READER = re.compile(r"大家|您|你")  # … given to its reader
# … and its word after the copy (以上就是小编整理的…，更多精彩范文请关注本站。)
SITE_OUTRO = re.compile(
    r"^以上(?:就|便)?是(?:小编|本站|编者)[^。！？!?]{0,40}?(?:整理|收集|分享|带来|汇编)的"
    r"|^[^。！？!?]{0,20}更多(?:精彩)?(?:范文|内容|文章|资料)[^。！？!?]{0,6}(?:请|敬请|欢迎)(?:关注|访问|收藏)本站"
)
SITE_WORD_MAX = 200  # the site's word is a short paragraph


def _site_intro(text: str) -> bool:
    """True for a paragraph that is a document site's word before its copy (SITE_INTRO), or that closes on one."""
    shadow = simplify(text.strip())
    if SITE_INTRO.match(shadow):
        return True
    sentences = [part for part in re.split(r"(?<=[。！？!?])", shadow) if part.strip()]
    last = sentences[-1] if sentences and len(shadow) <= SITE_WORD_MAX else ""
    return all(pattern.search(last) for pattern in (INTRO_SENTENCE, SITE_WARES, READER))


def _site_outro(text: str) -> bool:
    """True for a paragraph that is a document site's word after its copy (SITE_OUTRO)."""
    shadow = simplify(text.strip())
    return len(shadow) <= SITE_WORD_MAX and SITE_OUTRO.match(shadow) is not None


def drop_site_notices(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A document site's notices taken out: its words before and after the copy, a passage hidden from
    non-members, and the notice that the copy is cut short with everything after it."""
    shadows = [simplify(p.text) if len(p.text) <= NOTICE_MAX else None for p in paras]  # a notice is short
    cut = next((k for k, shadow in enumerate(shadows) if shadow and CUT_NOTICE.search(shadow)), len(paras))
    dropped = {k for k, shadow in enumerate(shadows[:cut]) if shadow and HIDDEN_NOTICE.search(shadow)}
    if paras and _site_intro(paras[0].text):
        dropped.add(0)
    last = cut - 1
    while last > 0 and _site_outro(paras[last].text):
        dropped.add(last)
        last -= 1
    kept = [p for k, p in enumerate(paras[:cut]) if k not in dropped]
    return kept, (
        f"removed {counted(len(paras) - len(kept), 'line', 'lines')} of a site's notices"
        if len(kept) < len(paras)
        else None
    )


# What a page or an account sets after its article: the credits (来源：…, 责任编辑：…, 校对：…, 出品：…, 投稿：),
# a comment form's empty labels (用户名：, 评论内容：), a share prompt (分享本文：), a link to its terms
# (…使用条款>>>).
# An account's credits may name its writers and photographers (撰稿：…, 文字：…, 图片：…, 文/图：…) and its staff
# (主编：…, 值班编辑：…, 小编微信：…), their labels spaced out to one width (监 制：), several run together on one line.
TAIL_ROLES = (
    "初审|复审|终审人|终审|审核人|审核|审校|审稿|校对|撰稿|撰文|责任编辑|责编|值班编辑|编辑|主编|排版|美编|发布|供稿|监制|出品|投稿邮箱|投稿"
    "|小编微信|文字|图片|摄影|文图|图文|文/图"
)
_SPACED_ROLES = re.sub(r"(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])", r"\\s?", TAIL_ROLES)  # 监 制, 主 编
CREDIT_LABEL = re.compile(rf"(?:(?:素材|图文|文字|图片|信息|稿件)?来源|{_SPACED_ROLES})\s*[:：_]")  # (编 辑 _ 某某)
CREDIT_VALUE = re.compile(r"[^。！？!?；;]{0,30}")  # the name a credit gives is short, no sentence
# … and its call to follow it by its code (长按识别二维码关注, 扫描二维码关注), a blog's comment form, its reprint
# notice ((本文系某某原创，转载请注明出处)), and a link to click to see or read more (点击阅读原文, 原文有误？点此查看
# 原网页): a short line, maybe after a short question, no sentence.
TAIL_NOTICE = re.compile(
    r"^(?:长按|扫描|扫码|识别)[^。！？!?]{0,6}(?:二维码|图片)[^。！？!?]{0,10}$"
    # a blog's comment form: its heading (发表评论, 发布留言) and its note on the e-mail address asked for (no
    # sentence that leads up to it: 平台承诺，用户的电子邮件地址不会被公开，… stays)
    r"|^(?:发表|发布|我要)(?:评论|留言)$|^[^。！？!?，,；;]{0,20}电子邮件地址不会被?公开"
    r"|^[（(]?本文(?:为|系|是)[^。！？!?]{0,20}原创[^。！？!?]{0,20}[）)]?$"
    r"|^[^。！!?？]{0,8}[?？]?\s*(?:点此|点击)(?:查看|阅读)[^。！？!?]{0,16}$"
    # the page's reprint terms (本网所刊登的…，未经授权，不得转载), its copyright line (© 2001-2013 …), a link to
    # the full story (详情点击：https://…)
    r"|^[^。！？!?]{0,40}未经[^。！？!?]{0,12}(?:授权|许可|同意)[^。！？!?]{0,4}不得[^。！？!?]{0,4}(?:转载|摘编|镜像)"
    r"[^。！？!?]{0,16}$"
    r"|^(?:©|\([Cc]\)|[Cc]opyright)\s*\d{4}"
    r"|^[^。！？!?，,\s]{0,8}(?:\s*[:：])?\s*https?://\S+$"
    # … and its app's promotion: its name (某某社「一手新闻」 app) and where to download it (iOS App下载)
    r"|^[^。！？!?]{0,12}(?:iOS|Android|安卓|苹果)(?:\s*(?:App|APP|app|版|客户端))?\s*下载"
    r"|^[^。！？!?，,]{1,16}\s?(?:app|App|APP)$"
    # … and a site's footer naming who runs it and who built it (某某部主办 技术支持：某某中心), no sentence
    r"|^[^。！？!?]{0,40}技术支持\s*[:：][^。！？!?]{0,40}$"
)
CREDIT_LINE_MAX = 200  # a line of credits run together is short


def _is_credits(text: str) -> bool:
    """True for a line of credits: labels (编辑：, 监 制：) from its start on, each with a short value."""
    labels = list(CREDIT_LABEL.finditer(text))
    if not labels or labels[0].start():
        return False
    ends = [label.start() for label in labels[1:]] + [len(text)]
    return all(CREDIT_VALUE.fullmatch(text[label.end() : end]) for label, end in zip(labels, ends, strict=True))


EMPTY_LABEL = re.compile(r"^[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){1,5}\s*[:：]$")
SHARE_PROMPT = re.compile(r"^(?:手机)?分享(?:本文|到|至|给朋友)?\s*[:：]?$")
TERMS_LINK = re.compile(r"^.{2,24}(?:声明|条款|须知)\s*>{2,}$")
TAIL_WORD_MAX = 8  # a short line among them (the account's name, a button: 查看) is theirs too
TAIL_RUN_REACH = 12


def _tail_kind(text: str) -> str | None:
    """ "label" for an empty label (昵 称：), "furniture" for another line of what a page or an account sets after
    its article, else None."""
    shadow = simplify(text.strip())
    if len(shadow) <= CREDIT_LINE_MAX and _is_credits(shadow):
        return "furniture"
    if any(p.match(shadow) for p in (SHARE_PROMPT, TERMS_LINK, TAIL_NOTICE)):
        return "furniture"
    return "label" if EMPTY_LABEL.match(shadow) else None


def _leads_sublist(paras: list[Line], k: int) -> bool:
    """True for a list item over items nested under it (- 思想上： over its own bullets): the author's lead of a
    sub-list, whatever its shape, never a form's empty label."""
    level = paras[k].level
    return level >= BULLET_LEVEL and k + 1 < len(paras) and paras[k + 1].level > level


def drop_tail_furniture(paras: list[Line]) -> tuple[list[Line], str | None]:
    """The run of credits, comment form, share prompt and terms link closing a text taken out, with the short
    lines among and after them. One empty label alone is no form: a heading over the text's last lines
    (附件：, 联系方式：) heads text."""
    start = len(paras)
    kinds: list[str | None] = []  # the run's kinds, last line first
    while start > max(0, len(paras) - TAIL_RUN_REACH):
        text = paras[start - 1].text.strip()
        kind = None if _leads_sublist(paras, start - 1) else _tail_kind(text)
        if not (kind or (len(text) <= TAIL_WORD_MAX and not any(ch in CLAUSE_PUNCT for ch in text))):
            break
        kinds.append(kind)
        start -= 1
    kinds.reverse()
    form = kinds.count("label") > 1
    cut = next((start + k for k, kind in enumerate(kinds) if kind == "furniture" or (form and kind)), len(paras))
    kept = paras[:cut]
    return kept, (f"removed {counted(len(paras) - cut, 'line', 'lines')} after the text" if cut < len(paras) else None)


def drop_marks_alone(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Paragraphs of marks alone (?, * * *, ……: a character lost to the encoding, a section rule) removed."""
    kept = [p for p in paras if has_words(p.text)]
    return kept, (
        f"removed {counted(len(paras) - len(kept), 'line', 'lines')} of marks alone" if len(kept) < len(paras) else None
    )


# A page number as a PDF prints it (— 3 —, - 3 -, 第 3 页 共 9 页), or a document site under the picture of each
# page (1/13), left in a text copied out of it: it cut a paragraph that goes on after it. A bare number may be
# the text's own.
PRINTED_PAGE_NUMBER = re.compile(
    r"^(?:[—–\-－]\s*\d{1,4}\s*[—–\-－]|\d{1,4}\s*/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页)$"
)


def _drop_matching(paras: list[Line], pattern: re.Pattern[str], what: tuple[str, str]) -> tuple[list[Line], str | None]:
    """The paragraphs that `pattern` does not match at their start, and a note naming how many of `what` went."""
    kept = [p for p in paras if not pattern.match(p.text)]
    return kept, (f"removed {counted(len(paras) - len(kept), *what)}" if len(kept) < len(paras) else None)


def _take_out(paras: list[Line], pattern: re.Pattern[str], what: tuple[str, str]) -> tuple[list[Line], str | None]:
    """The paragraphs with what `pattern` finds taken out of their texts, and a note naming how many of `what`."""
    count = sum(len(pattern.findall(p.text)) for p in paras)
    fixed = [replace(p, text=pattern.sub("", p.text)) for p in paras] if count else paras
    return fixed, (f"took out {counted(count, *what)}" if count else None)


def drop_page_numbers(paras: list[Line]) -> tuple[list[Line], str | None]:
    """Printed page numbers alone on their lines removed, so that the paragraph they cut can be joined."""
    return _drop_matching(paras, PRINTED_PAGE_NUMBER, ("printed page number", "printed page numbers"))


# A model-essay site's stamp set among the copy's lines, alone or at a line's end after a space (稿子汇 www.….com,
# 公文汇,办公文档之家): the site's name with its web address, which no text's line ends on after a space, or with
# its slogan after a comma, a stamp only when the copy sets it at the end of another line too (a text's own
# heading never rides on another line after a space).
SITE_ADDRESS = r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)(?:/\S*)?"
ADDRESS_STAMP = re.compile(rf"(?:^|(?<=\s))[\u3400-\u9fff]{{2,8}}\s*{SITE_ADDRESS}\s*$")
SLOGAN_STAMP = re.compile(r"(?:^|(?<=\s))(?P<stamp>[\u3400-\u9fff]{2,8}\s*[,，]\s*[\u3400-\u9fff]{2,10})\s*$")


def _slogan_stamps(paras: list[Line]) -> set[str]:
    """The name-and-slogan runs closing lines that the copy sets at the end of another line at least once."""
    found = [(m["stamp"], m.start() > 0) for p in paras if (m := SLOGAN_STAMP.search(p.text.strip()))]
    riding = {stamp for stamp, after_text in found if after_text}
    return {stamp for stamp in riding if sum(1 for s, _ in found if s == stamp) >= 2}


def drop_site_stamps(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A model-essay site's stamps taken out of the lines, and the lines that held nothing else."""
    slogans = _slogan_stamps(paras)
    kept: list[Line] = []
    count = 0
    for p in paras:
        text = ADDRESS_STAMP.sub("", p.text.strip())
        found = SLOGAN_STAMP.search(text)
        if found and found["stamp"] in slogans:
            text = text[: found.start()]
        count += text != p.text.strip()
        if text.strip():
            kept.append(p if text == p.text.strip() else replace(p, text=text.rstrip()))
    return kept, (f"took out {counted(count, 'site stamp', 'site stamps')}" if count else None)


# A bilingual lesson's word notes, one to a line: the English word, its pronunciation in brackets or slashes,
# its part of speech and its Chinese meanings (coin [kɔɪn] v. 创造；提出): no text of the document.
WORD_NOTE = re.compile(
    r"^[A-Za-z][A-Za-z\-' ]{0,30}\s*(?:\[[^\[\]]{1,40}\]|/[^/]{1,40}/)\s*"
    r"(?:n|v|vt|vi|adj|adv|prep|conj|pron|num|phr|abbr)\.\s*[\u3400-\u9fff]"
)


def drop_word_notes(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A bilingual lesson's word notes (word, pronunciation, part of speech, meanings) removed."""
    return _drop_matching(paras, WORD_NOTE, ("word note", "word notes"))


# A mirror site's copy puts a comma before marks, doubling them (贯彻,，帮助; 制度,、推进; 读物,。): the comma goes.
DOUBLED_MARK = re.compile(r"[,，](?=[,，、。；;！？!?])")


def mend_doubled_marks(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A comma set before another mark (,, ,、 ,。) taken out."""
    return _take_out(paras, DOUBLED_MARK, ("comma doubling a mark", "commas doubling a mark"))


# A journal database's copy opens its abstract's or article's text with the mark <正> ("the text"): no word of it.
TEXT_MARK = re.compile(r"^\s*<正>\s*")


def drop_text_marks(paras: list[Line]) -> tuple[list[Line], str | None]:
    """A database's <正> mark at a paragraph's start taken out."""
    return _take_out(paras, TEXT_MARK, ("<正> mark", "<正> marks"))


Repair = Callable[[list[Line]], tuple[list[Line], str | None]]
# (drop_pinyin_glosses runs on the file's lines, before its title is looked for.) In order: mangled
# indentation first, so that every later step sees a line's real start, and a PDF's line-end spaces, so that
# every later step sees a paragraph's words; a table of contents before its headings can be joined to
# anything; then metadata left in the body;
# translations next (whole paragraphs, then runs after Chinese sentences), so that no English line is joined
# to a Chinese one; a bullet sign cut off its item given back before lines of marks alone go (a sign alone is
# one) and before any joining (an item is a bullet, never joined); lone markers before page breaks,
# so that the marker's text is a paragraph that starts with a marker (and a lone bullet sign is joined
# before lines of marks alone go); a site's notices and what a page sets after the text before any joining,
# so that none is glued to a paragraph; a text's wrapping before other page breaks, which judge a line by its
# words alone; joining before repeats, so that both copies of a repeated
# body compare equal once rejoined; footnotes before question marks, so that a mark between ? and a marker
# does not hide it.
REPAIRS: tuple[Repair, ...] = (
    drop_mangled_indents,
    drop_text_marks,
    drop_site_stamps,
    drop_marks_after_colon,
    drop_layout_spaces,
    drop_contents,
    drop_summary_echoes,
    drop_field_runs,
    drop_translations,
    drop_inline_translations,
    drop_word_notes,
    mend_broken_bullets,
    join_lone_markers,
    drop_editor_notes,
    drop_site_notices,
    drop_tail_furniture,
    drop_captions,
    drop_bylines,
    drop_marks_alone,
    drop_page_numbers,
    join_wrapped_lines,
    join_page_breaks,
    drop_repeats,
    drop_footnotes,
    fix_question_marks,
    mend_doubled_marks,
)


def repair(lines: tuple[Line, ...] | list[Line]) -> tuple[list[Line], list[str]]:
    """The body's paragraphs after every repair, with a one-line note for each repair made."""
    paras = paragraphs(lines)
    notes: list[str] = []
    for step in REPAIRS:
        paras, note = step(paras)
        if note:
            notes.append(note)
    return paras, notes
