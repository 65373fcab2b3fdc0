"""Course-wide work done once: memoized by the course object's identity, spread over forked processes.

A Course is a frozen dataclass, so `functools.lru_cache` would hash every document and paragraph on each
call (a 1,000-document course costs a tenth of a second per look-up); these memos key on identity
instead and keep the course alive so its id is never reused. Worker processes forked by the build
after a memo is filled inherit it, so they never compute it again.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
FORK_MIN_TASKS = 16  # below this many documents a pool of processes costs more than it saves
MEMO_SIZE = 2  # courses remembered: the last build's and the one before (tests build several)
# the build's --jobs: at most this many worker processes (1: none; None: one per core)
JOBS: ContextVar[int | None] = ContextVar("study_jobs", default=None)


class CourseMemo(Generic[R]):
    """A function of (course, *args) remembered per course object (by identity) and args (by value)."""

    def __init__(self, func: Callable[..., R]) -> None:
        self.func = func
        self.entries: list[tuple[object, tuple[Hashable, ...], R]] = []
        functools.update_wrapper(self, func)

    def __call__(self, course: object, *args: Hashable) -> R:
        for known, known_args, value in self.entries:
            if known is course and known_args == args:
                return value
        value = self.func(course, *args)
        self.entries = [*self.entries[-(MEMO_SIZE - 1) :], (course, args, value)]
        return value

    def cache_clear(self) -> None:
        """Forget every remembered course."""
        self.entries = []


def per_course(func: Callable[..., R]) -> CourseMemo[R]:
    """Decorator: remember `func(course, *args)` per course object."""
    return CourseMemo(func)


@contextmanager
def jobs_limit(jobs: int | None) -> Iterator[None]:
    """Within the block, course-wide work uses at most `jobs` worker processes (1: none; None: a core each)."""
    token = JOBS.set(jobs)
    try:
        yield
    finally:
        JOBS.reset(token)


def pool_size(tasks: int) -> int:
    """How many worker processes `tasks` tasks get: the build's --jobs, else a core each, never more than tasks."""
    return min(JOBS.get() or os.cpu_count() or 1, tasks)


def can_fork(tasks: int) -> bool:
    """True in the main process of a machine that forks, with enough tasks and more than one worker allowed."""
    return (
        tasks >= FORK_MIN_TASKS
        and pool_size(tasks) > 1
        and multiprocessing.parent_process() is None  # never a pool inside a worker
        and "fork" in multiprocessing.get_all_start_methods()
    )


def fork_map(task: Callable[[int], T], tasks: int) -> list[T]:
    """[task(0), …, task(tasks - 1)] in order, in forked worker processes when it pays (see fork_imap)."""
    return list(fork_imap(task, tasks))


def fork_imap(task: Callable[[int], T], tasks: int) -> Iterator[T]:
    """task(0), …, task(tasks - 1) in order, as they finish, in forked worker processes when it pays.

    `task` is a module-level function reading what it needs from module state set before the call:
    forked workers inherit that state instead of receiving a pickled copy of the course per task.
    """
    if not can_fork(tasks):
        yield from (task(i) for i in range(tasks))
        return
    workers = pool_size(tasks)
    context: Any = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(task, range(tasks), chunksize=max(1, tasks // (workers * 8)))
