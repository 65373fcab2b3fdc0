"""study.concurrency: the same results in input order in-process, in every kind of pool, on Dask.

The tasks here are made up and tiny; what is checked is how they travel: a module-level function and
picklable data, never module globals, in chunks, through one pool that serves several maps.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from study import concurrency
from study.cli import main
from study.concurrency import (
    START_METHOD_ENV,
    DaskExecutor,
    InProcess,
    LocalPool,
    chunk_size,
    chunked,
    inside_task,
    open_executor,
)
from study.errors import StudyError

METHODS = [m for m in ("spawn", "forkserver", "fork") if m in multiprocessing.get_all_start_methods()]
ITEMS = list(range(40))  # more than MIN_TASKS, so that a pool really runs them
PARENT_STATE: dict[str, str] = {}  # set by a test at run time: a spawned worker never sees it


def scaled(context: dict[str, int], item: int) -> tuple[int, int]:
    """A made-up task: the item times the context's factor, and the process that worked it out."""
    return context["factor"] * item, os.getpid()


def through_global(context: object, item: int) -> str | None:
    """A task that wrongly relies on a module global set in the parent at run time."""
    return PARENT_STATE.get("secret")


def slow(context: float, item: int) -> int:
    """A task that takes a little while, so that every worker gets some of the items."""
    time.sleep(context)
    return os.getpid()


def failing(context: int, item: int) -> int:
    """A task that fails on one item."""
    if item == context:
        raise ValueError(f"item {item} is bad")
    return item


def dies(context: int, item: int) -> int:
    """A task whose process ends abruptly on one item, as when the system kills a worker that ran out of memory."""
    if item == context:
        os._exit(3)
    return item


def nested(context: int, item: int) -> str:
    """A task that tries to open a pool of its own: it must get an in-process executor."""
    with open_executor(None, context) as inner:
        assert [result for result, _ in inner.map(scaled, {"factor": 2}, range(10))] == list(range(0, 20, 2))
        return type(inner).__name__


class Counted:
    """A context that counts how often it is pickled (in the parent) and marks each copy a worker unpickles."""

    pickled = 0

    def __init__(self) -> None:
        self.copy = "original"

    def __getstate__(self) -> dict[str, str]:
        Counted.pickled += 1
        return {}

    def __setstate__(self, state: dict[str, str]) -> None:
        self.copy = uuid.uuid4().hex


def copy_of(context: Counted, item: int) -> str:
    """A task that says which unpickled copy of the context it was given."""
    return context.copy


def expected(factor: int = 3) -> list[int]:
    return [factor * item for item in ITEMS]


@pytest.mark.parametrize("spec", ["serial", *(f"local:{m}" for m in METHODS)])
def test_results_come_in_input_order_under_every_executor(spec: str) -> None:
    with open_executor(spec, 2) as executor:
        results = list(executor.map(scaled, {"factor": 3}, ITEMS))
    assert [value for value, _ in results] == expected()
    pids = {pid for _, pid in results}
    if spec == "serial":
        assert pids == {os.getpid()}
    else:
        assert os.getpid() not in pids, "the pool ran the tasks in this process"


@pytest.mark.parametrize("method", [m for m in METHODS if m != "fork"])
def test_context_reaches_workers_as_an_argument_not_a_global(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PARENT_STATE, "secret", "only in the parent")
    with LocalPool(2, method) as executor:
        assert set(executor.map(through_global, None, ITEMS)) == {None}  # really started afresh, not forked
        assert [value for value, _ in executor.map(scaled, {"factor": 5}, ITEMS)] == expected(5)


def test_the_context_is_pickled_once_per_map_and_unpickled_once_per_chunk() -> None:
    Counted.pickled = 0
    items = list(range(64))
    with LocalPool(2, "spawn") as executor:
        copies = list(executor.map(copy_of, Counted(), items))
    assert Counted.pickled == 1
    size = chunk_size(len(items), 2)
    assert size == 4
    chunks = [set(copies[start : start + size]) for start in range(0, len(items), size)]
    assert all(len(copy) == 1 for copy in chunks), "a chunk used more than one copy of the context"
    assert len(set(copies)) == len(chunks) == 16


