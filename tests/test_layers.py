"""The stages' layering, read from the code's imports: renderers write what generation made, never generate."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "study"

# stage package → the stages it must never import (directly; nothing of theirs may be reached from it either)
FORBIDDEN = {
    "render": ("study.generate", "study.read", "study.parse", "study.work", "study.build"),
    "read": ("study.render", "study.generate", "study.parse", "study.work", "study.build"),
    "parse": ("study.render", "study.generate", "study.work", "study.build"),
    "generate": ("study.render", "study.work", "study.build"),
}


def imported(path: Path) -> set[str]:
    """Every module a source file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offending(stage: str) -> list[str]:
    """The imports of a stage's modules that reach a stage it must not."""
    found = []
    for path in sorted((PACKAGE / stage).rglob("*.py")):
        for name in sorted(imported(path)):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[stage]):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_a_stage_never_imports_a_later_one(stage: str) -> None:
    assert offending(stage) == []


def test_the_generated_data_needs_no_stage() -> None:
    # study.generated is what generation hands to the renderers: plain data, importing neither side
    stages = ("study.generate", "study.render", "study.read", "study.parse", "study.work", "study.build")
    assert not [name for name in imported(PACKAGE / "generated.py") if name.startswith(stages)]


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from study.generate.cards import Card\n    import study.work\n", encoding="utf-8")
    assert imported(sample) == {"study.generate.cards", "study.work"}


def test_starting_a_build_imports_no_reader_or_parser() -> None:
    # a build whose documents are all cached never reads or parses: their packages load the reader's and the
    # parser's rules (a quarter of a second) only when a document changed
    code = (
        "import sys, study.build; print(sorted(m for m in sys.modules if m.startswith(('study.parse', 'study.read'))))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.strip() == "[]"


def test_a_build_imports_the_parser_only_to_parse() -> None:
    """A build whose documents are all cached never imports the parser (a third of a second, 388 patterns
    compiled): nothing the orchestrator imports may reach it at the top of a module (a constant of the
    parser's imported by the cards had made every edit of a small course half a second slower)."""
    script = "import sys, study.build; print(sorted(m for m in sys.modules if m.startswith('study.parse')))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
