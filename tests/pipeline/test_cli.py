"""`study build` and `study check` as a user meets them: bad input, bad settings, --strict, the summary."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import study.build
from study.cache import OutputRecord
from study.cli import main

from .conftest import MakeCourse, seed_paths

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6" * 8
SIMPLIFIED = (
    "关于改进工作作风的几点意见\n\n改进作风，必须抓好以下三个方面：\n"
    "一、坚持实事求是。\n二、密切联系群众。\n三、加强组织纪律。\n"
)
TRADITIONAL = (
    "關於改進工作作風的幾點意見\n\n改進作風，必須抓好以下三個方面：\n"
    "一、堅持實事求是。\n二、密切聯繫群眾。\n三、加強組織紀律。\n"
)
# announces three points and makes two: something an author should fix
MISCOUNTED = "学习体会\n\n做好这项工作，要把握以下三个方面：\n一、提高认识。\n二、落实责任。\n\n此外还要总结经验。\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def error_lines(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith(("error:", "Error:"))]


def test_bad_documents_get_one_line_each_and_the_others_build(make_course: MakeCourse, tmp_path: Path) -> None:
    files = {
        "a_good.txt": seed_paths()[0].read_bytes(),
        "b_binary.txt": PNG,
        "c_empty.txt": b"",
        "d_gbk.txt": SIMPLIFIED.encode("gbk"),
        "e_big5.txt": TRADITIONAL.replace("改進", "轉變").encode("big5"),  # not d's text: a copy is left out
    }
    sources, dist = make_course(seeds=False, files=files), tmp_path / "dist"
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit status, not a crash
    errors = error_lines(result)
    assert len(errors) == 2, errors
    assert "b_binary.txt" in errors[0] and "c_empty.txt" in errors[1]
    for stem in ("a_good", "d_gbk", "e_big5"):
        assert (dist / "outline" / f"{stem}.json").is_file(), stem
    assert not list((dist / "outline").glob("b_*")) and not list((dist / "outline").glob("c_*"))


def test_build_works_without_a_settings_file(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, toml=None, files={"doc.txt": SIMPLIFIED.encode()})
    result = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "dist" / "index.html").is_file()


def test_bad_settings_are_one_line_naming_every_bad_key(make_course: MakeCourse, tmp_path: Path) -> None:
    toml = 'title = ""\nscript = "cyrillic"\npaper = "A3"\ncolour = "red"\noutputs = ["outline", "slides"]\n'
    sources = make_course(toml=toml)
    result = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "course.toml" in lines[0], lines
    for key in ("title", "script", "paper", "colour", "outputs"):
        assert f"'{key}'" in lines[0]
    assert not (tmp_path / "dist").exists()


def test_settings_that_are_not_toml_are_one_line(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(toml="title = 学习\n")
    result = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "not valid TOML" in result.output


def test_missing_sources_folder_is_one_line(tmp_path: Path) -> None:
    result = run("build", "--sources", str(tmp_path / "nowhere"), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'nowhere'}: no such folder of sources"


def test_a_file_given_as_the_sources_folder_is_one_line(make_course: MakeCourse, tmp_path: Path) -> None:
    doc = make_course(seeds=False, files={"doc.txt": SIMPLIFIED.encode()}) / "doc.txt"
    result = run("build", "--sources", str(doc), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {doc}: is a file, not a folder of sources (give the folder it is in)"


def test_editors_lock_and_hidden_files_are_not_documents(make_course: MakeCourse, tmp_path: Path) -> None:
    # Word keeps ~$name.docx beside a document it has open; a Mac copies ._name beside each file
    files = {"doc.txt": SIMPLIFIED.encode(), "~$doc.docx": b"\x05user" + b"\x00" * 40, "._doc.txt": b"\x00\x05\x16"}
    sources, dist = make_course(seeds=False, files=files), tmp_path / "dist"
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (dist / "outline").iterdir()) == ["doc.json"]


def test_documents_in_folders_inside_sources_are_read_but_templates_and_a_built_course_are_not(
    make_course: MakeCourse, tmp_path: Path
) -> None:
    sources, dist = make_course(seeds=False, files={"a.txt": SIMPLIFIED.encode()}), tmp_path / "dist"
    (sources / "第二周").mkdir()
    (sources / "第二周" / "b.txt").write_bytes(MISCOUNTED.encode())
    (sources / "templates").mkdir()
    (sources / "templates" / "notes.txt").write_text("我的模板说明", encoding="utf-8")
    built = sources / "old-dist"
    (built / ".cache").mkdir(parents=True)
    (built / "page.html").write_text("<html><body><p>旧的输出</p></body></html>", encoding="utf-8")
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert re.search(r"^  documents +2$", result.output, re.M), result.output
    assert sorted(p.stem for p in (dist / "outline").glob("*.json")) == ["a", "b"]
    # a document added to the folder later is seen (the no-change shortcut looks inside folders too)
    (sources / "第二周" / "c.txt").write_bytes(SIMPLIFIED.replace("作风", "文风").encode())
    again = run("build", "--sources", str(sources), "--dist", str(dist))
    assert sorted(p.stem for p in (dist / "outline").glob("*.json")) == ["a", "b", "c"], again.output


def test_a_linked_folder_is_read_once_and_a_link_to_a_parent_never(make_course: MakeCourse, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "b.txt").write_bytes(MISCOUNTED.encode())
    sources = make_course(seeds=False, files={"a.txt": SIMPLIFIED.encode()})
    (sources / "共享").symlink_to(shared, target_is_directory=True)
    (sources / "loop").symlink_to(tmp_path, target_is_directory=True)  # holds sources/ itself
    (sources / "第一周").mkdir()
    (sources / "第一周" / "a.wps").write_bytes(b"\x00\x01WPS")  # no source of its name beside it: its line
    result = run("check", "--sources", str(sources))
    assert "checked 3 documents" in result.output and "a.wps" in result.output, result.output


def test_an_office_file_the_readers_cannot_read_gets_its_line(make_course: MakeCourse, tmp_path: Path) -> None:
    # a WPS Office file saved in its own format: not skipped in silence, its line says so, and the rest builds
    files = {"doc.txt": SIMPLIFIED.encode(), "notice.wps": b"\x00\x01WPS\x00" + b"\x00" * 64}
    sources, dist = make_course(seeds=False, files=files), tmp_path / "dist"
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert result.exit_code == 1
    (line,) = [line for line in result.output.splitlines() if "notice.wps" in line]
    assert line.startswith("error: ") and "Traceback" not in result.output
    assert sorted(p.name for p in (dist / "outline").iterdir()) == ["doc.json"]
    # saved in a format read (a .docx, here a .txt), as its line said: the original beside it is no source any more
    (sources / "notice.txt").write_bytes(SIMPLIFIED.replace("作风", "学风").encode())
    again = run("build", "--sources", str(sources), "--dist", str(dist))
    assert again.exit_code == 0 and "notice.wps" not in again.output, again.output


def test_summary_table_and_strict(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, files={"doc.txt": MISCOUNTED.encode()})
    dist = str(tmp_path / "dist")
    relaxed = run("build", "--sources", str(sources), "--dist", dist)
    assert relaxed.exit_code == 0, relaxed.output
    for row in ("documents", "lists", "items", "notes", "exercises", "pages", "warnings", "time"):
        assert re.search(rf"^  {row} +\S", relaxed.output, re.M), row
    assert re.search(r"^  warnings +[1-9]", relaxed.output, re.M)
    strict = run("build", "--sources", str(sources), "--dist", dist, "--strict")
    assert strict.exit_code == 1
    assert "--strict" in strict.output


def test_check_reports_what_an_author_should_fix(make_course: MakeCourse, tmp_path: Path) -> None:
    files = {"a.txt": MISCOUNTED.encode(), "b_copy.txt": MISCOUNTED.encode(), "c.txt": PNG}
    sources = make_course(seeds=False, files=files)
    result = run("check", "--sources", str(sources))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    a_lines = [line for line in lines if line.startswith(f"{sources / 'a.txt'}:")]
    assert any("announces" in line or "三" in line for line in a_lines), lines
    assert any("b_copy.txt" in line and "the same text as" in line and "a.txt" in line for line in lines), lines
    assert any("c.txt" in line for line in lines), lines
    assert not any(p.name == "dist" for p in tmp_path.iterdir())


def test_a_copy_of_a_document_is_left_out_with_a_warning(make_course: MakeCourse, tmp_path: Path) -> None:
    # the same text twice, once in each script (a .txt and the page it was copied from, say)
    files = {"a.txt": SIMPLIFIED.encode(), "b.txt": TRADITIONAL.encode(), "c.txt": MISCOUNTED.encode()}
    sources, dist = make_course(seeds=False, files=files), tmp_path / "dist"
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert result.exit_code == 0, result.output
    about_b = [line for line in result.output.splitlines() if "b.txt" in line]
    assert len(about_b) == 1 and "warning" in about_b[0] and "the same text as" in about_b[0], result.output
    assert sorted(p.stem for p in (dist / "outline").glob("*.json")) == ["a", "c"]
    assert re.search(r"^  documents +2$", result.output, re.M), result.output
    checked = run("check", "--sources", str(sources))
    assert any("b.txt" in line and "the same text as" in line for line in checked.output.splitlines())


def test_a_copy_added_under_an_earlier_name_leaves_the_published_document_in(
    make_course: MakeCourse, tmp_path: Path
) -> None:
    # the course had b.txt; a copy of it saved as a.txt sorts first: b.txt, whose notes Anki has, stays
    sources = make_course(seeds=False, files={"b.txt": SIMPLIFIED.encode(), "c.txt": MISCOUNTED.encode()})
    dist = tmp_path / "dist"
    assert run("build", "--sources", str(sources), "--dist", str(dist)).exit_code == 0
    (sources / "a.txt").write_text(TRADITIONAL, encoding="utf-8")
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if "the same text as" in line]
    assert f"{sources / 'a.txt'}: the same text as {sources / 'b.txt'}" in line
    assert sorted(p.stem for p in (dist / "outline").glob("*.json")) == ["b", "c"]
    # the check names the copy the build leaves out, given the build (dist/ by default)
    checked = run("check", "--sources", str(sources), "--dist", str(dist))
    assert f"{sources / 'a.txt'}: the same text as {sources / 'b.txt'}" in checked.output


def test_a_build_cut_off_before_writing_leaves_the_last_course_on_record(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dist/ holds b.txt's deck; a build of a course without b.txt fails before it writes: b.txt stays the one on
    # record, so when b.txt and a copy of it under an earlier name come back, b.txt (whose notes Anki has) stays
    sources = make_course(seeds=False, files={"b.txt": SIMPLIFIED.encode(), "c.txt": MISCOUNTED.encode()})
    dist = tmp_path / "dist"
    assert run("build", "--sources", str(sources), "--dist", str(dist)).exit_code == 0
    (sources / "b.txt").rename(tmp_path / "b.txt")
    (sources / "a.txt").write_text(TRADITIONAL, encoding="utf-8")

    def cut_off(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(study.build, "render_all", cut_off)
        assert run("build", "--sources", str(sources), "--dist", str(dist)).exit_code != 0
    (tmp_path / "b.txt").rename(sources / "b.txt")
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert f"{sources / 'a.txt'}: the same text as {sources / 'b.txt'}" in result.output, result.output
    assert sorted(p.stem for p in (dist / "outline").glob("*.json")) == ["b", "c"]


def test_a_left_out_copy_that_empties_is_only_a_failure(make_course: MakeCourse, tmp_path: Path) -> None:
    # a source kept as it last read stays in the course; a copy left out would stay out: it is not kept
    files = {"a.txt": SIMPLIFIED.encode(), "b.txt": TRADITIONAL.encode(), "c.txt": MISCOUNTED.encode()}
    sources, dist = make_course(seeds=False, files=files), tmp_path / "dist"
    assert run("build", "--sources", str(sources), "--dist", str(dist)).exit_code == 0
    (sources / "b.txt").write_bytes(b"")
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    about_b = [line for line in result.output.splitlines() if "b.txt" in line]
    assert about_b == [f"error: {sources / 'b.txt'}: empty file"], result.output
    assert "last read" not in result.output


def deck_guids(dist: Path) -> list[str]:
    """The GUIDs of the notes of the course's deck in dist/, as many times as it holds each."""
    with zipfile.ZipFile(next(dist.glob("*.apkg"))) as package, tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.anki2"
        path.write_bytes(package.read("collection.anki2"))
        with contextlib.closing(sqlite3.connect(path)) as db:
            return [guid for (guid,) in db.execute("SELECT guid FROM notes")]


