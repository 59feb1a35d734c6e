"""Rows of a sheet in the store: query (sorted and filtered in SQL), validate, write.

Every write runs in its own transaction (or the caller's) and is committed when
the function returns, so the UI may report it done.  Values are checked against
the sheet's schema first: nothing invalid reaches the store.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping

from ..errors import WorkbenchError
from ..store.transactions import atomic
from ..vocabulary import AUTO, EDITED, REVIEW_STATES
from .schema import ENUM, INTEGER, NUMBER, SOURCE, YEAR, Column, SheetSchema

MAX_TEXT = 2000


class SheetValueError(WorkbenchError):
    """A value refused for a cell; the message says why, fit to show as it is."""


def _q(key: str) -> str:
    return f'"{key}"'


# -- validation ---------------------------------------------------------------

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _plain(raw: object) -> str:
    return str(raw).translate(_FULL_WIDTH).strip()


def validate(schema: SheetSchema, key: str, raw: object) -> object:
    """The stored form of ``raw`` for column ``key``, or :class:`SheetValueError`."""
    column = schema.column(key)
    if column.kind == SOURCE:
        raise SheetValueError(f"{column.label} is the row's provenance and cannot be edited")
    if not column.editable:
        raise SheetValueError(f"{column.label} follows from the row's other values")
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
                raise SheetValueError(f"{column.label}: {raw!r} is not a number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise SheetValueError(f"{column.label}: {raw!r} is not a finite number")
        if value < 0:
            raise SheetValueError(f"{column.label}: {raw!r} is negative")
        return value
    if column.kind in (INTEGER, YEAR):
        text = _plain(raw) if not isinstance(raw, int) else str(raw)
        if not text:
            return None
        if isinstance(raw, float) and raw == int(raw):
            text = str(int(raw))
        if not re.fullmatch(r"\d+", text):
            what = "a year like 2025" if column.kind == YEAR else "a whole number"
            raise SheetValueError(f"{column.label}: {raw!r} is not {what}")
        value = int(text)
        if column.kind == YEAR and not 1900 <= value <= 2100:
            raise SheetValueError(f"{column.label}: {value} is not a year between 1900 and 2100")
        if column.kind == INTEGER and value < 1:
            raise SheetValueError(f"{column.label}: {value} must be 1 or more")
        return value
    text = str(raw).strip()
    if column.kind == ENUM:
        if text in column.choices:
            return text
        folded = {c.lower(): c for c in column.choices}
        if text.lower() in folded:
            return folded[text.lower()]
        allowed = ", ".join(c or "(empty)" for c in column.choices)
        raise SheetValueError(f"{column.label}: {text!r} is not one of {allowed}")
    if len(text) > MAX_TEXT:
        raise SheetValueError(f"{column.label}: longer than {MAX_TEXT} characters")
    return text


def _check_ranges(schema: SheetSchema, row: Mapping) -> None:
    for low_key, high_key in schema.ranges:
        low, high = row.get(low_key), row.get(high_key)
        if low is not None and high is not None and high < low:
            raise SheetValueError(
                f"{schema.column(high_key).label} ({_fmt(high)}) is below "
                f"{schema.column(low_key).label} ({_fmt(low)})"
            )


def _fmt(value: float) -> str:
    return f"{value:g}"


# -- reading ------------------------------------------------------------------


def _register_functions(conn: sqlite3.Connection) -> None:
    """``wb_fold(x)``: Simplified, lower case: filters match either script."""
    from ..script import to_simplified

    def fold(value):
        if value is None:
            return ""
        return to_simplified(str(value)).lower()

    conn.create_function("wb_fold", 1, fold, deterministic=True)


_COMPARISON = re.compile(r"^(<=|>=|<|>|=)?\s*(-?\d+(?:\.\d+)?)$")
_BETWEEN = re.compile(r"^(-?\d+(?:\.\d+)?)\s*(?:\.\.|-|~|–)\s*(-?\d+(?:\.\d+)?)$")


def _column_condition(schema: SheetSchema, column: Column, text: str) -> tuple[str, list]:
    """SQL for one per-column filter: numbers take ``>=2024``, ``1-5``; text is 'contains'."""
    text = _plain(text)
    name = schema.expression(column.key)
    if column.numeric or column.key in ("start", "end", "document_id"):
        between = _BETWEEN.match(text)
        if between:
            return f"{name} BETWEEN ? AND ?", [float(between[1]), float(between[2])]
        comparison = _COMPARISON.match(text)
        if comparison:
            return f"{name} {comparison[1] or '='} ?", [float(comparison[2])]
        return f"instr(CAST({name} AS TEXT), ?) > 0", [text]
    if column.kind == ENUM and text in column.choices:
        return f"{name} = ?", [text]
    return f"instr(wb_fold({name}), wb_fold(?)) > 0", [text]


def _where(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    search: str,
    filters: Mapping[str, str] | None,
    reviews: Iterable[str] | None,
) -> tuple[str, list]:
    clauses, params = [schema.shown] if schema.shown else [], []
    if search.strip() or any((v or "").strip() for v in (filters or {}).values()):
        _register_functions(conn)
    if search.strip():
        texts = [
            c
            for c in schema.columns
            if not c.numeric and c.key not in ("start", "end") and c.sql is None
        ]
        joined = " || char(31) || ".join(f"coalesce({_q(c.key)}, '')" for c in texts)
        clauses.append(f"instr(wb_fold({joined}), wb_fold(?)) > 0")
        params.append(search.strip())
    for key, value in (filters or {}).items():
        if value and value.strip():
            sql, args = _column_condition(schema, schema.column(key), value)
            clauses.append(sql)
            params.extend(args)
    if reviews is not None:
        reviews = list(reviews)
        clauses.append(f"review IN ({', '.join('?' for _ in reviews)})" if reviews else "0")
        params.extend(reviews)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_ids(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    *,
    sort: str | None = None,
    descending: bool = False,
    search: str = "",
    filters: Mapping[str, str] | None = None,
    reviews: Iterable[str] | None = None,
) -> list[int]:
    """Row ids in display order: filtered and sorted by SQLite, empty values last."""
    where, params = _where(conn, schema, search, filters, reviews)
    order = "id"
    if sort and sort != "id":
        column = schema.column(sort)
        direction = "DESC" if descending else "ASC"
        name = schema.expression(column.key)
        empty = f"{name} IS NULL" if column.numeric else f"coalesce({name}, '') = ''"
        order = f"{empty}, {name} {direction}, id {direction}"
    elif descending:
        order = "id DESC"
    sql = f"SELECT id FROM {schema.table}{where} ORDER BY {order}"
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: a sqlite3.Row per id doubles a 100k-row sort
    return [row[0] for row in cursor.execute(sql, params)]


def reverse_order(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    ids: list[int],
    *,
    sort: str | None,
    search: str = "",
    filters: Mapping[str, str] | None = None,
) -> list[int]:
    """``ids`` as :func:`query_ids` returned them for ``sort``, in the other direction,
    without sorting again: the rows with a value reversed, then those without one (last
    in either direction) reversed.  Only one count of the empty cells is read."""
    if not sort or sort == "id":
        return ids[::-1]
    where, params = _where(conn, schema, search, filters, None)
    column = schema.column(sort)
    name = schema.expression(column.key)
    empty = f"{name} IS NULL" if column.numeric else f"coalesce({name}, '') = ''"
    where = f"{where} AND {empty}" if where else f" WHERE {empty}"
    empties = conn.execute(f"SELECT count(*) FROM {schema.table}{where}", params).fetchone()[0]
    split = len(ids) - empties
    return ids[:split][::-1] + ids[split:][::-1]


def count_rows(conn: sqlite3.Connection, schema: SheetSchema) -> int:
    """Rows the sheet shows."""
    where = f" WHERE {schema.shown}" if schema.shown else ""
    return conn.execute(f"SELECT count(*) FROM {schema.table}{where}").fetchone()[0]


def fetch_rows(conn: sqlite3.Connection, schema: SheetSchema, ids: list[int]) -> dict[int, dict]:
    """The rows with these ids, as dicts keyed by column (plus ``id``)."""
    out: dict[int, dict] = {}
    keys = ["id", *schema.column_keys(), *schema.hidden]
    columns = ", ".join(
        ["id", *(schema.expression(k) for k in schema.column_keys()), *map(_q, schema.hidden)]
    )
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT {columns} FROM {schema.table} WHERE id IN ({marks})", chunk
        ):
            out[row[0]] = dict(zip(keys, tuple(row), strict=True))
    return out


def get_row(conn: sqlite3.Connection, schema: SheetSchema, row_id: int) -> dict | None:
    return fetch_rows(conn, schema, [row_id]).get(row_id)


def distinct_values(conn: sqlite3.Connection, schema: SheetSchema, key: str) -> list[str]:
    """Values the sheet already holds in a column, most used first (the unit editor's list)."""
    name = schema.expression(key)
    shown = f" AND {schema.shown}" if schema.shown else ""
    rows = conn.execute(
        f"SELECT {name}, count(*) FROM {schema.table} WHERE coalesce({name}, '') != ''{shown} "
        f"GROUP BY {name} ORDER BY count(*) DESC, {name}"
    )
    return [str(r[0]) for r in rows]


# -- writing ------------------------------------------------------------------


def _document_span(conn, document_id, start, end) -> str:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise SheetValueError(f"document {document_id} does not exist")
    if start is None or end is None or not (0 <= start < end <= len(row[0])):
        raise SheetValueError(
            f"source span {start}–{end} is outside document {document_id} (length {len(row[0])})"
        )
    return row[0][start:end]


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
    keys = list(row)
    with atomic(conn):
        cursor = conn.execute(
            f"INSERT INTO {schema.table} (id, {', '.join(_q(k) for k in keys)}) "
            f"VALUES (?, {', '.join('?' for _ in keys)})",
            [row_id, *(row[k] for k in keys)],
        )
    return cursor.lastrowid


def update_cell(
    conn: sqlite3.Connection, schema: SheetSchema, row_id: int, key: str, raw: object
) -> tuple[dict, dict]:
    """Set one cell; returns (row before, row after).

    Changing a value of an ``auto`` or ``confirmed`` row makes it ``edited``: the
    analyst now vouches for a value the source did not give exactly.
    """
    before = get_row(conn, schema, row_id)
    if before is None:
        raise SheetValueError(f"row {row_id} of the {schema.title} sheet no longer exists")
    value = validate(schema, key, raw)
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
    with atomic(conn):
        cursor = conn.execute(
            f"UPDATE {schema.table} SET {', '.join(f'{_q(k)} = ?' for k in keys)}, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            [*(row[k] for k in keys), row["id"]],
        )
    if cursor.rowcount == 0:
        raise SheetValueError(f"row {row['id']} of the {schema.title} sheet no longer exists")


def delete_rows(conn: sqlite3.Connection, schema: SheetSchema, ids: Iterable[int]) -> list[dict]:
    """Delete rows (and the rows merged into them: the fact goes with all its sources);
    returns them whole so that they can be restored."""
    ids = list(ids)
    if schema.merged_into and ids:
        marks = ", ".join("?" for _ in ids)
        ids += [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM {schema.table} WHERE {_q(schema.merged_into)} IN ({marks})", ids
            )
            if row[0] not in ids
        ]
    rows = fetch_rows(conn, schema, ids)
    with atomic(conn):
        conn.executemany(f"DELETE FROM {schema.table} WHERE id = ?", [(i,) for i in ids])
    return [rows[i] for i in ids if i in rows]


