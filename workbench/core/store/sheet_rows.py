"""A sheet's rows in its table: the statements that find, read and write them.

Rows are sorted and filtered in SQL; what a value may be is checked before it
gets here (``core.sheets.rows``).  Rows are read as dicts keyed by the sheet's
columns (plus ``id``), the shape the sheet model, exports and charts share.
No transaction is opened here unless a function says so: the callers hold one.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .portable import contains, folded_match, now_text
from .transactions import atomic, engine_of

if TYPE_CHECKING:
    from ..sheets.schema import Column, SheetSchema

READ_CHUNK = 500  # ids per ``IN (...)``: well under SQLite's and PostgreSQL's limits
# Joins a row's text columns for the search box; the analyst cannot type it.
_UNIT_SEPARATOR = "'\x1f'"


def _q(key: str) -> str:
    return f'"{key}"'


def _plain(raw: object) -> str:
    return str(raw).translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}).strip()


def _marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))


# -- conditions -----------------------------------------------------------------

_COMPARISON = re.compile(r"^(<=|>=|<|>|=)?\s*(-?\d+(?:\.\d+)?)$")
_BETWEEN = re.compile(r"^(-?\d+(?:\.\d+)?)\s*(?:\.\.|-|~|–)\s*(-?\d+(?:\.\d+)?)$")


def _column_condition(
    conn: sqlite3.Connection, schema: SheetSchema, column: Column, text: str
) -> tuple[str, list]:
    """SQL for one per-column filter: numbers take ``>=2024``, ``1-5``; text is 'contains'."""
    from ..sheets.schema import ENUM  # not at the top: the sheets package imports this one

    text = _plain(text)
    name = schema.expression(column.key)
    if column.numeric or column.key in ("start", "end", "document_id"):
        between = _BETWEEN.match(text)
        if between:
            return f"{name} BETWEEN ? AND ?", [float(between[1]), float(between[2])]
        comparison = _COMPARISON.match(text)
        if comparison:
            return f"{name} {comparison[1] or '='} ?", [float(comparison[2])]
        return contains(f"CAST({name} AS TEXT)", "?"), [text]
    if column.kind == ENUM and text in column.choices:
        return f"{name} = ?", [text]
    return folded_match(conn, name, text)


def _where(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    search: str,
    filters: Mapping[str, str] | None,
    reviews: Iterable[str] | None,
) -> tuple[str, list]:
    clauses, params = [schema.shown] if schema.shown else [], []
    if search.strip():
        texts = [
            c
            for c in schema.columns
            if not c.numeric and c.key not in ("start", "end") and c.sql is None
        ]
        # Cast: a team store's server will not join a number (a document's id) to text.
        joined = f" || {_UNIT_SEPARATOR} || ".join(
            f"coalesce(CAST({_q(c.key)} AS TEXT), '')" for c in texts
        )
        sql, args = folded_match(conn, joined, search.strip())
        clauses.append(sql)
        params.extend(args)
    for key, value in (filters or {}).items():
        if value and value.strip():
            sql, args = _column_condition(conn, schema, schema.column(key), value)
            clauses.append(sql)
            params.extend(args)
    if reviews is not None:
        reviews = list(reviews)
        clauses.append(f"review IN ({_marks(len(reviews))})" if reviews else "1 = 0")
        params.extend(reviews)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _empty(schema: SheetSchema, column: Column) -> str:
    name = schema.expression(column.key)
    return f"{name} IS NULL" if column.numeric else f"coalesce({name}, '') = ''"


# -- reading --------------------------------------------------------------------


def query_ids(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    *,
    sort: str | None = None,
    descending: bool = False,
    search: str = "",
    filters: Mapping[str, str] | None = None,
    reviews: Iterable[str] | None = None,
    limit: int | None = None,
) -> list[int]:
    """Row ids in display order: filtered and sorted by the store, empty values last;
    the first ``limit`` of them only, when given."""
    where, params = _where(conn, schema, search, filters, reviews)
    order = "id"
    if sort and sort != "id":
        column = schema.column(sort)
        direction = "DESC" if descending else "ASC"
        name = schema.expression(column.key)
        order = f"{_empty(schema, column)}, {name} {direction}, id {direction}"
    elif descending:
        order = "id DESC"
    sql = f"SELECT id FROM {schema.table}{where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: a sqlite3.Row per id doubles a 100k-row sort
    return [row[0] for row in cursor.execute(sql, params)]


def count_empty(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    key: str,
    *,
    search: str = "",
    filters: Mapping[str, str] | None = None,
) -> int:
    """Rows the search and filters keep whose ``key`` column is empty."""
    where, params = _where(conn, schema, search, filters, None)
    empty = _empty(schema, schema.column(key))
    where = f"{where} AND {empty}" if where else f" WHERE {empty}"
    return conn.execute(f"SELECT count(*) FROM {schema.table}{where}", params).fetchone()[0]


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
    empties = count_empty(conn, schema, sort, search=search, filters=filters)
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
    for chunk_start in range(0, len(ids), READ_CHUNK):
        chunk = ids[chunk_start : chunk_start + READ_CHUNK]
        for row in conn.execute(
            f"SELECT {columns} FROM {schema.table} WHERE id IN ({_marks(len(chunk))})", chunk
        ):
            out[row[0]] = dict(zip(keys, tuple(row), strict=True))
    return out


def read_columns(
    conn: sqlite3.Connection, schema: SheetSchema, keys: Sequence[str], ids: Sequence[int]
) -> list[dict]:
    """Rows with these ids as dicts of ``id`` and the columns ``keys``, in the order of
    ``ids`` (ids no longer in the sheet left out).  A caller with many ids reads them
    in chunks, checking for cancellation between them."""
    names = ("id", *keys)
    columns = ", ".join(schema.expression(key) if key != "id" else "id" for key in names)
    sql = f"SELECT {columns} FROM {schema.table} WHERE id IN ({_marks(len(ids))})"
    cursor = conn.cursor()
    cursor.row_factory = None
    found = {row[0]: row for row in cursor.execute(sql, list(ids))}
    return [dict(zip(names, found[i], strict=True)) for i in ids if i in found]


def distinct_values(conn: sqlite3.Connection, schema: SheetSchema, key: str) -> list[str]:
    """Values the sheet already holds in a column, most used first (the unit editor's list)."""
    name = schema.expression(key)
    shown = f" AND {schema.shown}" if schema.shown else ""
    rows = conn.execute(
        f"SELECT {name}, count(*) FROM {schema.table} WHERE coalesce({name}, '') != ''{shown} "
        f"GROUP BY {name} ORDER BY count(*) DESC, {name}"
    )
    return [str(r[0]) for r in rows]


def merged_row_ids(conn: sqlite3.Connection, schema: SheetSchema, ids: list[int]) -> list[int]:
    """Ids of the rows merged into any of ``ids`` (none when the sheet does not merge)."""
    if not schema.merged_into or not ids:
        return []
    found: list[int] = []
    for start in range(0, len(ids), READ_CHUNK):
        chunk = ids[start : start + READ_CHUNK]
        found += [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM {schema.table} "
                f"WHERE {_q(schema.merged_into)} IN ({_marks(len(chunk))})",
                chunk,
            )
        ]
    return found


