"""Cards from hand-made outlines: kinds, order, overlap, counts, clozes, parts, citations and script."""

from __future__ import annotations

import dataclasses

import pytest

from study.config import Settings
from study.generate.cards import (
    Frame,
    cn_count,
    cn_numeral,
    context_of,
    context_tail,
    count_question,
    giveaway_forms,
    item_line,
    key_sentence,
    key_sentence_parts,
    list_about,
    list_place,
    own_part,
    parse_numeral,
    part_head,
    shared_frame,
    stray_marks_off,
    unmarked_text,
    unnumbered,
    unrevealed,
    unsaid_count,
    without_opening,
)
from study.generated import Card
from study.model import Course, Document, EnumList, Item, Loc, Meta, Paragraph, Source
from study.script import CONVERTERS, simplify, to_traditional
from tests.generated_work import course_cards

PATH = "sources/zuofeng.txt"


def item(key: str, label: str, marker: str, head: str, rest: str = "", lists: tuple[EnumList, ...] = ()) -> Item:
    """An item whose text is its marker, head and the rest of its paragraph."""
    return Item(marker, head, f"{marker}{head}{rest}", key, label, Loc(PATH, 3, 1), lists)


def enum(key: str, style: str, lead: str | None, items: tuple[Item, ...], count: int | None = None) -> EnumList:
    """A list with an optional announced count."""
    return EnumList(style, lead, count, items, key, Loc(PATH, 2, 0))


def document(lists: tuple[EnumList, ...], title: str | None, script: str = "simplified") -> Document:
    """A document around an outline; its paragraphs are the items' texts (for the vocabulary)."""
    texts = [i.text for lst in lists for i in lst.items] or ["正文。"]
    paras = tuple(Paragraph(t, simplify(t), Loc(PATH, n + 1, n)) for n, t in enumerate(texts))
    source = Source(PATH, "zuofeng", title, Meta(date="2001-03-05"), script, paras)
    return Document(source, lists)


def demands() -> EnumList:
    """Three demands announced by a count, each with a sentence worth a cloze."""
    return enum("1.1/1", "一要", "转变作风，要把握好三个环节：", (
        item("1.1/1.1", "（一）一要", "一要", "调查研究", "。领导干部要深入基层，倾听群众呼声，掌握第一手材料。"),
        item("1.1/1.2", "（一）二要", "二要", "联系群众", "。要把群众满意不满意作为检验工作成效的根本标准。"),
        item("1.1/1.3", "（一）三要", "三要", "狠抓落实", "。各项措施要细化分解，逐项明确责任，限期完成任务。"),
        item("1.1/1.4", "（一）四要", "四要", "勤俭节约", "。要坚决反对铺张浪费，严格控制会议和文件数量。"),
    ), count=3)  # fmt: skip


def outline() -> tuple[EnumList, ...]:
    """A top list of parts; part （一） holds the demands; a second top list is unmarked."""
    parts = enum("1", "（一）", None, (
        item("1.1", "（一）", "（一）", "转变工作作风", "。作风问题关系党的形象，关系人心向背。", (demands(),)),
        item("1.2", "（二）", "（二）", "改进会风文风", "。会议要开短会，讲短话，讲管用的话。"),
    ))  # fmt: skip
    plain = enum("2", "paragraph", "具体做法是：", (
        item("2.1", "[1]", "", "建立健全调研制度"),
        item("2.2", "[2]", "", "完善联系群众机制"),
    ))  # fmt: skip
    return (parts, plain)


def cards_of(lists: tuple[EnumList, ...], script: str = "original", title: str = "改进工作作风的意见") -> list[Card]:
    """The cards of a one-document course."""
    return cards_of_document(document(lists, title), script)


def cards_of_document(doc: Document, script: str = "original") -> list[Card]:
    """The cards of a course of one document."""
    return course_cards(Course("c0ffee", "作风课程", (doc,)), Settings(script=script))


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    """The cards of the hand-made outline."""
    return cards_of(outline())


def test_numerals_both_ways() -> None:
    for n in (1, 2, 3, 9, 10, 11, 12, 20, 24, 99):
        assert parse_numeral(cn_numeral(n)) == n
    assert [cn_count(2), cn_count(3), cn_numeral(2)] == ["两", "三", "二"]
    assert [parse_numeral("两"), parse_numeral("１２"), parse_numeral("7")] == [2, 12, 7]
    assert parse_numeral("十十") is None and parse_numeral("多") is None


@pytest.mark.parametrize(
    ("lead", "count", "asked"),
    [
        ("转变作风，要把握好三个环节：", 3, ("转变作风，要把握好几个环节？", "三个")),
        ("全会提出以下六个方面的要求。", 6, ("全会提出以下几个方面的要求？", "六个")),
        ("當前要抓好兩個重要環節。", 2, ("當前要抓好幾個重要環節？", "兩個")),
        ("會議強調要做好以下十二項工作：", 12, ("會議強調要做好以下幾項工作？", "十二項")),
        ("第一次会议通过了三个决定。", 4, None),  # the lead counts something else
        # a count sentence too short to say what it counts keeps the sentence before it
        ("办好这件事靠什么？主要有两条：", 2, ("办好这件事靠什么？主要有几条？", "两条")),
        # the same count said twice: both are asked, or the other gives it away
        ("本章分为三个部分，从以下三个方面讲解。", 3, ("本章分为几个部分，从以下几个方面讲解？", "三个")),
        # a measure word of the lead's own (步, 部分): asked and answered in it, never as 几项 → 三项
        ("整改工作分四步推进：", 4, ("整改工作分几步推进？", "四步")),
        ("上周已经布置。本单元的课程分为两部分：", 2, ("本单元的课程分为几部分？", "两部分")),
        ("這次培訓分三段：", 3, ("這次培訓分幾段？", "三段")),
        ("近三年来，我们着重抓了以下工作：", 3, None),  # an earlier clause's numeral counts no list
        ("村里的党员可以分成三部分人：", 3, ("村里的党员可以分成几部分人？", "三部分")),  # the measure, not 三部
        ("全县推行“两步走”办法：", 2, None),  # a count in quotes names a formulation: nothing here says what it counts
    ],
)
def test_count_question(lead: str, count: int, asked: tuple[str, str] | None) -> None:
    assert count_question(lead, count) == asked