def restore_rows(conn: sqlite3.Connection, schema: SheetSchema, rows: Iterable[Mapping]) -> None:
    keys = ["id", *schema.stored_keys()]
    if schema.merged_into:  # a shown row before the rows merged into it
        rows = sorted(rows, key=lambda row: row.get(schema.merged_into) is not None)
    with atomic(conn):
        conn.executemany(
            f"INSERT INTO {schema.table} ({', '.join(_q(k) for k in keys)}) "
            f"VALUES ({', '.join('?' for _ in keys)})",
            [[row[k] for k in keys] for row in rows],
        )


def duplicate_row(conn: sqlite3.Connection, schema: SheetSchema, row_id: int) -> int:
    """A copy of a row (same source) that the analyst owns: review ``edited``."""
    row = get_row(conn, schema, row_id)
    if row is None:
        raise SheetValueError(f"row {row_id} of the {schema.title} sheet no longer exists")
    keys = [k for k in schema.stored_keys() if k != "review" and k not in schema.hidden]
    with atomic(conn):
        cursor = conn.execute(
            f"INSERT INTO {schema.table} ({', '.join(_q(k) for k in keys)}, review) "
            f"VALUES ({', '.join('?' for _ in keys)}, 'edited')",
            [row[k] for k in keys],
        )
    return cursor.lastrowid


