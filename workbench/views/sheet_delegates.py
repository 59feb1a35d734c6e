"""Cell editors for sheets, chosen by the column's kind in the sheet schema.

Enumerations are combo boxes, units an editable combo box offering the units the
sheet already holds; numbers and years are typed and then checked by the core
(the model refuses an invalid value and says why).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QWidget,
)

from ..core.sheets.schema import ENUM, INTEGER, NUMBER, UNIT, YEAR
from ..core.translatable import QT_TRANSLATE_NOOP
from ..models.sheet_model import SheetModel, shown_code

_PLACEHOLDERS = {
    NUMBER: QT_TRANSLATE_NOOP("SheetDelegate", "a number, e.g. 1.5"),
    YEAR: QT_TRANSLATE_NOOP("SheetDelegate", "a year, e.g. 2025"),
    INTEGER: "1, 2, 3…",
}
_ENUM_EMPTY = QT_TRANSLATE_NOOP("SheetDelegate", "(none)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SheetDelegate", text) if text else text


_FILLED = "workbenchEditorFilled"  # an editor property: given its value once already


class SheetDelegate(QStyledItemDelegate):
    def __init__(self, model: SheetModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        # A refused entry, reopened in its cell so the analyst can correct it.
        self._refused: tuple[QPersistentModelIndex, str] | None = None

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = self.model.schema.columns[index.column()]
        if column.kind == ENUM:
            editor = QComboBox(parent)
            for code in column.choices:
                editor.addItem(shown_code(code) or _tr(_ENUM_EMPTY), code)
            return editor
        if column.kind == UNIT:
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.addItems(self.model.unit_choices())
            return editor
        editor = QLineEdit(parent)
        editor.setPlaceholderText(_tr(_PLACEHOLDERS.get(column.kind, "")))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # The view calls this again when the row is redrawn while its cell is edited (a
        # colleague's change to the row arriving): what the analyst types stays.
        if editor.property(_FILLED):
            return
        editor.setProperty(_FILLED, True)
        if self._refused is not None and isinstance(editor, QLineEdit):
            refused_index, text = self._refused
            if QModelIndex(refused_index) == index:
                self._refused = None
                editor.setText(text)
                editor.selectAll()
                return  # the same edit, reopened: checked against what it first showed
        self.model.editing_started(index)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                editor.setCurrentText(value)
            else:
                found = editor.findData(value)
                editor.setCurrentIndex(max(found, 0))
        else:
            editor.setText(value)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            text = editor.currentText() if editor.isEditable() else editor.currentData()
        else:
            text = editor.text()
        accepted = model.setData(index, text, Qt.ItemDataRole.EditRole)
        view = self.parent()
        if not accepted and isinstance(editor, QLineEdit) and isinstance(view, QAbstractItemView):
            # Keep what was typed: reopen the cell with it once this editor has closed.
            self._refused = (QPersistentModelIndex(index), text)
            persistent = QPersistentModelIndex(index)

            def reopen() -> None:
                # The row may have gone meanwhile (a reset invalidates the index).
                if persistent.isValid():
                    view.edit(QModelIndex(persistent))

            # With the view as context the reopening is dropped if the view is deleted.
            QTimer.singleShot(0, view, reopen)
