"""The previous deck in dist/, read when the ledger cannot say which note a point is.

Decks made before content identity gave each note a positional GUID, `guid_for(course, stem, key, kind)`
with the outline key of its list or item: a learner who imported one would get every note twice on the
first import of a deck made with content GUIDs. So when the ledger has no entries for a document (no
ledger at all, the first build after the upgrade) the previous .apkg is read with sqlite3 and each new
note takes the GUID of the old note that is the same point: the same GUID already, the same positional
key and text, the same text anywhere in the document, or the same key and a close text (reworded in
place). An old note no new one takes is carried once as a removed point, like a ledger's gone entry.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import sqlite3
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from study.generated import normalized
from study.render.ledger import CLOSE, Entry, Legacy, Warn, closeness, content_digest

# the collection files an .apkg may hold, the newer first: an export with both keeps its notes in the newer
COLLECTIONS = ("collection.anki21", "collection.anki2")
CLOZE_GAP = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}")  # a gap's answer (inner colons are escaped)
MARKUP = re.compile(r"<[^>]*>")  # field text is escaped, so only the deck's own markup looks like a tag
# what a note asks: question and answer, or the cloze sentence (after Context, before Source); the answer
# alone would not do: a count card's is only 四个
POINT_FIELDS = slice(4, -1)
CONTEXT_FIELD = 3  # the list's lead or the item it sits under, in both note types
OUTLINE_TAG, KIND_TAG = "outline::", "kind::"
# what reading a damaged or foreign package raises
UNREADABLE = (OSError, zipfile.BadZipFile, sqlite3.Error, KeyError, ValueError, TypeError)


class OldNote(NamedTuple):
    """One row of the previous deck's notes table."""

    guid: str
    model: int
    mod: int
    tags: str
    fields: str


def previous_deck(dist: Path, name: str) -> Path | None:
    """The deck the last build left in dist/: the course's own name, else the only .apkg there."""
    own = dist / name
    if own.is_file():
        return own
    found = sorted(dist.glob("*.apkg"))
    return found[0] if len(found) == 1 else None


def read_notes(deck: Path | bytes, models: Mapping[int, int]) -> list[OldNote]:
    """The deck's notes of these note types (id → field count); raises what a damaged package raises."""
    with tempfile.TemporaryDirectory(prefix="study-previous-") as folder:
        conn = open_collection(deck, Path(folder))
        try:
            rows = conn.execute("SELECT guid, mid, mod, tags, flds FROM notes ORDER BY id").fetchall()
        finally:
            conn.close()
    return of_types(rows, models)


def open_collection(deck: Path | bytes, folder: Path) -> sqlite3.Connection:
    """A package's collection extracted to `folder` (sqlite3 reads files, not bytes), opened read-only."""
    with zipfile.ZipFile(io.BytesIO(deck) if isinstance(deck, bytes) else deck) as archive:
        name = next((n for n in COLLECTIONS if n in archive.namelist()), None)
        if name is None:
            raise KeyError("no collection in the package")
        path = Path(archive.extract(name, folder))
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def of_types(rows: Iterable[tuple[object, ...]], models: Mapping[int, int]) -> list[OldNote]:
    """The notes of these rows of these note types (id → field count)."""
    notes = [OldNote(*checked_row(row)) for row in rows]
    return [n for n in notes if n.fields.count("\x1f") + 1 == models.get(n.model)]


