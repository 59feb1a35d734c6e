"""The statements of the analyst's entity edits (``core.operations.entities``): never-names,
entity records renamed or retyped, mentions moved to another entity.

None opens a transaction: the operation holds one, with a snapshot taken first
(``core.store.entities.snapshot``) so that undo is exact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class WrittenMention:
    """A mention of an entity as the document writes it."""

    id: int
    document_id: int
    text: str


@dataclass(frozen=True)
class AliasName:
    """A taught name: as written, and the type it is found as."""

    written: str
    type: str


def is_never_name(conn: sqlite3.Connection, key: str) -> bool:
    return conn.execute("SELECT 1 FROM never_names WHERE name = ?", (key,)).fetchone() is not None


def add_never_name(conn: sqlite3.Connection, key: str, written: str) -> None:
    """Mark the name (its ``name_key``) never an entity, and take it out of the lexicon."""
    conn.execute("INSERT INTO never_names (name, written) VALUES (?, ?)", (key, written))
    conn.execute("DELETE FROM entity_aliases WHERE name = ?", (key,))


def forget_never_name(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM never_names WHERE name = ?", (key,))


def delete_mentions(conn: sqlite3.Connection, mention_ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM mentions WHERE id = ?", [(i,) for i in mention_ids])


def make_analysts(conn: sqlite3.Connection, entity_id: int) -> None:
    """The entity record is the analyst's from now on."""
    conn.execute("UPDATE entities SET source = 'analyst' WHERE id = ?", (entity_id,))


def rename_entity_record(conn: sqlite3.Connection, entity_id: int, canonical: str) -> None:
    conn.execute(
        "UPDATE entities SET canonical = ?, source = 'analyst' WHERE id = ?",
        (canonical, entity_id),
    )


def retype_entity_record(conn: sqlite3.Connection, entity_id: int, type_: str) -> None:
    conn.execute(
        "UPDATE entities SET type = ?, source = 'analyst' WHERE id = ?", (type_, entity_id)
    )


def delete_entity(conn: sqlite3.Connection, entity_id: int) -> None:
    conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))


def move_mentions(conn: sqlite3.Connection, entity: tuple[str, str], to: tuple[str, str]) -> None:
    """Every mention of ``entity`` (canonical, type) becomes one of ``to``."""
    conn.execute(
        "UPDATE mentions SET canonical = ?, type = ? WHERE canonical = ? AND type = ?",
        (*to, *entity),
    )


def set_mentions_canonical(
    conn: sqlite3.Connection, mention_ids: Iterable[int], canonical: str
) -> None:
    conn.executemany(
        "UPDATE mentions SET canonical = ? WHERE id = ?", [(canonical, i) for i in mention_ids]
    )


def mentions_written(conn: sqlite3.Connection, canonical: str, type_: str) -> list[WrittenMention]:
    """Every mention of the entity, with its text as written."""
    return [
        WrittenMention(*row)
        for row in conn.execute(
            "SELECT id, document_id, text FROM mentions WHERE canonical = ? AND type = ?",
            (canonical, type_),
        ).fetchall()
    ]


def alias_names(conn: sqlite3.Connection, entity_ids: Sequence[int]) -> list[AliasName]:
    """The names taught for any of these entities."""
    if not entity_ids:
        return []
    marks = ", ".join("?" for _ in entity_ids)
    return [
        AliasName(*row)
        for row in conn.execute(
            f"SELECT written, type FROM entity_aliases WHERE entity_id IN ({marks})",
            list(entity_ids),
        ).fetchall()
    ]
