"""The three sheets as web pages, from the same templates as the PDFs: dist/html/<stem>-提纲.html, …"""

from __future__ import annotations

from study.config import Settings
from study.generate.exercises import course_exercises
from study.model import Course, Document
from study.render.sheets import Fonts, course_pages, course_sheets_note, document_pages, pages

# per-document sheets hold exercises whose blanks and wrong options draw on the whole course
DOCUMENTS_NEED_COURSE = True

# families a reader's machine may have (Linux, macOS, Windows), by script, tried in order by the browser
SCREEN_FAMILIES = {
    "simplified": ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun"),
    "traditional": ("Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "MingLiU"),
}


def screen_families(wanted: str | None, script: str = "simplified") -> tuple[str, ...]:
    """The font stack for screens: the course's own font first, then common Chinese serif families."""
    common = SCREEN_FAMILIES.get(script, SCREEN_FAMILIES["simplified"])
    return tuple(dict.fromkeys([wanted, *common] if wanted else common))


def families(settings: Settings) -> Fonts:
    """The font stacks of screen pages, by script."""
    return lambda script: screen_families(settings.font, script)


def encoded(found: dict[str, str]) -> dict[str, bytes]:
    """Pages by sheet name → files by their path under dist/."""
    return {f"html/{name}.html": html.encode("utf-8") for name, html in found.items()}


def prepare_course(course: Course, settings: Settings) -> None:
    """Make every document's exercises once, before the build forks the processes that render them."""
    course_exercises(course, settings.difficulty)


def render_document(doc: Document, course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/html/<stem>-提纲.html, -练习.html and -答案.html of one document."""
    return encoded(document_pages(doc, course, settings, families(settings), "screen"))


def render_course(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/html/course-提纲.html, … for the whole course (none past the course-wide budget)."""
    return encoded(course_pages(course, settings, families(settings), "screen"))


def course_notes(course: Course, settings: Settings) -> list[str]:
    """The build summary's line when the course is too large for course-wide sheets."""
    note = course_sheets_note(course)
    return [note] if note else []


def render(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/html/<stem>-提纲.html, -练习.html, -答案.html per document and course-*.html for the course."""
    return encoded(pages(course, settings, families(settings), "screen"))
