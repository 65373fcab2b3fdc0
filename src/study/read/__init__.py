"""Reading: bytes → a clean Source (decoded text, metadata, paragraphs with a simplified shadow).

decode.py detects the encoding, formats.py (with web.py and head.py) finds the title, metadata and
body, repair.py mends the body's paragraphs, script.py gives each paragraph its simplified shadow.
"""

from __future__ import annotations

from pathlib import Path

from study.errors import SourceError
from study.model import Loc, Paragraph, Source
from study.read.decode import decode
from study.read.formats import read_format
from study.read.lines import Line, split_lines
from study.read.repair import repair
from study.read.script import detect_script, simplify

__all__ = ["read_source"]


def _read_bytes(path: Path) -> tuple[bytes, float]:
    """The file's bytes and modification time; a missing or unreadable file is a SourceError."""
    try:
        return path.read_bytes(), path.stat().st_mtime
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise SourceError(f"cannot read ({reason})", where=str(path)) from None


def _paragraphs(where: str, body: list[Line]) -> tuple[Paragraph, ...]:
    """The body's paragraphs with their shadows and their places in the original file."""
    return tuple(
        Paragraph(line.text, simplify(line.text), Loc(where, line.no, index), line.level) for index, line in enumerate(body)
    )


def read_source(path: Path) -> Source:
    """Read one source file into a Source; a file that is not usable text raises SourceError."""
    where = str(path)
    data, mtime = _read_bytes(path)
    text = decode(data, where)
    if not text.strip():
        raise SourceError("empty file", where=where)
    draft = read_format(split_lines(text))
    body, notes = repair(draft.body)
    if not body:
        raise SourceError("no body text (only a header or page furniture)", where=where)
    script = detect_script("\n".join([draft.title or "", *(line.text for line in body)]))
    paragraphs = _paragraphs(where, body)
    return Source(where, path.stem, draft.title, draft.meta, script, paragraphs, tuple(notes), mtime)
