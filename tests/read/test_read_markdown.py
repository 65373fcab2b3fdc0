"""Markdown on made-up snippets: front matter, headings, bold lines, bullets, inline markup, tables."""

from __future__ import annotations

import pytest

from study.read.formats import read_format
from study.read.lines import split_lines
from study.read.markdown import inline_text, looks_like_markdown, markdown_lines, read_front_matter
from tests.read.makers import texts

BODY = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，确保各项措施真正落地见效。"
BODY2 = "水务部门要加强对重点用水单位的监督检查，对浪费用水的行为依法处理，并向社会公布结果。"


def levels(text: str) -> list[tuple[int, str]]:
    """(level, text) of each paragraph line the markdown reader makes of `text`."""
    return [(line.level, line.text) for line in markdown_lines(split_lines(text))]


# ---------------------------------------------------------------- front matter

YAML_POST = f"""---
layout: post
title:  节水型社会建设笔记
date:   2016-03-05 09:12
categories: 学习
tags: 节水 水利
author: 王小明
---

# 节水型社会建设笔记

{BODY}
"""


def test_yaml_front_matter_gives_title_date_author_and_keywords(read_text) -> None:
    source = read_text(YAML_POST, "post.txt")
    assert source.title == "节水型社会建设笔记"
    assert source.meta.date == "2016-03-05"
    assert source.meta.author == "王小明"
    assert source.meta.keywords == ("学习", "节水", "水利")
    assert texts(source) == [BODY]  # the heading repeating the title is not body


def test_quoted_values_and_indented_lists_in_front_matter() -> None:
    lines = split_lines('title: "水资源公报要点"\ndate: "2018-11-02"\ntags:\n  - "水利"\n  - "Water Saving"')
    title, meta = read_front_matter(lines)
    assert title == "水资源公报要点"
    assert meta.date == "2018-11-02"
    assert meta.keywords == ("水利", "Water Saving")


def test_toml_front_matter(read_text) -> None:
    text = f'+++\ntitle = "农田水利建设纪要"\ndate = 2012-06-30\ntags = ["水利", "农村"]\n+++\n\n{BODY}\n'
    source = read_text(text, "note.md")
    assert source.title == "农田水利建设纪要"
    assert source.meta.date == "2012-06-30"
    assert source.meta.keywords == ("水利", "农村")
    assert texts(source) == [BODY]


def test_front_matter_is_never_body_text(read_text) -> None:
    source = read_text(f"---\ntitle: 节水笔记\nexcerpt: 一段摘要\n---\n{BODY}\n")
    assert all("摘要" not in p.text and "title" not in p.text for p in source.paragraphs)


def test_a_first_level_heading_is_the_title_without_front_matter(read_text) -> None:
    source = read_text(f"# 关于节约用水的几点意见\n（一九九八年五月六日）\n\n> 这是一份内部文件。\n\n{BODY}\n")
    assert source.title == "关于节约用水的几点意见"
    assert source.meta.date == "1998-05-06"
    assert texts(source) == ["这是一份内部文件。", BODY]


# ---------------------------------------------------------------- detection


def test_markdown_is_known_by_its_markup_whatever_the_suffix() -> None:
    assert looks_like_markdown(split_lines(f"## 一、总体要求\n\n{BODY}\n\n- 节约用水\n- 保护水源\n"))
    assert not looks_like_markdown(split_lines(f"一、总体要求\n{BODY}\n{BODY2}\n"))
    assert read_format(split_lines(f"---\ntitle: 节水\n---\n{BODY}\n")).format == "markdown"


def test_plain_text_stays_plain(read_text) -> None:
    source = read_text(f"一、总体要求\n\n{BODY}\n\n二、主要任务\n\n{BODY2}\n")
    assert [p.level for p in source.paragraphs] == [0, 0, 0, 0]


# ---------------------------------------------------------------- levels


def test_headings_lose_their_hashes_and_keep_their_depth() -> None:
    assert levels("# 总论\n## 第一节 水资源\n###### 小结 ##\n") == [(1, "总论"), (2, "第一节 水资源"), (6, "小结")]


