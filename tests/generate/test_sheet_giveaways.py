"""One worksheet never answers its 列举题 or 排序题 with its 填空题, nor the other way round (made-up outlines)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from study.generate import exercises as ex
from study.generate.blanks import Blank
from study.generated import Exercise, Origin, Piece
from study.model import Course, EnumList, Loc
from study.script import simplify
from tests.generate.test_exercises import make_doc, make_item, make_list
from tests.generated_work import course_exercises


def first_term(terms: tuple[str, ...]) -> Callable[[str, object, int], list[Blank]]:
    """A stand-in blank chooser: the first of these terms a sentence holds."""

    def choose(text: str, vocab: object, level: int) -> list[Blank]:
        term = next((t for t in terms if t in text), "")
        at = text.find(term) if term else -1
        return [Blank(at, at + len(term), term, 1.0, f"{len(term)}字")] if at >= 0 else []

    return choose


def fill_text(exercise: Exercise) -> str:
    """A fill-in's sentence, its blanks filled in, simplified."""
    return simplify("".join(p.text for p in exercise.pieces))


def paragraph_list(sentences: list[str]) -> EnumList:
    """A list whose items are these whole sentences, unmarked."""
    items = tuple(make_item("t", f"1.{n}", f"[{n}]", "", s) for n, s in enumerate(sentences, 1))
    return EnumList("paragraph", None, len(items), items, "1", Loc("sources/t.txt", 2, 1))


def test_a_fill_in_that_blanks_part_of_an_asked_item_prints_the_rest_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # 加快建设____，… under 列举题 "…共有两点" asking 加快建设智慧城市: the blank leaves the item's opening printed
    monkeypatch.setattr(ex, "blanks_for", first_term(("智慧城市", "办事效率")))
    doc = make_doc("t", "标题", (paragraph_list(["加快建设智慧城市，提升治理水平。", "着力提高办事效率，方便群众。"]),))
    made = ex.fill_exercises(doc, None, 2, "", asked=["加快建设智慧城市"])  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("办事效率",)]


def test_a_fill_in_that_is_a_part_of_an_asked_item_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # a long item asked whole (…，…，…): its first clauses as a fill-in's sentence print most of the answer
    monkeypatch.setattr(ex, "blanks_for", first_term(("办事效率", "智慧城市")))
    doc = make_doc("t", "标题", (paragraph_list(["着力提高办事效率，方便群众。", "加快建设智慧城市，提升治理水平。"]),))
    asked = ["着力提高办事效率，方便群众，减轻基层负担"]
    made = ex.fill_exercises(doc, None, 2, "", asked=asked)  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("智慧城市",)]


def fill(*pieces: str) -> Exercise:
    """A fill-in of these pieces, the bracketed ones blanks ([人民至上])."""
    cut = tuple(Piece(p.strip("[]"), blank=p.startswith("[")) for p in pieces)
    return Exercise("fill", "", Origin("t", "1", "", Loc("sources/t.txt", 2, 1)), pieces=cut)


def test_a_fill_in_gives_an_ordering_question_away_by_two_of_its_options_or_a_cut_one() -> None:
    options = ("坚持系统观念", "坚持人民至上", "坚持党的领导")
    assert ex.orders(fill("坚持党的领导，坚持", "[人民至上]", "，统筹推进。"), options)  # the order, and the blank
    assert ex.orders(fill("要把党的领导和", "[人民至上]", "结合起来。"), ("党的领导", "人民至上"))  # the order
    assert ex.orders(fill("必须坚持", "[人民至上]", "，造福群众。"), options)  # the options fill the blank
    # one printed whole tells neither: the ordering question prints it too
    assert not ex.orders(fill("坚持党的领导，是必须长期坚持的一条", "[基本经验]", "。"), options)
    # unless a fill-in before it on the sheet prints another: fill-ins stand in document order
    later = fill("坚持系统观念，是做好工作的", "[科学方法]", "。")
    assert ex.orders(later, options, before="坚持党的领导，是必须长期坚持的一条基本经验")
    assert not ex.orders(later, options, before="坚持系统观念，统筹各方")


