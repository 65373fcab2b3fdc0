"""How the build uses Python's cycle collector.

A build holds hundreds of thousands of small long-lived objects without cycles: every document's parse and
work, a deck's notes. With the default thresholds the collector walks that growing heap again and again
while they are loaded or made (at a thousand documents, two thirds of the time spent loading kept works)
and finds nothing to free. The cycles the two passes make (parsers, exceptions) are young, and the youngest
generation is still collected, only less often. Not while pages are laid out: a layout is cycles, and with
the collector relaxed a thousand documents' course PDFs grew the process by hundreds of MB. Then the course
made so far is frozen instead (collector_frozen): the collector runs as usual, over what is made after.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# the youngest generation collected after this many allocations (default 700); the older ones after this
# many collections of the one below (default 10 and 10): a full collection then waits for about 10**10
BUILD_THRESHOLDS = (100_000, 100, 1_000)


@contextlib.contextmanager
def collector_relaxed() -> Iterator[None]:
    """The collector at BUILD_THRESHOLDS for a while, then as it was, what the block kept counted as old."""
    was = gc.get_threshold()
    gc.set_threshold(*BUILD_THRESHOLDS)
    try:
        yield
    finally:
        promote_survivors()
        gc.set_threshold(*was)


def promote_survivors() -> None:
    """Move every object alive into the oldest generation without walking it.

    After a relaxed block the younger generations hold everything it made and kept (a thousand documents'
    works): at the usual thresholds the next collection of the middle one walked all of it (0.8 s of a
    one-document edit) to find nothing. Freezing and unfreezing moves them into the oldest generation, which
    is collected in full only after it has grown by a quarter, as it would be anyway.
    """
    gc.freeze()
    gc.unfreeze()


@contextlib.contextmanager
def collector_frozen() -> Iterator[None]:
    """Everything alive now left out of the collector's walks for a while (gc.freeze), then back in: a
    rendering stage makes cycles of its own, and each collection walked the whole course's work again (at a
    thousand documents, more than half of the course web pages' time)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for a while, as it was after: for a loop that makes many small objects and no cycles."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
