"""The reader never fails with anything but SourceError, and a large document reads quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from study.errors import SourceError
from study.model import Source
from study.read import read_source

# Pieces of the shapes the reader looks for, so that random text reaches every format reader.
PIECES = [
    "〖BT/标题〗",
    "〖-BT/标题〗",
    "〖ZW/正文〗",
    "〖-ZW/正文〗",
    "标题：",
    "正文：",
    "日期：",
    "1990-2-4",
    "您现在的位置：",
    " >> ",
    "[首页](#)",
    "发布日期：",
    "版权所有",
    "一、",
    "（1）",
    "?",
    "？",
    "[1]",
    "。",
    "，",
    "\n",
    "\n\n",
    "\u3000",
    "一九九〇年二月四日",
    "二要",
    "“",
    "”",
    "作者：",
    "张三",
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<title>",
    "<script>",
    "<nav>",
    "&gt;",
    "<br/>",
]
chinese_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=40),
        st.text(max_size=10),
    ),
    max_size=40,
).map("".join)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One scratch file for the property tests (hypothesis reuses it across examples)."""
    return tmp_path_factory.mktemp("robust") / "doc.txt"


def _read(path: Path, data: bytes) -> Source | None:
    """Read `data`; None when the reader refused it with a SourceError."""
    path.write_bytes(data)
    try:
        return read_source(path)
    except SourceError as exc:
        assert "\n" not in exc.format_message()
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_nothing_but_source_error(scratch: Path, data: bytes) -> None:
    _read(scratch, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=chinese_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_arbitrary_text_reads_into_a_consistent_source(scratch: Path, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    source = _read(scratch, data)
    if source is None:
        return
    for index, para in enumerate(source.paragraphs):
        assert para.text and para.text == para.text.strip()
        assert len(para.shadow) == len(para.text)
        assert para.loc.para == index and para.loc.line >= 1
    assert source.script in ("simplified", "traditional")


def test_a_two_megabyte_document_reads(tmp_path: Path) -> None:
    paragraphs = []
    for n in range(9000):
        # varied paragraphs (no repeats to remove), some cut by page breaks, some with ? and [n]
        cut = "" if n % 7 else "并且要在每年年底以前把"
        paragraphs.append(f"第{n}条，各地要把节约用水作为长期任务来抓，建立考核办法{n}，确保见效[{n % 9}]?{cut}")
        paragraphs.append(f"（{n % 10 + 1}）加强第{n}项监督检查，对浪费行为依法处理，并向社会公布结果，接受群众监督。")
    text = "标题：大文件\n正文：\n" + "\n\n".join(paragraphs)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 2_000_000
    source = read_source(path)
    assert source.title == "大文件"
    assert len(source.paragraphs) > 15000


SPACES = " " * 50_000


@pytest.mark.parametrize(
    "line",
    [
        f"关于春季植树造林{SPACES}的意见",  # a run of spaces no trailing dash follows (a bullet's sign)
        f"分享至{SPACES}",  # … nor a share label
        f"各村要把植树造林作为一件大事来抓。{SPACES}x",
        f"关于春季植树造林的意见\n植{SPACES}树",  # a head line under the title, no date after its spaces
        "[" * 100_000,  # a run of brackets, no markdown link
        "关于春季植树造林的意见" + "*" * 100_000 + "x",  # a run of stars no end of line follows (a mirror's mark)
    ],
)
def test_a_line_with_a_long_run_of_spaces_reads_in_linear_time(tmp_path: Path, line: str) -> None:
    body = "各村要把植树造林作为一件大事来抓，划定责任地块，落实管护人员，确保栽一棵活一棵。\n"
    path = tmp_path / "spaces.txt"
    path.write_text(f"{line}\n{body * 3}", encoding="utf-8")
    start = time.perf_counter()
    read_source(path)
    assert time.perf_counter() - start < 2.0
