"""Writing dist/ safely: one build at a time, every file staged beside its target and renamed into place."""

from __future__ import annotations

import fcntl
import functools
import hashlib
import io
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, cast

from study.errors import StudyError

LOCK_NAME = ".lock"
# temporary files are ".<name>.<random>.study-tmp" beside their target: same file system, so rename is atomic
TEMP_SUFFIX = ".study-tmp"


@contextmanager
def dist_lock(dist: Path, notice: Callable[[str], None]) -> Iterator[None]:
    """Hold dist/.lock for the whole build; a second build waits for the first instead of mixing files."""
    try:
        dist.mkdir(parents=True, exist_ok=True)
        (dist / LOCK_NAME).touch()
    except OSError as exc:
        raise StudyError(f"cannot write the build folder ({exc.strerror})", where=str(dist)) from None
    with open(dist / LOCK_NAME, "a+b") as handle:  # "a": never truncate a lock another build holds
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            notice(f"{dist}: another build is writing here; waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield  # the kernel drops the lock when the file closes, even if the process is killed


def checked_path(dist: Path, rel: str) -> Path:
    """The target of a renderer's relative path; a path that would leave dist/ is a renderer bug."""
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"renderer output path escapes dist/: {rel!r}")
    return dist.joinpath(*pure.parts)