def source_spans(conn: sqlite3.Connection, schema: SheetSchema, document_id: int) -> set:
    """(start, end) of every row of the sheet sourced in the document."""
    rows = conn.execute(
        f'SELECT start, "end" FROM {schema.table} WHERE document_id = ?', (document_id,)
    )
    return {(r[0], r[1]) for r in rows}


def ids_of_document(
    conn: sqlite3.Connection, schema: SheetSchema, document_id: int | None
) -> list[int]:
    """The shown rows quoting the document (with ``document_id`` None: the rows with no
    source at all), oldest first."""
    shown = f" AND {schema.shown}" if schema.shown else ""
    if document_id is None:
        sql = f"SELECT id FROM {schema.table} WHERE document_id IS NULL{shown} ORDER BY id"
        return [r[0] for r in conn.execute(sql)]
    sql = f"SELECT id FROM {schema.table} WHERE document_id = ?{shown} ORDER BY id"
    return [r[0] for r in conn.execute(sql, (document_id,))]


# -- writing --------------------------------------------------------------------


def lock_rows(conn: sqlite3.Connection, schema: SheetSchema, ids: Sequence[int]) -> None:
    """Hold the rows until the transaction ends, so that what is read of them next is
    what the write replaces.  SQLite's write transaction holds the whole store already;
    on a team store a colleague's write to the same rows waits."""
    if engine_of(conn) == "postgresql" and ids:
        conn.execute(
            f"SELECT id FROM {schema.table} WHERE id IN ({_marks(len(ids))}) FOR UPDATE",
            list(ids),
        ).fetchall()