def test_cards_come_in_document_order(cards: list[Card]) -> None:
    order = [(c.kind, c.key) for c in cards if c.kind != "cloze"]
    assert order == [
        ("list", "1"),
        ("ordered", "1.1"),
        ("list", "1.1/1"), ("count", "1.1/1"),
        ("ordered", "1.1/1.1"), ("ordered", "1.1/1.2"), ("ordered", "1.1/1.3"), ("ordered", "1.1/1.4"),
        ("ordered", "1.2"),
        ("list", "2"), ("ordered", "2.1"), ("ordered", "2.2"),
    ]  # fmt: skip
    # a cloze follows its item's ordered card
    keys = [(c.kind, c.key) for c in cards]
    for at, (kind, key) in enumerate(keys):
        if kind == "cloze":
            assert keys[at - 1] == ("ordered", key)


def test_list_recall_gives_items_in_order_with_markers(cards: list[Card]) -> None:
    recall = next(c for c in cards if c.kind == "list" and c.key == "1.1/1")
    assert recall.context == "转变作风，要把握好三个环节："
    # the announced count and, as four items were found, what was found (UAT 35: no wrong count passed off)
    assert recall.prompt == "有哪三项？（原文列出四项）"
    assert [(line.marker, line.text) for line in recall.answer] == [
        ("一要", "调查研究"), ("二要", "联系群众"), ("三要", "狠抓落实"), ("四要", "勤俭节约"),
    ]  # fmt: skip
    assert recall.cite.place == "（一）一要—四要"
    bare = next(c for c in cards if c.kind == "list" and c.key == "1")
    assert bare.prompt == "有哪两项？" and bare.context == ""


def test_ordered_recall_shows_the_items_before(cards: list[Card]) -> None:
    ordered = {c.key: c for c in cards if c.kind == "ordered"}
    fourth = ordered["1.1/1.4"]
    assert [line.text for line in fourth.shown] == ["联系群众", "狠抓落实"]  # the two before, not all
    assert fourth.prompt == "四要" and [line.text for line in fourth.answer] == ["勤俭节约"]
    assert fourth.cite.place == "（一）四要"
    assert ordered["1.1/1.1"].shown == () and ordered["1.1/1.1"].context == "转变作风，要把握好三个环节："


def test_unmarked_items_get_circled_markers(cards: list[Card]) -> None:
    recall = next(c for c in cards if c.kind == "list" and c.key == "2")
    assert [line.marker for line in recall.answer] == ["①", "②"]
    second = next(c for c in cards if c.kind == "ordered" and c.key == "2.2")
    assert second.prompt == "②" and second.shown[0].marker == "①"


def test_count_card_asks_the_lead_with_ji(cards: list[Card]) -> None:
    counts = [c for c in cards if c.kind == "count"]
    assert len(counts) == 1  # only the list that announces a count
    assert counts[0].prompt == "转变作风，要把握好几个环节？"
    assert [line.text for line in counts[0].answer] == ["三个"]
    assert counts[0].context == "（一） 转变工作作风"  # the part it sits under, since the lead is asked


def test_clozes_blank_whole_terms_never_markers(cards: list[Card]) -> None:
    clozes = [c for c in cards if c.kind == "cloze"]
    assert len(clozes) >= 4
    for cloze in clozes:
        assert cloze.gaps
        assert not cloze.prompt.startswith(("一要", "二要", "三要", "四要", "（"))  # marker removed
        hidden = sum(g.end - g.start for g in cloze.gaps)
        assert hidden <= len(cloze.prompt) / 2
        for gap in cloze.gaps:
            answer = cloze.prompt[gap.start : gap.end]
            assert len(answer) >= 2 and answer.isalnum(), answer
            assert gap.hint.startswith(f"{len(answer)}字")


def test_key_sentence_skips_a_bare_headline() -> None:
    demand = demands().items[0]
    assert key_sentence(demand) == "领导干部要深入基层，倾听群众呼声，掌握第一手材料。"
    assert key_sentence(item("9", "9", "", "短句")) is None


def test_parts_hold_the_cards_under_a_top_item(cards: list[Card]) -> None:
    parts = {(c.kind, c.key): c.part for c in cards}
    assert parts[("list", "1")] is None and parts[("ordered", "1.1")] is None
    part = parts[("list", "1.1/1")]
    assert part is not None and (part.index, part.label, part.head) == (1, "（一）", "转变工作作风")
    assert parts[("ordered", "1.1/1.2")] == part
    assert parts[("list", "2")] is None  # （二） has no lists under it: no part, no subdeck


def test_cite_names_title_date_and_place(cards: list[Card]) -> None:
    card = next(c for c in cards if c.kind == "ordered" and c.key == "1.1/1.2")
    assert (card.cite.title, card.cite.date, card.cite.place) == ("《改进工作作风的意见》", "2001-03-05", "（一）二要")


def test_a_card_of_an_untitled_document_names_it_by_its_label_not_in_title_marks() -> None:
    doc = document((demands(),), None)
    cited = {c.cite.title for c in cards_of_document(doc)}
    assert cited == {doc.label} and not doc.label.startswith("《")


def test_traditional_output_converts_every_text_and_keeps_gaps_aligned() -> None:
    cards = cards_of(outline(), script="traditional", title="关于密切联系群众的意见")
    texts = " ".join(c.context + c.prompt + c.cite.title + "".join(x.text for x in c.answer) for c in cards)
    assert "聯繫群眾" in texts and "联系群众" not in texts
    assert "轉變作風" in texts
    simplified = {(c.kind, c.key): c for c in cards_of(outline())}
    for cloze in (c for c in cards if c.kind == "cloze"):
        twin = simplified[("cloze", cloze.key)]
        assert [(g.start, g.end) for g in cloze.gaps] == [(g.start, g.end) for g in twin.gaps]
        for gap, twin_gap in zip(cloze.gaps, twin.gaps, strict=True):
            assert simplify(cloze.prompt[gap.start : gap.end]) == twin.prompt[twin_gap.start : twin_gap.end]


