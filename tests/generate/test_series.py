"""Series members (series.py): where the first and last members of a series stop, on made-up snippets."""

from __future__ import annotations

import pytest

from study.generate import read_vocabulary
from study.generate.analysis import analyse
from study.generate.blanks import EMPTY, Blank
from study.generate.series import cuts_packed, find_series, packed_piece, packed_runs


def members(text: str) -> list[str]:
    """The members of every series in a text, in order."""
    return [s.text for s in find_series(analyse(text, EMPTY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 的 after the last member joins the whole series to its noun
        ("合作社的账目要接受理事会、全体社员和群众的监督。", ["理事会", "全体社员", "群众"]),
        # 等 closes the series, the noun after it names what the members are
        ("各村的党员大会、村民代表、妇联等组织都要参加。", ["党员大会", "村民代表", "妇联"]),
        # the preposition and the verb before the first member govern the whole series
        ("要重视对青年、妇女干部、退休职工的培训。", ["青年", "妇女干部", "退休职工"]),
        ("全乡要发挥团员、妇女代表、退伍军人的作用。", ["团员", "妇女代表", "退伍军人"]),
    ],
)
def test_an_end_member_holds_no_link_the_middle_members_lack(text: str, expected: list[str]) -> None:
    assert members(text) == expected


def test_members_that_share_their_last_word_are_whole_whatever_the_tags() -> None:
    # jieba tags 组织 a verb; 组织建设 is a member as 作风建设 is
    assert members("要抓好组织建设、作风建设、纪律建设。") == ["组织建设", "作风建设", "纪律建设"]


def test_a_pair_keeps_its_verb() -> None:
    # a pair's other segment runs on to the clause's end: it shows nothing of what a member holds
    assert members("全县办成了一届有特色、高水平的运动会。")[:2] == ["有特色", "高水平"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # 都 / 均 after a listed subject: the predicate follows, and the last member stops before it
        ("全县各乡镇、各部门、各企业事业单位和居民都有保护水源的责任。", "居民"),
        ("乡镇政府、街道办事处、社区居委会和居民均应当参与。", "居民"),
    ],
)
def test_the_last_member_of_a_listed_subject_stops_before_its_adverb(text: str, last: str) -> None:
    assert members(text)[-1] == last


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("全县要统筹山水林田湖草沙的综合治理。", ["林田湖草沙"]),  # 山水 is a word of its own, the rest letters
        ("学校要培养德智体美劳全面发展的新人。", ["德智体美劳"]),  # the dictionary holds 德智体美 as a name
        ("党政军民学，东西南北中，都要听从指挥。", ["党政军民学"]),
        ("河长制、林长制要在全镇落实。", []),  # separated by marks: an A、B series, not a packed one
        ("张国焘说要团结一切力量。", []),  # a name and a verb
        ("乡里要在产业发展上走在全市前列。", []),  # words of grammar between words
        # a compound jieba's dictionary counts rarely, beside a noun of one character: words, not letters
        ("学校要落实立德树人根本任务。", []),
        ("各单位要深入开展改革开放史宣传教育。", []),
        ("各级党委要从严管党治党。", []),
    ],
)
def test_a_packed_series_is_a_run_of_characters_each_naming_a_thing(text: str, runs: list[str]) -> None:
    assert [text[s:e] for s, e in packed_runs(text)] == runs


def test_a_span_cuts_a_packed_series_when_it_holds_part_of_it() -> None:
    text = "全县要统筹山水林田湖草沙的综合治理。"
    at = text.index("林")
    assert cuts_packed(text, at, at + 3)  # 林田湖 of 林田湖草沙
    assert cuts_packed(text, at - 2, at)  # 山水, glued to the series it opens
    assert not cuts_packed(text, at - 2, at + 5)  # the whole formula
    assert not cuts_packed(text, text.index("综合"), text.index("综合") + 4)  # a word apart


@pytest.mark.parametrize(("word", "piece"), [("林田湖", True), ("草沙", True), ("低碳", False), ("德育", False)])
def test_a_guessed_word_of_packed_characters_is_a_piece(word: str, piece: bool) -> None:
    assert packed_piece(word) is piece


def test_no_blank_cuts_a_packed_series(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "全县要统筹山水林田湖草沙的综合治理。"
    at = text.index("林")
    made = [
        Blank(at, at + 3, "林田湖", 1.0, "3字"),
        Blank(text.index("综合"), text.index("综合") + 4, "综合治理", 0.5, "4字"),
    ]
    monkeypatch.setattr(read_vocabulary, "choose_blanks", lambda text, vocab, level: made)
    assert [b.answer for b in read_vocabulary.blanks_for(text, EMPTY, 2)] == ["综合治理"]
    traditional = "全縣要統籌山水林田湖草沙的綜合治理。"  # read in simplified script, offsets as they are
    assert [b.answer for b in read_vocabulary.blanks_for(traditional, EMPTY, 2)] == ["综合治理"]


def test_a_blank_beside_a_rare_compound_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # 立德树人｜根本任务: jieba's dictionary counts 根本任务 rarely, and 人 stands alone before it; no formula
    text = "学校要落实立德树人根本任务。"
    at = text.index("根本")
    made = [Blank(at, at + 4, "根本任务", 1.0, "4字")]
    monkeypatch.setattr(read_vocabulary, "choose_blanks", lambda text, vocab, level: made)
    assert [b.answer for b in read_vocabulary.blanks_for(text, EMPTY, 2)] == ["根本任务"]


def test_a_conjunction_between_two_series_closes_neither() -> None:
    # 同 joins the series before it to the series after it: two series of two, not one of four
    assert members("要把中央的方针、政策同科技、金融工作结合起来。")[:2] == ["方针", "政策"]
    found = find_series(analyse("推动工业、农业同科技、金融深度融合。", EMPTY))  # 同 relates two groups
    assert [(s.text, s.rank) for s in found] == [("工业", 0), ("农业", 1), ("科技", 0), ("金融", 1)]
    # a conjunction before the last member still closes its series, and 和 may stand inside one
    assert members("坚持发展经济、保护环境和改善民生。") == ["发展经济", "保护环境", "改善民生"]
    assert "中年教师" in members("学校重视培训、考核青年教师和中年教师、老年教师。")
