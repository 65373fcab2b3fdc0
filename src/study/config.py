"""Course settings from sources/course.toml: all optional, validated, every error reported at once."""

from __future__ import annotations

import functools
import itertools
import json
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from study.errors import ConfigError, StudyError

OUTPUTS = ("outline", "anki", "pdf", "html", "index")
SCRIPTS = ("original", "simplified", "traditional")
PAPERS = ("A4", "A5", "B5", "Letter")


@dataclass(frozen=True)
class Settings:
    """The course settings; every field has a default so a course needs no settings file."""

    title: str = "学习课程"
    script: str = "original"  # output script: each document's own, or all simplified / traditional
    outputs: tuple[str, ...] = OUTPUTS
    difficulty: int = 2  # 1 (few blanks) … 3 (many blanks)
    paper: str = "A4"
    font: str | None = None  # a font family name installed on the machine, e.g. "Noto Serif CJK SC"


def load_settings(sources: Path) -> Settings:
    """Read sources/course.toml if present; raise ConfigError naming every bad key."""
    path = sources / "course.toml"
    if not path.exists():
        return Settings()
    try:
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", where=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        unquoted = unquoted_texts(text)
        raise ConfigError(
            "; ".join(unquoted) + " (not valid TOML)" if unquoted else f"not valid TOML ({exc})", where=str(path)
        ) from None
    problems = _problems(raw)
    if problems:
        raise ConfigError("; ".join(problems), where=str(path))
    # the values were checked by _problems above: each has its field's type
    values: dict[str, Any] = {k: tuple(v) if k == "outputs" else v for k, v in raw.items()}
    return Settings(**values)