def test_empty_lists_make_no_cards() -> None:
    assert cards_of((enum("1", "（一）", "以下几点：", ()),)) == []


def test_the_tools_own_words_follow_the_cards_script() -> None:
    pair = enum("1", "一是", "當前要抓好兩個環節：", (
        item("1.1", "一是", "一是", "聯繫群眾"),
        item("1.2", "二是", "二是", "服務群眾"),
    ), count=2)  # fmt: skip
    doc = document((pair,), title="密切聯繫群眾", script="traditional")
    own = {c.kind: c for c in cards_of_document(doc)}  # "original": the document's own script
    assert (own["list"].prompt, own["list"].badge) == ("有哪兩項？", "列舉")
    assert own["count"].prompt == "當前要抓好幾個環節？" and own["list"].context == "當前要抓好兩個環節："
    simple = {c.kind: c for c in cards_of_document(doc, "simplified")}
    assert (simple["list"].prompt, simple["list"].badge) == ("有哪两项？", "列举")
    assert simple["count"].prompt == "当前要抓好几个环节？" and simple["ordered"].cite.title == "《密切联系群众》"


def test_traditional_parts_are_converted() -> None:
    part = next(c.part for c in cards_of(outline(), script="traditional") if c.part is not None)
    assert (part.index, part.label, part.head) == (1, "（一）", "轉變工作作風")


def test_each_distinct_text_is_converted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def counting(text: str) -> str:
        asked.append(text)
        return to_traditional(text)

    monkeypatch.setitem(CONVERTERS, "traditional", counting)
    made = cards_of(outline(), script="traditional")
    assert len(asked) == len(set(asked))  # titles, item lines and labels recur on many cards
    assert "轉變作風" in " ".join(c.context for c in made)
    lines = [x.text for c in made for x in (*c.shown, *c.answer)]
    assert len(lines) > len(set(lines))  # the same lines recur, so a memory has something to save


@pytest.mark.parametrize("opener", ["这是", "是", "这", "这也是", "其", "這是", "這實質上是"])
def test_a_subjectless_key_sentence_takes_the_clause_before_it(opener: str) -> None:
    point = item("7", "（七）", "（七）", "加强调查研究。", f"{opener}做好各项决策工作的重要前提和基础。")
    sentence = key_sentence(point)
    assert sentence == f"加强调查研究。{opener}做好各项决策工作的重要前提和基础。"


def test_a_paragraph_long_lead_is_never_a_cards_context_whole() -> None:
    # a whole abstract before the list: its last sentence, one long clause, stands for it
    last = (
        "在总结近年来全县各乡镇各部门推进基层治理创新实践经验基础上提出的“四个坚持”"
        "是今后一个时期我县基层治理工作必须遵循的实践要求。"
    )
    lead = "摘要：" + "党的十八大以来，基层治理取得了显著成效，积累了宝贵经验，形成了一系列制度成果。" * 3 + last
    assert len(lead) > 2 * 60 and len(last) > 60
    assert context_tail(lead) == "……" + last
    short = "党的十八大以来，基层治理取得了显著成效。" + last  # a lead, not a paragraph: whole
    assert context_tail(short) == short


def test_an_answer_line_never_ends_inside_a_word() -> None:
    # a long first sentence cut at a length: …在县行政中心大礼 of …大礼堂召开
    text = "全县第三次党代表大会于去年十月在县行政中心大礼堂召开，选举产生了新一届县委。"
    cut = Item("", text[: text.find("礼堂") + 1], text, "1.1", "[1]", Loc(PATH, 3, 1))
    assert item_line(cut, 0).text == "全县第三次党代表大会于去年十月在县行政中心……"
    assert item_line(item("1.2", "[2]", "", "加强调查研究", "。调查研究是谋事之基。"), 1).text == "加强调查研究"


def test_an_answer_line_drops_the_word_closing_its_series() -> None:
    assert item_line(item("1.3", "[3]", "", "不走样等"), 2).text == "不走样"
    assert item_line(item("1.2", "[2]", "", "男女平等"), 1).text == "男女平等"  # a word of its own


def test_a_parents_cloze_never_asks_a_sentence_of_its_sub_items() -> None:
    # 第五条 支部委员会的职责：（一）…（二）…: the sub-items' own clozes ask their sentences
    subs = enum("3/1", "（一）", "支部委员会的职责", (
        item("3/1.1", "（一）", "（一）", "组织党员学习党的理论", "，提高党员的政治素质。"),
        item("3/1.2", "（二）", "（二）", "做好党员教育管理工作", "，严格组织生活制度。"),
    ))  # fmt: skip
    text = "支部委员会的职责：" + "".join(i.text for i in subs.items)
    parent = Item("第五条", "支部委员会的职责", "第五条" + text, "3", "第五条", Loc(PATH, 3, 1), (subs,))
    assert key_sentence(parent) is None
    clozes = [c.prompt for c in cards_of((enum("0", "第一条", None, (parent,)),)) if c.kind == "cloze"]
    assert len(clozes) == len(set(clozes))


def test_a_subjectless_first_sentence_takes_the_topic() -> None:
    point = item("8", "1.", "1.", "是必须坚持群众观点和依靠群众的根本要求。")
    assert key_sentence(point, "群众路线的基本内涵：") == "群众路线的基本内涵：是必须坚持群众观点和依靠群众的根本要求。"
    assert key_sentence(point) is None  # no subject anywhere: no cloze


