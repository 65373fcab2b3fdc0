"""Generate once, as data: one pure unit of work per document, and the course-wide reduce between them.

A build runs two passes over the documents (study.build):

1. `prepare(counting, path)`: read and parse one source and count its words and item heads;
2. `document_work(context, task)`: one document's cards, anchors, exercises and sheet pages.

Between them the orchestrator reduces the counts to a `CourseContext` (the course vocabulary and lexicon,
the sheets' layouts): small, picklable and the same for every document. Its cheap part, the `CourseBasis`,
is made in every build and keys each document's cached work; the lexicon only when some document's work
must be made again. Both passes are module-level functions of picklable data, so any executor (this
process, a local pool under any start method, a Dask cluster) runs them and gets the same work; nothing
reaches them through module state.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from study.cache import NO_MEMO, NO_SLOT, digest, folder_digest
from study.config import Settings
from study.copies import Compared
from study.errors import StudyError
from study.generate.cards import Scripts, document_cards
from study.generate.distractors import EMPTY_LEXICON, Lexicon
from study.generate.exercises import (
    Candidate,
    Lenders,
    OptionPool,
    candidates,
    course_lexicon,
    document_exercises,
    option_pools,
)
from study.generate.identity import outline_anchors
from study.generate.read_vocabulary import KeptChoices, ReadVocabulary
from study.generate.reads import ReadLexicon, Reads, sets_digest
from study.generate.terms import CourseTally, DocumentCounts, Vocabulary, count_document, tally_of, vocabulary_of
from study.generated import CourseWork, DocumentWork, Layout, Shown, ShownItem, ShownList, WorkBody, packed
from study.model import Course, Document, EnumList
from study.output import Rendered, made_of, rendered_bytes
from study.render.ledger import Ledger, empty
from study.render.outputs import OUTPUT_NAMES
from study.render.sheets import articles, course_template_dirs, document_pages
from study.script import CONVERTERS

# the media sheet pages are laid out for: print (the PDFs) and screen (the web pages); with "cards" and
# "exercises" they are what an output's `makes` may ask generation for (render.outputs.OUTPUTS)
MEDIA = ("print", "screen")
Layouts = dict[str, dict[str, tuple[str, ...]]]  # medium → page script → font families
NO_COUNTS = DocumentCounts({}, {})  # a document counted for nothing (an outline-only build counts no words)


@dataclass(frozen=True)
class Prepared:
    """Pass 1 of one document: the document, and what it adds to the course (word counts, item heads)."""

    doc: Document
    counts: DocumentCounts
    heads: tuple[Candidate, ...]
    compared: Compared | None = None  # what the course compares it by, to find copies (None: made when asked)


@dataclass(frozen=True)
class CourseBasis:
    """What every document of a course shares, made in every build: the vocabulary, the layouts, their keys."""

    settings: Settings
    makes: frozenset[str]  # what the chosen outputs need made: cards, exercises, pages for a medium
    vocabulary: Vocabulary
    layouts: dict[str, Layout]  # by medium, for the media in `makes`
    own: str  # a hash of what the context is made of besides the documents: settings, outputs, layouts
    key: str  # a hash of everything a CourseContext is made of: `own` and every document, in order
    sets: str  # a hash of the vocabulary's sets (study.generate.reads)


@dataclass(frozen=True)
class CourseContext:
    """What one document's work needs from the rest of the course: the same for every document."""

    basis: CourseBasis
    lexicon: Lexicon  # the course's words by kind, that lend wrong options


@dataclass(frozen=True)
class Generated:
    """Pass 2 of one document: its work, and what the work read of the course (to reuse it when that holds)."""

    work: DocumentWork
    reads: Reads
    choices: KeptChoices  # the blanks its texts were given, for the next build that makes its work again


@dataclass(frozen=True)
class DocumentTask:
    """One document to make the work of: its place, the document, and the heads its wrong options come from."""

    index: int
    doc: Document
    pool: OptionPool
    key: str  # the document's own content key, from the build (source bytes, path, code)
    kept: KeptChoices | None = None  # the blanks its texts were given when its work was last made


