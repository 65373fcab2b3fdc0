"""The seed course built in this process, through a spawn pool and on a Dask cluster: the same bytes.

Until study.build.build takes the `executor` keyword (issue 13 item 4, the orchestrator's refactor) these
tests are reported as expected failures and not run; once it does, the mark lifts itself and they run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from study import concurrency
from study.build import build
from study.cli import main
from study.concurrency import START_METHOD_ENV, DaskExecutor, LocalPool

from .conftest import SEEDS, quiet_build, snapshot

Snapshot = dict[str, bytes]


@pytest.fixture(scope="module")
def in_process(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The seed course built with --jobs 1: every output file and its bytes."""
    dist = tmp_path_factory.mktemp("serial") / "dist"
    report = quiet_build(SEEDS, dist, jobs=1)
    assert report.ok, report.failures
    return snapshot(dist)


def spied(monkeypatch: pytest.MonkeyPatch, cls: type, name: str, seen: list[Any]) -> None:
    """Record in `seen` what each call of cls.name was given, then do what it does."""
    original: Callable[..., Any] = getattr(cls, name)

    def spy(self: Any, *args: Any, **options: Any) -> Any:
        seen.append((self, *args))
        return original(self, *args, **options)

    monkeypatch.setattr(cls, name, spy)


def differences(got: Snapshot, wanted: Snapshot) -> list[str]:
    """The files that are missing, extra or not byte-identical."""
    return sorted(name for name in got.keys() | wanted.keys() if got.get(name) != wanted.get(name))


@pytest.mark.parametrize("method", ["spawn", "forkserver", "fork"])
def test_a_pool_builds_the_same_bytes_however_its_workers_start(
    method: str, in_process: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(START_METHOD_ENV, method)
    monkeypatch.setattr(concurrency, "MIN_TASKS", 1)  # five seeds: send them to the workers all the same
    started: list[Any] = []
    spied(monkeypatch, LocalPool, "started", started)
    report = quiet_build(SEEDS, tmp_path / "dist", jobs=2)
    assert report.ok, report.failures
    assert started and {pool.start_method for pool, _ in started} == {method}, f"no {method} pool ran"
    assert differences(snapshot(tmp_path / "dist"), in_process) == []


@pytest.fixture
def scheduler() -> Iterator[str]:
    """The address of a Dask LocalCluster of two worker processes."""
    distributed = pytest.importorskip("distributed")
    cluster: Any = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster:
        yield cluster.scheduler_address


def test_a_dask_cluster_builds_the_same_bytes(in_process: Snapshot, tmp_path: Path, scheduler: str) -> None:
    sent: list[tuple[Any, Callable[..., Any], Any, Iterable[Any]]] = []
    with pytest.MonkeyPatch.context() as patch:
        spied(patch, DaskExecutor, "map", sent)
        report = build(SEEDS, tmp_path / "dist", lambda line: None, jobs=2, executor="dask://" + scheduler)
    assert report.ok, report.failures
    assert sent, "nothing ran on the cluster"
    assert differences(snapshot(tmp_path / "dist"), in_process) == []


def test_an_unreachable_scheduler_is_one_line_and_exit_status_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concurrency, "DASK_CONNECT_TIMEOUT_S", 0.5)
    command = ["build", "--sources", str(SEEDS), "--dist", str(tmp_path / "dist"), "--executor", "dask://127.0.0.1:1"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "--executor: cannot reach the Dask scheduler" in result.output
