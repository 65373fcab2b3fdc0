"""Benchmark `study build` on courses of 5, 100 and 1,000 documents made from sources/ (issue 14's figures).

    .venv/bin/python bench/run.py                          # 5, 100 and 1000 documents (slow: the PDFs)
    .venv/bin/python bench/run.py --docs 5 --repeat 3      # the edit loop, median of three runs
    .venv/bin/python bench/run.py --docs 1000 --no-pdf-only   # the big course without PDFs
    .venv/bin/python bench/run.py --docs 5 --commit 9ef5fa0   # the code of a commit (a baseline)

For each size it makes a corpus from the seed documents (every copy changed a little in every paragraph,
so no cache inside the pipeline can make it trivial), then measures:
  - per stage, in this process, serially: read, parse, generate (cards + exercises), deck (the .apkg);
  - whole builds, each in a fresh process (imports count): a cold build with every output, a no-change
    rebuild, a rebuild after a one-character edit to one document; a cold build without PDFs and the same
    edit without PDFs; every process of each build watched for its peak memory;
  - the floors: Python jieba alone loading its dictionary and segmenting the same text, and rjieba alone;
  - the parser alone on 2 MB of text: the seed documents repeated (the genre as written) and a made-up
    text dense with markers, leads and series (the worst case the parser tests guard against).
It prints one line per size (figures not measured in a run are left out):
  docs=N cold_s=… edit_s=… nochange_s=… no_pdf_s=… no_pdf_edit_s=… jieba_floor_s=… rjieba_floor_s=…
  ratio_no_pdf=… pdf_pages_per_s=… pdf_kb_per_sheet=… peak_rss_mb=…
  cold_cpu_s=… edit_cpu_s=… no_pdf_cpu_s=… no_pdf_edit_cpu_s=… load=…
and the last line ends with parse_2mb_s=… parse_dense_2mb_s=…. Wall times are issue 14's figures; the CPU
seconds (a build and its workers) and the load average say how much other agents on the cores slowed them.
peak_rss_mb is the largest peak (VmHWM) of any one process of any build of that size, workers included.
With --repeat each figure is the median of the runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FROZEN = "STUDY_BENCH_CODE"  # set when running on a frozen copy of the code: the work folder
SEEDS = ROOT / "sources"
ALL_OUTPUTS = ["outline", "anki", "pdf", "html", "index"]
PARAGRAPH_BREAK = re.compile(r"[，,]")  # two of the five seeds write the ASCII comma
SENTENCE = re.compile(r"[^。！？]*[。！？]*")  # a line's sentences, each with the marks that end it
NOTE = "（见附件"  # what vary() puts in every sentence with a comma; the edit changes one of its characters
SAMPLE_EVERY_S = 0.02
LINE_KEYS = [
    "cold_s",
    "edit_s",
    "nochange_s",
    "no_pdf_s",
    "no_pdf_edit_s",
    "jieba_floor_s",
    "rjieba_floor_s",
    "ratio_no_pdf",
    "pdf_pages_per_s",
    "pdf_kb_per_sheet",
    "peak_rss_mb",
    # beside the wall times issue 14 checks: CPU seconds of each build with its workers (steadier than wall
    # time when other agents load the two cores) and the load average when the size began
    "cold_cpu_s",
    "edit_cpu_s",
    "no_pdf_cpu_s",
    "no_pdf_edit_cpu_s",
    "load",
    "parse_2mb_s",
    "parse_dense_2mb_s",
]

# a whole build in a fresh process, reporting its report's timings and counts; read with getattr so that
# the bench still runs on code whose report has changed shape
CHILD = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
try:  # as `study build` does: a rebuild with nothing to do says so without building (code before it builds)
    from study.unchanged import replay
    report = replay(Path(sys.argv[1]), Path(sys.argv[2]))
except ImportError:
    report = None
if report is None:
    from study.build import build
    report = build(Path(sys.argv[1]), Path(sys.argv[2]), lambda line: None)
seconds = time.perf_counter() - start
# this process's own high-water mark: ru_maxrss survives exec, so it would report the bench process's
# peak whenever that is higher
hwm = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")]
own = hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest waited-for child only
records = getattr(report, "outputs", {}).values()
rendered = getattr(report, "rendered", ())  # a replayed summary counts the units, a report lists them
pages = sum(getattr(rec, "facts", {}).get("pages", 0) for rec in records)
print(json.dumps({"seconds": seconds, "timings": dict(getattr(report, "timings", {})), "pages": pages,
                  "main_mb": own / 1024, "children_mb": children / 1024,
                  "rendered": rendered if isinstance(rendered, int) else len(rendered),
                  "failures": len(getattr(report, "failures", ()))}))
"""

