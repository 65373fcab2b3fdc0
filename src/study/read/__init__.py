"""Reading: bytes → a clean Source (decoded text, metadata, paragraphs with a simplified shadow).

PLACEHOLDER: a minimal reader so the pipeline runs end to end; replaced by the full reader.
"""

from __future__ import annotations

import re
from pathlib import Path

from study.errors import SourceError
from study.model import Loc, Meta, Paragraph, Source
from study.read.script import detect_script, simplify


def read_source(path: Path) -> Source:
    """Read one source file into a Source; a file that is not usable text raises SourceError."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read ({exc.__class__.__name__})", where=str(path)) from None
    title = None
    meta = Meta()
    lines = text.splitlines()
    m = re.search(r"〖BT/标题〗(.*?)〖", text) or re.search(r"^标题：(.*)$", text, re.M)
    if m:
        title = m.group(1).strip()
    paragraphs = []
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s and not s.startswith("〖"):
            paragraphs.append(Paragraph(s, simplify(s), Loc(str(path), i, len(paragraphs))))
    return Source(str(path), path.stem, title, meta, detect_script(text), tuple(paragraphs))
