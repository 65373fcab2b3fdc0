"""The revision scenario at course scale: the seed course built for real, imported, every card reviewed,
one seed revised (a list inserted near the top, an item reworded, a list deleted), rebuilt and re-imported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from study.build import build
from study.render.ledger import LEDGER, parse_ledger
from tests.render.test_anki import fresh_collection, import_into
from tests.render.test_anki_revisions import figures, history_kept, review_everything, snapshot

SOURCES = Path(__file__).resolve().parents[2] / "sources"
REVISED = "002_7e70f18c3eb6a888.txt"
TOP = "一、做好群众工作的具有重大而深远的意义"
INSERTED = "做好群众工作，要坚持“三个原则”：以人为本、依法办事、公开透明。\n\n"  # a new list before every other
REWORDED = ("其次,做好群众工作关系到党的自身建设和发展", "其次,做好群众工作直接关系到党的自身建设和发展")
DELETED = "“四个深刻”,经济体制深刻变革,社会结构深刻变动,利益格局深刻调整,思想观念深刻变化;"


def revise(path: Path) -> None:
    """The teacher's revision of one seed, saved later than the first build's inputs."""
    text = path.read_text(encoding="utf-8")
    for old in (TOP, REWORDED[0], DELETED):
        assert text.count(old) == 1, old
    text = text.replace(TOP, INSERTED + TOP).replace(REWORDED[0], REWORDED[1]).replace(DELETED, "")
    path.write_text(text, encoding="utf-8")
    later = max(p.stat().st_mtime for p in path.parent.iterdir()) + 3600
    os.utime(path, (later, later))


def course_folder(tmp_path: Path) -> Path:
    """The seeds in a course folder of their own, building only the deck."""
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    (sources / "course.toml").write_text('title = "群众路线学习"\noutputs = ["anki"]\n', encoding="utf-8")
    return sources


def test_a_seed_revision_keeps_every_review_on_its_own_point(tmp_path: Path) -> None:
    sources, dist, lines = course_folder(tmp_path), tmp_path / "dist", []
    build(sources, dist, lines.append)
    deck = dist / "群众路线学习.apkg"
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, deck.read_bytes(), tmp_path)
        assert review_everything(col) == col.card_count() > 150
        before = snapshot(col)
        first = deck.read_bytes()
        build(sources, dist, lines.append)
        assert deck.read_bytes() == first  # nothing changed: the same deck
        log = import_into(col, first, tmp_path)
        assert (len(log.new), len(log.updated)) == (0, 0)  # and re-importing it updates nothing
        revise(sources / REVISED)
        report = build(sources, dist, lines.append)
        log = import_into(col, deck.read_bytes(), tmp_path)
        found = figures(col, before)
        print(f"\nseed revision: {found}; import: {len(log.new)} new, {len(log.updated)} updated")
        assert (found.duplicated, found.moved) == (0, 0)
        assert set(before) <= set(col.find_notes(""))  # no note lost
        assert found.unchanged + found.kept + found.removed == len(before)
        assert found.new == len(log.new) and found.removed >= 5  # the deleted list: its list recall, items
        reworded = [col.get_note(n) for n in col.find_notes("直接关系到党的自身建设") if n in before]
        assert reworded and all(history_kept(col, n.id) for n in reworded)
        assert any(f"{found.removed} Anki notes left the sources" in note for note in report.notes)
        assert not lines, lines  # a ledger was there each time: no warning
    finally:
        col.close()


def test_a_lost_ledger_is_rebuilt_with_one_warning(tmp_path: Path) -> None:
    sources, dist = course_folder(tmp_path), tmp_path / "dist"
    build(sources, dist, print)
    deck = (dist / "群众路线学习.apkg").read_bytes()
    for damage in (b"{not json", b'{"version": 1, "course": "x", "notes": [{"guid": 3}]}', None):
        lines: list[str] = []
        if damage is None:
            (dist / LEDGER).unlink()
        else:
            (dist / LEDGER).write_bytes(damage)
        report = build(sources, dist, lines.append)
        assert not lines and len(report.warnings) == 1 and "note ledger" in report.warnings[0], report.warnings
        assert (dist / "群众路线学习.apkg").read_bytes() == deck  # content identity alone: the same deck
    assert not any(e.gone for e in parse_ledger((dist / LEDGER).read_bytes()).entries())  # nothing removed on the way
