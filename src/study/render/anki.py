"""The Anki deck: one .apkg per course (genanki), a subdeck per document and part, notes that update in place.

Identity: the two note types have constant ids; deck ids come from the course id and the deck's structural
key; a note's GUID comes from what the note is about (course, document, the content anchor of its list or
item, card kind: study.generate.identity), never from its place in the outline, so a list inserted above
a point leaves its note alone. The ledger of published notes (render/ledger.py, dist/.cache/) lets a
reworded point keep its note and carries a point that left its source once more (its note as the
previous deck in dist/ holds it: the ledger keeps no fields), tagged `study::removed` and in a subdeck of
its own, so the learner can find and delete it. For a document the
ledger has no entries for (no ledger yet: a deck made before it, with positional GUIDs), the previous .apkg
in dist/ is read instead and each note keeps the GUID of its point's old note (render/legacy.py).

Note times (the `mod` Anki compares on import, "update notes if newer"): a note keeps the time the ledger
says it was published with while its content (fields, tags, type) is unchanged, so re-importing an
unchanged deck updates nothing; a note whose content changed, or a new one, gets the build's *input
time*, Course.updated (the newest modification time among the course's sources and course.toml, never
earlier than TOOL_EPOCH), and always later than its previous time, so after A → B → A the third build
is still newer than the second. Without a ledger every note gets the input time. When the card
wording, templates or CSS change, TOOL_EPOCH moves forward (the test suite pins the templates' hash).
Anki keeps an updated note's incoming mtime, so successive builds keep importing in order.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from study.cache import NO_MEMO, Memo, digest
from study.collector import collector_paused
from study.config import tag  # the course names documents apart by their tags (config.source_names)
from study.facts import FIRST_IMPORT_FACT
from study.generated import Anchor, Card, Cite, CourseWork, DocumentWork, Line, Part
from study.model import Course, Document
from study.output import Made, Rendered, Streamed
from study.render.ledger import (
    LEDGER,
    Entry,
    Ledger,
    LedgerWriter,
    Legacy,
    Wanted,
    Warn,
    content_digest,
    document_line,
    empty,
    note_time,
    published_in,
    resolve,
    revision,
    still_carried,
)
from study.render.ledger import read_ledger as read_previous
from study.render.legacy import (
    OldNote,
    PreviousNotes,
    Want,
    kept_guids,
    previous_deck,
    read_previous_deck,
)

QA_MODEL_ID = 1584766974  # chosen once: never change, or every learner's notes become duplicates
CLOZE_MODEL_ID = 1353822644
TOOL_EPOCH = 1795219200  # 2026-11-21 00:00 UTC; move forward whenever templates, CSS or card wording change
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the zip entries' fixed timestamp (the earliest zip can store)
DECK_ID_BITS = 52  # deck ids stay below 2**53, exact in every JSON reader
NOTE_ID_SPAN = 10**9  # note and card ids start at TOOL_EPOCH in ms plus a per-course offset below this
SQLITE_STAMPS = ((24, 4), (92, 8))  # (offset, size) in a database file's header: see unstamp()
ZIP_CHUNK = 1 << 20  # bytes read at a time from a file going into the zip
# deflate's fastest level: a thousand documents' collection (56 MB) zips in 0.4 s instead of 1.0 s, 12% larger
ZIP_LEVEL = 1
NOTE_COLUMNS, CARD_COLUMNS = ",".join("?" * 11), ",".join("?" * 18)  # Anki's notes and cards tables (schema 11)
NEW_CARD = (0,) * 8  # a new card's interval, ease factor, reviews, lapses, steps left, odue, odid and flags

REMOVED_TAG = "study::removed"  # a point that left its source: the learner finds these with tag:study::removed
REMOVED_SORT_MARK = " removed"  # after the sort field of such a point's note (see removed_note)
REMOVED_DECK = "已删除 removed"  # the subdeck its cards go in, after every document's deck
# while a deck carries removed points, the same deck without them, for someone who never imported the course's deck:
# dist/<course>-首次导入.apkg (first import), so a new student gets no notes to delete
FIRST_IMPORT_SUFFIX = "-首次导入"
Row = tuple[int | str, ...]  # one row of the collection's notes or cards table
# genanki's schema split at its first index: the tables are made first and the indexes once every row is
# in, which SQLite builds in one sorted pass instead of keeping five of them up to date row by row (a
# thousand documents' 130,000 rows in 0.22 s instead of 0.32 s, and a smaller file)
APKG_TABLES, APKG_INDEXES = (
    APKG_SCHEMA[: APKG_SCHEMA.index("CREATE INDEX")],
    APKG_SCHEMA[APKG_SCHEMA.index("CREATE INDEX") :],
)

# ----------------------------------------------------------------------------- look: templates and CSS

CSS = """\
.card {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", sans-serif;
  font-size: 20px; line-height: 1.75; color: #1f2328; background: #fbfaf6;
  text-align: left; margin: 0; padding: 0; word-break: break-word;
}
.study { max-width: 38em; margin: 0 auto; padding: .9em 1.1em; }
.meta { font-size: .72em; color: #6b665e; display: flex; flex-wrap: wrap; gap: .2em .7em; }
.kind { border: 1px solid currentColor; border-radius: .35em; padding: 0 .45em; }
.context { margin: .7em 0 .3em; color: #3b3832; }
.question { margin: .5em 0; font-size: 1.08em; font-weight: 600; }
.items { list-style: none; margin: .3em 0; padding: 0; }
.items li { margin: .2em 0; padding-left: 2.4em; text-indent: -2.4em; }
.marker { color: #a8281d; font-weight: 700; margin-right: .2em; }
.gap { display: inline-block; min-width: 4em; border-bottom: 2px solid #a8281d; }
.answer { font-size: 1.08em; }
.cloze { color: #a8281d; font-weight: 700; }
.source { margin-top: 1.2em; padding-top: .5em; border-top: 1px solid #dedad2;
  font-size: .72em; color: #6b665e; }
hr#answer { border: none; border-top: 1px solid #cfcac0; margin: .8em 0; }
@media (max-width: 480px) {
  .card { font-size: 18px; line-height: 1.7; }
  .study { padding: .6em .75em; }
}
.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode { color: #e8e4dc; background: #1d1e20; }
.nightMode .meta, .night_mode .meta, .nightMode .source, .night_mode .source { color: #a39d92; }
.nightMode .context, .night_mode .context { color: #cfc9bf; }
.nightMode .marker, .night_mode .marker, .nightMode .cloze, .night_mode .cloze { color: #ff9e8f; }
.nightMode .gap, .night_mode .gap { border-bottom-color: #ff9e8f; }
.nightMode .source, .night_mode .source { border-top-color: #3a3b3e; }
"""

FRONT_HEAD = (
    '<div class="meta"><span class="kind">{{Kind}}</span><span class="doc">{{Document}}</span></div>'
    '{{#Context}}<div class="context">{{Context}}</div>{{/Context}}'
)
QA_TEMPLATE = {
    "name": "学习卡",
    "qfmt": f'<div class="study">{FRONT_HEAD}<div class="question">{{{{Question}}}}</div></div>',
    "afmt": '{{FrontSide}}<hr id="answer"><div class="study"><div class="answer">{{Answer}}</div>'
    '<div class="source">{{Source}}</div></div>',
}
CLOZE_TEMPLATE = {
    "name": "填空",
    "qfmt": f'<div class="study">{FRONT_HEAD}<div class="question">{{{{cloze:Text}}}}</div></div>',
    "afmt": f'<div class="study">{FRONT_HEAD}<div class="question">{{{{cloze:Text}}}}</div>'
    '<div class="source">{{Source}}</div></div>',
}
QA_FIELDS = ("Sort", "Kind", "Document", "Context", "Question", "Answer", "Source")
CLOZE_FIELDS = ("Sort", "Kind", "Document", "Context", "Text", "Source")
FIELD_COUNTS = {QA_MODEL_ID: len(QA_FIELDS), CLOZE_MODEL_ID: len(CLOZE_FIELDS)}  # what a previous deck's notes need


def models() -> tuple[genanki.Model, genanki.Model]:
    """The two note types: question/answer (list, count, ordered recall) and Anki's real Cloze type."""
    qa = genanki.Model(
        QA_MODEL_ID, "study 学习卡", fields=[{"name": f} for f in QA_FIELDS],
        templates=[dict(QA_TEMPLATE)], css=CSS, sort_field_index=0,
    )  # fmt: skip
    cloze = genanki.Model(
        CLOZE_MODEL_ID, "study 填空", fields=[{"name": f} for f in CLOZE_FIELDS],
        templates=[dict(CLOZE_TEMPLATE)], css=CSS, model_type=genanki.Model.CLOZE, sort_field_index=0,
    )  # fmt: skip
    return qa, cloze


def look_fingerprint() -> str:
    """A hash of the templates and CSS: the tests pin it, so changing the look forces a TOOL_EPOCH bump."""
    text = repr((CSS, QA_TEMPLATE, CLOZE_TEMPLATE, QA_FIELDS, CLOZE_FIELDS))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------------------- field text


def esc(text: str) -> str:
    """Field text as inert HTML: tags escaped, and braces too, so no {{c1::…}} or {{Field}} comes alive."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def esc_cloze(text: str) -> str:
    """Text inside a cloze: also colons, so a '::' in the text cannot start a hint."""
    return esc(text).replace(":", "&#58;")


def lines_html(lines: Iterable[Line], tail: str = "") -> str:
    """Items as an ordered list, each with its marker."""
    rows = "".join(f"<li>{marker_html(line.marker)}{esc(line.text)}</li>" for line in lines)
    return f'<ol class="items">{rows}{tail}</ol>'


def marker_html(marker: str) -> str:
    """An item's marker, set off so the eye finds the structure."""
    return f'<span class="marker">{esc(marker)}</span>' if marker else ""


def cite_html(cite: Cite) -> str:
    """The back's citation: document title, date, place in the outline."""
    parts = [cite.title, cite.date or "", cite.place]
    return " · ".join(esc(p) for p in parts if p)


def ask_html(card: Card) -> str:
    """The question of a list or count card."""
    return esc(card.prompt)


def ordered_html(card: Card) -> str:
    """The items before the asked one, then the asked one's marker and a gap."""
    asked = f'<li>{marker_html(card.prompt)}<span class="gap">　</span></li>'
    return lines_html(card.shown, asked)


def cloze_html(card: Card) -> str:
    """The key sentence with its gaps as {{c1::answer::hint}}: one card per note whatever the gap count,
    so a rebuild that finds fewer blanks never leaves an empty card behind."""
    out, at = [], 0
    for gap in card.gaps:
        answer, hint = esc_cloze(card.prompt[gap.start : gap.end]), esc_cloze(gap.hint)
        out += [esc(card.prompt[at : gap.start]), f"{{{{c1::{answer}::{hint}}}}}"]
        at = gap.end
    return "".join([*out, esc(card.prompt[at:])])


# card kind → how its question shows (the answer is always its lines)
QUESTIONS: dict[str, Callable[[Card], str]] = {"list": ask_html, "count": ask_html, "ordered": ordered_html}


def note_fields(card: Card, sort: str) -> list[str]:
    """The fields of a card's note, in its note type's field order."""
    head = [sort, esc(card.badge), esc(card.cite.title), esc(card.context)]
    if card.kind == "cloze":
        return [*head, cloze_html(card), cite_html(card.cite)]
    return [*head, QUESTIONS[card.kind](card), lines_html(card.answer), cite_html(card.cite)]


# ----------------------------------------------------------------------------- identity and order


def deck_id(course_id: str, *keys: str) -> int:
    """A stable deck id from the course id and the deck's structural keys (document stem, part key)."""
    digest = hashlib.sha256("\x1f".join([course_id, *keys]).encode("utf-8")).digest()
    return (1 << DECK_ID_BITS) | int.from_bytes(digest[:8], "big") >> (64 - DECK_ID_BITS)


def note_tags(card: Card) -> list[str]:
    """Tags: document, list style, card kind and outline path (hierarchical, e.g. outline::stem::2.3::1)."""
    path = "::".join(tag(k) for k in card.key.split("/"))
    return [tag(card.stem), f"style::{tag(card.style)}", f"kind::{card.kind}", f"outline::{tag(card.stem)}::{path}"]


def deck_name(path: tuple[str, ...]) -> str:
    """A deck's full name; '::' inside a title would make a subdeck, so it becomes a full-width colon."""
    return "::".join(re.sub(r":{2,}", "：", part).strip() for part in path)


def numbered(index: int, total: int, name: str) -> str:
    """A deck name prefixed with its position, zero-padded so Anki's name order is document order."""
    return f"{index:0{max(2, len(str(total)))}d} {name}"


# a file named "03_…", "03 …" or "03、…": the number its author orders the course by (not a date's year, 2024-05_…)
AUTHOR_NUMBER = re.compile(r"^(\d+)(?=[\s_、]|[.\-](?!\d))")
AUTHOR_NUMBER_WIDTH = 3  # padded so that Anki, which sorts deck names as text, puts 2 before 10


def document_deck_names(stems: Sequence[str], titles: Sequence[str]) -> list[str]:
    """Each document's deck name: its title, after the number its file's name begins with (the author's order),
    and never its place in the course: Anki finds a deck by its name, so a document whose deck was renamed
    when another was added before it got a second deck, and its new cards went there. A later document of a
    title taken is followed by its file's name (the first keeps its deck)."""
    numbers = [AUTHOR_NUMBER.match(stem) for stem in stems]
    names = [
        f"{int(m[1]):0{AUTHOR_NUMBER_WIDTH}d} {title}" if m else title for m, title in zip(numbers, titles, strict=True)
    ]
    seen: set[str] = set()  # a title taken: a later document of that title is named by its file too
    named = []
    for name, stem in zip(names, stems, strict=True):
        named.append(f"{name}（{stem}）" if name in seen else name)
        seen.add(name)
    return named


# ----------------------------------------------------------------------------- decks and package


class DeckTree:
    """The course deck, a deck per document and a subdeck per part, each made once by its path."""

    def __init__(self, work: CourseWork) -> None:
        self.course = work.course
        # the titles as generation put them into the output script
        self.titles = [doc.shown.title if doc.shown else doc.doc.label for doc in work.documents]
        self.names = document_deck_names([doc.doc.stem for doc in work.documents], self.titles)
        self.decks: dict[tuple[str, ...], genanki.Deck] = {}
        self.root = (work.title or self.course.title,)
        self.deck(self.root, deck_id(self.course.course_id))
        self.document_decks = [self.document_deck(i, doc) for i, doc in enumerate(self.course.documents)]
        self.part_decks: dict[tuple[int, str], genanki.Deck] = {}  # by (document index, part key)

    def deck(self, path: tuple[str, ...], did: int, description: str = "") -> genanki.Deck:
        """The deck at `path`, made on first use."""
        if path not in self.decks:
            self.decks[path] = genanki.Deck(did, deck_name(path), esc(description))
        return self.decks[path]

    def document_path(self, index: int, doc: Document) -> tuple[str, ...]:
        """The document's deck: course::title (see document_deck_names)."""
        return (*self.root, self.names[index])

    def document_deck(self, index: int, doc: Document) -> genanki.Deck:
        """The deck of one document, described by its title and date."""
        described = " ".join(x for x in (f"《{self.titles[index]}》", doc.meta.date) if x)
        return self.deck(self.document_path(index, doc), deck_id(self.course.course_id, doc.stem), described)

    def deck_for(self, index: int, part: Part | None) -> genanki.Deck:
        """The deck a note of document `index` goes in: its part's subdeck, else its document's deck."""
        if part is None:
            return self.document_decks[index]
        found = self.part_decks.get((index, part.key))
        return found or self.part_deck(index, part)

    def removed_deck(self) -> genanki.Deck:
        """The subdeck of notes whose points left their sources (course::已删除 removed), made on first use."""
        did = deck_id(self.course.course_id, REMOVED_TAG)
        return self.deck((*self.root, REMOVED_DECK), did, "原文已删除的要点：在 Anki 中搜索 tag:study::removed 后删除")

    def part_deck(self, index: int, part: Part) -> genanki.Deck:
        """The subdeck of one part of a document (course::its deck name::NN part), made once."""
        doc = self.course.documents[index]
        name = numbered(part.index, 99, f"{part.label} {part.head}".strip())
        did = deck_id(self.course.course_id, doc.stem, part.key)
        self.part_decks[index, part.key] = self.deck((*self.document_path(index, doc), name), did)
        return self.part_decks[index, part.key]


def make_note(card: Card, guid: str, qa: genanki.Model, cloze: genanki.Model) -> PendingNote:
    """The note of one card as row data, its sort field still empty: see placed(). Checked as
    genanki's Note.write_to_db checks it (its warning on unescaped HTML is left out: every field here is
    built from escaped text); its cards as genanki makes them."""
    model = cloze if card.kind == "cloze" else qa
    fields = note_fields(card, "")
    if len(fields) != len(model.fields):
        raise ValueError(f"note {guid} has {len(fields)} fields, its type {len(model.fields)}")
    tags = f" {' '.join(note_tags(card))} "
    return PendingNote(guid, model.model_id, tags, "\x1f".join(fields), "", note_cards(model, fields))


# a note's cards by its type and shape (which fields are filled, the cloze numbers they hold): genanki makes a
# note's cards from those alone, and making a genanki Note only to ask took a sixth of a deck's time
_CARDS: dict[tuple[int, tuple[bool, ...], frozenset[str]], tuple[tuple[int, bool], ...]] = {}
CLOZE_NUMBER = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)  # as genanki finds a cloze


def note_cards(model: genanki.Model, fields: list[str]) -> tuple[tuple[int, bool], ...]:
    """A note's cards, (ord, suspended) each, as genanki makes them: asked of genanki once per shape."""
    shape = (model.model_id, tuple(bool(f) for f in fields), frozenset(CLOZE_NUMBER.findall("\x1f".join(fields))))
    if shape not in _CARDS:
        _CARDS[shape] = tuple((c.ord, bool(c.suspend)) for c in genanki.Note(model=model, fields=fields).cards)
    return _CARDS[shape]


def placed(note: PendingNote, stem: str, at: int) -> PendingNote:
    """A note given its place: its document's file stem and `at`, its place in the document, are the sort field
    (the first field, empty until now). Never the document's place in the course: adding or removing a document
    then changed the sort field of every note after it (an update of each in Anki) and gave a removed document's
    notes the sort fields of the next one's (Anki's duplicates: it checks the first field). Stems are one a
    document, and sort as the course does (its files by name)."""
    sort = f"{esc(stem)}.{at:05d}"  # escaped, as every field is: a file may be named 学习资料&问答
    return note._replace(fields=sort + note.fields, sort_field=sort)


def first_note_id(course_id: str) -> int:
    """Where the course's note and card ids start: fixed, and apart from other courses' (Anki re-numbers
    a clashing id anyway; notes are matched by GUID)."""
    offset = int.from_bytes(hashlib.sha256(course_id.encode("utf-8")).digest()[:8], "big") % NOTE_ID_SPAN
    return TOOL_EPOCH * 1000 + offset


def input_time(course: Course) -> int:
    """The build's note time: when the course's inputs last changed, never before TOOL_EPOCH (see top)."""
    return max(TOOL_EPOCH, int(course.updated))


class PendingNote(NamedTuple):
    """A note made and its genanki objects dropped: what its rows need once its id is known."""

    guid: str
    model_id: int
    tags: str  # space-separated, with a space either side, as the notes table stores them
    fields: str  # joined by \x1f
    sort_field: str
    cards: tuple[tuple[int, bool], ...]  # each card's (ord, suspended)
    mod: int = 0  # its modification time, given when the course places it (Placing) or by stamped()


class CollectionFile:
    """genanki's collection.anki2 being written at `path`, with fixed times and ids so it is byte-identical:
    each document's notes and cards go in as the course places them, numbered as they come (a note's id,
    then its cards' ids, from one counter, as genanki numbers them), and the deck and note-type lists once
    at the end (see finish).

    Written to a file, not built in memory and serialized, and no note held once it is in: SQLite keeps only
    its small page cache in memory (at a thousand documents a course's notes were ~200 MB of the build's
    peak). No journal and no waiting for the disk: the file is zipped and dropped (the bytes are the same).
    """

    def __init__(self, path: Path, timestamp: int, first_id: int) -> None:
        self.path, self.timestamp = path, timestamp
        self.ids = itertools.count(first_id)
        self.first_deck: dict[int, int] = {}  # note type → the first deck holding a note of it
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.cursor = self.conn.cursor()
        self.cursor.executescript(APKG_TABLES)
        self.cursor.executescript(APKG_COL)

    def add(self, notes: Iterable[tuple[int, PendingNote | NoteRow, int, int]]) -> None:
        """Notes, each with its deck's id, its place (due) and time (mod), and their cards (new cards, no
        reviews yet). The rows are made here, as genanki's Note.write_to_db and Card.write_to_db make them
        (66,000 notes at a thousand documents: no note copied to give it its place)."""
        note_rows: list[Row] = []
        card_rows: list[Row] = []
        ids, timestamp = self.ids, self.timestamp
        for did, note, due, mod in notes:
            note_id = next(ids)
            # unpacked, not read by name: a remembered part holds its notes as plain tuples (see Remembered)
            guid, model_id, tags, fields, sort_field, cards, _ = note
            self.first_deck.setdefault(model_id, did)
            # id, guid, mid, mod, usn, tags, flds, sfld, csum (Anki recomputes it), flags, data
            note_rows.append((note_id, guid, model_id, mod, -1, tags, fields, sort_field, 0, 0, ""))
            for ord_, suspended in cards:
                # id, nid, did, ord, mod, usn, type, queue (-1: suspended), due, ivl, factor, reps, lapses, left,
                # odue, odid, flags, data
                card_rows.append(
                    (next(ids), note_id, did, ord_, timestamp, -1, 0, -1 if suspended else 0, due, *NEW_CARD, "")
                )
        self.cursor.executemany(f"INSERT INTO notes VALUES({NOTE_COLUMNS})", note_rows)
        self.cursor.executemany(f"INSERT INTO cards VALUES({CARD_COLUMNS})", card_rows)

    def finish(self, decks: Iterable[genanki.Deck], models: Mapping[int, genanki.Model]) -> None:
        """The deck list and the note-type list, each written once, and the file closed.

        genanki's Deck.write_to_db reads the whole deck list (and the note-type list) out of the col row,
        adds itself and writes it all back: a course with a subdeck per document part made that quadratic
        in the number of decks (minutes at a thousand documents). Each note type is listed with the first
        deck holding its notes as its deck."""
        (deck_text,) = self.cursor.execute("SELECT decks FROM col").fetchone()
        deck_list = {**json.loads(deck_text), **{str(deck.deck_id): checked_deck(deck).to_json() for deck in decks}}
        types = {str(mid): models[mid].to_json(self.timestamp, did) for mid, did in self.first_deck.items()}
        self.cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(deck_list), json.dumps(types)))
        self.cursor.executescript(APKG_INDEXES)
        self.conn.commit()
        self.conn.close()
        unstamp(self.path)

    def close(self) -> None:
        """The file closed, unfinished (a failure while it was written)."""
        self.conn.close()

    def copy(self, path: Path) -> CollectionFile:
        """A copy at `path` of the collection as it stands, to be finished on its own (the notes added to this
        one after it are not in it): SQLite's page-by-page backup, the same bytes the notes would give."""
        self.conn.commit()
        twin = CollectionFile.__new__(CollectionFile)
        twin.path, twin.timestamp, twin.ids = path, self.timestamp, self.ids
        twin.first_deck = dict(self.first_deck)
        twin.conn = sqlite3.connect(path)
        self.conn.backup(twin.conn)
        twin.cursor = twin.conn.cursor()
        return twin


def unstamp(path: Path) -> None:
    """Zero the header fields SQLite stamps on a database file when it commits (change counter, the
    number it is valid for, the library's version): the bytes an in-memory database serializes to, so
    the file depends on the deck alone, never on the SQLite version or the number of transactions."""
    with path.open("r+b") as db:
        for offset, size in SQLITE_STAMPS:
            db.seek(offset)
            db.write(bytes(size))


def checked_deck(deck: genanki.Deck) -> genanki.Deck:
    """The deck, once genanki's own checks on it pass (Deck.write_to_db makes them; it is not called here)."""
    if not isinstance(deck.deck_id, int) or not isinstance(deck.name, str):
        raise TypeError(f"deck needs an integer id and a string name: {deck.deck_id!r}, {deck.name!r}")
    return deck


def zip_bytes(files: Mapping[str, bytes | Path]) -> bytes:
    """A zip of `files` (their bytes, or a file read a chunk at a time) with fixed dates and modes
    (genanki stamps wall-clock time on its entries)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            # what open(info, "w") deflates at: not yet public (compress_level from Python 3.13)
            setattr(info, "_compresslevel", ZIP_LEVEL)  # noqa: B010
            info.external_attr = 0o644 << 16
            if isinstance(data, Path):
                copy_into(archive, info, data)
            else:
                archive.writestr(info, data)
    return buffer.getvalue()


def copy_into(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """A file into the zip as entry `info`, its size known up front, as writestr would write its bytes."""
    info.file_size = path.stat().st_size
    with path.open("rb") as source, archive.open(info, "w") as entry:
        shutil.copyfileobj(source, entry, ZIP_CHUNK)


def course_slug(title: str) -> str:
    """A file name for the course: its title with anything unsafe in a path replaced."""
    return re.sub(r"[^\w\-]+", "-", title).strip("-") or "course"


class PartNote(NamedTuple):
    """One note of a document's part of the deck: the part of the document it is filed under, the note with
    its sort field (its due and time are given when the course places it), its content's digest, and what
    it is about."""

    part: Part | None
    note: PendingNote
    digest: str
    want: Wanted


class DeckPart(NamedTuple):
    """One document's notes in card order, and its points that left (ledger entries no card took, still
    carried: see carried()). Remembered under the ledger line a deck wrote of it (see Placing.place), it
    also holds what that line says: its notes' times, the line itself and the notes of the points it
    carried, so placing it again reads neither the ledger nor the previous deck."""

    notes: tuple[PartNote, ...]
    gone: tuple[Entry, ...]
    mods: tuple[int, ...] = ()
    line: str = ""
    carried: tuple[PendingNote, ...] = ()  # the notes of its gone points, as carried (placed last, see finish)
    retired: tuple[Entry, ...] = ()  # points that left in an earlier revision: no note, their GUIDs kept (retired())


# a note as a plain tuple, PendingNote's fields in its order (its time given): what a remembered part holds
NoteRow = tuple[str, int, str, str, str, tuple[tuple[int, bool], ...], int]


class Remembered(NamedTuple):
    """A document's part of the deck as placed, in the form it is remembered in (see remembered_key): each note
    with its part and its time, as a plain tuple, without what only making its ledger line needed (what it is
    about, its digest): at a thousand documents a third less to read back and half the objects to rebuild, the
    most of what an edit's deck spent outside SQLite. It places the notes a DeckPart placed, in the same order."""

    rows: tuple[tuple[Part | None, NoteRow], ...]
    gone: tuple[Entry, ...]
    line: str
    carried: tuple[PendingNote, ...]


def remembered(placed: DeckPart) -> Remembered:
    """A placed part in the form it is remembered in."""
    rows = tuple((n.part, tuple(n.note._replace(mod=mod))) for n, mod in zip(placed.notes, placed.mods, strict=True))
    return Remembered(rows, placed.gone, placed.line, placed.carried)  # type: ignore[arg-type]


def deck_part(course_id: str, work: DocumentWork, ledger: Ledger, memo: Memo, current: str) -> DeckPart | Remembered:
    """One document's part of the deck, as remembered under what it is made of (see part_key), else made
    (and remembered once placed: see remembered_key). A part remembered with points it carried in another
    revision of the course (`current`: see course_revision) is made again: they are carried no more."""
    key = part_key(course_id, work, ledger.stem_digest(work.doc.stem), repr(ledger.legacy.get(work.doc.stem, ())))
    found = memo.get(key)
    if isinstance(found, Remembered) and all(still_carried(entry, current) for entry in found.gone):
        return found
    return document_part(course_id, work, ledger, current)


def part_key(course_id: str, work: DocumentWork, entries: str, legacy: str) -> str:
    """What a document's part of the deck is made of: its work and place, and what the ledger (`entries`, a
    digest) and the previous deck (`legacy`) hold of it. A kept work keeps its key, so an edit elsewhere in
    the course makes none of this document's notes again."""
    return digest("deck-part", course_id, work.key, str(work.index), entries, legacy)


def remembered_key(course_id: str, work: DocumentWork, placed: DeckPart) -> str:
    """The key a placed part is remembered under: what the next build makes it of, with this deck's ledger
    line of it (the part it makes of the same work with that line is the same: its notes keep the GUIDs they
    were published under, its gone points stay carried in this revision)."""
    return part_key(course_id, work, revision([placed.line]), repr(()))


def document_part(course_id: str, work: DocumentWork, ledger: Ledger, current: str) -> DeckPart:
    """One document's notes, each under the GUID its content and the ledger give it, in card order."""
    kept, anchors, _ = work.body.read()
    doc, cards = work.doc, list(kept)
    qa, cloze = models()
    # a card keyed outside the outline (none today) falls back to its key: positional, but never a crash
    wanted = [(card.kind, anchors.get(card.key) or Anchor(card.key, "", "", "", "")) for card in cards]
    entries = ledger.by_stem.get(doc.stem, ())
    guids, left = resolve(course_id, doc.stem, wanted, entries)
    notes = [make_note(card, guid, qa, cloze) for card, guid in zip(cards, guids, strict=True)]
    olds = () if entries else ledger.legacy.get(doc.stem, ())
    if olds:  # no ledger entries, but the previous deck's notes: keep theirs (see render/legacy.py)
        notes, left = with_previous_guids(cards, notes, olds)
    made = []
    for at, (card, note, want) in enumerate(zip(cards, notes, wanted, strict=True)):
        final = placed(note, doc.stem, at)
        made.append(PartNote(card.part, final, content_digest(final.model_id, final.fields, final.tags), want))
    return DeckPart(tuple(made), tuple(carried(left, current)), retired=tuple(retired(left, current)))


def with_previous_guids(
    cards: list[Card], notes: list[PendingNote], olds: tuple[Legacy, ...]
) -> tuple[list[PendingNote], list[Entry]]:
    """A document's notes, each under the GUID of the previous deck's note of the same point where there is
    one; and the old notes no new one took (carried once as removed points)."""
    wanted = [Want.of(c.kind, c.key, n.guid, n.fields) for c, n in zip(cards, notes, strict=True)]
    guids, left = kept_guids(wanted, olds)
    return [note._replace(guid=guid) for note, guid in zip(notes, guids, strict=True)], left


def course_revision(work: CourseWork) -> str:
    """The revision of the whole course, its documents' works (their texts, outlines and settings) in order: a
    point that left is carried in the deck of the revision it left in, the next one after it left (and in every
    rebuild of it, which gives the same deck), and in no later one, whatever document the later one changed:
    once the learner has deleted the removed notes in Anki, a later deck would bring them back as new cards."""
    return revision(["course", *(doc.key for doc in work.documents)])


def carried(left: list[Entry], current: str) -> list[Entry]:
    """The points that left their source, each marked with the revision it left in, while it is the current
    one: carried once more (in every build of that revision, so a rebuild gives the same deck), then dropped."""
    return [replace(e, gone=e.gone or current) for e in left if still_carried(e, current)]


# the points a document's ledger line remembers after they stopped being carried: the latest that many
RETIRED_MAX = 100


def retired(left: list[Entry], current: str) -> list[Entry]:
    """The points that left in an earlier revision, carried no more but remembered in the document's ledger line (the
    latest RETIRED_MAX): one that comes back takes back its note, whose reviews a learner who has not yet deleted it
    keeps (a fresh GUID would add it again beside the old one, tagged removed, which the README says to delete)."""
    # newest first: a line lists its carried points before the ones it remembers, and those left later
    return [e for e in left if not still_carried(e, current)][:RETIRED_MAX]


def absent_documents(course: Course, ledger: Ledger, current: str) -> list[Entry]:
    """The notes of documents that left the course, carried in the revision of the course they left in."""
    stems = sorted(doc.stem for doc in course.documents)
    absent = sorted(ledger.by_stem.keys() - set(stems))
    return [e for stem in absent for e in carried(list(ledger.by_stem[stem]), current)]


def stamped(note: PendingNote, published: Mapping[str, Entry], now: int) -> tuple[PendingNote, str]:
    """A complete note given its time (kept while its content is what the ledger published), and its digest."""
    digest = content_digest(note.model_id, note.fields, note.tags)
    return note._replace(mod=note_time(published.get(note.guid), digest, now)), digest


def entry_of(stem: str, want: Wanted, note: PendingNote, digest: str) -> Entry:
    """The ledger's record of a note published in this deck."""
    kind, at = want
    return Entry(note.guid, stem, kind, at.key, at.text, at.parent, at.before, at.after, digest, note.mod)


def removed_note(old: OldNote) -> PendingNote:
    """The note of a point that left its source, as the previous deck holds it, tagged so the learner can find it."""
    tags = old.tags if REMOVED_TAG in old.tags.split() else f"{old.tags.rstrip()} {REMOVED_TAG} "
    sort, rest = old.fields.split("\x1f", 1)
    # marked: the point after it in its document takes its place there, and so its sort field (Anki's duplicate)
    sort = sort if sort.endswith(REMOVED_SORT_MARK) else sort + REMOVED_SORT_MARK
    return PendingNote(old.guid, old.model, tags, f"{sort}\x1f{rest}", sort, ((0, False),))


class Published(NamedTuple):
    """A built deck: the .apkg's bytes, the ledger of what it holds, and its counts for the summary; and, when it
    carries removed points, the deck without them for a first import, with its counts."""

    apkg: bytes
    ledger: LedgerWriter  # written when staged
    facts: dict[str, int]  # notes, and removed ones (points that left the sources) when there are any
    first_import: Made | None = None


class Placing:
    """The deck being filled: notes placed in the collection in course order, each document's ledger line,
    and the notes of points that left their sources, which go in last."""

    def __init__(self, work: CourseWork, ledger: Ledger, collection: CollectionFile, previous: PreviousNotes) -> None:
        course = self.course = work.course
        self.collection, self.previous = collection, previous
        self.tree = DeckTree(work)
        self.ledger = ledger
        self.now = input_time(course)
        self.position = itertools.count()
        self.written = LedgerWriter(course.course_id)  # each document's ledger line, in deck order
        self.pending: list[PendingNote] = []  # notes of points that left, in order: placed after every document
        self.live: set[str] = set()  # the GUIDs of the notes placed in documents: a note left nowhere it still is
        self.notes = 0

    def published(self, stem: str) -> dict[str, Entry]:
        """The notes the ledger and the previous deck hold of one document, by GUID (its line read only when
        one of its notes needs it, and not kept: the course is placed a document at a time)."""
        return published_in(self.ledger, stem)

    def place(self, index: int, made: DeckPart | Remembered) -> DeckPart | Remembered:
        """One document's notes into their decks, in card order: each given its place in the course (the
        order of new cards, due) and its time (kept while its content is what the ledger published); and the
        part as placed (with its times, its ledger line and the notes it carries)."""
        if isinstance(made, Remembered):  # as the ledger read holds it: its times are those (see DeckPart)
            return self.place_remembered(index, made)
        stem = self.course.documents[index].stem
        if made.line:
            placed = made
        else:
            published = self.published(stem)
            mods = [note_time(published.get(n.note.guid), n.digest, self.now) for n in made.notes]
            pairs = zip(made.notes, mods, strict=True)
            entries = [entry_of(stem, n.want, n.note._replace(mod=mod), n.digest) for n, mod in pairs]
            carried = self.carried(made.gone, published)
            # a gone point whose note the previous deck no longer holds (deleted by hand) is carried no more, but
            # remembered all the same
            kept = {entry.guid for _, entry in carried}
            remembered = [*(e for e in made.gone if e.guid not in kept), *made.retired][:RETIRED_MAX]  # newest first
            line = document_line(stem, [*entries, *(entry for _, entry in carried), *remembered])
            placed = made._replace(mods=tuple(mods), line=line, carried=tuple(note for note, _ in carried))
        self.written.add(placed.line)
        self.pending += placed.carried
        position, deck_for = self.position, self.tree.deck_for
        self.collection.add(
            (deck_for(index, part).deck_id, note, next(position), mod)
            for (part, note, _, _), mod in zip(placed.notes, placed.mods, strict=True)
        )
        self.notes += len(placed.notes)
        self.live.update(n.note.guid for n in placed.notes)
        return placed

    def place_remembered(self, index: int, made: Remembered) -> Remembered:
        """A remembered part's notes into their decks, as place() placed them when it was made."""
        self.written.add(made.line)
        self.pending += made.carried
        position, deck_for = self.position, self.tree.deck_for
        self.collection.add((deck_for(index, part).deck_id, note, next(position), note[6]) for part, note in made.rows)
        self.notes += len(made.rows)
        self.live.update(note[0] for _, note in made.rows)
        return made

    def carried(self, gone: Sequence[Entry], published: Mapping[str, Entry]) -> list[tuple[PendingNote, Entry]]:
        """The notes of points that left, as the previous deck holds them, tagged, with their ledger entries."""
        if not gone:
            return []
        olds = self.previous.by_guid({entry.guid for entry in gone})
        found = []
        for entry in gone:
            old = olds.get(entry.guid)
            if old is None:
                continue  # the previous deck does not hold its note (deleted by hand): nothing to carry
            note, digest = stamped(removed_note(old), published, self.now)
            found.append((note, replace(entry, digest=digest, mod=note.mod)))
        return found

    def absent(self, entries: Sequence[Entry]) -> None:
        """The points of documents that left the course, carried: in the ledger under their documents."""
        by_stem: dict[str, list[Entry]] = {}
        for entry in entries:
            by_stem.setdefault(entry.stem, []).append(entry)
        for stem, left in by_stem.items():
            # a document renamed (or its points moved to another) has them live under their GUIDs: they left nothing
            gone = [entry for entry in left if entry.guid not in self.live]
            carried = self.carried(gone, self.published(stem))
            if carried:
                self.written.add(document_line(stem, [entry for _, entry in carried]))
                self.pending += [note for note, _ in carried]

    def settle(self) -> list[PendingNote]:
        """The notes of points that left their sources and are carried: none of a point live elsewhere."""
        # a point that left one document for another is live there: its note is not carried as removed too (Anki
        # keeps one note of a GUID, the last it reads: the live one would be tagged removed)
        self.pending = [note for note in self.pending if note.guid not in self.live]
        return self.pending

    def finish(self) -> int:
        """The notes of points that left their sources into the removed subdeck, after every document's;
        how many."""
        self.settle()
        removed = self.tree.removed_deck().deck_id if self.pending else 0
        self.collection.add((removed, note, next(self.position), note.mod) for note in self.pending)
        self.notes += len(self.pending)
        return len(self.pending)


def package(work: CourseWork, ledger: Ledger | None = None, memo: Memo = NO_MEMO) -> Published:
    """The course's .apkg file and its ledger: every document's cards (made by generation) as notes, each
    under the GUID its content and the ledger give it, placed in their decks as the course goes."""
    course = work.course
    ledger = ledger or empty(course.course_id)
    previous = PreviousNotes(ledger.deck, FIELD_COUNTS)
    types = {model.model_id: model for model in models()}
    with tempfile.TemporaryDirectory(prefix="study-deck-") as folder:
        path = Path(folder) / "collection.anki2"
        collection = CollectionFile(path, input_time(course), first_note_id(course.course_id))
        first: Path | None = None
        try:
            placing = Placing(work, ledger, collection, previous)
            place_course(work, ledger, memo, placing)
            if placing.settle():  # the live notes alone, before the removed ones join them
                first = Path(folder) / "first-import.anki2"
                collection.copy(first).finish(placing.tree.decks.values(), types)
            removed = placing.finish()
            collection.finish(placing.tree.decks.values(), types)
        finally:
            collection.close()
            previous.close()
        apkg = zip_bytes({"collection.anki2": path, "media": b"{}"})
        live = zip_bytes({"collection.anki2": first, "media": b"{}"}) if first else None
    counts = {"notes": placing.notes} | ({"removed": removed} if removed else {})
    # its notes counted under a fact of its own: the course's notes are the main deck's (the summary adds up
    # "notes" over every file)
    first_import = Made(live, {FIRST_IMPORT_FACT: placing.notes - removed}) if live else None
    return Published(apkg, placing.written, counts, first_import)


def place_course(work: CourseWork, ledger: Ledger, memo: Memo, placing: Placing) -> None:
    """Every document's notes placed, each part made remembered under the ledger line this deck writes of it
    (see remembered_key), and the points that left their sources gathered (placed by Placing.finish)."""
    current = course_revision(work)
    with collector_paused():
        for doc in work.documents:
            part = deck_part(work.course.course_id, doc, ledger, memo, current)
            placed = placing.place(doc.index, part)
            if isinstance(placed, DeckPart):  # one remembered is remembered under the key asked for next already
                memo.keep(remembered_key(work.course.course_id, doc, placed), remembered(placed))
    placing.absent(absent_documents(work.course, ledger, current))


def render_course(work: CourseWork, ledger: Ledger | None = None, memo: Memo = NO_MEMO) -> dict[str, Rendered]:
    """dist/<course>.apkg, the course's Anki deck, and the ledger of its notes the next build reads (`memo`:
    where each document's notes are remembered between builds)."""
    deck = package(work, ledger, memo)
    slug = course_slug(work.course.title)
    files: dict[str, Rendered] = {f"{slug}.apkg": Made(deck.apkg, deck.facts), LEDGER: Streamed(deck.ledger.write)}
    if deck.first_import is not None:
        files[f"{slug}{FIRST_IMPORT_SUFFIX}.apkg"] = deck.first_import
    return files


def read_ledger(dist: Path, course: Course, warn: Warn) -> Ledger:
    """The ledger the last build left in dist/, read by the build before rendering (see render/outputs);
    with the previous deck's notes of the documents it has no entries for (a deck made before the ledger).
    What went wrong with either file is one warning line."""
    lines: list[str] = []
    ledger = with_previous_deck(read_previous(dist, course.course_id, lines.append), dist, course, lines.append)
    if lines:
        warn("; ".join(lines))
    return ledger


def with_previous_deck(ledger: Ledger, dist: Path, course: Course, warn: Warn) -> Ledger:
    """The ledger, with the previous deck's notes of the documents it has no entries for, if any."""
    name = f"{course_slug(course.title)}.apkg"
    deck = previous_deck(dist, name)
    ledger = replace(ledger, deck=deck)  # where a removed point's note is read from
    unknown = {tag(doc.stem): doc.stem for doc in course.documents if doc.stem not in ledger.by_stem}
    if not unknown or deck is None:
        return ledger
    previous = read_previous_deck(deck, unknown, FIELD_COUNTS, warn)
    if previous is None:
        return ledger
    # the deck is an input now: its hash joins the ledger's in the render unit's key
    return replace(ledger, legacy=previous.notes, digest=revision([ledger.digest, previous.digest]))