def same_file(target: Path, sha256: str, size: int) -> bool:
    """True when `target` already holds the bytes of this hash and size."""
    try:
        return target.stat().st_size == size and hashlib.sha256(target.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def same_bytes(target: Path, data: bytes) -> bool:
    """True when `target` already holds exactly `data` (so it need not be written again)."""
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


@dataclass(frozen=True)
class Made:
    """A rendered file with what its renderer knows of it (a PDF's pages, a deck's notes), so that the build
    never reads its own output back to count them."""

    data: bytes
    facts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Stored:
    """A file already made (staged, or in dist/) with its facts, read only when asked: what a course-wide
    file is assembled from when its parts are too many to hold at once."""

    path: Path
    facts: Mapping[str, int] = field(default_factory=dict)

    @property
    def data(self) -> bytes:
        """The file's bytes, read now."""
        return self.path.read_bytes()


@dataclass(frozen=True)
class Streamed:
    """A file written as it is made, straight to where it is staged: one too large to hold (a course-wide PDF
    of a thousand documents is hundreds of MB). `write` writes it to a binary stream and returns its facts."""

    write: Callable[[BinaryIO], Mapping[str, int]]


@dataclass(frozen=True)
class Placed:
    """A file written by a worker process to the place staged for it (Staging.reserve), with its SHA-256, size
    and facts: one too large to send back (a course-wide PDF of a thousand documents is hundreds of MB)."""

    path: Path
    sha256: str
    size: int
    facts: Mapping[str, int] = field(default_factory=dict)


# what a renderer returns for one file: its bytes, its bytes and their facts, a writer of it (in this process)
# or where a worker wrote it
Rendered = bytes | Made | Streamed | Placed
Files = Mapping[str, Rendered]  # what a renderer returns: path under dist/ → the file
# a piece of rendering a worker process can do: a module-level function and the picklable data it is given
Job = tuple[Callable[[Any, Any], Files], Any]


def made_of(value: Rendered) -> Made:
    """A rendered file in memory with its facts (none when its renderer gave only bytes; a streamed one written
    to memory: for tests and tools, a build stages it as it is written)."""
    if isinstance(value, Made):
        return value
    if isinstance(value, Streamed):
        out = io.BytesIO()
        facts = value.write(out)
        return Made(out.getvalue(), facts)
    if isinstance(value, Placed):
        return Made(value.path.read_bytes(), value.facts)
    return Made(value)


def rendered_bytes(value: Rendered) -> bytes:
    """The bytes of a rendered file."""
    return made_of(value).data


class Hashed:
    """A binary stream writing through to a file, hashing and counting what passes (a streamed file's record)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        """Write through, hashing."""
        self.hash.update(data)
        self.size += len(data)
        return self.out.write(data)

    def tell(self) -> int:
        """Where the next byte goes."""
        return self.size


def write_placed(path: Path, write: Callable[[BinaryIO], Mapping[str, int]]) -> Placed:
    """A streamed file's writer run into `path` (a reserved file, see Staging.reserve), hashed as it writes."""
    with path.open("wb") as file:
        out = Hashed(file)
        facts = write(cast(BinaryIO, out))  # a stream that writes and tells: all a streamed file's writer uses
    return Placed(path, out.hash.hexdigest(), out.size, facts)


@functools.cache
def file_mode() -> int:
    """The mode a new file gets in this process (0o666 less the umask), read once."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


class Staging:
    """Files written under temporary names now and renamed into place together by commit().

    A build that fails or is killed before commit() leaves every previous output untouched; the stray
    temporary files of a killed build are swept by the next one (sweep_temporary_files).
    """

    def __init__(self, dist: Path) -> None:
        self.dist = dist
        self._pending: dict[str, Path] = {}
        self._reserved: set[Path] = set()  # temporary files given to other processes to write, not yet kept

    def stage(self, rel: str, data: bytes) -> None:
        """Write `data` to a temporary file beside dist/rel, unless dist/rel already holds it."""
        target = checked_path(self.dist, rel)
        if same_bytes(target, data):
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, file_mode())  # mkstemp makes it private; an output is as readable as any file made here
        self.discard_one(rel)
        self._pending[rel] = Path(tmp)

    def stage_stream(
        self, rel: str, write: Callable[[BinaryIO], Mapping[str, int]]
    ) -> tuple[str, int, Mapping[str, int]]:
        """Write a file straight to a temporary file beside dist/rel; its SHA-256, size and facts. Kept only
        when dist/rel does not hold it already (as stage() keeps only bytes that differ)."""
        tmp = self.reserve(rel)
        try:
            placed = write_placed(tmp, write)
        except BaseException:
            self._reserved.discard(tmp)
            tmp.unlink(missing_ok=True)
            raise
        self.adopt(rel, placed)
        return placed.sha256, placed.size, placed.facts

    def reserve(self, rel: str) -> Path:
        """A new temporary file beside dist/rel for dist/rel to be written to, here or by another process;
        kept by adopt(), else deleted with the staged files by discard()."""
        target = checked_path(self.dist, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
        os.close(fd)
        self._reserved.add(Path(tmp))
        return Path(tmp)

    def adopt(self, rel: str, placed: Placed) -> None:
        """A reserved file as written, staged for dist/rel: kept only when dist/rel does not hold it already."""
        self._reserved.discard(placed.path)
        if same_file(checked_path(self.dist, rel), placed.sha256, placed.size):
            placed.path.unlink()
            return
        os.chmod(placed.path, file_mode())  # mkstemp makes it private; an output is as readable as any file made here
        self.discard_one(rel)
        self._pending[rel] = placed.path

    def read(self, rel: str) -> bytes:
        """The bytes dist/rel will hold once committed: the staged file's, else the one in place."""
        return self.path(rel).read_bytes()

    def path(self, rel: str) -> Path:
        """Where the file dist/rel will hold once committed is now: the staged file, else the one in place."""
        return self._pending.get(rel) or checked_path(self.dist, rel)

    def discard_one(self, rel: str) -> None:
        """Forget a staged file (a later renderer staged the same path again)."""
        old = self._pending.pop(rel, None)
        if old is not None:
            old.unlink(missing_ok=True)

    def commit(self) -> list[str]:
        """Rename every staged file into place, in sorted order; return their relative paths."""
        for rel in sorted(self._pending):
            os.replace(self._pending[rel], checked_path(self.dist, rel))
        written = sorted(self._pending)
        self._pending.clear()
        return written

    def discard(self) -> None:
        """Delete every staged file: the build failed and dist/ keeps its previous outputs."""
        for rel in list(self._pending):
            self.discard_one(rel)
        for reserved in self._reserved:
            reserved.unlink(missing_ok=True)
        self._reserved.clear()


def write_atomically(dist: Path, files: dict[str, bytes]) -> list[str]:
    """Stage `files` and rename them into place; return the ones that changed."""
    staging = Staging(dist)
    try:
        for rel, data in files.items():
            staging.stage(rel, data)
        return staging.commit()
    except BaseException:
        staging.discard()
        raise


def write_whole(path: Path, data: bytes) -> None:
    """A file of the build's own (its cache) written whole or not at all: to a temporary name beside it, then
    renamed over it. Without what an output's staging checks (its bytes there already, its mode): a thousand
    documents' build keeps 6,000 such files, at half the cost. The temporary name is this process's and
    thread's, so builds' workers and threads never write the same one; a killed build's is swept."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}{TEMP_SUFFIX}")
    try:
        temporary.write_bytes(data)
    except FileNotFoundError:  # the cache's folder of this kind is made on the first file kept in it
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def sweep_temporary_files(dist: Path) -> None:
    """Delete temporary files a killed build left behind (only ours, recognised by their suffix)."""
    for stray in dist.rglob(f".*{TEMP_SUFFIX}"):
        stray.unlink(missing_ok=True)


def remove_outputs(dist: Path, rels: Iterable[str]) -> list[str]:
    """Delete outputs an earlier build wrote and this one no longer makes; prune emptied folders."""
    removed: list[str] = []
    for rel in sorted(rels):
        target = checked_path(dist, rel)
        if target.is_file():
            target.unlink()
            removed.append(rel)
            prune_empty_parents(dist, target.parent)
    return removed


def prune_empty_parents(dist: Path, folder: Path) -> None:
    """Remove `folder` and its parents up to dist/ while they are empty."""
    while folder != dist and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def remove_tree(path: Path) -> None:
    """Delete a folder of ours (the cache) if it exists."""
    shutil.rmtree(path, ignore_errors=True)
