"""The ledger of published notes: what each note of the last deck was about, so the next deck keeps it.

Content anchors (study.generate.identity) survive an inserted list; the ledger makes the rest survive: a
point whose anchor is new (reworded) takes the note of an old point that is gone, when their texts are
close and they stand in the same place of the outline; a point that left its source is carried once
more, tagged, so the learner sees it and can delete it; and a note keeps its modification time while
its content stays the same, so re-importing an unchanged deck updates nothing.

The ledger is one file in dist/.cache/, written with the deck (gather first, write last): gzip-compressed
lines, a JSON header (with a digest of the rest) and then one document a line, its notes' rows as JSON,
read only when a document's notes are wanted (a rebuild that remembers a document's part of the deck
wants none). It holds only what identity needs (GUID, kind, anchor, place) and what note times need
(content digest, time); a removed point's fields and tags are read from the previous deck in dist/ when it
is carried. Ledgers of the first two formats (plain JSON with every note's fields and tags; one note a
line) are still read. A missing
or unreadable ledger is started afresh with a one-line warning: notes then keep their content identity
but a reworded point gets a new note, this once (unless the previous deck in dist/ shows which note it had:
render/legacy.py).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher
from pathlib import Path
from typing import BinaryIO, NamedTuple

import genanki

from study.generated import Anchor

LEDGER = ".cache/anki-ledger.jsonl.gz"  # in dist/: beside the build cache, never linked from the home page
OLD_LEDGER = ".cache/anki-ledger.json"  # the first format's file, read when the new one is not there
LEDGER_VERSION = 3  # one document a line
COMPACT_VERSION = 2  # one note a line, still read
OLD_FIELDS = frozenset({"model", "fields", "tags"})  # what the first format held beside an entry's own fields
CLOSE = 0.6  # text similarity (difflib ratio) from which a new point is the old one reworded
DIGEST_HEX = 24  # hex digits of a note content digest
GZIP_LEVEL = 0  # stored, not squeezed: a thousand documents' ledger (23 MB, internal) is framed in 0.02 s, not 0.5

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Entry:
    """One published note: its identity, what it was about, and the content and time it was published with."""

    guid: str
    stem: str  # its document
    kind: str  # card kind
    key: str  # its anchor's content key
    text: str  # its anchor's normalized text
    parent: str
    before: str
    after: str
    digest: str  # of model, fields and tags: a change of any moves the note's time
    mod: int  # the note time it was published with
    gone: str = ""  # the revision of its document the point left in ("" while it is in its source)

    @property
    def anchor(self) -> Anchor:
        """What the note was about, as an anchor of the outline."""
        return Anchor(self.key, self.text, self.parent, self.before, self.after)


ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def entry_row(entry: Entry) -> list[object]:
    """An entry as one ledger line's values, in field order."""
    return [getattr(entry, name) for name in ENTRY_FIELDS]


class Legacy(NamedTuple):
    """A note of a deck made before the ledger (render/legacy.py): where it stood, what it asked, itself."""

    key: str  # its positional outline key, from its outline:: tag
    point: str  # the normalized text it asks for: its answer, or its cloze sentence
    context: str  # the normalized text of where it stands: its list's lead, or the item the list sits under
    entry: Entry  # its GUID, content and time, as a ledger entry without an anchor


@dataclass(frozen=True)
class Ledger:
    """A course's published notes, by document, in deck order; `digest` names the file they came from.

    `legacy` holds, for documents the ledger has no entries for, the notes of the previous deck in dist/
    (decks made before the ledger had positional GUIDs): their notes are kept by position and text.
    `deck` is that previous deck (its path, or its bytes), where a removed point's fields and tags are read.
    """

    course_id: str
    by_stem: Mapping[str, tuple[Entry, ...]]
    digest: str = ""
    legacy: Mapping[str, tuple[Legacy, ...]] = field(default_factory=dict)
    deck: Path | bytes | None = None
    stems: Mapping[str, str] = field(default_factory=dict)  # a document's entries' digest, from the file's lines

    def stem_digest(self, stem: str) -> str:
        """A hash of what the ledger holds of one document (its lines in the file it was read from)."""
        found = self.stems.get(stem)
        return found if found is not None else revision(repr(entry) for entry in self.by_stem.get(stem, ()))

    def entries(self) -> Iterable[Entry]:
        """Every entry, document by document."""
        for stem in sorted(self.by_stem):
            yield from self.by_stem[stem]


