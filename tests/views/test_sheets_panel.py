"""The Sheets panel driven like an analyst: edit, refuse, undo, review keys, source, export."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from workbench.core.sheets import CAPACITY, CLUSTERS, get_row
from workbench.models.session import Session
from workbench.models.sheet_model import UNSAVED_COLOUR
from workbench.views.sheet_actions import new_capacity_row_action, new_capacity_row_from_selection
from workbench.views.sheets_panel import SheetsPanel

from .. import sheet_fixtures
from ..sheet_fixtures import document_id
from .shipped_translation import shipped_translation

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
extracted_store = sheet_fixtures.extracted_store


@pytest.fixture
def panel(qtbot, extracted_store):
    session = Session(extracted_store)
    panel = SheetsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1400, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _type(qtbot, edit, text):
    """Type into a line edit: QTest only synthesises ASCII keys, so CJK text is inserted."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def _cell_center(tab, row, key):
    column = tab.schema.index_of(key)
    rect = tab.table.visualRect(tab.model.index(row, column))
    return rect.center()


def _open_editor(qtbot, tab, row, key):
    """Click the cell, then F2 (the edit key) as a keyboard user would."""
    point = _cell_center(tab, row, key)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    return QApplication.focusWidget()


def _edit(qtbot, tab, row, key, text):
    editor = _open_editor(qtbot, tab, row, key)
    if isinstance(editor, QComboBox):
        editor.setCurrentText(text) if editor.isEditable() else editor.setCurrentIndex(
            editor.findText(text)
        )
    else:
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        _type(qtbot, editor, text)
    _commit(qtbot, tab, row)


def _commit(qtbot, tab, row):
    """Finish the edit the way an analyst does: click another row's cell."""
    other = 1 if row == 0 else 0
    point = _cell_center(tab, other, tab.schema.columns[0].key)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_tabs_counts_and_filters(panel, qtbot):
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == ["Capacity", "Clusters"]
    clusters = panel.tab("clusters")
    panel.tabs.setCurrentWidget(clusters)
    total = clusters.model.total_count()
    assert clusters.counts.text() == f"{total} rows"
    _type(qtbot, clusters.filters.edits["country"], "日本")
    assert clusters.counts.text() == f"11 of {total} rows"
    _type(qtbot, clusters.search, "汽车")
    # 爱知县 and 东京 car clusters, and 福岛 (domain 新能源及智能网联汽车领域)
    assert clusters.model.filtered_count() == 3


def _correct_reopened_cell(qtbot, tab, text):
    """A refused entry reopens in its cell once the event loop turns: type over it there."""
    qtbot.waitUntil(lambda: isinstance(tab.table.focusWidget(), QLineEdit))
    editor = tab.table.focusWidget()
    editor.selectAll()
    _type(qtbot, editor, text)
    _commit(qtbot, tab, tab.table.currentIndex().row())


def test_edit_a_cell_refuse_invalid_then_undo(panel, qtbot):
    tab = panel.tab("capacity")
    row_id = tab.model.row_id(0)
    _edit(qtbot, tab, 0, "value_low", "abc")
    assert tab.message.isVisible() and "not a number" in tab.message.text()
    before = get_row(tab.model._conn, CAPACITY, row_id)
    assert before["review"] == "auto"
    _correct_reopened_cell(qtbot, tab, "2600")  # above the high value: refused too
    assert "below" in tab.message.text()
    _correct_reopened_cell(qtbot, tab, "2500")
    stored = get_row(tab.model._conn, CAPACITY, row_id)
    assert stored["value_low"] == 2500 and stored["review"] == "edited"
    assert tab.model.index(0, CAPACITY.index_of("value_low")).data() == "2500"
    panel.session.undo_stack.undo()
    assert get_row(tab.model._conn, CAPACITY, row_id) == before
    _edit(qtbot, tab, 0, "status", "forecast")
    assert get_row(tab.model._conn, CAPACITY, row_id)["status"] == "forecast"


@pytest.fixture
def chinese_panel(qapp, qtbot, extracted_store):
    """The panel made with the shipped Simplified Chinese translation installed."""
    with shipped_translation(qapp, "zh_CN"):
        panel = SheetsPanel(Session(extracted_store))
        qtbot.addWidget(panel)
        panel.resize(1400, 700)
        panel.show()
        qtbot.waitExposed(panel)
        yield panel


def test_a_refusal_is_said_in_the_interface_language(chinese_panel, qtbot):
    tab = chinese_panel.tab("capacity")
    row_id = tab.model.row_id(0)
    before = get_row(tab.model._conn, CAPACITY, row_id)
    _edit(qtbot, tab, 0, "value_low", "abc")
    assert tab.message.isVisible()
    assert tab.message.text() == "数值（下限）：“abc” 不是数字"
    _correct_reopened_cell(qtbot, tab, "-5")
    assert tab.message.text() == "数值（下限）：“-5” 是负数"
    high = before["value_high"]
    _correct_reopened_cell(qtbot, tab, f"{high + 100:g}")
    assert tab.message.text() == f"数值（上限）为 {high:g}，低于数值（下限） {high + 100:g}"
    assert get_row(tab.model._conn, CAPACITY, row_id) == before  # nothing refused was kept
    _correct_reopened_cell(qtbot, tab, f"{high:g}")
    assert get_row(tab.model._conn, CAPACITY, row_id)["value_low"] == high


