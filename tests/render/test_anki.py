"""The .apkg checked by its real consumer: imported into fresh Anki collections with the `anki` package."""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from genanki.apkg_schema import APKG_SCHEMA

from study.build import make_course
from study.config import Settings
from study.model import Course, Document, EnumList, Item, Loc, Meta, Paragraph, Source, walk
from study.render import anki
from study.render.anki import (
    CLOZE_MODEL_ID,
    QA_MODEL_ID,
    TOOL_EPOCH,
    look_fingerprint,
    note_tags,
)
from study.render.ledger import LEDGER, Ledger, parse_ledger
from study.render.outputs import OUTPUT_NAMES
from study.script import simplify
from study.work import output_files
from tests.generated_work import course_cards

COURSE_ID = "5eed5eed5eed5eed"


def render(course: Course, settings: Settings, ledger: Ledger | None = None) -> dict[str, bytes]:
    """The deck's files for a course, as a build makes them."""
    return output_files("anki", course, settings, ledger)


# The templates' and CSS's hash: when this test fails you changed the look; move TOOL_EPOCH forward past
# the previous value (so learners' note types update on import), then pin the new fingerprint here.
PINNED_LOOK = ("abf05f0874a2d9e1", 1795219200)

# ----------------------------------------------------------------------------- a hand-made course


def item(key: str, label: str, marker: str, head: str, rest: str = "", lists: tuple[EnumList, ...] = ()) -> Item:
    """An item whose text is its marker, head and the rest of its paragraph."""
    return Item(marker, head, f"{marker}{head}{rest}", key, label, Loc("x", 3, 1), lists)


def enum(key: str, style: str, lead: str | None, items: tuple[Item, ...], count: int | None = None) -> EnumList:
    """A list with an optional announced count."""
    return EnumList(style, lead, count, items, key, Loc("x", 2, 0))


def document(path: Path, title: str, date: str, lists: tuple[EnumList, ...]) -> Document:
    """A document whose source file exists (its mtime is what the deck's note times follow)."""
    if not path.exists():
        path.write_text(title, encoding="utf-8")
    texts = [i.text for _, lst in walk(lists) for i in lst.items]
    paras = tuple(Paragraph(t, simplify(t), Loc(str(path), n + 1, n)) for n, t in enumerate(texts))
    return Document(Source(str(path), path.stem, title, Meta(date=date), "simplified", paras), lists)


def demands(third: str = "狠抓落实") -> EnumList:
    """Three demands announced by a count; `third` lets a test edit one item."""
    return enum("1.1/1", "一要", "转变作风，要把握好三个环节：", (
        item("1.1/1.1", "（一）一要", "一要", "调查研究", "。领导干部要深入基层，倾听群众呼声，掌握第一手材料。"),
        item("1.1/1.2", "（一）二要", "二要", "联系群众", "。要把群众满意不满意作为检验工作成效的根本标准。"),
        item("1.1/1.3", "（一）三要", "三要", third, "。各项措施要细化分解，逐项明确责任，限期完成任务。"),
    ), count=3)  # fmt: skip


def first_document(folder: Path, third: str = "狠抓落实") -> Document:
    """A decision-like document: parts （一）（二）, the first with three demands under it."""
    parts = enum("1", "（一）", None, (
        item("1.1", "（一）", "（一）", "转变工作作风", "。作风问题关系党的形象，关系人心向背。", (demands(third),)),
        item("1.2", "（二）", "（二）", "改进会风文风", "。会议要开短会，讲短话，坚决压缩会议数量。"),
    ))  # fmt: skip
    return document(folder / "010_zuofeng.txt", "关于改进工作作风的意见", "2001-03-05", (parts,))


def second_document(folder: Path) -> Document:
    """An article with one unmarked list."""
    steps = enum("1", "paragraph", "密切联系群众的具体做法是：", (
        item("1.1", "[1]", "", "建立健全调查研究制度", "，坚持每年蹲点调研。"),
        item("1.2", "[2]", "", "完善党员干部联系群众机制", "，做到群众有困难及时帮助解决。"),
    ))  # fmt: skip
    return document(folder / "020_qunzhong.txt", "保持密切联系群众的传统", "2005-07-14", (steps,))


