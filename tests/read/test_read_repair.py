"""Each repair on made-up paragraphs, and what it must leave alone."""

from __future__ import annotations

import time

import pytest

from study.model import BULLET_LEVEL
from study.read.lines import Line, normalize_line
from study.read.repair import (
    continues,
    drop_contents,
    drop_field_runs,
    drop_footnotes,
    drop_pinyin_glosses,
    drop_repeats,
    drop_tail_furniture,
    fix_question_marks,
    join_page_breaks,
    join_wrapped_lines,
    mend_broken_bullets,
    repair,
)
from study.read.shapes import starts_new_paragraph
from tests.read.makers import lines

LONG_CUT = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，并且要在每年年底以前把"
REST = "各项措施的落实情况报告上级主管部门。"
BODY = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，确保各项措施真正落地见效。"
BODY2 = "水务部门要加强对重点用水单位的监督检查，对浪费用水的行为依法处理，并向社会公布结果。"


# ---------------------------------------------------------------- fixed-width wrapping

# a made-up speech wrapped at 16 ems, as a PDF copy is: lines cut mid-sentence, short last lines
WRAPPED = (
    "同志们：",
    "今天召开这次会议，主要有两点考虑：一",
    "是总结经验。过去一年我们做了大量工作",
    "，取得了明显成效，值得认真总结。二是",
    "部署任务。今年的任务很重，要求很高。",
    "大家要抓紧落实。",
    "下面，我讲几点意见，供大家参考，希望",
    "各单位结合实际认真研究，抓好贯彻执行",
    "，确保取得实效。",
)


def test_lines_wrapped_at_one_width_are_joined_into_their_paragraphs() -> None:
    joined, note = join_wrapped_lines(lines(*WRAPPED))
    assert [line.text for line in joined] == [
        "同志们：",
        "".join(WRAPPED[1:6]),
        "".join(WRAPPED[6:]),
    ]
    assert note is not None and note.startswith("joined 6 lines wrapped at")


def test_a_chapter_number_alone_over_a_wrapped_paragraph_stays_its_own() -> None:
    body, _ = repair(lines("第一章", *WRAPPED[6:], "第二章", *WRAPPED[1:6]))
    assert [p.text for p in body] == ["第一章", "".join(WRAPPED[6:]), "第二章", "".join(WRAPPED[1:6])]


def test_a_wrapped_line_ending_with_a_bare_marker_joins_its_text() -> None:
    short = (*WRAPPED[:3], "，成效明显。二是", "部署任务。今年的任务很重，要求很高啊。", *WRAPPED[5:])
    joined, _ = join_wrapped_lines(lines(*short))
    assert any("。二是部署任务" in line.text for line in joined)


def test_paragraphs_of_one_length_that_end_their_sentences_are_not_wrapped() -> None:
    same = [f"第{n}项工作要抓好落实，明确责任，按期完成。" for n in "一二三四五六"]
    joined, note = join_wrapped_lines(lines(*same))
    assert [line.text for line in joined] == same and note is None


def test_an_unwrapped_text_with_long_lines_is_left_alone() -> None:
    texts = (*WRAPPED[:4], LONG_CUT * 3, *WRAPPED[4:])
    joined, note = join_wrapped_lines(lines(*texts))
    assert note is None and len(joined) == len(texts)


# ---------------------------------------------------------------- page breaks


def test_a_paragraph_cut_by_a_page_break_is_joined() -> None:
    joined, note = join_page_breaks(lines(LONG_CUT, REST))
    assert joined == [Line(1, LONG_CUT + REST)]
    assert note == "joined 1 paragraph split by page breaks"


def test_a_cut_after_a_comma_is_joined_even_when_short() -> None:
    assert continues("今年的重点工作是，", "抓好节水型社会建设。")


