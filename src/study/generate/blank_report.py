"""`study blanks`: input lines in, ranked blanks out (JSON lines or the text with its best blank)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from study.config import discover
from study.errors import StudyError
from study.generate.blanks import Blank, rank_blanks
from study.generate.terms import Vocabulary, build_vocabulary
from study.model import Course, Document
from study.parse import load_document

GAP = "（   ）"
# Characters JSON leaves raw that some readers take for line ends: escaped, so one object stays one line.
LINE_SAFE = str.maketrans({ch: f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"})


def course_vocabulary(sources: Path, warn: Callable[[str], None]) -> Vocabulary | None:
    """The vocabulary of the course in `sources`, or None when there is none or it cannot be read."""
    if not sources.is_dir():
        return None
    try:
        paths = discover(sources)
    except StudyError:  # a folder without sources is no course: rank without one
        return None
    except Exception as exc:  # a broken course must not stop blank ranking
        warn(f"warning: {sources}: course vocabulary not built ({exc})")
        return None
    documents = [doc for path in paths if (doc := _document_or_none(path, load_document, warn)) is not None]
    return build_vocabulary(Course(course_id="", title=str(sources), documents=tuple(documents)))


def _document_or_none(path: Path, load: Callable[[Path], Document], warn: Callable[[str], None]) -> Document | None:
    """One parsed source, or None (with a warning) when it cannot be read or parsed."""
    try:
        return load(path)
    except Exception as exc:  # one bad source leaves the rest of the vocabulary
        warn(f"warning: {path}: left out of the course vocabulary ({exc})")
        return None


def read_lines(texts: Iterable[str], file_text: str | None, stdin: Iterable[str]) -> list[str]:
    """The input lines: the arguments, else the lines of a file's text (decoded as a source is), else standard
    input's."""
    texts = list(texts)
    if texts:
        return texts
    if file_text is not None:
        return newline_lines(file_text)
    return [line.rstrip("\r\n") for line in stdin]


def newline_lines(text: str) -> list[str]:
    """The lines of a text split at newlines only (str.splitlines also splits at rarer separators, such as
    U+2028, which would break the one-output-per-input-line promise)."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    return lines[:-1] if lines and not lines[-1] else lines


def blank_dict(blank: Blank) -> dict[str, object]:
    """One blank as a JSON object."""
    return dataclasses.asdict(blank)


def json_line(text: str, vocab: Vocabulary | None) -> str:
    """One input line and its ranked blanks, as one line of JSON."""
    ranked = [blank_dict(b) for b in rank_blanks(text, vocab)]
    line = json.dumps({"text": text, "blanks": ranked}, ensure_ascii=False)
    return line.translate(LINE_SAFE)


def text_line(text: str, vocab: Vocabulary | None) -> str:
    """The line with its best blank drawn as a gap, then the answer."""
    ranked = rank_blanks(text, vocab)
    if not ranked:
        return text
    best = ranked[0]
    return f"{text[: best.start]}{GAP}{text[best.end :]}\t{best.answer}"


FORMATS: dict[str, Callable[[str, Vocabulary | None], str]] = {"json": json_line, "text": text_line}
