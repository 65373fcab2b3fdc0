"""The three sheets (学习提纲, 练习, 答案) as HTML, from the jinja2 templates; pdf.py and html.py share this.

Templates: the package's default set (the repository's top-level templates/, shipped inside the package
as study/templates), overridden file by file by a course's own `sources/templates/` or a `templates/`
folder beside `sources/`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from importlib.resources import files
from pathlib import Path
from typing import overload

import jinja2
import markupsafe

from study import MAKER
from study.config import Settings
from study.generated import KIND_TITLES, CourseWork, DocumentWork, Exercise, Layout, Origin, chinese_number, with_page
from study.model import Document
from study.script import CONVERTERS, lang_tag, output_script, to_traditional

# sheet → (file-name suffix, template, name printed on the sheet)
SHEETS: dict[str, tuple[str, str, str]] = {
    "sheet": ("提纲", "sheet.html.j2", "学习提纲"),
    "worksheet": ("练习", "worksheet.html.j2", "练习"),
    "answers": ("答案", "answers.html.j2", "答案"),
}
# the sheets that print a document's exercises: on their course-wide PDF a document with none is left out (a
# page saying only 本文没有可出的练习题 is paper spent on nothing) and named on the contents page instead
EXERCISED = frozenset({"worksheet", "answers"})
# sheet → the template of one document's article on it: rendered once a document, and shared by its own
# pages (print and screen) and the course's web pages, which join their documents' articles
ARTICLES = {sheet: template.replace(".html.j2", "-part.html.j2") for sheet, (_, template, _) in SHEETS.items()}
COURSE_STEM = "course"
GENERIC_FAMILY = "serif"


# a document and its exercises, as a sheet prints them, with its articles on the sheets where they are made
Exercises = Callable[[], tuple[Exercise, ...]]  # a document's exercises, read when asked for (see Deferred)
Articled = tuple[Document, Exercises, Mapping[str, str]]


@dataclass(frozen=True)
class Section:
    """One kind of exercise on a sheet: its ordinal (一、二…), title and numbered exercises."""

    ordinal: str
    title: str
    numbered: tuple[tuple[int, Exercise], ...]


@dataclass(frozen=True)
class Part:
    """One document on a sheet: the document, its language tag and its exercise sections."""

    doc: Document
    lang: str
    script: str  # the script its labels are printed in
    sections: Sequence[Section]
    html: str = ""  # its article on the sheet being laid out (see ARTICLES), before the page's script conversion


def default_templates() -> Path:
    """The packaged default templates (in a checkout: a link to the repository's templates/)."""
    return Path(str(files("study") / "templates"))


def course_template_dirs(docs: Sequence[Document]) -> tuple[str, ...]:
    """A course's own template folders, most specific first: sources/templates, then templates/ beside it."""
    folders = sorted({Path(doc.source.path).parent for doc in docs})
    found = [d / "templates" for d in folders] + [d.parent / "templates" for d in folders]
    default = default_templates().resolve()
    return tuple(str(d) for d in dict.fromkeys(found) if d.is_dir() and d.resolve() != default)


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled once and kept between builds, in jinja's own folder for this user (in the temp
    folder): a build compiled its dozen templates again in each process, a tenth of a second. Keyed by each
    template's source (a changed template compiles again); a folder that cannot be written is no error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """The compiled template, when kept and readable; else it is compiled."""
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep the compiled template, where the folder lets it be kept."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


@functools.cache
def compiled_templates() -> jinja2.BytecodeCache | None:
    """This process's cache of compiled templates, or None where jinja's folder cannot be used (another
    user's, or no temp folder)."""
    # a template compiles to other code under other options (trim_blocks, autoescape…), which jinja's keys
    # do not name: the names of this module's kept templates name its source, where the options are set
    options = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    try:
        return CompiledTemplates(pattern=f"__study_{options}_%s.cache")
    except (OSError, RuntimeError):
        return None