def empty(course_id: str) -> Ledger:
    """The ledger of a course that has published nothing yet."""
    return Ledger(course_id, {})


# ----------------------------------------------------------------------------- reading and writing


def read_ledger(dist: Path, course_id: str, warn: Warn) -> Ledger:
    """The ledger in dist/ (the first format's when the new one is not there), or an empty one: with a
    warning when it is unreadable, or missing beside a deck."""
    path = dist / LEDGER
    if not path.exists() and (dist / OLD_LEDGER).is_file():
        path = dist / OLD_LEDGER
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if any(dist.glob("*.apkg")):
            warn(f"{path}: note ledger missing; starting a new one (a reworded point gets a new note this once)")
        return empty(course_id)
    except OSError as exc:
        warn(f"{path}: note ledger unreadable ({exc.strerror}); starting a new one")
        return empty(course_id)
    return parsed_or_empty(path, data, course_id, warn, len(list(dist.glob("*.apkg"))) == 1)


# a renamed course with no one deck in dist/ to match its notes to (see render/legacy.py)
NEW_IDENTITIES = "every note gets a new identity (Anki adds them again, without their reviews)"


def parsed_or_empty(path: Path, data: bytes, course_id: str, warn: Warn, one_deck: bool = False) -> Ledger:
    """The ledger these bytes hold, or an empty one and a warning saying why not (`one_deck`: dist/ holds one
    deck, whose notes a new ledger's notes are matched to: see render/legacy.py)."""
    try:
        ledger = parse_ledger(data)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OSError, EOFError) as exc:
        warn(f"{path}: note ledger unreadable ({type(exc).__name__}); starting a new one")
        return empty(course_id)
    if ledger.course_id != course_id:  # the course's id is its title's: a course renamed, most often
        kept = "notes keep the identities the deck in dist/ gave them" if one_deck else NEW_IDENTITIES
        warn(f"{path}: note ledger of another course title (renamed?); starting a new one: {kept}")
        return empty(course_id)
    return ledger


def parse_ledger(data: bytes, deck: Path | bytes | None = None) -> Ledger:
    """A ledger from its file's bytes (any format), with the deck it was written with; raises ValueError,
    TypeError, KeyError, IndexError or what gzip raises when they are not one."""
    if data[:2] != GZIP_MAGIC:
        return eager_ledger(*first_format_notes(data), hashlib.sha256(data).hexdigest(), deck)
    raw = gzip.decompress(data)
    header, _, body = raw.partition(b"\n")
    head = json.loads(header)
    course, columns = str(head["course"]), checked_columns(head["columns"])
    if head["version"] == COMPACT_VERSION:
        # split on newlines alone: a text may hold a line separator (U+2028) that JSON leaves as it is
        lines = body.decode("utf-8").removesuffix("\n").split("\n") if body else []
        rows = json.loads("[" + ",".join(lines) + "]")  # one parse, not one a line (65,000 lines a course)
        return eager_ledger(course, compact_rows(columns, rows), lines, hashlib.sha256(data).hexdigest(), deck)
    if head["version"] != LEDGER_VERSION:
        raise ValueError(f"ledger version {head['version']!r}")
    body = body.removesuffix(b"\n")
    if head["body"] != hashlib.sha256(body).hexdigest():  # edited by hand: its lines are read only when needed
        raise ValueError("ledger body does not match its digest")
    # kept as bytes, each document's line decoded only when read (23 MB of lines at a thousand documents)
    found = document_lines(body.split(b"\n") if body else [])
    by_stem = DocumentEntries(columns, {stem: rows for stem, (rows, _) in found.items()})
    stems = {stem: digest for stem, (_, digest) in found.items()}
    return Ledger(course, by_stem, hashlib.sha256(data).hexdigest(), deck=deck, stems=stems)


def eager_ledger(course: str, raws: list[Raw], lines: list[str], digest: str, deck: Path | bytes | None) -> Ledger:
    """A ledger of an older format, a note a line (or an object): every entry read and checked now."""
    grouped: dict[str, list[Entry]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)
    for entry, line in zip(map(checked_entry, raws), lines, strict=True):
        grouped[entry.stem].append(entry)
        texts[entry.stem].append(line)
    by_stem = {s: tuple(e) for s, e in grouped.items()}
    stems = {s: revision(some) for s, some in texts.items()}
    return Ledger(course, by_stem, digest, deck=deck, stems=stems)


