"""Annotation operations through the runner: committed before broadcast, undone and redone
by one generic command."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.nlp import Mention
from workbench.core.operations import Table
from workbench.core.pipeline import ingest_files
from workbench.core.store import Store
from workbench.core.store.annotations import annotations_for_document, get_annotation
from workbench.core.store.mention_spans import mentions_by_id, shown_mention_spans
from workbench.core.store.mentions import replace_mentions, review_of
from workbench.models.operation_runner import WriteDeferred
from workbench.models.session import Session

from ..operations import (
    run_add_annotation,
    run_delete_annotation,
    run_review_mention,
    run_update_annotation,
)

TSMC_TITLE = "台積電透露未來計畫"


def tsmc_id(store: Store) -> int:
    return store.conn.execute("SELECT id FROM documents WHERE title = ?", (TSMC_TITLE,)).fetchone()[
        0
    ]


@pytest.fixture
def session(seeded_store, qapp):
    session = Session(seeded_store)
    yield session
    session.undo_stack.clear()


class Announcements:
    """Records each announcement with what the store held at that moment."""

    def __init__(self, session: Session):
        self.seen: list[tuple[str, int | None, list]] = []
        self.session = session
        session.hub.changed.connect(self._record)

    def _record(self, changes) -> None:
        [document_id] = changes.of_table(Table.ANNOTATIONS).document_ids
        stored = annotations_for_document(self.session.store.conn, document_id)
        self.seen.append((sorted(changes.tables), document_id, stored))


def test_add_undo_redo_round_trip_through_the_store(session):
    doc = tsmc_id(session.store)
    heard = Announcements(session)
    added = run_add_annotation(session, doc, 5, 12, "ORG", "first note")
    # The announcement came after the commit: the store already held the row.
    assert heard.seen[-1] == ([Table.ANNOTATIONS], doc, [added])
    assert session.undo_stack.undoText().startswith("Annotate")

    session.undo_stack.undo()
    assert get_annotation(session.store.conn, added.id) is None
    assert heard.seen[-1] == ([Table.ANNOTATIONS], doc, [])

    session.undo_stack.redo()
    assert get_annotation(session.store.conn, added.id) == added  # same id, same content
    assert heard.seen[-1][2] == [added]


def test_update_and_delete_are_undoable(session):
    doc = tsmc_id(session.store)
    added = run_add_annotation(session, doc, 5, 12, "ORG")
    run_update_annotation(session, added.id, note="備註 one")
    run_update_annotation(session, added.id, type_="PRODUCT")
    assert get_annotation(session.store.conn, added.id).type == "PRODUCT"
    assert session.undo_stack.undoText() == "Change ORG to PRODUCT"

    run_delete_annotation(session, added.id)
    assert get_annotation(session.store.conn, added.id) is None
    session.undo_stack.undo()  # delete
    restored = get_annotation(session.store.conn, added.id)
    assert (restored.type, restored.note) == ("PRODUCT", "備註 one")
    session.undo_stack.undo()  # type
    assert get_annotation(session.store.conn, added.id).type == "ORG"
    session.undo_stack.undo()  # note
    assert get_annotation(session.store.conn, added.id).note == ""
    session.undo_stack.undo()  # add
    assert annotations_for_document(session.store.conn, doc) == []
    for _ in range(4):
        session.undo_stack.redo()
    assert get_annotation(session.store.conn, added.id) is None  # deleted again


def test_an_unchanged_update_is_not_put_on_the_stack(session):
    doc = tsmc_id(session.store)
    added = run_add_annotation(session, doc, 5, 12, "ORG", "same")
    count = session.undo_stack.count()
    run_update_annotation(session, added.id, note="same")
    assert session.undo_stack.count() == count


def test_refused_edits_raise_and_leave_the_stack_alone(session):
    doc = tsmc_id(session.store)
    with pytest.raises(WorkbenchError, match="outside"):
        run_add_annotation(session, doc, 5, 10**7, "ORG")
    with pytest.raises(WorkbenchError, match="unknown annotation type"):
        run_add_annotation(session, doc, 5, 8, "FACTORY")
    with pytest.raises(WorkbenchError, match="no longer exists"):
        run_delete_annotation(session, 987654)
    assert session.undo_stack.count() == 0


def test_accept_adds_an_annotation_and_reject_hides_the_mention(session):
    store = session.store
    doc = tsmc_id(store)
    text = store.document_text(doc)
    first = text.find("台積電")
    second = text.find("台積電", first + 1)
    with store.transaction():
        replace_mentions(
            store.conn,
            doc,
            [
                Mention(first, first + 3, "ORG", "台積電", "台积电"),
                Mention(second, second + 3, "ORG", "台積電", "台积电"),
            ],
            "test",
        )
    spans = shown_mention_spans(store.conn, doc)
    one, two = mentions_by_id(store.conn, spans.ids)

    run_review_mention(session, one, "accepted")
    assert review_of(store.conn, doc, first, first + 3, "ORG") == "accepted"
    [annotation] = annotations_for_document(store.conn, doc)
    assert (annotation.start, annotation.end, annotation.type) == (first, first + 3, "ORG")

    run_review_mention(session, two, "rejected")
    assert shown_mention_spans(store.conn, doc).starts == [first]

    session.undo_stack.undo()
    assert shown_mention_spans(store.conn, doc).starts == [first, second]
    session.undo_stack.undo()
    assert review_of(store.conn, doc, first, first + 3, "ORG") is None
    assert annotations_for_document(store.conn, doc) == []
    session.undo_stack.redo()
    assert annotations_for_document(store.conn, doc) == [annotation]


def test_annotations_survive_reingesting_the_same_corpus(session):
    store = session.store
    doc = tsmc_id(store)
    added = run_add_annotation(session, doc, 5, 12, "GPE", "kept")
    report = ingest_files(store)
    assert report.documents_new == 0
    assert tsmc_id(store) == doc
    assert annotations_for_document(store.conn, doc) == [added]


CRASHING_SESSION = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from workbench.core.store import Store
    from workbench.core.operations.annotations import annotate, update_annotation_op
    from workbench.models.session import Session

    app = QCoreApplication([])
    session = Session(Store(sys.argv[1]))
    doc = int(sys.argv[2])
    first = session.run(lambda s: annotate(s, doc, 3, 9, "ORG")).value
    session.run(lambda s: annotate(s, doc, 20, 26, "DATE", "second"))
    session.run(lambda s: update_annotation_op(s, first.id, note="acknowledged"))
    print("acknowledged", flush=True)
    sys.stdin.read()  # stay alive, with the store open, until killed
    """
)


