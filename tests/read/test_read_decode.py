"""Encodings are detected, not assumed; files that are not text are refused with one line."""

from __future__ import annotations

import pytest

from study.errors import SourceError
from study.read.decode import decode, plausibility

SIMPLIFIED = "学习制度建设\n\n各单位要认真组织学习，把会议精神落到实处。一要抓好理论学习，二要改进工作方法。\n"
TRADITIONAL = "鄉鎮治理筆記\n\n各級機關應當認真總結經驗，廣泛聽取群眾意見。一要轉變觀念，二要健全制度。\n"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", SIMPLIFIED),
        ("utf-8-sig", SIMPLIFIED),
        ("utf-16", SIMPLIFIED),
        ("utf-16-be", "\ufeff" + SIMPLIFIED),
        ("gbk", SIMPLIFIED),
        ("gb18030", SIMPLIFIED),
        ("gbk", TRADITIONAL),
        ("big5", TRADITIONAL),
        ("utf-8", TRADITIONAL),
    ],
)
def test_each_encoding_reads_back_the_same_text(read_bytes, encoding: str, text: str) -> None:
    source = read_bytes(text.encode(encoding))
    assert source.title == text.split("\n")[0].lstrip("\ufeff")
    assert source.paragraphs[0].text == text.split("\n")[2]


def test_big5_is_not_mistaken_for_gbk() -> None:
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030")  # both codecs accept the bytes: plausibility decides
    assert decode(data, "x.txt") == TRADITIONAL


def test_plausibility_tells_real_text_from_mojibake() -> None:
    garbled = TRADITIONAL.encode("big5").decode("gb18030")
    assert plausibility(TRADITIONAL) > 0.95
    assert plausibility(garbled) < 0.75


def test_script_of_a_big5_file_is_traditional(read_bytes) -> None:
    source = read_bytes(TRADITIONAL.encode("big5"))
    assert source.script == "traditional"
    assert source.paragraphs[0].shadow.startswith("各级机关应当认真总结经验")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"word/document.xml", "zip archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes([7, 0, 200, 13, 0, 0, 99, 1, 255, 254, 0, 77] * 50), "not text"),
        (bytes([0x81, 0x30, 0xFE, 0xFF, 0x80, 0xA0, 0xFF, 0x7F, 0x05]), "not UTF-8, GB18030 or Big5 text"),
    ],
)
def test_binary_files_are_refused_with_one_line(read_bytes, data: bytes, says: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_bytes(data, "picture.txt")
    message = caught.value.format_message()
    where, _, reason = message.partition(": ")
    assert where.endswith("picture.txt")
    assert says in reason
    assert "\n" not in message


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", "\u3000\u3000\n".encode(), b"\xef\xbb\xbf\n"])
def test_empty_files_are_refused(read_bytes, data: bytes) -> None:
    with pytest.raises(SourceError, match="empty file"):
        read_bytes(data)


def test_a_header_without_a_body_is_refused(read_text) -> None:
    with pytest.raises(SourceError, match="no body text"):
        read_text("标题：会议纪要\n日期：2001-3-5\n正文：\n\n描述：\n")


def test_a_missing_file_is_one_line(tmp_path) -> None:
    from study.read import read_source

    with pytest.raises(SourceError, match="cannot read"):
        read_source(tmp_path / "absent.txt")


def test_control_characters_mean_not_text(read_bytes) -> None:
    with pytest.raises(SourceError, match="not UTF-8"):
        read_bytes(bytes(range(1, 9)) * 20 + "正文".encode())


CUT_TEXT = "关于春季植树造林的意见\n各村要把植树造林作为一件大事来抓，划定责任地块，落实管护人员。\n确保栽一棵活一棵"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_short_in_its_last_character_is_read_with_a_note(read_bytes, bom: bytes, cut: int) -> None:
    data = bom + CUT_TEXT.encode("utf-8")
    source = read_bytes(data[:-cut], "half.txt")
    assert source.paragraphs[-1].text == "确保栽一棵活一"
    assert any("middle of a character" in note for note in source.warnings)


def test_whole_utf8_has_no_such_note(read_bytes) -> None:
    source = read_bytes(CUT_TEXT.encode("utf-8"), "whole.txt")
    assert not any("middle of a character" in note for note in source.warnings)


def test_a_broken_character_inside_the_text_is_still_no_utf8() -> None:
    data = CUT_TEXT.encode("utf-8")
    with pytest.raises(SourceError):
        decode(data[:10] + data[11:], "broken.txt")
