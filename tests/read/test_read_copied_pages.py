"""Pages as users copy them, on made-up text: a page copied as text that only its stamp shows to be one, a source
field with the page's date after it, a front matter's comments, a title the page names only in its footer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from study.model import Source
from tests.read.makers import texts

ReadText = Callable[..., Source]

HEADLINE = "县里召开秋收工作推进会"
FIRST = "十月八日，县里召开秋收工作推进会，部署全县秋粮收购和农机调度工作，各乡镇负责同志参加会议。"
SECOND = "会议要求，各乡镇要抓好晴好天气抢收抢晒，确保颗粒归仓，并做好秸秆综合利用和烘干设备的调配。"


def test_a_dateline_to_the_minute_under_the_headline_shows_a_page_and_its_chrome(read_text: ReadText) -> None:
    page = "\n".join(["NEWS", "学院动态", HEADLINE, "2023-10-08 09:30     (点击: )", "", FIRST, SECOND])
    source = read_text(page)
    assert (source.title, source.meta.date) == (HEADLINE, "2023-10-08")
    assert texts(source) == [FIRST, SECOND]


def test_a_source_row_with_the_pages_time_shows_a_page(read_text: ReadText) -> None:
    page = "\n".join(
        ["用户登录投稿", "某某文学网主办", HEADLINE, "来源:某某日报 |   2023年10月08日09:30", "", FIRST, SECOND]
    )
    source = read_text(page)
    assert (source.title, source.meta.date, source.meta.publication) == (HEADLINE, "2023-10-08", "某某日报")
    assert texts(source) == [FIRST, SECOND]


def test_a_row_of_fields_with_the_pages_time_shows_a_page(read_text: ReadText) -> None:
    fields = "作者:某某资料网 时间:2023-10-08 14:39:19   浏览:9201   来源:某某资料网"
    page = "\n".join([HEADLINE, "", fields, "下载地址: 点击此处下载", "", FIRST, SECOND])
    assert texts(read_text(page)) == [FIRST, SECOND]


def test_a_notices_meeting_time_makes_no_page(read_text: ReadText) -> None:
    notice = "\n".join(
        [
            "关于召开学习会的通知",
            "",
            "各党支部：",
            "定于下周召开学习会。",
            "时间：2023年5月8日 9:30",
            "地点：三楼会议室",
        ]
    )
    assert "地点：三楼会议室" in texts(read_text(notice))


def test_a_front_matters_comments_are_no_part_of_its_values(read_text: ReadText) -> None:
    front = [
        "---",
        f'title: "{HEADLINE}" # Title of the blog post.',
        "date: 2023-10-08T21:23:31+08:00 # Date of post creation.",
        "# menu: main",
        "tags: [秋收, 农机] # Tags of the post.",
        "---",
    ]
    source = read_text("\n".join([*front, "", FIRST, "", SECOND]), "post.md")
    assert (source.title, source.meta.date, source.meta.keywords) == (HEADLINE, "2023-10-08", ("秋收", "农机"))


def test_a_hash_inside_a_front_matter_value_stays(read_text: ReadText) -> None:
    source = read_text("\n".join(["---", "title: 学习C#与第#3期 笔记", "---", "", FIRST]), "post.md")
    assert source.title == "学习C#与第#3期 笔记"


def test_a_widgets_bullet_alone_over_the_headline_joins_no_line(read_text: ReadText) -> None:
    page = "\n".join(
        ["•", "您现在的位置：首页 > 新闻", "", HEADLINE, "2023-10-08 09:30 来源：某某日报", "", FIRST, SECOND]
    )
    assert texts(read_text(page)) == [FIRST, SECOND]


def test_a_title_the_page_names_only_in_its_footer_is_the_title(read_text: ReadText) -> None:
    footer = ["微信扫一扫，用手机看本文并分享给朋友", f"本文标题：{HEADLINE}", "版权声明：作者原创，不得转载。"]
    source = read_text("\n".join([FIRST, SECOND, *footer]))
    assert (source.title, texts(source)) == (HEADLINE, [FIRST, SECOND])


def test_a_share_row_under_a_headline_set_twice_is_no_second_headline(read_text: ReadText) -> None:
    titled = f"某某观察 | 今天，{HEADLINE}"
    page = "\n".join([titled, titled, "2023-10-08 09:30:16 来源：某某社", "微博", "Qzone", "", FIRST, SECOND])
    source = read_text(page)
    assert (source.title, texts(source)) == (titled, [FIRST, SECOND])


def test_a_document_sites_card_under_the_title_it_names_goes(read_text: ReadText) -> None:
    card = [
        "• 24.50 KB",
        "• 2023-03-29 发布",
        "",
        "秋收工作心得体会",
        "",
        "• 2页",
        "• 本资料由会员上传分享，下载所得归上传者所有",
        "1. 1、本文档由用户上传，某某文库整理发布，可阅读全部内容。",
        "2. 网站客服QQ:12345678",
    ]
    source = read_text("\n".join([*card, FIRST, SECOND]))
    assert (source.title, texts(source)) == ("秋收工作心得体会", [FIRST, SECOND])


def test_a_mirrors_starred_headline_under_its_spam_in_sentences_is_the_title(read_text: ReadText) -> None:
    spam = [
        "手机：13800000000(同微信)",
        "好运平台官方 - app注册",
        "本文导读：好运平台始终坚持以客户为中心，只为给每位会员带来最好的体验！",
    ]
    source = read_text("\n".join([*spam, "", f"{HEADLINE}******", "", FIRST, SECOND]))
    assert (source.title, texts(source)) == (HEADLINE, [FIRST, SECOND])


def test_a_forums_floor_and_thread_buttons_go(read_text: ReadText) -> None:
    thread = [
        "查看: 1058|回复: 0",
        HEADLINE,
        "[复制链接]",
        "跳转到指定楼层",
        "楼主",
        "发表于 2023-10-8 11:01:16 | 只看该作者",
    ]
    source = read_text("\n".join([*thread, FIRST, SECOND]))
    assert (source.title, texts(source)) == (HEADLINE, [FIRST, SECOND])


def test_a_videos_prompt_over_the_text_goes(read_text: ReadText) -> None:
    source = read_text("\n".join(["文/图 张明 李华", "点击视频，一起看秋收", FIRST, SECOND]))
    assert texts(source) == [FIRST, SECOND]


def test_a_pages_summary_of_its_opening_cut_short_goes(read_text: ReadText) -> None:
    summary = "摘要：" + FIRST[:30]  # cut mid-phrase, as the page's set length cuts it
    source = read_text("\n".join([summary, FIRST, "", SECOND, "责任编辑：王某"]))
    assert texts(source) == [FIRST, SECOND]


def test_a_pictures_caption_with_its_agencys_credit_is_no_title(read_text: ReadText) -> None:
    caption = "县长在县政府会见来宾(某某社 张三攝) |"
    page = "\n".join(["|", caption, "某某社十月八日电(记者 张三)" + FIRST, SECOND, "|"])
    source = read_text(page)
    assert source.title is None
    assert caption not in texts(source)


def test_a_breadcrumb_that_sets_its_columns_name_again_is_navigation(read_text: ReadText) -> None:
    long_headline = "从“秋收”看丰收精神——某某县与周边县乡秋收工作经验交流会与会代表参观农机合作社侧记"
    page = "\n".join(
        ["首页>要闻 要闻", "", long_headline, "", "2023年10月08日 21:44 | 来源：某某社", "", FIRST, SECOND]
    )
    source = read_text(page)
    assert (source.title, texts(source)) == (long_headline, [FIRST, SECOND])


def test_a_rail_of_more_videos_and_a_comment_box_after_the_text_go(read_text: ReadText) -> None:
    tail = ["视频更 多", "某地举办丰收节 农民载歌载舞庆丰收", "评论", "发表", "查看更多", "加载中……"]
    page = "\n".join(["首页 -> 要闻", HEADLINE, "", FIRST, SECOND, *tail])
    assert texts(read_text(page)) == [FIRST, SECOND]


def test_a_document_sites_word_for_its_uploader_names_no_author(read_text: ReadText) -> None:
    page = "\n".join([HEADLINE, "", "时间:2023-10-08 10:45:55 下载本文 作者:会员上传", "", FIRST, SECOND])
    assert read_text(page).meta.author is None


def test_a_link_to_the_whole_text_alone_goes(read_text: ReadText) -> None:
    assert texts(read_text("\n".join([HEADLINE, "", FIRST, SECOND, "", "阅读全文"]))) == [FIRST, SECOND]


def test_a_blog_posts_row_of_category_date_and_comments_dates_it(read_text: ReadText) -> None:
    row = "#默认分类 | 2023-10-8 | 0条评论"
    plain = read_text("\n".join([HEADLINE, row, "", FIRST, SECOND]))
    page = f"<html><body><div><font size='6'>{HEADLINE}</font></div><info>{row}</info><br><p>{FIRST}</p><p>{SECOND}</p>"
    for source in (plain, read_text(page + "</body></html>", "post.html")):
        assert (source.title, source.meta.date, texts(source)) == (HEADLINE, "2023-10-08", [FIRST, SECOND])


@pytest.mark.parametrize("row", ["发表于 2023-10-08 | 分类于 随笔 | 阅读次数 215", "2023-10-08 | 学习 | 阅读次数 12"])
def test_a_blog_themes_row_with_its_word_for_posting_and_a_count_dates_the_post(read_text: ReadText, row: str) -> None:
    plain = read_text("\n".join([HEADLINE, row, "", FIRST, SECOND]))
    marked = read_text("\n".join([f"# {HEADLINE}", "", row, "", FIRST, "", SECOND]), "post.md")
    for source in (plain, marked):
        assert (source.title, source.meta.date, texts(source)) == (HEADLINE, "2023-10-08", [FIRST, SECOND])


def test_a_note_that_opens_on_its_one_hash_heading_is_markdown(read_text: ReadText) -> None:
    source = read_text("\n".join([f"# {HEADLINE}", "", FIRST, "", SECOND]))
    assert (source.title, texts(source)) == (HEADLINE, [FIRST, SECOND])
    tagged = read_text("\n".join([f"#秋收#{FIRST}", "", SECOND]))  # a post's topic tag opens no heading
    assert tagged.title is None and texts(tagged)[-1] == SECOND


@pytest.mark.parametrize("label", ["**最近文章**", "近期评论", "标签云", "## 文章归档", "友情链接"])
def test_a_blog_sidebars_widget_after_the_post_ends_its_text(read_text: ReadText, label: str) -> None:
    post = ["[首页](/) | [归档](/archives) | [关于](/about)", "", f"# {HEADLINE}", "", FIRST, "", SECOND, ""]
    sidebar = [label, "", "- [另一篇学习心得](/p/2)", "- [又一篇读书笔记](/p/1)", "", "© 2024 某某的博客"]
    assert texts(read_text("\n".join(post + sidebar), "post.md")) == [FIRST, SECOND]


def test_a_model_essay_sites_count_and_mark_after_the_title_go(read_text: ReadText) -> None:
    for titled in ("秋收工作专题党课：颗粒归仓 一个不少9500字", "秋收工作专题党课：颗粒归仓 一个不少(精选文档)"):
        assert read_text("\n".join([titled, "", FIRST, SECOND])).title == "秋收工作专题党课：颗粒归仓 一个不少"


def test_a_title_that_ends_on_a_year_keeps_it(read_text: ReadText) -> None:
    title = "关于做好2023年秋收工作的通知"
    assert read_text("\n".join([title, "", FIRST, SECOND])).title == title


def test_a_stamped_pages_official_title_over_two_lines_is_one_title(read_text: ReadText) -> None:
    # the page's stamp makes it a page; the title's frame (关于…) opens on one line and its kind (…的意见) ends the next
    page = "\n".join(
        [
            "发布时间:2023-10-08 09:30:12 来源: 某某网",
            "某某县人民政府关于加快秋粮收购",
            "做好农机调度工作的意见",
            "某政发〔2023〕8号",
            "各乡镇人民政府，县政府各部门：",
            FIRST,
            SECOND,
        ]
    )
    source = read_text(page)
    assert source.title == "某某县人民政府关于加快秋粮收购做好农机调度工作的意见"
    assert texts(source) == ["各乡镇人民政府，县政府各部门：", FIRST, SECOND]


def test_a_pages_column_name_over_its_headline_joins_no_title(read_text: ReadText) -> None:
    page = "\n".join(["通知公告", "关于召开秋收工作推进会的通知", "2023-10-08 09:30 来源：某某网", "", FIRST, SECOND])
    assert read_text(page).title == "关于召开秋收工作推进会的通知"


def test_a_pages_further_reading_over_text_of_its_own_is_no_footer(read_text: ReadText) -> None:
    # 延伸阅读 over paragraphs of the article's own is a section of it; over links alone (相关推荐) it starts the footer
    more = "秋粮收购关系农民增收。近年来全县不断完善收购网点布局，农民卖粮更加便捷，收购价格保持总体稳定。"
    page = ["首页 > 要闻", HEADLINE, "2023-10-08 09:30 来源：某某网", "", FIRST, "延伸阅读", more, SECOND]
    links = ["相关推荐", "某县召开春耕生产动员会", "某县部署冬春农田水利建设"]
    assert texts(read_text("\n".join([*page, *links]))) == [FIRST, "延伸阅读", more, SECOND]


@pytest.mark.parametrize("prompt", ["打开某某新闻 查看精彩图片", "打开App，阅读全文"])
def test_a_news_apps_prompt_where_a_picture_was_is_no_title_nor_text(read_text: ReadText, prompt: str) -> None:
    source = read_text("\n\n".join([prompt, FIRST, prompt, SECOND]))
    assert (source.title, texts(source)) == (None, [FIRST, SECOND])
    assert texts(read_text("\n\n".join([HEADLINE, FIRST, prompt, SECOND]))) == [FIRST, SECOND]
