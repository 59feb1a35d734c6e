"""Following a model's row count: models change rows by targeted signals, not resets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel


def follow_row_count(model: QAbstractItemModel, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever ``model`` may show a different number of rows."""
    model.modelReset.connect(slot)
    model.rowsInserted.connect(slot)
    model.rowsRemoved.connect(slot)
