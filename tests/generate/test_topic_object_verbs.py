"""A question's topic keeps the announcement a verb needs as its object (关键在于以下三点, 可以概括为以下四点)."""

from __future__ import annotations

import pytest

from study.generate.exercises import topic
from tests.generate.test_exercises import make_doc, make_list


@pytest.mark.parametrize(
    "lead",
    [
        "做好这项工作，关键在于以下三点：",  # 在于, as 在 (重点在以下两个环节上), takes the announcement
        "能否完成任务，取决于以下两个方面：",
        "多年的经验，可以概括为以下四点：",
    ],
)
def test_a_topic_keeps_the_announcement_its_last_verb_takes(lead: str) -> None:
    # cut to 关键在于, the question read 属于“…关键在于”的一项是: a verb left without its object
    doc = make_doc("t", "标题", ())
    assert topic(make_list("t", "1", lead, ["甲项", "乙项"]), None, doc) == lead.rstrip("：")


def test_a_verb_with_an_object_of_its_own_still_loses_the_announcement() -> None:
    doc = make_doc("t", "标题", ())
    lst = make_list("t", "1", "做好新形势下的群众工作，必须做到以下四点：", ["甲项", "乙项"])
    assert topic(lst, None, doc) == "做好新形势下的群众工作，必须做到"
