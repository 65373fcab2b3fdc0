"""The one orchestrator: discover, read and parse everything, render, write, summarize.

Gather first, write last: every renderer's files are staged beside their targets and renamed into place
only when all of them succeeded. Parsed documents and rendered files are cached by content hash in
dist/.cache/, so a rebuild with nothing changed renders nothing.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import ModuleType

from study.cache import BuildCache, OutputRecord, Unit, code_fingerprint, digest, folder_digest
from study.config import Settings, load_settings
from study.errors import StudyError
from study.facts import COURSE_FACTS, file_facts
from study.generate.course_work import jobs_limit
from study.model import Course, Document, walk
from study.output import (
    Staging,
    dist_lock,
    remove_outputs,
    sweep_temporary_files,
    write_atomically,
)
from study.parse import parse
from study.read import read_source
from study.render import RENDERERS, renderer_module
from study.render.ledger import LEDGER, OLD_LEDGER, Ledger

__all__ = ["BuildReport", "build", "discover", "load_document", "write_atomically"]

SOURCE_SUFFIXES = (".txt", ".text", ".htm", ".html", ".mhtml", ".mht", ".md", ".markdown", ".docx", ".pdf", ".doc")
# below this many documents to parse, starting worker processes costs more than it saves
PARALLEL_MIN_DOCUMENTS = 8

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def no_progress(stage: str, done: int, total: int) -> None:
    """The progress callback that shows nothing."""


@dataclass(frozen=True)
class BuildReport:
    """What a build did: documents built, failures (one line each), files written, units rendered."""

    documents: tuple[Document, ...]
    failures: tuple[str, ...]
    written: tuple[str, ...]
    removed: tuple[str, ...] = ()
    rendered: tuple[str, ...] = ()  # render units that ran (the others were reused from the cache)
    outputs: Mapping[str, OutputRecord] = field(default_factory=dict)
    facts: Mapping[str, int] = field(default_factory=dict)  # course-wide counts, e.g. exercises
    timings: Mapping[str, float] = field(default_factory=dict)  # stage → seconds
    notes: tuple[str, ...] = ()  # one line each for the summary, e.g. outputs left out of a large course
    unmade: tuple[str, ...] = ()  # one line per chosen output this machine could not make, e.g. no CJK font
    warnings: tuple[str, ...] = ()  # the build's own warnings, beside the documents': e.g. a lost note ledger

    @property
    def ok(self) -> bool:
        """True when every document built and every chosen output was made."""
        return not self.failures and not self.unmade


@dataclass(frozen=True)
class Gathered:
    """The read-and-parse stage's result: documents in order, their content keys, failures."""

    documents: tuple[Document, ...]
    keys: Mapping[str, str]  # document stem → hash of its source bytes, path and the code
    failures: tuple[str, ...]


@dataclass(frozen=True)
class RenderUnit:
    """One cacheable piece of rendering: a whole renderer, or one document's part of it."""

    unit_id: str
    key: str
    make: Callable[[], dict[str, bytes]]
    job: tuple[str, int] | None = None  # (renderer module, document index): a worker process can render it
    # the key its files are kept under, from the files it made, when not `key` (a unit its own ledger feeds)
    settled: Callable[[Mapping[str, OutputRecord]], str] | None = None


