"""Exercises from hand-made outlines: kinds, distractors, determinism, source places."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from study.generate import exercises as ex
from study.generate.blanks import EMPTY, Blank
from study.generate.cards import without_items
from study.generate.distractors import lexicon_of
from study.generate.exercises import Candidate, Place, distractors, stable_shuffle, topic
from study.generated import KIND_TITLES, LETTERS, Exercise, Origin, Piece, chinese_number
from study.model import Course, Document, EnumList, Item, Loc, Meta, Paragraph, Source, walk
from study.script import simplify, to_traditional
from tests.generated_work import course_exercises


def make_item(
    doc: str, key: str, label: str, marker: str, head: str, rest: str = "", lists: tuple[EnumList, ...] = ()
) -> Item:
    """An item whose text is marker + head + rest."""
    return Item(marker, head, marker + head + rest, key, label, Loc(f"sources/{doc}.txt", 3, 2), lists)


def make_list(
    doc: str,
    key: str,
    lead: str | None,
    heads: list[str],
    marker: str = "第{}，",
    label: str = "",
    sub: dict[int, EnumList] | None = None,
) -> EnumList:
    """A list whose items get markers from a template and optional sub-lists by index."""
    items = tuple(
        make_item(
            doc,
            f"{key}.{n}",
            f"{label}[{n}]",
            marker.format(chinese_number(n)),
            head,
            "，这是必须长期坚持的一条基本经验。",
            ((sub or {})[n],) if n in (sub or {}) else (),
        )
        for n, head in enumerate(heads, 1)
    )
    return EnumList("第一", lead, len(items), items, key, Loc(f"sources/{doc}.txt", 2, 1))


def make_doc(stem: str, title: str, lists: tuple[EnumList, ...]) -> Document:
    """A document with the given outline."""
    para = Paragraph(title, title, Loc(f"sources/{stem}.txt", 1, 0))
    return Document(Source(f"sources/{stem}.txt", stem, title, Meta(), "simplified", (para,)), lists)


def sample_course() -> Course:
    """Three made-up documents with lists of different sizes, nesting and shapes."""
    nested = make_list("a", "1.2/1", "落实这项工作要做到以下三点：", ["统一思想认识", "健全工作机制", "强化督促检查"])
    a = make_doc(
        "a",
        "关于改进工作作风的意见",
        (
            # no lead: the document's parts, framed as the parser frames them (parse/topics.py)
            dataclasses.replace(
                make_list(
                    "a", "1", None, ["改进调查研究", "精简会议活动", "规范出访活动", "厉行勤俭节约"], sub={2: nested}
                ),
                topic="《关于改进工作作风的意见》全文分为四个部分，各部分的标题",
            ),
            make_list("a", "2", "建设学习型机关要抓好四个环节：", ["学习型", "服务型", "创新型", "法治型"]),
        ),
    )
    b = make_doc(
        "b",
        "加强基层组织建设",
        (
            make_list("b", "1", "基层党组织要发挥作用：", ["宣传群众", "组织群众", "凝聚群众", "服务群众"]),
            make_list(
                "b",
                "2",
                "干部要增强本领：",
                ["学习本领", "政治领导本领", "改革创新本领", "科学发展本领", "依法执政本领"],
            ),
        ),
    )
    c = make_doc(
        "c",
        "深化改革的几点思考",
        # no count announced: a sheet's only list that announces one is asked as a 列举题, this one as a choice
        (
            dataclasses.replace(
                make_list("c", "1", "改革要坚持这些原则：", ["坚持问题导向", "坚持系统观念", "坚持人民至上"]),
                announced_count=None,
            ),
        ),
    )
    return Course("testcourse000000", "测试课程", (a, b, c))


@pytest.fixture(scope="module")
def course() -> Course:
    return sample_course()


@pytest.fixture(scope="module")
def made(course: Course) -> dict[str, tuple[Exercise, ...]]:
    return course_exercises(course, 2)


def list_heads(course: Course, as_options: bool = True) -> dict[tuple[str, str], list[str]]:
    """(document, list key) → the list's item heads, as choice options print them (without the list's frame)
    unless not `as_options`."""
    return {
        (doc.stem, lst.key): [(ex.option_frame(lst) if as_options else ex.NO_FRAME).own(i.head) for i in lst.items]
        for doc in course.documents
        for _, lst in walk(doc.lists)
    }


def repeats(exercise: Exercise, made: list[Exercise]) -> bool:
    """True when the fill-in reads as one of `made` does (Read.repeats, as fill_exercises asks it)."""
    return ex.Read.of(exercise).repeats(map(ex.Read.of, made))


def fill_text(exercise: Exercise) -> str:
    """A fill-in's whole sentence, its blanks filled in."""
    return "".join(p.text for p in exercise.pieces)


def outline_keys(doc: Document) -> set[str]:
    """Every list and item key of a document."""
    keys = set()
    for _, lst in walk(doc.lists):
        keys.add(lst.key)
        keys.update(item.key for item in lst.items)
    return keys


def right_list_key(exercise: Exercise) -> str:
    """The key of the list a choice question asks about (single: the item's list)."""
    return exercise.origin.key.rsplit(".", 1)[0] if exercise.kind == "single" else exercise.origin.key


def test_every_kind_is_made(made: dict[str, tuple[Exercise, ...]]) -> None:
    kinds = {e.kind for found in made.values() for e in found}
    assert kinds <= set(KIND_TITLES) and {"fill", "list", "single", "multiple"} <= kinds


def four_list_course() -> Course:
    """A made-up document of four lists, and two documents that lend it wrong options."""
    asked = make_doc(
        "s",
        "关于加强机关建设的意见",
        tuple(
            make_list("s", str(n), lead, heads)
            for n, (lead, heads) in enumerate(
                (
                    ("机关建设要坚持四个方面：", ["突出政治引领", "坚持问题导向", "注重系统推进", "从严从实管理"]),
                    ("干部队伍要做到：", ["提高理论素养", "增强实干本领", "改进工作作风", "守住纪律底线"]),
                    ("服务群众要突出：", ["畅通诉求渠道", "办好民生实事", "化解矛盾纠纷", "优化办事流程"]),
                    ("制度建设要抓好：", ["完善议事规则", "健全考核机制", "规范请示报告", "落实问责制度"]),
                ),
                1,
            )
        ),
    )
    lenders = [
        make_doc(stem, title, (make_list(stem, "1", "支部要做到：", heads),))
        for stem, title, heads in (
            ("o", "机关党建工作要点", ["严格规范组织生活", "按时足额收缴党费", "经常加强党员教育", "认真开展谈心谈话"]),
            ("p", "基层治理调研报告", ["健全网格管理体系", "畅通群众诉求渠道", "完善矛盾调处机制", "推动资源下沉社区"]),
        )
    ]
    return Course("f0f0f0", "课程", (asked, *lenders))


def test_a_sheet_asks_each_list_in_one_form_and_prints_no_answer_elsewhere() -> None:
    # an ordering question prints every item a 列举题 or a choice question about the same list asks: one list is
    # asked in one form, the forms varied across the sheet's lists, and no question prints another's answer
    made = course_exercises(four_list_course(), 2)["s"]
    listed = [e for e in made if e.kind != "fill"]
    assert sorted(e.kind for e in listed) == ["list", "multiple", "order", "single"]
    assert len({e.origin.key.split(".")[0] for e in listed}) == 4
    for e in made:
        choice = e.kind in ("single", "multiple")
        asked = [e.option(a) for a in e.answers] if choice else list(e.answers) if e.kind != "order" else []
        others = "\n".join(
            t for o in made if o is not e for t in (o.prompt, *o.options, *(p.text for p in o.pieces if not p.blank))
        )
        assert not any(a in others for a in asked), (e, asked)


def test_a_fill_in_never_prints_the_items_a_list_question_asks() -> None:
    # 推进甲乙两项工程: a sentence that names a list's items answers the 列举题 or choice question about it
    items = ["整治城乡环境", "建设美丽乡村"]
    point = make_item(
        "s", "1.1", "[1]", "一是", "推进两项工程", "。要全面整治城乡环境、建设美丽乡村，改善农村面貌。", ()
    )
    doc = make_doc(
        "s",
        "关于乡村建设的通知",
        (
            dataclasses.replace(make_list("s", "1", "要做到：", ["甲"]), items=(point,)),
            make_list("s", "2", "两项工程是：", items),
        ),
    )
    made = course_exercises(Course("f1f1f1", "课程", (doc,)), 2)["s"]
    assert any(e.kind == "list" and list(e.answers) == items for e in made)
    fills = "\n".join(p.text for e in made if e.kind == "fill" for p in e.pieces if not p.blank)
    assert not any(i in fills for i in items)


def test_distractors_never_come_from_the_right_list(course: Course, made: dict[str, tuple[Exercise, ...]]) -> None:
    heads = list_heads(course)
    choices = [(stem, e) for stem, found in made.items() for e in found if e.kind in ("single", "multiple")]
    assert len(choices) >= 2  # one form a list: the others are 列举 and 排序
    for stem, e in choices:
        right = heads[(stem, right_list_key(e))]
        correct = {e.option(letter) for letter in e.answers}
        wrong = set(e.options) - correct
        assert correct <= set(right), e
        assert not wrong & set(right), e
        assert len(e.options) == 4 and len(set(e.options)) == 4


def test_single_choice_has_one_answer_and_multiple_two_or_three(made: dict[str, tuple[Exercise, ...]]) -> None:
    for e in (e for found in made.values() for e in found):
        if e.kind == "single":
            assert len(e.answers) == 1
        if e.kind == "multiple":
            assert len(e.answers) in (2, 3)
            assert list(e.answers) == sorted(e.answers)


def test_a_list_asked_by_the_title_takes_no_options_from_its_own_document(
    course: Course, made: dict[str, tuple[Exercise, ...]]
) -> None:
    # document a's first list has no lead: the question names the document, so every option from a
    # would "belong to" it
    own = {h for heads in (list_heads(course)[("a", k)] for k in ("1", "2", "1.2/1")) for h in heads}
    asked = [e for e in made["a"] if e.kind in ("single", "multiple") and right_list_key(e) == "1"]
    assert asked
    for e in asked:
        wrong = set(e.options) - {e.option(letter) for letter in e.answers}
        assert not wrong & own


def test_distractors_are_shaped_like_the_answer() -> None:
    pool = [
        Candidate("加强党的纪律建设工作", "9", "x"),
        Candidate("学习型", "5", "y"),
        Candidate("服务型", "5", "y"),
        Candidate("创新型", "6", "y"),
        Candidate("党的建设伟大工程的新要求", "7", "z"),
    ]
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要建设：", ["法治型", "廉洁型"])
    chosen = distractors(["法治型", "廉洁型"], pool, Place(doc, lst, None), 2)
    assert set(chosen) <= {"学习型", "服务型", "创新型"}
    assert len(chosen) == 2


def test_a_distractor_contained_in_a_right_answer_is_refused() -> None:
    pool = [Candidate("群众路线", "1", "x"), Candidate("民主集中", "2", "x"), Candidate("实事求是", "3", "x")]
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要坚持：", ["党的群众路线", "独立自主"])
    chosen = distractors(["党的群众路线", "独立自主"], pool, Place(doc, lst, None), 3)
    assert "群众路线" not in chosen
    assert sorted(chosen) == ["实事求是", "民主集中"]