GZIP_MAGIC = b"\x1f\x8b"
ENTRY_TYPES = {f.name: (int if f.type == "int" else str) for f in fields(Entry)}
COLUMNS = tuple(ENTRY_TYPES)  # an entry's values in the compact format, in this order
COLUMN_TYPES = tuple(ENTRY_TYPES.values())
Raw = dict[str, object] | list[object]  # a note as a ledger file holds it: its fields, or its values in COLUMNS order


def checked_columns(columns: object) -> list[str]:
    """The column names of a ledger's header, each once."""
    if not isinstance(columns, list) or len(set(columns)) != len(columns):
        raise ValueError("ledger columns")
    return [str(name) for name in columns]


def compact_rows(columns: list[str], rows: object) -> list[Raw]:
    """Notes as a compact ledger holds them, arrays in its columns' order: as arrays when the columns are
    this version's, else as objects of their fields."""
    if not isinstance(rows, list) or any(not isinstance(row, list) or len(row) != len(columns) for row in rows):
        raise ValueError("ledger row of the wrong length")
    if columns == list(COLUMNS):  # as this version writes it: each row checked as it stands
        return list(rows)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def first_format_notes(data: bytes) -> tuple[str, list[Raw], list[str]]:
    """The course, the notes and their JSON texts of a ledger of the first format (one JSON object, every
    note's fields and tags in it): those are left out, as the previous deck holds them."""
    body = json.loads(data.decode("utf-8"))
    if body["version"] != 1:
        raise ValueError(f"ledger version {body['version']!r}")
    raws = body["notes"]
    if not isinstance(raws, list) or not all(isinstance(raw, dict) for raw in raws):
        raise TypeError("ledger notes are not objects")
    kept: list[Raw] = [{k: v for k, v in raw.items() if k not in OLD_FIELDS} for raw in raws]
    return str(body["course"]), kept, [json.dumps(raw, sort_keys=True) for raw in kept]


def checked_entry(raw: Raw) -> Entry:
    """An entry from its JSON form, every field of its type (a hand-edited ledger must not crash the build):
    an object of fields, or an array of every field in COLUMNS order."""
    if isinstance(raw, list):
        if len(raw) != len(COLUMNS) or not all(type(v) is t for v, t in zip(raw, COLUMN_TYPES, strict=True)):
            raise TypeError("ledger row of the wrong fields")
        return Entry(*raw)  # type: ignore[arg-type]  # checked field by field above
    if set(raw) - ENTRY_TYPES.keys():
        raise KeyError(f"unknown ledger fields {sorted(set(raw) - ENTRY_TYPES.keys())}")
    for name, kind in ENTRY_TYPES.items():
        if name in raw and type(raw[name]) is not kind:
            raise TypeError(f"ledger field {name} is not {kind.__name__}")
    return Entry(**raw)  # type: ignore[arg-type]  # checked field by field above


def document_lines(lines: list[bytes]) -> dict[str, tuple[bytes, str]]:
    """A ledger's lines by document (its stem as JSON, a tab, its notes' rows as JSON): each document's rows,
    still unread, and the digest of its line."""
    found: dict[str, tuple[bytes, str]] = {}
    for line in lines:
        name, tab, rows = line.partition(b"\t")  # JSON writes a tab inside a string as \t: the first is ours
        stem = json.loads(name)
        if not tab or not isinstance(stem, str) or stem in found:
            raise ValueError("ledger line without its own document")
        found[stem] = (rows, revision([line]))
    return found


