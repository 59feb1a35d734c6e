"""Signatures of stored documents and the near-duplicate relation between them.

Every document gets its signature when it is stored (``store_document``), and
is checked against the earlier documents then: a near duplicate is stored all
the same (it is a real file the analyst has) and points to the earlier one.
Documents stored before signatures existed get theirs from
:func:`update_signatures`, which imports and ingests call first; a check also
makes any that are still missing, so no document is ever left out.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import near_duplicates as nd
from ..progress import PROGRESS_CONTEXT, Progress
from ..translatable import QT_TRANSLATE_NOOP, Translate, untranslated

INDEXING = QT_TRANSLATE_NOOP(
    "Progress", "Indexing stored documents for near duplicates ({done} of {total})"
)

if TYPE_CHECKING:
    from .store import Store

SIGNATURE_BATCH = 100  # documents signed per transaction when catching up


@dataclass(frozen=True)
class NearDuplicate:
    """The earlier document a document is the same article as, and how alike they are."""

    document_id: int  # the earlier document
    title: str
    similarity: float  # 0..1, by ``measure``
    measure: str  # near_duplicates.JACCARD or CONTAINMENT

    @property
    def percent(self) -> int:
        """The similarity as a whole percentage, never rounded up to a claim of 100 %."""
        percent = round(self.similarity * 100)
        return 99 if percent == 100 and self.similarity < 1 else percent

    def describe(self, translate: Translate = untranslated) -> str:
        """'94% alike' or '97% of the shorter text is in the other'."""
        if self.measure == nd.JACCARD:
            text = translate("NearDuplicate", "{percent}% alike")
        else:
            text = translate("NearDuplicate", "{percent}% of the shorter text is in the other")
        return text.format(percent=self.percent)


def save_signature(conn: sqlite3.Connection, document_id: int, simplified: str) -> None:
    """Sign a document's Simplified text; call in the transaction that stores it."""
    signature = nd.signature(nd.shingles_of_simplified(simplified))
    conn.execute(
        "INSERT INTO document_signatures (document_id, scheme, shingles, signature) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET scheme = excluded.scheme, "
        "shingles = excluded.shingles, signature = excluded.signature",
        (document_id, nd.scheme(), signature.shingles, signature.digest),
    )


def unsigned_documents(conn: sqlite3.Connection) -> list[int]:
    """Documents with no signature, or one made another way than today's."""
    current = nd.scheme()
    # Signatures go with their documents (ON DELETE CASCADE): equal counts mean
    # every document is signed, which is the usual answer and the quick one.
    everything_signed = conn.execute(
        "SELECT (SELECT count(*) FROM documents) = "
        "(SELECT count(*) FROM document_signatures WHERE scheme = ?)",
        (current,),
    ).fetchone()[0]
    if everything_signed:
        return []
    return [
        row[0]
        for row in conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN document_signatures s ON s.document_id = d.id "
            "WHERE s.document_id IS NULL OR s.scheme != ? ORDER BY d.id",
            (current,),
        )
    ]


