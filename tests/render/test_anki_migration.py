"""Upgrading from decks made before content identity: their positional GUIDs are kept, nothing is duplicated.

A learner imported a deck whose notes had `genanki.guid_for(course, stem, key, kind)` GUIDs (the outline's
positional key), reviewed every card, and now imports the first deck made with content identity: dist/
holds the old .apkg and no ledger. The real Anki importer shows what they get.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sqlite3
import zipfile
from dataclasses import asdict, replace
from pathlib import Path

import genanki
from click.testing import CliRunner

import study.render.ledger as ledger_module
from study.build import build
from study.cli import main
from study.config import Settings
from study.model import Course
from study.output import Streamed, made_of
from study.render.anki import TOOL_EPOCH, read_ledger
from study.render.ledger import (
    LEDGER,
    OLD_LEDGER,
    Entry,
    Ledger,
    document_line,
    ledger_bytes,
    parse_ledger,
    parsed_or_empty,
    revision,
)
from study.summary import Summary, summary_table, totals
from study.work import output_files
from tests.pipeline.test_cli import SIMPLIFIED
from tests.render.test_anki import COURSE_ID, course_of, fresh_collection, import_into
from tests.render.test_anki_revisions import figures, history_kept, original, review_everything, revised, snapshot
from tests.render.test_anki_seed_revisions import course_folder, revise


def render(course: Course, settings: Settings, ledger: Ledger | None = None) -> dict[str, bytes]:
    """The deck's files for a course, as a build makes them."""
    return output_files("anki", course, settings, ledger)


DECK = "作风建设课程.apkg"
OUTLINE_TAG = re.compile(r"(?:^| )outline::([^: ]+)::(\S+)")
KIND_TAG = re.compile(r"(?:^| )kind::(\S+)")


def old_guid(course_id: str, stem: str, key: str, kind: str) -> str:
    """The GUID decks had before content identity (render/anki.py until ce718cb): the positional key's."""
    guid: str = genanki.guid_for(course_id, stem, key, kind)
    return guid


def positional(apkg: bytes, course_id: str, mod: int, folder: Path) -> bytes:
    """The same deck as the old tool made it: every note's GUID from its outline key, its time `mod`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "collection.anki2"
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        path.write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(path)
    for nid, tags in conn.execute("SELECT id, tags FROM notes").fetchall():
        stem, path_tag = OUTLINE_TAG.search(tags).groups()  # type: ignore[union-attr]
        (kind,) = KIND_TAG.search(tags).groups()  # type: ignore[union-attr]
        guid = old_guid(course_id, stem, path_tag.replace("::", "/"), kind)
        conn.execute("UPDATE notes SET guid = ?, mod = ? WHERE id = ?", (guid, mod, nid))
    conn.commit()
    conn.close()
    out = folder / "old.apkg"
    with zipfile.ZipFile(out, "w") as archive:
        archive.write(path, "collection.anki2")
        archive.writestr("media", "{}")
    return out.read_bytes()


def guids(apkg: bytes, folder: Path) -> set[str]:
    """Every note GUID a package holds."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "c.anki2"
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        path.write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(path)
    try:
        return {guid for (guid,) in conn.execute("SELECT guid FROM notes")}
    finally:
        conn.close()


def upgraded(course: Course, dist: Path, warnings: list[str]) -> bytes:
    """The first deck the new tool makes in a dist/ that holds an old deck and no ledger."""
    return render(course, Settings(), read_ledger(dist, course, warnings.append))[DECK]


def old_deck(course: Course, dist: Path, tmp_path: Path) -> bytes:
    """The old tool's deck of `course`, left in dist/ as its last build left it (no ledger)."""
    dist.mkdir(parents=True, exist_ok=True)
    deck = positional(render(course, Settings())[DECK], COURSE_ID, TOOL_EPOCH, tmp_path / "old")
    (dist / DECK).write_bytes(deck)
    return deck