def test_a_document_renamed_to_the_same_tag_carries_none_of_its_live_notes_as_removed(
    make_course: MakeCourse, tmp_path: Path
) -> None:
    # 01_作风 决定 → 01_作风_决定 (one Anki tag): its notes keep the previous deck's GUIDs; carried as removed too, the
    # deck held each twice, and Anki, which keeps one note of a GUID, tagged the live ones removed
    files = {"01_作风 决定.txt": SIMPLIFIED.encode(), "02.txt": MISCOUNTED.encode()}
    sources = make_course(seeds=False, files=files, toml='outputs = ["anki"]\n')
    dist = tmp_path / "dist"
    assert run("build", "--sources", str(sources), "--dist", str(dist)).exit_code == 0
    before = sorted(deck_guids(dist))
    (sources / "01_作风 决定.txt").rename(sources / "01_作风_决定.txt")
    result = run("build", "--sources", str(sources), "--dist", str(dist))
    assert "left the sources" not in result.output, result.output
    assert sorted(deck_guids(dist)) == before


def test_check_on_a_clean_course_exits_zero(make_course: MakeCourse) -> None:
    sources = make_course(seeds=False, files={"doc.txt": SIMPLIFIED.encode()})
    result = run("check", "--sources", str(sources))
    assert result.exit_code == 0, result.output
    assert "nothing to fix" in result.output