def hostile_document(folder: Path) -> Document:
    """A document whose text tries to inject markup and cloze syntax into the cards."""
    bad = enum("1", "一是", "要警惕<script>alert(1)</script>这类写法：", (
        item("1.1", "一是", "一是", "模板语法{{c1::x}}和{{c2::另一个填空}}都不能变成填空", "。卡片不能多出一张。"),
        item("1.2", "二是", "二是", "<b>标签</b>原样显示", "。尖括号<img src=x onerror=alert(1)>必须转义后显示。"),
    ))  # fmt: skip
    return document(folder / "030_bad.txt", "转义<测试>", "2020-01-01", (bad,))


def course_of(*docs: Document, course_id: str = COURSE_ID, updated: float = 0.0) -> Course:
    """A course of the given documents, its inputs last changed at `updated`."""
    return Course(course_id, "作风建设课程", docs, updated)


def apkg(course: Course, settings: Settings | None = None) -> bytes:
    """The one .apkg the renderer makes."""
    files = render(course, settings or Settings())
    assert list(files) == ["作风建设课程.apkg", LEDGER]
    return files["作风建设课程.apkg"]


class Shelf:
    """dist/ across successive builds: each deck made with the ledger the previous one left."""

    def __init__(self) -> None:
        self.ledger: Ledger | None = None

    def publish(self, course: Course, settings: Settings | None = None) -> bytes:
        """The next build's .apkg; its ledger is kept for the build after."""
        files = render(course, settings or Settings(), self.ledger)
        deck = next(data for name, data in files.items() if name.endswith(".apkg"))
        self.ledger = parse_ledger(files[LEDGER], deck)  # a removed point's note is read from the deck
        return deck


# ----------------------------------------------------------------------------- importing into Anki


def fresh_collection(folder: Path) -> Collection:
    """An empty Anki collection."""
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_into(col: Collection, data: bytes, folder: Path) -> object:
    """Import a package with Anki's default options (update notes and note types if newer); the log."""
    path = folder / f"import-{col.note_count()}-{len(data)}.apkg"
    path.write_bytes(data)
    options = ImportAnkiPackageOptions(with_scheduling=False)  # the default update condition: IF_NEWER
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options)).log


def notes_by_kind(col: Collection) -> dict[str, list[object]]:
    """The collection's notes grouped by their kind tag."""
    kinds = ("list", "count", "ordered", "cloze")
    return {k: [col.get_note(n) for n in col.find_notes(f"tag:kind::{k}")] for k in kinds}


