"""A rebuild with nothing to do says so without building.

A build that ends well leaves a stamp in dist/.cache/: the key of all it was made of (the code and its
libraries, the settings, the course's templates, every source's bytes and modification time, and what an
output depends on beyond them: the PDFs' font files and printer), every file it left as it left it (size,
modification time, inode), and what it said. While the key and every file are the same, a rebuild would
write nothing and say the same, so `study build` says it again, having imported no more than this check: a
build that loads its whole pipeline to find nothing changed spends most of its time importing it.

A build forgets the stamp before it writes anything, so a build cut off half-way leaves none; anything this
check cannot read or settle means "build".
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from study.cache import CACHE_DIR, code_fingerprint, digest, file_seen, folder_digest
from study.config import Settings, discover, load_settings
from study.errors import StudyError
from study.output import write_whole
from study.summary import Summary

STAMP = "unchanged.json"
STAMP_VERSION = 1
Probe = str  # "module:function", a function of the settings naming what an output depends on beyond its inputs
# what reading the sources or the settings may raise: the stamp is then no use, and the build says why
UNSETTLED = (OSError, StudyError, ValueError)
# the modules whose functions a stamp may name as probes: a stamp is data, and only a renderer's environment
# function is called from it (a stamp of other code, or edited by hand, names nothing else to import)
PROBE_MODULES = ("study.render.",)


@dataclass(frozen=True)
class Stamp:
    """What a build that ended well was made of (its key), the files it left, and what it said."""

    key: str
    code: str  # the code's fingerprint (in the key too): told apart before any probe is asked
    probes: tuple[Probe, ...]  # the outputs' environment, as the key covers it
    # the sources as the build found them (path, size, modification time): a quick look before the key,
    # so that a rebuild after an edit, which builds, spends nothing here on hashing
    sources: tuple[tuple[str | int, ...], ...]  # each: its path, then cache.file_seen's figures
    files: Mapping[str, tuple[int, ...]]  # path under dist/ → size, modification time (ns), inode
    summary: Summary  # what a rebuild that finds it all unchanged says


def probe_of(function: Callable[[Settings], str]) -> Probe:
    """The name a stamp keeps of an output's environment function, to call it again without the renderers."""
    return f"{function.__module__}:{function.__qualname__}"


def inputs_key(
    sources: Path, settings: Settings, paths: Sequence[Path], probes: Sequence[Probe], inputs: str | None = None
) -> str | None:
    """A hash of all a build of `paths` is made of, or None when some of it cannot be read or asked (the
    build finds out what and says so). `inputs`: course_inputs, when the caller has it already."""
    try:
        return unsettled_key(sources, settings, paths, probes, inputs or course_inputs(sources, settings))
    except Exception:  # a shortcut only: what it cannot settle means a build, which says what is wrong
        return None


def unsettled_key(
    sources: Path, settings: Settings, paths: Sequence[Path], probes: Sequence[Probe], inputs: str
) -> str:
    """inputs_key, raising what it meets."""
    parts = [str(STAMP_VERSION), inputs, str(file_seen(sources / "course.toml"))]
    for (name, *seen), path in zip(sources_seen(paths), paths, strict=True):
        parts += [str(name), str(seen), digest(path.read_bytes())]  # its time dates the course
    parts += [part for probe in probes for part in (probe, called(probe, settings))]
    return digest(*parts)


def course_inputs(sources: Path, settings: Settings) -> str:
    """A hash of what every output depends on beyond the documents: code, settings, the course's templates."""
    # a course's own templates: sources/templates, or templates/ beside sources/ (as render.sheets looks)
    templates = [folder_digest(folder / "templates") for folder in (sources, sources.parent)]
    return digest(code_fingerprint(), repr(settings), *templates)


def sources_seen(paths: Sequence[Path]) -> tuple[tuple[str | int, ...], ...]:
    """Each source's path with its size, modification time (ns) and inode (cache.file_seen: none when it
    cannot be looked at)."""
    return tuple((str(path), *file_seen(path)) for path in paths)


def called(probe: Probe, settings: Settings) -> str:
    """What an environment function says now."""
    module, name = probe.split(":", 1)
    if not module.startswith(PROBE_MODULES):
        raise ImportError(f"a stamp's probe outside {PROBE_MODULES}: {probe}")
    function: Callable[[Settings], str] = getattr(importlib.import_module(module), name)
    return function(settings)


def stamp_path(dist: Path) -> Path:
    """Where a dist/ keeps its stamp."""
    return dist / CACHE_DIR / STAMP


def forget(dist: Path) -> None:
    """Drop the stamp: a build is about to change dist/."""
    stamp_path(dist).unlink(missing_ok=True)


def remember(dist: Path, stamp: Stamp) -> None:
    """Leave the stamp of a build that ended well."""
    body = {
        "version": STAMP_VERSION,
        "key": stamp.key,
        "code": stamp.code,
        "probes": list(stamp.probes),
        "sources": [list(seen) for seen in stamp.sources],
        "files": {rel: list(seen) for rel, seen in sorted(stamp.files.items())},
        "summary": stamp.summary.to_json(),
    }
    write_whole(stamp_path(dist), json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def read_stamp(dist: Path) -> Stamp | None:
    """The stamp a build left in dist/, or None (none, unreadable, or of another version)."""
    try:
        body: dict[str, Any] = json.loads(stamp_path(dist).read_bytes())
        if body.get("version") != STAMP_VERSION:
            return None
        files = {str(rel): tuple(int(n) for n in seen) for rel, seen in dict(body["files"]).items()}
        probes = tuple(str(probe) for probe in body["probes"])
        seen: tuple[tuple[str | int, ...], ...] = tuple(
            (str(path), *(int(n) for n in figures)) for path, *figures in body["sources"]
        )
        summary = Summary.from_json(body["summary"])
        return Stamp(str(body["key"]), str(body["code"]), probes, seen, files, summary)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def intact(dist: Path, files: Mapping[str, tuple[int, ...]]) -> bool:
    """True when every file is as the build left it."""
    return all(seen and file_seen(dist / rel) == seen for rel, seen in files.items())


def replay(sources: Path, dist: Path) -> Summary | None:
    """What the build that left dist/ said, when nothing it was made of has changed since; else None."""
    stamp = read_stamp(dist)
    if stamp is None:
        return None
    try:
        paths = discover(sources)
        if sources_seen(paths) != stamp.sources or not intact(dist, stamp.files):
            return None  # an edit: quickly told
        if code_fingerprint() != stamp.code:
            return None  # other code: its probes are not asked
        settings = load_settings(sources)
    except UNSETTLED:
        return None  # the build says what is wrong
    key = inputs_key(sources, settings, paths, stamp.probes)
    return stamp.summary if key is not None and key == stamp.key else None
