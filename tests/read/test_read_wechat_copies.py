"""A WeChat article copied into a .txt: the account's call to follow it over the article, and its footer after it
(来源/编辑, 往期推荐 and its ▶ links, 阅读原文, 分享 收藏 点赞 在看), are the page's, never the text's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from study.parse import parse
from study.read.web import is_footer_start
from tests.read.makers import texts

ReadText = Callable[[str], Source]
TITLE = "某街道扎实推进老旧小区改造"
TEXT = [
    "今年以来，某街道把老旧小区改造作为民生实事，统筹推进，取得明显成效。",
    "街道主要做法是：一是摸清底数，逐户走访登记；二是问计于民，广泛听取意见；三是强化监督，全程公开透明。",
]
FOOTER = [
    "来源：某街道党工委",
    "编辑：刘某",
    "往期推荐",
    "▶ 党建引领 | 某社区打造红色议事厅",
    "▶ 民生实事 | 加装电梯难在哪里？",
    "分享  收藏  点赞  在看",
]


def copy(*lines: str) -> str:
    """The lines as a copy sets them, a blank line between paragraphs."""
    return "\n\n".join(lines) + "\n"


def test_the_footer_of_an_account_copied_as_plain_text_is_dropped(read_text: ReadText) -> None:
    source = read_text(copy(TITLE, *TEXT, *FOOTER))
    assert (source.title, texts(source)) == (TITLE, TEXT)
    heads = [item.head for lst in parse(source).lists for item in lst.items]
    assert heads == ["摸清底数，逐户走访登记", "问计于民，广泛听取意见", "强化监督，全程公开透明"]


@pytest.mark.parametrize("label", ["往期回顾", "— 往期精选 —", "▼精彩推荐", "阅读原文"])
def test_each_label_of_the_accounts_links_ends_the_text(read_text: ReadText, label: str) -> None:
    source = read_text(copy(TITLE, *TEXT, label, "▶ 某社区开展志愿服务活动", "▶ 某街道召开居民议事会"))
    assert texts(source) == TEXT


def test_the_footer_of_a_copy_with_its_dateline_is_dropped(read_text: ReadText) -> None:
    source = read_text(copy(TITLE, "某街道发布  2024-05-06 18:20  发表于江苏", *TEXT, *FOOTER))
    assert (source.title, texts(source)) == (TITLE, TEXT)


@pytest.mark.parametrize(
    "call", ["点击上方蓝字关注我们", "戳上方蓝字关注我们", "关注我们", "点上方蓝字，关注某街道发布"]
)
def test_the_call_to_follow_the_account_is_no_title(read_text: ReadText, call: str) -> None:
    source = read_text(copy(call, TITLE, *TEXT))
    assert (source.title, texts(source)) == (TITLE, TEXT)


def test_a_label_with_text_after_it_is_the_texts_own(read_text: ReadText) -> None:
    # a section of the text under a label like the footer's: its paragraphs follow, so it is no footer
    after = ["回顾一年来的工作，街道群众满意度明显提升。", "展望明年，街道将继续加大改造力度。"]
    source = read_text(copy(TITLE, *TEXT, "精彩回顾", *after))
    assert texts(source) == [*TEXT, "精彩回顾", *after]


@pytest.mark.parametrize(
    "call", ["点击“阅读原文”了解更多", "喜欢就点个在看吧", "觉得有用请点赞转发", "记得点个“在看”哦"]
)
def test_a_call_to_press_the_accounts_buttons_ends_the_text(read_text: ReadText, call: str) -> None:
    assert texts(read_text(copy(TITLE, *TEXT, call))) == TEXT


@pytest.mark.parametrize("line", ["点赞新时代奋斗者", "为基层干部点赞"])
def test_praise_in_the_text_is_no_call_to_press_a_button(line: str) -> None:
    assert not is_footer_start(line)
