"""A document's closing (落款) and its issuer's masthead: what dates it and what names it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source

Read = Callable[..., Source]

POINT1 = "一、明确目标。各单位要按照统一部署抓好落实。"
POINT2 = "二、加强保障。有关部门要做好经费和物资保障。"


def texts(source: Source) -> list[str]:
    """The source's paragraphs' texts."""
    return [p.text for p in source.paragraphs]


@pytest.mark.parametrize(
    "issuer",
    ["某某区节约用水工作领导小组办公室", "中共某某镇委员会", "某某市文化和旅游局\n某某市教育局"],
)
def test_an_issuer_over_a_framed_title_is_its_masthead(read_text: Read, issuer: str) -> None:
    title = "关于开展节水宣传周活动的通知"
    source = read_text(f"{issuer}\n{title}\n各有关单位：\n{POINT1}\n{POINT2}\n")
    assert (source.title, texts(source)) == (title, ["各有关单位：", POINT1, POINT2])


def test_an_issuer_over_an_unframed_line_stays_the_title(read_text: Read) -> None:
    source = read_text(f"某某市文化和旅游局\n{POINT1}\n{POINT2}\n")
    assert source.title == "某某市文化和旅游局"


@pytest.mark.parametrize("stamp", ["发布时间：2024-09-03 16:20:11", "发布日期：2024年09月03日 16:20"])
def test_a_closing_signature_dates_the_text_over_its_posting_time(read_text: Read, stamp: str) -> None:
    source = read_text(f"某某市节约用水办法\n{stamp}\n{POINT1}\n{POINT2}\n某某市人民政府\n2024年8月26日\n")
    assert (source.meta.date, texts(source)) == ("2024-08-26", [POINT1, POINT2])


def test_a_date_closing_an_undated_notice_dates_it(read_text: Read) -> None:
    source = read_text(f"关于开展节水宣传周活动的通知\n{POINT1}\n{POINT2}\n2024年8月26日\n")
    assert (source.meta.date, texts(source)) == ("2024-08-26", [POINT1, POINT2])


@pytest.mark.parametrize("label", ["三、报名截止时间：", "三、活动时间"])
def test_a_date_under_a_label_is_the_text_s_own(read_text: Read, label: str) -> None:
    source = read_text(f"关于开展节水宣传周活动的通知\n{POINT1}\n{POINT2}\n{label}\n2024年9月30日\n")
    assert (source.meta.date, texts(source)[-1]) == (None, "2024年9月30日")


def test_a_page_s_notice_is_dated_by_its_signature_over_the_rules_it_issues(read_text: Read) -> None:
    page = (
        "首页 > 通知公告 > 正文\n关于印发某某市节约用水办法的通知\n发布时间：2024-09-03 16:20:11\n各有关单位：\n"
        "现将《某某市节约用水办法》印发给你们，请认真贯彻执行。\n某某市人民政府\n2024年8月26日\n某某市节约用水办法\n"
        "第一条 为了节约用水，制定本办法。\n第二条 本办法自印发之日起施行。\n"
    )
    source = read_text(page)
    assert (source.meta.date, "某某市人民政府" in texts(source)) == ("2024-08-26", False)
