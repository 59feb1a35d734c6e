"""The analyst's annotations: spans with a type and a note.

Each function writes in its own transaction (or the caller's) and returns only
after the change is committed, so the UI may report it done.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from ..errors import WorkbenchError, annotation_gone
from ..vocabulary import ENTITY_TYPES
from .portable import now_text
from .transactions import atomic


@dataclass(frozen=True)
class Annotation:
    id: int
    document_id: int
    start: int
    end: int
    type: str
    note: str


_COLUMNS = 'id, document_id, start, "end", type, note'


def _check(conn, document_id: int, start: int, end: int, type_: str) -> None:
    if type_ not in ENTITY_TYPES:
        raise WorkbenchError(f"unknown annotation type {type_!r}")
    row = conn.execute("SELECT length(text) FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise WorkbenchError(f"document {document_id} does not exist")
    if not (0 <= start < end <= row[0]):
        raise WorkbenchError(f"span {start}–{end} is outside the document (length {row[0]})")


def add_annotation(
    conn: sqlite3.Connection,
    document_id: int,
    start: int,
    end: int,
    type_: str,
    note: str = "",
    annotation_id: int | None = None,
) -> Annotation:
    """Insert an annotation; ``annotation_id`` restores a deleted one under its old id."""
    _check(conn, document_id, start, end, type_)
    # A new annotation's id is the store's to choose: the column is left out
    # (PostgreSQL's identity column refuses an explicit NULL).
    columns, values = (
        'document_id, start, "end", type, note',
        [document_id, start, end, type_, note],
    )
    if annotation_id is not None:
        columns, values = f"id, {columns}", [annotation_id, *values]
    marks = ", ".join("?" * len(values))
    with atomic(conn):
        new_id = conn.execute(
            f"INSERT INTO annotations ({columns}) VALUES ({marks}) RETURNING id", values
        ).fetchone()[0]
    return Annotation(new_id, document_id, start, end, type_, note)


def get_annotation(conn: sqlite3.Connection, annotation_id: int) -> Annotation | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
    ).fetchone()
    return Annotation(*row) if row else None


def update_annotation(
    conn: sqlite3.Connection,
    annotation_id: int,
    *,
    type_: str | None = None,
    note: str | None = None,
) -> Annotation:
    current = get_annotation(conn, annotation_id)
    if current is None:
        raise annotation_gone(annotation_id)
    updated = replace(
        current,
        type=type_ if type_ is not None else current.type,
        note=note if note is not None else current.note,
    )
    if updated.type not in ENTITY_TYPES:
        raise WorkbenchError(f"unknown annotation type {updated.type!r}")
    with atomic(conn):
        conn.execute(
            "UPDATE annotations SET type = ?, note = ?, updated_at = ? WHERE id = ?",
            (updated.type, updated.note, now_text(), annotation_id),
        )
    return updated


def delete_annotation(conn: sqlite3.Connection, annotation_id: int) -> Annotation:
    current = get_annotation(conn, annotation_id)
    if current is None:
        raise annotation_gone(annotation_id)
    with atomic(conn):
        conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
    return current


def annotations_for_document(conn: sqlite3.Connection, document_id: int) -> list[Annotation]:
    rows = conn.execute(
        f'SELECT {_COLUMNS} FROM annotations WHERE document_id = ? ORDER BY start, "end", id',
        (document_id,),
    )
    return [Annotation(*row) for row in rows]


def all_annotations(conn: sqlite3.Connection, type_: str | None = None) -> list[Annotation]:
    sql = f"SELECT {_COLUMNS} FROM annotations"
    params: tuple = ()
    if type_:
        sql += " WHERE type = ?"
        params = (type_,)
    rows = conn.execute(sql + ' ORDER BY document_id, start, "end", id', params)
    return [Annotation(*row) for row in rows]
