"""Printable PDFs of the three sheets, per document and for the course: dist/pdf/<stem>-提纲.pdf, …

WeasyPrint is imported only here, when PDFs are wanted (the import alone costs about half a second).
One HTML page becomes one PDF; fonts are named by family, found by fontconfig, and subset on embedding.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from study.config import Settings
from study.generate.exercises import course_exercises
from study.model import Course, Document
from study.render.fonts import cjk_families, missing_fonts
from study.render.sheets import Fonts, course_pages, course_sheets_note, default_templates, document_pages, pages

# per-document sheets hold exercises whose blanks and wrong options draw on the whole course
DOCUMENTS_NEED_COURSE = True

# seconds per output file rendered in this process, for the build summary and the benchmark
TIMINGS: dict[str, float] = {}


def html_to_pdf() -> Callable[[str], bytes]:
    """A function turning one HTML page into PDF bytes (imports WeasyPrint on first use)."""
    import weasyprint

    base = str(default_templates())

    def convert(html: str) -> bytes:
        data: bytes = weasyprint.HTML(string=html, base_url=base).write_pdf()
        return data

    return convert


def families(settings: Settings) -> Fonts:
    """The font families of printed pages, by script."""
    return lambda script: cjk_families(settings.font, script)


def printed(found: dict[str, str]) -> dict[str, bytes]:
    """Pages by sheet name → PDF files by their path under dist/, timing each in TIMINGS."""
    convert = html_to_pdf()
    files: dict[str, bytes] = {}
    for name, html in found.items():
        started = time.perf_counter()
        with garbage_collected():
            files[f"pdf/{name}.pdf"] = convert(html)
        TIMINGS[name] = time.perf_counter() - started
    return files


def unavailable(course: Course, settings: Settings) -> str | None:
    """The summary's one line saying which PDFs cannot be made here and why, or None when they can."""
    reason = missing_fonts()
    if reason is None:
        return None
    # the build still makes every other output: say exactly which files are missing, then how to fix it
    count = len(course.documents)
    sheets = f"the 提纲, 练习 and 答案 sheets of {count} document{'' if count == 1 else 's'} and of the course"
    return f"PDFs not made ({sheets}, dist/pdf/*.pdf): {reason}"


def prepare_course(course: Course, settings: Settings) -> None:
    """Check the fonts and make every document's exercises once, before the build forks its workers."""
    cjk_families(settings.font)  # fails with one line before any work when no CJK font exists
    course_exercises(course, settings.difficulty)
    gc.collect()  # every worker forked next starts as big as this process: leave it no garbage to inherit


def render_document(doc: Document, course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/pdf/<stem>-提纲.pdf, -练习.pdf and -答案.pdf of one document."""
    cjk_families(settings.font)
    return printed(document_pages(doc, course, settings, families(settings), "print"))


def render_course(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/pdf/course-提纲.pdf, … for the whole course (none past the course-wide budget)."""
    cjk_families(settings.font)
    return printed(course_pages(course, settings, families(settings), "print"))


def course_notes(course: Course, settings: Settings) -> list[str]:
    """The build summary's line when the course is too large for course-wide sheets."""
    note = course_sheets_note(course)
    return [note] if note else []


@contextmanager
def garbage_collected() -> Iterator[None]:
    """Collect the garbage the block leaves, scanning only the objects made since it began.

    A page's layout is reference cycles, which Python's collector reaches late: without this a process
    grows ~10 MB a document. Freezing first keeps the collection cheap however large the course held
    in memory (a full collection with a 1,000-document course takes a fifth of a second).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()


def render(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/pdf/<stem>-提纲.pdf, -练习.pdf, -答案.pdf per document and course-*.pdf for the whole course."""
    cjk_families(settings.font)  # fails with one line before any work when no CJK font exists
    TIMINGS.clear()
    return printed(pages(course, settings, families(settings), "print"))
