"""The outputs of a course, declared in one typed table, OUTPUTS, in build order: one renderer module each.

A renderer writes what it is given and nothing else: the course's generated work (study.generated:
every document's cards, exercises and laid-out sheet pages, made once by study.work) becomes files,
keyed by their path relative to dist/. It never writes to disk (the build writes atomically) and never
imports study.generate. An Output names what the renderer offers:

- `makes`: what generation must make for it (cards, exercises, pages laid out for print or screen).
- `document(work, settings)`: one document's files. The build caches them under a hash of what they are
  made of (`document_inputs`; by default the document's whole work, whose key covers the code) and may
  run it in a worker process (`parallel`), so it must depend on nothing but its arguments.
- `course(course_work)`: the course-wide files, cached under a hash of the whole course's work.
- `ledgered(course_work, ledger, memo)` with `read_ledger(dist, course, warn)`: a course-wide renderer that
  keeps a ledger of what it published (the Anki deck's notes); the ledger is read before rendering and is an
  input of the unit's key; the next ledger is among its files (under dist/.cache/, never linked). `memo`
  (study.cache.Memo) remembers between builds what it made of each document, under a key naming all
  that went into it.
- `after(course_work, outputs, memo)`: runs once every other output is gathered, given their records (the
  course home page links them), and a memo as `ledgered` has.
- `fonts(settings)`: the font families of its pages by script, for generation to lay pages out with.
- `unavailable(course)`: the summary's one line when this machine cannot make the output (no CJK font for
  the PDFs), else None; the build then makes every other output and exits 1.
- `assembled(course_work)` and `assemble(course_work, path, parts, to, front)`: course-wide files made from
  the output's own per-document files (the course PDFs from the documents' PDFs), keyed by those files'
  hashes; `to`, when given, is the staged file a worker writes a large one to; `front`, a memo slot
  (study.cache.MemoSlot) holding its front matter as printed before for the same titles and page counts.
- `fingerprint(settings)`: what its files depend on beyond their inputs (the font files, the printer).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from study.cache import Memo, MemoSlot, OutputRecord
from study.config import Settings
from study.generated import CourseWork, DocumentWork
from study.model import Course
from study.output import Files, Job, Made, Stored
from study.render import anki, html, index, outline, pdf
from study.render.ledger import Ledger, Warn

Fonts = dict[str, tuple[str, ...]]  # page script → font families
DocumentRender = Callable[[DocumentWork, Settings], Files]


def the_document(work: DocumentWork) -> tuple[str | bytes, ...]:
    """What a document's outline is made of: the document alone."""
    return (work.source_key,)


def pages_of(medium: str) -> Callable[[DocumentWork], tuple[str | bytes, ...]]:
    """What a document's sheets for a medium are made of: its pages laid out for it (the build adds the fonts)."""

    def pages(work: DocumentWork) -> tuple[str | bytes, ...]:
        return tuple(part for name, page in sorted(work.pages.get(medium, {}).items()) for part in (name, page))

    return pages


@dataclass(frozen=True)
class Output:
    """One output of a course, as course.toml's `outputs` names it, and its renderer's functions."""

    name: str
    files: str  # the files it makes, as the README lists them
    makes: frozenset[str] = frozenset()
    document: DocumentRender | None = None
    document_inputs: Callable[[DocumentWork], tuple[str | bytes, ...]] | None = None  # None: the document's whole work
    parallel: bool = False  # its documents' files are worth a worker process each (printing)
    # its document renderer makes each page's files from that page alone: a document's pages are sent to the
    # workers apart, and print side by side
    apart: bool = False
    sends: frozenset[str] | None = None  # the parts of a document's work a worker is sent (None: `makes`)
    preload: tuple[str, ...] = ()  # modules its workers need, imported once by a fork server
    # what each worker makes ready before its first job, while the build reads (the printer and its fonts)
    warm: Callable[[Settings], object] | None = None
    course: Callable[[CourseWork], Files] | None = None
    ledgered: Callable[[CourseWork, Ledger, Memo], Files] | None = None
    read_ledger: Callable[[Path, Course, Warn], Ledger] | None = None
    after: Callable[[CourseWork, Mapping[str, OutputRecord], Memo], Files] | None = None
    fonts: Callable[[Settings], Fonts] | None = None
    medium: str | None = None  # the medium its pages are laid out for, with `fonts`
    unavailable: Callable[[Course], str | None] | None = None
    # course-wide files assembled from its own documents' files (course PDF ← each document's PDF):
    # `assembled(course_work)` names each one's parts, `assemble(course_work, path, parts, to, front)` makes it
    assembled: Callable[[CourseWork], Mapping[str, tuple[str, ...]]] | None = None
    # the job that makes one from its parts (and the file it is to be written to, when a worker writes it, and
    # what it remembers of its front matter)
    assemble: Callable[[CourseWork, str, Sequence[Made | Stored], Path | None, MemoSlot], Job] | None = None
    fingerprint: Callable[[Settings], str] | None = None  # what its files depend on beyond their inputs (fonts)


OUTPUTS: tuple[Output, ...] = (
    Output("outline", "outline/<stem>.json", document=outline.render_document, document_inputs=the_document),
    Output(
        "anki",
        "<course>.apkg (and its ledger .cache/anki-ledger.jsonl.gz)",
        makes=frozenset({"cards"}),
        ledgered=anki.render_course,
        read_ledger=anki.read_ledger,
    ),
    Output(
        "pdf",
        "pdf/<stem>-提纲.pdf, -练习.pdf, -答案.pdf and pdf/course-*.pdf",
        makes=frozenset({"exercises", pdf.MEDIUM}),
        document=pdf.render_document,
        document_inputs=pages_of(pdf.MEDIUM),
        sends=frozenset({pdf.MEDIUM}),
        parallel=True,
        apart=True,
        # what its workers import, once in a fork server for all of them: the printer, the warmer and the jobs'
        # module, and the binder of course PDFs (pypdf)
        preload=("weasyprint", "study.render.printing", "study.render.pdf", "study.render.assemble"),
        warm=pdf.warm,
        fonts=pdf.fonts,
        medium=pdf.MEDIUM,
        unavailable=pdf.unavailable,
        assembled=pdf.course_files,
        assemble=pdf.assemble,
        fingerprint=pdf.fingerprint,
    ),
    Output(
        "html",
        "html/<stem>-提纲.html, … and html/course-*.html",
        makes=frozenset({"exercises", html.MEDIUM}),
        document=html.render_document,
        document_inputs=pages_of(html.MEDIUM),
        course=html.render_course,
        fonts=html.fonts,
        medium=html.MEDIUM,
    ),
    Output("index", "index.html", after=index.render_after),  # last: the home page links what the others made
)
OUTPUT_NAMES: dict[str, Output] = {output.name: output for output in OUTPUTS}


def chosen(settings: Settings) -> tuple[Output, ...]:
    """The outputs a course's settings choose, in build order."""
    return tuple(output for output in OUTPUTS if output.name in settings.outputs)


def parts_made(outputs: tuple[Output, ...]) -> frozenset[str]:
    """What generation must make for these outputs."""
    return frozenset().union(*(output.makes for output in outputs))
