"""Topic paragraphs: after an announcing lead, and headline-sentence series after a statement of the whole."""

from __future__ import annotations

import pytest

from study.parse import paragraphs
from study.parse.leads import is_greeting
from study.parse.paragraphs import headline_sentence
from tests.parse.conftest import flat, heads, outline

SERIES = """
过去一年，我们团结奋斗，各项事业都取得了新的进展。
农业生产稳定增长。粮食产量再创新高，农民收入继续提高，农村面貌持续改善。
工业结构不断优化。高新技术产业发展迅速，传统产业改造升级步伐加快。
对外开放继续扩大。进出口总额稳步增长，利用外资的质量和水平进一步提高。
实践证明，只要我们坚持正确的方针，就一定能够战胜前进道路上的困难。
"""


def test_headline_series_after_a_statement_of_the_whole() -> None:
    (lst,) = flat(outline(SERIES))
    assert lst.style == "paragraph"
    assert heads(lst) == ["农业生产稳定增长", "工业结构不断优化", "对外开放继续扩大"]
    assert lst.lead == "过去一年，我们团结奋斗，各项事业都取得了新的进展。"


def test_two_headline_paragraphs_are_no_series() -> None:
    text = "\n".join(SERIES.strip().splitlines()[:3] + SERIES.strip().splitlines()[-1:])
    assert flat(outline(text)) == []


def test_series_stops_at_the_first_paragraph_that_does_not_open_with_a_headline() -> None:
    text = SERIES + "社会事业全面进步。教育、卫生、文化等各项事业都有新的发展。\n"
    (lst,) = flat(outline(text))
    assert len(lst.items) == 3  # the paragraph after 实践证明，… belongs to no series


def test_headline_sentence_shape() -> None:
    assert headline_sentence("农业生产稳定增长。粮食产量再创新高，农民收入继续提高。") == "农业生产稳定增长"
    assert headline_sentence("农业生产稳定增长。") is None  # no body after it: a heading line
    assert headline_sentence("今年以来，农业生产稳定增长。粮食产量再创新高。") is None  # two clauses
    too_long = "农业生产在各地党委和政府的坚强领导下持续稳定快速增长。粮食产量再创新高。"
    assert headline_sentence(too_long) is None


def test_announced_topic_paragraphs_still_come_first() -> None:
    text = """
    做好今年的工作，要把握好以下几点：
    坚持稳中求进。这是做好经济工作的方法论，要一以贯之地坚持。
    坚持改革创新。改革是发展的动力，要不断推向深入并取得实效。
    坚持人民至上。人民是我们力量的源泉，要始终站稳人民立场。
    """
    (lst,) = flat(outline(text))
    assert lst.lead == "做好今年的工作，要把握好以下几点："
    assert heads(lst) == ["坚持稳中求进", "坚持改革创新", "坚持人民至上"]


LABELS = """我们小组的分工有以下几项：
收集资料：
每人每周读两篇文章，摘出要点。
组织讨论：
每月开一次研讨会，轮流发言。
撰写报告：
年底由组长执笔，大家修改。"""


def test_label_lines_closed_by_a_colon_are_the_items_after_a_lead() -> None:
    assert heads(flat(outline(LABELS))[0]) == ["收集资料", "组织讨论", "撰写报告"]


def test_a_label_line_after_topic_paragraphs_still_opens_a_list_of_its_own() -> None:
    text = "工作分两步：\n摸清底数。先把情况查清楚。\n制定方案。再拿出办法来。\n具体要求如下：\n要快。\n要准。"
    first = flat(outline(text))[0]
    assert heads(first) == ["摸清底数", "制定方案"]


QUESTION_LABELS = """这本教材该怎么读？
初读：先完整地读一两遍，搭起整体框架。
精读：结合辅导材料深入理解重点章节。
研读：遇到疑难问题时回到原文查证。"""


def test_label_paragraphs_after_a_question_are_its_answers() -> None:
    (lst,) = flat(outline(QUESTION_LABELS))
    assert lst.style == "paragraph"
    assert heads(lst) == ["初读", "精读", "研读"]