def test_units_are_offered_from_the_sheet(panel, qtbot):
    tab = panel.tab("capacity")
    editor = _open_editor(qtbot, tab, 0, "unit")
    assert isinstance(editor, QComboBox) and editor.isEditable()
    offered = [editor.itemText(i) for i in range(editor.count())]
    assert "萬片/月 12英吋晶圓當量" in offered
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_confirm_and_reject_by_key(panel, qtbot):
    tab = panel.tab("clusters")
    panel.tabs.setCurrentWidget(tab)
    first, second = tab.model.row_id(0), tab.model.row_id(1)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_C)
    assert get_row(tab.model._conn, CLUSTERS, first)["review"] == "confirmed"
    # the selection moved on to the next row
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    assert get_row(tab.model._conn, CLUSTERS, second)["review"] == "rejected"
    panel.session.undo_stack.undo()
    assert get_row(tab.model._conn, CLUSTERS, second)["review"] == "auto"


def test_add_duplicate_delete(panel, qtbot):
    tab = panel.tab("clusters")
    panel.tabs.setCurrentWidget(tab)
    total = tab.model.total_count()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.total_count() == total + 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's name is being edited
    new_id = tab.model.row_id(tab.table.currentIndex().row())
    _type(qtbot, editor, "成都市软件和信息服务集群")
    _commit(qtbot, tab, tab.table.currentIndex().row())
    tab.table.selectRow(tab.model.row_of(new_id))
    assert get_row(tab.model._conn, CLUSTERS, new_id)["name"] == "成都市软件和信息服务集群"
    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    assert tab.model.total_count() == total + 2
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.total_count() == total + 1


def test_double_click_source_opens_the_reader(panel, qtbot):
    tab = panel.tab("capacity")
    record = tab.model.record(0)
    tab.table.scrollTo(tab.model.index(0, CAPACITY.index_of("quote")))
    point = _cell_center(tab, 0, "quote")
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(panel.session.open_document_requested) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.args == [record["document_id"], record["start"], record["end"]]


def test_new_row_from_selection_shows_in_the_sheet(panel, qtbot):
    store = panel.session.store
    doc = document_id(store, "德國企業,正在瘋狂湧入中國")
    text = store.document_text(doc)
    start = text.index("大眾在中國")
    end = text.index("萬輛", start) + 2
    action = new_capacity_row_action(panel.session, lambda: (doc, start, end), panel)
    action.trigger()
    tab = panel.tab("capacity")
    assert panel.tabs.currentWidget() is tab
    record = tab.model.record(tab.table.currentIndex().row())
    assert (record["company"], record["value_low"], record["unit"]) == ("大眾", 80.0, "萬輛")
    assert (record["document_id"], record["start"], record["end"]) == (doc, start, end)
    panel.session.undo_stack.undo()
    assert get_row(store.conn, CAPACITY, record["id"]) is None
    again = new_capacity_row_from_selection(panel.session, doc, start, end)
    assert get_row(store.conn, CAPACITY, again)["company"] == "大眾"


def test_export_what_is_on_screen(panel, qtbot, tmp_path):
    tab = panel.tab("clusters")
    _type(qtbot, tab.filters.edits["country"], "新加坡")
    path = tmp_path / "singapore.csv"
    with qtbot.waitSignal(tab.export_finished, timeout=20_000):
        assert tab.export_to(str(path)) is not None
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(frame["Country"]) == {"新加坡"} and len(frame) == 6
    assert "Exported 6 rows" in tab.message.text()


def test_panel_screenshot(panel, tmp_path):
    """The panel renders with rows (the PNG is for looking at; the test checks it drew)."""
    path = tmp_path / "sheets.png"
    assert panel.grab().save(str(path))
    assert path.stat().st_size > 10_000
    assert QPoint(0, 0) == panel.tabs.pos()


def test_a_refused_entry_stays_in_its_cell_to_be_corrected(panel, qtbot):
    tab = panel.tab("capacity")
    row_id = tab.model.row_id(0)
    _edit(qtbot, tab, 0, "value_low", "abc")
    assert tab.message.isVisible() and "not a number" in tab.message.text()
    # The cell is open again with what was typed, nothing stored.
    qtbot.waitUntil(lambda: isinstance(tab.table.focusWidget(), QLineEdit))
    editor = tab.table.focusWidget()
    assert editor.text() == "abc"
    assert get_row(tab.model._conn, CAPACITY, row_id)["value_low"] != "abc"
    editor.selectAll()
    _type(qtbot, editor, "2500")
    _commit(qtbot, tab, 0)
    assert get_row(tab.model._conn, CAPACITY, row_id)["value_low"] == 2500
    assert not tab.message.isVisible()  # the refusal no longer applies


