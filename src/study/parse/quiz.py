"""Quiz pages: the lettered choices under a question are the question's, not points of the text.

A question bank (题库, 应知应会, 考题) sets its choices as A. B. C. D. under each question: a student memorizes
the answer, not the list of choices, three of which are wrong. A lettered list is a question's choices when
the text just before its first letter asks: it holds a blank to fill (（ ）, (A), ____), ends with a question
mark, or names the kind of question (单选题, 多项选择).
"""

from __future__ import annotations

import re

from study.model import Paragraph
from study.parse.drafts import DraftList

LETTERED = ("A.",)  # the marker families a quiz letters its choices with
CHOICES_MAX = 6  # a question offers at most A–F
ASKED_REACH = 80  # characters before the first choice looked at for the question
# a blank: brackets holding nothing but spaces or answer letters, or a run of underscores
BLANK = re.compile(r"[（(][ \u3000A-Da-d、,，]*[）)]|[_＿]{2,}")
QUESTION_KIND = re.compile(r"[单多]选题|[单多]项选择|选择题|判断题|不定项")
_QUESTION_MARK = re.compile(r"[？?][ \u3000]*$")


def _asked(text: str) -> bool:
    """True when text (what stands before the choices) asks: a blank, a quiz tag, or a closing question mark."""
    tail = text.rstrip(" \u3000")[-ASKED_REACH:]
    return bool(BLANK.search(tail) or QUESTION_KIND.search(tail) or _QUESTION_MARK.search(tail))


def _before_first(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> str:
    """The text right before the list's first choice: its paragraph's words before it, else the paragraph above."""
    para, at = draft.start
    if at > 0:
        return paragraphs[para].shadow[:at]
    return paragraphs[para - 1].shadow if para > 0 else ""


def quiz_choices(paragraphs: tuple[Paragraph, ...], draft: DraftList) -> bool:
    """True when a lettered list is the choices of the question just before it."""
    if draft.style not in LETTERED or len(draft.items) > CHOICES_MAX:
        return False
    return _asked(_before_first(paragraphs, draft))
