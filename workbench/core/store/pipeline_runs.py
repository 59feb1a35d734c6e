"""What recognition and extraction read and record per document: which documents wait,
which runs are done, the texts they work on and the cluster names extraction orders by.

Documents are extracted in one order everywhere: those holding a cluster table
(``mark``, the table's first header) first, then by id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from .portable import contains


@dataclass(frozen=True)
class DocumentToProcess:
    id: int
    has_table: bool  # the text holds the cluster table's mark
    title: str


@dataclass(frozen=True)
class DocumentTexts:
    text: str
    raw_text: str | None


@dataclass(frozen=True)
class ClusterName:
    """A cluster row's name, and where its document comes in extraction order."""

    name: str
    document_id: int | None
    orphan: bool  # no such document (a row the analyst added, or its document deleted)
    no_table: bool  # the document holds no cluster table


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def pending_documents(
    conn: sqlite3.Connection, recognizer_version: str, extractor_version: str, mark: str
) -> list[int]:
    """Documents not recognised by ``recognizer_version`` or not extracted by
    ``extractor_version``, in extraction order."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM "
            "recognition_runs WHERE recognizer_version = ?) OR id NOT IN (SELECT document_id "
            "FROM extraction_runs WHERE extractor_version = ?) "
            f"ORDER BY NOT {contains('text', _literal(mark))}, id",
            (recognizer_version, extractor_version),
        )
    ]


def has_pending_documents(
    conn: sqlite3.Connection, recognizer_version: str, extractor_version: str
) -> bool:
    """Whether :func:`pending_documents` would find any, from three counts: a run's row
    belongs to one document (its key, deleted with it), so every document is done when
    there are as many runs by these versions as documents."""
    documents, recognised, extracted = conn.execute(
        "SELECT (SELECT count(*) FROM documents), "
        "(SELECT count(*) FROM recognition_runs WHERE recognizer_version = ?), "
        "(SELECT count(*) FROM extraction_runs WHERE extractor_version = ?)",
        (recognizer_version, extractor_version),
    ).fetchone()
    return recognised < documents or extracted < documents


def documents_to_process(conn: sqlite3.Connection, mark: str) -> list[DocumentToProcess]:
    """Every document with its title and whether its text holds ``mark``."""
    return [
        DocumentToProcess(row[0], bool(row[1]), row[2])
        for row in conn.execute(
            f"SELECT id, {contains('text', '?')}, title FROM documents", (mark,)
        )
    ]


def document_texts(conn: sqlite3.Connection, document_id: int) -> DocumentTexts | None:
    """The canonical and raw text of a document; None when it is gone."""
    row = conn.execute(
        "SELECT text, raw_text FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    return DocumentTexts(row[0], row[1]) if row is not None else None


def is_recognised(conn: sqlite3.Connection, document_id: int, recognizer_version: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM recognition_runs WHERE document_id = ? AND recognizer_version = ?",
        (document_id, recognizer_version),
    ).fetchone()
    return row is not None


def is_finished(
    conn: sqlite3.Connection, document_id: int, recognizer_version: str, extractor_version: str
) -> bool:
    """Recognised by this recogniser and extracted by this extractor."""
    row = conn.execute(
        "SELECT 1 FROM recognition_runs r JOIN extraction_runs e USING (document_id) "
        "WHERE document_id = ? AND r.recognizer_version = ? AND e.extractor_version = ?",
        (document_id, recognizer_version, extractor_version),
    ).fetchone()
    return row is not None


def forget_extractions(conn: sqlite3.Connection, document_ids: Iterable[int]) -> None:
    """The documents are to be extracted again (their runs no longer count as done)."""
    conn.executemany(
        "DELETE FROM extraction_runs WHERE document_id = ?", [(d,) for d in document_ids]
    )


def record_extraction(
    conn: sqlite3.Connection,
    document_id: int,
    extractor_version: str,
    capacity_rows: int,
    cluster_rows: int,
) -> None:
    """Record that the document was extracted, and the rows the run added."""
    conn.execute(
        "INSERT INTO extraction_runs (document_id, extractor_version, capacity_rows, "
        "cluster_rows) VALUES (?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
        "extractor_version = excluded.extractor_version, capacity_rows = "
        "excluded.capacity_rows, cluster_rows = excluded.cluster_rows, ran_at = excluded.ran_at",
        (document_id, extractor_version, capacity_rows, cluster_rows),
    )


def cluster_names(conn: sqlite3.Connection, mark: str) -> list[ClusterName]:
    """Every named cluster row, with what places its document in extraction order."""
    rows = conn.execute(
        f"SELECT c.name, c.document_id, d.id IS NULL, NOT {contains('d.text', '?')} "
        "FROM cluster_rows c LEFT JOIN documents d ON d.id = c.document_id "
        "WHERE c.name != ''",
        (mark,),
    )
    return [
        ClusterName(name, document_id, bool(orphan), bool(no_table))
        for name, document_id, orphan, no_table in rows
    ]


def document_cluster_names(conn: sqlite3.Connection, document_id: int) -> set[str]:
    """The names of the document's cluster rows."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT name FROM cluster_rows WHERE document_id = ? AND name != ''", (document_id,)
        )
    }


def stored_source_files(conn: sqlite3.Connection) -> set[str]:
    """Names of the corpus files stored whole."""
    return {row[0] for row in conn.execute("SELECT name FROM source_files")}