def test_a_fact_stated_by_two_documents_is_one_row_that_opens_either(qtbot, tmp_path):
    from workbench.core.pipeline import import_paths
    from workbench.core.store import Store

    from ..core.test_capacity_facts import ARTICLE, REPRINT

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "經濟日報.txt").write_text(REPRINT, "utf-8")
    (folder / "寧德時代.txt").write_text(ARTICLE, "utf-8")
    store = Store(tmp_path / "store.sqlite3")
    import_paths(store, sorted(folder.iterdir()))
    session = Session(store)
    panel = SheetsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1400, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tab = panel.tab("capacity")
    stored = store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
    assert tab.model.rowCount() * 2 == stored and tab.counts.text() == f"{stored // 2} rows"
    column = CAPACITY.index_of("sources")
    for row in range(tab.model.rowCount()):
        assert tab.model.index(row, column).data() == "2"
    tip = tab.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 sources" in tip and "經濟日報" in tip and "寧德時代" in tip
    # the company is the canonical entity; as written beside it
    record = tab.model.record(0)
    assert (record["company"], record["company_written"]) == ("宁德时代", "寧德時代")

    tab.table.scrollTo(tab.model.index(0, column))
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(tab, 0, "sources")
    )
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    menu = tab.sources_menu
    assert menu is not None and menu.isVisible()
    sources = tab.model.sources(tab.model.row_id(0))
    labels = [action.text() for action in menu.actions()]
    assert len(labels) == 2 and all(
        s.title[:20] in label for s, label in zip(sources, labels, strict=True)
    )
    assert any("經濟日報" in label for label in labels)
    second, source = menu.actions()[1], sources[1]
    with qtbot.waitSignal(session.open_document_requested) as opened:
        second.trigger()
    assert opened.args == [source.document_id, source.start, source.end]
    menu.close()
    store.close()


def test_cells_edited_while_another_writer_holds_the_lock_show_unsaved_then_are_saved(panel, qtbot):
    tab = panel.tab("capacity")
    row_id = tab.model.row_id(0)
    before = get_row(tab.model._conn, CAPACITY, row_id)
    other = sqlite3.connect(panel.session.store.path)
    other.execute("BEGIN IMMEDIATE")  # an import or another window is writing
    try:
        _edit(qtbot, tab, 0, "value_low", "2400")
        _edit(qtbot, tab, 0, "status", "forecast")
        # Both edits stay in their cells, marked as not saved; the store has neither.
        value_cell = tab.model.index(0, CAPACITY.index_of("value_low"))
        assert value_cell.data() == "2400"
        assert value_cell.data(Qt.ItemDataRole.BackgroundRole).color() == UNSAVED_COLOUR
        assert "Not saved yet" in value_cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tab.model.index(0, CAPACITY.index_of("status")).data() == "forecast"
        assert tab.message.isVisible() and "2 edits are not saved yet" in tab.message.text()
        assert get_row(tab.model._conn, CAPACITY, row_id) == before
        # Each is an undo step already, so undo keeps the order they were typed in.
        assert panel.session.undo_stack.count() == 2
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: panel.session.runner.waiting_count == 0)
    stored = get_row(tab.model._conn, CAPACITY, row_id)
    assert stored["value_low"] == 2400 and stored["status"] == "forecast"
    value_cell = tab.model.index(0, CAPACITY.index_of("value_low"))
    assert value_cell.data() == "2400"
    assert value_cell.data(Qt.ItemDataRole.BackgroundRole) != QBrush(UNSAVED_COLOUR)
    assert not tab.message.isVisible()
    # Saved in the order typed, each its own undo step.
    assert panel.session.undo_stack.count() == 2
    panel.session.undo_stack.undo()
    assert get_row(tab.model._conn, CAPACITY, row_id)["status"] == before["status"]
    panel.session.undo_stack.undo()
    assert get_row(tab.model._conn, CAPACITY, row_id) == before


def test_a_cell_edit_on_a_store_that_refuses_writes_is_said_and_not_kept(panel, qtbot):
    tab = panel.tab("capacity")
    row_id = tab.model.row_id(0)
    before = get_row(tab.model._conn, CAPACITY, row_id)
    shown = tab.model.index(0, CAPACITY.index_of("value_low")).data()
    conn = panel.session.store.conn
    conn.execute("PRAGMA query_only = ON")  # what a read-only file gives: every write refused
    try:
        _edit(qtbot, tab, 0, "value_low", "2400")
    finally:
        conn.execute("PRAGMA query_only = OFF")
    assert tab.message.isVisible()
    assert panel.session.store.path.name in tab.message.text()
    assert "nothing was saved" in tab.message.text()
    assert panel.session.runner.waiting_count == 0
    assert get_row(tab.model._conn, CAPACITY, row_id) == before
    assert tab.model.index(0, CAPACITY.index_of("value_low")).data() == shown
