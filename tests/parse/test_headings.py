"""Heading lists: markup levels, bold lines, numbered headings from any start, bare heading lines."""

from __future__ import annotations

from study.model import Document, Loc, Meta, Paragraph, Source
from study.parse import parse
from study.parse.headings import heading_lists, markup_heading, plain_heading
from study.script import simplify
from tests.parse.conftest import flat, heads, make_source, outline

BODY = "这里是正文，说明这一部分的内容，并且写得足够长，像一段真正的正文那样。"


def leveled(*lines: tuple[int, str]) -> Source:
    """A Source whose paragraphs carry the markup levels given with them."""
    paragraphs = tuple(
        Paragraph(text, simplify(text), Loc("md.md", n, n - 1), level) for n, (level, text) in enumerate(lines, 1)
    )
    return Source("md.md", "md", None, Meta(), "simplified", paragraphs)


def parse_leveled(*lines: tuple[int, str]) -> Document:
    """Parse made-up paragraphs with levels."""
    return parse(leveled(*lines))


def heading_style(doc: Document) -> list[list[str]]:
    """The heads of every heading list, parents first."""
    return [heads(lst) for lst in flat(doc) if lst.style == "heading"]


def test_sibling_headings_form_a_list_and_nest_under_their_parent() -> None:
    doc = parse_leveled(
        (1, "学习笔记"),
        (2, "理论来源"),
        (3, "历史背景"),
        (0, BODY),
        (3, "现实依据"),
        (0, BODY),
        (2, "主要内容"),
        (3, "基本路线"),
        (0, BODY),
        (3, "根本任务"),
        (0, BODY),
        (3, "发展战略"),
        (0, BODY),
    )
    top = doc.lists[0]
    assert heads(top) == ["理论来源", "主要内容"]  # the lone level-1 title is no item
    assert heads(top.items[0].lists[0]) == ["历史背景", "现实依据"]
    assert heads(top.items[1].lists[0]) == ["基本路线", "根本任务", "发展战略"]


def test_a_lone_heading_under_its_parent_is_no_list() -> None:
    doc = parse_leveled((2, "理论来源"), (3, "历史背景"), (0, BODY), (2, "主要内容"), (0, BODY))
    assert heading_style(doc) == [["理论来源", "主要内容"]]


def test_a_heading_ending_with_a_colon_is_still_a_heading() -> None:
    doc = parse_leveled((0, "以下为部分内容："), (2, "教育："), (0, BODY), (2, "住房："), (0, BODY))
    lst = doc.lists[0]
    assert heads(lst) == ["教育", "住房"]
    assert lst.lead == "以下为部分内容："


def test_section_words_are_no_points() -> None:
    doc = parse_leveled((1, "前言"), (0, BODY), (1, "读书笔记"), (0, BODY), (1, "参考资料"), (0, BODY))
    assert heading_style(doc) == []


def test_bold_sentence_is_no_heading() -> None:
    assert markup_heading(Paragraph("发展经济", "发展经济", Loc("x", 1, 0), 7))
    sentence = "我们要记住，发展才是硬道理。"
    assert not markup_heading(Paragraph(sentence, sentence, Loc("x", 1, 0), 7))
    assert not markup_heading(Paragraph("正文", "正文", Loc("x", 1, 0), 0))


def test_bold_headings_numbered_from_past_one_form_a_list() -> None:
    doc = parse_leveled((7, "5．数字经济"), (0, BODY), (7, "6．乡村建设"), (0, BODY), (7, "7．绿色发展"), (0, BODY))
    lst = flat(doc)[0]
    assert heads(lst) == ["数字经济", "乡村建设", "绿色发展"]
    assert [item.marker.rstrip("．") for item in lst.items] == ["5", "6", "7"]


def test_heading_finder_numbers_from_any_start() -> None:
    source = leveled(
        (7, "5．数字经济"),
        (0, BODY),
        (7, "6．乡村建设"),
        (0, BODY),
        (7, "一个说明"),
        (7, "1．机遇"),
        (0, BODY),
        (7, "2．挑战"),
    )
    lists = heading_lists(source.paragraphs, set())
    assert [[item.marker for item in d.items] for d in lists] == [["5．", "6．"], ["1．", "2．"]]
    assert lists[0].evidence and "numbered 5–6" in lists[0].evidence[0]


