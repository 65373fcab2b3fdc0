"""Scraped web pages: navigation and footers are dropped, the metadata they carry is kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from study.model import Meta
from study.read.fields import NUMERIC_DATE, PAGE_BUTTONS, build_meta, field_pairs
from study.read.head import document_signature, find_head, is_signer, post_row_date
from study.read.lines import Draft, Line
from study.read.shapes import (
    CLOCK,
    HANZI,
    SENTENCE_PUNCT,
    SITE_NAME,
    dateline_name,
    headline_bare,
    is_dateline,
    is_page_clock,
    looks_like_date,
    looks_like_names,
    looks_like_title,
)
from study.script import simplify

# The furniture's words are matched on a line's simplified shadow: a traditional-script page (您現在的位置,
# 版權所有) is built as a simplified one is. Each line is asked several questions in a row: its shadow is kept.
_shadow = lru_cache(maxsize=256)(simplify)

# A markdown link, whose text may hold escaped brackets: [\[设为首页 \]](#)
LINK = re.compile(r"\[((?:\\.|[^\[\]\\]){0,200})\]\([^()\s]{0,500}\)")
# Markdown left over from an HTML → text conversion, rewritten to plain text, in order.
MARKDOWN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\[\]]{0,200}\]\([^()\s]{0,500}\)\s*"), ""),  # an image: ![说明](src)
    (LINK, r"\1"),
    (re.compile(r"(?<!\*)\*\*(?!\*)|__"), ""),  # emphasis; a longer run of asterisks is a mark (…******)
    (re.compile(r"^#{1,6}\s+"), ""),
    (re.compile(r"\\([\[\]*_#\\])"), r"\1"),
)

# A share widget's label, a WeChat article's call to follow its account (点击上方蓝字关注我们, 点击上方“某某”
# 可以订阅), a widget that reads the article aloud: navigation, though a page sets it under its headline as often
# as above.
SHARE_WIDGET = re.compile(
    r"^(?:分享到|扫一扫|\W*(?:点击|戳|点|轻触)(?:一下)?(?:上方|上面|蓝字))"
    r"|^\W*(?:欢迎)?关注(?:我们|本号|公众号)\W*$"  # … or the call alone (关注我们)
    r"|^\d{0,6}\s*分享至\s*[:：]?$"  # … or 分享至, maybe run into a counter before it (0分享至: no comments yet)
    r"|^点击播报本文[，,]?\s*约[^。！？!?]{0,12}$"  # the widget that reads the article aloud, and how long it takes
    r"|^扫描?二维码[^。！？!?，,]{0,8}(?:分享|关注)[^。！？!?]{0,6}$"  # 扫二维码分享给好友
    r"|^\W*点击(?:观看|收看|播放)?(?:上方|下方)?视频[^。！？!?]{0,12}$"  # a video's prompt (点击视频，一起学党史)
    # a news app's prompt where its copy left a picture out (打开某某新闻 查看精彩图片, 打开App，阅读全文)
    r"|^\W*打开[\u3400-\u9fffA-Za-z]{1,10}\s*[，,]?\s*(?:查看|阅读|看)(?:更多|精彩|高清|全部)?(?:图片|视频|全文|内容)\W*$"
)
# Page furniture is short: a longer line is text, whatever it starts with.
FURNITURE_MAX_LENGTH = 100
# A pager under a list or an article split in pages (上一页 1 2 3 下一页, 共3页 当前第1页, « 1 2 3 », 上一页123下一页,
# 页码：1/3): a line made only of its links, counts and arrows, with a pager's word or two page numbers between arrows.
PAGER_WORD = (
    r"(?:上一页|下一页|前一页|后一页|上页|下页|首页|尾页|末页|最后一页|共\s*\d{1,4}(?!\d)\s*页"
    r"|当前第?\s*\d{1,4}(?!\d)\s*页|页码\s*[:：]?)"
)
PAGER_TOKEN = (  # (a number never followed by a digit: a run of digits is split one way, linear)
    rf"(?:{PAGER_WORD}|第\s*\d{{1,4}}(?!\d)\s*页|\d{{1,4}}(?!\d)\s*/\s*\d{{1,4}}(?!\d)|\[?\d{{1,4}}(?!\d)\]?"
    r"|\.{2,3}|…+|[«»‹›<>]|跳转到?|转到|GO|Go|go|确定|页|[:：，,|｜])"
)
PAGER = re.compile(rf"^(?=.*{PAGER_WORD}|\s*[«‹<]\s*\d{{1,4}}\s+\d{{1,4}}.*[»›>]\s*$)(?:{PAGER_TOKEN}\s*)+$")
# Lines that are navigation: where you are on the site, and the site's own menus.
NAVIGATION: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?:您|你)?的?(?:现在|当前|目前|所在)?的?(?:位置|位址)\s*[:：]"),  # 您的当前位置：
    re.compile(
        # (one run of spaces where no bracket stands between two: runs side by side backtrack quadratically)
        r"^\[?\s*(?:\\[\[【]?\s*|[\[【]\s*)?(?:设为(?:首页|主页)|加入收藏|收藏本站|打印(?:本页|文本|此文)|关闭(?:窗口|本页)"
        r"|返回(?:顶部|首页|列表))"
    ),
    re.compile(r"^(?:上一篇|下一篇|上一页|下一页)(?:\s|[:：]|$)"),
    PAGER,
    # the links to the pieces before and after this one and back to the list, run together (上一篇下一篇返回目录)
    re.compile(r"^(?:(?:上一篇|下一篇|上一页|下一页|上一期|下一期|返回目录|返回列表|返回首页)\s*){2,}$"),
    # a breadcrumb or menu from the home page on, its separators lost in the copy (首页 理论 正文)
    re.compile(r"^(?:网站)?(?:首页|主页)(?:\s+[^\s。！？；;!?]{1,20}){1,8}$"),
    re.compile(r"^(?:网站|返回)?(?:首页|主页)$"),  # the link home alone
    re.compile(r"^(?:跳过|跳至|跳到|略过)(?:导航|主要内容|正文|内容)"),  # a screen reader's link past the menus
    # the site's greeting, maybe after today's date (今天是2024年3月29日，欢迎您访问某某网！): alone or naming the
    # site, so that a speech's welcome (欢迎来到新时代文明实践站！) stays
    re.compile(
        r"^(?:今天是[^，,。！!]{4,24}[，,\s]*)?欢迎(?:您|你)?(?:访问|光临|来到|登录)"
        r"(?:[^。！!？?，,；;]{0,30}(?:网|网站|本站))?\s*[!！]?$"
    ),
    SHARE_WIDGET,
    # an e-paper's list of its pages, one to a line (01版：要闻, 第02版：评论)
    re.compile(r"^第?\d{1,3}\s*版\s*[:：]\s*[\u3400-\u9fff](?:\s?[\u3400-\u9fff]){0,9}$"),
    # a site's word on the rights to what it shows, above it (以下内容之著作权均属某某或原著作权人所有，…方得利用。)
    re.compile(r"^(?:以下|本(?:网站?|站|页面?))(?:所载)?内容之?的?(?:著作权|版权)"),
    # a news app's prompt to download it (下载APP), a page's tag list's label alone (标签), the site's or an app's
    # logo by its picture's name, the word set apart (某某新闻 Logo, 某某新闻APP Icon某某新闻APP; 活动Logo is text)
    re.compile(
        r"^(?:下载|下載)\s*(?:APP|App|app|客户端)$|^标签\s*[:：]?$"
        r"|^[^。！？!?，,]{0,30}(?<!\S)(?:Logo|LOGO|logo|Icon|ICON)(?![A-Za-z])[^。！？!?，,]{0,30}$"
    ),
    # a forum's thread furniture (Discuz!): the poster's floor and the thread's buttons, alone on their lines
    re.compile(r"^(?:楼主|沙发|板凳|地板|跳转到指定楼层|只看该作者|倒序浏览|阅读模式|回帖奖励|\[?复制链接\]?)$"),
    # a page's link to the whole text, alone on its line (全文, 阅读全文, 展开全文), or a mirror's link to the page it
    # copied (查看原文: 阅读原文 is the account's own button, its footer's start)
    re.compile(r"^(?:内容)?全文$|^(?:阅读|查看|展开)全文$|^全文阅读$|^查看原文$"),
    # a page's link to download the file it shows (下载地址：点击此处下载, 点击这里下载)
    re.compile(r"^(?:下载地址\s*[:：]\s*)?点击(?:此处|这里)下载|^下载地址\s*[:：]"),
    # a document site's reading chrome over the document it shows
    re.compile(
        r"^(?:下载本文档|文档简介|已阅读\d+页|(?:还|剩余)\d+页未读|继续免费阅读|版权说明\s*[:：]|资源预览|文档预览)"
    ),
    # … and its card of the document's figures, one to a bullet or line (• 约1.2万字, • 约 20页, • 2025-03-02
    # 发布于江苏, 上传人：…), its viewer's page counter (第1页 / 共9页), its buttons (点击查看更多, 下载资源,
    # 资源描述) and its line on who shared the file (《…》由会员上传…); its pictures of the pages (…_第1页) are
    # the title's echoes (shapes.PAGE_SUFFIX)
    re.compile(
        r"^(?:[•·\-]\s*)?(?:约\s*\d+(?:\.\d+)?\s*[万千]?[字页]$|\d{4}-\d{1,2}-\d{1,2}\s*发布于\S{1,8}$|上传人\s*[:：])"
        r"|^第\s*\d+\s*页\s*/\s*共\s*\d+\s*页$|^(?:点击查看更多|下载资源$|资源描述$)"
        r"|^《[^《》]{1,60}》由(?:会员|用户)(?:分享|上传)"
    ),
)
BREADCRUMB = re.compile(r"\s*(?:>>|>|›|»|＞)\s*")
# Arrows set apart a breadcrumb only from the home page or the site on (首页 -> 要闻): a note's own arrows map one
# thing to another (经济 -> 供给侧结构性改革, 贫困 → 温饱 → 小康).
ARROWS = re.compile(r"\s*(?:->|→)\s*")
HOME = re.compile(r"^(?:网站)?(?:首页|主页)$|[\u3400-\u9fff]网站?$|^(?:您|你)?的?(?:现在|当前|目前|所在)?的?位置")
# Two parts are a breadcrumb too when a double chevron sets them apart (某某网>>综合报道).
SHORT_BREADCRUMB = re.compile(r"^[^\s>»]{1,20}\s*(?:>>|»)\s*[^\s>»]{1,20}$")
# … or by a single chevron from the home page on (首页 > 专题), maybe after an icon's glyph or the word 网站.
# … the column's name maybe set again after it, as the column's own heading (首页>要闻 要闻)
HOME_BREADCRUMB = re.compile(
    r"^\S{0,4}?(?:首页|主页)\s*(?:>|›|＞)\s*[^\s>›»＞。！？；;!?]{1,30}(?:\s+[^\s>›»＞。！？；;!?]{1,30})?$"
)
# A share widget's label run into the line above it (…的几点思考分享到：).
TRAILING_SHARE = re.compile(r"(?<!\s)\s*分享到\s*[:：]?$")  # tried where a run of spaces starts: linear
# A page's tool buttons, alone on their lines or in a row, maybe after the site's name (某某网 打印 纠错): the buttons a
# field row sets after a source's name (fields.PAGE_BUTTONS) and shorter forms of them (打印, 字号), which no name ends.
TOOL = re.compile(
    rf"(?:{PAGE_BUTTONS}|打印|(?:我要)?纠错|投稿|推荐|分享[:：]?|分享到[:：]|收藏|关闭|字号|字体|[大中小]|[TtAa][+\-]"
    r"|微信|微博|QQ空间|Q[Zz]one|QQ|扫一扫|手机版|二维码|默认|标准|放大|缩小|还原|朗读|收听本文|复制链接|简体|繁体|×|[【】\[\]]"
    r"|视力保护色[:：]?|保护视力色[:：]?|下载|举报|相关|放大图片|查看大图|查看原图"
    r"|评论|发表|查看更多|加载中[…。.]*|加载更多"  # a comment box's buttons
    r"|点赞|在看|赞|转发|写留言|留言"  # a WeChat article's buttons under it (分享 收藏 点赞 在看)
    r"|复制|下载文档|寄给朋友|(?:政府)?主网页|简体版|繁体版|英文版|中文版"  # a 范文 site's, a government release's
    r"|\d{1,2}:\d{2}/\d{1,2}:\d{2}|[|｜])+"
)
COLLECTION_TAG = re.compile(r"^收录于(?:合集|话题)")
TOOL_BULLET = re.compile(r"^[•·*\-]\s*")
MENU = re.compile(r"\s*[|｜]\s*")

# A press release's end mark alone on its line (完), the day and time it was issued under it (2017年10月26日（星期四）
# / 香港时间14时30分): the release ends there.
END_MARK = re.compile(r"^[（(]?完[）)]?$")
# A footer starts at one of these (after the body has begun): everything from it on is page furniture.
FOOTER_START: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^(?:相关(?:主题|文档|文章|阅读|链接|新闻|推荐|资料)|文本预览|最新文档|热门文档|推荐阅读|猜你喜欢)"
        r"(?:\s|[:：]|$)"
    ),
    re.compile(r"^(?:本信息|本文|本页)?共?(?:浏览|点击|阅读)(?:次数|数|量)?\s*[:：]"),
    re.compile(r"^本信息共浏览"),
    re.compile(r"^(?:版权所有|版权声明|copyright|©|all rights reserved)", re.IGNORECASE),
    # the owner first (某某县融媒体中心版权所有©2024), the notice ending there or going on with its terms (未经许可…):
    # a sentence on the owners of a copyright (著作权人和版权所有人应当…) goes on in words
    re.compile(r"^[\u3400-\u9fffA-Za-z0-9.]{2,20}版权所有(?:(?![\u3400-\u9fff])|未经|不得)"),
    # a page's rail of more videos after the article (视频更多, 更多视频, 热门视频)
    re.compile(r"^(?:视频\s*更\s*多|更多视频|热门视频|视频推荐|精彩视频)(?:\s*[>»]+)?$"),
    re.compile(r"^(?:免责)?声明\s*[:：]"),  # the page's disclaimer (声明：本文仅代表作者观点…)
    re.compile(r"^(?:关于我们|联系我们|网站地图)(?:\s|[|｜]|$)"),
    re.compile(r"^(?:上一篇|下一篇)(?:\s|[:：]|$)"),  # the links to the articles before and after this one
    # a WeChat article's own footer
    re.compile(r"^(?:预览时标签不可点|(?:微信扫一扫\s*)?关注该公众号|继续滑动看下一个|轻触阅读原文|向上滑动看下一个)"),
    re.compile(r"^阅读原文(?:\s|$|阅读\s*\d)"),  # the button, alone or run into the stats (阅读原文阅读 2345)
    re.compile(r"^\W{0,2}点击\W{0,2}阅读原文"),  # … or the call to press it (点击“阅读原文”查看更多)
    # … the call to press its buttons (喜欢就点个在看吧, 觉得有用请点赞转发)
    re.compile(
        r"^[^。！？!?]{0,12}(?:点个|点一下|点击|请|记得)\W?(?:点赞|赞|在看)\W?(?:[、和+]?\W?(?:转发|分享|在看|赞)\W?)*"
        r"[吧哦呀哟]?\W{0,3}$"
    ),
    re.compile(r"^微信扫一扫"),  # the call to scan the account's code (微信扫一扫|长按识别，进入读者交流群)
    re.compile(r"(?:ICP备|ICP证|公网安备)"),
    END_MARK,
    # a 范文 site's footer: its download button, its note on the column the piece was posted in and its link, its
    # comment box's call to log in (本文2020-05-08发表“某某”栏目。 本文链接：…)
    re.compile(r"^(?:点击|立即|免费)下载$|^本文链接\s*[:：]|^您需要登录后才可以"),
    re.compile(r"^本文[^。！？!?]{0,30}发表(?:于|在)?[^。！？!?]{0,20}栏目"),
)
# Names of the page's own fields: a short line that starts with one is page furniture.
PAGE_FIELDS = (
    "发布日期|发布时间|发表时间|更新时间|日期|时间|信息来源|文章来源|稿件来源|新闻来源|来源|出处|提供单位"
    "|作者|责任编辑|编辑|审核|最后更新|发布人|发布者|录入|联系电话|电话|传真|地址|邮编|email|e-mail"
)
# Boilerplate lines dropped wherever they are (metadata fields on them are read first).
BOILERPLATE: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^(?:{PAGE_FIELDS})\s*[:：]", re.IGNORECASE),
    re.compile(rf"^[【\[](?:{PAGE_FIELDS})[】\]]", re.IGNORECASE),
)


# A row of the page's fields glued to the line before it, as a page's spans run together when its text is copied or
# its blocks are inline (标题来源：新华社作者：王某某发布时间：2023-05-06浏览次数：123, 2023-05-06来源：…作者：…): two
# labels at least, after a headline, a date or a whole sentence of the line's own, the row set on a line apart. A
# shorter opening than a headline's is a word the label goes on (本文作者：…, 原文来源：…).
COUNTER_FIELDS = "浏览次数|浏览量|阅读量|阅读数|点击数|点击量|访问量"  # the page's count of its readers
GLUED_LABEL = re.compile(rf"(?:{PAGE_FIELDS}|{COUNTER_FIELDS})\s*[:：]", re.IGNORECASE)
GLUED_HEAD_MIN = 5
SENTENCE_CLOSES = ("。", "！", "？", "!", "?", "”", "）", ")")
CLAUSE_PUNCT = frozenset(SENTENCE_PUNCT) | frozenset("，,、：:")  # a headline has none of these, half a sentence has
# … and the page's date and time glued between them (标题2023-05-06 10:20来源：…): a line of its own too
GLUED_DATE = re.compile(rf"{NUMERIC_DATE}\s*日?(?:\s*{CLOCK})?$")


def _unglued(line: Line) -> list[Line]:
    """A line with a row of the page's fields glued after its own text (and its date), each a line (GLUED_LABEL)."""
    labels = list(GLUED_LABEL.finditer(_shadow(line.text)))  # the shadow has the line's length
    if len(labels) < 2:
        return [line]
    head, row = line.text[: labels[0].start()].rstrip(), line.text[labels[0].start() :]
    date = GLUED_DATE.search(head)
    own, dated = (head[: date.start()].rstrip(), head[date.start() :]) if date else (head, "")
    if len(own or dated) < GLUED_HEAD_MIN or len(row) > FURNITURE_MAX_LENGTH:
        return [line]
    if any(ch in CLAUSE_PUNCT for ch in own) and not own.endswith(SENTENCE_CLOSES):
        return [line]
    return [replace(line, text=part) for part in (own, dated, row) if part]