def test_wrong_options_are_written_in_the_documents_own_script(course: Course) -> None:
    traditional = dataclasses.replace(
        course.documents[0], source=dataclasses.replace(course.documents[0].source, script="traditional")
    )
    mixed = Course(course.course_id, course.title, (traditional, *course.documents[1:]))
    choices = [e for e in course_exercises(mixed, 2)["a"] if e.kind in ("single", "multiple")]
    assert choices
    for e in choices:
        wrong = set(e.options) - {e.option(letter) for letter in e.answers}
        assert wrong and all(option == to_traditional(option) for option in wrong), e.options
    assert any(simplify(o) != o for e in choices for o in e.options), "converted, not merely alike"


def test_no_fill_in_is_given_away_by_another_question(made: dict[str, tuple[Exercise, ...]]) -> None:
    for found in made.values():
        shown = "".join(t for e in found if e.kind != "fill" for t in (e.prompt, *e.options))
        for e in (e for e in found if e.kind == "fill"):
            for i, piece in enumerate(e.pieces):
                if piece.blank and i + 1 < len(e.pieces):
                    assert piece.text + e.pieces[i + 1].text[:2] not in shown
            assert sum(map(len, e.answers)) <= len("".join(p.text for p in e.pieces)) / 2


def test_every_exercise_knows_its_source_place(course: Course, made: dict[str, tuple[Exercise, ...]]) -> None:
    docs = {doc.stem: doc for doc in course.documents}
    for stem, found in made.items():
        keys = outline_keys(docs[stem])
        for e in found:
            assert e.origin.document == stem
            assert e.origin.key in keys, e
            assert e.origin.loc.path == f"sources/{stem}.txt"
            assert str(e.origin.loc.line) in str(e.origin)


def test_same_course_gives_the_same_exercises(made: dict[str, tuple[Exercise, ...]]) -> None:
    again = course_exercises(sample_course(), 2)
    assert again == made


def test_ordering_options_are_shuffled_and_the_answer_restores_the_order() -> None:
    course = four_list_course()
    made = course_exercises(course, 2)
    heads = list_heads(course, as_options=False)
    orders = [(stem, e) for stem, found in made.items() for e in found if e.kind == "order"]
    assert orders
    for stem, e in orders:
        original = heads[(stem, e.origin.key)]
        assert sorted(e.options) == sorted(original)
        assert list(e.options) != original
        assert [e.option(letter) for letter in e.answers] == original


def test_list_exercise_asks_for_the_count_and_answers_the_heads(made: dict[str, tuple[Exercise, ...]]) -> None:
    e = next(e for e in made["b"] if e.kind == "list" and e.origin.key == "2")
    assert "五点" in e.prompt
    assert e.answers == ("学习本领", "政治领导本领", "改革创新本领", "科学发展本领", "依法执政本领")


def test_fill_in_blanks_cut_the_sentence_without_losing_text(made: dict[str, tuple[Exercise, ...]]) -> None:
    fills = [e for found in made.values() for e in found if e.kind == "fill"]
    assert fills
    for e in fills:
        text = "".join(p.text for p in e.pieces)
        assert e.answers == tuple(p.text for p in e.pieces if p.blank)
        assert not text.startswith("第"), "the item's marker (第一，…) stays out of the sentence"
        assert all(p.hint for p in e.pieces if p.blank)