JIEBA = f"""
import jieba
jieba.setLogLevel({logging.WARNING})
jieba.initialize()
for t in texts: jieba.lcut(t)
"""

RJIEBA = """
import rjieba
for t in texts: rjieba.cut(t)
"""


def vary(text: str, copy: int) -> str:
    """A copy of a seed with every sentence changed a little, a note after its first comma, so that no two
    copies are one text (a build leaves a copy of a document out)."""
    note = f"{NOTE}{copy}）"
    changed = [
        "".join(PARAGRAPH_BREAK.sub(lambda m: m[0] + note, piece, count=1) for piece in SENTENCE.findall(line))
        for line in text.splitlines()
    ]
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


def edit_one(sources: Path) -> str:
    """Change one character of one document: the middle document, in its middle paragraph's note."""
    paths = sorted(sources.glob("*.txt"))
    path = paths[len(paths) // 2]
    text = path.read_text(encoding="utf-8")
    notes = [m.start() for m in re.finditer(re.escape(NOTE), text)]
    at = notes[len(notes) // 2] + len(NOTE) - 1  # the 件 of 附件
    path.write_text(text[:at] + "表" + text[at + 1 :], encoding="utf-8")
    return path.name


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    """The result of `action` and the seconds it took."""
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def read_all(sources: Path) -> tuple[list[Any], float]:
    """Every document of the corpus read, and the seconds it took."""
    from study.read import read_source

    paths = sorted(sources.glob("*.txt"))
    return timed(lambda: [read_source(p) for p in paths])


def stage_times(sources: Path, read: list[Any], outputs: list[str]) -> dict[str, float]:
    """Parse, generate (the outputs' parts, serially, with study.work.generated) and deck, each timed on its
    own in this process."""
    from study.build import make_course
    from study.config import load_settings
    from study.parse import parse
    from study.render import anki
    from study.render.outputs import OUTPUT_NAMES, parts_made
    from study.work import generated

    settings = load_settings(sources)
    docs, parse_s = timed(lambda: tuple(parse(s) for s in read))
    course = make_course(settings, docs)
    chosen = tuple(OUTPUT_NAMES[name] for name in outputs if name in OUTPUT_NAMES)
    fonts = {o.medium: o.fonts(settings) for o in chosen if o.medium is not None and o.fonts is not None}
    work, generate_s = timed(lambda: generated(course, settings, parts_made(chosen), fonts))
    times = {"parse": parse_s, "generate": generate_s}
    if "anki" in outputs:
        times["deck"] = timed(lambda: anki.package(work))[1]
    return times


def print_stages(sources: Path, read: list[Any], read_s: float, outputs: list[str]) -> None:
    """The in-process stage times; on code whose internals moved, a note instead of a crash."""
    try:
        stages = {"read": read_s, **stage_times(sources, read, outputs)}
    except (ImportError, AttributeError, TypeError) as error:  # the stages' API is the lead's to change
        print(f"   stages: not measured ({type(error).__name__}: {error})")
        return
    print("   stages (serial, in process): " + "  ".join(f"{k} {v:.2f}s" for k, v in stages.items()))


def floor(segment: str, texts: list[str]) -> float:
    """Seconds for a segmenter alone, in a fresh process: import, load its dictionary, segment `texts`."""
    script = "import json, sys, time\ntexts = json.load(sys.stdin)\nstart = time.perf_counter()\n"
    script += segment + "print(time.perf_counter() - start)\n"
    done = subprocess.run([sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: segmenter failed:\n{done.stderr}")
    return float(done.stdout.strip())


class TreePeak:
    """The largest resident set of any one process in a process tree, sampled from /proc in a thread.

    Each sample reads VmHWM (the kernel's own high-water mark) of every live process of the tree, so a
    peak between two samples still counts as long as its process is alive at the next one.
    """

    def __init__(self, root: int) -> None:
        self.root = root
        self.main_kb = 0  # the root process's peak
        self.workers_kb = 0  # the largest peak of any other process of the tree
        self.processes = 0
        self.seen: set[int] = set()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)

    def __enter__(self) -> TreePeak:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.done.set()
        self.thread.join()

    def watch(self) -> None:
        """Sample until told to stop."""
        while not self.done.is_set():
            self.sample()
            self.done.wait(SAMPLE_EVERY_S)

    def sample(self) -> None:
        """One look at every process of the tree."""
        for pid in tree(self.root):
            self.seen.add(pid)
            if pid == self.root:
                self.main_kb = max(self.main_kb, high_water_kb(pid))
            else:
                self.workers_kb = max(self.workers_kb, high_water_kb(pid))
        self.processes = len(self.seen)


def tree(root: int) -> list[int]:
    """The process and its live descendants (children of any of their threads: pools fork from threads)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                todo.extend(int(child) for child in task.read_text().split())
            except OSError:  # the thread or process ended meanwhile
                continue
    return found


def high_water_kb(pid: int) -> int:
    """A process's peak resident set so far (VmHWM, in kB); 0 once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+)", status, re.MULTILINE)
    return int(found.group(1)) if found else 0


def cpu_of_children() -> float:
    """CPU seconds (user + system) of every child process waited for so far, theirs included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child_build(sources: Path, dist: Path) -> dict[str, Any]:
    """One build in a fresh process, as a user runs it, every process of it watched for memory."""
    command = [sys.executable, "-c", CHILD, str(sources), str(dist)]
    before = cpu_of_children()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreePeak(process.pid) as peak:
        out, err = process.communicate()
    cpu = cpu_of_children() - before  # the build and every worker it waited for
    if process.returncode != 0:
        raise SystemExit(f"bench: build failed:\n{err}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    # the child's own figures cover what sampling can miss: the main process's last moments, a short worker
    result["main_mb"] = max(result["main_mb"], peak.main_kb / 1024)
    result["workers_mb"] = max(result.pop("children_mb"), peak.workers_kb / 1024)
    result["peak_mb"] = max(result["main_mb"], result["workers_mb"])
    result["processes"] = peak.processes
    result["cpu_s"] = cpu
    return result


def describe(name: str, run: dict[str, Any]) -> None:
    """One progress line for a whole build."""
    stages = "  ".join(f"{k} {v:.2f}s" for k, v in run["timings"].items())
    print(
        f"   {name}: {run['seconds']:.2f}s (cpu {run['cpu_s']:.2f}s), {run['rendered']} units rendered, "
        f"peak {run['main_mb']:.0f} MB main, {run['workers_mb']:.0f} MB largest of {run['processes'] - 1} others, "
        f"failures {run['failures']}; {stages}"
    )


def sheet_pdfs(dist: Path) -> list[Path]:
    """The per-document sheet PDFs (the course-wide ones left out)."""
    return [p for p in sorted((dist / "pdf").glob("*.pdf")) if not p.name.startswith("course-")]


def pdf_pages(dist: Path) -> int:
    """Pages of every PDF in dist/, counted with pypdf (for code whose report does not say)."""
    from pypdf import PdfReader

    return sum(len(PdfReader(p).pages) for p in sorted((dist / "pdf").glob("*.pdf")))


def pdf_builds(docs: int, work: Path, outputs: list[str]) -> dict[str, float]:
    """Cold build with PDFs, no-change rebuild, one-document edit: their figures."""
    sources = make_corpus(work / "full", docs, outputs)
    dist = work / "dist-full"
    cold = child_build(sources, dist)
    describe("cold build", cold)
    again = child_build(sources, dist)
    describe("no-change rebuild", again)
    edited = edit_one(sources)
    edit = child_build(sources, dist)
    describe(f"one-character edit to {edited}", edit)
    figures = {"cold_s": cold["seconds"], "edit_s": edit["seconds"], "nochange_s": again["seconds"]}
    figures |= {"cold_cpu_s": cold["cpu_s"], "edit_cpu_s": edit["cpu_s"]}
    figures["peak_rss_mb"] = max(run["peak_mb"] for run in (cold, again, edit))
    if "pdf" in outputs:
        figures.update(pdf_figures(dist, cold))
    return figures


def pdf_figures(dist: Path, cold: dict[str, Any]) -> dict[str, float]:
    """Pages per second of the cold build's PDF stage, and the mean size of a per-document sheet."""
    pages = cold["pages"] or pdf_pages(dist)
    pdf_s = cold["timings"].get("pdf", 0.0)
    sheets = sheet_pdfs(dist)
    kb = statistics.mean(p.stat().st_size for p in sheets) / 1024 if sheets else 0.0
    print(f"   PDF: {pages} pages in {pdf_s:.2f}s; {len(sheets)} per-document sheets, mean {kb:.0f} KB")
    return {"pdf_pages_per_s": pages / pdf_s if pdf_s else 0.0, "pdf_kb_per_sheet": kb, "pdf_pages": pages}


def no_pdf_builds(docs: int, work: Path, outputs: list[str]) -> dict[str, float]:
    """Cold build without PDFs and the one-document edit without PDFs: their figures."""
    sources = make_corpus(work / "nopdf", docs, [name for name in outputs if name != "pdf"])
    dist = work / "dist-nopdf"
    cold = child_build(sources, dist)
    describe("cold build without PDF", cold)
    edited = edit_one(sources)
    edit = child_build(sources, dist)
    describe(f"one-character edit to {edited} without PDF", edit)
    return {
        "no_pdf_s": cold["seconds"],
        "no_pdf_edit_s": edit["seconds"],
        "no_pdf_cpu_s": cold["cpu_s"],
        "no_pdf_edit_cpu_s": edit["cpu_s"],
        "peak_rss_mb": max(cold["peak_mb"], edit["peak_mb"]),
    }


def bench(docs: int, work: Path, outputs: list[str], *, with_pdf: bool, stages: bool) -> dict[str, float]:
    """Every figure for one course size, progress printed as it is measured."""
    load = os.getloadavg()[0]  # other agents share the two cores: wall times grow with it, CPU times less
    kind = "" if with_pdf else " (no PDF builds)"
    print(f"== {docs} documents, outputs {', '.join(outputs)}{kind}, load average {load:.1f}")
    texts_at = make_corpus(work / "texts", docs, outputs)
    read, read_s = read_all(texts_at)
    if stages:
        print_stages(texts_at, read, read_s, outputs)
    shadows = [para.shadow for source in read for para in source.paragraphs]
    megabytes = sum(len(t.encode("utf-8")) for t in shadows) / 1e6
    figures: dict[str, float] = {"jieba_floor_s": floor(JIEBA, shadows), "rjieba_floor_s": floor(RJIEBA, shadows)}
    print(
        f"   jieba alone {figures['jieba_floor_s']:.2f}s, rjieba alone {figures['rjieba_floor_s']:.2f}s "
        f"for {megabytes:.1f} MB of text"
    )
    peaks = []
    if with_pdf:
        full = pdf_builds(docs, work, outputs)
        peaks.append(full.pop("peak_rss_mb"))
        figures.update(full)
    no_pdf = no_pdf_builds(docs, work, outputs)
    peaks.append(no_pdf.pop("peak_rss_mb"))
    figures.update(no_pdf)
    figures["ratio_no_pdf"] = figures["no_pdf_s"] / figures["jieba_floor_s"]
    figures["peak_rss_mb"] = max(peaks)
    figures["load"] = load
    if figures.get("pdf_pages_per_s") == 0.0 and with_pdf:  # a report without a "pdf" timing: the difference
        pages = figures.pop("pdf_pages")
        figures["pdf_pages_per_s"] = pages / max(figures["cold_s"] - figures["no_pdf_s"], 1e-9)
        print("   PDF: no pdf timing in the report; pages/s from cold_s - no_pdf_s")
    figures.pop("pdf_pages", None)
    shutil.rmtree(work, ignore_errors=True)  # 1,000-document corpora and dists are large
    return figures


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's median over the runs."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


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


def size_line(docs: int, figures: dict[str, float]) -> str:
    """The one line a script reads for one size: the figures measured, in a fixed order."""
    return " ".join([f"docs={docs}", *(f"{k}={figures[k]:.2f}" for k in LINE_KEYS if k in figures)])


def code_version(code: Path) -> str:
    """The checkout's commit, and whether its working tree has changes (other agents' uncommitted work)."""
    run = [["git", "-C", str(code), "rev-parse", "--short", "HEAD"], ["git", "-C", str(code), "status", "--short"]]
    head, status = (subprocess.run(c, capture_output=True, text=True).stdout.strip() for c in run)
    return f"{head or 'unknown'}{' + uncommitted changes' if status else ''}"


def rerun_on_frozen_code(code: Path, commit: str | None) -> None:
    """Run the benchmark again on a copy of the code (`code`'s src/study, or `commit` of this repository),
    so that edits made meanwhile cannot change the figures.

    The build cache keys on a fingerprint of the code; in a tree where people are working, a file saved
    between the cold build and the rebuild would make the rebuild re-render everything.
    """
    work = Path(tempfile.mkdtemp(prefix="study-bench-"))
    try:
        if commit:
            print(f"bench: freezing commit {commit} of {ROOT}", flush=True)
            export_commit(commit, work / "export")
            code = work / "export"
        else:
            print(f"bench: freezing {code} at {code_version(code)}", flush=True)
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(code / "src" / "study", work / "code" / "study", ignore=ignore)
        shutil.copytree(code / "templates", work / "templates")
        env = {**os.environ, FROZEN: str(work), "PYTHONPATH": str(work / "code")}
        raise SystemExit(subprocess.run([sys.executable, *sys.argv], env=env).returncode)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def export_commit(commit: str, folder: Path) -> None:
    """src/ and templates/ as they are at `commit`, written to `folder` (git archive: no worktree, no index)."""
    folder.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "src", "templates"], capture_output=True
    )
    if archive.returncode != 0:
        raise SystemExit(f"bench: cannot export {commit}: {archive.stderr.decode()}")
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)


