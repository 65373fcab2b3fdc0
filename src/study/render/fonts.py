"""Font discovery for the printed sheets: find an installed CJK family by name with fontconfig.

WeasyPrint must be given a family *name*: an @font-face on a .ttc file picks its first face, which in
Noto CJK is the Japanese one, so glyph shapes would be wrong.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess

from study.errors import StudyError

# preferred families, best first: serif faces read better on paper; all are Simplified Chinese faces
PREFERRED = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "AR PL UMing CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
)

INSTALL_HINT = "no Chinese (CJK) font is installed: install one, e.g. `apt-get install fonts-noto-cjk`"
NO_FONTCONFIG = "fc-list not found: install fontconfig and a CJK font (`apt-get install fontconfig fonts-noto-cjk`)"


def _fc_list(pattern: str) -> frozenset[str]:
    """The family names fontconfig lists for a pattern (every alias of a multi-named font)."""
    if shutil.which("fc-list") is None:
        raise StudyError(NO_FONTCONFIG)
    out = subprocess.run(["fc-list", pattern, "family"], capture_output=True, text=True, check=False).stdout
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(",") if name.strip())


def _escape(name: str) -> str:
    """A family name quoted for a fontconfig pattern, where - : , and backslash are special."""
    return re.sub(r"([-:,\\])", r"\\\1", name)


@functools.cache
def chinese_families() -> frozenset[str]:
    """Every installed family that covers Chinese."""
    return _fc_list(":lang=zh")


def missing_fonts() -> str | None:
    """Why no page can be printed on this machine (no fontconfig, no Chinese font), or None when one can."""
    if shutil.which("fc-list") is None:
        return NO_FONTCONFIG
    return None if chinese_families() else INSTALL_HINT


def best_family(installed: frozenset[str]) -> str:
    """The best installed Chinese family; raise StudyError with the install hint when there is none."""
    for family in PREFERRED:
        if family in installed:
            return family
    # any Simplified Chinese face before any other Chinese one, in a stable order
    ranked = sorted(installed, key=lambda name: (not name.endswith(" SC"), "Mono" in name, name))
    if not ranked:
        raise StudyError(INSTALL_HINT)
    return ranked[0]


def for_script(family: str, installed: frozenset[str], script: str) -> str:
    """The traditional-Chinese sibling of a family (… SC → … TC) for traditional pages, when installed."""
    sibling = family.removesuffix(" SC") + " TC"
    return sibling if script == "traditional" and family.endswith(" SC") and sibling in installed else family


def pick_families(installed: frozenset[str], wanted: str | None, script: str = "simplified") -> tuple[str, ...]:
    """The font stack: the user's family if installed (with a Chinese fallback if it lacks Chinese)."""
    best = for_script(best_family(installed), installed, script)
    if wanted is None:
        return (best,)
    if wanted in installed:
        return (wanted,)
    if wanted in _fc_list(":family=" + _escape(wanted)):
        return (wanted, best)
    raise StudyError(
        f"'{wanted}' is not an installed font family (see `fc-list :lang=zh family`)", where="course.toml: font"
    )


def cjk_families(wanted: str | None = None, script: str = "simplified") -> tuple[str, ...]:
    """The installed font families for a page in `script`, best first; StudyError when none has Chinese."""
    return pick_families(chinese_families(), wanted, script)
