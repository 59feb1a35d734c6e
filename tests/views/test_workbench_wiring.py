"""The composed window: import by drop, sheets and charts linked, extraction on first run."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.app import Workbench
from workbench.core.sheets.rows import fetch_rows
from workbench.core.sheets.schema import CLUSTERS
from workbench.models.settings import WorkbenchSettings

from .. import sheet_fixtures
from .test_import_gui import drag_events
from .test_reader import open_and_settle, point_of

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
        counted = window.charts_panel.source.selection("clusters").ids
        assert counted == set(tab.model.row_ids())
        shown = fetch_rows(workbench.store.conn, CLUSTERS, sorted(counted)).values()
        assert shown and all("德国" in (r["country"] + r["name"] + r["region"]) for r in shown)
    finally:
        workbench.close()


def _document(conn, title):
    return conn.execute("SELECT id, text FROM documents WHERE title = ?", (title,)).fetchone()


def test_a_span_backing_a_sheet_row_says_so_in_the_reader(tmp_path, extracted_store_path, qtbot):
    workbench = _workbench(tmp_path, extracted_store_path, qtbot)
    try:
        reader = workbench.window.reader_panel
        doc, text = _document(workbench.store.conn, "先進封裝,全速擴產")
        open_and_settle(qtbot, reader, doc)
        quote = text.find("2024 年底提升至 4.5-5 萬片")
        tip = reader.view.tooltip_at(point_of(reader, quote + 3))
        assert "backs Capacity" in tip and "台积电" in tip and "(auto)" in tip
        elsewhere = reader.view.tooltip_at(point_of(reader, text.find("先進封裝") + 1))
        assert "backs" not in elsewhere
    finally:
        workbench.close()


def test_new_capacity_row_from_a_reader_selection(tmp_path, extracted_store_path, qtbot):
    workbench = _workbench(tmp_path, extracted_store_path, qtbot)
    try:
        window, conn = workbench.window, workbench.store.conn
        reader = window.reader_panel
        doc, text = _document(conn, "美國決定對三星、SK海力士中國工廠的裝置出口限制部分放寬")
        figure = text.find("兩座廠月產能25萬片")
        start, end = text.rfind("三星", 0, figure), figure + len("兩座廠月產能25萬片")
        open_and_settle(qtbot, reader, doc, start, end)
        before = conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
        reader.view.setFocus()
        menu = reader.view.build_context_menu(point_of(reader, start + 1))
        assert "New capacity row from selection" in [a.text() for a in menu.actions()]
        qtbot.keyClick(reader.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
        row = conn.execute(
            'SELECT id, company, value_low, unit, start, "end", quote, review '
            "FROM capacity_rows ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == before + 1
        stored = (row["company"], row["value_low"], row["start"], row["end"])
        assert stored == ("三星", 25, start, end)
        assert row["unit"].startswith("萬片") and row["quote"] == text[start:end]
        tab = window.sheets_panel.tab("capacity")
        qtbot.waitUntil(lambda: tab.model.row_id(tab.table.currentIndex().row()) == row["id"])
    finally:
        workbench.close()


def test_file_export_sheet_writes_what_the_sheet_shows(
    tmp_path, extracted_store_path, qtbot, monkeypatch
):
    import pandas as pd

    from workbench.views.sheet_actions import ExportChoice

    workbench = _workbench(tmp_path, extracted_store_path, qtbot)
    try:
        window = workbench.window
        window.show_panel("Sheets")
        tab = window.sheets_panel.tab("clusters")
        window.sheets_panel.tabs.setCurrentWidget(tab)
        tab.search.setText("瑞典")  # as an input method commits it
        qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < tab.model.total_count())
        tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        out = tmp_path / "瑞典集群.csv"
        tab.ask_export = lambda: ExportChoice(str(out), "csv")  # what the dialog would answer
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        with qtbot.waitSignal(tab.export_finished, timeout=20_000):
            qtbot.keyClick(tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        shown = [tab.model.record(row)["name"] for row in range(tab.model.rowCount())]
        assert list(frame["Cluster"]) == shown and len(shown) >= 5
        assert all("瑞典" in "".join(row) for row in frame.astype(str).values.tolist())
        assert list(frame.columns[:6]) == [
            "Cluster", "Continent", "Country", "Region / city", "Industries", "Domain"
        ]  # fmt: skip
    finally:
        workbench.close()


def test_a_large_store_is_shown_at_once_then_checked_and_its_sheets_read_on_threads(
    tmp_path, extracted_store_path, qtbot, monkeypatch
):
    from workbench.core.sheets.rows import query_ids
    from workbench.core.store import database
    from workbench.models import sheet_model

    monkeypatch.setattr(database, "QUICK_CHECK_ON_OPEN_BYTES", 0)
    monkeypatch.setattr(sheet_model, "FIRST_READ_ROWS", 10)
    monkeypatch.setattr(sheet_model, "BATCH", 20)
    db_path = tmp_path / "store.sqlite3"
    shutil.copy(extracted_store_path, db_path)
    workbench = Workbench(db_path, WorkbenchSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(workbench.window)
    try:
        tab = workbench.window.sheets_panel.tab("clusters")
        model = tab.model
        assert workbench.store.check_pending and model.rowCount() == 20
        # Before the check has passed, an edit is refused and says why.
        refused = []
        model.edit_refused.connect(refused.append)
        note = model.index(0, CLUSTERS.index_of("note"))
        assert not model.setData(note, "待核实")
        assert "still being checked for damage" in refused[0]

        with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
            workbench.start()
        assert workbench.store.checked and not workbench.store.check_pending
        qtbot.waitUntil(lambda: not model.reading_rows, timeout=WAIT_MS)
        every = query_ids(workbench.store.conn, CLUSTERS)
        assert len(every) > 20 and model.row_ids() == every
        assert model.rowCount() == 20 and model.canFetchMore(model.index(-1, -1))
        charts = workbench.window.charts_panel.source
        # The charts count every row of the sheet, as the sheet shows them all.
        assert charts.selection("clusters") == charts.sheet_filter("clusters")
        assert charts.selection("clusters").ids is None
        assert not charts.sheet_filter("clusters").search
        assert tab.counts.text() == f"{len(every)} rows"

        assert model.setData(note, "待核实")  # saved now
        [stored] = fetch_rows(workbench.store.conn, CLUSTERS, [every[0]]).values()
        assert stored["note"] == "待核实" and not refused[1:]
        # Edited: the charts count exactly the rows the sheet shows.
        assert charts.selection("clusters").ids == set(every)
    finally:
        workbench.close()
