"""Printable PDFs of the three sheets, per document and for the course: dist/pdf/<stem>-提纲.pdf, …

The pages are laid out by generation (study.work, medium "print"); this renderer prints them with one
printer per process (render/printing: WeasyPrint, imported on first use, fonts subset to the glyphs used).
The course-wide PDFs are assembled from the documents' own (render/assemble), never laid out again.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from study.cache import NO_SLOT, MemoSlot
from study.config import Settings
from study.generated import CourseWork, DocumentWork, Layout, unpacked
from study.model import Course
from study.output import Job, Made, Rendered, Stored, Streamed, made_of, write_placed
from study.render import printing
from study.render.fonts import missing_fonts
from study.render.page_numbers import PageNumbers
from study.render.printing import Printed, Printer
from study.render.sheets import (
    SHEETS,
    bound,
    contents_context,
    convert,
    course_stem,
    default_templates,
    environment,
    page_script,
    shown_title,
)
from study.script import to_traditional

if TYPE_CHECKING:
    from study.render.assemble import Entry, Front, Piece

MEDIUM = "print"
fonts = printing.page_fonts  # the font families of printed pages, by page script
fingerprint = printing.environment  # what a printed PDF is made of besides its HTML


@functools.cache
def printer() -> Printer:
    """This process's printer, made on first use (it imports WeasyPrint and loads the font list once)."""
    return Printer(default_templates())


def warm(settings: Settings) -> None:
    """In a worker, while the build reads: its printer made and a page printed in the course's fonts, so that
    its first sheet does not also wait for the fonts to be found, loaded and shaped (a third of a second)."""
    from study.render.assemble import Entry, Piece, contents_page  # pypdf, as bind() has it

    layout = Layout("", settings, (), fonts(settings), MEDIUM)
    sheet = next(iter(SHEETS))
    contents = contents_page(environment((), ""), contents_context(layout, "simplified", sheet))
    page = contents([Entry("学习", 1)], Piece(0, 1, 1, 1, 1))
    printer().print(convert(page, settings))


def printed(found: Mapping[str, str]) -> dict[str, Rendered]:
    """Pages by sheet name → PDF files by their path under dist/, each with its page count."""
    files: dict[str, Rendered] = {}
    for name, html in found.items():
        with garbage_collected():
            made = printer().print(html)
        files[f"pdf/{name}.pdf"] = Made(made.data, {"pages": made.pages})
    return files


def unavailable(course: Course) -> str | None:
    """The summary's one line saying which PDFs cannot be made here and why, or None when they can."""
    reason = missing_fonts()
    if reason is None:
        return None
    # the build still makes every other output: say exactly which files are missing, then how to fix it
    count = len(course.documents)
    sheets = f"the 提纲, 练习 and 答案 sheets of {count} document{'' if count == 1 else 's'} and of the course"
    return f"PDFs not made ({sheets}, dist/pdf/*.pdf): {reason}"


def render_document(work: DocumentWork, settings: Settings) -> dict[str, Rendered]:
    """dist/pdf/<stem>-提纲.pdf, -练习.pdf and -答案.pdf of one document."""
    return printed({name: unpacked(page).decode("utf-8") for name, page in work.pages.get(MEDIUM, {}).items()})


def course_files(work: CourseWork) -> dict[str, tuple[str, ...]]:
    """Each course-wide PDF (dist/pdf/course-提纲.pdf, …) and the documents' PDFs it is assembled from."""
    if not work.documents:
        return {}
    stem = course_stem([doc.stem for doc in work.documents])
    return {
        f"pdf/{stem}-{suffix}.pdf": tuple(f"pdf/{doc.stem}-{suffix}.pdf" for doc in bound(work, sheet)[0])
        for sheet, (suffix, _, _) in SHEETS.items()
    }


@dataclass(frozen=True)
class Binding:
    """What one course-wide PDF is bound from: its sheet, the layout and script of its contents page, and
    each document's title and own PDF (picklable: a worker binds it)."""

    rel: str  # the course-wide PDF's path under dist/
    sheet: str
    layout: Layout
    script: str
    parts: tuple[tuple[str, Made | Stored], ...]  # (the document's title, its PDF of this sheet), in order
    to: Path | None = None  # the file staged for it, when it is written there as it is bound (see bind)
    # its cover and contents printed for these titles and page counts before, and where to keep them
    cover: MemoSlot = NO_SLOT
    left: tuple[str, ...] = ()  # the titles of the documents left out (see bound), named on the contents page
    # each part's page script, whose word for a page its footer keeps (empty: the course's script for all)
    scripts: tuple[str, ...] = ()


def assemble(
    work: CourseWork, rel: str, parts: Sequence[Made | Stored], to: Path | None = None, cover: MemoSlot = NO_SLOT
) -> Job:
    """The job that makes one course-wide PDF from its documents' PDFs: bind() and what it binds (`to`: the
    file it is to be written to; `cover`: its front matter as remembered, see Binding)."""
    sheet = next(sheet for sheet, (suffix, _, _) in SHEETS.items() if rel.endswith(f"-{suffix}.pdf"))
    script = page_script([doc.doc for doc in work.documents], work.settings)
    kept, left = bound(work, sheet)
    titles = [shown_title(doc) for doc in kept]
    scripts = tuple(page_script((doc.doc,), work.settings) for doc in kept)
    listed = tuple(zip(titles, parts, strict=True))
    layout = work.layouts[MEDIUM]
    return bind, Binding(rel, sheet, layout, script, listed, to, cover, tuple(map(shown_title, left)), scripts)