def insert_row(
    conn: sqlite3.Connection, schema: SheetSchema, row: Mapping, *, row_id: int | None = None
) -> int:
    """Insert one row of stored values (under ``row_id`` when given, to undo a delete);
    returns its id.  One statement: committed when it returns, unless the caller
    holds a transaction."""
    keys = list(row)
    if row_id is not None:
        keys = ["id", *(k for k in keys if k != "id")]
        row = {**row, "id": row_id}
    # Read to the end: SQLite ends the statement (and commits it) only then.
    ((new_id,),) = conn.execute(
        f"INSERT INTO {schema.table} ({', '.join(_q(k) for k in keys)}) "
        f"VALUES ({_marks(len(keys))}) RETURNING id",
        [row[k] for k in keys],
    ).fetchall()
    return new_id


def insert_rows(conn: sqlite3.Connection, schema: SheetSchema, rows: Iterable[Mapping]) -> None:
    """Insert rows whole, ids and all (to undo a delete), in one transaction."""
    keys = ["id", *schema.stored_keys()]
    with atomic(conn):
        conn.executemany(
            f"INSERT INTO {schema.table} ({', '.join(_q(k) for k in keys)}) "
            f"VALUES ({_marks(len(keys))})",
            [[row[k] for k in keys] for row in rows],
        )


def update_row(conn: sqlite3.Connection, schema: SheetSchema, row_id: int, values: Mapping) -> bool:
    """Store ``values`` in the row and stamp it updated; False when the row is gone."""
    keys = list(values)
    cursor = conn.execute(
        f"UPDATE {schema.table} SET {', '.join(f'{_q(k)} = ?' for k in keys)}, "
        "updated_at = ? WHERE id = ?",
        [*(values[k] for k in keys), now_text(), row_id],
    )
    return cursor.rowcount > 0


def delete_ids(conn: sqlite3.Connection, schema: SheetSchema, ids: Iterable[int]) -> None:
    with atomic(conn):
        conn.executemany(f"DELETE FROM {schema.table} WHERE id = ?", [(i,) for i in ids])


def set_reviews(
    conn: sqlite3.Connection, schema: SheetSchema, states: Mapping[int, str], *, stamp: bool
) -> None:
    """Set each row's review state (``stamp``: and mark it updated now), in one transaction."""
    with atomic(conn):
        if stamp:
            now = now_text()
            conn.executemany(
                f"UPDATE {schema.table} SET review = ?, updated_at = ? WHERE id = ?",
                [(state, now, i) for i, state in states.items()],
            )
        else:
            conn.executemany(
                f"UPDATE {schema.table} SET review = ? WHERE id = ?",
                [(state, i) for i, state in states.items()],
            )


def delete_auto_rows(conn: sqlite3.Connection, schema: SheetSchema, document_id: int) -> None:
    """Delete the document's rows still in review state ``auto`` (call in a transaction)."""
    conn.execute(
        f"DELETE FROM {schema.table} WHERE document_id = ? AND review = 'auto'", (document_id,)
    )
