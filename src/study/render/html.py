"""The three sheets as web pages, from the same templates as the PDFs: dist/html/<stem>-提纲.html, …"""

from __future__ import annotations

from study.config import Settings
from study.model import Course
from study.render.sheets import pages

# families a reader's machine may have (Linux, macOS, Windows), by script, tried in order by the browser
SCREEN_FAMILIES = {
    "simplified": ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun"),
    "traditional": ("Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "MingLiU"),
}


def screen_families(wanted: str | None, script: str = "simplified") -> tuple[str, ...]:
    """The font stack for screens: the course's own font first, then common Chinese serif families."""
    common = SCREEN_FAMILIES.get(script, SCREEN_FAMILIES["simplified"])
    return tuple(dict.fromkeys([wanted, *common] if wanted else common))


def render(course: Course, settings: Settings) -> dict[str, bytes]:
    """dist/html/<stem>-提纲.html, -练习.html, -答案.html per document and course-*.html for the course."""
    found = pages(course, settings, lambda script: screen_families(settings.font, script), "screen")
    return {f"html/{name}.html": html.encode("utf-8") for name, html in found.items()}