def test_chunk_sizes() -> None:
    assert chunk_size(1000, 2) == 62
    assert chunk_size(5, 4) == 1
    assert chunk_size(10, 0) == 1
    assert [list(chunk) for chunk in chunked([1, 2, 3, 4, 5], 2)] == [[1, 2], [3, 4], [5]]


def test_one_pool_serves_every_map_until_the_block_ends() -> None:
    with LocalPool(2, "forkserver" if "forkserver" in METHODS else "spawn") as executor:
        first = list(executor.map(slow, 0.005, range(32)))
        pool = executor.pool
        second = list(executor.map(slow, 0.005, range(32)))
        assert executor.pool is pool is not None
    assert executor.pool is None  # shut down on exit
    assert len(set(first + second)) <= 2, "a second pool was started"


def test_small_batches_and_one_job_run_in_this_process() -> None:
    with LocalPool(2, "spawn") as executor:
        assert {pid for _, pid in executor.map(scaled, {"factor": 1}, range(7))} == {os.getpid()}
        assert executor.pool is None, "a pool was started for seven items"
    with open_executor(None, 1) as executor:
        assert isinstance(executor, InProcess)
    with open_executor("local:spawn", 1) as executor:
        assert isinstance(executor, InProcess)


def test_a_map_worth_workers_only_once_started_waits_for_a_pool_started_by_another() -> None:
    # tasks a new worker must first import much for ask more items to start workers for than to use them
    with LocalPool(2, "spawn") as executor:
        assert {pid for _, pid in executor.map(scaled, {"factor": 1}, range(10), min_tasks=24)} == {os.getpid()}
        assert executor.pool is None, "a pool was started for ten such items"
        list(executor.map(scaled, {"factor": 1}, range(40)))  # the first pass, say, starts the workers
        pids = {pid for _, pid in executor.map(scaled, {"factor": 1}, range(10), min_tasks=24)}
        assert os.getpid() not in pids  # ten items, worth it to workers already running
        assert {pid for _, pid in executor.map(scaled, {"factor": 1}, range(3), min_tasks=24)} == {os.getpid()}


@pytest.mark.parametrize("spec", ["serial", "local:spawn"])
def test_a_task_never_starts_a_pool_of_its_own(spec: str) -> None:
    with open_executor(spec, 2) as executor:
        assert set(executor.map(nested, 2, range(8))) == {"InProcess"}
    assert not inside_task()


def test_a_failing_task_fails_the_map_with_its_own_error() -> None:
    with LocalPool(2, "spawn") as executor, pytest.raises(ValueError, match="item 13 is bad"):
        list(executor.map(failing, 13, ITEMS))


def test_a_worker_that_dies_is_one_line() -> None:
    with LocalPool(2, "spawn") as executor, pytest.raises(StudyError) as error:
        list(executor.map(dies, 13, ITEMS))
    assert one_line(error) == "a worker process stopped unexpectedly (out of memory?): try a smaller --jobs"


def test_the_start_method_comes_from_the_argument_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(START_METHOD_ENV, "spawn")
    assert LocalPool(2).start_method == "spawn"
    assert LocalPool(2, METHODS[-1]).start_method == METHODS[-1]
    monkeypatch.delenv(START_METHOD_ENV)
    assert LocalPool(2).start_method in ("forkserver", "spawn")
    monkeypatch.setenv(START_METHOD_ENV, "vfork")
    with pytest.raises(StudyError, match="unknown process start method 'vfork'"):
        LocalPool(2)


def one_line(error: pytest.ExceptionInfo[StudyError]) -> str:
    """The error's message, checked to be one line."""
    message = error.value.format_message()
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("threads", "--executor: unknown executor 'threads': use local, local:spawn"),
        ("local:vfork", "--executor: unknown process start method 'vfork'"),
        ("dask://", "--executor: 'dask://' is not a scheduler address: use dask://HOST:PORT"),
        ("dask://localhost", "--executor: 'dask://localhost' is not a scheduler address"),
        ("dask://tls://host:port", "--executor: 'dask://tls://host:port' is not a scheduler address"),
    ],
)
def test_a_spec_it_cannot_use_is_one_line(spec: str, says: str) -> None:
    with pytest.raises(StudyError) as error, open_executor(spec, 2):
        pass
    assert says in one_line(error)


