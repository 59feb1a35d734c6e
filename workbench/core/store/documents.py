"""Reads of the documents table that other store modules and core tasks share."""

from __future__ import annotations

import sqlite3


def document_text(conn: sqlite3.Connection, document_id: int) -> str | None:
    """The document's canonical text; None when there is no such document."""
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    return None if row is None else row[0]


def document_by_key(conn: sqlite3.Connection, key: str) -> int | None:
    """The id of the document whose canonical text has this SHA-256 (its document key)."""
    found = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (key,)).fetchone()
    return found[0] if found else None


def document_title(conn: sqlite3.Connection, document_id: int) -> str | None:
    """The document's title ("" when it has none), or None when there is no such document."""
    found = conn.execute("SELECT title FROM documents WHERE id = ?", (document_id,)).fetchone()
    return (found[0] or "") if found else None


def documents_titled(conn: sqlite3.Connection, title: str, limit: int = 5) -> list[int]:
    """Up to ``limit`` ids of documents with this title (white space around it ignored)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM documents WHERE trim(title) = ? ORDER BY id LIMIT ?", (title, limit)
        )
    ]
