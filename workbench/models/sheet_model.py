"""A curated sheet as a Qt table model: row ids from SQL, rows fetched lazily in chunks.

Sorting and filtering run in SQLite (``core.sheets.query_ids``); the model keeps
the ordered ids and a cache of fetched rows.  Every edit is validated and
committed by the core before the model reports it, is pushed on the session's
undo stack, and is announced on the hub as ``Change("sheets")``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand

from ..core.errors import WorkbenchError
from ..core.export_csv import export_sheet
from ..core.importing import page_ranges
from ..core.sheets import rows as sheet_rows
from ..core.sheets.provenance import new_capacity_row_from_selection as _new_row_in_store
from ..core.sheets.schema import CAPACITY, NUMBER, SOURCE, SheetSchema
from ..core.vocabulary import REVIEW_STATES
from .page_map import PageMap
from .session import Session

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 500  # rows exposed per fetchMore
CHUNK = 200  # rows read from SQLite per cache miss

_REVIEW_COLOURS = {state.code: QColor(state.colour) for state in REVIEW_STATES}


@dataclass(frozen=True)
class RowCreated:
    """Initiator of a ``sheets`` change that made a row the panel should show."""

    sheet: str
    row_id: int


def format_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}" if abs(value) >= 1e6 else str(int(value))
        return f"{value:g}"
    return str(value)


class SheetModel(QAbstractTableModel):
    edit_refused = Signal(str)  # why a value was not accepted
    edit_accepted = Signal()  # a cell edit reached the store
    rows_changed = Signal()  # the filtered row count may have changed

    def __init__(self, session: Session, schema: SheetSchema, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.schema = schema
        self._conn = session.store.conn
        self._ids: list[int] = []
        self._loaded = 0
        self._cache: dict[int, dict] = {}
        self._page_maps: dict[int, PageMap] = {}  # per source document, read on first tooltip
        self._sort: str | None = None
        self._descending = False
        self._search = ""
        self._filters: dict[str, str] = {}
        session.hub.changed.connect(self._on_change)
        self.refresh()

    # -- querying -------------------------------------------------------------

    def refresh(self) -> None:
        """Re-run the query (after a change or a new sort/filter)."""
        self.beginResetModel()
        self._ids = sheet_rows.query_ids(
            self._conn,
            self.schema,
            sort=self._sort,
            descending=self._descending,
            search=self._search,
            filters=self._filters,
        )
        self._loaded = min(len(self._ids), BATCH)
        self._cache.clear()
        self._page_maps.clear()
        self.endResetModel()
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
        return sheet_rows.count_rows(self._conn, self.schema)

    def filtered_count(self) -> int:
        return len(self._ids)

    def row_ids(self) -> list[int]:
        """Every id in the current filter and order (not only the rows fetched so far)."""
        return list(self._ids)

    def row_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        """The display row of ``row_id`` (fetching up to it), or -1 if filtered out."""
        try:
            row = self._ids.index(row_id)
        except ValueError:
            return -1
        while self._loaded <= row and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row

    def record(self, row: int) -> dict:
        row_id = self._ids[row]
        if row_id not in self._cache:
            lo = max(0, row - CHUNK // 2)
            wanted = [i for i in self._ids[lo : lo + CHUNK] if i not in self._cache]
            self._cache.update(sheet_rows.fetch_rows(self._conn, self.schema, wanted))
        return self._cache.get(row_id) or {}

    def unit_choices(self) -> list[str]:
        return sheet_rows.distinct_values(self._conn, self.schema, "unit")

    # -- Qt model interface -----------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.schema.columns)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.schema.columns):
            column = self.schema.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{column.label} ({column.key})"
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
        if not index.isValid() or not (0 <= index.row() < self._loaded):
            return None
        column = self.schema.columns[index.column()]
        record = self.record(index.row())
        if not record:
            return None
        value = record.get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = format_value(value)
            if role == Qt.ItemDataRole.DisplayRole and column.key == "quote":
                return text.replace("\n", " ")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind == SOURCE and record.get("document_id"):
                page = self.source_page_label(record)
                return (
                    f"{record.get('quote', '')}\n\nDocument {record['document_id']}, "
                    + (f"{page}, " if page else "")
                    + f"characters {record.get('start')}–{record.get('end')} "
                    "(double-click to open it in the Reader)"
                )
            return format_value(value) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _REVIEW_COLOURS.get(record.get("review"))
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and record.get("review") == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == ROW_ID_ROLE:
            return record["id"]
        return None

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
        column = self.schema.columns[index.column()]
        row_id = self._ids[index.row()]
        if format_value(self.record(index.row()).get(column.key)) == str(value).strip():
            return False  # unchanged: no edit, no undo step
        try:
            before, after = sheet_rows.update_cell(
                self._conn, self.schema, row_id, column.key, value
            )
        except WorkbenchError as error:
            self.edit_refused.emit(str(error))
            return False
        self._cache[row_id] = after
        self.session.undo_stack.push(
            _RowStateCommand(self, before, after, f"Edit {column.label}", done=True)
        )
        self.edit_accepted.emit()
        self._announce()
        left, right = self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(left, right)
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.schema.columns):
            self._sort = self.schema.columns[column].key
        else:
            self._sort = None
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- row operations (each committed, undoable, announced) -----------------

    def add_row(self, values: dict | None = None) -> int:
        row_id = sheet_rows.add_row(self._conn, self.schema, values or {}, review="edited")
        self._push_created(row_id, "Add row")
        return row_id

    def duplicate_rows(self, rows: list[int]) -> list[int]:
        new_ids = [sheet_rows.duplicate_row(self._conn, self.schema, self._ids[r]) for r in rows]
        created = sheet_rows.fetch_rows(self._conn, self.schema, new_ids)
        self.session.undo_stack.push(
            _CreatedCommand(self, [created[i] for i in new_ids], "Duplicate rows", done=True)
        )
        self._announce()
        return new_ids

    def delete_rows(self, rows: list[int]) -> int:
        ids = [self._ids[r] for r in rows]
        deleted = sheet_rows.delete_rows(self._conn, self.schema, ids)
        self.session.undo_stack.push(_DeletedCommand(self, deleted, "Delete rows", done=True))
        self._announce()
        return len(deleted)

    def set_review(self, rows: list[int], state: str) -> None:
        ids = [self._ids[r] for r in rows]
        before = sheet_rows.set_review(self._conn, self.schema, ids, state)
        self.session.undo_stack.push(
            _ReviewCommand(self, before, state, f"Mark rows {state}", done=True)
        )
        self._announce()

    def _push_created(self, row_id: int, text: str) -> None:
        row = sheet_rows.get_row(self._conn, self.schema, row_id)
        self.session.undo_stack.push(_CreatedCommand(self, [row], text, done=True))
        self._announce(RowCreated(self.schema.name, row_id))

    def export(self, path: str, *, bom: bool = True, whole: bool = False) -> int:
        """Write the rows as filtered and sorted on screen (or the whole sheet) to ``path``."""
        ids = None if whole else self.row_ids()
        return export_sheet(self._conn, self.schema, path, ids, bom=bom)

    def _announce(self, initiator=None) -> None:
        self.refresh()
        self.session.hub.announce("sheets", None, initiator if initiator is not None else self)

    def _on_change(self, change) -> None:
        if change.kind in ("sheets", "documents") and change.initiator is not self:
            self.refresh()


def numeric_columns(schema: SheetSchema) -> list[int]:
    return [i for i, c in enumerate(schema.columns) if c.kind == NUMBER]


# -- undo commands: the first redo is the change already made ---------------------


class _SheetCommand(QUndoCommand):
    def __init__(self, model: SheetModel, text: str, done: bool):
        super().__init__(text)
        self.model = model
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.apply(forward=True)
        self.model._announce()

    def undo(self) -> None:
        self.apply(forward=False)
        self.model._announce()

    def apply(self, forward: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class _RowStateCommand(_SheetCommand):
    def __init__(self, model, before: dict, after: dict, text: str, done: bool):
        super().__init__(model, text, done)
        self.before, self.after = before, after

    def apply(self, forward: bool) -> None:
        row = self.after if forward else self.before
        sheet_rows.write_row(self.model._conn, self.model.schema, row)


class _CreatedCommand(_SheetCommand):
    def __init__(self, model, rows: list[dict], text: str, done: bool):
        super().__init__(model, text, done)
        self.rows = rows

    def apply(self, forward: bool) -> None:
        if forward:
            sheet_rows.restore_rows(self.model._conn, self.model.schema, self.rows)
        else:
            sheet_rows.delete_rows(
                self.model._conn, self.model.schema, [r["id"] for r in self.rows]
            )


class _DeletedCommand(_CreatedCommand):
    def apply(self, forward: bool) -> None:
        super().apply(not forward)


class _ReviewCommand(_SheetCommand):
    def __init__(self, model, before: dict[int, str], state: str, text: str, done: bool):
        super().__init__(model, text, done)
        self.before, self.state = before, state

    def apply(self, forward: bool) -> None:
        conn, schema = self.model._conn, self.model.schema
        if forward:
            sheet_rows.set_review(conn, schema, list(self.before), self.state)
        else:
            sheet_rows.restore_reviews(conn, schema, self.before)


def create_capacity_row_from_selection(
    session: Session, document_id: int, start: int, end: int
) -> int:
    """Add a pre-filled capacity row from a Reader selection: committed, undoable, announced."""
    row_id = _new_row_in_store(session.store.conn, document_id, start, end)
    row = sheet_rows.get_row(session.store.conn, CAPACITY, row_id)
    session.undo_stack.push(_SelectionRowCommand(session, row))
    session.hub.announce("sheets", document_id, RowCreated(CAPACITY.name, row_id))
    return row_id


class _SelectionRowCommand(QUndoCommand):
    def __init__(self, session: Session, row: dict):
        super().__init__("New capacity row from selection")
        self.session, self.row, self._skip_redo = session, row, True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        sheet_rows.restore_rows(self.session.store.conn, CAPACITY, [self.row])
        self.session.hub.announce("sheets", self.row["document_id"], self)

    def undo(self) -> None:
        sheet_rows.delete_rows(self.session.store.conn, CAPACITY, [self.row["id"]])
        self.session.hub.announce("sheets", self.row["document_id"], self)
