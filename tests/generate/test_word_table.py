"""The word table shipped in the package: jieba's dictionary, read fast, and the only one a build loads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from study.generate import segment
from study.generate.segment import commonness, commonness_of, dictionary_tag, parse_table, word_table

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "sources"
TOOL = ROOT / "tools" / "word_frequencies.py"


def made_up_table() -> str:
    """A table of four made-up words in the tool's format (tags ! " #, counts Ā ā Ă)."""
    return "\n".join(
        [
            "# made up",
            "tags\tn\tnr\tv",
            "counts\t3\t120\t90000",
            "2\t人民发展群众\t!#!\tāĂĀ",
            '3\t周某某\t"\tā',
            "",
        ]
    )


def test_a_word_has_its_count_and_tag() -> None:
    table = parse_table(made_up_table().splitlines())
    assert [table.count(w) for w in ("人民", "发展", "群众", "周某某")] == [120, 90000, 3, 120]
    assert [table.tag(w) for w in ("人民", "发展", "群众", "周某某")] == ["n", "v", "n", "nr"]


def test_the_words_looked_up_are_remembered_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # a thousand documents ask some 200,000 words of the table: remembered without end, a worker grew by tens of MB
    monkeypatch.setattr(segment, "FOUND_MAX", 3)
    table = parse_table(made_up_table().splitlines())
    for word in ("人民", "发展", "群众", "周某某", "某某", "人民"):
        table.count(word)
        assert len(table.found) <= 3
    assert table.count("发展") == 90000  # forgotten, it is looked up again


@pytest.mark.parametrize("word", ["", "人", "人民们", "一二三四五六七八九十", "abc"])
def test_a_word_the_table_does_not_hold_has_no_count_and_no_tag(word: str) -> None:
    table = parse_table(made_up_table().splitlines())
    assert table.count(word) == 0 and table.tag(word) == ""


def test_common_words_come_most_common_first_then_in_code_point_order() -> None:
    table = parse_table(made_up_table().splitlines())
    assert table.ending_with(2, "展", 100) == [("发展", "v")] and table.ending_with(2, "众", 100) == []
    assert table.ending_with(3, "某", 100) == [("周某某", "nr")] and table.ending_with(2, "民", 100_000) == []
    assert table.ending_with(2, "众", 1) == [("群众", "n")] and table.ending_with(4, "众", 1) == []


def test_commonness_is_a_log_scale_of_jiebas_count() -> None:
    assert [commonness_of(c) for c in (0, 1, 10, 1000, 10**6, 10**7)] == [0.0, 0.0, 0.0, 0.4, 1.0, 1.0]
    assert commonness("的") > commonness("群众") > 0.5 and commonness("不存在的一个词") == 0.0
    assert dictionary_tag("群众") == "n" and dictionary_tag("不存在的一个词") == ""


def test_the_table_is_jiebas_dictionary() -> None:
    done = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_table_loads_fast_and_small() -> None:
    # what makes it fast is what it holds: a few long strings by word length, no object a word, and no jieba (its
    # dictionary: ≈ 350,000 words as objects, ≈ 0.5 s, ≈ 70 MB); measured by what is allocated, not by the clock,
    # which a loaded machine moves
    script = (
        "import json, sys, tracemalloc\n"
        "from study.generate.segment import word_table\n"
        "tracemalloc.start()\n"
        "table = word_table()\n"
        "size, peak = tracemalloc.get_traced_memory()\n"
        "blocks = sum(stat.count for stat in tracemalloc.take_snapshot().statistics('filename'))\n"
        "jieba = sorted(m for m in sys.modules if m.split('.')[0] == 'jieba')\n"
        "print(json.dumps([size, peak, blocks, len(table.blocks), jieba]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    size, peak, blocks, lengths, jieba = json.loads(done.stdout)
    assert size < 6_000_000  # ≈ 3.7 MB
    assert peak < 12_000_000  # ≈ 6 MB: read line by line, never the whole text at once besides
    assert blocks < 50_000 and lengths < 40  # ≈ 8,000 blocks, 16 word lengths: never one object a word
    assert jieba == []


def test_the_package_ships_the_table() -> None:
    assert word_table().count("中国") > 0
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/*"' in pyproject


BUILD = """
import json, sys
from pathlib import Path
from study.build import build
report = build(Path(sys.argv[1]), Path(sys.argv[2]), lambda line: None, jobs=1)
print(json.dumps({"jieba": sorted(m for m in sys.modules if m.split(".")[0] == "jieba"),
                  "rendered": len(report.rendered), "failures": len(report.failures)}))
"""


def test_a_build_never_imports_python_jieba(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        (sources / path.name).write_bytes(path.read_bytes())
    (sources / "course.toml").write_text('outputs = ["outline", "anki", "html"]\n', encoding="utf-8")
    args = [sys.executable, "-c", BUILD, str(sources), str(tmp_path / "dist")]
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["jieba"] == [] and found["failures"] == 0 and found["rendered"] > 0