def test_more_blanks_at_a_higher_difficulty(course: Course) -> None:
    # per sentence asked at both levels: a level may drop a sentence (at level 3 the sample's parallel
    # sentences print alike, ____，这是…经验。, and only one of them is kept)
    def blanks(level: int) -> dict[tuple[str, str], int]:
        found = course_exercises(course, level).items()
        return {(stem, fill_text(e)): len(e.answers) for stem, made in found for e in made if e.kind == "fill"}

    easy, hard = blanks(1), blanks(3)
    assert easy and hard.keys() & easy.keys()
    assert all(hard[key] >= easy[key] for key in hard.keys() & easy.keys())


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (4, "四"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五")])
def test_chinese_number(n: int, text: str) -> None:
    assert chinese_number(n) == text


def test_small_courses_lend_every_document_and_large_ones_a_window() -> None:
    docs = [make_doc(f"d{i}", "题", ()) for i in range(20)]
    assert ex.neighbourhoods(docs[:5]) == [range(0, 5)] * 5
    windows = ex.neighbourhoods(docs)
    assert all(len(w) == ex.POOL_DOCUMENTS and i in w for i, w in enumerate(windows))
    assert windows[0] == range(0, 9) and windows[10] == range(6, 15) and windows[19] == range(11, 20)


def test_a_count_of_two_reads_liang() -> None:
    assert ex.count_word(2) == "两" and ex.count_word(3) == "三" and ex.count_word(12) == "十二"


def test_stable_shuffle_never_returns_the_original_order() -> None:
    for n in range(2, 9):
        values = [f"第{i}项内容" for i in range(n)]
        shuffled = stable_shuffle(values, "seed")
        assert sorted(shuffled) == sorted(values) and shuffled != values
        assert stable_shuffle(values, "seed") == shuffled


def test_topic_drops_the_announcement_and_nests_quotes() -> None:
    doc = make_doc("t", "标题", ())
    lst = make_list("t", "1", "做好新形势下的群众工作，必须做到以下四点：", ["甲项", "乙项"])
    assert topic(lst, None, doc) == "做好新形势下的群众工作，必须做到"
    quoted = make_list("t", "2", "社会生活出现了“四个多元化”：", ["甲项", "乙项"])
    assert topic(quoted, None, doc) == "社会生活出现了‘四个多元化’"
    several = make_list("t", "4", "围绕这项工作，下面谈几个方面：", ["甲项", "乙项"])
    assert topic(several, None, doc) == "围绕这项工作"
    noun = make_list("t", "5", "结合工作实际，现提出如下意见：", ["甲项", "乙项"])
    assert topic(noun, None, doc) == "结合工作实际，现提出如下意见"
    bare = make_list("t", "3", None, ["甲项", "乙项"])
    assert topic(bare, None, doc) == "《标题》"
    # the announcement is the object of a preposition (从…做起, 在…上): without it the clause is left hanging
    hanging = make_list("t", "6", "抓好基层党建，街道党工委要从以下三个方面入手：", ["甲项", "乙项"])
    assert topic(hanging, None, doc) == "抓好基层党建，街道党工委要从以下三个方面入手"
    after = make_list("t", "7", "深化机构改革，重点在以下两个环节上：", ["甲项", "乙项"])
    assert topic(after, None, doc) == "深化机构改革，重点在以下两个环节上"


def test_topic_quotes_stay_balanced() -> None:
    doc = make_doc("t", "标题", ())
    lead = "始终坚持‘知民情，解民忧，做群众的贴心人’是县委办公室实现好维护好发展好广大群众根本利益的总要求："
    split = topic(make_list("t", "1", lead, ["甲项", "乙项"]), None, doc)
    assert split.endswith("总要求") and "’" not in split and "‘" not in split
    term = make_list("t", "2", "必须警惕“四大危险”：", ["甲项", "乙项"])
    assert topic(make_list("t", "3", "“四大危险”：", ["甲项", "乙项"]), None, doc) == "四大危险"
    assert topic(term, None, doc) == "必须警惕‘四大危险’"


def test_sentences_are_never_cut_inside_a_quotation() -> None:
    text = "古人讲：“不谋万世者，不足谋一时；不谋全局者，不足谋一域。”这是道理。要落实！"
    assert ex.sentences(text) == ["古人讲：“不谋万世者，不足谋一时；不谋全局者，不足谋一域。”这是道理。", "要落实！"]
    assert ex.sentences("没有句号的一句") == ["没有句号的一句"]


def test_letters_cover_the_largest_ordering_question() -> None:
    assert len(LETTERS) >= ex.ORDER_SIZES.stop - 1


def test_candidates_rank_as_a_full_sort_by_shape_then_hash(course: Course) -> None:
    # ranked() hashes only the nearest shapes; the order must be that of sorting the whole pool
    pool = tuple(c for doc in course.documents for c in ex.candidates(doc))
    for place in (p for doc in course.documents for p in ex.places(doc)):
        target = ex.clean(place.lst.items[0].head)
        seed = ex.digest(place.doc.stem + place.lst.key)
        full = sorted(
            (c for c in pool if ex.eligible(c, place)),
            key=lambda c: (ex.shape_distance(c.head, target), ex.rank_key(c.head, seed)),
        )
        assert list(ex.ranked(target, pool, place)) == full


@given(st.text(alphabet="甲乙。！？；!?;“”‘’「」『』，", max_size=30))
def test_sentences_cut_as_the_quote_aware_scan_does(text: str) -> None:
    # the quick path (no quotes) must cut exactly as the character scan
    found, start, depth = [], 0, 0
    for i, char in enumerate(text):
        depth += (char in ex.QUOTE_PAIRS) - (char in ex.QUOTE_PAIRS.values())
        if char in ex.SENTENCE_STOPS and depth <= 0:
            found.append(text[start : i + 1])
            start = i + 1
    assert ex.sentences(text) == ([*found, text[start:]] if text[start:] else found)
    assert "".join(ex.sentences(text)) == text


def test_a_topic_that_holds_its_items_prints_them_as_an_ellipsis() -> None:
    doc = make_doc("t", "标题", ())
    lst = make_list("t", "1", "全县推进了道路硬化、危房改造、饮水安全三项工程", ["道路硬化", "危房改造", "饮水安全"])
    assert topic(lst, None, doc) == "全县推进了……三项工程"
    one = make_list("t", "2", "围绕道路硬化抓好以下工作：", ["拓宽路面", "完善养护"])
    assert without_items(one.lead or "", heads_of(one)) == "围绕道路硬化抓好以下工作："
    own = make_list("t", "3", "基层组织的地位与作用", ["基层组织的地位", "基层组织的作用"])  # their own words
    assert topic(own, None, doc) == "基层组织的……"


def heads_of(lst: EnumList) -> list[str]:
    """A list's item heads."""
    return [item.head for item in lst.items]


def test_wrong_options_come_from_lists_of_their_own_while_there_are_enough() -> None:
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要做到：", ["勤于学习", "敢于担当"])
    one_list = [Candidate(h, "5", "y") for h in ("善于团结", "严于律己", "甘于奉献")]
    others = [Candidate("乐于助人", "6", "z"), Candidate("精于业务", "7", "w")]
    chosen = distractors(["勤于学习"], [*one_list, *others], Place(doc, lst, None), 3)
    assert len(chosen) == 3 and len(set(chosen) & {c.head for c in one_list}) == 1
    short = distractors(["勤于学习"], one_list, Place(doc, lst, None), 3)
    assert sorted(short) == sorted(c.head for c in one_list)  # a course too small lends siblings still


def test_a_head_cut_inside_a_word_is_neither_answer_nor_option() -> None:
    cut = make_item("t", "1.1", "[1]", "（一）", "全县第一次代表大会于某年某月在县城大礼堂", "召开，出席代表多人。")
    whole = make_item("t", "1.2", "[2]", "（二）", "全县第二次代表大会在乡里召开", "。会议通过了决议。")
    assert not ex.whole_head(cut) and ex.whole_head(whole)
    lst = EnumList("（一）", None, 2, (cut, whole), "1", Loc("sources/t.txt", 2, 1))
    assert not ex.usable(lst, ex.LIST_SIZES)
    # the whole head is an option, without the opening its list's heads share (全县…)
    assert [c.head for c in ex.candidates(make_doc("t", "标题", (lst,)))] == ["第二次代表大会在乡里召开"]


def test_a_fill_in_is_never_given_away_by_the_documents_title(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(ex, "fill_exercises", lambda doc, vocab, level, shown, *_: seen.append(shown) or [])
    ex.document_exercises(make_doc("t", "“三个务必”贵在落实", ()), ex.Lenders(()), None, 2)  # type: ignore[arg-type]
    cut = (ex.Piece("各级党组织要把“"), ex.Piece("三个务必", blank=True), ex.Piece("”落到实处。"))
    assert any(form in seen[0] for form in ex.giveaways(cut))


def test_a_fill_in_never_blanks_a_term_the_sheets_heading_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    def term(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: 基层治理 wherever the text has it."""
        at = text.find("基层治理")
        return [Blank(at, at + 4, "基层治理", 1.0, "4字")] if at >= 0 else []

    monkeypatch.setattr(ex, "blanks_for", term)
    origin = Origin("t", "1.1", "", Loc("sources/t.txt", 1, 0))
    text = "党员要在基层治理中发挥先锋模范作用。"
    assert ex.fill_in(text, origin, EMPTY, 1, heading=simplify("关于加强基层治理的意见")) is None
    assert ex.fill_in(text, origin, EMPTY, 1, heading="关于改进作风的意见") is not None


def test_a_topic_naming_the_document_is_not_quoted_as_the_texts_words() -> None:
    doc = make_doc("t", "关于某项工作的意见", ())
    part = dataclasses.replace(
        make_list("t", "1", None, ["甲项", "乙项"]), topic="《关于某项工作的意见》“总体要求”部分"
    )
    place = Place(doc, part, make_item("t", "1", "一、", "一、", "总体要求"))
    assert ex.question("list", place, 2) == "《关于某项工作的意见》“总体要求”部分共有两点，请依次写出。"
    parts = Place(doc, make_list("t", "2", None, ["甲项", "乙项"]), None)
    assert ex.question("single", parts, 1) == "下列选项中，属于《关于某项工作的意见》的一项是（　）。"
    words = Place(doc, make_list("t", "3", "推进这项工作要坚持两条原则：", ["甲项", "乙项"]), None)
    assert ex.question("list", words, 2) == "“推进这项工作要坚持两条原则”共有两点，请依次写出。"


def test_a_traditional_prompt_writes_its_count_in_traditional_script() -> None:
    doc = make_doc("t", "標題", ())
    doc = dataclasses.replace(doc, source=dataclasses.replace(doc.source, script="traditional"))
    place = Place(doc, make_list("t", "1", "做好這項工作要堅持兩條原則：", ["甲項", "乙項"]), None)
    assert ex.question("list", place, 2).endswith("共有兩點，請依次寫出。")


def test_no_fill_in_gives_another_away_on_the_sheet(monkeypatch: pytest.MonkeyPatch) -> None:
    def first_term(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: the first of these terms the sentence holds."""
        term = next(t for t in ("勤奋学习", "青年干部") if t in text)
        return [Blank(text.index(term), text.index(term) + len(term), term, 1.0, f"{len(term)}字")]

    monkeypatch.setattr(ex, "blanks_for", first_term)
    # no frame shared (sentences opening on the same words would show them, never blank them)
    sentences = ["青年干部始终勤奋学习、刻苦钻研，不断增强本领。", "广大青年干部始终艰苦奋斗、勇于担当，不断锤炼作风。"]
    items = tuple(make_item("t", f"1.{n}", f"[{n}]", "", s) for n, s in enumerate(sentences, 1))
    lst = EnumList("paragraph", None, 2, items, "1", Loc("sources/t.txt", 2, 1))
    made = ex.fill_exercises(make_doc("t", "标题", (lst,)), None, 2, "")  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("勤奋学习",)]  # the second's 青年干部 stands printed in the first


def test_a_fill_in_that_stops_on_its_last_word_gets_its_full_stop() -> None:
    assert ex.closed((Piece("要和"), Piece("群众", True))) == (Piece("要和"), Piece("群众", True), Piece("。"))
    assert ex.closed((Piece("坚持"), Piece("“两个确立”", True)))[-1] == Piece("。")
    ended = (Piece("要和"), Piece("群众", True), Piece("。"))
    assert ex.closed(ended) == ended
    # one cut after a clause's semicolon ends as a statement too
    assert ex.closed((Piece("一是"), Piece("加强", True), Piece("；")))[-1] == Piece("。")


def test_a_choice_among_framed_items_prints_the_frame_and_options_without_it(
    made: dict[str, tuple[Exercise, ...]],
) -> None:
    # 坚持人民至上 / 坚持系统观念 / 坚持问题导向: an option without 坚持 would be wrong by its look alone
    framed = [e for e in made["c"] if e.kind in ("single", "multiple")]
    assert framed
    for e in framed:
        assert "能填入“坚持____”" in e.prompt
        assert not any(option.startswith("坚持") for option in e.options)
        assert {e.option(letter) for letter in e.answers} <= {"人民至上", "系统观念", "问题导向"}


def test_a_framed_list_lends_its_heads_without_the_frame() -> None:
    lst = make_list("t", "1", "要做到：", ["讲清楚会议的主题", "讲清楚五年的工作", "讲清楚新的部署"])
    assert [c.head for c in ex.candidates(make_doc("t", "标题", (lst,)))] == ["会议的主题", "五年的工作", "新的部署"]
    words = make_list("t", "1", "包括：", ["政治建设", "思想建设", "组织建设"])  # words: their shape makes options
    assert [c.head for c in ex.candidates(make_doc("t", "标题", (words,)))] == ["政治建设", "思想建设", "组织建设"]


def test_a_fill_in_printed_as_one_already_made_is_not_made_again() -> None:
    one = Exercise(
        "fill",
        "",
        Origin("t", "1.1", "", Loc("sources/t.txt", 1, 0)),
        (Piece("讲好“"), Piece("高站位", True, "3字"), Piece("”。")),
    )
    other = dataclasses.replace(one, pieces=(Piece("讲好“"), Piece("大逻辑", True, "3字"), Piece("”。")))
    longer = dataclasses.replace(one, pieces=(Piece("讲好“"), Piece("大视野观", True, "4字"), Piece("”。")))
    assert repeats(other, [one]) and not repeats(longer, [one])


def test_a_fill_in_that_ends_on_a_straight_quote_gets_its_full_stop() -> None:
    assert ex.closed((Piece('研讨沦为"'), Piece("集体表态", True), Piece('"')))[-1] == Piece("。")
    ended = (Piece("他说：“要"), Piece("团结", True), Piece("。”"))
    assert ex.closed(ended) == ended


@pytest.mark.parametrize(
    ("answer", "own", "opening"),
    [
        ("全面发展", ["全面发展", "全面进步", "协调推进"], "全面"),
        ("协调推进", ["全面发展", "全面进步", "协调推进"], ""),  # the odd one keeps its course-made options
        ("全面发展", ["全面发展", "协调推进", "统筹兼顾"], ""),  # one head alone shares nothing
    ],
)
def test_a_word_shares_the_opening_of_half_its_siblings_or_more(answer: str, own: list[str], opening: str) -> None:
    assert ex.sibling_opening(answer, own) == opening


def test_a_wrong_option_the_sheet_printed_comes_after_the_others() -> None:
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要做到：", ["坚持理论学习不放松", "坚持调查研究不间断"])
    pool = [
        Candidate(h, str(n), "y") for n, h in enumerate(["加强基层组织建设", "改进机关工作作风", "完善考核评价办法"])
    ]
    first = ex.distractors_by_distance(["坚持理论学习不放松"], pool, Place(doc, lst, None), 2)
    again = ex.distractors_by_distance(["坚持理论学习不放松"], pool, Place(doc, lst, None), 2, used=set(first))
    assert len(set(first) & set(again)) == 1  # one new head; a printed one fills in when the pool runs short


def test_a_documents_questions_share_one_record_of_printed_options(course: Course) -> None:
    lenders = ex.Lenders(ex.candidates(course.documents[0]))
    ex.document_exercises(course.documents[0], lenders, EMPTY, 2)
    assert not lenders.used  # each document keeps its own record, the caller's stays empty


def test_a_fill_in_never_asks_an_examples_figures() -> None:
    point = make_item(
        "t",
        "1.1",
        "[1]",
        "1.",
        "研讨质量不高",
        "，发言照本宣科，缺乏自我反思。某县召开的研讨会上，十五名干部发言雷同。",
    )
    assert all(not s.startswith("某") for s in ex.key_sentences(point))
    assert ex.key_sentences(point)


@pytest.mark.parametrize(
    ("option", "is_verbal"),
    [
        ("抓好作风建设", True),
        ("进一步完善监督机制", True),
        ("要分析问题的原因", True),
        ("党的作风建设", False),
        ("国家治理体系", False),
    ],
)
def test_an_option_opens_on_a_verb_or_on_a_noun(option: str, is_verbal: bool) -> None:
    assert ex.verbal(option) is is_verbal


def test_wrong_options_open_as_the_answer_does() -> None:
    # same length, ending and series-ness, another first character: what they open on decides
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "包括：", ["党的作风建设", "党的纪律建设"])
    pool = [Candidate("抓好作风建设", "5", "y"), Candidate("国家治理建设", "6", "z")]
    # printed whole: the list's frame (党的____建设) is not the question's, so 国家治理建设 does not double it
    chosen = ex.distractors_by_distance(["党的作风建设"], pool, Place(doc, lst, None), 1, whole=True)
    assert chosen == ["国家治理建设"]


def test_a_wrong_option_is_never_a_head_of_the_asked_list_lent_by_another_document() -> None:
    # two documents of a course list the same points: the other's copy of a sibling would be a right answer
    doc = make_doc("q", "题目", ())
    points = ["坚持理论学习不放松", "坚持调查研究不间断", "坚持联系群众不动摇"]
    lst = make_list("q", "1", "要做到：", points)
    copy = [Candidate(h, "1", "other") for h in points]
    pool = [*copy, Candidate("加强基层组织建设工作", "2", "y"), Candidate("改进机关工作作风问题", "3", "z")]
    chosen = ex.distractors_by_distance([points[0]], pool, Place(doc, lst, None), 2)
    assert len(chosen) == 2 and not set(chosen) & set(points)


def test_a_document_without_a_title_is_asked_about_as_this_text() -> None:
    doc = make_doc("t", "", ())
    parts = dataclasses.replace(
        make_list("t", "1", None, ["政治建设", "思想建设"]), topic="本文全文分为两个部分，各部分的标题"
    )
    assert topic(parts, None, doc) == "本文"
    assert topic(dataclasses.replace(parts, topic="本文“思想建设”部分"), None, doc) == "本文“思想建设”部分"


def test_a_fill_in_never_blanks_the_frame_its_lists_items_share(monkeypatch: pytest.MonkeyPatch) -> None:
    def first_term(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: the first of these terms the sentence holds."""
        term = next((t for t in ("讲清楚", "主要任务", "奋斗目标") if t in text), "")
        return [Blank(text.index(term), text.index(term) + len(term), term, 1.0, f"{len(term)}字")] if term else []

    monkeypatch.setattr(ex, "blanks_for", first_term)
    sentences = ["讲清楚今后五年的主要任务和重大举措。", "讲清楚到本世纪中叶的奋斗目标和战略安排。"]
    items = tuple(make_item("t", f"1.{n}", f"[{n}]", "", s) for n, s in enumerate(sentences, 1))
    lst = EnumList("paragraph", None, 2, items, "1", Loc("sources/t.txt", 2, 1))
    made = ex.fill_exercises(make_doc("t", "标题", (lst,)), None, 2, "")  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("主要任务",), ("奋斗目标",)]


def test_a_fill_in_prints_words_enough_to_recall_its_blank_from(monkeypatch: pytest.MonkeyPatch) -> None:
    def quoted_term(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: the quoted term."""
        start = text.index("“") + 1
        end = text.index("”")
        return [Blank(start, end, text[start:end], 1.0, f"{end - start}字")]

    monkeypatch.setattr(ex, "blanks_for", quoted_term)
    origin = ex.Origin("t", "1.1", "", Loc("sources/t.txt", 1, 0))
    assert ex.fill_in("三个“前所未有”", origin, None, 2) is None  # type: ignore[arg-type]
    assert ex.fill_in("面对两个“前所未有”的新形势", origin, None, 2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lead", "asked"),
    [
        ("这是一项长期任务。抓好基层党建工作", "抓好基层党建工作"),  # the statement before is another one
        ("作风问题关系党的形象。为此，要做到", "作风问题关系党的形象，为此，要做到"),  # 为此 points back to it
        ("为什么要再次提出这个问题呢？我认为", "为什么要再次提出这个问题呢，我认为"),  # a question leads to its answer
    ],
)
def test_a_topic_grows_back_over_a_full_stop_only_when_it_needs_to(lead: str, asked: str) -> None:
    assert ex.topic_tail(lead) == asked


def test_a_near_copy_of_a_right_answer_or_of_another_option_is_refused() -> None:
    # two phrases one word apart say one thing: one of the two must be right, and both are true statements
    doc = make_doc("q", "题目", ())
    right = "发展乡村特色产业是农民持续增收致富的重要保证"
    lst = make_list("q", "1", "要认识到：", [right, "文化建设是乡村振兴的灵魂"])
    pool = [
        Candidate("发展乡村特色产业是农民持续增收致富的根本保证", "1", "x"),
        Candidate("乡村教育是农民持续增收的长远之计", "2", "y"),
        Candidate("生态保护是绿色发展之本和长远之道", "3", "z"),
        Candidate("生态保护是绿色发展之本和长远之策", "4", "w"),
    ]
    chosen = ex.distractors_by_distance([right], pool, Place(doc, lst, None), 3)
    assert "发展乡村特色产业是农民持续增收致富的根本保证" not in chosen
    assert len({"生态保护是绿色发展之本和长远之道", "生态保护是绿色发展之本和长远之策"} & set(chosen)) == 1
    # phrases sharing a frame but not their point stay apart, and words are siblings, never copies
    assert not ex.near_copy("完善基层社会治理的制度体系", "完善基层党建工作的制度体系")
    assert not ex.related("产业规划", "人才规划")


def test_a_wrong_option_the_question_prints_is_refused() -> None:
    # an option printed in the question's topic or the document's title is named by the question itself
    doc = make_doc("q", "以“两严”推进“三学一改”", ())
    lst = make_list("q", "1", "纪律分为严肃纪律等几项：", ["严肃纪律", "规范纪律"])
    pool = [Candidate(h, str(n), "x") for n, h in enumerate(["三学", "一改", "清廉纪律", "严格纪律"])]
    place = Place(doc, lst, None)
    said = ex.printed_words(place)
    assert "两严" in said and "纪律分为" in said
    chosen = distractors(["规范纪律"], pool, place, 3, said=said)
    assert not {"三学", "一改"} & set(chosen)


def test_a_question_asked_by_the_document_takes_no_option_its_text_says() -> None:
    # 属于《题目》的一项: whatever the document says belongs to it
    body = Paragraph(
        "这些纪律合称为两项纪律，是党员的先锋队作用所在。",
        "这些纪律合称为两项纪律，是党员的先锋队作用所在。",
        Loc("sources/q.txt", 2, 1),
    )
    doc = make_doc("q", "纪律问答", (make_list("q", "1", None, ["严肃纪律", "规范纪律"]),))
    doc = dataclasses.replace(doc, source=dataclasses.replace(doc.source, paragraphs=(*doc.source.paragraphs, body)))
    said = ex.printed_words(Place(doc, doc.lists[0], None))
    assert "先锋队" in said
    asked_by_lead = ex.printed_words(Place(doc, make_list("q", "2", "要守住：", ["底线", "红线"]), None))
    assert "先锋队" not in asked_by_lead


def test_quoted_options_rank_near_quoted_answers() -> None:
    # 抓好“学深”… among options none of which is quoted: the quotes alone would mark the right one
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要做到：", ["抓好“学深”明方向", "抓好“悟透”强本领"])
    unquoted = ("推动改革发展稳定", "加强基层组织建设", "改进工作作风方法")  # one of these, were quotes no trait
    pool = [*(Candidate(h, str(n), "x") for n, h in enumerate(unquoted)), Candidate("坚持“两个维护”", "9", "y")]
    assert ex.distractors_by_distance(["抓好“学深”明方向"], pool, Place(doc, lst, None), 1) == ["坚持“两个维护”"]


def test_a_one_character_frame_comes_off_the_options_but_is_not_printed() -> None:
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "分四个方面：", ["是增强政治意识", "是提高工作能力", "是改进工作作风"])
    assert ex.option_heads(lst) == ["增强政治意识", "提高工作能力", "改进工作作风"]  # the copula off each
    prompt = ex.question("single", Place(doc, lst, None), 1, ex.option_frame(lst))
    assert prompt == "下列选项中，属于“分四个方面”的一项是（　）。"


def test_a_question_without_a_frame_prints_other_lists_heads_whole() -> None:
    # 党员的先锋 alone is no phrase: 发挥党员的先锋作用 is; a framed question prints what fills its gap
    lender = make_list("y", "1", "要做到：", ["发挥党组织的引领作用", "发挥党员的先锋作用", "发挥群众的主体作用"])
    pool = ex.candidates(make_doc("y", "标题", (lender,)))
    assert [c.printed(True) for c in pool] == ["发挥党组织的引领作用", "发挥党员的先锋作用", "发挥群众的主体作用"]
    doc = make_doc("q", "题目", ())
    plain = make_list("q", "1", "基层治理要：", ["健全网格化管理体系", "完善矛盾纠纷调处机制"])
    options = distractors(["健全网格化管理体系"], pool, Place(doc, plain, None), 2, whole=True)
    assert set(options) <= {c.whole for c in pool} and len(options) == 2
    asked = ex.choice_exercise(
        "single", ["健全网格化管理体系"], Place(doc, plain, None), ex.Lenders(pool), ex.list_origin(doc, plain, None)
    )
    assert asked is not None and set(asked.options) - {"健全网格化管理体系"} <= {c.whole for c in pool}
    framed = make_list("q", "1", "要做到：", ["发挥支部的堡垒作用", "发挥干部的带头作用"])
    assert set(distractors(["支部的堡垒"], pool, Place(doc, framed, None), 2)) <= {c.head for c in pool}


def test_a_traditional_fill_in_never_opens_on_a_pointing_word() -> None:
    # 這是前提，也是____。: a traditional copy's 這 points back as 这 does
    point = make_item("t", "1.1", "[1]", "一、", "堅持人民至上。", "這是前提，也是基礎。這實質上是改革與穩定的關係。")
    found = ex.key_sentences(point)
    assert found and not any(s.startswith("這") for s in found)


def test_an_answer_key_never_places_a_point_by_its_dash() -> None:
    doc = make_doc("q", "题目", ())
    assert ex.item_origin(doc, make_item("q", "1.2", "——[2]", "", "统筹安全")).label == ""
    assert ex.item_origin(doc, make_item("q", "1", "——", "——", "坚持系统观念")).label == ""


def test_an_answer_key_cites_only_the_marks_its_source_prints() -> None:
    # unmarked paragraphs [1], [2], the second of them 一方面…，另一方面…: the source prints no [2]
    doc = make_doc("q", "题目", ())
    other = make_item("q", "2.2", "[2]另一方面", "另一方面", "要改进工作作风")
    assert str(ex.item_origin(doc, other)) == "另一方面（第 3 行）"
    assert str(ex.item_origin(doc, make_item("q", "2", "[2]", "", "抓好队伍建设"))) == "第 3 行"
    assert str(ex.item_origin(doc, make_item("q", "1.3.2", "一、3.[2]", "", "健全制度"))) == "一、3.（第 3 行）"
    sub = make_list("q", "2.1/1", "具体要求是：", ["甲项工作", "乙项工作"])
    assert ex.list_origin(doc, sub, other).label == "另一方面"


def test_the_word_closing_a_series_is_no_part_of_its_last_head() -> None:
    # 抓好调查研究、督促检查、信息反馈等: 信息反馈等 would mark the last item among the options
    lst = make_list("q", "1", "要做到：", ["调查研究", "督促检查", "信息反馈等"])
    assert ex.heads(lst) == ["调查研究", "督促检查", "信息反馈"]
    assert [c.head for c in ex.candidates(make_doc("q", "题目", (lst,)))] == ["调查研究", "督促检查", "信息反馈"]
    words = make_list("q", "1", "要做到：", ["民族团结", "男女平等"])  # a word ending on 等 keeps it
    assert ex.heads(words) == ["民族团结", "男女平等"]


def test_wrong_options_hold_the_titles_words_the_right_ones_hold() -> None:
    # 属于《抓好基层组织建设》的一项: 提升基层组织的组织力 would be told apart as the only one naming 基层组织
    lst = dataclasses.replace(
        make_list("q", "1", None, ["提升基层组织的组织力", "健全基层组织的工作制度", "建强基层组织带头人队伍"]),
        topic="《抓好基层组织建设》全文分为三个部分，各部分的标题",  # its parts, as the parser frames them
    )
    doc = make_doc("q", "抓好基层组织建设", (lst,))
    plain = ["推动经济高质量发展", "加强生态环境保护力度", "完善社会保障体系建设", "深化文化体制机制改革"]
    pool = [
        *(Candidate(h, str(n), "x") for n, h in enumerate(plain)),
        Candidate("发挥基层组织战斗堡垒作用", "7", "y"),
        Candidate("整顿软弱涣散基层组织", "8", "z"),
    ]
    assert ex.themes(["提升基层组织的组织力"], Place(doc, lst, None)) == ("基层组织",)
    asked = ex.choice_exercise(
        "single",
        ["提升基层组织的组织力"],
        Place(doc, lst, None),
        ex.Lenders(tuple(pool)),
        ex.list_origin(doc, lst, None),
    )
    assert asked is not None
    assert {"发挥基层组织战斗堡垒作用", "整顿软弱涣散基层组织"} <= set(asked.options)


def test_a_framed_question_takes_no_head_cut_from_another_frame_while_it_has_others() -> None:
    # 讲清楚____: 党员的先锋 (of 发挥…作用) reads in its own frame only; 讲清楚 + a head of that frame does
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要做到：", ["讲清楚会议的主题", "讲清楚五年的工作", "讲清楚新的部署"])
    pool = [
        Candidate("党员的先锋", "1", "x", "发挥党员的先锋作用"),
        Candidate("群众的主体", "2", "y", "发挥群众的主体作用"),
        Candidate("改革的成效", "3", "z", "讲清楚改革的成效"),
        Candidate("基层的经验", "4", "w"),
    ]
    options = distractors(["会议的主题"], pool, Place(doc, lst, None), 2)
    assert set(options) == {"改革的成效", "基层的经验"}
    assert len(distractors(["会议的主题"], pool, Place(doc, lst, None), 3)) == 3  # when short, a misfit still


def test_a_one_character_preposition_stays_on_the_options() -> None:
    # 以…为宗旨: 基层治理为重点 alone does not read, and the question prints no 以____
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "主要内容：", ["以群众满意为标准", "以基层治理为重点", "以制度建设为保障"])
    assert not ex.option_frame(lst)
    assert ex.option_heads(lst) == ["以群众满意为标准", "以基层治理为重点", "以制度建设为保障"]
    assert [c.head for c in ex.candidates(make_doc("q", "题目", (lst,)))] == ex.option_heads(lst)
    prompt = ex.question("single", Place(doc, lst, None), 1, ex.option_frame(lst))
    assert prompt == "下列选项中，属于“主要内容”的一项是（　）。"


