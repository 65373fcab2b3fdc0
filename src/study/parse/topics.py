"""Each list's topic: what a question about it must say, so that every question stands alone.

The topic is the list's lead when the lead says what the list is about. A lead that is only a deictic
opener (我认为：, 主要表现在：, 具体是：, 当前，) or a bare count (两个方面) is completed backward: with the
rest of its own sentence, else the sentence before it, else the item the list hangs under. A list with
no lead takes the item it hangs under, else the section heading before it, else: when its items open
paragraphs of their own, the document's own framing (《…》的九个部分); a series inside a paragraph, the
sentence it sits in. Computed once here; cards, worksheets and the study sheet read it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from study.model import HEADING_LEVELS, MIN_TOPIC, EnumList, Item, Paragraph, Source
from study.script import to_traditional

HANZI = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END = "。！？；!?;"
EDGE = " \u3000，,：:；;、"
# Leads that point at what follows without naming it: only an opener, so they are completed backward.
DEICTIC = re.compile(
    r"^(?:我|我们)?(?:认为|觉得|以为|看来)|^(?:主要|具体|集中|突出)?(?:表现|体现)(?:在|为)|^具体(?:是|为|有|说|来说|而言|要)"
    r"|^(?:当前|目前|现在|今后|为此|对此|同时|其中|比如|例如|如下|具体|主要有|主要是|包括)[，,：:]?$"
)
CN = "零一二三四五六七八九十"


def with_topics(source: Source, lists: tuple[EnumList, ...]) -> tuple[EnumList, ...]:
    """The outline with every list's topic filled in."""
    headings = Headings(source)
    return tuple(_with_topic(source, lst, None, headings) for lst in lists)


class Headings:
    """The nearest heading before each paragraph of a source, found in one pass (a list asks for its own)."""

    def __init__(self, source: Source) -> None:
        """Index the source's headings (markup levels), leaving out the document's title."""
        self._before: list[str] = [""]  # _before[i]: the heading nearest before paragraph i; one past the end too
        for paragraph in source.paragraphs:
            latest = self._before[-1]
            if paragraph.level in HEADING_LEVELS:
                text = _heading_text(paragraph)
                latest = "" if text == (source.title or "") else text
            self._before.append(latest)

    def before(self, para: int) -> str:
        """The nearest heading before paragraph `para` ("" when none)."""
        return self._before[min(max(para, 0), len(self._before) - 1)]


def _with_topic(source: Source, lst: EnumList, parent: Item | None, headings: Headings) -> EnumList:
    items = tuple(
        replace(item, lists=tuple(_with_topic(source, sub, item, headings) for sub in item.lists))
        if item.lists
        else item
        for item in lst.items
    )
    return replace(lst, items=items, topic=topic_of(source, lst, parent, headings))


def topic_of(source: Source, lst: EnumList, parent: Item | None, headings: Headings | None = None) -> str:
    """What a question about a list must say (see the module's docstring)."""
    headings = headings or Headings(source)
    lead = (lst.lead or "").strip(EDGE)
    if lead and not is_bare(lead):
        return lead
    if lead:
        return _completed(source, lst, parent, lead, headings)
    context = _parent_head(parent) or headings.before(lst.loc.para)
    if context and hanzi(context) < MIN_TOPIC:
        return f"{_where(source)}“{context}”部分"  # 原因分析 alone says too little: name the document
    if context:
        return context
    around = "" if _opens_blocks(source, lst) else _sentence_around(source, lst)
    return around or framing(source, len(lst.items), articles=ARTICLE.fullmatch(lst.style) is not None)


def _opens_blocks(source: Source, lst: EnumList) -> bool:
    """True when each item opens a paragraph of its own: the list is the document's own parts, and the
    framing 全文分为N个部分 fits; a series inside a paragraph is no part of the document's layout."""
    paras = [item.loc.para for item in lst.items]
    if len(set(paras)) < len(paras) or not all(0 <= p < len(source.paragraphs) for p in paras):
        return False
    return all(hanzi(_before_item(source, item)) == 0 for item in lst.items)


def _before_item(source: Source, item: Item) -> str:
    """The text of an item's paragraph before the item (its marker, else its text: a number alone on the
    line above its heading is not in the item's paragraph)."""
    text = source.paragraphs[item.loc.para].text
    at = text.find(item.marker) if item.marker else -1
    at = at if at >= 0 else text.find(item.text[:MIN_TOPIC])
    return text[:at] if at >= 0 else text


def _paragraph_before(source: Source, para: int) -> str:
    """The paragraph before `para` ("" for the first): a series opening its paragraph follows on from it."""
    return source.paragraphs[para - 1].text if para > 0 else ""