def test_deck_clozes_never_open_without_a_subject(cards: list[Card]) -> None:
    for cloze in (c for c in cards if c.kind == "cloze"):
        assert not cloze.prompt.startswith(("这是", "是", "这", "其", "它")), cloze.prompt


def test_a_context_naming_its_items_own_words_prints_them_as_an_ellipsis() -> None:
    # 基层组织的地位与作用 over 1.基层组织的地位 2.基层组织的作用: a card that prints its answers asks nothing
    named = enum("1", "1.", "基层组织的地位与作用", (
        item("1.1", "1.", "1.", "基层组织的地位", "。基层组织是党全部工作和战斗力的基础。"),
        item("1.2", "2.", "2.", "基层组织的作用", "。基层组织要团结带领群众贯彻党的决定。"),
    ))  # fmt: skip
    recall = next(c for c in cards_of((named,)) if c.kind == "list")
    assert recall.context == "基层组织的……"
    lead = "当前要抓好健全机制和改进作风两个环节"  # the items' own words: 要着力健全机制 / 要着力改进作风
    duties = enum(
        "2", "1.", lead, (item("2.1", "1.", "1.", "要着力健全机制"), item("2.2", "2.", "2.", "要着力改进作风"))
    )
    assert context_of(list_about(duties), None) == "当前要抓好……两个环节"
    apart = enum("3", "1.", "健全机制是基础，全体干部还要持之以恒地改进作风", duties.items)
    assert context_of(list_about(apart), None) == apart.lead  # named apart: no run of the list's items


def test_a_citation_never_places_a_point_by_its_dash_or_bullet() -> None:
    # ——意味着… / ——意味着…: the dashes number nothing; a sub-list's own places stay
    sub = enum(
        "1.1/1",
        "paragraph",
        "具体是：",
        (item("1.1/1.1", "——[1]", "", "统筹发展"), item("1.1/1.2", "——[2]", "", "统筹安全")),
    )
    dashes = enum("1", "——", "要把握：", (
        item("1.1", "——", "——", "坚持系统观念", "。系统观念是基础性的思想和工作方法。", (sub,)),
        item("1.2", "——", "——", "坚持底线思维", "。底线思维要求增强忧患意识。"),
    ))  # fmt: skip
    places = {c.cite.place for c in cards_of((dashes,))}
    assert not any("—" in p.replace("]—[", "") for p in places), places
    assert "[1]—[2]" in places


def test_an_inline_series_context_never_prints_its_items() -> None:
    lead = "三年来，全县推进了道路硬化、危房改造、饮水安全三项工程"
    series = enum("1", "inline", lead, (
        item("1.1", "[1]", "", "道路硬化"),
        item("1.2", "[2]", "", "危房改造"),
        item("1.3", "[3]", "", "饮水安全"),
    ), count=3)  # fmt: skip
    made = cards_of((series,))
    assert made and all("危房改造" not in c.context and "危房改造" not in c.prompt for c in made if c.kind != "cloze")
    recall = next(c for c in made if c.kind == "list")
    assert recall.context == "三年来，全县推进了……三项工程"
    count = next(c for c in made if c.kind == "count")
    assert count.prompt == "三年来，全县推进了……几项工程？"


def test_a_quoted_answer_is_given_away_by_its_quotes_alone() -> None:
    assert "“三个务必”" in giveaway_forms("坚持“", "三个务必", "”不动摇")
    assert giveaway_forms("要坚持", "三个务必", "不动摇") == ["坚持三个务必", "三个务必不动"]


def test_a_cloze_gap_the_card_shows_elsewhere_goes_back_to_plain_text() -> None:
    runs: list[tuple[str, str | None]] = [
        ("要把“", None),
        ("三个务必", "4字"),
        ("”落到", None),
        ("实处", "2字"),
        ("。", None),
    ]
    kept = unrevealed(runs, simplify("牢记“三个务必”的学习体会"))
    assert kept == [("要把“", None), ("三个务必", None), ("”落到", None), ("实处", "2字"), ("。", None)]
    assert unrevealed(runs, "无关的标题") == runs


def test_a_cloze_gap_whose_term_the_cards_heading_prints_goes_back_to_plain_text() -> None:
    # 要在[5字]上下功夫 under 《在基层治理上下功夫的几点体会》 … 基层治理 (4 hanzi) is printed whole there
    runs: list[tuple[str, str | None]] = [("党员要在", None), ("基层治理", "4字"), ("中发挥", None), ("作用", "2字")]
    kept = unrevealed(runs, simplify("《抓好基层治理的作用发挥》"))
    assert kept == [("党员要在", None), ("基层治理", None), ("中发挥", None), ("作用", "2字")]  # 作用: by chance
    made = cards_of(outline(), title="转变工作作风的几点体会")
    assert all("转变工作作风" not in [c.prompt[g.start : g.end] for g in c.gaps] for c in made if c.kind == "cloze")


def test_a_long_lead_is_cut_to_its_end_on_the_cards() -> None:
    lead = (
        "去年以来，全县上下认真贯彻上级部署，围绕中心、服务大局，扎实推进各项工作，取得了明显成效，"
        "群众满意度持续提升，干部作风明显好转，为今后工作打下了坚实基础，回顾一年来的工作，我们有以下几点体会："
    )
    lessons = enum("1", "一是", lead, (
        item("1.1", "一是", "一是", "坚持党的领导"),
        item("1.2", "二是", "二是", "坚持人民至上"),
    ))  # fmt: skip
    recall = next(c for c in cards_of((lessons,)) if c.kind == "list")
    assert recall.context.startswith("……") and recall.context.endswith("我们有以下几点体会：")
    assert len(recall.context) <= 62 and recall.context[2:] in lead
    short = enum("2", "一是", "回顾一年来的工作，我们有以下几点体会：", lessons.items)
    assert next(c for c in cards_of((short,)) if c.kind == "list").context == short.lead