def test_check_finds_a_paragraph_pasted_twice(make_course: MakeCourse) -> None:
    paragraph = "各级党组织要把密切联系群众作为一项经常性的工作来抓，认真研究新情况，解决新问题。"
    text = f"学习体会\n\n{paragraph}\n\n要做好以下两点：\n一、提高认识。\n二、落实责任。\n\n{paragraph}\n"
    sources = make_course(seeds=False, files={"doc.txt": text.encode()})
    result = run("check", "--sources", str(sources))
    repeats = [line for line in result.output.splitlines() if "repeats the paragraph" in line]
    assert result.exit_code == 1 and len(repeats) == 1 and repeats[0].startswith(str(sources / "doc.txt"))


def test_a_documents_line_counts_in_the_singular_for_one(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, files={"doc.txt": MISCOUNTED.encode()})
    result = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"))
    line = next(line for line in result.output.splitlines() if line.startswith(str(sources / "doc.txt")))
    assert re.fullmatch(r".*doc\.txt: 1 list, \d+ items, 1 warning", line), line


def test_what_the_reader_mended_is_noted_not_to_fix(make_course: MakeCourse, tmp_path: Path) -> None:
    """Printed page numbers left in a copied text are taken out as it is read: a note, and nothing to fix."""
    paged = SIMPLIFIED + "\n- 1 -\n\n各级党组织要认真落实。\n\n- 2 -\n"
    sources = make_course(seeds=False, files={"doc.txt": paged.encode()})
    checked = run("check", "--sources", str(sources))
    assert checked.exit_code == 0, checked.output
    assert f"{sources / 'doc.txt'}: note: removed 2 printed page numbers" in checked.output
    assert "checked 1 document: nothing to fix (1 note: what the reader mended, texts held twice)" in checked.output
    built = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"), "--strict")
    assert built.exit_code == 0, built.output
    assert re.search(r"doc\.txt: 1 list, 3 items, 0 warnings, 1 repair \(see `study check`\)", built.output)


