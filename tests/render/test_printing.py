"""The printer: real PDFs with the CJK font, read back with pypdf, pdffonts and pdftoppm (pixels via PIL)."""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2
import pypdf
import pytest
from fontTools.cffLib import CFFFontSet
from fontTools.misc.psCharStrings import T2CharString
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont
from PIL import Image
from sheet_checks import embedded_fonts, squeezed

from study.render import fonts, printing
from study.render.fonts import compact_cff
from study.render.printing import Printed, Printer, fingerprint
from study.render.sheets import default_templates
from study.render.sheets import environment as sheets_environment

TEXT = "坚持和加强党的全面领导，推进国家治理体系和治理能力现代化。"


def page_html(title: str, paragraphs: int, family: str = "Noto Serif CJK SC", lang: str = "zh-Hans") -> str:
    """A made-up sheet: a bold title, numbered paragraphs of Chinese with Latin and digits, page numbers."""
    body = "".join(f"<p>（{i + 1}）{TEXT}WTO 2035 年。</p>" for i in range(paragraphs))
    style = (
        f'@page {{ size: A4; margin: 20mm; @bottom-center {{ content: counter(page); font-family: "{family}"; }} }}'
        f' html {{ font-family: "{family}", serif; font-size: 11pt; line-height: 1.75; }}'
    )
    return f'<html lang="{lang}"><head><style>{style}</style></head><body><h1>{title}</h1>{body}</body></html>'


def today(html: str) -> bytes:
    """The PDF today's renderer (WeasyPrint's defaults, render/pdf.py's html_to_pdf) makes of the HTML."""
    import weasyprint

    data: bytes = weasyprint.HTML(string=html, base_url=str(default_templates())).write_pdf()
    return data


def first_page_pixels(data: bytes) -> tuple[tuple[int, int], bytes]:
    """Page 1 drawn by pdftoppm at 100 dpi: its size and decoded RGB pixels."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile", path, Path(tmp) / "p"])
        with Image.open(Path(tmp) / "p.png") as image:
            return image.size, image.convert("RGB").tobytes()


@pytest.fixture(scope="module")
def printer() -> Printer:
    return Printer(default_templates())


def environment() -> jinja2.Environment:
    """The sheets' own environment of the default templates (their filters: the stylesheet uses `label`)."""
    return sheets_environment((), "")


@pytest.fixture(scope="module")
def sheets() -> dict[str, str]:
    return made_up_sheets()


def made_up_sheets() -> dict[str, str]:
    """Made-up sheets on the real page template and stylesheet (banner, running heads, bold leads, blanks)."""
    env = environment()
    content = (
        '<article class="document"><h1 class="doc-title">{{ title }}</h1>'
        '<p class="doc-meta">人民日报　·　1990-04-21</p>'
        '{% for i in range(count) %}<p class="lead">{{ i + 1 }}. 做好新形势下的群众工作，必须做到以下四点：</p>'
        '<p class="item-line"><span class="marker">一要</span>密切联系群众，<span class="blank" style="width: 6em">'
        "</span>，坚持“从群众中来，到群众中去”。</p>{% endfor %}</article>"
    )
    template = env.from_string('{% extends "base.html.j2" %}{% block content %}' + content + "{% endblock %}")
    context = {"lang": "zh-Hans", "fonts": '"Noto Serif CJK SC", serif', "paper": "A4", "medium": "print"}
    return {
        name: template.render(
            context,
            sheet=name,
            sheet_name=name,
            course_title="学习课程",
            page_title=name,
            title=f"关于{name}的决定",
            count=n,
        )
        for name, n in (("学习提纲", 6), ("练习", 30), ("答案", 80))
    }


def test_text_and_pages_come_out_right(printer: Printer) -> None:
    printed = printer.print(page_html("第一篇　总论", 60))
    reader = pypdf.PdfReader(io.BytesIO(printed.data))
    assert printed.pages == len(reader.pages) >= 2
    text = squeezed("".join(page.extract_text() for page in reader.pages))
    assert "第一篇总论" in text and squeezed(TEXT) in text and "（60）" in text


def test_pages_counted_from_the_layout_match_todays_pdf(printer: Printer) -> None:
    for paragraphs in (1, 25, 90):
        html = page_html("页数", paragraphs)
        assert printer.print(html).pages == len(pypdf.PdfReader(io.BytesIO(today(html))).pages)


def test_fonts_are_the_simplified_chinese_face_embedded_as_subsets(printer: Printer, sheets: dict[str, str]) -> None:
    data = printer.print(next(iter(sheets.values()))).data
    found = embedded_fonts(data)
    assert found and all(embedded and subset for _, embedded, subset in found)
    # the SC face of the collection, regular and bold: never its first (Japanese) face
    assert {name.split("+", 1)[1] for name, _, _ in found} == {"Noto-Serif-CJK-SC", "Noto-Serif-CJK-SC-Bold"}


def test_first_page_is_pixel_identical_to_todays_and_the_pdf_a_third_smaller(
    printer: Printer, sheets: dict[str, str]
) -> None:
    traditional = page_html("堅持和加強黨的全面領導", 40, "Noto Serif CJK TC", "zh-Hant").replace(
        TEXT, "聯繫群眾，說直話。"
    )
    for name, html in [*sheets.items(), ("made-up", page_html("比较", 40)), ("traditional", traditional)]:
        old, new = today(html), printer.print(html).data
        assert first_page_pixels(new) == first_page_pixels(old), name
        assert len(new) <= 0.65 * len(old), (name, len(new), len(old))
    assert {name.split("+", 1)[1] for name, _, _ in embedded_fonts(printer.print(traditional).data)} == {
        "Noto-Serif-CJK-TC",
        "Noto-Serif-CJK-TC-Bold",
    }


