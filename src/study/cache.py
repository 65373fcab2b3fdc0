"""The build cache in dist/.cache/: parsed documents and generated work by content hash, and what each
render unit last made.

Everything is keyed by content hashes, never by file times: a key covers the source bytes, the settings,
the course's own templates and a fingerprint of the code (every file of the package, the versions of the
libraries that shape the output), so a cached result is reused only when nothing that made it changed.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import metadata
from pathlib import Path

import study
from study.output import checked_path, remove_tree, same_file, write_atomically, write_whole

CACHE_DIR = ".cache"
MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
# pickles kept between builds: each document's parse and its word counts by its source, its generated work and
# what that read of the course by its inputs, the blanks its texts were given (by its file), the course's
# tally of every document's counts (study.tallies), and which works the last build found valid in its course;
# and what renderers remember (Memo): the deck's and the index's parts, and apart from them the course PDFs'
# front matter (FRONTS), which every PDF build names
KINDS = ("documents", "counts", "tally", "work", "reads", "choices", "checked", "memo", "fronts")
FRONTS = "fronts"
# kinds a build keeps whole when it reads none of them: a renderer's memory is read only when it renders, and a
# build that reuses its files must not forget what the next one will need (so a memory every build names, as
# the fronts, is a kind of its own: the course PDFs' would otherwise make each build forget the deck's)
KEPT_UNREAD = frozenset({"memo", FRONTS})
# libraries whose version changes what a build writes
SHAPING_LIBRARIES = ("study", "click", "genanki", "jieba", "opencc", "jinja2", "weasyprint", "pypdf")


def digest(*parts: str | bytes) -> str:
    """A SHA-256 over several parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def folder_digest(folder: Path) -> str:
    """A hash of every file under `folder` (names and bytes), ignoring Python's bytecode caches."""
    if not folder.is_dir():
        return digest("absent")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return digest(*(part for p in files for part in (p.relative_to(folder).as_posix(), p.read_bytes())))


def library_version(name: str) -> str:
    """The installed version of a library, or "-" when it is not installed."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


@cache
def library_fingerprint() -> str:
    """The Python and library versions that shape what a build writes."""
    return digest(sys.version, *(f"{name}={library_version(name)}" for name in SHAPING_LIBRARIES))


@cache
def code_fingerprint() -> str:
    """What the code that builds a course looks like: the package's files, default templates, libraries."""
    package = Path(study.__file__).parent
    project_templates = package.parents[1] / "templates"  # the source checkout's templates/, if any
    return digest(library_fingerprint(), folder_digest(package), folder_digest(project_templates))


@dataclass(frozen=True)
class OutputRecord:
    """One file a render unit made: its content hash, size and countable facts (pages, notes)."""

    sha256: str
    size: int
    facts: dict[str, int] = field(default_factory=dict)
    # the file's size, modification time and inode once it was in place (see BuildCache.save): while they are
    # the same, it is the file this build left, and is not read again to be hashed
    seen: tuple[int, ...] = ()

    @classmethod
    def of(cls, data: bytes, facts: dict[str, int]) -> OutputRecord:
        """The record of freshly rendered bytes."""
        return cls(hashlib.sha256(data).hexdigest(), len(data), facts)

    def matches(self, path: Path) -> bool:
        """True when the file at `path` still holds exactly what this record describes: it is as it was seen
        after the build that made it, else its bytes hash the same."""
        return (bool(self.seen) and file_seen(path) == self.seen) or same_file(path, self.sha256, self.size)


def file_seen(path: Path) -> tuple[int, ...]:
    """A file's size, modification time (ns) and inode, or () when it cannot be read."""
    try:
        found = path.stat()
    except OSError:
        return ()
    return (found.st_size, found.st_mtime_ns, found.st_ino)


@dataclass(frozen=True)
class Unit:
    """What one render unit (a renderer, or one document's part of it) made, under the key of its inputs."""

    key: str
    files: dict[str, OutputRecord]
    facts: dict[str, int] = field(default_factory=dict)  # course-wide counts, e.g. {"exercises": 120}


