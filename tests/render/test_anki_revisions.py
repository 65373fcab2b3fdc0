"""Reviews survive a revision of a document: build, import, review every card, revise, rebuild, re-import.

The revision inserts a list near the top (every positional key after it shifts), rewords one item and
deletes another; the real Anki importer then shows what a learner would get.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from anki.collection import Collection

from study.config import Settings
from study.model import Course, Document, EnumList
from study.render.anki import REMOVED_DECK, REMOVED_TAG, TOOL_EPOCH
from study.render.ledger import LEDGER, Entry, Ledger, parse_ledger
from study.work import output_files
from tests.render.test_anki import Shelf, course_of, document, enum, fresh_collection, import_into, item


def render(course: Course, settings: Settings, ledger: Ledger | None = None) -> dict[str, bytes]:
    """The deck's files for a course, as a build makes them."""
    return output_files("anki", course, settings, ledger)


FIELDS_COMPARED = ("Kind", "Context", "Question", "Text", "Answer")  # what a point says: not Sort, tags, place


def demands(key: str, label: str, second: str = "联系群众") -> EnumList:
    """Three demands under part `key`; `second` lets a revision reword one."""
    return enum(f"{key}/1", "一要", "转变作风，要把握好三个环节：", (
        item(f"{key}/1.1", f"{label}一要", "一要", "调查研究", "。领导干部要深入基层，倾听群众呼声，掌握第一手材料。"),
        item(f"{key}/1.2", f"{label}二要", "二要", second, "。要把群众满意不满意作为检验工作成效的根本标准。"),
        item(f"{key}/1.3", f"{label}三要", "三要", "狠抓落实", "。各项措施要细化分解，逐项明确责任，限期完成任务。"),
    ), count=3)  # fmt: skip


def parts(n: str, second: str = "联系群众", meetings: bool = True) -> EnumList:
    """The document's parts, as list `n`: the second part is the one a revision deletes."""
    first = item(f"{n}.1", "（一）", "（一）", "转变工作作风", "。作风问题关系党的形象，关系人心向背。", (
        demands(f"{n}.1", "（一）", second),
    ))  # fmt: skip
    rest = (item(f"{n}.2", "（二）", "（二）", "改进会风文风", "。会议要开短会，讲短话，坚决压缩会议数量。"),)
    last = f"{n}.{3 if meetings else 2}"
    third = item(last, "（三）", "（三）", "加强督促检查", "。各级党委要定期检查作风建设情况。")
    return enum(n, "（一）", None, (first, *(rest if meetings else ()), third))


def principles() -> EnumList:
    """The list a revision inserts at the top of the document."""
    return enum("1", "一是", "总的要求有两条：", (
        item("1.1", "一是", "一是", "坚持从严要求", "。对作风问题零容忍，发现一起查处一起。"),
        item("1.2", "二是", "二是", "坚持以上率下", "。领导干部带头改进作风，作出表率。"),
    ))  # fmt: skip


def original(folder: Path) -> Document:
    """The document as first published."""
    return document(folder / "010_zuofeng.txt", "关于改进工作作风的意见", "2001-03-05", (parts("1"),))


def revised(folder: Path) -> Document:
    """The teacher's revision: a list inserted at the top, the second demand reworded, part （二） deleted."""
    lists = (principles(), parts("2", second="密切联系群众", meetings=False))
    return document(folder / "010_zuofeng.txt", "关于改进工作作风的意见", "2001-03-05", lists)


def content(note: object) -> tuple[str, ...]:
    """What a note says, without its sort key, tags or place: equal for an unchanged point."""
    return tuple(note[f] for f in FIELDS_COMPARED if f in note)  # type: ignore[index, attr-defined]


def review_everything(col: Collection) -> int:
    """Answer every card once (Easy, so it leaves learning and is not shown again today); the number answered."""
    cards = [col.get_card(cid) for cid in col.find_cards("")]
    for card in cards:
        card.start_timer()
        col.sched.answerCard(card, 4)
    return len(cards)


@dataclass(frozen=True)
class Figures:
    """What a re-import did to the learner's notes (see figures())."""

    unchanged: int  # points whose text did not change, on their own note with its history
    kept: int  # reworded points updated in place on their old note, history kept
    duplicated: int  # unchanged points that came back as a new note (history left on the old one)
    moved: int  # old notes now holding another point's text (and carrying its history)
    removed: int  # notes tagged study::removed
    new: int  # notes of points the revision added


def snapshot(col: Collection) -> dict[int, tuple[str, ...]]:
    """Every note's content, by note id."""
    return {nid: content(col.get_note(nid)) for nid in col.find_notes("")}


def history_kept(col: Collection, nid: int) -> bool:
    """True when the note's one card still has the one review it was given."""
    (cid,) = col.card_ids_of_note(nid)
    return col.get_card(cid).reps == 1 and col.db.scalar("select count() from revlog where cid = ?", cid) == 1


