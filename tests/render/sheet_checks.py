"""Reading finished PDFs back the way a person or a printer would: text, fonts, drawn rules."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

CLOSING = "，。、；：？！）》」』”’】〕"
SECTION_HEADING = re.compile(r"^[一二三四五六七八九十]+、\S+题$")


def _with_file(data: bytes, args: list[str]) -> str:
    """Run a poppler tool on PDF bytes and return its standard output."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(data)
        return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(data: bytes, layout: bool = False) -> list[str]:
    """The text of each page (pdftotext), in page order."""
    text = _with_file(data, ["pdftotext", *(["-layout"] if layout else [])])
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squeezed(text: str) -> str:
    """Text without any whitespace: line wrapping and layout spaces do not matter to a search."""
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, whitespace removed."""
    return squeezed("".join(pdf_pages(data, layout=True)))


def embedded_fonts(data: bytes) -> list[tuple[str, bool, bool]]:
    """(name, embedded, subset) for each font of a PDF, from pdffonts."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cells = line.split()
        emb, sub = cells[-5], cells[-4]
        rows.append((cells[0], emb == "yes", sub == "yes"))
    return rows


def lines_starting_with_closing_punctuation(data: bytes) -> list[str]:
    """Every printed line that begins with closing punctuation (forbidden in Chinese typesetting)."""
    lines = (line.strip() for page in pdf_pages(data, layout=True) for line in page.splitlines())
    return [line for line in lines if line and line[0] in CLOSING]


def stranded_headings(data: bytes) -> list[str]:
    """Section headings printed as the last line of a page (before the footer)."""
    stranded = []
    for page in pdf_pages(data, layout=True):
        body = [line.strip() for line in page.splitlines() if line.strip() and not line.strip().startswith("第")]
        if body and SECTION_HEADING.match(body[-1]):
            stranded.append(body[-1])
    return stranded


def horizontal_rules(data: bytes, page: int = 1, dpi: int = 72, min_px: int = 24) -> int:
    """How many separate horizontal lines at least `min_px` long are drawn on a page (blanks, write-in lines)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path), str(Path(tmp) / "page")],
            check=True,
        )
        width, height, pixels = _read_pgm(next(Path(tmp).glob("page*.pgm")).read_bytes())
    count, previous = 0, []
    for y in range(height):
        runs = _dark_runs(pixels[y * width : (y + 1) * width], min_px)
        count += sum(1 for run in runs if not any(a < run[1] and run[0] < b for a, b in previous))
        previous = runs
    return count


def _read_pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and 8-bit pixels of a binary PGM image."""
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+\d+\s", data)
    assert header, "not a binary PGM image"
    width, height = int(header.group(1)), int(header.group(2))
    return width, height, data[header.end() : header.end() + width * height]


def _dark_runs(row: bytes, min_px: int) -> list[tuple[int, int]]:
    """Runs of dark pixels at least `min_px` long in one row of pixels."""
    runs, start = [], None
    for x, value in enumerate([*row, 255]):
        if value < 160 and start is None:
            start = x
        elif value >= 160 and start is not None:
            if x - start >= min_px:
                runs.append((start, x))
            start = None
    return runs