@functools.cache
def environment(template_dirs: tuple[str, ...], templates: str = "") -> jinja2.Environment:
    """A jinja2 environment whose loader tries the course's own templates before the defaults; one for each
    state of them (`templates`, their hash): an environment keeps the templates it found, and a course's own
    template added later would never replace the default it had found before."""
    loaders = [jinja2.FileSystemLoader(d) for d in template_dirs]
    loaders.append(jinja2.FileSystemLoader(str(default_templates())))
    # HTML is escaped; the stylesheet is not (an escaped quote in a font-family breaks the font silently)
    escape = jinja2.select_autoescape(enabled_extensions=("html", "j2"), disabled_extensions=("css",))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=escape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=compiled_templates(),
    )
    env.globals.update(maker=MAKER, doc_meta=doc_meta, blank_width=blank_width, option_columns=option_columns)
    env.filters["label"] = label
    env.filters["cited"] = cited
    return env


# ---------------------------------------------------------------- helpers the templates call


def doc_meta(doc: Document) -> list[tuple[str, str]]:
    """The metadata line of a document header: (label, value) pairs that are known."""
    fields = (
        ("日期：", doc.meta.date),
        ("作者：", doc.meta.author),
        ("出处：", doc.meta.publication),
        ("文件：", as_written(Path(doc.source.path).name)),
    )
    return [(label, value) for label, value in fields if value]


def as_written(text: str) -> markupsafe.Markup:
    """Text the page's script conversion must leave as it is (a file's name: converted, it names no file), its
    Chinese characters written as character references, which OpenCC does not read and a page shows alike."""
    escaped = markupsafe.escape(text)
    return markupsafe.Markup("".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in escaped))


def cited(origin: Origin) -> str | markupsafe.Markup:
    """An answer key's 出处; in a file of no line numbers, the point's label or opening words as the source
    prints them, whatever script the page is converted to: they are what the reader searches the file for (its
    page, 第 3 页, is the sheet's words: in the page's script)."""
    if origin.lined:
        return str(origin)
    # the place's characters as references (as_written), the page escaped: the joined text is markup already
    return markupsafe.Markup(with_page(as_written(origin.place), markupsafe.escape(origin.on_page)))


HINT_EM = 0.62  # width of one hint character (6.5 pt) in the body's em (11 pt)


def blank_width(answer: str, hint: str | None = None) -> float:
    """A blank's width in em: one per character of the answer plus room to write, and room for its hint."""
    return round(max(len(answer) * 1.15 + 1.5, len(hint or "") * HINT_EM + 1.0), 2)


def option_columns(exercise: Exercise) -> int:
    """How many options fit on a line: four short ones, two middling, else one each."""
    longest = max((len(o) for o in exercise.options), default=0)
    return 4 if longest <= 7 else 2 if longest <= 15 else 1


# ---------------------------------------------------------------- pages


def sections(exercises: tuple[Exercise, ...], first: int) -> tuple[Section, ...]:
    """Exercises grouped by kind in worksheet order, numbered from `first` on."""
    found: list[Section] = []
    number = first
    for kind, title in KIND_TITLES.items():
        of_kind = [e for e in exercises if e.kind == kind]
        if of_kind:
            numbered = tuple(enumerate(of_kind, number))
            found.append(Section(chinese_number(len(found) + 1), title, numbered))
            number += len(of_kind)
    return tuple(found)


def doc_lang(doc: Document, settings: Settings) -> str:
    """The language tag of a document as printed (zh-Hant for traditional script)."""
    return lang_tag(output_script(settings.script, doc.source.script))


class Deferred(Sequence[Section]):
    """A document's exercise sections, made from its exercises when a template first reads them: the course's
    web pages join articles made before, and read no document's exercises (kept unread, see WorkBody)."""

    def __init__(self, exercises: Exercises) -> None:
        self._exercises = exercises
        self._made: tuple[Section, ...] | None = None

    def _sections(self) -> tuple[Section, ...]:
        if self._made is None:
            self._made = sections(self._exercises(), 1)
        return self._made

    @overload
    def __getitem__(self, at: int) -> Section: ...

    @overload
    def __getitem__(self, at: slice) -> Sequence[Section]: ...

    def __getitem__(self, at: int | slice) -> Section | Sequence[Section]:
        return self._sections()[at]

    def __len__(self) -> int:
        return len(self._sections())


