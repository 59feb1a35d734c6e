"""Annotations with what a list of them shows: the document's title, the annotated text
and, for an imported PDF, the page the annotation starts on.

SQLite's ``substr`` counts characters, as Python ``str`` offsets do, so the text
of a span comes straight from the store without loading whole documents.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..export_csv import neutralise, write_csv


@dataclass(frozen=True)
class AnnotationRow:
    id: int
    document_id: int
    title: str
    start: int
    end: int
    type: str
    note: str
    text: str  # the annotated span of the document's canonical text
    page: int | None = None  # the PDF page the span starts on; None for unpaged documents
    made_by: str = ""  # the team store's role that made it; "" in a store file
    document_key: str = ""  # the document's text's SHA-256: the same document in any store


def annotation_rows(
    conn: sqlite3.Connection, document_id: int | None = None, type_: str | None = None
) -> list[AnnotationRow]:
    """Annotations of one document (or all when None), optionally of one type, in text order."""
    where, params = [], []
    if document_id is not None:
        where.append("a.document_id = ?")
        params.append(document_id)
    if type_:
        where.append("a.type = ?")
        params.append(type_)
    clause = f"WHERE {' AND '.join(where)} " if where else ""
    rows = conn.execute(
        'SELECT a.id, a.document_id, d.title, a.start, a."end", a.type, a.note, '
        'substr(d.text, a.start + 1, a."end" - a.start), '
        "(SELECT p.page FROM document_pages p WHERE p.document_id = a.document_id "
        'AND p.start <= a.start AND a.start < p."end" ORDER BY p.page LIMIT 1), a.made_by, '
        "d.content_hash "
        f"FROM annotations a JOIN documents d ON d.id = a.document_id {clause}"
        'ORDER BY a.document_id, a.start, a."end", a.id',
        params,
    )
    return [AnnotationRow(*row) for row in rows]


# New columns go at the end: spreadsheets and scripts read the older ones by position.
EXPORT_COLUMNS = (
    "document_id", "title", "start", "end", "type", "text", "note", "page", "made_by",
    "document_key",
)  # fmt: skip


def annotations_csv(rows: list[AnnotationRow]) -> str:
    """CSV for Excel and LibreOffice: stable English headers, formula-looking cells defused."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.document_id,
                neutralise(row.title),
                row.start,
                row.end,
                row.type,
                neutralise(row.text),
                neutralise(row.note),
                "" if row.page is None else row.page,
                row.made_by,
                row.document_key,
            ]
        )
    return out.getvalue()


def export_annotations(path: Path | str, rows: list[AnnotationRow], *, bom: bool = True) -> int:
    """Write rows as UTF-8 CSV (with a byte-order mark by default), atomically."""
    write_csv(path, annotations_csv(rows), bom=bom)
    return len(rows)