def build(
    sources: Path,
    dist: Path,
    log: Callable[[str], None] = print,
    *,
    clean: bool = False,
    jobs: int | None = None,
    progress: Progress = no_progress,
) -> BuildReport:
    """Build the course in `sources` into `dist`: gather first, write last."""
    timings: dict[str, float] = {}
    settings = load_settings(sources)
    paths = discover(sources)
    with dist_lock(dist, log):
        sweep_temporary_files(dist)
        cache = BuildCache(dist, fresh=clean)  # --clean: old outputs stay until the new ones replace them
        with timed(timings, "read+parse"):
            gathered = gather(paths, cache, jobs, progress)
        course = make_course(settings, gathered.documents, settings_time(sources))
        keys = course_keys(sources, settings, gathered)
        # outputs this machine cannot make are left out, the others still built; keys keep the full settings
        unmade = unmade_outputs(course, settings)
        settings = replace(settings, outputs=tuple(name for name in settings.outputs if name not in unmade))
        warnings: list[str] = []  # counted with the documents' warnings: shown in the summary, fail --strict
        ledgers = read_ledgers(course, settings, dist, warnings.append)  # what the last build published
        staging = Staging(dist)
        try:
            with jobs_limit(jobs):  # the course-wide work's own pools (vocabulary, exercises) obey --jobs too
                outputs, rendered = render_all(
                    course, settings, keys, cache, staging, progress, timings, jobs, ledgers=ledgers
                )
                facts = count_course(course, settings, keys, cache)
            with timed(timings, "write"):
                written = staging.commit()
        finally:
            staging.discard()
        # a ledger outlives its output's absence: choosing `anki` again later must find the notes it published
        # (and a ledger of the first format, until one of the new format replaces it)
        stale = cache.previous_files() - outputs.keys() - {LEDGER, OLD_LEDGER}
        removed = remove_outputs(dist, stale | ({OLD_LEDGER} if LEDGER in outputs else set()))
        cache.save()
    return BuildReport(
        gathered.documents,
        gathered.failures,
        tuple(written),
        tuple(removed),
        tuple(rendered),
        outputs,
        facts,
        timings,
        (*renderer_notes(course, settings), *removed_notes(outputs)),
        tuple(unmade.values()),
        tuple(warnings),
    )


