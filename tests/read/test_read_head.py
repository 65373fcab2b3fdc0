"""A plain text's head on made-up snippets: titles over metadata lines, two-line titles, document numbers,
site headers, and the date lines and fields found above the body."""

from __future__ import annotations

import time

import pytest

from study.read.shapes import AUTHOR_UNIT, clean_title, marked_names
from study.script import to_traditional
from tests.read.makers import texts

BODY = "各村要把植树造林作为一件大事来抓，划定责任地块，落实管护人员，确保栽一棵活一棵。"
BODY2 = "林业站要加强对新栽树苗的巡查，及时补栽死苗，并把成活率按季度报乡政府备案。"


# ---------------------------------------------------------------- titles


def test_a_long_first_line_without_punctuation_is_a_title(read_text) -> None:
    title = "乡政府 县林业局 县水利局关于认真做好今年春季植树造林和农田水利基本建设工作的通知"
    assert len(title) >= 40
    source = read_text(f"{title}\n{BODY}\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [BODY, BODY2]


def test_a_title_may_hold_a_series_with_enumeration_commas(read_text) -> None:
    title = "讲稿--守好“一片林” 提高护林工作的主动性、科学性、长期性"
    source = read_text(f"{title}\n{BODY}\n{BODY2}\n")
    assert source.title == title


@pytest.mark.parametrize(
    "title",
    [
        "在全乡植树造林动员大会上的讲话",
        "在全乡“植树 、护林”动员大会上的讲话",
        "在全乡“栽好树，护好林”动员大会上的讲话",
        "在全乡植树造林动员大会上的讲话：栽好树，护好林",
        "栽好树，护好林——在全乡植树造林动员大会上的讲话",
        "乡长在全乡植树造林动员大会上的讲话（2021年3月12日）",
    ],
)
def test_a_speech_named_in_its_frame_is_the_title_over_its_speaker(read_text, title: str) -> None:
    source = read_text(f"{title}\n王建国\n同志们：\n{BODY}\n{BODY2}\n")
    assert source.title == title
    assert source.meta.author == "王建国"
    assert texts(source) == ["同志们：", BODY, BODY2]


@pytest.mark.parametrize(
    ("speaker", "salutation"), [("亓建国", "同志们："), ("習建國", "各位代表："), ("邰芳", "同志们：")]
)
def test_a_name_under_a_speech_s_bracketed_date_over_its_salutation_is_the_speaker(
    read_text, speaker: str, salutation: str
) -> None:
    # the place is the evidence, not a list of common surnames: none of these surnames is on it
    source = read_text(f"在全乡植树造林动员大会上的讲话\n（2021年3月12日）\n{speaker}\n{salutation}\n{BODY}\n{BODY2}\n")
    assert (source.meta.author, source.meta.date) == (speaker, "2021-03-12")
    assert texts(source) == [salutation, BODY, BODY2]


def test_a_short_heading_under_a_bracketed_date_is_no_speaker(read_text) -> None:
    source = read_text(f"某某乡护林条例\n（2021年3月12日乡人民代表大会通过）\n总则\n{BODY}\n{BODY2}\n")
    assert source.meta.author is None


@pytest.mark.parametrize(
    "title",
    [
        "栽好一棵树，护好一片林——2023年专题党课",
        "栽好一棵树，护好一片林——植树造林工作党课讲稿",
        "栽好一棵树、护好一片林、用好一块地——在全乡植树造林动员大会上的讲话",
        to_traditional("栽好一棵树，护好一片林——2023年专题党课"),
        # a couplet's phrases of one length, over what the piece is (a web article's headline, its commas ASCII)
        "栽好一棵树,护好一片林—细读全乡植树造林规划全文",
        "春风送暖，万物复苏——写在植树节到来之际",
    ],
)
def test_a_slogan_of_phrases_over_a_dash_and_the_kind_of_text_is_the_title(read_text, title: str) -> None:
    source = read_text(f"{title}\n\n同志们：\n\n{BODY}\n\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == ["同志们：", BODY, BODY2]


@pytest.mark.parametrize(
    "first",
    [
        "栽好一棵树，护好一片林——这是我们的口号",  # a sentence after its dash names no kind of text
        "栽好一棵树。护好一片林——2023年专题党课",  # a sentence's full stop: no slogan
    ],
)
def test_a_slogan_over_a_dash_that_names_no_kind_of_text_is_no_title(read_text, first: str) -> None:
    assert read_text(f"{first}\n\n同志们：\n\n{BODY}\n\n{BODY2}\n").title is None


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("王建国同志在全乡植树造林动员大会上的讲话", "王建国"),
        ("县委书记王建国在全县植树造林动员大会上的讲话实录", "王建国"),
        ("栽好树，护好林——王建国在全乡植树造林动员大会上的讲话", "王建国"),
        ("王建國同志在全鄉植樹造林動員大會上的講話（2021年）", "王建國"),
    ],
)
def test_the_speaker_a_speech_title_names_is_its_author(read_text, title: str, speaker: str) -> None:
    source = read_text(f"{title}\n同志们：\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == (title, speaker)


@pytest.mark.parametrize("title", ["乡长在全乡植树造林动员大会上的讲话", "在全乡植树造林动员大会上的讲话"])
def test_a_speech_title_that_names_only_a_post_gives_no_author(read_text, title: str) -> None:
    assert read_text(f"{title}\n同志们：\n{BODY}\n{BODY2}\n").meta.author is None


@pytest.mark.parametrize("speaker", ["王建国", "王 芳"])
def test_a_speakers_name_alone_over_the_salutation_is_the_author(read_text, speaker: str) -> None:
    source = read_text(f"{speaker}\n同志们：\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == (None, speaker.replace(" ", ""))
    assert texts(source) == ["同志们：", BODY, BODY2]


@pytest.mark.parametrize("speaker", ["王建国", "乡长 王建国"])
def test_a_speech_subtitle_under_the_title_is_head_over_the_speaker(read_text, speaker: str) -> None:
    source = read_text(f"栽好树木，护好森林\n——在全乡植树造林动员大会上的讲话\n{speaker}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("栽好树木，护好森林", "王建国")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("name", ["王 芳", "张 小 明"])
def test_a_name_spaced_out_over_the_authors_unit_is_the_byline(read_text, name: str) -> None:
    source = read_text(f"{name}\n（某某大学 马克思主义学院，某市 200000）\n{BODY}\n{BODY2}\n")
    assert source.meta.author == name.replace(" ", "")
    assert texts(source) == [BODY, BODY2]


UNITS = "（1.某某大学 马克思主义学院，某市 200000；2.某某学院，某市 100000）"


@pytest.mark.parametrize("marked", ["王芳1，李华2", "王芳*，李华*"])
def test_authors_and_their_units_over_the_title_then_again_under_it(read_text, marked: str) -> None:
    title = "关于基层党建工作的几点思考"
    source = read_text(f"王芳，李华\n{UNITS}\n{title}\n{marked}\n{UNITS}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == (title, "王芳，李华")
    assert texts(source) == [BODY, BODY2]


def test_an_unbracketed_unit_line_under_the_author_is_no_text(read_text) -> None:
    source = read_text(f"关于基层党建工作的几点思考\n王芳\n某某大学马克思主义学院  某省某市  200000\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于基层党建工作的几点思考", "王芳")
    assert texts(source) == [BODY, BODY2]


def test_a_unit_line_under_the_author_is_no_title(read_text) -> None:
    source = read_text(f"王芳\n(某某大学,某省 某市 200000)\n{BODY}\n{BODY2}\n")  # half-width marks
    assert (source.title, source.meta.author) == (None, "王芳")


def test_a_dashed_line_under_the_title_that_names_no_speech_stays_in_the_body(read_text) -> None:
    source = read_text(f"栽好树木，护好森林\n——记全乡植树造林工作\n{BODY}\n{BODY2}\n")
    assert texts(source)[0] == "——记全乡植树造林工作"


@pytest.mark.parametrize("salutation", ["同志们：", "各位代表、同志们：", "尊敬的各位来宾："])
def test_a_speech_title_run_into_its_salutation_is_split_off(read_text, salutation: str) -> None:
    title = "乡长在全乡植树造林动员大会上的讲话"
    source = read_text(f"{title}{salutation}{BODY}\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [salutation + BODY, BODY2]


def test_a_sentence_that_names_a_speech_before_a_salutation_is_not_split(read_text) -> None:
    first = f"正如乡长在全乡植树造林动员大会上的讲话，同志们：{BODY}"
    assert texts(read_text(f"{first}\n{BODY2}\n")) == [first, BODY2]


@pytest.mark.parametrize(
    "first",
    ["正如乡长在全乡植树造林动员大会上的讲话中所说，栽好树", "乡长在全乡植树造林动员大会上的讲话，栽好树"],
)
def test_a_line_that_goes_on_after_naming_a_speech_is_no_title(read_text, first: str) -> None:
    assert read_text(f"{first}\n{BODY}\n{BODY2}\n").title is None


@pytest.mark.parametrize("first", ["张明、李华", "王建国、欧阳明、刘芳"])
def test_names_in_a_series_are_a_byline_not_a_title(read_text, first: str) -> None:
    assert read_text(f"{first}\n{BODY}\n{BODY2}\n").title is None


def test_a_title_broken_before_its_kind_of_document(read_text) -> None:
    text = f"县政府关于加快推进植树造林\n建设美丽乡村的实施意见\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert source.title == "县政府关于加快推进植树造林建设美丽乡村的实施意见"
    assert texts(source) == [BODY, BODY2]


def test_a_title_cut_inside_a_word_by_the_line_end(read_text) -> None:
    source = read_text(f"某村党支部 2024 年度组织生活会检\n查材料(含整改清单)\n{BODY}\n{BODY2}\n")
    assert source.title == "某村党支部 2024 年度组织生活会检查材料(含整改清单)"


@pytest.mark.parametrize(
    "second",
    ["——在全乡植树造林动员会上的讲话", "林业站的工作总结", "王建国"],
)
def test_a_subtitle_or_a_complete_title_is_not_joined(read_text, second: str) -> None:
    first = "栽下一片林 护好一方水" if second != "林业站的工作总结" else "关于春季植树的工作总结"
    source = read_text(f"{first}\n{second}\n{BODY}\n{BODY2}\n")
    assert source.title == first


def test_a_title_after_a_line_of_page_fields(read_text) -> None:
    text = f"发布时间：2019-03-12 08:30:00 来源：某县林业局\n关于春季植树造林的通知\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.date) == ("关于春季植树造林的通知", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


def test_a_website_header_above_the_headline(read_text) -> None:
    text = f"某某绿化网 基层来稿\n\n护林要“常抓不懈”\n\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert source.title == "护林要“常抓不懈”"
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(
    "first",
    [
        "某县政发〔2019〕8号《某县人民政府关于春季植树造林的通知》",
        "某县政发〔2019〕8号 某县人民政府关于春季植树造林的通知",
    ],
)
def test_a_document_number_before_the_title_is_no_part_of_it(read_text, first: str) -> None:
    source = read_text(f"{first}\n\n某县人民政府关于春季植树造林的通知\n\n{BODY}\n{BODY2}\n")
    assert source.title == "某县人民政府关于春季植树造林的通知"
    assert texts(source) == [BODY, BODY2]


# ---------------------------------------------------------------- dates


def test_a_bracketed_date_without_a_title(read_text) -> None:
    source = read_text(f"（2003年3月12日）\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == (None, "2003-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("作者：佚名      来源：某县林业局     点击：      时间：2019/3/12 8:48:57", "2019-03-12"),
        ("浏览量:          时间:2019-03-12 23:45:19", "2019-03-12"),
        ("日期：2019年3月12日", "2019-03-12"),
        ("发布时间:2019-3-2", "2019-03-02"),
        ("2019-03-12 08:21:44 来源：某县林业局  责任编辑：王五", "2019-03-12"),
        ("2019年03月12日08:21    来源：某县林业局", "2019-03-12"),  # the time right after 日
        ("某县林业局 2019-03-12 08:21", "2019-03-12"),  # the source before the date
        ("某某日报 2019年3月12日", "2019-03-12"),
        ("2019-03-12 08:21王建国", "2019-03-12"),  # a document site's date, time and author run together
        ("2019-03-12王建国", "2019-03-12"),
        ("作者 :王五 来源 :某县林业局 访问次数 : 发布时间 :2019-03-12", "2019-03-12"),  # names spaced from colons
        ("更新日期：2019-03-12", "2019-03-12"),
    ],
)
def test_a_field_line_under_the_title_gives_the_date(read_text, line: str, iso: str) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n\n{line}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的工作总结", iso)
    assert texts(source) == [BODY, BODY2]


def test_a_web_page_prefers_the_headline_to_the_site_header(read_text) -> None:
    text = f"某某绿化网 基层来稿\n\n护林要“常抓不懈”\n\n分享到：微信 微博\n\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert source.title == "护林要“常抓不懈”"
    assert texts(source) == [BODY, BODY2]


def test_a_main_title_over_a_speech_line_is_not_joined(read_text) -> None:
    text = f"栽下一片林 护好一方水\n县长在全县植树造林动员会上的讲话\n{BODY}\n{BODY2}\n"
    assert read_text(text).title == "栽下一片林 护好一方水"


@pytest.mark.parametrize("note", ["(全文5230字)", "（全文约 800 字）"])
def test_a_site_s_word_count_after_the_title_is_no_part_of_it(read_text, note: str) -> None:
    source = read_text(f"讲稿：栽下一片林 护好一方水{note}\n\n讲稿：栽下一片林 护好一方水\n{BODY}\n{BODY2}\n")
    assert source.title == "讲稿：栽下一片林 护好一方水"
    assert texts(source) == [BODY, BODY2]


def test_several_names_under_the_title_are_its_byline(read_text) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n王建国、欧阳明、刘芳\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", "王建国、欧阳明、刘芳")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(("byline", "author"), [("□ 王建国 刘芳", "王建国 刘芳"), ("■王建国", "王建国")])
def test_a_byline_after_a_paper_s_square_names_all_its_authors(read_text, byline: str, author: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n{byline}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", author)
    assert texts(source) == [BODY, BODY2]


def test_a_byline_after_a_paper_s_square_is_no_second_headline(read_text) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n□ 王建国刘芳\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", "王建国刘芳")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("byline", ["王建国 某某县义工联合会主席", "王建国 某某大学马克思主义学院教授"])
def test_a_byline_with_the_author_s_post_after_the_name(read_text, byline: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n{byline}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", "王建国")
    assert texts(source) == [BODY, BODY2]


def test_a_name_and_a_phrase_under_the_title_is_no_byline(read_text) -> None:
    second = "王建国 带领村民植树"
    source = read_text(f"关于春季植树造林的几点意见\n\n{second}\n\n{BODY}\n{BODY2}\n")
    assert source.meta.author is None


@pytest.mark.parametrize("nobody", ["佚名", "匿名"])
def test_an_author_field_that_names_no_one_gives_no_author(read_text, nobody: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n作者：{nobody} 来源：某某网\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author, source.meta.publication) == ("关于春季植树造林的几点意见", None, "某某网")


@pytest.mark.parametrize("row", ["作者：王建国 来源：某某网 2024-03-02 186", "来源：某某日报 2024-03-02"])
def test_a_date_after_a_byline_s_row_of_fields_is_the_date(read_text, row: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n{row}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的几点意见", "2024-03-02")
    assert texts(source) == [BODY, BODY2]


def test_a_page_s_clock_is_no_date(read_text) -> None:
    source = read_text(f"今日日期：2025年4月5日 星期六\n关于春季植树造林的几点意见\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的几点意见", None)


@pytest.mark.parametrize("byline", ["作者：王建国 来源：某某网", "王建国"])
def test_the_author_s_name_before_the_title_s_colon_is_the_byline_s(read_text, byline: str) -> None:
    source = read_text(f"王建国：关于春季植树造林的几点意见\n{byline}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", "王建国")


@pytest.mark.parametrize("names", ["王建国 刘芳", "王建国、刘芳"])
def test_two_authors_before_the_title_s_colon_are_its_byline(read_text, names: str) -> None:
    source = read_text(f"{names}：关于春季植树造林的几点意见\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", names)


def test_one_name_before_the_title_s_colon_without_a_byline_stays(read_text) -> None:
    assert (
        read_text(f"王建国：关于春季植树造林的几点意见\n\n{BODY}\n{BODY2}\n").title
        == "王建国：关于春季植树造林的几点意见"
    )


def test_a_name_before_the_title_s_colon_stays_when_the_byline_names_another(read_text) -> None:
    source = read_text(f"王建国：关于春季植树造林的几点意见\n作者：刘芳\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("王建国：关于春季植树造林的几点意见", "刘芳")


# ---------------------------------------------------------------- metadata lines under the title


@pytest.mark.parametrize("bullet", ["", "- ", "• "])
def test_a_law_database_s_card_of_facts_under_the_title(read_text, bullet: str) -> None:
    card = "\n".join(
        f"{bullet}{field}"
        for field in ("颁布日期：2023-12-19", "实施日期：2024-02-01", "时效性：现行有效", "效力级别：党内法规")
    )
    source = read_text(f"某某县植树造林管护办法\n\n{card}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("某某县植树造林管护办法", "2023-12-19")
    assert texts(source) == [BODY, BODY2]


def test_a_document_number_alone_above_the_title_is_no_title(read_text) -> None:
    source = read_text(f"某县政发〔2019〕8号\n某县人民政府关于春季植树造林的通知\n{BODY}\n{BODY2}\n")
    assert source.title == "某县人民政府关于春季植树造林的通知"
    assert texts(source) == [BODY, BODY2]


def test_a_document_number_and_fields_under_the_title_are_not_body(read_text) -> None:
    number = "某县政发〔2019〕8号"
    text = f"某县人民政府关于春季植树造林的通知\n\n{number}\n{number}\n来源：某县林业局\n\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.publication) == ("某县人民政府关于春季植树造林的通知", "某县林业局")
    assert texts(source) == [BODY, BODY2]


def test_the_title_repeated_in_book_quotes_is_an_echo(read_text) -> None:
    title = "某县人民政府关于春季植树造林的通知"
    source = read_text(f"{title}\n《{title}》\n{BODY}\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [BODY, BODY2]


def test_a_body_field_under_the_title_stays_in_the_body(read_text) -> None:
    source = read_text(f"关于春季植树造林的通知\n内容：各村要把植树造林作为大事\n{BODY}\n")
    assert source.title == "关于春季植树造林的通知"
    assert "内容：各村要把植树造林作为大事" in texts(source)


def test_a_name_run_together_with_a_dateline_is_the_author(read_text) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n\n2019-03-12 08:21王建国\n某某学刊 2019年2期\n\n{BODY}\n{BODY2}\n")
    assert (source.meta.date, source.meta.author) == ("2019-03-12", "王建国")


@pytest.mark.parametrize(
    "first",
    [
        "关于春季植树造林的几点思考*",  # a journal's mark for its note on the paper's funding
        "关于春季植树造林的几点思考（共6篇）",  # a collection's count of pieces
        "(12篇)关于春季植树造林的几点思考",
        "第一篇：关于春季植树造林的几点思考",  # the first piece's label in a collection
    ],
)
def test_a_title_without_its_marks_counts_and_labels(read_text, first: str) -> None:
    source = read_text(f"{first}\n{BODY}\n{BODY2}\n")
    assert source.title == "关于春季植树造林的几点思考"
    assert texts(source) == [BODY, BODY2]


def test_a_part_heading_is_still_no_title(read_text) -> None:
    assert read_text(f"第一篇 总论\n{BODY}\n{BODY2}\n").title is None


def test_a_journal_article_s_head_is_metadata(read_text) -> None:
    head = "关于春季植树造林的几点思考\n\n2019-03-12 08:21王建国\n某某学刊 2019年2期\n关键词:植树造林乡村振兴\n"
    catalogue = "[中图分类号]D630  [文献标识码]A  [文章编号]1672-0000(2019)02-0074-07"
    fields = f"[摘  要]植树造林是一项长期任务。\n\n[关键词]植树造林;乡村振兴\n\n{catalogue}"
    source = read_text(f"{head}\n{fields}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的几点思考", "2019-03-12")
    assert source.meta.publication == "某某学刊"
    assert texts(source) == [BODY, BODY2]


def test_a_title_spaced_out_character_by_character(read_text) -> None:
    source = read_text(f"关 于 春 季 植 树 造 林 的 通 知\n{BODY}\n{BODY2}\n")
    assert source.title == "关于春季植树造林的通知"


@pytest.mark.parametrize("label", ["写在前面", "卷首语", "关于我们", "網站地圖"])
def test_a_forewords_label_or_a_sites_link_opening_a_text_is_no_title(read_text, label: str) -> None:
    source = read_text(f"{label}\n{BODY}\n{BODY2}\n")
    assert source.title is None


def test_a_section_word_spaced_out_is_still_no_title(read_text) -> None:
    assert read_text(f"前  言\n{BODY}\n{BODY2}\n").title is None


def test_a_title_with_its_document_number_noted_after_it(read_text) -> None:
    title = "某县人民政府办公室关于印发《某县春季植树造林和农田水利基本建设工作实施方案》的通知"
    source = read_text(f"当前位置：首页 > 政务公开\n\n{title}（某政办发〔2019〕8号）\n\n{BODY}\n{BODY2}\n")
    assert source.title == title


def test_the_title_repeated_in_two_lines_is_an_echo(read_text) -> None:
    head = "当前位置：首页 > 政务公开\n\n某县林业局2019年度 工作总结\n\n某县林业局2019年度\n\n工作总结"
    text = f"{head}\n\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert source.title == "某县林业局2019年度 工作总结"
    assert texts(source) == [BODY, BODY2]


def test_the_title_repeated_without_its_speaker_label_is_an_echo(read_text) -> None:
    text = f"王建国：在全县植树造林动员会上的讲话\n\n在全县植树造林动员会上的讲话\n\n王建国\n\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.author) == ("王建国：在全县植树造林动员会上的讲话", "王建国")
    assert texts(source) == [BODY, BODY2]


def test_the_author_s_name_under_the_title_is_an_echo_whatever_the_surname(read_text) -> None:
    text = f"首页 > 讲话\n\n在全县植树造林动员会上的讲话\n\n作者：仉建国\n\n仉建国\n\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert source.meta.author == "仉建国"
    assert texts(source) == [BODY, BODY2]


def test_an_author_above_the_title_and_the_unit_under_it(read_text) -> None:
    text = (
        f"王建国\n关于春季植树造林的几点思考\n王建国\n（某某大学 马克思主义学院，某省 某市 200000）\n{BODY}\n{BODY2}\n"
    )
    source = read_text(text)
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点思考", "王建国")
    assert texts(source) == [BODY, BODY2]


def test_an_author_s_unit_with_its_postcode_is_no_text(read_text) -> None:
    source = read_text(f"王 建\n(某某大学 马克思主义学院, 某省 某市 200000)\n{BODY}\n{BODY2}\n")
    assert texts(source)[-2:] == [BODY, BODY2]
    assert "(某某大学 马克思主义学院, 某省 某市 200000)" not in texts(source)


def test_the_fields_of_a_date_line_without_a_title(read_text) -> None:
    source = read_text(f"更新时间:2019-03-12 09:00作者:王建国\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date, source.meta.author) == (None, "2019-03-12", "王建国")


def test_a_byline_with_the_author_s_unit_before_the_name(read_text) -> None:
    source = read_text(f"关于春季植树造林的几点体会\n某某村第二党支部 王建国\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点体会", "王建国")
    assert texts(source) == [BODY, BODY2]


def test_a_subtitle_with_the_speaker_after_it_stays_a_subtitle(read_text) -> None:
    source = read_text(f"栽下一片林 护好一方水\n——在全县植树造林动员会上的讲话 王建国\n{BODY}\n{BODY2}\n")
    assert source.paragraphs[0].text == "——在全县植树造林动员会上的讲话 王建国"


@pytest.mark.parametrize("first", ["王建国丨关于春季植树造林的几点思考", "关于春季植树造林的几点思考 | 王建国"])
def test_an_author_set_off_by_a_bar_in_the_title(read_text, first: str) -> None:
    source = read_text(f"{first}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点思考", "王建国")


def test_a_column_set_off_by_a_bar_stays_in_the_title(read_text) -> None:
    assert (
        read_text(f"理论学习丨关于春季植树造林的几点思考\n{BODY}\n{BODY2}\n").title
        == "理论学习丨关于春季植树造林的几点思考"
    )


@pytest.mark.parametrize("first", ["【2019.05】关于春季植树造林的几点思考", "关于春季植树造林的几点思考 [PDF全文]"])
def test_a_journal_site_s_issue_and_file_link_are_no_part_of_the_title(read_text, first: str) -> None:
    assert read_text(f"{first}\n{BODY}\n{BODY2}\n").title == "关于春季植树造林的几点思考"


def test_a_bracket_before_a_run_of_spaces_is_cleaned_quickly() -> None:
    title = "关于春季植树造林的几点思考[" + " " * 2_000 + "下"
    start = time.perf_counter()
    assert clean_title(title) == title
    # by hand ~0.02 s; the file link's pattern, three runs of spaces around optional words, had taken ~14 s (cubic)
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize("label", ["|MTI", " | 讲话", "｜评论"])
def test_a_kind_set_off_by_a_bar_after_the_title_is_no_part_of_it(read_text, label: str) -> None:
    source = read_text(f"关于春季植树造林的几点思考{label}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点思考", None)


@pytest.mark.parametrize("part", ["｜第四卷", " | 之三"])
def test_a_part_a_numeral_counts_after_the_title_s_bar_stays(read_text, part: str) -> None:
    assert read_text(f"某某县植树造林文件选编{part}\n{BODY}\n{BODY2}\n").title == f"某某县植树造林文件选编{part}"


@pytest.mark.parametrize("widget", ["今天是：", "APP下载", "首页"])
def test_a_page_widget_s_label_over_a_dated_title_is_no_part_of_the_text(read_text, widget: str) -> None:
    source = read_text(f"{widget}\n\n关于春季植树造林的工作总结\n\n发布时间：2019-03-12\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的工作总结", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


def test_a_short_first_line_over_an_undated_title_leaves_the_text_untitled(read_text) -> None:
    source = read_text(f"APP下载\n\n关于春季植树造林的工作总结\n\n{BODY}\n{BODY2}\n")
    assert source.title is None


@pytest.mark.parametrize("line", ["Tuesday, 12 March 2019", "Tuesday, March 12, 2019 8:48 PM"])
def test_a_blog_s_date_header_in_english_over_the_title(read_text, line: str) -> None:
    source = read_text(f"{line}\n\n关于春季植树造林的工作总结\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的工作总结", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("line", ["2019年3月12日星期二", "2019年3月12日 星期二", "2019年3月12日周二"])
def test_a_date_header_with_its_weekday_over_the_title(read_text, line: str) -> None:
    source = read_text(f"{line}\n\n关于春季植树造林的工作总结\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的工作总结", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("chrome", ["某某家电以旧换新\n2019年3月12日\n第B02版：本地新闻", "页面\n2019年3月12日星期二"])
def test_a_headline_set_twice_in_a_plain_copy_is_the_title_over_the_pages_chrome(read_text, chrome: str) -> None:
    title = "全乡春季植树造林工作全面展开"
    source = read_text(f"{chrome}\n{title}\n{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == (title, "2019-03-12")
    assert texts(source) == [BODY, BODY2]


def test_a_caption_set_twice_is_no_title(read_text) -> None:
    title = "全乡春季植树造林工作全面展开"
    source = read_text(f"{title}\n2019年3月12日\n资料图片\n资料图片\n{BODY}\n{BODY2}\n")
    assert source.title == title


@pytest.mark.parametrize(
    "counters", ["阅读(123)\n评论(0)\n收藏\n转载", "阅读(123) 评论(0) 收藏 转载", "浏览（56）｜点赞（3）"]
)
def test_a_blogs_counters_under_the_title_are_no_text(read_text, counters: str) -> None:
    title = "关于春季植树造林的工作总结"
    source = read_text(f"{title}\n(2019-03-12 10:20:11)\n分类：工作心得\n{counters}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == (title, "2019-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("slogan", ["绿水青山 植树护林", "绿水青山，植树护林，人人有责"])
def test_a_slogan_over_the_title_is_no_title(read_text, slogan: str) -> None:
    title = "关于春季植树造林的工作总结"
    source = read_text(f"{slogan}\n{title}\n2019年3月12日\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == (title, "2019-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("under", ["——在全乡植树造林动员大会上的讲话\n王建国", "2019年3月12日"])
def test_a_slogan_over_a_subtitle_or_a_date_is_the_title(read_text, under: str) -> None:
    source = read_text(f"绿水青山 植树护林\n{under}\n{BODY}\n{BODY2}\n")
    assert source.title == "绿水青山 植树护林"


@pytest.mark.parametrize("under", ["", "2019年3月12日\n"])
def test_a_title_with_a_labels_colon_and_a_slogans_comma(read_text, under: str) -> None:
    title = "林业局：抓好春季植树，守护绿水青山"
    source = read_text(f"{title}\n{under}{BODY}\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [BODY, BODY2]


def test_a_salutation_with_a_colon_and_a_comma_is_no_title(read_text) -> None:
    assert read_text(f"各位同志：大家好，今天我们开会\n{BODY}\n{BODY2}\n").title is None


PAPER_CHROME = "设为主页 加入收藏\n本期日期2019年03月12日\n要闻导读\n本版新闻\n字体： 放大 还原 缩小"


def test_a_papers_chrome_over_its_headline_is_no_title(read_text) -> None:
    title = "全乡春季植树造林工作全面展开"
    source = read_text(f"{PAPER_CHROME}\n{title}\n{BODY}\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("chrome", [PAPER_CHROME + "\n", ""])
def test_a_headline_set_in_two_lines_is_one_title(read_text, chrome: str) -> None:
    source = read_text(f"{chrome}全乡春季植树造林工作全面展开\n三千亩荒山今年全部绿化\n{BODY}\n{BODY2}\n")
    assert source.title == "全乡春季植树造林工作全面展开 三千亩荒山今年全部绿化"
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("under", ["林业站 王建国", "资料图片", "全乡春季植树造林工作全面展开"])
def test_a_byline_a_caption_or_a_repeat_under_the_title_is_no_second_headline(read_text, under: str) -> None:
    source = read_text(f"全乡春季植树造林工作全面展开\n{under}\n{BODY}\n{BODY2}\n")
    assert source.title == "全乡春季植树造林工作全面展开"


def test_a_sites_name_set_twice_on_a_page_is_no_title_and_its_column_tag_goes(read_text) -> None:
    menu = "某某书店\n站内搜索：\n您的位置：首页 > 书店动态\n某某书店"
    page = f"{menu}\n全乡春季植树造林工作全面展开-【动态】\n发布时间：2019-03-12"
    source = read_text(f"{page}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("全乡春季植树造林工作全面展开", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("signer", ["王 芳", "张 小 明", "某某县林业局"])
def test_a_closing_signature_names_its_signer_without_the_spacing(read_text, signer: str) -> None:
    source = read_text(f"{BODY}\n{BODY2}\n{signer}\n（2019年3月12日）\n")
    assert (source.meta.author, source.meta.date) == (signer.replace(" ", ""), "2019-03-12")


@pytest.mark.parametrize("poster", ["Guest", "wang_2019"])
def test_a_forums_poster_and_stamp_over_the_posts_title(read_text, poster: str) -> None:
    title = "关于春季植树的几点体会"
    source = read_text(f"{poster}\n发表于 2016-05-08 09:12:30\n{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == (title, "2016-05-08")
    assert texts(source) == [BODY, BODY2]


def test_a_posters_name_over_the_posts_stamp_is_its_author(read_text) -> None:
    title = "关于春季植树的几点体会"
    source = read_text(f"王芳\n发表于 2016-05-08 09:12:30\n{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date, source.meta.author) == (title, "2016-05-08", "王芳")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("desk", ["《林业》杂志编辑部", "本报评论员", "某某县林业局课题组"])
def test_a_byline_naming_the_desk_that_wrote_it_is_the_author(read_text, desk: str) -> None:
    source = read_text(f"把春季植树造林抓紧抓实\n{desk}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("把春季植树造林抓紧抓实", desk)
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(
    ("opening", "reporters"),
    [
        ("（通讯员 王芳、李华）", "王芳、李华"),
        ("本报讯(记者 王芳 李华)", "王芳 李华"),
        ("本报讯（记者王芳 通讯员李华）", "王芳 李华"),
        ("本台讯（实习生 亓明 仉华）", "亓明 仉华"),  # rarer surnames: the credit names people all the same
        ("本報訊（記者 王芳 通訊員 李華）", "王芳 李華"),  # traditional: the names in the credit's own script
    ],
)
def test_a_dispatch_credits_its_reporters_as_it_opens(read_text, opening: str, reporters: str) -> None:
    source = read_text(f"全乡春季植树造林工作全面展开\n{opening}{BODY}\n{BODY2}\n")
    assert source.meta.author == reporters


@pytest.mark.parametrize("byline", ["本报记者 王芳", "本報記者 王芳", "记者 王芳 李华"])
def test_a_papers_byline_after_the_article_is_its_author(read_text, byline: str) -> None:
    source = read_text(f"全乡春季植树造林工作全面展开\n{BODY}\n{BODY2}\n（北京3月12日电）\n{byline}\n")
    assert source.meta.author == byline.split(" ", 1)[1]
    assert texts(source) == [BODY, BODY2, "（北京3月12日电）"]


def test_a_papers_byline_after_the_article_is_no_text_under_a_named_author(read_text) -> None:
    source = read_text(f"全乡春季植树造林工作全面展开\n作者：李华\n{BODY}\n{BODY2}\n本报记者 王芳\n")
    assert (source.meta.author, texts(source)) == ("李华", [BODY, BODY2])


def test_a_bracket_opening_a_text_that_credits_no_reporter_gives_no_author(read_text) -> None:
    assert read_text(f"全乡春季植树造林工作全面展开\n（记者 某某县融媒体中心）{BODY}\n{BODY2}\n").meta.author is None


def test_an_e_papers_list_of_headlines_over_the_article_is_its_chrome(read_text) -> None:
    title = "全乡春季植树造林工作全面展开"
    menu = f"首页 > 要闻\n本版新闻目录\n县里召开春耕生产会议\n{title}\n三千亩荒山今年全部绿化\n上一篇 下一篇"
    source = read_text(f"{menu}\n{title}\n{BODY}\n{BODY2}\n")
    assert source.title == title
    assert texts(source) == [BODY, BODY2]


def test_a_columns_name_over_a_dated_title_in_a_plain_copy_is_no_title(read_text) -> None:
    source = read_text(f"要闻速递\n\n全乡春季植树造林工作全面展开\n发布时间：2019-03-12 点击率：\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("全乡春季植树造林工作全面展开", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("copied", ["全乡春季植树造林工作全面展开_某某网", "全乡春季植树造林工作全面展开_某某论坛"])
def test_a_copied_page_titles_site_after_an_underscore_is_no_part_of_the_title(read_text, copied: str) -> None:
    source = read_text(f"{copied}\n2019-03-12 10:20\n{BODY}\n{BODY2}\n")
    assert source.title == "全乡春季植树造林工作全面展开"


@pytest.mark.parametrize("clock", ["今日日期：2019年8月20日 星期二", "当前日期：2019-08-20"])
def test_a_page_clock_gives_no_date(read_text, clock: str) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n{clock}\n{BODY}\n{BODY2}\n")
    assert source.meta.date is None


@pytest.mark.parametrize("byline", ["某县林业局党组书记、局长：王建国", "主讲人：王建国"])
def test_a_byline_of_posts_and_a_name_is_the_author_not_the_title(read_text, byline: str) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n\n{byline}\n\n2019年3月12日\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author, source.meta.date) == (
        "关于春季植树造林的工作总结",
        "王建国",
        "2019-03-12",
    )
    assert texts(source) == [BODY, BODY2]


def test_a_title_with_a_label_before_a_colon_is_still_a_title(read_text) -> None:
    source = read_text(f"专题党课：植树造林\n\n{BODY}\n{BODY2}\n")
    assert source.title == "专题党课：植树造林"


@pytest.mark.parametrize("page", [False, True])
def test_a_mirror_s_starred_headline_is_the_title_under_its_spam(read_text, page: bool) -> None:
    nav = "首页 > 专题 > 正文\n\n" if page else ""
    spam = "好运彩票_好运彩票\n好运彩票2023-01-31 16:05\n好运彩票\n\n"
    source = read_text(f"{nav}{spam}春季植树，我们这样做“绿色家园”******\n\n{BODY}\n{BODY2}\n")
    assert source.title == "春季植树，我们这样做“绿色家园”"
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("markup", ["<title>好运彩票_好运彩票</title>", "<h1>好运彩票</h1>"])
def test_a_mirror_s_starred_headline_outranks_its_own_title_markup(read_text, markup: str) -> None:
    # a mirror names itself in its <title> and often in its only <h1> (its logo): the stars mark what it copied
    head, body = (markup, "") if markup.startswith("<title>") else ("", markup)
    html = (
        f"<html><head>{head}</head><body>{body}<div>好运彩票2023-01-31 16:05</div>"
        f"<div>春季植树，我们这样做“绿色家园”******</div><p>{BODY}</p><p>{BODY2}</p></body></html>"
    )
    source = read_text(html, "doc.html")
    assert source.title == "春季植树，我们这样做“绿色家园”"
    assert texts(source) == [BODY, BODY2]


def test_a_bullet_is_no_title(read_text) -> None:
    assert read_text(f"- 关于春季植树造林的工作总结\n\n{BODY}\n{BODY2}\n").title is None


@pytest.mark.parametrize("row", ["出版：更新：", "作者： 来源： 点击："])
def test_a_row_of_empty_fields_under_the_title_is_no_text(read_text, row: str) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n\n撰文：王建国\n{row}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的工作总结", "王建国")
    assert texts(source) == [BODY, BODY2]


def test_a_salutation_alone_is_no_empty_field(read_text) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n\n同志们：\n\n{BODY}\n{BODY2}\n")
    assert texts(source) == ["同志们：", BODY, BODY2]


def test_a_rare_surname_run_into_the_dateline_and_alone_under_it_is_the_author(read_text) -> None:
    source = read_text(f"关于春季植树造林的工作总结\n2019-03-12亓建国\n亓建国\n{BODY}\n{BODY2}\n")
    assert (source.meta.author, source.meta.date) == ("亓建国", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


def test_a_rare_word_run_into_the_dateline_alone_is_no_author(read_text) -> None:
    assert read_text(f"关于春季植树造林的工作总结\n2019-03-12亓建国\n{BODY}\n{BODY2}\n").meta.author is None


def test_an_e_paper_s_page_banner_over_the_title_is_metadata(read_text) -> None:
    banner = "一版：要闻总第862期 >2019-03-12编印"
    head = f"{banner}\n\n关于春季植树造林的工作总结\n刊发日期：2019-03-12 阅读次数： 作者：王建国  语音阅读："
    source = read_text(f"{head}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date, source.meta.author) == (
        "关于春季植树造林的工作总结",
        "2019-03-12",
        "王建国",
    )
    assert texts(source) == [BODY, BODY2]


def test_an_issue_number_in_a_title_without_a_date_is_still_the_title(read_text) -> None:
    assert read_text(f"林业简报总第12期\n\n{BODY}\n{BODY2}\n").title == "林业简报总第12期"


def test_a_headline_with_its_paper_after_a_dash_and_its_dated_repeat(read_text) -> None:
    head = "Tuesday, 12 March 2019\n\n春季植树造林 全县动员 - 某某日报\n\n春季植树造林 全县动员 - 某某日报 2019-03-12"
    source = read_text(f"{head}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("春季植树造林 全县动员", "2019-03-12")
    assert texts(source) == [BODY, BODY2]


def test_a_dash_inside_a_title_before_other_words_stays(read_text) -> None:
    assert read_text(f"讲稿 - 守好一片林\n\n{BODY}\n{BODY2}\n").title == "讲稿 - 守好一片林"


@pytest.mark.parametrize("field", ["【摘要】", "[摘? 要]", "关键词："])
def test_an_untitled_text_opening_with_its_author_over_a_field(read_text, field: str) -> None:
    source = read_text(f"王建国\n{field}植树造林的几点做法\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == (None, "王建国")
    assert texts(source)[-2:] == [BODY, BODY2]


@pytest.mark.parametrize("label", ["【提要】", "〔内容提要〕"])
@pytest.mark.parametrize("name", ["王建国", "■王建国"])
def test_an_untitled_text_opening_with_its_author_over_a_labelled_abstract(read_text, label: str, name: str) -> None:
    abstract = f"{label}本文从三个方面探讨植树造林的做法，并就管护工作提出建议。"
    source = read_text(f"{name}\n{abstract}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == (None, "王建国")
    assert texts(source) == [abstract, BODY, BODY2]


@pytest.mark.parametrize("byline", ["文/图🖊 王建国 刘芳", "文图丨王建国 刘芳", "撰文：王建国 刘芳"])
def test_an_untitled_text_opening_with_a_credited_byline(read_text, byline: str) -> None:
    source = read_text(f"{byline}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == (None, "王建国 刘芳")
    assert texts(source) == [BODY, BODY2]


def test_a_credited_byline_under_the_title(read_text) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n文/图 王建国 刘芳\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", "王建国 刘芳")


def test_an_untitled_text_opening_with_a_name_over_its_text_keeps_it(read_text) -> None:
    source = read_text(f"简答题\n{BODY}\n{BODY2}\n")
    assert (source.meta.author, texts(source)) == (None, ["简答题", BODY, BODY2])


@pytest.mark.parametrize(("byline", "author"), [("◎王建国", "王建国"), ("王建国，刘 芳", "王建国，刘 芳")])
def test_a_journal_s_byline_marks_and_names_set_apart_by_commas(read_text, byline: str, author: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n{byline}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", author)
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize(
    ("byline", "author"), [("某某社记者 王建国 刘芳", "王建国 刘芳"), ("本报记者 王建国", "王建国")]
)
def test_a_reporters_byline_with_names_names_the_authors(read_text, byline: str, author: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n\n{byline}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author) == ("关于春季植树造林的几点意见", author)
    assert texts(source) == [BODY, BODY2]


@pytest.mark.parametrize("echo", ["专题党课：守护绿水青山 建设美丽乡村", "讲稿:守护绿水青山 建设美丽乡村"])
def test_the_title_again_under_a_kind_s_label_is_its_echo(read_text, echo: str) -> None:
    source = read_text(f"守护绿水青山 建设美丽乡村\n{echo}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == ("守护绿水青山 建设美丽乡村", [BODY, BODY2])


@pytest.mark.parametrize(
    "dateline", ["2022-06-15 来源：某某日报", "发布时间：2022年6月15日", "2022年6月15日 09:30 来源：某某网"]
)
def test_a_banner_s_date_with_its_weekday_gives_way_to_the_article_s(read_text, dateline: str) -> None:
    source = read_text(f"2023年5月8日 星期一\n关于春季植树造林的几点意见\n{dateline}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.date) == ("关于春季植树造林的几点意见", "2022-06-15")


def test_a_page_s_weekday_banner_gives_way_to_its_dateline(read_text) -> None:
    banner = "2023年5月8日 星期一\n您所在的位置：某某网 > 理论 > 正文\n"
    page = f"{banner}关于春季植树造林的几点意见\n2022-06-15 09:30:12  来源：某某日报\n{BODY}\n{BODY2}\n"
    source = read_text(page)
    assert (source.title, source.meta.date) == ("关于春季植树造林的几点意见", "2022-06-15")


def test_a_date_with_its_weekday_alone_still_dates_the_text(read_text) -> None:
    source = read_text(f"2023年3月21日 星期二\n关于春季植树造林的几点意见\n{BODY}\n{BODY2}\n")
    assert source.meta.date == "2023-03-21"


@pytest.mark.parametrize(
    "title",
    ["如何理解植树造林的重大意义？", "为什么说绿水青山就是金山银山?", to_traditional("植树造林要把握哪些原则？")],
)
def test_a_plain_text_s_title_may_ask_a_question(read_text, title: str) -> None:
    source = read_text(f"{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (title, [BODY, BODY2])


@pytest.mark.parametrize(
    "title",
    ["植树新规有哪些看点？——林业局负责人答记者问", "春季植树怎么种？—— 专家解读", "护林要从娃娃抓起！——访某某林场"],
)
def test_a_plain_text_s_title_may_ask_before_a_dash_subtitle(read_text, title: str) -> None:
    source = read_text(f"{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (title, [BODY, BODY2])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某县人民政府关于实施", "《某县植树造林条例》的意见"),
        ("关于印发", "《某县春季植树造林三年行动实施方案（2024—2026年）》的通知"),
        (to_traditional("某县人民政府关于"), to_traditional("进一步做好春季植树工作的若干意见")),
    ],
)
def test_an_official_title_broken_in_two_lines_is_one_title(read_text, first: str, second: str) -> None:
    # the second line may name the document a notice sends, whole (《…》的通知); 關於 opens the frame as 关于 does
    source = read_text(f"{first}\n{second}\n\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (first + second, [BODY, BODY2])


def test_a_speechs_bracketed_date_under_its_title_beats_the_sites_posting_time(read_text) -> None:
    text = f"发布时间：2024-06-16 10:00\n在全县植树大会上的讲话\n（2024年5月8日）\n{BODY}\n{BODY2}\n"
    source = read_text(text)
    assert (source.title, source.meta.date) == ("在全县植树大会上的讲话", "2024-05-08")


@pytest.mark.parametrize("first", ["同志们，什么是初心？", "植树造林很重要吗？很重要！"])
def test_a_question_that_opens_a_speech_is_no_title(read_text, first: str) -> None:
    source = read_text(f"{first}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)[0]) == (None, first)


WRAPPED = (  # a PDF's copy, its lines broken at one width
    "各村要把植树造林作为一件大事来抓，划定责任地块，落实\n管护人员，确保栽一棵活一棵。林业站要加强对新栽树苗的\n"
    "巡查，及时补栽死苗，并把成活率按季度报乡政府备案，各\n乡镇要组织专门力量，对今年春季新栽的树木逐棵进行编号\n"
    "和登记，做到底数清楚、责任明确，对管护不力的村要通报\n批评，限期整改到位。\n"
)


def test_a_wrapped_copy_s_title_goes_on_on_its_second_line(read_text) -> None:
    source = read_text(f"县林业局专题党课：守护绿水青山，推动\n全县林业高质量发展\n{WRAPPED}")
    assert source.title == "县林业局专题党课：守护绿水青山，推动全县林业高质量发展"
    assert texts(source)[0].startswith("各村要把植树造林")


@pytest.mark.parametrize("second", ["王建国 刘芳", "2024年3月2日", "——在全县植树造林动员会上的讲话"])
def test_a_byline_date_or_subtitle_under_a_wrapped_copy_s_title_is_not_its_rest(read_text, second: str) -> None:
    source = read_text(f"县林业局专题党课：守护绿水青山，推动\n{second}\n{WRAPPED}")
    assert second not in (source.title or "")


def test_an_unwrapped_text_s_two_first_lines_are_not_joined_into_a_title(read_text) -> None:
    source = read_text(f"县林业局专题党课：守护绿水青山，推动\n全县林业高质量发展\n{BODY}\n{BODY2}\n")
    assert source.title != "县林业局专题党课：守护绿水青山，推动全县林业高质量发展"


@pytest.mark.parametrize(
    "greeting",
    [
        "今天是2024年3月29日，欢迎您访问某某新闻网！",
        "欢迎光临某某县党建网",
        to_traditional("今天是2024年3月29日 欢迎您访问某某新闻网"),
    ],
)
def test_a_site_s_greeting_and_name_over_the_headline_are_chrome(read_text, greeting: str) -> None:
    source = read_text(f"{greeting}\n\n某某新闻网\n\n关于春季植树造林的几点意见\n\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == ("关于春季植树造林的几点意见", [BODY, BODY2])


def test_a_speech_s_welcome_is_no_site_s_greeting(read_text) -> None:
    welcome = "欢迎来到新时代文明实践站！"
    source = read_text(f"关于春季植树造林的几点意见\n\n{BODY}\n{welcome}\n{BODY2}\n")
    assert (source.title, texts(source)) == ("关于春季植树造林的几点意见", [BODY, welcome, BODY2])


def test_a_breadcrumb_after_your_current_place_is_navigation(read_text) -> None:
    title = "关于进一步做好春季植树造林和森林防火工作的几点意见"
    crumb = f"您的当前位置: 某某范文网 > 范文大全 > 党课 > {title}"
    source = read_text(f"{crumb}\n\n{title}\n\n来源：党课 时间：2022-08-04 14:05\n\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (title, [BODY, BODY2])


def test_a_headline_that_ends_like_a_site_s_name_is_still_the_title(read_text) -> None:
    page = f"首页 > 要闻\n\n织密基层安全防护网\n\n2024-03-02 来源：某某日报\n\n{BODY}\n{BODY2}\n"
    assert read_text(page).title == "织密基层安全防护网"


@pytest.mark.parametrize("unit", ["[某某大学(某某学院)，某市 100000]", "［某某省委党校，某市 200000］"])
def test_an_author_s_unit_in_square_brackets_under_the_byline_is_no_text(read_text, unit: str) -> None:
    source = read_text(f"关于春季植树造林的几点意见\n□ 王建国\n{unit}\n{BODY}\n{BODY2}\n")
    assert (source.meta.author, texts(source)) == ("王建国", [BODY, BODY2])


@pytest.mark.parametrize(
    ("byline", "author"), [("□林 远", "林 远"), ("■ 亓 明", "亓 明"), ("◎ 亓明 闫华", "亓明 闫华")]
)
def test_an_untitled_text_opening_with_marked_names_whatever_their_surnames(read_text, byline, author) -> None:
    source = read_text(f"{byline}\n{BODY}\n{BODY2}\n")
    assert (source.title, source.meta.author, texts(source)) == (None, author, [BODY, BODY2])


@pytest.mark.parametrize("line", ["■ 会议精神", "■学习提示"])
def test_a_marked_word_alone_that_names_no_one_is_no_byline(read_text, line: str) -> None:
    source = read_text(f"{line}\n{BODY}\n{BODY2}\n")
    assert (source.meta.author, texts(source)) == (None, [line, BODY, BODY2])


def test_marked_names_and_bracketed_units_are_read_in_linear_time() -> None:
    start = time.perf_counter()
    assert marked_names("□张" + " " * 50_000 + "明") is None
    assert marked_names("□" + "张 " * 50_000) is None
    assert AUTHOR_UNIT.match("[" + "某" * 50_000 + "100000]") is None
    assert AUTHOR_UNIT.match("[" + " " * 50_000) is None
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "title",
    [
        "关于春季植树造林" + " " * 50_000 + "的几点思考",  # every note's spaces before its bracket or dash
        "关于春季植树造林" + "*" * 50_000 + "思考",  # a journal's note marks
        "关于春季植树造林（全文" + " " * 50_000 + "字）",  # spaces inside a word count's note
        "关于春季植树造林（共" + " " * 50_000 + "篇）",
        "关于春季植树造林 -" + " " * 50_000 + "某某",
    ],
)
def test_a_title_with_a_long_run_of_spaces_or_marks_is_cleaned_in_linear_time(title: str) -> None:
    start = time.perf_counter()
    clean_title(title)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("tag", ["[转载] ", "【原创】", to_traditional("[转载]")])
def test_a_forum_s_tag_of_the_kind_of_post_is_no_part_of_the_title(read_text, tag: str) -> None:
    title = "关于春季植树造林的几点意见"
    source = read_text(f"{tag}{title}\n作者: 王建国 2017-12-18 10:32:47\n{title}\n{BODY}\n{BODY2}\n")
    assert (source.title, texts(source)) == (title, [BODY, BODY2])
