"""dist/index.html in a real browser (headless Chromium): it loads, every link resolves, Chinese renders."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from study.build import BuildReport

from .conftest import snapshot

CJK_FAMILY = re.compile(r'font-family:\s*"([^"]*CJK[^"]*)"')
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class Links(HTMLParser):
    """The hrefs, element ids and title text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.hrefs.append(str(found["href"]))
        if found.get("id"):
            self.ids.add(str(found["id"]))
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "Chromium is not installed: run .ci/setup (Debian package chromium)"
    command = [exe, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


@pytest.fixture(scope="module")
def page(full_build: tuple[Path, Path, BuildReport], tmp_path_factory: pytest.TempPathFactory) -> Links:
    _, dist, report = full_build
    assert report.ok, report.failures
    profile = tmp_path_factory.mktemp("chromium-profile")
    dom = chromium(profile, "--dump-dom", (dist / "index.html").as_uri()).stdout
    links = Links()
    links.feed(dom)
    return links


def test_the_page_loads_with_the_course_title(page: Links) -> None:
    assert page.title == "学习课程"


def test_every_link_resolves(page: Links, full_build: tuple[Path, Path, BuildReport]) -> None:
    _, dist, _ = full_build
    assert page.hrefs
    for href in page.hrefs:
        parts = urlsplit(href)
        assert not parts.scheme and not parts.netloc, f"the page links outside dist/: {href}"
        if parts.path:
            assert (dist / unquote(parts.path)).is_file(), href
        if parts.fragment:
            assert parts.fragment in page.ids, href


def test_every_output_is_linked(page: Links, full_build: tuple[Path, Path, BuildReport]) -> None:
    _, dist, _ = full_build
    linked = {unquote(urlsplit(href).path) for href in page.hrefs}
    assert set(snapshot(dist)) - {"index.html"} <= linked


def test_every_document_is_listed(page: Links, full_build: tuple[Path, Path, BuildReport]) -> None:
    _, _, report = full_build
    for doc in report.documents:
        assert f"doc-{doc.stem}" in page.ids
        assert f"#doc-{doc.stem}" in page.hrefs


def test_chinese_renders_in_a_cjk_font(full_build: tuple[Path, Path, BuildReport], tmp_path: Path) -> None:
    _, dist, report = full_build
    printed, shot = tmp_path / "index.pdf", tmp_path / "index.png"
    uri = (dist / "index.html").as_uri()
    chromium(tmp_path / "profile", f"--print-to-pdf={printed}", "--no-pdf-header-footer", uri)
    chromium(tmp_path / "profile", f"--screenshot={shot}", "--window-size=1000,1400", uri)
    # Chromium prints its glyphs as Type 3 fonts without names, so ask fontconfig which font the page's
    # first family resolves to: the one Chromium draws with (a machine without a CJK font draws boxes)
    family = CJK_FAMILY.search((dist / "index.html").read_text(encoding="utf-8"))
    assert family, "the page names no CJK font family"
    match = ["fc-match", "-f", "%{family}", family.group(1)]
    assert "CJK" in subprocess.run(match, capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True).stdout
    titled = [doc.title for doc in report.documents if doc.title]
    assert titled and all(title.split()[0] in text for title in titled)
    assert shot.stat().st_size > 20_000  # a page of text, not a blank screen
