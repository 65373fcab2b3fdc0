"""The three sheets as web pages, from the same templates as the PDFs: dist/html/<stem>-提纲.html, …

The pages are laid out by generation (study.work, medium "screen"); this renderer only writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import BinaryIO

from study.config import Settings
from study.generated import CourseWork, DocumentWork, unpacked
from study.output import Rendered, Streamed
from study.render.sheets import course_pages

MEDIUM = "screen"
# families a reader's machine may have (Linux, macOS, Windows), by script, tried in order by the browser
SCREEN_FAMILIES = {
    "simplified": ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun"),
    "traditional": ("Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "MingLiU"),
}
SCRIPTS = ("simplified", "traditional", "original")


def screen_families(wanted: str | None, script: str = "simplified") -> tuple[str, ...]:
    """The font stack for screens: the course's own font first, then common Chinese serif families."""
    common = SCREEN_FAMILIES.get(script, SCREEN_FAMILIES["simplified"])
    return tuple(dict.fromkeys([wanted, *common] if wanted else common))


def fonts(settings: Settings) -> dict[str, tuple[str, ...]]:
    """The font stacks of screen pages, by page script."""
    return {script: screen_families(settings.font, script) for script in SCRIPTS}


def render_document(work: DocumentWork, settings: Settings) -> dict[str, bytes]:
    """dist/html/<stem>-提纲.html, -练习.html and -答案.html of one document."""
    return {f"html/{name}.html": unpacked(page) for name, page in work.pages.get(MEDIUM, {}).items()}


def render_course(course: CourseWork) -> dict[str, Rendered]:
    """dist/html/course-提纲.html, … for the whole course, each written as it is made (see course_pages)."""
    return {
        f"html/{name}.html": Streamed(partial(write_page, pieces))
        for name, pieces in course_pages(course, MEDIUM).items()
    }


def write_page(pieces: Callable[[], Iterator[str]], out: BinaryIO) -> dict[str, int]:
    """A page's text, encoded piece by piece into `out`."""
    for piece in pieces():
        out.write(piece.encode("utf-8"))
    return {}
