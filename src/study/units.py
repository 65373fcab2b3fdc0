"""Render units: each output's files cut into cacheable pieces, each keyed by what its files are made of.

A unit is one document's files of one output (one sheet's, for an output that prints each sheet from that
sheet alone), or an output's course-wide files. Its key is a hash of its inputs and nothing else: a
document's PDFs are made of its print pages, the fonts and the printing code, so a change elsewhere in the
course that leaves those pages as they were reuses them; the course-wide files are made of every document's
work. A unit whose key is unchanged and whose files are intact in dist/ is reused; the others render (their
per-document parts in the executor's workers where it pays) and are staged, never written in place.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial

from study.cache import NO_MEMO, BuildCache, Memo, MemoSlot, OutputRecord, Unit, digest, library_fingerprint
from study.concurrency import Executor
from study.config import Settings
from study.generated import CourseWork, DocumentWork
from study.output import Files, Job, Made, Placed, Rendered, Staging, Stored, Streamed, made_of
from study.render.ledger import LEDGER, Ledger
from study.render.outputs import DocumentRender, Output

Progress = Callable[[str, int, int], None]  # (stage, done, total)
# a course of this many documents renders in worker processes (its pool is warmed while it is read): a
# `parallel` output's document takes about a second (printing three sheets), each page a worker's job
PARALLEL_FROM = 2
# a course-wide file assembled from parts of at most this many bytes is sent, parts and all, to a worker;
# a larger one (a course of hundreds of documents) is bound from the parts' files, read one at a time, and
# written to its staged file by a worker on this machine (here, when the workers are elsewhere)
ASSEMBLED_IN_WORKER_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class RenderUnit:
    """One cacheable piece of rendering: an output's course-wide files, or one document's files of it."""

    unit_id: str
    key: str
    make: Callable[[], Files]
    # the jobs a worker process can render it from (their files together are the unit's), made only when the
    # unit renders (they may read files)
    jobs: Callable[[], list[Job]] | None = None
    # the key its files are kept under, from the files it made, when not `key` (a unit its own ledger feeds)
    settled: Callable[[Mapping[str, OutputRecord]], str] | None = None


def course_digest(work: CourseWork, inputs: str) -> str:
    """What the course-wide files are made of: the inputs (code, settings, templates) and every document's work."""
    return digest(inputs, work.course.course_id, work.course.title, *(doc.key for doc in work.documents))


def renderer_fingerprint(output: Output) -> str:
    """What a per-document renderer's files depend on beyond their inputs: its own code and the libraries."""
    assert output.document is not None
    module = inspect.getmodule(output.document)
    source = inspect.getsource(module) if module else output.name
    return digest(source, library_fingerprint())


def document_units(output: Output, work: CourseWork, extra: str) -> list[RenderUnit]:
    """An output's per-document units, each keyed by what its files are made of (`extra`: e.g. the fonts): one
    a document, or one a page for an output that makes each page's files from that page alone (`apart`)."""
    render = output.document
    assert render is not None
    own = renderer_fingerprint(output) if output.document_inputs else ""  # a work key covers the code already
    settings = work.settings
    parts = output.makes if output.sends is None else output.sends

    def inputs(doc: DocumentWork) -> tuple[str | bytes, ...]:
        return output.document_inputs(doc) if output.document_inputs else (doc.key,)

    def unit(unit_id: str, doc: DocumentWork) -> RenderUnit:
        # a worker is sent only `parts` of the work, cut when the unit renders (its body may be read for it)
        jobs = partial(sent_job, render, partial(doc.only, parts)) if output.parallel else None
        return RenderUnit(unit_id, digest(output.name, own, extra, *inputs(doc)), partial(render, doc, settings), jobs)

    if not output.apart:
        return [unit(f"{output.name}/{doc.stem}", doc) for doc in work.documents]
    # a document's sheets are a unit each: an edit that changes one of them prints only that one again
    return [unit(f"{output.name}/{name}", page) for doc in work.documents for name, page in page_works(doc, parts)]


def page_works(doc: DocumentWork, parts: frozenset[str]) -> list[tuple[str, DocumentWork]]:
    """A document's work cut into one work a page (of the media in `parts`), each named by its page."""
    given = doc.only(parts)
    return [
        (name, replace(given, pages={medium: {name: page}}))
        for medium, pages in given.pages.items()
        for name, page in pages.items()
    ]


