"""A small hand-made course (model objects built directly) for the sheet renderers' tests."""

from __future__ import annotations

from study.model import Course, Document, EnumList, Item, Loc, Meta, Paragraph, Source
from study.script import simplify

PATH = "sources/demo.txt"


def item(key: str, label: str, marker: str, head: str, rest: str = "", lists: tuple[EnumList, ...] = ()) -> Item:
    """An item whose text is its marker, its head and the rest of its paragraph."""
    line = 10 + len(key)
    return Item(marker, head, f"{marker}{head}{rest}", key, label, Loc(PATH, line, line), lists)


def enum(key: str, style: str, lead: str | None, items: tuple[Item, ...]) -> EnumList:
    """A list announced by `lead` with its count."""
    return EnumList(style, lead, len(items), items, key, Loc(PATH, 5 + len(key), 1))


def source(stem: str, title: str, texts: tuple[str, ...]) -> Source:
    """A source with one paragraph per text."""
    paras = tuple(Paragraph(t, simplify(t), Loc(f"sources/{stem}.txt", i + 1, i)) for i, t in enumerate(texts))
    return Source(
        f"sources/{stem}.txt",
        stem,
        title,
        Meta(date="1990-04-21", author="本报评论员", publication="人民日报"),
        "simplified",
        paras,
    )


def demo_document() -> Document:
    """A decision-like document: a top list of parts, one with a nested list of demands."""
    demands = enum(
        "1.2/1",
        "一要",
        "做好新形势下的群众工作，必须做到以下四点：",
        (
            item(
                "1.2/1.1",
                "（二）一要",
                "一要",
                "尊重民权",
                "。就是要牢固树立我们的权力是人民赋予的观点，真正做到立党为公、执政为民。",
            ),
            item(
                "1.2/1.2",
                "（二）二要",
                "二要",
                "顺应民意",
                "。要把群众拥护不拥护、赞成不赞成、高兴不高兴作为制定政策的依据。",
            ),
            item(
                "1.2/1.3",
                "（二）三要",
                "三要",
                "维护民利",
                "。要始终把人民群众的根本利益放在首位，切实解决群众最关心的问题。",
            ),
            item(
                "1.2/1.4",
                "（二）四要",
                "四要",
                "赢得民心",
                "。要坚持从群众中来、到群众中去，密切党同人民群众的血肉联系。",
            ),
        ),
    )
    parts = enum(
        "1",
        "（一）",
        None,
        (
            item(
                "1.1",
                "（一）",
                "（一）",
                "人民群众是我们党的力量源泉和胜利之本",
                "。能否始终保持和发展同人民群众的血肉联系，直接关系到党和国家的命运。",
            ),
            item("1.2", "（二）", "（二）", "坚持和发扬党的群众路线", "。群众路线是我们党的根本工作路线。", (demands,)),
            item(
                "1.3",
                "（三）",
                "（三）",
                "加强和改进党的思想政治工作",
                "。思想政治工作是经济工作和其他一切工作的生命线。",
            ),
        ),
    )
    texts = ("（一）人民群众是我们党的力量源泉和胜利之本。", "做好新形势下的群众工作，必须做到以下四点：")
    return Document(source("demo", "中共中央关于加强党同人民群众联系的决定", texts), (parts,))


def other_document() -> Document:
    """An article with one list of three construction tasks and one of four 'modernizations'."""
    tasks = enum(
        "1",
        "首先",
        "加强党的建设要抓好三个环节：",
        (
            item("1.1", "首先", "首先", "加强思想建设", "，用科学理论武装头脑。"),
            item("1.2", "其次", "其次", "加强组织建设", "，建设高素质干部队伍。"),
            item("1.3", "最后", "最后", "加强作风建设", "，保持党的优良作风。"),
        ),
    )
    forms = enum(
        "2",
        "inline",
        "社会生活出现了“四个多元化”：",
        (
            item("2.1", "", "", "经济成分多元化"),
            item("2.2", "", "", "利益主体多元化"),
            item("2.3", "", "", "社会组织多元化"),
            item("2.4", "", "", "就业方式多元化"),
        ),
    )
    texts = ("加强党的建设要抓好三个环节：首先加强思想建设，其次加强组织建设，最后加强作风建设。",)
    return Document(source("article", "保持密切联系群众的传统", texts), (tasks, forms))


def demo_course() -> Course:
    """The two documents as one course."""
    return Course("demo0000demo0000", "群众路线学习", (demo_document(), other_document()))
