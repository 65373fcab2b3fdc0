"""Quiz pages: the lettered choices under a question are the question's, not points of the text.

A question bank (题库, 应知应会, 考题) sets its choices as A. B. C. D. under each question: a student memorizes
the answer, not the list of choices, three of which are wrong. A lettered list is a question's choices when
the text just before its first letter asks: it holds a blank to fill (（ ）, (A), ____), ends with a question
mark or a quiz's stem (下列说法错误的是), or names the kind of question (单选题, 多项选择).
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
# … or a quiz's stem, which asks which of the choices is so (下列说法中，错误的是 / 以下哪一项…的是：)
STEM = re.compile(r"(?:下列|以下|哪)[^。！!]{0,30}(?:是|为|有)[：:]?[ \u3000]*$")
_QUESTION_MARK = re.compile(r"[？?][ \u3000]*$")
# a bank prints the answer's letters after its question (…的是____。C): they are no part of what it asks
ANSWER_AFTER = re.compile(r"[。.]?[ \u3000]*[A-F]{1,4}[ \u3000]*$")


def _asked(text: str) -> bool:
    """True when text (what stands before the choices) asks: a blank, a quiz tag, a stem, or a question mark."""
    tail = ANSWER_AFTER.sub("", text.rstrip(" \u3000")[-ASKED_REACH:])
    return any(rule.search(tail) for rule in (BLANK, QUESTION_KIND, STEM, _QUESTION_MARK))


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