def test_a_blank_that_is_a_whole_sentence_is_no_fill_in() -> None:
    # ____。干事是为了…: the words around the blank are about something else
    assert ex.whole_sentence_blank((Piece("实干", True), Piece("。干事是为了解决问题、造福群众。")))
    assert ex.whole_sentence_blank((Piece("干事要扎实。"), Piece("实干", True), Piece("。")))
    assert not ex.whole_sentence_blank((Piece("坚持"), Piece("实干", True), Piece("，干事是为了解决问题。")))


def test_a_fill_in_within_one_made_is_not_made_again() -> None:
    origin = Origin("t", "1.1", "", Loc("sources/t.txt", 1, 0))
    parent = Exercise("fill", "", origin, (Piece("一是在工作中，"), Piece("加强", True, "2字"), Piece("统一领导。")))
    child = Exercise("fill", "", origin, (Piece("在工作中，加强"), Piece("统一领导", True, "4字"), Piece("。")))
    assert repeats(child, [parent]) and repeats(parent, [child])
    other = Exercise("fill", "", origin, (Piece("在工作中，"), Piece("改进", True, "2字"), Piece("作风。")))
    assert not repeats(other, [parent])


def test_a_topic_that_numbers_its_heading_asks_without_the_number() -> None:
    doc = make_doc("q", "题目", ())
    lst = dataclasses.replace(make_list("q", "1", "1. 社区服务的三项任务", ["调解邻里纠纷", "照顾孤寡老人"]), topic="")
    assert topic(lst, None, doc) == "社区服务的三项任务"
    quiz = dataclasses.replace(lst, topic="简述题。三、简述题")
    assert topic(quiz, None, doc) == "简述题"


