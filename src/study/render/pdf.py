"""Printable PDFs of the three sheets, per document and for the course: dist/pdf/<stem>-提纲.pdf, …

The pages are laid out by generation (study.work, medium "print"); this renderer prints them. WeasyPrint
is imported only here, when PDFs are wanted (the import alone costs about half a second). One HTML page
becomes one PDF; fonts are named by family, found by fontconfig, and subset on embedding.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from study.config import Settings
from study.generated import CourseWork, DocumentWork
from study.model import Course
from study.render.fonts import cjk_families, missing_fonts
from study.render.sheets import course_sheets_note, default_templates, laid_out

MEDIUM = "print"
SCRIPTS = ("simplified", "traditional", "original")


def html_to_pdf() -> Callable[[str], bytes]:
    """A function turning one HTML page into PDF bytes (imports WeasyPrint on first use)."""
    import weasyprint

    base = str(default_templates())

    def convert(html: str) -> bytes:
        data: bytes = weasyprint.HTML(string=html, base_url=base).write_pdf()
        return data

    return convert


def fonts(settings: Settings) -> dict[str, tuple[str, ...]]:
    """The font families of printed pages, by page script; StudyError when no Chinese font is installed."""
    return {script: cjk_families(settings.font, script) for script in SCRIPTS}


def printed(found: Mapping[str, str]) -> dict[str, bytes]:
    """Pages by sheet name → PDF files by their path under dist/."""
    convert = html_to_pdf()
    files: dict[str, bytes] = {}
    for name, html in found.items():
        with garbage_collected():
            files[f"pdf/{name}.pdf"] = convert(html)
    return files


def unavailable(course: Course) -> str | None:
    """The summary's one line saying which PDFs cannot be made here and why, or None when they can."""
    reason = missing_fonts()
    if reason is None:
        return None
    # the build still makes every other output: say exactly which files are missing, then how to fix it
    count = len(course.documents)
    sheets = f"the 提纲, 练习 and 答案 sheets of {count} document{'' if count == 1 else 's'} and of the course"
    return f"PDFs not made ({sheets}, dist/pdf/*.pdf): {reason}"


def render_document(work: DocumentWork, settings: Settings) -> dict[str, bytes]:
    """dist/pdf/<stem>-提纲.pdf, -练习.pdf and -答案.pdf of one document."""
    return printed(work.pages.get(MEDIUM, {}))


def render_course(course: CourseWork) -> dict[str, bytes]:
    """dist/pdf/course-提纲.pdf, … for the whole course (none past the course-wide budget)."""
    return printed(laid_out(course, MEDIUM))


def course_notes(course: CourseWork) -> list[str]:
    """The build summary's line when the course is too large for course-wide sheets."""
    note = course_sheets_note(course.course.documents)
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