def principles_course() -> Course:
    """A document of one list of principles whose heading point names them all in order, and a point of its own."""
    heads = ["坚持党的领导", "坚持人民至上", "坚持系统观念"]
    named = make_item(
        "t", "1.1", "一、", "一、", "基本原则", "。坚持党的领导，坚持人民至上，坚持系统观念，统筹推进各项工作。"
    )
    principles = make_list("t", "1.1/1", None, heads, label="一、")
    other = make_item("t", "1.2", "二、", "二、", "工作要求", "。各级党委要压实责任，确保各项任务落到实处。")
    points = (dataclasses.replace(named, lists=(principles,)), other)
    part = EnumList("一、", None, 2, points, "1", Loc("sources/t.txt", 2, 1))
    return Course("c0c0c0", "课程", (make_doc("t", "关于做好今年工作的意见", (part,)),))


def test_a_sheet_never_orders_a_list_that_one_of_its_fill_ins_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    # 基本原则。坚持甲，坚持乙，坚持丙，统筹推进____: the sentence tells the 排序题 its order
    monkeypatch.setattr(ex, "blanks_for", first_term(("各项工作", "压实责任", "基本经验")))
    monkeypatch.setattr(ex, "sheet_forms", lambda at, place, topics: ("order",))
    made = course_exercises(principles_course(), 2)["t"]
    ordered = [tuple(map(simplify, e.options)) for e in made if e.kind == "order" and "坚持党的领导" in e.options]
    fills = [e for e in made if e.kind == "fill"]
    assert ordered and fills  # the principles are ordered, and other sentences asked
    assert not any(ex.orders(f, options) for f in fills for options in ordered), [fill_text(f) for f in fills]


def test_a_fill_in_whose_answer_another_question_prints_as_an_option_is_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ____的根本任务是… beside a choice question printing 基层组织 among its options: the word of the hint's length
    monkeypatch.setattr(ex, "blanks_for", first_term(("基层组织", "办事效率")))
    doc = make_doc("t", "标题", (paragraph_list(["基层组织的根本任务是服务群众。", "着力提高办事效率，方便群众。"]),))
    shown = "下列选项中，属于“要加强____建设”的一项是\n机关作风\n基层组织\n干部队伍\n制度体系"
    made = ex.fill_exercises(doc, None, 2, shown)  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("办事效率",)]
    # printed within a longer option, the word is not told by it
    made = ex.fill_exercises(doc, None, 2, "下列选项中…\n加强基层组织建设\n改进机关作风")  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("基层组织",), ("办事效率",)]


def test_a_sheet_of_headlines_alone_gives_up_its_last_list_question_for_fill_ins() -> None:
    # two lists of headline points, each asked by a 列举题: every sentence a fill-in could ask is a point asked
    heads = (
        ["全面推进教育强县建设，办好人民满意的教育", "持续改善群众居住条件，建设宜居宜业城区"],
        ["大力发展特色现代农业，拓宽农民增收渠道", "加快培育县域优势产业，壮大集体经济实力"],
    )
    lists = tuple(
        EnumList(
            "一是",
            None,
            len(texts),
            tuple(make_item("h", f"{key}.{n}", f"[{n}]", "", text) for n, text in enumerate(texts, 1)),
            key,
            Loc("sources/h.txt", 2, 1),
        )
        for key, texts in zip("12", heads, strict=True)
    )
    made = course_exercises(Course("c0ffee", "课程", (make_doc("h", "政府工作报告", lists),)), 1)["h"]
    asked = [simplify(a) for e in made if e.kind == "list" for a in e.answers]
    fills = [e for e in made if e.kind == "fill"]
    assert asked and fills, [e.kind for e in made]
    assert not any(ex.holds(f, asked) for f in fills), [fill_text(f) for f in fills]
