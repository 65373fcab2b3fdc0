"""Layout on made-up snippets: HTML levels and tables, split titles, closing signatures, bilingual pages,
markers alone on their line, paragraphs the markup set apart."""

from __future__ import annotations

from collections.abc import Callable

from study.model import Source
from study.read.html import html_lines, join_split_titles
from study.read.lines import Line
from study.read.repair import (
    drop_inline_translations,
    drop_layout_spaces,
    drop_translations,
    join_lone_markers,
    join_page_breaks,
    repair,
)
from study.read.shapes import is_translation, looks_like_title, starts_new_paragraph
from tests.read.makers import lines, texts

BODY = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，确保各项措施真正落地见效。"
BODY2 = "水务部门要加强对重点用水单位的监督检查，对浪费用水的行为依法处理，并向社会公布结果。"
CUT = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，并且要在每年年底以前把"
REST = "各项措施的落实情况报告上级主管部门。"


def html(text: str) -> list[tuple[int, str]]:
    """(level, text) of the lines of a piece of HTML."""
    return [(line.level, line.text) for line in html_lines(text)]


# ---------------------------------------------------------------- HTML blocks and levels


def test_html_headings_items_and_bold_paragraphs_have_levels() -> None:
    page = (
        "<h2>节水工作</h2><ul><li>农业节水<ul><li>推广滴灌</li></ul></li><li>工业节水</li></ul>"
        "<p><strong>一、总体要求</strong></p><p>　<span style='font-weight: bold'>二、主要任务</span></p>"
        "<p class='text bold'>三、保障措施</p><p>正文里<b>有一处</b>加粗。</p>"
    )
    assert html(page) == [
        (2, "节水工作"),
        (8, "农业节水"),
        (9, "推广滴灌"),
        (8, "工业节水"),
        (7, "一、总体要求"),
        (7, "二、主要任务"),
        (7, "三、保障措施"),
        (0, "正文里有一处加粗。"),
    ]


def test_block_tags_break_lines_inline_tags_vanish_entities_decode() -> None:
    page = "<div>节约<em>用水</em>&amp;保护<a href='#'>水源</a><br>人人有责&nbsp;！</div><!-- 注释 -->"
    assert html(page) == [(0, "节约用水&保护水源"), (0, "人人有责！")]


def test_scripts_styles_and_comments_are_dropped() -> None:
    page = "<style>p{color:red}</style><script>var a = '节水';</script><p>节约用水。</p><!-- 旧版 -->"
    assert html(page) == [(0, "节约用水。")]


def test_html_table_rows_of_short_cells_are_one_line() -> None:
    # (the row of column labels over them, <th>类别</th><th>要求</th>, is left out: test_read_tables.py)
    page = "<table><tr><td>农业</td><td>滴灌</td></tr><tr><td>工业</td><td>循环用水</td></tr></table>"
    assert html(page) == [(0, "农业\u3000滴灌"), (0, "工业\u3000循环用水")]


def test_html_table_cells_with_long_text_are_each_a_line() -> None:
    page = f"<table><tr><td>农业</td><td>①推广滴灌<br>②{BODY}</td></tr><tr><td>工业</td></tr></table>"
    assert html(page) == [(0, "农业"), (0, "①推广滴灌"), (0, f"②{BODY}"), (0, "工业")]


def test_unclosed_paragraphs_and_stray_end_tags_do_not_leak_bold() -> None:
    assert html("<p><b>一、要求</b><p>普通的一段话。</b></p><p><b>二、办法</b>") == [
        (7, "一、要求"),
        (0, "普通的一段话。"),
        (7, "二、办法"),
    ]


# ---------------------------------------------------------------- titles split across blocks


def test_a_title_split_across_blocks_is_joined_and_marked() -> None:
    head = [Line(1, "某某市人民政府关于加强", 7), Line(2, "城市节约用水工作的通知", 7), Line(3, BODY)]
    joined = join_split_titles(head)
    assert [line.text for line in joined] == ["某某市人民政府关于加强城市节约用水工作的通知", BODY]
    assert joined[0].joined


