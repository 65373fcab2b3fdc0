"""What a line looks like: sentence ends, enumeration headings, titles, people's names."""

from __future__ import annotations

import re

from study.read.fields import (
    CREDIT_ROLE,
    DESKS,
    ENGLISH_DMY,
    ENGLISH_MDY,
    FIELD_START,
    NUMERIC_DATE,
    field_line,
    parse_date,
)
from study.script import simplify

# A paragraph ending in one of these is complete (closing quotes and brackets end a quoted sentence).
SENTENCE_END = frozenset("。！？!?；;：:…”」』’）)】")
# A paragraph ending in one of these was cut in the middle of a clause.
CLAUSE_CUT = frozenset("，,、—-（(《“「『")
# Any of these inside a line means it is a sentence, not a title.
SENTENCE_PUNCT = frozenset("。！？!?；;")
# Closing quotes and brackets, after which a sentence mark may still end the line (…。” / …！）).
CLOSERS = "”’」』）)】\"'"
# Titles may hold commas and colons; a strict (plain text) title holds no punctuation at all.
STRICT_TITLE_PUNCT = SENTENCE_PUNCT | frozenset("，,：:、…")

NUM = "一二三四五六七八九十百〇零"
# Beginnings of a new paragraph: enumeration markers and sequence words (read's own small table; the
# parser has the full grammar). A paragraph starting like this never continues the one before it.
# the list markers themselves (what a heading may open with), then the sequence words and signs
LIST_MARK_PATTERNS: tuple[str, ...] = (
    rf"[{NUM}]+\s*[、．.，,]",  # 一、  二．
    rf"[（(]\s*[{NUM}\d]+\s*[）)]",  # （一） (1)
    r"\d{1,3}\s*(?:[、．]|\.(?!\d)|[）)])",  # 1.  1、  1)
    r"[①-⑳⑴-⒇]",  # ①
    rf"第[{NUM}\d]+[，,、：:\s章节条部篇点條節]",  # 第一，  第二条  第3條
    rf"第\s[{NUM}\d]+\s?[章节条條節]",  # 第 3 條 (第 3 季度 is prose)
)
MARKER_PATTERNS: tuple[str, ...] = (
    *LIST_MARK_PATTERNS,
    rf"[{NUM}]{{1,3}}(?:是|要|靠|方面|则|来)",  # 一是 二要 一方面
    rf"其[{NUM}]",  # 其一
    r"首先|其次|再次|最后|另一方面|此外|总之|综上所述",
    r"[•●▪■◆◇◦·]",  # a bullet sign in plain text: each bullet is its own paragraph
)
MARKER = "(?:" + "|".join(MARKER_PATTERNS) + ")"
MARKER_START = re.compile("^" + MARKER)
MARKER_REACH = 12  # a marker or sequence word opening a line is no longer than this

HANZI = re.compile(r"[\u3400-\u9fff]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
TRANSLATION_MIN_LETTERS = 8  # a shorter Latin line (an acronym, a name) is part of the Chinese text
TRANSLATION_HANZI_SHARE = 0.05  # a translation may quote a hanzi term or two, no more
# Section words that head a part of a document but never name it.
NOT_TITLES = frozenset(
    (
        "前言",
        "引言",
        "序言",
        "导言",
        "导语",
        "绪论",
        "摘要",
        "内容提要",
        "提要",
        "目录",
        "正文",
        "说明",
        "附件",
        "结语",
        "结束语",
        "后记",
        "按语",
        "编者按",
        "写在前面",  # a public account's foreword
        "开篇语",
        "卷首语",
        "关于我们",  # a site's links, left over the copy
        "联系我们",
        "网站地图",
        "注释",
        "参考文献",
    )
)

# The most common Chinese surnames (about 85 % of people), compound ones first.
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
    "迟邝"
)
# Lines that only name the author, with the prefixes newspapers put before a byline (and the ◎ of journals).
BYLINE = re.compile(
    r"^(?:(?:作者|撰文|执笔|本报记者|记者|本报评论员)\s*[:：/／]?|文\s*[/／]|◎)?\s*([\u3400-\u9fff]{2,4})$"
)
# An official document's number (发文字号): issuer's abbreviation, year in brackets, serial number.
_DOC_NUMBER_CORE = r"[\u3400-\u9fff]{1,12}[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*\d{1,4}\s*[号號]"
_DOC_NUMBER = "^" + _DOC_NUMBER_CORE
DOC_NUMBER = re.compile(_DOC_NUMBER + "$")
# The same number at the start of a title line (鲁政发〔2014〕20号《…》): it numbers the document, it is no part
# of its name.
DOC_NUMBER_PREFIX = re.compile(_DOC_NUMBER + r"\s*")
# … or noted in brackets after it, as government sites list their documents (…的通知（某政办发〔2019〕8号）).
DOC_NUMBER_NOTE = re.compile(r"(?<!\s)\s*[（(]\s*" + _DOC_NUMBER_CORE + r"\s*[）)]$")
# The masthead of an official document (红头): the issuing bodies' names over 文件, set atop its number and its title
# (中共某县委办公室文件, 某某市人民政府文件, 中共某县委 某县人民政府文件): the issuer's, never the title.
# A masthead only names bodies: a line that does something with their document (认真学习省委文件, 关于转发市委文件) is a
# title. (A body's name may hold 贯彻落实… or 学习型…: 某县贯彻落实某规定领导小组办公室文件 is a masthead.)
NOT_AN_ISSUER = ("关于", "学习(?!型)", "转发", "印发", "的")
_ISSUER = (
    rf"^(?!.*(?:{'|'.join(NOT_AN_ISSUER)}))[\u3400-\u9fff（）()、]{{2,40}}?"
    r"(?:委员会|委|办公室|办公厅|政府|党组|党委|中央|国务院|局|厅|部|院|署|工会|联合会|协会|团)"
)
MASTHEAD = re.compile(_ISSUER + "文件$")
# … set over several lines when several bodies issue it together (中共某县委办公室 / 某县人民政府办公室文件): the
# names of the others, each alone on its line, over the last (or over 文件 alone).
ISSUER = re.compile(_ISSUER + "$")
# The document's number with its signer beside it, as a report to a higher body sets it (某办发〔2024〕5号
# 签发人：张某).
SIGNED_NUMBER = re.compile("^" + _DOC_NUMBER_CORE + r"\s*签发人\s*[:：]\s*[\u3400-\u9fff·\s]{2,12}$")
# The note under a decision's or a regulation's title that says when and by whom it was adopted, opening on that
# date: （2023年3月8日中国共产党某县第十五届委员会第四次全体会议通过）, （2024年5月6日某县委常委会会议审议通过）.
ADOPTION_NOTE = re.compile(
    r"^[（(]\s*[\d〇○零一二三四五六七八九十]{4}\s*年[^（）()]{0,100}"
    r"(?:通过|批准|修订|修正|审定|公布|发布|印发)\s*[）)]$"
)
DATE_ONLY = re.compile(r"^[\d\s年月日号/\-.:：〇○零一二三四五六七八九十]+$")
# A page's dateline: a line that starts with a date (`2005-07-14 10:23 来源：…`, `2005年07月14日10:23`), a date in
# digits run together with the author's name as document sites print it (`2005-07-14 10:23张明`), or a source
# and a date alone (`新华社 2005-07-14 10:23`, and on a bilingual page `Daily News 2005-07-14 10:23`).
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
DATELINE = re.compile(
    rf"^(?:{NUMERIC_DATE}\s*日?[\]】]?(?:\s|$|{CLOCK})"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s*{CLOCK})?(?=[\u3400-\u9fff·]{{2,4}}(?:\s|$))"
    rf"|(?:[\u3400-\u9fff]{{2,12}}|[A-Za-z][A-Za-z.&' ]{{1,30}})\s+{NUMERIC_DATE}\s*日?(?:\s*{CLOCK})?$"
    # a WeChat article's byline: 原创 作者 公众号 2005-07-14 10:23 发表于北京 (原创 or 发表于 may be missing, not both)
    rf"|原创\s+(?:\S{{1,20}}\s+){{0,3}}{NUMERIC_DATE}\s*日?(?:\s*{CLOCK})?(?:\s*发表于\S{{1,8}})?$"
    rf"|(?:\S{{1,20}}\s+){{0,3}}{NUMERIC_DATE}\s*日?(?:\s*{CLOCK})?\s*发表于\S{{1,8}}$)"
)
# A journal's name and issue under an article's title (某某学刊 2019年2期, 某某研究 2019年第2期).
JOURNAL_ISSUE = re.compile(r"^([\u3400-\u9fff]{2,16})\s*\d{4}\s*年\s*(?:第\s*)?\d{1,2}\s*期$")
# An e-paper's page banner: the page, its issue's running number and the date (一版：要闻 总第862期 2021-04-06).
ISSUE_NUMBER = re.compile(r"总\s*第\s*\d+\s*期")


