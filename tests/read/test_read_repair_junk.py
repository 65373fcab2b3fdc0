"""Repairs of scraped texts on made-up snippets: photo captions, a paragraph cut between quoted terms,
anti-copy junk runs."""

from __future__ import annotations

import pytest

from study.read.lines import Line
from study.read.repair import continues, drop_bylines, drop_captions, drop_jammer, join_page_breaks
from study.script import to_traditional
from tests.read.makers import lines, texts

CAPTION = "4月2日，全县义务植树活动在城东湿地公园举行。本报记者 王建国 摄"
LEAD = "4月2日，县委县政府组织机关干部参加义务植树，活动安排如下："
LONG = "各乡镇要抓住春季有利时机，组织群众广泛开展义务植树活动，继续做好“绿色家园”"
REST = "“清洁水源”“美丽庭院”等创建活动的宣传、组织和验收工作。"


@pytest.mark.parametrize(
    "caption",
    [CAPTION, "全县义务植树活动现场。（通讯员 李华 摄）", "植树现场一角。刘芳 摄影", to_traditional(CAPTION)],
)
def test_a_photo_caption_is_a_paragraph_of_its_own(caption: str) -> None:
    assert not continues(caption, LEAD)


def test_a_word_that_ends_in_the_photo_character_is_no_caption() -> None:
    first = "各单位要组织专门人员，对今年春季新栽的树木逐棵进行编号、登记和拍摄"
    assert continues(first, "并把照片按村汇总后报送林业站备案存档。")


def test_a_paragraph_cut_between_two_quoted_terms_is_joined() -> None:
    joined, note = join_page_breaks(lines(LONG, REST))
    assert [p.text for p in joined] == [LONG + REST] and note


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("一、“绿色家园”", "“绿色家园”创建活动要在全县所有行政村铺开，由乡镇统一组织验收。"),
        ("各乡镇要抓住春季有利时机，组织群众广泛开展义务植树活动，他说：“今年一定要种好。”", REST),
    ],
)
def test_a_quoted_heading_or_a_quoted_sentence_is_not_joined(first: str, second: str) -> None:
    assert not continues(first, second)


JUNK = ("8 H) l- y* X6 s b' n+ F) T) D!", "# a0 k; `+ P) i: a5 r4 C", "& x/ q( N+ j( w- Z6 \\: Y8")


def test_anti_copy_junk_is_taken_out_of_the_lines() -> None:
    raw = [
        "各乡镇要抓住春季有利时机，组织群众广泛开展义务植树活动。",
        JUNK[0],
        JUNK[1] + " X一、总体要求",
        JUNK[2] + " Z5 _1.加强组织领导。",
        JUNK[0] + " P(1)落实责任。",
        "林业站要加强巡查，及时补栽死苗。" + JUNK[1],
    ]
    fixed, note = drop_jammer([Line(no, text) for no, text in enumerate(raw, 1)])
    assert [line.text for line in fixed] == [
        raw[0],
        "",
        "一、总体要求",
        "1.加强组织领导。",
        "(1)落实责任。",
        "林业站要加强巡查，及时补栽死苗。",
    ]
    assert [line.no for line in fixed] == [1, 2, 3, 4, 5, 6] and note


@pytest.mark.parametrize(
    "line",
    ["A B C D E F G", "1 2 3 4 5 6", "GDP CPI PPI PMI M2 M1", "A. B. C. D. E. F."],
)
def test_latin_runs_that_are_the_text_s_own_stay(line: str) -> None:
    raw = [Line(no, line) for no in range(1, 5)]
    assert drop_jammer(raw) == (raw, None)


def test_a_figure_the_junk_is_glued_to_stays_with_its_sentence() -> None:
    texts = [JUNK[0], JUNK[2], "全年粮食产量增长2.5% " + JUNK[1], "人均收入增长6.1 " + JUNK[0]]
    raw = [Line(no, text) for no, text in enumerate(texts, 1)]
    fixed, _ = drop_jammer(raw)
    assert [line.text for line in fixed] == ["", "", "全年粮食产量增长2.5%", "人均收入增长6.1"]


def test_a_single_junk_run_is_left_alone() -> None:
    raw = [Line(1, JUNK[0]), Line(2, "林业站要加强巡查，及时补栽死苗。")]
    assert drop_jammer(raw) == (raw, None)


