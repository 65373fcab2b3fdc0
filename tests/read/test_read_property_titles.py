"""A Word file's title in its properties is often the name of the file it was saved from (Microsoft Word - 某某.docx):
the title of a text that sets none is that name without the program's name, the suffix and a copy's marks, and no
title at all when the name titles nothing (文档1, 新建 Microsoft Word 文档, a number, 附件2)."""

from __future__ import annotations

import pytest

from study.read.binary import property_title
from tests.read.makers import Docx, ReadBytes, para

BODY = [
    para("认真学习有关文件精神，结合本单位实际，提出如下贯彻意见。"),
    para("一、加强组织领导。各支部要把学习摆上重要日程。"),
    para("二、抓好督促落实。各支部要定期检查学习情况。"),
]


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("Microsoft Word - 贯彻意见.docx", "贯彻意见"),
        ("Microsoft Word - 贯彻意见(1).docx", "贯彻意见"),
        ("Microsoft Word - 贯彻意见.docx - 兼容模式", "贯彻意见"),
        ("贯彻意见 - 副本.docx", "贯彻意见"),
        ("WPS文字 - 贯彻意见", "贯彻意见"),
        ("Microsoft Word - 文档1.docx", None),
        ("新建 Microsoft Word 文档.docx", None),
        ("Microsoft Word - Document1", None),
        ("Microsoft Word - 20230506.doc", None),
        ("Microsoft Word - 附件2.docx", None),
    ],
)
def test_a_word_files_property_title_is_never_its_file_name(
    read_bytes: ReadBytes, given: str, title: str | None
) -> None:
    source = read_bytes(Docx(BODY, title=given).bytes(), "a.docx")
    assert source.title == title


@pytest.mark.parametrize("given", ["关于印发《文档管理办法》的通知", "附件2：某某工作方案", "贯彻意见（试行）"])
def test_a_property_title_that_is_a_title_is_kept(given: str) -> None:
    assert property_title(given) == given
