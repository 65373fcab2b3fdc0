"""What a reader of a binary or packaged file (.docx, .pdf, .mhtml) hands on: lines, and the file's own
title for when the text has none; and what the readers share about failing in one line."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass

from study import MAKER
from study.read.lines import Line

# What zipfile raises on a damaged or unsupported archive (RuntimeError: encrypted; NotImplementedError:
# a compression method or version it does not know).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError)
REASON_CHARS = 120  # a reason longer than this is cut: the user is shown one line


@dataclass(frozen=True)
class Extracted:
    """The text lines a file's reader found, and the title its properties give (a fallback)."""

    format: str
    lines: tuple[Line, ...]
    title: str | None = None
    maker: str | None = None  # the program that made the file, as it names itself (a PDF's Creator)
    # the page each line starts on, by line number (a PDF's: what an answer key cites); empty for a file of no pages
    pages: tuple[tuple[int, int], ...] = ()


# a sheet, answer key or outline study built (its maker study.MAKER), given back as a source, is refused, never
# read as a document
OWN_MAKER = MAKER
OWN_OUTPUT = (
    "one of study's own outputs (a sheet, an answer key or an outline it built): give the source document instead"
)


def reason(exc: Exception) -> str:
    """An exception's message on one line, for the one line the user is shown on a file it cannot read."""
    return " ".join(str(exc).split())[:REASON_CHARS] or exc.__class__.__name__


# A file's own title, as its properties give it, is often the name of the file it was saved or printed from: the
# program's name before it and the file's suffix after it (Microsoft Word - 某某.docx, WPS文字 - 某某), and a copy's
# marks ((1), - 副本, [兼容模式]) go, repeatedly, as the name carries several in turn.
PROGRAM_PREFIX = re.compile(
    r"^(?:Microsoft\s+(?:Office\s+)?(?:Word|PowerPoint|Excel)|WPS\s*(?:文字|演示|表格|Office)?)\s*[-–—]\s*",
    re.IGNORECASE,
)
FILE_MARKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\.(?:docx?|docm|dotx?|wps|wpt|rtf|odt|pdf|txt)$", re.IGNORECASE),  # the file's suffix
    re.compile(r"\s*(?:[-–—]\s*)?[\[［(（]?\s*兼容模式\s*[\]］)）]?$"),  # Word's compatibility mode
    re.compile(r"\s*[(（]\d{1,2}[)）]$"),  # a second download's or copy's number: 某某(1)
    re.compile(r"\s*[-–—]\s*副本(?:\s*[(（]?\d{1,2}[)）]?)?$"),  # a copy's: 某某 - 副本
)
# … and a name that titles nothing: a program's default name (文档1, Document1, 新建 Microsoft Word 文档, 无标题), a
# number or date alone (1, 20230506), an attachment's label alone (附件2).
NO_TITLE = re.compile(
    r"^(?:新建\s*)?(?:Microsoft\s*)?(?:Word\s*|WPS\s*)?(?:文档|文字文稿|Document|Doc)\s*\d*$|^无标题|^Untitled"
    r"|^附件\s*\d{0,2}$|^[\d\s._\-]+$",
    re.IGNORECASE,
)


def property_title(given: str) -> str | None:
    """The title a file's properties give, as a title: without the program's name, the file's suffix and a copy's
    marks around a file's name; None when blank or a name that titles nothing (see NO_TITLE)."""
    title = PROGRAM_PREFIX.sub("", " ".join(given.split()))
    before = None
    while before != title:
        before = title
        for mark in FILE_MARKS:
            title = mark.sub("", title).strip()
    return title if title and not NO_TITLE.match(title) else None
