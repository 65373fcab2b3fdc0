"""One made-up document as .txt, .html, .mhtml, .docx (automatic numbering) and .pdf gives one outline."""

from __future__ import annotations

from pathlib import Path

import pytest

from study.errors import SourceError
from study.model import pretty
from study.parse import parse
from study.read import read_source
from tests.read import made_up
from tests.read.makers import mhtml_of, texts

WRITERS = {
    "plan.txt": lambda: made_up.as_text().encode("utf-8"),
    "plan.html": lambda: made_up.as_html().encode("utf-8"),
    "plan.mhtml": lambda: mhtml_of(made_up.as_html()),
    "plan.docx": made_up.as_docx,
    "plan.pdf": made_up.as_pdf,
}


@pytest.fixture(scope="module")
def plain_outline(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The outline of the plain-text copy."""
    path = tmp_path_factory.mktemp("txt") / "plan.txt"
    path.write_text(made_up.as_text(), encoding="utf-8")
    return pretty(parse(read_source(path)).lists)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_format_gives_the_plain_text_outline(tmp_path: Path, plain_outline: str, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(WRITERS[name]())
    source = read_source(path)
    assert source.title == made_up.TITLE
    assert texts(source) == made_up.numbered()
    assert pretty(parse(source).lists) == plain_outline
    assert plain_outline.count("\n") == 11


@pytest.mark.parametrize("name", ["plan.docx", "plan.pdf"])
@pytest.mark.parametrize("keep", [0.05, 0.3, 0.6, 0.9, 0.99])
def test_a_file_cut_short_is_read_or_refused_in_one_line(tmp_path: Path, name: str, keep: float) -> None:
    data = WRITERS[name]()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * keep)])
    try:
        read_source(path)
    except SourceError as exc:
        assert "\n" not in exc.format_message()
