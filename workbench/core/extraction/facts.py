"""One fact, one row: extracted capacity rows that state the same fact are merged.

Two rows state the same fact when company, site, figure in the canonical unit,
qualifier, year, measure and scope agree (the same article from two outlets, a
PDF and a web page of one report, a figure an article repeats).  The rows all
stay in the store, each with its own source; all but one carry ``merged_into``
the one the sheet shows, whose count of sources includes them.

Which row is shown depends on the rows alone, never on the order documents
arrived in: a row the analyst reviewed first, then the earliest source.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from ..script import to_simplified


def _fold(value) -> str:
    return " ".join(to_simplified(str(value or "")).casefold().split())


def fact_key(row) -> str | None:
    """The key of the fact a row states, or None when its unit is not a known one."""
    if not row["std_unit"] or row["std_low"] is None:
        return None
    return json.dumps(
        [
            _fold(row["company"]),
            _fold(row["site"]),
            row["std_low"],
            row["std_high"],
            row["std_unit"],
            row["unit_qualifier"],
            row["year"],
            row["measure"],
            row["scope"],
        ],
        ensure_ascii=False,
    )


_KEY_COLUMNS = (
    "id",
    "company",
    "site",
    "std_low",
    "std_high",
    "std_unit",
    "unit_qualifier",
    "year",
    "measure",
    "scope",
)


def document_fact_keys(conn: sqlite3.Connection, document_id: int) -> set[str]:
    """The keys of a document's ``auto`` rows."""
    rows = conn.execute(
        "SELECT DISTINCT fact_key FROM capacity_rows "
        "WHERE document_id = ? AND review = 'auto' AND fact_key IS NOT NULL",
        (document_id,),
    )
    return {row[0] for row in rows}


def key_document_rows(conn: sqlite3.Connection, document_id: int) -> set[str]:
    """Set the fact key of a document's ``auto`` rows; returns the keys."""
    rows = conn.execute(
        f"SELECT {', '.join(_KEY_COLUMNS)} FROM capacity_rows "
        "WHERE document_id = ? AND review = 'auto'",
        (document_id,),
    )
    keyed = [
        (fact_key(values), values["id"])
        for values in (dict(zip(_KEY_COLUMNS, row, strict=True)) for row in rows)
    ]
    conn.executemany("UPDATE capacity_rows SET fact_key = ? WHERE id = ?", keyed)
    return {key for key, _ in keyed if key is not None}


def merge_facts(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Make one row of each fact the shown one and merge the others into it."""
    for key in keys:
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM capacity_rows WHERE fact_key = ? "
                "ORDER BY review = 'auto', document_id IS NULL, document_id, start, id",
                (key,),
            )
        ]
        if not ids:
            continue
        shown, merged = ids[0], ids[1:]
        conn.execute("UPDATE capacity_rows SET merged_into = NULL WHERE id = ?", (shown,))
        conn.executemany(
            "UPDATE capacity_rows SET merged_into = ? WHERE id = ?", [(shown, i) for i in merged]
        )
