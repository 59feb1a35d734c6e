"""File → Import Sheet Rows and Annotations…: an export brought back in from the menu,
read and written on a worker, adopted as one undo step, rows left out listed."""

from __future__ import annotations

import csv
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.core.export_csv import export_sheet
from workbench.core.sheets import CAPACITY

from . import test_reprocess

# shared fixture (pytest finds fixtures by module attribute): the window on a seeded store
window = test_reprocess.window

WAIT_MS = 30_000


def _shown_rows(tab) -> int:
    model = tab.model
    while model.canFetchMore(tab.table.rootIndex()):
        model.fetchMore(tab.table.rootIndex())
    return model.rowCount()


def _stored(conn) -> int:
    return conn.execute("SELECT count(*) FROM capacity_rows WHERE merged_into IS NULL").fetchone()[
        0
    ]


def _import_from_menu(window, qtbot, path) -> None:
    window.work_import.ask_path = lambda: str(path)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_work_action in file_menu.actions()
    window.import_work_action.trigger()
    qtbot.waitUntil(lambda: not window.session.work_importer.running, timeout=WAIT_MS)


def test_a_sheet_export_comes_back_in_as_one_undo_step(window, qtbot, tmp_path):
    conn = window.session.store.conn
    window.show_panel("Sheets")
    tab = window.sheets_panel.tab("capacity")
    path = tmp_path / "产能.csv"
    export_sheet(conn, CAPACITY, path)
    everything = _stored(conn)
    (document_id,) = conn.execute(
        "SELECT document_id FROM capacity_rows GROUP BY document_id ORDER BY count(*) DESC"
    ).fetchone()
    with window.session.store.transaction():
        conn.execute("DELETE FROM capacity_rows WHERE document_id = ?", (document_id,))
    removed = everything - _stored(conn)
    assert removed > 1
    before = _shown_rows(tab)

    _import_from_menu(window, qtbot, path)
    status = window.statusBar().currentMessage()
    assert (
        status == f"Imported 产能.csv: {removed} added, 0 updated, {everything - removed} "
        "already here, 0 left out"
    )
    assert _stored(conn) == everything
    qtbot.waitUntil(lambda: _shown_rows(tab) == before + removed, timeout=WAIT_MS)
    assert window.undo_action.text() == "&Undo Import 产能.csv"

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(conn) == everything - removed
    qtbot.waitUntil(lambda: _shown_rows(tab) == before, timeout=WAIT_MS)


def test_the_rows_are_written_off_the_windows_thread(window, qtbot, tmp_path, monkeypatch):
    import workbench.core.work_import as work_import

    conn = window.session.store.conn
    path = tmp_path / "产能.csv"
    export_sheet(conn, CAPACITY, path)
    everything = _stored(conn)
    with window.session.store.transaction():
        conn.execute("DELETE FROM capacity_rows")
    writers = []
    real = work_import.combined

    def combined(label, operations):
        apply = real(label, operations)

        def run(store):
            writers.append((threading.current_thread() is threading.main_thread(), store))
            return apply(store)

        return run

    monkeypatch.setattr(work_import, "combined", combined)
    _import_from_menu(window, qtbot, path)
    ((on_the_windows_thread, store),) = writers
    assert not on_the_windows_thread and store is not window.session.store
    assert _stored(conn) == everything
    status = window.statusBar().currentMessage()
    assert status == f"Imported 产能.csv: {everything} added, 0 updated, 0 already here, 0 left out"
    assert window.undo_action.text() == "&Undo Import 产能.csv"
    window.undo_action.trigger()  # the worker's write, undone on the window's connection
    assert _stored(conn) == 0


def test_rows_that_cannot_be_placed_are_listed_and_the_rest_imported(window, qtbot, tmp_path):
    conn = window.session.store.conn
    path = tmp_path / "capacity.csv"
    export_sheet(conn, CAPACITY, path, keys=True)
    with open(path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    lines[1][lines[0].index("value_low")] = "-5"
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(lines)
    with window.session.store.transaction():
        conn.execute("DELETE FROM capacity_rows")

    _import_from_menu(window, qtbot, path)
    box = window.work_import.report_box
    qtbot.waitUntil(box.isVisible)
    assert "capacity, row 2: Value (low): “-5” is negative" in box.informativeText()
    assert _stored(conn) == len(lines) - 2
    box.button(box.StandardButton.Ok).click()

    bad = tmp_path / "城市.csv"
    bad.write_text("城市,备注\n苏州,工业园区\n", encoding="utf-8")
    _import_from_menu(window, qtbot, bad)
    box = window.work_import.report_box
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("城市.csv: no sheet or annotations export")
    assert _stored(conn) == len(lines) - 2  # nothing changed
    box.button(box.StandardButton.Ok).click()
    QApplication.processEvents()


def test_annotations_come_back_from_the_panels_export(window, qtbot, tmp_path):
    from workbench.core.store.annotations import add_annotation

    conn = window.session.store.conn
    document_id, text = conn.execute("SELECT id, text FROM documents ORDER BY id").fetchone()
    with window.session.store.transaction():
        add_annotation(conn, document_id, 0, 4, "ORG", "核对年报")
        add_annotation(conn, document_id, 5, 9, "GPE", "")
    window.show_panel("Annotations")
    panel = window.annotations_panel
    qtbot.mouseClick(panel.all_documents, Qt.MouseButton.LeftButton)
    path = tmp_path / "批注.csv"
    assert panel.export_to(str(path)) == 2
    with window.session.store.transaction():
        conn.execute("DELETE FROM annotations")
    panel.model.set_filter(None, None)  # read again, as a change from elsewhere would
    assert panel.model.rowCount() == 0

    _import_from_menu(window, qtbot, path)
    assert window.statusBar().currentMessage() == (
        "Imported 批注.csv: 2 added, 0 updated, 0 already here, 0 left out"
    )
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    stored = conn.execute('SELECT start, "end", type, note FROM annotations ORDER BY start')
    assert [tuple(r) for r in stored] == [(0, 4, "ORG", "核对年报"), (5, 9, "GPE", "")]
    shown = {
        panel.model.index(r, c).data()
        for r in range(panel.model.rowCount())
        for c in range(panel.model.columnCount())
    }
    assert "核对年报" in shown and text[0:4] in shown
