"""Imported documents in the store: their provenance, their pages, duplicate lookup.

The statements are in ``core.store.imports``; its records and look-ups are named
here too, where the importer and the reader have always found them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from ..documents import Kind
from ..store.imports import (
    ImportRecord,
    StoredDuplicate,
    add_import,
    find_duplicate,
    import_record,
    page_of,
    page_ranges,
)
from ..store.store import NewDocument
from .extracted import DOCX, PDF, ExtractedDocument

__all__ = [
    "ImportRecord",
    "StoredDuplicate",
    "display_name",
    "file_hash",
    "find_duplicate",
    "import_record",
    "kind_of",
    "new_document",
    "page_of",
    "page_ranges",
    "record_import",
]


def display_name(path: Path) -> str:
    """The file name as text SQLite and Qt accept, even when it is not valid UTF-8."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def file_hash(data: bytes) -> str:
    """Identity of a file's bytes: the same file again is found before it is read."""
    return hashlib.sha256(data).hexdigest()


def kind_of(file_format: str) -> str:
    return Kind.REPORT if file_format in (PDF, DOCX) else Kind.ARTICLE


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
    add_import(
        conn,
        document_id,
        file_name=display_name(path),
        file_path=str(path.resolve()).encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
        file_hash_=file_hash_,
        file_format=document.format,
        encoding=document.encoding,
        size_bytes=size_bytes,
    )