# a settings line `key = value`: what a teacher writes (title = 形势与政策), whose value TOML may refuse
SETTING_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*(?:#.*)?$")  # a comment after it is no part of it
VALUE_OPENERS = "\"'[{"  # a value that opens a string, list or table is quoted already: its own mistake is TOML's


def unquoted_texts(text: str) -> list[str]:
    """A line each for the settings whose value is text without its quotes, saying how to write it."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        matched = SETTING_LINE.match(line)
        if not matched or not matched[2] or matched[2][0] in VALUE_OPENERS or is_value(matched[2]):
            continue
        key, value = matched[1], matched[2]
        found.append(f"line {number}: text values need quotes: {key} = {json.dumps(value, ensure_ascii=False)}")
    return found


def is_value(value: str) -> bool:
    """True when TOML reads this as a value (a number, true, a date, …)."""
    try:
        tomllib.loads(f"v = {value}")
    except tomllib.TOMLDecodeError:
        return False
    return True


def _problems(raw: dict[str, object]) -> list[str]:
    """Every problem with the raw settings, each naming its key."""
    known = {f.name for f in fields(Settings)}
    problems = [f"unknown key '{k}' (known: {', '.join(sorted(known))})" for k in raw if k not in known]
    checks: dict[str, Callable[[object], bool]] = {
        "title": lambda v: isinstance(v, str) and v.strip() != "",
        "script": lambda v: v in SCRIPTS,
        "outputs": lambda v: isinstance(v, list) and all(o in OUTPUTS for o in v),
        "difficulty": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 3,
        "paper": lambda v: v in PAPERS,
        "font": lambda v: isinstance(v, str) and v.strip() != "",
    }
    hints = {
        "title": "a non-empty string",
        "script": " | ".join(SCRIPTS),
        "outputs": "a list of " + ", ".join(OUTPUTS),
        "difficulty": "1, 2 or 3",
        "paper": " | ".join(PAPERS),
        "font": "a font family name",
    }
    for key, ok in checks.items():
        if key in raw and not ok(raw[key]):
            problems.append(f"'{key}' must be {hints[key]}, not {raw[key]!r}")
    return problems


# a course folder's documents: every file with one of these suffixes (what each is comes from its content)
SOURCE_SUFFIXES = (".txt", ".text", ".htm", ".html", ".mhtml", ".mht", ".md", ".markdown", ".docx", ".pdf", ".doc")
# documents of an office's kind the readers cannot read (or only by LibreOffice, as a .doc): sources all the same,
# so that one meant as a document gets its line saying what to do, not silence (WPS Office's own .wps is the
# files' usual kind in Chinese offices)
OFFICE_SUFFIXES = (".wps", ".rtf", ".odt")


# names an editor or a system gives files beside a document, never documents: Word's lock file of an open
# document (~$…), hidden files (a Mac's ._ copy of a file's attributes, an editor's .swp)
NOT_DOCUMENTS = ("~$", ".")


def discover(sources: Path, unlisted: dict[Path, str] | None = None) -> list[Path]:
    """The source documents of a course, in document order (sorted by file name). `unlisted`: where a folder
    inside sources/ that cannot be listed (its permissions) goes, with its one line, while the others' documents
    are found; without it, such a folder stops the search with that line."""
    if sources.is_file():
        raise StudyError("is a file, not a folder of sources (give the folder it is in)", where=str(sources))
    if not sources.is_dir():
        raise StudyError("no such folder of sources", where=str(sources))
    unreadable: dict[Path, str] = {}
    # a link whose file is gone is a source too: the build says it cannot read it, not nothing
    found = [
        p
        for p in files_under(sources, unlisted=unreadable)  # in name order, folder by folder
        if (p.is_file() or (p.is_symlink() and not p.exists()))
        and p.suffix.lower() in (*SOURCE_SUFFIXES, *OFFICE_SUFFIXES)
        and not p.name.startswith(NOT_DOCUMENTS)
    ]
    found = [p for p in found if not saved_again(p, found)]
    if unreadable and (unlisted is None or not found):  # nothing else to build: the folder's line is the error
        raise StudyError(next(iter(unreadable.values())))
    if not found:
        raise StudyError(f"no source documents ({', '.join(SOURCE_SUFFIXES)})", where=str(sources))
    if unlisted is not None:
        unlisted.update(unreadable)
    return found


def held_in(found: list[Path], unlisted: Mapping[Path, str], held: Iterable[str]) -> list[Path]:
    """The documents found with those a course held (`held`: the paths of the last build's documents) in folders
    that cannot be listed now, each in its place in the document order: they are kept as they last read, their
    outputs and Anki notes not taken away for a folder's permissions."""
    inside = sorted(Path(p) for p in held if any(Path(p).is_relative_to(folder) for folder in unlisted))
    paths = list(found)
    for path in inside:
        at = next((k for k, other in enumerate(paths) if other.parts > path.parts), len(paths))
        paths.insert(at, path)
    return paths


# folders of a course that hold no documents of it: its own templates (see render/sheets), and a built course put
# inside it (dist/ with its .cache: the tool's own outputs)
NOT_DOCUMENT_FOLDERS = frozenset({"templates"})
BUILT_MARK = ".cache"


def files_under(
    folder: Path, seen: frozenset[Path] = frozenset(), unlisted: dict[Path, str] | None = None
) -> list[Path]:
    """Every file in a folder and in the folders inside it (a course sorted by week: sources/第一周/…), in name
    order, but hidden ones, the course's templates and a built course; a linked folder is followed, but not one
    that holds a folder already read (a link to the folder it is in would never end). A folder inside it that
    cannot be listed goes to `unlisted` with its line (without `unlisted`, or the folder itself: StudyError)."""
    seen = seen | {folder.resolve()}
    found: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:  # a folder that cannot be listed is the user's to fix: named, in one line
        line = f"{folder}: cannot list this folder of sources ({exc.strerror or exc})"
        if unlisted is None or not seen - {folder.resolve()}:
            raise StudyError(line) from None
        unlisted[folder] = line
        return []
    for entry in entries:
        if not entry.is_dir():
            found.append(entry)
        elif holds_documents(entry) and not any(done.is_relative_to(entry.resolve()) for done in seen):
            found += files_under(entry, seen=seen, unlisted=unlisted)
    return found


def holds_documents(folder: Path) -> bool:
    """False for a folder of a course that holds none of its documents (see NOT_DOCUMENT_FOLDERS: a templates/
    beside documents, at any depth, is where their sheets' templates are looked for)."""
    hidden = folder.name.startswith(NOT_DOCUMENTS)
    return not hidden and folder.name not in NOT_DOCUMENT_FOLDERS and not (folder / BUILT_MARK).is_dir()


def saved_again(path: Path, found: list[Path]) -> bool:
    """True for an office file the readers cannot read beside a source of its name that they can: the original
    of the .docx its line said to save (asking again at every build, or two sources of one name)."""
    if path.suffix.lower() not in OFFICE_SUFFIXES:
        return False
    return any(
        other.parent == path.parent and other.stem == path.stem and other.suffix.lower() in SOURCE_SUFFIXES
        for other in found
    )


TAG_UNSAFE = re.compile(r"[\s\"]+")  # what an Anki tag cannot hold: a document's tag (render.anki) writes it as _


def source_names(paths: Sequence[Path], before: Mapping[str, str] | None = None) -> list[str]:
    """Each source's name in the course (its outputs' file names, its Anki tag, its place in the index): its file's
    name without the suffix, unless another source of the course has that name too (讲话.txt in two week folders):
    then one keeps the plain name and the others are named by their folder as well (讲话（第二周）), by the file's
    kind in one folder (讲话（docx）). A name a source had in the last build (`before`, by path) stays its own, so
    adding a second 讲话 renames neither the first nor anything a learner already imported; else, in order, the
    plain name comes first."""
    before = before or {}
    names: dict[int, str] = {}

    def free(name: str) -> bool:  # two names of one Anki tag (名字 有 空格, 名字_有_空格; Talk, talk) are one name
        return tag_form(name) not in {tag_form(other) for other in names.values()}

    for k, path in enumerate(paths):  # the names of the last build, where still a name of the source's
        name = before.get(str(path))
        # (exactly: two names of one tag a course already has keep theirs, and their notes)
        if name is not None and own_name(name, path) and name not in names.values():
            names[k] = name
    for k, path in enumerate(paths):  # the plain names before any other: a file named 讲话（第二周） keeps its own
        if k not in names and free(path.stem):
            names[k] = path.stem
    for k, path in enumerate(paths):
        if k not in names:
            names[k] = next(name for name in name_options(path, paths) if free(name))
    return [names[k] for k in range(len(paths))]


@functools.lru_cache(maxsize=1 << 14)  # a stem or key part recurs on every card of its document
def tag(text: str) -> str:
    """A tag-safe form of a word (Anki tags cannot hold spaces): a document's tag, its page section's id."""
    return TAG_UNSAFE.sub("_", text.strip()) or "_"


def tag_form(name: str) -> str:
    """A document's name as Anki tells its tag apart (tag() writes a space as _, and Anki, like the file systems of
    Windows and macOS its files land on, ignores case): what two documents may not share."""
    return tag(name).casefold()


def own_name(name: str, path: Path) -> bool:
    """True for a name a source may have: its file's stem, alone or with what sets it apart (see name_options)."""
    return name == path.stem or (name.startswith(f"{path.stem}（") and name.endswith("）"))


def name_options(path: Path, paths: Sequence[Path]) -> Iterator[str]:
    """The names a source may have, in order of preference: its file's stem, then the stem with what sets it apart
    from another of that stem (its file's kind in the same folder, its folders from the nearest up), then numbered."""
    stem = path.stem
    yield stem
    others = [other for other in paths if other != path and tag_form(other.stem) == tag_form(stem)]
    if any(other.parent == path.parent and other.stem == stem for other in others):
        yield f"{stem}（{path.suffix.lstrip('.').lower() or '无后缀'}）"

    def folders(of: Path) -> list[str]:
        return [part for part in of.parent.parts if part != of.anchor]

    own = folders(path)
    for n in range(1, len(own) + 1):  # folders that set it apart: not the same as another's (上/第一周, 下/第一周)
        if all(folders(other)[-n:] != own[-n:] for other in others):
            yield f"{stem}（{'／'.join(own[-n:])}）"
    yield from (f"{stem}（{n}）" for n in itertools.count(2))
