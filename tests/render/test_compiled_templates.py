"""Templates are compiled once and kept between builds (render.sheets.CompiledTemplates); a kept file that
cannot be read or a folder that cannot be written is no error, only a template compiled again."""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2
import pytest

import study.render.sheets
from study.render.sheets import CompiledTemplates, compiled_templates

TEMPLATES = {"page.html.j2": "<p>{{ name }}：{{ items | join('、') }}</p>"}


def environment(folder: Path) -> jinja2.Environment:
    """A fresh environment keeping its compiled templates in `folder`."""
    return jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), bytecode_cache=CompiledTemplates(str(folder)))


def render(env: jinja2.Environment) -> str:
    return env.get_template("page.html.j2").render(name="三个务必", items=["谦虚谨慎", "艰苦奋斗"])


def no_compiling(env: jinja2.Environment, monkeypatch: pytest.MonkeyPatch) -> None:
    def compile_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(env, "compile", compile_again)


def test_a_template_compiled_once_is_loaded_compiled_the_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = render(environment(tmp_path))
    assert list(tmp_path.iterdir())
    env = environment(tmp_path)
    no_compiling(env, monkeypatch)
    assert render(env) == first == "<p>三个务必：谦虚谨慎、艰苦奋斗</p>"


def test_a_changed_template_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    render(environment(tmp_path))
    monkeypatch.setitem(TEMPLATES, "page.html.j2", "<p>{{ name }}</p>")
    assert render(environment(tmp_path)) == "<p>三个务必</p>"


def test_a_damaged_kept_template_is_compiled_again(tmp_path: Path) -> None:
    render(environment(tmp_path))
    for kept in tmp_path.iterdir():
        kept.write_bytes(kept.read_bytes()[:20])
    assert render(environment(tmp_path)) == "<p>三个务必：谦虚谨慎、艰苦奋斗</p>"


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    assert render(environment(tmp_path / "gone")) == "<p>三个务必：谦虚谨慎、艰苦奋斗</p>"


def test_the_sheets_kept_templates_are_named_by_the_code_that_sets_their_options() -> None:
    """jinja keys a compiled template by its source alone; compiled under other options (trim_blocks…) it
    is other code, so the sheets' cache names what sets them (render/sheets.py)."""
    cache = compiled_templates()
    assert isinstance(cache, CompiledTemplates)
    digest = hashlib.sha256(Path(study.render.sheets.__file__).read_bytes()).hexdigest()[:16]
    assert cache.pattern == f"__study_{digest}_%s.cache"
