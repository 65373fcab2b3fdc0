"""The build and the first-import deck (render/anki: FIRST_IMPORT_SUFFIX): made while the deck carries removed
points, named in the summary's line on them, and gone from dist/ with the build that carries them no more."""

from __future__ import annotations

from pathlib import Path

from study.render.anki import FIRST_IMPORT_SUFFIX

from .conftest import MakeCourse, quiet_build
from .test_deck_parts import DECK_ONLY, drop_paragraph, notes_of
from .test_reuse import add_sentence


def decks(dist: Path) -> dict[str, Path]:
    """The course's decks in dist/: 'main' and, when there is one, 'first'."""
    found = {path.stem: path for path in dist.glob("*.apkg")}
    return {"first" if stem.endswith(FIRST_IMPORT_SUFFIX) else "main": path for stem, path in found.items()}


def test_the_first_import_deck_comes_and_goes_with_the_removed_points(make_course: MakeCourse, tmp_path: Path) -> None:
    sources, dist = make_course(toml=DECK_ONLY), tmp_path / "dist"
    quiet_build(sources, dist, jobs=1)
    assert list(decks(dist)) == ["main"]
    drop_paragraph(sorted(sources.glob("*.txt"))[1], "二要")
    [line] = [note for note in quiet_build(sources, dist, jobs=1).notes if "left the sources" in note]
    found = decks(dist)
    assert f"{found['first'].name} has the deck without them" in line
    assert notes_of(found["first"]) < notes_of(found["main"])  # the live notes only
    add_sentence(sorted(sources.glob("*.txt"))[3], "各地要因地制宜，久久为功。")  # another change: carried no more
    quiet_build(sources, dist, jobs=1)
    assert list(decks(dist)) == ["main"]
