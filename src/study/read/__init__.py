"""Reading: bytes → a clean Source (decoded text, metadata, paragraphs with a simplified shadow).

A packaged or binary file (.docx, .pdf, .mhtml, a legacy .doc), recognized by its content, is turned
into lines by its reader (docx.py, pdf.py, mhtml.py); any other file is text, whose encoding decode.py
detects. Either way formats.py (with web.py and head.py) then finds the title, metadata and body,
repair.py mends the body's paragraphs, script.py gives each paragraph its simplified shadow.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

from study.errors import SourceError
from study.model import Loc, Paragraph, Source
from study.read.binary import OWN_MAKER, OWN_OUTPUT, Extracted
from study.read.decode import decode, ends_mid_character
from study.read.docx import looks_like_doc, looks_like_docx, read_doc, read_docx
from study.read.formats import read_format
from study.read.head import (
    closing_byline,
    dispatch_reporters,
    opening_byline,
    original_title,
    split_speech_title,
    strip_echoes,
    take_dateline,
    title_and_paper,
    without_author_label,
)
from study.read.html import looks_like_html, unescape_json_markup
from study.read.lines import Draft, Line, split_lines
from study.read.mhtml import looks_like_mhtml, read_mhtml
from study.read.pdf import looks_like_pdf, read_pdf
from study.read.repair import drop_jammer, drop_pinyin_glosses, drop_site_chrome, repair
from study.script import detect_script, simplify

__all__ = ["read_source"]


# Files that are not text, by their content (a .txt that is really a .docx is read as one); whatever is
# not one of these is decoded as text, and decode.py refuses other binary files with one line.
BINARY_READERS: tuple[tuple[str, Callable[[bytes], bool], Callable[[bytes, str], Extracted]], ...] = (
    ("docx", looks_like_docx, read_docx),
    ("pdf", looks_like_pdf, read_pdf),
    ("mhtml", looks_like_mhtml, read_mhtml),
    ("doc", looks_like_doc, read_doc),
)


def _read_bytes(path: Path) -> tuple[bytes, float]:
    """The file's bytes and modification time; a missing or unreadable file is a SourceError."""
    try:
        return path.read_bytes(), path.stat().st_mtime
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise SourceError(f"cannot read ({reason})", where=str(path)) from None


def text_of_file(path: Path) -> str:
    """A plain text file's text, decoded as a source's is (UTF-8, GB18030, Big5, a BOM); a SourceError naming the
    file when it cannot be read or is not text."""
    data, _ = _read_bytes(path)
    return decode(data, str(path))


def _paragraphs(where: str, body: list[Line], pages: dict[int, int]) -> tuple[Paragraph, ...]:
    """The body's paragraphs with their shadows and their places in the original file (`pages`: the page each
    line starts on, by line number, for a paginated file)."""
    return tuple(
        Paragraph(line.text, simplify(line.text), Loc(where, line.no, index, pages.get(line.no)), line.level)
        for index, line in enumerate(body)
    )


# Suffixes that name a packaged or binary format whose program opens nothing else: a file so named whose content
# is text (saved under the wrong name, or an error page a download gave instead of the file) is refused, named
# by what it is, where reading it as text would build a document from whatever it holds. (Word opens a .doc
# that is text or a web page, so a .doc is read for what it is.)
CONTAINER_SUFFIXES: dict[str, str] = {
    ".docx": "a Word .docx file",
    ".docm": "a Word .docm file",
    ".dotx": "a Word .dotx file",
    ".pdf": "a PDF file",
}
# What a text is, by its opening, for the one line that refuses it under a binary format's suffix.
TEXT_KINDS: tuple[tuple[str, str], ...] = (
    ("<", "an HTML page (rename it .html)"),
    ("", "plain text (rename it .txt)"),
)


def _check_suffix(path: Path, extracted: Extracted) -> None:
    """A file whose suffix names a binary format but whose content is text raises SourceError saying so."""
    claimed = CONTAINER_SUFFIXES.get(path.suffix.lower())
    if claimed is None or extracted.format != "text":
        return
    opening = next((line.text.lstrip() for line in extracted.lines if line.text.strip()), "")
    what = next(what for start, what in TEXT_KINDS if opening.startswith(start))
    raise SourceError(f"not {claimed}: it is {what}", where=str(path))


