"""A fork server imports once what every worker of an output needs (Output.preload): each worker had
imported the renderer's own modules again, on the two cores the main process was busy on."""

from __future__ import annotations

import importlib

import pytest

from study.render.outputs import OUTPUTS, Output

PARALLEL = [output for output in OUTPUTS if output.parallel]


@pytest.mark.parametrize("output", PARALLEL, ids=[o.name for o in PARALLEL])
def test_the_modules_a_worker_runs_are_preloaded(output: Output) -> None:
    ran = {f.__module__ for f in (output.warm, output.document, output.assemble) if f is not None}
    assert ran <= set(output.preload)


@pytest.mark.parametrize("output", PARALLEL, ids=[o.name for o in PARALLEL])
def test_every_preloaded_module_exists(output: Output) -> None:
    for module in output.preload:
        importlib.import_module(module)
