"""The one orchestrator: the build read as its pipeline.

    read all (pass 1) → course context → generate all (pass 2) → render all → commit

Gather first, write last: every output's files are staged beside their targets and renamed into place
only when all of them succeeded. Both passes run per document through one executor (study.concurrency),
in this process, a local pool or a Dask cluster, and are cached by content hash in dist/.cache/: a
document's parse and word counts by its source, its generated work by everything it is made from, each
rendered file by what it is made of (study.units), so a rebuild renders only what changed.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from study.cache import FRONTS, BuildCache, Memo, OutputRecord, code_fingerprint, digest
from study.collector import collector_frozen, collector_relaxed
from study.concurrency import Executor, InProcess, Warmer, open_executor
from study.config import Settings, discover, held_in, load_settings, source_names
from study.copies import Compared, copies
from study.facts import COURSE_FACTS, FIRST_IMPORT_FACT
from study.generate.read_vocabulary import KeptChoices
from study.generate.reads import Answers, Reads
from study.generate.terms import CourseTally
from study.generated import CHOICE_KINDS, CourseWork, DocumentWork
from study.model import Course, Document, Meta, Source
from study.output import Staging, dist_lock, remove_outputs, sweep_temporary_files
from study.render.ledger import LEDGER, OLD_LEDGER, Ledger
from study.render.outputs import Output, chosen, parts_made
from study.summary import Summary, how_many
from study.tallies import Tallying
from study.unchanged import Stamp, course_inputs, forget, inputs_key, probe_of, remember, sources_seen
from study.units import PARALLEL_FROM, Progress, after_unit, assembly_units, course_digest, run_units, units_of
from study.work import (
    NO_COUNTS,
    CourseBasis,
    CourseContext,
    DocumentTask,
    Generated,
    Prepared,
    course_basis,
    course_context,
    course_work,
    document_work,
    prepare,
    tasks,
    work_key,
)

__all__ = ["BuildReport", "Progress", "build", "collect", "discover", "load_many", "no_progress"]

T = TypeVar("T")


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
    kept: tuple[str, ...] = ()  # the paths of documents that failed to read and are built as they last read

    @property
    def ok(self) -> bool:
        """True when every document built and every chosen output was made."""
        return not self.failures and not self.unmade


@dataclass(frozen=True)
class Gathered:
    """The first pass's result: documents in order (their counts in the course tally), content keys, failures,
    and the documents found to repeat others (those whole left out)."""

    prepared: tuple[Prepared, ...]
    keys: Mapping[str, str]  # document stem → hash of its source bytes, path and the code
    failures: tuple[str, ...]
    copies: tuple[str, ...] = ()  # a line per source repeating an earlier one by mistake, most likely (to fix)
    holding: tuple[tuple[str, str], ...] = ()  # (path, what) per source holding another's text or held in it
    kept: tuple[str, ...] = ()  # paths of sources that failed to read, kept as they last read (see keep_last_good)

    @property
    def documents(self) -> tuple[Document, ...]:
        """The documents that were read and parsed, in order."""
        return tuple(p.doc for p in self.prepared)

    def content_keys(self) -> list[str]:
        """The documents' content keys, in order."""
        return [self.keys[p.doc.stem] for p in self.prepared]


