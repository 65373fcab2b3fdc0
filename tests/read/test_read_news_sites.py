"""News sites' page furniture on made-up pages: a Taiwan or Hong Kong paper's menu rows, column label, photo
credits and bylines, an app's prompts, and the terms and links a page sets after its article."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from study.model import Source
from study.script import to_traditional

ReadText = Callable[[str], Source]

HEADLINE = "县里召开秋收工作推进会"
FIRST = "十月八日，县里召开秋收工作推进会，部署全县秋粮收购和农机调度工作，各乡镇负责同志参加会议。"
SECOND = "会议要求，各乡镇要抓好晴好天气抢收抢晒，确保颗粒归仓，并做好秸秆综合利用和烘干设备的调配。"
MENU = "首 新闻 政务 经济 社会 文化 体育 图片 视频 专题"


def texts(source: Source) -> list[str]:
    """The paragraphs' texts."""
    return [p.text for p in source.paragraphs]


def test_a_row_of_menu_words_over_the_headline_is_navigation(read_text: ReadText) -> None:
    page = "\n".join(["某某日报", MENU.replace("首", "首页"), "评论 > 专栏", "", HEADLINE, "", FIRST, SECOND])
    source = read_text(to_traditional(page))
    assert source.title == to_traditional(HEADLINE)
    assert texts(source) == [to_traditional(FIRST), to_traditional(SECOND)]


def test_a_row_of_names_in_the_text_stays(read_text: ReadText) -> None:
    names = "张建国 李明华 王立新 赵志刚 刘文军 陈国庆 杨晓东 周海涛"
    page = "\n".join([HEADLINE, "", FIRST, "出席会议的有：", names, SECOND])
    assert names in texts(read_text(page))


def test_a_headline_of_a_few_spaced_phrases_is_no_menu(read_text: ReadText) -> None:
    headline = "抓秋收 保丰收 促增收 开新局"
    assert read_text("\n".join([headline, "", FIRST, SECOND])).title == headline


@pytest.mark.parametrize("widget", ["下载APP", "标签", "某某新闻 Logo"])
def test_an_app_prompt_a_tag_label_and_a_logo_over_the_headline_are_navigation(
    read_text: ReadText, widget: str
) -> None:
    source = read_text("\n".join(["某某新闻 天天看点", widget, "", HEADLINE, "", FIRST, SECOND]))
    assert source.title == HEADLINE and texts(source) == [FIRST, SECOND]


@pytest.mark.parametrize("credit", ["（圖／中央社）", "（美聯社檔案照）"])
def test_a_caption_with_a_taiwan_papers_photo_credit_is_taken_out(read_text: ReadText, credit: str) -> None:
    caption = to_traditional("农机手在田间收割稻谷，烘干中心满负荷运转。") + credit
    source = read_text("\n".join([HEADLINE, "", FIRST, caption, SECOND]))
    assert texts(source) == [FIRST, SECOND]


@pytest.mark.parametrize(("byline", "name"), [("記者林志明／台北報導", "林志明"), ("◎ 陈永康", "陈永康")])
def test_a_byline_among_the_first_lines_names_the_author(read_text: ReadText, byline: str, name: str) -> None:
    # under the lead paragraph, as a Taiwan paper sets it
    source = read_text("\n".join([HEADLINE, "", FIRST, "", byline, "", SECOND]))
    assert source.meta.author == name and texts(source) == [FIRST, SECOND]


def test_a_column_label_the_headline_carries_is_set_again_over_the_article(read_text: ReadText) -> None:
    source = read_text("\n".join(["农事专栏》" + HEADLINE, "", FIRST, "农事专栏", SECOND]))
    assert texts(source) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "tail",
    [
        ["编辑：周明", "某某日报", "某某日报客户端", "本网所刊登的各类信息，未经书面授权，不得转载或使用"],
        ["© 2010-2024 某某县融媒体中心"],
        ["详情请看：https://example.com/a/123", "责任编辑：周明"],
    ],
)
def test_the_terms_copyright_and_links_after_the_article_go(read_text: ReadText, tail: list[str]) -> None:
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, *tail]))) == [FIRST, SECOND]


