"""The detector table: one row per class of structure, in priority order.

Each detector reads a Scene (the paragraphs, and what earlier detectors already claimed) and proposes
candidate lists with their evidence; the resolver (resolve.py) keeps a consistent set. A new class of
structure is a new module with a `find(scene)` function and a row here, never an edit to the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from study.model import Paragraph
from study.parse import headings
from study.parse.anaphora import block_lists, inline_lists
from study.parse.bullets import bullet_lists
from study.parse.closings import closing_drafts, closing_lists, inline_closing_lists
from study.parse.count_openings import opening_count_lists
from study.parse.drafts import DraftList
from study.parse.glosses import gloss_lists
from study.parse.inline import count_lists, semicolon_lists, series_lists
from study.parse.inline_colon import colon_lists, label_lists
from study.parse.leads import without_greeting
from study.parse.markers import Marker
from study.parse.paragraphs import paragraph_lists
from study.parse.parallels import parallel_lists
from study.parse.sequence import marker_lists
from study.parse.stages import stage_lists


@dataclass(frozen=True)
class Scene:
    """What detectors read: the paragraphs, the numbered markers, the block lists accepted so far, the title."""

    paragraphs: tuple[Paragraph, ...]
    accepted: list[DraftList] = field(default_factory=list)  # grows as the resolver accepts block lists
    title: str | None = None  # the document's title, which the reader takes out of the paragraphs

    @cached_property
    def numbered(self) -> tuple[list[DraftList], list[Marker], set[int], list[tuple[DraftList, str]]]:
        """The marker lists, the markers that continue no numbering, the paragraphs opening with a marker, and the
        numbered runs that are no list, with why."""
        return marker_lists(self.paragraphs)

    @cached_property
    def closings(self) -> tuple[DraftList, ...]:
        """The runs of points closed by 此其一, 此其二 …, block and inline, read once for the two rows keeping them."""
        return closing_drafts(self.paragraphs)

    @property
    def marked(self) -> set[int]:
        """Paragraphs that open with a marker or begin an accepted block list's item."""
        starts = {item.start[0] for draft in self.accepted for item in draft.items if item.start[1] == 0}
        return self.numbered[2] | starts


Finder = Callable[["Scene"], Iterable[DraftList]]


@dataclass(frozen=True)
class Detector:
    """One row of the table: a name (recorded on its lists), its finder, and whether its lists stay
    inside one sentence (inline lists nest on the paragraph-level point around them)."""

    name: str
    find: Finder
    inline: bool = False


def _addressed(find: Finder) -> Finder:
    """A finder whose lists take no notice's greeting for their lead (各党支部： names readers, announces nothing)."""

    def found(scene: Scene) -> Iterable[DraftList]:
        for draft in find(scene):
            lead = without_greeting(draft.lead) if draft.lead else draft.lead
            yield replace(draft, lead=lead) if lead != draft.lead else draft

    return found


def _markers(scene: Scene) -> Iterable[DraftList]:
    return scene.numbered[0]


def _paragraphs(scene: Scene) -> Iterable[DraftList]:
    return paragraph_lists(scene.paragraphs, scene.marked)


def _on_paragraphs(rule: Callable[[tuple[Paragraph, ...]], Iterable[DraftList]]) -> Finder:
    """A rule that reads only the paragraphs, as a detector."""
    return lambda scene: rule(scene.paragraphs)


# block detectors first (they own paragraphs), then inline ones; within each, earlier rows win overlaps
_TABLE: tuple[Detector, ...] = (
    Detector("bullet", _on_paragraphs(bullet_lists)),
    Detector("marker", _markers),
    Detector("stage", _on_paragraphs(stage_lists)),
    Detector("heading", headings.find),
    Detector("closing", lambda scene: closing_lists(scene.closings)),  # 此其一: a numbered mark, at the point's end
    Detector("paragraph", _paragraphs),
    Detector("anaphora", lambda scene: block_lists(scene.paragraphs, scene.marked, scene.title)),
    Detector("closing-inline", lambda scene: inline_closing_lists(scene.closings), inline=True),
    Detector("count", _on_paragraphs(count_lists), inline=True),
    Detector("count-opening", _on_paragraphs(opening_count_lists), inline=True),
    Detector("gloss", _on_paragraphs(gloss_lists), inline=True),  # 新发展理念（创新、协调、绿色、开放、共享）
    Detector("label", _on_paragraphs(label_lists), inline=True),  # 德：A。能：B。勤：C。
    Detector("colon", _on_paragraphs(colon_lists), inline=True),
    Detector("semicolon", _on_paragraphs(semicolon_lists), inline=True),
    Detector("anaphora-inline", _on_paragraphs(inline_lists), inline=True),
    Detector("parallel", _on_paragraphs(parallel_lists), inline=True),  # A是人民创造的！B是人民培育的！
    Detector("series", _on_paragraphs(series_lists), inline=True),
)

# every row's lists are read the same way for a greeting: the table says what finds lists, not who may lead them
DETECTORS: tuple[Detector, ...] = tuple(replace(row, find=_addressed(row.find)) for row in _TABLE)

INLINE_RULE_NAMES = frozenset(d.name for d in DETECTORS if d.inline)