def build(
    sources: Path,
    dist: Path,
    log: Callable[[str], None] = print,
    *,
    clean: bool = False,
    jobs: int | None = None,
    progress: Progress = no_progress,
    executor: str | None = None,
) -> BuildReport:
    """Build the course in `sources` into `dist`: gather first, write last."""
    timings: dict[str, float] = {}
    settings = load_settings(sources)
    unlisted: dict[Path, str] = {}  # folders in sources/ that cannot be listed, each with its line: the others build
    paths = discover(sources, unlisted)
    outputs = chosen(settings)
    preload = [module for output in outputs for module in output.preload]
    probes = tuple(probe_of(output.fingerprint) for output in outputs if output.fingerprint)
    with dist_lock(dist, log), open_executor(executor, jobs, preload) as pool:
        forget(dist)  # before dist/ changes: a build cut off leaves no stamp to say nothing changed
        inputs = course_inputs(sources, settings)  # code, settings, templates: what every output depends on
        key = inputs_key(sources, settings, paths, probes, inputs)  # all it is made of, as this build finds it
        seen = sources_seen(paths)
        sweep_temporary_files(dist)
        cache = BuildCache(dist, fresh=clean)  # --clean: old outputs stay until the new ones replace them
        paths = held_in(paths, unlisted, last_course(cache))  # their documents stay as they last read
        # workers wanted for printing later are started (and their printers made) while the sources are read
        warmers = [(output.warm, settings) for output in outputs if output.warm] if len(paths) >= PARALLEL_FROM else []
        tallying = Tallying(cache) if parts_made(outputs) else None  # an outline-only build counts no words
        with timed(timings, "read+parse"), collector_relaxed():
            gathered = gather(paths, cache, pool, progress, tallying, warmers)
        gathered = replace(gathered, failures=(*unlisted.values(), *gathered.failures))
        course = make_course(settings, gathered.documents, settings_time(sources))
        # outputs this machine cannot make are left out, the others still built
        unmade = unmade_outputs(course, outputs)
        outputs = tuple(output for output in outputs if output.name not in unmade)
        with timed(timings, "generate"), collector_relaxed():
            fonts = fonts_of(outputs, settings)
            keys = gathered.content_keys()
            tally = tallying.course(list(zip(keys, course.documents, strict=True))) if tallying else CourseTally()
            basis = course_basis(course, settings, parts_made(outputs), tally, fonts, keys)
            del tally  # summed into the vocabulary: not held while the works are made
            work = generate(course, basis, gathered, cache, pool, progress)
            work = replace(work, unread=unread(gathered.failures, sources, [*paths, *unlisted]))
        warnings = list(gathered.copies)  # counted with the documents' warnings: shown in the summary, fail --strict
        ledgers = read_ledgers(course, outputs, dist, warnings.append)  # what the last build published
        staging = Staging(dist)
        try:
            with collector_frozen():
                records, rendered = render_all(work, outputs, inputs, cache, staging, pool, progress, timings, ledgers)
            with timed(timings, "write"):
                written = staging.commit()
            keep_course(cache, gathered)  # only once dist/ holds this course: a build cut off keeps the last one's
        finally:
            staging.discard()
        # a ledger outlives its output's absence: choosing `anki` again later must find the notes it published
        # (and a ledger of the first format, until one of the new format replaces it)
        stale = cache.previous_files() - records.keys() - {LEDGER, OLD_LEDGER}
        removed = remove_outputs(dist, stale | ({OLD_LEDGER} if LEDGER in records else set()))
        cache.save()
        report = BuildReport(
            gathered.documents,
            gathered.failures,
            tuple(written),
            tuple(removed),
            tuple(rendered),
            records,
            course_facts(work, outputs),
            timings,
            (*(f"{path}: {what}" for path, what in gathered.holding), *removed_notes(records), *lone_notes(work)),
            tuple(unmade.values()),
            tuple(warnings),
            gathered.kept,
        )
        # a build with something to fix is not said again: a failure or a lost ledger may not recur
        if key is not None and report.ok and not report.warnings:
            stamp = Stamp(key, code_fingerprint(), probes, seen, cache.files_seen(), Summary.of(report).again())
            remember(dist, stamp)
    return report


def unread(failures: Sequence[str], sources: Path, places: Sequence[Path]) -> tuple[tuple[str, str], ...]:
    """Each failure's source (or folder, of `places`) named as in sources/, and why: what the home page shows."""
    known = sorted({str(place) for place in places}, key=len, reverse=True)  # the longest first: a folder's files
    found = []
    for line in failures:
        where = next((place for place in known if line.startswith(f"{place}: ")), None)
        if where is None:
            found.append(("", line))
            continue
        name = Path(where).relative_to(sources).as_posix() if Path(where).is_relative_to(sources) else where
        found.append((name, line[len(where) + 2 :]))
    return tuple(found)


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the wall-clock time of the block to timings[stage]."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


# --- pass 1: read, parse and count --------------------------------------------------------------------


def source_key(path: Path) -> str | None:
    """The content key of a source file (its bytes, its path, the code), or None when unreadable."""
    try:
        return digest(code_fingerprint(), str(path), path.read_bytes())
    except OSError:
        return None


