"""User-facing errors: one clear line with a location, never a traceback."""

from __future__ import annotations

import click


class StudyError(click.ClickException):
    """A mistake in the user's input or settings, reported as one line."""

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


class SourceError(StudyError):
    """A source document that cannot be read (not text, undecodable, empty)."""


class ConfigError(StudyError):
    """Course settings that are invalid; the message lists every problem."""
