"""A course kept in folders: a folder that cannot be listed fails alone, and two documents of one file name in two
folders both build, under names that say the folder and stay as they were (made-up documents)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from study.build import BuildReport, build
from study.check import check_course
from study.config import discover, source_names
from study.errors import StudyError
from tests.pipeline.conftest import QUICK

# three made-up talks of one file name, a week's folder each
TALKS = {
    "第一周": "关于理论学习的讲话\n\n一、加强理论学习，提高思想认识。\n二、改进学风文风，注重学用结合。\n",
    "第二周": "关于调查研究的讲话\n\n一、深入基层调研，掌握真实情况。\n二、解决突出问题，回应群众关切。\n",
    "第零周": "关于工作作风的讲话\n\n一、坚持实事求是，反对形式主义。\n二、坚持群众路线，反对官僚主义。\n",
}


def course(root: Path, weeks: list[str]) -> Path:
    """sources/ with the talk of each week in `weeks` as <week>/讲话.txt, built to outlines and the index only."""
    sources = root / "sources"
    sources.mkdir(exist_ok=True)
    (sources / "course.toml").write_text(QUICK, encoding="utf-8")
    for week in weeks:
        (sources / week).mkdir(exist_ok=True)
        (sources / week / "讲话.txt").write_text(TALKS[week], encoding="utf-8")
    return sources


def built(sources: Path) -> BuildReport:
    """The course built in this process (a blocked folder is made in it), to dist/ beside sources/."""
    return build(sources, sources.parent / "dist", lambda line: None, jobs=1)


def outlines(sources: Path) -> dict[str, str]:
    """Each outline file of dist/ with the file of the document it outlines."""
    found = (sources.parent / "dist" / "outline").glob("*.json")
    return {p.stem: Path(json.loads(p.read_text(encoding="utf-8"))["source"]).parent.name for p in found}


@pytest.fixture
def blocked(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[Path]]:
    """Folders that cannot be listed or read in, as without the permissions (the tests may run as root)."""
    folders: set[Path] = set()
    listing, reading = Path.iterdir, Path.read_bytes

    def iterdir(self: Path) -> Iterator[Path]:
        if self in folders:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    def read_bytes(self: Path) -> bytes:
        if any(self.is_relative_to(folder) for folder in folders):
            raise PermissionError(13, "Permission denied", str(self))
        return reading(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    yield folders


def test_a_folder_that_cannot_be_listed_fails_alone(tmp_path: Path, blocked: set[Path]) -> None:
    sources = course(tmp_path, ["第一周", "第二周"])
    blocked.add(sources / "第二周")
    report = built(sources)
    assert report.failures == (f"{sources / '第二周'}: cannot list this folder of sources (Permission denied)",)
    assert [doc.title for doc in report.documents] == ["关于理论学习的讲话"]


def test_the_check_names_a_folder_that_cannot_be_listed_and_checks_the_others(
    tmp_path: Path, blocked: set[Path]
) -> None:
    sources = course(tmp_path, ["第一周", "第二周"])
    blocked.add(sources / "第一周")
    report = check_course(sources, jobs=1)
    assert report.findings[0] == f"{sources / '第一周'}: cannot list this folder of sources (Permission denied)"
    assert (report.documents, report.failures) == (1, 1)


def test_a_folder_blocked_after_a_build_keeps_its_documents_as_they_last_read(
    tmp_path: Path, blocked: set[Path]
) -> None:
    sources = course(tmp_path, ["第一周", "第二周"])
    assert built(sources).ok
    before = outlines(sources)
    blocked.add(sources / "第一周")
    report = built(sources)
    assert report.failures[0] == f"{sources / '第一周'}: cannot list this folder of sources (Permission denied)"
    assert report.kept == (str(sources / "第一周" / "讲话.txt"),)
    assert [doc.title for doc in report.documents] == ["关于理论学习的讲话", "关于调查研究的讲话"]
    assert outlines(sources) == before and not report.removed  # dist/ as it was: nothing taken away


def test_the_folder_of_sources_itself_that_cannot_be_listed_is_one_line(tmp_path: Path, blocked: set[Path]) -> None:
    sources = course(tmp_path, ["第一周"])
    blocked.add(sources)
    with pytest.raises(StudyError, match=r"^.*sources: cannot list this folder of sources \(Permission denied\)$"):
        discover(sources, {})


def test_two_documents_of_one_name_in_two_folders_both_build(tmp_path: Path) -> None:
    sources = course(tmp_path, ["第一周", "第二周"])
    report = built(sources)
    assert report.ok, report.failures
    assert [doc.stem for doc in report.documents] == ["讲话", "讲话（第二周）"]
    assert outlines(sources) == {"讲话": "第一周", "讲话（第二周）": "第二周"}
    index = (sources.parent / "dist" / "index.html").read_text(encoding="utf-8")
    assert "讲话（第二周）.json" in index


def test_the_names_stay_as_documents_come_and_go(tmp_path: Path) -> None:
    sources = course(tmp_path, ["第一周"])
    assert built(sources).ok
    course(tmp_path, ["第零周", "第二周"])  # one sorting before it, one after
    assert built(sources).ok
    assert outlines(sources) == {"讲话": "第一周", "讲话（第零周）": "第零周", "讲话（第二周）": "第二周"}
    (sources / "第一周" / "讲话.txt").unlink()
    assert built(sources).ok
    assert outlines(sources) == {"讲话（第零周）": "第零周", "讲话（第二周）": "第二周"}


def test_unique_names_are_the_files_names() -> None:
    paths = [Path("sources/第一周/讲话.txt"), Path("sources/第二周/通知.docx"), Path("sources/意见.pdf")]
    assert source_names(paths) == ["讲话", "通知", "意见"]


def test_a_name_is_set_apart_by_what_differs() -> None:
    same_folder = [Path("sources/第一周/讲话.txt"), Path("sources/第一周/讲话.docx")]
    assert source_names(same_folder) == ["讲话", "讲话（docx）"]
    nested = [Path("sources/上/第一周/讲话.txt"), Path("sources/下/第一周/讲话.txt")]
    assert source_names(nested) == ["讲话", "讲话（下／第一周）"]
    # a file already named as a folder's copy would be keeps its own name
    own = [Path("sources/第一周/讲话.txt"), Path("sources/第二周/讲话.txt"), Path("sources/讲话（第二周）.txt")]
    assert source_names(own) == ["讲话", "讲话（sources／第二周）", "讲话（第二周）"]


def test_two_names_of_one_anki_tag_are_one_name() -> None:
    # an Anki tag holds no space: 名字 有 空格 and 名字_有_空格 would tag each other's notes
    paths = [Path("sources/名字 有 空格.txt"), Path("sources/名字_有_空格.txt")]
    assert source_names(paths) == ["名字 有 空格", "名字_有_空格（2）"]
    assert source_names(paths, {"sources/名字_有_空格.txt": "名字_有_空格"}) == ["名字 有 空格（2）", "名字_有_空格"]
    # nor two names of one case: Anki's tags and Windows' files are one
    assert source_names([Path("sources/甲/Talk.txt"), Path("sources/乙/talk.txt")]) == ["Talk", "talk（乙）"]
    # a course that has both already keeps their names, and the notes a learner has of them
    both = {str(path): path.stem for path in paths}
    assert source_names(paths, both) == ["名字 有 空格", "名字_有_空格"]
