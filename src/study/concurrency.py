"""The one home for processes: run a task over items in this process, a local pool or a Dask cluster.

Every stage that spreads work calls `open_executor(spec, jobs)` and then `executor.map(task, context, items)`.
`task(context, item)` is a module-level function (pickled by reference), `context` and `items` are picklable
data: inputs reach the workers only as arguments, never through module globals, so the same build gives the
same results whether workers are forked, spawned or started by a fork server, or run on another machine.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from contextvars import ContextVar
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar

from study.errors import StudyError


def ignore_interrupts() -> None:
    """In a worker or a fork server: Ctrl-C is for the build's own process, which stops the pool (study.calm)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


__all__ = [
    "MIN_TASKS",
    "START_METHOD_ENV",
    "DaskExecutor",
    "Executor",
    "InProcess",
    "LocalPool",
    "chunk_size",
    "chunked",
    "inside_task",
    "open_executor",
]

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

MIN_TASKS = 8  # below this many items, starting worker processes costs more than it saves
CHUNKS_PER_WORKER = 8  # enough chunks to even out uneven documents, few enough to send the context rarely
START_METHOD_ENV = "STUDY_START_METHOD"  # overrides the default start method (tests run all three)
DASK_PREFIX = "dask://"
DASK_CONNECT_TIMEOUT_S = 10.0
DASK_INSTALL = "pip install 'study[dask]'"
SPECS = "local, local:spawn, local:forkserver, local:fork, serial or dask://HOST:PORT"

# a module-level function a new worker runs before its first task, and what it is given: a head start
Warmer = tuple[Callable[[Any], object], Any]
# true while a task runs: a task that opens an executor gets an in-process one, never a nested pool
_IN_TASK: ContextVar[bool] = ContextVar("study_in_task", default=False)


class Executor(Protocol):
    """Runs `task(context, item)` for every item and yields the results in input order as they finish."""

    @property
    def workers(self) -> int:
        """How many tasks can run at once."""
        ...

    @property
    def local(self) -> bool:
        """Whether its tasks run on this machine, seeing its files (a task may read a path and write one)."""
        ...

    def warm(self, warmers: Sequence[Warmer] = ()) -> None:
        """Start the workers now, so that they import what they need and run the warmers while this process
        works."""
        ...

    def map(
        self, task: Callable[[C, T], R], context: C, items: Iterable[T], min_tasks: int | None = None
    ) -> Iterator[R]:
        """task(context, item) for each item, in input order, each as soon as it and those before it are done.

        `min_tasks`: the fewest items worth starting workers for (default MIN_TASKS; fewer for tasks that
        take seconds each, such as printing a document's sheets; more for tasks a new worker must first
        import much for); workers already running take MIN_TASKS items, or `min_tasks` if fewer."""
        ...


def inside_task() -> bool:
    """True inside a task run by an executor, or in any worker process (where no pool may be started)."""
    return _IN_TASK.get() or multiprocessing.parent_process() is not None