def note_with(col: Collection, kind: str, key: str, stem: str = "010_zuofeng") -> object:
    """The one note of a kind at outline place `key` of a document."""
    outline = f"outline::{stem}::" + key.replace("/", "::")
    found = [col.get_note(n) for n in col.find_notes(f"tag:kind::{kind}")]
    matches = [n for n in found if outline in n.tags]
    assert len(matches) == 1, (kind, key, [n.tags for n in found])
    return matches[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A sources folder with the documents' files in it."""
    path = tmp_path / "sources"
    path.mkdir()
    return path


@pytest.fixture
def imported(folder: Path, tmp_path: Path) -> tuple[Collection, Course, object]:
    """The two-document course imported into a fresh collection: (collection, course, import log)."""
    course = course_of(first_document(folder), second_document(folder))
    col = fresh_collection(tmp_path / "anki")
    log = import_into(col, apkg(course), tmp_path)
    yield col, course, log
    col.close()


# ----------------------------------------------------------------------------- what gets imported


def test_every_list_item_and_count_has_its_note(imported: tuple[Collection, Course, object]) -> None:
    col, _, log = imported
    kinds = notes_by_kind(col)
    # lists: parts, demands, steps; items: 2 parts + 3 demands + 2 steps; one announced count
    assert {k: len(v) for k, v in kinds.items() if k != "cloze"} == {"list": 3, "count": 1, "ordered": 7}
    assert len(kinds["cloze"]) >= 3
    assert len(log.new) == col.note_count() == sum(len(v) for v in kinds.values())
    assert col.card_count() == col.note_count()  # one card per note, clozes included


def test_note_types_are_the_constant_ones_and_clozes_are_real_clozes(
    imported: tuple[Collection, Course, object],
) -> None:
    col, _, _ = imported
    cloze = notes_by_kind(col)["cloze"][0]
    assert cloze.mid == CLOZE_MODEL_ID and col.models.get(cloze.mid)["type"] == 1  # MODEL_CLOZE
    assert notes_by_kind(col)["list"][0].mid == QA_MODEL_ID
    card = cloze.cards()[0]
    assert "{{c1::" in cloze["Text"] and 'class="cloze"' in card.question()
    assert "[" in card.question() and "字]" in card.question()  # the hint shows in the gap


def test_list_count_and_ordered_fields(imported: tuple[Collection, Course, object]) -> None:
    col, _, _ = imported
    recall = note_with(col, "list", "1.1/1")
    assert recall["Question"] == "有哪三项？" and recall["Context"] == "转变作风，要把握好三个环节："
    answer = recall["Answer"]
    assert answer.index("调查研究") < answer.index("联系群众") < answer.index("狠抓落实")
    assert '<span class="marker">二要</span>联系群众' in answer
    assert recall["Source"] == "《关于改进工作作风的意见》 · 2001-03-05 · （一）一要—三要"
    count = note_with(col, "count", "1.1/1")
    assert count["Question"] == "转变作风，要把握好几个环节？" and "三个" in count["Answer"]
    third = note_with(col, "ordered", "1.1/1.3")
    assert "调查研究" in third["Question"] and "联系群众" in third["Question"]
    assert '<span class="marker">三要</span><span class="gap">' in third["Question"]
    assert "狠抓落实" in third["Answer"] and "狠抓落实" not in third["Question"]
    assert third["Source"].endswith("（一）三要")
    rendered = third.cards()[0].answer()
    assert "《关于改进工作作风的意见》" in rendered and "2001-03-05" in rendered and "（一）三要" in rendered


def test_every_back_cites_title_date_and_place(imported: tuple[Collection, Course, object]) -> None:
    col, _, _ = imported
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        source = note["Source"]
        assert source.startswith("《") and (" · 2001-03-05 · （" in source or " · 2005-07-14 · " in source), source
        assert source in note.cards()[0].answer()


def test_decks_follow_document_order_with_part_subdecks(imported: tuple[Collection, Course, object]) -> None:
    col, _, _ = imported
    names = sorted(d.name for d in col.decks.all_names_and_ids() if d.name != "Default")
    assert names == [
        "作风建设课程",
        "作风建设课程::010 关于改进工作作风的意见",
        "作风建设课程::010 关于改进工作作风的意见::01 （一） 转变工作作风",
        "作风建设课程::020 保持密切联系群众的传统",
    ]
    demand = note_with(col, "ordered", "1.1/1.2").cards()[0]
    assert col.decks.name(demand.did).endswith("::01 （一） 转变工作作风")
    top = note_with(col, "list", "1").cards()[0]
    assert col.decks.name(top.did) == "作风建设课程::010 关于改进工作作风的意见"


def test_a_documents_deck_keeps_its_name_when_one_is_added_before_it() -> None:
    # Anki finds a deck by its name: a deck named by its place got a second deck when the course grew
    before = anki.document_deck_names(["020_b", "030_c"], ["乙", "丙"])
    after = anki.document_deck_names(["010_a", "020_b", "030_c"], ["甲", "乙", "丙"])
    assert before == ["020 乙", "030 丙"] and after[1:] == before
    assert anki.document_deck_names(["讲话", "决定"], ["讲话", "决定"]) == ["讲话", "决定"]  # no number to keep
    assert anki.document_deck_names(["a", "b"], ["学习提纲", "学习提纲"]) == ["学习提纲", "学习提纲（b）"]
    assert anki.document_deck_names(["2024年报告"], ["政府工作报告"]) == ["政府工作报告"]  # a year, no order
    assert anki.document_deck_names(["2024-05_通知"], ["通知"]) == ["通知"]  # a date's year, no order
    assert anki.document_deck_names(["2_讲话", "10_决定"], ["讲话", "决定"]) == ["002 讲话", "010 决定"]  # as text


def test_a_document_added_first_gives_anki_no_second_deck_of_the_others(folder: Path, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, apkg(course_of(first_document(folder), second_document(folder))), tmp_path)
        before = {d.name for d in col.decks.all_names_and_ids()}
        import_into(
            col, apkg(course_of(parted_document(folder, 5), first_document(folder), second_document(folder))), tmp_path
        )
        added = {d.name for d in col.decks.all_names_and_ids()} - before
        assert added and all(name.startswith("作风建设课程::005 第5号文件") for name in added), added
    finally:
        col.close()


def test_new_cards_come_in_document_order(imported: tuple[Collection, Course, object]) -> None:
    col, _, _ = imported
    cards = [col.get_card(c) for c in col.find_cards("")]
    by_due = [c.note()["Sort"] for c in sorted(cards, key=lambda c: c.due)]
    assert by_due == sorted(by_due) and len(set(by_due)) == len(by_due)
    # the sort field is the document's file and the note's place in it: never the document's place in the course
    assert by_due[0].startswith("010_zuofeng.") and by_due[-1].startswith("020_qunzhong.")


def test_removing_a_document_changes_no_other_documents_notes(folder: Path, tmp_path: Path) -> None:
    """A document taken out of the course: in Anki, only its own notes change (tagged removed), not the notes of
    the documents after it, and no two notes share a first field (Anki's duplicate check)."""
    col, shelf = fresh_collection(tmp_path / "anki"), Shelf()
    try:
        whole = course_of(first_document(folder), second_document(folder), updated=TOOL_EPOCH + 1000)
        import_into(col, shelf.publish(whole), tmp_path)
        second_notes = len(col.find_notes('"deck:作风建设课程::020 保持密切联系群众的传统"'))
        assert second_notes
        log = import_into(col, shelf.publish(course_of(second_document(folder), updated=TOOL_EPOCH + 2000)), tmp_path)
        updated = [note.fields[0] for note in log.updated]
        assert updated and all(sort.startswith("010_zuofeng.") for sort in updated), updated
        assert len(log.duplicate) == second_notes
        firsts = [col.get_note(nid).fields[0] for nid in col.find_notes("")]
        assert len(set(firsts)) == len(firsts)
    finally:
        col.close()


def test_tags_name_document_style_kind_and_outline_path(imported: tuple[Collection, Course, object]) -> None:
    col, _, _ = imported
    note = note_with(col, "ordered", "1.1/1.2")
    assert set(note.tags) == {"010_zuofeng", "style::一要", "kind::ordered", "outline::010_zuofeng::1.1::1.2"}


# ----------------------------------------------------------------------------- identity and updates


def test_guids_come_from_course_document_content_and_kind(folder: Path) -> None:
    first = apkg(course_of(first_document(folder)))
    other_course = apkg(course_of(first_document(folder), course_id="0ther0ther0ther0"))
    assert guids(first) == guids(apkg(course_of(first_document(folder))))
    assert not guids(first) & guids(other_course)  # two courses never collide
    old_positional = genanki.guid_for(COURSE_ID, "010_zuofeng", "1.1/1.3", "ordered")
    assert old_positional not in guids(first)  # never from the outline key
    # an edit without a ledger changes the identity of what it edits, and of nothing else
    edited = apkg(course_of(first_document(folder, third="真抓实干")))
    assert len(guids(first) - guids(edited)) == 4  # the demands' list, count, third item's ordered and cloze


def test_same_input_gives_the_same_bytes(folder: Path) -> None:
    course = course_of(first_document(folder), second_document(folder))
    data = apkg(course)
    assert apkg(course) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]


