"""The printer: HTML pages to PDF bytes with WeasyPrint, one printer (and font configuration) per process.

Only this module and pdf.py import WeasyPrint. Page counts come from the layout, never by reading the
PDF back. Each embedded CJK font is cut down to the glyphs the page uses (see fonts.compact_cff): that,
not the outlines, was most of every sheet's size (358 KB a seed sheet, now 98 KB).

For the WeasyPrint versions in FAST_SUBSET_VERSIONS the printer also replaces two steps of WeasyPrint's,
for CID-keyed CFF fonts and its own PDFs only: the subsetting (two HarfBuzz passes keeping every glyph id
below the highest used, some 60,000 for Chinese) becomes one pass over the used glyphs; and the copy of
the whole font file (the 26 MB collection) that WeasyPrint makes for every font of every PDF is made only
if something reads it. Together they take writing a page from 39 to 10 ms. The pages drawn are the same
either way: the tests compare them pixel by pixel with WeasyPrint's own output.
"""

from __future__ import annotations

import contextvars
import ctypes
import functools
import hashlib
import importlib.metadata
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from study.cache import digest
from study.config import Settings
from study.render import fonts as render_fonts
from study.render import page_numbers
from study.render.fonts import compact_cff, font_files
from study.render.page_numbers import mark_footers

# bump when what the printer does to WeasyPrint's output changes: every cached PDF is then printed again
PRINTER_VERSION = "2"

# WeasyPrint's defaults, settled here because the bytes depend on them: glyphs without hints (smaller),
# compressed streams and object streams, and no file identifier (it would differ between two prints)
OPTIONS: dict[str, object] = {"hinting": False, "uncompressed_pdf": False, "pdf_identifier": None}
# what a PDF's bytes depend on besides its HTML and fonts: packages by distribution name, C libraries by file
PACKAGES = ("weasyprint", "pydyf", "fonttools", "pypdf")
# WeasyPrint versions whose Font.subset the printer replaces for CID-keyed CFF fonts (see _fast_subset)
FAST_SUBSET_VERSIONS = ("70.",)
CIDS = "study_cids"  # a font subset by _fast_subset carries its glyphs' CIDs (old glyph ids) by new glyph id
# tables the fast subset leaves out: the PDF gets only the CFF program, metrics and mapping are in the PDF
DROPPED_TABLES = b"BASE DSIG GDEF GPOS GSUB OS/2 VORG cmap hhea hmtx name post vhea vmtx".split()
# set while a Printer writes a PDF: any other WeasyPrint use in the process keeps WeasyPrint's own subsetting
PRINTING: contextvars.ContextVar[bool] = contextvars.ContextVar("study_printing", default=False)
LIBRARIES = (("libharfbuzz.so.0", "hb_version_string"), ("libpango-1.0.so.0", "pango_version_string"))
SCRIPTS = ("simplified", "traditional", "original")  # the scripts a page may be printed in


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
        _install_fast_subset()
        # one font configuration for every page: fontconfig's font list is loaded once, not per page
        self._fonts = FontConfiguration()

    def print(self, html: str) -> Printed:
        """One HTML page as PDF bytes and its page count (the same HTML gives the same bytes)."""
        return self.lay_out(html).printed()

    def lay_out(self, html: str) -> Laid:
        """One HTML page laid out, not yet printed."""
        return Laid(self._weasyprint.HTML(string=html, base_url=self._base_url).render(font_config=self._fonts))


class Laid:
    """An HTML page laid out: its pages, the ids of the elements on each, and its leading pages printed."""

    def __init__(self, document: Any) -> None:
        self._document = document

    @property
    def pages(self) -> int:
        """How many pages it has."""
        return len(self._document.pages)

    def ids(self, page: int) -> set[str]:
        """The ids of the elements on one page (from 0)."""
        return set(self._document.pages[page].anchors)

    def printed(self, pages: int | None = None) -> Printed:
        """Its first `pages` pages (all when None) as PDF bytes (the same HTML gives the same bytes)."""
        document = self._document if pages is None else self._document.copy(self._document.pages[:pages])
        token = PRINTING.set(True)  # the fast subset is for this printer's PDFs, whose finisher maps glyphs back
        try:
            data: bytes = document.write_pdf(finisher=finished, **OPTIONS)
        finally:
            PRINTING.reset(token)
        return Printed(data, len(document.pages))


def finished(document: Any, pdf: Any) -> None:
    """WeasyPrint's finisher: the fonts cut down (compact_fonts), the footers marked (page_numbers)."""
    compact_fonts(document, pdf)
    mark_footers(document, pdf)


def compact_fonts(document: Any, pdf: Any) -> None:
    """WeasyPrint's finisher: each embedded CID-keyed CFF font cut down to the glyphs the document uses."""
    streams = {id(obj.stream[0]): obj for obj in pdf.objects if _font_program(obj)}
    for fonts in _by_file(document.fonts.values()).values():
        stream = streams.get(id(fonts[0].file_content))
        if stream is None:
            continue
        compact = compact_cff(fonts[0].file_content, _cids(fonts))
        if compact is not None:
            stream.stream = [compact]
            stream.extra["Subtype"] = "/CIDFontType0C"  # a bare CFF program, glyphs found by CID