def part_of(doc: Document, exercises: Exercises, settings: Settings) -> Part:
    """A document as a sheet shows it, its exercises numbered from 1 (on the course's sheets too: each
    document keeps its own numbers, as in the course's PDFs)."""
    return Part(doc, doc_lang(doc, settings), page_script((doc,), settings), Deferred(exercises))


def article(env: jinja2.Environment, sheet: str, part: Part) -> str:
    """One document's article on a sheet, not yet in the page's script."""
    return env.get_template(ARTICLES[sheet]).render(part=part)


def articles(layout: Layout, doc: Document, exercises: tuple[Exercise, ...]) -> dict[str, str]:
    """A document's article on each sheet (the same for every medium)."""
    env, part = environment(layout.template_dirs, layout.templates), part_of(doc, lambda: exercises, layout.settings)
    return {sheet: article(env, sheet, part) for sheet in SHEETS}


@functools.cache
def font_stack(families: tuple[str, ...]) -> str:
    """A CSS font-family value: the named families, quoted, then a generic fallback."""
    return ", ".join([*(f'"{name}"' for name in families), GENERIC_FAMILY])


def page_script(docs: Sequence[Document], settings: Settings) -> str:
    """The script a page is printed in: the course's choice, else its documents' own ("original" if mixed)."""
    if settings.script != "original":
        return settings.script
    scripts = {doc.source.script for doc in docs}
    return scripts.pop() if len(scripts) == 1 else "original"


@jinja2.pass_context
def label(context: jinja2.runtime.Context, text: str, script: str | None = None) -> str:
    """A label of the templates (姓名, 填空题, 出处…) in a part's or the page's script; never a document's text."""
    return to_traditional(text) if (script or context.get("script")) == "traditional" else text


def page(env: jinja2.Environment, sheet: str, title: str, context: dict[str, object]) -> str:
    """One sheet rendered to HTML text (a part without its article gets it rendered here)."""
    return "".join(page_pieces(env, sheet, title, context))


def page_pieces(env: jinja2.Environment, sheet: str, title: str, context: dict[str, object]) -> Iterator[str]:
    """One sheet's HTML text in the pieces its template writes it in (see page)."""
    _, template, name = SHEETS[sheet]
    name = to_traditional(name) if context.get("script") == "traditional" else name
    given = context.get("parts", ())
    assert isinstance(given, Sequence)
    parts = [p if p.html else replace(p, html=article(env, sheet, p)) for p in given]
    page_title = f"{title} · {name}"
    return env.get_template(template).generate(
        **context | {"sheet": sheet, "sheet_name": name, "page_title": page_title, "parts": parts}
    )


def convert(html: str, settings: Settings) -> str:
    """The whole page in the script the course asks for; "original" leaves each document's text as written."""
    return CONVERTERS[settings.script](html)


def course_stem(stems: Sequence[str]) -> str:
    """The name of the course-wide sheets: "course", unless a document is called that (or so it begins)."""
    stem = COURSE_STEM
    while any(doc == stem or doc.startswith(stem + "-") for doc in stems):
        stem = "_" + stem
    return stem


def course_title(layout: Layout, script: str) -> str:
    """The course's title in a page's script (the default title, 学习课程, is the tool's own words)."""
    return CONVERTERS[script](layout.course_title)


def page_context(layout: Layout, script: str) -> dict[str, object]:
    """What every sheet of a group of documents in `script` is laid out with, but its parts."""
    return {
        "course_title": course_title(layout, script),
        "paper": layout.settings.paper,
        "medium": layout.medium,
        "fonts": font_stack(layout.fonts[script]),
        "script": script,
        "lang": lang_tag(script),
    }


def group_pages(
    layout: Layout, stem: str, title: str, sheeted: Sequence[Articled], sheets: Iterable[str] = SHEETS
) -> dict[str, str]:
    """The sheets of one group of documents (one document, or the whole course), by output name: each
    document's article on them as given, else rendered here."""
    env, context, parts = group_setting(layout, sheeted)
    return {
        f"{stem}-{SHEETS[sheet][0]}": convert(
            page(env, sheet, title, context | {"parts": with_articles(parts, sheet)}), layout.settings
        )
        for sheet in sheets
    }