@dataclass(frozen=True)
class Bound:
    """A document's sheet as binding reads it: its pages from the facts, its bytes when it is copied."""

    part: Made | Stored

    @property
    def pages(self) -> int:
        """How many pages the sheet has (its printer counted them)."""
        return self.part.facts["pages"]

    @property
    def data(self) -> bytes:
        """The sheet's PDF (from its file, read now, when the part is stored)."""
        return self.part.data


def bind(binding: Binding, settings: Settings) -> dict[str, Rendered]:
    """One course-wide PDF: a cover and contents page of its own, then each document's pages as printed
    (nothing is laid out again but that page, so it exists for a course of any size; and that page only when
    the titles and page counts it lists are not those it was printed for before)."""
    from study.render.assemble import parts_front, write_course_pdf  # pypdf: only when assembling

    sheets = [(title, Bound(part)) for title, part in binding.parts]
    # each part's footer in its own page's script (第 5 頁 on a traditional document's pages), the course's
    # script where the parts' are not given
    scripts = binding.scripts or tuple(binding.script for _ in sheets)
    front = remembered_front(binding.cover.value)
    numbered = (
        front.numbers
        if front is not None
        else tuple((script, numbers_page(binding, script)) for script in sorted(set(scripts) or {binding.script}))
    )
    drawn = {script: page_numbers(page.data, label_of(script)) for script, page in numbered}
    # a printer whose footers cannot be drawn again leaves the documents their own numbers: the contents pages
    # then count their own pages too, so that no footer disagrees with another (every part numbered through, or none)
    through = all(drawn.values())
    if front is None:  # printed here, and kept: an edit that keeps the titles and page counts prints nothing
        front = OwnPages(tuple(parts_front(binding_front(binding), sheets, printer(), through)), numbered)
        binding.cover.keep(front)
    own = [drawn.get(script) for script in scripts] if through else None
    written = Streamed(lambda out: {"pages": write_course_pdf(out, front.cover, sheets, own)})
    # a course of hundreds of documents is bound from the files and written as it is bound, never held: in a
    # worker to the file staged for it, else here, to where it is staged
    if binding.to is not None:
        return {binding.rel: write_placed(binding.to, written.write)}
    if any(isinstance(part, Stored) for _, part in binding.parts):
        return {binding.rel: written}
    return {binding.rel: made_of(written)}


@dataclass(frozen=True)
class OwnPages:
    """What a course PDF prints of its own: its cover and contents pages, and its numbers page (see
    render/page_numbers), which draws its page numbers."""

    cover: tuple[Printed, ...]
    numbers: tuple[tuple[str, Printed], ...]  # a page script its parts are printed in → its numbers page


def numbers_page(binding: Binding, script: str) -> Printed:
    """The numbers page of a page script of a course PDF, printed (see assemble.numbers_page)."""
    from study.render.assemble import numbers_page as page

    layout = binding.layout
    env = environment(layout.template_dirs, layout.templates)
    # the same for a course's three sheets, whose footers are alike: a process prints it once
    context = contents_context(layout, script, next(iter(SHEETS)))
    return printed_once(page(env, context, label_of(script)))


@functools.cache
def printed_once(html: str) -> Printed:
    """A page this process's printer printed, printed once."""
    return printer().print(html)


def label_of(script: str) -> str:
    """The footer's word for a page in a script."""
    return to_traditional("页") if script == "traditional" else "页"


@functools.cache
def page_numbers(numbers_page: bytes, label: str) -> PageNumbers | None:
    """The page numbers a printed numbers page draws (see render/page_numbers)."""
    return PageNumbers.of(numbers_page, label)


def binding_front(binding: Binding) -> Front:
    """The course PDF's cover-and-contents page as HTML, a piece at a time (see assemble.front_matter)."""
    from study.render.assemble import contents_page

    layout = binding.layout
    context = contents_context(layout, binding.script, binding.sheet) | {"left_out": list(binding.left)}
    contents = contents_page(environment(layout.template_dirs, layout.templates), context)

    def front(entries: Sequence[Entry], piece: Piece) -> str:
        return convert(contents(entries, piece), layout.settings)

    return front


def remembered_front(value: object) -> OwnPages | None:
    """A course PDF's own pages printed before, as a memo keeps them, or None."""
    # (one kept by an older build holds one numbers page, not one per script: printed again)
    return value if isinstance(value, OwnPages) and value.cover and isinstance(value.numbers, tuple) else None


@contextmanager
def garbage_collected() -> Iterator[None]:
    """Collect the garbage the block leaves, scanning only the objects made since it began.

    A page's layout is reference cycles, which Python's collector reaches late: without this a process
    grows ~10 MB a document. Freezing first keeps the collection cheap however large the course held
    in memory (a full collection with a 1,000-document course takes a fifth of a second).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()