def is_issue_banner(text: str) -> bool:
    """True for a paper's page banner: a short line with the issue's running number (总第862期) and a date."""
    return len(text) <= 60 and ISSUE_NUMBER.search(simplify(text)) is not None and parse_date(text) is not None


# An article's author's unit and postcode in brackets under the byline (（某某大学 马克思主义学院，某市 200000）, or in
# square ones that may hold round ones: [某某大学(某某学院)，某市 100000]), or its authors' units numbered
# (1.某某大学 马克思主义学院，某市 200000；2.某某学院，某市 100000), or unbracketed.
_MARKED_UNIT = (
    r"[（(][^（()）]{2,60}\d{6}\s*[）)]|[\[［][^\[\]［］]{2,60}\d{6}\s*[\]］]"
    r"|(?:\d\s*[.．、]\s*[^;；\d]{2,40}\d{6}\s*[;；]?\s*){1,6}"
)
_BARE_UNIT = r"[\u3400-\u9fff]{4,30}(?:[\s,，]+[\u3400-\u9fff]{2,16}){0,3}\s+\d{6}"  # 某某大学 某市 200000
AUTHOR_UNIT = re.compile(rf"^(?:{_MARKED_UNIT}|{_BARE_UNIT})$")
# … bracketed or numbered, a unit wherever it stands; bare, an address with its postcode too, unless at the top
MARKED_UNIT = re.compile(rf"^(?:{_MARKED_UNIT})$")
BARE_UNIT = re.compile(rf"^{_BARE_UNIT}$")
DATELINE_REST_MAX = 12  # what follows a dateline's date and time, when no field: a source, a name
FIELD_SHAPE = re.compile(r"[\u3400-\u9fff]{1,8}\s*[:：]")
CLOCK_OR_BAR = re.compile(rf"^\s*(?:{CLOCK})?[\s|｜丨]*")
TIMED_DATE = re.compile(rf"^{NUMERIC_DATE}\s*日?\s*{CLOCK}")  # a date with its time: a stamp, never an event
# What a page may set before its dateline's date: a square bracket or a dot ([2011-11-03], · 2022-10-23 · 来源：…;
# a date in round brackets under a title is the text's own), the site's address (http://… [2011-11-03] 我要评论),
# a forum's word for a post's stamp (发表于 2019-4-2 08:30:12).
DATE_LEAD = re.compile(r"^\s*(?:https?://\S+\s+)?(?:[\[【]\s*|[·•]\s*|发表于\s*)?(?=\d{4})")


def is_dateline(text: str, in_body: bool = False) -> bool:
    """True for a page's dateline: a date with a time or fields after it, or nothing, or (above the body) a
    short source or name; a chronology's dated event (1921年7月23日 某某会议召开) is text."""
    text = DATE_LEAD.sub("", text, count=1)
    match = DATELINE.match(text)
    if match is None:
        return False
    rest = CLOCK_OR_BAR.sub("", text[match.end() :]).strip()
    timed = TIMED_DATE.match(text) is not None
    short = len(rest) <= DATELINE_REST_MAX and not in_body
    return not rest or timed or short or FIELD_SHAPE.search(rest) is not None