def test_a_fill_in_that_prints_only_its_lists_frame_is_not_made(monkeypatch: pytest.MonkeyPatch) -> None:
    # 乡村振兴战略的____: the sibling heading's own words fill the blank as well
    def own_words(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: the term 主要目标 of the text given (the item's own part)."""
        return [Blank(0, 4, text[:4], 1.0, "4字")]

    monkeypatch.setattr(ex, "blanks_for", own_words)
    frame = ex.Frame("乡村振兴战略的", "")
    origin = Origin("t", "1.1", "", Loc("sources/t.txt", 1, 0))
    assert ex.fill_in("乡村振兴战略的主要目标。", origin, None, 2, frame) is None  # type: ignore[arg-type]
    made = ex.fill_in("乡村振兴战略的主要目标在产业上。", origin, None, 2, frame)  # type: ignore[arg-type]
    assert made is not None and made.exercise.answers == ("主要目标",)  # its own words around the blank tell it apart


def test_a_course_word_the_sheet_printed_comes_after_the_others() -> None:
    lexicon = lexicon_of({"政治建设": 5, "思想建设": 4, "组织建设": 3, "作风建设": 2, "纪律建设": 1, "总体要求": 1})
    first = ex.unprinted_words("制度建设", "", lexicon, 2, [], ())
    again = ex.unprinted_words("制度建设", "", lexicon, 2, [], set(first))
    assert len(first) == 2 and not set(first) & set(again)
    short = ex.unprinted_words("制度建设", "", lexicon, 4, [], set(first))
    assert short[-1] in first and "总体要求" not in short  # a printed word ending alike before one that does not


def test_course_words_for_an_answer_share_no_ending_it_lacks() -> None:
    # 产业规划, 人才规划, 交通规划 beside 工作方案: the one that does not end alike is the answer
    words = ["产业规划", "人才规划", "交通规划", "生态保护", "总体目标"]
    assert ex.unlike("工作方案", words, 3) == ["产业规划", "生态保护", "总体目标"]
    assert ex.unlike("城市规划", words, 3) == ["产业规划", "人才规划", "交通规划"]  # it ends alike: siblings
    assert ex.unlike("工作方案", words[:3], 3) == words[:3]  # too few others: alike ones fill in


def test_a_question_never_prints_the_sentence_of_the_list_before() -> None:
    # the parser completes the short lead “三个做到” with the sentence before it, the list before's own items
    first = make_list("t", "1", "“两个坚持”", ["坚持学习理论", "坚持联系实际"])
    second = dataclasses.replace(
        make_list("t", "2", "“三个做到”", ["做到心中有党", "做到心中有民", "做到心中有责"]),
        topic="即坚持学习理论、坚持联系实际。“三个做到”",
    )
    doc = make_doc("t", "学习笔记", (first, second))
    assert topic(second, None, doc) == "三个做到"  # printed “三个做到”共有三点
    # a sentence of no list's before it: the formulation the lead quotes is still what is asked of (UAT 19)
    lone = dataclasses.replace(second, topic="大家谈了学习体会。“三个做到”")
    assert topic(lone, None, make_doc("t", "学习笔记", (first, lone))) == "三个做到"
    corner = dataclasses.replace(second, lead="「三個做到」", topic="即坚持学习理论、坚持联系实际。「三個做到」")
    assert topic(corner, None, make_doc("t", "学习笔记", (first, corner))) == "三個做到"  # a traditional copy's 「」


def test_section_titles_are_no_options_nor_the_heads_of_the_sheets_other_lists() -> None:
    # a report's parts (一、年度工作回顾 …) over their points: 属于《…》的一项是 年度工作回顾 asks nothing, and a
    # point's wrong options from another document of the course are told apart by their subject alone
    done = make_list("r", "1.1/1", None, ["稳步扩大有效投资", "持续优化营商环境", "大力促进消费回升"])
    plans = make_list("r", "1.2/1", None, ["加快培育新兴产业", "深入推进城乡融合", "切实保障粮食安全"])
    titles = tuple(
        dataclasses.replace(make_item("r", key, f"{n}、", f"{n}、", head), lists=(sub,))
        for key, n, head, sub in (("1.1", "一", "年度工作回顾", done), ("1.2", "二", "今年工作安排", plans))
    )
    parts = dataclasses.replace(make_list("r", "1", None, ["甲", "乙"]), items=titles)
    report = make_doc("r", "年度报告", (parts,))
    lenders = [
        make_doc(stem, title, (make_list(stem, "1", "支部要做到：", heads),))
        for stem, title, heads in (
            ("o", "机关党建工作要点", ["严格规范组织生活", "按时足额收缴党费", "经常加强党员教育"]),
            ("p", "基层治理调研报告", ["健全网格管理体系", "畅通群众诉求渠道", "完善矛盾调处机制"]),
            ("q", "宣传思想工作要点", ["深化理论武装工作", "加强网络舆论引导", "繁荣发展文化事业"]),
        )
    ]
    made = course_exercises(Course("c0ffee", "课程", (report, *lenders)), 1)
    choices = [e for doc in made.values() for e in doc if e.kind in ("single", "multiple")]
    assert choices and all(not {"年度工作回顾", "今年工作安排"} & set(e.options) for e in choices)
    asked = [e for e in made["r"] if e.kind in ("single", "multiple")]
    assert asked
    for e in asked:
        right = {e.options[ord(letter) - ord("A")] for letter in e.answers}
        sibling = plans if right <= set(heads_of(done)) else done
        # the report's other part is asked or printed on the same sheet: its heads as wrong options would be
        # told wrong by it (or give its answers away)
        assert not set(e.options) & set(heads_of(sibling)), (e.prompt, e.options)


def test_a_document_of_headline_points_still_gets_fill_ins() -> None:
    # a report's points are headlines alone, and each list's ordering question printed all of them: every
    # sentence a fill-in could ask was given away, and the sheet had no 填空题 while the deck clozed them
    heads = (
        ["稳步推进城乡融合发展，提升县域综合承载能力", "着力完善基层治理体系，增强社区服务功能",
         "扎实推进乡村全面振兴，促进农民持续增收"],
        ["加快构建现代产业体系，培育壮大新兴产业", "深入实施区域协调战略，优化重大生产力布局",
         "持续深化重点领域改革，激发经营主体活力"],
    )  # fmt: skip
    lists = tuple(
        EnumList("一是", None, len(texts), tuple(
            make_item("h", f"{key}.{n}", f"[{n}]", "", text) for n, text in enumerate(texts, 1)
        ), key, Loc("sources/h.txt", 2, 1))
        for key, texts in zip("12", heads, strict=True)
    )  # fmt: skip
    made = course_exercises(Course("c0ffee", "课程", (make_doc("h", "工作报告", lists),)), 1)["h"]
    fills = [e for e in made if e.kind == "fill"]
    assert fills and any(e.kind == "list" for e in made), [e.kind for e in made]
    printed = ex.shown_text([e for e in made if e.kind != "fill"])
    assert not any(form in printed for e in fills for form in ex.giveaways(e.pieces))  # none given away still


def test_a_word_list_s_shared_opening_is_no_giveaway() -> None:
    # “三勤”：勤学、勤思、勤行 — a right option alone opening on 勤, among words without it, is known at a glance
    doc = make_doc("q", "题目", ())
    asked = make_list("q", "1", "要做到“三勤”：", ["勤学", "勤思", "勤行"])
    plain = make_list("y", "1", "要抓好：", ["选人", "用人", "育人"])
    place, origin = Place(doc, asked, None), ex.list_origin(doc, asked, None)
    alone = ex.Lenders(ex.candidates(make_doc("y", "另一篇", (plain,))))
    assert ex.choice_exercise("single", ["勤思"], place, alone, origin) is None
    kin = make_list("z", "1", "要养成：", ["勤俭", "诚信", "担当"])
    lenders = ex.Lenders(alone.heads + ex.candidates(make_doc("z", "又一篇", (kin,))))
    made = ex.choice_exercise("single", ["勤思"], place, lenders, origin)
    assert made is not None and "勤俭" in made.options
    assert ex.shared_affixes(["道路自信", "理论自信", "制度自信"]) == ("", "自信")
    assert ex.shared_affixes(["健全网格化管理体系", "健全调处机制"]) == ("", "")  # phrases: their frame comes off


def test_a_headline_point_is_asked_by_the_paragraph_under_it() -> None:
    # （一）何为调研 / its paragraph: a headline too short to ask, spelled out by the paragraph that follows it
    path = "sources/p.txt"
    texts = ["一、对调研的认识", "（一）何为调研", "调查研究是谋事之基、成事之道，是做好各项工作的基本功。",
             "（二）为何调研", "没有调查就没有发言权，更没有决策权，调研是科学决策的前提。"]  # fmt: skip
    paragraphs = tuple(Paragraph(t, t, Loc(path, at + 2, at)) for at, t in enumerate(texts))
    points = tuple(
        Item(
            "（一）" if n == 1 else "（二）", head, head, f"1.1/1.{n}", f"一、{marker}", Loc(path, 3 + 2 * (n - 1), at)
        )
        for n, (marker, head, at) in enumerate([("（一）", "何为调研", 1), ("（二）", "为何调研", 3)], 1)
    )
    under = EnumList("（一）", None, 2, points, "1.1/1", Loc(path, 3, 1))
    part = Item("一、", "对调研的认识", "一、对调研的认识", "1.1", "一、", Loc(path, 2, 0), (under,))
    outline = (EnumList("一、", None, 1, (part,), "1", Loc(path, 2, 0)),)
    doc = Document(Source(path, "p", "调研党课", Meta(), "simplified", paragraphs), outline)
    assert ex.fill_sources(doc) == []  # the headlines alone: nothing to ask
    found = ex.fill_sources(doc, bodies=True)
    assert [texts for texts, _, _ in found] == [[texts[2]], [texts[4]]]
    assert [str(origin) for _, origin, _ in found] == ["一、（一）（第 4 行）", "一、（二）（第 6 行）"]
    made = course_exercises(Course("c0ffee", "课程", (doc,)), 1)["p"]
    assert any(e.kind == "fill" for e in made), [e.kind for e in made]


def test_the_right_answers_letters_turn_across_a_sheets_choice_questions() -> None:
    # options ordered by a hash of their text are even only on average: one sheet's four answers may all be C
    course = four_list_course()
    pool = tuple(c for doc in course.documents[1:] for c in ex.candidates(doc))
    lenders = ex.Lenders(pool)
    asked = [ex.single_exercise(place, lenders) for place in ex.places(course.documents[0])]
    assert all(asked)
    assert sorted(e.answers[0] for e in asked if e) == ["A", "B", "C", "D"]


def test_a_word_list_of_no_names_takes_no_name_nor_a_phrase_among_its_wrong_options() -> None:
    # 太行、乌蒙 (one jieba takes for nothing, one for a term): a person's name (王建国) or a word jieba tags as one
    # (秦岭) among them is no wrong option, nor another list's phrase (a phrase among words is told by its look)
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要治理两片区域：", ["太行", "乌蒙"])
    lexicon = lexicon_of({"王建国": 9, "秦岭": 8, "吕梁": 7})
    pool = [Candidate("提升基础设施水平", "1", "x"), Candidate("推动绿色低碳发展", "2", "y")]
    chosen = distractors(["乌蒙"], pool, Place(doc, lst, None), 3, lexicon)
    assert not {"王建国", "秦岭", "吕梁", "提升基础设施水平", "推动绿色低碳发展"} & set(chosen), chosen
    names = make_list("q", "2", "会见了：", ["李明", "王建国"])
    assert "秦岭" in distractors(["王建国"], [], Place(doc, names, None), 3, lexicon_of({"秦岭": 8}))


def test_an_option_is_printed_without_the_copula_that_ties_it_to_its_lead() -> None:
    # 其意义：是…的必然要求: the right option alone opening on 是, as the lead goes on, is told by it
    item = make_item("q", "1.1", "[1]", "一是", "是推动高质量发展的必然要求")
    assert ex.option_head(item) == "推动高质量发展的必然要求"
    assert ex.option_head(make_item("q", "1.2", "[2]", "二是", "是非观念")) == "是非观念"


def test_the_sentences_before_a_cue_are_fill_ins_and_a_preamble_is_none() -> None:
    # 某某要牢记“三个务必”。要着重做好以下几点： the parser takes the cue alone as the list's lead, and what the
    # paragraph says before it was never asked; a preamble (为…，作出如下决定。) announces the document only
    def para(text: str, at: int) -> Paragraph:
        return Paragraph(text, text, Loc("sources/k.txt", at + 1, at))

    preamble = "为扎实推进基层治理现代化，把各项工作落到实处，结合本地实际，作出如下决定。"
    said = "全体干部要深刻认识“三个务必”的重大意义，增强做好基层工作的责任感。"
    cue = "要着重做好以下几点："
    items = [("一是", "健全网格管理体系"), ("二是", "畅通群众诉求渠道"), ("三是", "完善矛盾调处机制")]
    paragraphs = [para("关于推进基层治理的决定", 0), para(preamble, 1), para(said + cue, 2)]
    paragraphs += [para(m + h + "，这项工作要长期坚持。", 3 + n) for n, (m, h) in enumerate(items)]
    point = tuple(
        Item(m, h, m + h + "，这项工作要长期坚持。", f"1.{n}", m, paragraphs[2 + n].loc)
        for n, (m, h) in enumerate(items, 1)
    )
    lst = EnumList("一是", cue, 3, point, "1", paragraphs[3].loc)
    top = EnumList("一、", preamble, None, (), "0", paragraphs[2].loc)
    source = Source("sources/k.txt", "k", "关于推进基层治理的决定", Meta(), "simplified", tuple(paragraphs))
    found = ex.fill_sources(Document(source, (lst, top)))
    texts = [t for texts, _, _ in found for t in texts]
    assert said in texts
    assert preamble not in texts


def text_doc(stem: str, title: str, text: str, lists: tuple[EnumList, ...] = ()) -> Document:
    """A document of a title and one paragraph of body text."""
    paras = (
        Paragraph(title, title, Loc(f"sources/{stem}.txt", 1, 0)),
        Paragraph(text, text, Loc(f"sources/{stem}.txt", 2, 1)),
    )
    return Document(Source(f"sources/{stem}.txt", stem, title, Meta(), "simplified", paras), lists)


PROVINCE_TEXT = (
    "全省推进“十四五”时期生态文明建设。要加快产业绿色转型，推进沿海地区森林城市建设，"
    "加强山区生态屏障保护，完成规划目标任务。"
)


@pytest.mark.parametrize(
    ("head", "is_foreign"),
    [
        ("推进浙江生态省建设工作", True),  # a province the text never names
        ("完成十三五规划目标任务", True),  # another era than the text's
        ("培育壮大数字经济新动能", True),  # most of its words are of other matters
        ("完成十四五规划目标任务", False),
        ("加快森林城市建设步伐", False),
        ("坚持“稳中求进”推进森林城市建设", True),  # a formulation of its own time the text never quotes
        ("践行“两个维护”推进森林城市建设", True),
        ("完成“十四五”时期规划目标任务", False),
    ],
)
def test_a_phrase_naming_what_the_document_never_says_is_foreign(head: str, is_foreign: bool) -> None:
    assert ex.foreign(head, PROVINCE_TEXT) is is_foreign


def test_wrong_options_from_another_document_about_its_own_matters_come_only_when_short() -> None:
    lst = make_list("gd", "1", "主要任务：", ["加快产业绿色转型", "推进森林城市建设"])
    doc = text_doc("gd", "关于生态文明建设的实施意见", PROVINCE_TEXT, (lst,))
    pool = [  # the foreign ones of the answer's very length, the others a character or two longer
        Candidate("推进浙江生态建设", "1", "zj"),
        Candidate("完成十三五的目标", "2", "zj"),
        Candidate("加强山区生态屏障保护", "3", "x"),
        Candidate("完成规划目标任务要求", "4", "y"),
    ]
    chosen = ex.distractors_by_distance(["加快产业绿色转型"], pool, Place(doc, lst, None), 2, whole=True)
    assert sorted(chosen) == ["加强山区生态屏障保护", "完成规划目标任务要求"]
    short = ex.distractors_by_distance(["加快产业绿色转型"], pool, Place(doc, lst, None), 3, whole=True)
    assert len(short) == 3  # a course too small lends them still, after the others


def test_a_wrong_option_of_another_length_comes_after_those_of_the_right_options_length() -> None:
    # a word among clauses is told wrong by its look, though nearer in length than a clause twice as long
    doc = make_doc("q", "题目", ())
    clauses = ["要把思想政治工作摆在突出位置", "领导干部要带头深入基层调查研究"]
    lst = make_list("q", "1", "要做到：", clauses)
    long = "基层党组织要把服务群众作为经常性工作任务抓紧抓好"
    pool = [Candidate("统筹抓落实", "5", "q"), Candidate(long, "6", "q")]  # the word is the nearer in shape
    chosen = ex.distractors_by_distance(clauses[:1], pool, Place(doc, lst, None), 1, whole=True)
    assert chosen == [long]


def test_a_wrong_option_holding_the_questions_frame_is_refused() -> None:
    # 能填入“____制度”: 建立健全联系群众制度 would read 建立健全联系群众制度制度
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "要健全：", ["议事决策制度", "联系群众制度"])
    pool = [Candidate("建立健全督查制度", "2", "q"), Candidate("谈心谈话", "3", "q")]
    assert ex.distractors_by_distance(["议事决策"], pool, Place(doc, lst, None), 2) == ["谈心谈话"]
    assert (
        ex.doubled("干部考核制度", "|制度") and ex.doubled("有的干部", "有的|") and not ex.doubled("干部考核", "|制度")
    )


def test_course_words_the_asked_document_uses_come_first() -> None:
    # 园区建设 and 交通建设 are of another document's matters: a candidate reading about 作风 tells them wrong
    lexicon = lexicon_of({"园区建设": 9, "交通建设": 8, "作风建设": 2, "纪律建设": 1})
    text = "全面从严治党，加强作风建设和纪律建设，推进制度建设。"
    assert ex.unprinted_words("制度建设", "", lexicon, 2, [], (), "") == ["园区建设", "交通建设"]
    assert ex.unprinted_words("制度建设", "", lexicon, 2, [], (), text) == ["作风建设", "纪律建设"]


def test_a_wrong_option_with_a_note_is_of_another_kind() -> None:
    # a heading's bracketed note marks what is no point among points, wherever the note stands
    doc = make_doc("q", "题目", ())
    points = ["基层党组织的组织力明显增强", "党员队伍的结构不断优化"]
    lst = make_list("q", "1", "主要成效：", points)
    for noted in ("基层组织的组织力（三小点）", "基层组织的（上）组织力明显"):  # as alike else: ties before
        pool = [Candidate(noted, "5", "q"), Candidate("基层干部队伍的能力明显提高", "6", "q")]
        chosen = ex.distractors_by_distance(points[:1], pool, Place(doc, lst, None), 1, whole=True)
        assert chosen == ["基层干部队伍的能力明显提高"], noted


def test_short_options_open_alike_while_there_are_enough() -> None:
    # 加强…/提高… among 干部的…: a short phrase opening on a noun is told from verbs at a glance
    doc = make_doc("q", "题目", ())
    points = ["加强理论学习", "提高工作本领"]
    lst = make_list("q", "1", "要做到：", points)
    pool = [Candidate("基层组织建设", "5", "q"), Candidate("改进会风文风的做法", "6", "q")]  # the noun one nearer
    chosen = ex.distractors_by_distance(points[:1], pool, Place(doc, lst, None), 1, whole=True)
    assert chosen == ["改进会风文风的做法"]
    assert ex.opening_kind(points) == "verb" and ex.opening_kind(["党的理论学习", "加强作风建设"]) is None


def test_a_word_option_holding_the_questions_frame_is_refused() -> None:
    # 要加强____工作: the course word 宣传工作 would read 要加强宣传工作工作
    doc = make_doc("q", "题目", ())
    lst = make_list("q", "1", "当前：", ["要加强安全生产工作", "要加强防汛值守工作"])
    lexicon = lexicon_of({"宣传工作": 9, "群众工作": 8, "组织建设": 5, "作风建设": 4, "队伍建设": 3})
    options = ex.distractors(["安全生产"], [], Place(doc, lst, None), 3, lexicon)
    assert sorted(options) == ["作风建设", "组织建设", "队伍建设"]


@pytest.mark.parametrize(
    ("option", "noted"),
    [
        ("加强组织领导（二小点）", True),
        ("学习《某某条例》（节选）", True),  # nested and side by side: any pair
        ("【2024-5-6】做好值班工作", True),
        ("做好（值班【工作", False),  # openers alone
        ("做好值班工作）】", False),  # closers alone
        ("做好）值班（工作", False),  # a closer before its opener
        ("（做好（值班）工作", True),  # an unclosed opener before a pair
        ("（" * 20_000 + "做好值班工作", False),  # a run of openers is read once, not from each of them
    ],
)
def test_an_options_note_is_a_pair_of_brackets(option: str, noted: bool) -> None:
    assert (ex.NOTE_MARK.search(option) is not None) is noted


@pytest.mark.parametrize(
    "head",
    [
        "推进一些地区产业绿色转型",  # 一些: how many, not which
        "完成一系列规划目标任务",
        "第一次完成规划目标任务",
    ],
)
def test_a_quantity_word_names_no_number_a_document_must_print(head: str) -> None:
    # a numeral names another document's matters when it is a number (十三五, 2035年), not a quantity word
    assert ex.foreign(head, PROVINCE_TEXT) is False


@pytest.mark.parametrize("head", ["增强四个意识推进森林城市建设", "做到两个维护加强生态屏障保护"])
def test_a_count_naming_a_formulation_is_a_number_a_document_must_print(head: str) -> None:
    # the genre names its formulations by a count (四个意识, 两个维护): a text that never says it is of another time
    assert ex.foreign(head, PROVINCE_TEXT) is True


@pytest.mark.parametrize(
    ("head", "announces"),
    [
        ("区县委员会的主要职责是", True),  # the lead of the points under it: it says nothing by itself
        ("年度工作的重点包括", True),
        ("具体的办法如下：", True),
        ("工作中始终坚持实事求是", False),  # a word ending in 是 is no copula
        ("基层干部在农村大有作为", False),
    ],
)
def test_a_head_that_announces_what_follows_is_no_wrong_option(head: str, announces: bool) -> None:
    lst = make_list("t", "1", "要点：", [head, "建立健全联系群众制度"])
    found = [c.head for c in ex.candidates(make_doc("t", "标题", (lst,)))]
    assert (head.rstrip("：") not in found and head not in found) is announces


def test_a_fill_in_sentence_never_opens_on_a_clause_mark() -> None:
    # a question the text asks and answers after a comma (…怎么办？，…): the answer is a sentence of its own
    point = make_item("q", "1.1", "[1]", "", "村里的路怎么修", "？，全村党员带头出工出钱，三个月修通了进山公路。")
    found = ex.key_sentences(point)
    assert found and not any(s.startswith(("，", ",", "；", "、")) for s in found), found


def test_a_sheet_keeps_the_last_question_that_asks_a_lists_points() -> None:
    # the only fill-in a one-list document offers blanks its lead's count (环境整治有（　）任务), which the 列举题
    # prints: the sheet keeps the 列举题 and leaves that fill-in, or the points are asked nowhere
    heads = ["清理河道垃圾", "整治乱搭乱建", "改造老旧管网", "绿化村前屋后"]
    items = tuple(
        make_item("s", f"1.{n}", f"[{n}]", f"{chinese_number(n)}是", head, "；") for n, head in enumerate(heads, 1)
    )
    lst = EnumList("一是", "全镇环境整治有四大任务：", 4, items, "1", Loc("sources/s.txt", 2, 1))
    doc = make_doc("s", "关于环境整治的通知", (lst,))
    made = course_exercises(Course("f2f2f2", "课程", (doc,)), 2)["s"]
    assert [e.kind for e in made if e.kind != "fill"] == ["list"]
    assert any(list(e.answers) == heads for e in made)


def three_lenders() -> list[Document]:
    """Three other documents of one list of three points each: the course's wrong options."""
    return [
        make_doc(f"p{n}", f"关于第{n}项工作的意见", (make_list(f"p{n}", "1", "要做到：", heads),))
        for n, heads in enumerate(
            (
                ["健全基层议事制度", "规范村务公开程序", "完善便民服务网络"],
                ["加强河湖日常巡查", "落实垃圾分类责任", "推进厕所改造工程"],
                ["开展结对帮扶活动", "组织技能培训课程", "建立返乡创业基金"],
            ),
            1,
        )
    ]


def test_no_wrong_option_is_told_apart_by_its_mood() -> None:
    # a list of questions among a course's points: a point among questions (or a question among points) is
    # the odd one out at a glance, the answer as well as the wrong ones
    asked = make_doc("q", "关于读书活动的说明", (make_list("q", "1", "本次读书活动要回答三个问题：", [
        "为什么要坚持读原著", "怎样安排每周的读书时间", "如何把读书心得用到工作中",
    ]),))  # fmt: skip
    lenders = three_lenders()
    made = course_exercises(Course("f3f3f3", "课程", (asked, *lenders)), 2)
    for stem, exercises in made.items():
        for e in exercises:
            if e.options and e.kind in ("single", "multiple"):
                moods = {ex.asks(o) for o in e.options}
                assert len(moods) == 1, (stem, e.prompt, e.options)


def test_a_sheets_only_list_with_its_count_announced_is_asked_as_a_list_question() -> None:
    # 环境整治有四大任务： the examiner's first question is 包括哪四项？, not which one of four options is one of them
    lenders = three_lenders()
    heads = ["清理河道两岸垃圾", "整治乱搭乱建现象", "改造老旧供水管网", "绿化村前屋后空地"]
    counted = make_doc("c", "关于环境整治的通知", (make_list("c", "1", "全镇环境整治有四大任务：", heads),))
    unsaid = dataclasses.replace(counted.lists[0], announced_count=None, lead="全镇环境整治的任务是：")
    for doc, kind in ((counted, "list"), (dataclasses.replace(counted, lists=(unsaid,)), "single")):
        made = course_exercises(Course("f4f4f4", "课程", (doc, *lenders)), 2)["c"]
        assert [e.kind for e in made if e.kind != "fill"] == [kind], made


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("厉行节约用水", "坚持节约用水", True),  # the same point under another verb: either passes for right
        ("开展走访调研", "改进走访调研", True),
        ("加强作风建设", "加强制度建设", False),  # another object: another point
        ("健全议事制度", "规范议事程序", False),
    ],
)
def test_a_point_under_another_verb_is_no_wrong_option(a: str, b: str, alike: bool) -> None:
    assert ex.related(a, b) is alike


