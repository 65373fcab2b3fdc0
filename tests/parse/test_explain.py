"""`study parse --explain`: every kept list with its rule and evidence, every refused candidate with why."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from study.cli import main
from study.parse.explain import explain
from tests.parse.conftest import make_source

TEXT = "工作有以下三个方面：\n（一）抓学习。\n（二）抓落实。\n（三）抓监督。\n二要快，二要好。"


def test_kept_lists_show_rule_lead_and_count() -> None:
    report = explain(make_source(TEXT))
    kept = report.split("refused:")[0]
    assert "line 2 <（一）> by marker" in kept
    assert "lead: 工作有以下三个方面：" in kept
    assert "announced count 3 matches 3 items" in kept


def test_a_count_that_disagrees_is_said() -> None:
    report = explain(make_source("要做好以下四件事：\n1.修路。\n2.架桥。"))
    assert "announced count 4 does NOT match 2 items" in report


def test_cli_explain_keeps_json_on_stdout(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--format", "json", "--explain", str(path)])
    assert result.exit_code == 0
    assert result.stdout.lstrip().startswith("{")
    assert "kept:" in result.stderr


def test_a_marker_list_dropped_before_the_resolver_is_shown_refused_with_why() -> None:
    # numbers a sharing page puts on the chunks it cut a text into: no list, and --explain says so
    long = "这一年里，某某乡上下齐心协力，修了一条路，建了一座桥，办了几件群众盼望已久的实事，村里的面貌有了新的"
    report = explain(make_source(f"1、工作总结 {long}变化，我们\n2、的干劲更足了。{long}改善，在修建\n3、的时节。"))
    refused = report.split("refused:", 1)[1]
    assert "<1、> by marker" in refused and "stops mid-sentence" in refused


def test_a_notice_s_attachments_are_no_list_and_explain_says_why() -> None:
    # after the body, 附件： names the files the notice sends: no points, not part of its last section
    body = "一、栽树\n各村要组织群众义务栽树。\n二、护林\n各村要落实护林责任。\n"
    source = make_source(f"{body}附件：1.苗木登记表\n2.护林员名单\n某某乡人民政府\n")
    report = explain(source)
    kept, refused = report.split("refused:", 1)
    assert "<1.>" not in kept and "attachments" in refused
