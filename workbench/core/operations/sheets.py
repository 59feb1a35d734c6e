"""Sheet operations: edit a cell, add, duplicate, delete, confirm or reject rows, and a
capacity row from a Reader selection.

Each is committed before it returns and reports the row ids it created, updated or
deleted; the inverse restores the rows exactly (same ids, same values).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial

from ..sheets import rows as sheet_rows
from ..sheets.provenance import capacity_values_from_selection
from ..sheets.schema import CAPACITY, SheetSchema
from ..store import Store
from ..vocabulary import EDITED
from .changes import Changes, Table
from .outcome import Outcome, unchanged


def table_of(schema: SheetSchema) -> Table:
    return Table(schema.table)


def _changes(schema: SheetSchema, rows: Sequence[Mapping], **ids) -> Changes:
    documents = [r["document_id"] for r in rows if r.get("document_id") is not None]
    return Changes.of(table_of(schema), document_ids=documents, **ids)


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else f"{many} ({count})"


def edit_cell(
    store: Store,
    schema: SheetSchema,
    row_id: int,
    key: str,
    raw: object,
    seen: object = sheet_rows.NOT_SHOWN,
) -> Outcome:
    """Validate and store one cell; refused values raise ``SheetValueError``, and a cell
    someone changed since it showed ``seen`` raises ``EditConflict`` (nothing written)."""
    label = f"Edit {schema.column(key).label}"
    current = sheet_rows.get_row(store.conn, schema, row_id)
    if current is not None and sheet_rows.same_value(schema, key, current.get(key), raw):
        return unchanged(label, current)
    with store.transaction():
        before, after = sheet_rows.update_cell(store.conn, schema, row_id, key, raw, seen=seen)
    return _rewritten(schema, before, after, label)


def write_row(
    store: Store,
    schema: SheetSchema,
    row: Mapping,
    label: str,
    expected: Mapping | None = None,
) -> Outcome:
    """Store every column of ``row`` as given (the inverse of a cell edit).

    ``expected``: the values the edit being undone (or redone) left in the row's cells;
    a cell someone changed since raises ``EditConflict`` and nothing is written, so an
    undo never overwrites a colleague's later value unseen.
    """
    with store.transaction():
        sheet_rows.lock_rows(store.conn, schema, [row["id"]])
        before = sheet_rows.get_row(store.conn, schema, row["id"])
        if before is None:
            raise sheet_rows.SheetValueError(
                f"row {row['id']} of the {schema.title} sheet no longer exists"
            )
        for key, value in (expected or {}).items():
            if before[key] != value:
                raise sheet_rows.EditConflict(
                    schema, row["id"], key, value, before[key], row[key],
                    before.get("edited_by") or "",
                )  # fmt: skip
        sheet_rows.write_row(store.conn, schema, row)
    return _rewritten(schema, before, dict(row), label)


def _rewritten(schema: SheetSchema, before: dict, after: dict, label: str) -> Outcome:
    # The cells this write changed, as it left them: what its inverse expects to find.
    changed = {
        k: after[k] for k in schema.column_keys() if k in after and after[k] != before.get(k)
    }
    return Outcome(
        label,
        _changes(schema, [before, after], updated=[after["id"]]),
        partial(write_row, schema=schema, row=before, label=label, expected=changed),
        after,
    )


def add_row(
    store: Store, schema: SheetSchema, values: Mapping | None = None, review: str = EDITED
) -> Outcome:
    """A new row the analyst owns; ``value`` is its id (``value`` of the others: the ids)."""
    with store.transaction():
        row_id = sheet_rows.add_row(store.conn, schema, values or {}, review=review)
        row = sheet_rows.get_row(store.conn, schema, row_id)
    return replace(_created(schema, [row], "Add row"), value=row_id)


def import_rows(
    store: Store,
    schema: SheetSchema,
    rows: Sequence[tuple[Mapping, str, tuple[int, int, int] | None]],
    label: str,
) -> Outcome:
    """New rows brought in from a file: (values, review, source) each, the source being
    (document id, start, end) or None; ``value`` is their ids."""
    with store.transaction():
        new_ids = [
            sheet_rows.add_row(store.conn, schema, values, review=review, source=source)
            for values, review, source in rows
        ]
        created = sheet_rows.fetch_rows(store.conn, schema, new_ids)
    return _created(schema, [created[i] for i in new_ids], label)


def duplicate_rows(store: Store, schema: SheetSchema, row_ids: Sequence[int]) -> Outcome:
    with store.transaction():
        new_ids = [sheet_rows.duplicate_row(store.conn, schema, i) for i in row_ids]
        created = sheet_rows.fetch_rows(store.conn, schema, new_ids)
    return _created(
        schema,
        [created[i] for i in new_ids],
        _plural(len(new_ids), "Duplicate row", "Duplicate rows"),
    )


def restore_rows(store: Store, schema: SheetSchema, rows: Sequence[Mapping], label: str) -> Outcome:
    """Put deleted rows back under their old ids."""
    with store.transaction():
        sheet_rows.restore_rows(store.conn, schema, rows)
    return _created(schema, list(rows), label)


def _created(schema: SheetSchema, rows: list, label: str) -> Outcome:
    ids = [r["id"] for r in rows]
    return Outcome(
        label,
        _changes(schema, rows, created=ids),
        partial(delete_rows, schema=schema, row_ids=ids, label=label),
        ids,
    )


def delete_rows(
    store: Store, schema: SheetSchema, row_ids: Sequence[int], label: str | None = None
) -> Outcome:
    """Delete rows; ``value`` is how many were deleted."""
    with store.transaction():
        deleted = sheet_rows.delete_rows(store.conn, schema, row_ids)
    if not deleted:
        return unchanged("Delete rows", 0)
    label = label or _plural(len(deleted), "Delete row", "Delete rows")
    return Outcome(
        label,
        _changes(schema, deleted, deleted=[r["id"] for r in deleted]),
        partial(restore_rows, schema=schema, rows=deleted, label=label),
        len(deleted),
    )


def set_review(store: Store, schema: SheetSchema, row_ids: Sequence[int], state: str) -> Outcome:
    """Mark rows confirmed, rejected, edited or auto."""
    with store.transaction():
        before = sheet_rows.set_review(store.conn, schema, row_ids, state)
    return _reviewed(store, schema, before, f"Mark {_plural(len(before), 'row', 'rows')} {state}")


def restore_reviews(
    store: Store, schema: SheetSchema, states: Mapping[int, str], label: str
) -> Outcome:
    with store.transaction():
        before = {
            i: r["review"]
            for i, r in sheet_rows.fetch_rows(store.conn, schema, list(states)).items()
        }
        sheet_rows.restore_reviews(store.conn, schema, {i: states[i] for i in before})
    return _reviewed(store, schema, before, label)


def _reviewed(store: Store, schema: SheetSchema, before: Mapping[int, str], label: str) -> Outcome:
    if not before:
        return unchanged(label)
    rows = list(sheet_rows.fetch_rows(store.conn, schema, list(before)).values())
    return Outcome(
        label,
        _changes(schema, rows, updated=list(before)),
        partial(restore_reviews, schema=schema, states=dict(before), label=label),
    )


def capacity_row_from_selection(store: Store, document_id: int, start: int, end: int) -> Outcome:
    """A capacity row pre-filled from the mentions in ``start:end``, with the span as source."""
    values = capacity_values_from_selection(store.conn, document_id, start, end)
    with store.transaction():
        row_id = sheet_rows.add_row(
            store.conn, CAPACITY, values, review=EDITED, source=(document_id, start, end)
        )
        row = sheet_rows.get_row(store.conn, CAPACITY, row_id)
    return replace(_created(CAPACITY, [row], "New capacity row from selection"), value=row_id)