def ledger_unit(output: Output, work: CourseWork, course_key: str, ledger: Ledger, memo: Memo) -> RenderUnit:
    """The unit of a renderer that keeps a ledger: keyed on the course and the ledger read, as "the ledger
    this course's render wrote" when it is. Rendering the same course with the ledger it wrote makes the
    same files (the notes keep their GUIDs and times, a removed point stays in its revision), so the first
    rebuild with nothing changed reuses them instead of rendering again only to write the same ledger."""
    assert output.ledgered is not None

    def written(ledger_digest: str) -> str:
        return digest(course_key, output.name, "ledger-written", ledger_digest)

    def settled(records: Mapping[str, OutputRecord]) -> str:
        return written(records[LEDGER].sha256) if LEDGER in records else digest(course_key, output.name, ledger.digest)

    make = partial(output.ledgered, work, ledger, memo)
    return RenderUnit(output.name, written(ledger.digest), make, settled=settled)


def units_of(
    output: Output, work: CourseWork, course_key: str, extra: str, ledger: Ledger | None, memo: Memo = NO_MEMO
) -> list[RenderUnit]:
    """An output's units: one per document when it renders per document, plus its course-wide one."""
    units = document_units(output, work, extra) if output.document else []
    if output.ledgered is not None and ledger is not None:
        units.append(ledger_unit(output, work, course_key, ledger, memo))
    if output.course is not None:
        units.append(RenderUnit(output.name, digest(course_key, output.name), partial(output.course, work)))
    return units


def assembly_units(
    output: Output,
    work: CourseWork,
    inputs: str,
    extra: str,
    records: Mapping[str, OutputRecord],
    staging: Staging,
    local: bool = True,
    memo: Memo = NO_MEMO,
) -> list[RenderUnit]:
    """An output's course-wide files assembled from its documents' files, each keyed by those files' hashes
    and what its own front matter shows (the course's and documents' titles), never by their whole work.
    `local`: the executor's workers share this machine's files (they can read the parts and write the file).
    Each file's front matter is remembered under what it is made of (the titles, the scripts they are in and
    the parts' page counts): a one-document edit binds the documents' files again, but seldom lays out its
    contents again."""
    assert output.assembled is not None and output.assemble is not None
    assemble = output.assemble
    titles = [work.title, *(doc.shown.title if doc.shown else doc.doc.label for doc in work.documents)]
    # the documents' scripts: the course's page script follows them (script = "original": all traditional,
    # the front is printed in traditional script)
    scripts = [doc.doc.source.script for doc in work.documents]

    def job(rel: str, parts: tuple[str, ...], front_key: str, held: bool, placed: bool) -> Job:
        # the parts as staged just now, else as in dist/: read when the unit renders, all at once for a worker
        # (held), else one at a time while it is bound (and written to a file staged for it, when `placed`)
        found = [Stored(staging.path(part), records[part].facts) for part in parts]
        front = memo.slot(front_key)
        front = front if local else MemoSlot(front.value)  # a worker elsewhere keeps nothing here
        if held:
            return assemble(work, rel, [Made(part.data, part.facts) for part in found], None, front)
        return assemble(work, rel, found, staging.reserve(rel) if placed else None, front)

    def unit(rel: str, parts: tuple[str, ...]) -> RenderUnit:
        key = digest(inputs, output.name, rel, extra, *titles, *(records[part].sha256 for part in parts))
        held = sum(records[part].size for part in parts) <= ASSEMBLED_IN_WORKER_BYTES
        pages = [str(records[part].facts.get("pages", 0)) for part in parts]
        # the parts' names too: which documents a sheet binds (a 练习 leaves out those without exercises) may
        # change while the titles and page counts do not
        front = digest("front", inputs, output.name, rel, extra, *titles, *scripts, *parts, *pages)
        memo.touch(front)  # remembered for the next build, this file reused or not
        make = partial(run_job, work.settings, partial(job, rel, parts, front, False, False))
        jobs = partial(one_job, partial(job, rel, parts, front, held, not held)) if held or local else None
        return RenderUnit(rel, key, make, jobs)

    return [unit(rel, parts) for rel, parts in output.assembled(work).items()]