def unglue_fields(lines: list[Line]) -> list[Line]:
    """The lines with each row of the page's fields glued to a line's own text set apart from it."""
    return [part for line in lines for part in _unglued(line)]


def unmarkdown(text: str) -> str:
    """A line with markdown links and emphasis reduced to their text."""
    for pattern, replacement in MARKDOWN:
        text = pattern.sub(replacement, text)
    return text.strip()


def _is_breadcrumb(text: str) -> bool:
    """True for `首页 >> 专栏 >> 党史` style lines: three or more short parts without sentences (two set apart by
    >>, or by > from the home page on), or short parts set apart by arrows from the home page or the site on
    (首页 -> 要闻)."""
    if SHORT_BREADCRUMB.match(text) or HOME_BREADCRUMB.match(text):
        return True
    if any(ch in SENTENCE_PUNCT for ch in text):
        return False
    parts = [part for part in BREADCRUMB.split(text) if part]
    if len(parts) >= 3 and all(len(part) <= 20 for part in parts):
        return True
    arrowed = [part for part in ARROWS.split(text) if part]
    return len(arrowed) >= 2 and all(len(part) <= 20 for part in arrowed) and HOME.search(arrowed[0]) is not None


BODY_LINE_MIN = 120  # a line this long is text whatever its punctuation


