"""The build's own files (its cache) are written whole or not at all, and a killed build's leftovers swept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from study.output import TEMP_SUFFIX, sweep_temporary_files, write_whole


def test_a_cache_file_is_written_whole_into_a_folder_made_for_it(tmp_path: Path) -> None:
    target = tmp_path / ".cache" / "work" / "key.pickle"
    write_whole(target, b"first")
    write_whole(target, b"second")
    assert target.read_bytes() == b"second" and sorted(p.name for p in target.parent.iterdir()) == ["key.pickle"]


def test_a_cache_file_that_cannot_be_renamed_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "kept.pickle"
    target.mkdir()  # a folder in its place: the rename fails
    with pytest.raises(OSError):
        write_whole(target, b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["kept.pickle"]


def test_a_killed_builds_cache_temporary_is_swept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / ".cache" / "work" / "key.pickle"

    def killed(*_: object) -> None:
        raise KeyboardInterrupt  # as if the build died between writing and renaming

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_whole(target, b"data")
    monkeypatch.undo()
    (target.parent / f".other.pickle.1-2{TEMP_SUFFIX}").write_bytes(b"left by a killed build")
    sweep_temporary_files(tmp_path)
    assert list(target.parent.iterdir()) == []
