"""A file too large to hold is written as it is made, straight to where it is staged (output.Streamed), or by
another process to a file staged for it (output.Placed)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pytest

from study.output import Placed, Staging, Streamed, made_of
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


def placed(staging: Staging, rel: str) -> Placed:
    """The file a worker would write: reserved, written, described."""
    path = staging.reserve(rel)
    path.write_bytes(DATA)
    return Placed(path, hashlib.sha256(DATA).hexdigest(), len(DATA), {"pages": 3})


def test_a_file_written_by_another_process_is_staged_where_it_was_written(tmp_path: Path) -> None:
    staging = Staging(tmp_path)
    file = placed(staging, "pdf/course.pdf")
    record = keep_file(staging, "pdf/course.pdf", file)
    assert record.sha256 == file.sha256 and record.size == len(DATA) and record.facts == {"pages": 3}
    assert staging.path("pdf/course.pdf") == file.path and not (tmp_path / "pdf" / "course.pdf").exists()
    assert staging.commit() == ["pdf/course.pdf"]
    assert (tmp_path / "pdf" / "course.pdf").read_bytes() == DATA and not file.path.exists()


def test_a_placed_file_dist_already_holds_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "course.pdf").write_bytes(DATA)
    staging = Staging(tmp_path)
    keep_file(staging, "pdf/course.pdf", placed(staging, "pdf/course.pdf"))
    assert staging.commit() == [] and not list((tmp_path / "pdf").glob(".*"))


def test_a_reserved_file_never_kept_is_deleted_when_the_build_fails(tmp_path: Path) -> None:
    staging = Staging(tmp_path)
    placed(staging, "pdf/course.pdf")  # written, then the build failed before keeping it
    staging.discard()
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_in_memory_a_placed_file_is_its_bytes_and_facts(tmp_path: Path) -> None:
    made = made_of(placed(Staging(tmp_path), "pdf/course.pdf"))
    assert made.data == DATA and made.facts == {"pages": 3}
