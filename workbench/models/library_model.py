"""The Library table: every stored document, filtered and sorted in the model.

Sorting and filtering run in Python over the rows read once from the store (a
``QSortFilterProxyModel`` is far slower on large libraries).  The model reloads
when the change hub reports new documents, mentions or annotations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..core.operations import Changes, Table
from ..core.script import to_simplified
from ..core.store.library import LibraryRow, library_rows
from ..core.translatable import QT_TRANSLATE_NOOP
from ..core.vocabulary import DOCUMENT_KINDS, SCRIPTS
from .labels import qt_translate
from .roles import DOCUMENT_ID_ROLE, SORT_ROLE
from .row_keys import KeyedRows
from .session import Session

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LibraryColumn:
    field: str
    header: str
    numeric: bool = False


COLUMNS: tuple[LibraryColumn, ...] = (
    LibraryColumn("title", QT_TRANSLATE_NOOP("LibraryModel", "Title")),
    LibraryColumn("kind", QT_TRANSLATE_NOOP("LibraryModel", "Kind")),
    LibraryColumn("tags", QT_TRANSLATE_NOOP("LibraryModel", "Tags")),
    LibraryColumn("publisher", QT_TRANSLATE_NOOP("LibraryModel", "Publisher")),
    LibraryColumn("publish_date", QT_TRANSLATE_NOOP("LibraryModel", "Date")),
    LibraryColumn("script", QT_TRANSLATE_NOOP("LibraryModel", "Script")),
    LibraryColumn("length", QT_TRANSLATE_NOOP("LibraryModel", "Length"), numeric=True),
    LibraryColumn("mentions", QT_TRANSLATE_NOOP("LibraryModel", "Mentions"), numeric=True),
    LibraryColumn("annotations", QT_TRANSLATE_NOOP("LibraryModel", "Annotations"), numeric=True),
)
COLUMN = {c.field: i for i, c in enumerate(COLUMNS)}

# Tables whose changes the listing shows (new rows, or counts shown in columns).
_SHOWN_TABLES = (Table.DOCUMENTS, Table.MENTIONS, Table.ANNOTATIONS)


@dataclass(frozen=True)
class LibraryFilter:
    text: str = ""  # matched in either script against title, publisher and tags
    kind: str | None = None
    tag: str | None = None
    script: str | None = None
    source_file: str | None = None


def _split(joined: str) -> list[str]:
    return [part for part in joined.split(",") if part]


class LibraryModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._all: list[LibraryRow] = []
        self._search_keys: list[str] = []  # simplified, lower-cased text the filter box matches
        # the rows the filter passes, in display order
        self._visible: KeyedRows[LibraryRow] = KeyedRows(self, self.columnCount, lambda r: r.id)
        self._filter = LibraryFilter()
        self._sort_column = -1  # -1: store order (by id)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.reload()
        session.hub.changed.connect(self._on_change)

    # -- reading the store ---------------------------------------------------

    def reload(self) -> None:
        """Read every document anew (a new store)."""
        self._read()
        self._visible.reset(self._filtered())

    def _read(self) -> None:
        self._all = library_rows(self._session.store.conn)
        self._search_keys = [
            to_simplified(f"{r.title}\n{r.publisher}\n{r.tags}").lower() for r in self._all
        ]

    def _on_change(self, changes: Changes) -> None:
        if changes.touches(*_SHOWN_TABLES):
            self._read()
            self._visible.sync(self._filtered())

    # -- filtering and sorting -----------------------------------------------

    @property
    def current_filter(self) -> LibraryFilter:
        return self._filter

    def set_filter(self, library_filter: LibraryFilter) -> None:
        if library_filter == self._filter:
            return
        self._filter = library_filter
        self._visible.reset(self._filtered())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._visible.reorder(self._filtered())

    def _filtered(self) -> list[LibraryRow]:
        """The rows the filter passes, sorted."""
        f = self._filter
        needle = to_simplified(f.text.strip()).lower()
        visible = []
        for i, row in enumerate(self._all):
            if f.kind and row.kind != f.kind:
                continue
            if f.script and row.script != f.script:
                continue
            if f.tag and f.tag not in _split(row.tags):
                continue
            if f.source_file and f.source_file not in _split(row.source_files):
                continue
            if needle and needle not in self._search_keys[i]:
                continue
            visible.append(i)
        return [self._all[i] for i in self._sorted(visible)]

    def _sorted(self, indices: list[int]) -> list[int]:
        if not 0 <= self._sort_column < len(COLUMNS):
            return sorted(indices)
        field = COLUMNS[self._sort_column].field
        # Ties keep store order in both directions, so sorting is stable for the eye.
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        keyed = sorted(indices)
        keyed.sort(key=lambda i: getattr(self._all[i], field), reverse=descending)
        return keyed

    # -- what the panel asks -------------------------------------------------

    def total_count(self) -> int:
        return len(self._all)

    def row(self, row: int) -> LibraryRow:
        return self._visible[row]

    def document_id(self, row: int) -> int:
        return self.row(row).id

    def row_of_document(self, document_id: int) -> int | None:
        row = self._visible.row_of(document_id)
        return row if row >= 0 else None

    def document(self, document_id: int) -> LibraryRow | None:
        return next((r for r in self._all if r.id == document_id), None)

    def longest_document_id(self) -> int | None:
        return max(self._all, key=lambda r: r.length).id if self._all else None

    def choices(self, field: str) -> list[str]:
        """Distinct values of ``kind``, ``script``, ``tags`` or ``source_files``, sorted."""
        values: set[str] = set()
        for row in self._all:
            value = getattr(row, field)
            values.update(_split(value) if field in ("tags", "source_files") else [value])
        values.discard("")
        return sorted(values)

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LibraryModel", COLUMNS[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        row = self.row(index.row())
        column = COLUMNS[index.column()]
        value = getattr(row, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.field == "kind":
                return DOCUMENT_KINDS.label(value, qt_translate)
            if column.field == "script":
                return SCRIPTS.label(value, qt_translate)
            if column.field == "tags":
                return ", ".join(_split(value))
            if column.numeric:
                return f"{value:,}"
            return value
        if role == SORT_ROLE:
            return value
        if role == DOCUMENT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.field == "title":
                files = ", ".join(_split(row.source_files))
                source = QCoreApplication.translate("LibraryModel", "Source: {files}")
                return f"{row.title}\n" + source.format(files=files) if files else row.title
            if column.field == "tags":
                return ", ".join(_split(value))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
