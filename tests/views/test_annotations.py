"""The Annotations panel: list, filter, jump, edit in place, delete, undo, export."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from workbench.core.store import Store
from workbench.core.store.annotations import (
    annotations_for_document,
    delete_annotation,
    get_annotation,
)
from workbench.models.annotation_table import NOTE, TYPE, AnnotationTableModel
from workbench.models.session import Session
from workbench.views import annotations_panel
from workbench.views.annotations_panel import AnnotationsPanel
from workbench.views.reader_panel import ReaderPanel

from ..operations import run_add_annotation
from .shipped_translation import shipped_translation

TSMC_TITLE = "台積電透露未來計畫"


def document_id(store, title: str) -> int:
    return store.conn.execute("SELECT id FROM documents WHERE title = ?", (title,)).fetchone()[0]


@pytest.fixture
def setup(seeded_store, qtbot):
    session = Session(seeded_store)
    panel = AnnotationsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(800, 400)
    panel.show()
    qtbot.waitExposed(panel)
    # In-place editors commit on focus changes: make this the active window, as the
    # analyst's click would.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    tsmc = document_id(seeded_store, TSMC_TITLE)
    other = seeded_store.conn.execute(
        "SELECT id FROM documents WHERE id != ? ORDER BY id LIMIT 1", (tsmc,)
    ).fetchone()[0]
    first = run_add_annotation(session, tsmc, 0, 5, "ORG", "第一")
    second = run_add_annotation(session, tsmc, 10, 14, "GPE")
    elsewhere = run_add_annotation(session, other, 2, 6, "DATE", "=SUM(A1)")
    session.document_opened.emit(tsmc)
    yield panel, session, tsmc, other, (first, second, elsewhere)
    session.undo_stack.clear()


def listed(panel: AnnotationsPanel) -> list[tuple[str, str]]:
    model = panel.model
    return [
        (model.index(row, TYPE).data(), model.index(row, NOTE).data())
        for row in range(model.rowCount())
    ]


def row_rect(panel: AnnotationsPanel, row: int, column: int):
    return panel.table.visualRect(panel.model.index(row, column))


def test_lists_the_open_document_then_all_and_filters_by_type(setup, qtbot):
    panel, session, tsmc, _other, _annotations = setup
    assert listed(panel) == [("ORG", "第一"), ("GPE", "")]
    assert panel.count.text() == "2 annotations in this document"
    assert panel.model.index(0, 2).data() == session.store.document_text(tsmc)[0:5]
    assert panel.table.isColumnHidden(0)

    qtbot.mouseClick(panel.all_documents, Qt.MouseButton.LeftButton)
    assert len(listed(panel)) == 3 and not panel.table.isColumnHidden(0)
    assert panel.count.text() == "3 annotations in all documents"
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("DATE"))
    assert listed(panel) == [("DATE", "=SUM(A1)")]

    # A new annotation made elsewhere (e.g. in the reader) shows up at once.
    panel.type_filter.setCurrentIndex(0)
    run_add_annotation(session, tsmc, 20, 22, "MONEY")
    assert ("MONEY", "") in listed(panel)


def test_double_click_jumps_to_the_span_in_the_reader(setup, qtbot):
    panel, session, tsmc, other, (_first, second, _elsewhere) = setup
    reader = ReaderPanel(session)
    qtbot.addWidget(reader)
    reader.show()
    row = panel.model.row_of(second.id)
    point = row_rect(panel, row, 2).center()
    with qtbot.waitSignal(session.document_opened, timeout=5000):
        # A double click is a click followed by a double-click event at the same place.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    text = session.store.document_text(tsmc)
    assert reader.document_id == tsmc
    assert reader.view.textCursor().selectedText() == text[second.start : second.end]

    # Enter on the selected row does the same (the list follows the reader unless it
    # shows all documents).
    session.request_document(other, -1, -1)
    assert listed(panel) == [("DATE", "=SUM(A1)")]
    qtbot.mouseClick(panel.all_documents, Qt.MouseButton.LeftButton)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(panel.model.row_of(second.id), 2))
    with qtbot.waitSignal(session.document_opened, timeout=5000):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert reader.document_id == tsmc


def test_edit_the_note_in_place_and_undo(setup, qtbot):
    panel, session, _tsmc, _other, (first, _second, _elsewhere) = setup
    row = panel.model.row_of(first.id)
    qtbot.mouseClick(
        panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect(panel, row, NOTE).center()
    )
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = panel.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "第一"
    editor.selectAll()
    qtbot.keyClicks(editor, "capacity doubled")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: get_annotation(session.store.conn, first.id).note != "第一")
    assert get_annotation(session.store.conn, first.id).note == "capacity doubled"
    assert panel.model.index(row, NOTE).data() == "capacity doubled"

    session.undo_stack.undo()
    assert get_annotation(session.store.conn, first.id).note == "第一"
    assert panel.model.index(row, NOTE).data() == "第一"


def test_change_the_type_with_the_drop_down(setup, qtbot):
    panel, session, _tsmc, _other, (first, _second, _elsewhere) = setup
    row = panel.model.row_of(first.id)
    qtbot.mouseClick(
        panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect(panel, row, TYPE).center()
    )
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    combo = panel.table.findChild(QComboBox, "annotationTypeEditor")
    assert combo is not None and combo.currentText() == "ORG"
    combo.setCurrentText("PRODUCT")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: get_annotation(session.store.conn, first.id).type != "ORG")
    assert get_annotation(session.store.conn, first.id).type == "PRODUCT"
    assert panel.model.index(row, TYPE).data() == "PRODUCT"


def test_delete_selected_rows_with_the_key_and_undo_as_one_step(setup, qtbot):
    panel, session, tsmc, _other, _annotations = setup
    panel.table.setFocus()
    panel.table.selectAll()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert annotations_for_document(session.store.conn, tsmc) == []
    assert listed(panel) == []
    assert session.undo_stack.undoText() == "Delete annotations (2)"
    session.undo_stack.undo()
    assert len(annotations_for_document(session.store.conn, tsmc)) == 2
    assert listed(panel) == [("ORG", "第一"), ("GPE", "")]


def test_export_writes_csv_for_spreadsheets(setup, qtbot, tmp_path):
    panel, _session, _tsmc, other, _annotations = setup
    qtbot.mouseClick(panel.all_documents, Qt.MouseButton.LeftButton)
    path = tmp_path / "annotations.csv"
    assert panel.export_to(str(path)) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [
        "document_id", "title", "start", "end", "type", "text", "note", "page", "made_by",
        "document_key",
    ]  # fmt: skip
    exported = {row[4]: row for row in rows[1:]}
    assert exported["ORG"][6] == "第一"
    assert exported["DATE"][0] == str(other)
    assert exported["DATE"][6] == "'=SUM(A1)"  # a spreadsheet must not run it

    assert panel.export_to(str(tmp_path / "missing" / "x.csv")) == 0
    assert "x.csv" in panel.message.text()


def test_the_table_model_is_a_valid_item_model(setup, qtmodeltester):
    _panel, session, _tsmc, _other, _annotations = setup
    model = AnnotationTableModel(session)
    model.set_filter(None, None)
    qtmodeltester.check(model)
    model.sort(TYPE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_panel_runs_alone(seeded_store_path, tmp_path, qapp, monkeypatch):
    path = tmp_path / "alone.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        run_add_annotation(Session(store), 1, 0, 3, "ORG")
    seen = []

    def look_and_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, AnnotationsPanel) and widget.isVisible():
                seen.append(widget.model.rowCount())
                widget.close()
        return 0

    # Stand in for the event loop: look at what main() put on screen, then return.
    monkeypatch.setattr(QApplication, "exec", lambda self: look_and_quit())
    assert annotations_panel.main([str(path)]) == 0
    assert seen == [1]


def test_an_annotation_deleted_meanwhile_is_refused_in_the_interface_language(
    seeded_store, qtbot, qapp
):
    with shipped_translation(qapp, "zh_CN"):
        session = Session(seeded_store)
        panel = AnnotationsPanel(session)
        qtbot.addWidget(panel)
        panel.resize(800, 400)
        panel.show()
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow)
        tsmc = document_id(seeded_store, TSMC_TITLE)
        made = run_add_annotation(session, tsmc, 0, 5, "ORG", "第一")
        session.document_opened.emit(tsmc)
        row = panel.model.row_of(made.id)
        # A colleague deletes it: the window has not heard yet.
        delete_annotation(seeded_store.conn, made.id)
        qtbot.mouseClick(
            panel.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=row_rect(panel, row, NOTE).center(),
        )
        qtbot.keyClick(panel.table, Qt.Key.Key_F2)
        editor = panel.table.findChild(QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, "capacity doubled")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(panel.message.isVisible)
        assert panel.message.text() == f"无法修改批注：批注 {made.id} 已不存在"
        assert get_annotation(seeded_store.conn, made.id) is None
        session.undo_stack.clear()