def test_junk_lines_do_not_make_a_text_markdown(read_text) -> None:
    body = "各乡镇要抓住春季有利时机，组织群众广泛开展义务植树活动，确保栽一棵活一棵。"
    text = "\n".join(["关于春季义务植树的通知", JUNK[1], body, "- " + JUNK[0], JUNK[2] + " X二、工作要求", body])
    source = read_text(text + "\n")
    assert source.title == "关于春季义务植树的通知"
    assert texts(source) == [body, "二、工作要求", body]


# ---------------------------------------------------------------- photo captions


@pytest.mark.parametrize(
    "caption",
    [
        [CAPTION],
        ["图为全县义务植树活动现场。", "本报记者 王建国 摄"],
        ["4月2日，全县义务植树活动现场。本报记者 王建国/摄"],
        ["资料图片"],  # the marks of pictures alone
        ["資料圖片", "資料圖片"],
        ["• 图片"],
        ["（资料图）"],
    ],
)
def test_a_photo_s_caption_is_no_text(caption: list[str]) -> None:
    kept, note = drop_captions(lines(LEAD, *caption, REST))
    assert [p.text for p in kept] == [LEAD, REST] and note


def test_a_heading_that_names_pictures_is_kept() -> None:
    kept, _ = drop_captions(lines(LEAD, "三、图片资料的整理", REST))
    assert len(kept) == 3


def test_a_paragraph_that_merely_mentions_photos_is_kept() -> None:
    first = "各单位要组织专门人员，对今年春季新栽的树木逐棵进行编号、登记和拍摄"
    kept, note = drop_captions(lines(first, "图为我们今后的工作指明了方向。", REST))
    assert len(kept) == 3 and note is None


# ---------------------------------------------------------------- a dispatch's header and bracketed bylines


@pytest.mark.parametrize(
    "line",
    [
        "新华社北京3月12日电 题：全县义务植树活动举行",
        "本报记者",
        "新华社记者",
        "（作者：王建国，某某大学马克思主义学院教授）",
        "（作者系某某大学马克思主义学院教授）",
        "(作者单位：某某县委党校)",
        "（下转第3版）",  # a newspaper's jump line
        "(上接第一版)",
        "（来源：某某日报）",  # a source credited in brackets
        "(某某县融媒体中心广播电视台)",
        "作者王建国，男，某省社会科学院研究员，主要从事林业经济研究（某市 230000）。",  # a journal's author notes
        "作者简介：王建国（1970—），男，某县林业局高级工程师。",
        "1.某某大学 马克思主义学院，某市810016；2.某某学院 政法学院，某市100191",
        "图片来自某某网",  # a picture's source alone on its line
        "（图片来源：某某县融媒体中心）",
        "20240312081530123.jpg",  # a picture's file name where the picture stood
        "2.webp (3).png",
        "植树现场.JPEG",
    ],
)
def test_a_dispatch_s_header_a_byline_a_jump_line_or_a_note_on_the_author_is_no_text(line: str) -> None:
    kept, note = drop_bylines(lines(LEAD, line, REST))
    assert [p.text for p in kept] == [LEAD, REST] and note


@pytest.mark.parametrize("line", ["图片来自群众拍摄，经本人同意后刊用。", "照片提供单位要对照片的真实性负责"])
def test_a_sentence_on_where_pictures_come_from_stays(line: str) -> None:
    kept, _ = drop_bylines(lines(LEAD, line, REST))
    assert [p.text for p in kept] == [LEAD, line, REST]


def test_a_line_that_names_a_picture_file_in_a_sentence_stays() -> None:
    line = "请将照片命名为姓名.jpg后报送。"
    kept, _ = drop_bylines(lines(LEAD, line, REST))
    assert [p.text for p in kept] == [LEAD, line, REST]


def test_a_dispatch_s_opening_sentence_stays() -> None:
    first = "新华社北京3月12日电 全县义务植树活动12日在城东湿地公园举行，县委书记参加植树。"
    kept, note = drop_bylines(lines(first, REST))
    assert len(kept) == 2 and note is None


def test_a_bracketed_note_that_names_no_source_stays() -> None:
    kept, _ = drop_bylines(lines(LEAD, "（全县共植树十万株）", REST))
    assert len(kept) == 3