def figures(col: Collection, before: dict[int, tuple[str, ...]]) -> Figures:
    """The re-import's figures, from the notes' contents before and after it."""
    removed = set(col.find_notes(f"tag:{REMOVED_TAG}"))
    after = {nid: c for nid, c in snapshot(col).items() if nid not in removed}
    old = set(before.values())
    same = [n for n, c in after.items() if n in before and before[n] == c and history_kept(col, n)]
    kept = [n for n, c in after.items() if n in before and c not in old and history_kept(col, n)]
    duplicated = [n for n, c in after.items() if n not in before and c in old]
    moved = [n for n, c in after.items() if n in before and c != before[n] and c in old]
    new = [n for n, c in after.items() if n not in before and c not in old]
    return Figures(len(same), len(kept), len(duplicated), len(moved), len(removed), len(new))


def first_published(tmp_path: Path) -> tuple[Path, Shelf]:
    """A sources folder and a shelf that has published the original document's deck."""
    folder = tmp_path / "sources"
    folder.mkdir()
    shelf = Shelf()
    shelf.publish(course_of(original(folder), updated=TOOL_EPOCH + 100))
    return folder, shelf


def test_a_revision_keeps_every_review_on_its_own_point(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    col, shelf = fresh_collection(tmp_path / "anki"), Shelf()
    try:
        import_into(col, shelf.publish(course_of(original(folder), updated=TOOL_EPOCH + 100)), tmp_path)
        assert review_everything(col) == col.card_count()
        before = snapshot(col)
        log = import_into(col, shelf.publish(course_of(revised(folder), updated=TOOL_EPOCH + 200)), tmp_path)
        assert len(log.conflicting) == 0
        found = figures(col, before)
        # every note of the first deck is still there: updated, kept as it was, or tagged removed
        assert set(before) <= set(col.find_notes(""))
        assert (found.duplicated, found.moved) == (0, 0)
        # new notes are the inserted list's only: its list recall and its two items' ordered and cloze cards
        assert found.new == len(log.new) == 5
        assert found.unchanged + found.kept + found.removed == len(before)
        assert found.kept >= 3 and found.removed == 2  # part （二）: its ordered and cloze notes
        reworded = [col.get_note(n) for n in col.find_notes("tag:kind::ordered") if n in before]
        second = [n for n in reworded if "密切联系群众" in n["Answer"]]
        assert len(second) == 1 and history_kept(col, second[0].id)  # updated in place, history kept
        print(f"\nhand-made revision: {found}")
    finally:
        col.close()


def test_removed_points_are_tagged_and_in_their_own_subdeck(tmp_path: Path) -> None:
    folder, shelf = first_published(tmp_path)
    revised_deck = shelf.publish(course_of(revised(folder), updated=TOOL_EPOCH + 200))
    col = fresh_collection(tmp_path / "fresh")  # a learner who imports the revised deck first
    try:
        import_into(col, revised_deck, tmp_path)
        removed = col.find_notes(f"tag:{REMOVED_TAG}")
        assert len(removed) == 2
        assert all(re.search("会风|会议", "".join(col.get_note(n).fields)) for n in removed)  # part （二）
        decks = {col.decks.name(col.get_card(c).did) for n in removed for c in col.card_ids_of_note(n)}
        assert decks == {f"作风建设课程::{REMOVED_DECK}"}
    finally:
        col.close()


def test_a_removed_point_is_carried_in_its_revision_only(tmp_path: Path) -> None:
    folder, shelf = first_published(tmp_path)
    revision = course_of(revised(folder), updated=TOOL_EPOCH + 200)
    first = shelf.publish(revision)
    assert shelf.publish(revision) == first  # same inputs and ledger: the same deck, removed notes and all
    gone = {e.guid for e in entries(shelf) if e.gone}
    assert len(gone) == 2  # the ledger marks the points it carries
    later = shelf.publish(course_of(retitled(revised(folder), "关于改进工作作风的若干意见"), updated=TOOL_EPOCH + 300))
    assert not any(guid.encode() in later for guid in gone)  # the next revision carries them no more
    # … and its ledger remembers them (no note): a point put back takes back its note
    assert {e.guid for e in entries(shelf) if e.gone} == gone


def test_an_unchanged_rebuild_keeps_every_note_time(tmp_path: Path) -> None:
    folder, shelf = first_published(tmp_path)
    times = {e.guid: e.mod for e in entries(shelf)}
    shelf.publish(course_of(original(folder), updated=TOOL_EPOCH + 500))  # touched, not changed
    assert {e.guid: e.mod for e in entries(shelf)} == times
    shelf.publish(course_of(revised(folder), updated=TOOL_EPOCH + 600))
    changed = {e.guid for e in entries(shelf) if e.guid in times and e.mod != times[e.guid]}
    assert changed and all(e.mod == TOOL_EPOCH + 600 for e in entries(shelf) if e.guid in changed)


def retitled(doc: Document, title: str) -> Document:
    """The document under another title, its last paragraph cut: a revision of its text, not of its points."""
    return replace(doc, source=replace(doc.source, title=title, paragraphs=doc.source.paragraphs[:-1]))


def entries(shelf: Shelf) -> list[Entry]:
    """The ledger's entries after the shelf's last build."""
    assert shelf.ledger is not None
    return list(shelf.ledger.entries())


def test_the_ledger_file_round_trips(tmp_path: Path) -> None:
    files = render(course_of(original(tmp_path)), Settings())
    ledger = parse_ledger(files[LEDGER])
    assert len(list(ledger.entries())) > 10 and ledger.course_id == "5eed5eed5eed5eed"
