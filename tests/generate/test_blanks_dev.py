"""The first choice of blank measured on a development set, and the `study blanks` command."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from click.testing import CliRunner

from study.cli import main
from study.generate.blanks import rank_blanks
from study.generate.terms import Vocabulary, build_vocabulary
from study.model import Course
from study.parse import load_document

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "tests" / "data" / "blanks_dev.tsv"
SOURCES = ROOT / "sources"
# Measured first-choice hit rates (0.77 with the seeds' vocabulary, 0.73 without), less a margin for changes in the
# parser and reader that move list heads and paragraphs.
FLOOR_WITH_COURSE = 0.70
FLOOR_WITHOUT_COURSE = 0.65


def dev_rows() -> list[tuple[str, str, str, str]]:
    """(source stem, kind, teacher's answer, sentence) for each line of the development set (a series row's answer
    is its two end members, first|last)."""
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


@cache
def seed_vocabulary() -> Vocabulary:
    """The vocabulary of the seed course."""
    docs = tuple(load_document(p) for p in sorted(SOURCES.glob("*.txt")))
    return build_vocabulary(Course("seeds", "seeds", docs))


def hit_rate(vocab: Vocabulary | None) -> float:
    """The share of sentences whose first blank and one of the teacher's answers contain one another."""
    rows = dev_rows()
    hits = 0
    for _stem, _kind, answers, sentence in rows:
        ranked = rank_blanks(sentence, vocab)
        hits += bool(ranked) and any(ranked[0].answer in a or a in ranked[0].answer for a in answers.split("|"))
    return hits / len(rows)


def test_development_set_is_well_formed() -> None:
    rows = dev_rows()
    assert 40 <= len(rows) <= 60
    stems = {p.name[:3] for p in SOURCES.glob("*.txt")}
    for stem, kind, answer, sentence in rows:
        assert stem in stems and kind in {"series", "formulation", "count", "term"}
        assert all(a in sentence for a in answer.split("|"))
        assert (kind == "series") == ("|" in answer)  # only a series' row names two answers, its ends


def test_first_choice_hit_rate_with_the_course_vocabulary() -> None:
    rate = hit_rate(seed_vocabulary())
    print(f"\nfirst-choice hit rate with the course vocabulary: {rate:.2f}")
    assert rate >= FLOOR_WITH_COURSE


def test_first_choice_hit_rate_without_a_course() -> None:
    rate = hit_rate(None)
    print(f"\nfirst-choice hit rate without a course: {rate:.2f}")
    assert rate >= FLOOR_WITHOUT_COURSE


def test_seed_vocabulary_knows_the_course() -> None:
    vocab = seed_vocabulary()
    assert vocab.n_docs == 5
    assert len(vocab.list_items) >= 20  # list heads, once the parser finds the seeds' lists
    assert "密切联系群众" in vocab.terms  # a term every seed repeats
    assert vocab.topicality("密切联系群众") > 0.5


# ----------------------------------------------------------------------------- the command


def run(*args: str, stdin: str | None = None) -> str:
    """The output of `study blanks ARGS` (no course unless --sources is given)."""
    result = CliRunner().invoke(main, ["blanks", *args], input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_json_lines_carry_ranked_blanks_with_offsets(tmp_path: Path) -> None:
    lines = ["建设節約型、友好型、開放型的現代城市", "全面落实“三个优先”的工作要求"]
    out = run("--format", "json", "--sources", str(tmp_path / "none"), *lines)
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == lines
    for record in records:
        text, blanks = record["text"], record["blanks"]
        assert blanks and [b["score"] for b in blanks] == sorted((b["score"] for b in blanks), reverse=True)
        for blank in blanks:
            assert blank["answer"] == text[blank["start"] : blank["end"]]
            assert set(blank) == {"start", "end", "answer", "score", "hint"}
    assert records[1]["blanks"][0]["answer"] == "三个优先"


def test_text_format_reads_standard_input_and_shows_the_best_blank(tmp_path: Path) -> None:
    out = run("--sources", str(tmp_path), stdin="我们要建设节约型、友好型、开放型的现代城市\n\n")
    assert out.splitlines() == ["我们要建设节约型、友好型、（   ）的现代城市\t开放型", ""]


def test_file_input_and_course_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("坚持两个毫不动摇\n连续五个月保持增长\n", encoding="utf-8")
    out = run("--format", "json", "--file", str(tmp_path / "a.txt"), "--sources", str(SOURCES))
    assert [json.loads(line)["blanks"][0]["answer"] for line in out.splitlines()] == ["两", "五"]


def test_unreadable_file_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8broken")
    result = CliRunner().invoke(main, ["blanks", "--file", str(bad), "--sources", str(tmp_path)])
    assert result.exit_code != 0
    assert "bad.txt" in result.output and "Traceback" not in result.output


def test_one_output_line_per_input_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("改进\u2028作风建设\r\n\n坚持两个毫不动摇\n", encoding="utf-8")
    out = run("--format", "json", "--file", str(tmp_path / "a.txt"), "--sources", str(tmp_path))
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["改进\u2028作风建设", "", "坚持两个毫不动摇"]