def test_note_times_follow_when_the_inputs_last_changed(folder: Path) -> None:
    edited_at = TOOL_EPOCH + 86_400
    course = course_of(first_document(folder), second_document(folder), updated=edited_at)
    assert note_times(apkg(course)) == {edited_at}


def test_the_course_changes_when_its_newest_input_does(folder: Path) -> None:
    first, second = first_document(folder), second_document(folder)
    edited_at = TOOL_EPOCH + 86_400
    first = replace(first, source=replace(first.source, mtime=TOOL_EPOCH + 60))
    second = replace(second, source=replace(second.source, mtime=edited_at))
    assert make_course(Settings(), (first, second)).updated == edited_at
    assert make_course(Settings(), (first, second), edited_at + 5).updated == edited_at + 5  # settings too


def test_courses_with_no_input_time_get_the_tool_epoch(folder: Path) -> None:
    assert note_times(apkg(course_of(first_document(folder)))) == {TOOL_EPOCH}


def test_edit_rebuild_reimport_updates_in_place_and_keeps_reviews(folder: Path, tmp_path: Path) -> None:
    col, shelf = fresh_collection(tmp_path / "anki"), Shelf()
    try:
        first = shelf.publish(course_of(first_document(folder), updated=TOOL_EPOCH + 1000))
        import_into(col, first, tmp_path)
        notes_before = col.note_count()
        reviewed = review_one(col)
        # unchanged sources: the same bytes, and Anki sees nothing newer
        again = shelf.publish(course_of(first_document(folder), updated=TOOL_EPOCH + 1000))
        assert again == first
        log = import_into(col, again, tmp_path)
        assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, notes_before)
        # the learner's source gets an edit: its file's mtime moves forward
        edited = course_of(first_document(folder, third="真抓实干"), updated=TOOL_EPOCH + 2000)
        log = import_into(col, shelf.publish(edited), tmp_path)
        assert len(log.new) == 0 and len(log.conflicting) == 0
        # only the notes whose content changed are updated: the demands' list and the third demand
        assert sorted(n.fields[0] for n in log.updated) == ["010_zuofeng.00003", "010_zuofeng.00009"]
        assert len(log.duplicate) == notes_before - 2
        assert col.note_count() == notes_before and col.card_count() == notes_before
        assert "真抓实干" in note_with(col, "ordered", "1.1/1.3")["Answer"]
        assert "真抓实干" in note_with(col, "list", "1.1/1")["Answer"]
        after = col.get_card(reviewed.id)
        assert (after.reps, after.ivl, after.type, after.due) == (1, reviewed.ivl, reviewed.type, reviewed.due)
        assert col.db.scalar("select count() from revlog where cid = ?", reviewed.id) == 1
    finally:
        col.close()


