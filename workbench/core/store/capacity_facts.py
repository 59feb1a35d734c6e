"""The statements that key capacity rows by the fact they state and merge those that state
the same one (``core.extraction.facts`` decides what merges; this reads and writes it).

None opens a transaction: extraction and the entity edits call these inside theirs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

# The columns a fact's key is made of, with the row's id first.
KEY_COLUMNS = (
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
# What a copy of an article and its original agree on (see ``merge_near_duplicates``).
_FIGURE_COLUMNS = "std_low, std_high, std_unit, unit_qualifier, year, measure, scope"
_CHUNK = 500


@dataclass(frozen=True)
class FigureRow:
    """A capacity row's figure in the canonical unit, and what qualifies it."""

    id: int
    low: float
    high: float | None
    qualifiers: tuple  # (std_unit, unit_qualifier, year, measure, scope)


@dataclass(frozen=True)
class FactRow:
    id: int
    merged_into: int | None


@dataclass(frozen=True)
class NearDuplicatePair:
    copy: int
    original: int


def auto_fact_keys(conn: sqlite3.Connection, document_id: int) -> set[str]:
    """The keys of a document's ``auto`` rows."""
    rows = conn.execute(
        "SELECT DISTINCT fact_key FROM capacity_rows "
        "WHERE document_id = ? AND review = 'auto' AND fact_key IS NOT NULL",
        (document_id,),
    )
    return {row[0] for row in rows}


def auto_key_rows(conn: sqlite3.Connection, document_id: int) -> list[dict]:
    """A document's ``auto`` rows as dicts of :data:`KEY_COLUMNS`."""
    rows = conn.execute(
        f"SELECT {', '.join(KEY_COLUMNS)} FROM capacity_rows "
        "WHERE document_id = ? AND review = 'auto'",
        (document_id,),
    )
    return [dict(zip(KEY_COLUMNS, row, strict=True)) for row in rows]


def keyed_rows(conn: sqlite3.Connection, row_ids: Iterable[int]) -> list[dict]:
    """The rows as dicts of ``fact_key`` and :data:`KEY_COLUMNS`, in id order."""
    ids = sorted(row_ids)
    names = ("fact_key", *KEY_COLUMNS)
    rows: list[dict] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows += [
            dict(zip(names, row, strict=True))
            for row in conn.execute(
                f"SELECT {', '.join(names)} FROM capacity_rows WHERE id IN ({marks})", chunk
            )
        ]
    return rows


def set_fact_keys(conn: sqlite3.Connection, keyed: Iterable[tuple[str | None, int]]) -> None:
    """Store each (fact key, row id)."""
    conn.executemany("UPDATE capacity_rows SET fact_key = ? WHERE id = ?", keyed)


def set_companies(conn: sqlite3.Connection, updates: Iterable[tuple[str, str | None, int]]) -> None:
    """Store each (company, fact key, row id)."""
    conn.executemany("UPDATE capacity_rows SET company = ?, fact_key = ? WHERE id = ?", updates)


def fact_rows(conn: sqlite3.Connection, key: str) -> list[FactRow]:
    """The rows stating one fact, the one to show first: a reviewed row before an ``auto``
    one, then the earliest source (rows without a document last)."""
    return [
        FactRow(*row)
        for row in conn.execute(
            "SELECT id, merged_into FROM capacity_rows WHERE fact_key = ? "
            "ORDER BY review = 'auto', document_id IS NULL, document_id, start, id",
            (key,),
        ).fetchall()
    ]


def fact_row_ids(conn: sqlite3.Connection, key: str) -> set[int]:
    return {
        row[0] for row in conn.execute("SELECT id FROM capacity_rows WHERE fact_key = ?", (key,))
    }


def show_row(conn: sqlite3.Connection, row_id: int) -> None:
    """The row is merged into no other."""
    conn.execute("UPDATE capacity_rows SET merged_into = NULL WHERE id = ?", (row_id,))


def merge_rows(conn: sqlite3.Connection, merges: Iterable[tuple[int, int]]) -> None:
    """Each (target, row id): the row is merged into the target."""
    conn.executemany("UPDATE capacity_rows SET merged_into = ? WHERE id = ?", merges)


def follow_merges(conn: sqlite3.Connection, merges: Iterable[tuple[int, int]]) -> None:
    """Each (target, row id): rows merged into the row are merged into the target."""
    conn.executemany("UPDATE capacity_rows SET merged_into = ? WHERE merged_into = ?", merges)


def near_duplicate_pairs(conn: sqlite3.Connection, document_id: int) -> list[NearDuplicatePair]:
    """The (copy, original) pairs the document is part of, either way."""
    return [
        NearDuplicatePair(*row)
        for row in conn.execute(
            "SELECT document_id, near_duplicate_of FROM near_duplicates "
            "WHERE document_id = ? OR near_duplicate_of = ?",
            (document_id, document_id),
        ).fetchall()
    ]


def _figures(conn: sqlite3.Connection, condition: str, document_id: int) -> list[FigureRow]:
    rows = conn.execute(
        f"SELECT id, {_FIGURE_COLUMNS} FROM capacity_rows "
        f"WHERE document_id = ? AND merged_into IS NULL AND {condition} "
        "AND std_low IS NOT NULL ORDER BY start, id",
        (document_id,),
    ).fetchall()
    return [FigureRow(row_id, low, high, tuple(rest)) for row_id, low, high, *rest in rows]


def shown_figures(conn: sqlite3.Connection, document_id: int) -> list[FigureRow]:
    """The document's shown rows with a figure in a known unit, in text order."""
    return _figures(conn, "std_unit != ''", document_id)


def unreviewed_figures(conn: sqlite3.Connection, document_id: int) -> list[FigureRow]:
    """The document's shown ``auto`` rows with a figure, in text order."""
    return _figures(conn, "review = 'auto'", document_id)


def merge_targets(conn: sqlite3.Connection, document_id: int) -> set[int]:
    """The rows that some row of the document is merged into."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT merged_into FROM capacity_rows "
            "WHERE document_id = ? AND merged_into IS NOT NULL",
            (document_id,),
        )
    }