def test_a_heading_and_a_numbered_heading_are_not_one_title() -> None:
    head = [Line(1, "节水工作要点", 7), Line(2, "一、总体要求", 7), Line(3, BODY)]
    assert [line.text for line in join_split_titles(head)] == ["节水工作要点", "一、总体要求", BODY]


def test_a_headline_and_its_translation_in_headings_of_their_own_are_not_one_title(read_text) -> None:
    head = [Line(1, "节约用水工作要点", 1), Line(2, "Key Points on Saving Water", 1), Line(3, BODY)]
    assert [line.text for line in join_split_titles(head)] == ["节约用水工作要点", "Key Points on Saving Water", BODY]
    page = (
        "<html><head><title>节约用水工作要点 Key Points on Saving Water - 某某办公室</title></head><body>"
        "<h1>节约用水工作要点</h1><h1>Key Points on Saving Water</h1><p>某某市节约用水办公室</p>"
        f"<p>The Water Saving Office of a City</p><p>{BODY}</p><p>{ENGLISH}</p><p>{BODY2}</p>"
        "<p>Results shall be published every year by every locality.</p></body></html>"
    )
    assert read_text(page, name="page.html").title == "节约用水工作要点"


def test_a_split_title_is_not_taken_as_the_title_and_the_signature_gives_the_date(read_text) -> None:
    page = (
        "<p><b>某某市人民政府关于加强</b></p><p><b>城市节约用水工作的通知</b></p><p>某政发〔2001〕12号</p>"
        f"<p>{BODY}</p><p>{BODY2}</p><p>某某市人民政府</p><p>二〇〇一年三月九日</p><p><b>附件</b></p>"
        f"<p>{BODY2}</p>"
    )
    source = read_text(page, "notice.html")
    assert source.title is None  # not the file's verbatim words
    assert source.meta.date == "2001-03-09"
    assert source.meta.author == "某某市人民政府"
    got = texts(source)
    assert got[0] == "某某市人民政府关于加强城市节约用水工作的通知"
    assert "二〇〇一年三月九日" not in got


def test_a_document_number_is_not_a_title() -> None:
    assert not looks_like_title("某政发〔2001〕12号", strict=False)
    assert not looks_like_title("某办字[2003]7号", strict=False)
    assert looks_like_title("关于加强城市节约用水工作的通知", strict=False)


def test_stray_tags_in_plain_text_are_read_as_html(read_text) -> None:
    source = read_text(f"<strong>一、总体要求</strong>\n{BODY}<br>{BODY2}\n")
    assert [(p.level, p.text) for p in source.paragraphs] == [(7, "一、总体要求"), (0, BODY), (0, BODY2)]


# ---------------------------------------------------------------- bilingual pages

ENGLISH = "Water conservation shall be treated as a long-term task by every locality."


def test_latin_script_paragraphs_are_translations() -> None:
    assert is_translation(ENGLISH)
    assert is_translation("Chapter II. Water Saving")
    assert not is_translation("GDP增长了百分之七，CPI保持稳定。")
    assert not is_translation("WTO")


def test_translation_paragraphs_of_a_chinese_page_are_set_aside() -> None:
    kept, note = drop_translations(lines("第二章　节约用水", "Chapter II. Water Saving", BODY, ENGLISH, BODY2))
    assert [p.text for p in kept] == ["第二章　节约用水", BODY, BODY2]
    assert note == "set aside 2 translation paragraphs (Latin script in a Chinese text)"


def test_a_page_alternating_each_paragraph_with_its_translation_under_a_latin_subtitle() -> None:
    paras = lines("Water Saving Rules", BODY, ENGLISH, BODY2, "Results shall be published every year.")
    kept, _ = drop_translations(paras)
    assert [p.text for p in kept] == [BODY, BODY2]


def test_a_short_latin_line_of_a_bilingual_page_is_the_translation_s_too() -> None:
    paras = lines("2024年3月", "March 2024", "第二章　节约用水", "Part II", BODY, ENGLISH, BODY2, "1.", "GDP增长")
    kept, note = drop_translations(paras)
    assert [p.text for p in kept] == ["2024年3月", "第二章　节约用水", BODY, BODY2, "1.", "GDP增长"]
    assert note == "set aside 3 translation paragraphs (Latin script in a Chinese text)"