class PreviousNotes:
    """The previous deck's notes, looked up by GUID as a build asks for them: what a removed point is carried
    with. Its collection is extracted once, on the first question, and only the notes asked for are read (a
    thousand documents' deck holds 66,000). No note is found when there is no deck or it cannot be read (a
    point whose note cannot be found is then not carried)."""

    def __init__(self, deck: Path | bytes | None, models: Mapping[int, int]) -> None:
        self.deck, self.models = deck, models
        self.folder: tempfile.TemporaryDirectory[str] | None = None
        self.conn: sqlite3.Connection | None = None
        self.ids: dict[str, int] = {}  # every note's id by GUID (the notes table has no index of GUIDs)
        self.broken = deck is None

    def by_guid(self, guids: Collection[str]) -> dict[str, OldNote]:
        """The notes of these GUIDs the deck holds."""
        if self.broken or not guids:
            return {}
        try:
            conn = self.opened()
            conn.execute("DELETE FROM wanted")
            conn.executemany(
                "INSERT OR IGNORE INTO wanted VALUES (?)", ((self.ids[g],) for g in guids if g in self.ids)
            )
            query = "SELECT guid, mid, mod, tags, flds FROM notes WHERE id IN (SELECT id FROM wanted) ORDER BY id"
            return {note.guid: note for note in of_types(conn.execute(query).fetchall(), self.models)}
        except UNREADABLE:
            self.broken = True
            return {}

    def opened(self) -> sqlite3.Connection:
        """The collection, extracted and opened on first use, its notes' ids by GUID read once, with a table
        of the ids asked for (found by the table's own index, not by a scan of every note a question)."""
        if self.conn is None:
            assert self.deck is not None
            self.folder = tempfile.TemporaryDirectory(prefix="study-previous-")
            self.conn = open_collection(self.deck, Path(self.folder.name))
            self.ids = {str(guid): int(nid) for guid, nid in self.conn.execute("SELECT guid, id FROM notes")}
            self.conn.execute("CREATE TEMP TABLE wanted (id INTEGER PRIMARY KEY)")
        return self.conn

    def close(self) -> None:
        """The collection closed and its extracted copy removed."""
        if self.conn is not None:
            self.conn.close()
        if self.folder is not None:
            self.folder.cleanup()


def checked_row(row: tuple[object, ...]) -> tuple[str, int, int, str, str]:
    """A notes row with the types the deck must have; raises TypeError when it has not."""
    guid, model, mod, tags, fields = row
    if not (isinstance(guid, str) and isinstance(model, int) and isinstance(mod, int)):
        raise TypeError("notes row of the wrong types")
    if not (isinstance(tags, str) and isinstance(fields, str)):
        raise TypeError("notes row of the wrong types")
    return guid, model, mod, tags, fields


def plain(field: str) -> str:
    """A field's text, normalized: without markup or cloze syntax."""
    return normalized(html.unescape(MARKUP.sub("", CLOZE_GAP.sub(r"\1", field))))


def point_text(fields: str) -> str:
    """What a note asks the learner: its question and answer, or its cloze sentence."""
    return "|".join(plain(field) for field in fields.split("\x1f")[POINT_FIELDS])


def context_text(fields: str) -> str:
    """Where a note's point stands: the lead of its list, or the item the list sits under."""
    return plain(fields.split("\x1f")[CONTEXT_FIELD])


def where(tags: str, stems: Mapping[str, str]) -> tuple[str, str, str] | None:
    """(stem, kind, positional key) from a note's tags, or None for a note of no document asked about."""
    words = tags.split()
    kind = next((w[len(KIND_TAG) :] for w in words if w.startswith(KIND_TAG)), "")
    for word in words:
        stem_tag, _, path = word.removeprefix(OUTLINE_TAG).partition("::")
        if word.startswith(OUTLINE_TAG) and stem_tag in stems and kind and path:
            return stems[stem_tag], kind, path.replace("::", "/")
    return None


def legacy_notes(notes: Iterable[OldNote], stems: Mapping[str, str]) -> dict[str, tuple[Legacy, ...]]:
    """The old notes of each document asked about (stems by their tag form), as the ledger carries them."""
    grouped: dict[str, list[Legacy]] = defaultdict(list)
    for note in notes:
        found = where(note.tags, stems)
        if found is not None:
            stem, kind, key = found
            entry = as_entry(note, stem, kind)
            grouped[stem].append(Legacy(key, point_text(note.fields), context_text(note.fields), entry))
    return {stem: tuple(old) for stem, old in grouped.items()}


def as_entry(note: OldNote, stem: str, kind: str) -> Entry:
    """An old note as a ledger entry with no anchor: its content and time are what the next deck compares."""
    digest = content_digest(note.model, note.fields, note.tags)
    return Entry(note.guid, stem, kind, "", "", "", "", "", digest, note.mod)


