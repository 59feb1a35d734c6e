"""Rows of a sheet in the store: query (sorted and filtered in SQL), validate, write.

The statements are in ``core.store.sheet_rows``; the readers are named here too,
where the sheet's callers have always found them.

Every write runs in its own transaction (or the caller's) and is committed when
the function returns, so the UI may report it done.  Values are checked against
the sheet's schema first: nothing invalid reaches the store.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping

from ..errors import WorkbenchError
from ..store.documents import document_text
from ..store.sheet_rows import (
    count_rows,
    delete_auto_rows,
    delete_ids,
    distinct_values,
    fetch_rows,
    insert_row,
    insert_rows,
    lock_rows,
    merged_row_ids,
    query_ids,
    reverse_order,
    set_reviews,
    source_spans,
    update_row,
)
from ..translatable import QT_TRANSLATE_NOOP, Label, Wording
from ..vocabulary import AUTO, EDITED, REVIEW_STATES, VOCABULARY_CONTEXT
from .schema import COLUMN_CONTEXT, ENUM, INTEGER, NUMBER, SOURCE, YEAR, Column, SheetSchema

__all__ = [
    "MAX_TEXT",
    "NOT_SHOWN",
    "EditConflict",
    "SheetValueError",
    "add_row",
    "check_value",
    "clean_values",
    "count_rows",
    "delete_rows",
    "distinct_values",
    "duplicate_row",
    "fetch_rows",
    "get_row",
    "query_ids",
    "replace_auto_rows",
    "restore_reviews",
    "restore_rows",
    "reverse_order",
    "same_value",
    "set_review",
    "update_cell",
    "validate",
    "write_row",
]

MAX_TEXT = 2000


class SheetValueError(WorkbenchError):
    """A value refused for a cell; the message says why, fit to show as it is."""


CHECK_CONTEXT = "SheetCheck"  # the refusals' context in the translation files


def _row_gone(schema: SheetSchema, row_id: int) -> SheetValueError:
    return _refused(
        QT_TRANSLATE_NOOP("SheetCheck", "row {row} of the {sheet} sheet no longer exists"),
        row=row_id,
        sheet=Label(VOCABULARY_CONTEXT, schema.title),
    )


def _refused(source: str, **parts) -> SheetValueError:
    """A refusal worded by ``source``, its parts filled in (a column is named by its label)."""
    shown = {
        k: Label(COLUMN_CONTEXT, v.label) if isinstance(v, Column) else v for k, v in parts.items()
    }
    return SheetValueError(Wording(CHECK_CONTEXT, source, shown))


# ``update_cell``'s ``seen`` when the caller showed no value (the command line).
NOT_SHOWN = object()


class EditConflict(SheetValueError):
    """Someone else changed the cell since it was shown: nothing was written.

    ``theirs`` is the value stored now (written by ``by``, a team store's role, or
    "" when the store does not say), ``mine`` the value typed over ``seen``.
    """

    def __init__(self, schema, row_id: int, key: str, seen, theirs, mine, by: str):
        self.schema, self.row_id, self.key = schema, row_id, key
        self.seen, self.theirs, self.mine, self.by = seen, theirs, mine, by
        who = by or "another window"
        super().__init__(
            f"{who} changed {schema.column(key).label} of row {row_id} to "
            f"{_shown(theirs)} while it was being edited; nothing was saved"
        )


def _shown(value) -> str:
    return "(empty)" if value is None or value == "" else f"“{value}”"


# -- validation ---------------------------------------------------------------

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _plain(raw: object) -> str:
    return str(raw).translate(_FULL_WIDTH).strip()


def validate(schema: SheetSchema, key: str, raw: object) -> object:
    """The stored form of ``raw`` for column ``key``, or :class:`SheetValueError`."""
    column = schema.column(key)
    if column.kind == SOURCE:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "SheetCheck", "{column} is the row's provenance and cannot be edited"
            ),
            column=column,
        )
    if not column.editable:
        raise _refused(
            QT_TRANSLATE_NOOP("SheetCheck", "{column} follows from the row's other values"),
            column=column,
        )
    return check_value(column, raw)


def same_value(schema: SheetSchema, key: str, stored: object, raw: object) -> bool:
    """Whether entering ``raw`` in column ``key`` would store ``stored`` again (no edit)."""
    try:
        return validate(schema, key, raw) == stored
    except SheetValueError:
        return False


def check_value(column: Column, raw: object) -> object:
    if raw is None:
        return None if column.numeric else ""
    if column.kind == NUMBER:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            value = float(raw)
        else:
            text = _plain(raw).replace(",", "")
            if not text:
                return None
            try:
                value = float(text)
            except ValueError:
                raise _refused(
                    QT_TRANSLATE_NOOP("SheetCheck", "{column}: {raw} is not a number"),
                    column=column,
                    raw=_shown(raw),
                ) from None
        if value != value or value in (float("inf"), float("-inf")):
            raise _refused(
                QT_TRANSLATE_NOOP("SheetCheck", "{column}: {raw} is not a finite number"),
                column=column,
                raw=_shown(raw),
            )
        if value < 0:
            raise _refused(
                QT_TRANSLATE_NOOP("SheetCheck", "{column}: {raw} is negative"),
                column=column,
                raw=_shown(raw),
            )
        return value
    if column.kind in (INTEGER, YEAR):
        text = _plain(raw) if not isinstance(raw, int) else str(raw)
        if not text:
            return None
        if isinstance(raw, float) and raw == int(raw):
            text = str(int(raw))
        if not re.fullmatch(r"\d+", text):
            if column.kind == YEAR:
                wording = QT_TRANSLATE_NOOP("SheetCheck", "{column}: {raw} is not a year like 2025")
            else:
                wording = QT_TRANSLATE_NOOP("SheetCheck", "{column}: {raw} is not a whole number")
            raise _refused(wording, column=column, raw=_shown(raw))
        value = int(text)
        if column.kind == YEAR and not 1900 <= value <= 2100:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "SheetCheck", "{column}: {value} is not a year between 1900 and 2100"
                ),
                column=column,
                value=value,
            )
        if column.kind == INTEGER and value < 1:
            raise _refused(
                QT_TRANSLATE_NOOP("SheetCheck", "{column}: {value} must be 1 or more"),
                column=column,
                value=value,
            )
        return value
    text = str(raw).strip()
    if column.kind == ENUM:
        if text in column.choices:
            return text
        folded = {c.lower(): c for c in column.choices}
        if text.lower() in folded:
            return folded[text.lower()]
        allowed = ", ".join(c or "(empty)" for c in column.choices)
        raise _refused(
            QT_TRANSLATE_NOOP("SheetCheck", "{column}: {raw} is not one of {allowed}"),
            column=column,
            raw=_shown(text),
            allowed=allowed,
        )
    if len(text) > MAX_TEXT:
        raise _refused(
            QT_TRANSLATE_NOOP("SheetCheck", "{column}: longer than {count} characters"),
            column=column,
            count=f"{MAX_TEXT:,}",
        )
    return text


def _check_ranges(schema: SheetSchema, row: Mapping) -> None:
    for low_key, high_key in schema.ranges:
        low, high = row.get(low_key), row.get(high_key)
        if low is not None and high is not None and high < low:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "SheetCheck", "{high} ({high_value}) is below {low} ({low_value})"
                ),
                high=schema.column(high_key),
                high_value=_fmt(high),
                low=schema.column(low_key),
                low_value=_fmt(low),
            )


def _fmt(value: float) -> str:
    return f"{value:g}"


# -- reading: the statements are in ``core.store.sheet_rows`` ---------------------


def get_row(conn: sqlite3.Connection, schema: SheetSchema, row_id: int) -> dict | None:
    return fetch_rows(conn, schema, [row_id]).get(row_id)


# -- writing ------------------------------------------------------------------


def _document_span(conn, document_id, start, end) -> str:
    text = document_text(conn, document_id)
    if text is None:
        raise _refused(
            QT_TRANSLATE_NOOP("SheetCheck", "document {document} does not exist"),
            document=document_id,
        )
    if start is None or end is None or not (0 <= start < end <= len(text)):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "SheetCheck",
                "source span {start}–{end} is outside document {document} (length {length})",
            ),
            start=start,
            end=end,
            document=document_id,
            length=f"{len(text):,}",
        )
    return text[start:end]


def clean_values(schema: SheetSchema, values: Mapping) -> dict:
    """Check every editable value of a new row; source columns are checked separately."""
    out = {}
    for key, raw in values.items():
        if key in ("id", "document_id", "start", "end", "quote"):
            continue
        out[key] = check_value(schema.column(key), raw)
    _check_ranges(schema, out)
    return out


def add_row(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    values: Mapping,
    *,
    review: str = EDITED,
    source: tuple[int, int, int] | None = None,
    row_id: int | None = None,
) -> int:
    """Insert a row; ``source`` is (document id, start, end) and sets the quote from the text.

    ``row_id`` restores a deleted row under its old id (undo).
    """
    row = clean_values(schema, values)
    row.update(schema.derived(row))
    row["review"] = check_value(schema.column("review"), review)
    if source is not None:
        document_id, start, end = source
        row["quote"] = _document_span(conn, document_id, start, end)
        row["document_id"], row["start"], row["end"] = document_id, start, end
    return insert_row(conn, schema, row, row_id=row_id)


def update_cell(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    row_id: int,
    key: str,
    raw: object,
    *,
    seen: object = NOT_SHOWN,
) -> tuple[dict, dict]:
    """Set one cell; returns (row before, row after).  Call in a transaction.

    Changing a value of an ``auto`` or ``confirmed`` row makes it ``edited``: the
    analyst now vouches for a value the source did not give exactly.  ``seen`` is
    the value the analyst was shown: when the cell holds another one now (a
    colleague's, another window's) and not the one typed, :class:`EditConflict` is
    raised and nothing written.  Other cells of the row changed meanwhile are kept.
    """
    lock_rows(conn, schema, [row_id])
    before = get_row(conn, schema, row_id)
    if before is None:
        raise _row_gone(schema, row_id)
    value = validate(schema, key, raw)
    if seen is not NOT_SHOWN and before[key] != seen and before[key] != value:
        raise EditConflict(
            schema, row_id, key, seen, before[key], value, before.get("edited_by") or ""
        )
    after = dict(before)
    after[key] = value
    state = REVIEW_STATES.get(before["review"])
    if key not in ("review", "note") and state and state.source_values and value != before[key]:
        after["review"] = EDITED
    _check_ranges(schema, after)
    after.update(schema.derived(after))
    write_row(conn, schema, after)
    return before, after


def write_row(conn: sqlite3.Connection, schema: SheetSchema, row: Mapping) -> None:
    """Store every column of ``row`` (an existing row's full dict, e.g. to undo an edit)."""
    keys = [k for k in schema.stored_keys() if k in row or k not in schema.hidden]
    if not update_row(conn, schema, row["id"], {k: row[k] for k in keys}):
        raise _row_gone(schema, row["id"])


def delete_rows(conn: sqlite3.Connection, schema: SheetSchema, ids: Iterable[int]) -> list[dict]:
    """Delete rows (and the rows merged into them: the fact goes with all its sources);
    returns them whole so that they can be restored."""
    ids = list(ids)
    ids += [i for i in merged_row_ids(conn, schema, ids) if i not in ids]
    rows = fetch_rows(conn, schema, ids)
    delete_ids(conn, schema, ids)
    return [rows[i] for i in ids if i in rows]


def restore_rows(conn: sqlite3.Connection, schema: SheetSchema, rows: Iterable[Mapping]) -> None:
    if schema.merged_into:  # a shown row before the rows merged into it
        rows = sorted(rows, key=lambda row: row.get(schema.merged_into) is not None)
    insert_rows(conn, schema, rows)


def duplicate_row(conn: sqlite3.Connection, schema: SheetSchema, row_id: int) -> int:
    """A copy of a row (same source) that the analyst owns: review ``edited``."""
    row = get_row(conn, schema, row_id)
    if row is None:
        raise _row_gone(schema, row_id)
    keys = [k for k in schema.stored_keys() if k != "review" and k not in schema.hidden]
    return insert_row(conn, schema, {**{k: row[k] for k in keys}, "review": EDITED})


def set_review(
    conn: sqlite3.Connection, schema: SheetSchema, ids: Iterable[int], state: str
) -> dict[int, str]:
    """Set the review state of rows; returns each row's previous state (for undo)."""
    state = check_value(schema.column("review"), state)
    ids = list(ids)
    before = {i: r["review"] for i, r in fetch_rows(conn, schema, ids).items()}
    set_reviews(conn, schema, dict.fromkeys(before, state), stamp=True)
    return before


def restore_reviews(conn: sqlite3.Connection, schema: SheetSchema, states: Mapping[int, str]):
    set_reviews(conn, schema, states, stamp=False)


def replace_auto_rows(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    document_id: int,
    rows: Iterable[tuple[Mapping, tuple[int, int]]],
) -> int:
    """Replace a document's ``auto`` rows with freshly extracted ones; call in a transaction.

    Rows the analyst confirmed, edited or rejected stay; an extracted row whose
    source span one of them already has is not added again (a rejected row must
    not come back with the next extraction).  Returns the number of rows added.
    """
    delete_auto_rows(conn, schema, document_id)
    kept = source_spans(conn, schema, document_id)
    text = document_text(conn, document_id)
    added = 0
    for values, (start, end) in rows:
        if (start, end) in kept:
            continue
        row = clean_values(schema, values)
        row.update(schema.derived(row))
        row.update(
            review=AUTO, document_id=document_id, start=start, end=end, quote=text[start:end]
        )
        insert_row(conn, schema, row)
        kept.add((start, end))
        added += 1
    return added