def test_two_courses_live_side_by_side(folder: Path, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, apkg(course_of(first_document(folder))), tmp_path)
        alone = col.note_count()
        log = import_into(col, apkg(course_of(first_document(folder), course_id="0ther0ther0ther0")), tmp_path)
        assert len(log.new) == alone and col.note_count() == 2 * alone
    finally:
        col.close()


# ----------------------------------------------------------------------------- escaping, script, look


def test_markup_and_cloze_syntax_in_a_document_stay_text(folder: Path, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, apkg(course_of(hostile_document(folder))), tmp_path)
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            for card in note.cards():
                html = card.question() + card.answer()
                assert "<script" not in html and "<img src=x" not in html and "<b>标签" not in html
            fields = "".join(note.fields)
            assert "{{c2::" not in fields and "{{c1::x}}" not in fields
        lead = note_with(col, "list", "1", "030_bad")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in lead["Context"]
        assert "&#123;&#123;c1::x&#125;&#125;" in lead["Answer"]  # shows as {{c1::x}}, is no cloze
        cloze = note_with(col, "cloze", "1.1", "030_bad")
        assert len(cloze.cards()) == 1  # the document's {{c2::…}} made no second card
        assert "&#123;&#123;c2::" in cloze["Text"]
        assert "《转义&lt;测试&gt;》" in lead["Document"]
    finally:
        col.close()