def begins_body(text: str) -> bool:
    """True for a line of the page's text, after which a footer may start: one that holds a sentence mark (a
    headline's question or exclamation marks aside), or is very long; a long headline, a line of keywords are none,
    nor a line without Chinese (a site's prompt in English over a Chinese text)."""
    if not HANZI.search(text):
        return False
    if len(text) >= BODY_LINE_MIN:
        return True
    return any(ch in SENTENCE_PUNCT for ch in headline_bare(text))


def is_toolbar(text: str) -> bool:
    """True for a row of tool buttons (打印 纠错, T+, 字号：大 中 小, 收听本文 00:00/00:00) or an article's
    collection tag (收录于合集 #…): page furniture, but no navigation (a page sets it under its headline as often
    as above)."""
    if COLLECTION_TAG.match(_shadow(text)):
        return True
    tokens = TOOL_BULLET.sub("", _shadow(text)).split()
    if len(tokens) > 1 and SITE_NAME.fullmatch(tokens[0]):
        tokens = tokens[1:]
    if len(tokens) > 1 and SITE_NAME.fullmatch(tokens[-1]):  # … or after them (简体版 英文版 寄给朋友 某某新闻网)
        tokens = tokens[:-1]
    return bool(tokens) and all(TOOL.fullmatch(token) for token in tokens)