def _sign(conn: sqlite3.Connection, document_ids: list[int]) -> None:
    for document_id in document_ids:
        row = conn.execute(
            "SELECT text_simplified FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is not None:
            save_signature(conn, document_id, row[0])


def update_signatures(store: Store, progress: Progress | None = None) -> int:
    """Sign every document that has no current signature, a batch per transaction.

    Returns how many were signed.  Cancelling stops between batches; what was
    signed stays signed.
    """
    progress = progress or Progress()
    missing = unsigned_documents(store.conn)
    for start in range(0, len(missing), SIGNATURE_BATCH):
        progress.check()
        progress.report(
            start,
            len(missing),
            progress.translate(PROGRESS_CONTEXT, INDEXING).format(done=start, total=len(missing)),
        )
        with store.transaction():
            _sign(store.conn, missing[start : start + SIGNATURE_BATCH])
    if missing:
        progress.report(len(missing), len(missing), "")
    return len(missing)


def find_near_duplicate(conn: sqlite3.Connection, document_id: int) -> NearDuplicate | None:
    """The earlier stored document that ``document_id`` is the same article as, if any.

    Only documents of a size that could match are read (``size_bounds``);
    their signatures pick the candidates, whose texts are then compared exactly.  A
    candidate that is itself a near duplicate stands for its earlier document,
    so the relation always points to the first copy stored.  Of several matches
    the most alike wins, the earliest on a tie; the similarity is to the
    closest stored copy of that article.
    """
    _sign(conn, unsigned_documents(conn))
    row = conn.execute(
        "SELECT shingles, signature FROM document_signatures WHERE document_id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    new = nd.Signature(row[0], row[1])
    if new.shingles < nd.MIN_SHINGLES:
        return None
    plain = conn.cursor()
    plain.row_factory = None  # thousands of rows: plain tuples read in half the time
    stored = plain.execute(
        "SELECT document_id, shingles, signature FROM document_signatures "
        "WHERE shingles BETWEEN ? AND ? AND document_id < ? AND scheme = ?",
        (*nd.size_bounds(new.shingles), document_id, nd.scheme()),
    ).fetchall()
    if not stored:
        return None
    import numpy as np

    ids, counts, digests = zip(*stored, strict=True)
    candidates = nd.screen(new, nd.digest_matrix(list(digests)), np.asarray(counts, dtype=np.int64))
    if not len(candidates):
        return None
    mine = _shingles(conn, document_id)
    matches = []
    for index in candidates:
        candidate = ids[int(index)]
        figures = nd.resemblance(mine, _shingles(conn, candidate))
        if figures.is_near_duplicate:
            original = near_duplicate_of(conn, candidate) or candidate
            matches.append((-figures.similarity, original, figures))
    if not matches:
        return None
    _, original, figures = min(matches, key=lambda match: match[:2])
    title = conn.execute("SELECT title FROM documents WHERE id = ?", (original,)).fetchone()[0]
    return NearDuplicate(original, title, figures.similarity, figures.measure)


def _shingles(conn: sqlite3.Connection, document_id: int) -> frozenset[str]:
    row = conn.execute(
        "SELECT text_simplified FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    return nd.shingles_of_simplified(row[0]) if row else frozenset()


def record_near_duplicate(conn: sqlite3.Connection, document_id: int, found: NearDuplicate) -> None:
    conn.execute(
        "INSERT INTO near_duplicates (document_id, near_duplicate_of, similarity, measure) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET "
        "near_duplicate_of = excluded.near_duplicate_of, similarity = excluded.similarity, "
        "measure = excluded.measure, found_at = excluded.found_at",
        (document_id, found.document_id, found.similarity, found.measure),
    )


def check_document(conn: sqlite3.Connection, document_id: int) -> NearDuplicate | None:
    """Find and record what a newly stored document is a near duplicate of; in its transaction."""
    found = find_near_duplicate(conn, document_id)
    if found is not None:
        record_near_duplicate(conn, document_id, found)
    return found


def near_duplicate_of(conn: sqlite3.Connection, document_id: int) -> int | None:
    """The earlier document this one is the same article as; None for an original."""
    row = conn.execute(
        "SELECT near_duplicate_of FROM near_duplicates WHERE document_id = ?", (document_id,)
    ).fetchone()
    return row[0] if row else None


def near_duplicate(conn: sqlite3.Connection, document_id: int) -> NearDuplicate | None:
    """What :func:`near_duplicate_of` says, with the earlier document's title and the figure."""
    row = conn.execute(
        "SELECT n.near_duplicate_of, d.title, n.similarity, n.measure FROM near_duplicates n "
        "JOIN documents d ON d.id = n.near_duplicate_of WHERE n.document_id = ?",
        (document_id,),
    ).fetchone()
    return NearDuplicate(*row) if row else None


def near_duplicates_of(conn: sqlite3.Connection, document_id: int) -> list[int]:
    """The later documents recorded as the same article as ``document_id``."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT document_id FROM near_duplicates WHERE near_duplicate_of = ? "
            "ORDER BY document_id",
            (document_id,),
        )
    ]
