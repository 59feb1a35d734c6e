"""The library listing: one row per document with what the Library panel shows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class LibraryRow:
    id: int
    title: str
    kind: str
    tags: str  # channel tags, comma-separated
    publisher: str
    publish_date: str
    script: str
    length: int
    mentions: int
    annotations: int
    source_files: str  # comma-separated file names
    my_tags: str = ""  # the analyst's own tags (document_tags), comma-separated, sorted


def library_rows(conn: sqlite3.Connection) -> list[LibraryRow]:
    rows = conn.execute(
        """
        SELECT d.id, d.title, d.kind,
               coalesce((SELECT group_concat(DISTINCT o.tag) FROM occurrences o
                         WHERE o.document_id = d.id AND o.tag IS NOT NULL), ''),
               coalesce(d.publisher, ''), coalesce(d.publish_date, ''), d.script,
               length(d.text),
               coalesce((SELECT mention_count FROM recognition_runs r
                         WHERE r.document_id = d.id), 0),
               (SELECT count(*) FROM annotations a WHERE a.document_id = d.id),
               coalesce((SELECT group_concat(DISTINCT o.source_file) FROM occurrences o
                         WHERE o.document_id = d.id), ''),
               coalesce((SELECT group_concat(t.tag, ',') FROM
                         (SELECT tag FROM document_tags WHERE document_id = d.id ORDER BY tag) t),
                        '')
        FROM documents d ORDER BY d.id
        """
    )
    return [LibraryRow(*row) for row in rows]


def library_row(conn: sqlite3.Connection, document_id: int) -> LibraryRow | None:
    return next((r for r in library_rows(conn) if r.id == document_id), None)