def _is_menu(text: str) -> bool:
    """True for `关于我们 | 联系我们 | …` menus and lines that are nothing but links."""
    parts = [part for part in MENU.split(text) if part]
    if len(parts) >= 3 and all(len(part) <= 10 for part in parts):
        return True
    return bool(LINK.search(text)) and not re.sub(r"[\s|｜>›»·•/]", "", LINK.sub("", text))


# Above the text, a row of many (eight or more) short words set apart by spaces is the site's menu (即时 热门
# 政治 社会 生活 …), and two short parts set apart by a spaced chevron are where the page stands (评论 > 专栏).
# A headline of a few phrases (学党史 悟思想 办实事 开新局) has fewer, a journal's keywords their label ([关键词]
# …), a title spaced out character by character (关 于 …) single characters; below the text's start a row of
# names is the text's.
MENU_ROW = re.compile(r"^(?:[^\s，,。；;：:！？!?、【】\[\]]{1,16}\s+){7,}[^\s，,。；;：:！？!?、【】\[\]]{1,16}$")
SECTION_CRUMB = re.compile(r"^[^\s>]{1,6}\s+>\s+[^\s>]{1,6}$")
# … and a banner asking to agree to the site's privacy terms (本站会记录您的…；我们重视您的隐私，继续使用即视为同意,
# 请先同意我们的隐私政策), the site speaking to its reader (您, 我们, 本网站), or a prompt in another language to go to
# the site's edition in it (こちらのページは…): above the text only, where a law's own sentence on consent and
# privacy cannot stand, nor a first paragraph that speaks to no reader.
CONSENT_BANNER = re.compile(r"^[^。！？!?]{0,60}隐私[^。！？!?]{0,60}同意|^[^。！？!?]{0,20}同意[^。！？!?]{0,20}隐私")
SITE_VOICE = re.compile(r"您|你|我们|本网站?|本站")
KANA = re.compile(r"[\u3040-\u30ff]")
KANA_MIN = 3


