"""Announced counts (counts.py): the count a lead states for the list after it."""

from __future__ import annotations

from study.parse.counts import announced_count
from tests.parse.conftest import outline


def test_a_count_of_aspects_announces_however_long_the_verb_phrase_after_it() -> None:
    assert announced_count("下面，我想从四个方面同在座的各位一起交流探讨。") == 4
    assert announced_count("今天的课分两个部分来跟大家慢慢地讲一讲。") == 2


def test_a_count_of_aspects_sets_the_heading_list_count() -> None:
    doc = outline("我从两个方面跟同志们一起交流学习体会。\n一、认清形势\n形势很好。\n二、明确任务\n任务很重。")
    assert doc.lists[0].announced_count == 2


def test_a_number_that_counts_no_aspects_announces_nothing() -> None:
    assert announced_count("全县共有两个乡镇完成了这项任务的大部分工作。") is None
