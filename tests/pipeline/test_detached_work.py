"""A worker sends back a document's work without the document: the build attaches its own copy."""

from __future__ import annotations

import pickle
from dataclasses import replace

from study.build import UNATTACHED, detached_work, make_course
from study.config import Settings
from study.parse import parse
from study.read import read_source
from study.work import (
    Prepared,
    candidates,
    count_document,
    course_basis,
    course_context,
    document_work,
    tally_of,
    tasks,
)

from .conftest import seed_paths


def test_a_detached_work_is_the_work_without_its_document() -> None:
    settings = Settings()
    docs = tuple(parse(read_source(path)) for path in seed_paths()[:2])
    course = make_course(settings, docs)
    prepared = [Prepared(doc, count_document(doc), candidates(doc)) for doc in docs]
    keys = [doc.stem for doc in docs]
    basis = course_basis(
        course, settings, frozenset({"cards", "exercises"}), tally_of(p.counts for p in prepared), {}, keys
    )
    context = course_context(course, basis)
    for task in tasks(course, prepared, keys):
        whole, detached = document_work(context, task), detached_work(context, task)
        assert detached.work.doc == UNATTACHED and replace(detached.work, doc=task.doc) == whole.work
        assert detached.reads == whole.reads
        assert len(pickle.dumps(detached)) < len(pickle.dumps(whole)) - len(pickle.dumps(task.doc)) // 2
