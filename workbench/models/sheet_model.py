"""A curated sheet as a Qt table model: row ids from SQL, rows fetched lazily in chunks.

Sorting and filtering run in SQLite (``core.sheets.query_ids``); the model keeps
the ordered ids (:class:`RowKeys`) and a cache of fetched rows.  Every edit is a
core operation (``core.operations.sheets``) run by the session: committed,
undoable, broadcast once.  The model refreshes from the broadcast like every other
panel — only the rows it names, as ``dataChanged`` and row inserts and removes —
so the current cell, the selection and an open editor survive every edit.
"""

from __future__ import annotations

import contextlib
import threading
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.errors import WorkbenchError, said
from ..core.export_tables import SHEET_VALUE_CONTEXT, UNNAMED_OWNER
from ..core.importing import page_ranges
from ..core.operations import Changes
from ..core.operations import sheets as sheet_ops
from ..core.positions import PageMap
from ..core.sheets import rows as sheet_rows
from ..core.sheets.provenance import RowSource, sources_of
from ..core.sheets.schema import COLUMN_CONTEXT, ENUM, NUMBER, SOURCE, SheetSchema
from ..core.store.reading import reading_connection_at
from ..core.translatable import QT_TRANSLATE_NOOP
from ..core.vocabulary import (
    REJECTED,
    REVIEW_STATES,
)
from .labels import qt_translate
from .operation_runner import WriteDeferred
from .row_keys import RowKeys
from .session import Session

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 500  # rows exposed per fetchMore
CHUNK = 200  # rows read from SQLite per cache miss
# A sheet (of a store file) with more rows than this is read in two steps when the
# model is made: its first BATCH ids at once, the rest on a thread of their own, so
# that the window paints without waiting for a read as long as the sheet.
FIRST_READ_ROWS = 20_000
# One such read at a time: each holds the GIL most of its time (a Python object per
# id), and two at once kept the window's thread from it for over 100 ms.
_REST_READS = threading.Lock()

_REVIEW_COLOURS = {state.code: QColor(state.colour) for state in REVIEW_STATES}
# A cell typed but not yet in the store: orange, unlike every review tint.
UNSAVED_COLOUR = QColor("#ffb74d")


def format_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}" if abs(value) >= 1e6 else str(int(value))
        return f"{value:g}"
    return str(value)


# The stored codes of a sheet's choice columns, shown as themselves in English and
# in the interface language otherwise (under SHEET_VALUE_CONTEXT, shared with the
# exports); the cell's edit value stays the code.
_SHOWN_CODES = (
    # review
    QT_TRANSLATE_NOOP("SheetValue", "auto"),
    QT_TRANSLATE_NOOP("SheetValue", "confirmed"),
    QT_TRANSLATE_NOOP("SheetValue", "edited"),
    QT_TRANSLATE_NOOP("SheetValue", "rejected"),
    # period
    QT_TRANSLATE_NOOP("SheetValue", "per month"),
    QT_TRANSLATE_NOOP("SheetValue", "per year"),
    QT_TRANSLATE_NOOP("SheetValue", "total"),
    # status
    QT_TRANSLATE_NOOP("SheetValue", "actual"),
    QT_TRANSLATE_NOOP("SheetValue", "planned"),
    QT_TRANSLATE_NOOP("SheetValue", "forecast"),
    # level / added
    QT_TRANSLATE_NOOP("SheetValue", "level"),
    QT_TRANSLATE_NOOP("SheetValue", "addition"),
    # scope
    QT_TRANSLATE_NOOP("SheetValue", "company"),
    QT_TRANSLATE_NOOP("SheetValue", "market"),
)


def shown_code(code: str) -> str:
    """A choice column's stored code as the interface shows it."""
    return QCoreApplication.translate(SHEET_VALUE_CONTEXT, code) if code else code


def column_header(label: str) -> str:
    """A sheet column's header in the interface language."""
    return QCoreApplication.translate(COLUMN_CONTEXT, label)


