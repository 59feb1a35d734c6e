"""Annotation operations: annotate, retype, edit a note, delete; accept or reject a mention.

Each takes the store, writes in one transaction, and returns an :class:`Outcome`
whose inverse restores the state before (the same ids, so redo after undo gives
back the same rows).
"""

from __future__ import annotations

from functools import partial

from ...core.errors import WorkbenchError, annotation_gone
from ..store import Store
from ..store.annotations import (
    Annotation,
    add_annotation,
    delete_annotation,
    get_annotation,
    update_annotation,
)
from ..store.mentions import StoredMention, review_of, set_review
from .changes import Changes, Table
from .outcome import Outcome, unchanged

QUOTE_LIMIT = 16  # characters of annotated text quoted in an undo label


def quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:QUOTE_LIMIT]}…”" if len(text) > QUOTE_LIMIT else f"“{text}”"


def _span_text(store: Store, annotation: Annotation) -> str:
    return store.document_text(annotation.document_id)[annotation.start : annotation.end]


def _annotation_changes(annotation: Annotation, **ids) -> Changes:
    return Changes.of(Table.ANNOTATIONS, document_ids=[annotation.document_id], **ids)


def annotate(
    store: Store, document_id: int, start: int, end: int, type_: str, note: str = ""
) -> Outcome:
    """Annotate ``start:end`` (Python ``str`` offsets into the document text)."""
    with store.transaction():
        added = add_annotation(store.conn, document_id, start, end, type_, note)
    return _added(store, added, f"Annotate {quote(_span_text(store, added))} as {type_}")


def restore_annotation(store: Store, annotation: Annotation) -> Outcome:
    """Put a deleted annotation back under its old id."""
    a = annotation
    with store.transaction():
        add_annotation(store.conn, a.document_id, a.start, a.end, a.type, a.note, a.id)
    return _added(store, a, f"Restore {a.type} {quote(_span_text(store, a))}")


def _added(store: Store, annotation: Annotation, label: str) -> Outcome:
    return Outcome(
        label,
        _annotation_changes(annotation, created=[annotation.id]),
        partial(delete_annotation_op, annotation_id=annotation.id),
        annotation,
    )


def delete_annotation_op(store: Store, annotation_id: int) -> Outcome:
    with store.transaction():
        removed = delete_annotation(store.conn, annotation_id)
    return Outcome(
        f"Delete {removed.type} {quote(_span_text(store, removed))}",
        _annotation_changes(removed, deleted=[removed.id]),
        partial(restore_annotation, annotation=removed),
        removed,
    )


def update_annotation_op(
    store: Store, annotation_id: int, *, type_: str | None = None, note: str | None = None
) -> Outcome:
    """Retype an annotation or change its note."""
    before = get_annotation(store.conn, annotation_id)
    if before is None:
        raise annotation_gone(annotation_id)
    if type_ in (None, before.type) and note in (None, before.note):
        return unchanged("Edit annotation", before)
    with store.transaction():
        after = update_annotation(store.conn, annotation_id, type_=type_, note=note)
    if after.type != before.type:
        label = f"Change {before.type} to {after.type}"
    else:
        label = f"Edit note of {before.type}"
    return Outcome(
        label,
        _annotation_changes(after, updated=[after.id]),
        partial(update_annotation_op, annotation_id=after.id, type_=before.type, note=before.note),
        after,
    )


VERDICTS = ("accepted", "rejected")


def review_mention(
    store: Store,
    mention: StoredMention,
    verdict: str | None,
    *,
    annotation: Annotation | None = None,
    annotate: bool = True,
) -> Outcome:
    """Accept (the span also becomes an annotation of its type) or reject a mention.

    ``verdict`` None clears an earlier verdict.  ``annotation`` is the annotation an
    earlier accept made: an accept restores it, any other verdict removes it (undo
    and redo of an accept).  ``annotate`` False records an accept without adding an
    annotation (undoing a reject of an accepted mention, whose annotation stayed).
    """
    if verdict is not None and verdict not in VERDICTS:
        raise WorkbenchError(f"unknown verdict {verdict!r}")
    m = mention
    conn = store.conn
    previous = review_of(conn, m.document_id, m.start, m.end, m.type)
    if previous == verdict and annotation is None:
        return unchanged("Review entity")
    changes = Changes.of(Table.MENTIONS, updated=[m.id], document_ids=[m.document_id])
    made: Annotation | None = None
    removed: Annotation | None = None
    with store.transaction():
        set_review(conn, m.document_id, m.start, m.end, m.type, verdict)
        if verdict == "accepted" and annotation is not None:
            a = annotation
            add_annotation(conn, a.document_id, a.start, a.end, a.type, a.note, a.id)
            made = a
        elif verdict == "accepted" and annotate:
            made = add_annotation(conn, m.document_id, m.start, m.end, m.type)
        elif annotation is not None and get_annotation(conn, annotation.id) is not None:
            removed = delete_annotation(conn, annotation.id)
    if made is not None:
        changes |= _annotation_changes(made, created=[made.id])
    if removed is not None:
        changes |= _annotation_changes(removed, deleted=[removed.id])
    action = {"accepted": "Accept", "rejected": "Reject", None: "Clear review of"}[verdict]
    return Outcome(
        f"{action} {m.type} {quote(m.text)}",
        changes,
        partial(
            review_mention, mention=m, verdict=previous, annotation=made or removed, annotate=False
        ),
        made,
    )