def test_heading_ordinals_of_chapters_number_a_list() -> None:
    source = leveled((2, "第一卷"), (3, "第一篇《甲文》"), (0, BODY), (3, "第二篇《乙文》"), (0, BODY))
    (draft,) = heading_lists(source.paragraphs, set())
    assert [item.marker for item in draft.items] == ["第一篇", "第二篇"]


def test_numbered_subheadings_nest_under_unnumbered_headings() -> None:
    doc = parse_leveled(
        (2, "经济方面"),
        (3, "一、稳增长"),
        (0, BODY),
        (3, "二、调结构"),
        (0, BODY),
        (2, "社会方面"),
        (3, "一、保民生"),
        (0, BODY),
        (3, "二、促就业"),
        (0, BODY),
    )
    top = doc.lists[0]
    assert heads(top) == ["经济方面", "社会方面"]
    assert heads(top.items[0].lists[0]) == ["稳增长", "调结构"]
    assert heads(top.items[1].lists[0]) == ["保民生", "促就业"]


PLAIN = f"""
关于做好工作的意见
二〇二〇年五月一日
{BODY}
加强组织领导
{BODY}
{BODY}
健全工作机制
{BODY}
"""


def test_bare_heading_lines_of_a_plain_document() -> None:
    assert heading_style(outline(PLAIN)) == [["加强组织领导", "健全工作机制"]]


def test_bare_lines_are_no_headings_where_the_markup_has_headings() -> None:
    source = make_source(PLAIN)
    first, second = (Paragraph(t, t, Loc("x", 1, 0), 2) for t in ("总论", "分论"))
    marked_up = (first, *source.paragraphs, second, source.paragraphs[-1])
    assert [len(d.items) for d in heading_lists(marked_up, set())] == [2]  # 总论 and 分论 alone


def test_plain_heading_shape() -> None:
    assert plain_heading("加强组织领导")
    assert plain_heading("积极推进改革。")
    assert not plain_heading("具体措施：")  # a short line ending in ： is the lead of what follows
    assert not plain_heading("一是")  # a marker alone on its line
    assert not plain_heading("（本文有删减）")
    assert not plain_heading("二〇二〇年五月一日")
    assert not plain_heading("发展经济，改善民生。")  # a couplet closed as a sentence is a slogan said
    assert not plain_heading("图为会议现场")
    assert not plain_heading("新华社记者张三摄")
    assert not plain_heading("这件事有两层意思。")  # a short sentence that counts what follows is its lead
    assert plain_heading("坚持“两个毫不动摇”")  # a count formulation in a heading, not closed as a sentence
    assert plain_heading("立足当前，着眼长远")  # two balanced phrases: the genre's couplet headings
    assert not plain_heading("今天下雨，明天晴天。")  # … but not a sentence closed by its full stop
    assert not plain_heading("人口三十万，面积两千平方公里")  # halves of unequal length are a clause going on


def test_a_bold_title_alone_leaves_the_sections_to_the_layout() -> None:
    source = make_source(PLAIN)
    title = Paragraph("工作意见", "工作意见", Loc("x", 1, 0), 7)
    (draft,) = heading_lists((title, *source.paragraphs), set())
    assert len(draft.items) == 2


def test_a_single_bare_line_is_no_list() -> None:
    assert heading_style(outline(f"{BODY}\n加强组织领导\n{BODY}\n{BODY}")) == []


def test_document_names_are_no_points() -> None:
    doc = parse_leveled(
        (7, "某某部门转发关于加强管理工作意见的通知"),
        (0, BODY),
        (7, "关于加强管理工作的意见"),
        (0, BODY),
        (7, "总体要求"),
        (0, BODY),
        (7, "主要任务"),
        (0, BODY),
    )
    assert heading_style(doc) == [["总体要求", "主要任务"]]