def prepare(counting: bool, path: Path) -> Prepared | str:
    """Pass 1: one source read, parsed and counted, or the one line saying why it could not be (the others
    still build). `counting` is False when no output needs the course vocabulary (an outline-only build)."""
    from study.parse import load_document  # here: a build with every document cached never imports the parser

    try:
        doc = load_document(path)
    except StudyError as exc:
        return exc.format_message()
    except Exception as exc:  # a reader/parser bug on one document must not stop the course
        return f"{path}: internal error while reading or parsing ({type(exc).__name__}: {exc})"
    if not counting:
        return Prepared(doc, NO_COUNTS, (), Compared.of(doc))
    return Prepared(doc, count_document(doc), candidates(doc), Compared.of(doc))


def course_basis(
    course: Course,
    settings: Settings,
    makes: frozenset[str],
    tally: CourseTally,
    fonts: Layouts,
    keys: Sequence[str],
) -> CourseBasis:
    """The reduce between the passes, the part every build makes: the course vocabulary from the tally of every
    document's counts, the sheets' layouts, and the keys of the context made from them (see course_context).
    `keys`: the documents' content keys, in order (the vocabulary and lexicon are made from the documents)."""
    vocabulary = vocabulary_of(course, tally) if makes else Vocabulary()
    dirs = course_template_dirs(course.documents)
    templates = digest(*(folder_digest(Path(folder)) for folder in dirs))  # a course's own lay its pages out
    layouts = {
        m: Layout(course.title, settings, dirs, fonts[m], m, templates) for m in MEDIA if m in makes and m in fonts
    }
    own = digest(repr(settings), repr(sorted(makes)), repr(layouts))
    return CourseBasis(settings, makes, vocabulary, layouts, own, digest(own, *keys), sets_digest(vocabulary))


def course_context(course: Course, basis: CourseBasis) -> CourseContext:
    """The whole context, made only when some document's work must be made: the basis and the course's lexicon."""
    sheets = bool(basis.makes & {"exercises", "print", "screen"})
    lexicon = course_lexicon(course, basis.vocabulary) if sheets else EMPTY_LEXICON
    return CourseContext(basis, lexicon)


def tasks(course: Course, prepared: Sequence[Prepared], keys: Sequence[str]) -> list[DocumentTask]:
    """Every document's task: the documents' option pools are their own and their neighbours' heads."""
    pools = option_pools(course.documents, [p.heads for p in prepared])
    return [
        DocumentTask(i, doc, pool, key)
        for i, (doc, pool, key) in enumerate(zip(course.documents, pools, keys, strict=True))
    ]


def work_key(basis: CourseBasis, task: DocumentTask) -> str:
    """What a document's work is made of besides what it reads of the course (its Reads): the document, its
    place, the settings and layouts, and its option pool."""
    return digest(task.key, str(task.index), basis.own, task.pool.key)


def document_work(context: CourseContext, task: DocumentTask) -> Generated:
    """Pass 2: everything generated from one document (pure: the same inputs give the same work), and what it
    read of the course's vocabulary and lexicon."""
    basis, doc = context.basis, task.doc
    settings, makes = basis.settings, basis.makes
    kept = task.kept.choices if task.kept is not None and task.kept.sets == basis.sets else None
    vocabulary, lexicon = ReadVocabulary.over(basis.vocabulary, kept), ReadLexicon.over(context.lexicon)
    scripts = Scripts.of(settings)  # one memory of conversions for the cards and what the course shows
    cards = document_cards(doc, task.index, settings, vocabulary, scripts) if "cards" in makes else []
    sheets = bool(makes & {"exercises", "print", "screen"})
    lenders = Lenders(task.pool.heads, lexicon)
    exercises = document_exercises(doc, lenders, vocabulary, settings.difficulty) if sheets else ()
    # a document's articles are the same on paper and screen: rendered once, for its pages and the course's
    given = articles(next(iter(basis.layouts.values())), doc, exercises) if basis.layouts else {}
    pages = {m: packed_pages(document_pages(layout, doc, exercises, given)) for m, layout in basis.layouts.items()}
    joined = packed_pages(given) if "screen" in basis.layouts else {}  # the course's web pages join them
    anchors = outline_anchors(doc) if "cards" in makes else {}
    shown = shown_document(doc, scripts.convert)
    key = digest(work_key(basis, task), basis.key)
    body = WorkBody.of(tuple(cards), anchors, exercises)
    work = DocumentWork(task.index, doc, key, body, pages, shown, task.key, joined)
    return Generated(work, Reads.of(vocabulary, lexicon, basis.sets), KeptChoices(basis.sets, vocabulary.chosen))