def test_prose_after_a_question_is_no_list() -> None:
    text = "为什么要读原著？\n原著是理论的源头。读懂原著才能把握精髓。\n二手材料往往简化了原意。只读它们容易走偏。"
    assert flat(outline(text)) == []


SUBLISTED_LABELS = """本单位的学习内容分为三层：
内核层（1）：党的创新理论，这是学习的重点。具体包括：
• 重要论述
• 重要讲话
外围层（2）：党的基本理论，具体包括：
• 党章党规
• 全会精神"""


def test_label_paragraphs_with_bracketed_numbers_keep_their_sub_lists() -> None:
    top = outline(SUBLISTED_LABELS).lists[0]
    assert heads(top) == ["内核层（1）", "外围层（2）"]
    assert [heads(sub) for item in top.items for sub in item.lists] == [
        ["重要论述", "重要讲话"],
        ["党章党规", "全会精神"],
    ]


def test_a_question_in_a_dialogue_leads_no_list_of_the_speakers_after_it() -> None:
    text = "老王：这件事为什么拖了这么久？\n小李：材料还没有交齐。\n老王：那就抓紧补交。"
    assert [lst for lst in flat(outline(text)) if lst.style == "paragraph"] == []


def test_speakers_taking_turns_after_a_question_are_no_list() -> None:
    text = "会上有人问，这件事为什么拖了这么久？\n小李：材料还没有交齐。\n老王：那就抓紧补交。\n小李：好的。"
    assert [lst for lst in flat(outline(text)) if lst.style == "paragraph"] == []


def test_short_unpunctuated_lines_under_a_numbered_heading_are_its_list() -> None:
    doc = outline(
        """
        一、去年工作回顾
        全县粮食总产再创新高
        新建高标准农田三万亩
        农村居民收入增长百分之七
        二、今年主要目标
        粮食播种面积稳定在百万亩
        新增就业五千人以上
        县城污水处理率达到九成
        """
    )
    assert [len(item.lists) for item in doc.lists[0].items] == [1, 1]
    inner = doc.lists[0].items[1].lists[0]
    assert inner.style == "paragraph"
    assert heads(inner) == ["粮食播种面积稳定在百万亩", "新增就业五千人以上", "县城污水处理率达到九成"]


def test_two_short_lines_under_a_numbered_heading_are_its_body() -> None:
    doc = outline(
        """
        一、基本情况
        全县共有行政村两百个
        常住人口三十万
        二、存在问题
        基础设施仍然薄弱。
        """
    )
    assert all(not item.lists for item in doc.lists[0].items)


def test_label_lines_under_a_numbered_heading_are_its_list_when_three_or_more() -> None:
    doc = outline(
        """
        一、今年重点工作
        财力：压减一般性支出，保障基层运转
        投资：开工建设一批水利和交通项目
        消费：开展家电以旧换新活动
        二、保障措施
        背景：全县财力紧张，收支矛盾突出
        要求：各部门厉行节约，过紧日子
        三、其他事项
        另行通知。
        """
    )
    first, second, _ = doc.lists[0].items
    assert [heads(lst) for lst in first.lists] == [["财力", "投资", "消费"]]
    assert not second.lists


def test_paragraphs_closed_by_semicolons_after_a_colon_lead_are_one_series() -> None:
    doc = outline(
        """
        这次检查发现的问题主要有：
        有的村集体账目不清，收支没有按时公开；
        有的项目资金拨付滞后，影响了工程进度；
        有的惠民补贴发放不及时，群众意见较大。
        下一步要逐项整改。
        """
    )
    (lst,) = flat(doc)
    assert lst.lead == "这次检查发现的问题主要有："
    assert [h[:6] for h in heads(lst)] == ["有的村集体账", "有的项目资金", "有的惠民补贴"]


