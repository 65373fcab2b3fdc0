"""Font discovery for the printed sheets: find an installed CJK family by name with fontconfig.

WeasyPrint must be given a family *name*: an @font-face on a .ttc file picks its first face, which in
Noto CJK is the Japanese one, so glyph shapes would be wrong.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate

from study.errors import StudyError

# preferred families, best first: serif faces read better on paper; all are Simplified Chinese faces
PREFERRED = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "AR PL UMing CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
)

INSTALL_HINT = "no Chinese (CJK) font is installed: install one, e.g. `apt-get install fonts-noto-cjk`"
NO_FONTCONFIG = "fc-list not found: install fontconfig and a CJK font (`apt-get install fontconfig fonts-noto-cjk`)"


def _fc_list(pattern: str) -> frozenset[str]:
    """The family names fontconfig lists for a pattern (every alias of a multi-named font)."""
    if shutil.which("fc-list") is None:
        raise StudyError(NO_FONTCONFIG)
    out = subprocess.run(["fc-list", pattern, "family"], capture_output=True, text=True, check=False).stdout
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(",") if name.strip())


def _escape(name: str) -> str:
    """A family name quoted for a fontconfig pattern, where - : , and backslash are special."""
    return re.sub(r"([-:,\\])", r"\\\1", name)


@functools.cache
def chinese_families() -> frozenset[str]:
    """Every installed family that covers Chinese."""
    return _fc_list(":lang=zh")


def missing_fonts() -> str | None:
    """Why no page can be printed on this machine (no fontconfig, no Chinese font), or None when one can."""
    if shutil.which("fc-list") is None:
        return NO_FONTCONFIG
    return None if chinese_families() else INSTALL_HINT


def best_family(installed: frozenset[str]) -> str:
    """The best installed Chinese family; raise StudyError with the install hint when there is none."""
    for family in PREFERRED:
        if family in installed:
            return family
    # any Simplified Chinese face before any other Chinese one, in a stable order
    ranked = sorted(installed, key=lambda name: (not name.endswith(" SC"), "Mono" in name, name))
    if not ranked:
        raise StudyError(INSTALL_HINT)
    return ranked[0]


def for_script(family: str, installed: frozenset[str], script: str) -> str:
    """The traditional-Chinese sibling of a family (… SC → … TC) for traditional pages, when installed."""
    sibling = family.removesuffix(" SC") + " TC"
    return sibling if script == "traditional" and family.endswith(" SC") and sibling in installed else family


def pick_families(installed: frozenset[str], wanted: str | None, script: str = "simplified") -> tuple[str, ...]:
    """The font stack: the user's family if installed (with a Chinese fallback if it lacks Chinese)."""
    best = for_script(best_family(installed), installed, script)
    if wanted is None:
        return (best,)
    if wanted in installed:
        return (wanted,)
    if wanted in _fc_list(":family=" + _escape(wanted)):
        return (wanted, best)
    raise StudyError(
        f"'{wanted}' is not an installed font family (see `fc-list :lang=zh family`)", where="course.toml: font"
    )


def cjk_families(wanted: str | None = None, script: str = "simplified") -> tuple[str, ...]:
    """The installed font families for a page in `script`, best first; StudyError when none has Chinese."""
    return pick_families(chinese_families(), wanted, script)


@functools.cache
def font_files(family: str) -> tuple[str, ...]:
    """Every installed file of a family, as fontconfig lists it: path, face index, style and font version."""
    if shutil.which("fc-list") is None:
        return ()
    fields = "%{file}|%{index}|%{style[0]}|%{fontversion}\\n"
    out = subprocess.run(["fc-list", "-f", fields, ":family=" + _escape(family)], capture_output=True, text=True)
    return tuple(sorted(line for line in out.stdout.splitlines() if line.strip()))


# ---- embedded font programs ------------------------------------------------------------------------------
# WeasyPrint subsets a font keeping every glyph id below the highest one a page uses (its glyph ids are the
# PDF's character codes). A Noto CJK face has 65,535 glyphs and Chinese ones sit high, so each embedded
# subset carries some 60,000 empty glyphs: 3-byte offsets, metrics and charset entries that compress badly
# (about 150 KB a face, ten times the outlines). A CID-keyed CFF selects glyphs by CID through its charset,
# so the same program cut down to the used glyphs, each keeping its old id as its CID, draws the same page.

CffDict = list[tuple[bytes, bytes]]  # (operator, operands) in order, operands as written
OFFSET_OPERATORS = {b"\x0f": "charset", b"\x11": "CharStrings", b"\x0c\x25": "FDSelect", b"\x0c\x24": "FDArray"}
PRIVATE, SUBRS, ROS = b"\x12", b"\x13", b"\x0c\x1e"


