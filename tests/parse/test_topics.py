"""Each list's topic stands alone: a test per lead form, on made-up paragraphs (parse/topics.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from study.model import EnumList, Item, Loc, Meta, Paragraph, Source
from study.parse.topics import MIN_TOPIC, hanzi, topic_of, with_topics
from study.script import simplify

ITEMS = ("加强学习", "改进作风", "提高本领")


def source(*paragraphs: str, title: str | None = "关于改进基层工作的几点意见", level: int = 0) -> Source:
    """A source of made-up paragraphs (the first at heading `level`)."""
    paras = tuple(
        Paragraph(text, simplify(text), Loc("x.txt", i + 1, i), level if i == 0 else 0)
        for i, text in enumerate(paragraphs)
    )
    return Source("x.txt", "x", title, Meta(), "simplified", paras)


def a_list(lead: str | None, para: int, items: tuple[str, ...] = ITEMS) -> EnumList:
    """A list of `items` whose lead (if any) is in paragraph `para`."""
    made = tuple(Item("", head, head, f"1.{i}", "", Loc("x.txt", para + 1, para)) for i, head in enumerate(items, 1))
    return EnumList("inline", lead, None, made, "1", Loc("x.txt", para + 1, para))


def parent(head: str) -> Item:
    """An item a list hangs under."""
    return Item("（二）", head, head, "2", "（二）", Loc("x.txt", 1, 0))


@pytest.mark.parametrize(
    ("paragraph", "lead", "must_hold"),
    [
        ("那么，基层干部为什么总是忙而无效呢？我认为：", "我认为：", "为什么总是忙而无效呢？"),
        ("近年来乡镇的作风有了明显转变。主要表现在：", "主要表现在：", "乡镇的作风有了明显转变"),
        ("抓好村级组织建设有一个总的思路，具体是：", "具体是：", "抓好村级组织建设有一个总的思路"),
        ("农村工作任务越来越重。当前，", "当前，", "农村工作任务越来越重"),
    ],
)
def test_a_deictic_lead_is_completed_with_what_comes_before(paragraph: str, lead: str, must_hold: str) -> None:
    found = topic_of(source(paragraph), a_list(lead, 0), None)
    assert must_hold in found and found.endswith(lead.strip("：，"))
    assert hanzi(found) >= MIN_TOPIC


def test_a_lead_closing_the_paragraph_before_its_items_is_found_there() -> None:
    src = source("乡镇干部为什么要经常下村？我认为：", "一是了解民情。二是解决难题。")
    assert topic_of(src, a_list("我认为：", 1), None).startswith("乡镇干部为什么要经常下村？")


def test_a_bare_count_is_written_on_from_its_own_sentence() -> None:
    src = source("服务的对象可以归结为对上服务和对下服务两个方面")
    assert topic_of(src, a_list("两个方面", 0), None) == "服务的对象可以归结为对上服务和对下服务两个方面"


def test_a_deictic_lead_opening_its_paragraph_takes_the_parent_item() -> None:
    found = topic_of(source("当前，一要规范程序，二要公开结果。"), a_list("当前，", 0), parent("健全村务公开制度"))
    assert found == "健全村务公开制度。当前"


def test_a_lead_that_says_what_it_is_about_is_the_topic() -> None:
    lead = "要做好新时期的信访工作，必须把握好三个环节："
    assert topic_of(source(lead), a_list(lead, 0), None) == lead.rstrip("：")


def test_a_list_without_a_lead_takes_the_item_it_hangs_under() -> None:
    assert topic_of(source("正文"), a_list(None, 0), parent("必须切实减轻基层负担")) == "必须切实减轻基层负担"


def test_a_short_parent_is_named_with_the_document() -> None:
    assert (
        topic_of(source("正文"), a_list(None, 0), parent("原因分析")) == "《关于改进基层工作的几点意见》“原因分析”部分"
    )


PARTS = ("一、加强学习", "学习要持之以恒。", "二、改进作风", "作风要求真务实。", "三、提高本领", "本领要学用结合。")


def a_block_list(paragraphs: tuple[str, ...] = PARTS, markers: tuple[str, ...] = ("一、", "二、", "三、")) -> EnumList:
    """A lead-less list whose items each open a paragraph of `paragraphs` (the ones starting with a marker)."""
    at = [i for i, text in enumerate(paragraphs) if text.startswith(markers)]
    made = tuple(
        Item(paragraphs[p][:2], paragraphs[p][2:], paragraphs[p][2:], f"1.{i}", "", Loc("x.txt", p + 1, p))
        for i, p in enumerate(at, 1)
    )
    return EnumList(markers[0], None, None, made, "1", made[0].loc)


def test_a_top_level_list_without_a_lead_takes_the_documents_framing() -> None:
    found = topic_of(source(*PARTS), a_block_list(), None)
    assert found == "《关于改进基层工作的几点意见》全文分为三个部分，各部分的标题"
    assert topic_of(source(*PARTS, title=None), a_block_list(), None).startswith("本文全文分为三个部分")


def test_a_series_inside_a_paragraph_is_asked_with_the_sentence_it_sits_in() -> None:
    text = "乡镇要把服务群众放在首位，加强学习，改进作风，提高本领，切实转变工作方式。"
    found = topic_of(source(text), a_list(None, 0), None)
    assert found == "乡镇要把服务群众放在首位"
    assert "全文" not in found


def test_a_series_after_a_bare_opener_is_asked_with_the_sentence_before() -> None:
    text = "干部队伍建设是一项基础工程，必须常抓不懈。例如，加强学习；改进作风；提高本领；等等。"
    found = topic_of(source(text), a_list(None, 0), None)
    assert found.startswith("干部队伍建设是一项基础工程") and found.endswith("例如")


def test_paragraph_opening_items_that_share_a_paragraph_are_no_parts_of_the_document() -> None:
    text = "加强学习，是前提。改进作风，是关键。提高本领，是根本。"
    assert "全文" not in topic_of(source("基层干部的成长要靠自身努力。", text), a_list(None, 1), None)


def test_a_regulations_articles_are_framed_as_articles_not_titled_parts() -> None:
    articles = replace(a_block_list(), style="第一条")
    assert topic_of(source(*PARTS), articles, None) == "《关于改进基层工作的几点意见》全文共三条，各条规定的要点"
    assert topic_of(source(*PARTS), replace(articles, style="第一條"), None).endswith("各条规定的要点")


def test_a_traditional_documents_framing_is_in_its_script() -> None:
    written = replace(source(*PARTS), title="關於改進基層工作的幾點意見", script="traditional")
    assert topic_of(written, a_block_list(), None) == "《關於改進基層工作的幾點意見》全文分為三個部分，各部分的標題"


def test_a_heading_before_a_list_without_a_lead_is_its_topic() -> None:
    src = source("乡镇财政管理中的突出问题", "一是收支不透明。二是监督不到位。", level=2)
    assert topic_of(src, a_list(None, 1), None) == "乡镇财政管理中的突出问题"


def test_every_list_of_the_outline_gets_a_topic() -> None:
    inner = a_list("主要表现在：", 0)
    outer = a_list(None, 0)
    outer = EnumList(
        outer.style,
        None,
        None,
        (Item("一、", "改进作风建设", "改进作风建设", "1.1", "一、", outer.loc, (inner,)),),
        "1",
        outer.loc,
    )
    done = with_topics(source("近年来乡镇的作风有了明显转变。主要表现在："), (outer,))
    assert done[0].topic and done[0].items[0].lists[0].topic == "近年来乡镇的作风有了明显转变。主要表现在"


def test_headings_numbered_on_the_line_above_are_the_documents_parts() -> None:
    src = source("01", "加强学习", "学习要持之以恒。", "02", "改进作风", "作风要求真务实。")
    made = tuple(
        Item(f"0{i}", head, head, f"1.{i}", "", Loc("x.txt", p + 1, p))
        for i, (p, head) in enumerate(((1, "加强学习"), (4, "改进作风")), 1)
    )
    found = topic_of(src, EnumList("01", None, None, made, "1", made[0].loc), None)
    assert found == "《关于改进基层工作的几点意见》全文分为两个部分，各部分的标题"
