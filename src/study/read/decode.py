"""Bytes → text: the encoding is detected (BOM, strict UTF-8, then the most plausible CJK legacy codec)."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from functools import lru_cache

from study.errors import SourceError
from study.read.binary import ZIP_ERRORS

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# File signatures of things users drop into sources/ by mistake.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.xls/.ppt)"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document (save it as .docx or .txt)"),  # Word's rich text, often saved as a .doc
)

# What a zip archive that is not a Word .docx (read before decoding) is, by a part inside it.
ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx): save its text as .docx or .txt"),
    ("ppt/presentation.xml", "a PowerPoint file (.pptx): save its text as .docx or .txt"),
    ("content.xml", "an OpenDocument file: save it as .docx"),
)
DAMAGED_ZIP = "a damaged zip archive (a .docx cut short?)"

# Legacy codecs tried after UTF-8, in order of preference when equally plausible.
LEGACY_CODECS: tuple[str, ...] = ("gb18030", "big5", "cp950")

NOT_TEXT = "not UTF-8, GB18030 or Big5 text"
MIN_PLAUSIBLE = 0.75  # share of expected characters a real document easily exceeds
MAX_CONTROL_SHARE = 0.01
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def _chars_of(codec: str, leads: range, trails: list[int]) -> frozenset[str]:
    """Every character a two-byte codec maps the given lead and trail bytes to."""
    chars: set[str] = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    """The common hanzi of both scripts: GB2312 level 1 (simplified) and Big5 常用字 (traditional)."""
    # Derived from the codecs' own tables, so no word list has to ship with the package.
    simplified = _chars_of("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    traditional = _chars_of("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    return simplified | traditional


def _expected(ch: str) -> bool:
    """True for a character a Chinese text is made of: common hanzi, ASCII, CJK and full-width punctuation."""
    return (
        ch.isascii()
        or ch in common_hanzi()
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or "\u2010" <= ch <= "\u2027"
        or "\u2460" <= ch <= "\u24ff"
    )


def plausibility(text: str) -> float:
    """The share of non-space characters that a Chinese document would be expected to contain."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 1.0
    return sum(map(_expected, chars)) / len(chars)


def _control_share(text: str) -> float:
    """The share of control characters (other than line and tab breaks): high in binary data."""
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS)
    return controls / len(text)


def _zip_kind(data: bytes) -> str | None:
    """What kind of document a zip archive holds, by its parts, or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except ZIP_ERRORS:
        return DAMAGED_ZIP
    return next((what for part, what in ZIP_KINDS if part in names), None)


def _magic(data: bytes) -> str | None:
    """What a known binary signature says the file is, or None."""
    what = next((what for sig, what in MAGIC if data.startswith(sig)), None)
    return (_zip_kind(data) or what) if data.startswith(b"PK") else what


def _bom_codec(data: bytes) -> str | None:
    """The codec named by the file's byte-order mark, or None."""
    return next((codec for bom, codec in BOMS if data.startswith(bom)), None)


def _try(data: bytes, codec: str) -> str | None:
    """The text when `data` decodes strictly with `codec`, else None."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


CUT_REASON = "unexpected end of data"  # what Python says of a UTF-8 character the bytes end in


UTF8_BOM = b"\xef\xbb\xbf"


def _utf8(data: bytes) -> str | None:
    """The text when `data` is UTF-8, a character cut off at its end aside (a file copied half, ending in the middle
    of a character), else None."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        cut = error.reason == CUT_REASON and error.end == len(data)
        return _try(data[: error.start], "utf-8") if cut else None


def ends_mid_character(data: bytes) -> bool:
    """True for UTF-8 text (maybe after its mark) cut short in the middle of its last character."""
    data = data.removeprefix(UTF8_BOM)
    return _try(data, "utf-8") is None and _utf8(data) is not None


def _legacy(data: bytes) -> str | None:
    """The most plausible decoding among the legacy CJK codecs, or None when none is plausible."""
    candidates = [text for codec in LEGACY_CODECS if (text := _try(data, codec)) is not None]
    if not candidates:
        return None
    best = max(candidates, key=plausibility)  # max keeps the first of equals: GB18030 wins ties
    return best if plausibility(best) >= MIN_PLAUSIBLE else None


def _decode_marked(data: bytes, codec: str, where: str) -> str:
    """Text whose byte-order mark names its codec; bytes that break that codec are an error."""
    text = _utf8(data.removeprefix(UTF8_BOM)) if codec == "utf-8-sig" else _try(data, codec)
    if text is None:
        raise SourceError(f"not valid {codec.removesuffix('-sig').upper()} text", where=where)
    return text.removeprefix("\ufeff")


def _decode_unmarked(data: bytes, where: str) -> str | None:
    """Text without a byte-order mark: refused when binary, else UTF-8 (maybe cut short in its last character) or
    the most plausible legacy codec."""
    what = _magic(data)
    if what is not None:
        raise SourceError(f"{what}, not text", where=where)
    if b"\x00" in data:
        raise SourceError("not text (it contains NUL bytes)", where=where)
    return _utf8(data) or _legacy(data)


