"""The keys a table or list model shows, kept in step with the store by targeted signals.

A model keeps its rows' keys (document ids, row ids, …) in display order here and
reports every change to its views as row removes, row inserts and ``dataChanged``
— never as a reset — so the current cell, the selection and an open editor
survive an edit, an undo, or a change made by another panel.  A reset is for a new
filter, sort or store only (:meth:`RowKeys.reset`).

Lazily fetched models expose only the first ``exposed`` keys to their views;
keys beyond that change silently until fetched.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

Key = Hashable
Row = TypeVar("Row")


class RowKeys:
    def __init__(self, model: QAbstractItemModel, column_count: Callable[[], int]):
        self._model = model
        self._column_count = column_count
        self.keys: list[Key] = []
        self._position: dict[Key, int] | None = {}
        self.exposed = 0  # rows the views know of (== len(keys) for eager models)

    # -- reading ---------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, row: int) -> Key:
        return self.keys[row]

    def row_of(self, key: Key) -> int:
        """The row of ``key``, or -1."""
        if self._position is None:
            self._position = {k: i for i, k in enumerate(self.keys)}
        return self._position.get(key, -1)

    def __contains__(self, key: Key) -> bool:
        return self.row_of(key) >= 0

    # -- a new filter, sort or store -------------------------------------------

    def reset(self, keys: Sequence[Key], exposed: int | None = None) -> None:
        self._model.beginResetModel()
        self._set(list(keys))
        self.exposed = len(self.keys) if exposed is None else min(exposed, len(self.keys))
        self._model.endResetModel()

    def expose(self, count: int) -> None:
        """Show ``count`` more keys to the views (``fetchMore``)."""
        count = min(count, len(self.keys) - self.exposed)
        if count <= 0:
            return
        self._model.beginInsertRows(QModelIndex(), self.exposed, self.exposed + count - 1)
        self.exposed += count
        self._model.endInsertRows()

    def reorder(self, keys: Sequence[Key]) -> None:
        """The same keys in a new order (a sort): persistent indexes, hence the current
        cell and the selection, follow their rows."""
        model = self._model
        model.layoutAboutToBeChanged.emit()
        persistent = model.persistentIndexList()
        held = [self.keys[p.row()] if 0 <= p.row() < len(self.keys) else None for p in persistent]
        self._set(list(keys))
        moved = []
        for index, key in zip(persistent, held, strict=True):
            row = self.row_of(key) if key is not None else -1
            moved.append(model.index(row, index.column()) if row >= 0 else QModelIndex())
        model.changePersistentIndexList(persistent, moved)
        model.layoutChanged.emit()

    # -- targeted changes ------------------------------------------------------

    def remove(self, keys: Iterable[Key]) -> None:
        """Take these keys out (those not shown are ignored), one signal per run of rows."""
        rows = sorted(r for r in (self.row_of(k) for k in set(keys)) if r >= 0)
        for first, last in reversed(_runs(rows)):
            shown = first < self.exposed
            if shown:
                visible_last = min(last, self.exposed - 1)
                self._model.beginRemoveRows(QModelIndex(), first, visible_last)
            del self.keys[first : last + 1]
            self._position = None
            if shown:
                self.exposed -= visible_last - first + 1
                self._model.endRemoveRows()

    def insert(self, keys: Iterable[Key], order: Sequence[Key]) -> None:
        """Add ``keys`` where they stand in ``order`` (a fresh read of every key in display
        order) relative to the keys already shown; keys absent from ``order`` (filtered
        out) are not added.  Rows already shown never move."""
        wanted = {k for k in keys if k not in self}
        if not wanted:
            return
        fully_exposed = self.exposed == len(self.keys)
        pending: list[Key] = []
        for key in order:
            if key in wanted:
                pending.append(key)
                continue
            if pending and key in self:
                self._insert_at(self.row_of(key), pending, fully_exposed)
                pending = []
        if pending:
            self._insert_at(len(self.keys), pending, fully_exposed)

    def _insert_at(self, row: int, keys: list[Key], fully_exposed: bool) -> None:
        shown = row < self.exposed or (row == self.exposed and fully_exposed)
        if shown:
            self._model.beginInsertRows(QModelIndex(), row, row + len(keys) - 1)
        self.keys[row:row] = keys
        self._position = None
        if shown:
            self.exposed += len(keys)
            self._model.endInsertRows()

    def changed(self, keys: Iterable[Key] | None = None) -> None:
        """``dataChanged`` over whole rows of these keys (None: every shown row)."""
        if keys is None:
            rows = list(range(self.exposed))
        else:
            rows = sorted(r for r in (self.row_of(k) for k in set(keys)) if 0 <= r < self.exposed)
        last_column = max(self._column_count() - 1, 0)
        for first, last in _runs(rows):
            self._model.dataChanged.emit(
                self._model.index(first, 0), self._model.index(last, last_column)
            )

    def sync(self, order: Sequence[Key], changed: Iterable[Key] = ()) -> None:
        """Bring the keys in step with ``order`` (a fresh read): keys gone are removed,
        new keys inserted in place, and ``changed`` keys redrawn.  Rows that stay
        keep their place."""
        fresh = set(order)
        self.remove([k for k in self.keys if k not in fresh])
        self.insert(order, order)
        self.changed(changed)

    def extend_unseen(self, keys: Sequence[Key]) -> None:
        """Replace the keys with ``keys``, which begin with every key exposed: those
        after them were not seen by the views yet (they come on ``fetchMore``)."""
        self._set(list(keys))

    def _set(self, keys: list[Key]) -> None:
        self.keys = keys
        self._position = None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class KeyedRows(Generic[Row]):
    """Rows held in memory by key, for models that read all they show at once.

    ``sync(fresh)`` applies a fresh read as targeted signals: rows gone are removed,
    new rows inserted in place, rows whose value differs redrawn.
    """

    def __init__(
        self,
        model: QAbstractItemModel,
        column_count: Callable[[], int],
        key: Callable[[Row], Key],
    ):
        self._keys = RowKeys(model, column_count)
        self._key = key
        self._by_key: dict[Key, Row] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, row: int) -> Row:
        return self._by_key[self._keys[row]]

    @property
    def rows(self) -> list[Row]:
        return [self._by_key[k] for k in self._keys.keys]

    def row_of(self, key: Key) -> int:
        return self._keys.row_of(key)

    def reset(self, rows: Sequence[Row]) -> None:
        """A new filter, query or store."""
        self._by_key = {self._key(r): r for r in rows}
        self._keys.reset([self._key(r) for r in rows])

    def reorder(self, rows: Sequence[Row]) -> None:
        """The same rows sorted anew."""
        self._keys.reorder([self._key(r) for r in rows])

    def sync(self, fresh: Sequence[Row]) -> None:
        keyed = {self._key(r): r for r in fresh}
        changed = [k for k, r in keyed.items() if k in self._by_key and self._by_key[k] != r]
        self._by_key.update(keyed)
        self._keys.sync(list(keyed), changed)
        self._by_key = {k: self._by_key[k] for k in self._keys.keys}