def test_two_pieces_make_a_series_and_full_stops_alone_do_not() -> None:
    doc = outline("情况如下：\n全县共有十个乡镇，分布在三条河谷里；\n另有两个街道办事处，都在县城。\n以上是基本情况。")
    assert [len(lst.items) for lst in flat(doc) if lst.style == "paragraph"] == [2]
    doc = outline("情况如下：\n全县共有十个乡镇，分布在三条河谷里。\n另有两个街道办事处，都在县城。")
    assert not [lst for lst in flat(doc) if lst.style == "paragraph"]


def test_short_lines_closed_by_no_mark_after_a_colon_lead_are_its_list_even_with_commas() -> None:
    doc = outline(
        """
        三年来的变化：
        全县生产总值突破百亿元，年均增长六成
        新建学校十二所
        城乡居民收入稳步提高，差距逐步缩小
        今后的路还很长。
        """
    )
    (lst,) = flat(doc)
    assert lst.lead == "三年来的变化："
    assert len(lst.items) == 3


def test_bare_lines_that_alternate_heads_and_their_body_lines_are_a_list_of_the_heads() -> None:
    doc = outline(
        """
        树木可以这样分类：
        按用途划分
        用材林和经济林
        按树叶划分
        针叶树和阔叶树
        按高度划分
        乔木和灌木
        分类是认识的开始。
        """
    )
    (lst,) = flat(doc)
    assert heads(lst) == ["按用途划分", "按树叶划分", "按高度划分"]


def test_lines_after_a_label_of_the_documents_furniture_are_no_list() -> None:
    assert flat(outline("附件：\n参会单位名单\n会议日程安排")) == []
    assert flat(outline("出席人员：\n张明 李华\n王强 赵刚")) == []


def test_three_paragraphs_opening_with_headline_clauses_after_a_colon_lead_are_its_list() -> None:
    doc = outline(
        """
        今后五年全县发展的主要目标是：
        农业生产迈上新台阶，粮食产量稳定增长，农民收入持续提高。
        工业发展取得新突破，主导产业不断壮大，园区承载能力增强。
        城乡面貌实现新变化，基础设施更加完善，人居环境明显改善。
        实现这些目标，需要全县上下共同努力。
        """
    )
    (lst,) = flat(doc)
    assert [h[:9] for h in heads(lst)] == ["农业生产迈上新台阶", "工业发展取得新突破", "城乡面貌实现新变化"]


def test_prose_after_a_speech_colon_or_opening_with_framing_clauses_is_no_headline_list() -> None:
    prose = (
        "今年以来，全县经济运行总体平稳，主要指标好于预期。\n"
        "总的来看，各项工作推进有力，成效比较明显。\n"
        "实践证明，只要我们坚定信心，就一定能够完成任务。"
    )
    assert flat(outline("县委书记在会上指出：\n" + prose)) == []
    assert flat(outline("全年的情况如下：\n" + prose)) == []


def test_one_sentence_point_lines_under_a_bare_heading_line_are_its_list() -> None:
    doc = outline(
        """
        全县召开经济工作会议，总结今年工作，部署明年任务，各乡镇主要负责同志参加会议。
        今年工作回顾
        全县生产总值增长百分之六。
        新建学校三所，医院一所。
        农村公路全部实现硬化。
        明年主要任务
        抓项目、稳增长、惠民生，推动全县经济社会高质量发展，确保各项目标任务圆满完成。
        """
    )
    inner = [lst for lst in flat(doc) if lst.style == "paragraph"]
    assert [len(lst.items) for lst in inner] == [3]
    assert inner[0].lead == "今年工作回顾"


def test_label_lines_under_a_bare_heading_line_are_its_list() -> None:
    doc = outline(
        "明年工作打算\n"
        "农业生产：我们将稳定粮食播种面积，抓好高标准农田建设。\n"
        "工业发展：我们将推动传统产业升级，培育新的增长点。\n"
        "社会事业：我们将办好教育医疗，兜牢民生底线。"
    )
    lst = next(lst for lst in flat(doc) if heads(lst) and heads(lst)[0] == "农业生产")
    assert heads(lst) == ["农业生产", "工业发展", "社会事业"]