def set_review(
    conn: sqlite3.Connection, schema: SheetSchema, ids: Iterable[int], state: str
) -> dict[int, str]:
    """Set the review state of rows; returns each row's previous state (for undo)."""
    state = check_value(schema.column("review"), state)
    ids = list(ids)
    before = {i: r["review"] for i, r in fetch_rows(conn, schema, ids).items()}
    with atomic(conn):
        conn.executemany(
            f"UPDATE {schema.table} SET review = ?, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            [(state, i) for i in before],
        )
    return before


def restore_reviews(conn: sqlite3.Connection, schema: SheetSchema, states: Mapping[int, str]):
    with atomic(conn):
        conn.executemany(
            f"UPDATE {schema.table} SET review = ? WHERE id = ?",
            [(s, i) for i, s in states.items()],
        )


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
    conn.execute(
        f"DELETE FROM {schema.table} WHERE document_id = ? AND review = 'auto'", (document_id,)
    )
    kept = {
        (r[0], r[1])
        for r in conn.execute(
            f'SELECT start, "end" FROM {schema.table} WHERE document_id = ?', (document_id,)
        )
    }
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    added = 0
    for values, (start, end) in rows:
        if (start, end) in kept:
            continue
        row = clean_values(schema, values)
        row.update(schema.derived(row))
        row.update(
            review=AUTO, document_id=document_id, start=start, end=end, quote=text[start:end]
        )
        keys = list(row)
        conn.execute(
            f"INSERT INTO {schema.table} ({', '.join(_q(k) for k in keys)}) "
            f"VALUES ({', '.join('?' for _ in keys)})",
            [row[k] for k in keys],
        )
        kept.add((start, end))
        added += 1
    return added
