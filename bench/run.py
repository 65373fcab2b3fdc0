"""Benchmark `study build` on courses of 5, 100 and 1,000 documents made from sources/.

    .venv/bin/python bench/run.py                 # 5, 100 and 1000 documents (slow: the PDFs)
    .venv/bin/python bench/run.py --docs 20       # a quick run

For each size it makes a corpus from the seed documents (every copy changed a little in every paragraph,
so no cache inside the pipeline can make it trivial), then measures:
  - per stage, in this process, serially: read, parse, generate (cards + exercises), deck (the .apkg);
  - whole builds, each in a fresh process: a cold build with every output, a no-change rebuild, and a
    cold build without PDFs; their PDF time and page count, and their peak memory;
  - the floor: jieba alone loading its dictionary and segmenting the same text.
  - the parser alone on 2 MB of text: the seed documents repeated (the genre as written) and a made-up
    text dense with markers, leads and series (the worst case the parser tests guard against).
The last line is: docs=N total_s=… no_pdf_s=… jieba_floor_s=… ratio_no_pdf=… pdf_pages_per_s=… peak_rss_mb=…
parse_2mb_s=… parse_dense_2mb_s=…
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FROZEN = "STUDY_BENCH_CODE"  # set when running on a frozen copy of the code: the work folder
SEEDS = ROOT / "sources"
ALL_OUTPUTS = ["outline", "anki", "pdf", "html", "index"]
PARAGRAPH_BREAK = re.compile(r"(，)")

# a whole build in a fresh process, reporting its report's timings, counts and its peak memory
CHILD = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from study.build import build
report = build(Path(sys.argv[1]), Path(sys.argv[2]), lambda line: None)
seconds = time.perf_counter() - start
# this process's own high-water mark: ru_maxrss survives exec, so it would report the bench process's
# peak (its in-process stages) whenever that is higher; forked workers' ru_maxrss is their own
hwm = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")]
own = hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
usage = [own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]
pages = sum(rec.facts.get("pages", 0) for rec in report.outputs.values())
print(json.dumps({"seconds": seconds, "timings": dict(report.timings), "pages": pages, "peak_mb": max(usage) / 1024,
                  "rendered": len(report.rendered), "failures": len(report.failures)}))
"""


def vary(text: str, copy: int) -> str:
    """A copy of a seed with every paragraph changed a little: a note after its first comma."""
    lines = text.splitlines()
    changed = [PARAGRAPH_BREAK.sub(f"，（见附件{copy}）", line, count=1) if len(line) > 20 else line for line in lines]
    return "\n".join(changed) + f"\n\n本文第{copy}次修订。\n"