@pytest.mark.parametrize("lead", ["会议强调——", "全县各级各部门要做到——", "大会号召--", "会议要求──"])
def test_a_lead_ending_in_a_doubled_dash_stays_its_own_line_as_one_ending_in_a_colon(lead: str) -> None:
    # the dash announces what follows, as a colon does (会议要求：): the demands under it are no part of its line
    demand = "要把秋粮收购作为当前的头等大事来抓，确保颗粒归仓。"
    assert not continues(lead, demand)
    assert [line.text for line in join_page_breaks(lines(lead, demand, demand))[0]] == [lead, demand, demand]


def test_a_line_cut_after_one_dash_or_a_comma_still_joins() -> None:
    # one dash is a word cut in two (a hyphen) or half of a dash the page broke, never a lead
    assert continues("本次培训围绕e-", "government展开，效果良好。")
    assert continues("今年全县秋粮收购的总体安排是，", "抓好晴好天气抢收抢晒。")


def test_headings_are_never_joined_to_their_paragraph() -> None:
    for heading in ("一、当前节水工作存在的主要问题", "1.加强组织领导", "（三）完善考核办法", "节水工作的主要做法"):
        assert not continues(heading, REST)
    long_heading = "1.一些地方节水意识淡薄，措施不够有力，考核办法不够完善，监督不到位"
    assert not continues(long_heading, REST)


def test_nothing_joins_after_a_sentence_end_or_before_a_marker() -> None:
    assert not continues(LONG_CUT + "。", REST)
    assert not continues(LONG_CUT, "二、存在的问题")
    assert not continues(LONG_CUT, "（2）加强监督检查。")
    assert not continues(LONG_CUT, "三要加强宣传。")
    assert not continues(LONG_CUT, "• 加强宣传，营造良好氛围，确保各项措施落到实处")  # a bullet opens its own item
    assert not continues(LONG_CUT, "总体情况")  # a short unpunctuated line is a heading
    assert not continues("同志们：", REST)


def test_three_pieces_become_one() -> None:
    middle = "各项措施的落实情况，以及下一步打算和需要解决的问题，一并报告上级"
    joined, _ = join_page_breaks(lines(LONG_CUT, middle, "主管部门。"))
    assert len(joined) == 1 and joined[0].text.endswith("一并报告上级主管部门。")


# ---------------------------------------------------------------- repeated bodies

PARAS = [f"第{n}段内容说明节约用水的具体做法，要求各单位认真执行并按期报告进展情况。" for n in "ABCDE"]


def test_a_body_pasted_twice_is_kept_once() -> None:
    kept, note = drop_repeats(lines("引言段落，说明背景。", *PARAS, *PARAS))
    assert [p.text for p in kept] == ["引言段落，说明背景。", *PARAS]
    assert note == "removed a repeated body (5 paragraphs from line 13)"


def test_a_repeated_run_in_the_middle_is_removed() -> None:
    kept, note = drop_repeats(lines(*PARAS[:3], "中间的新段落，内容不同。", *PARAS[:3], "结尾。"))
    assert [p.text for p in kept] == [*PARAS[:3], "中间的新段落，内容不同。", "结尾。"]
    assert note is not None


def test_repeated_short_headings_are_kept() -> None:
    texts = ["主要做法", PARAS[0], "存在问题", PARAS[1], "主要做法", PARAS[2], "存在问题", PARAS[3]]
    kept, note = drop_repeats(lines(*texts))
    assert [p.text for p in kept] == texts and note is None


def test_one_long_paragraph_pasted_twice_is_kept_once() -> None:
    long = "各级水务部门要" + "加强监督检查，" * 40 + "确保落实。"
    kept, _ = drop_repeats(lines(long, long))
    assert len(kept) == 1


# ---------------------------------------------------------------- footnotes, question marks, widths


def test_footnote_marks_are_removed_but_not_a_leading_reference_number() -> None:
    texts = ("制度未能落实。[1]另外，程序不规范。［12］二要健全机制。", "[3] 某某著作，第5页。")
    fixed, note = drop_footnotes(lines(*texts))
    assert [p.text for p in fixed] == ["制度未能落实。另外，程序不规范。二要健全机制。", "[3] 某某著作，第5页。"]
    assert note == "removed 2 footnote marks"