def test_a_sentence_on_reprints_in_the_text_stays(read_text: ReadText) -> None:
    terms = "会议强调，未经批准，任何单位不得擅自转载、使用收购价格数据，违者依规追究责任。"
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, terms]))) == [FIRST, SECOND, terms]


def test_a_privacy_banner_a_language_prompt_and_an_app_icon_over_the_headline_go(read_text: ReadText) -> None:
    banner = [
        "为改善服务，本站会记录您的浏览偏好；我们重视您的隐私，继续使用即视为同意。",
        "Your browser does not support this edition. Would you like to go to our English site?",
        "こちらは中国語版のページです。日本語版に移動しますか。",
        "某某新闻APP Icon某某新闻APP",
    ]
    page = [*banner, "", HEADLINE, "", "使用朗读功能前，请先同意我们的隐私政策。", FIRST, SECOND]
    source = read_text(to_traditional("\n".join(page)))
    assert source.title == to_traditional(HEADLINE)
    assert texts(source) == [to_traditional(FIRST), to_traditional(SECOND)]


def test_a_sentence_on_privacy_and_consent_in_the_text_stays(read_text: ReadText) -> None:
    rule = "收集个人信息，应当征得本人同意，不得泄露个人隐私。"
    assert rule in texts(read_text("\n".join([HEADLINE, "", FIRST, rule, SECOND])))


def test_an_apps_promotion_after_the_article_goes(read_text: ReadText) -> None:
    tail = ["某某社「掌上新闻」 app", "iOS App下载Android App下载"]
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, *tail]))) == [FIRST, SECOND]


def test_a_reposts_original_title_line_names_the_title(read_text: ReadText) -> None:
    source = read_text("\n".join(["2024年10月9日 来源：某某日报", "原标题：" + HEADLINE, FIRST, SECOND]))
    assert source.title == HEADLINE and texts(source) == [FIRST, SECOND]


def test_a_reposts_original_title_run_into_the_text_is_split_from_it(read_text: ReadText) -> None:
    source = read_text("\n".join(["2024年10月9日 来源：某某日报", "原标题：" + HEADLINE + " " + FIRST, SECOND]))
    assert source.title == HEADLINE and texts(source) == [FIRST, SECOND]


def test_a_lost_glyph_before_the_headline_goes(read_text: ReadText) -> None:
    assert read_text("\n".join(["?" + HEADLINE, "", FIRST, SECOND])).title == HEADLINE


def test_a_reposts_title_names_the_paper_after_a_dash(read_text: ReadText) -> None:
    source = read_text("\n".join(["《" + HEADLINE + "》——某某晨报", FIRST, SECOND]))
    assert source.title == HEADLINE and source.meta.publication == "某某晨报"


def test_a_books_title_and_its_author_after_a_dash_name_no_paper(read_text: ReadText) -> None:
    source = read_text("\n".join(["《乡村治理》——张建国", FIRST, SECOND]))
    assert source.meta.publication is None


@pytest.mark.parametrize(
    ("byline", "name"), [("Jane Doe", "Jane Doe"), ("——某某农业研究会理事会", "某某农业研究会理事会")]
)
def test_a_byline_on_the_first_line_under_the_title_names_the_author(
    read_text: ReadText, byline: str, name: str
) -> None:
    source = read_text("\n".join([HEADLINE, byline, "", FIRST, SECOND]))
    assert source.meta.author == name and texts(source) == [FIRST, SECOND]


def test_a_subtitle_after_a_dash_is_no_byline(read_text: ReadText) -> None:
    source = read_text("\n".join([HEADLINE, "——在全县秋收工作推进会上的讲话", "", FIRST, SECOND]))
    assert source.meta.author is None


def test_a_paywalled_copys_cut_notice_ends_the_text(read_text: ReadText) -> None:
    tail = [
        "-本文未完，本篇为某某网会员文章-",
        "订阅本站即可阅读余下全部内容",
        "更多文章",
        "某某观点：秋粮收购的几点看法",
    ]
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, *tail]))) == [FIRST, SECOND]


