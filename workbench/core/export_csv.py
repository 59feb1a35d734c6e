"""Sheets as CSV files that Excel and LibreOffice open correctly.

UTF-8 with a byte-order mark by default (Excel reads BOM-less UTF-8 as the
locale's code page and garbles Chinese), RFC 4180 quoting with CRLF line ends,
one header row of stable English names, and text cells that a spreadsheet would
run as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first) prefixed
with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from .errors import WorkbenchError
from .sheets.rows import fetch_rows, query_ids
from .sheets.schema import SheetSchema
from .vocabulary import REVIEW_STATES

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet will show as text, never evaluate."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def sheet_csv(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    ids: Sequence[int] | None = None,
    *,
    confirmed_only: bool = False,
    all_columns: bool = False,
) -> str:
    """The CSV text of ``ids`` in that order (the whole sheet by id when None)."""
    if ids is None:
        ids = query_ids(conn, schema)
    rows = fetch_rows(conn, schema, list(ids))
    if all_columns:
        columns = [(c.export_name or c.key, c.key) for c in schema.columns]
    else:
        columns = [(c.export_name, c.key) for c in schema.export_columns()]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([name for name, _ in columns])
    for row_id in ids:
        row = rows.get(row_id)
        if row is None:
            continue
        if confirmed_only and not _vouched(row["review"]):
            continue
        writer.writerow([_cell(row[key]) for _, key in columns])
    return out.getvalue()


def _vouched(review: str) -> bool:
    state = REVIEW_STATES.get(review)
    return state is not None and state.vouched


def export_sheet(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    path: Path | str,
    ids: Sequence[int] | None = None,
    *,
    bom: bool = True,
    confirmed_only: bool = False,
    all_columns: bool = False,
) -> int:
    """Write the sheet to ``path`` (atomically); returns the number of data rows written."""
    text = sheet_csv(conn, schema, ids, confirmed_only=confirmed_only, all_columns=all_columns)
    write_csv(path, text, bom=bom)
    return len(list(csv.reader(io.StringIO(text)))) - 1


def write_csv(path: Path | str, text: str, *, bom: bool = True) -> None:
    """Write CSV text atomically: an existing file is replaced only by a complete one."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WorkbenchError(f"{path}: the folder {path.parent} does not exist")
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(text.encode("utf-8-sig" if bom else "utf-8"))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WorkbenchError(f"{path.name}: cannot write ({error.strerror or error})") from None


ENTITY_COLUMNS = ("canonical", "type", "mentions", "documents")


def entities_csv(conn: sqlite3.Connection, type_: str | None = None) -> tuple[str, int]:
    """The entity index (rejected mentions left out) as CSV text, and its row count."""
    from .store.mentions import entity_index

    entries = entity_index(conn, type_)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ENTITY_COLUMNS)
    for entry in entries:
        writer.writerow([neutralise(entry.canonical), entry.type, entry.mentions, entry.documents])
    return out.getvalue(), len(entries)