def group_setting(
    layout: Layout, sheeted: Sequence[Articled]
) -> tuple[jinja2.Environment, dict[str, object], list[tuple[Part, Mapping[str, str]]]]:
    """What a group of documents' sheets are laid out with: the templates, the context of their script, and
    each document's part with its given articles."""
    script = page_script([doc for doc, _, _ in sheeted], layout.settings)
    env = environment(layout.template_dirs, layout.templates)
    parts = [(part_of(doc, exercises, layout.settings), given) for doc, exercises, given in sheeted]
    return env, page_context(layout, script), parts


def with_articles(parts: Sequence[tuple[Part, Mapping[str, str]]], sheet: str) -> list[Part]:
    """The parts of a sheet, each with its article on it where one is given."""
    return [replace(part, html=given.get(sheet, "")) for part, given in parts]


def contents_context(layout: Layout, script: str, sheet: str) -> dict[str, object]:
    """What a course-wide sheet's cover-and-contents page is laid out with (its entries aside)."""
    _, _, name = SHEETS[sheet]
    context = page_context(layout, script)
    name = to_traditional(name) if script == "traditional" else name
    return context | {"sheet": sheet, "sheet_name": name, "page_title": f"{course_title(layout, script)} · {name}"}


def document_pages(
    layout: Layout, doc: Document, exercises: tuple[Exercise, ...], given: Mapping[str, str] | None = None
) -> dict[str, str]:
    """One document's three sheets as HTML: '<stem>-提纲', '<stem>-练习', '<stem>-答案' (from its `given`
    articles, see articles(), else rendered here)."""
    return group_pages(layout, doc.stem, doc.label, [(doc, lambda: exercises, given or {})])


def course_pages(work: CourseWork, medium: str) -> dict[str, Callable[[], Iterator[str]]]:
    """The course-wide sheets ('course-提纲', …) laid out for a medium (none when no sheet is laid out for it),
    each as a maker of its text in pieces: their documents' articles joined. The web pages: the PDFs are
    assembled from the documents' PDFs. A course's sheet is large (a thousand documents' articles, 20 MB):
    each is made, its articles unpacked, only when it is written, and written as it is made."""
    layout = work.layouts.get(medium)
    if layout is None or not work.documents:
        return {}
    stem = course_stem([doc.stem for doc in work.documents])
    return {f"{stem}-{SHEETS[sheet][0]}": partial(course_page, work, layout, sheet) for sheet in SHEETS}


def exercises_of(work: DocumentWork) -> Exercises:
    """A document's exercises, read from its work when asked for."""
    return lambda: work.exercises


def course_page(work: CourseWork, layout: Layout, sheet: str) -> Iterator[str]:
    """One course-wide sheet's text, piece by piece, in the course's script (see course_pages)."""
    printed, left = bound(work, sheet)
    left_out = [shown_title(doc) for doc in left]
    sheeted = [(doc.doc, exercises_of(doc), doc.articles_html((sheet,))) for doc in printed]
    env, context, parts = group_setting(layout, sheeted)
    del sheeted  # the articles are in the parts now
    title = str(context["course_title"])
    wanted = context | {"parts": with_articles(parts, sheet), "left_out": left_out}
    for piece in page_pieces(env, sheet, title, wanted):
        yield convert(piece, layout.settings)


def bound(work: CourseWork, sheet: str) -> tuple[list[DocumentWork], list[DocumentWork]]:
    """The documents a course-wide sheet prints (its PDF binds their PDFs, its web page their articles), and those it
    only names: on a sheet of exercises (EXERCISED) the documents with none are left out, unless no document has
    any."""
    if sheet not in EXERCISED:
        return list(work.documents), []
    kept = [doc for doc in work.documents if doc.body.exercise_count]
    if not kept:
        return list(work.documents), []
    return kept, [doc for doc in work.documents if not doc.body.exercise_count]


def shown_title(doc: DocumentWork) -> str:
    """A document's title as the contents page lists it."""
    return doc.shown.title if doc.shown else doc.doc.label
