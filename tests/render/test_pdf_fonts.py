"""Choosing the sheets' CJK font family from what fontconfig lists."""

from __future__ import annotations

import pytest

from study.errors import StudyError
from study.render import fonts
from study.render.fonts import best_family, cjk_families, pick_families


def test_serif_simplified_chinese_is_preferred() -> None:
    installed = frozenset({"Noto Sans CJK SC", "Noto Serif CJK JP", "Noto Serif CJK SC", "Noto Serif CJK TC"})
    assert best_family(installed) == "Noto Serif CJK SC"


def test_an_unknown_chinese_family_is_used_simplified_first() -> None:
    assert best_family(frozenset({"Foo Mono SC", "Bar TC", "Baz Song SC"})) == "Baz Song SC"


def test_no_chinese_family_says_how_to_install_one() -> None:
    with pytest.raises(StudyError) as caught:
        best_family(frozenset())
    assert "apt-get install fonts-noto-cjk" in caught.value.format_message()


def test_the_users_chinese_family_is_used_alone() -> None:
    assert pick_families(frozenset({"Noto Serif CJK SC", "AR PL UKai CN"}), "AR PL UKai CN") == ("AR PL UKai CN",)


def test_a_latin_family_of_the_user_gets_a_chinese_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_fc_list", lambda pattern: frozenset({"DejaVu Serif"}))
    assert pick_families(frozenset({"Noto Serif CJK SC"}), "DejaVu Serif") == ("DejaVu Serif", "Noto Serif CJK SC")


def test_a_missing_family_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_fc_list", lambda pattern: frozenset())
    with pytest.raises(StudyError) as caught:
        pick_families(frozenset({"Noto Serif CJK SC"}), "Nowhere Sans")
    message = caught.value.format_message()
    assert message.startswith("course.toml: font:") and "Nowhere Sans" in message and "\n" not in message


def test_fontconfig_patterns_escape_special_characters() -> None:
    assert fonts._escape("A-B:C,D") == r"A\-B\:C\,D"


def test_this_machine_has_a_chinese_family_installed() -> None:
    # .ci/setup installs fonts-noto-cjk: the real lookup must find it
    assert cjk_families() == ("Noto Serif CJK SC",)
    assert cjk_families("Noto Sans CJK SC") == ("Noto Sans CJK SC",)


def test_traditional_pages_use_the_traditional_sibling_when_installed() -> None:
    installed = frozenset({"Noto Serif CJK SC", "Noto Serif CJK TC"})
    assert pick_families(installed, None, "traditional") == ("Noto Serif CJK TC",)
    assert pick_families(installed, None, "simplified") == ("Noto Serif CJK SC",)
    assert pick_families(frozenset({"Noto Serif CJK SC"}), None, "traditional") == ("Noto Serif CJK SC",)
    assert pick_families(installed, "Noto Serif CJK SC", "traditional") == ("Noto Serif CJK SC",)  # the user's