def test_a_line_set_in_bold_alone_is_level_seven() -> None:
    assert levels("**一、加强组织领导**\n__二、完善考核办法：__\n") == [
        (7, "一、加强组织领导"),
        (7, "二、完善考核办法："),
    ]
    assert levels("**节水**是每个人的责任，**护水**也是。") == [(0, "节水是每个人的责任，护水也是。")]


def test_bullets_lose_their_mark_and_nest_by_indent() -> None:
    text = "- 节约用水\n  - 农业节水\n    * 推广滴灌\n  - 工业节水\n+ 保护水源\n"
    assert levels(text) == [(8, "节约用水"), (9, "农业节水"), (10, "推广滴灌"), (9, "工业节水"), (8, "保护水源")]


def test_a_numeral_after_a_bullet_stays_in_the_text() -> None:
    assert levels("- 一、节约用水\n- 1. 保护水源\n") == [(8, "一、节约用水"), (8, "1. 保护水源")]


def test_ordered_items_keep_their_own_number_as_list_items() -> None:
    assert levels("1. 修订用水定额\n2. 公布考核结果\n   1. 每年一次\n") == [
        (8, "1. 修订用水定额"),
        (8, "2. 公布考核结果"),
        (9, "1. 每年一次"),
    ]


def test_setext_headings() -> None:
    assert levels("水利建设\n====\n\n农田灌溉\n----\n") == [(1, "水利建设"), (2, "农田灌溉")]


# ---------------------------------------------------------------- inline markup and furniture


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("**节水**与*护水*", "节水与护水"),
        ("~~旧提法~~新提法", "旧提法新提法"),
        ("`考核办法`第三条", "考核办法第三条"),
        ("见[水利部通知](https://example.org/a?b=1)全文", "见水利部通知全文"),
        ("![示意图](img/a.png)图示如下", "图示如下"),
        ('基本内容 <Badge text="重点" type="tip" />', "基本内容"),
        ("<span>节约</span>用水&nbsp;要紧", "节约用水 要紧"),
        (r"1\. 不是列表", "1. 不是列表"),
        ("文件名里的下划线 snake_case_name 不变", "文件名里的下划线 snake_case_name 不变"),
    ],
)
def test_inline_markup_vanishes(raw: str, text: str) -> None:
    assert inline_text(raw) == text


def test_page_furniture_of_markdown_is_dropped() -> None:
    text = "* content\n{:toc}\n[TOC]\n\n---\n\n> > 引用的话。\n\n[ref]: https://example.org\n\n***\n"
    assert levels(text) == [(0, "引用的话。")]


def test_fenced_code_keeps_only_its_lines_of_text() -> None:
    assert levels("```\nprint('x')\n节约用水，人人有责。\n```\n") == [(0, "节约用水，人人有责。")]


# ---------------------------------------------------------------- tables


def test_a_table_of_short_cells_gives_one_line_per_row() -> None:
    text = "| 类别 | 要求 |\n|---|:---:|\n| 农业 | 滴灌 |\n| 工业 | 循环用水 |\n"
    # the row of the columns' labels (类别, 要求) is left out: test_read_tables.py
    assert [t for _, t in levels(text)] == ["农业\u3000滴灌", "工业\u3000循环用水"]


def test_long_cells_and_breaks_in_a_cell_are_their_own_lines() -> None:
    text = f"| 方面 | 内容 |\n| --- | --- |\n| 农业 | ①推广滴灌和喷灌技术，减少大水漫灌<br>②{BODY2} |\n"
    assert [t for _, t in levels(text)] == ["方面\u3000内容", "农业", "①推广滴灌和喷灌技术，减少大水漫灌", f"②{BODY2}"]


def test_an_html_table_inside_markdown(read_text) -> None:
    text = (
        f"---\ntitle: 节水对照\n---\n\n{BODY}\n\n<table>\n<tr><td>农业</td>"
        f"<td>①推广滴灌和喷灌技术，减少大水漫灌<br>②建设高标准农田</td></tr>\n</table>\n### 小结\n\n{BODY2}\n"
    )
    paras = [(p.level, p.text) for p in read_text(text).paragraphs]
    assert paras == [
        (0, BODY),
        (0, "农业"),
        (0, "①推广滴灌和喷灌技术，减少大水漫灌"),
        (0, "②建设高标准农田"),
        (3, "小结"),
        (0, BODY2),
    ]


