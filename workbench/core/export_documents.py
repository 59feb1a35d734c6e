"""The document list as CSV: what the Library shows, with the analyst's own tags.

``workbench export documents`` writes every document; the Library's "Export
Document List…" writes the documents it shows, in its order.  UTF-8 with a
byte-order mark and formula cells neutralised, like every export
(:mod:`workbench.core.export_csv`).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from .export_csv import neutralise, write_csv
from .store.library import library_rows

DOCUMENT_COLUMNS = (
    "document_id", "title", "kind", "publisher", "publish_date", "script", "characters",
    "tags", "channel_tags", "source_files",
)  # fmt: skip


def _listed(joined: str) -> str:
    return ", ".join(part for part in joined.split(",") if part)


def documents_csv(conn: sqlite3.Connection, ids: Sequence[int] | None = None) -> tuple[str, int]:
    """The documents ``ids`` (in that order; default: all, in store order) as CSV text."""
    rows = library_rows(conn)
    if ids is not None:
        by_id = {row.id: row for row in rows}
        rows = [by_id[i] for i in ids if i in by_id]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DOCUMENT_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.id,
                neutralise(row.title),
                row.kind,
                neutralise(row.publisher),
                row.publish_date,
                row.script,
                row.length,
                neutralise(_listed(row.my_tags)),
                neutralise(_listed(row.tags)),
                neutralise(_listed(row.source_files)),
            ]
        )
    return out.getvalue(), len(rows)


def export_documents(
    conn: sqlite3.Connection,
    path: Path | str,
    ids: Sequence[int] | None = None,
    *,
    bom: bool = True,
) -> int:
    """Write the document list to ``path`` (atomically); returns the rows written."""
    text, count = documents_csv(conn, ids)
    write_csv(path, text, bom=bom)
    return count
