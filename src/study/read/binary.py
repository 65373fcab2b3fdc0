"""What a reader of a binary or packaged file (.docx, .pdf, .mhtml) hands on: lines, and the file's own
title for when the text has none; and what the readers share about failing in one line."""

from __future__ import annotations

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
