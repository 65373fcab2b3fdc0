"""Printable PDFs of the three sheets, per document and for the course: dist/pdf/<stem>-提纲.pdf, …

WeasyPrint is imported only here, when PDFs are wanted (the import alone costs about half a second).
One HTML page becomes one PDF; fonts are named by family, found by fontconfig, and subset on embedding.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from study.config import Settings
from study.model import Course
from study.render.fonts import cjk_families
from study.render.sheets import default_templates, pages

# the last render's seconds per output file, for the build summary and the benchmark
TIMINGS: dict[str, float] = {}


def html_to_pdf() -> Callable[[str], bytes]:
    """A function turning one HTML page into PDF bytes (imports WeasyPrint on first use)."""
    import weasyprint

    base = str(default_templates())

    def convert(html: str) -> bytes:
        return weasyprint.HTML(string=html, base_url=base).write_pdf()

    return convert


def render(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/pdf/<stem>-提纲.pdf, -练习.pdf, -答案.pdf per document and course-*.pdf for the whole course."""
    cjk_families(settings.font)  # fails with one line before any work when no CJK font exists
    convert = html_to_pdf()
    files: dict[str, bytes] = {}
    TIMINGS.clear()
    for name, html in pages(course, settings, lambda script: cjk_families(settings.font, script), "print").items():
        started = time.perf_counter()
        files[f"pdf/{name}.pdf"] = convert(html)
        TIMINGS[name] = time.perf_counter() - started
    return files
