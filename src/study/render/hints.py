"""The hints the reader and the parser leave on a document, said in Chinese for the Chinese pages.

The command line says them in English (a developer's and a script's language); a course's home page is read by
teachers and students, in Chinese. One table of the hints' shapes: a hint of a shape it does not know is shown
as it is, never dropped.
"""

from __future__ import annotations

import re

# "line 15: …": where in the source the hint points
LINE = re.compile(r"line (?P<line>\d+): (?P<rest>.+)", re.DOTALL)
N = r"(?P<n>\d+)"  # how many, as the hints count (1 line, 3 lines)

# a hint's shape (the whole of it, after its line) → the Chinese it says, its named parts put in
SHAPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(shape, re.DOTALL), chinese)
    for shape, chinese in (
        # the parser's, to the author
        (
            r"'(?P<lead>.*)' announces (?P<said>\d+), found (?P<found>\d+) items?",
            "“{lead}”说有 {said} 项，找到 {found} 项",
        ),
        (r"(?P<it>.+) follows (?P<last>.+): numbering skips (?P<gap>[\d–]+)", "{it}接在{last}之后：编号跳过了 {gap}"),
        (
            r"(?P<it>.+) follows (?P<last>.+): numbering expects (?P<want>\d+)",
            "{it}接在{last}之后：此处编号应为 {want}",
        ),
        (r"marker '(?P<it>.*)' does not continue any numbering", "编号“{it}”接不上任何编号"),
        (r"numbering begins at (?P<n>\d+): a sibling numbered (?P<m>\d+) follows", "编号从 {n} 开始：其后是编号 {m}"),
        (r"numbers on chunks of a cut text: .*", "截断文本的分段编号：每项之前一行都是没写完的长句"),
        # the reader's, on what it mended as it read (nothing to fix)
        (rf"took out {N} editor's notes?", "已删去编辑按语 {n} 处"),
        (rf"took out {N} lines? of photo captions", "已删去图片说明 {n} 行"),
        (rf"took out the marks after {N} closing colons?", "已删去 {n} 处结尾冒号后的符号"),
        (rf"took out the spaces of a PDF's line ends in {N} paragraphs?", "已删去 PDF 行尾的空格（{n} 段）"),
        (rf"took out a table of contents \({N} entr(?:y|ies)\)", "已删去目录（{n} 条）"),
        (r"took out a page's summary of its opening", "已删去网页开头的内容提要"),
        (rf"took out {N} commas? doubling a mark", "已删去与标点重复的逗号 {n} 个"),
        (rf"removed {N} lines? of a site's notices", "已删去网站的提示 {n} 行"),
        (rf"removed {N} lines? of a site's terms", "已删去网站的条款 {n} 行"),
        (rf"removed {N} lines? after the text", "已删去正文之后的 {n} 行"),
        (rf"removed {N} lines? of marks alone", "已删去只有符号的 {n} 行"),
        (rf"removed {N} metadata lines? left in the body", "已删去正文里残留的出处信息 {n} 行"),
        (rf"removed {N} byline lines?", "已删去署名行 {n} 行"),
        (rf"removed {N} footnote marks?", "已删去注释标号 {n} 处"),
        (rf"removed {N} printed page numbers?", "已删去页码 {n} 个"),
        (rf"removed {N} pinyin glosses", "已删去拼音注音 {n} 处"),
        (rf"removed {N} runs of anti-copy junk", "已删去防复制乱码 {n} 处"),
        (rf"removed question marks standing for indentation at {N} line starts", "已删去行首代替缩进的问号 {n} 处"),
        (
            rf"removed a repeated body \({N} paragraphs? from line (?P<start>\d+)\)",
            "已删去重复的正文（自第 {start} 行起 {n} 段）",
        ),
        (rf"replaced {N} question marks standing for 。", "已把代替“。”的问号改回“。”（{n} 处）"),
        (rf"set aside {N} translation paragraphs? \(Latin script in a Chinese text\)", "已略去外文译文 {n} 段"),
        (rf"set aside {N} translated phrases? run into the Chinese lines", "已略去夹在中文里的外文译文 {n} 处"),
        (rf"joined {N} paragraphs? split by page breaks", "已接上被分页断开的段落 {n} 处"),
        (rf"joined {N} lines? wrapped at (?P<width>[\d.]+) ems", "已接上按 {width} 字宽折行的 {n} 行"),
        (
            rf"joined {N} markers? alone on (?:its|their) line to (?:its|their) text",
            "已把单独成行的编号接到正文（{n} 处）",
        ),
        (
            r"the file ends in the middle of a character: cut short\? \(read without it\)",
            "文件在一个字的中间结束：是不是没有拷完整？（已略去这半个字）",
        ),
        # why a source could not be read (the home page names it)
        (r"(?P<why>.+); the course keeps it as it last read", "{why}；课程保留它上次读到的内容"),
        (r"not UTF-8, GB18030 or Big5 text", "不是 UTF-8、GB18030 或 Big5 编码的文本"),
        (r"cannot list this folder of sources \((?P<why>.+)\)", "无法列出这个文件夹里的文件（{why}）"),
    )
)


def in_chinese(hint: str) -> str:
    """The hint said in Chinese, its line too; a hint of a shape the table does not know, as it is."""
    at = LINE.fullmatch(hint)
    said = said_in_chinese(at["rest"] if at else hint)
    if said is None:
        return hint
    return f"第 {at['line']} 行：{said}" if at else said


def said_in_chinese(hint: str) -> str | None:
    """The Chinese of a hint without its line, or None for a shape the table does not know."""
    for shape, chinese in SHAPES:
        found = shape.fullmatch(hint)
        if found:
            parts = found.groupdict()
            inner = said_in_chinese(parts["why"]) if "why" in parts and "{why}" in chinese else None
            return chinese.format_map({**parts, **({"why": inner} if inner else {})})
    return None
