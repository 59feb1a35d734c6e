"""The entity index (one row per canonical entity) and the mentions of one entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from ..core.operations import Changes, Table
from ..core.store.entities import EntityNames, entity_names
from ..core.store.mentions import EntityEntry, MentionInContext, entity_index, mentions_of_entity
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


class EntityIndexModel(QAbstractTableModel):
    """Canonical entities with mention and document counts, filtered in SQL, sorted here.

    ``type_labels``/``type_icons`` let the view decide how a type code is shown
    (the colours belong to the views layer).
    """

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
        self._type: str | None = None
        self._contains = ""
        self._sort_column = 2
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._entries: KeyedRows[EntityEntry] = KeyedRows(
            self, self.columnCount, lambda e: (e.canonical, e.type)
        )
        self.reload()
        session.hub.changed.connect(self._on_change)

    def reload(self) -> None:
        """Read the index anew for a new filter (a reset)."""
        self._entries.reset(self._read())

    def _read(self) -> list[EntityEntry]:
        conn = self._session.store.conn
        return self._sorted(entity_index(conn, self._type, self._contains or None))

    def _on_change(self, changes: Changes) -> None:
        if changes.touches(Table.DOCUMENTS, Table.MENTIONS):
            self._entries.sync(self._read())
        elif changes.touches(Table.ENTITIES) and self._entries.rows:
            # Sources and aliases show in tooltips only: repaint, nothing moves.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def names_of(self, entry: EntityEntry) -> EntityNames:
        """How an entity of the index is written and taught, and where it came from."""
        return entity_names(self._session.store.conn, entry.canonical, entry.type)

    def set_filter(self, type_: str | None, contains: str) -> None:
        contains = contains.strip()
        if (type_, contains) == (self._type, self._contains):
            return
        self._type, self._contains = type_, contains
        self.reload()

    @property
    def type_filter(self) -> str | None:
        return self._type

    @property
    def contains_filter(self) -> str:
        return self._contains

    def entry(self, row: int) -> EntityEntry:
        return self._entries[row]

    def row_of(self, canonical: str, type_: str) -> int | None:
        row = self._entries.row_of((canonical, type_))
        return row if row >= 0 else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._entries.reorder(self._sorted(self._entries.rows))

    def _sorted(self, entries: list[EntityEntry]) -> list[EntityEntry]:
        field = _FIELDS[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        ordered = sorted(entries, key=lambda e: e.canonical)
        if field != "canonical" or descending:
            ordered.sort(key=lambda e: getattr(e, field), reverse=descending)
        return ordered

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