def test_acknowledged_edits_survive_a_killed_process(seeded_store_path, tmp_path):
    path = tmp_path / "crash.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        doc = tsmc_id(store)
    # As a context manager Popen closes the pipes it made once the child is gone.
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_SESSION, str(path), str(doc)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as process:
        try:
            assert process.stdout.readline().strip() == "acknowledged"
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    with Store(path) as store:
        found = [
            (a.start, a.end, a.type, a.note) for a in annotations_for_document(store.conn, doc)
        ]
    assert found == [(3, 9, "ORG", "acknowledged"), (20, 26, "DATE", "second")]


class HeldLock:
    """Another writer (an import, another window) holding the store's write lock."""

    def __init__(self, store: Store):
        self.conn = sqlite3.connect(store.path)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self, sql: str = "", params=()) -> None:
        if sql:
            self.conn.execute(sql, params)
        self.conn.execute("COMMIT")
        self.conn.close()


def test_edits_and_undo_steps_made_while_the_lock_is_held_are_saved_in_order(session, qtbot):
    doc = tsmc_id(session.store)
    added = run_add_annotation(session, doc, 5, 12, "ORG")
    held = HeldLock(session.store)
    settled = []
    session.runner.waiting_settled.connect(lambda ticket, problem: settled.append(problem))
    with pytest.raises(WriteDeferred, match="1 edit is not saved yet") as first:
        run_update_annotation(session, added.id, note="first")
    with pytest.raises(WriteDeferred, match="2 edits are not saved yet") as second:
        run_update_annotation(session, added.id, type_="PRODUCT")
    assert second.value.ticket > first.value.ticket
    # Kept edits are on the stack already: undo takes back the last one, in order.
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert session.runner.waiting_count == 3
    assert get_annotation(session.store.conn, added.id) == added
    held.release()
    qtbot.waitUntil(lambda: session.runner.waiting_count == 0)
    assert settled == ["", "", ""]
    # Both updates went in, then the second was undone.
    stored = get_annotation(session.store.conn, added.id)
    assert (stored.type, stored.note) == ("ORG", "first")
    assert session.undo_stack.redoText() == "Change ORG to PRODUCT"
    session.undo_stack.redo()
    assert get_annotation(session.store.conn, added.id).type == "PRODUCT"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert get_annotation(session.store.conn, added.id).note == ""


def test_a_waiting_edit_the_other_writer_made_impossible_is_reported_not_dropped(session, qtbot):
    doc = tsmc_id(session.store)
    added = run_add_annotation(session, doc, 5, 12, "ORG")
    held = HeldLock(session.store)
    with pytest.raises(WriteDeferred):
        run_update_annotation(session, added.id, note="too late")
    with qtbot.waitSignal(session.runner.waiting_settled) as settled:
        # The other writer deletes the annotation before letting go of the lock.
        held.release("DELETE FROM annotations WHERE id = ?", (added.id,))
    _ticket, problem = settled.args
    assert "could not be saved" in problem and "no longer exists" in problem
    assert session.runner.waiting_count == 0
    assert get_annotation(session.store.conn, added.id) is None