def test_without_the_fast_subset_the_pages_are_the_same(
    printer: Printer, sheets: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    html = sheets["练习"]
    fast = printer.print(html)
    monkeypatch.setattr(printing, "_cff_subset", lambda *args: None)  # WeasyPrint's own subsetting, then compacted
    slow = printer.print(html)
    assert first_page_pixels(slow.data) == first_page_pixels(fast.data) == first_page_pixels(today(html))
    assert slow.pages == fast.pages and abs(len(slow.data) - len(fast.data)) < 0.05 * len(fast.data)


def test_the_font_collection_is_never_copied_while_printing(printer: Printer, monkeypatch: pytest.MonkeyPatch) -> None:
    from weasyprint.text.ffi import ffi

    unpack, sizes = ffi.unpack, []
    monkeypatch.setattr(ffi, "unpack", lambda data, length: sizes.append(length) or unpack(data, length))
    printer.print(page_html("字体", 20))
    printed, sizes[:] = list(sizes), []
    today(page_html("字体", 20))
    assert max(sizes) > 20_000_000  # WeasyPrint alone copies the whole collection, for each font
    assert max(printed, default=0) < 1_000_000  # a Printer copies no more than a subset


def test_other_weasyprint_pdfs_in_the_process_keep_weasyprints_fonts(printer: Printer) -> None:
    printer.print(page_html("先", 3))
    data = today(page_html("后", 3))
    assert {kind for _, kind in font_types(data)} == {"CID Type 0C (OT)"}  # an OpenType program, untouched
    assert {kind for _, kind in font_types(printer.print(page_html("后", 3)).data)} == {"CID Type 0C"}


def test_each_character_draws_the_simplified_chinese_glyph_it_drew_before(printer: Printer) -> None:
    # 直骨角写 differ between the collection's Japanese (first) and Simplified Chinese faces
    html = page_html("直骨角写", 2).replace(TEXT, TEXT + "直骨角写", 1)
    for name, drawn in glyphs(printer.print(html).data).items():
        face = face_file("Bold" if name.endswith("-Bold") else "Regular")
        cmap = face.getBestCmap()
        assert {cmap[ord(char)] for char in "直骨角写"} <= set(drawn), name
        charstrings = face["CFF "].cff[0].CharStrings
        for glyph, program in drawn.items():
            assert outline(program) == outline(charstrings[glyph]), (name, glyph)


def font_types(data: bytes) -> list[tuple[str, str]]:
    """(name, type) of each font of a PDF, from pdffonts."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
    return [(line.split()[0], line[37:55].strip()) for line in out.splitlines()[2:]]


def face_file(style: str) -> TTFont:
    """The installed Noto Serif CJK SC face of a style, read from its collection with fontTools."""
    entry = next(e for e in fonts.font_files("Noto Serif CJK SC") if e.split("|")[2] == style)
    path, index = entry.split("|")[:2]
    return TTFont(path, fontNumber=int(index), lazy=True)


def glyphs(data: bytes) -> dict[str, dict[str, T2CharString]]:
    """Each embedded bare-CFF font's glyph programs by glyph name (cidNNNNN: its CID), by font name."""
    found = {}
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            cff = CFFFontSet()
            cff.decompile(io.BytesIO(descriptor["/FontFile3"].get_object().get_data()), None)
            charstrings = cff[cff.fontNames[0]].CharStrings
            found[str(font["/BaseFont"]).split("+", 1)[1]] = {name: charstrings[name] for name in charstrings.keys()}  # noqa: SIM118 (iterating gives ids)
    return found


def outline(program: T2CharString) -> list[tuple[str, tuple[object, ...]]]:
    """A glyph's outline as the pen calls drawing it makes (hints and subroutines leave no trace)."""
    pen = RecordingPen()
    program.draw(pen)
    return pen.value


def test_the_same_html_prints_the_same_bytes_in_another_process(printer: Printer) -> None:
    html = page_html("确定性", 30)
    script = (
        "import sys; from study.render.printing import Printer; from study.render.sheets import default_templates;"
        " sys.stdout.buffer.write(Printer(default_templates()).print(sys.stdin.read()).data)"
    )
    other = subprocess.run([sys.executable, "-c", script], input=html.encode(), capture_output=True, check=True).stdout
    assert printer.print(html).data == printer.print(html).data == other


def test_printed_is_a_frozen_value() -> None:
    printed = Printed(b"%PDF-", 1)
    with pytest.raises(AttributeError):
        printed.pages = 2  # type: ignore[misc]


def test_a_font_that_is_not_cid_keyed_cff_is_left_alone() -> None:
    assert compact_cff(b"\x00\x01\x00\x00" + bytes(8), {1, 2}) is None  # TrueType
    assert compact_cff(b"OTTO" + bytes(8), {1, 2}) is None  # no CFF table


def test_the_fingerprint_names_fonts_and_libraries(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    family = "Noto Serif CJK SC"
    first = fingerprint([family])
    assert first == fingerprint([family, family]) != fingerprint([family, "Noto Serif CJK TC"])
    assert any(line.startswith("weasyprint ") for line in printing._versions())
    # a font update (the same file with new contents) prints every sheet again
    font = tmp_path / "Font.ttc"
    font.write_bytes(b"old")
    monkeypatch.setattr(printing, "font_files", lambda name: (f"{font}|2|Regular|131137",))
    before = fingerprint([family])
    font.write_bytes(b"newer")
    assert before != fingerprint([family]) and before != first
