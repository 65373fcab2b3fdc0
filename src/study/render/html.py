"""The three sheets as web pages, from the same templates as the PDFs: dist/html/<stem>-提纲.html, …"""

from __future__ import annotations

from study.config import Settings
from study.model import Course
from study.render.sheets import pages

# families a reader's machine may have (Linux, macOS, Windows), tried in order by the browser
SCREEN_FAMILIES = ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun")


def screen_families(wanted: str | None) -> tuple[str, ...]:
    """The font stack for screens: the course's own font first, then common Chinese serif families."""
    return tuple(dict.fromkeys([wanted, *SCREEN_FAMILIES] if wanted else SCREEN_FAMILIES))


def render(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/html/<stem>-提纲.html, -练习.html, -答案.html per document and course-*.html for the course."""
    found = pages(course, settings, screen_families(settings.font), "screen")
    return {f"html/{name}.html": html.encode("utf-8") for name, html in found.items()}