# The author's name a document site's dateline ends with (`2005-07-14 10:23张明`).
DATED_NAME = re.compile(rf"^\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s*{CLOCK})?([\u3400-\u9fff·]{{2,4}})$")
# A website's name (某某网, 某某网站), and its own header over an article: the name, then its column (共同网 理论专栏).
SITE_NAME = re.compile(r"[\u3400-\u9fff]{2,12}(?:网站?|电子报)")  # 某某网, 某某电子报
SITE_HEADER = re.compile(rf"^{SITE_NAME.pattern}\s+\S")
# A line opening with a dash or a bracket under a title is its subtitle, never a byline.
SUBTITLE_OPENERS = "—-－–(（《<〈"
# The kinds of documents (文种) whose titles end with their kind's name (…的意见, …的通知, …的讲话).
DOC_KINDS = (
    "意见",
    "通知",
    "决定",
    "决议",
    "报告",
    "讲话",
    "材料",
    "办法",
    "规定",
    "条例",
    "方案",
    "规划",
    "纲要",
    "公报",
    "通报",
    "批复",
    "总结",
    "细则",
    "计划",
    "要点",
    "建议",
    "讲稿",
    "发言",
    "致辞",
    "公告",
    "通告",
    "纪要",
    "章程",
    "准则",
    "函",
)
# Document sites note an article's length after its title (（全文13000字）): the note names nothing.
WORD_COUNT_NOTE = re.compile(
    r"(?<!\s)\s*[（(]\s*全文\s*(?:(?:约|共)\s*)?\d+\s*字\s*[）)]$"
    r"|(?<=[^\d\s])\d{3,6}\s*字$"  # … or a bare count run into it (…始终难守9500字): a title never ends on a figure
)
# … and a model-essay or document site's mark of its copy after the title (（精选文档）, （精选5篇）, 【完整版】,
# （58页珍藏版）, (word版可编辑)): the site's, not the document's.
COPY_MARK = re.compile(
    r"(?<!\s)\s*[（(【\[]\s*(?:精选(?:文档|范文|\d+篇)?|完整版|最新版|优质范文|\d+页珍藏版|(?:word|WORD|Word)版?(?:可编辑)?"
    r"|可编辑(?:版)?)\s*[）)】\]]$"
)
# A collection's count of its pieces before or after its title ((12篇)…, …（共6篇）), a journal's mark after a
# paper's title for its note on funding (…关键*), the label of a collection's first piece (第一篇：…): none is
# part of the name.
PIECE_COUNT_NOTE = re.compile(
    r"^\s*[（(]\s*(?:共\s*)?\d+\s*篇\s*[）)]\s*|(?<!\s)\s*[（(]\s*(?:共\s*)?\d+\s*篇\s*[）)]\s*$"
)
NOTE_MARK = re.compile(r"(?<![\s*＊])\s*[*＊]+$")
PIECE_LABEL = re.compile(rf"^第[{NUM}\d]+篇\s*[:：]\s*")
# A document site lists the pictures of a document's pages under its title (…的几点思考_第2页).
PAGE_SUFFIX = re.compile(r"_第\d+[页頁]$")
# A document site's name of the file it shows, over the document (…的几点思考.docx, ….docxVIP): its title with
# the file's extension and the site's mark for paid files, which are no part of it.
FILE_EXTENSION = re.compile(r"(?<=[^\s.])\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)(?:VIP)?$", re.IGNORECASE)
# A journal site's issue in square brackets before a paper's title (【2019.05】…, 【2020年第3期】…), and its link to
# the paper's file after it (… [PDF全文], … [PDF]): the site's, no part of the title. (Each space is looked at once:
# the link is tried only where a run of spaces starts, and its words take the spaces after them.)
ISSUE_PREFIX = re.compile(r"^[【\[]\s*\d{4}[^【】\[\]]{0,8}[】\]]\s*(?=\S)")
FILE_LINK = re.compile(r"(?<!\s)\s*[【\[]\s*(?:(?:PDF|pdf|HTML|html)\s*)?(?:(?:全文|下载)\s*)?[】\]]$")
# A forum's tag of the kind of post before its subject ([转载] …, 【原创】…): the board's, no part of the title.
FORUM_TAG = re.compile(
    r"^[\[【［]\s*(?:转载|转帖|原创|新闻|分享|讨论|推荐|求助|心得|情报)\s*[\]】］]\s*(?=\S)"
    r"|^(?:VIP|会员)\s*(?:专属|专享|独家)(?:文章|内容)?\s+(?=\S)"  # … or a paywall's label (VIP 专属文章 …)
)
# A copied headline with its paper's or site's name after a spaced dash or bar (… - 某某日报, … | 某某网): the
# source, no part of the title.
SOURCE_SUFFIX = re.compile(r"(?<!\s)\s+[-–—|｜]\s+(?:[\u3400-\u9fff]{2,12}网站?|[\u3400-\u9fff]{1,8}[报報])$")
# A copied page title's site or channel after an underscore (…的几点思考_某某网, …展开_某某论坛): no part of the title.
SITE_UNDERSCORE = re.compile(r"(?<=[^\s_])_[\u3400-\u9fff]{2,8}$")
# A site's column in square brackets after a dash or bar closing a copied headline (…全面展开-【动态】).
COLUMN_SUFFIX = re.compile(r"(?<!\s)\s*[-_–—|｜]\s*【[^【】]{1,8}】$")
# A short note in brackets after a title: (含案例), （试行）, (全文).
TITLE_NOTE = re.compile(r"(?<!\s)\s*[（(][^（()）]{1,12}[）)]$")


def ends_sentence(text: str) -> bool:
    """True when a paragraph ends with sentence-final punctuation (or a closing quote or bracket)."""
    return bool(text) and text[-1] in SENTENCE_END


def stops_sentence(text: str) -> bool:
    """True when a line ends with a sentence mark (maybe inside closing quotes or brackets): stricter than
    ends_sentence, which takes any closing quote or colon for an end."""
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_PUNCT


# A doubled dash that ends a line announces what follows, as a colon does (会议要求——); copies set it in em dashes,
# box-drawing strokes or hyphens. One dash is a word cut in two or half of a dash the line broke.
LEAD_DASHES = ("——", "──", "－－", "--")


def ends_with_lead_dash(text: str) -> bool:
    """True when a line ends with a doubled dash that announces what follows (会议要求——)."""
    return text.rstrip().endswith(LEAD_DASHES)


def ends_mid_clause(text: str) -> bool:
    """True when a paragraph ends with a comma, an enumeration comma, a dash or an opening bracket."""
    return bool(text) and text[-1] in CLAUSE_CUT


# A bullet as a plain text or a markdown list writes it (- 加强宣传, * 完善制度); a printed page number (- 3 -) is none.
TEXT_BULLET = re.compile(r"^[-*+]\s+(?![\d\s\-—–]+$)\S")


