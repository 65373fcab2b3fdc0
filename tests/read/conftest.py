"""Shared fixture for reader tests: write bytes or text into a temporary file and read it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from study.model import Source
from study.read import read_source


@pytest.fixture
def read_bytes(tmp_path: Path) -> Callable[[bytes, str], Source]:
    """Read `data` written to tmp_path/`name`."""

    def read(data: bytes, name: str = "doc.txt") -> Source:
        path = tmp_path / name
        path.write_bytes(data)
        return read_source(path)

    return read


@pytest.fixture
def read_text(read_bytes: Callable[[bytes, str], Source]) -> Callable[[str], Source]:
    """Read `text` written as UTF-8."""
    return lambda text, name="doc.txt": read_bytes(text.encode("utf-8"), name)
