"""Documents a course holds twice (study.copies): made-up documents, read as the reader would give them."""

from __future__ import annotations

from dataclasses import replace

from study.copies import Compared, Copy
from study.copies import copies as copies_of
from study.model import Document, Loc, Meta, Paragraph, Source
from study.script import simplify

SPEECH = (
    "同志们：今天我们召开全市作风建设大会，主要任务是动员全市上下进一步转变作风。\n"
    "第一，要坚持实事求是，深入基层调查研究，摸清真实情况。\n"
    "第二，要密切联系群众，认真倾听群众呼声，及时回应群众关切。\n"
    "第三，要加强组织纪律，严格执行各项规章制度，做到令行禁止。\n"
    "让我们以更加昂扬的精神状态，推动各项工作再上新台阶！"
)
REPORT = (
    "今年以来，全县农业生产总体平稳，粮食播种面积保持稳定。\n"
    "一是抓好春耕备耕，及时调运化肥种子，保障农资供应充足。\n"
    "二是推进高标准农田建设，完善灌溉设施，提升耕地质量等级。\n"
    "三是发展特色产业，培育龙头企业，带动农民持续增收致富。"
)


def copies(documents: list[Document]) -> dict[int, Copy]:
    return copies_of([Compared.of(doc) for doc in documents])


def doc(text: str, path: str) -> Document:
    """A document of made-up paragraphs, one a line (its shadow in simplified script, as the reader makes it)."""
    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = tuple(Paragraph(line, simplify(line), Loc(path, n, n - 1)) for n, line in enumerate(lines, 1))
    return Document(Source(path, path.split(".")[0], None, Meta(), "simplified", paragraphs), ())


def test_the_same_text_read_from_another_file_is_a_copy_left_out() -> None:
    # a page's reading breaks lines elsewhere and spaces its numbers
    page = SPEECH.replace("，深入基层", "，\n深入基层").replace("第一，", "第一， ")
    found = copies([doc(SPEECH, "a.docx"), doc(REPORT, "b.txt"), doc(page, "c.html")])
    assert list(found) == [2] and found[2].of == "a.docx" and found[2].whole
    assert "c.html: the same text as a.docx: left out" in found[2].line("c.html")


def test_a_traditional_copy_is_the_same_text() -> None:
    traditional = SPEECH.replace("们", "們").replace("动员", "動員").replace("调查", "調查").replace("纪律", "紀律")
    found = copies([doc(SPEECH, "a.txt"), doc(traditional, "b.txt")])
    assert found[1].whole


def test_a_compilation_holding_a_document_is_said_to_hold_it_and_kept() -> None:
    found = copies([doc(REPORT, "a.txt"), doc(SPEECH + "\n" + REPORT, "b.txt")])
    assert list(found) == [1] and found[1].of == "a.txt" and not found[1].whole and not found[1].to_fix
    assert "holds the text of a.txt" in found[1].line("b.txt")
    # the other way round: the part comes after the compilation
    found = copies([doc(SPEECH + "\n" + REPORT, "a.txt"), doc(REPORT, "b.txt")])
    assert not found[1].whole and "b.txt: its text is part of a.txt" in found[1].line("b.txt")


def test_a_second_version_differing_in_a_sentence_is_kept_and_named() -> None:
    # one template's notice of two years: what differs is what a learner studies
    notice = SPEECH + "\n" + REPORT
    later = notice.replace("今年以来", "去年全年")
    found = copies([doc(notice, "a.txt"), doc(later, "b.txt")])
    assert (
        not found[1].whole
        and found[1].to_fix
        and "nearly the same text as a.txt (1 sentence or heading differs)" in found[1].line("b.txt")
    )


def test_documents_sharing_a_heading_and_a_sentence_are_no_copies() -> None:
    opening = SPEECH.splitlines()[0]
    assert copies([doc("一、总体要求\n" + SPEECH, "a.txt"), doc(f"一、总体要求\n{opening}\n{REPORT}", "b.txt")]) == {}


def test_a_short_document_is_a_copy_only_of_its_very_text() -> None:
    short, other = "坚持实事求是，深入基层调查研究。", "坚持实事求是，深入基层调查研究，摸清情况。"
    found = copies([doc(short, "a.txt"), doc(other, "b.txt"), doc(short.replace("，", " "), "c.txt")])
    assert list(found) == [2] and found[2].of == "a.txt" and found[2].whole


def test_empty_documents_are_no_copies() -> None:
    assert copies([doc("", "a.txt"), doc("", "b.txt")]) == {}


def test_two_notices_of_one_template_on_other_subjects_are_kept() -> None:
    # this month's notice and last month's: every long sentence the same, the headings say what each is about
    template = (
        "一、加强{0}。认真贯彻上级部署要求。\n二、改进方法。深入基层调查研究情况。\n"
        "三、狠抓落实。确保各项任务落地见效。"
    )
    found = copies([doc(template.format("宣传"), "a.txt"), doc(template.format("组织"), "b.txt")])
    assert not found[1].whole and found[1].to_fix
    assert "nearly the same text as a.txt (1 sentence or heading differs)" in found[1].line("b.txt")


def test_a_copy_whose_reading_keeps_a_short_line_more_is_still_the_same_text() -> None:
    # a page's reading keeps its site's short lines, that the Word file has not: the headings of one hold the other's
    headed = "一、总体要求。\n" + SPEECH + "\n二、主要任务。\n" + REPORT
    page = headed + "\n返回顶部"
    found = copies([doc(headed, "a.docx"), doc(page, "b.html")])
    assert found[1].whole


def test_one_text_under_two_titles_is_nearly_the_same_and_kept() -> None:
    # the same body under another title: another notice of one template, or one text's two readings (a page's title
    # with its site's name); a document wrongly left out would be lost to the course, one kept twice is only named
    first, second = doc(REPORT, "a.txt"), doc(REPORT, "b.txt")
    titled = [
        replace(d, source=replace(d.source, title=t))
        for d, t in ((first, "关于做好春耕工作的通知"), (second, "关于做好秋收工作的通知"))
    ]
    found = copies(titled)
    assert not found[1].whole and "(their titles differ)" in found[1].line("b.txt")
    retitled = [replace(d, source=replace(d.source, title="關於做好春耕工作的通知")) for d in (first, second)]
    assert copies([titled[0], retitled[1]])[1].whole  # one title in two scripts is one title


def test_a_reprints_decorated_headline_is_the_same_title() -> None:
    # a reprint says where it comes from or that it is whole: its title holds the first one's
    first = doc(REPORT, "a.txt")
    plain = replace(first, source=replace(first.source, title="关于做好春耕工作的通知"))
    for decorated in (
        "受权发布：关于做好春耕工作的通知",
        "关于做好春耕工作的通知（全文）",
        "某县农业局关于做好春耕工作的通知",
    ):
        second = doc(REPORT, "b.html")
        copy = copies([plain, replace(second, source=replace(second.source, title=decorated))])[1]
        assert copy.whole, decorated


def test_notices_of_one_template_differing_in_a_heading_line_are_kept() -> None:
    # the headings are lines of their own, without a full stop: the sentences run on into them, one of twenty-four
    lines = [f"各单位要把第{n}项任务落到实处，定期报告工作进展。" for n in range(1, 25)]
    body = "\n".join(["一、加强{0}工作", *lines[:12], "二、狠抓工作落实", *lines[12:]])
    found = copies([doc(body.format("宣传"), "a.txt"), doc(body.format("组织"), "b.txt")])
    assert not found[1].whole and "(2 sentences or headings differ)" in found[1].line("b.txt")