# ---------------------------------------------------------------- paragraphs


def test_blank_lines_end_markdown_paragraphs_but_soft_wraps_rejoin(read_text) -> None:
    cut = "各地要把节约用水作为一项长期任务来抓，建立健全考核办法，并且要在每年年底以前把"
    source = read_text(f"## 要求\n\n{cut}\n各项措施的落实情况报告上级主管部门。\n\n{cut}\n\n## 办法\n\n{BODY2}\n")
    assert texts(source) == [
        "要求",
        cut + "各项措施的落实情况报告上级主管部门。",
        cut,
        "办法",
        BODY2,
    ]


def test_levels_reach_the_source(read_text) -> None:
    source = read_text(f"---\ntitle: 节水\n---\n\n## 一、要求\n\n**重点**\n\n- 农业节水\n\n{BODY}\n")
    assert [(p.level, p.text) for p in source.paragraphs] == [(2, "一、要求"), (7, "重点"), (8, "农业节水"), (0, BODY)]


@pytest.mark.parametrize(
    "text",
    [
        "---\n",
        "---\n---\n",
        "+++\ntitle = \n+++\n节约用水。",
        "# \n\n- \n\n|",
        "| a |\n|---|\n",
        "```\n",
        "<table><td>",
    ],
)
def test_broken_markdown_never_raises(read_text, text: str) -> None:
    try:
        read_text(text + f"\n{BODY}\n")
    except Exception as exc:  # only a SourceError is a clean refusal
        assert type(exc).__name__ == "SourceError"


# ---------------------------------------------------------------- notes with HTML blocks and tables of contents

NOTE_WITH_BLOCKS = f"""# 节水学习笔记

## 学习要点

<div class="card">
  <h4>核心认识</h4>
  <p>{BODY}</p>
</div>

---

### 一、健全考核办法 {{#part1}}

<div class="card">
  <ul>
    <li>建立节水考核制度</li>
    <li>公布考核结果</li>
  </ul>
</div>

{BODY2}

<style>
.card {{ padding: 1rem; }}
</style>
"""


def test_a_markdown_note_with_html_blocks_is_markdown(read_text) -> None:
    source = read_text(NOTE_WITH_BLOCKS, "note.md")
    assert source.title == "节水学习笔记"
    got = texts(source)
    assert got == ["学习要点", "核心认识", BODY, "一、健全考核办法", "建立节水考核制度", "公布考核结果", BODY2]


def test_a_list_of_links_to_the_page_s_own_headings_is_its_table_of_contents(read_text) -> None:
    toc = "- [一、基本情况](#jibenqingkuang)\n  - [用水总量](#yongshui)\n- [二、主要措施](#cuoshi)\n"
    source = read_text(f"# 节水学习笔记\n\n{toc}\n## 一、基本情况\n\n{BODY}\n\n## 二、主要措施\n\n{BODY2}\n", "n.md")
    assert texts(source) == ["一、基本情况", BODY, "二、主要措施", BODY2]


@pytest.mark.parametrize(
    "tasks", ["- [ ] 周五前背熟三项要求\n- [x] 做完配套练习", "1. [ ] 周五前背熟三项要求\n* [X] 做完配套练习"]
)
def test_a_note_takers_task_items_are_no_text(read_text, tasks: str) -> None:
    items = ["坚持甲方面的要求", "坚持乙方面的要求", "坚持丙方面的要求"]
    bullets = "\n".join(f"- {item}" for item in items)
    source = read_text(f"# 关于三项要求的学习笔记\n\n## 二、三项要求\n\n{bullets}\n\n{tasks}\n", "notes.md")
    assert texts(source)[-4:] == ["二、三项要求", *items]


def test_a_bullet_opening_on_a_bracketed_word_stays() -> None:
    lines = markdown_lines(split_lines("- [注] 坚持甲方面的要求\n- [1] 坚持乙方面的要求\n"))
    assert [line.text for line in lines] == ["[注] 坚持甲方面的要求", "[1] 坚持乙方面的要求"]