def test_a_choice_asked_by_the_document_alone_asks_for_its_parts_titles_or_is_not_made() -> None:
    # 属于《题目》的一项是 asks nothing (every point of a document belongs to it); its parts' titles are something
    heads = ["健全网格管理体系", "畅通群众诉求渠道", "完善矛盾调处机制"]
    pool = tuple(
        Candidate(h, str(n), "x")
        for n, h in enumerate(["推动经济高质量发展", "加强生态环境保护", "完善社会保障体系", "深化文化体制改革"])
    )
    bare = make_list("q", "1", None, heads)
    parts = dataclasses.replace(bare, topic="《推进基层治理的意见》全文分为三个部分，各部分的标题")
    made = []
    for lst in (bare, parts):
        doc = make_doc("q", "推进基层治理的意见", (lst,))
        right = [ex.option_head(lst.items[0])]
        made.append(
            ex.choice_exercise("single", right, Place(doc, lst, None), ex.Lenders(pool), ex.list_origin(doc, lst, None))
        )
    assert made[0] is None
    assert made[1] is not None
    assert made[1].prompt == "下列选项中，属于《推进基层治理的意见》各部分标题的一项是（　）。"


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        # the speaker comes off: the question asks what was said
        ("习近平总书记强调，各级党组织要把这项工作抓紧抓实：", "各级党组织要把这项工作抓紧抓实"),
        ("会议要求，各乡镇要扎实推进人居环境整治：", "各乡镇要扎实推进人居环境整治"),
        # a lead that is the frame and little else keeps it: the question would say nothing without it
        ("习近平总书记指出：", "习近平总书记指出"),
    ],
)
def test_a_questions_topic_leaves_the_speakers_frame_off(lead: str, kept: str) -> None:
    lst = make_list("q", "1", lead, ["健全网格管理体系", "畅通群众诉求渠道", "完善矛盾调处机制"])
    assert topic(lst, None, make_doc("q", "题目", (lst,))) == kept