def test_an_old_deck_keeps_every_note_on_the_first_new_import(tmp_path: Path) -> None:
    folder, dist = tmp_path / "sources", tmp_path / "dist"
    folder.mkdir()
    course = course_of(original(folder), updated=TOOL_EPOCH + 100)
    old = old_deck(course, dist, tmp_path)
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, old, tmp_path)
        assert review_everything(col) == col.card_count() > 10
        before, warnings = snapshot(col), []
        new = upgraded(course, dist, warnings)
        assert guids(new, tmp_path / "new") == guids(old, tmp_path / "o")  # every positional GUID kept
        log = import_into(col, new, tmp_path)
        assert len(log.new) == 0 and set(col.find_notes("")) == set(before)
        assert all(history_kept(col, nid) for nid in before)
        assert len(warnings) == 1 and "note ledger missing" in warnings[0]  # no ledger: said once
    finally:
        col.close()


def test_a_revision_with_the_upgrade_keeps_every_review_on_its_own_point(tmp_path: Path) -> None:
    folder, dist = tmp_path / "sources", tmp_path / "dist"
    folder.mkdir()
    old = old_deck(course_of(original(folder), updated=TOOL_EPOCH + 100), dist, tmp_path)
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, old, tmp_path)
        review_everything(col)
        before = snapshot(col)
        # the revision inserts a list at the top: every old positional key after it now names another point
        log = import_into(col, upgraded(course_of(revised(folder), updated=TOOL_EPOCH + 200), dist, []), tmp_path)
        found = figures(col, before)
        print(f"\nupgrade with a revision: {found}; import: {len(log.new)} new, {len(log.updated)} updated")
        assert (found.duplicated, found.moved) == (0, 0)
        assert found.new == len(log.new) == 5  # the inserted list's notes only
        assert found.unchanged + found.kept + found.removed == len(before) and found.removed == 2
        reworded = [col.get_note(n) for n in col.find_notes("tag:kind::ordered") if n in before]
        second = [n for n in reworded if "密切联系群众" in n["Answer"]]
        assert len(second) == 1 and history_kept(col, second[0].id)  # reworded and moved: still its note
    finally:
        col.close()


def test_the_seed_course_upgrades_without_a_duplicate(tmp_path: Path) -> None:
    sources, dist = course_folder(tmp_path), tmp_path / "dist"
    build(sources, dist, print)
    deck = dist / "群众路线学习.apkg"
    course_id = parse_ledger((dist / LEDGER).read_bytes()).course_id
    deck.write_bytes(positional(deck.read_bytes(), course_id, TOOL_EPOCH, tmp_path / "old"))
    (dist / LEDGER).unlink()  # as the old tool left dist/: a deck, no ledger
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, deck.read_bytes(), tmp_path)
        assert review_everything(col) == col.card_count() > 150
        before = snapshot(col)
        revise(sources / "002_7e70f18c3eb6a888.txt")
        report = build(sources, dist, print)
        assert len(report.warnings) == 1  # the missing ledger, once
        log = import_into(col, deck.read_bytes(), tmp_path)
        found = figures(col, before)
        print(f"\nseed upgrade with a revision: {found}; import: {len(log.new)} new, {len(log.updated)} updated")
        assert (found.duplicated, found.moved) == (0, 0) and set(before) <= set(col.find_notes(""))
        assert found.unchanged + found.kept + found.removed == len(before)
        assert found.unchanged > 150 and found.new == len(log.new) < 20
    finally:
        col.close()


