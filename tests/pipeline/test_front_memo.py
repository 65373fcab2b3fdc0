"""A course PDF's cover and contents are remembered under what they list: an edit that keeps every title and
page count binds the documents' PDFs again without laying the contents out again, to the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

import study.render.assemble
import study.render.pdf

from .conftest import MakeCourse, quiet_build, snapshot

PDF_ONLY = 'outputs = ["pdf"]\n'


def front_layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time a course PDF's front matter is laid out (in this process)."""
    laid: list[int] = []
    real = study.render.assemble.front_matter

    def counting(*args: object) -> object:
        laid.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(study.render.assemble, "front_matter", counting)
    return laid


def test_an_edit_that_keeps_titles_and_pages_lays_out_no_contents(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, dist = make_course(toml=PDF_ONLY), tmp_path / "dist"
    laid = front_layouts(monkeypatch)
    numbered: list[int] = []
    real = study.render.pdf.numbers_page
    monkeypatch.setattr(
        study.render.pdf, "numbers_page", lambda binding, script: numbered.append(1) or real(binding, script)
    )
    before = quiet_build(sources, dist, jobs=1)
    assert before.ok and len(laid) == 3  # one course PDF a sheet
    printed = len(numbered)  # a numbers page a sheet and page script its documents are in
    first = sorted(sources.glob("*.txt"))[0]
    first.write_text("新的一行\n\n" + first.read_text(encoding="utf-8"), encoding="utf-8")
    after = quiet_build(sources, dist, jobs=1)
    assert after.ok and [d.title for d in after.documents] == [d.title for d in before.documents]
    bound = [rel for rel in after.rendered if rel.startswith("pdf/course-")]
    pages = [after.outputs[rel].facts["pages"] == before.outputs[rel].facts["pages"] for rel in bound]
    assert bound and all(pages)  # bound again, each as long as before
    assert len(laid) == 3  # from the remembered front matter
    assert len(numbered) == printed  # and the numbers pages too: the edit printed no page of a course PDF's own
    fresh = tmp_path / "fresh"
    assert quiet_build(sources, fresh, jobs=1).ok
    assert snapshot(dist) == snapshot(fresh)


def test_the_fronts_stay_remembered_while_a_build_reads_only_the_decks_memory(
    make_course: MakeCourse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the deck made again (its file lost) reads its own memory and reuses the course PDFs: their front matter,
    # remembered apart, is not forgotten for it
    sources, dist = make_course(toml='outputs = ["pdf", "anki"]\n'), tmp_path / "dist"
    laid = front_layouts(monkeypatch)
    assert quiet_build(sources, dist, jobs=1).ok and len(laid) == 3
    for deck in dist.glob("*.apkg"):
        deck.unlink()
    again = quiet_build(sources, dist, jobs=1)
    assert again.ok and not any(rel.startswith("pdf/course-") for rel in again.rendered)
    first = sorted(sources.glob("*.txt"))[0]
    first.write_text("新的一行\n\n" + first.read_text(encoding="utf-8"), encoding="utf-8")
    after = quiet_build(sources, dist, jobs=1)
    assert after.ok and any(rel.startswith("pdf/course-") for rel in after.rendered)
    assert len(laid) == 3


# titles written alike in both scripts, over texts in one script or the other
FIRST = "公社工作\n\n改進作風，必須抓好以下三個方面：\n一、堅持實事求是。\n二、密切聯繫群眾。\n三、加強組織紀律。\n"
SECOND = "人民公社\n\n{}\n"
SECOND_SIMPLIFIED = "办好公社，要做到以下两点：\n一、发展集体经济。\n二、关心群众生活。"
SECOND_TRADITIONAL = "辦好公社，要做到以下兩點：\n一、發展集體經濟。\n二、關心群眾生活。"


def test_a_text_that_changes_script_under_the_same_title_gets_the_contents_a_fresh_build_has(
    make_course: MakeCourse, tmp_path: Path
) -> None:
    # the course's page script follows its documents' scripts: once both are traditional its contents is
    # printed in traditional script, not as remembered, though every title and page count is the same
    files = {"a.txt": FIRST.encode(), "b.txt": SECOND.format(SECOND_SIMPLIFIED).encode()}
    sources, dist = make_course(seeds=False, toml=PDF_ONLY, files=files), tmp_path / "dist"
    before = quiet_build(sources, dist, jobs=1)
    assert before.ok
    (sources / "b.txt").write_text(SECOND.format(SECOND_TRADITIONAL), encoding="utf-8")
    after = quiet_build(sources, dist, jobs=1)
    assert after.ok and [d.title for d in after.documents] == [d.title for d in before.documents]
    fresh = tmp_path / "fresh"
    assert quiet_build(sources, fresh, jobs=1).ok
    assert snapshot(dist) == snapshot(fresh)
