"""The course home page dist/index.html: every output linked, each document with its outline and counts.

It runs after the other renderers (`render_after`) and links whatever they made: it never assumes their
file names. A file belongs to a document when one of its path parts is the document's stem or starts
with the stem followed by ".", "-" or "_"; every other file is course-wide.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from pathlib import PurePosixPath
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from study import MAKER
from study.cache import NO_MEMO, Memo, OutputRecord, digest
from study.config import Settings, tag
from study.generated import CourseWork, DocumentWork, ShownList
from study.model import Course, EnumList, walk
from study.render.hints import in_chinese
from study.render.sheets import course_stem
from study.script import CONVERTERS, lang_tag, output_script

INDEX = "index.html"
STEM_BOUNDARY = "._-"
OPEN_OUTLINES_UP_TO = 12  # a bigger course shows its outlines folded, or the page becomes a wall of text

# file suffix → what a person calls it
KINDS: dict[str, str] = {
    ".apkg": "Anki 卡组",
    ".pdf": "PDF",
    ".html": "网页",
    ".htm": "网页",
    ".json": "提纲 JSON",
    ".txt": "文本",
    ".csv": "表格",
}

# the page's parts: the macros both use, one document's section (rendered once per document and remembered,
# see section_html), and the page that joins the sections
TEMPLATES = {
    "macros": """\
{% macro file_list(files) %}
<ul class="files">
{% for f in files %}
<li><span class="kind">{{ f.kind }}</span><a href="{{ f.href }}">{{ f.name }}</a> <span class="path">{{ f.path }}</span>
<span class="size">{{ f.size }}{% if f.pages %} · {{ f.pages }} 页{% endif %}\
{% if f.notes %} · {{ f.notes }} 条笔记{% endif %}</span></li>
{% endfor %}
</ul>
{% endmacro %}
{% macro outline(lists) %}
{% for lst in lists %}
{% if lst.lead %}<p class="lead">{{ lst.lead }}\
{% if lst.announced %}<span class="announced">〔{{ lst.announced }}〕</span>{% endif %}</p>{% endif %}
<ol class="outline">
{% for item in lst.entries %}
<li><span class="marker">{{ item.marker or "·" }}</span>{{ item.head }}{{ outline(item.lists) }}</li>
{% endfor %}
</ol>
{% endfor %}
{% endmacro %}
""",
    "section": """\
{% import "macros" as m %}
<section id="{{ doc.anchor }}" class="document" lang="{{ doc.lang }}">
<h2>{{ doc.title }}</h2>
<p class="counts">{% for part in doc.byline %}<span>{{ part }}</span>{% endfor %}</p>
<p class="counts">{% for label, n in doc.counts %}<span>{{ n }} {{ label }}</span>{% endfor %}</p>
{{ m.file_list(doc.files) }}
{% if doc.warnings %}
<details class="warnings"><summary>{{ doc.warnings | length }} 条提示</summary>
<ul>{% for w in doc.warnings %}<li>{{ w }}</li>{% endfor %}</ul>
</details>
{% endif %}
{% if doc.lists %}
<details class="outline"{% if open_outlines %} open{% endif %}><summary>提纲</summary>
{{ m.outline(doc.lists) }}
</details>
{% endif %}
</section>
""",
    "page": """\