@pytest.mark.parametrize(
    ("heads", "frame"),
    [
        (["讲清楚会议的主题", "讲清楚五年的工作", "讲清楚新的部署"], Frame("讲清楚", "")),
        (["是完成中心任务的迫切需要", "是完善制度的迫切需要", "是推动发展的迫切需要"], Frame("是", "的迫切需要")),
        (["讲好“高站位”", "讲好“大逻辑”"], Frame("讲好“", "”")),  # the quotes go with the frame, never split
        (["加强党的建设", "加快经济发展"], Frame()),  # 加 is no word of its own in either
        (["社会主义道路", "社会保障体系"], Frame()),  # 社会 is inside a word (社会主义)
        (["坚持人民至上"], Frame()),
        (["县委在会上作了部署", "县委的年度工作要点"], Frame()),  # 县委|的…: the particle binds, no frame
        (["是推进改革", "是促进发展"], Frame("是", "")),  # one character of grammar is a frame
        (["习近平指出", "习仲勋同志"], Frame()),  # one of content (a surname jieba cuts off) is none
        (["党委的主体责任", "党委的监督责任"], Frame("党委的", "责任")),
        (["思想教育和思想引导", "组织建设和组织保障"], Frame()),  # 导/障: nothing shared at the end at all
        (["理论武装和理论规矩", "纪律教育和纪律规矩"], Frame()),  # 规矩 heads only the last of two words
        (["是推动发展和改革的迫切需要", "是维护稳定的迫切需要"], Frame("是", "的迫切需要")),  # after 的: all of them
        (["依法治国", "依法治国"], Frame()),
        (["基层组织的地位", "基层组织的作用"], Frame("基层组织的", "")),  # 地 of 地位 is no particle
        # an adverb binds its own words to the frame after it (…困难|也|不少): no item's own part ends on it
        (["遇到的问题很多", "遇到的困难也很多"], Frame("遇到的", "")),
        (["城市的面貌焕然一新", "乡村的面貌都焕然一新"], Frame("", "")),
    ],
)
def test_the_frame_is_what_every_item_opens_or_closes_on_at_a_word_boundary(heads: list[str], frame: Frame) -> None:
    assert shared_frame(heads) == frame


def test_a_frame_leaves_every_item_words_of_its_own() -> None:
    frame = shared_frame(["要坚持学习", "要坚持学习理论"])
    assert all(len(frame.own(h)) >= 2 for h in ["要坚持学习", "要坚持学习理论"])


def gapped(card: Card) -> list[str]:
    """The answers a cloze card hides."""
    return [card.prompt[g.start : g.end] for g in card.gaps]


def test_a_cloze_never_blanks_the_frame_every_item_opens_or_closes_on() -> None:
    tasks = enum("1", "paragraph", "要做到：", (
        item("1.1", "[1]", "", "讲清楚全会的主题和主线", "，让群众听得懂。"),
        item("1.2", "[2]", "", "讲清楚改革的目标和原则", "，让群众记得住。"),
        item("1.3", "[3]", "", "讲清楚乡村振兴的任务", "，让群众用得上。"),
    ))  # fmt: skip
    clozes = [c for c in cards_of((tasks,)) if c.kind == "cloze"]
    assert clozes
    for card in clozes:
        assert card.prompt.startswith("讲清楚") and all("讲清楚" not in answer for answer in gapped(card))


def test_a_cloze_blanks_the_item_not_the_subject_it_took_from_the_list() -> None:
    needs = enum("1", "paragraph", "学好全会精神：", (
        item("1.1", "[1]", "", "是完成全年经济工作任务的迫切需要。"),
        item("1.2", "[2]", "", "是推动基层治理现代化的迫切需要。"),
    ))  # fmt: skip
    for card in (c for c in cards_of((needs,)) if c.kind == "cloze"):
        lead = card.prompt[: card.prompt.index("：") + 1]
        assert all(g.start >= len(lead) for g in card.gaps) and "迫切需要" not in gapped(card)


def test_own_part_is_the_sentence_without_subject_and_frame() -> None:
    subject, sentence = key_sentence_parts(item("1", "1.", "1.", "是推动发展的迫切需要。"), "学好全会精神：") or (
        "",
        "",
    )
    assert subject == "学好全会精神：" and sentence == "是推动发展的迫切需要。"
    start, end = own_part(subject, sentence, Frame("是", "的迫切需要")) or (0, 0)
    assert (subject + sentence)[start:end] == "推动发展"
    assert own_part("", "讲清楚主题。", Frame()) is None  # the whole sentence is its own


@pytest.mark.parametrize(
    ("lead", "about"),
    [
        ("要做到讲清楚、讲明白。要", "要做到讲清楚、讲明白"),
        ("他强调，必须", "他强调"),
        ("他強調，應當", "他強調"),  # a traditional lead: its simplified shadow is matched
        ("加强学习，提高本领", "加强学习，提高本领"),  # a clause of content stays
        ("要", "要"),
    ],
)
def test_a_lead_loses_the_modal_its_list_opens_on(lead: str, about: str) -> None:
    assert without_opening(lead) == about


def test_a_long_topic_naming_the_document_by_its_title_names_it_this_text() -> None:
    title = "某某县人民政府关于二〇二三年度全县本级财政预算执行和其他财政收支审计工作报告反映问题整改情况的报告"
    parts = enum(
        "1",
        "（一）",
        None,
        (item("1.1", "（一）", "（一）", "整改工作总体部署"), item("1.2", "（二）", "（二）", "整改工作推进情况")),
    )
    long = dataclasses.replace(parts, topic=f"《{title}》全文分为两个部分，各部分的标题")
    assert context_of(list_about(long), None) == "本文全文分为两个部分，各部分的标题"
    short = dataclasses.replace(parts, topic="《整改报告》全文分为两个部分，各部分的标题")
    assert context_of(list_about(short), None) == "《整改报告》全文分为两个部分，各部分的标题"


def test_a_lead_loses_the_quotation_marks_of_a_sentence_it_does_not_hold() -> None:
    assert stray_marks_off("” 他在讲话中总结了“五个坚持”，这就是") == "他在讲话中总结了“五个坚持”，这就是"
    assert stray_marks_off("“五个坚持”") == "“五个坚持”"


