"""Recognise and extract again, chosen in the Library: a worker restores what was lost."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.main_window import MainWindow

WAIT_MS = 60_000


@pytest.fixture
def window(seeded_store, tmp_path, qtbot):
    window = MainWindow(Session(seeded_store), WorkbenchSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.restore_layout()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _counts(conn, document_ids):
    marks = ",".join("?" * len(document_ids))
    mentions = conn.execute(
        f"SELECT count(*) FROM mentions WHERE document_id IN ({marks})", document_ids
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT count(*) FROM capacity_rows WHERE document_id IN ({marks})", document_ids
    ).fetchone()[0]
    return mentions, rows


def _click_row(qtbot, table, row, modifier=Qt.KeyboardModifier.NoModifier):
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    return rect.center()


def test_documents_chosen_in_the_library_are_recognised_and_extracted_again(window, qtbot):
    library = window.library_panel
    table = library.table
    model = library.model
    conn = window.session.store.conn
    # The two documents with the most capacity rows, whatever order the Library shows.
    rows_by_document = dict(
        conn.execute("SELECT document_id, count(*) FROM capacity_rows GROUP BY document_id")
    )
    rows = sorted(
        range(model.rowCount()), key=lambda r: -rows_by_document.get(model.document_id(r), 0)
    )[:2]
    chosen = [model.document_id(r) for r in rows]
    before = _counts(conn, chosen)
    assert before[0] > 0 and before[1] > 0
    # What an interrupted run can leave: the documents, without their entities and rows.
    other = sqlite3.connect(window.session.store.path)
    marks = ",".join("?" * len(chosen))
    with other:
        other.execute(f"DELETE FROM mentions WHERE document_id IN ({marks})", chosen)
        other.execute(f"DELETE FROM capacity_rows WHERE document_id IN ({marks})", chosen)
    other.close()
    assert _counts(conn, chosen) == (0, 0)

    _click_row(qtbot, table, rows[0])
    point = _click_row(qtbot, table, rows[1], Qt.KeyboardModifier.ControlModifier)
    assert sorted(library.selected_document_ids()) == sorted(chosen)
    menu = library.build_context_menu(point)
    action = next(a for a in menu.actions() if a.objectName() == "reprocessDocuments")
    assert action.text() == "&Recognise and Extract Again (2 Documents)" and action.isEnabled()
    with qtbot.waitSignal(window.session.reprocessor.finished, timeout=WAIT_MS) as done:
        action.trigger()
    menu.deleteLater()
    report = done.args[0]
    assert sorted(report.extracted) == sorted(chosen) and not report.cancelled
    assert _counts(conn, chosen) == before
    qtbot.waitUntil(lambda: not window.session.reprocessor.running)
    assert "Recognised and extracted 2 documents again" in window.statusBar().currentMessage()


def test_the_edit_menu_action_takes_the_document_open_in_the_reader(window, qtbot):
    conn = window.session.store.conn
    doc = conn.execute(
        "SELECT document_id FROM capacity_rows GROUP BY document_id ORDER BY count(*) DESC"
    ).fetchone()[0]
    window.session.request_document(doc)
    window.library_panel.table.clearSelection()
    before = _counts(conn, [doc])
    other = sqlite3.connect(window.session.store.path)
    with other:
        other.execute("DELETE FROM mentions WHERE document_id = ?", (doc,))
    other.close()
    assert _counts(conn, [doc])[0] == 0
    action = window.reprocess_action
    assert action in window.menuBar().actions()[1].menu().actions()
    with qtbot.waitSignal(window.session.reprocessor.finished, timeout=WAIT_MS):
        action.trigger()
    assert _counts(conn, [doc]) == before
    qtbot.waitUntil(lambda: not window.session.reprocessor.running)
