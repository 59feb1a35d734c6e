"""Recognised and extracted documents, written to the store a batch at a time.

The pipeline computes each document's mentions and sheet rows with no
transaction open, then hands it to a :class:`Batch`; the batch writes the
documents it holds in one short transaction, every document whole: its
mentions (one ``executemany`` for the batch, the entity index and the Library's
counts settled once for all of them), its entity records and its sheet rows.
A cancel writes the documents already waiting; a crash loses at most one batch
of unwritten work, found again as pending by the next run.

A batch stays small enough that the transaction is short (a few tens of
milliseconds on a laptop): an edit in the window waits on the lock at most
0.2 s before it is kept for later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..extraction.run import ExtractedRows, write_rows
from ..store import Store
from ..store.entities import record_entities
from ..store.mentions import replace_mentions_of

# A batch is written once it holds this many documents or mentions.
BATCH_DOCUMENTS = 64
BATCH_MENTIONS = 8000


@dataclass
class Finished:
    """One document ready to write: its recognised mentions (None when only extracted
    again), the (canonical, type, source) of their entities, and its sheet rows."""

    document_id: int
    key: tuple[bool, int]  # its place in extraction order
    mentions: Sequence | None
    entities: set[tuple[str, str, str]]
    rows: ExtractedRows | None = None
    capacity_rows: int = 0  # as written
    cluster_rows: int = 0
    mention_count: int = 0


def write_recognised(
    conn, recognised: Sequence[tuple[int, Sequence, set[tuple[str, str, str]]]], version: str
) -> list[int]:
    """The mentions and entity records of (document, mentions, entities) triples, in the
    transaction open; returns each document's mention count."""
    counts = replace_mentions_of(conn, [(d, mentions) for d, mentions, _ in recognised], version)
    entities: set[tuple[str, str, str]] = set()
    for _, _, found in recognised:
        entities |= found
    record_entities(conn, entities)
    return counts


class Batch:
    """Documents waiting to be written together."""

    def __init__(self, store: Store, recognizer_version: str):
        self.store, self.version = store, recognizer_version
        self.waiting: list[Finished] = []
        self.mentions = 0

    def add(self, finished: Finished) -> None:
        self.waiting.append(finished)
        self.mentions += len(finished.mentions or ())

    @property
    def full(self) -> bool:
        return len(self.waiting) >= BATCH_DOCUMENTS or self.mentions >= BATCH_MENTIONS

    def write(self) -> list[Finished]:
        """Write the waiting documents in one transaction; returns them, written."""
        waiting, self.waiting, self.mentions = self.waiting, [], 0
        if not waiting:
            return []
        conn = self.store.conn
        recognised = [f for f in waiting if f.mentions is not None]
        with self.store.transaction():
            counts = write_recognised(
                conn, [(f.document_id, f.mentions, f.entities) for f in recognised], self.version
            )
            for finished, count in zip(recognised, counts, strict=True):
                finished.mention_count = count
            for finished in waiting:
                if finished.rows is not None:
                    finished.capacity_rows, finished.cluster_rows = write_rows(
                        conn, finished.document_id, finished.rows
                    )
        return waiting