def test_a_lead_that_only_opens_its_list_is_no_fill_in() -> None:
    # …就要 / 提出以下几点意见： announce points and state none; blanked, they ask for the announcing words
    heads = ["健全网格管理体系", "畅通群众诉求渠道", "完善矛盾调处机制"]
    stated = "基层治理是国家治理的基石，关系群众的切身利益。"
    for lead, said in [
        ("贯彻落实“以人民为中心”的发展思想，各级干部就要", []),
        ("下面，我结合自己的工作体会，对今年的工作提出以下几点意见和建议：", []),
        (stated + "为此，要做到以下三点：", [stated]),
    ]:
        lst = make_list("q", "1", lead, heads)
        leads = [
            t for texts, origin, _ in ex.fill_sources(make_doc("q", "题目", (lst,))) if origin.key == "1" for t in texts
        ]
        assert leads == said, lead


def test_a_body_under_a_headline_is_asked_without_its_marker_and_an_inline_series_has_none() -> None:
    path = "sources/p.txt"
    texts = ["一、主要措施", "（一）实施基层干部带头联系群众行动，每月走访不少于两次。",
             "我们要健全网格管理体系、畅通群众诉求渠道、完善矛盾调处机制，把工作做实。",
             "下面，我再讲一个具体问题，请大家认真研究。"]  # fmt: skip
    paragraphs = tuple(Paragraph(t, t, Loc(path, at + 2, at)) for at, t in enumerate(texts))
    part = Item("一、", "主要措施", "一、主要措施", "1.1", "一、", paragraphs[0].loc)
    series = tuple(
        Item("", head, head, f"2.{n}", f"[{n}]", paragraphs[2].loc)
        for n, head in enumerate(["健全网格管理体系", "畅通群众诉求渠道", "完善矛盾调处机制"], 1)
    )
    outline = (
        EnumList("一、", None, None, (part,), "1", paragraphs[0].loc),
        EnumList("inline", "我们要", None, series, "2", paragraphs[2].loc),
    )
    doc = Document(Source(path, "p", "调研党课", Meta(), "simplified", paragraphs), outline)
    bodies = ex.headline_bodies(doc)
    assert set(bodies) == {"1.1"}  # the series' paragraph holds more than its items: the next one is no body
    found = [t for texts, origin, _ in ex.fill_sources(doc, bodies=True) if origin.key == "1.1" for t in texts]
    assert found == ["实施基层干部带头联系群众行动，每月走访不少于两次。"]