class DocumentEntries(Mapping[str, tuple[Entry, ...]]):
    """A ledger's entries by document, each document's line read and checked when it is asked for: a build
    whose documents' decks are remembered (render/anki.deck_part) reads few of them. Only the last one read
    is kept (a deck asks for one document's entries at a time, twice), so a build that reads them all holds
    no more than one document's."""

    def __init__(self, columns: list[str], rows: dict[str, bytes]) -> None:
        self.columns = columns
        self.rows = rows
        self.last: tuple[str, tuple[Entry, ...]] | None = None

    def __getitem__(self, stem: str) -> tuple[Entry, ...]:
        if self.last is None or self.last[0] != stem:
            entries = tuple(map(checked_entry, compact_rows(self.columns, json.loads(self.rows[stem]))))
            if any(entry.stem != stem for entry in entries):
                raise ValueError(f"ledger line of {stem!r} holds another document's note")
            self.last = (stem, entries)
        return self.last[1]

    def __contains__(self, stem: object) -> bool:
        return stem in self.rows  # without reading its line (Mapping's own would)

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def ledger_bytes(course_id: str, entries: Iterable[Entry]) -> bytes:
    """The ledger file of these entries (see LedgerWriter), each document's in the order they come."""
    documents: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        documents[entry.stem].append(entry)
    writer = LedgerWriter(course_id)
    for stem, some in documents.items():
        writer.add(document_line(stem, some))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class LedgerWriter:
    """The ledger file, written a document's line at a time (see document_line) to a temporary file, in deck
    order, then framed (see write): a thousand documents' lines are 23 MB of text, never all held."""

    def __init__(self, course_id: str) -> None:
        self.course_id = course_id
        self.spool = tempfile.TemporaryFile()  # noqa: SIM115  (closed by write(), or when dropped)
        # of the lines after the header, joined by newlines: the header holds it, so a hand edit is caught on reading
        self.body = hashlib.sha256()
        self.lines = 0

    def add(self, line: str) -> None:
        """One document's line, after those added before."""
        data = line.encode("utf-8")
        if self.lines:
            self.body.update(b"\n")
            self.spool.write(b"\n")
        self.body.update(data)
        self.spool.write(data)
        self.lines += 1

    def write(self, out: BinaryIO) -> dict[str, int]:
        """The file: a header line naming the columns and the digest of the lines after it, then the lines;
        gzip-framed with no time in its header, so the same entries give the same bytes."""
        head = {"course": self.course_id, "version": LEDGER_VERSION, "columns": list(COLUMNS)}
        with gzip.GzipFile(filename="", mode="wb", compresslevel=GZIP_LEVEL, fileobj=out, mtime=0) as framed:
            framed.write(json.dumps(head | {"body": self.body.hexdigest()}).encode("utf-8") + b"\n")
            self.spool.seek(0)
            shutil.copyfileobj(self.spool, framed)
            framed.write(b"\n" if self.lines else b"")
        self.spool.close()
        return {}


def document_line(stem: str, entries: Sequence[Entry]) -> str:
    """One document's line of the ledger: its stem as JSON, a tab, and its notes' rows (arrays in COLUMNS
    order) as JSON."""
    # a shallow list of each entry's fields (astuple would deep-copy every string of every entry)
    rows = json.dumps([entry_row(entry) for entry in entries], ensure_ascii=False, separators=(",", ":"))
    return f"{json.dumps(stem, ensure_ascii=False)}\t{rows}"


# ----------------------------------------------------------------------------- which note a point is


Wanted = tuple[str, Anchor]  # (card kind, anchor) of one card of a document, in document order


def resolve(
    course_id: str, stem: str, wanted: list[Wanted], entries: tuple[Entry, ...]
) -> tuple[list[str], list[Entry]]:
    """The GUID of each wanted card, and the entries no card took (points that left the source).

    An anchor the ledger knows keeps its note; a new one takes the note of a close old text in the same
    place; anything else gets a GUID from its content, never one the ledger already holds.
    """
    guids: list[str | None] = [None] * len(wanted)
    free = set(range(len(entries)))
    for at, index in exact_matches(wanted, entries):
        guids[at] = entries[index].guid
        free.discard(index)
    # a point remembered after it left (gone) takes back its note only when it comes back as it was: a close text
    # is a live point's rewording, whose own note it keeps
    live = {i for i in free if not entries[i].gone}
    for at, index in close_matches(wanted, entries, [i for i, g in enumerate(guids) if g is None], live):
        guids[at] = entries[index].guid
        free.discard(index)
    taken = {e.guid for e in entries}
    final = [g or fresh_guid(course_id, stem, wanted[i], taken) for i, g in enumerate(guids)]
    return final, [entries[i] for i in sorted(free)]


def place(anchor: Anchor) -> tuple[str, str, str]:
    """Where an anchor stands: what it sits in and its neighbours."""
    return anchor.parent, anchor.before, anchor.after


