"""Imported documents in the store: their provenance, their pages, duplicate lookup."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..documents import Kind
from ..script import detect_script, to_simplified
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
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    """Identity of an imported document: the same text from two files is one document."""
    return hashlib.sha256(b"imported\x1f" + text.encode("utf-8")).hexdigest()


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


def store_imported(
    conn: sqlite3.Connection,
    document: ExtractedDocument,
    path: Path,
    file_hash_: str,
    size_bytes: int,
) -> int:
    """Insert the document, its pages, provenance and occurrence; call inside a transaction."""
    name = display_name(path)
    cursor = conn.execute(
        "INSERT INTO documents (content_hash, kind, title, title_simplified, text, "
        "text_simplified, raw_text, script, pages, headings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            text_hash(document.text),
            kind_of(document.format),
            document.title,
            to_simplified(document.title),
            document.text,
            to_simplified(document.text),
            document.raw_text,
            detect_script(document.title + document.text).value,
            len(document.pages) or None,
            json.dumps(document.headings, ensure_ascii=False),
        ),
    )
    document_id = cursor.lastrowid
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
    conn.executemany(
        'INSERT INTO document_pages (document_id, page, start, "end") VALUES (?, ?, ?, ?)',
        [
            (document_id, number, start, end)
            for number, (start, end) in enumerate(document.pages, 1)
        ],
    )
    return document_id


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
