"""Annotation edits as undoable commands on the session's one ``QUndoStack``.

Each edit is applied to the store (and committed) by ``run_*`` before the command
is pushed, so a store error reaches the caller and nothing half-done lands on the
stack; ``push`` then skips the command's first ``redo``.  Every apply, undo and
redo is committed before the change is announced on the hub, which is what makes
the panels show it.  Undo of an add deletes the row; redo restores it under the
same id with the same content.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QUndoCommand

from ..core.errors import WorkbenchError
from ..core.store.annotations import (
    Annotation,
    add_annotation,
    delete_annotation,
    get_annotation,
    update_annotation,
)
from ..core.store.mentions import StoredMention, review_of, set_review
from .session import Session

log = logging.getLogger(__name__)

QUOTE_LIMIT = 16  # characters of annotated text quoted in an undo action's label


def quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:QUOTE_LIMIT]}…”" if len(text) > QUOTE_LIMIT else f"“{text}”"


class _StoreCommand(QUndoCommand):
    """Skips the ``redo`` that ``QUndoStack.push`` makes: the edit is already applied."""

    def __init__(self, session: Session, document_id: int, label: str):
        super().__init__(label)
        self.session = session
        self.document_id = document_id
        self._applied = True

    @property
    def conn(self):
        return self.session.store.conn

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step) -> None:
        # Qt calls undo/redo from C++: an exception would be lost there.  A record
        # changed behind the stack's back (another window on the same store) makes
        # the command obsolete; Qt then drops it from the stack.
        try:
            step()
        except WorkbenchError as error:
            log.warning("cannot %s: %s", self.text(), error)
            self.setObsolete(True)
            return
        self.announce()

    def announce(self) -> None:
        self.session.hub.announce("annotations", self.document_id, initiator=self)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddAnnotationCommand(_StoreCommand):
    def __init__(self, session: Session, annotation: Annotation, text: str):
        super().__init__(
            session, annotation.document_id, f"Annotate {quote(text)} as {annotation.type}"
        )
        self.annotation = annotation

    def _redo(self) -> None:
        a = self.annotation
        add_annotation(self.conn, a.document_id, a.start, a.end, a.type, a.note, a.id)

    def _undo(self) -> None:
        delete_annotation(self.conn, self.annotation.id)


class DeleteAnnotationCommand(_StoreCommand):
    def __init__(self, session: Session, annotation: Annotation, text: str):
        super().__init__(session, annotation.document_id, f"Delete {annotation.type} {quote(text)}")
        self.annotation = annotation

    def _redo(self) -> None:
        delete_annotation(self.conn, self.annotation.id)

    def _undo(self) -> None:
        a = self.annotation
        add_annotation(self.conn, a.document_id, a.start, a.end, a.type, a.note, a.id)


class UpdateAnnotationCommand(_StoreCommand):
    def __init__(self, session: Session, before: Annotation, after: Annotation, label: str):
        super().__init__(session, before.document_id, label)
        self.before = before
        self.after = after

    def _redo(self) -> None:
        update_annotation(self.conn, self.after.id, type_=self.after.type, note=self.after.note)

    def _undo(self) -> None:
        update_annotation(self.conn, self.before.id, type_=self.before.type, note=self.before.note)


class ReviewMentionCommand(_StoreCommand):
    """Accepting a mention records the verdict and adds an annotation of its type, atomically."""

    def __init__(
        self,
        session: Session,
        mention: StoredMention,
        verdict: str,
        previous: str | None,
        annotation: Annotation | None,
    ):
        action = "Accept" if verdict == "accepted" else "Reject"
        super().__init__(
            session, mention.document_id, f"{action} {mention.type} {quote(mention.text)}"
        )
        self.mention = mention
        self.verdict = verdict
        self.previous = previous
        self.annotation = annotation

    def _redo(self) -> None:
        m = self.mention
        with self.session.store.transaction():
            set_review(self.conn, m.document_id, m.start, m.end, m.type, self.verdict)
            if self.annotation is not None:
                a = self.annotation
                add_annotation(self.conn, a.document_id, a.start, a.end, a.type, a.note, a.id)

    def _undo(self) -> None:
        m = self.mention
        with self.session.store.transaction():
            if self.annotation is not None:
                delete_annotation(self.conn, self.annotation.id)
            set_review(self.conn, m.document_id, m.start, m.end, m.type, self.previous)

    def announce(self) -> None:
        self.session.hub.announce("mentions", self.document_id, initiator=self)
        if self.annotation is not None:
            super().announce()


# -- applying an edit, then recording it ----------------------------------------


def _push(session: Session, command: _StoreCommand) -> None:
    session.undo_stack.push(command)
    command.announce()


def run_add_annotation(
    session: Session, document_id: int, start: int, end: int, type_: str, note: str = ""
) -> Annotation:
    """Add an annotation (Python offsets), commit it, and make it undoable."""
    annotation = add_annotation(session.store.conn, document_id, start, end, type_, note)
    text = session.store.document_text(document_id)[start:end]
    _push(session, AddAnnotationCommand(session, annotation, text))
    return annotation


def run_delete_annotation(session: Session, annotation_id: int) -> Annotation:
    removed = delete_annotation(session.store.conn, annotation_id)
    text = session.store.document_text(removed.document_id)[removed.start : removed.end]
    _push(session, DeleteAnnotationCommand(session, removed, text))
    return removed


def run_update_annotation(
    session: Session, annotation_id: int, *, type_: str | None = None, note: str | None = None
) -> Annotation:
    before = get_annotation(session.store.conn, annotation_id)
    if before is None:
        raise WorkbenchError(f"annotation {annotation_id} no longer exists")
    after = update_annotation(session.store.conn, annotation_id, type_=type_, note=note)
    if after == before:
        return after  # nothing changed: nothing to undo
    if after.type != before.type:
        label = f"Change {before.type} to {after.type}"
    else:
        label = f"Edit note of {before.type}"
    _push(session, UpdateAnnotationCommand(session, before, after, label))
    return after


def run_review_mention(session: Session, mention: StoredMention, verdict: str) -> None:
    """Accept (the span becomes an annotation of the mention's type) or reject a mention."""
    if verdict not in ("accepted", "rejected"):
        raise WorkbenchError(f"unknown verdict {verdict!r}")
    conn = session.store.conn
    m = mention
    previous = review_of(conn, m.document_id, m.start, m.end, m.type)
    if previous == verdict:
        return
    annotation = None
    with session.store.transaction():
        set_review(conn, m.document_id, m.start, m.end, m.type, verdict)
        if verdict == "accepted":
            annotation = add_annotation(conn, m.document_id, m.start, m.end, m.type)
    _push(session, ReviewMentionCommand(session, m, verdict, previous, annotation))
