"""Write src/study/data/jieba_words.txt: jieba's dictionary (each word's count and part of speech) as a table.

A build reads word frequencies and dictionary tags from this table (study.generate.segment) instead of
loading Python jieba (0.5 s and 70 MB a process); segmentation itself is rjieba's. Run it again when
jieba's dictionary changes; `--check` tells whether the committed table is still jieba's.

    .venv/bin/python tools/word_frequencies.py            # write the table
    .venv/bin/python tools/word_frequencies.py --check    # exit status 1 when it differs

The format (UTF-8 text, read by segment.WordTable without a loop over its words):
    line 1   a comment
    line 2   "tags", then the parts of speech; a word's tag is the character chr(TAG_BASE + index)
    line 3   "counts", then the distinct counts, ascending; a word's count is chr(COUNT_BASE + index)
    then one line per word length: the length, the words of that length in code point order written
    end to end, their tag characters and their count characters, separated by tabs.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from study.generate import segment

# The reader's own constants, so the table is written as segment.WordTable reads it: a tag's character from
# "!" (printable ASCII), a count's from U+0100 (past ASCII and Latin-1: never a tab or a line break).
TAG_BASE, COUNT_BASE = segment.TAG_BASE, segment.COUNT_BASE
TABLE = Path(__file__).resolve().parents[1] / "src" / "study" / "data" / segment.TABLE


def dictionary() -> dict[str, tuple[int, str]]:
    """jieba's dictionary: every word with its count and part of speech (what jieba.dt.FREQ and
    jieba.posseg's word_tag_tab hold; FREQ's zero entries are prefixes of words, not words)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return {word: (count, tags[word]) for word, count in jieba.dt.FREQ.items() if count > 0}


def table_text(words: dict[str, tuple[int, str]]) -> str:
    """The table's text for a dictionary."""
    import jieba

    tags = sorted({tag for _, tag in words.values()})
    counts = sorted({count for count, _ in words.values()})
    tag_code = {tag: chr(TAG_BASE + i) for i, tag in enumerate(tags)}
    count_code = {count: chr(COUNT_BASE + i) for i, count in enumerate(counts)}
    assert TAG_BASE + len(tags) < 0x7F and COUNT_BASE + len(counts) < 0xD800  # printable, no surrogates
    lines = [
        f"# jieba {jieba.__version__}'s dictionary, {len(words)} words, by tools/word_frequencies.py: do not edit",
        "\t".join(["tags", *tags]),
        "\t".join(["counts", *map(str, counts)]),
    ]
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        assert "\t" not in word and "\n" not in word
        by_length.setdefault(len(word), []).append(word)
    for length, group in sorted(by_length.items()):
        tag_codes = "".join(tag_code[words[w][1]] for w in group)
        count_codes = "".join(count_code[words[w][0]] for w in group)
        lines.append("\t".join([str(length), "".join(group), tag_codes, count_codes]))
    return "\n".join(lines) + "\n"


def check_tie_order(words: dict[str, tuple[int, str]]) -> None:
    """The table keeps no dictionary order: equally common words come in code point order, which must be
    how jieba orders the words the distractors draw on (common enough for MIN_DICTIONARY_COMMONNESS),
    where their list of common words broke ties by jieba's order."""
    import jieba

    from study.generate.distractors import MIN_DICTIONARY_COMMONNESS
    from study.generate.segment import commonness_of

    common = [w for w in jieba.dt.FREQ if w in words and commonness_of(words[w][0]) >= MIN_DICTIONARY_COMMONNESS]
    by_jieba = sorted(common, key=lambda w: -words[w][0])  # stable: jieba's order breaks ties
    if by_jieba != sorted(common, key=lambda w: (-words[w][0], w)):
        sys.exit("jieba orders equally common words otherwise than by code point: the table needs their order")


def main() -> None:
    """Write the table, or with --check compare it with jieba's dictionary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the committed table, write nothing")
    args = parser.parse_args()
    words = dictionary()
    check_tie_order(words)
    text = table_text(words)
    if args.check:
        same = TABLE.is_file() and TABLE.read_text(encoding="utf-8") == text
        print(f"{TABLE}: {'up to date' if same else 'differs from jieba dictionary'}")
        sys.exit(0 if same else 1)
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(text, encoding="utf-8")
    print(f"{TABLE}: {len(words)} words, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
