"""The Library table: every stored document, filtered and sorted in SQL, read lazily.

The store keeps each document's listed figures (length, counts, tags) at write
time, so opening the Library reads one narrow table and never the texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..core.operations import Changes, Table
from ..core.store.library import (
    LibraryQuery,
    LibraryRow,
    choices,
    document_count,
    library_ids,
    library_row,
    library_rows_of,
    longest_document,
)
from ..core.translatable import QT_TRANSLATE_NOOP
from ..core.vocabulary import DOCUMENT_KINDS, SCRIPTS
from .labels import qt_translate
from .roles import DOCUMENT_ID_ROLE, SORT_ROLE
from .row_keys import RowKeys
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
    LibraryColumn("my_tags", QT_TRANSLATE_NOOP("LibraryModel", "My Tags")),  # document_tags
)
COLUMN = {c.field: i for i, c in enumerate(COLUMNS)}

# Tables whose changes the listing shows (new rows, or counts shown in columns).
_SHOWN_TABLES = (Table.DOCUMENTS, Table.MENTIONS, Table.ANNOTATIONS, Table.TAGS)


@dataclass(frozen=True)
class LibraryFilter:
    text: str = ""  # matched in either script against title, publisher and tags
    kind: str | None = None
    tag: str | None = None
    script: str | None = None
    source_file: str | None = None
    my_tag: str | None = None  # one of the analyst's own tags


def _split(joined: str) -> list[str]:
    return [part for part in joined.split(",") if part]


BATCH = 500  # rows shown per fetchMore
CHUNK = 200  # rows read from SQLite per cache miss


class LibraryModel(QAbstractTableModel):
    """Every stored document: ids in display order from SQL, rows read as they are shown.

    Filtering and sorting run in SQLite over the store's narrow ``library_entries``
    table (``core.store.library``); the model keeps the ordered ids
    (:class:`RowKeys`), exposes them to views a batch at a time (``fetchMore``) and
    caches the rows it has read.  A change redraws, inserts or removes only the
    documents it names; a new filter or store is a reset.
    """

    documents_changed = Signal()  # documents were stored or removed (not a fetch, not a sort)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._ids = RowKeys(self, self.columnCount)
        self._cache: dict[int, LibraryRow] = {}
        self._filter = LibraryFilter()
        self._sort_column = -1  # -1: store order (by id)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._busy = False  # signalling a change of rows: receivers may not fetch more then
        # True while the ids are exactly what the last read gave (no change applied since).
        self._order_fresh = False
        self.reload()
        session.hub.changed.connect(self._on_change)

    @property
    def _conn(self):
        return self._session.store.conn

    # -- reading the store ---------------------------------------------------

    def reload(self) -> None:
        """Read the listing anew (a new store or filter)."""
        self._cache.clear()
        with self._changing():
            self._ids.reset(self._query(), exposed=BATCH)
        self._order_fresh = True

    def _query(self) -> list[int]:
        f = self._filter
        query = LibraryQuery(f.text, f.kind, f.tag, f.script, f.source_file, f.my_tag)
        sort = COLUMNS[self._sort_column].field if 0 <= self._sort_column < len(COLUMNS) else None
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return library_ids(self._conn, query, sort, descending)

    def _on_change(self, changes: Changes) -> None:
        if changes.touches(*_SHOWN_TABLES):
            with self._changing():
                self._apply(changes)

    def _apply(self, changes: Changes) -> None:
        self._order_fresh = False
        parts = [changes.of_table(t) for t in _SHOWN_TABLES]
        documents = changes.of_table(Table.DOCUMENTS)
        if any(p.reloaded for p in parts):
            # Written wholesale by a worker: new documents in place, every row redrawn.
            self._cache.clear()
            self._ids.sync(self._query())
            self._ids.changed()
            self.documents_changed.emit()
            return
        touched = changes.document_ids() | documents.created | documents.deleted
        for document_id in touched:
            self._cache.pop(document_id, None)
        if documents.created or documents.deleted:
            self._ids.sync(self._query())
            self.documents_changed.emit()
        elif self._filter.my_tag and changes.touches(Table.TAGS):
            self._ids.sync(self._query())  # a document took or lost the tag filtered by
        # Counts changed: the rows are redrawn where they stand, nothing moves.
        self._ids.changed(touched)

    # -- filtering and sorting -----------------------------------------------

    @property
    def current_filter(self) -> LibraryFilter:
        return self._filter

    def set_filter(self, library_filter: LibraryFilter) -> None:
        if library_filter == self._filter:
            return
        self._filter = library_filter
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._order_fresh and (column, order) == (self._sort_column, self._sort_order):
            return  # as just read (the panel enabling its sorting asks once)
        self._sort_column = column
        self._sort_order = order
        order = self._query()
        if len(order) != len(self._ids) or set(order) != set(self._ids.keys):
            self.reload()  # the store changed unannounced: read it anew
            return
        # The same documents in a new order: the selection follows its rows.
        self._ids.reorder(order)

    # -- what the panel asks -------------------------------------------------

    def total_count(self) -> int:
        return document_count(self._conn)

    def filtered_count(self) -> int:
        """Documents the filter passes (shown or not yet fetched)."""
        return len(self._ids)

    def row(self, row: int) -> LibraryRow:
        document_id = self._ids[row]
        if document_id not in self._cache:
            lo = max(0, row - CHUNK // 2)
            wanted = [i for i in self._ids.keys[lo : lo + CHUNK] if i not in self._cache]
            self._cache.update(library_rows_of(self._conn, wanted))
        return self._cache[document_id]

    def document_id(self, row: int) -> int:
        return self._ids[row]

    def row_of_document(self, document_id: int) -> int | None:
        """The display row of a document the filter passes (fetching up to it), else None."""
        row = self._ids.row_of(document_id)
        if row < 0:
            return None
        if row >= self._ids.exposed:
            with self._changing():
                self._ids.expose(row - self._ids.exposed + 1)
        return row

    def document(self, document_id: int) -> LibraryRow | None:
        if document_id in self._cache:
            return self._cache[document_id]
        return library_row(self._conn, document_id)

    def longest_document_id(self) -> int | None:
        return longest_document(self._conn)

    def choices(self, field: str) -> list[str]:
        """Distinct values of ``kind``, ``script``, ``tags``, ``source_files`` or
        ``my_tags``, sorted."""
        return choices(self._conn, field)

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._ids.exposed

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """Around this model's own row signals: a receiver (a view, a tester) asking for
        more rows meanwhile would nest one change in another."""
        self._busy = True
        try:
            yield
        finally:
            self._busy = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._ids.exposed < len(self._ids) and not self._busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            with self._changing():
                self._ids.expose(BATCH)

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
        if not index.isValid() or not (0 <= index.row() < self._ids.exposed):
            return None
        row = self.row(index.row())
        column = COLUMNS[index.column()]
        value = getattr(row, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.field == "kind":
                return DOCUMENT_KINDS.label(value, qt_translate)
            if column.field == "script":
                return SCRIPTS.label(value, qt_translate)
            if column.field in ("tags", "my_tags"):
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
            if column.field in ("tags", "my_tags"):
                return ", ".join(_split(value))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
