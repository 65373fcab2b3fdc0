"""Bad input end to end: a course folder with a binary, an empty, a GBK and a Big5 file; files that are not what
their suffix says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from study.cli import main
from tests.read.makers import ReadBytes, one_line_error

GBK_TEXT = "节水工作要点\n\n各单位要高度重视节约用水工作，认真落实各项措施。一要加强宣传，二要完善制度。\n"
BIG5_TEXT = "鄉村水利筆記\n\n各級機關應當認真總結經驗，廣泛聽取群眾意見。一要轉變觀念，二要健全制度。\n"


def _course(root: Path) -> Path:
    """A sources/ folder with two good legacy-encoded files and two bad ones; only outlines are built."""
    sources = root / "sources"
    sources.mkdir()
    (sources / "course.toml").write_text('outputs = ["outline"]\n', encoding="utf-8")
    (sources / "a_gbk.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (sources / "b_big5.txt").write_bytes(BIG5_TEXT.encode("big5"))
    (sources / "c_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    (sources / "d_empty.txt").write_bytes(b"")
    return sources


def test_build_reads_the_text_files_and_refuses_the_others_in_one_line_each(tmp_path: Path) -> None:
    sources, dist = _course(tmp_path), tmp_path / "dist"
    result = CliRunner().invoke(main, ["build", "--sources", str(sources), "--dist", str(dist)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit status, not a crash
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("c_image.txt: a PNG image, not text" in line for line in errors)
    assert any("d_empty.txt: empty file" in line for line in errors)
    outline = {p.name for p in (dist / "outline").iterdir()}
    assert {"a_gbk.json", "b_big5.json"} <= outline
    big5 = json.loads((dist / "outline" / "b_big5.json").read_text(encoding="utf-8"))
    assert big5["title"] == "鄉村水利筆記" and big5["script"] == "traditional"


def test_parse_names_each_bad_file_and_still_prints_the_good_ones(tmp_path: Path) -> None:
    sources = _course(tmp_path)
    files = [str(p) for p in sorted(sources.glob("*.txt"))]
    result = CliRunner().invoke(main, ["parse", "--format", "json", *files])
    assert result.exit_code == 1
    assert result.output.count('"title"') == 2
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("notice.docx", GBK_TEXT.encode("gbk"), "not a Word .docx file: it is plain text (rename it .txt)"),
        ("notice.pdf", GBK_TEXT.encode("utf-8"), "not a PDF file: it is plain text (rename it .txt)"),
        ("notice.docx", b"<html><body><p>" + GBK_TEXT.encode("utf-8") + b"</p></body></html>", "an HTML page"),
        ("notice.doc", b"{\\rtf1\\ansi\\ansicpg936 \\f0 \\'bd\\'da\\'cb\\'ae\\par}", "an RTF document"),
    ],
    ids=["text-as-docx", "text-as-pdf", "html-as-docx", "rtf-as-doc"],
)
def test_a_file_that_is_not_what_its_suffix_says_is_refused_in_one_line(
    read_bytes: ReadBytes, name: str, data: bytes, said: str
) -> None:
    assert said in one_line_error(read_bytes, data, name)


def test_a_word_file_saved_as_text_or_a_web_page_is_read_for_what_it_is(read_bytes: ReadBytes) -> None:
    # Word opens a .doc that is text or a web page: so does the reader
    source = read_bytes(GBK_TEXT.encode("gbk"), "notice.doc")
    assert source.title == "节水工作要点"