def chunk_size(tasks: int, workers: int) -> int:
    """How many items go to a worker at once: about CHUNKS_PER_WORKER chunks per worker, at least one item."""
    return max(1, tasks // (max(1, workers) * CHUNKS_PER_WORKER))


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """The items cut into consecutive slices of `size` (the last one shorter)."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def warm_up(modules: Sequence[str], warmers: Sequence[Warmer] = ()) -> None:
    """In a new worker: import what its tasks will need (a fork server has them already), and make ready what
    they use first (a printer and its fonts)."""
    for module in modules:
        importlib.import_module(module)
    for ready, given in warmers:
        # only a head start: a task that needs what failed meets the error itself, and reports it
        with contextlib.suppress(Exception):
            ready(given)


def run_chunk(task: Callable[[C, T], R], context: bytes, items: Sequence[T]) -> list[R]:
    """In a worker: the task over one chunk of items, the context unpickled once for the whole chunk."""
    return run_tasks(task, pickle.loads(context), items)


def run_packed(task: Callable[[C, T], R], context: bytes, items: bytes) -> list[R]:
    """On a Dask worker: the task over one chunk of items sent as bytes."""
    return run_chunk(task, context, pickle.loads(items))


def run_tasks(task: Callable[[C, T], R], context: C, items: Iterable[T]) -> list[R]:
    """The task over the items, marked as inside a task so that it cannot start a pool of its own."""
    token = _IN_TASK.set(True)
    try:
        return [task(context, item) for item in items]
    finally:
        _IN_TASK.reset(token)


def ordered(futures: list[Future[list[R]]]) -> Iterator[R]:
    """The chunks' results in input order, each as soon as it is done; what is left is cancelled on exit.

    Each result is let go of once it is handed on: a done future keeps its result, and a map's futures
    are a course's every parse, work or PDF (at a thousand documents, hundreds of MB held to the end)."""
    pending = deque(futures)
    futures.clear()
    try:
        while pending:
            chunk = pending.popleft().result()
            chunk.reverse()
            while chunk:
                yield chunk.pop()
    finally:
        for future in pending:
            future.cancel()


def survived(results: Iterator[R]) -> Iterator[R]:
    """The results; a worker process that died (killed, out of memory) is one line, not a traceback."""
    try:
        yield from results
    except BrokenProcessPool:
        raise StudyError("a worker process stopped unexpectedly (out of memory?): try a smaller --jobs") from None


class InProcess:
    """Runs every task here, one after the other: for --jobs 1, inside workers, and for small batches."""

    workers = 1
    local = True

    def warm(self, warmers: Sequence[Warmer] = ()) -> None:
        """Nothing to start."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(
        self, task: Callable[[C, T], R], context: C, items: Iterable[T], min_tasks: int | None = None
    ) -> Iterator[R]:
        """task(context, item) for each item, lazily, in order."""
        for item in items:
            yield from run_tasks(task, context, (item,))


def default_start_method() -> str:
    """STUDY_START_METHOD if set, else forkserver where the platform has it (safe with threads), else spawn."""
    chosen = os.environ.get(START_METHOD_ENV)
    if chosen:
        return checked_start_method(chosen, START_METHOD_ENV)
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def checked_start_method(method: str, where: str) -> str:
    """The start method, or a one-line error naming the ones this platform has."""
    available = multiprocessing.get_all_start_methods()
    if method not in available:
        raise StudyError(f"unknown process start method {method!r}: use one of {', '.join(available)}", where)
    return method


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


class LocalPool:
    """Worker processes on this machine, started at the first map that pays for them, kept until exit.

    One pool serves every map of a build (both passes), so workers start once. Maps of fewer than
    `min_tasks` items, and maps inside a task, run in this process instead.
    """

    local = True

    def __init__(
        self,
        workers: int | None = None,
        start_method: str | None = None,
        min_tasks: int | None = None,
        preload: Sequence[str] = (),
    ) -> None:
        self.workers = max(1, workers or cpu_count())
        self.preload = tuple(preload)  # modules a fork server imports once for every worker (e.g. WeasyPrint)
        self.start_method = checked_start_method(start_method, "executor") if start_method else default_start_method()
        self.min_tasks = MIN_TASKS if min_tasks is None else min_tasks
        self.pool: ProcessPoolExecutor | None = None
        self.starting = threading.Lock()
        self.warming: threading.Thread | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.warming is not None:
            self.warming.join()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def map(
        self, task: Callable[[C, T], R], context: C, items: Iterable[T], min_tasks: int | None = None
    ) -> Iterator[R]:
        """task(context, item) for each item, in input order: in the workers when there are enough items."""
        batch = list(items)
        needed = min_tasks or self.min_tasks
        if self.pool is not None:  # running already: worth it for what is worth it once workers are started
            needed = min(needed, self.min_tasks)
        if self.workers < 2 or len(batch) < needed or inside_task():
            return InProcess().map(task, context, batch)
        pool = self.started(task)
        shared = pickle.dumps(context, pickle.HIGHEST_PROTOCOL)  # once per map; each chunk carries the bytes
        size = chunk_size(len(batch), self.workers)
        return survived(ordered([pool.submit(run_chunk, task, shared, chunk) for chunk in chunked(batch, size)]))

    def started(self, task: Callable[..., object]) -> ProcessPoolExecutor:
        """The pool, started on first use; a fork server preloads the task's module for all its workers."""
        with self.starting:  # warm() may be starting it in its thread
            if self.pool is None:
                context: Any = multiprocessing.get_context(self.start_method)
                if self.start_method == "forkserver":  # study.calm first: the server ignores Ctrl-C as it imports
                    context.set_forkserver_preload(["study.calm", __name__, task.__module__, *self.preload])
                self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=ignore_interrupts)
            return self.pool

    def warm(self, warmers: Sequence[Warmer] = ()) -> None:
        """Start every worker now, in a thread (starting them waits for a fork server's imports), while this
        process goes on; each worker imports the preloaded modules and runs the warmers."""
        if self.workers < 2 or inside_task():
            return
        self.warming = threading.Thread(target=self._warm, args=(warmers,), name="study-warm-workers", daemon=True)
        self.warming.start()

    def _warm(self, warmers: Sequence[Warmer]) -> None:
        # only a head start: workers that cannot be started (the fork server stopped by a Ctrl-C that reached
        # it too) fail the map that needs them, where the build reports it; this thread says nothing
        with contextlib.suppress(Exception):
            pool = self.started(warm_up)
            for _ in range(self.workers):
                pool.submit(warm_up, self.preload, warmers)