def starts_new_paragraph(text: str) -> bool:
    """True when a paragraph starts with an enumeration marker, a sequence word (最後 as 最后) or a bullet."""
    return MARKER_START.match(simplify(text[:MARKER_REACH])) is not None or TEXT_BULLET.match(text) is not None


PROSE_MIN = 40  # a line this long is a paragraph …
SPACED_MAX = 60  # … not counting its spaces when it is no longer than this (a headline's phrases set apart)


def is_prose(text: str) -> bool:
    """True for a body paragraph: a long line (a headline's phrases set apart by spaces are no longer for them), or
    one with sentence punctuation."""
    length = len(text) - text.count(" ") if len(text) <= SPACED_MAX else len(text)
    return length >= PROSE_MIN or any(ch in SENTENCE_PUNCT for ch in text)


# A page's keywords (its <meta name="keywords">, or a spammed header) set out above it: short phrases
# split by commas, underscores or bars, and no sentence in them.
KEYWORD_SPLIT = re.compile(r"[,，_|｜]+")
KEYWORD_MIN_PARTS = 4
KEYWORD_MAX_LENGTH = 16


def is_keyword_run(text: str) -> bool:
    """True for a line of keywords: four or more short phrases split by commas or underscores, no sentence
    mark or colon (a title's label) among them."""
    if any(ch in SENTENCE_PUNCT or ch in "：:" for ch in text):
        return False
    parts = [part for part in KEYWORD_SPLIT.split(text) if part.strip()]
    return len(parts) >= KEYWORD_MIN_PARTS and all(len(part) <= KEYWORD_MAX_LENGTH for part in parts)


def is_translation(text: str) -> bool:
    """True for a paragraph in Latin script: its letters are overwhelmingly Latin, hardly any hanzi."""
    latin = len(LATIN_LETTER.findall(text))
    hanzi = len(HANZI.findall(text))
    return latin >= TRANSLATION_MIN_LETTERS and hanzi <= TRANSLATION_HANZI_SHARE * (latin + hanzi)


def looks_like_name(text: str) -> bool:
    """True when a line is only a person's name: a common surname and one to three more hanzi."""
    match = BYLINE.match(simplify(text.strip()))
    if match is None:
        return False
    name = match.group(1)
    if name.startswith(COMPOUND_SURNAMES):
        return len(name) >= 3
    return name[0] in SURNAMES and len(name) <= 3 and name not in NOT_TITLES


def looks_like_names(text: str) -> bool:
    """True when a line is only people's names: one name, or several set apart by enumeration commas, commas
    or spaces (张明、李华、欧阳芳, 张明，李华, 张明 李华: the speakers or authors of one text)."""
    if looks_like_name(text):
        return True
    parts = _name_parts(text)
    spaced = len(parts) == 1 and parts[0] != text.strip()  # one name spaced out (李 舒, 张 小 明)
    return (len(parts) > 1 or spaced) and all(looks_like_name(part) for part in parts)


NAME_SEPARATORS = re.compile(r"[、,，\s]+")
# The mark after an author's name that ties it to a unit (王某某1，李某某2)
FOOTNOTE_MARK = re.compile(r"(?<=[\u3400-\u9fff])[1-9*＊](?=[、,，\s]|$)")


# The square or circle a paper or journal sets before its byline (□ 张明 李华, ■张明): no part of the names.
BYLINE_MARK = re.compile(r"^[□■◎]\s*")  # (●, ◆ are a list's bullets too)
# Names after such a mark, whatever their surnames (□ 张明 李华, ■林 远: a name spaced out to a width).
MARKED_NAMES = re.compile(
    r"[□■◎]\s*([\u3400-\u9fff·](?:\s?[\u3400-\u9fff·]){1,3}(?:[\s、，,]+[\u3400-\u9fff·]{2,4}){0,3})"
)


def marked_names(text: str) -> str | None:
    """The names a line gives after a paper's byline mark (□ 张明 李华 → 张明 李华), else None: a byline by its mark.
    Several names or one spaced out to a width (林 远) are names whatever their surnames; one word alone is a name
    only when it looks like one (■ 学习要点 heads a list)."""
    found = MARKED_NAMES.fullmatch(text.strip())
    names = found.group(1) if found else None
    return names if names and (len(NAME_SEPARATORS.split(names)) > 1 or looks_like_names(names)) else None


def _name_parts(text: str) -> list[str]:
    """A line's names set apart by enumeration commas or spaces, after a byline's mark; two or three single
    characters in a row are one name spaced out to the width of three (李 舒, 张 小 明)."""
    parts: list[str] = []
    run = 0  # how many single characters the last part was put together from
    tokens = (FOOTNOTE_MARK.sub("", token) for token in NAME_SEPARATORS.split(BYLINE_MARK.sub("", text.strip())))
    for token in (token for token in tokens if token):
        if len(token) == 1 and 0 < run < 3:
            parts[-1] += token
            run += 1
        else:
            parts.append(token)
            run = 1 if len(token) == 1 else 0
    return parts


def dateline_name(text: str) -> str | None:
    """The author's name run together with a dateline (`2005-07-14 10:23张明` → 张明), or None."""
    match = DATED_NAME.match(text)
    return match.group(1) if match and looks_like_name(match.group(1)) else None


# An author set off from the title by a bar, before or after it (张明丨…, … | 张明), as article pages print it.
TITLE_BAR = re.compile(r"(?<!\s)\s*[丨|｜]\s*")


def title_byline(title: str) -> tuple[str, str] | None:
    """(title, author) of a title that names its author set off by a bar (张明丨关于… → 关于…, 张明), else None."""
    parts = TITLE_BAR.split(title)
    if len(parts) != 2 or not all(parts):
        return None
    first, last = parts
    if looks_like_names(first) and not looks_like_names(last):
        return last, first
    if looks_like_names(last) and not looks_like_names(first):
        return first, last
    return None


# A short label set before the title's colon: maybe its authors, as theory sites print a paper's headline (张明 李华：
# 关于…); never a speaker's label before a speech's title (王建国：在…上的讲话), which is the title's own.
TITLE_COLON = re.compile(r"^\s*([^:：]{2,20}?)\s*[:：]\s*(?=\S)")