def _cids(fonts: list[Any]) -> dict[int, int]:
    """The CID of each glyph of an embedded font: the glyph id the PDF's text uses for it."""
    fast: list[int | None] | None = getattr(fonts[0], CIDS, None)
    if fast is not None:
        return {glyph: cid for glyph, cid in enumerate(fast) if cid is not None}
    return {glyph: glyph for font in fonts for glyph in font.to_unicode}


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


def _install_fast_subset() -> None:
    """Replace WeasyPrint's font subsetting by _fast_subset, once, when its version is one this was made for."""
    import weasyprint
    from weasyprint.pdf import fonts

    subset = fonts.Font.subset
    if getattr(subset, CIDS, False) or _harfbuzz() is None:
        return
    if weasyprint.__version__.startswith(FAST_SUBSET_VERSIONS):
        fonts.Font.subset = _fast_subset(subset)
        fonts.get_hb_object_data = _deferred(fonts.get_hb_object_data)
        fonts.Font.file_content = FileContent(fonts.get_hb_object_data)


class Pending:
    """A font file WeasyPrint asked HarfBuzz for and has not read yet (see FileContent)."""

    __slots__ = ("source",)

    def __init__(self, source: Any) -> None:
        self.source = source  # the HarfBuzz face: kept alive until its bytes are read


class FileContent:
    """Font.file_content, copied out of HarfBuzz when first read rather than when WeasyPrint makes the font.

    WeasyPrint copies the whole font file (the 26 MB collection) into every Font of every PDF; the fast
    subset never reads it, so a Printer's PDFs skip the copy (6 ms a page, a third of writing a page).
    """

    def __init__(self, deferred: Callable[..., Any]) -> None:
        self._read = getattr(deferred, "original", deferred)

    def __get__(self, font: Any, owner: type | None = None) -> Any:
        if font is None:
            return self
        value = font.__dict__["study_file_content"]
        if isinstance(value, Pending):
            value = font.__dict__["study_file_content"] = self._read(value.source)
        return value

    def __set__(self, font: Any, value: Any) -> None:
        font.__dict__["study_file_content"] = value


def _deferred(read: Callable[..., bytes]) -> Callable[..., Any]:
    """WeasyPrint's get_hb_object_data, deferred while a Printer writes: a whole face is read only if used."""

    def get_hb_object_data(hb_object: Any, ot_color: str | None = None, glyph: int | None = None) -> Any:
        if ot_color is None and PRINTING.get():
            return Pending(hb_object)
        return read(hb_object, ot_color, glyph)

    setattr(get_hb_object_data, "original", read)  # noqa: B010 (a function's own attribute)
    return get_hb_object_data


def _fast_subset(original: Callable[[Any, dict[int, str], bool], None]) -> Callable[[Any, dict[int, str], bool], None]:
    """Font.subset keeping only the used glyphs of a CID-keyed CFF font, renumbered (the finisher maps them back).

    Other fonts (TrueType, variable, colour), and PDFs written by anything but a Printer, go through
    WeasyPrint's own subsetting.
    """

    def subset(font: Any, to_unicode: dict[int, str], hinting: bool) -> None:
        kept = sorted({0, *(glyph for glyph in to_unicode if glyph < font.glyph_count)})
        wanted = PRINTING.get() and to_unicode and _plain_cff(font)
        found = _cff_subset(font, kept, hinting) if wanted else None
        if found is None:
            original(font, to_unicode, hinting)
            return
        font.file_content, old_glyphs = found
        # the finisher keeps the glyphs the text uses, each as its old glyph id: the PDF's character code
        setattr(font, CIDS, [glyph if glyph in to_unicode or glyph == 0 else None for glyph in old_glyphs])

    setattr(subset, CIDS, True)
    return subset


def _plain_cff(font: Any) -> bool:
    """True for a static, outline-only CFF font (what the fast subset handles)."""
    tables = set(font.tables)
    return "CFF " in tables and not tables & {"fvar", "CFF2"} and not (font.bitmap or font.png or font.svg or font.colr)


