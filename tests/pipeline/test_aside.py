"""Units made aside: in a thread of the build while the others render, kept in the build's own thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from study.cache import BuildCache, OutputRecord
from study.concurrency import InProcess
from study.config import Settings
from study.output import Files, Staging
from study.units import Aside, RenderUnit, run_units


def unit(name: str, make: object, aside: bool = False) -> RenderUnit:
    """A course-wide unit named `name` that makes its files with `make`."""
    return RenderUnit(name, f"key-{name}", make, aside=aside)  # type: ignore[arg-type]


def run(units: list[RenderUnit], dist: Path, aside: Aside) -> tuple[list[str], dict[str, OutputRecord], Staging]:
    """The units run as a build's render stage runs them: the ids yielded, the records and the staging."""
    cache, staging, records = BuildCache(dist), Staging(dist), {}
    seen = [u.unit_id for u, ran in run_units(units, Settings(), cache, staging, records, InProcess(), aside) if ran]
    seen += [u.unit_id for u, _ in aside.finished(cache, staging, records)]
    return seen, records, staging


def test_an_aside_unit_is_made_while_the_others_render(tmp_path: Path) -> None:
    started, others_done = threading.Event(), threading.Event()
    threads: list[str] = []

    def deck() -> Files:
        threads.append(threading.current_thread().name)
        started.set()
        assert others_done.wait(10)  # the unit after it rendered meanwhile
        return {"deck.apkg": b"deck"}

    def pages() -> Files:
        assert started.wait(10)
        others_done.set()
        return {"page.html": b"page"}

    with Aside() as aside:
        seen, records, staging = run([unit("anki", deck, aside=True), unit("html", pages)], tmp_path, aside)
    assert seen == ["html", "anki"] and threads and threads[0] != threading.current_thread().name
    assert set(records) == {"deck.apkg", "page.html"}
    staging.commit()
    assert (tmp_path / "deck.apkg").read_bytes() == b"deck"


def test_without_aside_every_unit_is_made_in_order_here(tmp_path: Path) -> None:
    made: list[str] = []

    def maker(name: str) -> object:
        return lambda: made.append(threading.current_thread().name) or {f"{name}.txt": name.encode()}

    cache, staging, records = BuildCache(tmp_path), Staging(tmp_path), {}
    units = [unit("anki", maker("anki"), aside=True), unit("html", maker("html"))]
    ran = [u.unit_id for u, _ in run_units(units, Settings(), cache, staging, records, InProcess())]
    assert ran == ["anki", "html"] and set(made) == {threading.current_thread().name}


def test_an_error_made_aside_is_raised_in_the_build(tmp_path: Path) -> None:
    def failing() -> Files:
        raise ValueError("deck failed")

    with pytest.raises(ValueError, match="deck failed"), Aside() as aside:
        run([unit("anki", failing, aside=True)], tmp_path, aside)
