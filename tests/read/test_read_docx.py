"""The .docx reader: automatic numbering as Word shows it, styles, tables, text boxes, properties."""

from __future__ import annotations

import io
import zipfile

import pytest

from study.model import pretty
from study.parse import parse
from study.read.docx import counting, format_number
from tests.read.makers import OFFICIAL, Docx, Lvl, ReadBytes, one_line_error, para, style, table, text_box, texts


def official(*paragraphs: str) -> Docx:
    """A document numbered with the official levels 一、（一）1.（1）① as list 1."""
    return Docx(list(paragraphs), abstracts={0: OFFICIAL}, nums={1: (0, {})})


# ---------------------------------------------------------------- numerals and formats


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百〇一"),
        (110, "一百一十"),
        (111, "一百一十一"),
        (1000, "一千"),
        (1001, "一千〇一"),
        (1010, "一千〇一十"),
        (10000, "一万"),
        (10005, "一万〇五"),
        (12345, "一万二千三百四十五"),
    ],
)
def test_chinese_counting(n: int, text: str) -> None:
    assert counting(n) == text


@pytest.mark.parametrize(
    ("fmt", "n", "text"),
    [
        ("chineseCounting", 11, "十一"),
        ("chineseCountingThousand", 20, "二十"),
        ("ideographTraditional", 3, "丙"),
        ("ideographTraditional", 10, "癸"),
        ("chineseLegalSimplified", 3, "叁"),
        ("chineseLegalSimplified", 11, "壹拾壹"),
        ("chineseLegalSimplified", 101, "壹佰零壹"),
        ("decimalEnclosedCircle", 3, "③"),
        ("decimalEnclosedCircle", 21, "㉑"),
        ("decimalFullWidth", 12, "１２"),
        ("decimal", 7, "7"),
        ("lowerLetter", 2, "b"),
        ("lowerLetter", 28, "bb"),
        ("upperLetter", 3, "C"),
        ("lowerRoman", 4, "iv"),
        ("upperRoman", 14, "XIV"),
        ("none", 3, ""),
        ("someFutureFormat", 5, "5"),
    ],
)
def test_number_formats(fmt: str, n: int, text: str) -> None:
    assert format_number(n, fmt) == text


# ---------------------------------------------------------------- numbering


def test_official_levels_restart_when_a_shallower_level_advances(read_bytes: ReadBytes) -> None:
    doc = official(
        para("加强理论学习", 1, 0),
        para("坚持集体学习", 1, 1),
        para("每月开展一次专题研讨。", 1, 2),
        para("每季度组织一次交流。", 1, 2),
        para("坚持个人自学", 1, 1),
        para("制定年度读书计划。", 1, 2),
        para("精读原著原文。", 1, 3),
        para("撰写心得体会。", 1, 3),
        para("读书笔记每月一篇。", 1, 4),
        para("改进工作作风", 1, 0),
        para("深入基层调研", 1, 1),
        para("每年走访群众不少于十次。", 1, 2),
    )
    source = read_bytes(doc.bytes(), "plan.docx")
    assert texts(source) == [
        "一、加强理论学习",
        "（一）坚持集体学习",
        "1.每月开展一次专题研讨。",
        "2.每季度组织一次交流。",
        "（二）坚持个人自学",
        "1.制定年度读书计划。",
        "（1）精读原著原文。",
        "（2）撰写心得体会。",
        "①读书笔记每月一篇。",
        "二、改进工作作风",
        "（一）深入基层调研",
        "1.每年走访群众不少于十次。",
    ]
    assert pretty(parse(source).lists) == "\n".join(
        [
            "<一、>",
            "  一、 加强理论学习",
            "    <（一）>",
            "      （一） 坚持集体学习",
            "        <1.>",
            "          1. 每月开展一次专题研讨",
            "          2. 每季度组织一次交流",
            "      （二） 坚持个人自学",
            "        <（1）>",
            "          （1） 精读原著原文",
            "          （2） 撰写心得体会",
            "  二、 改进工作作风",
        ]
    )