def _in_kana(shadow: str) -> bool:
    """True for a line written in Japanese: three kana or more, outnumbering its Chinese characters (a Chinese
    headline quoting a Japanese word is no prompt)."""
    kana = len(KANA.findall(shadow))
    return kana >= KANA_MIN and kana > len(HANZI.findall(shadow))


# … and the name of the site's channel the page stands in, alone on its line over the headline (总统府新闻, 新闻公报,
# 演辞和文章, 新闻与活动): the channel's kind of pages, maybe after the body that runs the site (本府, 某某局); a
# headline on news (警惕假新闻) names no body.
CHANNEL = re.compile(
    r"^(?:[\u3400-\u9fff]{0,6}[府院部局署处厅委会办网社台站]|本[府院部局署处网站])?"
    r"(?:新闻|新闻稿|新闻公报|新闻发布|新闻与活动|新闻中心|新闻动态|即时新闻|最新消息|演辞和文章|演辞及文章|讲话和文章)$"
)


def is_head_menu(text: str) -> bool:
    """True for a line of the site's menu, a short breadcrumb, a privacy banner, another language's prompt or the
    site's channel's name, read above the text's start only."""
    shadow = _shadow(text.strip())
    if len(shadow) > FURNITURE_MAX_LENGTH:
        return False
    if CHANNEL.match(shadow):
        return True
    if (CONSENT_BANNER.match(shadow) and SITE_VOICE.search(shadow)) or _in_kana(shadow):
        return True
    if MENU_ROW.match(shadow) and not looks_like_names(shadow):  # a byline's many names are no menu
        words = shadow.split()
        chinese = sum(1 for word in words if HANZI.search(word))
        return 2 * chinese > len(words) and 2 * sum(1 for word in words if len(word) > 1) > len(words)
    return SECTION_CRUMB.match(shadow) is not None


