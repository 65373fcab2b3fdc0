"""Test helpers that make their own files: .docx packages with zipfile, PDFs with WeasyPrint, MHTML with email;
and what the tests look at in what is read back."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from xml.sax.saxutils import escape

import pytest

from study.errors import SourceError
from study.model import Source
from study.read.lines import Line

ReadBytes = Callable[[bytes, str], Source]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def run(text: str, bold: bool = False) -> str:
    """A w:r with its text."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def numbering_props(num: int | None, ilvl: int | None, outline: int | None) -> str:
    """The w:numPr (numId/ilvl) and w:outlineLvl of a paragraph's or a style's w:pPr."""
    props = ""
    if num is not None:
        level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        props += f'<w:numPr>{level}<w:numId w:val="{num}"/></w:numPr>'
    if outline is not None:
        props += f'<w:outlineLvl w:val="{outline}"/>'
    return props


def para(
    text: str = "",
    num: int | None = None,
    ilvl: int | None = 0,
    style: str | None = None,
    bold: bool = False,
    outline: int | None = None,
    runs: str = "",
) -> str:
    """A w:p: its style, numbering (numId/ilvl), outline level and text."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + numbering_props(num, ilvl, outline)
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{run(text, bold) if text else ''}{runs}</w:p>"


def table(rows: list[list[list[str]]]) -> str:
    """A w:tbl: rows of cells, each cell a list of paragraph texts."""
    cells = "".join(
        "<w:tr>" + "".join("<w:tc>" + "".join(para(t) for t in cell) + "</w:tc>" for cell in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl><w:tblPr/><w:tblGrid/>{cells}</w:tbl>"


def text_box(paragraphs: list[str]) -> str:
    """A run holding a text box, as Word writes it: the DrawingML box and the VML fallback, same text."""
    content = "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"
    choice = f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{content}</wps:txbx></w:drawing></mc:Choice>'
    fallback = f"<mc:Fallback><w:pict><v:textbox>{content}</v:textbox></w:pict></mc:Fallback>"
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


@dataclass(frozen=True)
class Lvl:
    """One numbering level: format, level text, start and the optional properties."""

    fmt: str
    text: str
    start: int = 1
    suffix: str | None = None
    restart: int | None = None
    legal: bool = False
    style: str | None = None

    def xml(self, ilvl: int) -> str:
        """The w:lvl element."""
        extra = f'<w:pStyle w:val="{self.style}"/>' if self.style else ""
        extra += f'<w:lvlRestart w:val="{self.restart}"/>' if self.restart is not None else ""
        extra += "<w:isLgl/>" if self.legal else ""
        extra += f'<w:suff w:val="{self.suffix}"/>' if self.suffix else ""
        return (
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{self.start}"/><w:numFmt w:val="{self.fmt}"/>{extra}'
            f'<w:lvlText w:val="{escape(self.text)}"/></w:lvl>'
        )


# The levels of a Chinese official document: 一、 （一） 1. （1） ①
OFFICIAL = (
    Lvl("chineseCounting", "%1、", suffix="nothing"),
    Lvl("chineseCounting", "（%2）", suffix="nothing"),
    Lvl("decimal", "%3.", suffix="nothing"),
    Lvl("decimal", "（%4）", suffix="nothing"),
    Lvl("decimalEnclosedCircle", "%5", suffix="nothing"),
)


@dataclass
class Docx:
    """A .docx package under construction."""

    body: list[str] = field(default_factory=list)
    abstracts: dict[int, tuple[Lvl, ...]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId → (abstract, starts)
    styles: list[str] = field(default_factory=list)
    title: str | None = None
    created: str | None = None

    def numbering(self) -> str:
        """numbering.xml."""
        abstracts = "".join(
            f'<w:abstractNum w:abstractNumId="{aid}">'
            + "".join(lvl.xml(k) for k, lvl in enumerate(levels))
            + "</w:abstractNum>"
            for aid, levels in self.abstracts.items()
        )
        nums = "".join(
            f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
            + "".join(
                f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>' for k, v in starts.items()
            )
            + "</w:num>"
            for nid, (aid, starts) in self.nums.items()
        )
        return f"<w:numbering {NS}>{abstracts}{nums}</w:numbering>"

    def core(self) -> str:
        """docProps/core.xml."""
        title = f"<dc:title>{escape(self.title)}</dc:title>" if self.title else ""
        created = f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>' if self.created else ""
        return (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{title}{created}</cp:coreProperties>'
        )

    def bytes(self) -> bytes:
        """The package as written by zipfile."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
            package.writestr(
                "word/document.xml", f"<w:document {NS}><w:body>{''.join(self.body)}</w:body></w:document>"
            )
            package.writestr("word/numbering.xml", self.numbering())
            package.writestr("word/styles.xml", f"<w:styles {NS}>{''.join(self.styles)}</w:styles>")
            package.writestr("docProps/core.xml", self.core())
        return out.getvalue()


def style(
    sid: str,
    name: str,
    based_on: str | None = None,
    num: int | None = None,
    ilvl: int | None = None,
    outline: int | None = None,
) -> str:
    """A paragraph w:style, with its numbering or outline level."""
    props = numbering_props(num, ilvl, outline)
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{base}<w:pPr>{props}</w:pPr></w:style>'
    )


# ---------------------------------------------------------------- PDF and MHTML

PDF_CSS = """
@page { size: A5; margin: 2cm 1.8cm;
  @top-center { content: "某某学习资料汇编"; font-size: 9pt }
  @bottom-center { content: "— " counter(page) " —"; font-size: 10pt } }
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.7; margin: 0; text-align: justify }
h1 { font-size: 18pt; text-align: center; margin: 0 0 1em }
p { text-indent: 2em; margin: 0 }
"""


def pdf_of(html_body: str, css: str = PDF_CSS) -> bytes:
    """A PDF rendered by WeasyPrint from a body of made-up HTML."""
    import weasyprint  # type: ignore[import-untyped]  # heavy: only the tests that make PDFs pay for it

    page = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{html_body}</body></html>"
    result: bytes = weasyprint.HTML(string=page).write_pdf()
    return result


def mhtml_of(html: str, charset: str = "utf-8", subject: str | None = None, codec: str | None = None) -> bytes:
    """A single-file web page as browsers save it: multipart/related with the page (encoded with `codec`,
    labelled `charset`) and an image."""
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["MIME-Version"] = "1.0"
    if subject:
        message["Subject"] = subject
    message.make_related()
    message.add_related(html.encode(codec or charset), "text", "html", cte="quoted-printable")
    page = next(message.iter_parts())
    page.set_param("charset", charset)
    message.add_related(b"\x89PNG\r\n\x1a\n" + bytes(40), "image", "png", cte="base64")
    return message.as_bytes()


# ---------------------------------------------------------------- what is read back


def lines(*texts: str, level: int = 0) -> list[Line]:
    """Paragraphs numbered 1, 3, 5 … (as if blank lines separated them)."""
    return [Line(2 * i + 1, text, level) for i, text in enumerate(texts)]


def texts(source: Source) -> list[str]:
    """The paragraphs' texts."""
    return [p.text for p in source.paragraphs]


def one_line_error(read_bytes: ReadBytes, data: bytes, name: str) -> str:
    """The one-line message reading `data` as `name` fails with."""
    with pytest.raises(SourceError) as caught:
        read_bytes(data, name)
    message = caught.value.format_message()
    assert "\n" not in message
    return message