def test_an_english_document_keeps_its_paragraphs() -> None:
    paras = lines(ENGLISH, "Every locality shall publish its results.", BODY)
    assert drop_translations(paras) == (paras, None)


def test_a_translation_never_joins_the_chinese_paragraph_before_it() -> None:
    body, _ = repair(lines(CUT, ENGLISH, BODY2, "Results are published.", BODY))
    assert all("Results" not in p.text and "Water" not in p.text for p in body)
    assert [p.text for p in repair(lines(CUT, ENGLISH))[0]] == [CUT]


def test_a_text_translated_sentence_by_sentence_on_its_lines_keeps_its_chinese() -> None:
    paras = lines(
        "同志们： Comrades,",
        f"{BODY} {ENGLISH}",
        f"{BODY2}Results shall be published every year.{BODY}Every locality shall report.",
        "主题是：节约用水（water saving）。The theme is “water saving”, said the report.",
    )
    kept, note = drop_inline_translations(paras)
    assert [p.text for p in kept] == ["同志们：", BODY, BODY2 + BODY, "主题是：节约用水（water saving）。"]
    assert note == "set aside 5 translated phrases run into the Chinese lines"


def test_names_glosses_and_one_english_quotation_stay_in_a_chinese_text() -> None:
    paras = lines(
        "某某日报记者Ryan介绍了节水的办法（Water Daily）。",
        "节约用水(jié yuē yòng shuǐ)是每年的一件大事。",
        f"他说：“Water conservation shall be treated as a long-term task.”{BODY}",
    )
    assert drop_inline_translations(paras) == (paras, None)


# ---------------------------------------------------------------- markers alone on their line


def test_a_marker_alone_on_its_line_joins_its_text() -> None:
    for marker in ("一是", "（一）", "1.", "第一，", "其二"):
        joined, note = join_lone_markers(lines(marker, BODY))
        assert [p.text for p in joined] == [marker + BODY]
        assert note == "joined 1 marker alone on its line to its text"


def test_two_markers_alone_do_not_join_each_other() -> None:
    joined, _ = join_lone_markers(lines("一是", "二是", BODY))
    assert [p.text for p in joined] == ["一是", "二是" + BODY]


def test_a_chapter_number_alone_keeps_its_own_paragraph_over_a_marked_line() -> None:
    article = "第一条 为了加强节约用水管理，制定本办法。"
    for below in (article, "第二章 用水管理", "第一节 一般规定"):
        joined, note = join_lone_markers(lines("第一章", below))
        assert [p.text for p in joined] == ["第一章", below]
        assert note is None
    body, _ = repair(
        lines("第一章", "第二章 用水管理", "第三章 附则", "第一章", article, "第二条 本办法自公布之日起施行。")
    )
    assert [p.text for p in body][:4] == ["第一章", "第二章 用水管理", "第三章 附则", "第一章"]


def test_a_chapter_number_alone_over_its_title_joins_it_but_never_a_paragraph() -> None:
    joined, _ = join_lone_markers(lines("第一章", "总则"))
    assert [p.text for p in joined] == ["第一章总则"]
    assert [p.text for p in join_lone_markers(lines("第二节", BODY))[0]] == ["第二节", BODY]
    assert [p.text for p in join_lone_markers(lines("第一条", BODY))[0]] == ["第一条" + BODY]


def test_an_article_number_alone_in_traditional_script_or_in_spaced_digits_joins_its_text() -> None:
    # Taiwan's and Hong Kong's laws print 第 3 條 on a line of its own over the article
    for marker in ("第一條", "第 3 條", "第12條", "第 5 条"):
        joined, _ = join_lone_markers(lines(marker, BODY))
        assert [p.text for p in joined] == [marker + BODY], marker
    assert [p.text for p in join_lone_markers(lines("第 2 章", BODY))[0]] == ["第 2 章", BODY]