def gather(
    paths: list[Path],
    cache: BuildCache,
    executor: Executor,
    progress: Progress,
    tallying: Tallying | None = None,
    warmers: Sequence[Warmer] = (),
) -> Gathered:
    """Every document read, parsed and counted, from the cache where its source is unchanged; failures as lines.

    The counts of the documents read go to `tallying` as they arrive (None: count nothing, an outline-only
    build). `warmers`: the workers are wanted later (for printing) when a document changed: start them now, so
    that they import what they need and make ready what they will use while this process reads."""
    counting = tallying is not None
    keys = {path: source_key(path) for path in paths}
    kind = "counted" if counting else "parsed"  # an outline-only build finds no heads: its pickles say so
    results: dict[Path, Prepared | str] = {}
    for path, key in keys.items():
        cached = cache.load("documents", digest(kind, key)) if key else None
        if isinstance(cached, Prepared):
            results[path] = cached
    missing = [path for path in paths if path not in results]
    if warmers and missing:
        executor.warm(warmers)
    for path, result in zip(missing, load_many(missing, executor, progress, counting), strict=True):
        key = keys[path]
        if isinstance(result, Prepared):
            if tallying is not None and key:
                tallying.add(key, result.counts)
            result = replace(result, counts=NO_COUNTS)  # in the tally: not held for every document
            if key:
                cache.keep("documents", digest(kind, key), result)
        results[path] = result
    failed = {str(path): result for path, result in results.items() if isinstance(result, str)}
    kept = keep_last_good(cache, kind, results, keys)
    return with_kept(collect(paths, results, keys, last_course(cache), last_names(cache)), kept, failed)


def with_kept(gathered: Gathered, kept: Mapping[str, str], failed: Mapping[str, str]) -> Gathered:
    """The first pass's result with the sources kept as they last read (`kept`: their lines, by path): one
    whose last reading the course leaves out as a copy is not kept after all, only a failure (`failed`: its line
    as it reads now), and no copy either: it is empty or unreadable now, not the same text as another."""
    held = {doc.source.path for doc in gathered.documents}
    out = {path for path in kept if path not in held}
    lines = [failed[path] if path in out else line for path, line in kept.items()]
    copies = tuple(line for line in gathered.copies if not any(line.startswith(f"{path}: ") for path in out))
    return replace(
        gathered, failures=(*gathered.failures, *lines), copies=copies, kept=tuple(p for p in kept if p not in out)
    )


COURSE_DOCUMENTS = "course-documents"  # the record of the paths of the documents the last build's course held


def last_course(cache: BuildCache) -> frozenset[str]:
    """The paths of the documents the last build's course held (whatever code built it)."""
    found = cache.load("documents", COURSE_DOCUMENTS)
    return found if isinstance(found, frozenset) else frozenset()


def keep_course(cache: BuildCache, gathered: Gathered) -> None:
    """This course's documents' paths and names recorded for the next build (see collect)."""
    held = frozenset(doc.source.path for doc in gathered.documents)
    if held != last_course(cache):
        cache.keep("documents", COURSE_DOCUMENTS, held)
    names = {doc.source.path: doc.stem for doc in gathered.documents}
    if names != last_names(cache):
        cache.keep("documents", COURSE_NAMES, names)


COURSE_NAMES = "course-names"  # the record of the names the last build's documents had, by path (source_names)


def last_names(cache: BuildCache) -> dict[str, str]:
    """The names the last build's documents had, by path."""
    found = cache.load("documents", COURSE_NAMES)
    return found if isinstance(found, dict) else {}


LAST_GOOD = "last-good"  # the one record, among the documents, of each source's last content key that read


def keep_last_good(
    cache: BuildCache, kind: str, results: dict[Path, Prepared | str], keys: dict[Path, str | None]
) -> dict[str, str]:
    """A source that fails to read (empty, cut short, a placeholder of a file not yet synced) after it read
    before stays in the course as it last read, in `results` and `keys`: its outputs, and the notes its deck
    published, are not taken away for a failure that may be the copy's, not the author's. A line each, by path."""
    record = f"{LAST_GOOD}-{kind}"  # an outline-only build keeps parses of its own kind, uncounted
    found = cache.load("documents", record)
    # kept by this code only: a parse kept by other code may not be what this code reads
    last: dict[str, str] = found[1] if isinstance(found, tuple) and found[0] == code_fingerprint() else {}
    kept = {}
    for path, result in results.items():
        previous = last.get(str(path)) if isinstance(result, str) else None
        earlier = cache.load("documents", digest(kind, previous)) if previous else None
        if isinstance(result, str) and isinstance(earlier, Prepared):
            results[path], keys[path] = earlier, previous
            kept[str(path)] = f"{result}; the course keeps it as it last read"
    good = {str(path): keys[path] or "" for path, result in results.items() if isinstance(result, Prepared)}
    if good != last:
        cache.keep("documents", record, (code_fingerprint(), good))
    return kept


