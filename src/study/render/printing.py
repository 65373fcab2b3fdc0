"""The printer: HTML pages to PDF bytes with WeasyPrint, one printer (and font configuration) per process.

Only this module and pdf.py import WeasyPrint. Page counts come from the layout, never by reading the
PDF back. Each embedded CJK font is cut down to the glyphs the page uses (see fonts.compact_cff): that,
not the outlines, was most of every sheet's size and a good part of its time.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import importlib.metadata
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from study.render.fonts import compact_cff, font_files

# bump when what the printer does to WeasyPrint's output changes: every cached PDF is then printed again
PRINTER_VERSION = "1"

# the PDF is written as WeasyPrint writes it by default, except what these settle
OPTIONS: dict[str, object] = {"hinting": False, "optimize_images": False, "uncompressed_pdf": False}
# what a PDF's bytes depend on besides its HTML and fonts: packages by distribution name, C libraries by file
PACKAGES = ("weasyprint", "pydyf", "fonttools", "pypdf")
LIBRARIES = (("libharfbuzz.so.0", "hb_version_string"), ("libpango-1.0.so.0", "pango_version_string"))


@dataclass(frozen=True)
class Printed:
    """One printed page set: its PDF bytes and how many pages it has."""

    data: bytes
    pages: int


class Printer:
    """Prints HTML pages to PDF; make one per process (the first one imports WeasyPrint, about half a second)."""

    def __init__(self, base_url: Path) -> None:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration

        self._weasyprint = weasyprint
        self._base_url = str(base_url)
        # one font configuration for every page: fontconfig's font list is loaded once, not per page
        self._fonts = FontConfiguration()

    def print(self, html: str) -> Printed:
        """One HTML page as PDF bytes and its page count (the same HTML gives the same bytes)."""
        document = self._weasyprint.HTML(string=html, base_url=self._base_url).render(font_config=self._fonts)
        pages = len(document.pages)
        data: bytes = document.write_pdf(finisher=compact_fonts, **OPTIONS)
        return Printed(data, pages)


def compact_fonts(document: Any, pdf: Any) -> None:
    """WeasyPrint's finisher: each embedded CID-keyed CFF font cut down to the glyphs the document uses."""
    streams = {id(obj.stream[0]): obj for obj in pdf.objects if _font_program(obj)}
    for fonts in _by_file(document.fonts.values()).values():
        stream = streams.get(id(fonts[0].file_content))
        if stream is None:
            continue
        compact = compact_cff(fonts[0].file_content, {glyph for font in fonts for glyph in font.to_unicode})
        if compact is not None:
            stream.stream = [compact]
            stream.extra["Subtype"] = "/CIDFontType0C"  # a bare CFF program, glyphs found by CID


def _font_program(obj: Any) -> bool:
    """True for the PDF stream WeasyPrint writes an OpenType font program into."""
    extra = getattr(obj, "extra", None)
    return isinstance(extra, dict) and extra.get("Subtype") == "/OpenType" and len(getattr(obj, "stream", ())) == 1


def _by_file(fonts: Iterable[Any]) -> dict[str, list[Any]]:
    """The document's fonts grouped as WeasyPrint embeds them: one font program per font hash."""
    groups: dict[str, list[Any]] = {}
    for font in fonts:
        groups.setdefault(font.hash, []).append(font)
    return groups


def fingerprint(families: Iterable[str]) -> str:
    """A name for all a printed PDF is made of besides its HTML: the font files, WeasyPrint and its libraries.

    Part of a sheet PDF's cache key, so that a font or library update prints the sheets again.
    """
    lines = [f"printer {PRINTER_VERSION}", *_versions(), *(_font_identity(family) for family in sorted(set(families)))]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


@functools.cache
def _versions() -> tuple[str, ...]:
    """The versions of the packages and C libraries the printed bytes depend on."""
    found = []
    for package in PACKAGES:
        try:
            found.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{package} none")
    return (*found, *(f"{name} {_library_version(name, symbol)}" for name, symbol in LIBRARIES))


def _library_version(name: str, symbol: str) -> str:
    """A C library's own version string, or "none" when it cannot be loaded."""
    try:
        function = getattr(ctypes.CDLL(name), symbol)
    except (OSError, AttributeError):
        return "none"
    function.restype = ctypes.c_char_p
    version: bytes = function()
    return version.decode()


def _font_identity(family: str) -> str:
    """A family's font files with each one's size and modification time (a package update changes them)."""
    lines = [family]
    for entry in font_files(family):
        path = entry.split("|", 1)[0]
        stat = os.stat(path)
        lines.append(f"  {entry}|{stat.st_size}|{stat.st_mtime_ns}")
    return "\n".join(lines)