def test_a_dispatch_line_alone_and_a_lead_picture_mark_go(read_text: ReadText) -> None:
    page = [HEADLINE, "", "首图", FIRST, SECOND, to_traditional("（县城八日电）")]
    assert texts(read_text("\n".join(page))) == [FIRST, SECOND]


def test_a_caption_set_twice_with_its_agency_goes(read_text: ReadText) -> None:
    caption = "农机手在田间收割稻谷。（某某社）"
    assert texts(read_text("\n".join([HEADLINE, "", caption, caption, "", FIRST, SECOND]))) == [FIRST, SECOND]


def test_a_font_size_bar_with_its_separators_is_the_pages(read_text: ReadText) -> None:
    source = read_text("\n".join(["字体:小 中 大 | |", "|", "2024/10/08 09:12:30 浏览 86", FIRST, SECOND]))
    assert source.title is None and texts(source) == [FIRST, SECOND]


def test_a_papers_kicker_between_its_headline_and_the_repeat_goes(read_text: ReadText) -> None:
    page = ["2024年10月9日", "第A04版：本地", "", HEADLINE, "", "全县秋粮收购进度过半", "", HEADLINE, "", FIRST, SECOND]
    source = read_text("\n".join(page))
    assert source.title == HEADLINE and texts(source) == [FIRST, SECOND]


def test_a_headline_with_commas_under_the_sites_name_is_the_title(read_text: ReadText) -> None:
    headline = "农事论坛》秋收过半，烘干要跟上"
    source = read_text("\n".join(["某某电子报", headline, "", "2024/10/08 05:30", "", FIRST, SECOND]))
    assert source.title == headline


def test_a_qa_sites_escaped_breaks_without_underscores_split_the_paragraphs(read_text: ReadText) -> None:
    answer = "秋收的要求 x0dx0ax0dx0a一、抢收。天晴就收。 x0dx0ax0dx0a二、抢晒。收后就晒。"
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, answer]))) == [
        FIRST,
        "秋收的要求",
        "一、抢收。天晴就收。",
        "二、抢晒。收后就晒。",
    ]


def test_a_sites_greeting_before_the_copy_goes(read_text: ReadText) -> None:
    greeting = "大家好！今天让某某网的小编来给大家介绍下关于秋收工作的问题，一起来看看吧。"
    assert texts(read_text("\n".join([HEADLINE, "", greeting, FIRST, SECOND]))) == [FIRST, SECOND]


def test_a_sites_footer_naming_its_builder_goes(read_text: ReadText) -> None:
    footer = "某某县农业农村局主办 技术支持：某某信息中心"
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, footer]))) == [FIRST, SECOND]


def test_a_sites_outline_over_the_title_is_no_title_nor_text(read_text: ReadText) -> None:
    outline = "【提纲】一、抓好抢收。（一）看天收割。二、抓好烘干。（一）设备调配。"
    source = read_text("\n".join([outline, HEADLINE, "同志们：", FIRST, SECOND]))
    assert source.title == HEADLINE and texts(source) == ["同志们：", FIRST, SECOND]


def test_a_study_outline_titled_so_keeps_its_title(read_text: ReadText) -> None:
    assert read_text("\n".join(["秋收工作学习提纲", "", FIRST, SECOND])).title == "秋收工作学习提纲"


def test_a_papers_byline_naming_reporters_and_correspondents_is_no_title(read_text: ReadText) -> None:
    source = read_text("\n".join(["本报记者 林志明 通讯员 王晓红 赵立新", FIRST, SECOND]))
    assert source.title is None and source.meta.author == "林志明 王晓红 赵立新"
    assert texts(source) == [FIRST, SECOND]


def test_an_accounts_editor_credit_set_off_by_an_underscore_goes(read_text: ReadText) -> None:
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, "编 辑 _ 周明"]))) == [FIRST, SECOND]