def test_a_sentence_about_an_author_stays() -> None:
    text = "作者王建国在书中写道，植树造林是一件功在当代、利在千秋的大事。"
    kept, _ = drop_bylines(lines(LEAD, text, REST))
    assert len(kept) == 3


SPEECH = "同志们：今天我们召开全乡植树造林动员大会，主要任务是总结去年工作，部署今年任务。"
SPEECH_END = "同志们，植树造林功在当代、利在千秋，让我们共同努力，把全乡建设得更加美丽！"


@pytest.mark.parametrize(
    "notice",
    [
        "（未完，全文共2400字）\n更多内容请登录后查看",
        "……（未完待续，全文共5200字，余下的内容见下方。\n下载《在全乡植树造林动员大会上的讲话》）",
        "预览结束。\n需要全文的读者请在下方留言 abc123",
    ],
)
def test_a_document_sites_notice_that_the_copy_is_cut_ends_the_text(read_text, notice: str) -> None:
    source = read_text(f"在全乡植树造林动员大会上的讲话\n{SPEECH}\n{notice}\n")
    assert texts(source) == [SPEECH]


@pytest.mark.parametrize("notice", ["以下隐藏1200字，请登录查看", "……（此处省略650字，注册后阅读）"])
def test_a_passage_hidden_from_non_members_leaves_no_line(read_text, notice: str) -> None:
    source = read_text(f"在全乡植树造林动员大会上的讲话\n{SPEECH}\n{notice}\n{SPEECH_END}\n")
    assert texts(source) == [SPEECH, SPEECH_END]


def test_a_journal_s_note_on_its_author_without_gender_is_no_text(read_text) -> None:
    bio = "作者简介：王建国，某某学院讲师，主要从事基层治理研究。"
    source = read_text(f"关于基层党建工作的几点思考\n{bio}\n{SPEECH}\n{SPEECH_END}\n")
    assert bio not in texts(source)


@pytest.mark.parametrize(
    "tail",
    [
        "责任编辑：李华\n校对：王芳\n长按关注\n出品：某某县融媒体中心",
        "网友评论：\n用户名：\n评论内容：\n发表",
        "手机分享本文：",
        "网站使用条款>>>",
        "文字：刘芳\n图片：王华\n编辑：李明\n审核：赵强\n长按识别二维码关注",
        "（本文系某某党建原创，转载请注明出处）\n主 编：李明监 制：王华投稿邮箱：ab@example.com值班编辑：赵 强",
        "小编微信：abc123\n原文有误？点此查看原网页",
        "点击阅读原文",
        "撰稿：刘芳\n图片：王华\n审核：赵强\n终审：李明",
        "撰文：刘芳\n审稿：赵强",
        "发表评论\n您的电子邮件地址不会被公开，必填项已标注",
        to_traditional("我要留言\n留言者的电子邮件地址不会公开。"),
    ],
)
def test_what_a_page_or_an_account_sets_after_the_text_goes(read_text, tail: str) -> None:
    source = read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}\n{tail}\n")
    assert texts(source) == [SPEECH, SPEECH_END]


def test_a_closing_sentence_on_e_mail_addresses_is_no_comment_form(read_text) -> None:
    last = "平台承诺，用户的电子邮件地址不会被公开，个人信息受到法律保护。"
    assert texts(read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}\n{last}\n"))[-1] == last


def test_a_closing_paragraph_that_opens_with_a_credit_s_word_stays(read_text) -> None:
    last = "编辑：我们要把这件事办实办好，让群众看到实实在在的变化。"
    assert texts(read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}\n{last}\n"))[-1] == last


def test_a_signature_before_the_credits_stays(read_text) -> None:
    source = read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}\n王建国\n编辑：李华\n")
    assert texts(source) == [SPEECH, SPEECH_END, "王建国"]


@pytest.mark.parametrize("credit", ["图片来源：某某网", "（图片来源：某某县融媒体中心）", "照片提供：林业站"])
def test_a_caption_closed_by_its_pictures_source_is_no_text(read_text, credit: str) -> None:
    caption = f"3月12日，全乡干部群众在东山参加义务植树活动。{credit}"
    source = read_text(f"全乡植树造林工作全面展开\n{caption}\n{SPEECH}\n{SPEECH_END}\n")
    assert texts(source) == [SPEECH, SPEECH_END]


