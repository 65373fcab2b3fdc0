"""A file too large to hold is written as it is made, straight to where it is staged (output.Streamed)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pytest

from study.output import Staging, Streamed, made_of
from study.units import keep_file

DATA = "第一部分\n".encode() * 1000


def writer(out: BinaryIO) -> dict[str, int]:
    """Write the file in pieces, as a binder does, and say what it made."""
    for at in range(0, len(DATA), 777):
        out.write(DATA[at : at + 777])
    return {"pages": 3}


def test_a_streamed_file_is_staged_with_its_hash_size_and_facts(tmp_path: Path) -> None:
    staging = Staging(tmp_path)
    record = keep_file(staging, "pdf/course.pdf", Streamed(writer))
    assert record.sha256 == hashlib.sha256(DATA).hexdigest() and record.size == len(DATA)
    assert record.facts == {"pages": 3} and staging.read("pdf/course.pdf") == DATA
    assert not (tmp_path / "pdf" / "course.pdf").exists()  # staged, not in place until the commit
    staging.commit()
    assert (tmp_path / "pdf" / "course.pdf").read_bytes() == DATA


def test_a_streamed_file_dist_already_holds_is_not_staged_again(tmp_path: Path) -> None:
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "course.pdf").write_bytes(DATA)
    staging = Staging(tmp_path)
    keep_file(staging, "pdf/course.pdf", Streamed(writer))
    assert staging.commit() == [] and not list((tmp_path / "pdf").glob(".*"))


def test_a_writer_that_fails_leaves_no_temporary_file(tmp_path: Path) -> None:
    def failing(out: BinaryIO) -> dict[str, int]:
        out.write(DATA[:100])
        raise ValueError("a part is damaged")

    with pytest.raises(ValueError):
        keep_file(Staging(tmp_path), "pdf/course.pdf", Streamed(failing))
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_in_memory_a_streamed_file_is_its_bytes_and_facts() -> None:
    made = made_of(Streamed(writer))
    assert made.data == DATA and made.facts == {"pages": 3}
