"""One made-up study document, written out as .txt, .html, .docx (automatic numbering) and .pdf."""

from __future__ import annotations

from html import escape

from tests.read.makers import OFFICIAL, Docx, para, pdf_of, style

TITLE = "关于深化学习教育活动的实施意见"
FILLER = (
    "各级组织要把这项工作摆在突出位置，结合本地区本部门实际，认真研究制定具体方案，明确时间安排和工作责任，"
    "确保各项任务落到实处、取得实效。"
)
# (level, text): level 0 is body text, 1–3 the automatic numbering levels 一、 （一） 1.
PARAGRAPHS: tuple[tuple[int, str], ...] = (
    (0, "为深入推进学习教育活动，进一步提高广大干部的理论素养和业务能力，现提出如下实施意见。" + FILLER),
    (1, "总体要求"),
    (0, "坚持以学促干、学用结合，把学习成果转化为推动工作的强大动力，着力解决工作中的突出问题。" + FILLER),
    (1, "主要任务"),
    (2, "抓好理论武装。坚持集体学习与个人自学相结合，每月至少安排一次专题学习，做到有计划、有记录、有交流。"),
    (2, "抓好制度建设。健全学习考勤、学习档案和学习考核等制度，推动学习教育经常化、规范化、长效化。"),
    (2, "抓好队伍建设。选配政治素质好、理论水平高的同志担任辅导员，定期开展业务培训，不断提升辅导能力。"),
    (0, "各单位在推进过程中要注重总结经验，及时发现和推广好的做法，以点带面推动整体工作上水平。" + FILLER),
    (1, "保障措施"),
    (3, "加强组织领导。各单位主要负责同志要亲自抓、负总责，分管同志要具体抓、抓具体，形成一级抓一级的工作格局。"),
    (3, "强化督促检查。建立定期通报制度，对工作推进不力的单位及时提醒督促，确保各项要求落到实处、见到成效。"),
    (3, "注重宣传引导。充分运用各类宣传阵地，大力宣传活动中涌现出的先进典型，营造比学赶超的浓厚氛围。"),
    (0, "本意见自印发之日起施行，执行中遇到的问题请及时报告。" + FILLER),
)
MARKERS = ("一二三", "一二三", "123")
MARKER_TEXT = ("{}、", "（{}）", "{}.")


def numbered() -> list[str]:
    """The paragraphs with their markers written out, as in a text file."""
    counts = [0, 0, 0]
    out = []
    for level, text in PARAGRAPHS:
        if level:
            counts[level - 1] += 1
            counts[level:] = [0] * (3 - level)
            marker = MARKER_TEXT[level - 1].format(MARKERS[level - 1][counts[level - 1] - 1])
            text = marker + text
        out.append(text)
    return out


def as_text() -> str:
    """The document as a plain-text file: the title, then one paragraph a line."""
    return "\n".join([TITLE, "", *numbered()]) + "\n"


def html_body() -> str:
    """The document's HTML body: the title as <h1>, one <p> a paragraph."""
    return f"<h1>{escape(TITLE)}</h1>" + "".join(f"<p>{escape(t)}</p>" for t in numbered())


def as_html() -> str:
    """The document as a web page."""
    return f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>{html_body()}</body></html>"


def as_docx() -> bytes:
    """The document as Word writes it: the markers are automatic numbering, not text."""
    body = [para(TITLE, style="Title")]
    body += [para(text, 1, level - 1) if level else para(text) for level, text in PARAGRAPHS]
    return Docx(body, abstracts={0: OFFICIAL}, nums={1: (0, {})}, styles=[style("Title", "Title")]).bytes()


def as_pdf() -> bytes:
    """The document printed: running header, page numbers — 1 —, indented paragraphs wrapped at the line end."""
    return pdf_of(html_body())
