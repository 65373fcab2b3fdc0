"""Fixtures for build tests: temporary courses made from the seed documents, and snapshots of dist/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from study.build import BuildReport, build

SEEDS = Path(__file__).resolve().parents[2] / "sources"
# the quick outputs: build tests that are about the orchestrator, not the renderers, use only these
QUICK = 'outputs = ["outline", "index"]\n'

MakeCourse = Callable[..., Path]


def seed_paths() -> list[Path]:
    """The seed documents, in order."""
    return sorted(SEEDS.glob("*.txt"))


def copy_seeds(folder: Path) -> None:
    """Writable copies of the seed documents in `folder` (the seeds are read-only)."""
    for path in seed_paths():
        (folder / path.name).write_bytes(path.read_bytes())


def snapshot(dist: Path) -> dict[str, bytes]:
    """Every output file of a dist/ folder with its bytes (not hidden ones: cache, lock, temporary files)."""
    return {
        p.relative_to(dist).as_posix(): p.read_bytes()
        for p in sorted(dist.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(dist).parts)
    }


def quiet_build(sources: Path, dist: Path, **options: object) -> BuildReport:
    """Build without printing notices."""
    return build(sources, dist, lambda line: None, **options)  # type: ignore[arg-type]


@pytest.fixture
def make_course(tmp_path: Path) -> MakeCourse:
    """Make a sources/ folder: the seeds (or none), extra files, and an optional course.toml."""

    def make(
        name: str = "sources", seeds: bool = True, toml: str | None = QUICK, files: dict[str, bytes] | None = None
    ) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        if seeds:
            copy_seeds(folder)
        for file_name, data in (files or {}).items():
            (folder / file_name).write_bytes(data)
        if toml is not None:
            (folder / "course.toml").write_text(toml, encoding="utf-8")
        return folder

    return make


@pytest.fixture(scope="session")
def full_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    """The seeds built once with every output (shared: a full build is the slowest thing here)."""
    root = tmp_path_factory.mktemp("full")
    sources = root / "sources"
    sources.mkdir()
    copy_seeds(sources)
    dist = root / "dist"
    return sources, dist, quiet_build(sources, dist)