def is_navigation(text: str) -> bool:
    """True for a line of site navigation."""
    if len(text) > FURNITURE_MAX_LENGTH and not LINK.search(text):
        return False
    text = _shadow(text)
    return any(p.match(text) for p in NAVIGATION) or _is_breadcrumb(text) or _is_menu(text)


# The label of a list of links to other posts, alone on its line (往期推荐, maybe set off by marks or a glyph:
# —往期回顾—, ▼精彩推荐), or of a blog's sidebar widget (最近文章, 标签云, 文章归档, 友情链接): a footer's start when
# no paragraph of text follows it; an article may set 延伸阅读 over text of its own.
LINK_LIST_LABEL = re.compile(
    r"^\W{0,3}(?:往期(?:推荐|回顾|精选|精彩|链接|热文)|精彩(?:推荐|回顾|阅读)|更多精彩|近期热文|热文推荐|历史文章"
    r"|延伸阅读|相关推荐"
    r"|(?:最近|最新|近期|热门|随机|推荐|置顶)(?:文章|日志|博文|评论|标签)|标签云|文章(?:归档|分类)|分类目录|友情链接)\W{0,3}$"
)
TEXT_LINE_MIN = 60  # a footer's lines are links and labels: a line this long is text


def is_text_line(text: str) -> bool:
    """True for a line that is a paragraph of text, no footer's link (a link's headline may ask, never states)."""
    return len(text) >= TEXT_LINE_MIN or "。" in text