# ---------------------------------------------------------------- text garbled before it came here

# A file whose lines are in two encodings (a UTF-8 file with lines pasted in from a GBK one, or the other way): each
# line is text in one codec, the whole in none, or read in the wrong one for some lines. Named with a line of each.
MIXED = "mixed encodings: line {utf8} is UTF-8, line {legacy} {codec} (save the file in one encoding)"
# A text once decoded with the wrong codec and saved again (mojibake): its characters are those of its UTF-8 bytes
# read as Latin-1 / Windows-1252 (åŸºå±‚) or as GBK (鍩哄眰); read back the other way it is plausible text again.
MOJIBAKE_CODECS: tuple[tuple[str, str], ...] = (
    ("latin-1", "Latin-1"),
    ("cp1252", "Windows-1252"),
    ("gb18030", "GBK"),
)
MOJIBAKE = "garbled text (mojibake): UTF-8 once read as {codec} and saved again; give the original file"
MOJIBAKE_GAIN = 0.2  # read back, the text is this much more plausible at least
# A text in which an earlier wrong decoding replaced characters by U+FFFD (�): what they were is lost.
REPLACED = "garbled text: {count} characters lost as � by a wrong decoding before it was saved; give the original file"
REPLACED_MIN = 5  # this many replacement characters, and this share of the text, are no stray one in a copy
REPLACED_SHARE = 0.01
# … or the replacement character's UTF-8 bytes read as GBK in turn: 锟斤拷, never words of a text
REPLACED_IN_GBK = "锟斤拷"
REPLACED_TWICE = "garbled text: characters lost as 锟斤拷 (� read as GBK) by wrong decodings; give the original file"
MULTIBYTE_MIN = 2  # a line holding this many multi-byte characters shows its encoding


def _line_codec(raw: bytes) -> str | None:
    """The codec of one line of bytes: 'utf-8' for a line of UTF-8 characters beyond ASCII, a legacy codec for a
    line that is plausible only in it, None for an ASCII line or one that tells nothing."""
    if raw.isascii():
        return None
    text = _try(raw, "utf-8")
    if text is not None:  # (a legacy line valid as UTF-8 by chance reads as rare characters: implausible)
        multibyte = sum(1 for ch in text if not ch.isascii()) >= MULTIBYTE_MIN
        return "utf-8" if multibyte and plausibility(text) >= MIN_PLAUSIBLE else None
    legacy = _legacy(raw)
    return next((codec for codec in LEGACY_CODECS if legacy is not None and _try(raw, codec) == legacy), None)


def mixed_encodings(data: bytes) -> str | None:
    """The one line saying a file's lines are in two encodings, naming a line of each; None for a file in one."""
    first: dict[str, int] = {}
    for no, raw in enumerate(data.split(b"\n"), 1):
        codec = _line_codec(raw.rstrip(b"\r"))
        if codec is not None:
            first.setdefault(codec, no)
    legacy = next((codec for codec in LEGACY_CODECS if codec in first), None)
    if "utf-8" not in first or legacy is None:
        return None
    return MIXED.format(utf8=first["utf-8"], legacy=first[legacy], codec="GB18030" if legacy == "gb18030" else "Big5")


def garbled(text: str) -> str | None:
    """The one line saying a decoded text was garbled before it came here (mojibake, lost characters), else None."""
    count = text.count("\ufffd")
    if count >= REPLACED_MIN and count >= REPLACED_SHARE * len(text):
        return REPLACED.format(count=count)
    if REPLACED_IN_GBK in text:
        return REPLACED_TWICE
    if text.isascii():
        return None
    before = plausibility(text)
    for codec, name in MOJIBAKE_CODECS:
        try:
            again = text.encode(codec).decode("utf-8", "replace")
        except UnicodeEncodeError:
            continue
        lost = again.count("\ufffd") - count
        if lost <= REPLACED_SHARE * len(again) and plausibility(again) >= max(MIN_PLAUSIBLE, before + MOJIBAKE_GAIN):
            return MOJIBAKE.format(codec=name)
    return None


def decode(data: bytes, where: str) -> str:
    """The text of a source file's bytes; SourceError when the bytes are not text in a known encoding, are in two,
    or were garbled before (see garbled)."""
    codec = _bom_codec(data)
    text = _decode_marked(data, codec, where) if codec else _decode_unmarked(data, where)
    mixed = mixed_encodings(data) if codec is None and (text is None or not _is_utf8(data)) else None
    if mixed:
        raise SourceError(mixed, where=where)
    if text is None or _control_share(text) > MAX_CONTROL_SHARE:
        raise SourceError(garbled(_try(data, "utf-8") or "") or NOT_TEXT, where=where)
    problem = garbled(text)
    if problem:
        raise SourceError(problem, where=where)
    return text


def _is_utf8(data: bytes) -> bool:
    """True for bytes that are UTF-8 text (a character cut off at the end aside)."""
    return _utf8(data) is not None