def title_colon_label(title: str) -> tuple[str, str] | None:
    """(label, rest) of a title that sets a short label before its colon, the rest no speech's title; else None."""
    label = TITLE_COLON.match(title)
    rest = title[label.end() :] if label else ""
    return (label.group(1), rest) if label and not is_speech_title(rest) else None


def colon_authors(title: str) -> tuple[str, str] | None:
    """(title, authors) of a title that names two or more authors before its colon, else None: one name there may
    be a speaker quoted (某某：…), kept unless the byline names the same (head.without_author_label)."""
    found = title_colon_label(title)
    if found is None or len(_name_parts(found[0])) < 2 or not looks_like_names(found[0]):
        return None
    return found[1], found[0]


UNIT_MAX_LENGTH = 20  # the author's unit before the name in a byline is short


# An opinion page's byline that gives the author's name first, then the post (张明 某某联合会主席, 李华 某某大学教授).
AUTHOR_POST = re.compile(
    r"(?:主席|会长|理事长|秘书长|委员|常委|代表|议员|顾问|召集人|教授|研究员|讲师|博士|学者|主任|院长|校长|书记"
    r"|部长|局长|社长|主编|总编辑|董事长|总裁|总经理|创办人|执行长)$"
)


def name_and_post(text: str) -> str | None:
    """The name in a byline that gives the author's post after it (张明 某某联合会主席 → 张明), else None: the
    line's first word is a name, the words after it a short post (no punctuation) ending with a post's title."""
    name, _, post = text.strip().partition(" ")
    post = post.strip()
    fits = 0 < len(post) <= UNIT_MAX_LENGTH and len(HANZI.findall(post)) >= 3 and AUTHOR_POST.search(simplify(post))
    plain = not any(ch in STRICT_TITLE_PUNCT for ch in post) and not looks_like_names(post)
    return name if fits and plain and looks_like_name(name) else None


def unit_and_name(text: str) -> str | None:
    """The name in a byline that gives the author's unit first (某某村第二党支部 王建国 → 王建国), else None: the
    line's last word is a name, the words before it name a unit (no punctuation, no name alone)."""
    unit, _, name = text.strip().rpartition(" ")
    unit = unit.strip()
    fits = 0 < len(unit) <= UNIT_MAX_LENGTH and len(HANZI.findall(unit)) >= 2 and unit[0] not in SUBTITLE_OPENERS
    plain = not any(ch in STRICT_TITLE_PUNCT for ch in unit) and not looks_like_names(unit)
    return name if fits and plain and looks_like_name(name) and not looks_like_date(unit) else None


# A byline that gives the author's posts, then a colon and the name (某县纪委副书记、县监委副主任：王建国), as a
# lecture's copy prints its speaker; or a paper's or agency's reporters, then their names (新华社记者 张明 李华).
POST_BYLINE = re.compile(r"^([^，,。；;！？!?：:\s]{2,24})[：:]\s*([\u3400-\u9fff]{2,4})$")
REPORTERS_BYLINE = re.compile(r"^[\u3400-\u9fff]{0,8}(?:记者|通讯员)\s+(\S.{1,30})$")


# A byline naming the desk that wrote the piece: a journal's or paper's editorial department, its commentator,
# a research group (《某某》杂志编辑部, 本报评论员, 某某课题组).
EDITORIAL_BYLINE = re.compile(
    r"^(?:《[^《》]{1,12}》|[\u3400-\u9fff]{1,12}?)?\s*(?:杂志社?|日报社?|报社?)?\s*"
    rf"(?:{DESKS}|课题组|调研组|写作组)$"
)


def is_editorial_byline(text: str) -> bool:
    """True for a byline that names the desk that wrote the piece (《某某》杂志编辑部, 本报评论员)."""
    return EDITORIAL_BYLINE.match(simplify(text.strip())) is not None


def labelled_names(text: str) -> str | None:
    """The name(s) in a byline that sets a label before them: the author's posts and a colon (某某书记：王建国 →
    王建国), its credit (文/图 张明 李华 → 张明 李华), or the reporters' paper (新华社记者 张明 李华 → 张明 李华);
    else None."""
    text = text.strip()
    post = POST_BYLINE.match(text)
    if post and looks_like_name(post.group(2)):
        return post.group(2)
    credit = CREDIT_ROLE.match(text)  # 文/图 张明 李华: the names after their part in the piece
    if credit and looks_like_names(text[credit.end() :]):
        return text[credit.end() :]
    reporters = REPORTERS_BYLINE.match(simplify(text))  # the shadow has the line's length: its span is the names'
    if reporters is None:
        return None
    names = _without_roles(text[reporters.start(1) :], reporters.group(1))  # 王某 通讯员 李某 → 王某 李某
    return names if looks_like_names(names) else None


# The roles a byline may set between its names (本报记者 王某 通讯员 李某 张某).
NAME_ROLE = re.compile(r"(?:特约|实习)?(?:记者|通讯员|实习生)")


def _without_roles(names: str, shadow: str) -> str:
    """A byline's names without the role words between them, found on the `shadow` (of the names' length)."""
    kept = list(names)
    for role in NAME_ROLE.finditer(shadow):
        kept[role.start() : role.end()] = " " * (role.end() - role.start())
    return " ".join("".join(kept).split())


def byline_name(text: str) -> str:
    """The name in a byline line (`作者：张明` → 张明), in the line's own script."""
    text = text.strip()
    match = BYLINE.match(simplify(text))  # the shadow has the line's length: its span is the name's
    if match:
        return text[match.start(1) : match.end(1)]
    parts = _name_parts(text)
    if len(parts) == 1 and looks_like_name(parts[0]):
        return parts[0]  # a name spaced out (李 舒), or after a byline's mark (■张明)
    if looks_like_names(text):
        return FOOTNOTE_MARK.sub("", BYLINE_MARK.sub("", text))
    return BYLINE_MARK.sub("", text) or text  # names run together after a paper's mark (□ 张明李华)


# A date in English alone on its line, maybe with its weekday and time, as a blog heads a post with it
# (Friday, May 8, 2020 5:54).
ENGLISH_DATE_LINE = re.compile(
    rf"^(?:[A-Za-z]{{3,9}}day,?\s+)?(?:{ENGLISH_MDY}|{ENGLISH_DMY})(?:\s+{CLOCK}(?:\s*[AaPp]\.?[Mm]\.?)?)?$"
)


