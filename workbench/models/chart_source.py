"""What the charts draw from: sheet rows as the sheet filters them, entities, documents.

Reads through core functions only, caches per kind, and tells the charts panel
which kinds went stale when the change hub reports a committed change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..core.charts import document_rows, entity_entries
from ..core.operations import Changes, Table
from ..core.sheets.rows import fetch_rows, query_ids
from ..core.sheets.schema import sheet
from ..core.store.entities import company_groups
from ..core.store.mentions import EntityEntry, mentions_of_entity
from ..core.vocabulary import (
    CAPACITY_SHEET,
    CLUSTERS_SHEET,
    DOCUMENTS_DATA,
    ENTITIES_DATA,
    SHEET_NAMES,
)
from .session import Session

SHEET_KINDS = SHEET_NAMES.codes
# Which cached data each kind of committed change can make stale.
_STALE_AFTER = {
    Table.CAPACITY: {CAPACITY_SHEET.code},
    Table.CLUSTERS: {CLUSTERS_SHEET.code},
    Table.MENTIONS: {ENTITIES_DATA},
    # Merges and renames join companies in the capacity chart.
    Table.ENTITIES: {CAPACITY_SHEET.code},
    Table.DOCUMENTS: {*SHEET_KINDS, ENTITIES_DATA, DOCUMENTS_DATA},
}


@dataclass(frozen=True)
class SheetFilter:
    """The filter a sheet panel shows its rows with; the charts count the same rows."""

    search: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    reviews: tuple[str, ...] | None = None  # None: every review state


class ChartSource(QObject):
    # the data kinds ("capacity", "clusters", "entities", "documents") that changed
    stale = Signal(set)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._filters: dict[str, SheetFilter] = {kind: SheetFilter() for kind in SHEET_KINDS}
        # Exact row ids a sheet panel shows, when it passes them on; None: use the filter.
        self._visible: dict[str, tuple[int, ...] | None] = dict.fromkeys(SHEET_KINDS)
        self._cache: dict[str, list] = {}
        session.hub.changed.connect(self._on_change)

    @property
    def _conn(self):
        return self._session.store.conn

    def set_sheet_filter(
        self,
        kind: str,
        search: str = "",
        filters: Mapping[str, str] | None = None,
        reviews: Iterable[str] | None = None,
    ) -> None:
        sheet(kind)  # an unknown sheet name fails here, with the known names
        new = SheetFilter(search, dict(filters or {}), None if reviews is None else tuple(reviews))
        if new != self._filters[kind]:
            self._filters[kind] = new
            self._cache.pop(kind, None)
            self.stale.emit({kind})

    def set_visible_rows(self, kind: str, row_ids: Iterable[int] | None) -> None:
        """Count exactly these rows of the ``kind`` sheet (None: every row the filter passes)."""
        sheet(kind)
        new = None if row_ids is None else tuple(row_ids)
        if new != self._visible[kind]:
            self._visible[kind] = new
            self._cache.pop(kind, None)
            self.stale.emit({kind})

    def sheet_filter(self, kind: str) -> SheetFilter:
        return self._filters[kind]

    def sheet_rows(self, kind: str) -> list[dict]:
        """The rows the sheet shows (its visible ids, or its filter), in id order."""
        if kind not in self._cache:
            schema = sheet(kind)
            spec = self._filters[kind]
            visible = self._visible[kind]
            if visible is not None:
                ids = sorted(visible)
            else:
                ids = query_ids(
                    self._conn,
                    schema,
                    search=spec.search,
                    filters=spec.filters,
                    reviews=spec.reviews,
                )
            rows = fetch_rows(self._conn, schema, ids)
            self._cache[kind] = [rows[i] for i in ids if i in rows]
        return self._cache[kind]

    def company_groups(self) -> dict[str, str]:
        """The store's lexicon as chart grouping: merged and renamed companies join."""
        return company_groups(self._conn)

    def entity_entries(self) -> list[EntityEntry]:
        if ENTITIES_DATA not in self._cache:
            self._cache[ENTITIES_DATA] = entity_entries(self._conn)
        return self._cache[ENTITIES_DATA]

    def document_rows(self) -> list[dict]:
        if DOCUMENTS_DATA not in self._cache:
            self._cache[DOCUMENTS_DATA] = document_rows(self._conn)
        return self._cache[DOCUMENTS_DATA]

    def source_of_row(self, kind: str, row_id: int) -> tuple[int, int, int] | None:
        """(document, start, end) of a sheet row's quote, if it has one."""
        for row in self.sheet_rows(kind):
            if row["id"] == row_id:
                if row.get("document_id") is None:
                    return None
                start, end = row.get("start"), row.get("end")
                if start is None or end is None:
                    return row["document_id"], -1, -1
                return row["document_id"], start, end
        return None

    def first_mention(self, canonical: str, type_: str) -> tuple[int, int, int] | None:
        found = mentions_of_entity(self._conn, canonical, type_, limit=1)
        return (found[0].document_id, found[0].start, found[0].end) if found else None

    def _on_change(self, changes: Changes) -> None:
        kinds = set().union(*(_STALE_AFTER.get(t, set()) for t in changes.tables))
        if kinds:
            for kind in kinds:
                self._cache.pop(kind, None)
            self.stale.emit(set(kinds))