def packed_pages(pages: Mapping[str, str]) -> dict[str, bytes]:
    """Sheet pages by name, packed."""
    return {name: packed(html) for name, html in pages.items()}


def shown_document(doc: Document, convert: Callable[[str], str]) -> Shown:
    """What the course shows of a document (title, byline, outline), in the output script."""
    byline = tuple(convert(x) for x in (doc.meta.date, doc.meta.author, doc.meta.publication) if x)
    return Shown(convert(doc.label), byline, tuple(shown_list(lst, convert) for lst in doc.lists))


def shown_list(lst: EnumList, convert: Callable[[str], str]) -> ShownList:
    """One list of the outline in the output script, with everything under it."""
    items = tuple(
        ShownItem(convert(item.marker), convert(item.head), tuple(shown_list(sub, convert) for sub in item.lists))
        for item in lst.items
    )
    return ShownList(convert(lst.lead) if lst.lead else None, lst.announced_count, items)


def course_work(course: Course, basis: CourseBasis, documents: Sequence[DocumentWork]) -> CourseWork:
    """The course's work: every document's, in course order, and the layouts of its sheets."""
    title = CONVERTERS[basis.settings.script](course.title)
    return CourseWork(course, basis.settings, tuple(documents), title, basis.layouts)


def generated(course: Course, settings: Settings, makes: frozenset[str], fonts: Layouts | None = None) -> CourseWork:
    """A course's whole work made here, one document after another (for tests and tools)."""
    prepared = [Prepared(doc, count_document(doc), candidates(doc)) for doc in course.documents]
    keys = [content_key(doc) for doc in course.documents]
    basis = course_basis(course, settings, makes, tally_of(p.counts for p in prepared), fonts or {}, keys)
    context = course_context(course, basis)
    found = tasks(course, prepared, keys)
    return course_work(course, basis, [document_work(context, task).work for task in found])


def content_key(doc: Document) -> str:
    """A document's content key made of the document itself, where no build gives one of its source's bytes."""
    return digest("document", doc.source.path, *(paragraph.text for paragraph in doc.source.paragraphs))


def output_files(name: str, course: Course, settings: Settings, ledger: Ledger | None = None) -> dict[str, bytes]:
    """Every file one output makes of a course, made here from the course's work: what a build stages for
    it (for tests and tools; a build caches and spreads the same steps)."""
    output = OUTPUT_NAMES[name]
    work = output_work(name, course, settings)
    files: dict[str, Rendered] = {}
    for doc in work.documents:
        files |= output.document(doc, settings) if output.document else {}
    files |= output.course(work) if output.course else {}
    if output.assembled and output.assemble:
        for rel, parts in output.assembled(work).items():
            render, given = output.assemble(work, rel, [made_of(files[part]) for part in parts], None, NO_SLOT)
            files |= render(given, settings)
    files |= output.ledgered(work, ledger or empty(course.course_id), NO_MEMO) if output.ledgered else {}
    files |= output.after(work, {}, NO_MEMO) if output.after else {}
    return {rel: rendered_bytes(value) for rel, value in files.items()}


def output_work(name: str, course: Course, settings: Settings) -> CourseWork:
    """A course's work as one output needs it, made here (for tests and tools)."""
    output = OUTPUT_NAMES[name]
    fonts = {output.medium: output.fonts(settings)} if output.medium and output.fonts else {}
    return generated(course, settings, output.makes, fonts)