def _sentence_around(source: Source, lst: EnumList) -> str:
    """What a series inside a paragraph is asked with: the start of the sentence it sits in, else the
    sentence before it (a bare opener such as 比如， is written on from there)."""
    first = lst.items[0]
    if not 0 <= first.loc.para < len(source.paragraphs):
        return ""
    before = _before_item(source, first)
    own = _own_sentence(before).strip(EDGE)
    if own and not is_bare(own):
        return own
    before = before[: len(before) - len(_own_sentence(before))] or _paragraph_before(source, first.loc.para)
    previous = _tail_clauses(_last_sentence(before))
    if not previous:
        return own if hanzi(own) >= MIN_TOPIC else ""
    return f"{previous}{'' if previous.endswith(tuple(SENTENCE_END)) else '。'}{own}".strip(EDGE)


def is_bare(lead: str) -> bool:
    """True for a lead that does not say what its list is about: a deictic opener or too few hanzi."""
    return (bool(DEICTIC.search(lead)) and hanzi(lead) < 2 * MIN_TOPIC) or hanzi(lead) < MIN_TOPIC


def hanzi(text: str) -> int:
    """How many hanzi a text has."""
    return len(HANZI.findall(text))


def _completed(source: Source, lst: EnumList, parent: Item | None, lead: str, headings: Headings) -> str:
    """A bare lead with what comes before it: its own sentence, the sentence before, or the parent item."""
    before = _text_before(source, lst, lead)
    own = _own_sentence(before)
    if hanzi(own) >= 2:
        return own + lead  # 具体表现为对上和对下 + 两个方面: one sentence, written on
    previous = _tail_clauses(_last_sentence(before[: len(before) - len(own)]))
    context = previous or _parent_head(parent) or headings.before(lst.loc.para)
    if not context:
        return lead
    return f"{context}{'' if context.endswith(tuple(SENTENCE_END)) else '。'}{lead}"


def _tail_clauses(sentence: str) -> str:
    """The last clauses of a sentence that together say enough (a long sentence is cut at its commas)."""
    clauses = re.split(r"(?<=[，,])", sentence)
    kept = ""
    for clause in reversed(clauses):
        kept = clause + kept
        if hanzi(kept) >= MIN_TOPIC:
            break
    return kept.strip(EDGE)


def _text_before(source: Source, lst: EnumList, lead: str) -> str:
    """The text of the list's paragraph before its lead (empty when the lead opens the paragraph)."""
    paragraphs = source.paragraphs
    if not 0 <= lst.loc.para < len(paragraphs):
        return ""
    for para in (lst.loc.para, lst.loc.para - 1):  # a lead may close the paragraph before its items
        text = paragraphs[para].text if para >= 0 else ""
        at = text.find(lead)
        if at >= 0:
            return text[:at]
    return ""


def _own_sentence(before: str) -> str:
    """The start of the lead's own sentence: the text after the last sentence end."""
    return before[_last_end(before) + 1 :].lstrip(EDGE)


def _last_sentence(before: str) -> str:
    """The last whole sentence of a text, with its closing mark."""
    body = before.rstrip(EDGE)  # keeps the closing mark: a question stays a question (…呢？我认为)
    return body[_last_end(body[:-1]) + 1 :].strip(EDGE)


def _last_end(text: str) -> int:
    """Where the last sentence end of a text is (-1 when it has none)."""
    return max(map(text.rfind, SENTENCE_END))


def _parent_head(parent: Item | None) -> str:
    """The headline of the item a list hangs under."""
    return parent.head.strip(EDGE + "。") if parent else ""


def _heading_text(paragraph: Paragraph) -> str:
    return paragraph.text.strip(EDGE + "#*")


# a regulation's articles (第一条 …) are clauses, not parts with titles: they are asked by what each lays down
ARTICLE = re.compile(r"第\s?[零〇一二三四五六七八九十百\d]+\s?[条條]")  # 第一條 in a traditional copy


def framing(source: Source, count: int, articles: bool = False) -> str:
    """The document's own framing of a top-level list: 《title》全文分为N个部分, asked by their headings, or
    for a regulation's articles 《title》全文共N条, asked by what each lays down."""
    words = (
        f"全文共{cn_count(count)}条，各条规定的要点" if articles else f"全文分为{cn_count(count)}个部分，各部分的标题"
    )
    return f"{_where(source)}{_in_script(source, words)}"


def _where(source: Source) -> str:
    """The document as a question names it: 《title》, or 本文 when it has no title."""
    return f"《{source.title}》" if source.title else "本文"


def _in_script(source: Source, words: str) -> str:
    """The tool's own words in the document's script (a traditional document's topic reads 全文分為…)."""
    return to_traditional(words) if source.script == "traditional" else words


def cn_count(n: int) -> str:
    """A count as hanzi before a measure word (两, 三, 十二), digits past 99."""
    if n == 2:
        return "两"
    if n < 10:
        return CN[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{CN[tens] if tens > 1 else ''}十{CN[ones] if ones else ''}"
    return str(n)
