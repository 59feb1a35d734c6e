"""Edits as a panel makes them: an operation run by the session's runner (tests' shorthand)."""

from __future__ import annotations

from functools import partial

from workbench.core.operations.annotations import (
    annotate,
    delete_annotation_op,
    review_mention,
    update_annotation_op,
)


def run_add_annotation(session, document_id, start, end, type_, note=""):
    operation = partial(
        annotate, document_id=document_id, start=start, end=end, type_=type_, note=note
    )
    return session.run(operation).value


def run_update_annotation(session, annotation_id, **changes):
    return session.run(partial(update_annotation_op, annotation_id=annotation_id, **changes)).value


def run_delete_annotation(session, annotation_id):
    return session.run(partial(delete_annotation_op, annotation_id=annotation_id)).value


def run_review_mention(session, mention, verdict):
    return session.run(partial(review_mention, mention=mention, verdict=verdict)).value