def test_bold_questions_closed_by_their_sentence_mark_are_numbered_headings() -> None:
    doc = parse_leveled(
        (7, "3. 简述调查研究的基本方法。"),
        (0, "答：主要有以下方法："),
        (8, "1. 座谈访谈，听取多方意见。"),
        (8, "2. 实地察看，掌握第一手材料。"),
        (7, "4. 为什么要坚持问题导向？"),
        (0, "答：问题是时代的声音，回答并指导解决问题是理论的根本任务。"),
    )
    top = doc.lists[0]
    assert [item.marker for item in top.items] == ["3.", "4."]
    assert [item.marker for item in top.items[0].lists[0].items] == ["1.", "2."]


def test_a_bold_sentence_with_clauses_is_emphasis_not_a_heading() -> None:
    assert not markup_heading(Paragraph("要牢记嘱托，不负重托。", "要牢记嘱托，不负重托。", Loc("a", 1, 0), 7))


def test_a_line_stating_a_quantity_is_no_heading_but_a_year_named_section_is() -> None:
    assert not plain_heading("粮食产量增长5%左右。")
    assert not plain_heading("拟安排专项资金1.3亿元")
    assert plain_heading("2024年工作回顾")
    assert not plain_heading("2024年3月5日")


def test_short_sentences_among_bare_heading_lines_are_points_not_headings() -> None:
    text = (
        "会议通报了全县的情况，部署了明年的工作，要求各部门抓好落实。\n"
        "今年工作回顾\n全县经济运行平稳，各项社会事业都有新的进展，群众比较满意。\n"
        "收支保持基本平衡。\n财政收入稳步增长，支出结构进一步优化，民生投入继续加大。\n"
        "明年主要目标\n全县经济保持平稳增长，人民生活水平稳步提高，社会大局和谐稳定。\n"
    )
    assert [heads(lst) for lst in flat(outline(text)) if lst.style == "heading"] == [["今年工作回顾", "明年主要目标"]]


def test_numbered_sub_headings_right_under_a_heading_line_nest_under_it() -> None:
    doc = outline(
        "围绕全年目标任务，今年重点抓好以下几方面工作。\n"
        "稳定农业生产\n落实粮食播种面积，抓好春耕备耕工作。\n"
        "做强工业经济\n推动重点企业技术改造，提升产品附加值。\n"
        "发展现代服务业\n(1)商贸物流\n建设区域物流中心，畅通城乡配送。\n(2)文化旅游\n打造精品旅游线路，办好节会活动。"
    )
    top = doc.lists[0]
    assert heads(top) == ["稳定农业生产", "做强工业经济", "发展现代服务业"]
    assert heads(top.items[2].lists[0]) == ["商贸物流", "文化旅游"]


def test_a_quiz_pages_answer_labels_are_no_headings() -> None:
    quiz = "下列哪一项是基层治理的基础？\nA.甲\nB.乙\n答案\nA\n解析\n" + BODY + "\n扩展知识\n" + BODY
    assert heading_style(outline(quiz)) == []


def test_a_line_counting_a_collections_pieces_is_no_section_heading() -> None:
    assert not plain_heading("年度述职报告6篇")
    assert not plain_heading("学习心得体会范文五篇")
    assert plain_heading("读两篇文章的体会")


def test_a_title_a_page_repeats_heads_no_second_section() -> None:
    title = "邻里议事要避开“三种偏差”【完整版】"
    body = "邻里议事是社区常见的一种协商方式，开好议事会是办好实事的前提。"
    doc = outline(
        f"欢迎来到某某文库!\n{title}\n资料来源:用户上传 时间:2024-03-12 09:30:00\n{body}\n{title}\n{body}\n"
        "开好议事会，需要避开以下三种偏差。\n一是避开走过场，会上没有真讨论。\n二是避开一言堂，只听少数人的意见。"
    )
    assert [lst.style for lst in flat(doc)] == ["一是"]


def test_pieces_of_a_sentence_a_scrape_broke_into_lines_are_no_headings() -> None:
    # a converted page set each quotation mark on a line of its own, and the reader dropped those lines
    doc = outline(
        "同志们：\n今天召开这次会议，大家结合分工作了发言，会前各单位都认真准备，围绕\n"
        "今年的工作怎么干\n，讲了很多好的意见。下面，我讲两点意见。\n一、提高思想认识\n明年是\n"
        "开局之年\n，做好各项工作意义重大，必须把学习摆在首位，切实增强工作的责任感。\n"
    )
    assert heading_style(doc) == []