class BuildCache:
    """The previous build's manifest and document pickles; collects this build's manifest as it goes."""

    def __init__(self, dist: Path, fresh: bool = False) -> None:
        self.dist = dist
        self.root = dist / CACHE_DIR
        self.previous = load_manifest(self.root / MANIFEST)  # kept when fresh: it lists stale outputs
        self.fresh = fresh  # `study build --clean`: reuse nothing, parse and render everything again
        self.current: dict[str, Unit] = {}
        self.used: dict[str, set[str]] = {kind: set() for kind in KINDS}
        if fresh:
            for kind in KINDS:
                remove_tree(self.root / kind)

    def previous_files(self) -> set[str]:
        """Every output file the previous build recorded."""
        return {rel for unit in self.previous.values() for rel in unit.files}

    def load(self, kind: str, key: str, mark: bool = True) -> object | None:
        """What was kept under `key` in a folder of KINDS (a parsed document, a document's work), or None.

        `mark`: keep it for the next build too (else it goes unless this build keeps or touches it)."""
        if mark:
            self.used[kind].add(key)
        if self.fresh:
            return None
        try:
            with open(self.path(kind, key), "rb") as fh:
                found: object = pickle.load(fh)
        except Exception:  # missing, truncated or from another Python: make it again
            return None
        return found

    def path(self, kind: str, key: str) -> Path:
        """Where what is kept under `key` in a folder of KINDS is (or will be) kept."""
        return self.root / kind / f"{key}.pickle"

    def touch(self, kind: str, keys: Iterable[str]) -> None:
        """Keep what is kept under these keys for the next build, unread."""
        self.used[kind].update(keys)

    def keep(self, kind: str, key: str, value: object) -> None:
        """Keep a freshly made value under `key`, for the next build."""
        self.used[kind].add(key)
        write_whole(self.path(kind, key), pickle.dumps(value, protocol=5))

    def reuse(self, unit_id: str, key: str) -> Unit | None:
        """The previous result of a unit if its inputs are unchanged and its files are intact in dist/."""
        unit = None if self.fresh else self.previous.get(unit_id)
        if unit is None or unit.key != key:
            return None
        if not all(record.matches(checked_path(self.dist, rel)) for rel, record in unit.files.items()):
            return None
        self.current[unit_id] = unit
        return unit

    def record(self, unit_id: str, unit: Unit) -> None:
        """Remember what a unit made in this build."""
        self.current[unit_id] = unit

    def files_seen(self) -> dict[str, tuple[int, ...]]:
        """Every file this build's units made or kept, as it stood in dist/ when the manifest was saved, and the
        manifest itself (a later build finds in it the outputs a removed source leaves behind)."""
        files = {rel: record.seen for unit in self.current.values() for rel, record in unit.files.items()}
        return files | {f"{CACHE_DIR}/{MANIFEST}": file_seen(self.root / MANIFEST)}

    def save(self) -> None:
        """Write this build's manifest, each file as it now stands in dist/, and drop the pickles this build did
        not use."""
        for unit_id, unit in self.current.items():
            files = {rel: replace(rec, seen=file_seen(checked_path(self.dist, rel))) for rel, rec in unit.files.items()}
            self.current[unit_id] = replace(unit, files=files)
        write_atomically(self.root, {MANIFEST: manifest_bytes(self.current)})
        for kind, used in self.used.items():
            if kind in KEPT_UNREAD and not used:
                continue
            for pickled in (self.root / kind).glob("*.pickle"):
                if pickled.stem not in used:
                    pickled.unlink(missing_ok=True)


def manifest_bytes(units: dict[str, Unit]) -> bytes:
    """The manifest as stable JSON."""
    body = {"version": MANIFEST_VERSION, "units": {uid: unit_json(unit) for uid, unit in sorted(units.items())}}
    # no indent: json's C encoder then writes it (five times faster: a thousand documents make 4,000 units)
    return (json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def unit_json(unit: Unit) -> dict[str, object]:
    """A Unit's JSON form, as dataclasses.asdict makes it (which copies every value it meets, recursively: a
    fifth of a second for a thousand documents' units)."""
    files = {
        rel: {"sha256": r.sha256, "size": r.size, "facts": r.facts, "seen": r.seen} for rel, r in unit.files.items()
    }
    return {"key": unit.key, "files": files, "facts": unit.facts}


def load_manifest(path: Path) -> dict[str, Unit]:
    """The units of a previous build; an absent or unreadable manifest means none."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        if body.get("version") != MANIFEST_VERSION:
            return {}
        return {uid: unit_from(raw) for uid, raw in body["units"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def unit_from(raw: dict[str, object]) -> Unit:
    """A Unit from its JSON form."""
    files = raw["files"]
    if not isinstance(files, dict):
        raise TypeError("manifest unit without files")
    facts = raw.get("facts", {})
    records = {rel: OutputRecord(**rec | {"seen": tuple(rec.get("seen", ()))}) for rel, rec in files.items()}
    return Unit(str(raw["key"]), records, dict(facts) if isinstance(facts, dict) else {})


@dataclass(frozen=True)
class Memo:
    """A renderer's memory of values it made, each under a key naming everything the value is made of (so
    what it gives back is what it would make again); kept in a build cache, or nowhere (NO_MEMO), in a folder
    of KINDS (`kind`)."""

    cache: BuildCache | None
    kind: str = "memo"

    def get(self, key: str) -> object | None:
        """The value kept under `key`, or None."""
        return self.cache.load(self.kind, key) if self.cache is not None else None

    def keep(self, key: str, value: object) -> None:
        """Remember a value under `key` for the next build."""
        if self.cache is not None:
            self.cache.keep(self.kind, key, value)

    def touch(self, key: str) -> None:
        """Keep what is remembered under `key` for the next build, unread (its file was reused)."""
        if self.cache is not None:
            self.cache.touch(self.kind, [key])

    def slot(self, key: str) -> MemoSlot:
        """What is remembered under `key`, and where a worker process on this machine keeps it again."""
        if self.cache is None:
            return NO_SLOT
        return MemoSlot(self.get(key), self.cache.path(self.kind, key))


@dataclass(frozen=True)
class MemoSlot:
    """One value a renderer remembers, sent with a job to where the value is made (a worker): what was kept
    under its key (None: nothing), and where to keep it (None: nowhere, e.g. on another machine)."""

    value: object | None = None
    path: Path | None = None

    def keep(self, value: object) -> None:
        """Remember the value for the next build (written whole or not at all)."""
        if self.path is not None:
            write_whole(self.path, pickle.dumps(value, protocol=5))


NO_MEMO = Memo(None)
NO_SLOT = MemoSlot()