def is_footer_start(text: str, text_after: bool = False) -> bool:
    """True for a line where a page's footer begins (a label of a list of links only with no text after it:
    `text_after` says whether a paragraph of text follows)."""
    if len(text) > FURNITURE_MAX_LENGTH:
        return False
    shadow = _shadow(text)
    return any(p.search(shadow) for p in FOOTER_START) or (
        not text_after and LINK_LIST_LABEL.search(shadow) is not None
    )


def is_boilerplate(text: str, in_body: bool = False) -> bool:
    """True for a metadata or contact line of the page, not of the text (`in_body`: below the text's start,
    where a dated line is a dateline only with a time or fields)."""
    if len(text) > FURNITURE_MAX_LENGTH:
        return False
    shadow = _shadow(text)
    return any(p.match(shadow) for p in BOILERPLATE) or is_dateline(text, in_body)


# The date and time of day a page went up (2021-03-09 12:46, 2021年03月09日12:46:05): a document dates itself to the
# day, a page's furniture to the minute.
PAGE_STAMP = re.compile(rf"{NUMERIC_DATE}\s*日?\s*{CLOCK}")  # (no rescan: linear)


def is_page_stamp(text: str) -> bool:
    """True for a page's stamp: a dateline or a row of the page's fields (来源：某某网 | 2021-03-09 12:46,
    作者：… 时间：… 浏览：…) that dates the page to the minute. A date field alone (时间：2023年5月8日 9:30) may be a
    meeting's in a notice, no page's."""
    if not is_boilerplate(text) or PAGE_STAMP.search(text) is None:
        return False
    fields = field_pairs(text)
    return is_dateline(text) or len(fields) > 1 or (bool(fields) and fields[0][0] != "date")


def looks_like_web_page(lines: list[Line]) -> bool:
    """True when some lines are navigation, a line above the text is a page's stamp, or two lines are page
    furniture."""
    texts = [line.text for line in unglue_fields(lines) if line.text]
    if any(map(is_navigation, texts)):
        return True
    top = next((k for k, text in enumerate(texts) if begins_body(text)), len(texts))
    if any(is_head_menu(text) or is_page_stamp(text) for text in texts[:top]):  # a site's menu row, a page's stamp
        return True
    return sum(1 for t in texts if is_footer_start(t) or is_boilerplate(t) or is_toolbar(t)) >= 2


@dataclass(frozen=True)
class Page:
    """A page split into its text lines and its furniture (whose text still carries metadata)."""

    kept: list[Line]
    dropped: list[str]
    navigation_end: int  # the position in `kept` right after the last navigation above the body
    over_metadata: frozenset[int]  # positions in `kept` right above a metadata or tool line set aside


PAGE_NUMBER = re.compile(r"^\[?\d{1,4}\]?$")  # one link of a pager, alone on its line as a copy sets each


def _pager_lines(lines: list[Line]) -> frozenset[int]:
    """The positions of a pager's links set one to a line (1 / 2 / 3 / 下一页): a run of page numbers and pager
    lines, blank lines between them, with a pager's word on one of them and two lines at least."""
    found: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, Line(0, "·")]):  # a line of no pager's ends the last run
        text = line.text.strip()
        if not text:
            continue
        if PAGE_NUMBER.match(text) or PAGER.match(_shadow(text)):
            run.append(k)
            continue
        if len(run) > 1 and any(PAGER.match(_shadow(lines[i].text.strip())) for i in run):
            found.update(run)
        run = []
    return frozenset(found)


