"""The Annotations panel's table: one row per annotation, refreshed when annotations change.

Editing the Type or Note cell runs an operation (committed before the cell shows
the new value).  A broadcast that concerns the documents listed re-reads them and
applies the difference as row inserts, removes and ``dataChanged``, so an open
editor is never pulled from under the user by a model reset.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ..core.errors import WorkbenchError, said
from ..core.operations import Changes, Table
from ..core.operations.annotations import update_annotation_op
from ..core.store.annotation_listing import AnnotationRow, annotation_rows
from ..core.translatable import QT_TRANSLATE_NOOP
from ..core.vocabulary import ENTITY_TYPES
from .labels import qt_translate
from .operation_runner import WriteDeferred
from .roles import DOCUMENT_ID_ROLE, ENTITY_TYPE_ROLE, SORT_ROLE, SPAN_ROLE
from .row_keys import KeyedRows
from .session import Session

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 40
COLUMNS = (
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Document"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Type"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Span"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Page"),
)
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
        self._rows: KeyedRows[AnnotationRow] = KeyedRows(self, self.columnCount, lambda r: r.id)
        self.document_id: int | None = None  # None: every document
        self.type_filter: str | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        session.hub.changed.connect(self._on_change)

    # -- what to list ----------------------------------------------------------

    def set_filter(self, document_id: int | None, type_: str | None) -> None:
        self.document_id = document_id
        self.type_filter = type_ or None
        self._rows.reset(self._read())

    @property
    def rows(self) -> list[AnnotationRow]:
        """The rows in display order."""
        return self._rows.rows

    def _read(self) -> list[AnnotationRow]:
        conn = self.session.store.conn
        return self._sorted(annotation_rows(conn, self.document_id, self.type_filter))

    def _on_change(self, changes: Changes) -> None:
        if not changes.touches(Table.ANNOTATIONS, Table.DOCUMENTS):
            return
        concerned = any(
            changes.of_table(t).concerns_document(self.document_id)
            for t in (Table.ANNOTATIONS, Table.DOCUMENTS)
            if changes.touches(t)
        )
        if not concerned:
            return
        self._rows.sync(self._read())

    def row_of(self, annotation_id: int) -> int:
        return self._rows.row_of(annotation_id)

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (TYPE, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _with_maker(self, tooltip: str, row: AnnotationRow) -> str:
        """On a team store, who made the annotation, under the cell's own tooltip."""
        if not row.made_by:
            return tooltip
        return f"{tooltip}\n\n" + self.tr("Made by {role}").format(role=row.made_by)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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
                return self._with_maker(row.text, row)
            if column == NOTE:
                return self._with_maker(row.note or self.tr("No note: press F2 to write one"), row)
            if column == DOCUMENT:
                return self._with_maker(row.title, row)
            if column == PAGE and row.page is not None:
                return self.tr("Starts on page {n} of the imported PDF").format(n=row.page)
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
        self._rows.reorder(self._sorted(self.rows))

    def _sorted(self, rows: list[AnnotationRow]) -> list[AnnotationRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        key = _SORT_KEYS[column]
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        if index.column() == NOTE:
            operation = partial(update_annotation_op, annotation_id=row.id, note=str(value).strip())
        elif index.column() == TYPE and value in ENTITY_TYPES:
            operation = partial(update_annotation_op, annotation_id=row.id, type_=str(value))
        else:
            return False
        try:
            self.session.run(operation)
        except WriteDeferred as deferred:
            self.edit_failed.emit(
                said(deferred, qt_translate)
            )  # kept: saved, and shown, once the store is free
            return False
        except WorkbenchError as error:
            self.edit_failed.emit(
                self.tr("Cannot change the annotation: {error}").format(
                    error=said(error, qt_translate)
                )
            )
            return False
        return True
