"""Tracked changes in a .docx: the text read is the text as accepted (UAT 22: a paragraph deleted with its mark
still took a number of Word's list, giving （四） after （二） and a false warning that the numbering skips 3)."""

from __future__ import annotations

from study.parse import parse
from tests.read.makers import OFFICIAL, Docx, ReadBytes, para, texts

MARK_DELETED = '<w:rPr><w:del w:id="7" w:author="某老师" w:date="2024-01-01T00:00:00Z"/></w:rPr>'


def deleted_text(text: str) -> str:
    """A run deleted with tracked changes."""
    return f'<w:del w:id="8" w:author="某老师"><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def numbered(text: str, runs: str = "", mark_deleted: bool = False) -> str:
    """A paragraph at level （一） of the official list, its mark deleted when asked."""
    p = para(text, 1, 1, runs=runs)
    return p.replace("</w:numPr>", "</w:numPr>" + MARK_DELETED, 1) if mark_deleted else p


def official(*body: str) -> Docx:
    """A .docx of the given paragraphs numbered by the official levels."""
    return Docx([para("学习体会分三点。"), *body], abstracts={0: OFFICIAL}, nums={1: (0, {})})


def test_a_paragraph_deleted_with_its_mark_takes_no_number(read_bytes: ReadBytes) -> None:
    doc = official(
        numbered("坚持学思结合"),
        numbered("坚持知行合一"),
        numbered("", runs=deleted_text("坚持删去的一条"), mark_deleted=True),
        numbered("坚持久久为功"),
    )
    source = read_bytes(doc.bytes(), "a.docx")
    assert texts(source)[1:] == ["（一）坚持学思结合", "（二）坚持知行合一", "（三）坚持久久为功"]
    assert not [warning for warning in parse(source).warnings if "skip" in warning]


def test_the_text_left_of_a_paragraph_whose_mark_is_deleted_runs_on_into_the_next(read_bytes: ReadBytes) -> None:
    doc = official(numbered("坚持学思结合，"), numbered("做到学以致用"))
    merged = official(numbered("坚持学思结合，", mark_deleted=True), numbered("做到学以致用"))
    assert texts(read_bytes(doc.bytes(), "a.docx"))[1:] == ["（一）坚持学思结合，", "（二）做到学以致用"]
    assert texts(read_bytes(merged.bytes(), "a.docx"))[1:] == ["（一）坚持学思结合，做到学以致用"]


def test_text_left_with_no_paragraph_after_it_is_kept(read_bytes: ReadBytes) -> None:
    last = f"<w:p><w:pPr>{MARK_DELETED}</w:pPr><w:r><w:t>最后一段的文字。</w:t></w:r></w:p>"
    assert texts(read_bytes(official(numbered("坚持学思结合"), last).bytes(), "a.docx"))[1:] == [
        "（一）坚持学思结合",
        "最后一段的文字。",
    ]
