"""study.script: the one home of script conversion and language tags."""

from __future__ import annotations

import ast
from pathlib import Path

from study import script
from study.config import SCRIPTS
from study.script import REMEMBERED_LENGTH, simplify, simplify_each

SRC = Path(__file__).resolve().parents[1] / "src" / "study"


def test_every_script_setting_has_a_converter() -> None:
    assert set(script.CONVERTERS) == set(SCRIPTS)
    assert script.CONVERTERS["original"]("關於") == "關於"
    assert script.CONVERTERS["simplified"]("關於改進") == "关于改进"
    assert script.CONVERTERS["traditional"]("关于改进") == "關於改進"


def test_one_language_tag_per_script() -> None:
    assert script.lang_tag("simplified") == "zh-Hans" and script.lang_tag("traditional") == "zh-Hant"
    assert script.lang_tag("original") == "zh-Hans"
    assert script.output_script("original", "traditional") == "traditional"
    assert script.output_script("simplified", "traditional") == "simplified"


def test_script_conversion_has_one_home() -> None:
    assert not (SRC / "read" / "script.py").exists()  # the old home is gone: every stage imports study.script


def test_no_other_module_makes_an_opencc_converter_or_a_language_table() -> None:
    for path in SRC.rglob("*.py"):
        if path == SRC / "script.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert "opencc" not in imported, path
        text = path.read_text(encoding="utf-8")
        assert '"zh-CN"' not in text and '"zh-TW"' not in text, path


def test_each_text_is_simplified_together_as_alone() -> None:
    texts = ["堅持黨的領導", "", "為人民服務", "發展是第一要務"]
    assert simplify_each(texts) == [simplify(t) for t in texts] == ["坚持党的领导", "", "为人民服务", "发展是第一要务"]
    assert simplify_each([]) == []


def test_a_remembered_short_text_and_a_long_one_simplify_alike() -> None:
    short, long = "聯繫群眾", "聯繫群眾。" * 100  # remembered, and converted each time
    assert simplify(short) == simplify(short) == "联系群众"
    assert simplify(long) == "联系群众。" * 100 and len(long) > REMEMBERED_LENGTH