@pytest.mark.parametrize(
    "example",
    [
        "某乡镇召开的动员会上，二十名干部发言雷同，缺乏针对性。",
        "据统计，全县有三成党支部未按时开展活动。",
        "如个别单位只发文件不开会，学习流于形式。",
    ],
)
def test_a_sentence_telling_an_example_is_no_key_sentence(example: str) -> None:
    point = item("3", "3.", "3.", "学习形式单一，吸引力不足。", example)
    assert key_sentence(point) == "学习形式单一，吸引力不足。"
    only = item("4", "4.", "4.", example)
    assert key_sentence(only) is None


@pytest.mark.parametrize("claim", ["某些地方学习流于形式，走了过场。", "个别党员干部理想信念动摇，宗旨意识淡薄。"])
def test_a_claim_about_some_is_a_key_sentence_still(claim: str) -> None:
    assert key_sentence(item("5", "5.", "5.", claim)) == claim


def test_a_subjectless_sentence_takes_the_last_statement_of_its_topic() -> None:
    point = item("8", "1.", "1.", "是必须坚持群众观点和依靠群众的根本要求。")
    topic = "党的作风建设取得明显成效。群众路线的基本内涵："
    assert key_sentence(point, topic) == "群众路线的基本内涵：是必须坚持群众观点和依靠群众的根本要求。"
    pointing = "党的作风建设取得明显成效。为此，必须认识到："  # 为此 points back: the whole lead
    assert (
        key_sentence(point, pointing)
        == "党的作风建设取得明显成效。为此，必须认识到：是必须坚持群众观点和依靠群众的根本要求。"
    )


def test_a_cloze_that_took_the_topic_as_subject_shows_it_once() -> None:
    needs = enum("1", "paragraph", "全年经济运行总体平稳。学好全会精神：", (
        item("1.1", "[1]", "", "是完成全年经济工作任务的迫切需要。"),
        item("1.2", "[2]", "", "是推动基层治理现代化的迫切需要。"),
    ))  # fmt: skip
    clozes = [c for c in cards_of((needs,)) if c.kind == "cloze"]
    assert clozes and all(c.context == "" and c.prompt.startswith("学好全会精神：") for c in clozes)


def test_a_key_sentence_cut_after_a_semicolon_ends_on_a_full_stop() -> None:
    point = item("1", "[1]", "（1）", "协会是会员自愿组成的团体", "；理事会是协会的执行机构。")
    assert key_sentence(point) == "协会是会员自愿组成的团体。"


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("1. 社区服务的三项任务", "社区服务的三项任务"),
        ("简述题。三、简述题", "简述题"),  # a heading's title said again after its number
        ("（一）总的要求", "总的要求"),
        ("产值增长1.5倍，2、要坚持", "产值增长1.5倍，要坚持"),  # a figure's point is no marker
        ("坚持，坚持问题导向", "坚持，坚持问题导向"),
    ],
)
def test_a_lists_topic_loses_the_markers_of_its_clauses(text: str, about: str) -> None:
    assert unnumbered(text) == about


def test_an_untitled_documents_label_gives_no_cloze_away() -> None:
    # the front cites an untitled document by its opening words: a gap they hold is no gap
    doc = document((demands(),), None)
    opening = "领导干部要深入基层。"
    first = Paragraph(opening, simplify(opening), Loc(PATH, 0, 0))
    doc = dataclasses.replace(doc, source=dataclasses.replace(doc.source, paragraphs=(first, *doc.source.paragraphs)))
    assert doc.label == "领导干部要深入基层"
    clozes = [c for c in cards_of_document(doc) if c.kind == "cloze"]
    assert clozes and not any("深入基层" in [c.prompt[g.start : g.end] for g in c.gaps] for c in clozes)


def test_a_topic_never_prints_the_sentence_of_the_list_before() -> None:
    # “两个坚持”，即A、B。“三个做到”，即…: the parser completes the short lead “三个做到” with the sentence before
    # it, which is the list before's own: a card printing it gives that list's items away
    first = enum(
        "1", "inline", "“两个坚持”", (item("1.1", "[1]", "", "坚持学习理论"), item("1.2", "[2]", "", "坚持联系实际"))
    )
    second = dataclasses.replace(
        enum("2", "inline", "“三个做到”", (
            item("2.1", "[1]", "", "做到心中有党"), item("2.2", "[2]", "", "做到心中有民"),
            item("2.3", "[3]", "", "做到心中有责"),
        ), count=3),
        topic="即坚持学习理论、坚持联系实际。“三个做到”",
    )  # fmt: skip
    made = cards_of((first, second))
    asked = [c for c in made if c.key == "2" or c.key.startswith("2.")]
    assert asked and all("坚持" not in f"{c.context}{c.prompt}" for c in asked), [(c.context, c.prompt) for c in asked]
    assert next(c for c in asked if c.kind == "list").context == "“三个做到”"
    lone = dataclasses.replace(second, topic="大家谈了学习体会。“三个做到”")  # a sentence of no list's: kept
    assert context_of(list_about(lone, None, (first, lone)), None) == lone.topic
    tail = dataclasses.replace(second, topic="坚持联系实际。“三个做到”")  # the list before's last item alone
    assert context_of(list_about(tail, None, (first, tail)), None) == "“三个做到”"
    under = item("9", "一、", "一、", "加强作风建设的基本要求")  # too short alone: the parent says where, as parsed
    assert context_of(list_about(tail, under, (first, tail)), under) == "加强作风建设的基本要求。“三个做到”"