def after_unit(
    output: Output, work: CourseWork, course_key: str, outputs: Mapping[str, OutputRecord], memo: Memo = NO_MEMO
) -> RenderUnit:
    """The unit of a renderer that links the others' outputs: its key covers them too."""
    assert output.after is not None
    listing = [f"{rel}={rec.sha256}" for rel, rec in sorted(outputs.items())]
    make = partial(output.after, work, outputs, memo)
    unread = [f"{name}\x1f{why}" for name, why in work.unread]  # the home page names the sources that failed
    return RenderUnit(output.name, digest(course_key, output.name, *listing, *unread), make)


def run_units(
    units: list[RenderUnit],
    settings: Settings,
    cache: BuildCache,
    staging: Staging,
    outputs: dict[str, OutputRecord],
    executor: Executor,
) -> Iterator[tuple[RenderUnit, bool]]:
    """Reuse each unit's cached files or render and stage them; yield each unit and whether it ran."""
    missing: list[RenderUnit] = []
    for unit in units:
        reused = cache.reuse(unit.unit_id, unit.key)
        if reused is None:
            missing.append(unit)
            continue
        add_outputs(outputs, unit.unit_id, reused.files)
        yield unit, False
    for unit, files in zip(missing, made_files(missing, settings, executor), strict=True):
        records = {rel: keep_file(staging, rel, data) for rel, data in sorted(files.items())}
        add_outputs(outputs, unit.unit_id, records)
        cache.record(unit.unit_id, Unit(unit.settled(records) if unit.settled else unit.key, records))
        yield unit, True


def keep_file(staging: Staging, rel: str, value: Rendered) -> OutputRecord:
    """Stage one rendered file and describe it for the cache and the summary, with the facts its renderer gave
    (a streamed one written straight to where it is staged)."""
    if isinstance(value, Streamed):
        sha256, size, facts = staging.stage_stream(rel, value.write)
        return OutputRecord(sha256, size, dict(facts))
    if isinstance(value, Placed):
        staging.adopt(rel, value)
        return OutputRecord(value.sha256, value.size, dict(value.facts))
    made = made_of(value)
    staging.stage(rel, made.data)
    return OutputRecord.of(made.data, dict(made.facts))


def made_files(units: list[RenderUnit], settings: Settings, executor: Executor) -> Iterator[Files]:
    """The files of each unit, in order: the units that can run in a worker go to the executor together."""
    jobs = [unit.jobs() if unit.jobs is not None else [] for unit in units]
    # any job goes to the workers: a build gives an executor of workers only to a course of PARALLEL_FROM
    # documents or more (whose pool it warmed while reading), and a document's pages print side by side
    results = executor.map(render_job, settings, [job for some in jobs for job in some], min_tasks=1)
    for unit, some in zip(units, jobs, strict=True):
        if unit.jobs is None:
            yield unit.make()
            continue
        files: dict[str, Rendered] = {}
        for _ in some:
            files |= next(results)
        yield files


def sent_job(render: DocumentRender, sent: Callable[[], DocumentWork]) -> list[Job]:
    """A document's unit as its one job for a worker: the renderer and the part of the work it is sent."""
    return [(render, sent())]


def one_job(job: Callable[[], Job]) -> list[Job]:
    """A unit's one job, as a list of its jobs."""
    return [job()]


def run_job(settings: Settings, job: Callable[[], Job]) -> Files:
    """A unit's job rendered here."""
    return render_job(settings, job())


def render_job(settings: Settings, job: Job) -> Files:
    """In a worker: one unit's files, from what it was sent (the function travels by its module and name)."""
    render, given = job
    files: Files = render(given, settings)
    return files


def add_outputs(outputs: dict[str, OutputRecord], unit_id: str, records: Mapping[str, OutputRecord]) -> None:
    """Add a unit's files; two units making the same file is a renderer bug, not a user's mistake."""
    clash = outputs.keys() & records.keys()
    if clash:
        raise RuntimeError(f"render unit {unit_id} makes files another unit made: {sorted(clash)}")
    outputs.update(records)