def test_question_mark_standing_for_full_stop() -> None:
    fixed, note = fix_question_marks(
        lines(
            "這些制度缺乏規範運作的程序?",
            "各地「怎麼落實」、「落實什麼」,也缺乏明確的規定?二要加強監督。",
            "这项工作为什么做得不好？",
            "我们能否做到这一点?",
            "问题在哪里?我们要找原因。",
        )
    )
    assert [p.text for p in fixed] == [
        "這些制度缺乏規範運作的程序。",
        "各地「怎麼落實」、「落實什麼」,也缺乏明確的規定。二要加強監督。",
        "这项工作为什么做得不好？",
        "我们能否做到这一点?",
        "问题在哪里?我们要找原因。",
    ]
    assert note == "replaced 2 question marks standing for 。"


@pytest.mark.parametrize("marks", ["??", "？？", " ■", "　※ "])
def test_marks_after_a_lead_s_closing_colon_go(read_text, marks: str) -> None:
    lead = "各村要做好以下两项工作："
    source = read_text(f"{lead}{marks}\n一是划定责任地块。\n二是落实管护人员。\n")
    assert [p.text for p in source.paragraphs][:1] == [lead]


def test_a_question_mark_after_a_colon_inside_a_paragraph_stays(read_text) -> None:
    text = "记者问：??这项工作为什么做得不好？"
    assert [p.text for p in read_text(f"{text}\n").paragraphs] == [text]


def test_a_quiz_stem_ending_where_its_answer_goes_keeps_its_question_mark() -> None:
    stems = ["1、全县植树造林的主要做法是？", "2、义务植树活动的起点是在?", "3、下列属于管护措施的是（ ）？"]
    fixed, note = fix_question_marks(lines(*stems, "各地缺乏明确的管护制度?"))
    assert [p.text for p in fixed] == [*stems, "各地缺乏明确的管护制度。"]
    assert note == "replaced 1 question marks standing for 。"


def test_full_width_digits_and_letters_become_half_width_but_punctuation_stays() -> None:
    assert normalize_line("\u3000\u3000在９０年代，ＧＤＰ增长（一）。\u3000") == "在90年代，GDP增长（一）。"


def test_repairs_report_what_they_did() -> None:
    paras, notes = repair(lines(LONG_CUT, REST, *PARAS, *PARAS))
    assert len(paras) == 1 + len(PARAS)
    assert notes == ["joined 1 paragraph split by page breaks", "removed a repeated body (5 paragraphs from line 15)"]


def test_question_marks_standing_for_indentation_are_removed() -> None:
    texts = ["??一、工作目标", "??明确任务，落实责任。", "??二、工作要求", "??加强领导。"]
    fixed, note = repair(lines(*texts))
    assert [line.text for line in fixed] == ["一、工作目标", "明确任务，落实责任。", "二、工作要求", "加强领导。"]
    assert note and any("indentation" in n for n in note)


def test_a_lone_line_opening_with_question_marks_is_kept() -> None:
    fixed, _ = repair(lines("??真的吗", "正文在此。"))
    assert fixed[0].text == "??真的吗"


def test_pinyin_glosses_after_characters_are_removed() -> None:
    texts = ["關(guān)於加強學(xué)習(xí)的意見", "一、總體要求(qiú)", "發(fā)展是第一要務。"]
    fixed, note = drop_pinyin_glosses(lines(*texts))
    assert [line.text for line in fixed] == ["關於加強學習的意見", "一、總體要求", "發展是第一要務。"]
    assert note == "removed 5 pinyin glosses"


def test_a_few_brackets_of_letters_are_the_authors_own() -> None:
    texts = ["结构助词“的”(de)用在定语后面。", "正文。"]
    assert drop_pinyin_glosses(lines(*texts))[0] == lines(*texts)