HARFBUZZ_API = """
typedef struct hb_face_t hb_face_t; typedef struct hb_set_t hb_set_t; typedef struct hb_map_t hb_map_t;
typedef struct hb_blob_t hb_blob_t; typedef struct hb_subset_input_t hb_subset_input_t;
typedef struct hb_subset_plan_t hb_subset_plan_t;
uint32_t hb_tag_from_string(const char *str, int len);
void hb_set_add(hb_set_t *set, uint32_t codepoint);
void hb_set_clear(hb_set_t *set);
unsigned int hb_map_get_population(const hb_map_t *map);
uint32_t hb_map_get(const hb_map_t *map, uint32_t key);
hb_blob_t *hb_face_reference_blob(hb_face_t *face);
const char *hb_blob_get_data(hb_blob_t *blob, unsigned int *length);
void hb_blob_destroy(hb_blob_t *blob);
void hb_face_destroy(hb_face_t *face);
hb_subset_input_t *hb_subset_input_create_or_fail(void);
void hb_subset_input_destroy(hb_subset_input_t *input);
hb_set_t *hb_subset_input_glyph_set(hb_subset_input_t *input);
hb_set_t *hb_subset_input_set(hb_subset_input_t *input, int set_type);
void hb_subset_input_set_flags(hb_subset_input_t *input, unsigned value);
hb_subset_plan_t *hb_subset_plan_create_or_fail(hb_face_t *face, const hb_subset_input_t *input);
hb_face_t *hb_subset_plan_execute_or_fail(hb_subset_plan_t *plan);
const hb_map_t *hb_subset_plan_new_to_old_glyph_mapping(const hb_subset_plan_t *plan);
void hb_subset_plan_destroy(hb_subset_plan_t *plan);
"""
# HarfBuzz's constants (hb-subset.h): flags, and the input sets by number
NO_HINTING, DESUBROUTINIZE, NOTDEF_OUTLINE = 0x1, 0x4, 0x40
DROP_TABLE_SET, LAYOUT_FEATURE_SET = 3, 6


@functools.cache
def _harfbuzz() -> tuple[Any, Any, Any] | None:
    """HarfBuzz's subsetting plan API (the glyph mapping WeasyPrint's bindings leave out), or None without it."""
    import cffi  # type: ignore[import-untyped]  # (WeasyPrint's own dependency; it ships no types)

    ffi = cffi.FFI()
    ffi.cdef(HARFBUZZ_API)
    try:
        core, subset = ffi.dlopen("libharfbuzz.so.0"), ffi.dlopen("libharfbuzz-subset.so.0")
        subset.hb_subset_plan_new_to_old_glyph_mapping  # noqa: B018 (older HarfBuzz has no such function)
    except (OSError, AttributeError):
        return None
    return ffi, core, subset


def _cff_subset(font: Any, kept: list[int], hinting: bool) -> tuple[bytes, list[int]] | None:
    """The font with the `kept` glyphs (and any HarfBuzz adds), desubroutinized, and each new glyph's old id."""
    from weasyprint.text.ffi import ffi as weasy_ffi

    bindings = _harfbuzz()
    if bindings is None:
        return None
    ffi, core, hb = bindings
    source = ffi.cast("hb_face_t *", int(weasy_ffi.cast("uintptr_t", font.hb_face)))
    request = ffi.gc(hb.hb_subset_input_create_or_fail(), hb.hb_subset_input_destroy)
    for glyph in kept:
        core.hb_set_add(hb.hb_subset_input_glyph_set(request), glyph)
    for tag in DROPPED_TABLES:
        core.hb_set_add(hb.hb_subset_input_set(request, DROP_TABLE_SET), core.hb_tag_from_string(tag, 4))
    core.hb_set_clear(hb.hb_subset_input_set(request, LAYOUT_FEATURE_SET))  # no layout closure: GSUB is dropped
    hb.hb_subset_input_set_flags(
        request, DESUBROUTINIZE | (0 if hinting else NO_HINTING) | (NOTDEF_OUTLINE if font.missing else 0)
    )
    plan = ffi.gc(hb.hb_subset_plan_create_or_fail(source, request), hb.hb_subset_plan_destroy)
    face = ffi.gc(hb.hb_subset_plan_execute_or_fail(plan), core.hb_face_destroy) if plan != ffi.NULL else ffi.NULL
    if face == ffi.NULL:
        return None
    mapping = hb.hb_subset_plan_new_to_old_glyph_mapping(plan)
    old_glyphs = [core.hb_map_get(mapping, glyph) for glyph in range(core.hb_map_get_population(mapping))]
    return _face_bytes(ffi, core, face), old_glyphs


def _face_bytes(ffi: Any, core: Any, face: Any) -> bytes:
    """A HarfBuzz face serialized as a font file."""
    blob = core.hb_face_reference_blob(face)
    try:
        length = ffi.new("unsigned int *")
        data = core.hb_blob_get_data(blob, length)
        return bytes(ffi.buffer(data, length[0]))
    finally:
        core.hb_blob_destroy(blob)


def page_fonts(settings: Settings) -> dict[str, tuple[str, ...]]:
    """The font families of printed pages, by page script; StudyError when no Chinese font is installed."""
    installed = render_fonts.chinese_families()  # asked of fontconfig once, not once a script
    return {script: render_fonts.pick_families(installed, settings.font, script) for script in SCRIPTS}


def environment(settings: Settings) -> str:
    """What a printed PDF is made of besides its HTML: the font files, WeasyPrint and its libraries, and the
    printer's own code (what it does to WeasyPrint's fonts). Here, not beside the renderer, so that a build
    that may have nothing to do (study.unchanged) asks it without loading every renderer."""
    code = [Path(path).read_bytes() for path in (__file__, render_fonts.__file__ or "", page_numbers.__file__ or "")]
    return digest(fingerprint(family for families in page_fonts(settings).values() for family in families), *code)


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
