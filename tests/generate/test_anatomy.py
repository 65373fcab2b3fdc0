"""The anatomy of a text (anatomy.py): its frames and the test of a span against them, on made-up snippets."""

from __future__ import annotations

import time

import pytest

from study.generate.anatomy import frame_of, in_frame

TEXTS = [
    "赵明远同志在全省农业工作会议上指出，要把耕地保护放在突出位置。会议强调，要守住耕地红线。",
    "根据《某某工作条例》，县委书记在座谈会上强调：党支部委员会每届任期3年。来源：《某地简史》",
    "实践证明，合作社是带动农民增收的好办法。总的来说，农民收入稳步增长。（某某出版社2019年版）",
    "合作社在1956年基本普及。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_in_frame_is_the_overlap_with_any_frame(text: str) -> None:
    frames = frame_of(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = any(start < hi and lo < end for lo, hi in frames)
            assert in_frame(text, start, end) == expected, (start, end)


def test_in_frame_is_fast_on_a_long_paragraph_of_many_frames() -> None:
    text = "会议强调，要守住耕地红线，把耕地保护放在突出位置。" * 2000
    spans = [(k, k + 2) for k in range(0, len(text) - 2, 3)]
    began = time.perf_counter()
    found = sum(in_frame(text, lo, hi) for lo, hi in spans)
    assert found > 0
    assert time.perf_counter() - began < 0.5  # a test of every frame against every span takes seconds here


def framed(text: str) -> list[str]:
    """The frame spans of a text, as text."""
    return [text[lo:hi] for lo, hi in frame_of(text)]


def test_a_document_lead_with_a_long_title_is_frame() -> None:
    title = "《关于进一步加强和改进新形势下县乡两级农村合作经济组织建设的若干意见》"
    lead = f"2020年5月，某某部和某某局联合印发的{title}指出，"
    assert framed(lead + "要把合作社建在村上。") == [lead]


def test_a_title_the_claim_names_is_no_frame() -> None:
    assert (
        framed("某某部印发了《关于进一步加强和改进新形势下县乡两级农村合作经济组织建设的若干意见》，对合作社作出部署。")
        == []
    )
    assert framed("各地要认真学习《关于进一步加强和改进新形势下县乡两级农村合作经济组织建设的若干意见》的精神。") == []


@pytest.mark.parametrize(
    "text",
    [
        "张明在《论乡村合作》一文中指出，合作社是农民自己的组织。",
        "1930年，张明发表《农村调查》一文，明确宣布：要依靠农民办好合作社。",
        "出席第三次全县代表大会的张明在发言中强调：要重视农业和农村工作。",
        "张明在党的十二届三中全会上提出：要搞活农村经济。",
    ],
)
def test_a_speakers_lead_that_names_a_work_or_a_numbered_meeting_is_no_frame(text: str) -> None:
    # who said it in which work or at which meeting is a fact of history that people blank
    assert framed(text) == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a generic occasion or a document that speaks
        ("县委书记在全县农业工作会议上指出，要守住耕地红线。", "县委书记在全县农业工作会议上指出，"),
        ("党的十五大报告指出，要把合作社办好。", "党的十五大报告指出，"),
        # a discourse opener, a speaker after 为此 (no word of saying as a noun)
        ("这就是说，合作社要靠社员自己办好。", "这就是说，"),
        ("县委书记为此强调，要守住耕地红线。", "县委书记为此强调，"),
    ],
)
def test_these_leads_stay_frames(text: str, lead: str) -> None:
    assert framed(text) == [lead]


@pytest.mark.parametrize(
    "text", ["村干部要以守纪律、讲规矩为基本要求，做群众的贴心人。", "这是基本要求，每名党员都要做到。"]
)
def test_a_word_of_saying_after_a_copula_is_a_noun_and_closes_no_lead(text: str) -> None:
    # 以…为基本要求，: the requirement is what the clause names, nobody speaks
    assert framed(text) == []


@pytest.mark.parametrize(
    "text", ["耕地保护是粮食安全的基本要求，是乡村发展的根基。", "某县根据上级的要求，成立了合作社。"]
)
def test_a_demand_after_de_is_a_noun_and_closes_no_lead(text: str) -> None:
    # …的基本要求，: whose demand it is stands before it, and the clause is the claim; it was taken for a speaker's lead
    assert framed(text) == []


def test_a_speaker_citing_a_congress_report_leads_a_frame() -> None:
    # the report speaks, as 党的某大报告指出，does: it names no occasion of history
    assert framed("张明在党的十五大报告中指出，要把合作社办好。") == ["张明在党的十五大报告中指出，"]


@pytest.mark.parametrize(
    "text",
    ["根据新修订的《某某保护条例》，各县应当划定保护范围。", "依据2019年修订的《某某管理办法》，村委会每届任期5年。"],
)
def test_a_document_lead_may_name_its_document_with_a_modifier(text: str) -> None:
    lead = framed(text)[0]
    assert lead.endswith("》，")
    assert text.startswith(lead)