WEEKDAY = re.compile(
    r"\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?$"
)  # the weekday a blog or paper dates a page with
DATE_LINE_MAX = 60  # a date alone on its line, with its time and weekday, in figures or in English, is short


def looks_like_date(text: str) -> bool:
    """True when a short line holds only a date (and maybe a time, or its weekday after it), maybe in
    brackets: （2005年7月14日）, 2005年7月14日星期四, or a date in English (Friday, May 8, 2020)."""
    bare = text.strip("（）()〔〕[]【】")
    if len(bare) > DATE_LINE_MAX:  # asked of every paragraph (a closing signature's date): no shadow of a long one
        return False
    bare = WEEKDAY.sub("", simplify(bare))
    shaped = (len(bare) <= 30 and DATE_ONLY.match(bare) is not None) or ENGLISH_DATE_LINE.match(bare) is not None
    return shaped and parse_date(bare) is not None


def is_masthead(text: str) -> bool:
    """True for an official document's masthead (中共某县委办公室文件): its issuers' names over 文件."""
    return MASTHEAD.match(simplify("".join(text.split()))) is not None


def issuer_names(texts: list[str]) -> int:
    """How many of the first of `texts` only name bodies issuing a document, one to a line (中共某县委办公室 /
    某县人民政府办公室), as a masthead or a notice's head sets them."""
    shadows = (simplify("".join(text.split())) for text in texts)
    return next((k for k, shadow in enumerate(shadows) if not ISSUER.match(shadow)), len(texts))


def masthead_lines(texts: list[str]) -> int:
    """How many of the first of `texts` make an official document's masthead: lines of its issuers' names over
    a line that ends on 文件 (or is 文件 alone); 0 when they make none."""
    names = issuer_names(texts)
    last = simplify("".join(texts[names].split())) if names < len(texts) else ""
    return names + 1 if MASTHEAD.match(last) or (names and last == "文件") else 0


def adoption_date(text: str) -> str | None:
    """The date a decision's adoption note gives (（2023年3月8日…全体会议通过）: 2023-03-08), else None."""
    return parse_date(text) if ADOPTION_NOTE.match(simplify(text.strip())) else None


def is_page_clock(text: str) -> bool:
    """True for a date line with its weekday (2023年5月8日 星期一): the date a page's banner shows, today's as the
    page was copied, over an article that may date itself; the article's own date when it gives none."""
    return len(text) <= DATE_LINE_MAX and WEEKDAY.search(simplify(text.strip())) is not None and looks_like_date(text)


# An opening mark cannot occur inside its own span, so a run of unclosed marks fails fast.
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』|‘[^‘’]*’")
# A speech's title in the genre's frame: 在…上的讲话 (…时的发言, …上的重要讲话, …上的致辞), maybe with the
# speaker's post or name before it, a theme and a dash or colon before or after it, a date in brackets after
# it. Read without its quotations (在全市“稳增长，促发展”大会上的讲话): their marks are the slogan's.
SPEECH_FRAME = r"[上时]的\S{0,4}?(?:讲话|发言|致辞|讲演|演讲|报告)"  # …上的(重要)讲话, …时的发言
SPEECH_COPY = r"(?:实录|全文|摘要|摘登|节选)?"  # the copy a site made of it: …上的讲话实录, …上的讲话（全文）
SPEECH_TITLE = re.compile(
    rf"^(?:[^：:]{{2,30}}(?:——|—|[:：]))?([^，,：:\s]{{0,16}}?\s*)在[^，,：:]{{2,40}}?{SPEECH_FRAME}{SPEECH_COPY}"
    r"(?:\s*[（(][^（()）]{1,20}[）)])?(?:\s*(?:——|—|[:：])\s*[^：:]{2,30})?$"
)
# The salutation a speech opens with (同志们：, 各位代表、同志们：, 尊敬的各位来宾：).
SALUTATION = re.compile(r"(?:尊敬的)?(?:各位[\u3400-\u9fff]{1,6}|[\u3400-\u9fff]{1,6}们)(?:[、，,]\S{1,12}?)?[：:]")
# A speech's title run into its salutation on one line (…上的讲话同志们：今天，…): where the frame ends.
SPEECH_FRAME_END = re.compile(f"{SPEECH_FRAME}(?={SALUTATION.pattern})")


def is_speech_title(text: str) -> bool:
    """True for a line that names a speech in the genre's frame (在…上的讲话), whatever marks its quotations
    hold, with no sentence mark outside them (a sentence that names a speech goes on after it: …上的讲话中指出)."""
    bare = QUOTED.sub("", simplify(text))
    return not any(ch in SENTENCE_PUNCT for ch in bare) and SPEECH_TITLE.match(bare) is not None


# The speaker a speech's title names before its frame: a name, maybe with 同志 after it, or a post and a name
# (黄某某同志在…上的讲话, 省委书记王某某在…上的讲话).
SPEAKER_POST = r"(?:书记|[省市县区乡镇]长|主任|主席|部长|局长|厅长|校长|院长|总理|委员)"
SPEAKER = re.compile(rf"^(?:.*{SPEAKER_POST}\s*)?([\u3400-\u9fff·]{{2,4}}?)(?:同志)?\s*$")


def speech_speaker(title: str) -> str | None:
    """The speaker a speech's title names before the words of its frame (王某某同志在…上的讲话 → 王某某), in
    the title's own script; None when the title names no one there (在…上的讲话, 乡长在…上的讲话)."""
    frame = SPEECH_TITLE.match(QUOTED.sub("", simplify(title))) if is_speech_title(title) else None
    found = SPEAKER.match(frame.group(1)) if frame else None
    if found is None or not looks_like_name(found.group(1)):
        return None
    name = found.group(1)
    at = simplify(title).find(name)  # the shadow has the title's length: the name's span is the same
    return title[at : at + len(name)]


# A chart's or a table's caption (图一：…, 表2 …) and the line under it naming where its figures come from
# (数据来源：…, 资料来源：…), read on the simplified shadow: what a page sets over a picture, never a title.
FIGURE_CAPTION = re.compile(
    rf"^(?:图|表)\s*[{NUM}\d]{{1,3}}(?:[-－.．]\d{{1,2}})?\s*[：:．.、\s]|^(?:数据|资料|图表)来源\s*[：:]"
)
FIGURE_CAPTION_MAX = 60  # such a caption is short


