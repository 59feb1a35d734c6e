"""A store put back to schema 0009: the trigram index, no bigram index (for upgrades)."""

from __future__ import annotations

import sqlite3

from .list_counts import as_schema_before_0011
from .old_stores import UNDO_AFTER_0012

SCHEMA_0009_SEARCH = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title_simplified, text_simplified,
    content='documents', content_rowid='id', tokenize='trigram case_sensitive 0'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title_simplified, text_simplified)
    VALUES (new.id, new.title_simplified, new.text_simplified);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title_simplified, text_simplified)
    VALUES ('delete', old.id, old.title_simplified, old.text_simplified);
END;
CREATE TRIGGER documents_fts_update
AFTER UPDATE OF title_simplified, text_simplified ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title_simplified, text_simplified)
    VALUES ('delete', old.id, old.title_simplified, old.text_simplified);
    INSERT INTO documents_fts(rowid, title_simplified, text_simplified)
    VALUES (new.id, new.title_simplified, new.text_simplified);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
"""


def as_schema_0009(path) -> None:
    """Make the store at ``path`` what version 0009 left: trigram index and triggers,
    without the bigram index, its pending list or the record of migration 0010 (nor
    what later migrations made)."""
    as_schema_before_0011(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(
            "BEGIN;"
            "DROP TRIGGER search_bigrams_insert; DROP TRIGGER search_bigrams_delete;"
            "DROP TRIGGER search_bigrams_update;"
            "DROP TABLE search_bigrams; DROP TABLE search_pending;"
            + SCHEMA_0009_SEARCH
            + "DROP TABLE IF EXISTS document_tags;"
            + UNDO_AFTER_0012
            + "DELETE FROM _sqlite_migrations WHERE name >= '0010';"
            "COMMIT;"
        )
    finally:
        conn.close()