def test_a_metadata_block_left_in_the_body_is_removed() -> None:
    texts = ["什么是两个务必？", "- 分类：党史学习", "- 作者：", "- 来源：", "- 浏览量：36", "正文在此。"]
    kept, note = drop_field_runs(lines(*texts))
    assert [line.text for line in kept] == ["什么是两个务必？", "正文在此。"]
    assert note == "removed 4 metadata lines left in the body"


def test_one_field_line_or_a_run_of_dates_and_contents_stays() -> None:
    for texts in (["作者：某某", "正文在此。"], ["时间：2020年5月1日", "内容：学习党章", "正文在此。"]):
        assert drop_field_runs(lines(*texts)) == (lines(*texts), None)


def test_a_headline_with_clauses_is_not_joined_to_the_paragraph_under_it() -> None:
    headline = "全市节水改造任务全面完成，城乡供水保障能力和应急处置水平明显增强"
    body = "全年新建供水管网三百公里。农村自来水普及率达到九成以上。"
    assert not continues(headline, body)
    assert continues(headline, "的目标，各地要抓紧落实。")  # one sentence after it: its second half


def test_a_line_cut_before_its_word_is_done_still_joins_a_complete_paragraph() -> None:
    assert continues(LONG_CUT, "措施报告上级。各地要抓紧落实。")
    assert continues(
        "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，并且今后要", "每年报告上级。各地要抓紧落实。"
    )


def test_a_paragraph_opening_with_a_label_is_not_joined_to_the_label_paragraph_before_it() -> None:
    first = "初读：先完整地读一两遍，不求记住所有细节，但要把握整体框架。心里先搭起一个骨架"
    assert not continues(first, "精读：结合辅导材料，深入理解重点章节。")
    assert continues(first, "再往里面填充内容。")


# ---------------------------------------------------------------- a table of contents before the text


@pytest.mark.parametrize("mark", ["目录", "目  录"])
def test_a_table_of_contents_before_the_text_is_no_text(mark: str) -> None:
    toc = ["1 总则", "1.1 编制目的", "1.2 编制依据 ………… 3", "2 组织机构"]
    body = ["1 总则", "1.1 编制目的", BODY, "1.2 编制依据", BODY2, "2 组织机构", BODY]
    kept, note = drop_contents(lines(mark, *toc, *body))
    assert [p.text for p in kept] == body and note


def test_a_compilations_numbered_list_of_its_pieces_is_no_text() -> None:
    toc = ["1.植树造林要久久为功 3", "2.护林防火要警钟长鸣 5", "3.绿色发展要全民参与 8"]
    body = ["植树造林要久久为功", BODY, "护林防火要警钟长鸣", BODY2]
    kept, note = drop_contents(lines("目录", *toc, *body))
    assert [p.text for p in kept] == body and note


@pytest.mark.parametrize("mark", ["目录", "本文目录："])
def test_a_compilations_list_of_its_pieces_with_page_counts_is_no_text(mark: str) -> None:
    toc = ["1.植树造林要久久为功（2页）", "2.护林防火要警钟长鸣（共3页）"]
    body = ["第1篇 植树造林要久久为功", BODY, "第2篇 护林防火要警钟长鸣", BODY2]
    kept, note = drop_contents(lines(mark, *toc, *body))
    assert [p.text for p in kept] == body and note


def test_a_contents_heading_without_its_entries_again_is_kept() -> None:
    text = ["目录", "一、总则", "二、组织", BODY]
    kept, note = drop_contents(lines(*text))
    assert [p.text for p in kept] == text and note is None


# ---------------------------------------------------------------- page numbers left in a PDF's text