def _card(data: bytes, at: int, size: int) -> int:
    """The unsigned big-endian number of `size` bytes at `at`."""
    return int.from_bytes(data[at : at + size], "big")


def _index_end(data: bytes, at: int) -> int:
    """Where the CFF INDEX starting at `at` ends."""
    count = _card(data, at, 2)
    if count == 0:
        return at + 2
    size = data[at + 2]
    return at + 2 + (count + 1) * size + _card(data, at + 3 + count * size, size)


def _index_items(data: bytes, at: int, wanted: Iterable[int] | None = None) -> list[bytes]:
    """Items of the CFF INDEX at `at`: all of them, or those numbered in `wanted` (read without the others)."""
    count = _card(data, at, 2)
    if count == 0:
        return []
    size = data[at + 2]
    base = at + 2 + (count + 1) * size
    found = []
    for i in range(count) if wanted is None else wanted:
        start, end = _card(data, at + 3 + i * size, size), _card(data, at + 3 + (i + 1) * size, size)
        found.append(data[base + start : base + end])
    return found


def _index(items: Sequence[bytes]) -> bytes:
    """A CFF INDEX holding `items`."""
    if not items:
        return b"\0\0"
    offsets = list(accumulate((len(item) for item in items), initial=1))
    size = max(1, (offsets[-1].bit_length() + 7) // 8)
    head = len(items).to_bytes(2, "big") + bytes([size]) + b"".join(o.to_bytes(size, "big") for o in offsets)
    return head + b"".join(items)


def _operand_length(data: bytes, at: int) -> int:
    """The length in bytes of the DICT operand starting at `at`."""
    b0 = data[at]
    if b0 == 28:
        return 3
    if b0 == 29:
        return 5
    if b0 == 30:  # a real: nibbles up to the 0xf terminator
        end = at + 1
        while data[end] >> 4 != 0xF and data[end] & 0xF != 0xF:
            end += 1
        return end - at + 1
    return 1 if b0 <= 246 else 2


def _read_dict(data: bytes) -> CffDict:
    """A CFF DICT as its (operator, operands) entries, operands left as written."""
    entries: CffDict = []
    start = at = 0
    while at < len(data):
        if data[at] > 21:
            at += _operand_length(data, at)
            continue
        width = 2 if data[at] == 12 else 1
        entries.append((data[at : at + width], data[start:at]))
        at += width
        start = at
    return entries


def _integers(operands: bytes) -> list[int]:
    """The integer operands of a DICT entry."""
    found, at = [], 0
    while at < len(operands):
        b0, width = operands[at], _operand_length(operands, at)
        if b0 in (28, 29):
            found.append(int.from_bytes(operands[at + 1 : at + width], "big", signed=True))
        elif b0 <= 246:
            found.append(b0 - 139)
        elif b0 <= 250:
            found.append((b0 - 247) * 256 + operands[at + 1] + 108)
        else:
            found.append(-(b0 - 251) * 256 - operands[at + 1] - 108)
        at += width
    return found


def _fixed(*numbers: int) -> bytes:
    """Integer operands in their 5-byte form, so a DICT's length does not depend on the offsets in it."""
    return b"".join(b"\x1d" + n.to_bytes(4, "big", signed=True) for n in numbers)


def _write_dict(entries: CffDict, replaced: dict[bytes, bytes]) -> bytes:
    """A CFF DICT with some operators' operands replaced."""
    return b"".join(replaced.get(op, operands) + op for op, operands in entries)


def _fd_of(data: bytes, at: int, glyph_count: int) -> Callable[[int], int]:
    """The font DICT number of a glyph, read from the FDSelect at `at` (format 0 or 3)."""
    if data[at] == 0:
        return lambda gid: data[at + 1 + gid]
    ranges = _card(data, at + 1, 2)
    firsts = [_card(data, at + 3 + 3 * i, 2) for i in range(ranges)]
    fds = [data[at + 5 + 3 * i] for i in range(ranges)]
    return lambda gid: fds[bisect_right(firsts, gid) - 1]


def _fd_select(fds: Sequence[int]) -> bytes:
    """An FDSelect in format 3 for the new glyphs' font DICT numbers."""
    ranges = [(gid, fd) for gid, fd in enumerate(fds) if gid == 0 or fds[gid - 1] != fd]
    body = b"".join(gid.to_bytes(2, "big") + bytes([fd]) for gid, fd in ranges)
    return b"\x03" + len(ranges).to_bytes(2, "big") + body + len(fds).to_bytes(2, "big")


def _privates(cff: bytes, font_dicts: list[CffDict]) -> list[tuple[bytes, bytes]]:
    """Each font DICT's Private DICT and local subroutines, the Subrs offset made fixed-width."""
    found = []
    for entries in font_dicts:
        size, offset = _integers(dict(entries)[PRIVATE])
        private = _read_dict(cff[offset : offset + size])
        subrs_at = dict(private).get(SUBRS)
        if subrs_at is None:
            found.append((cff[offset : offset + size], b""))
            continue
        start = offset + _integers(subrs_at)[0]
        body = _write_dict(private, {SUBRS: _fixed(0)})
        found.append((_write_dict(private, {SUBRS: _fixed(len(body))}), cff[start : _index_end(cff, start)]))
    return found


def otf_table(font: bytes, tag: bytes) -> bytes | None:
    """One table of an OpenType font file, or None when it has none."""
    for i in range(_card(font, 4, 2)):
        record = 12 + 16 * i
        if font[record : record + 4] == tag:
            return font[_card(font, record + 8, 4) : _card(font, record + 8, 4) + _card(font, record + 12, 4)]
    return None


def compact_cff(font: bytes, cids: Mapping[int, int]) -> bytes | None:
    """The CID-keyed CFF of an OpenType font holding only the glyphs in `cids` (glyph id → the CID it gets).

    None when the font is not a CID-keyed CFF (a TrueType or a name-keyed font is left as it is). The
    .notdef glyph (0) is always kept, as CID 0.
    """
    cff = otf_table(font, b"CFF ") if font[:4] == b"OTTO" else None
    if cff is None or cff[0] != 1:
        return None
    names_at = cff[2]
    top_at = _index_end(cff, names_at)
    strings_at = _index_end(cff, top_at)
    subrs_at = _index_end(cff, strings_at)
    top = _read_dict(_index_items(cff, top_at)[0])
    offsets = {OFFSET_OPERATORS[op]: _integers(operands)[0] for op, operands in top if op in OFFSET_OPERATORS}
    if ROS not in dict(top) or len(offsets) != len(OFFSET_OPERATORS):
        return None
    count = _card(cff, offsets["CharStrings"], 2)
    kept = sorted({0, *(gid for gid in cids if 0 < gid < count)})
    fd_of = _fd_of(cff, offsets["FDSelect"], count)
    font_dicts = [_read_dict(item) for item in _index_items(cff, offsets["FDArray"])]
    return _assemble_cff(
        cff[:top_at],
        top,
        cff[strings_at : _index_end(cff, subrs_at)],
        (
            b"\0" + b"".join(cids[gid].to_bytes(2, "big") for gid in kept[1:]),
            _fd_select([fd_of(gid) for gid in kept]),
            _index(_index_items(cff, offsets["CharStrings"], kept)),
        ),
        font_dicts,
        _privates(cff, font_dicts),
    )


def _assemble_cff(
    head: bytes,
    top: CffDict,
    strings_and_subrs: bytes,
    glyph_parts: tuple[bytes, bytes, bytes],
    font_dicts: list[CffDict],
    privates: list[tuple[bytes, bytes]],
) -> bytes:
    """A CFF from its parts, every offset in it computed here (the DICTs' offsets are fixed-width)."""
    charset, fd_select, charstrings = glyph_parts

    def top_index(at: dict[str, int]) -> bytes:
        replaced = {op: _fixed(at.get(name, 0)) for op, name in OFFSET_OPERATORS.items()}
        return _index([_write_dict(top, replaced)])

    start = len(head) + len(top_index({})) + len(strings_and_subrs)
    at = dict(
        zip(
            ("charset", "FDSelect", "CharStrings"),
            accumulate((len(charset), len(fd_select)), initial=start),
            strict=True,
        )
    )
    at["FDArray"] = at["CharStrings"] + len(charstrings)

    def fd_array(private_at: list[int]) -> bytes:
        return _index(
            [
                _write_dict(entries, {PRIVATE: _fixed(len(private), where)})
                for entries, (private, _), where in zip(font_dicts, privates, private_at, strict=True)
            ]
        )

    sizes = [len(private) + len(subrs) for private, subrs in privates]
    private_at = list(accumulate(sizes[:-1], initial=at["FDArray"] + len(fd_array([0] * len(privates)))))
    tail = b"".join(private + subrs for private, subrs in privates)
    return head + top_index(at) + strings_and_subrs + charset + fd_select + charstrings + fd_array(private_at) + tail