def test_the_title_block_before_a_speechs_salutation_holds_no_section_headings() -> None:
    doc = outline(
        "——2024年1月18日在某某市第十五届人民代表大会第三次会议上\n某某市人民检察院检察长张明\n各位代表：\n现在，我代表市局向大会报告工作，请予审议。\n"
        "过去一年工作回顾\n" + BODY + "\n今年的主要任务\n" + BODY
    )
    assert heading_style(doc) == [["过去一年工作回顾", "今年的主要任务"]]


def test_a_line_that_only_numbers_a_piece_and_echoes_of_a_title_are_no_sections() -> None:
    title = "干部年度考核个人总结范文"
    doc = outline(f"精品范文 期刊投稿\n{title}\n{BODY}\n干部年度考核个人总结\n{BODY}\n第2篇\n{BODY}")
    assert heading_style(doc) == []


def test_sibling_headings_sharing_their_opening_words_are_no_echoes() -> None:
    doc = outline(f"{BODY}\n深入学习贯彻党的理论\n{BODY}\n深入学习贯彻会议精神\n{BODY}")
    assert heading_style(doc) == [["深入学习贯彻党的理论", "深入学习贯彻会议精神"]]


def test_a_number_alone_on_its_line_numbers_the_heading_under_it() -> None:
    doc = outline(
        """
        年轻干部怎样过好基层关
        01
        沉下身子
        到村里住下来，和群众一起劳动，才知道群众想什么、盼什么。
        02
        放下架子
        说群众听得懂的话，办群众盼着办的事，群众才会把你当自己人。
        03
        磨炼性子
        基层的事千头万绪，要耐得住性子，一件一件抓落实。
        """
    )
    lists = flat(doc)
    assert [(lst.style, heads(lst)) for lst in lists] == [("01", ["沉下身子", "放下架子", "磨炼性子"])]
    assert [item.marker for item in lists[0].items] == ["01", "02", "03"]
    assert [item.loc.line for item in lists[0].items] == [3, 6, 9]  # each item is its heading line


def test_a_part_number_alone_on_its_line_numbers_the_heading_under_it() -> None:
    # a magazine-style page sets PART 1 / Part 02 over each section's heading line
    doc = outline(
        """
        年轻干部怎样过好基层关
        过好基层关，要在三个方面下功夫。
        PART 1
        沉下身子
        到村里住下来，和群众一起劳动，才知道群众想什么、盼什么。
        Part 02
        放下架子
        说群众听得懂的话，办群众盼着办的事，群众才会把你当自己人。
        PART 3
        磨炼性子
        基层的事千头万绪，要耐得住性子，一件一件抓落实。
        """
    )
    (lst,) = flat(doc)
    assert heads(lst) == ["沉下身子", "放下架子", "磨炼性子"]
    assert [item.marker for item in lst.items] == ["PART 1", "Part 02", "PART 3"]
    assert (lst.lead, lst.announced_count) == ("过好基层关，要在三个方面下功夫。", 3)


def test_a_page_number_over_a_numbered_heading_numbers_nothing() -> None:
    doc = outline(
        """
        县里今年的三项重点工作
        各部门要按照分工抓好落实，确保按期完成任务。
        2
        一、抓项目建设
        重点项目要倒排工期，挂图作战，确保年底前投产见效。
        3
        二、抓民生改善
        把有限的财力用在群众最关心的事情上，一件接着一件办。
        """
    )
    assert [(lst.style, heads(lst)) for lst in flat(doc)] == [("一、", ["抓项目建设", "抓民生改善"])]


def test_a_line_dressed_with_an_ornament_over_a_sentence_is_a_heading() -> None:
    doc = outline(
        """
        ▍打牢思想根基
        学习是干部成长的阶梯。
        ▍练就过硬本领
        本领要在实践中锻炼。
        ▍保持清正廉洁
        廉洁是干部的立身之本。
        """
    )
    assert [heads(lst) for lst in flat(doc)] == [["打牢思想根基", "练就过硬本领", "保持清正廉洁"]]
    assert all(item.marker == "" for lst in flat(doc) for item in lst.items)  # the dress is no marker