def test_traditional_setting_converts_cards_and_decks(folder: Path, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    try:
        course = course_of(first_document(folder), second_document(folder))
        import_into(col, apkg(course, Settings(script="traditional")), tmp_path)
        recall = [n for n in notes_by_kind(col)["list"] if "020_qunzhong" in n.tags]
        assert len(recall) == 1
        assert "聯繫群眾" in recall[0]["Answer"] and "联系群众" not in recall[0]["Answer"]
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert "作風建設課程::020 保持密切聯繫群眾的傳統" in names
    finally:
        col.close()


# ----------------------------------------------------------------------------- scaling


def parted_document(folder: Path, n: int) -> Document:
    """Document `n`: two parts, each with a counted list under it, so two subdecks of its own."""

    def part(key: str, label: str, head: str) -> Item:
        points = enum(f"{key}/1", "一是", f"{head}有两点：", (
            item(f"{key}/1.1", f"{label}一是", "一是", "坚持问题导向", "。把问题找准查实，逐条整改到位。"),
            item(f"{key}/1.2", f"{label}二是", "二是", "坚持目标导向", "。把目标定清定实，一项一项抓好。"),
        ), count=2)  # fmt: skip
        return item(key, label, label, head, "。", (points,))

    parts = enum("1", "（一）", None, (part("1.1", "（一）", "加强理论学习"), part("1.2", "（二）", "狠抓工作落实")))
    return document(folder / f"{n:03d}_doc.txt", f"第{n}号文件", "2001-03-05", (parts,))


def traced_sql(course: Course, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement the renderer runs on its collection, as SQLite traces it (parameters filled in)."""
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(statements.append)
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", traced)
        apkg(course)
    return statements


def touches_col(statement: str) -> bool:
    """True for a statement that reads or writes the col row, where the deck and note-type lists live."""
    return re.match(r"\s*(SELECT\b.*\bFROM col\b|UPDATE col\b|INSERT INTO col\b)", statement, re.S) is not None


def test_the_deck_list_is_written_once_however_many_subdecks(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small = traced_sql(course_of(*(parted_document(folder, n) for n in range(2))), monkeypatch)
    large_course = course_of(*(parted_document(folder, n) for n in range(40)))  # 121 decks
    large = traced_sql(large_course, monkeypatch)
    # genanki's Deck.write_to_db reads and rewrites the whole list once per deck: quadratic in decks
    assert [s.split("=")[0] for s in large if s.lstrip().startswith("UPDATE col")] == ["UPDATE col SET decks "]
    assert sum(map(touches_col, large)) == sum(map(touches_col, small))
    per_row = re.compile(r"\s*INSERT INTO (notes|cards) VALUES")
    assert len([s for s in large if not per_row.match(s)]) == len([s for s in small if not per_row.match(s)])
    assert sum(1 for s in large if per_row.match(s)) == 2 * len(course_cards(large_course, Settings()))


def test_a_course_of_many_subdecks_imports_every_deck(folder: Path, tmp_path: Path) -> None:
    course = course_of(*(parted_document(folder, n) for n in range(40)))
    col = fresh_collection(tmp_path / "anki")
    try:
        import_into(col, apkg(course), tmp_path)
        names = {d.name for d in col.decks.all_names_and_ids()} - {"Default"}
        assert len(names) == 1 + 40 * 3 and "作风建设课程::039 第39号文件::02 （二） 狠抓工作落实" in names
        per_document = len(course_cards(course, Settings())) // 40
        assert col.note_count() == 40 * per_document
        last = [col.get_card(c) for c in col.find_cards("deck:作风建设课程::039*")]
        assert len(last) == per_document and min(c.due for c in last) == 39 * per_document  # document order
    finally:
        col.close()


def test_the_same_course_makes_the_same_unstamped_deck(folder: Path) -> None:
    course = course_of(*(parted_document(folder, n) for n in range(3)))
    here = apkg(course)
    assert apkg(course) == here  # in worker processes too: tests/pipeline/test_executors.py
    with zipfile.ZipFile(io.BytesIO(here)) as archive:
        header = archive.read("collection.anki2")[:100]
    assert header.startswith(b"SQLite format 3\x00")
    # change counter, valid-for number and SQLite version left 0, as an in-memory database has them
    assert header[24:28] == bytes(4) and header[92:100] == bytes(8)


def test_the_collection_has_genankis_tables_and_indexes(folder: Path) -> None:
    # the indexes are made once the rows are in (see APKG_INDEXES): the schema is still genanki's
    reference = sqlite3.connect(":memory:")
    reference.executescript(APKG_SCHEMA)
    schema = "select type, name, tbl_name, sql from sqlite_master order by name"
    expected = reference.execute(schema).fetchall()
    reference.close()
    data = apkg(course_of(first_document(folder)))
    assert collection_rows(data, schema) == expected
    assert collection_rows(data, "pragma integrity_check") == [("ok",)]


def test_registered_as_the_anki_output() -> None:
    assert OUTPUT_NAMES["anki"].ledgered is anki.render_course


def test_look_changes_move_the_tool_epoch() -> None:
    assert (look_fingerprint(), TOOL_EPOCH) == PINNED_LOOK, "templates or CSS changed: move TOOL_EPOCH forward"


def test_tags_have_no_spaces() -> None:
    from study.generated import Card, Cite

    card = Card("list", "列举", "1/2", 0, "my stem", "one two", None, "", "", (), (), (), Cite("t", None, ""))
    assert all(" " not in t for t in note_tags(card))


# ----------------------------------------------------------------------------- helpers on packages


def collection_rows(data: bytes, query: str) -> list[tuple]:
    """Rows of a query over the package's collection."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        db = archive.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(db)
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def guids(data: bytes) -> set[str]:
    """The GUIDs of a package's notes."""
    return {row[0] for row in collection_rows(data, "select guid from notes")}


def note_times(data: bytes) -> set[int]:
    """The distinct modification times of a package's notes."""
    return {row[0] for row in collection_rows(data, "select mod from notes")}


def review_one(col: Collection) -> object:
    """Study the first new card of the course deck once (Good); return the card after it."""
    deck = col.decks.id_for_name("作风建设课程")
    col.decks.select(deck)
    card = col.sched.getCard()
    assert card is not None
    col.sched.answerCard(card, 3)
    return col.get_card(card.id)


def test_a_removed_points_note_marks_its_sort_field_once() -> None:
    """The point after a removed one takes its place, and so its sort field: the removed note's is marked (Anki
    flags two notes of one first field as duplicates), and stays as marked in every later build."""
    from study.render.legacy import OldNote

    old = OldNote("g1", 1, 0, " a ", "010_doc.00003\x1f列举\x1f文件")
    once = anki.removed_note(old)
    assert once.sort_field == "010_doc.00003" + anki.REMOVED_SORT_MARK
    assert once.fields.split("\x1f") == [once.sort_field, "列举", "文件"]
    assert anki.REMOVED_TAG in once.tags.split()
    again = anki.removed_note(old._replace(fields=once.fields, tags=once.tags))
    assert (again.fields, again.sort_field, again.tags) == (once.fields, once.sort_field, once.tags)


def without_third_demand(doc: Document) -> Document:
    """The decision with its third demand taken out."""
    [parts] = doc.lists
    first = parts.items[0]
    [asks] = first.lists
    first = replace(first, lists=(replace(asks, items=asks.items[:2], announced_count=None),))
    return replace(doc, lists=(replace(parts, items=(first, *parts.items[1:])),))


def test_a_point_that_comes_back_after_it_stopped_being_carried_takes_back_its_note(
    folder: Path, tmp_path: Path
) -> None:
    """A reworded point keeps its note; taken out for a while, it is carried once (tagged removed), then not at all;
    put back, its note has the GUID it had (not the one its new words would make): the learner who kept it gets it
    back, reviews and all, untagged, not a second copy beside the removed one."""
    col, shelf = fresh_collection(tmp_path / "anki"), Shelf()
    second = second_document(folder)
    builds = [
        first_document(folder),
        first_document(folder, third="真抓实干"),  # reworded: its note keeps its GUID
        without_third_demand(first_document(folder, third="真抓实干")),  # taken out: carried, tagged removed
        without_third_demand(first_document(folder, third="真抓实干")),  # a document is added: carried no more
        first_document(folder, third="真抓实干"),  # put back
    ]
    added = third_document(folder)
    try:
        import_into(col, shelf.publish(course_of(builds[0], second, updated=TOOL_EPOCH + 1000)), tmp_path)
        point = note_with(col, "ordered", "1.1/1.3")
        card = col.get_card(point.card_ids()[0])
        card.start_timer()
        col.sched.answerCard(card, 3)
        reviewed = col.get_card(card.id)
        logs = []
        for at, doc in enumerate(builds[1:], 2):
            others = (second, added) if at >= 4 else (second,)
            deck = shelf.publish(course_of(doc, *others, updated=TOOL_EPOCH + 1000 * at))
            logs.append(import_into(col, deck, tmp_path))
            if at == 3:
                assert "study::removed" in col.get_note(point.id).tags
            if at == 4:
                assert point.guid.encode() not in deck  # not carried in this deck
        assert not logs[-1].new, [n.fields[0] for n in logs[-1].new]
        back = col.get_note(point.id)
        assert "study::removed" not in back.tags and "真抓实干" in back["Answer"]
        after = col.get_card(card.id)
        assert (after.reps, after.ivl) == (1, reviewed.ivl)
        assert col.db.scalar("select count() from notes where guid = ?", point.guid) == 1
    finally:
        col.close()


def third_document(folder: Path) -> Document:
    """A short document added to the course (a change elsewhere in it: a new revision)."""
    points = enum("1", "一是", "学习要做到：", (
        item("1.1", "一是", "一是", "原原本本学", "，逐段研读原文。"),
        item("1.2", "二是", "二是", "联系实际学", "，结合本职工作思考。"),
    ))  # fmt: skip
    return document(folder / "030_xuexi.txt", "学习的方法", "2006-01-01", (points,))


def with_demands(doc: Document, kept: int) -> Document:
    """The decision with only its first `kept` demands."""
    [parts] = doc.lists
    first = parts.items[0]
    [asks] = first.lists
    first = replace(first, lists=(replace(asks, items=asks.items[:kept], announced_count=None),))
    return replace(doc, lists=(replace(parts, items=(first, *parts.items[1:])),))


def test_a_ledger_line_remembers_the_points_that_left_last(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past RETIRED_MAX, the points that left longest ago are forgotten, not the ones that just left."""
    monkeypatch.setattr(anki, "RETIRED_MAX", 1)
    shelf, second, added = Shelf(), second_document(folder), third_document(folder)
    full = first_document(folder)

    def guids_of(key: str) -> set[str]:
        assert shelf.ledger is not None
        return {e.guid for e in shelf.ledger.entries() if e.key and e.stem == "010_zuofeng" and key in e.text}

    builds = [(full, (second,)), (with_demands(full, 2), (second,)), (with_demands(full, 2), (second, added))]
    builds += [(with_demands(full, 1), (second, added)), (with_demands(full, 1), (second,))]
    for at, (doc, others) in enumerate(builds, 1):
        shelf.publish(course_of(doc, *others, updated=TOOL_EPOCH + 1000 * at))
        if at == 1:
            third, second_demand = guids_of("狠抓落实"), guids_of("联系群众")
    assert shelf.ledger is not None
    remembered = {e.guid for e in shelf.ledger.entries() if e.gone and e.stem == "010_zuofeng"}
    assert remembered and remembered <= second_demand and not remembered & third