def is_figure_caption(text: str) -> bool:
    """True for a short line captioning a chart or a table, or naming its figures' source (see FIGURE_CAPTION)."""
    shadow = simplify(text.strip())
    return len(shadow) <= FIGURE_CAPTION_MAX and "。" not in shadow and FIGURE_CAPTION.match(shadow) is not None


def looks_like_title(text: str, strict: bool) -> bool:
    """True when a line could be a document title: short, no sentence punctuation, not a heading or name (a
    web page's headline may end asking or exclaiming: …做些什么？)."""
    text = DOC_NUMBER_NOTE.sub("", PIECE_LABEL.sub("", text, count=1))
    if not text:
        return False
    forbidden = STRICT_TITLE_PUNCT if strict else SENTENCE_PUNCT
    bare = (
        SERIES_COMMA.sub("", _one_break_removed(ASKED_BEFORE_SUBTITLE.sub("", text))) if strict else headline_bare(text)
    )
    return (
        len(HANZI.findall(text)) >= (4 if strict else 2)
        and len(text) <= 50
        and (not any(ch in forbidden for ch in bare) or is_speech_title(text) or is_slogan_over_kind(text))
        and text[-1] not in "：:"
        and not starts_new_paragraph(text)
        and simplify(spaceless(text)) not in NOT_TITLES
        and field_line(text) is None
        and not _holds_field(text)
        and not looks_like_names(text)
        and labelled_names(text) is None
        and marked_names(text) is None
        and not looks_like_date(text)
        and DOC_NUMBER.match(simplify(text)) is None  # 沪府发〔2017〕92号, 滬府發〔2017〕92號
        and not _dated_label(text)
        and not is_keyword_run(text)
        and AUTHOR_UNIT.match(text) is None  # （某某大学 马克思主义学院，某市 200000）: the author's unit
        and not is_figure_caption(text)
    )


# A title in the shape of a 讲稿's or a 党课's: a slogan of balanced phrases set apart by commas, then after a dash
# the kind of text it names (坚持学习，勇于担当——2022年专题党课): its commas part the slogan, no sentence's.
SLOGAN_OVER_KIND = re.compile(
    r"^[\u3400-\u9fff“”]{2,12}(?:[，,、]\s*[\u3400-\u9fff“”]{2,12}){1,3}\s*[—－–-]{1,2}\s*([^\s，,、：:。！？!?；;]{2,30})$"
)
SLOGAN_PARTS = re.compile(r"[，,、]")
SENTENCE_AFTER_DASH = re.compile(r"^(?:这|那|我|你|他|她|它)|是")  # a pronoun or a copula: a sentence's clause
SUBTITLE_KINDS = ("党课",)  # a lecture's name besides the kinds of documents (DOC_KINDS): what a 党课讲稿 is called


def is_slogan_over_kind(text: str) -> bool:
    """True for a slogan of phrases set apart by commas over a dash and the kind of text it heads (see
    SLOGAN_OVER_KIND)."""
    found = SLOGAN_OVER_KIND.match(text.strip())
    if found is None:
        return False
    kind = found.group(1)
    if ends_with_doc_kind(kind) or is_speech_title(kind) or simplify(kind).endswith(SUBTITLE_KINDS):
        return True
    # phrases of one length, a couplet (春风拂面，两会盛事——细读…), are a headline's slogan over whatever it names,
    # unless that is a clause of a sentence's (——这是我们的口号): a sentence's clauses seldom match so
    phrases = SLOGAN_PARTS.split(text.strip()[: found.start(1)].rstrip("—－–- "))
    return len({len(phrase.strip()) for phrase in phrases}) == 1 and SENTENCE_AFTER_DASH.search(kind) is None


def _holds_field(text: str) -> bool:
    """True for a line with a known field after a space (某某网 来源：某某日报): a page's line of fields, no title."""
    return any(m.start() and text[m.start() - 1].isspace() for m in FIELD_START.finditer(simplify(text)))


def is_headline_question(text: str) -> bool:
    """True for a page's headline that asks or exclaims (…做些什么？, 如何做好…？听他怎么说), a sentence by
    its question or exclamation mark alone."""
    return headline_bare(text) != text and looks_like_title(text, strict=False)


HEADLINE_QUESTION_MAX = 30  # a headline that asks, then answers after its mark, is this short
QUESTION_TITLE_MAX = 40  # a question title parted at a comma is this short
# The words a question asks with (如何理解…？, 为什么说…？, …有哪些？, …吗？).
QUESTION_WORD = re.compile(r"如何|怎样|怎么|为什么|为何|什么|哪些|哪个|哪里|是否|能否|吗|呢")


# A question title may part its question in two at one comma when it opens asking (为什么说A，是B？, 如何理解A, 做到B?,
# 什么是A，怎样做到B？): a speech's question opens with whom it speaks to (同志们，什么是初心？).
QUESTION_OPENING = re.compile(r"^(?:如何|怎样|怎么|为什么|为何|什么是|哪些|是否|能否)")
QUESTION_COMMA = re.compile(r"\s*[，,]\s*")


def is_question_title(text: str) -> bool:
    """True for a title that asks a question (如何理解新发展理念？): one question mark at its end, a question word,
    and no other punctuation, as a plain text's title has none (同志们，什么是初心？ opens a speech), but one comma
    in a question that opens asking (see QUESTION_OPENING)."""
    bare = text.strip()
    asks = bare[-1:] in "？?" and bare[:-1][-1:] not in "？?！!"
    if not asks or QUESTION_WORD.search(simplify(bare)) is None:
        return False
    parts = QUESTION_COMMA.split(bare[:-1])
    if len(parts) == 2 and QUESTION_OPENING.match(simplify(bare)) and len(bare) <= QUESTION_TITLE_MAX:
        return all(len(HANZI.findall(part)) >= 2 and looks_like_title(part, strict=False) for part in parts)
    return looks_like_title(bare[:-1], strict=True)


def headline_bare(text: str) -> str:
    """A line without the question or exclamation mark a headline may end with, and without one inside a short
    headline that asks, then answers (如何做好…？听他怎么说): what is left holds no such mark if it is one."""
    bare = text.rstrip(HEADLINE_ENDS)
    inner = [at for at, ch in enumerate(bare) if ch in HEADLINE_ENDS]
    if len(text) <= HEADLINE_QUESTION_MAX and len(inner) == 1 and min(inner[0], len(bare) - inner[0] - 1) >= 2:
        return bare[: inner[0]] + bare[inner[0] + 1 :]
    return bare


