"""Text garbled before it came here is refused with one line naming the file and the problem: lines in two encodings,
mojibake (UTF-8 once read as Latin-1 and saved again), characters lost as � or 锟斤拷. Text in one encoding reads."""

from __future__ import annotations

import pytest

from study.read.decode import garbled, mixed_encodings
from tests.read.makers import ReadBytes, one_line_error

TITLE = "学习制度建设"
FIRST = "各单位要认真组织学习，把会议精神落到实处。一要抓好理论学习，二要改进工作方法。"
SECOND = "各支部要定期检查学习情况，及时通报学习进度，推动学习制度落到实处、见到成效。"
TEXT = f"{TITLE}\n\n{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (f"{TITLE}\n\n{FIRST}\n\n".encode() + SECOND.encode("gbk"), "mixed encodings: line 1 is UTF-8, line 5 GB18030"),
        (f"{TITLE}\n\n{FIRST}\n\n".encode("gbk") + SECOND.encode(), "mixed encodings: line 5 is UTF-8, line 1 GB18030"),
        (f"{TITLE}\n\n".encode() + "各級機關應當認真總結經驗，廣泛聽取群眾意見。".encode("big5"), "line 3 Big5"),
        (TEXT.encode().decode("latin-1").encode(), "mojibake): UTF-8 once read as Latin-1"),
        (TEXT.encode("gbk").decode("utf-8", "replace").encode(), "characters lost as �"),
        (TEXT.encode().decode("gbk", "replace").encode(), "characters lost as �"),
        (f"{TITLE}\n\n{FIRST}锟斤拷锟斤拷\n".encode(), "锟斤拷"),
    ],
)
def test_garbled_text_is_refused_with_one_line(read_bytes: ReadBytes, data: bytes, says: str) -> None:
    message = one_line_error(read_bytes, data, "notes.txt")
    assert message.split(": ", 1)[0].endswith("notes.txt") and says in message


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "gb18030"])
def test_text_in_one_encoding_is_no_mixture(codec: str) -> None:
    assert mixed_encodings(TEXT.encode(codec)) is None
    assert garbled(TEXT) is None


def test_a_stray_replacement_character_or_a_foreign_letter_is_no_garbling() -> None:
    assert garbled(f"{TITLE}\n{FIRST}\ufffd{SECOND}\n") is None
    assert garbled("Café de Flore, 1887: André Breton.") is None