def _extract(data: bytes, where: str) -> Extracted:
    """The file's lines: from its reader when its content is a known binary format, else as decoded text."""
    read = next((read for _name, accepts, read in BINARY_READERS if accepts(data)), None)
    if read:
        return read(data, where)
    text = unescape_json_markup(decode(data, where))  # a scrape of a page's JSON: its HTML escaped in a string
    maker = GENERATOR.search(text[:HEAD_REACH])
    return Extracted("text", tuple(split_lines(text)), maker=maker.group(1) if maker else None)


# A page's <meta name="generator" content="…">: the program that made it names itself in the page's head.
GENERATOR = re.compile(
    r"""<meta\s+name\s*=\s*["']?generator["']?\s+content\s*=\s*["']?([^"'<>]{1,60}?)["']?\s*/?>""", re.I
)
HEAD_REACH = 4000  # the page's head is at its top
CUT_SHORT = "the file ends in the middle of a character: cut short? (read without it)"


def _with_fallbacks(draft: Draft, extracted: Extracted) -> Draft:
    """The draft with the file's own title (document properties) where its text gave none. Never a date: a
    file's dates are its copy's (the day it was saved or printed), not its document's."""
    return dataclasses.replace(draft, title=draft.title or extracted.title)


def read_source(path: Path) -> Source:
    """Read one source file into a Source; a file that is not usable text raises SourceError."""
    where = str(path)
    data, mtime = _read_bytes(path)
    extracted = _extract(data, where)
    if extracted.maker == OWN_MAKER:
        raise SourceError(OWN_OUTPUT, where=where)
    if not any(line.text.strip() for line in extracted.lines):
        raise SourceError("empty file" if extracted.format == "text" else "no text in it", where=where)
    _check_suffix(path, extracted)
    # anti-copy junk out before the title and format are taken from the lines; out of a page's text, not its
    # markup, whose tags the junk's signs would take with it (…</font><br>: lines run together, the junk's first
    # sign left): the page's reader drops the elements that hide it, and the junk left in its text goes here after
    markup = looks_like_html(list(extracted.lines))
    lines, jammer = (list(extracted.lines), None) if markup else drop_jammer(list(extracted.lines))
    lines, glosses = drop_pinyin_glosses(lines)
    lines, terms = drop_site_chrome(lines)
    lines = split_speech_title(lines)
    lines, first_title = original_title(lines)  # a repost's 原标题：…, the title when the copy shows none
    draft = _with_fallbacks(read_format(lines), dataclasses.replace(extracted, title=extracted.title or first_title))
    if markup:
        page_body, jammer = drop_jammer(list(draft.body))
        draft = dataclasses.replace(draft, body=tuple(page_body))
    body, notes = repair(draft.body)
    # the title's repeats and the byline after them go here, for every format at once, after the repairs (which
    # may take out a block between the title and a repeat)
    body = strip_echoes(body, draft.title, draft.meta.author)
    body, closing = closing_byline(body)  # a paper's reporters after the article: a byline, never text
    body, opening = opening_byline(body)  # … or set among its first lines (◎ 王某某, 記者某某／北京報導)
    body, dateline = take_dateline(body)  # … or in its dateline (本报北京3月5日电（记者 王某某）), no words of the text
    if draft.meta.author is None:  # a dispatch's reporters, credited as it opens or after the article
        author = dispatch_reporters(body) or dateline.reporters or opening or closing
        draft = dataclasses.replace(draft, meta=dataclasses.replace(draft.meta, author=author))
    if draft.meta.date is None and dateline.date:  # the day the dateline gives, when nothing else dates the text
        draft = dataclasses.replace(draft, meta=dataclasses.replace(draft.meta, date=dateline.date))
    title, paper = title_and_paper(without_author_label(draft.title, draft.meta.author))
    meta = draft.meta if draft.meta.publication or not paper else dataclasses.replace(draft.meta, publication=paper)
    draft = dataclasses.replace(draft, title=title, meta=meta)
    cut = CUT_SHORT if extracted.format == "text" and ends_mid_character(data) else None
    notes = [note for note in (cut, jammer, glosses, terms) if note] + notes
    if not body:
        raise SourceError("no body text (only a header or page furniture)", where=where)
    script = detect_script("\n".join([draft.title or "", *(line.text for line in body)]))
    paragraphs = _paragraphs(where, body, dict(extracted.pages))
    lined = extracted.format == "text" and draft.format != "html"  # by what the file is, whatever its name
    return Source(where, path.stem, draft.title, draft.meta, script, paragraphs, tuple(notes), mtime, lined)