@pytest.mark.parametrize("number", ["— 2 —", "- 12 -", "－3－", "第 3 页 共 5 页", "第3页"])
def test_a_printed_page_number_is_no_text_and_the_paragraph_it_cut_is_joined(number: str) -> None:
    fixed, notes = repair(lines(BODY, LONG_CUT, number, REST, BODY2))
    assert [p.text for p in fixed] == [BODY, LONG_CUT + REST, BODY2] and notes


@pytest.mark.parametrize("text", ["2", "2019", "第三页"])
def test_other_short_numbers_stay(text: str) -> None:
    fixed, _ = repair(lines(BODY, text, BODY2))
    assert [p.text for p in fixed] == [BODY, text, BODY2]


@pytest.mark.parametrize("bullet", ["- 加强宣传，提高全民节水意识", "* 加强宣传", "+ 加强宣传"])
def test_a_bullet_after_a_line_cut_at_a_comma_starts_its_own_paragraph(bullet: str) -> None:
    assert not continues("我们要做到以下几点，", bullet)


def test_a_printed_page_number_is_no_bullet() -> None:
    assert not starts_new_paragraph("- 3 -")
    assert starts_new_paragraph("- 加强宣传")


# ---------------------------------------------------------------- bullet signs cut off their items


def _levels(paras: list[Line]) -> list[tuple[int, str]]:
    return [(p.level, p.text) for p in paras]


def test_a_bullet_sign_alone_over_its_item_makes_it_a_bullet() -> None:
    fixed, note = mend_broken_bullets(lines("-", "节水宣传", BODY, "-", "监督检查", BODY2))
    assert _levels(fixed) == [(BULLET_LEVEL, "节水宣传"), (0, BODY), (BULLET_LEVEL, "监督检查"), (0, BODY2)]
    assert note == "gave 2 bullet signs cut off their items back to them"


def test_a_bullet_sign_after_the_full_stop_above_belongs_to_the_line_below() -> None:
    body, _ = repair(lines("-", "节水宣传", BODY + " -", "监督检查", BODY2 + " -", "考核办法", BODY))
    assert _levels(body) == [
        (BULLET_LEVEL, "节水宣传"),
        (0, BODY),
        (BULLET_LEVEL, "监督检查"),
        (0, BODY2),
        (BULLET_LEVEL, "考核办法"),
        (0, BODY),
    ]


@pytest.mark.parametrize(
    "text",
    ["节约用水 -", "各地要把节约用水作为一项长期任务来抓，建立健全考核办法 -", "要点：-", BODY + "-"],
)
def test_a_dash_that_follows_no_full_stop_and_a_space_is_the_lines_own(text: str) -> None:
    assert mend_broken_bullets(lines(text, "节水宣传")) == (lines(text, "节水宣传"), None)


def test_a_sign_over_a_marked_line_or_a_heading_gives_no_bullet() -> None:
    for below in ("一、节水宣传", "- 节水宣传"):
        assert mend_broken_bullets(lines(BODY + " -", below))[1] is None
    heading = [Line(1, "-"), Line(2, "节水宣传", 2)]
    assert mend_broken_bullets(heading) == (heading, None)


def test_a_long_run_of_leaders_in_a_contents_entry_is_passed_quickly() -> None:
    start = time.perf_counter()
    drop_contents(lines("目录", " " * 50_000 + "（2页", "." * 50_000 + "x", BODY))
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("tail", ["详情" + " " * 50_000 + "x", "iOS" + " " * 50_000 + "x"])
def test_a_long_run_of_spaces_in_the_last_line_is_passed_quickly(tail: str) -> None:
    start = time.perf_counter()
    drop_tail_furniture(lines(BODY, tail))
    assert time.perf_counter() - start < 1.0


def test_a_words_pinyin_in_one_bracket_is_a_gloss_too() -> None:
    texts = ["知识(zhī shí)点总结", "党(dǎng)的(de)领导是根本。", "正文。"]
    fixed, note = drop_pinyin_glosses(lines(*texts))
    assert [line.text for line in fixed] == ["知识点总结", "党的领导是根本。", "正文。"] and note
