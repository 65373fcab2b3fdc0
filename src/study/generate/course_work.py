"""Course-wide work remembered per course object, for callers that ask for it more than once (tests, tools).

A Course is a frozen dataclass, so `functools.lru_cache` would hash every document and paragraph on each
call (a 1,000-document course costs a tenth of a second per look-up); these memos key on identity
instead and keep the course alive so its id is never reused. The build needs none of them: it makes
each document's work once, as data (study.work), through study.concurrency.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

R = TypeVar("R")
MEMO_SIZE = 2  # courses remembered: the last build's and the one before (tests build several)


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
