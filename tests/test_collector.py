"""The build's use of the cycle collector: relaxed while a course is loaded or made, then as it was."""

from __future__ import annotations

import gc

from study.collector import collector_relaxed


def young_ids() -> set[int]:
    """The ids of the objects in the two younger generations."""
    return {id(obj) for generation in (0, 1) for obj in gc.get_objects(generation=generation)}


def test_the_thresholds_are_restored_after_a_relaxed_block() -> None:
    before = gc.get_threshold()
    with collector_relaxed():
        assert gc.get_threshold() != before
    assert gc.get_threshold() == before


def test_what_a_relaxed_block_kept_is_in_the_oldest_generation_after_it() -> None:
    # else the first collection of the middle generation walks all of it at the usual thresholds
    with collector_relaxed():
        kept = [[number] for number in range(2_000)]
    young = young_ids()
    assert not any(id(item) in young for item in kept)
    assert any(id(item) in {id(obj) for obj in gc.get_objects(generation=2)} for item in kept)
