"""The analyst's own tags on documents: read, add and remove (no transaction here: the
operations in ``core.operations.tags`` hold one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..errors import edit_refused
from ..translatable import QT_TRANSLATE_NOOP

MAX_TAG_CHARACTERS = 60
# Commas separate tags where they are listed (the Library, the exported list).
_SEPARATORS = (",", "，", "、", ";", "；")


def clean_tag(tag: str) -> str:
    """``tag`` as stored: spaces collapsed and trimmed; a clear error when it cannot be one."""
    cleaned = " ".join(str(tag).split())
    if not cleaned:
        raise edit_refused(
            QT_TRANSLATE_NOOP("EditCheck", "a tag needs at least one character that is not a space")
        )
    if len(cleaned) > MAX_TAG_CHARACTERS:
        raise edit_refused(
            QT_TRANSLATE_NOOP(
                "EditCheck", "the tag is {count} characters long; a tag takes at most {most}"
            ),
            count=len(cleaned),
            most=MAX_TAG_CHARACTERS,
        )
    for separator in _SEPARATORS:
        if separator in cleaned:
            raise edit_refused(
                QT_TRANSLATE_NOOP(
                    "EditCheck", "a tag cannot hold “{separator}” (it separates tags in lists)"
                ),
                separator=separator,
            )
    return cleaned


def tags_of(conn: sqlite3.Connection, document_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT tag FROM document_tags WHERE document_id = ? ORDER BY tag", (document_id,)
    )
    return [tag for (tag,) in rows]


def tags_by_document(conn: sqlite3.Connection) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for document_id, tag in conn.execute(
        "SELECT document_id, tag FROM document_tags ORDER BY document_id, tag"
    ):
        out.setdefault(document_id, []).append(tag)
    return out


def all_tags(conn: sqlite3.Connection) -> list[str]:
    return [tag for (tag,) in conn.execute("SELECT DISTINCT tag FROM document_tags ORDER BY tag")]


def documents_tagged(conn: sqlite3.Connection, tag: str) -> list[int]:
    rows = conn.execute(
        "SELECT document_id FROM document_tags WHERE tag = ? ORDER BY document_id", (tag,)
    )
    return [document_id for (document_id,) in rows]


def add_tag(conn: sqlite3.Connection, document_ids: Iterable[int], tag: str) -> list[int]:
    """Tag the documents; returns those that did not have the tag yet."""
    tag = clean_tag(tag)
    added = []
    for document_id in dict.fromkeys(int(i) for i in document_ids):
        exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone()
        if exists is None:
            raise edit_refused(
                QT_TRANSLATE_NOOP("EditCheck", "document {id} no longer exists"), id=document_id
            )
        cursor = conn.execute(
            "INSERT INTO document_tags (document_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (document_id, tag),
        )
        if cursor.rowcount:
            added.append(document_id)
    return added


def remove_tag(conn: sqlite3.Connection, document_ids: Iterable[int], tag: str) -> list[int]:
    """Take the tag off the documents; returns those that had it."""
    removed = []
    for document_id in dict.fromkeys(int(i) for i in document_ids):
        cursor = conn.execute(
            "DELETE FROM document_tags WHERE document_id = ? AND tag = ?", (document_id, tag)
        )
        if cursor.rowcount:
            removed.append(document_id)
    return removed
