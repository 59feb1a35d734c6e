"""Curated sheets (capacity, clusters): schemas as data and their rows in the store."""

from .provenance import BackingRow, rows_backed_by_span
from .rows import (
    SheetValueError,
    add_row,
    count_rows,
    delete_rows,
    distinct_values,
    duplicate_row,
    fetch_rows,
    get_row,
    query_ids,
    restore_reviews,
    restore_rows,
    set_review,
    update_cell,
    validate,
    write_row,
)
from .schema import CAPACITY, CLUSTERS, SHEETS, Column, SheetSchema, sheet

__all__ = [
    "CAPACITY",
    "CLUSTERS",
    "SHEETS",
    "BackingRow",
    "Column",
    "SheetSchema",
    "SheetValueError",
    "add_row",
    "count_rows",
    "delete_rows",
    "distinct_values",
    "duplicate_row",
    "fetch_rows",
    "get_row",
    "query_ids",
    "restore_reviews",
    "restore_rows",
    "rows_backed_by_span",
    "set_review",
    "sheet",
    "update_cell",
    "validate",
    "write_row",
]
