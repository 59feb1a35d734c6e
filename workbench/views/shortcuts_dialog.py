"""Help → Keyboard Shortcuts: every shortcut, read from the actions themselves.

The list is built from the ``QAction``s the window and its panels hold (a shortcut
added to an action shows here without anyone editing a list), then the Reader's
one-key annotation keys, which come from the entity vocabulary.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.vocabulary import ENTITY_TYPES
from ..models.labels import type_label


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for each action with a shortcut, sorted by what it does."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            rows.append((_plain(action.text()) or action.objectName(), ", ".join(keys)))
    return sorted(set(rows), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        reader = self.tr("In the Reader: annotate the selection as %1")
        for entity in ENTITY_TYPES:
            rows.append((reader.replace("%1", type_label(entity.code)), entity.key))
        for key, what in (
            ("N", self.tr("In the Reader: edit the note of the annotation at the cursor")),
            ("Del", self.tr("In the Reader: delete the annotation at the cursor")),
            ("A", self.tr("In the Reader: accept the entity at the cursor")),
            ("R", self.tr("In the Reader: reject the entity at the cursor")),
            ("Enter, Shift+Enter", self.tr("In the find bar: next, previous hit")),
            ("Esc", self.tr("In the find bar: close it")),
        ):
            rows.append((what, key))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for what, keys in rows:
            self.model.appendRow([QStandardItem(what), QStandardItem(keys)])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # either column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.resize(560, 520)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def rows(self) -> list[tuple[str, str]]:
        """The rows shown (after the filter), as (what it does, keys)."""
        proxy = self.proxy
        return [
            (proxy.index(r, 0).data(), proxy.index(r, 1).data()) for r in range(proxy.rowCount())
        ]

    def keys_of(self, what: str) -> str | None:
        return next((keys for action, keys in self.rows() if action == what), None)