def test_a_wrong_option_far_from_the_right_ones_length_is_never_chosen() -> None:
    # 真懂 beside a clause of nineteen characters is told wrong at a glance, however few the other options are
    right = "学习贯彻新时代党的创新理论的重要精神"
    lst = make_list("q", "1", "学习教育具体指的是：", [right, "学习党章党规", "做合格党员"])
    doc = make_doc("q", "学习教育心得", (lst,))
    words = [Candidate(h, str(n), "x") for n, h in enumerate(["真学", "真懂", "真做"])]
    clauses = [
        Candidate(h, str(n + 5), "y") for n, h in enumerate(["健全基层党组织的工作制度", "推动经济社会高质量发展"])
    ]
    chosen = distractors([right], [*words, *clauses], Place(doc, lst, None), 3)
    assert set(chosen) == {c.head for c in clauses}


def test_a_wrong_option_the_asked_points_print_is_none() -> None:
    # 属于“总体要求”的一项是: 各项任务, printed in 2.目标任务。…完成各项任务, may pass for one of its points
    items = (
        make_item("q", "1.1", "[1]", "1.", "指导思想", "。坚持以人民为中心，推动经济高质量发展。"),
        make_item("q", "1.2", "[2]", "2.", "目标任务", "。到明年，完善社会保障体系，完成各项任务。"),
    )
    lst = EnumList("1.", "总体要求", 2, items, "1", Loc("sources/q.txt", 2, 1))
    doc = make_doc("q", "关于推进某项改革的实施意见", (lst,))
    pool = tuple(
        Candidate(h, str(n), "x")
        for n, h in enumerate(["推动经济高质量发展", "加强生态环境保护", "完善社会保障体系", "深化文化体制改革"])
    )
    right = ["健全基层党组织的工作制度"]
    chosen = distractors(
        right, pool, Place(doc, lst, None), 3, said=ex.choice_said(Place(doc, lst, None), ex.Lenders(pool))
    )
    assert "推动经济高质量发展" not in chosen and "完善社会保障体系" not in chosen


def test_five_character_members_of_a_formulation_share_its_mark_with_their_wrong_options() -> None:
    # 三查: 查思想、查作风纪律、查工作落实 all open on 查: a choice whose wrong options do not is answered by it
    assert ex.shared_affixes(["查思想", "查作风纪律", "查工作落实"]) == ("查", "")
    assert ex.shared_affixes(["当好参谋员", "当好督查员", "当好联络员"]) == ("当好", "员")
    lst = make_list("q", "1", "要开展“三查”：", ["查思想", "查作风纪律", "查工作落实"])
    doc = make_doc("q", "题目", (lst,))
    pool = tuple(Candidate(h, str(n), "x") for n, h in enumerate(["强化担当", "转变作风", "提升效能", "改进服务"]))
    place = Place(doc, lst, None)
    asked = ex.choice_exercise("single", ["查作风纪律"], place, ex.Lenders(pool), ex.list_origin(doc, lst, None))
    assert asked is None


def test_a_list_whose_announced_count_its_items_do_not_match_is_not_asked_to_be_written_or_ordered() -> None:
    # 要抓好四个环节： over three points found (a page not saved): 共有三点 would say the text wrong, 共有四点 ask a
    # point the outline lacks; a choice question (one of them belongs to it) still holds
    lenders = three_lenders()
    heads = ["清理河道两岸垃圾", "整治乱搭乱建现象", "改造老旧供水管网"]
    short = dataclasses.replace(make_list("c", "1", "全镇环境整治要抓好四个环节：", heads), announced_count=4)
    doc = make_doc("c", "关于环境整治的通知", (short,))
    made = course_exercises(Course("f4f4f5", "课程", (doc, *lenders)), 2)["c"]
    assert not [e for e in made if e.kind in ("list", "order")], made
    assert [e.kind for e in made if e.kind != "fill"] == ["single"], made


def test_a_question_on_a_count_formulations_members_asks_of_the_formulation() -> None:
    # UAT 19: 属于“四个自信即……，四个自信”的一项是 could not be read; the formulation is what is asked of
    doc = make_doc("t", "标题", ())
    heads = ["甲方面的自觉", "乙方面的自觉", "丙方面的自觉"]
    bare = dataclasses.replace(
        make_list("t", "1", "三个自觉", heads), topic="三个自觉即甲方面的自觉、乙方面的自觉、丙方面的自觉。三个自觉"
    )
    assert topic(bare, None, doc) == "三个自觉"
    quoted = make_list("t", "2", "“三个自觉”是这次会议的新提法之一：", heads)
    assert topic(quoted, None, doc) == "三个自觉"
    straight = make_list("t", "3", '"三个自觉"是这次会议的新提法之一：', heads)
    assert topic(straight, None, doc) == "三个自觉"
    # a count that is not the list's names no formulation of it
    other = make_list("t", "4", "“两个自觉”是这次会议的新提法之一：", heads)
    assert topic(other, None, doc) == "‘两个自觉’是这次会议的新提法之一"
    # the series cut out just before its count: the sentence closes over the cut
    ran = dataclasses.replace(
        make_list("t", "5", "三种倾向", ["形式主义", "官僚主义", "享乐主义"]),
        topic="全体干部必须坚决反对形式主义、官僚主义、享乐主义这三种倾向",
    )
    assert topic(ran, None, doc) == "全体干部必须坚决反对这三种倾向"


def test_a_lead_announcing_a_noun_after_its_count_keeps_it() -> None:
    # UAT 19: 推进某项工作，主要有以下三点考虑： was asked as 属于“推进某项工作，主要有”: 有 lost what it has
    doc = make_doc("t", "标题", ())
    lst = make_list("t", "1", "推进这项改革，主要有以下三点考虑：", ["甲项", "乙项", "丙项"])
    assert topic(lst, None, doc) == "推进这项改革，主要有以下三点考虑"


def test_a_fill_in_on_a_point_that_states_nothing_alone_prints_its_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    # UAT 18: 某某报告的（4字）。 under 汇报的内容主要有三个方面， cannot be answered; its card shows the lead above it
    def term(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: the point's last four characters."""
        body = text.rstrip("。")
        return [Blank(len(body) - 4, len(body), body[-4:], 1.0, "4字")] if len(body) > 8 else []

    monkeypatch.setattr(ex, "blanks_for", term)
    origin = Origin("t", "1.1", "", Loc("sources/t.txt", 1, 0))
    lead = "今天汇报的内容主要有三个方面"
    noun = ex.fill_in("全镇环境整治工作的基本情况", origin, EMPTY, 1, lead=lead)
    assert noun and noun.exercise.pieces[0].text == lead + "："
    verb = ex.fill_in("关系全镇群众的切身利益", origin, EMPTY, 1, lead="环境整治")
    assert verb and verb.exercise.pieces[0].text == "环境整治："
    # a statement of its own is printed alone; a lead printing the answer sets no fill-in
    said = ex.fill_in("党员干部要带头参与环境整治", origin, EMPTY, 1, lead=lead)
    assert said and said.exercise.pieces[0].text == "党员干部要带头参与"
    assert ex.fill_in("全镇环境整治工作的基本情况", origin, EMPTY, 1, lead="基本情况") is None
    # the lead a list's points print: its end when long, without its marker or half a quotation
    said = "1. 为了把这项工作抓实抓细抓出成效，某某同志在会上强调：“全镇干部要做到以下三点"
    lst = make_list("t", "1", said, ["甲项", "乙项", "丙项"])
    assert ex.printed_lead(lst, None) == "……某某同志在会上强调：全镇干部要做到以下三点"


@pytest.mark.parametrize(
    ("lead", "asked"),
    [
        ("本次会议的主题是：", "本次会议的主题"),  # the copula before the list: 属于…的一项 relates them itself
        ("而其中最要紧的经验就是：", "其中最要紧的经验"),  # the connective ties it to the sentence before
        ("但是我们必须记住：", "我们必须记住"),
        ("同时要注意：", "同时要注意"),  # too little would be left: the frame stays
        ("而今迈步从头越：", "而今迈步从头越"),  # 而今 is a word of time, no connective
    ],
)
def test_a_topic_leaves_its_sentence_frame_off(lead: str, asked: str) -> None:
    lst = make_list("t", "1", lead, ["甲项工作", "乙项工作"])
    assert topic(lst, None, make_doc("t", "标题", ())) == asked


def test_a_sheet_asks_one_answer_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def first_term(text: str, vocab: object, level: int) -> list[Blank]:
        """A stand-in blank chooser: the first of these terms the sentence holds."""
        term = next(t for t in ("基层群众", "规章制度") if t in text)
        return [Blank(text.index(term), text.index(term) + len(term), term, 1.0, f"{len(term)}字")]

    monkeypatch.setattr(ex, "blanks_for", first_term)
    sentences = [
        "任何号召离开了基层群众的参与，都只能停留在纸面上。",
        "每一项决策都要经过基层群众反复讨论，再交付执行。",
        "执行决策要依靠健全的规章制度来保障，不能随心所欲。",
    ]
    items = tuple(make_item("t", f"1.{n}", f"[{n}]", "", s) for n, s in enumerate(sentences, 1))
    lst = EnumList("paragraph", None, 3, items, "1", Loc("sources/t.txt", 2, 1))
    made = ex.fill_exercises(make_doc("t", "标题", (lst,)), None, 2, "")  # type: ignore[arg-type]
    assert [e.answers for e in made] == [("基层群众",), ("规章制度",)]  # 基层群众 a second time tests nothing more
