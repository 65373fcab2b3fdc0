"""Series members (series.py): where the first and last members of a series stop, on made-up snippets."""

from __future__ import annotations

import pytest

from study.generate.analysis import analyse
from study.generate.blanks import EMPTY
from study.generate.series import find_series


def members(text: str) -> list[str]:
    """The members of every series in a text, in order."""
    return [s.text for s in find_series(analyse(text, EMPTY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 的 after the last member joins the whole series to its noun
        ("合作社的账目要接受理事会、全体社员和群众的监督。", ["理事会", "全体社员", "群众"]),
        # 等 closes the series, the noun after it names what the members are
        ("各村的党员大会、村民代表、妇联等组织都要参加。", ["党员大会", "村民代表", "妇联"]),
        # the preposition and the verb before the first member govern the whole series
        ("要重视对青年、妇女干部、退休职工的培训。", ["青年", "妇女干部", "退休职工"]),
        ("全乡要发挥团员、妇女代表、退伍军人的作用。", ["团员", "妇女代表", "退伍军人"]),
    ],
)
def test_an_end_member_holds_no_link_the_middle_members_lack(text: str, expected: list[str]) -> None:
    assert members(text) == expected


def test_members_that_share_their_last_word_are_whole_whatever_the_tags() -> None:
    # jieba tags 组织 a verb; 组织建设 is a member as 作风建设 is
    assert members("要抓好组织建设、作风建设、纪律建设。") == ["组织建设", "作风建设", "纪律建设"]


def test_a_pair_keeps_its_verb() -> None:
    # a pair's other segment runs on to the clause's end: it shows nothing of what a member holds
    assert members("全县办成了一届有特色、高水平的运动会。")[:2] == ["有特色", "高水平"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # 都 / 均 after a listed subject: the predicate follows, and the last member stops before it
        ("全县各乡镇、各部门、各企业事业单位和居民都有保护水源的责任。", "居民"),
        ("乡镇政府、街道办事处、社区居委会和居民均应当参与。", "居民"),
    ],
)
def test_the_last_member_of_a_listed_subject_stops_before_its_adverb(text: str, last: str) -> None:
    assert members(text)[-1] == last