def discover(sources: Path) -> list[Path]:
    """The source documents of a course, in document order (sorted by file name)."""
    if not sources.is_dir():
        raise StudyError("no such folder of sources", where=str(sources))
    found = sorted(p for p in sources.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
    if not found:
        raise StudyError(f"no source documents ({', '.join(SOURCE_SUFFIXES)})", where=str(sources))
    return found


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the wall-clock time of the block to timings[stage]."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


# --- read and parse -------------------------------------------------------------------------------


def load_document(path: Path) -> Document:
    """Read and parse one source file; a user's mistake raises StudyError."""
    return parse(read_source(path))


def load_or_failure(path: Path) -> Document | str:
    """One document, or the one line saying why it could not be built (the others still build)."""
    try:
        return load_document(path)
    except StudyError as exc:
        return exc.format_message()
    except Exception as exc:  # a reader/parser bug on one document must not stop the course
        return f"{path}: internal error while reading or parsing ({type(exc).__name__}: {exc})"


def source_key(path: Path) -> str | None:
    """The content key of a source file (its bytes, its path, the code), or None when unreadable."""
    try:
        return digest(code_fingerprint(), str(path), path.read_bytes())
    except OSError:
        return None


def gather(paths: list[Path], cache: BuildCache, jobs: int | None, progress: Progress) -> Gathered:
    """Every document read and parsed, from the cache where its source is unchanged; failures as lines."""
    keys = {path: source_key(path) for path in paths}
    results: dict[Path, Document | str] = {}
    for path, key in keys.items():
        cached = cache.document(key) if key else None
        if cached is not None:
            results[path] = cached
    missing = [path for path in paths if path not in results]
    for path, result in zip(missing, load_many(missing, jobs, progress), strict=True):
        results[path] = result
        key = keys[path]
        if isinstance(result, Document) and key:
            cache.keep_document(key, result)
    return collect(paths, results, keys)


def load_many(paths: list[Path], jobs: int | None, progress: Progress) -> Iterator[Document | str]:
    """Load documents in order: in worker processes when there are enough of them to pay for it."""
    workers = worker_count(jobs, len(paths))
    if workers < 2:
        results: Iterator[Document | str] = map(load_or_failure, paths)
        yield from counted(results, "reading", len(paths), progress)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(paths) // (workers * 8))
        # map() keeps input order, so the course is the same as a serial build's
        yield from counted(pool.map(load_or_failure, paths, chunksize=chunk), "reading", len(paths), progress)


def worker_count(jobs: int | None, tasks: int) -> int:
    """How many worker processes to use: 1 (none) when there are too few tasks to pay for starting them."""
    return min(jobs or os.cpu_count() or 1, tasks) if tasks >= PARALLEL_MIN_DOCUMENTS else 1


def counted(results: Iterator[Document | str], stage: str, total: int, progress: Progress) -> Iterator[Document | str]:
    """Pass results through, reporting progress after each."""
    for done, result in enumerate(results, 1):
        progress(stage, done, total)
        yield result


def collect(paths: list[Path], results: Mapping[Path, Document | str], keys: Mapping[Path, str | None]) -> Gathered:
    """Documents in order; a second document with the same stem fails (their outputs would collide)."""
    documents: list[Document] = []
    failures: list[str] = []
    doc_keys: dict[str, str] = {}
    for path in paths:
        result = results[path]
        if isinstance(result, str):
            failures.append(result)
        elif result.stem in doc_keys:
            failures.append(f"{path}: another source has the same name {result.stem!r}; rename one")
        else:
            documents.append(result)
            doc_keys[result.stem] = keys[path] or ""
    return Gathered(tuple(documents), doc_keys, tuple(failures))


def course_id(title: str) -> str:
    """A stable id for a course, derived from its title, so two courses never share deck ids or GUIDs."""
    return digest(title)[:16]


def settings_time(sources: Path) -> float:
    """When the course settings last changed (0 without a settings file)."""
    path = sources / "course.toml"
    return path.stat().st_mtime if path.is_file() else 0.0


def make_course(settings: Settings, documents: tuple[Document, ...], settings_mtime: float = 0.0) -> Course:
    """The course: its identity, its documents in order, and when its inputs last changed."""
    updated = max([settings_mtime, *(doc.source.mtime for doc in documents)])
    return Course(course_id(settings.title), settings.title, documents, updated)


# --- render -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CourseKeys:
    """Content keys of what renderers read: settings + templates, each document, the whole course."""

    inputs: str  # code, settings and the course's own templates
    identity: str  # course id and title: what a document's own outputs may depend on beyond the document
    documents: Mapping[str, str]
    course: str


def course_keys(sources: Path, settings: Settings, gathered: Gathered) -> CourseKeys:
    """The keys of the render units' inputs."""
    # a course's own templates: sources/templates, or templates/ beside sources/ (as render.sheets looks)
    templates = [folder_digest(folder / "templates") for folder in (sources, sources.parent)]
    inputs = digest(code_fingerprint(), repr(settings), *templates)
    identity = digest(settings.title, course_id(settings.title))
    course = digest(inputs, identity, *(f"{stem}={key}" for stem, key in gathered.keys.items()))
    return CourseKeys(inputs, identity, gathered.keys, course)


def unmade_outputs(course: Course, settings: Settings) -> dict[str, str]:
    """The chosen outputs this machine cannot make (a renderer's optional `unavailable`), each with its line."""
    unmade: dict[str, str] = {}
    for name, mod in chosen_modules(settings).items():
        reason = mod.unavailable(course, settings) if hasattr(mod, "unavailable") else None
        if reason:
            unmade[name] = reason
    return unmade


def chosen_modules(settings: Settings) -> dict[str, ModuleType]:
    """The chosen outputs' renderer modules, by output name, in RENDERERS order."""
    return {name: renderer_module(name) for name in RENDERERS if name in settings.outputs}


def render_all(
    course: Course,
    settings: Settings,
    keys: CourseKeys,
    cache: BuildCache,
    staging: Staging,
    progress: Progress,
    timings: dict[str, float],
    jobs: int | None = None,
    *,
    ledgers: Mapping[str, Ledger] | None = None,
) -> tuple[dict[str, OutputRecord], list[str]]:
    """Run every chosen renderer (those that link the others last); return all outputs and units run."""
    chosen = chosen_modules(settings)
    first = {name: mod for name, mod in chosen.items() if not hasattr(mod, "render_after")}
    after = {name: mod for name, mod in chosen.items() if hasattr(mod, "render_after")}
    outputs: dict[str, OutputRecord] = {}
    rendered: list[str] = []
    ledgers = ledgers or {}
    plan = {name: units_of(name, mod, course, settings, keys, ledgers.get(name)) for name, mod in first.items()}
    total, done = sum(len(units) for units in plan.values()), 0
    for name, units in plan.items():
        prepare = getattr(first[name], "prepare_course", None)
        prepare = partial(prepare, course, settings) if prepare else None
        with timed(timings, name):
            for unit, ran in run_units(units, course, settings, cache, staging, outputs, jobs, prepare):
                rendered += [unit.unit_id] if ran else []
                done += 1
                progress("rendering", done, total)
    for name, mod in after.items():
        unit = after_unit(name, mod, course, settings, keys, linked(outputs))
        with timed(timings, name):
            rendered += [u.unit_id for u, ran in run_units([unit], course, settings, cache, staging, outputs) if ran]
    return outputs, rendered


def ledger_unit(
    name: str, module: ModuleType, course: Course, settings: Settings, keys: CourseKeys, ledger: Ledger
) -> RenderUnit:
    """The unit of a renderer that keeps a ledger: keyed on the course and the ledger read, as "the ledger
    this course's render wrote" when it is. Rendering the same course with the ledger it wrote makes the
    same files (the notes keep their GUIDs and times, a removed point stays in its revision), so the first
    rebuild with nothing changed reuses them instead of rendering again only to write the same ledger."""

    def written(ledger_digest: str) -> str:
        return digest(keys.course, name, "ledger-written", ledger_digest)

    def settled(records: Mapping[str, OutputRecord]) -> str:
        return written(records[LEDGER].sha256) if LEDGER in records else digest(keys.course, name, ledger.digest)

    render = partial(module.render, course, settings, ledger)
    return RenderUnit(name, written(ledger.digest), render, settled=settled)


def units_of(
    name: str, module: ModuleType, course: Course, settings: Settings, keys: CourseKeys, ledger: Ledger | None = None
) -> list[RenderUnit]:
    """A renderer's units: one per document plus the course-wide one if it renders per document."""
    if ledger is not None:  # what it published last time is an input too: same inputs and ledger, same files
        return [ledger_unit(name, module, course, settings, keys, ledger)]
    if not hasattr(module, "render_document"):
        return [RenderUnit(name, digest(keys.course, name), partial(module.render, course, settings))]
    importable = isinstance(module, ModuleType)  # a worker process can import it by name
    # a renderer whose document files draw on other documents (course vocabulary, wrong options) says so
    scope = keys.course if getattr(module, "DOCUMENTS_NEED_COURSE", False) else keys.identity
    per_document = [
        RenderUnit(
            f"{name}/{doc.stem}",
            digest(keys.inputs, scope, keys.documents[doc.stem], name),
            partial(module.render_document, doc, course, settings),
            (module.__name__, index) if importable else None,
        )
        for index, doc in enumerate(course.documents)
    ]
    return [
        *per_document,
        RenderUnit(name, digest(keys.course, name), partial(module.render_course, course, settings)),
    ]


def after_unit(
    name: str,
    module: ModuleType,
    course: Course,
    settings: Settings,
    keys: CourseKeys,
    outputs: dict[str, OutputRecord],
) -> RenderUnit:
    """The unit of a renderer that links the others' outputs: its key covers them too."""
    listing = [f"{rel}={rec.sha256}" for rel, rec in sorted(outputs.items())]
    make = partial(module.render_after, course, settings, outputs)
    return RenderUnit(name, digest(keys.course, name, *listing), make)


def run_units(
    units: list[RenderUnit],
    course: Course,
    settings: Settings,
    cache: BuildCache,
    staging: Staging,
    outputs: dict[str, OutputRecord],
    jobs: int | None = 1,
    prepare: Callable[[], None] | None = None,
) -> Iterator[tuple[RenderUnit, bool]]:
    """Reuse each unit's cached files or render and stage them; yield each unit and whether it ran.

    `prepare` (a renderer's prepare_course) runs once before any unit renders, so that course-wide work
    is done in this process and inherited by the forked workers instead of repeated in each.
    """
    missing: list[RenderUnit] = []
    for unit in units:
        reused = cache.reuse(unit.unit_id, unit.key)
        if reused is None:
            missing.append(unit)
            continue
        add_outputs(outputs, unit.unit_id, reused.files)
        yield unit, False
    if missing and prepare is not None:
        prepare()
    for unit, files in zip(missing, made_files(missing, course, settings, jobs), strict=True):
        records = {rel: keep_file(staging, rel, data) for rel, data in sorted(files.items())}
        add_outputs(outputs, unit.unit_id, records)
        cache.record(unit.unit_id, Unit(unit.settled(records) if unit.settled else unit.key, records))
        yield unit, True


def keep_file(staging: Staging, rel: str, data: bytes) -> OutputRecord:
    """Stage one rendered file and describe it for the cache and the summary."""
    staging.stage(rel, data)
    return OutputRecord.of(data, file_facts(rel, data))


def made_files(
    units: list[RenderUnit], course: Course, settings: Settings, jobs: int | None
) -> Iterator[dict[str, bytes]]:
    """The files of each unit, in order: per-document units in worker processes when there are many."""
    parallel = [unit.job for unit in units if unit.job is not None]
    workers = worker_count(jobs, len(parallel))
    if workers < 2:
        yield from (unit.make() for unit in units)
        return
    # forked workers inherit the course instead of receiving a copy of it with every document
    with ProcessPoolExecutor(workers, initializer=share_course, initargs=(course, settings)) as pool:
        results = pool.map(render_job, parallel)
        for unit in units:
            yield next(results) if unit.job is not None else unit.make()


SHARED: dict[str, object] = {}  # in a worker process: the course and settings it renders documents of


def share_course(course: Course, settings: Settings) -> None:
    """Worker set-up: keep the course and settings for the render jobs to come."""
    SHARED.update(course=course, settings=settings)


def render_job(job: tuple[str, int]) -> dict[str, bytes]:
    """In a worker: one document's files from a per-document renderer."""
    module, index = job
    course, settings = SHARED["course"], SHARED["settings"]
    assert isinstance(course, Course) and isinstance(settings, Settings)
    files: dict[str, bytes] = importlib.import_module(module).render_document(course.documents[index], course, settings)
    return files


def add_outputs(outputs: dict[str, OutputRecord], unit_id: str, records: Mapping[str, OutputRecord]) -> None:
    """Add a unit's files; two units making the same file is a renderer bug, not a user's mistake."""
    clash = outputs.keys() & records.keys()
    if clash:
        raise RuntimeError(f"render unit {unit_id} makes files another unit made: {sorted(clash)}")
    outputs.update(records)


def read_ledgers(course: Course, settings: Settings, dist: Path, warn: Callable[[str], None]) -> dict[str, Ledger]:
    """The ledger each chosen renderer that keeps one (its `read_ledger`) left in dist/ last time."""
    modules = chosen_modules(settings)
    return {name: mod.read_ledger(dist, course, warn) for name, mod in modules.items() if hasattr(mod, "read_ledger")}


def linked(outputs: Mapping[str, OutputRecord]) -> dict[str, OutputRecord]:
    """The outputs a home page links: not the hidden ones (a renderer's ledger in dist/.cache/)."""
    return {rel: rec for rel, rec in outputs.items() if not rel.startswith(".")}


def removed_notes(outputs: Mapping[str, OutputRecord]) -> tuple[str, ...]:
    """The summary's line on notes whose points left the sources, when a deck carries any."""
    count = sum(rec.facts.get("removed", 0) for rec in outputs.values())
    if not count:
        return ()
    return (f"{count} Anki notes left the sources: tagged study::removed (in Anki, search tag:study::removed, delete)",)


def renderer_notes(course: Course, settings: Settings) -> tuple[str, ...]:
    """The chosen renderers' one-line notes on this course (their optional `course_notes`), each once."""
    modules = chosen_modules(settings).values()
    found = [note for mod in modules if hasattr(mod, "course_notes") for note in mod.course_notes(course, settings)]
    return tuple(dict.fromkeys(found))


def count_course(course: Course, settings: Settings, keys: CourseKeys, cache: BuildCache) -> dict[str, int]:
    """Course-wide counts for the summary (exercises), cached like a render unit."""
    facts: dict[str, int] = {}
    for name, (shown_by, count) in COURSE_FACTS.items():
        if not set(shown_by) & set(settings.outputs) & RENDERERS.keys():
            continue
        unit_id, key = f"facts/{name}", digest(keys.course, "facts", name)
        unit = cache.reuse(unit_id, key) or Unit(key, {}, {name: count(course, settings)})
        cache.record(unit_id, unit)
        facts.update(unit.facts)
    return facts


# --- summarize --------------------------------------------------------------------------------------


def summary_line(doc: Document) -> str:
    """One line per document: lists, items, warnings."""
    lists = [lst for _, lst in walk(doc.lists)]
    items = sum(len(lst.items) for lst in lists)
    return f"{doc.source.path}: {len(lists)} lists, {items} items, {len(doc.all_warnings)} warnings"