def file_digest(path: Path) -> str:
    """The hash of a file's bytes: the previous deck is an input of the next one."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- which old note a point is


class Want(NamedTuple):
    """A new note as the migration compares it: kind, positional key, GUID, point and context texts."""

    kind: str
    key: str
    guid: str
    point: str
    context: str

    @classmethod
    def of(cls, kind: str, key: str, guid: str, fields: str) -> Want:
        """A new note's comparison form, from its fields."""
        return cls(kind, key, guid, point_text(fields), context_text(fields))


Route = tuple[Callable[[Want], Hashable], Callable[[Legacy], Hashable], Callable[[Want, Legacy], bool]]


def always(want: Want, old: Legacy) -> bool:
    """Every candidate of the right bucket is the point."""
    return True


def close_point(want: Want, old: Legacy) -> bool:
    """The old note's text is the new one reworded."""
    return closeness(want.point, old.point) >= CLOSE


# tried in order, each on the notes the ones before left: the surest first
ROUTES: tuple[Route, ...] = (
    (lambda w: w.guid, lambda o: o.entry.guid, always),  # the same GUID: content identity, or an untouched key
    (lambda w: (w.kind, w.key, w.point), lambda o: (o.entry.kind, o.key, o.point), always),
    (lambda w: (w.kind, w.point), lambda o: (o.entry.kind, o.point), always),  # moved: a list inserted above
    (lambda w: (w.kind, w.key), lambda o: (o.entry.kind, o.key), close_point),  # reworded in place
    # reworded and moved: a close text in the same context (as the ledger's close matches need the same place)
    (lambda w: (w.kind, w.context), lambda o: (o.entry.kind, o.context), close_point),
)


def legacy_pairs(wanted: list[Want], olds: tuple[Legacy, ...]) -> dict[int, int]:
    """Which old note (by index) each new note (by index) is, route by route, in document order."""
    pairs: dict[int, int] = {}
    for route in ROUTES:
        pairs.update(route_pairs(route, wanted, olds, pairs))
    return pairs


def route_pairs(route: Route, wanted: list[Want], olds: tuple[Legacy, ...], pairs: dict[int, int]) -> dict[int, int]:
    """The pairs one route finds among the new and old notes earlier routes left."""
    want_key, old_key, accept = route
    buckets: dict[Hashable, list[int]] = defaultdict(list)
    taken = set(pairs.values())
    for index in (i for i in range(len(olds)) if i not in taken):
        buckets[old_key(olds[index])].append(index)
    found: dict[int, int] = {}
    for at in (a for a in range(len(wanted)) if a not in pairs):
        bucket = buckets.get(want_key(wanted[at]), [])
        match = next((i for i in bucket if accept(wanted[at], olds[i])), None)
        if match is not None:
            found[at] = match
            bucket.remove(match)
    return found


def kept_guids(wanted: list[Want], olds: tuple[Legacy, ...]) -> tuple[list[str], list[Entry]]:
    """Each new note's GUID (the old note's where it is the same point), and the old notes no new one is."""
    pairs = legacy_pairs(wanted, olds)
    guids = [olds[pairs[at]].entry.guid if at in pairs else want.guid for at, want in enumerate(wanted)]
    used = set(pairs.values())
    return guids, [old.entry for index, old in enumerate(olds) if index not in used]


# ----------------------------------------------------------------------------- reading it for the build


class Previous(NamedTuple):
    """The previous deck's notes of the documents asked about, and the hash of the deck they came from."""

    notes: dict[str, tuple[Legacy, ...]]
    digest: str


def read_previous_deck(deck: Path, stems: Mapping[str, str], models: Mapping[int, int], warn: Warn) -> Previous | None:
    """The notes of documents `stems` (by their tag form) in the previous deck (previous_deck()): None when
    it has none of theirs, or is unreadable (then with one warning: the build goes on without it)."""
    try:
        found = legacy_notes(read_notes(deck, models), stems)
        return Previous(found, file_digest(deck)) if found else None
    except UNREADABLE as exc:
        warn(f"{deck}: previous deck unreadable ({type(exc).__name__}); its notes cannot be kept")
        return None
