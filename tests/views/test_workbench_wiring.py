"""The composed window: import by drop, sheets and charts linked, extraction on first run."""

import shutil

from PySide6.QtWidgets import QApplication

from workbench.app import Workbench
from workbench.models.settings import WorkbenchSettings

from .. import sheet_fixtures
from .test_import_gui import drag_events

extracted_store_path = sheet_fixtures.extracted_store_path

WAIT_MS = 120_000


def _workbench(tmp_path, extracted_store_path, qtbot):
    db_path = tmp_path / "store.sqlite3"
    shutil.copy(extracted_store_path, db_path)
    workbench = Workbench(db_path, WorkbenchSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(workbench.window)
    with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
        workbench.start()
    return workbench


def test_dropping_a_gbk_file_on_the_window_imports_and_recognises_it(
    tmp_path, extracted_store_path, qtbot
):
    workbench = _workbench(tmp_path, extracted_store_path, qtbot)
    try:
        window = workbench.window
        assert window.import_action.isEnabled()
        before = workbench.window.library_model.rowCount()
        note = tmp_path / "华东产能简报.txt"
        note.write_bytes(
            "中芯国际宣布在上海新建晶圆厂,设计月产能为10万片,总投资88.7亿美元。".encode("gbk")
        )
        _mime, enter, drop = drag_events(window, [note])
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted()
        with qtbot.waitSignal(workbench.importer.import_finished, timeout=WAIT_MS) as finished:
            QApplication.sendEvent(window, drop)
        report = finished.args[0]
        assert [r.status for r in report.results] == ["imported"]
        qtbot.waitUntil(lambda: window.library_model.rowCount() == before + 1, timeout=WAIT_MS)
        doc = report.new_document_ids[0]
        conn = workbench.store.conn
        types = {
            r[0] for r in conn.execute("SELECT type FROM mentions WHERE document_id=?", (doc,))
        }
        assert {"ORG", "GPE", "QUANTITY", "MONEY"} <= types
        # The capacity statement went into the sheet, with its source.
        row = conn.execute(
            "SELECT value_low, unit, review, quote FROM capacity_rows WHERE document_id = ?", (doc,)
        ).fetchone()
        assert row is not None
        # The unit as the source states it: 10 万片 per month.
        assert (row[0], row[2]) == (10, "auto") and row[1].startswith("万片")
        assert "10万片" in row[3]
        capacity = window.sheets_panel.tab("capacity")
        qtbot.waitUntil(lambda: capacity.model.row_of(_row_id(conn, doc)) >= 0, timeout=WAIT_MS)
    finally:
        workbench.close()


def _row_id(conn, document_id):
    return conn.execute(
        "SELECT id FROM capacity_rows WHERE document_id = ?", (document_id,)
    ).fetchone()[0]


def test_a_clicked_chart_bar_selects_its_rows_in_the_sheet(tmp_path, extracted_store_path, qtbot):
    workbench = _workbench(tmp_path, extracted_store_path, qtbot)
    try:
        window = workbench.window
        conn = workbench.store.conn
        german = [r[0] for r in conn.execute("SELECT id FROM cluster_rows WHERE country = '德国'")]
        assert len(german) >= 3
        window.charts_panel.rows_selected.emit("clusters", german)
        tab = window.sheets_panel.tab("clusters")
        assert window.sheets_panel.tabs.currentWidget() is tab
        selected = {tab.model.row_id(i.row()) for i in tab.table.selectionModel().selectedRows()}
        assert selected == set(german)
        assert window.docks["Charts"].isVisible()
    finally:
        workbench.close()


def test_sheet_filter_reaches_the_charts(tmp_path, extracted_store_path, qtbot):
    workbench = _workbench(tmp_path, extracted_store_path, qtbot)
    try:
        window = workbench.window
        tab = window.sheets_panel.tab("clusters")
        tab.search.setText("德国")  # as an input method commits it: QTest cannot type CJK
        qtbot.waitUntil(lambda: tab.model.rowCount() < tab.model.total_count(), timeout=WAIT_MS)
        shown = window.charts_panel.source.sheet_rows("clusters")
        assert shown and all("德国" in (r["country"] + r["name"] + r["region"]) for r in shown)
    finally:
        workbench.close()
