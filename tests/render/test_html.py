"""The HTML sheets: same templates and content as the PDFs; course template overrides; packaged templates."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sample_course import demo_course

from study.config import Settings
from study.model import Course, Document, walk
from study.output import made_of
from study.render import html
from study.render.outputs import OUTPUT_NAMES
from study.render.sheets import default_templates
from study.work import output_files, output_work
from tests.generated_work import course_exercises

REPO_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class Page(HTMLParser):
    """The visible text of a page, its blanks, and the lang attributes it declares."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.text: list[str] = []
        self.blanks = 0
        self.langs: list[str] = []
        self._hidden = 0
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self._hidden += tag in ("style", "title")
        self.blanks += "blank" in (found.get("class") or "").split()
        if found.get("lang"):
            self.langs.append(found["lang"] or "")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)

    @property
    def visible(self) -> str:
        """The visible text without whitespace."""
        return "".join("".join(self.text).split())


@pytest.fixture(scope="module")
def course() -> Course:
    return demo_course()


@pytest.fixture(scope="module")
def files(course: Course) -> dict[str, bytes]:
    return output_files("html", course, Settings())


def page(files: dict[str, bytes], name: str) -> Page:
    return Page(files[f"html/{name}.html"].decode("utf-8"))


def test_registered_as_the_html_output() -> None:
    assert OUTPUT_NAMES["html"].document is html.render_document and OUTPUT_NAMES["html"].course is html.render_course


def test_three_pages_per_document_and_for_the_course(course: Course, files: dict[str, bytes]) -> None:
    stems = [doc.stem for doc in course.documents] + ["course"]
    assert set(files) == {f"html/{s}-{k}.html" for s in stems for k in ("提纲", "练习", "答案")}