<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{ maker }}">
<title>{{ title }}</title>
<style>
:root { color-scheme: light dark; --muted: #666; --line: #ddd; --accent: #b22222; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --line: #444; --accent: #ff7b72; } }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       "Noto Sans CJK TC", sans-serif; line-height: 1.6; max-width: 60rem; margin: 0 auto; padding: 1rem; }
[lang="zh-Hant"] { font-family: "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", sans-serif; }
h1 { color: var(--accent); margin-bottom: .2rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
.counts { color: var(--muted); font-size: .95rem; }
.counts span + span::before { content: " · "; }
ul.files { list-style: none; padding-left: 0; }
ul.files li { margin: .15rem 0; }
.kind { display: inline-block; min-width: 5.5rem; font-size: .85rem; color: var(--muted); }
.size, .path { color: var(--muted); font-size: .85rem; }
ol.outline { list-style: none; padding-left: 1.2rem; }
ol.outline > li { margin: .1rem 0; }
.marker { font-weight: bold; margin-right: .3rem; }
.lead { color: var(--muted); margin: .3rem 0 0 1.2rem; }
.announced { font-size: .8rem; color: var(--accent); margin-left: .4rem; }
.warnings { color: var(--accent); font-size: .9rem; }
.unread { color: var(--accent); margin: .2rem 0; }
nav ol { columns: 2; }
</style>
</head>
<body>
<header>
<h1>{{ title }}</h1>
<p class="counts">{% for label, n in totals %}<span>{{ n }} {{ label }}</span>{% endfor %}</p>
</header>
{% import "macros" as m %}
{% if course_files %}
<section id="course-files">
<h2>全课程</h2>
{{ m.file_list(course_files) }}
</section>
{% endif %}
{% if documents or unread %}
<nav>
<h2>文档</h2>
<ol>
{% for doc in documents %}<li><a href="#{{ doc.anchor }}">{{ doc.title }}</a></li>
{% endfor %}
</ol>
{% for name, why in unread %}<p class="unread">未能读取：{% if name %}{{ name }}：{% endif %}{{ why }}</p>
{% endfor %}
</nav>
{% endif %}
{% for section in sections %}{{ section }}
{% endfor %}
</body>
</html>
""",
}
ENV = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
ENV.globals["maker"] = MAKER  # <meta name="generator">: what the reader refuses as a source (read.binary)


def render_after(work: CourseWork, outputs: Mapping[str, OutputRecord], memo: Memo = NO_MEMO) -> dict[str, bytes]:
    """dist/index.html, linking every file in `outputs` under its document or the course (`memo`: where each
    document's section is remembered between builds)."""
    course, settings = work.course, work.settings
    owned = files_by_owner(outputs, {doc.stem for doc in course.documents})
    open_outlines = len(work.documents) <= OPEN_OUTLINES_UP_TO
    html = ENV.get_template("page").render(
        lang=lang_tag(settings.script),
        title=work.title,
        totals=course_totals(course, outputs),
        course_files=file_views(owned.get(None, {}), course_stem([doc.stem for doc in course.documents]), True),
        documents=[
            {"anchor": anchor(doc), "title": doc.shown.title if doc.shown else doc.doc.label} for doc in work.documents
        ],
        sections=[section_html(doc, settings, owned.get(doc.stem, {}), open_outlines, memo) for doc in work.documents],
        unread=[(name, CONVERTERS[settings.script](in_chinese(why))) for name, why in work.unread],
    )
    return {INDEX: html.encode("utf-8")}


def section_html(
    work: DocumentWork, settings: Settings, files: Mapping[str, OutputRecord], open_outlines: bool, memo: Memo
) -> Markup:
    """One document's section of the page, remembered under what it shows: the document's work (whose key
    covers its text, outline and the settings) and its files."""
    listed = [
        f"{rel}\x1f{rec.sha256}\x1f{rec.size}\x1f{sorted(rec.facts.items())}" for rel, rec in sorted(files.items())
    ]
    key = digest("index-section", work.key, str(open_outlines), *listed)
    found = memo.get(key)
    if isinstance(found, str):
        return Markup(found)
    made = ENV.get_template("section").render(doc=document_view(work, settings, files), open_outlines=open_outlines)
    memo.keep(key, made)
    return Markup(made)


def anchor(work: DocumentWork) -> str:
    """The id of a document's section, that the page's contents link to: an id holds no space (HTML), and a
    document's name written with _ for its spaces is still its own (config.source_names: no two share a tag)."""
    return f"doc-{tag(work.doc.stem)}"


def owner(rel: str, stems: Collection[str]) -> str | None:
    """The stem of the document a file belongs to (the longest that matches), or None if course-wide."""
    for part in PurePosixPath(rel).parts:
        # the part itself, then each prefix that ends before a boundary character, longest first
        cuts = [len(part), *sorted((i for i, ch in enumerate(part) if ch in STEM_BOUNDARY), reverse=True)]
        for cut in cuts:
            if part[:cut] in stems:
                return part[:cut]
    return None


def files_by_owner(
    outputs: Mapping[str, OutputRecord], stems: Collection[str]
) -> dict[str | None, dict[str, OutputRecord]]:
    """The outputs by the document they belong to (None: the whole course's), the home page left out."""
    owned: dict[str | None, dict[str, OutputRecord]] = defaultdict(dict)
    for rel, record in outputs.items():
        if rel != INDEX:
            owned[owner(rel, stems)][rel] = record
    return owned


def file_views(records: Mapping[str, OutputRecord], stem: str, course: bool = False) -> list[dict[str, object]]:
    """The links of a group of files, in path order: a document's (`stem`), or the course's (`stem` that of
    its sheets: render.sheets.course_stem)."""
    return [
        {
            "name": shown_name(rel, stem, course),
            "path": rel,
            "href": quote(rel),
            "kind": kind_of(rel),
            "size": human_size(rec.size),
            "pages": rec.facts.get("pages"),
            "notes": rec.facts.get("notes"),
        }
        for rel, rec in sorted(records.items())
    ]


def shown_name(rel: str, stem: str, course: bool) -> str:
    """What a link to a file says: the sheet it holds (提纲, 练习, 答案; 全课程提纲 for the course's), 结构数据 for
    a document's outline JSON, else the file's name; its path is shown beside it, smaller."""
    name = PurePosixPath(rel).stem
    if name.startswith(stem + "-"):
        return ("全课程" if course else "") + name[len(stem) + 1 :]
    return "结构数据" if name == stem and not course else name


def kind_of(rel: str) -> str:
    """What a person calls a file of this suffix (the suffix itself when it is not a known kind)."""
    suffix = PurePosixPath(rel).suffix
    return KINDS.get(suffix.lower(), suffix.lstrip(".").upper())


def human_size(size: int) -> str:
    """A file size a person reads at a glance."""
    for unit, scale in (("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}" if unit == "MB" else f"{size / scale:.0f} {unit}"
    return f"{size} B"


def list_counts(lists: tuple[EnumList, ...]) -> tuple[int, int]:
    """How many lists and items an outline has, nested ones included."""
    all_lists = [lst for _, lst in walk(lists)]
    return len(all_lists), sum(len(lst.items) for lst in all_lists)


def fact_total(records: Mapping[str, OutputRecord] | list[OutputRecord], fact: str) -> int:
    """The sum of one fact (pages, notes) over some files."""
    values = records.values() if isinstance(records, Mapping) else records
    return sum(rec.facts.get(fact, 0) for rec in values)


def course_totals(course: Course, outputs: Mapping[str, OutputRecord]) -> list[tuple[str, int]]:
    """The course's headline counts."""
    counts = [list_counts(doc.lists) for doc in course.documents]
    lists, items = sum(c[0] for c in counts), sum(c[1] for c in counts)
    totals = [("篇文档", len(course.documents)), ("个列表", lists), ("个要点", items)]
    extra = [("条笔记", fact_total(outputs, "notes")), ("页 PDF", fact_total(outputs, "pages"))]
    return totals + [(label, n) for label, n in extra if n]


def document_view(work: DocumentWork, settings: Settings, files: Mapping[str, OutputRecord]) -> dict[str, object]:
    """What the page shows of one document (its text as generation put it into the output script)."""
    doc, shown = work.doc, work.shown
    assert shown is not None, "every document's work shows it"
    lists, items = list_counts(doc.lists)
    counts = [("个列表", lists), ("个要点", items), ("页 PDF", fact_total(files, "pages"))]
    script = output_script(settings.script, doc.source.script)
    return {
        "anchor": anchor(work),
        "title": shown.title,
        "lang": lang_tag(script),
        "byline": list(shown.byline),
        "counts": [(label, n) for label, n in counts if n or label != "页 PDF"],
        "files": file_views(files, doc.stem),
        "warnings": [CONVERTERS[script](in_chinese(hint)) for hint in (*doc.warnings, *doc.repairs)],
        "lists": [list_view(lst) for lst in shown.lists],
    }


def list_view(lst: ShownList) -> dict[str, object]:
    """One list of the outline, as the page shows it."""
    return {
        "lead": lst.lead,
        "announced": lst.announced,
        "entries": [
            {"marker": item.marker, "head": item.head, "lists": [list_view(sub) for sub in item.lists]}
            for item in lst.items
        ],
    }
