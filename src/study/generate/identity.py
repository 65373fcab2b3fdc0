"""What each list and item of an outline is about, in content terms: the anchors of note identity.

A note's identity must survive every revision of its document: a list inserted above it shifts every
positional key (e.g. "2.3/1.1") after it, so identity is built from what the point says instead. A
list's anchor is its topic (its lead, else the head of the item it sits under) and its items' heads; an
item's anchor is its list's topic and its own head. Texts are normalized (simplified script, no
punctuation, markers or spaces), so a re-punctuated or re-numbered point keeps its anchor. Identical
anchors in one document are told apart by the place they stand in (their context and neighbours),
which render/ledger.py compares; the text and place recorded here are what it matches a reworded point by.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from study.generated import Anchor, normalized
from study.model import Document, EnumList, Item

TEXT_MAX = 160  # characters of normalized text kept to compare a reworded point with its old wording
HASH_CHARS = 16  # hex digits of an anchor or place hash: 64 bits, no collisions within a document


def hashed(*parts: str) -> str:
    """A short stable hash of some normalized texts ("" when they are all empty: no neighbour)."""
    if not any(parts):
        return ""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:HASH_CHARS]


def topic(lst: EnumList, parent: Item | None) -> str:
    """What a list is about: its lead, else the head of the item it sits under ("" at the top, unled)."""
    lead = normalized(lst.lead) if lst.lead else ""
    return lead or (normalized(parent.head) if parent else "")


def item_text(item: Item) -> str:
    """An item's whole text without its marker, normalized and cut to TEXT_MAX."""
    text = item.text[len(item.marker) :] if item.marker and item.text.startswith(item.marker) else item.text
    return normalized(text)[:TEXT_MAX]


def neighbour(texts: list[str], at: int) -> str:
    """The hash of texts[at], or "" past either end."""
    return hashed(texts[at]) if 0 <= at < len(texts) else ""


def item_anchors(lst: EnumList, about: str, heads: list[str]) -> Iterator[tuple[str, Anchor]]:
    """The anchor of every item of a list, by item key, from its items' normalized `heads`."""
    for at, item in enumerate(lst.items):
        key = hashed("item", about, heads[at])
        yield item.key, Anchor(key, item_text(item), hashed(about), neighbour(heads, at - 1), neighbour(heads, at + 1))


def list_anchor(heads: list[str], about: str, parent: Item | None, siblings: list[str], at: int) -> Anchor:
    """A list's anchor: its topic and its items' normalized `heads`; its place, the item it sits under and its
    sibling lists."""
    text = "|".join([about, *heads])[:TEXT_MAX]
    where = hashed(normalized(parent.head)) if parent else ""
    return Anchor(hashed("list", about, *heads), text, where, neighbour(siblings, at - 1), neighbour(siblings, at + 1))


def sibling_anchors(lists: tuple[EnumList, ...], parent: Item | None) -> Iterator[tuple[str, Anchor]]:
    """The anchors of some sibling lists, of their items and of everything under them."""
    topics = [topic(lst, parent) for lst in lists]
    for at, lst in enumerate(lists):
        heads = [normalized(item.head) for item in lst.items]  # once for the list's anchor and its items'
        yield lst.key, list_anchor(heads, topics[at], parent, topics, at)
        yield from item_anchors(lst, topics[at], heads)
        for item in lst.items:
            yield from sibling_anchors(item.lists, item)


def outline_anchors(doc: Document) -> dict[str, Anchor]:
    """The anchor of every list and item of a document, by its structural key (a list's and an item's
    keys never clash: an item's last segment holds a dot, a list's none)."""
    return dict(sibling_anchors(doc.lists, None))
