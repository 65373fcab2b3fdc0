"""Chinese and Arabic numerals as they appear in markers and counts."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# the formal numerals (壹、贰、叁 …, as simplified in the shadow): outlines number with them, and pages a
# converter passed through write 壹 for 一 (第壹，…第二，…)
FORMAL = "壹贰叁肆伍陆柒捌玖"
DIGITS.update({char: value for value, char in enumerate(FORMAL, 1)})
# traditional script's formal three, 參, simplifies to 参 (the everyday character, not 叁); 拾 is the formal ten
# (拾、, 拾壹、): in the shadow of a Taiwan or Hong Kong outline (壹、貳、參、肆、…拾、) they number headings
FORMAL_HEADING = FORMAL + "参拾"
DIGITS["参"] = 3
FORMAL_TEN = "拾"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
# a word processor's own number signs: the parenthesized ideographs (㈠ ㈡ … ㈩, U+3220–3229), which number as
# （一） does, and the digits with a full stop (⒈ ⒉ … ⒛, U+2488–249B), which number as 1. does
ENCLOSED_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
DIGITS_STOPPED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
# the roman numeral signs (Ⅰ Ⅱ … Ⅻ, U+2160–216B), as revision notes number their parts with them (Ⅰ、 Ⅱ、)
ROMAN_SIGNS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# the dingbat circled numbers, three sets of one to ten (negative ❶, sans-serif ➀, negative sans-serif ➊): phone-made
# pages number their points with them as with ①
DINGBAT_SETS = ("❶❷❸❹❺❻❼❽❾❿", "➀➁➂➃➄➅➆➇➈➉", "➊➋➌➍➎➏➐➑➒➓")
DINGBAT_CIRCLED = "".join(DINGBAT_SETS)
STEMS = "甲乙丙丁戊己庚辛壬癸"  # the ten heavenly stems, the genre's letters: 甲、乙、丙、
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# lower-case roman numerals, as Hong Kong's texts number the points of a paragraph: (i) (ii) (iii)
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def hanzi_number(text: str) -> int | None:
    """The value of a hanzi numeral up to 99 (一, 十, 十二, 二十, 二十三), or None."""
    if not text:
        return None
    text = text.replace(FORMAL_TEN, "十")
    if "十" not in text:
        return DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    high = DIGITS.get(tens, 0) if tens else 1
    low = DIGITS.get(ones, 0) if ones else 0
    if (tens and tens not in DIGITS) or (ones and ones not in DIGITS):
        return None
    return high * 10 + low


def digit_number(text: str) -> int | None:
    """The value of a numeral written digit by digit, as years are (2035, 二〇三五, 一九九七), or None."""
    if text.isascii() and text.isdigit():
        return int(text)
    digits = [DIGITS.get(c) for c in text]
    return int("".join(map(str, digits))) if digits and None not in digits else None


def roman_number(text: str) -> int | None:
    """The value of a roman numeral up to 15 (i, iv, XII), or None."""
    lowered = text.lower()
    return ROMAN.index(lowered) + 1 if lowered in ROMAN else None


def number(text: str) -> int | None:
    """The value of an Arabic, hanzi or circled numeral, or None."""
    if text.isascii() and text.isdigit():
        return int(text)
    for symbols in (
        CIRCLED,
        PARENTHESIZED,
        *DINGBAT_SETS,
        ENCLOSED_IDEOGRAPHS,
        DIGITS_STOPPED,
        ROMAN_SIGNS,
        STEMS,
        LETTERS,
        LETTERS.upper(),
    ):
        if len(text) == 1 and text in symbols:
            return symbols.index(text) + 1
    return hanzi_number(text)