def load_many(paths: list[Path], executor: Executor, progress: Progress, counting: bool) -> Iterator[Prepared | str]:
    """Pass 1 over some sources, in order, through the executor."""
    yield from counted(executor.map(prepare, counting, paths), "reading", len(paths), progress)


def counted(results: Iterator[T], stage: str, total: int, progress: Progress) -> Iterator[T]:
    """Pass results through, reporting progress after each."""
    for done, result in enumerate(results, 1):
        progress(stage, done, total)
        yield result


def collect(
    paths: list[Path],
    results: Mapping[Path, Prepared | str],
    keys: Mapping[Path, str | None],
    last: frozenset[str] = frozenset(),
    names: Mapping[str, str] | None = None,
) -> Gathered:
    """Documents in order, each named in the course (config.source_names: two of one file name in two folders
    are both built, one named by its folder too; `names`: the last build's, by path, which they keep), and one
    with the text of another left out (the course would teach it twice: cards, questions, pages). Of two
    copies the one the last course held (`last`, by path) stays, else the first: a copy added under a name that
    sorts first does not take the place of the document whose notes Anki has (they would be tagged removed)."""
    prepared: list[Prepared] = []
    failures: list[str] = []
    doc_keys: dict[str, str] = {}
    read = [path for path in paths if isinstance(results[path], Prepared)]
    named = dict(zip(read, source_names(read, names), strict=True))
    for path in paths:
        result = results[path]
        if isinstance(result, str):
            failures.append(result)
        else:
            result = renamed(result, named[path])
            prepared.append(result)
            doc_keys[result.doc.stem] = keys[path] or ""
    order = sorted(range(len(prepared)), key=lambda at: (prepared[at].doc.source.path not in last, at))
    compared = [prepared[at].compared or Compared.of(prepared[at].doc) for at in order]
    found = sorted((order[at], copy) for at, copy in copies(compared).items())
    to_fix = tuple(copy.line(prepared[at].doc.source.path) for at, copy in found if copy.to_fix)
    holding = tuple((prepared[at].doc.source.path, copy.message) for at, copy in found if not copy.to_fix)
    left_out = {at for at, copy in found if copy.whole}
    kept = tuple(p for at, p in enumerate(prepared) if at not in left_out)
    return Gathered(kept, {p.doc.stem: doc_keys[p.doc.stem] for p in kept}, tuple(failures), to_fix, holding)


def renamed(prepared: Prepared, name: str) -> Prepared:
    """A document's first pass under the name the course gives it (its heads, wrong options of other documents'
    questions, say whose they are by it)."""
    if prepared.doc.stem == name:
        return prepared
    doc = replace(prepared.doc, source=replace(prepared.doc.source, stem=name))
    return replace(prepared, doc=doc, heads=tuple(replace(head, document=name) for head in prepared.heads))


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


# --- between the passes, and pass 2: generate --------------------------------------------------------


def fonts_of(outputs: Sequence[Output], settings: Settings) -> dict[str, dict[str, tuple[str, ...]]]:
    """The font families of each medium the outputs lay pages out for, by page script."""
    return {o.medium: o.fonts(settings) for o in outputs if o.medium is not None and o.fonts is not None}


@dataclass(frozen=True)
class Checked:
    """The works a build found valid, by their keys, and the course context it found them valid in."""

    context: str
    works: frozenset[str]


