"""Typing through a sheet with the keyboard, as an analyst fills a row: Tab, Shift+Tab,
Enter and the arrow keys move between cells and every value lands in the cell it was
typed in — on screen and in SQLite — sorted or filtered, and through undo and redo."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from workbench.core.operations.sheets import set_review
from workbench.core.sheets import CAPACITY, get_row
from workbench.models.session import Session
from workbench.views.sheets_panel import SheetsPanel

from .. import sheet_fixtures

extracted_store_path = sheet_fixtures.extracted_store_path
extracted_store = sheet_fixtures.extracted_store


@pytest.fixture
def capacity(qtbot, extracted_store):
    session = Session(extracted_store)
    panel = SheetsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1600, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tab = panel.tab("capacity")
    panel.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() >= 6
    yield session, tab
    panel.close()  # the panel owns the tab: keep it alive for the test


def stored(session, row_id):
    return get_row(session.store.conn, CAPACITY, row_id)


def shown(tab, row, key):
    return tab.model.index(row, CAPACITY.index_of(key)).data()


def editor(qtbot) -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), f"no line editor open (focus: {widget!r})"
    return widget


def type_into_editor(qtbot, text: str) -> None:
    line = editor(qtbot)
    line.selectAll()
    qtbot.keyClicks(line, text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def press_return(qtbot, tab) -> None:
    """Enter commits the cell (Qt's delegate does it from the event loop, hence the wait)."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.state() != QAbstractItemView.State.EditingState)


def start_editing(qtbot, tab, row, key) -> None:
    index = tab.model.index(row, CAPACITY.index_of(key))
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)


def snapshot(session, tab):
    return {tab.model.row_id(r): stored(session, tab.model.row_id(r)) for r in range(6)}


def no_editor_warnings(qtlog):
    bad = [r.message for r in qtlog.records if "editor" in r.message or "editing" in r.message]
    assert bad == []


def test_tab_and_shift_tab_type_into_the_cells_of_the_row_being_filled(capacity, qtbot, qtlog):
    session, tab = capacity
    row = 2
    row_id = tab.model.row_id(row)
    others = {k: v for k, v in snapshot(session, tab).items() if k != row_id}

    start_editing(qtbot, tab, row, "company")
    type_into_editor(qtbot, "ACME")
    press(qtbot, Qt.Key.Key_Tab)  # → Site / plant, its editor open
    type_into_editor(qtbot, "Fab 9")
    press(qtbot, Qt.Key.Key_Tab)  # → Location
    type_into_editor(qtbot, "Tainan")
    press(qtbot, Qt.Key.Key_Backtab)  # back to Site: correct it
    type_into_editor(qtbot, "Fab 12")
    press_return(qtbot, tab)

    assert tab.table.currentIndex().row() == row
    assert tab.table.currentIndex().column() == CAPACITY.index_of("site")
    for key, value in {"company": "ACME", "site": "Fab 12", "location": "Tainan"}.items():
        assert shown(tab, row, key) == value
        assert stored(session, row_id)[key] == value
    assert stored(session, row_id)["review"] == "edited"
    # Nothing leaked into any other row.
    assert {k: stored(session, k) for k in others} == others
    no_editor_warnings(qtlog)


def test_arrow_keys_commit_and_move_to_the_next_row(capacity, qtbot, qtlog):
    session, tab = capacity
    first, second = tab.model.row_id(1), tab.model.row_id(2)
    start_editing(qtbot, tab, 1, "site")
    type_into_editor(qtbot, "North plant")
    press(qtbot, Qt.Key.Key_Down)  # commits, moves down
    assert tab.table.currentIndex().row() == 2
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    type_into_editor(qtbot, "South plant")
    press(qtbot, Qt.Key.Key_Up)
    assert tab.table.currentIndex().row() == 1
    assert stored(session, first)["site"] == "North plant"
    assert stored(session, second)["site"] == "South plant"
    assert (shown(tab, 1, "site"), shown(tab, 2, "site")) == ("North plant", "South plant")
    no_editor_warnings(qtlog)


def test_a_sorted_and_filtered_sheet_keeps_the_row_in_place_while_it_is_edited(
    capacity, qtbot, qtlog
):
    session, tab = capacity
    tab.table.sortByColumn(CAPACITY.index_of("company"), Qt.SortOrder.AscendingOrder)
    tab.model.set_column_filter("review", "auto")
    assert tab.model.rowCount() >= 3
    row = 1
    row_id = tab.model.row_id(row)
    ids_before = tab.model.row_ids()

    # A company sorting last, and a review state the filter hides: the row must stay put.
    start_editing(qtbot, tab, row, "company")
    type_into_editor(qtbot, "ZZZ Materials")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_editor(qtbot, "Line 3")
    press_return(qtbot, tab)

    assert tab.model.row_ids() == ids_before
    assert tab.model.row_id(row) == row_id
    assert (shown(tab, row, "company"), shown(tab, row, "site")) == ("ZZZ Materials", "Line 3")
    assert stored(session, row_id)["company"] == "ZZZ Materials"
    assert stored(session, row_id)["site"] == "Line 3"
    assert stored(session, row_id)["review"] == "edited"
    no_editor_warnings(qtlog)


def test_undo_and_redo_restore_each_cell_and_keep_the_current_cell(capacity, qtbot, qtlog):
    session, tab = capacity
    row = 3
    row_id = tab.model.row_id(row)
    before = stored(session, row_id)
    start_editing(qtbot, tab, row, "company")
    type_into_editor(qtbot, "ACME")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_editor(qtbot, "Fab 9")
    press_return(qtbot, tab)
    after = stored(session, row_id)
    current = tab.table.currentIndex()
    resets = []
    tab.model.modelReset.connect(lambda: resets.append(True))

    session.undo_stack.undo()  # the site
    assert stored(session, row_id)["site"] == before["site"]
    assert shown(tab, row, "site") == (before["site"] or "")
    assert shown(tab, row, "company") == "ACME"
    session.undo_stack.undo()  # the company, and the review state it changed
    assert stored(session, row_id) == {**before, "review": before["review"]}
    # an empty company says whose figure it is: (market), (total) or (company not stated)
    assert shown(tab, row, "company") == (before["company"] or f"({before['scope']})")
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert stored(session, row_id) == after
    assert (shown(tab, row, "company"), shown(tab, row, "site")) == ("ACME", "Fab 9")

    assert resets == []
    assert tab.table.currentIndex() == current
    no_editor_warnings(qtlog)


def test_an_edit_from_another_panel_leaves_an_open_editor_alone(capacity, qtbot, qtlog):
    session, tab = capacity
    other_id = tab.model.row_id(0)
    start_editing(qtbot, tab, 4, "company")
    type_into_editor(qtbot, "Half typed")
    # Another panel (the Reader, the Charts) changes a different row meanwhile.
    session.run(partial(set_review, schema=CAPACITY, row_ids=[other_id], state="confirmed"))
    assert editor(qtbot).text() == "Half typed"
    press_return(qtbot, tab)
    assert stored(session, tab.model.row_id(4))["company"] == "Half typed"
    assert stored(session, other_id)["review"] == "confirmed"
    no_editor_warnings(qtlog)
