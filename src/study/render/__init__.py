"""Renderers: one module per output, same signature, chosen by name.

A renderer is `render(course: Course, settings: Settings) -> dict[str, bytes]`: it returns the files it
makes, keyed by their path relative to dist/. It never writes; the build writes them atomically.

Optional protocols, used by the build when a renderer module offers them:

- Per document (incremental builds, bounded memory): `render_document(doc, course, settings)` makes the
  files of one document and `render_course(course, settings)` the course-wide ones; together they make
  exactly what `render` makes. The build caches each document's part under the hash of that document,
  the settings and the course's identity (course_id, title) only, so `render_document` must not look at
  other documents (a renderer whose per-document files depend on the whole course, e.g. distractors
  drawn from other documents, keeps to plain `render`). When many documents need rendering the build
  runs `render_document` in worker processes (the module is imported there by name), so it must not
  count on state kept between calls. A renderer whose document files do depend on other documents
  (exercises drawing on the course vocabulary and its neighbours' heads) sets `DOCUMENTS_NEED_COURSE =
  True`: its per-document units are then keyed by the whole course's content, and still run in parallel.
- Before rendering (course-wide work shared by the documents): `prepare_course(course, settings)` runs
  once in the build's process when any of the renderer's units must render, before workers are forked,
  so they inherit what it computed.
- Notes: `course_notes(course, settings)` returns one-line notes for the build summary (e.g. course-wide
  sheets left out of a very large course); the build shows each distinct note once.
- Unavailable here: `unavailable(course, settings)` returns the summary's one line when this machine cannot
  make the output (the PDFs without a Chinese font), else None; the build then makes every other output
  and exits 1.
- A ledger (what it published last time, e.g. the Anki deck's notes): `read_ledger(dist, course, warn)`
  returns it (with a `digest` of the file it came from; a missing or corrupt one is started afresh with
  one `warn` line), read by the build before rendering; the renderer is then called as
  `render(course, settings, ledger)`, its unit keyed by the ledger's digest too, and returns the next
  ledger among its files (under dist/.cache/, never linked from the home page).
- After the others (the course home page): `render_after(course, settings, outputs)` runs once every
  other renderer has been gathered and receives `outputs`, a mapping of every other output path to its
  study.cache.OutputRecord (sha256, size, facts such as {"pages": 3} or {"notes": 120}).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

from study.config import Settings
from study.model import Course

Renderer = Callable[[Course, Settings], dict[str, bytes]]

# output name (as in course.toml `outputs`) → module under study.render; order is the build order
RENDERERS: dict[str, str] = {
    "outline": "study.render.outline",
    "anki": "study.render.anki",
    "pdf": "study.render.pdf",
    "html": "study.render.html",
    "index": "study.render.index",  # keep last: the course home page links what the others made
}


def renderer_module(name: str) -> ModuleType:
    """The module of the output called `name`, for the build to see which optional protocols it offers."""
    return importlib.import_module(RENDERERS[name])


def renderer(name: str) -> Renderer:
    """The render function of the output called `name` (imported only when used: some are heavy)."""
    render: Renderer = importlib.import_module(RENDERERS[name]).render
    return render
