"""Renderers: one module per output, same signature, chosen by name.

A renderer is `render(course: Course, settings: Settings) -> dict[str, bytes]`: it returns the files it
makes, keyed by their path relative to dist/. It never writes; the build writes them atomically.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from study.config import Settings
from study.model import Course

Renderer = Callable[[Course, Settings], dict[str, bytes]]

# output name (as in course.toml `outputs`) → module under study.render; order is the build order
RENDERERS: dict[str, str] = {
    "outline": "study.render.outline",
}


def renderer(name: str) -> Renderer:
    """The render function of the output called `name` (imported only when used: some are heavy)."""
    return importlib.import_module(RENDERERS[name]).render
