"""Which documents wait for recognition or extraction: asked on every start, so it
imports neither the recogniser nor the extractors."""

from __future__ import annotations

import sqlite3

from ..extraction.version import EXTRACTOR_VERSION, TABLE_MARK
from ..nlp.version import recognizer_version
from ..store.pipeline_runs import has_pending_documents
from ..store.pipeline_runs import pending_documents as stored_pending


def pending_documents(conn: sqlite3.Connection) -> list[int]:
    """Documents whose recognition by the current recogniser, or whose extraction, is missing.

    In extraction order (documents with a cluster table first, then by id).
    """
    return stored_pending(conn, recognizer_version(), EXTRACTOR_VERSION, TABLE_MARK)


def any_pending(conn: sqlite3.Connection) -> bool:
    """Whether :func:`pending_documents` would find any, without reading the documents
    (asked on every start)."""
    return has_pending_documents(conn, recognizer_version(), EXTRACTOR_VERSION)
