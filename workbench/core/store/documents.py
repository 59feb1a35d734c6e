"""Reads of the documents table that other store modules and core tasks share."""

from __future__ import annotations

import sqlite3


def document_text(conn: sqlite3.Connection, document_id: int) -> str | None:
    """The document's canonical text; None when there is no such document."""
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    return None if row is None else row[0]
