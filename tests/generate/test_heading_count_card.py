"""A count card of a list whose heading says its count (一、三大攻坚战 over its three bullets) asks it once."""

from __future__ import annotations

import dataclasses

from study.generated import Card
from tests.generate.test_cards import cards_of_document, document, enum, item


def heading_cards(head: str, topic: str, title: str = "攻坚笔记") -> list[Card]:
    """The count cards of a made-up note: a heading saying a count, three bullets under it, a second heading."""
    members = enum("1.1/1", "-", None, (
        item("1.1/1.1", "-", "-", "防范化解重大风险"),
        item("1.1/1.2", "-", "-", "精准脱贫"),
        item("1.1/1.3", "-", "-", "污染防治"),
    ), count=3)  # fmt: skip
    members = dataclasses.replace(members, topic=topic)
    parts = enum("1", "一、", None, (
        item("1.1", "一、", "一、", head, "", (members,)),
        item("1.2", "二、", "二、", "工作要求"),
    ))  # fmt: skip
    return [c for c in cards_of_document(document((parts,), title)) if c.kind == "count"]


def test_a_count_the_heading_says_is_asked_by_the_heading_once() -> None:
    # the topic only names the heading (《题目》“三大攻坚战”部分): asked with 几 in the context and again in the
    # question, the card read 一、 几大攻坚战 《攻坚笔记》“几大攻坚战”部分？
    (count,) = heading_cards("三大攻坚战", "《攻坚笔记》“三大攻坚战”部分")
    assert count.prompt == "几大攻坚战？"
    assert count.context == "一、"
    assert [line.text for line in count.answer] == ["三大"]


def test_a_lead_of_its_own_is_still_asked_under_the_heading() -> None:
    (count,) = heading_cards("三大攻坚战", "今后三年要打好三大攻坚战：")
    assert count.prompt == "今后三年要打好几大攻坚战？"
