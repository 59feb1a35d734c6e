"""Ranked full-text hits for one query, one row per document.

A query that cannot be searched (too long, too many terms) leaves the list empty
and says why in :attr:`SearchModel.error`; the store is searched before the model
starts a reset, so a failure never leaves a view in the middle of one.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..core.errors import WorkbenchError
from ..core.operations import Changes, Table
from ..core.search import (
    QueryError,
    QueryTerm,
    SearchHit,
    clean_query,
    plan_query,
    search_planned,
)
from ..core.vocabulary import DOCUMENT_KINDS
from .labels import qt_translate
from .roles import DOCUMENT_ID_ROLE, SNIPPET_ROLE, SNIPPET_SPANS_ROLE, SPAN_ROLE
from .row_keys import KeyedRows
from .session import Session

Index = QModelIndex | QPersistentModelIndex

RESULT_LIMIT = 200


class SearchModel(QAbstractListModel):
    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._query = ""
        self._typed = ""
        self._plan: list[QueryTerm] = []
        self._error = ""
        self._hits: KeyedRows[SearchHit] = KeyedRows(self, lambda: 1, lambda h: h.document_id)
        session.hub.changed.connect(self._on_change)

    @property
    def query(self) -> str:
        return self._query

    @property
    def typed_query(self) -> str:
        """The last query as given to :meth:`set_query`, before cleaning (stripped)."""
        return self._typed

    @property
    def error(self) -> str:
        """Why the last query found nothing because it could not be searched, or ''."""
        return self._error

    def set_query(self, query: str) -> None:
        """Search the store for ``query`` (every term must occur); an empty query clears."""
        self._typed = query.strip()
        try:
            query = clean_query(query)  # a NUL pasted with the text is not shown back
        except QueryError:
            pass  # said by the search itself
        self._query = query.strip()
        hits = self._search()  # before the reset: nothing between its begin and end can fail
        self._hits.reset(hits)

    def _search(self) -> list[SearchHit]:
        conn = self._session.store.conn
        try:
            self._plan = plan_query(conn, self._query) if self._query else []
            hits = search_planned(conn, self._plan, limit=RESULT_LIMIT)
        except WorkbenchError as error:
            self._plan, self._error = [], str(error)
            return []
        except sqlite3.Error as error:  # a busy or damaged store: say so, keep the window
            self._plan, self._error = (
                [],
                self.tr("the store could not be searched ({error})").format(error=error),
            )
            return []
        self._error = ""
        return hits

    def other_names(self) -> list[str]:
        """The entity's other names the query was widened to (台积电: TSMC, 台積電…)."""
        return [name for term in self._plan for name in term.aliases]

    def _on_change(self, changes: Changes) -> None:
        # New documents may be new hits; the hits already listed stay where they are.
        if changes.touches(Table.DOCUMENTS) and self._query:
            self._hits.sync(self._search())

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == SNIPPET_SPANS_ROLE:
            return hit.snippet_spans
        if role == DOCUMENT_ID_ROLE:
            return hit.document_id
        if role == SPAN_ROLE:
            return None if hit.start is None else (hit.start, hit.end)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = DOCUMENT_KINDS.label(hit.kind, qt_translate)
            count = self.tr("1 hit") if hit.hit_count == 1 else self.tr("{n} hits")
            count = count.format(n=hit.hit_count)
            return f"{hit.title}\n{kind} · {count}"
        return None