def make_corpus(folder: Path, docs: int, outputs: list[str] | None = None) -> Path:
    """sources/ with `docs` documents varied from the seeds, and a course.toml choosing `outputs`."""
    sources = folder / "sources"
    sources.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(docs):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (sources / f"{i:04d}_{seed.stem}.txt").write_text(vary(text, i // len(seeds)), encoding="utf-8")
    if outputs is not None:
        (sources / "course.toml").write_text(f"outputs = {json.dumps(outputs)}\n", encoding="utf-8")
    return sources


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    """The result of `action` and the seconds it took."""
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def stage_times(sources: Path, outputs: list[str]) -> tuple[dict[str, float], list[str]]:
    """Read, parse, generate and deck, each timed on its own in this process; and the texts to segment."""
    from study.build import make_course
    from study.config import load_settings
    from study.parse import parse
    from study.read import read_source

    settings = load_settings(sources)
    paths = sorted(sources.glob("*.txt"))
    read, read_s = timed(lambda: [read_source(p) for p in paths])
    docs, parse_s = timed(lambda: tuple(parse(s) for s in read))
    course = make_course(settings, docs)
    times = {"read": read_s, "parse": parse_s}
    times["generate"] = timed(lambda: [make(course, settings) for make in generators(outputs)])[1]
    if "anki" in outputs:
        from study.render import anki

        times["deck"] = timed(lambda: anki.render(course, settings))[1]
    return times, [para.shadow for source in read for para in source.paragraphs]


def generators(outputs: list[str]) -> list[Callable[[Any, Any], Any]]:
    """What the chosen outputs generate from the outline: cards for the deck, exercises for the sheets."""
    from study.generate.cards import course_cards
    from study.generate.exercises import course_exercises

    made: list[Callable[[Any, Any], Any]] = []
    if "anki" in outputs:
        made.append(course_cards)
    if {"pdf", "html"} & set(outputs):
        made.append(lambda course, settings: course_exercises(course, settings.difficulty))
    return made


def jieba_floor(texts: list[str]) -> float:
    """Seconds for jieba alone, in a fresh process: load its dictionary and segment `texts`."""
    script = (
        "import json, logging, sys, time\n"
        "texts = json.load(sys.stdin)\n"
        "start = time.perf_counter()\n"
        "import jieba\n"
        f"jieba.setLogLevel({logging.WARNING})\n"
        "jieba.initialize()\n"
        "for t in texts: jieba.lcut(t)\n"
        "print(time.perf_counter() - start)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True)
    return float(done.stdout.strip())


def child_build(sources: Path, dist: Path) -> dict[str, Any]:
    """One build in a fresh process, as a user runs it."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(sources), str(dist)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: build failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench(docs: int, work: Path, outputs: list[str]) -> dict[str, float]:
    """Every figure for one course size, printed as it is measured."""
    print(f"== {docs} documents, outputs {', '.join(outputs)}")
    full = make_corpus(work / "full", docs, outputs)
    stages, shadows = stage_times(full, outputs)
    megabytes = sum(len(t.encode("utf-8")) for t in shadows) / 1e6
    print("   stages (serial, in process): " + "  ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
    floor = jieba_floor(shadows)
    print(f"   jieba alone: {floor:.2f}s for {megabytes:.1f} MB of text ({megabytes / floor:.2f} MB/s)")
    cold = child_build(full, work / "dist-full")
    again = child_build(full, work / "dist-full")
    no_pdf_outputs = [name for name in outputs if name != "pdf"]
    no_pdf = child_build(make_corpus(work / "nopdf", docs, no_pdf_outputs), work / "dist-nopdf")
    pdf_s = cold["timings"].get("pdf", 0.0)
    print("   cold build: " + "  ".join(f"{k} {v:.2f}s" for k, v in cold["timings"].items()))
    rate = docs / cold["seconds"]
    print(f"   cold build {cold['seconds']:.2f}s ({rate:.1f} documents/s), peak {cold['peak_mb']:.0f} MB")
    print(
        f"   no-change rebuild {again['seconds']:.2f}s ({again['seconds'] / cold['seconds']:.1%} of cold), "
        f"{again['rendered']} units re-rendered"
    )
    print(f"   cold build without PDF {no_pdf['seconds']:.2f}s, peak {no_pdf['peak_mb']:.0f} MB")
    print(f"   PDF: {cold['pages']} pages in {pdf_s:.2f}s")
    return {
        "docs": docs,
        "total_s": cold["seconds"],
        "no_pdf_s": no_pdf["seconds"],
        "jieba_floor_s": floor,
        "ratio_no_pdf": no_pdf["seconds"] / floor,
        "pdf_pages_per_s": cold["pages"] / pdf_s if pdf_s else 0.0,
        "peak_rss_mb": max(cold["peak_mb"], no_pdf["peak_mb"]),
    }


def parse_seconds(text: str) -> float:
    """Seconds the parser takes on one document whose paragraphs are the lines of this text (best of two;
    the reader is left out: it would keep a body pasted twice only once)."""
    from study.model import Loc, Meta, Paragraph, Source
    from study.parse import parse
    from study.script import simplify

    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = tuple(Paragraph(t, simplify(t), Loc("big.txt", n + 1, n)) for n, t in enumerate(lines))
    source = Source("big.txt", "big", None, Meta(), "simplified", paragraphs)
    return min(timed(lambda: parse(source))[1] for _ in range(2))


def parser_figures() -> dict[str, float]:
    """The parser on 2 MB of the genre's text, and on 2 MB of made-up text dense with structure."""
    genre = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    dense = "（一）甲。\n一是甲，二是乙。\n1.丙。\n2.丁。\n主要表现在：甲；乙。\n"
    dense += "要做好这几个方面：\n加强学习。\n改进作风。\n"
    dense += "要坚持这个原则的做法，坚持那个原则的做法，坚持所有原则的做法。" * 10 + "\n"
    figures = {
        "parse_2mb_s": parse_seconds(genre * (2_000_000 // len(genre.encode("utf-8")) + 1)),
        "parse_dense_2mb_s": parse_seconds(dense * 4000),
    }
    print("   parser alone: " + "  ".join(f"{k} {v:.2f}s" for k, v in figures.items()))
    return figures


def last_line(figures: dict[str, float]) -> str:
    """The one line a script reads."""
    docs = int(figures["docs"])
    rest = " ".join(f"{k}={figures[k]:.2f}" for k in list(figures)[1:])
    return f"docs={docs} {rest}"


def rerun_on_frozen_code() -> None:
    """Run the benchmark again on a copy of the code, so that edits made meanwhile cannot change the figures.

    The build cache keys on a fingerprint of the code; in a tree where people are working, a file saved
    between the cold build and the rebuild would make the rebuild re-render everything.
    """
    work = Path(tempfile.mkdtemp(prefix="study-bench-"))
    shutil.copytree(ROOT / "src" / "study", work / "code" / "study", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", work / "templates")
    env = {**os.environ, FROZEN: str(work), "PYTHONPATH": str(work / "code")}
    try:
        raise SystemExit(subprocess.run([sys.executable, *sys.argv], env=env).returncode)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    """Run the benchmark for each course size asked for."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", default="5,100,1000", help="course sizes, comma-separated (default 5,100,1000)")
    parser.add_argument("--no-pdf", action="store_true", help="leave PDFs out of the full build too (quicker)")
    parser.add_argument("--outputs", default=",".join(ALL_OUTPUTS), help="outputs to build (default: all)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]  (progress as it happens)
    sizes = [int(n) for n in args.docs.split(",")]
    if FROZEN not in os.environ:
        rerun_on_frozen_code()
    work = Path(os.environ[FROZEN])
    import study

    print(f"bench: code {Path(study.__file__).parent}, corpora and builds in {work}")
    outputs = [name for name in args.outputs.split(",") if not (args.no_pdf and name == "pdf")]
    figures = [bench(n, work / str(n), outputs) for n in sizes]
    print(last_line({**figures[-1], **parser_figures()}))


if __name__ == "__main__":
    main()
