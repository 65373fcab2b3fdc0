"""Blank choice rules on small made-up sentences and hand-made courses (no seed text)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from study.generate.blanks import Blank, choose_blanks, rank_blanks
from study.generate.segment import tokenize
from study.generate.terms import Vocabulary, build_vocabulary, count_document
from study.model import Course, Document, EnumList, Item, Loc, Meta, Paragraph, Source
from study.script import simplify

FIGURE_KINDS = ("年份", "日期", "百分数", "数字")  # the hints of a figure's blank

PATH = "sources/made_up.txt"


def first(text: str, vocab: Vocabulary | None = None) -> Blank:
    """The best blank of a text (there must be one)."""
    ranked = rank_blanks(text, vocab)
    assert ranked, f"no blank for {text}"
    return ranked[0]


def answers(text: str, vocab: Vocabulary | None = None) -> list[str]:
    """Every candidate answer of a text, best first."""
    return [b.answer for b in rank_blanks(text, vocab)]


# ----------------------------------------------------------------------------- the contract


@pytest.mark.parametrize(
    "text",
    ["建设节约型、友好型、开放型的现代城市", "各級幹部要堅持實事求是，改進工作作風。", "", "。。。", "abc 123"],
)
def test_answers_are_the_text_at_their_offsets(text: str) -> None:
    for blank in rank_blanks(text):
        assert blank.answer == text[blank.start : blank.end]
        assert 0.0 <= blank.score <= 1.0
        figure = any(ch.isdigit() for ch in blank.answer) and blank.hint in FIGURE_KINDS  # a figure: its kind
        assert blank.hint == f"{len(blank.answer)}字" or figure


def test_ranked_best_first() -> None:
    scores = [b.score for b in rank_blanks("全面推进依法治国，加快建设社会主义法治国家，维护宪法权威。")]
    assert scores == sorted(scores, reverse=True)


# ----------------------------------------------------------------------------- rules that make blanks


def test_spans_past_the_cap_still_rank_by_how_far_past_it() -> None:
    # the generic 爱国运动 and the name the pointing clause gives both pass 1: the name, which has more, comes first
    text = (
        "1925年夏天，在工人罢工斗争不断高涨、外国资本家步步紧逼的形势下，在城里党组织的发动和带领下，"
        "各厂的纺织女工举行了一场爱国运动，这次运动是红星运动。"
    )
    ranked = rank_blanks(text)
    assert ranked[0].answer == "红星运动"
    assert all(b.score <= 1.0 for b in ranked)


def test_series_member_is_the_blank_and_the_last_is_preferred() -> None:
    text = "我们要建设节约型、友好型、开放型的现代城市。"
    assert first(text).answer == "开放型"
    assert set(answers(text)[:3]) == {"节约型", "友好型", "开放型"}


def test_a_middle_member_is_the_least_likely_blank() -> None:
    text = "坚持绿色执政、开放执政、共享执政，推进乡村发展。"
    ranked = answers(text)
    assert ranked.index("共享执政") < ranked.index("绿色执政") < ranked.index("开放执政")


def test_a_member_before_a_closing_conjunction_is_no_last_member() -> None:
    ranked = answers("提倡团结、互助和友爱的风气。")
    assert ranked.index("友爱") < ranked.index("团结") < ranked.index("互助")


def test_series_with_a_closing_conjunction_takes_the_whole_last_member() -> None:
    text = "要防止享受主义、功利主义和狭隘本位主义的影响"
    assert "狭隘本位主义" in answers(text)[:3]


def test_series_members_do_not_end_on_an_adverb() -> None:
    assert "部门都" not in answers("各地区、各部门都要结合实际抓好落实")


def test_shared_words_are_left_out_of_series_members() -> None:
    text = "推进科学立法、科学执法、科学司法，建设法治政府"
    assert first(text).answer in {"立法", "执法", "司法"}


def test_a_shared_one_character_word_closing_short_members_stays_in_them() -> None:
    # 不敢X、不能X、不想X: the one character makes each member one term, blanked whole
    assert first("要做到不敢懒、不能懒、不想懒，巩固作风成果。").answer == "不想懒"
    assert first("要做到不敢庸、不能庸、不想庸，巩固作风成果。").answer == "不想庸"


def test_a_shared_phrase_is_left_out_of_series_members() -> None:
    assert first("合作社的希望在农民、出路在农民、力量在农民。").answer in {"希望", "出路", "力量"}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("村干部要做到有担当、有作为、有纪律。", {"有担当", "有作为", "有纪律"}),
        ("坚持绿色执政、开放执政、共享执政。", {"绿色执政", "开放执政", "共享执政"}),
    ],
)
def test_a_shared_verb_stays_in_series_members(text: str, members: set[str]) -> None:
    # 有理想 / 依法执政: the verb and its word make one thing the series lists; people blank the member whole
    assert set(answers(text)[:3]) == members


def test_quoted_formulation_is_kept_whole() -> None:
    text = "同志们要牢记“团结就是力量，实干才能兴邦”的道理。"
    ranked = rank_blanks(text)
    assert ranked[0].answer == "团结就是力量，实干才能兴邦"
    quote = text.index("团"), text.index("”")
    inside = [b for b in ranked if quote[0] <= b.start and b.end <= quote[1] and (b.start, b.end) != quote]
    assert inside == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("工业产值已经连续五个月保持增长", "五"),
        ("坚持两个毫不动摇，推动经济发展", "两"),
    ],
)
def test_count_inside_a_formulation_is_the_blank(text: str, count: str) -> None:
    assert first(text).answer == count


def test_a_quoted_count_formulation_is_blanked_whole() -> None:
    # people blank the named formulation (“三个优先”), not the size of it: the size is written in its name
    assert first("全面落实“三个优先”的工作要求").answer == "三个优先"


def test_count_pointing_back_is_not_preferred() -> None:
    text = "要抓好项目建设和招商引资这两个关键环节"
    assert first(text).answer != "两"


def test_definition_head_after_de() -> None:
    # the head is a blank, second to the subject: in 某某是…的某某 people blank the subject about 7 times in 8
    assert answers("基层党组织是党在社会基层组织中的战斗堡垒。")[:2] == ["基层党组织", "战斗堡垒"]


def test_subject_of_a_definition_by_category() -> None:
    assert first("按劳分配是社会主义的基本原则").answer == "按劳分配"


def test_ordinal_inside_a_clause_is_part_of_a_formulation() -> None:
    assert first("科技是第一生产力").answer == "第一生产力"
    assert "第二" not in answers("第二，要坚持科技是第一生产力")


def test_the_speaker_is_frame_and_a_title_of_the_claim_a_blank() -> None:
    # issue 10: a teacher never blanks the frame (who said it), only the claim
    assert "刘少奇" not in answers("会上，刘少奇同志深刻指出，作风问题不是小事")
    assert "为人民服务" in answers("他在《为人民服务》一文中写道")


def test_yi_wei_formulation() -> None:
    assert first("坚持以改革为动力的发展路子").answer == "以改革为动力"


def test_course_list_item_ranks_high() -> None:
    vocab = build_vocabulary(course(lists=(enum(("优化营商环境", "壮大实体经济", "扩大有效投资")),)))
    assert "壮大实体经济" in vocab.list_items
    assert first("今年的重点是壮大实体经济，稳住基本盘。", vocab).answer == "壮大实体经济"


def test_course_term_is_never_cut() -> None:
    body = ["加强基层治理体系建设。", "完善基层治理体系。", "健全基层治理体系，提高治理能力。"]
    vocab = build_vocabulary(course(paragraphs=body))
    assert "基层治理体系" in vocab.terms
    text = "各地要把基层治理体系摆在突出位置"
    start = text.index("基层治理体系")
    for blank in rank_blanks(text, vocab):
        overlaps = blank.start < start + 6 and start < blank.end
        assert not overlaps or (blank.start <= start and start + 6 <= blank.end)


# ----------------------------------------------------------------------------- never blanks


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("一要加强学习。二要改进作风。三要狠抓落实。", {"一要", "二要", "三要", "一", "二", "三"}),
        ("一是加强领导，二是健全制度。", {"一是", "二是", "一", "二"}),
        ("第二，首先要统一思想，其次要落实责任。", {"第二", "首先", "其次", "二"}),
        ("（三）完善考核办法。1.明确目标。", {"（三）", "三", "1.", "1"}),
        ("一靠教育，二靠法治。", {"一靠", "二靠", "一", "二"}),
    ],
)
def test_list_markers_are_never_blanks(text: str, markers: set[str]) -> None:
    assert not markers & set(answers(text))


def test_function_words_and_pronouns_are_never_blanks() -> None:
    text = "我们对于这个问题的看法，他们也都已经知道了，因为大家在这里讨论过。"
    never = {"我们", "对于", "这个", "的", "他们", "也", "都", "已经", "了", "因为", "大家", "在", "这里", "过"}
    assert not never & set(answers(text))


def test_spans_of_time_are_never_blanks() -> None:
    for answer in answers("力争今明两年见效，从今年起逐年推进"):
        assert not re.search(r"今明|今年", answer), answer


@pytest.mark.parametrize(
    ("text", "not_first"),
    [("２０１９年３月１２日，会议在南昌召开。", "２０１９"), ("1998年以来，产量增长了35%。", "1998")],
)
def test_a_date_opening_its_sentence_is_not_the_first_blank(text: str, not_first: str) -> None:
    assert first(text).answer != not_first


def test_months_and_days_are_never_blanks() -> None:
    found = answers("２０１９年３月１２日，会议在南昌召开，为期12天。")
    assert "３" not in found and "１２" not in found


def test_no_blank_cuts_a_word() -> None:
    text = "深化供给侧结构性改革，推动高质量发展，完善社会主义市场经济体制。"
    edges = {0} | {t.end for t in tokenize(simplify(text))}
    for blank in rank_blanks(text):
        assert blank.start in edges and blank.end in edges, blank


def test_punctuation_is_never_inside_a_blank_outside_quotes() -> None:
    for blank in rank_blanks("要坚持，要发展；要改革、要开放。"):
        assert not re.search(r"[，；、。]", blank.answer)


def test_a_blank_leaves_most_of_its_text_to_recall_from() -> None:
    vocab = build_vocabulary(course(lists=(enum(("优化营商环境", "壮大实体经济")),)))
    alone, in_context = first("壮大实体经济。", vocab), first("今年的重点是壮大实体经济，稳住基本盘。", vocab)
    assert alone.answer == in_context.answer == "壮大实体经济"
    assert alone.score <= in_context.score / 2


def test_a_word_jieba_glued_to_a_preposition_is_never_a_blank() -> None:
    assert "以党" not in answers("以党的政治建设为统领，全面加强党的建设")


def test_answer_written_twice_in_the_sentence_is_not_preferred() -> None:
    text = "创新是第一动力，必须把创新摆在核心位置，抓创新就是抓发展。"
    assert first(text).answer != "创新"


# ----------------------------------------------------------------------------- determinism and script


def test_same_input_same_output() -> None:
    text = "坚持和完善人民代表大会制度，推进协商民主广泛、多层、制度化发展。"
    assert rank_blanks(text) == rank_blanks(text)
    assert choose_blanks(text, level=3) == choose_blanks(text, level=3)


def test_traditional_input_maps_back_to_its_own_offsets() -> None:
    simplified = "我们要建设节约型、友好型、开放型的现代城市。"
    traditional = "我們要建設節約型、友好型、開放型的現代城市。"
    assert simplify(traditional) == simplified
    ranked_t, ranked_s = rank_blanks(traditional), rank_blanks(simplified)
    assert [(b.start, b.end, b.score) for b in ranked_t] == [(b.start, b.end, b.score) for b in ranked_s]
    assert all(b.answer == traditional[b.start : b.end] for b in ranked_t)
    assert "開放型" in [b.answer for b in ranked_t]


# ----------------------------------------------------------------------------- choosing blanks by level


LONG = (
    "新时代党的建设总要求是：坚持和加强党的全面领导，坚持党要管党、全面从严治党，以加强党的长期执政能力建设、"
    "先进性和纯洁性建设为主线，以党的政治建设为统领，全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设。"
)


def test_chosen_blanks_are_apart_in_text_order_and_grow_with_level() -> None:
    by_level = {level: choose_blanks(LONG, level=level) for level in (1, 2, 3)}
    assert 1 <= len(by_level[1]) <= len(by_level[2]) <= len(by_level[3])
    assert len(by_level[3]) > len(by_level[1])
    for blanks in by_level.values():
        assert [b.start for b in blanks] == sorted(b.start for b in blanks)
        for a, b in itertools.pairwise(blanks):
            assert b.start - a.end >= 2


def test_easiest_level_hints_the_first_character() -> None:
    blank = choose_blanks("我们要建设节约型、友好型、开放型的现代城市。", level=1)[0]
    assert blank.hint == f"{len(blank.answer)}字，首字“{blank.answer[0]}”"
    assert choose_blanks("我们要建设节约型、友好型、开放型的现代城市。", level=2)[0].hint == f"{len(blank.answer)}字"


# ----------------------------------------------------------------------------- the vocabulary


def enum(heads: tuple[str, ...]) -> EnumList:
    """A list of items with the given heads."""
    items = tuple(
        Item("一是", h, f"一是{h}。", f"1.{n}", f"（{n}）", Loc(PATH, 2, 1)) for n, h in enumerate(heads, start=1)
    )
    return EnumList("一是", "重点抓好：", len(heads), items, "1", Loc(PATH, 2, 1))


def course(lists: tuple[EnumList, ...] = (), paragraphs: list[str] | None = None, docs: int = 1) -> Course:
    """A course of `docs` identical made-up documents."""
    texts = paragraphs or ["正文。"]
    paras = tuple(Paragraph(t, simplify(t), Loc(PATH, n + 1, n)) for n, t in enumerate(texts))
    made = tuple(
        Document(Source(f"sources/{k}.txt", str(k), "题目", Meta(), "simplified", paras), lists) for k in range(docs)
    )
    return Course("c", "课程", made)


def test_vocabulary_gathers_heads_quotes_and_recurring_terms() -> None:
    body = ["坚持“两学一做”常态化。", "推进乡村振兴战略。", "实施乡村振兴战略，", "落实乡村振兴战略要求"]
    vocab = build_vocabulary(course(lists=(enum(("强化政治引领", "夯实基层基础")),), paragraphs=body, docs=2))
    assert {"强化政治引领", "夯实基层基础"} <= vocab.list_items
    assert "两学一做" in vocab.quoted
    assert "乡村振兴战略" in vocab.terms or "乡村振兴" in vocab.terms
    assert vocab.n_docs == 2 and vocab.spread("推进") == 1.0


@pytest.mark.parametrize(
    "heads",
    [
        ("鞏固脫貧攻堅成果，", " 發展壯大集體經濟；", "一", "推進鄉村振興戰略的各項重點工作"),
        ("鞏固脫貧\n攻堅成果", "發展壯大集體經濟"),  # a line break inside a head: each is simplified alone
    ],
)
def test_list_heads_are_simplified_as_each_alone(heads: tuple[str, ...]) -> None:
    vocab = build_vocabulary(course(lists=(enum(heads),)))
    alone = {simplify(h.strip("，。；：！？、,.;:!? 　")) for h in heads}
    assert vocab.list_items == {h for h in alone if 2 <= len(h) <= 10}


def test_vocabulary_is_frozen_and_deterministic() -> None:
    make = lambda: build_vocabulary(course(paragraphs=["加强基层治理体系建设。"] * 3))  # noqa: E731
    one, two = make(), make()
    assert one == two and hash(one) == hash(two)
    with pytest.raises(AttributeError):
        one.terms = frozenset()  # type: ignore[misc]


def test_vocabulary_from_counts_made_elsewhere_is_the_same() -> None:
    made = course(lists=(enum(("强化政治引领",)),), paragraphs=["推进乡村振兴战略。", "实施乡村振兴战略。"] * 2, docs=3)
    counted = [count_document(doc) for doc in made.documents]
    assert build_vocabulary(made, counted) == build_vocabulary(made)


# ----------------------------------------------------------------------------- any text at all

PIECES = st.sampled_from(
    ["坚持", "群众路线", "、", "和", "“", "”", "，", "。", "四个", "第二", "一是", "（三）", "1.", "的", "型",
     "以", "为", "是", "中心", "2019年", "學習", "服務型", " ", "abc", "主义", "发展", "监督", "与", "连续", "六个月"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=30).map("".join))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_well_formed_blanks(text: str) -> None:
    for blank in rank_blanks(text):
        assert blank.answer == text[blank.start : blank.end] and blank.answer.strip()
        assert 0.0 <= blank.score <= 1.0
    chosen = choose_blanks(text, level=3)
    for a, b in itertools.pairwise(chosen):
        assert b.start - a.end >= 2


def test_rjieba_cuts_chinese_as_jieba_does() -> None:
    import jieba
    import jieba.posseg

    text = "密切联系群众是我们党区别于其他政党的显著标志，要坚持从群众中来、到群众中去的工作方法"
    tokens = tokenize(text)
    assert [t.word for t in tokens] == jieba.lcut(text)
    table = jieba.posseg.dt.word_tag_tab
    assert all(t.pos == table[t.word] for t in tokens if t.word in table)


def test_a_sentence_frame_is_never_a_blank() -> None:
    blanks = rank_blanks("事实证明，调查研究是谋事之基、成事之道。")
    assert all(b.answer != "事实证明" for b in blanks)


def test_a_leading_conjunction_is_no_part_of_a_series_member() -> None:
    blanks = rank_blanks("近年来，虽然各地学校、医院都加大了投入，但差距仍然存在。")
    assert all(not b.answer.startswith("虽然") for b in blanks)


@pytest.mark.parametrize("text", ["党的领导力源自严密的思想体系", "各级组织要提升党的领导力"])
def test_a_word_jieba_cut_off_its_last_character_is_no_blank(text: str) -> None:
    # jieba reads 党的领导 | 力 (its dictionary's longer word first): the gap would hide half of 领导力
    assert "党的领导" not in answers(text)


# ----------------------------------------------------------------------------- ranking lazily, as fast

LAZY_TEXTS = (
    "某年某月，两党在某地举行的谈判，史称某地谈判。",  # a naming verb raises the name past its rule
    "会议决定由甲同志、乙同志和丙同志组成三人小组，负责指挥全军行动。",  # names late in the claim: end focus
    "党员必须增强政治意识、大局意识、核心意识，全面凝聚各方力量。",
    "某某条例自2019年1月13日起施行，年满18周岁的公民每五年选举一次。",
    "这一决策部署是某省发展的重要开端，也是全面建设某地的直接导火线。",
    "“两个务必”是某会议上提出的，体现了共产党人的优良作风。",
)


def dev_sentences() -> list[str]:
    """The sentences of the development set of blank choice (tests/data/blanks_dev.tsv)."""
    path = Path(__file__).resolve().parents[1] / "data" / "blanks_dev.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[3] for line in lines if line and not line.startswith("#")]


def test_every_score_is_within_its_bound() -> None:
    from study.generate.analysis import analyse
    from study.generate.blanks import _best_rule, _bound, candidates, score

    for text in (*LAZY_TEXTS, *dev_sentences()):
        analysis = analyse(simplify(text), Vocabulary())
        for span in candidates(analysis):
            best, value = _best_rule(span, analysis), score(span, analysis)
            if value is not None and best is not None:
                assert value <= _bound(span, analysis, best), (text, span)


def test_lazy_ranking_is_the_ranking() -> None:
    from study.generate.analysis import analyse
    from study.generate.blanks import _ranked_in, _ranked_lazily

    made = build_vocabulary(
        course(lists=(enum(("增强政治意识", "凝聚各方力量")),), paragraphs=list(LAZY_TEXTS), docs=2)
    )
    for text in (*LAZY_TEXTS, *dev_sentences()):
        for vocab in (Vocabulary(), made):
            analysis = analyse(simplify(text), vocab)
            assert list(_ranked_lazily(analysis)) == _ranked_in(analysis), text


def test_a_count_inside_a_slogan_of_several_parts_yields_to_the_slogan() -> None:
    # “一个中心、两个重点”: its counts number its parts; people blank the slogan whole, or what it is said of
    ranked = answers("会议提出了“一套班子，两种职能”的思路。")
    assert ranked[0] != "两"
    assert ranked.index("一套班子，两种职能") < ranked.index("两")


def test_a_piece_of_a_title_is_no_blank() -> None:
    # the title is proposed whole: a date or a word inside its marks would leave half its name
    text = "某届某中全会通过了《关于制定某某规划和2030年远景目标的建议》。"
    ranked = rank_blanks(text)
    lo, hi = text.index("《") + 1, text.index("》")
    assert all(not (lo <= b.start and b.end <= hi) or (b.start, b.end) == (lo, hi) for b in ranked)
    assert "2030年" not in [b.answer for b in ranked]
