"""The companies a capacity chart can be limited to, as a list model for a picker.

A sheet may hold ten thousand companies: the model keeps the chart's choices as
they are and answers for the rows a view asks about, so filling the picker costs
one reset, not an item per company.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

if TYPE_CHECKING:
    from ..core.charts import CompanyChoice


class CompanyChoices(QAbstractListModel):
    """Row 0 is every company (key None); then each company, most rows first."""

    def __init__(self, all_label: str, parent: QObject | None = None):
        super().__init__(parent)
        self._all_label = all_label
        self._choices: Sequence[CompanyChoice] = ()
        self._rows: dict[str, int] = {}

    def set_choices(self, choices: Sequence[CompanyChoice]) -> None:
        """The chart's new choices.  The same companies in the same order (an edit
        changed their counts) are redrawn in place, so an open picker keeps its row;
        another list (a new chart, group or set of rows) replaces the old one."""
        same = [c.key for c in choices] == [c.key for c in self._choices]
        if same:
            self._choices = choices
            if choices:
                self.dataChanged.emit(self.index(1), self.index(len(choices)))
            return
        self.beginResetModel()
        self._choices = choices
        self._rows = {}
        self.endResetModel()

    def row_of(self, key: str | None) -> int:
        """The row of a company key (0 for every company; -1 when not offered)."""
        if key is None:
            return 0
        if not self._rows and self._choices:
            self._rows = {choice.key: row for row, choice in enumerate(self._choices, 1)}
        return self._rows.get(key, -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices) + 1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() <= len(self._choices):
            return None
        choice = self._choices[index.row() - 1] if index.row() else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{choice.label} ({choice.rows})" if choice else self._all_label
        if role == Qt.ItemDataRole.UserRole:
            return choice.key if choice else None
        return None