def test_dressed_lines_in_a_row_are_no_headings() -> None:
    doc = outline(
        """
        乡村振兴要靠产业带动，产业要靠人才支撑。
        ■ 人才培养
        ■ 产业发展
        ■ 文化建设
        今后还要继续努力。
        """
    )
    assert all(lst.style != "heading" for lst in flat(doc))


def test_page_numbers_over_the_headings_at_the_tops_of_pages_number_no_sections() -> None:
    doc = outline(
        """
        关于做好秋冬季森林防火工作的通知
        各乡镇要压实防火责任，严防森林火灾发生。
        14
        巡山护林
        护林员要每天巡山，发现火情立即报告。
        15
        物资储备
        各乡镇要储备足量的灭火器材，定期检查维护。
        """
    )
    assert not any(item.marker for lst in flat(doc) for item in lst.items)


def test_a_short_sentence_closing_a_numbered_point_is_no_heading() -> None:
    # each numbered question is answered by one short sentence: the sentence ends its point, it heads nothing
    doc = outline(
        "\n".join(
            (
                "读书的几点体会",
                "一、为什么要早起？",
                "早起能多读书。",
                "二、为什么要记笔记？",
                "笔记帮人记住。",
                "三、为什么要讨论？",
                "讨论让人想得更深一些。",
            )
        )
    )
    assert heading_style(doc) == []
    assert [heads(lst) for lst in flat(doc)] == [["为什么要早起", "为什么要记笔记", "为什么要讨论"]]


def test_a_heading_line_before_a_numbered_point_going_on_stays_a_heading() -> None:
    # unnumbered section lines (no closing 。) over points numbered on across them are still headings
    doc = outline(
        "\n".join(
            (
                "读书的几点体会",
                BODY,
                "早起",
                "1．早起能多读书，一天比一天读得多，日子久了就见出分别来。",
                "2．早起让人清醒，读过的书记得更牢，想问题也想得更清楚。",
                "记笔记",
                "3．笔记帮人记住读过的书，隔些日子翻一翻就又想起来了。",
                "4．笔记帮人理清思路，写下来的东西比只在心里想的更清楚。",
            )
        )
    )
    assert heading_style(doc) == [["早起", "记笔记"]]


def test_a_bare_ordinal_glued_to_heading_lines_numbers_them() -> None:
    # a lecture page sets 第一 alone on a line over its heading; the reader joins the two (第一为什么…)
    doc = outline(
        "今天我主要讲两个问题。\n第一为什么要学习理论\n学习理论很重要，能够提高我们的本领和水平。\n"
        "第二怎样学好理论\n学好理论要讲方法，要联系实际，要学以致用。"
    )
    assert [(item.marker, item.head) for item in doc.lists[0].items] == [
        ("第一", "为什么要学习理论"),
        ("第二", "怎样学好理论"),
    ]
    assert doc.lists[0].announced_count == 2


def test_an_ordinal_word_opening_heading_lines_is_no_marker() -> None:
    # 第一次 / 第二次 name events, 第一书记 a post: the ordinal is a word of the heading
    doc = outline(
        "早期的几次会议各有重点，下面分别作简要介绍。\n第一次代表大会\n这次会议在上海召开，会议通过了纲领和决议。\n"
        "第二次代表大会\n这次会议在杭州召开，会议制定了新的纲领。"
    )
    assert [(item.marker, item.head) for item in doc.lists[0].items] == [
        ("", "第一次代表大会"),
        ("", "第二次代表大会"),
    ]


def test_a_lead_whose_sentence_a_wrapped_line_broke_is_read_whole() -> None:
    # a PDF's printed lines: 我讲三点 / 体会。 is one sentence, and it counts the parts after it
    doc = outline(
        "同志们：\n今天，借这次专题党课的机会，我和大家一起学习交流，我讲三点\n体会。\n"
        f"一、认识意义\n{BODY}\n二、把握要求\n{BODY}\n三、营造氛围\n{BODY}"
    )
    lead = "今天，借这次专题党课的机会，我和大家一起学习交流，我讲三点体会。"
    assert (doc.lists[0].lead, doc.lists[0].announced_count) == (lead, 3)
