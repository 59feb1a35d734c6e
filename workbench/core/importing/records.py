"""Imported documents in the store: their provenance, their pages, duplicate lookup."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..documents import Kind
from ..store.store import NewDocument
from .extracted import DOCX, PDF, ExtractedDocument


@dataclass(frozen=True)
class ImportRecord:
    document_id: int
    file_name: str
    file_path: str
    file_hash: str
    format: str
    encoding: str | None
    size_bytes: int
    imported_at: str


@dataclass(frozen=True)
class StoredDuplicate:
    document_id: int
    title: str
    file_name: str | None  # the file it was imported from; None for a bundled document


def display_name(path: Path) -> str:
    """The file name as text SQLite and Qt accept, even when it is not valid UTF-8."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def file_hash(data: bytes) -> str:
    """Identity of a file's bytes: the same file again is found before it is read."""
    return hashlib.sha256(data).hexdigest()


def kind_of(file_format: str) -> str:
    return Kind.REPORT if file_format in (PDF, DOCX) else Kind.ARTICLE


def find_duplicate(
    conn: sqlite3.Connection, file_hash_: str, content_hash: str | None = None
) -> StoredDuplicate | None:
    row = conn.execute(
        "SELECT d.id, d.title, i.file_name FROM imports i JOIN documents d ON d.id = i.document_id "
        "WHERE i.file_hash = ? ORDER BY d.id LIMIT 1",
        (file_hash_,),
    ).fetchone()
    if row is None and content_hash is not None:
        row = conn.execute(
            "SELECT d.id, d.title, i.file_name FROM documents d "
            "LEFT JOIN imports i ON i.document_id = d.id WHERE d.content_hash = ?",
            (content_hash,),
        ).fetchone()
    return StoredDuplicate(row[0], row[1], row[2]) if row else None


def new_document(document: ExtractedDocument) -> NewDocument:
    """What an extracted file stores: its canonical text, its pages, its title."""
    return NewDocument(
        kind=kind_of(document.format),
        title=document.title,
        text=document.text,
        raw_text=document.raw_text,
        pages=len(document.pages) or None,
        headings=tuple(document.headings),
        page_ranges=tuple(document.pages),
    )


def record_import(
    conn: sqlite3.Connection,
    document_id: int,
    document: ExtractedDocument,
    path: Path,
    file_hash_: str,
    size_bytes: int,
) -> None:
    """Record where a newly stored document came from; call in the transaction storing it."""
    name = display_name(path)
    conn.execute(
        "INSERT INTO imports (document_id, file_name, file_path, file_hash, format, encoding, "
        "size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            document_id,
            name,
            str(path.resolve()).encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
            file_hash_,
            document.format,
            document.encoding,
            size_bytes,
        ),
    )
    # The library and reader list where each document appears; an import is line 1 of its file.
    conn.execute(
        "INSERT INTO occurrences (document_id, source_file, line, tag) VALUES (?, ?, 1, NULL)",
        (document_id, name),
    )


def import_record(conn: sqlite3.Connection, document_id: int) -> ImportRecord | None:
    row = conn.execute(
        "SELECT document_id, file_name, file_path, file_hash, format, encoding, size_bytes, "
        "imported_at FROM imports WHERE document_id = ?",
        (document_id,),
    ).fetchone()
    return ImportRecord(*row) if row else None


def page_ranges(conn: sqlite3.Connection, document_id: int) -> list[tuple[int, int, int]]:
    """(page, start, end) of each page of a paged document; empty for unpaged ones."""
    return [
        tuple(row)
        for row in conn.execute(
            'SELECT page, start, "end" FROM document_pages WHERE document_id = ? ORDER BY page',
            (document_id,),
        )
    ]


def page_of(conn: sqlite3.Connection, document_id: int, offset: int) -> int | None:
    """The 1-based page holding text offset ``offset``; None for a document without pages.

    The end of the text counts as on the last page, so a span's end offset works too.
    """
    row = conn.execute(
        'SELECT page FROM document_pages WHERE document_id = ? AND start <= ? AND ? < "end" '
        "ORDER BY page LIMIT 1",
        (document_id, offset, offset),
    ).fetchone()
    if row:
        return row[0]
    row = conn.execute(
        'SELECT max(page), max("end") FROM document_pages WHERE document_id = ?', (document_id,)
    ).fetchone()
    if row[0] is not None and offset == row[1]:
        return row[0]
    return None