def test_two_label_lines_under_a_bare_heading_line_open_its_sections_and_list_nothing() -> None:
    doc = outline("会议概况\n时间：本周五上午召开全体会议。\n地点：机关三楼的大会议室。")
    assert not flat(doc)


def test_a_title_block_after_a_colon_with_a_date_line_is_no_list() -> None:
    doc = outline(
        "某某社今日发布某某白皮书。全文如下：\n某某事业发展的实践\n（2030年5月）\n某某办公室\n前言\n发展是第一要务，这是一条基本经验。"
    )
    assert all("（2030年5月）" not in heads(lst) for lst in flat(doc))
    assert all(lst.style != "paragraph" for lst in flat(doc))


def test_a_date_line_ends_a_run_of_topic_paragraphs() -> None:
    doc = outline(
        "今年要抓好以下工作：\n稳住农业。粮食播种面积不减少。\n做强工业。技改投资再增长。\n（二〇三〇年五月）\n某某县人民政府"
    )
    assert heads(flat(doc)[0]) == ["稳住农业", "做强工业"]


def test_a_forward_count_takes_as_many_prose_paragraphs_as_it_counts() -> None:
    doc = outline(
        "这次改革的意义主要有以下两点：\n"
        "改革理顺了管理体制，解决了多头管理、责任不清的老问题，群众办事更方便了。\n"
        "改革激发了基层活力，乡镇有了更多自主权，干部干事创业的劲头更足了。\n"
        "当然，改革还只是开了个头，后面的路还很长，需要我们继续努力。"
    )
    lst = flat(doc)[0]
    assert lst.announced_count == 2
    assert [h[:4] for h in heads(lst)] == ["改革理顺", "改革激发"]


def test_forward_points_without_a_number_run_to_the_next_heading_line() -> None:
    doc = outline(
        "这次会议的成果主要有以下几点：\n"
        "会议总结了过去一年的工作，肯定了成绩，也指出了存在的突出问题和不足。\n"
        "会议明确了今后一个时期的目标任务，提出了一系列务实管用的政策举措。\n"
        "会议选举产生了新一届领导班子，为事业发展提供了坚强的组织保证。\n"
        "延伸阅读\n"
        "这次会议是在全面深化改革的关键时期召开的一次重要会议，意义重大。"
    )
    assert len(flat(doc)[0].items) == 3


def test_one_prose_paragraph_after_a_forward_lead_is_no_list() -> None:
    doc = outline("具体情况有以下几点：\n会议总结了过去一年的工作，肯定了成绩，也指出了存在的突出问题和不足之处。")
    assert not flat(doc)


def test_a_point_whose_body_states_a_count_stays_in_the_list() -> None:
    doc = outline(
        "明年着力做好四项工作。\n做好产业培育。扶持一批龙头企业。\n做好招才引智。建好一个人才驿站。\n"
        "做好民生保障。全年办好五件实事。\n做好环境整治。关停一批小作坊。"
    )
    assert [heads(lst) for lst in doc.lists] == [["做好产业培育", "做好招才引智", "做好民生保障", "做好环境整治"]]


def test_points_opening_with_paired_headlines_built_alike_are_a_series() -> None:
    doc = outline(
        "写好总结，关键在于实事求是，不能走过场。\n"
        "摆成绩要准，不搞添油加醋。成绩要用数字说话，一是一，二是二。\n"
        "查问题要透，不搞蜻蜓点水。问题要找到根子上，不回避矛盾。\n"
        "订计划要实，不搞空喊口号。计划要能落地，事事有人负责。"
    )
    assert [heads(lst) for lst in doc.lists] == [
        ["摆成绩要准，不搞添油加醋", "查问题要透，不搞蜻蜓点水", "订计划要实，不搞空喊口号"]
    ]


