"""The five seed documents read with the right title, metadata, script and clean paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from study.model import Source
from study.read import read_source
from study.read.shapes import ends_sentence, starts_new_paragraph
from tests.read.makers import texts

SOURCES = Path(__file__).resolve().parents[2] / "sources"
SEEDS = sorted(SOURCES.glob("*.txt"))

# stem prefix → (title, date, author, publication, script)
EXPECTED = {
    "000": ("密切联系群众\u3000切实改进作风", "1990-02-04", "温家宝", "人民日报", "simplified"),
    "001": ("保持密切联系群众的传统", "2005-07-14", "吴灵臣", "学习时报", "simplified"),
    "002": ("与时俱进做好群众工作", None, None, None, "simplified"),
    "003": ("中共中央关于加强党同人民群众联系的决定", "1990-04-21", None, "人民日报", "simplified"),
    "004": (None, None, None, None, "traditional"),
}
# Page furniture that must never reach a paragraph.
FURNITURE = (
    "您现在的位置",
    "当前位置",
    "发布日期",
    "信息来源",
    "本信息共浏览",
    "版权所有",
    "相关主题",
    "文本预览",
    "相关文档",
    "联系电话",
    "Email",
    "设为首页",
    "关于我们",
    "](#)",
    "描述：",
    "〖",
    "正文：",
)


def seed(prefix: str) -> Source:
    """The seed whose file name starts with `prefix`, read."""
    return read_source(next(p for p in SEEDS if p.name.startswith(prefix)))


def test_the_five_seeds_are_there() -> None:
    assert [p.name[:3] for p in SEEDS] == sorted(EXPECTED)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_title_and_metadata(prefix: str) -> None:
    source = seed(prefix)
    title, date, author, publication, script = EXPECTED[prefix]
    assert (source.title, source.meta.date, source.meta.author) == (title, date, author)
    assert (source.meta.publication, source.script) == (publication, script)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_paragraphs_are_clean_and_know_where_they_came_from(prefix: str) -> None:
    source = seed(prefix)
    original = Path(source.path).read_text(encoding="utf-8").split("\n")
    assert source.paragraphs
    for index, para in enumerate(source.paragraphs):
        assert not any(bit in para.text for bit in FURNITURE), para.text
        assert para.text == para.text.strip() and para.text != source.title
        assert len(para.shadow) == len(para.text)
        assert para.loc.para == index and para.loc.path == source.path
        assert para.text[:8] in original[para.loc.line - 1]  # the line where it starts


def test_header_body_starts_after_the_repeated_title_and_byline() -> None:
    source = seed("000")
    assert source.paragraphs[0].text.startswith("十三届四中全会")
    assert not any("９" in p.text or "１" in p.text for p in source.paragraphs)  # full-width digits
    assert source.meta.page is None


def test_tagged_dump_metadata() -> None:
    source = seed("003")
    assert source.meta.page == "头版"
    assert source.meta.keywords == ("党同人民群众联系", "中共中央", "文件")
    assert source.paragraphs[1].text.startswith("（一）")


def test_page_breaks_rejoined_in_002() -> None:
    source = seed("002")
    assert "joined 6 paragraphs split by page breaks" in source.warnings
    for para in source.paragraphs:
        assert ends_sentence(para.text) or (starts_new_paragraph(para.text) and len(para.text) < 30), para.text
    headings = [p.text for p in source.paragraphs if p.text.startswith(("一、", "二、"))]
    assert len(headings) == 2


def test_repeated_body_removed_in_004() -> None:
    source = seed("004")
    got = texts(source)
    assert len(got) == len(set(got)) == 30
    assert any(w.startswith("removed a repeated body (29 paragraphs") for w in source.warnings)
    assert not any("[1]" in t or t.endswith("?") for t in got)


def test_no_repairs_reported_where_none_were_made() -> None:
    assert seed("000").warnings == seed("001").warnings == seed("003").warnings == ()
