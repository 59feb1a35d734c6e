"""Imported files in the store: where each document came from, its pages, and the
look-ups that find a file (or its text) already stored."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class ImportRecord:
    document_id: int
    file_name: str
    file_path: str
    file_hash: str
    format: str
    encoding: str | None
    size_bytes: int
    imported_at: str


@dataclass(frozen=True)
class StoredDuplicate:
    document_id: int
    title: str
    file_name: str | None  # the file it was imported from; None for a bundled document


def find_duplicate(
    conn: sqlite3.Connection, file_hash_: str, content_hash: str | None = None
) -> StoredDuplicate | None:
    """The stored document imported from a file with these bytes, else (with
    ``content_hash``) one with the same text."""
    row = conn.execute(
        "SELECT d.id, d.title, i.file_name FROM imports i JOIN documents d ON d.id = i.document_id "
        "WHERE i.file_hash = ? ORDER BY d.id LIMIT 1",
        (file_hash_,),
    ).fetchone()
    if row is None and content_hash is not None:
        row = conn.execute(
            "SELECT d.id, d.title, i.file_name FROM documents d "
            "LEFT JOIN imports i ON i.document_id = d.id WHERE d.content_hash = ?",
            (content_hash,),
        ).fetchone()
    return StoredDuplicate(row[0], row[1], row[2]) if row else None


def add_import(
    conn: sqlite3.Connection,
    document_id: int,
    *,
    file_name: str,
    file_path: str,
    file_hash_: str,
    file_format: str,
    encoding: str | None,
    size_bytes: int,
) -> None:
    """Record the file a newly stored document came from, and list the document as found
    on line 1 of that file; call in the transaction storing it."""
    conn.execute(
        "INSERT INTO imports (document_id, file_name, file_path, file_hash, format, encoding, "
        "size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (document_id, file_name, file_path, file_hash_, file_format, encoding, size_bytes),
    )
    conn.execute(
        "INSERT INTO occurrences (document_id, source_file, line, tag) VALUES (?, ?, 1, NULL)",
        (document_id, file_name),
    )


def import_record(conn: sqlite3.Connection, document_id: int) -> ImportRecord | None:
    row = conn.execute(
        "SELECT document_id, file_name, file_path, file_hash, format, encoding, size_bytes, "
        "imported_at FROM imports WHERE document_id = ?",
        (document_id,),
    ).fetchone()
    return ImportRecord(*row) if row else None


def page_ranges(conn: sqlite3.Connection, document_id: int) -> list[tuple[int, int, int]]:
    """(page, start, end) of each page of a paged document; empty for unpaged ones."""
    return [
        tuple(row)
        for row in conn.execute(
            'SELECT page, start, "end" FROM document_pages WHERE document_id = ? ORDER BY page',
            (document_id,),
        )
    ]


def page_of(conn: sqlite3.Connection, document_id: int, offset: int) -> int | None:
    """The 1-based page holding text offset ``offset``; None for a document without pages.

    The end of the text counts as on the last page, so a span's end offset works too.
    """
    row = conn.execute(
        'SELECT page FROM document_pages WHERE document_id = ? AND start <= ? AND ? < "end" '
        "ORDER BY page LIMIT 1",
        (document_id, offset, offset),
    ).fetchone()
    if row:
        return row[0]
    row = conn.execute(
        'SELECT max(page), max("end") FROM document_pages WHERE document_id = ?', (document_id,)
    ).fetchone()
    if row[0] is not None and offset == row[1]:
        return row[0]
    return None
