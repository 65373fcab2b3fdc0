"""study's own outputs (sheets, answer keys, outlines, the home page) given back as sources are refused in one
line naming them, never read as a document; a page another program made is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from study.cli import main
from study.read.binary import OWN_OUTPUT
from tests.read.makers import ReadBytes, one_line_error

NOTICE = (
    "关于做好节约用水工作的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n"
    "一、加强宣传。各单位要广泛宣传节约用水的意义。\n\n二、完善制度。各单位要健全用水管理制度。\n"
)
BODY = "<p>各单位要广泛宣传节约用水的意义，健全用水管理制度，认真落实各项措施。</p>"


def _built(tmp_path: Path) -> Path:
    """The dist/ of a course built from one made-up notice, with its sheets as HTML and PDF."""
    sources, dist = tmp_path / "sources", tmp_path / "dist"
    sources.mkdir()
    (sources / "notice.txt").write_text(NOTICE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--sources", str(sources), "--dist", str(dist), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return dist


def test_the_sheets_a_build_wrote_are_refused_as_sources(tmp_path: Path, read_bytes: ReadBytes) -> None:
    dist = _built(tmp_path)
    outputs = [dist / "index.html", *sorted((dist / "html").glob("*")), *sorted((dist / "pdf").glob("*"))]
    # the home page, the outline, exercises and answers as HTML and PDF, the document's and the course's
    assert len(outputs) == 13
    for output in outputs:
        message = one_line_error(read_bytes, output.read_bytes(), output.name)
        assert message.endswith(OWN_OUTPUT)


@pytest.mark.parametrize("maker", ["WordPress 6.4", "Microsoft Word 15", "study-notes 2.0"])
def test_a_page_another_program_made_is_read(read_bytes: ReadBytes, maker: str) -> None:
    page = (
        f'<html><head><meta charset="utf-8"><meta name="generator" content="{maker}"><title>节水札记</title></head>'
        f"<body><h1>节水札记</h1>{BODY}</body></html>"
    )
    assert read_bytes(page.encode("utf-8"), "page.html").title == "节水札记"
