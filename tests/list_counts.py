"""The Library's figures and the entity index counted from scratch, to compare with
what the store keeps at write time; and a store put back to before migration 0011."""

from __future__ import annotations

import sqlite3

NOT_REJECTED = (
    "NOT EXISTS (SELECT 1 FROM mention_reviews r WHERE r.document_id = m.document_id "
    'AND r.start = m.start AND r."end" = m."end" AND r.type = m.type '
    "AND r.verdict = 'rejected')"
)


def entity_recount(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[int, int]]:
    """(canonical, type) -> (mentions, documents), rejected spans left out, in Python."""
    rows = conn.execute(
        f"SELECT m.canonical, m.type, m.document_id FROM mentions m WHERE {NOT_REJECTED}"
    ).fetchall()
    mentions: dict[tuple[str, str], int] = {}
    documents: dict[tuple[str, str], set[int]] = {}
    for canonical, type_, document_id in rows:
        key = (canonical, type_)
        mentions[key] = mentions.get(key, 0) + 1
        documents.setdefault(key, set()).add(document_id)
    return {key: (mentions[key], len(documents[key])) for key in mentions}


def stored_entity_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (c, t): (m, d)
        for c, t, m, d in conn.execute(
            "SELECT canonical, type, mentions, documents FROM entity_counts"
        )
    }


def library_recount(conn: sqlite3.Connection) -> dict[int, tuple]:
    """document id -> (title, length, mentions, annotations, tags, source files)."""
    out = {}
    for document_id, title, text in conn.execute("SELECT id, title, text FROM documents"):
        mentions = conn.execute(
            "SELECT count(*) FROM mentions WHERE document_id = ?", (document_id,)
        ).fetchone()[0]
        annotations = conn.execute(
            "SELECT count(*) FROM annotations WHERE document_id = ?", (document_id,)
        ).fetchone()[0]
        occurrences = conn.execute(
            "SELECT source_file, tag FROM occurrences WHERE document_id = ?", (document_id,)
        ).fetchall()
        tags = frozenset(tag for _file, tag in occurrences if tag)
        files = frozenset(file for file, _tag in occurrences)
        out[document_id] = (title, len(text), mentions, annotations, tags, files)
    return out


def stored_library(conn: sqlite3.Connection) -> dict[int, tuple]:
    return {
        row[0]: (
            row[1],
            row[2],
            row[3],
            row[4],
            frozenset(t for t in row[5].split(",") if t),
            frozenset(f for f in row[6].split(",") if f),
        )
        for row in conn.execute(
            "SELECT document_id, title, length, mentions, annotations, tags, source_files "
            "FROM library_entries"
        )
    }


def as_schema_before_0011(path) -> None:
    """Make the store at ``path`` what the schema before 0011 was: no kept counts, the
    mentions' entity index without the document, no record of migration 0011."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        triggers = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                "(name LIKE 'entity_counts_%' OR name LIKE 'library_%' "
                "OR name = 'mention_reviews_keep_span')"
            )
        ]
        conn.execute("BEGIN")
        for name in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for table in ("entity_counts", "entity_counts_deferred", "library_entries"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute("DROP INDEX mentions_entity")
        conn.execute("CREATE INDEX mentions_canonical ON mentions(canonical, type)")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_entity_counts'")
        conn.execute("COMMIT")
    finally:
        conn.close()
