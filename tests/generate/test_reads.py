"""What a document's work reads of the course: recorded as it is made, checked against another course."""

from __future__ import annotations

from study.generate.blanks import choose_blanks
from study.generate.distractors import Lexicon, lexicon_of, opened, wrong_options
from study.generate.read_vocabulary import ReadVocabulary, blanks_for
from study.generate.reads import Answers, ReadLexicon, Reads, sets_digest
from study.generate.terms import Vocabulary


def vocabulary(**counts: int) -> Vocabulary:
    """A made-up vocabulary of some counted words, each in one of three documents."""
    return Vocabulary(frozenset({"乡村振兴"}), counts=counts, doc_freq=dict.fromkeys(counts, 1), n_docs=3)


COURSE = vocabulary(乡村振兴=9, 基层治理=2, 改革开放=4)
LEXICON = lexicon_of({"北京": 5, "上海": 4, "延安": 3, "改革开放": 4})


def recorded(vocab: Vocabulary, lexicon: Lexicon, ask: str) -> Reads:
    """The reads of a work that asked `ask`'s counts (capped at 8) and the lexicon's places."""
    read_vocab, read_lexicon = ReadVocabulary.over(vocab), ReadLexicon.over(lexicon)
    assert read_vocab.count(ask, cap=8) == vocab.count(ask, cap=8)
    assert read_vocab.topicality(ask) == vocab.topicality(ask)
    assert tuple(read_lexicon.of("place")) == lexicon.of("place") and read_lexicon.knows("延安")
    return Reads.of(read_vocab, read_lexicon, sets_digest(vocab))


def holds(reads: Reads, vocab: Vocabulary, lexicon: Lexicon) -> bool:
    return reads.hold(sets_digest(vocab), vocab, lambda: lexicon, Answers())


def test_a_stand_in_answers_as_the_course_does_and_remembers_it() -> None:
    reads = recorded(COURSE, LEXICON, "基层治理")
    assert reads.asked == (("count", "基层治理", 8), ("topicality", "基层治理", None)) and reads.answered == (2.0, 0.0)
    assert [(question, read) for question, read, _ in reads.lists] == [(("of", "place"), 4)]  # to its end
    assert reads.known == (("延安", True),)
    assert holds(reads, COURSE, LEXICON)


def test_a_change_the_work_never_read_keeps_it() -> None:
    reads = recorded(COURSE, LEXICON, "基层治理")
    assert holds(reads, vocabulary(乡村振兴=10, 基层治理=2, 改革开放=5, 新词=1), LEXICON)


def test_a_count_above_the_cap_the_work_asked_for_keeps_it() -> None:
    reads = recorded(vocabulary(乡村振兴=20), LEXICON, "乡村振兴")
    # 20 → 30 uses, all in one document: its count capped at 8 and its topicality (used over and over in
    # that document: wholly topical both times) read the same
    assert holds(reads, vocabulary(乡村振兴=30), LEXICON)
    assert not holds(reads, vocabulary(乡村振兴=12), LEXICON)  # less topical


def test_a_changed_answer_makes_the_work_again() -> None:
    reads = recorded(COURSE, LEXICON, "基层治理")
    assert not holds(reads, vocabulary(乡村振兴=9, 基层治理=3, 改革开放=4), LEXICON)  # its count moved
    assert not holds(reads, COURSE, lexicon_of({"北京": 5, "延安": 6, "上海": 4}))  # the places' order moved
    bigger = Vocabulary(frozenset({"乡村振兴", "基层治理"}), counts=COURSE.counts, doc_freq=COURSE.doc_freq, n_docs=3)
    assert not holds(reads, bigger, LEXICON)  # a new term: the sets are read as a whole


def test_the_lexicon_is_made_only_when_the_vocabulary_reads_the_same() -> None:
    reads = recorded(COURSE, LEXICON, "基层治理")
    asked: list[str] = []

    def lexicon() -> Lexicon:
        asked.append("made")
        return LEXICON

    changed = vocabulary(乡村振兴=9, 基层治理=5, 改革开放=4)
    assert not reads.hold(sets_digest(changed), changed, lexicon, Answers()) and not asked
    answers = Answers()
    assert reads.hold(sets_digest(COURSE), COURSE, lexicon, answers) and asked
    assert reads.hold(sets_digest(COURSE), COURSE, lambda: Lexicon(), answers)  # the answers are remembered


def test_a_choice_of_blanks_made_for_one_document_gives_the_next_its_reads() -> None:
    text = "要推进乡村振兴，加强基层治理，坚持改革开放。"
    one, two = ReadVocabulary.over(COURSE), ReadVocabulary.over(COURSE)
    first = blanks_for(text, one, 2)
    assert first == blanks_for(text, two, 2) == choose_blanks(text, COURSE, 2)
    assert one.asked and one.asked == two.asked  # the second was not chosen again, yet it read the same


def test_a_list_read_in_part_is_checked_as_far_as_it_was_read() -> None:
    stand_in = ReadLexicon.over(LEXICON)
    first = next(iter(stand_in.of("place")))  # the first place fits: the rest of the list was never read
    reads = Reads.of(ReadVocabulary.over(COURSE), stand_in, sets_digest(COURSE))
    assert first == "北京" and [read for _, read, _ in reads.lists] == [1]
    assert holds(reads, COURSE, lexicon_of({"北京": 5, "延安": 4, "上海": 2}))  # moved, but after the one read
    assert not holds(reads, COURSE, lexicon_of({"北京": 5, "延安": 9, "上海": 4}))  # a new first place
    whole = ReadLexicon.over(LEXICON)
    assert list(whole.of("place")) == ["北京", "上海", "延安"]
    read_whole = Reads.of(ReadVocabulary.over(COURSE), whole, sets_digest(COURSE))
    assert not holds(read_whole, COURSE, lexicon_of({"北京": 5, "上海": 4, "延安": 3, "井冈山": 1}))  # one more


def test_a_course_only_choice_reads_no_common_words_to_swap_in() -> None:
    lexicon = lexicon_of({"法治体系": 3, "治理体系": 3, "法律": 5, "法治": 4, "制度": 4, "体系": 6})
    stand_in = ReadLexicon.over(lexicon)
    options = wrong_options("法律体系", "建立健全法律体系。", stand_in, 2, course_only=True)
    assert options and all(lexicon.knows(o) for o in options)
    assert not any(question[0] == "common_words" for question in stand_in.lists)
    anywhere = ReadLexicon.over(lexicon)
    wrong_options("法律体系", "建立健全法律体系。", anywhere, 6)
    assert any(question[0] == "common_words" for question in anywhere.lists)  # the open choice swaps words in


def test_words_opening_as_their_siblings_read_only_the_terms_after_that_opening() -> None:
    lexicon = lexicon_of({"政治": 9, "成就": 6, "城市": 5, "任务": 4, "意义": 3})
    stand_in = ReadLexicon.over(lexicon)
    # the course's terms after 重大 that the dictionary knows as one word, the most used first
    assert list(opened("重大意义", "重大", stand_in)) == ["重大成就", "重大任务"]
    assert [question for question in stand_in.lists] == [("terms_after", "重大", 2)]
    reads = Reads.of(ReadVocabulary.over(COURSE), stand_in, sets_digest(COURSE))
    assert holds(reads, COURSE, lexicon_of({"政治": 1, "城市": 9, "成就": 6, "任务": 4, "意义": 3}))  # none after 重大
    assert not holds(reads, COURSE, lexicon_of({"任务": 7, "成就": 6, "意义": 3}))  # 任务 now first