def test_a_spaced_number_opening_prose_is_no_marker() -> None:
    # 第 3 季度 goes on with the line it continues; only 第 3 條 / 第 2 章 set off by spaces number anything
    assert not starts_new_paragraph("第 3 季度同比增长百分之五。")
    assert starts_new_paragraph("第 3 條 本條例自公布日施行。")


def test_a_joined_marker_is_not_then_joined_to_the_next_paragraph() -> None:
    body, _ = repair(lines("一是", "加强节水宣传", "二是", BODY))
    assert [p.text for p in body] == ["一是加强节水宣传", "二是" + BODY]


# ---------------------------------------------------------------- paragraphs the markup set apart


def test_headings_and_bullets_are_never_joined() -> None:
    for level in (2, 7, 8):
        heading = [Line(1, CUT, level), Line(3, REST)]
        assert [p.text for p in join_page_breaks(heading)[0]] == [CUT, REST]
        bullet = [Line(1, CUT), Line(3, REST, level)]
        assert [p.text for p in join_page_breaks(bullet)[0]] == [CUT, REST]


def test_a_paragraph_the_markup_ended_is_not_joined() -> None:
    ended = [Line(1, CUT, closed=True), Line(3, REST)]
    assert [p.text for p in join_page_breaks(ended)[0]] == [CUT, REST]
    assert [p.text for p in join_page_breaks([Line(1, CUT), Line(2, REST)])[0]] == [CUT + REST]


def test_short_unpunctuated_heading_lines_are_not_joined() -> None:
    joined, _ = join_page_breaks(lines("节水型社会建设的基本经验", BODY))
    assert [p.text for p in joined] == ["节水型社会建设的基本经验", BODY]


def test_repairs_keep_the_level() -> None:
    body, _ = repair([Line(1, "一、要求？", 7), Line(2, "节约用水[1]。", 8)])
    assert [(p.level, p.text) for p in body] == [(7, "一、要求。"), (8, "节约用水。")]


def test_plain_titles_may_be_a_balanced_slogan_or_have_a_label(read_text: Callable[[str], Source]) -> None:
    body = "\n\n正文第一段，讲了很多道理，内容很长很长。\n\n正文第二段，又讲了许多道理。"
    assert read_text("守初心担使命，谋发展惠民生" + body).title == "守初心担使命，谋发展惠民生"
    assert read_text("专题：乡村振兴的几点体会" + body).title == "专题：乡村振兴的几点体会"
    assert read_text("各位同志，大家好" + body).title is None


# ---------------------------------------------------------------- spaces left where a PDF's lines broke


def _broken_at(text: str, width: int, indent: int = 2) -> str:
    """The paragraph as copied out of a PDF set `width` characters wide: a space where each line ended."""
    cuts = [0, width - indent, *range(2 * width - indent, len(text), width)]
    return " ".join(text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True) if text[a:b])


def test_spaces_where_a_pdf_s_lines_broke_are_taken_out() -> None:
    paras = [BODY + BODY2, BODY2 + BODY, BODY + CUT + REST]
    broken = [_broken_at(text, 18) for text in paras]
    assert all(" " in text for text in broken)
    fixed, note = drop_layout_spaces(lines("节约用水 从我做起", *broken, "二、 基本情况"))
    assert [p.text for p in fixed] == ["节约用水 从我做起", *paras, "二、 基本情况"] and note


def test_spaces_of_a_text_s_own_are_kept() -> None:
    text = ["节约用水 从我做起", "主持人 王建国", BODY, "全县 各乡镇 各部门 要 认真 落实 节水 措施"]
    fixed, note = drop_layout_spaces(lines(*text))
    assert [p.text for p in fixed] == text and note is None


def test_a_chapter_number_in_a_block_of_its_own_stays_over_its_first_article(read_text) -> None:
    article = "第一条为了加强节约用水管理，制定本办法。各地要把节约用水作为一项长期任务来抓。"
    page = (
        f"<html><body><h1>某某市节约用水办法</h1><p>第一章</p><p>{article}</p><p>第二章</p><p>{BODY}</p></body></html>"
    )
    assert texts(read_text(page, "page.html")) == ["第一章", article, "第二章", BODY]