def test_a_cloze_keeps_the_word_marker_its_sentence_reads_on() -> None:
    # 一方面是…，另一方面是…: without its marker the sentence opens on a bare 是 and was lent the list's topic
    sides = enum("1", "一方面", "这项制度包含两层意思：", (
        Item("一方面", "是必须坚持集体领导", "是必须坚持集体领导，重大问题由集体讨论决定。", "1.1", "一方面",
             Loc(PATH, 3, 1)),
        Item("另一方面", "是要落实个人分工负责", "是要落实个人分工负责，各司其职抓好分管工作。", "1.2", "另一方面",
             Loc(PATH, 3, 1)),
    ))  # fmt: skip
    clozes = [c for c in cards_of((sides,)) if c.kind == "cloze"]
    assert clozes and all(c.prompt.startswith(("一方面是", "另一方面是")) for c in clozes), [c.prompt for c in clozes]
    assert all("包含两层意思" not in c.prompt for c in clozes)
    numbered = enum("2", "1.", "要求如下：", (item("2.1", "1.", "1.", "是必须坚持集体领导", "，重大问题集体讨论。"),))
    assert unmarked_text(numbered.items[0]) == "是必须坚持集体领导，重大问题集体讨论。"  # a number is no word


def test_a_part_of_unmarked_points_is_named_by_its_headline_alone() -> None:
    # 这是…的要求。… over a list of its own, unmarked: its label [2] is the outline's count, not the source's
    # mark, and a subdeck named 01 [2] 这是… printed it as one
    sub = enum("1.2/1", "一是", "具体包括：", (
        item("1.2/1.1", "[2]一是", "一是", "坚持调查研究", "，深入基层了解情况。"),
        item("1.2/1.2", "[2]二是", "二是", "坚持联系群众", "，虚心听取各方意见。"),
    ))  # fmt: skip
    reasons = enum("1", "paragraph", None, (
        item("1.1", "[1]", "", "这是形势任务的要求", "。形势发展对工作提出了新要求。"),
        item("1.2", "[2]", "", "这是优良传统的要求", "。我们党历来重视调查研究。", (sub,)),
    ))  # fmt: skip
    parts = {c.part for c in cards_of((reasons,)) if c.part is not None}
    assert [(p.label, p.head) for p in parts] == [("", "这是优良传统的要求")]
    assert {c.part.label for c in cards_of(outline()) if c.part is not None} == {"（一）"}  # a marked part keeps it


def test_a_dash_lists_place_is_said_once_when_its_items_stand_at_one_place() -> None:
    # items marked by dashes alone (——甲… ——乙…) under one point: the range 一、（二）—一、（二） says one place twice
    loc = Loc("sources/d.txt", 4, 3)
    items = tuple(
        Item("——", head, "——" + head + "。", f"1.2/1.{n}", "一、（二）——", loc) for n, head in ((1, "甲"), (2, "乙"))
    )
    assert list_place(EnumList("dash", None, 2, items, "1.2/1", loc), None) == "一、（二）"


def test_a_long_part_headline_is_cut_at_a_clause_break_or_with_an_ellipsis() -> None:
    head = "推进城乡融合发展是建设现代化强省、实现全面振兴的必然要求"
    assert part_head(head) == "推进城乡融合发展是建设现代化强省"
    cut = part_head("推进城乡融合发展建设现代化强省实现全面振兴的必然要求")
    assert cut.endswith("…") and len(cut) == 24  # no clause break: cut, and said to be
    assert part_head("坚持党的全面领导") == "坚持党的全面领导"


def count_cards_of(lst: EnumList) -> list[Card]:
    """The count cards of a one-list document."""
    return [c for c in cards_of((lst,)) if c.kind == "count"]


def test_a_count_cards_context_never_prints_the_count_it_asks() -> None:
    # a count by a measure of the lead's own (三部分) is asked in it: 这篇讲话可以分为几部分？
    parts = enum("1", "第一", "这篇讲话可以分为三部分：", (
        item("1.1", "第一", "第一部分", "回顾过去的工作。"),
        item("1.2", "第二", "第二部分", "分析当前的形势。"),
        item("1.3", "第三", "第三部分", "部署下一步任务。"),
    ), count=3)  # fmt: skip
    # a list under a point that states its count: the point is the card's context
    rules = enum("2.1/1", "一是", "在基层工作中，我们始终坚持两条要求：", (
        item("2.1/1.1", "一是", "一是", "坚持实事求是。"),
        item("2.1/1.2", "二是", "二是", "坚持群众路线。"),
    ), count=2)  # fmt: skip
    point = enum("2", "（一）", None, (item("2.1", "（一）", "（一）", "两条基本要求", "。", (rules,)),))
    asked = [c for c in cards_of((parts, point)) if c.kind == "count"]
    assert len(asked) == 2
    for card in asked:
        assert card.answer[0].text[0] not in card.context, card
        assert "几" in card.context or "几" in card.prompt


@pytest.mark.parametrize(
    ("lead", "asked"),
    [
        ("县里五项管理办法的主要内容包括：", None),  # the count names the rules: 几项管理办法 asks nothing
        ("市委四条工作原则分别是：", None),
        ("抓好作风建设，要做到五个坚持：", "抓好作风建设，要做到几个坚持？"),
    ],
)
def test_a_count_in_the_subject_of_the_leads_verb_names_what_is_listed(lead: str, asked: str | None) -> None:
    count = {"五": 5, "四": 4}[next(ch for ch in lead if ch in "五四")]
    marks = [f"{cn_numeral(n)}、" for n in range(1, count + 1)]
    points = tuple(item(f"1.{n}", mark, mark, f"第{mark[0]}条要求的内容") for n, mark in enumerate(marks, 1))
    lst = enum("1", "一、", lead, points, count=count)
    assert [c.prompt for c in count_cards_of(lst)] == ([asked] if asked else [])