def test_paragraphs_opening_with_paired_clauses_built_otherwise_are_no_series() -> None:
    doc = outline(
        "会议由主任主持。\n"
        "今年以来，全市经济平稳。工业增加值增长百分之六，服务业增长百分之七。\n"
        "项目方面，进度明显加快。新开工项目三十个，竣工项目十二个。\n"
        "民生方面，投入继续加大。新建学校五所，改造道路二十公里。"
    )
    assert doc.lists == ()


def test_a_run_of_leads_built_alike_reads_each_lead_a_few_paragraphs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    found = paragraphs.head_sentence

    def counted(shadow: str) -> str | None:
        calls.append(shadow)
        return found(shadow)

    monkeypatch.setattr(paragraphs, "head_sentence", counted)
    outline("明年着力做好四项工作。\n" + "做好民生保障。全年办好五件实事。\n" * 200)  # each a lead, each counting
    assert len(calls) < 20 * 200  # not each lead's candidates read on to the text's end


NOTICE = """
关于开展读书活动的通知

各党支部：

读书活动。机关将于本月组织全体党员开展读书活动，时间为一个月。

报送要求。各支部请于月底前报送读书心得。

机关党委
"""


def test_a_notices_greeting_announces_no_topic_paragraphs() -> None:
    assert flat(outline(NOTICE)) == []


def test_a_notices_greeting_leads_no_numbered_list() -> None:
    (lst,) = flat(outline("各乡镇人民政府，县直各部门：\n一、提高认识。各单位要重视。\n二、加强领导。各单位要负责。\n"))
    assert heads(lst) == ["提高认识", "加强领导"]
    assert lst.lead is None


def test_a_greeting_before_the_announcing_clause_is_no_part_of_the_lead() -> None:
    (lst,) = flat(outline("各支部：为做好学习工作，现将有关事项通知如下：一是制定计划；二是开展研讨；三是报送信息。\n"))
    assert lst.lead == "为做好学习工作，现将有关事项通知如下："


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("各党（总）支部：", True),
        ("甲市、乙县，省政府各部门：", True),
        ("同志们：", True),
        ("加强组织领导：", False),  # a label: one name that is no body, without 各
        ("各地区各部门要做好以下工作：", False),  # addresses and announces
        ("主要内容：", False),
    ],
)
def test_a_greeting_names_only_recipients(line: str, greeting: bool) -> None:
    assert is_greeting(line) is greeting


def test_a_note_in_brackets_between_label_paragraphs_is_no_label() -> None:
    text = (
        "（二）研讨工作\n议题：围绕年度任务，研究推进措施。\n（备注：本月任务较重，请各位委员提前准备。）\n"
        "形式：采取集中研讨与个人发言相结合的方式进行。\n要求：每位委员发言不少于五分钟，做好记录。\n"
    )
    (lst,) = [lst for lst in flat(outline(text)) if lst.style == "paragraph"]
    assert heads(lst) == ["议题", "形式", "要求"]


def test_a_bare_colon_line_over_label_lines_that_carry_their_bodies_is_their_lead() -> None:
    doc = outline(
        "二、做好服务\n学校将从三方面着手改进服务：\n食堂：延长开放时间；\n宿舍：更新老旧设施；\n图书馆：增加自习座位。"
    )
    (lst,) = [lst for lst in flat(doc) if lst.style == "paragraph"]
    assert (heads(lst), lst.lead, lst.announced_count) == (
        ["食堂", "宿舍", "图书馆"],
        "学校将从三方面着手改进服务：",
        3,
    )

    doc = outline(
        "二、做好服务\n学校还将着力改进以下服务：\n食堂：延长开放时间；\n宿舍：更新老旧设施；\n图书馆：增加自习座位。"
    )
    (lst,) = [lst for lst in flat(doc) if lst.style == "paragraph"]
    assert (heads(lst), lst.announced_count) == (["食堂", "宿舍", "图书馆"], None)


def test_the_last_bullet_line_of_a_run_heads_no_point_lines_after_it() -> None:
    doc = outline("我的打算：\n- 早睡早起\n- 多走多看\n按时吃早饭。\n饭后散散步。\n晚上看看书。")
    assert [lst.lead for lst in flat(doc)] == ["我的打算："]