def test_without_the_dask_package_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    with pytest.raises(StudyError) as error, open_executor("dask://127.0.0.1:8786", None):
        pass
    assert one_line(error) == "--executor: the Dask client is not installed: pip install 'study[dask]'"


def test_an_unreachable_scheduler_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concurrency, "DASK_CONNECT_TIMEOUT_S", 0.5)
    with pytest.raises(StudyError) as error, open_executor("dask://127.0.0.1:1", None):
        pass
    message = one_line(error)
    assert message.startswith("--executor: cannot reach the Dask scheduler: ")
    assert "tcp://127.0.0.1:1" in message and "dask scheduler" in message


def test_the_build_command_takes_an_executor() -> None:
    result = CliRunner().invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    assert "--executor" in result.output and "dask://host:port" in result.output


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a Dask LocalCluster of two worker processes, shared by this module's Dask tests."""
    distributed = pytest.importorskip("distributed")
    cluster: Any = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster:
        yield cluster.scheduler_address


def test_a_dask_cluster_gives_the_same_results_in_order(scheduler: str) -> None:
    with open_executor("dask://" + scheduler, None) as executor:
        assert isinstance(executor, DaskExecutor) and executor.workers == 2
        results = list(executor.map(scaled, {"factor": 3}, ITEMS))
        assert [value for value, _ in results] == expected()
        assert os.getpid() not in {pid for _, pid in results}
        assert set(executor.map(through_global, None, range(3))) == {None}  # a few items still go to the cluster
        assert set(executor.map(nested, 2, range(8))) == {"InProcess"}
        assert list(executor.map(scaled, {"factor": 3}, [])) == []


def test_items_that_look_like_dask_tasks_are_passed_as_data(scheduler: str) -> None:
    items = [(scaled, 1), (len, "abc")]  # a tuple led by a function is a task to Dask's graph
    with open_executor("dask://" + scheduler, None) as executor:
        assert list(executor.map(first_of, None, items)) == ["scaled", "len"]


def first_of(context: None, item: tuple[Any, ...]) -> str:
    """A task that names the function an item starts with."""
    return str(item[0].__name__)


def mark_ready(folder: str) -> None:
    """A made-up warmer: leaves a file named after the worker that ran it."""
    with open(os.path.join(folder, str(os.getpid())), "w", encoding="utf-8") as out:
        out.write("ready")


def broken_warmer(context: object) -> None:
    """A warmer that fails: only a head start, so the worker goes on."""
    raise OSError("no fonts here")


def test_warmed_workers_run_the_warmers_before_any_task(tmp_path: Any) -> None:
    with LocalPool(2, "forkserver" if "forkserver" in METHODS else METHODS[0]) as pool:
        pool.warm([(broken_warmer, None), (mark_ready, str(tmp_path))])
        assert pool.warming is not None
        pool.warming.join()
        deadline = time.monotonic() + 60
        while not list(tmp_path.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        ready = {int(path.name) for path in tmp_path.iterdir()}
        assert ready  # the warmer after the broken one still ran
        pids = {pid for _, pid in pool.map(slow_scaled, 0.05, ITEMS)}
        assert ready & pids  # the workers that run the tasks are the warmed ones


def slow_scaled(context: float, item: int) -> tuple[int, int]:
    """A task that takes a little while, with the process it ran in."""
    time.sleep(context)
    return item, os.getpid()


def interrupts_ignored(context: None, item: int) -> bool:
    """In a worker: whether Ctrl-C passes it by."""
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def calmed(context: None, item: int) -> bool:
    """In a worker: whether its fork server had imported study.calm before anything else."""
    return "study.calm" in sys.modules


@pytest.mark.parametrize("method", METHODS)
def test_workers_leave_ctrl_c_to_the_build(method: str) -> None:
    """A Ctrl-C in a terminal reaches every process: the workers (and a fork server) ignore it, and the
    build's process stops the pool and says so in one line, where each had printed a traceback."""
    with LocalPool(2, method, min_tasks=1) as executor:
        assert list(executor.map(interrupts_ignored, None, [1, 2])) == [True, True]
        if method == "forkserver":  # the server itself, importing WeasyPrint, ignored it too
            assert list(executor.map(calmed, None, [1, 2])) == [True, True]
    assert signal.getsignal(signal.SIGINT) != signal.SIG_IGN  # this process still stops on Ctrl-C