def _split_page(lines: list[Line]) -> Page:
    """The page's text lines, with navigation, boilerplate and the footer set aside."""
    pager = _pager_lines(lines)
    kept: list[Line] = []
    dropped: list[str] = []
    navigation_end = 0
    over_metadata: set[int] = set()
    last = None  # the position in `kept` of the last line of text
    body_begun = in_footer = False
    last_text = max((k for k, line in enumerate(lines) if is_text_line(line.text)), default=-1)
    for k, line in enumerate(lines):
        text = line.text
        footer_start = bool(text) and is_footer_start(text, text_after=k < last_text)
        in_footer = in_footer or (body_begun and footer_start)
        navigation = bool(text) and (is_navigation(text) or (not body_begun and is_head_menu(text)) or k in pager)
        # a number alone above the text, maybe on a bullet, is a counter of the page's (views, likes), no text
        counter = not body_begun and TOOL_BULLET.sub("", text.strip()).isdigit()
        boilerplate = bool(text) and (is_boilerplate(text, body_begun) or is_toolbar(text) or counter)
        # a date alone under the signer closing the text is its signature's (落款), no dateline of the page's
        signed = body_begun and last is not None and looks_like_date(text) and is_signer(kept[last].text)
        boilerplate = boilerplate and not signed
        if text and (in_footer or navigation or boilerplate or footer_start):
            dropped.append(unmarkdown(text))
            # a share widget under the headline ends no navigation: the headline above it is no menu item
            ends_navigation = navigation and not body_begun and not SHARE_WIDGET.match(_shadow(text))
            navigation_end = len(kept) if ends_navigation else navigation_end
            if boilerplate and last is not None and not body_begun:  # a headline is set over these
                over_metadata.add(last)
            continue
        last = len(kept) if text else last
        kept.append(replace(line, text=TRAILING_SHARE.sub("", unmarkdown(text))))
        body_begun = body_begun or begins_body(text)
    return Page(kept, dropped, navigation_end, frozenset(over_metadata))


def read_web_page(lines: list[Line], hint: str | None = None) -> Draft:
    """A scraped web page: title and byline from its head, date and source from its furniture."""
    page = _split_page(unglue_fields(lines))
    head = find_head(page.kept, page=True, after=page.navigation_end, hint=hint, marked=page.over_metadata)
    furniture = [(text, field_pairs(text)) for text in page.dropped]  # the furniture's fields, read once
    # a line of furniture gives its fields, and its date when it is a dateline; a banner's date with its weekday
    # only when no other line dates the page (the day it was copied, not the article's)
    dated = [text for text, _ in furniture if is_dateline(text) or post_row_date(text)]
    clocks = [text for text in dated if is_page_clock(text)]
    fields = [
        pair for text, pairs in furniture for pair in [("date", text)] * (text in dated and text not in clocks) + pairs
    ]
    if head.author:
        fields.insert(0, ("author", head.author))
    fields += [("author", name) for text in dated if (name := dateline_name(text))]  # 2019-03-12 08:21王建国
    if head.date:
        fields.append(("date", head.date))
    fields += head.fields
    body = head.body(page.kept)
    signature = document_signature(body)  # a signature dates the document, over the page's posting time
    issued = end_mark_date(lines) or ""
    fields = [("date", signature.date or ""), ("date", issued), ("author", signature.author or ""), *fields]
    # last, a date anywhere on a line of the page's fields (来源：… 作者：张明 2023-06-15 16:00)
    fields += [("date", text) for text, pairs in furniture if pairs]  # build_meta skips a line without a date
    fields += [("date", text) for text in clocks]
    body = signature.body(body)
    meta: Meta = build_meta(fields)
    return Draft("web", head.title or _furniture_title(furniture), meta, tuple(body))


def end_mark_date(lines: list[Line]) -> str | None:
    """The date line a press release sets right under its end mark (完 / 2017年10月26日（星期四）): the day it was
    issued; None without one."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    return next((after for mark, after in pairwise(texts) if END_MARK.match(mark) and looks_like_date(after)), None)


def _furniture_title(furniture: list[tuple[str, list[tuple[str, str]]]]) -> str | None:
    """The title a page names in its furniture (本文标题：…, under the share widget after the article) when its head
    sets none."""
    titles = (value.strip() for _, pairs in furniture for meaning, value in pairs if meaning == "title")
    return next((title for title in titles if looks_like_title(title, strict=False)), None)