def test_a_caption_said_twice_on_its_line_goes(read_text: ReadText) -> None:
    caption = "农机手在田间收割稻谷。 农机手在田间收割稻谷。"
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, caption, SECOND]))) == [FIRST, SECOND]


def test_a_headline_with_commas_over_its_date_is_the_title(read_text: ReadText) -> None:
    headline = "某某专栏：秋收过半，烘干设备跟得上吗？"
    source = read_text("\n".join([headline, "", "2024-10-08 14:10", "", FIRST, SECOND]))
    assert source.title == headline and source.meta.date == "2024-10-08"


def test_a_paywalls_label_before_the_headline_is_no_part_of_it(read_text: ReadText) -> None:
    source = read_text("\n".join(["VIP 专属文章 " + HEADLINE, "", "2024-10-08 14:10", "", FIRST, SECOND]))
    assert source.title == HEADLINE


def test_a_long_line_of_letters_over_the_text_is_passed_quickly(read_text: ReadText) -> None:
    start = time.perf_counter()
    read_text("\n".join(["a" * 50_000, HEADLINE, "", FIRST, SECOND]))
    assert time.perf_counter() - start < 2.0


def test_a_first_paragraph_on_privacy_and_consent_under_a_menu_stays(read_text: ReadText) -> None:
    first = "入户登记涉及群众隐私的，须经本人同意。"
    source = read_text("\n".join([MENU, "", HEADLINE, "", first, FIRST, SECOND]))
    assert source.title == HEADLINE and texts(source) == [first, FIRST, SECOND]


def test_a_heading_with_a_logo_in_its_words_under_a_menu_stays(read_text: ReadText) -> None:
    heading = "三、活动Logo及吉祥物"
    assert heading in texts(read_text("\n".join([MENU, "", HEADLINE, "", FIRST, heading, SECOND])))


def test_a_row_of_many_names_over_the_text_is_the_byline(read_text: ReadText) -> None:
    names = "张建国 李明华 王立新 赵志刚 刘文军 陈国庆 杨晓东 周海涛"
    source = read_text("\n".join([HEADLINE, names, "", FIRST, SECOND]))
    assert source.title == HEADLINE and source.meta.author == names


def test_a_closing_section_on_technical_support_or_a_rule_on_consent_stays(read_text: ReadText) -> None:
    support = "五、技术支持：县农机中心负责烘干设备的调配和维修，确保设备运转正常。"
    rule = "（三）未经乡镇同意，不得擅自调用烘干设备"
    for last in (support, rule):
        assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, last]))) == [FIRST, SECOND, last]


def test_a_mark_opening_each_profiles_name_is_no_byline(read_text: ReadText) -> None:
    profiles = ["◎ 王建国", FIRST, "◎ 李秀英", SECOND]
    source = read_text("\n".join(["身边的榜样", "", "本期推出两位基层干部的事迹。", *profiles]))
    assert source.meta.author is None and texts(source) == ["本期推出两位基层干部的事迹。", *profiles]


def test_a_question_mark_wrapped_to_the_next_line_stays(read_text: ReadText) -> None:
    asked = "各乡镇怎样才能做到颗粒归仓呢"
    answer = "？关键在于抓好烘干设备的调配，做到应收尽收。"
    assert answer in "".join(texts(read_text("\n".join([HEADLINE, "", FIRST, asked, answer, SECOND]))))


@pytest.mark.parametrize("subtitle", ["——记某某县农技推广中心", "——访某某农业大学"])
def test_a_reports_subtitle_naming_whom_it_portrays_is_no_byline(read_text: ReadText, subtitle: str) -> None:
    source = read_text("\n".join(["扎根田野的科技之光", "", subtitle, FIRST, SECOND]))
    assert source.meta.author is None and texts(source) == [subtitle, FIRST, SECOND]


def test_a_headline_quoting_a_japanese_word_is_the_title(read_text: ReadText) -> None:
    headline = "「ありがとう」背后的秋收故事"
    assert read_text("\n".join([headline, "", FIRST, SECOND])).title == headline
