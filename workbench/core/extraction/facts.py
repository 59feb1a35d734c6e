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
from ..store.capacity_facts import (
    auto_fact_keys,
    auto_key_rows,
    fact_row_ids,
    fact_rows,
    follow_merges,
    keyed_rows,
    merge_rows,
    merge_targets,
    near_duplicate_pairs,
    set_companies,
    set_fact_keys,
    show_row,
    shown_figures,
    unreviewed_figures,
)


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


def document_fact_keys(conn: sqlite3.Connection, document_id: int) -> set[str]:
    """The keys of a document's ``auto`` rows."""
    return auto_fact_keys(conn, document_id)


def key_document_rows(conn: sqlite3.Connection, document_id: int) -> set[str]:
    """Set the fact key of a document's ``auto`` rows; returns the keys."""
    keyed = [(fact_key(values), values["id"]) for values in auto_key_rows(conn, document_id)]
    set_fact_keys(conn, keyed)
    return {key for key, _ in keyed if key is not None}


def merge_facts(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Make one row of each fact the shown one and merge the others into it.

    A fact whose first row is itself merged into another document's row (a copy of an
    article merged by its figure, see :func:`merge_near_duplicates`) follows that row.
    """
    for key in keys:
        rows = fact_rows(conn, key)
        if not rows:
            continue
        ids = {row.id for row in rows}
        first, outside = rows[0].id, rows[0].merged_into
        target = outside if outside is not None and outside not in ids else None
        if target is None:
            show_row(conn, first)
            target = first
        merge_rows(
            conn,
            [(target, row.id) for row in rows if row.id != target and row.id != first]
            + ([(target, first)] if target != first else []),
        )


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
    for pair in near_duplicate_pairs(conn, document_id):
        # What a copy of an article and its original agree on, whatever company or site
        # each copy's text let extraction read: the unit, year, level or addition, scope,
        # and a figure that overlaps (a PDF's line break can turn "3.2-3.5" into "3.5").
        shown: dict[tuple, list[tuple[int, float, float | None]]] = {}
        for figure in shown_figures(conn, pair.original):
            shown.setdefault(figure.qualifiers, []).append((figure.id, figure.low, figure.high))
        # rows of the original that already have a row of this copy (the same fact)
        taken = merge_targets(conn, pair.copy)
        merged = []
        for figure in unreviewed_figures(conn, pair.copy):
            low, high = figure.low, figure.high
            candidates = [
                c
                for c in shown.get(figure.qualifiers, [])
                if c[0] not in taken and _overlaps(low, high, c[1], c[2])
            ]
            if candidates:
                # the same figure first, else the nearest that overlaps
                target = min(
                    candidates,
                    key=lambda c: abs(c[1] - low) + abs((c[2] or c[1]) - (high or low)),
                )[0]
                taken.add(target)
                merged.append((target, figure.id))
        merge_rows(conn, merged)
        # rows merged into a copy's row follow it
        follow_merges(conn, merged)


def rows_of_facts(conn: sqlite3.Connection, keys: Iterable[str]) -> frozenset[int]:
    ids: set[int] = set()
    for key in keys:
        ids |= fact_row_ids(conn, key)
    return frozenset(ids)


def facts_touched_by_renaming(
    conn: sqlite3.Connection, row_ids: Iterable[int], company: str
) -> frozenset[int]:
    """Every row whose fact or merge may change when these rows' company becomes
    ``company``: the rows, and the rows of the facts they state before and after."""
    rows = keyed_rows(conn, row_ids)
    keys = {row["fact_key"] for row in rows if row["fact_key"]}
    keys |= {fact_key({**row, "company": company}) for row in rows if row["fact_key"]}
    return frozenset(row_ids) | rows_of_facts(conn, keys - {None})


def rename_company(conn: sqlite3.Connection, row_ids: Iterable[int], company: str) -> None:
    """Give rows another company (an entity renamed or merged); rows that now state the
    same fact as others merge with them, rows that no longer do come apart."""
    row_ids = list(row_ids)
    rows = keyed_rows(conn, row_ids)
    before = {row["fact_key"] for row in rows if row["fact_key"]}
    updates = [
        (company, fact_key({**row, "company": company}) if row["fact_key"] else None, row["id"])
        for row in rows
    ]
    set_companies(conn, updates)
    merge_facts(conn, before | {key for _, key, _ in updates if key})