CHECKED = "course"  # the one record of checked works a dist/ keeps
# the fewest works worth starting worker processes for: a new worker first imports generation and loads its
# word lists (1.5-3 s), and a work takes 0.1-0.2 s, so two workers gain only past some twenty works (the nine
# an edit made again in a course of 100 were made in 4.7 s there, in 1.6 s here); workers already started for
# the first pass take fewer (see Executor.map)
WORKS_IN_WORKERS_FROM = 24
# the document of a kept work: its parse is kept apart (pass 1), and the course's own is attached when it is loaded
UNATTACHED = Document(Source("", "", None, Meta(), "simplified", ()), ())


def generate(
    course: Course,
    basis: CourseBasis,
    gathered: Gathered,
    cache: BuildCache,
    executor: Executor,
    progress: Progress,
) -> CourseWork:
    """Pass 2: every document's work, from the cache where what it is made of is unchanged and what it read of
    the course still reads the same (study.generate.reads); the others made through the executor."""
    found = tasks(course, gathered.prepared, gathered.content_keys())
    keys = {task.index: work_key(basis, task) for task in found}
    context = functools.cache(lambda: course_context(course, basis))  # its lexicon: to check reads or make work
    checked = cache.load("checked", CHECKED)
    same = checked.works if isinstance(checked, Checked) and checked.context == basis.key else frozenset()
    answers = Answers()
    made: dict[int, DocumentWork] = {}
    for task in found:
        key = keys[task.index]
        cached = cache.load("work", key)
        if isinstance(cached, DocumentWork) and (key in same or reads_hold(cache, key, basis, context, answers)):
            cache.touch("reads", [key])
            cache.touch("choices", [choices_key(task)])
            made[task.index] = replace(cached, doc=task.doc)  # the course's own document, not a second copy
    # a work made again is given the blanks its document's texts had, to keep where they still hold
    missing = [kept_choices(cache, task) for task in found if task.index not in made]
    if missing:
        made_there = executor.map(detached_work, context(), missing, min_tasks=WORKS_IN_WORKERS_FROM)
        results = counted(made_there, "generating", len(missing), progress)
        for task, generated in zip(missing, results, strict=True):
            cache.keep("work", keys[task.index], generated.work)  # the course's document attached when loaded
            cache.keep("reads", keys[task.index], generated.reads)
            cache.keep("choices", choices_key(task), generated.choices)
            made[task.index] = replace(generated.work, doc=task.doc)
    if missing or not same:
        cache.keep("checked", CHECKED, Checked(basis.key, frozenset(keys.values())))
    else:
        cache.touch("checked", [CHECKED])
    return course_work(course, basis, [made[task.index] for task in found])


def kept_choices(cache: BuildCache, task: DocumentTask) -> DocumentTask:
    """A document's task with the blanks its texts were given when its work was last made, if kept."""
    kept = cache.load("choices", choices_key(task))
    return replace(task, kept=kept) if isinstance(kept, KeptChoices) else task


def choices_key(task: DocumentTask) -> str:
    """Where a document's kept blank choices are: by its file and the code, not its bytes, so that an edited
    document keeps the choices of the texts it did not change (each is checked text by text)."""
    return digest("choices", code_fingerprint(), task.doc.source.path)


def detached_work(context: CourseContext, task: DocumentTask) -> Generated:
    """Pass 2 for one document (in a worker): its work without the document, which the build has already. A
    worker sent back its own copy of each document, only for it to be dropped (at a thousand documents, 40%
    of what the works' pickles weigh and a second of pickling them both ways)."""
    generated = document_work(context, task)
    return replace(generated, work=replace(generated.work, doc=UNATTACHED))


def reads_hold(
    cache: BuildCache, key: str, basis: CourseBasis, context: Callable[[], CourseContext], answers: Answers
) -> bool:
    """True when a cached work's reads of the course read the same in this course."""
    reads = cache.load("reads", key)
    return isinstance(reads, Reads) and reads.hold(basis.sets, basis.vocabulary, lambda: context().lexicon, answers)


# --- render -----------------------------------------------------------------------------------------


def unmade_outputs(course: Course, outputs: Sequence[Output]) -> dict[str, str]:
    """The chosen outputs this machine cannot make, each with the summary's line."""
    unmade: dict[str, str] = {}
    for output in outputs:
        reason = output.unavailable(course) if output.unavailable else None
        if reason:
            unmade[output.name] = reason
    return unmade


