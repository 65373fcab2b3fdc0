"""What a build shows a person while it runs: a progress bar for builds that take a while (the summary table
after it is study.summary's)."""

from __future__ import annotations

import time
from typing import TextIO

import click

DELAY_S = 0.8  # a build quicker than this shows no bar at all
STAGE_LABELS = {"reading": "读取与解析", "rendering": "生成输出"}


class TerminalProgress:
    """A progress callback that draws a bar on a terminal, once a stage has run for more than DELAY_S."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started: dict[str, float] = {}
        self.bar: object | None = None
        self.stage: str | None = None
        self.live = stream.isatty()  # a bar in a log file or a pipe is noise

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Report that `done` of `total` steps of `stage` are finished."""
        if not self.live:
            return
        now = time.monotonic()
        self.started.setdefault(stage, now)
        if stage != self.stage:
            self.finish()
            self.stage = stage
        if self.bar is None and now - self.started[stage] >= DELAY_S and done < total:
            label = STAGE_LABELS.get(stage, stage)
            self.bar = click.progressbar(length=total, label=label, file=self.stream, show_pos=True)
            self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(done - self.bar.pos)  # type: ignore[attr-defined]

    def finish(self) -> None:
        """Close the bar of the current stage, if one is showing."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)  # type: ignore[attr-defined]
            self.bar = None