def test_a_documents_warnings_are_printed_under_its_line(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, files={"doc.txt": MISCOUNTED.encode()})
    lines = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist")).output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(str(sources / "doc.txt")))
    assert lines[at + 1].startswith("  warning: line ") and "announces 3" in lines[at + 1], lines


def test_a_link_to_a_file_that_is_gone_is_one_line(make_course: MakeCourse, tmp_path: Path) -> None:
    sources = make_course(seeds=False, files={"doc.txt": SIMPLIFIED.encode()})
    (sources / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    built = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"))
    errors = [line for line in built.output.splitlines() if line.startswith("error:")]
    gone = f"error: {sources / 'gone.txt'}: cannot read (No such file or directory)"
    assert built.exit_code == 1 and errors == [gone]
    assert (tmp_path / "dist" / "outline" / "doc.json").exists()
    checked = run("check", "--sources", str(sources))
    assert checked.exit_code == 1 and "gone.txt" in checked.output


def test_ctrl_c_is_one_line_and_the_usual_status(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = make_course(seeds=False, files={"doc.txt": SIMPLIFIED.encode()})

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(study.build, "build", interrupted)
    result = run("build", "--sources", str(sources), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 130
    assert result.output.strip() == "error: interrupted: build again to finish"


def test_json_outlines_of_several_files_are_one_a_line(tmp_path: Path) -> None:
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in files:
        path.write_text(SIMPLIFIED, encoding="utf-8")
    one = run("parse", "--format", "json", str(files[0]))
    assert json.loads(one.output)["lists"]  # one file: one (pretty) object
    several = run("parse", "--format", "json", *map(str, files))
    lines = several.output.splitlines()
    assert len(lines) == 2 and [json.loads(line)["source"] for line in lines] == [str(p) for p in files]


def test_the_removed_notes_line_counts_in_the_singular_for_one() -> None:
    one = study.build.removed_notes({"deck.apkg": OutputRecord.of(b"", {"removed": 1})})
    assert one[0].startswith("1 Anki note left the sources")
    assert study.build.removed_notes({"deck.apkg": OutputRecord.of(b"", {"removed": 2})})[0].startswith("2 Anki notes")


def test_a_course_of_one_document_is_told_why_it_has_no_choice_questions(make_course: MakeCourse) -> None:
    sources = make_course(seeds=False, toml='outputs = ["html"]\n', files={"doc.txt": SIMPLIFIED.encode()})
    result = run("build", "--sources", str(sources), "--dist", str(sources.parent / "dist"))
    assert result.exit_code == 0, result.output
    said = r"^  note +no choice questions: their wrong options come from a course's other documents"
    assert re.search(said, result.output, re.M), result.output


def test_a_renamed_course_keeps_its_notes_and_says_why_its_ledger_starts_again(
    make_course: MakeCourse, tmp_path: Path
) -> None:
    import sqlite3
    import zipfile

    def guids(deck: Path) -> set[str]:
        with zipfile.ZipFile(deck) as archive:
            archive.extract("collection.anki2", tmp_path / deck.stem)
        conn = sqlite3.connect(tmp_path / deck.stem / "collection.anki2")
        try:
            return {guid for (guid,) in conn.execute("SELECT guid FROM notes")}
        finally:
            conn.close()

    sources = make_course(seeds=False, files={"doc.txt": SIMPLIFIED.encode()})
    dist = tmp_path / "dist"
    (sources / "course.toml").write_text('outputs = ["anki"]\n', encoding="utf-8")
    assert run("build", "--sources", str(sources), "--dist", str(dist)).exit_code == 0
    (before,) = dist.glob("*.apkg")
    published = guids(before)
    (sources / "course.toml").write_text('title = "冬训学习"\noutputs = ["anki"]\n', encoding="utf-8")
    renamed = run("build", "--sources", str(sources), "--dist", str(dist))
    assert renamed.exit_code == 0, renamed.output
    (line,) = [line for line in renamed.output.splitlines() if "ledger" in line]
    assert "renamed?" in line and "starting a new one: notes keep the identities" in line
    assert published and guids(dist / "冬训学习.apkg") == published


def test_blanks_reads_a_file_in_any_encoding_a_source_may_be_in(tmp_path: Path) -> None:
    # a teacher's notes saved on Windows: GB18030 with CRLF line ends, as `study build` reads them
    notes = tmp_path / "notes.txt"
    notes.write_bytes("坚持两个毫不动摇\r\n连续五个月保持增长\r\n".encode("gb18030"))
    result = CliRunner().invoke(main, ["blanks", "--file", str(notes), "--sources", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[0] for line in result.output.splitlines()] == [
        "坚持（   ）个毫不动摇",
        "连续（   ）个月保持增长",
    ]
