"""Course settings from sources/course.toml: all optional, validated, every error reported at once."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
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
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML ({exc})", where=str(path)) from None
    problems = _problems(raw)
    if problems:
        raise ConfigError("; ".join(problems), where=str(path))
    # the values were checked by _problems above: each has its field's type
    values: dict[str, Any] = {k: tuple(v) if k == "outputs" else v for k, v in raw.items()}
    return Settings(**values)


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


def discover(sources: Path) -> list[Path]:
    """The source documents of a course, in document order (sorted by file name)."""
    if sources.is_file():
        raise StudyError("is a file, not a folder of sources (give the folder it is in)", where=str(sources))
    if not sources.is_dir():
        raise StudyError("no such folder of sources", where=str(sources))
    # a link whose file is gone is a source too: the build says it cannot read it, not nothing
    found = [
        p
        for p in files_under(sources)  # in name order, folder by folder
        if (p.is_file() or (p.is_symlink() and not p.exists()))
        and p.suffix.lower() in (*SOURCE_SUFFIXES, *OFFICE_SUFFIXES)
        and not p.name.startswith(NOT_DOCUMENTS)
    ]
    found = [p for p in found if not saved_again(p, found)]
    if not found:
        raise StudyError(f"no source documents ({', '.join(SOURCE_SUFFIXES)})", where=str(sources))
    return found


# folders of a course that hold no documents of it: its own templates (see render/sheets), and a built course put
# inside it (dist/ with its .cache: the tool's own outputs)
NOT_DOCUMENT_FOLDERS = frozenset({"templates"})
BUILT_MARK = ".cache"


def files_under(folder: Path, seen: frozenset[Path] = frozenset()) -> list[Path]:
    """Every file in a folder and in the folders inside it (a course sorted by week: sources/第一周/…), in name
    order, but hidden ones, the course's templates and a built course; a linked folder is followed, but not one
    that holds a folder already read (a link to the folder it is in would never end)."""
    seen = seen | {folder.resolve()}
    found: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:  # a folder that cannot be listed is the user's to fix: named, in one line
        raise StudyError(f"cannot list this folder of sources ({exc.strerror or exc})", where=str(folder)) from None
    for entry in entries:
        if not entry.is_dir():
            found.append(entry)
        elif holds_documents(entry) and not any(done.is_relative_to(entry.resolve()) for done in seen):
            found += files_under(entry, seen=seen)
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