def test_study_sheet_page_has_every_lead_and_head(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        text = page(files, f"{doc.stem}-提纲").visible
        for _, lst in walk(doc.lists):
            assert lst.lead is None or "".join(lst.lead.split()) in text
            assert all(item.head in text for item in lst.items)


def test_worksheet_page_has_blanks_not_answers(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        sheet = page(files, f"{doc.stem}-练习")
        made = course_exercises(course, Settings().difficulty)[doc.stem]
        blanks = sum(1 for e in made for p in e.pieces if p.blank) + sum(1 for e in made if e.kind == "order")
        assert sheet.blanks == blanks > 0
        for e in made:
            if e.kind == "fill":
                assert "".join(p.text for p in e.pieces) not in sheet.visible


def test_answer_page_has_the_answers(course: Course, files: dict[str, bytes]) -> None:
    for doc in course.documents:
        text = page(files, f"{doc.stem}-答案").visible
        for e in course_exercises(course, Settings().difficulty)[doc.stem]:
            assert all(answer in text for answer in e.answers)


def test_pages_are_self_contained_with_screen_styles(files: dict[str, bytes]) -> None:
    markup = files["html/course-练习.html"].decode("utf-8")
    assert "<link" not in markup and "@media screen" in markup
    assert '"Noto Serif CJK SC"' in markup and "&#34;" not in markup  # CSS is not HTML-escaped


def test_traditional_output_converts_text_and_labels(course: Course) -> None:
    found = output_files("html", course, Settings(script="traditional"))
    sheet = Page(found["html/course-提纲.html"].decode("utf-8"))
    assert "學習提綱" in sheet.visible and "聯繫" in sheet.visible
    assert set(sheet.langs) == {"zh-Hant"}


def test_documents_keep_their_own_script_and_language_by_default(course: Course) -> None:
    source = dataclasses.replace(course.documents[0].source, script="traditional")
    mixed = Course(
        course.course_id, course.title, (dataclasses.replace(course.documents[0], source=source), course.documents[1])
    )
    langs = Page(output_files("html", mixed, Settings())["html/course-提纲.html"].decode("utf-8")).langs
    assert "zh-Hant" in langs and "zh-Hans" in langs


def test_a_traditional_document_gets_wholly_traditional_pages(course: Course) -> None:
    source = dataclasses.replace(course.documents[0].source, script="traditional")
    mixed = Course(
        course.course_id, course.title, (dataclasses.replace(course.documents[0], source=source), course.documents[1])
    )
    found = output_files("html", mixed, Settings())
    own = Page(found[f"html/{course.documents[0].stem}-练习.html"].decode("utf-8")).visible
    assert "練習" in own and "填空題" in own and "班級" in own  # labels follow the document's script
    assert "练习" not in own and "填空题" not in own and "联系" in own  # … and its own text is left as written
    assert "群眾路線學習" in own and "群众路线学习" not in own  # the course's title is in the page's script
    other = Page(found[f"html/{course.documents[1].stem}-练习.html"].decode("utf-8")).visible
    assert "练习" in other and "填空题" in other


def test_a_document_called_course_keeps_its_own_sheets(course: Course) -> None:
    renamed = dataclasses.replace(course.documents[1].source, stem="course")
    named = Course(
        course.course_id, course.title, (course.documents[0], dataclasses.replace(course.documents[1], source=renamed))
    )
    found = output_files("html", named, Settings())
    assert len(found) == 9 and "html/course-提纲.html" in found and "html/_course-提纲.html" in found


def moved(doc: Document, folder: Path) -> Document:
    """The document as if its source file lay in `folder`."""
    source = dataclasses.replace(doc.source, path=str(folder / Path(doc.source.path).name))
    return dataclasses.replace(doc, source=source)


def test_course_templates_override_the_defaults_file_by_file(course: Course, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    (sources / "templates").mkdir(parents=True)
    (tmp_path / "templates").mkdir()
    (sources / "templates" / "sheet.html.j2").write_text(
        '{% extends "base.html.j2" %}{% block content %}<p>本课程自己的提纲</p>{% endblock %}', encoding="utf-8"
    )
    (tmp_path / "templates" / "study.css").write_text("body { color: #123456; }", encoding="utf-8")
    (tmp_path / "templates" / "sheet.html.j2").write_text("loses to sources/templates", encoding="utf-8")
    local = Course(course.course_id, course.title, tuple(moved(doc, sources) for doc in course.documents))
    found = output_files("html", local, Settings())
    sheet = found["html/course-提纲.html"].decode("utf-8")
    assert "本课程自己的提纲" in sheet and "#123456" in sheet
    worksheet = found["html/course-练习.html"].decode("utf-8")
    assert "姓名" in worksheet and "#123456" in worksheet  # the default worksheet with the course's CSS


def test_the_package_finds_its_templates_in_the_checkout() -> None:
    names = {p.name for p in default_templates().iterdir()}
    assert names == {p.name for p in REPO_TEMPLATES.iterdir()}
    assert not any(p.is_dir() for p in REPO_TEMPLATES.iterdir()), "package-data ships templates/* flat"


def test_an_installed_package_ships_and_finds_the_templates() -> None:
    # build the package as a wheel would (setuptools build_py with the project's own configuration),
    # then import it from there: the templates must be real files inside the package
    repo = REPO_TEMPLATES.parent
    with tempfile.TemporaryDirectory() as tmp:
        build = (
            "import warnings; warnings.simplefilter('ignore')\n"
            "from setuptools.dist import Distribution\n"
            "from setuptools.config.pyprojecttoml import apply_configuration\n"
            "dist = Distribution(); dist.script_name = 'setup.py'\n"
            "apply_configuration(dist, 'pyproject.toml')\n"
            f"cmd = dist.get_command_obj('build_py'); cmd.build_lib = {tmp!r}; cmd.compile = 0\n"
            "cmd.ensure_finalized(); cmd.run()\n"
        )
        subprocess.run([sys.executable, "-c", build], cwd=repo, check=True, capture_output=True)
        probe = (
            "import sys\n"
            "sys.meta_path = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]\n"
            f"sys.path.insert(0, {tmp!r})\n"
            "import study; from study.render.sheets import default_templates\n"
            "print(study.__file__); print(default_templates())\n"
        )
        out = subprocess.run([sys.executable, "-c", probe], cwd=tmp, check=True, capture_output=True, text=True)
        module, folder = out.stdout.split()
        assert module.startswith(tmp) and folder.startswith(tmp)
        shipped = Path(folder)
        assert not shipped.is_symlink()
        for original in REPO_TEMPLATES.iterdir():
            copy = shipped / original.name
            assert copy.is_file() and not copy.is_symlink()
            assert copy.read_bytes() == original.read_bytes()


def test_documents_and_the_course_render_apart_to_the_same_files(course: Course) -> None:
    settings = Settings()
    work = output_work("html", course, settings)
    apart = {rel: made_of(value).data for rel, value in html.render_course(work).items()}
    for doc in work.documents:
        apart |= html.render_document(doc, settings)
    assert apart == output_files("html", course, settings)
    assert {name for name in apart if name.startswith("html/course-")}  # a small course has course-wide sheets


def test_an_incremental_build_of_the_sheets_equals_a_fresh_one(tmp_path: Path) -> None:
    # every document's sheets draw on the course (vocabulary, neighbours' heads)
    from study.build import build

    seeds = sorted((Path(__file__).resolve().parents[2] / "sources").glob("*.txt"))
    sources = tmp_path / "sources"
    sources.mkdir()
    for path in seeds:
        (sources / path.name).write_bytes(path.read_bytes())
    (sources / "course.toml").write_text('outputs = ["html"]\n', encoding="utf-8")
    build(sources, tmp_path / "dist", lambda line: None)
    changed = sources / seeds[1].name
    lines = changed.read_text(encoding="utf-8").splitlines()
    lines.insert(len(lines) // 2, "坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层。")  # new words: a new vocabulary
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = build(sources, tmp_path / "dist", lambda line: None)
    # every document's work is made again (the vocabulary changed); a sheet is written again only where its
    # page changed, and whatever was reused, the course is the one a fresh build makes
    assert {f"html/{changed.stem}", "html"} <= set(report.rendered) <= {f"html/{p.stem}" for p in seeds} | {"html"}
    build(sources, tmp_path / "fresh", lambda line: None)
    files = sorted(p.relative_to(tmp_path / "fresh") for p in (tmp_path / "fresh" / "html").rglob("*.html"))
    assert files and all((tmp_path / "dist" / f).read_bytes() == (tmp_path / "fresh" / f).read_bytes() for f in files)


def test_the_course_pages_join_their_documents_articles_each_with_its_own_numbers(
    course: Course, files: dict[str, bytes]
) -> None:
    def articles(rel: str) -> list[str]:
        html = files[rel].decode("utf-8")
        return re.findall(r"<article\b.*?</article>", html, re.S)

    joined = articles("html/course-练习.html")
    own = [a for doc in course.documents for a in articles(f"html/{doc.stem}-练习.html")]
    assert len(joined) == len(course.documents) >= 2 and joined == own
    assert all('value="1"' in article for article in joined if "exercise-list" in article)


def test_a_traditional_pages_footer_counts_its_pages_in_its_script(course: Course) -> None:
    source = dataclasses.replace(course.documents[0].source, script="traditional")
    mixed = Course(
        course.course_id, course.title, (dataclasses.replace(course.documents[0], source=source), course.documents[1])
    )
    found = output_files("html", mixed, Settings())
    own = found[f"html/{course.documents[0].stem}-练习.html"].decode("utf-8")
    other = found[f"html/{course.documents[1].stem}-练习.html"].decode("utf-8")
    assert '" 頁 共 " counter(pages) " 頁"' in own and "页" not in own.split("@bottom-center")[1].split("}")[0]
    assert '" 页 共 " counter(pages) " 页"' in other


def test_a_files_name_is_shown_as_written_whatever_the_pages_script(course: Course) -> None:
    """Converted, a file's name names no file: 简述.txt shown as 簡述.txt on a traditional page."""
    source = dataclasses.replace(course.documents[0].source, path="sources/学习纲要.txt")
    renamed = Course(course.course_id, course.title, (dataclasses.replace(course.documents[0], source=source),))
    found = output_files("html", renamed, Settings(script="traditional"))
    shown = Page(found[f"html/{course.documents[0].stem}-提纲.html"].decode("utf-8")).visible
    assert "學習" in shown and "学习纲要.txt" in shown and "學習綱要.txt" not in shown