def render_all(
    work: CourseWork,
    outputs: Sequence[Output],
    inputs: str,
    cache: BuildCache,
    staging: Staging,
    executor: Executor,
    progress: Progress,
    timings: dict[str, float],
    ledgers: Mapping[str, Ledger],
) -> tuple[dict[str, OutputRecord], list[str]]:
    """Run every output's units (those that link the others last); return all records and the units run."""
    course_key = course_digest(work, inputs)
    # a course of one document renders here: starting workers would cost more than they save
    executor = executor if len(work.documents) >= PARALLEL_FROM else InProcess()
    records: dict[str, OutputRecord] = {}
    rendered: list[str] = []
    first = [output for output in outputs if output.after is None]
    extras = {o.name: o.fingerprint(work.settings) if o.fingerprint else "" for o in first}
    memo = Memo(cache)  # what renderers remember of each document between builds
    plan = {o.name: units_of(o, work, course_key, extras[o.name], ledgers.get(o.name), memo) for o in first}
    total, done = sum(len(units) for units in plan.values()) + assembled_count(first, work), 0
    for output in first:
        with timed(timings, output.name):
            units = plan[output.name]
            for unit, ran in run_units(units, work.settings, cache, staging, records, executor):
                rendered += [unit.unit_id] if ran else []
                done += 1
                progress("rendering", done, total)
            if output.assembled is not None:  # its course-wide files, from the documents' files just gathered
                units = assembly_units(
                    output, work, inputs, extras[output.name], records, staging, executor.local, Memo(cache, FRONTS)
                )
                for unit, ran in run_units(units, work.settings, cache, staging, records, executor):
                    rendered += [unit.unit_id] if ran else []
                    done += 1
                    progress("rendering", done, total)
    for output in outputs:
        if output.after is not None:
            unit = after_unit(output, work, course_key, linked(records), memo)
            with timed(timings, output.name):
                runs = run_units([unit], work.settings, cache, staging, records, executor)
                rendered += [u.unit_id for u, ran in runs if ran]
    return records, rendered


def assembled_count(outputs: Sequence[Output], work: CourseWork) -> int:
    """How many course-wide files the outputs assemble (for the progress bar)."""
    return sum(len(o.assembled(work)) for o in outputs if o.assembled is not None)


def read_ledgers(
    course: Course, outputs: Sequence[Output], dist: Path, warn: Callable[[str], None]
) -> dict[str, Ledger]:
    """The ledger each chosen output that keeps one left in dist/ last time."""
    return {o.name: o.read_ledger(dist, course, warn) for o in outputs if o.read_ledger is not None}


def linked(outputs: Mapping[str, OutputRecord]) -> dict[str, OutputRecord]:
    """The outputs a home page links: not the hidden ones (a renderer's ledger in dist/.cache/)."""
    return {rel: rec for rel, rec in outputs.items() if not rel.startswith(".")}


def removed_notes(outputs: Mapping[str, OutputRecord]) -> tuple[str, ...]:
    """The summary's line on notes whose points left the sources, when a deck carries any."""
    count = sum(rec.facts.get("removed", 0) for rec in outputs.values())
    if not count:
        return ()
    notes = how_many(count, "Anki note")
    line = f"{notes} left the sources: tagged study::removed (in Anki, search tag:study::removed, delete)"
    # the same deck without them, for whoever imports the course for the first time (see render/anki)
    first = next((rel for rel, rec in outputs.items() if rec.facts.get(FIRST_IMPORT_FACT)), None)
    return (f"{line}; for a first import of the course, {first} has the deck without them" if first else line,)


def lone_notes(work: CourseWork) -> tuple[str, ...]:
    """The summary's line on a course of one document whose sheets ask no choice question, saying why."""
    if len(work.documents) != 1:  # asked first: reading every document's exercises unpickles them all
        return ()
    asked = [exercise.kind for exercise in work.documents[0].exercises]
    if not asked or any(kind in CHOICE_KINDS for kind in asked):
        return ()
    return ("no choice questions: their wrong options come from a course's other documents (add some to sources/)",)


def course_facts(work: CourseWork, outputs: Sequence[Output]) -> dict[str, int]:
    """Course-wide counts for the summary (exercises), when an output that shows them is built."""
    names = {o.name for o in outputs}
    return {name: count(work) for name, (shown_by, count) in COURSE_FACTS.items() if names & set(shown_by)}