@pytest.mark.parametrize("note", ["【某某网收录关键词：植树 造林 绿化 】", "[本站关键字：植树造林]"])
def test_a_sites_keyword_note_under_the_title_is_no_text(read_text, note: str) -> None:
    title = "全乡植树造林工作全面展开"
    source = read_text(f"{title}\n{note}\n{title}\n{SPEECH}\n{SPEECH_END}\n")
    assert (source.title, texts(source)) == (title, [SPEECH, SPEECH_END])


def test_lines_of_marks_or_figures_alone_do_not_vote_on_a_bilingual_page() -> None:
    from study.read.repair import drop_translations

    english = ["Why the spring planting matters to every village", "Abstract The forests of the county are growing"]
    paras = lines(SPEECH, "/ 5", "* * *", "- 3 -", *english, SPEECH_END)
    kept, _ = drop_translations(paras)
    assert [p.text for p in kept] == [SPEECH, "/ 5", "* * *", "- 3 -", SPEECH_END]


@pytest.mark.parametrize(
    "credits", ["（供稿：刘芳 校对：王华 责编：李明）", "(文/刘芳 图/王华)", "（责任编辑：王五 李四）"]
)
def test_a_row_of_credits_in_brackets_closing_the_text_is_no_text(read_text, credits: str) -> None:
    source = read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}{credits}\n")
    assert texts(source) == [SPEECH, SPEECH_END]


@pytest.mark.parametrize(
    "intro",
    [
        "下面是小编为大家整理的全乡植树造林动员大会讲话，供大家参考。",
        "以下是本站为您精心整理的讲话稿，希望对您有所帮助！",
    ],
)
def test_a_document_sites_word_before_the_copy_is_no_text(read_text, intro: str) -> None:
    source = read_text(f"{intro}\n{SPEECH}\n{SPEECH_END}\n")
    assert texts(source) == [SPEECH, SPEECH_END]


def test_a_pages_template_left_in_the_copy_is_no_text(read_text) -> None:
    residue = "cms_field 要闻 id=12 /field-->"
    source = read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}\n{residue}\n")
    assert texts(source) == [SPEECH, SPEECH_END]


def test_a_lone_label_over_the_texts_last_lines_is_no_comment_form(read_text) -> None:
    source = read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{SPEECH_END}\n附件：\n1.报名表\n2.汇总表\n")
    assert "附件：" in texts(source)[-3:] and "2.汇总表" in texts(source)[-1]


def test_a_short_paragraph_on_what_members_may_see_stays(read_text) -> None:
    rule = "第八条 会员可查看本会的年度工作报告。"
    source = read_text(f"某某县林业协会章程\n{SPEECH}\n{rule}\n{SPEECH_END}\n")
    assert texts(source) == [SPEECH, rule, SPEECH_END]


@pytest.mark.parametrize("address", ["某某省某某市林业路 100000", "某某县林业局 邮编 100000"])
def test_an_address_with_its_postcode_in_the_text_stays(read_text, address: str) -> None:
    source = read_text(f"全乡植树造林工作全面展开\n{SPEECH}\n{address}\n{SPEECH_END}\n")
    assert texts(source) == [SPEECH, address, SPEECH_END]


@pytest.mark.parametrize(
    "caption", ["全体与会人员合影", "党员代表在展馆前留影", to_traditional("县委领导与先进个人合影留念")]
)
def test_a_group_picture_s_caption_alone_on_its_line_goes(caption: str) -> None:
    kept, note = drop_captions(lines(LEAD, caption, LONG + REST))
    assert [p.text for p in kept] == [LEAD, LONG + REST] and note


@pytest.mark.parametrize("line", ["会议结束后，全体与会人员在县委大院合影留念。", "二、一张珍贵的老合影"])
def test_a_sentence_or_a_heading_that_tells_of_a_group_picture_stays(line: str) -> None:
    kept, _ = drop_captions(lines(LEAD, line))
    assert [p.text for p in kept] == [LEAD, line]


def _forum_page(lines: list[str], hide: str) -> str:
    """A made-up forum post: its lines set apart by <br>, each followed by a junk run in a hiding element."""
    junk = [run.replace("&", "&amp;").replace("<", "&lt;") for run in JUNK]
    rows = "".join(f"{line}<{hide}>{junk[k % len(junk)]}</{hide.split()[0]}><br>\n" for k, line in enumerate(lines))
    head = '<html><head><meta charset="utf-8"><title>植树倡议 - 某某论坛</title></head>'
    return f'{head}<body><div class="nav">首页 › 论坛</div><table><tr><td>\n{rows}</td></tr></table></body></html>'