def arguments() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", default="5,100,1000", help="course sizes, comma-separated (default 5,100,1000)")
    parser.add_argument("--no-pdf", action="store_true", help="leave PDFs out of the full build too (quicker)")
    parser.add_argument(
        "--no-pdf-only", action="store_true", help="only the builds without PDFs (a quick 1,000-document run)"
    )
    parser.add_argument("--outputs", default=",".join(ALL_OUTPUTS), help="outputs to build (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; each figure is their median")
    parser.add_argument("--no-stages", action="store_true", help="skip the in-process per-stage times")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code to run (default: this one)")
    parser.add_argument("--commit", help="run this repository's code as it is at this commit (a baseline)")
    return parser.parse_args()


def main() -> None:
    """Run the benchmark for each course size asked for."""
    args = arguments()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress as it happens
    sizes = [int(n) for n in args.docs.split(",")]
    if FROZEN not in os.environ:
        rerun_on_frozen_code(args.code.resolve(), args.commit)
    work = Path(os.environ[FROZEN])
    import study

    print(f"bench: code {Path(study.__file__).parent}, corpora and builds in {work}")
    outputs = [name for name in args.outputs.split(",") if not (args.no_pdf and name == "pdf")]
    for n, docs in enumerate(sizes):
        runs = []
        for i in range(args.repeat):
            runs.append(
                bench(docs, work / f"{docs}-{i}", outputs, with_pdf=not args.no_pdf_only, stages=not args.no_stages)
            )
            if args.repeat > 1:
                print(f"   run {i + 1}: {size_line(docs, runs[-1])}")
        figures = median_of(runs)
        if n == len(sizes) - 1:
            figures.update(parser_figures())
        print(size_line(docs, figures))


if __name__ == "__main__":
    main()
