"""The Annotations panel's table: one row per annotation, refreshed when annotations change.

Editing the Type or Note cell runs an undoable command (committed before the
cell shows the new value).  A change that keeps the same rows updates them in
place, so an open editor is never pulled from under the user by a model reset.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ..core.errors import WorkbenchError
from ..core.store.annotation_listing import AnnotationRow, annotation_rows
from ..core.vocabulary import ENTITY_TYPES
from .annotation_commands import run_update_annotation
from .changes import Change
from .roles import DOCUMENT_ID_ROLE, ENTITY_TYPE_ROLE, SORT_ROLE, SPAN_ROLE
from .session import Session

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 40
COLUMNS = ("Document", "Type", "Text", "Note", "Span", "Page")
DOCUMENT, TYPE, TEXT, NOTE, SPAN, PAGE = range(len(COLUMNS))
TEXT_LIMIT = 80  # characters of a long span shown in its cell (the tooltip has all)
_SORT_KEYS = {
    DOCUMENT: lambda r: (r.title, r.start, r.id),
    TYPE: lambda r: (r.type, r.document_id, r.start, r.id),
    TEXT: lambda r: (r.text, r.document_id, r.start, r.id),
    NOTE: lambda r: (r.note, r.document_id, r.start, r.id),
    SPAN: lambda r: (r.document_id, r.start, r.end, r.id),
    # Unpaged documents (no page) sort before paged ones.
    PAGE: lambda r: (r.page or 0, r.document_id, r.start, r.id),
}


class AnnotationTableModel(QAbstractTableModel):
    edit_failed = Signal(str)  # a message naming what could not be changed

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.rows: list[AnnotationRow] = []
        self.document_id: int | None = None  # None: every document
        self.type_filter: str | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        session.hub.changed.connect(self._on_change)

    # -- what to list ----------------------------------------------------------

    def set_filter(self, document_id: int | None, type_: str | None) -> None:
        self.document_id = document_id
        self.type_filter = type_ or None
        self.refresh(reset=True)

    def refresh(self, reset: bool = False) -> None:
        rows = annotation_rows(self.session.store.conn, self.document_id, self.type_filter)
        rows = self._sorted(rows)
        if not reset and [r.id for r in rows] == [r.id for r in self.rows]:
            pairs = enumerate(zip(self.rows, rows, strict=True))
            changed = [i for i, (old, new) in pairs if old != new]
            self.rows = rows
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind not in ("annotations", "documents"):
            return
        if self.document_id is not None and change.document_id not in (None, self.document_id):
            return
        self.refresh()

    def row_of(self, annotation_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == annotation_id), -1)

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (TYPE, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DOCUMENT:
                return row.title
            if column == TYPE:
                return row.type
            if column == TEXT:
                text = " ".join(row.text.split())
                return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + "…"
            if column == NOTE:
                return row.note
            if column == PAGE:
                return "" if row.page is None else str(row.page)
            return f"{row.start}–{row.end}"
        if role == Qt.ItemDataRole.EditRole:
            return row.type if column == TYPE else row.note if column == NOTE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return row.text
            if column == NOTE:
                return row.note or "No note: press F2 to write one"
            if column == DOCUMENT:
                return row.title
            if column == PAGE and row.page is not None:
                return f"Starts on page {row.page} of the imported PDF"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ANNOTATION_ID_ROLE:
            return row.id
        if role == DOCUMENT_ID_ROLE:
            return row.document_id
        if role == SPAN_ROLE:
            return (row.start, row.end)
        if role == ENTITY_TYPE_ROLE:
            return row.type
        if role == SORT_ROLE:
            return (row.title, row.type, row.text, row.note, row.start, row.page or 0)[column]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].id if i.isValid() else None for i in persistent]
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        rows_by_id = {r.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows_by_id[i], old.column()) if i in rows_by_id else QModelIndex()
                for old, i in zip(persistent, ids, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[AnnotationRow]) -> list[AnnotationRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        key = _SORT_KEYS[column]
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        try:
            if index.column() == NOTE:
                run_update_annotation(self.session, row.id, note=str(value).strip())
            elif index.column() == TYPE and value in ENTITY_TYPES:
                run_update_annotation(self.session, row.id, type_=str(value))
            else:
                return False
        except WorkbenchError as error:
            self.edit_failed.emit(f"Cannot change the annotation: {error}")
            return False
        return True