class DaskExecutor:
    """Runs the chunks on a Dask cluster (dask.distributed), for courses that outgrow one machine.

    Every worker needs `study` installed (the tasks are pickled by reference to their module).
    """

    local = False  # its workers may be other machines: their tasks are given bytes, never paths

    def __init__(self, address: str) -> None:
        self.address = address
        self.client = connect(address)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def warm(self, warmers: Sequence[Warmer] = ()) -> None:
        """The cluster's workers are running already."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.client.close()

    def map(
        self, task: Callable[[C, T], R], context: C, items: Iterable[T], min_tasks: int | None = None
    ) -> Iterator[R]:
        """task(context, item) for each item, in input order, on the cluster: the context travels once."""
        batch = list(items)
        if not batch or inside_task():
            return InProcess().map(task, context, batch)
        # scattered to every worker once, not sent with each chunk (bytes: Dask would split a list or dict)
        shared = self.client.scatter(pickle.dumps(context, pickle.HIGHEST_PROTOCOL), broadcast=True, hash=False)
        size = chunk_size(len(batch), self.workers)
        # each chunk goes as bytes too: Dask would look inside lists and run tuples that start with a function
        packed = [pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL) for chunk in chunked(batch, size)]
        return self.results([self.client.submit(run_packed, task, shared, data, pure=False) for data in packed])

    def results(self, futures: list[Any]) -> Iterator[Any]:
        """The chunks' results in order; a worker without `study` installed is one line, not a traceback."""
        try:
            yield from ordered(futures)
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("study"):
                raise
            raise StudyError(
                f"the Dask workers cannot import {exc.name}: install study on every worker", "--executor"
            ) from None


def connect(address: str) -> Any:
    """A Dask client of the scheduler at `address`, or a one-line error (no distributed package, no scheduler)."""
    where = "--executor"
    try:
        import distributed
    except ImportError:
        raise StudyError(f"the Dask client is not installed: {DASK_INSTALL}", where) from None
    try:
        client: Any = distributed.Client  # its __init__ is not annotated
        return client(address, timeout=DASK_CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        hint = f"is `dask scheduler` running there? ({DASK_INSTALL} on every machine)"
        raise StudyError(f"cannot reach the Dask scheduler: {reason}; {hint}", where) from None


def dask_address(spec: str) -> str:
    """The scheduler address in a dask:// spec: dask://HOST:PORT is tcp://HOST:PORT; dask://tls://… is kept."""
    address = spec[len(DASK_PREFIX) :]
    address = address if "://" in address else "tcp://" + address
    # checked here: a Dask client that fails on a malformed address prints a traceback when collected
    host, _, port = address.partition("://")[2].rpartition(":")
    if not host or not port.isdigit():
        raise StudyError(f"{spec!r} is not a scheduler address: use {DASK_PREFIX}HOST:PORT", "--executor")
    return address


@contextmanager
def open_executor(spec: str | None = None, jobs: int | None = None, preload: Sequence[str] = ()) -> Iterator[Executor]:
    """The executor a build's --executor and --jobs name, open for the block (one pool for every stage).

    None or "local": worker processes here (`local:spawn`, … picks the start method), in-process when
    jobs is 1 or inside a task; "serial": in-process; "dask://HOST:PORT": the Dask scheduler there (jobs
    is then ignored: the cluster's threads are the workers). `preload`: modules every local worker will
    need, imported once by a fork server.
    """
    with make_executor(spec, jobs, preload) as executor:
        yield executor


def make_executor(
    spec: str | None, jobs: int | None, preload: Sequence[str] = ()
) -> InProcess | LocalPool | DaskExecutor:
    """The executor for a spec (see open_executor), not yet entered; a one-line error for a spec it cannot use."""
    name = (spec or "local").strip()
    if name.startswith(DASK_PREFIX):
        address = dask_address(name)
        return InProcess() if inside_task() else DaskExecutor(address)
    method = local_start_method(name)
    if name == "serial" or jobs == 1 or inside_task():
        return InProcess()
    return LocalPool(jobs, method, preload=preload)


def local_start_method(name: str) -> str | None:
    """The start method a local spec names (None: the default), or a one-line error for an unknown spec."""
    if name in ("local", "serial"):
        return None
    if name.startswith("local:"):
        return checked_start_method(name.removeprefix("local:"), "--executor")
    raise StudyError(f"unknown executor {name!r}: use {SPECS}", "--executor")
