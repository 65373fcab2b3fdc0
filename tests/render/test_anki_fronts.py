"""Issue 10: every 列举 and 数量 card of the seed course says what it asks, read back from a real Anki collection."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from study.config import Settings
from study.model import Course
from study.parse import load_document
from study.render.ledger import Ledger
from study.work import output_files


def render(course: Course, settings: Settings, ledger: Ledger | None = None) -> dict[str, bytes]:
    """The deck's files for a course, as a build makes them."""
    return output_files("anki", course, settings, ledger)


SOURCES = Path(__file__).resolve().parents[2] / "sources"
MIN_HANZI = 8
TAGS = re.compile(r"<style>.*?</style>|<[^>]+>", re.S)
HANZI = re.compile(r"[\u4e00-\u9fff]")
# the tool's own question words, in either script: what remains must say what is asked
ASKING = re.compile(r"有哪[一二两兩三四五六七八九十]+[项項]|共有幾項|共有几项|[几幾][个個项項条條]")


@pytest.fixture(scope="module")
def fronts(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    """(kind, front text, document title) of every list and count card, as Anki renders the question."""
    documents = tuple(load_document(path) for path in sorted(SOURCES.glob("*.txt")))
    course = Course("5eed5eed5eed5eed", "群众路线学习", documents)
    folder = tmp_path_factory.mktemp("anki-fronts")
    (folder / "deck.apkg").write_bytes(render(course, Settings())["群众路线学习.apkg"])
    col = Collection(str(folder / "collection.anki2"))
    col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(folder / "deck.apkg"), options=ImportAnkiPackageOptions())
    )
    titles = [d.label for d in documents]
    found = []
    for kind in ("list", "count"):
        for cid in col.find_cards(f"tag:kind::{kind}"):
            card = col.get_card(cid)
            text = " ".join(TAGS.sub(" ", card.question()).split())
            title = next((t for t in titles if t in text), "")
            found.append((kind, text, title))
    col.close()
    return found


def said(text: str, title: str) -> int:
    """Hanzi on a front besides the question words, the document's title and the subdeck/badge words."""
    rest = ASKING.sub("", text.replace(title, "") if title else text)
    rest = re.sub(r"列舉|列举|數量|数量|群众路线学习", "", rest)
    return len(HANZI.findall(rest))


def test_there_are_list_and_count_cards(fronts: list[tuple[str, str, str]]) -> None:
    kinds = {kind for kind, _, _ in fronts}
    assert kinds == {"list", "count"} and len(fronts) >= 40


def test_every_list_and_count_front_says_what_it_asks(fronts: list[tuple[str, str, str]]) -> None:
    short = [(kind, text.strip()[:80]) for kind, text, title in fronts if said(text, title) < MIN_HANZI]
    assert short == []


def test_no_front_asks_about_a_bare_opener(fronts: list[tuple[str, str, str]]) -> None:
    for _, text, _ in fronts:
        assert not re.search(r"(?:^|\s)(?:我认为|主要表现在|當前|当前)[：:,，]?\s*有哪", text), text
