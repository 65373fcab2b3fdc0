"""Saved web pages (.mhtml/.mht, "Web page, single file") → the page's HTML, read like any HTML page.

An MHTML file is a MIME message (RFC 2557): the page is its first text/html part, the images and styles
the other parts; the standard library's `email` package takes it apart.
"""

from __future__ import annotations

import email
import re
from email.message import Message

from study.errors import SourceError
from study.read.binary import Extracted
from study.read.decode import decode
from study.read.html import without_site_suffix
from study.read.lines import split_lines

HEAD_BYTES = 4096
# The message header, where MHTML says what it is; matched in the first bytes only.
MIME_HEADER = re.compile(rb"^mime-version\s*:", re.IGNORECASE | re.MULTILINE)
MULTIPART = re.compile(rb"^content-type\s*:\s*multipart/related", re.IGNORECASE | re.MULTILINE)
HEADER_LINE = re.compile(rb"^[A-Za-z][\w-]*\s*:")
# Labels pages use for codecs that a wider codec reads correctly (GB2312 pages hold GBK characters).
WIDER_CODECS: dict[str, str] = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
PAGE_TYPES = ("text/html", "text/plain")


def looks_like_mhtml(data: bytes) -> bool:
    """True for a MIME message with a multipart/related body: a saved single-file web page."""
    head = data[:HEAD_BYTES].lstrip()
    return bool(HEADER_LINE.match(head)) and bool(MIME_HEADER.search(head)) and bool(MULTIPART.search(head))


def _page(message: Message) -> Message | None:
    """The part that is the page itself: the first HTML part, else the first plain-text one."""
    parts = [part for part in message.walk() if not part.is_multipart()]
    return next((p for kind in PAGE_TYPES for p in parts if p.get_content_type() == kind), None)


def _text(part: Message, where: str) -> str:
    """A part's text, decoded by its own charset label (GB2312 read as GB18030); without a label the
    encoding is detected as for a text file."""
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    label = part.get_content_charset()
    if label is None:
        return decode(data, where)
    codec = WIDER_CODECS.get(label.lower(), label.lower())
    try:
        return data.decode(codec, errors="replace")
    except LookupError:
        return decode(data, where)


def read_mhtml(data: bytes, where: str) -> Extracted:
    """A saved web page's HTML (or text) as lines, for the HTML reader to take apart."""
    message = email.message_from_bytes(data)
    page = _page(message)
    if page is None:
        raise SourceError("a saved web page (.mhtml) without an HTML page in it", where=where)
    subject = _header_text(message.get("Subject"))  # the page's <title>, the site's name after it
    text = _text(page, where)
    return Extracted("mhtml", tuple(split_lines(text)), without_site_suffix(subject) if subject else None)


def _header_text(value: object) -> str | None:
    """A decoded header value (=?utf-8?…?= words), or None when missing or blank."""
    if value is None:
        return None
    decoded = email.header.make_header(email.header.decode_header(str(value)))
    return " ".join(str(decoded).split()) or None