def test_a_corrupt_previous_deck_is_one_warning(tmp_path: Path) -> None:
    folder, dist = tmp_path / "sources", tmp_path / "dist"
    folder.mkdir()
    course = course_of(original(folder), updated=TOOL_EPOCH + 100)
    fresh = render(course, Settings())[DECK]
    good = old_deck(course, dist, tmp_path)
    no_notes = zipfile.ZipFile(tmp_path / "x.zip", "w")
    no_notes.writestr("media", "{}")
    no_notes.close()
    broken = good[: len(good) // 2]
    for damage in (b"not a zip", broken, (tmp_path / "x.zip").read_bytes(), zip_of(b"not sqlite")):
        (dist / DECK).write_bytes(damage)
        warnings: list[str] = []
        assert upgraded(course, dist, warnings) == fresh  # content identity alone
        assert len(warnings) == 1 and "previous deck unreadable" in warnings[0], warnings


def zip_of(collection: bytes) -> bytes:
    """A package whose collection file holds these bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("collection.anki2", collection)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- the build around the ledger


def test_the_ledger_survives_leaving_anki_out(tmp_path: Path) -> None:
    sources, dist = course_folder(tmp_path), tmp_path / "dist"
    build(sources, dist, print)
    published = (dist / LEDGER).read_bytes()
    (sources / "course.toml").write_text('title = "群众路线学习"\noutputs = ["outline"]\n', encoding="utf-8")
    report = build(sources, dist, print)
    assert "群众路线学习.apkg" in report.removed and (dist / LEDGER).read_bytes() == published
    (sources / "course.toml").write_text('title = "群众路线学习"\noutputs = ["outline", "anki"]\n', encoding="utf-8")
    report = build(sources, dist, print)
    assert not report.warnings  # the ledger was found: no note starts afresh
    assert {e.guid for e in notes(published)} == {e.guid for e in notes((dist / LEDGER).read_bytes())}


def test_a_rebuild_with_nothing_changed_renders_no_deck(tmp_path: Path) -> None:
    sources, dist = course_folder(tmp_path), tmp_path / "dist"
    assert "anki" in build(sources, dist, print).rendered
    published = (dist / LEDGER).read_bytes()
    report = build(sources, dist, print)  # the ledger read is the one this course's deck wrote: nothing to do
    assert "anki" not in report.rendered and not report.written and (dist / LEDGER).read_bytes() == published
    revise(sources / "002_7e70f18c3eb6a888.txt")
    assert "anki" in build(sources, dist, print).rendered
    assert "anki" not in build(sources, dist, print).rendered  # nor after a revision, with its removed notes
    (dist / LEDGER).write_bytes(published)  # a ledger this course's deck did not write: rendered again
    assert "anki" in build(sources, dist, print).rendered


def test_a_ledger_of_the_first_format_is_read(tmp_path: Path) -> None:
    sources, dist = course_folder(tmp_path), tmp_path / "dist"
    build(sources, dist, print)
    deck, published = (dist / "群众路线学习.apkg").read_bytes(), (dist / LEDGER).read_bytes()
    first = {"course": parse_ledger(published).course_id, "version": 1, "notes": [
        {**asdict(e), "model": 1, "fields": "问\x1f答", "tags": " kind::ordered "} for e in notes(published)
    ]}  # fmt: skip
    (dist / LEDGER).unlink()
    (dist / OLD_LEDGER).write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    report = build(sources, dist, print)
    assert not report.warnings and (dist / "群众路线学习.apkg").read_bytes() == deck
    assert (dist / LEDGER).read_bytes() == published and not (dist / OLD_LEDGER).exists()
    (dist / LEDGER).unlink()
    (dist / OLD_LEDGER).write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    revise(sources / "002_7e70f18c3eb6a888.txt")  # a removed point's note comes from the deck, not the ledger
    report = build(sources, dist, print)
    assert not report.warnings and any("Anki notes left the sources" in note for note in report.notes)


def notes(ledger: bytes) -> list[Entry]:
    """A ledger file's entries."""
    body = list(parse_ledger(ledger).entries())
    return body


def test_a_ledger_warning_is_counted_and_fails_strict(tmp_path: Path) -> None:
    sources, dist = tmp_path / "sources", tmp_path / "dist"
    sources.mkdir()
    (sources / "doc.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (sources / "course.toml").write_text('outputs = ["anki"]\n', encoding="utf-8")
    first = CliRunner().invoke(main, ["build", "--sources", str(sources), "--dist", str(dist), "--strict"])
    assert first.exit_code == 0, first.output
    (dist / LEDGER).write_bytes(b"{damaged")
    report = build(sources, dist, print)
    assert len(report.warnings) == 1 and totals(report)["warnings"] == 1
    assert "note ledger unreadable" in summary_table(Summary.of(report), 1.0)
    (dist / LEDGER).write_bytes(b"{damaged")
    strict = CliRunner().invoke(main, ["build", "--sources", str(sources), "--dist", str(dist), "--strict"])
    assert strict.exit_code == 1 and "--strict" in strict.output
    assert re.search(r"^  warnings +1$", strict.output, re.M) and "note ledger unreadable" in strict.output


def test_a_hand_edited_ledger_row_of_the_wrong_fields_is_refused_in_one_line(tmp_path: Path) -> None:
    entry = Entry("g1", "doc", "cloze", "k", "要点", "", "", "", "d", 1_700_000_000)
    good = ledger_bytes(COURSE_ID, [entry, replace(entry, guid="g2")])
    assert [e.guid for e in parse_ledger(good).entries()] == ["g1", "g2"]
    lines = gzip.decompress(good).decode("utf-8").splitlines()
    for row in ('["g3", "doc", "cloze", "k", "要点", "", "", "", "d", "1700000000", ""]', '["g3", "doc"]'):
        damaged = gzip.compress("\n".join([*lines, row]).encode("utf-8"))
        warnings: list[str] = []
        ledger = parsed_or_empty(tmp_path / LEDGER, damaged, COURSE_ID, warnings.append)
        assert not ledger.by_stem and len(warnings) == 1 and "note ledger unreadable" in warnings[0]


def test_a_ledger_keeps_a_text_holding_a_line_separator_and_names_each_documents_lines() -> None:
    # JSON leaves U+2028 as it is: a ledger split by str.splitlines() would cut that note's line in two
    entry = Entry("g1", "doc", "cloze", "k", "要点\u2028之二", "", "", "", "d", 1_700_000_000)
    other = replace(entry, guid="g2", stem="other", text="别的")
    lines = {"doc": document_line("doc", [entry]), "other": document_line("other", [other])}
    writer = ledger_module.LedgerWriter(COURSE_ID)
    for line in lines.values():
        writer.add(line)
    ledger = parse_ledger(made_of(Streamed(writer.write)).data)
    assert [e.text for e in ledger.entries()] == ["要点\u2028之二", "别的"]
    assert {stem: ledger.stem_digest(stem) for stem in lines} == {
        stem: revision([line]) for stem, line in lines.items()
    }
    assert ledger.stem_digest("doc") != revision([document_line("doc", [replace(entry, mod=1)])])


def test_a_ledger_of_the_second_format_one_note_a_line_is_still_read() -> None:
    entry = Entry("g1", "doc", "cloze", "k", "要点", "", "", "", "d", 1_700_000_000)
    head = json.dumps({"course": COURSE_ID, "version": 2, "columns": list(ledger_module.COLUMNS)})
    rows = [json.dumps(ledger_module.entry_row(e), ensure_ascii=False) for e in (entry, replace(entry, guid="g2"))]
    ledger = parse_ledger(gzip.compress("\n".join([head, *rows, ""]).encode("utf-8")))
    assert [e.guid for e in ledger.by_stem["doc"]] == ["g1", "g2"] and ledger.course_id == COURSE_ID


def test_a_ledger_reads_a_documents_notes_only_when_asked_for_them() -> None:
    entry = Entry("g1", "doc", "cloze", "k", "要点", "", "", "", "d", 1_700_000_000)
    ledger = parse_ledger(ledger_bytes(COURSE_ID, [entry, replace(entry, guid="g2", stem="other")]))
    assert isinstance(ledger.by_stem, ledger_module.DocumentEntries)
    assert set(ledger.by_stem) == {"doc", "other"} and "doc" in ledger.by_stem and ledger.by_stem.last is None
    assert ledger.by_stem["other"] == (replace(entry, guid="g2", stem="other"),)
    assert ledger.by_stem.last is not None and ledger.by_stem.last[0] == "other"