def test_a_list_continues_after_a_body_paragraph(read_bytes: ReadBytes) -> None:
    doc = Docx(
        [
            para("第一项工作要求。", 1),
            para("第二项工作要求。", 1),
            para("以上要求请各单位认真执行，并结合实际抓好落实。"),
            para("第三项工作要求。", 1),
        ],
        abstracts={0: (Lvl("decimal", "%1."),)},
        nums={1: (0, {})},
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == [
        "1.第一项工作要求。",
        "2.第二项工作要求。",
        "以上要求请各单位认真执行，并结合实际抓好落实。",
        "3.第三项工作要求。",
    ]


def test_list_instances_share_counters_unless_they_override_the_start(read_bytes: ReadBytes) -> None:
    levels = (Lvl("chineseCounting", "%1、", suffix="nothing"),)
    doc = Docx(
        [
            para("甲组第一点", 1),
            para("甲组第二点", 1),
            para("同一定义的另一个实例", 2),
            para("重新起编的实例", 3),
            para("重新起编的第二点", 3),
        ],
        abstracts={0: levels},
        nums={1: (0, {}), 2: (0, {}), 3: (0, {0: 1})},
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == [
        "一、甲组第一点",
        "二、甲组第二点",
        "三、同一定义的另一个实例",
        "一、重新起编的实例",
        "二、重新起编的第二点",
    ]


def test_numbering_carried_by_a_style_through_based_on(read_bytes: ReadBytes) -> None:
    articles = (Lvl("chineseCounting", "第%1条", suffix="space", style="Article"),)
    body = [para(f"本条规定第{k}项内容。", style="Article" if k % 2 else "ArticleQuoted") for k in range(1, 12)]
    doc = Docx(
        body,
        abstracts={0: articles},
        nums={1: (0, {})},
        styles=[style("Article", "条文", num=1), style("ArticleQuoted", "条文引用", based_on="Article")],
    )
    got = texts(read_bytes(doc.bytes(), "rules.docx"))
    assert got[0] == "第一条 本条规定第1项内容。"
    assert got[8:] == ["第九条 本条规定第9项内容。", "第十条 本条规定第10项内容。", "第十一条 本条规定第11项内容。"]


def test_a_start_of_ninety_nine_counts_to_one_hundred_and_one(read_bytes: ReadBytes) -> None:
    doc = Docx(
        [para(f"第{k}项条款内容。", 1) for k in (99, 100, 101)],
        abstracts={0: (Lvl("chineseCounting", "第%1条", start=99, suffix="space"),)},
        nums={1: (0, {})},
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == [
        "第九十九条 第99项条款内容。",
        "第一百条 第100项条款内容。",
        "第一百〇一条 第101项条款内容。",
    ]


def test_a_hand_typed_number_is_never_doubled(read_bytes: ReadBytes) -> None:
    doc = official(
        para("一、已经手工编号的标题", 1, 0),
        para("（二）手工写错编号也不重复", 1, 1),
        para("一是手工序数词开头的段落。", 1, 2),
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == [
        "一、已经手工编号的标题",
        "（二）手工写错编号也不重复",
        "1.一是手工序数词开头的段落。",
    ]


def test_legal_numbering_and_tab_suffix(read_bytes: ReadBytes) -> None:
    levels = (Lvl("chineseCounting", "第%1章"), Lvl("decimal", "%1.%2", legal=True), Lvl("lowerLetter", "%3)"))
    doc = Docx(
        [para("总则", 1, 0), para("适用范围", 1, 1), para("细目甲", 1, 2), para("基本原则", 1, 1)],
        abstracts={0: levels},
        nums={1: (0, {})},
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == ["第一章 总则", "1.1 适用范围", "a)细目甲", "1.2 基本原则"]


def test_a_level_with_lvl_restart_zero_keeps_counting(read_bytes: ReadBytes) -> None:
    levels = (Lvl("chineseCounting", "%1、", suffix="nothing"), Lvl("decimal", "%2.", restart=0, suffix="nothing"))
    doc = Docx(
        [para("第一部分", 1, 0), para("甲事项。", 1, 1), para("第二部分", 1, 0), para("乙事项。", 1, 1)],
        abstracts={0: levels},
        nums={1: (0, {})},
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == ["一、第一部分", "1.甲事项。", "二、第二部分", "2.乙事项。"]


@pytest.mark.parametrize(
    ("lvl", "markers"),
    [
        (Lvl("ideographTraditional", "%1、", suffix="nothing"), ["甲、", "乙、", "丙、"]),
        (Lvl("chineseLegalSimplified", "%1、", suffix="nothing"), ["壹、", "贰、", "叁、"]),
        (Lvl("decimalEnclosedCircle", "%1", suffix="nothing"), ["①", "②", "③"]),
        (Lvl("decimalFullWidth", "%1．", suffix="nothing"), ["1．", "2．", "3．"]),
        (Lvl("upperRoman", "%1.", suffix="space"), ["I. ", "II. ", "III. "]),
        (Lvl("chineseCountingThousand", "（%1）", suffix="nothing"), ["（一）", "（二）", "（三）"]),
    ],
)
def test_formats_in_documents(read_bytes: ReadBytes, lvl: Lvl, markers: list[str]) -> None:
    doc = Docx([para(t, 1) for t in ("学习", "宣传", "贯彻")], abstracts={0: (lvl,)}, nums={1: (0, {})})
    assert texts(read_bytes(doc.bytes(), "a.docx")) == [
        m + t for m, t in zip(markers, ("学习", "宣传", "贯彻"), strict=True)
    ]


# ---------------------------------------------------------------- layout, tables, text boxes


def test_heading_styles_bold_lines_and_bullets_set_the_level(read_bytes: ReadBytes) -> None:
    doc = Docx(
        [
            para("关于学习工作的几点意见", style="Title"),
            para("总体要求", style="Heading1"),
            para("具体措施", style="Zh2"),
            para("直接设定大纲级别的一段", outline=2),
            para("整段加粗的小标题", bold=True),
            para("列表项目不带项目符号。", 2),
            para("普通正文段落，说明有关情况。"),
        ],
        abstracts={1: (Lvl("bullet", "●"),)},
        nums={2: (1, {})},
        styles=[style("Title", "Title"), style("Heading1", "heading 1"), style("Zh2", "标题 2")],
    )
    source = read_bytes(doc.bytes(), "a.docx")
    assert source.title == "关于学习工作的几点意见"
    assert [(p.text, p.level) for p in source.paragraphs] == [
        ("总体要求", 1),
        ("具体措施", 2),
        ("直接设定大纲级别的一段", 3),
        ("整段加粗的小标题", 7),
        ("列表项目不带项目符号。", 8),
        ("普通正文段落，说明有关情况。", 0),
    ]


def test_tables_are_read_row_by_row(read_bytes: ReadBytes) -> None:
    grid = table([[["序号"], ["工作任务"]], [["一"], ["完善学习制度", "建立台账"]], [["二"], ["加强督促检查"]]])
    doc = Docx([para("各项任务分解如下。"), grid, para("请认真落实。")])
    # the labels of the columns are left out; a row with a cell of two paragraphs gives each its line; the column
    # of serial numbers numbers its rows as a list does
    assert texts(read_bytes(doc.bytes(), "a.docx")) == [
        "各项任务分解如下。",
        "一、完善学习制度",
        "建立台账",
        "二、加强督促检查",
        "请认真落实。",
    ]


def test_a_text_box_is_read_once(read_bytes: ReadBytes) -> None:
    box = text_box([para("方框里的提示文字。")])
    doc = Docx([para("正文第一段。", runs=box), para("正文第二段。")])
    assert texts(read_bytes(doc.bytes(), "a.docx")) == ["正文第一段。", "方框里的提示文字。", "正文第二段。"]


# ---------------------------------------------------------------- properties, content detection, errors


def test_the_title_from_the_properties_when_the_text_has_none_and_never_their_date(read_bytes: ReadBytes) -> None:
    # the created date is the copy's (the day the text was pasted into Word, or the template's), not the document's
    body = [
        para("认真学习有关文件精神，结合本单位实际，提出如下贯彻意见。"),
        para("加强组织领导。", 1),
        para("抓好督促落实。", 1),
    ]
    doc = Docx(
        body,
        abstracts={0: (Lvl("decimal", "%1."),)},
        nums={1: (0, {})},
        title="Microsoft Word - 贯彻意见.docx",
        created="2021-06-03T08:00:00Z",
    )
    source = read_bytes(doc.bytes(), "a.docx")
    assert (source.title, source.meta.date) == ("贯彻意见", None)
    assert texts(source)[1:] == ["1.加强组织领导。", "2.抓好督促落实。"]


def test_a_date_line_of_the_text_is_the_date_whatever_the_properties_say(read_bytes: ReadBytes) -> None:
    body = [para("某县关于节约用水的意见"), para("（2019年4月8日）"), para("各乡镇要把节约用水摆上重要日程。")]
    source = read_bytes(Docx(body, created="2025-11-20T09:30:00Z").bytes(), "a.docx")
    assert (source.title, source.meta.date) == ("某县关于节约用水的意见", "2019-04-08")


def test_the_text_s_own_title_wins_over_the_properties(read_bytes: ReadBytes) -> None:
    doc = Docx([para("关于开展专题学习的通知"), para("各支部：现就开展专题学习有关事项通知如下。")], title="模板标题")
    assert read_bytes(doc.bytes(), "a.docx").title == "关于开展专题学习的通知"


def test_a_docx_is_recognized_by_its_content_whatever_its_name(read_bytes: ReadBytes) -> None:
    doc = official(para("加强学习", 1, 0), para("改进作风", 1, 0))
    assert texts(read_bytes(doc.bytes(), "notes.txt")) == ["一、加强学习", "二、改进作风"]


def zipped(files: dict[str, str]) -> bytes:
    """A zip archive holding the given files."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, text in files.items():
            package.writestr(name, text)
    return out.getvalue()


def test_a_damaged_docx_is_one_line(read_bytes: ReadBytes) -> None:
    message = one_line_error(read_bytes, zipped({"word/document.xml": "<w:document><w:body"}), "a.docx")
    assert "a damaged .docx" in message


def test_other_zip_archives_are_still_refused(read_bytes: ReadBytes) -> None:
    assert "Excel" in one_line_error(read_bytes, zipped({"xl/workbook.xml": "<workbook/>"}), "a.docx")
    assert "zip archive" in one_line_error(read_bytes, zipped({"notes.txt": "学习"}), "a.zip")


def compound_file(stream: str, entry_at: int, size: int) -> bytes:
    """An OLE compound file of `size` bytes whose directory names `stream` in an entry at offset `entry_at` (a
    multiple of 128: a directory entry is 64 bytes of UTF-16 name, then the name's length with its terminator)."""
    name = stream.encode("utf-16-le") + bytes(2)
    entry = name.ljust(64, b"\0") + len(name).to_bytes(2, "little") + b"\x02" + bytes(61)
    data = bytearray(size)
    data[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    data[entry_at : entry_at + 128] = entry
    return bytes(data)


def test_a_legacy_doc_says_what_to_do(read_bytes: ReadBytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    ole = compound_file("WordDocument", 1024, 2048)
    assert "save it as .docx, or install LibreOffice" in one_line_error(read_bytes, ole, "old.doc")


def test_a_large_legacy_docs_directory_near_its_end_still_shows_a_word_file(
    read_bytes: ReadBytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Word writes the directory after the streams: in a file of pictures it stands megabytes in
    monkeypatch.setattr("shutil.which", lambda name: None)
    ole = compound_file("WordDocument", 3 << 20, (3 << 20) + 4096)
    assert "save it as .docx, or install LibreOffice" in one_line_error(read_bytes, ole, "old.doc")


def test_a_compound_file_that_only_mentions_word_in_its_data_is_no_word_file(read_bytes: ReadBytes) -> None:
    # an old workbook whose cells hold the word, not a directory entry of that name
    ole = compound_file("Workbook", 512, 4096)
    ole = ole[:1000] + "WordDocument".encode("utf-16-le") + ole[1024:]
    assert "an old Office document" in one_line_error(read_bytes, ole, "old.xls")


def test_content_controls_hidden_text_tracked_deletions_and_contents_tables(read_bytes: ReadBytes) -> None:
    hidden = "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注文字</w:t></w:r>"
    deleted = "<w:del><w:r><w:delText>已删除的旧表述</w:delText></w:r></w:del>"
    control = f"<w:sdt><w:sdtPr/><w:sdtContent>{para('内容控件里的段落。')}</w:sdtContent></w:sdt>"
    doc = Docx(
        [
            para("目录中的一行\t3", style="TOC1"),
            control,
            para("保留的正文", runs=hidden + deleted),
            para("软换行之前", runs="<w:r><w:br/><w:t>软换行之后</w:t></w:r>"),
        ],
        styles=[style("TOC1", "toc 1")],
    )
    assert texts(read_bytes(doc.bytes(), "a.docx")) == ["内容控件里的段落。", "保留的正文", "软换行之前", "软换行之后"]


def test_a_password_protected_docx_says_it_is_encrypted(read_bytes: ReadBytes) -> None:
    # Word and WPS save it as a compound file of the encrypted package and its key's description, no zip
    protected = compound_file("EncryptedPackage", 640, 4096)
    message = one_line_error(read_bytes, protected, "讲稿.docx")
    assert "encrypted (password-protected) Word file" in message and "without a password" in message
    assert "old Office" not in message
    assert "encrypted (password-protected) Office file" in one_line_error(read_bytes, protected, "台账.xlsx")


def test_a_compound_file_that_only_mentions_an_encrypted_package_is_not_one(read_bytes: ReadBytes) -> None:
    ole = compound_file("Workbook", 512, 4096)
    ole = ole[:1000] + "EncryptedPackage".encode("utf-16-le") + bytes(2) + ole[1034:]
    assert "an old Office document" in one_line_error(read_bytes, ole, "old.xls")