FORUM_POST = [
    "1、栽好一棵树",
    "每名干部每年至少义务栽种一棵树，并负责浇水管护到成活。",
    "2、管好一片林",
    "各村要把护林责任落实到人，防止乱砍滥伐和林下失火。",
    "3、用好一块地",
    "荒山荒坡要因地制宜种植经济林，增加村集体和群众收入。",
]


@pytest.mark.parametrize("hide", ['font class="jammer"', 'span style="display:none"', 'span style="font-size:0px"'])
def test_a_page_s_hidden_junk_leaves_nothing_and_keeps_its_lines_apart(read_bytes, hide: str) -> None:
    source = read_bytes(_forum_page(FORUM_POST, hide).encode("utf-8"), "post.html")
    assert texts(source) == FORUM_POST


def test_junk_a_page_shows_in_its_text_is_taken_out_of_the_text_not_its_markup(read_bytes) -> None:
    rows = "".join(f"<p>{line} {JUNK[k % len(JUNK)]}</p>\n" for k, line in enumerate(FORUM_POST))
    page = f'<html><head><meta charset="utf-8"></head><body><div>{rows}</div></body></html>'
    source = read_bytes(page.encode("utf-8"), "post.html")
    assert texts(source) == FORUM_POST


@pytest.mark.parametrize("style", ["display:none", "visibility:hidden"])
def test_an_article_block_a_script_shows_is_read(read_bytes, style: str) -> None:
    # a page may hide its whole text until its script runs (as WeChat's does): a block so styled is no junk
    rows = "".join(f"<p>{line}</p>\n" for line in FORUM_POST)
    page = f'<html><head><meta charset="utf-8"></head><body><div style="{style}">{rows}</div></body></html>'
    assert texts(read_bytes(page.encode("utf-8"), "post.html")) == FORUM_POST


SITE_TERMS = [
    "1、某某文档网所有文档均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。",
    "2、本站不保证下载资源的准确性、安全性和完整性，也不承担用户因使用这些下载资源造成的损失。",
    "3、VIP文档为合作方或网友上传，每下载1次，网站将对文档贡献者给予补贴。",
]
PLAN = ["关于加强档案管理的实施方案", "一、总体要求", "坚持依法管理，全面提高档案工作水平。", "二、主要任务"]


@pytest.mark.parametrize("notice", [[], ["全文预览已结束"], ["全文預覽已結束"]])
def test_a_document_sites_terms_after_the_text_go(read_text, notice: list[str]) -> None:
    items = ["1、规范档案归档流程。", "2、加强档案库房管理。"]
    source = read_text("\n".join([*PLAN, *items, *notice, *SITE_TERMS]) + "\n")
    assert texts(source)[-2:] == items


def test_a_texts_own_last_items_on_files_and_downloads_stay(read_text) -> None:
    items = ["1、规范文档下载管理，严禁上传涉密文件。", "2、各单位网站要加强文档审核，防止侵权。"]
    source = read_text("\n".join([*PLAN, *items]) + "\n")
    assert texts(source)[-2:] == items


def test_a_model_essay_sites_stamps_among_the_lines_go(read_text) -> None:
    text = "\n\n".join(
        [
            "植树造林动员会讲稿",
            "同志们： 绿文汇,办公范文之家",
            LEAD,
            "绿文汇 www.lvwenhui.com",
            "一、提高认识 稿林网 www.gaolin.cn",
            LONG + REST,
            "绿文汇,办公范文之家",
            "二、落实责任 绿文汇,办公范文之家",
            CAPTION.replace("本报记者 王建国 摄", ""),
        ]
    )
    assert texts(read_text(text)) == [
        "同志们：",
        LEAD,
        "一、提高认识",
        LONG + REST,
        "二、落实责任",
        CAPTION.replace("本报记者 王建国 摄", ""),
    ]


def test_a_slogan_alone_or_a_web_address_in_a_sentence_stays(read_text) -> None:
    body = ["人人植树，家家添绿", LEAD, "详见县林业局网站 www.lyj.gov.cn。", LONG + REST]
    assert texts(read_text("\n\n".join(["植树造林动员会讲稿", *body]))) == body
