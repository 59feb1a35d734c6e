"""The Library's and the Sheets' sort orders and filters, kept from one start to the next.

Read from and put back through the panels' own controls (the filter boxes, the
combo boxes, the header's sort indicator), so a restored filter shows in its box
exactly as if typed.  Columns are named by their stable keys, not their positions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView

from ..models.library_model import COLUMNS as LIBRARY_COLUMNS
from ..models.settings import TableState, WorkbenchSettings

if TYPE_CHECKING:
    from .main_window import MainWindow

LIBRARY = "library"


def _sort_of(table: QTableView, keys: list[str]) -> tuple[str | None, bool]:
    header = table.horizontalHeader()
    section = header.sortIndicatorSection()
    if not 0 <= section < len(keys) or not header.isSortIndicatorShown():
        return None, False
    return keys[section], header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def _sort_by(table: QTableView, keys: list[str], state: TableState) -> None:
    if state.sort_key in keys:
        order = Qt.SortOrder.DescendingOrder if state.descending else Qt.SortOrder.AscendingOrder
        table.sortByColumn(keys.index(state.sort_key), order)


def _choose(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value) if value else 0
    if index >= 0:
        combo.setCurrentIndex(index)


def _library_combos(window: MainWindow) -> dict[str, QComboBox]:
    panel = window.library_panel
    combos = {
        "kind": panel.kind_combo,
        "tag": panel.tag_combo,
        "script": panel.script_combo,
        "source_file": panel.source_combo,
    }
    my_tag = getattr(panel, "my_tag_combo", None)
    if my_tag is not None:
        combos["my_tag"] = my_tag
    return combos


def save_table_states(window: MainWindow, settings: WorkbenchSettings) -> None:
    library = window.library_panel
    keys = [column.field for column in LIBRARY_COLUMNS]
    sort_key, descending = _sort_of(library.table, keys)
    filters = {"text": library.filter_edit.text()}
    for name, combo in _library_combos(window).items():
        value = combo.currentData()
        filters[name] = str(value) if value is not None else ""
    settings.set_table_state(LIBRARY, TableState(sort_key, descending, filters))
    for name, tab in window.sheets_panel.sheet_tabs.items():
        keys = [column.key for column in tab.schema.columns]
        sort_key, descending = _sort_of(tab.table, keys)
        filters = {"search": tab.search.text()}
        filters |= {key: edit.text() for key, edit in tab.filters.edits.items()}
        settings.set_table_state(f"sheet_{name}", TableState(sort_key, descending, filters))


def restore_table_states(window: MainWindow, settings: WorkbenchSettings) -> None:
    library = window.library_panel
    state = settings.table_state(LIBRARY)
    library.filter_edit.setText(state.filters.get("text", ""))
    for name, combo in _library_combos(window).items():
        _choose(combo, state.filters.get(name))
    library.apply_filter()
    _sort_by(library.table, [column.field for column in LIBRARY_COLUMNS], state)
    for name, tab in window.sheets_panel.sheet_tabs.items():
        state = settings.table_state(f"sheet_{name}")
        tab.search.setText(state.filters.get("search", ""))
        for key, edit in tab.filters.edits.items():
            edit.setText(state.filters.get(key, ""))
        _sort_by(tab.table, [column.key for column in tab.schema.columns], state)