@pytest.mark.parametrize(
    ("context", "count", "said"),
    [
        ("本次会议共有四部分议程", 4, "本次会议共有几部分议程"),
        ("这些问题可以分为两大类", 2, "这些问题可以分为几大类"),
        ("实施“两步走”计划", 2, "实施“几步走”计划"),  # a name that counts its parts tells the count
        # a meeting's ordinal counts nothing of the points: its name stays whole
        ("市委十二届三中全会部署了三项任务", 3, "市委十二届三中全会部署了几项任务"),
        ("党的七大以后，全党集中力量抓好七件大事", 7, "党的七大以后，全党集中力量抓好几件大事"),
        # nor a date's month or day (3月, 二月五日)
        ("2021年3月，县委印发通知，提出3项要求", 3, "2021年3月，县委印发通知，提出几项要求"),
        ("二月五日，镇党委作出五项部署", 5, "二月五日，镇党委作出几项部署"),
    ],
)
def test_a_count_said_in_the_context_is_no_ordinal_nor_date(context: str, count: int, said: str) -> None:
    assert unsaid_count(context, count) == said


def test_no_count_card_when_the_documents_title_says_the_count() -> None:
    # the card's heading names the document: 在落实四个方面任务推进会上的讲话 answers 这几个方面？ on sight
    lead = "抓好这四个方面："
    points = tuple(item(f"1.{n}", f"{n}.", f"{n}.", f"第{cn_numeral(n)}个方面的任务") for n in range(1, 5))
    lst = enum("1", "1.", lead, points, count=4)
    told = [c for c in cards_of((lst,), title="在落实四个方面任务推进会上的讲话") if c.kind == "count"]
    untold = [c for c in cards_of((lst,), title="在工作推进会上的讲话") if c.kind == "count"]
    assert told == [] and [c.answer[0].text for c in untold] == ["四个"]


def test_a_long_topic_naming_a_title_that_quotes_another_says_本文() -> None:
    # 关于印发《…》的通知: the title holds a title of its own, and its 》 is not the topic's
    title = "县人民政府办公室关于印发《县农村人居环境整治提升五年行动实施方案（2021—2025年）》的通知"
    about = f"《{title}》全文分为两个部分，各部分的标题"
    assert context_of(about, None) == "本文全文分为两个部分，各部分的标题"


def test_a_topic_leaves_out_the_gloss_that_names_another_lists_items() -> None:
    # 开展“三查”（查思想、查作风、查纪律）、“两促”: the 两促 cards would print the 三查 list's answers
    lead = "会议要求，开展“三查”（查思想、查作风、查纪律）、“两促”"
    checks = enum("1", "inline", "开展“三查”", tuple(
        item(f"1.{n}", f"[{n}]", "", head) for n, head in enumerate(["查思想", "查作风", "查纪律"], 1)
    ), count=3)  # fmt: skip
    spurs = enum("2", "inline", lead, tuple(
        item(f"2.{n}", f"[{n}]", "", head) for n, head in enumerate(["促学习", "促发展"], 1)
    ), count=2)  # fmt: skip
    assert list_about(spurs, None, (checks, spurs)) == "会议要求，开展“三查”、“两促”"
    # a gloss of words no other list holds stays: it says what the list's own formulation is
    alone = dataclasses.replace(spurs, lead="会议要求，开展“两促”（学习和发展）")
    assert list_about(alone, None, (checks, alone)) == "会议要求，开展“两促”（学习和发展）"


def test_a_cards_context_prints_no_count_of_the_outlines_own() -> None:
    # an unmarked point is [2] in the outline: the source prints no such number, and the card cites none
    rules = enum("2/1", "一是", "在基层工作中，我们始终坚持两条要求：", (
        item("2/1.1", "[2]一是", "一是", "坚持实事求是。"),
        item("2/1.2", "[2]二是", "二是", "坚持群众路线。"),
    ), count=2)  # fmt: skip
    first = item("1", "[1]", "", "回顾过去一年的工作")
    point = enum("0", "paragraph", None, (first, item("2", "[2]", "", "两条基本要求", "。", (rules,))))
    asked = [c for c in cards_of((point,)) if c.kind == "count"]
    assert [c.context for c in asked] == ["几条基本要求"]


@pytest.mark.parametrize(
    ("about", "shown"),
    [
        ("会议的决定作了概括：“主要是", "会议的决定作了概括：主要是"),  # a lead cut inside the quotation its list is
        ("”总书记强调，要做到“两个坚持”", "总书记强调，要做到“两个坚持”"),  # the closing of a quotation before it
        ("要做到“两个坚持”", "要做到“两个坚持”"),  # a pair whole stays
    ],
)
def test_a_cards_context_prints_no_half_pair_of_quotes(about: str, shown: str) -> None:
    assert context_of(about, None).strip() == shown.strip()


def test_a_context_from_the_point_above_prints_no_run_of_the_lists_answers() -> None:
    # a point headed “严”“实”工作作风 over a list of 严 and 实: its head printed whole beside 几个字？ counts them
    pair = enum("1.1/1", "inline", "工作作风，概括起来就是“严”、“实”两个字", (
        item("1.1/1.1", "[1][1]", "", "严"),
        item("1.1/1.2", "[1][2]", "", "实"),
    ), count=2)  # fmt: skip
    point = enum("1", "paragraph", None, (item("1.1", "[1]", "", "“严”“实”工作作风", "。", (pair,)),))
    asked = [c for c in cards_of((point,)) if c.kind == "count"]
    assert [c.context for c in asked] == ["“……”工作作风"]


def test_a_list_recall_says_so_when_its_items_do_not_match_the_count_announced() -> None:
    # 三个方面 over two points found: the card asks what the text announces, and says what it found
    heads = ("统一思想认识", "健全工作机制")
    items = tuple(item(f"1.{n}", f"（{n}）", f"（{n}）", h, "。") for n, h in enumerate(heads, 1))
    for count, note in ((3, "有哪三项？（原文只列出两项）"), (2, "有哪两项？"), (None, "有哪两项？")):
        doc = document((enum("1", "（一）", "落实这项工作要把握三个方面：", items, count),), "关于工作的意见")
        cards = course_cards(Course("c1c1c1", "课程", (doc,)), Settings())
        assert [c.prompt for c in cards if c.kind == "list"] == [note]
