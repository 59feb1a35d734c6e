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
    """Make one row of each fact the shown one and merge the others into it.

    A fact whose first row is itself merged into another document's row (a copy of an
    article merged by its figure, see :func:`merge_near_duplicates`) follows that row.
    """
    for key in keys:
        rows = conn.execute(
            "SELECT id, merged_into FROM capacity_rows WHERE fact_key = ? "
            "ORDER BY review = 'auto', document_id IS NULL, document_id, start, id",
            (key,),
        ).fetchall()
        if not rows:
            continue
        ids = {row_id for row_id, _ in rows}
        first, outside = rows[0][0], rows[0][1]
        target = outside if outside is not None and outside not in ids else None
        if target is None:
            conn.execute("UPDATE capacity_rows SET merged_into = NULL WHERE id = ?", (first,))
            target = first
        conn.executemany(
            "UPDATE capacity_rows SET merged_into = ? WHERE id = ?",
            [(target, row_id) for row_id, _ in rows if row_id != target and row_id != first]
            + ([(target, first)] if target != first else []),
        )


# What a copy of an article and its original agree on, whatever company or site each
# copy's text let extraction read: the unit, year, level or addition, scope, and a figure
# that overlaps (a PDF's line break can turn "3.2-3.5" into "3.5").
_FIGURE_COLUMNS = "std_low, std_high, std_unit, unit_qualifier, year, measure, scope"


def _overlaps(a_low, a_high, b_low, b_high) -> bool:
    a_high = a_low if a_high is None else a_high
    b_high = b_low if b_high is None else b_high
    return a_low <= b_high and b_low <= a_high


def merge_near_duplicates(conn: sqlite3.Connection, document_id: int) -> None:
    """Rows of a near duplicate (the same article from another outlet, or as a PDF and
    a web page) merge into the earlier document's rows stating the same figure.

    Runs for a document and for every copy of it, so extracting either again keeps
    them merged.
    """
    pairs = conn.execute(
        "SELECT document_id, near_duplicate_of FROM near_duplicates "
        "WHERE document_id = ? OR near_duplicate_of = ?",
        (document_id, document_id),
    ).fetchall()
    for copy, original in pairs:
        shown: dict[tuple, list[tuple[int, float, float | None]]] = {}
        for row_id, low, high, *rest in conn.execute(
            f"SELECT id, {_FIGURE_COLUMNS} FROM capacity_rows "
            "WHERE document_id = ? AND merged_into IS NULL AND std_unit != '' "
            "AND std_low IS NOT NULL ORDER BY start, id",
            (original,),
        ):
            shown.setdefault(tuple(rest), []).append((row_id, low, high))
        # rows of the original that already have a row of this copy (the same fact)
        taken = {
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT merged_into FROM capacity_rows "
                "WHERE document_id = ? AND merged_into IS NOT NULL",
                (copy,),
            )
        }
        merged = []
        for row_id, low, high, *rest in conn.execute(
            f"SELECT id, {_FIGURE_COLUMNS} FROM capacity_rows "
            "WHERE document_id = ? AND merged_into IS NULL AND review = 'auto' "
            "AND std_low IS NOT NULL ORDER BY start, id",
            (copy,),
        ).fetchall():
            candidates = [
                c
                for c in shown.get(tuple(rest), [])
                if c[0] not in taken and _overlaps(low, high, c[1], c[2])
            ]
            if candidates:
                # the same figure first, else the nearest that overlaps
                target = min(
                    candidates,
                    key=lambda c: abs(c[1] - low) + abs((c[2] or c[1]) - (high or low)),
                )[0]
                taken.add(target)
                merged.append((target, row_id))
        conn.executemany("UPDATE capacity_rows SET merged_into = ? WHERE id = ?", merged)
        # rows merged into a copy's row follow it
        conn.executemany("UPDATE capacity_rows SET merged_into = ? WHERE merged_into = ?", merged)


def _keyed_rows(conn: sqlite3.Connection, row_ids: Iterable[int]) -> list[dict]:
    ids = sorted(row_ids)
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows += [
            dict(zip(("fact_key", *_KEY_COLUMNS), row, strict=True))
            for row in conn.execute(
                f"SELECT fact_key, {', '.join(_KEY_COLUMNS)} FROM capacity_rows "
                f"WHERE id IN ({marks})",
                chunk,
            )
        ]
    return rows


def rows_of_facts(conn: sqlite3.Connection, keys: Iterable[str]) -> frozenset[int]:
    ids: set[int] = set()
    for key in keys:
        ids |= {
            row[0]
            for row in conn.execute("SELECT id FROM capacity_rows WHERE fact_key = ?", (key,))
        }
    return frozenset(ids)


def facts_touched_by_renaming(
    conn: sqlite3.Connection, row_ids: Iterable[int], company: str
) -> frozenset[int]:
    """Every row whose fact or merge may change when these rows' company becomes
    ``company``: the rows, and the rows of the facts they state before and after."""
    rows = _keyed_rows(conn, row_ids)
    keys = {row["fact_key"] for row in rows if row["fact_key"]}
    keys |= {fact_key({**row, "company": company}) for row in rows if row["fact_key"]}
    return frozenset(row_ids) | rows_of_facts(conn, keys - {None})


def rename_company(conn: sqlite3.Connection, row_ids: Iterable[int], company: str) -> None:
    """Give rows another company (an entity renamed or merged); rows that now state the
    same fact as others merge with them, rows that no longer do come apart."""
    row_ids = list(row_ids)
    rows = _keyed_rows(conn, row_ids)
    before = {row["fact_key"] for row in rows if row["fact_key"]}
    updates = [
        (company, fact_key({**row, "company": company}) if row["fact_key"] else None, row["id"])
        for row in rows
    ]
    conn.executemany("UPDATE capacity_rows SET company = ?, fact_key = ? WHERE id = ?", updates)
    merge_facts(conn, before | {key for _, key, _ in updates if key})