def exact_matches(wanted: list[Wanted], entries: tuple[Entry, ...]) -> Iterable[tuple[int, int]]:
    """(card, entry) pairs with the same kind and content key: those in the same place first, then in order
    (so identical texts keep their notes as long as their context tells them apart)."""
    cards: dict[tuple[str, str], list[int]] = defaultdict(list)
    for at, (kind, anchor) in enumerate(wanted):
        cards[kind, anchor.key].append(at)
    olds: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        olds[entry.kind, entry.key].append(index)
    for group, ats in cards.items():
        yield from paired(ats, olds.get(group, []), wanted, entries)


def paired(
    ats: list[int], indexes: list[int], wanted: list[Wanted], entries: tuple[Entry, ...]
) -> list[tuple[int, int]]:
    """Cards and entries of one content key paired: same place first, the rest in document order."""
    pairs, left = [], list(indexes)
    for at in ats:
        same = next((i for i in left if place(entries[i].anchor) == place(wanted[at][1])), None)
        if same is not None:
            pairs.append((at, same))
            left.remove(same)
    rest = [at for at in ats if at not in {a for a, _ in pairs}]
    return pairs + list(zip(rest, left, strict=False))


def same_place(a: Anchor, b: Anchor) -> bool:
    """True when two anchors sit in the same thing, or next to the same neighbour."""
    return a.parent == b.parent or bool(a.before and a.before == b.before) or bool(a.after and a.after == b.after)


def closeness(a: str, b: str) -> float:
    """How alike two normalized texts are (0–1), the cheap bounds tried first."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < CLOSE or matcher.quick_ratio() < CLOSE:
        return 0.0
    return matcher.ratio()


def close_matches(
    wanted: list[Wanted], entries: tuple[Entry, ...], open_cards: list[int], free: set[int]
) -> list[tuple[int, int]]:
    """(card, entry) pairs of a new point and a gone one of the same kind, close in text and place, the
    closest first (ties in document order, so the same inputs always pair the same way)."""
    scored = []
    for at in open_cards:
        kind, anchor = wanted[at]
        for index in sorted(free):
            entry = entries[index]
            if entry.kind == kind and same_place(anchor, entry.anchor):
                score = closeness(anchor.text, entry.text)
                scored += [(-score, at, index)] if score >= CLOSE else []
    pairs, used_cards, used_entries = [], set(), set()
    for _, at, index in sorted(scored):
        if at not in used_cards and index not in used_entries:
            pairs.append((at, index))
            used_cards.add(at)
            used_entries.add(index)
    return pairs


def fresh_guid(course_id: str, stem: str, card: Wanted, taken: set[str]) -> str:
    """A GUID from the card's content, salted past any the ledger or this document already holds."""
    kind, anchor = card
    guid: str  # genanki is untyped: its GUIDs are strings
    guid, salt = genanki.guid_for(course_id, stem, kind, anchor.key), 0
    while guid in taken:
        salt += 1
        guid = genanki.guid_for(course_id, stem, kind, anchor.key, salt)
    taken.add(guid)
    return guid


# ----------------------------------------------------------------------------- note times


def content_digest(model: int, fields_text: str, tags: str) -> str:
    """A hash of what the learner's note holds: a change of it is what moves the note's time."""
    return hashlib.sha256(f"{model}\x1e{fields_text}\x1e{tags}".encode()).hexdigest()[:DIGEST_HEX]


def note_time(previous: Entry | None, digest: str, now: int) -> int:
    """A note's time: the one it was published with while its content is unchanged, else newer than that."""
    if previous is None:
        return now
    return previous.mod if previous.digest == digest else max(now, previous.mod + 1)


def revision(texts: Iterable[str | bytes]) -> str:
    """A short name for one revision of a document (or of the course's list of documents): of its texts (or
    their UTF-8 bytes)."""
    data = b"\x1f".join(text.encode("utf-8") if isinstance(text, str) else text for text in texts)
    return hashlib.sha256(data).hexdigest()[:16]


def still_carried(entry: Entry, current: str) -> bool:
    """True for a gone point carried in this revision: the one it left in (a later one drops it)."""
    return not entry.gone or entry.gone == current


def published_in(ledger: Ledger, stem: str) -> dict[str, Entry]:
    """The notes the ledger and the previous deck hold of one document, by GUID (a note's GUID is its
    document's: made from its stem, or kept from that document's old notes)."""
    found = {old.entry.guid: old.entry for old in ledger.legacy.get(stem, ())}
    return {**found, **{e.guid: e for e in ledger.by_stem.get(stem, ())}}
