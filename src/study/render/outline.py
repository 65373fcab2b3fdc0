"""The outline as JSON: the contract of `study parse --format json` and dist/outline/<stem>.json."""

from __future__ import annotations

import json
from dataclasses import asdict

from study.config import Settings
from study.generated import DocumentWork
from study.model import Document, EnumList, Item


def item_dict(item: Item) -> dict[str, object]:
    """One item in the JSON contract, with where it came from."""
    return {
        "marker": item.marker,
        "head": item.head,
        "text": item.text,
        "label": item.label,
        "line": item.loc.line,
        "lists": [list_dict(lst) for lst in item.lists],
    }


def list_dict(lst: EnumList) -> dict[str, object]:
    """One list in the JSON contract."""
    return {
        "style": lst.style,
        "lead": lst.lead,
        "announced_count": lst.announced_count,
        "line": lst.loc.line,
        "items": [item_dict(item) for item in lst.items],
    }


def document_dict(doc: Document) -> dict[str, object]:
    """A whole document in the JSON contract of `study parse --format json`."""
    meta = asdict(doc.meta)
    meta["keywords"] = list(doc.meta.keywords)
    return {
        "source": doc.source.path,
        "title": doc.title,
        "script": doc.source.script,
        "meta": meta,
        "warnings": list(doc.warnings),
        "lists": [list_dict(lst) for lst in doc.lists],
    }


def document_json(doc: Document, indent: int | None = 1) -> str:
    """The document's outline as pretty, stable JSON text (on one line with `indent` None)."""
    return json.dumps(document_dict(doc), ensure_ascii=False, indent=indent) + "\n"


def render_document(work: DocumentWork, settings: Settings) -> dict[str, bytes]:
    """dist/outline/<stem>.json of one document."""
    return {f"outline/{work.stem}.json": document_json(work.doc).encode("utf-8")}
