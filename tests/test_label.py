"""What the course calls a document (Document.label): its title, else a name its file or its text gives."""

from __future__ import annotations

import pytest

from study.model import Document, Loc, Meta, Paragraph, Source


def document(stem: str, title: str | None, *texts: str) -> Document:
    """A document of these paragraphs, read from a file of this stem."""
    paragraphs = tuple(Paragraph(text, text, Loc(stem, n + 1, 0)) for n, text in enumerate(texts))
    return Document(Source(f"{stem}.txt", stem, title, Meta(), "simplified", paragraphs), ())


@pytest.mark.parametrize(
    ("stem", "title", "texts", "label"),
    [
        ("007_5e1f9a", "关于加强作风建设的意见", ("全文如下。",), "关于加强作风建设的意见"),
        ("作风建设讲话", None, ("同志们：今天我们召开会议。",), "作风建设讲话"),  # the file's own name
        ("007_5e1f9a", None, ("", "抓作风就是抓发展。作风过硬，事业才能兴旺。"), "抓作风就是抓发展"),
        ("2024-03-08", None, ("同志们：",), "同志们"),
        # a salutation says nothing: the words after it name the speech
        ("2024-03-08", None, ("同志们、朋友们：", "今天我们召开全县作风建设大会。"), "今天我们召开全县作风建设大会"),
        (
            "doc1",
            None,
            ("密切联系群众是我们党区别于其他政党的显著标志，也是做好工作的根本要求。",),
            "密切联系群众是我们党区别于其他政党的显…",
        ),
        ("007_5e1f9a", None, (), "007_5e1f9a"),  # nothing to call it by but its file
        ("08_作风建设讲话", None, ("同志们：",), "作风建设讲话"),  # the number that orders the course goes
        ("3、作风建设讲话", None, ("同志们：",), "作风建设讲话"),
        ("2024-03_作风建设讲话", None, ("同志们：",), "2024-03_作风建设讲话"),  # a date is the name's own
    ],
)
def test_a_documents_label(stem: str, title: str | None, texts: tuple[str, ...], label: str) -> None:
    assert document(stem, title, *texts).label == label
    assert len(document(stem, title, *texts).label) <= max(20, len(title or stem))