def ends_with_doc_kind(text: str) -> bool:
    """True when a line ends with the name of a kind of document (…的意见, …材料（试行）)."""
    return simplify(TITLE_NOTE.sub("", text)).endswith(DOC_KINDS)


def clean_title(text: str) -> str:
    """A title without the document number written before it, a forum's tag of the kind of post ([转载] …), a
    site's word count or mark of its copy after it (（全文3000字）, （精选文档）), a collection's count of pieces, a
    note's mark or a piece's label, its source or the site's column after a dash or an underscore (… - 某某日报,
    …_某某网, …-【动态】), or the spaces of a title set out character by character; a title left in book quotes
    loses them."""
    for note in (
        WORD_COUNT_NOTE,
        COPY_MARK,
        PIECE_COUNT_NOTE,
        NOTE_MARK,
        PIECE_LABEL,
        PAGE_SUFFIX,
        FILE_EXTENSION,
        ISSUE_PREFIX,
        FILE_LINK,
        DOC_NUMBER_NOTE,
        SOURCE_SUFFIX,
        SITE_UNDERSCORE,
        COLUMN_SUFFIX,
    ):
        text = note.sub("", text) or text
    tag = FORUM_TAG.match(simplify(text))  # on the shadow, of the title's length
    text = _without_bar_label(_unspread(text[tag.end() :] if tag else text))
    rest = DOC_NUMBER_PREFIX.sub("", text, count=1)
    if rest == text or not rest:
        return text
    inner = rest[1:-1]
    quoted = rest[0] == "《" and rest[-1] == "》" and "《" not in inner and "》" not in inner
    return inner.strip() if quoted and inner.strip() else rest


# A page's column or kind of piece set off after its headline by a bar (…的演讲|MTI, … | 讲话): a short word, no
# name (an author set off so is a byline: title_byline), after a longer title. (A column before the headline,
# 理论学习丨…, stays: a page's headline is often set under its column's name so; and so does a part after it
# that a numeral counts, the title's own: …文集｜第四卷, …｜之三.)
BAR_LABEL = re.compile(r"[\u3400-\u9fff]{1,4}|[A-Za-z]{2,6}")
PART_NUMERAL = re.compile(rf"[{NUM}\d]")
BAR_TITLE_MIN = 6  # the headline before such a label holds at least this many hanzi


def _without_bar_label(text: str) -> str:
    """A title without the column's or kind's label a bar sets off after it."""
    parts = TITLE_BAR.split(text.strip())
    if len(parts) != 2:
        return text
    title, label = parts
    kind = BAR_LABEL.fullmatch(label) and not PART_NUMERAL.search(label) and not looks_like_names(label)
    return title if kind and len(HANZI.findall(title)) >= BAR_TITLE_MIN else text


SPREAD_MIN = 3  # a title set out one character at a time (关 于 …) has at least this many of them


def _unspread(text: str) -> str:
    """A title set out with a space between each of its characters to fill the line, written without them."""
    tokens = text.split()
    return "".join(tokens) if len(tokens) >= SPREAD_MIN and all(len(token) == 1 for token in tokens) else text


DATE_START = re.compile(r"\d{4}\s*[年/.-]")  # where a date written in figures begins


def _dated_label(text: str) -> bool:
    """True for a label and a date (今天是：2025年12月6日, 发布于：…, 本期日期2019年03月12日): a page's stamp,
    not its title."""
    label, colon, rest = text.partition("：" if "：" in text else ":")
    if colon:
        return 0 < len(label) <= 8 and looks_like_date(rest.strip())
    start = DATE_START.search(text)  # a label run straight into the date
    return start is not None and 0 < start.start() <= 8 and looks_like_date(text[start.start() :])


HEADLINE_ENDS = "？?！!"
# a title that asks, then names what answers it after a dash (…有哪些亮点？——有关负责人答记者问): its mark is
# the main title's end, as a headline's is
ASKED_BEFORE_SUBTITLE = re.compile(r"[？?！!](?=\s*[—–-]{1,2})")


def has_words(text: str) -> bool:
    """True when a line holds a letter, digit or hanzi: a line of marks alone (?, * * *, ……) says nothing."""
    return WORD.search(text) is not None


WORD = re.compile(r"\w")

# An enumeration comma between two words (…的政治性、原则性、战斗性) is part of a title's words, not a break.
SERIES_COMMA = re.compile(r"(?<=[\u3400-\u9fff”」』])、(?=[\u3400-\u9fff“「『])")

# A title may have one inner break: a colon after its label (专题：…) or a comma between two halves of
# one length, as slogans are written (喜迎盛会，奋进征程; not 各位同志，大家好).
TITLE_BREAK = re.compile(r"^(?P<a>[^，,：:]+)(?P<mark>[，,：:])(?P<b>[^，,：:]+)$")


LABELLED = re.compile(r"^(?P<label>[^，,：:]+)[：:](?P<rest>[^：:]+)$")  # 某某局：抓好植树，守护青山


def _one_break_removed(text: str) -> str:
    """The title without its one allowed inner break, or the text unchanged when it has none; a label's
    colon may stand before a balanced slogan's comma (林业局：抓好春季植树，守护绿水青山)."""
    labelled = LABELLED.match(text)
    if labelled and len(HANZI.findall(labelled.group("label"))) >= 2 and TITLE_BREAK.match(labelled.group("rest")):
        rest = _one_break_removed(labelled.group("rest"))
        return labelled.group("label") + rest if rest != labelled.group("rest") else text
    match = TITLE_BREAK.match(text)
    if match is None:
        return text
    a, b = len(HANZI.findall(match.group("a"))), len(HANZI.findall(match.group("b")))
    fits = min(a, b) >= 2 if match.group("mark") in "：:" else a == b >= 4  # a label, or a balanced slogan
    return match.group("a") + match.group("b") if fits else text


def spaceless(text: str) -> str:
    """A line's text without its spaces, for comparing lines."""
    return "".join(text.split())


def same_text(a: str, b: str) -> bool:
    """True when two lines are equal but for spaces (a title repeated in the body, say)."""
    return spaceless(a) == spaceless(b)
