"""The entity index (one row per canonical entity) and the mentions of one entity."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from ..core.operations import Changes, Table
from ..core.store.entities import EntityNames, entity_names
from ..core.store.mentions import (
    EntityEntry,
    EntityListing,
    EntityQuery,
    MentionInContext,
    entity_listing_at,
    entity_page,
    entity_rank,
    entity_total,
    mentions_of_entity,
)
from ..core.translatable import QT_TRANSLATE_NOOP
from .labels import qt_translate
from .roles import (
    DOCUMENT_ID_ROLE,
    ENTITY_TYPE_ROLE,
    SNIPPET_ROLE,
    SNIPPET_SPANS_ROLE,
    SORT_ROLE,
    SPAN_ROLE,
)
from .row_keys import KeyedRows
from .session import Session
from .worker import SingleTask

Index = QModelIndex | QPersistentModelIndex

ENTITY_COLUMNS = (
    QT_TRANSLATE_NOOP("EntityTableModel", "Entity"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Type"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Mentions"),
    QT_TRANSLATE_NOOP("EntityTableModel", "Docs"),
)
_FIELDS = ("canonical", "type", "mentions", "documents")
_NUMERIC = {2, 3}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


BATCH = 500  # entities read per page


class _LoadedEntries(KeyedRows[EntityEntry]):
    """The entries read so far: a prefix of the index in its order, grown page by page."""

    def extend(self, rows: list[EntityEntry]) -> None:
        """Add a page after the rows shown (a key shown already stays where it is)."""
        new = [r for r in rows if self._key(r) not in self._by_key]
        if not new:
            return
        self._by_key.update((self._key(r), r) for r in new)
        keys = [self._key(r) for r in new]
        self._keys.insert(keys, [*self._keys.keys, *keys])


class EntityIndexModel(QAbstractTableModel):
    """Canonical entities with mention and document counts, read a page at a time.

    The index is the store's ``entity_counts`` table, kept at write time; filtering
    and sorting run in SQL along one of its indexes, so the first page costs the
    same however large the store.  Views fetch further pages as they scroll
    (``canFetchMore``/``fetchMore``).  An edit re-reads the pages read so far and
    applies the difference as row removes, inserts and ``dataChanged``; a new filter
    or sort is a reset.

    A filter typed in the panel is read on a worker (:meth:`request_filter`): a part
    of a name is looked for in every entity of the index, 0.15-0.3 s at 38,000
    documents, which the window's thread would stand still for at each keystroke.
    The rows shown stay until the newest filter's are read; an older one still being
    read is cancelled, and its rows are never shown.

    ``type_labels``/``type_icons`` let the view decide how a type code is shown
    (the colours belong to the views layer).
    """

    totals_changed = Signal()  # the entities counted may have changed (an edit, an import)
    filter_applied = Signal()  # the rows of the filter asked for last are shown (a reset)

    def __init__(
        self,
        session: Session,
        type_labels: Mapping[str, str] | None = None,
        type_icons: Mapping[str, QIcon] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._type_labels = dict(type_labels or {})
        self._type_icons = dict(type_icons or {})
        self._query = EntityQuery()
        self._more = False  # whether entities beyond those read may be listed
        self._busy = False  # signalling a change of rows: receivers may not fetch more then
        self._total: int | None = None  # entities the filter passes, counted when asked
        self._entries = _LoadedEntries(self, self.columnCount, lambda e: (e.canonical, e.type))
        self._requested = self._query  # the filter asked for last: shown, or being read
        self._waiting: EntityQuery | None = None  # to be read once the read running ends
        self._changes = 0  # changes of the index seen: a read begun before one is stale
        self._reads = SingleTask(self)
        self._reads.ended.connect(self._read_waiting)
        self.reload()
        session.hub.changed.connect(self._on_change)

    @property
    def _conn(self):
        return self._session.store.conn

    def _page(self, offset: int, limit: int) -> list[EntityEntry]:
        rows = entity_page(self._conn, self._query, offset, limit)
        self._more = len(rows) == limit
        return rows

    def reload(self) -> None:
        """Read the first page anew for a new filter or sort (a reset)."""
        self._total = None
        with self._changing():
            self._entries.reset(self._page(0, BATCH))

    def _on_change(self, changes: Changes) -> None:
        if changes.touches(Table.DOCUMENTS, Table.MENTIONS):
            self._changes += 1
            self._total = None
            with self._changing():
                self._entries.sync(self._page(0, max(len(self._entries), BATCH)))
            self.totals_changed.emit()
        elif changes.touches(Table.ENTITIES) and len(self._entries):
            # Sources and aliases show in tooltips only: repaint, nothing moves.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

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
        return not parent.isValid() and self._more and not self._busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            with self._changing():
                self._entries.extend(self._page(len(self._entries), BATCH))

    def names_of(self, entry: EntityEntry) -> EntityNames:
        """How an entity of the index is written and taught, and where it came from."""
        return entity_names(self._conn, entry.canonical, entry.type)

    def set_filter(self, type_: str | None, contains: str) -> None:
        """Show the entities of a new filter now, read on this thread."""
        self._requested = self._filtered(self._query, type_, contains)
        self._waiting = None
        self._reads.cancel()
        if self._requested != self._query:
            self._query = self._requested
            self.reload()

    def request_filter(self, type_: str | None, contains: str) -> None:
        """Show the entities of a new filter once a worker has read them (the newest
        request wins); ``filter_applied`` says when they are shown."""
        wanted = self._filtered(self._requested, type_, contains)
        if wanted == self._requested:
            return
        self._requested = wanted
        self._reads.cancel()  # what it reads is no longer asked for
        self._waiting = None if wanted == self._query else wanted
        self._read_waiting()

    @property
    def filter_pending(self) -> bool:
        """Whether the filter asked for last is still being read."""
        return self._requested != self._query

    def stop_reading(self) -> None:
        """Cancel a filter being read and wait for its worker (before closing)."""
        self._waiting = None
        self._reads.cancel()
        self._reads.wait()

    @staticmethod
    def _filtered(query: EntityQuery, type_: str | None, contains: str) -> EntityQuery:
        return replace(query, type=type_, contains=(contains or "").strip() or None)

    def _read_waiting(self) -> None:
        if self._waiting is None or self._reads.running:
            return
        query, self._waiting = self._waiting, None
        changes = self._changes
        self._reads.start_new(
            entity_listing_at,
            self._session.store.location,
            query,
            BATCH,
            succeeded=lambda listing: self._listing_read(listing, changes),
            failed=lambda _message: self._listing_failed(query),
            announce=lambda _task: None,
        )

    def _listing_read(self, listing: EntityListing, changes: int) -> None:
        if listing.query != self._requested:
            return  # a newer filter was asked for meanwhile
        if changes != self._changes:  # the index changed while it was read: again
            self._waiting = listing.query
            return
        self._query = listing.query
        self._more = listing.more
        self._total = listing.total
        with self._changing():
            self._entries.reset(listing.entries)
        self.filter_applied.emit()

    def _listing_failed(self, query: EntityQuery) -> None:
        # The worker could not read the store (busy, gone): read it here as before.
        if query == self._requested:
            self._query = query
            self.reload()
            self.filter_applied.emit()

    @property
    def type_filter(self) -> str | None:
        return self._query.type

    @property
    def contains_filter(self) -> str:
        return self._query.contains or ""

    def total_count(self) -> int:
        """Entities the filter passes (read or not)."""
        if self._total is None:
            # Every entity read already: no need to count them in the store.
            self._total = (
                entity_total(self._conn, self._query) if self._more else len(self._entries)
            )
        return self._total

    def entry(self, row: int) -> EntityEntry:
        return self._entries[row]

    def row_of(self, canonical: str, type_: str) -> int | None:
        """The row of an entity the filter passes (reading up to it), else None."""
        row = self._entries.row_of((canonical, type_))
        if row >= 0:
            return row
        rank = entity_rank(self._conn, self._query, canonical, type_)
        if rank is None or rank < len(self._entries):
            return None
        wanted = rank + 1 - len(self._entries)
        pages = -(-wanted // BATCH)
        with self._changing():
            self._entries.extend(self._page(len(self._entries), pages * BATCH))
        row = self._entries.row_of((canonical, type_))
        return row if row >= 0 else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_FIELDS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (_FIELDS[column], descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=_FIELDS[column], descending=descending)
        in_flight = self.filter_pending
        self._requested = replace(self._requested, sort=_FIELDS[column], descending=descending)
        if in_flight:  # the filter being read is read again in the new order
            self._reads.cancel()
            self._waiting = self._requested
            self._read_waiting()
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ENTITY_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(ENTITY_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("EntityTableModel", ENTITY_COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return _RIGHT
            if role == Qt.ItemDataRole.ToolTipRole and section == 3:
                return QCoreApplication.translate(
                    "EntityTableModel", "Documents that mention the entity"
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        value = getattr(entry, _FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return self._type_labels.get(value, value)
            return f"{value:,}" if column in _NUMERIC else value
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self._type_icons.get(entry.type)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        if role == SORT_ROLE:
            return value
        if role == ENTITY_TYPE_ROLE:
            return entry.type
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.names_of(entry).describe(qt_translate)
        return None


class EntityMentionsModel(QAbstractListModel):
    """Every mention of one entity across the corpus, with a snippet around each."""

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._entity: tuple[str, str] | None = None
        self._mentions: KeyedRows[MentionInContext] = KeyedRows(
            self, lambda: 1, lambda m: (m.document_id, m.start, m.end)
        )
        session.hub.changed.connect(self._on_change)

    @property
    def entity(self) -> tuple[str, str] | None:
        return self._entity

    def set_entity(self, canonical: str | None, type_: str | None = None) -> None:
        self._entity = (canonical, type_) if canonical and type_ else None
        self._mentions.reset(self._read())

    def _read(self) -> list[MentionInContext]:
        if self._entity is None:
            return []
        return mentions_of_entity(self._session.store.conn, *self._entity)

    def _on_change(self, changes: Changes) -> None:
        if self._entity and changes.touches(Table.DOCUMENTS, Table.MENTIONS):
            self._mentions.sync(self._read())

    def mention(self, row: int) -> MentionInContext:
        return self._mentions[row]

    def document_count(self) -> int:
        return len({m.document_id for m in self._mentions.rows})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._mentions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._mentions)):
            return None
        mention = self._mentions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return mention.title
        if role == SNIPPET_ROLE:
            return mention.snippet
        if role == SNIPPET_SPANS_ROLE:
            start = mention.snippet_start
            return ((start, start + len(mention.text)),)
        if role == DOCUMENT_ID_ROLE:
            return mention.document_id
        if role == SPAN_ROLE:
            return (mention.start, mention.end)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{mention.title}\n" + QCoreApplication.translate(
                "MentionListModel", "characters {start}–{end}"
            ).format(start=f"{mention.start:,}", end=f"{mention.end:,}")
        return None