class SheetModel(QAbstractTableModel):
    edit_refused = Signal(str)  # why a value was not accepted
    edit_accepted = Signal()  # a cell edit reached the store
    edit_waiting = Signal(str)  # a cell edit is kept, not saved yet (the store is busy)
    # Someone changed the cell since it was shown (sheet_rows.EditConflict): nothing was
    # saved, the row shows their value now, and resolve_conflict() takes the choice.
    edit_conflict = Signal(object)
    rows_changed = Signal()  # the filtered row count may have changed
    _rest_read = Signal(int, object)  # a first read's token, every id (None: failed)

    def __init__(self, session: Session, schema: SheetSchema, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.schema = schema
        self._conn = session.store.conn
        self._ids = RowKeys(self, self.columnCount)
        self._cache: dict[int, dict] = {}
        self._page_maps: dict[int, PageMap] = {}  # per source document, read on first tooltip
        self._sort: str | None = None
        self._descending = False
        self._search = ""
        self._filters: dict[str, str] = {}
        # True while the ids are exactly the last query's result (no edit placed rows since).
        self._order_fresh = False
        self._total: int | None = None  # rows in the sheet, unfiltered, until a change
        # Cell edits kept while the store is busy: ticket -> (row id, column key, typed text).
        self._unsaved: dict[int, tuple[int, str, str]] = {}
        # (row id, column key) -> the value the cell showed when its editor opened: what
        # the edit is checked against, whatever a colleague's change redrew meanwhile.
        self._shown_when_edited: dict[tuple[int, str], object] = {}
        # While the ids after the first page are read on a thread: that read's token.
        self._rest_token = 0
        self._rest_pending = False
        self.rest_reader: threading.Thread | None = None  # that read's thread, once started
        self._rest_path = None
        self._rest_read.connect(self._rest_arrived)
        session.hub.changed.connect(self._on_change)
        session.runner.waiting_settled.connect(self._edit_settled)
        self._first_read()

    # -- querying -------------------------------------------------------------

    def refresh(self) -> None:
        """Re-run the query from scratch: for a new sort or filter only (a reset)."""
        self._rest_pending = False
        self._reset(self._query())
        self.rows_changed.emit()

    def _first_read(self) -> None:
        path = self.session.store.location
        if self.total_count() <= FIRST_READ_ROWS:
            self.refresh()
            return
        self._reset(sheet_rows.query_ids(self._conn, self.schema, limit=BATCH))
        self._rest_token += 1
        self._rest_pending = True
        self._rest_path = path
        self.rows_changed.emit()

    def read_rest(self) -> None:
        """Start reading the ids after the first page on a thread, if they are still
        to read (the window calls this once it has painted; until then, or without
        it, they are read on this thread when first needed)."""
        if not self._rest_pending or self.rest_reader is not None:
            return
        self.rest_reader = threading.Thread(
            target=self._read_rest,
            args=(self._rest_path, self._rest_token),
            name=f"read {self.schema.name} ids",
            daemon=True,
        )
        self.rest_reader.start()

    def _read_rest(self, path, token: int) -> None:  # on its own thread
        ids = None
        try:
            with _REST_READS:
                conn = reading_connection_at(path)
                try:
                    ids = sheet_rows.query_ids(conn, self.schema)
                finally:
                    conn.close()
        except Exception:  # read again on the window's connection when the ids come
            ids = None
        with contextlib.suppress(RuntimeError):  # the model was deleted meanwhile
            self._rest_read.emit(token, ids)

    def _rest_arrived(self, token: int, ids: list[int] | None) -> None:
        if token != self._rest_token or not self._rest_pending:
            return  # read anew since (a filter, a sort, a change)
        self._rest_pending = False
        shown = self._ids.keys
        if ids is not None and ids[: len(shown)] == shown:
            self._ids.extend_unseen(ids)
        else:
            self._ids.sync(ids if ids is not None else self._query())
        self.rows_changed.emit()

    def _complete_rows(self) -> None:
        """Every id now, on this thread, if the first read's rest has not come yet."""
        if self._rest_pending:
            self._rest_pending = False
            self._ids.sync(self._query())

    def _reset(self, order: list[int]) -> None:
        self._cache.clear()
        self._page_maps.clear()
        self._ids.reset(order, exposed=BATCH)
        self._order_fresh = True

    def _query(self) -> list[int]:
        return sheet_rows.query_ids(
            self._conn,
            self.schema,
            sort=self._sort,
            descending=self._descending,
            search=self._search,
            filters=self._filters,
        )

    def _on_change(self, changes: Changes) -> None:
        """Apply a broadcast to the rows shown: drop, insert and redraw only what it names.

        Rows that stay keep their place even if an edit moved them in the sort order
        or out of the filter: the analyst's cursor must not jump while typing.
        """
        change = changes.of_table(sheet_ops.table_of(self.schema))
        if changes.touches(sheet_ops.table_of(self.schema)):
            self._complete_rows()
            self._order_fresh = False
            self._total = None
            if change.reloaded:
                self._cache.clear()
                self._page_maps.clear()
                order = self._query()
                self._ids.sync(order)
                self._ids.changed()
            else:
                for row_id in change.updated | change.deleted:
                    self._cache.pop(row_id, None)
                self._ids.remove(change.deleted)
                if change.created:
                    self._ids.insert(change.created, self._query())
                self._ids.changed(change.updated)
            self.rows_changed.emit()

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()

    def set_column_filter(self, key: str, text: str) -> None:
        if self._filters.get(key, "") != text:
            self._filters[key] = text
            self.refresh()

    def total_count(self) -> int:
        if self._total is None:
            self._total = sheet_rows.count_rows(self._conn, self.schema)
        return self._total

    def filtered_count(self) -> int:
        if self._rest_pending:  # the first read: no filter
            return self.total_count()
        return len(self._ids)

    @property
    def reading_rows(self) -> bool:
        """True while the ids after the first page are read on a thread (``rows_changed``
        follows when they come); :meth:`row_ids` would read them at once meanwhile."""
        return self._rest_pending

    @property
    def shows_every_row(self) -> bool:
        """True when the rows are those of a fresh read without search or filter (or
        its first page, the rest coming): every row of the sheet, as the store has them."""
        unfiltered = not self._search.strip() and not any(
            value.strip() for value in self._filters.values()
        )
        return unfiltered and (self._order_fresh or self._rest_pending)

    def row_ids(self) -> list[int]:
        """Every id in the current filter and order (not only the rows fetched so far)."""
        self._complete_rows()
        return list(self._ids.keys)

    def row_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        """The display row of ``row_id`` (fetching up to it), or -1 if filtered out."""
        self._complete_rows()
        row = self._ids.row_of(row_id)
        if row >= self._ids.exposed:
            self._ids.expose(row - self._ids.exposed + 1)
        return row

    def record(self, row: int) -> dict:
        row_id = self._ids[row]
        if row_id not in self._cache:
            lo = max(0, row - CHUNK // 2)
            wanted = [i for i in self._ids.keys[lo : lo + CHUNK] if i not in self._cache]
            self._cache.update(sheet_rows.fetch_rows(self._conn, self.schema, wanted))
        return self._cache.get(row_id) or {}

    def unit_choices(self) -> list[str]:
        return sheet_rows.distinct_values(self._conn, self.schema, "unit")

    # -- Qt model interface -----------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._ids.exposed

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.schema.columns)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and (self._rest_pending or self._ids.exposed < len(self._ids))

    def fetchMore(self, parent: QModelIndex) -> None:
        if not parent.isValid():
            self._complete_rows()
            self._ids.expose(BATCH)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.schema.columns):
            column = self.schema.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column_header(column.label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{column_header(column.label)} ({column.key})"
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.schema.columns[index.column()]
        if column.editable and column.kind != SOURCE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._ids.exposed):
            return None
        column = self.schema.columns[index.column()]
        record = self.record(index.row())
        if not record:
            return None
        value = record.get(column.key)
        unsaved = self._unsaved_text(record["id"], column.key) if self._unsaved else None
        if unsaved is not None and role != Qt.ItemDataRole.TextAlignmentRole:
            return self._unsaved_data(unsaved, role)
        if role == Qt.ItemDataRole.DisplayRole and column.key == "company" and not value:
            owner = UNNAMED_OWNER.get(record.get("scope") or "", "")
            return self.tr(owner) if owner else owner
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "company" and not value:
            return QBrush(QColor("#6b6b6b"))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = format_value(value)
            if role == Qt.ItemDataRole.DisplayRole and column.key == "quote":
                return text.replace("\n", " ")
            if role == Qt.ItemDataRole.DisplayRole and column.kind == ENUM:
                return shown_code(text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._with_writer(self._tooltip(column, record, value), record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _REVIEW_COLOURS.get(record.get("review"))
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and record.get("review") == REJECTED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == ROW_ID_ROLE:
            return record["id"]
        return None

    def _unsaved_text(self, row_id: int, key: str) -> str | None:
        typed = None
        for unsaved_row, unsaved_key, text in self._unsaved.values():  # in the order typed
            if (unsaved_row, unsaved_key) == (row_id, key):
                typed = text
        return typed

    def _unsaved_data(self, text: str, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Not saved yet: the store is busy (an import or another window is "
                "writing). It is saved as soon as the store is free."
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(UNSAVED_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def unsaved_count(self) -> int:
        return len(self._unsaved)

    def _edit_settled(self, ticket: int, problem: str) -> None:
        kept = self._unsaved.pop(ticket, None)
        if kept is None:
            return
        row = self._ids.row_of(kept[0])
        if 0 <= row < self._ids.exposed:
            column = self.schema.index_of(kept[1])
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
        if problem:
            self.edit_refused.emit(problem)
        elif not self._unsaved:
            self.edit_accepted.emit()

    def sources(self, row_id: int) -> list[RowSource]:
        """Every source of a row: its own and those of the rows merged into it."""
        return sources_of(self._conn, row_id)

    def _tooltip(self, column, record: dict, value) -> str | None:
        if column.key == "sources":
            return self.sources_tooltip(record["id"])
        if column.kind == SOURCE and record.get("document_id"):
            page = self.source_page_label(record)
            where = self.tr("Document {id}, ").format(id=record["document_id"])
            where += f"{page}, " if page else ""
            where += self.tr(
                "characters {start}–{end} (double-click to open it in the Reader)"
            ).format(start=record.get("start"), end=record.get("end"))
            return f"{record.get('quote', '')}\n\n{where}"
        return format_value(value) or None

    def _with_writer(self, tooltip: str | None, record: dict) -> str | None:
        """On a team store, who last wrote the row, under the cell's own tooltip."""
        writer = record.get("edited_by")
        if not writer:
            return tooltip
        line = self.tr("Last written by {role}").format(role=writer)
        return f"{tooltip}\n\n{line}" if tooltip else line

    def sources_tooltip(self, row_id: int) -> str:
        sources = self.sources(row_id)
        lines = [
            self.tr("{n} sources of this figure:").format(n=len(sources))
            if len(sources) > 1
            else self.tr("1 source (no other document states this figure):")
        ]
        for source in sources[:12]:
            title = source.title or self.tr("document {id}").format(id=source.document_id)
            quote = " ".join(source.quote.split())
            lines.append(f"• «{title}»: {quote[-60:]}")
        if len(sources) > 12:
            lines.append(self.tr("… and {n} more").format(n=len(sources) - 12))
        return "\n".join(lines)

    def source_page_label(self, record: dict) -> str:
        """ "page 3" (or "pages 3–4") for the row's quote in an imported PDF, else ""."""
        document_id, start, end = record.get("document_id"), record.get("start"), record.get("end")
        if document_id is None or start is None:
            return ""
        pages = self._page_maps.get(document_id)
        if pages is None:
            pages = self._page_maps[document_id] = PageMap(page_ranges(self._conn, document_id))
        return pages.span_label(start, end if end is not None else start + 1)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.schema.columns[index.column()].key
        row_id = self._ids[index.row()]
        seen = self._shown_when_edited.get(
            (row_id, key), self.record(index.row()).get(key, sheet_rows.NOT_SHOWN)
        )
        try:
            outcome = self._edit(row_id, key, value, seen)
        except sheet_rows.EditConflict as conflict:
            self._shown_when_edited.pop((row_id, key), None)
            self._reread(row_id)
            self.edit_conflict.emit(conflict)
            # Taken, not refused: the editor closes (a refused value would reopen it with
            # the typed text, and its next commit would overwrite theirs unasked); the
            # analyst's choice writes it or not (resolve_conflict).
            return True
        except WriteDeferred as deferred:
            self._shown_when_edited.pop((row_id, key), None)
            self._unsaved[deferred.ticket] = (row_id, key, str(value))
            self.dataChanged.emit(index, index)
            self.edit_waiting.emit(str(deferred))
            return True
        except WorkbenchError as error:  # the cell reopens with what was typed: still seen
            self.edit_refused.emit(said(error, qt_translate))
            return False
        self._shown_when_edited.pop((row_id, key), None)
        if outcome.changed:
            self.edit_accepted.emit()
        return outcome.changed

    def editing_started(self, index: QModelIndex) -> None:
        """An editor opened on the cell: remember what it shows."""
        if index.isValid():
            key = self.schema.columns[index.column()].key
            row_id = self._ids[index.row()]
            self._shown_when_edited[(row_id, key)] = self.record(index.row()).get(
                key, sheet_rows.NOT_SHOWN
            )

    def _edit(self, row_id: int, key: str, value, seen):
        edit = partial(sheet_ops.edit_cell, schema=self.schema, row_id=row_id, key=key)
        return self.session.run(partial(edit, raw=value, seen=seen))

    def _reread(self, row_id: int) -> None:
        """Show the row as stored now (a colleague wrote it): dropped from the cache and
        repainted, in its place."""
        self._cache.pop(row_id, None)
        self._ids.changed({row_id})

    def resolve_conflict(self, conflict: sheet_rows.EditConflict, use_mine: bool) -> bool:
        """The analyst's choice on a conflict: their value stays (nothing to write), or
        mine is written over theirs, now seen.  True when mine was saved."""
        if not use_mine:
            return False
        try:
            outcome = self._edit(conflict.row_id, conflict.key, conflict.mine, conflict.theirs)
        except sheet_rows.EditConflict as again:  # changed once more meanwhile
            self._reread(conflict.row_id)
            self.edit_conflict.emit(again)
            return False
        except WorkbenchError as error:
            self.edit_refused.emit(said(error, qt_translate))
            return False
        if outcome.changed:
            self.edit_accepted.emit()
        return outcome.changed

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Show the same rows in another order.

        The set of rows does not change, so ``rows_changed`` is not emitted (the
        charts count a set: a sort recomputes none of them).  Sorting again as the
        rows stand is nothing to do; the other direction of the same column
        reverses the ids without sorting again.
        """
        key = self.schema.columns[column].key if 0 <= column < len(self.schema.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if self._order_fresh and key == self._sort and descending == self._descending:
            return  # QTableView.sortByColumn asks twice
        self._complete_rows()
        if self._order_fresh and key == self._sort:
            order_ids = sheet_rows.reverse_order(
                self._conn,
                self.schema,
                list(self._ids.keys),
                sort=key,
                search=self._search,
                filters=self._filters,
            )
        else:
            order_ids = None
        self._sort, self._descending = key, descending
        self._reset(order_ids if order_ids is not None else self._query())

    # -- row operations (each an operation: committed, undoable, broadcast) ----

    def add_row(self, values: dict | None = None) -> int:
        return self.session.run(partial(sheet_ops.add_row, schema=self.schema, values=values)).value

    def duplicate_rows(self, rows: list[int]) -> list[int]:
        ids = [self._ids[r] for r in rows]
        return self.session.run(
            partial(sheet_ops.duplicate_rows, schema=self.schema, row_ids=ids)
        ).value

    def delete_rows(self, rows: list[int]) -> int:
        ids = [self._ids[r] for r in rows]
        return self.session.run(
            partial(sheet_ops.delete_rows, schema=self.schema, row_ids=ids)
        ).value

    def set_review(self, rows: list[int], state: str) -> None:
        ids = [self._ids[r] for r in rows]
        self.session.run(
            partial(sheet_ops.set_review, schema=self.schema, row_ids=ids, state=state)
        )


def numeric_columns(schema: SheetSchema) -> list[int]:
    return [i for i, c in enumerate(schema.columns) if c.kind == NUMBER]
