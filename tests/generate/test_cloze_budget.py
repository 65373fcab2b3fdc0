"""A key sentence's cloze hides at most half of the sentence the card shows (made-up text)."""

from __future__ import annotations

from study.generate.cards import Scope, cloze_runs
from study.generate.terms import Vocabulary
from study.model import Document, Meta, Source

TERM = "优质化发展"  # a course term: the blank chooser takes it whole
VOCABULARY = Vocabulary(frozenset({TERM}), frozenset({TERM}), frozenset(), {TERM: 6}, {TERM: 3}, 10)


def scope(vocab: Vocabulary) -> Scope:
    """A scope that only carries the vocabulary and the level (cloze_runs reads no more)."""
    doc = Document(Source("a.txt", "a", None, Meta(), "simplified", ()), ())
    return Scope(doc, 0, None, None, {}, str, str, vocab, 2)


def test_the_share_hidden_counts_the_frame_and_subject_the_card_shows() -> None:
    # the item's own words (after the frame 坚定不移, which every item of its list opens on) are mostly the term:
    # five of eleven characters hidden leaves the card six to recall it from
    sentence = f"坚定不移推动{TERM}"
    runs = cloze_runs(sentence, scope(VOCABULARY), (4, len(sentence)))
    assert [text for text, hint in runs if hint is not None] == [TERM]
    assert "".join(text for text, _ in runs) == sentence


def test_a_cloze_that_would_hide_most_of_the_sentence_is_none() -> None:
    runs = cloze_runs(f"推动{TERM}", scope(VOCABULARY), None)
    assert runs == [(f"推动{TERM}", None)]
