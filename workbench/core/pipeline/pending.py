"""Which documents wait for recognition or extraction: asked on every start, so it
imports neither the recogniser nor the extractors."""

from __future__ import annotations

import sqlite3

from ..extraction.version import EXTRACTOR_VERSION, ORDER_SQL
from ..nlp.version import recognizer_version


def pending_documents(conn: sqlite3.Connection) -> list[int]:
    """Documents whose recognition by the current recogniser, or whose extraction, is missing.

    In extraction order (documents with a cluster table first, then by id).
    """
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM "
            "recognition_runs WHERE recognizer_version = ?) OR id NOT IN (SELECT document_id "
            f"FROM extraction_runs WHERE extractor_version = ?) ORDER BY {ORDER_SQL}",
            (recognizer_version(), EXTRACTOR_VERSION),
        )
    ]
