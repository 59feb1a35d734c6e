"""Entity mentions in the store: bulk writes, per-document reads, the entity index.

The entity index is the table ``entity_counts``, which triggers on ``mentions`` and
``mention_reviews`` keep exact on every write (migration 0011): whatever writes a
mention or a verdict — recognition, an entity edit, its undo, a document deleted
with its mentions — the counts follow in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import Cancelled
from ..progress import Progress

SNIPPET_CONTEXT = 30


@dataclass(frozen=True)
class StoredMention:
    id: int
    document_id: int
    start: int
    end: int
    type: str
    text: str
    canonical: str
    value_low: float | None
    value_high: float | None
    unit: str | None
    verdict: str | None  # None, 'accepted' or 'rejected'

    def value_display(self) -> str:
        if self.value_low is None:
            return ""
        low = _number(self.value_low)
        high = _number(self.value_high if self.value_high is not None else self.value_low)
        amount = low if low == high else f"{low}–{high}"
        return f"{amount} {self.unit or ''}".strip()


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def replace_mentions(
    conn: sqlite3.Connection, document_id: int, mentions: Iterable, recognizer_version: str
) -> int:
    """Replace a document's mentions; call inside a transaction.

    The document's sheet rows were extracted from the mentions it had: its
    extraction run is dropped, so the pipeline extracts it again.

    ``executemany`` rather than sqlite-utils: bulk mention writes are the one hot
    write path (several times faster for hundreds of thousands of rows).
    """
    rows = []
    for m in mentions:
        value = m.value or {}
        rows.append(
            (
                document_id,
                m.start,
                m.end,
                m.type,
                m.text,
                m.canonical,
                value.get("low"),
                value.get("high"),
                value.get("unit"),
            )
        )
    # The entity index and the Library's count are set for the whole document at once:
    # the per-row triggers that keep them stand aside while its mentions are replaced.
    before = _counted_in(conn, document_id)
    conn.execute("INSERT INTO entity_counts_deferred (document_id) VALUES (?)", (document_id,))
    try:
        conn.execute("DELETE FROM mentions WHERE document_id = ?", (document_id,))
        conn.executemany(
            'INSERT INTO mentions (document_id, start, "end", type, text, canonical, '
            "value_low, value_high, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    finally:
        conn.execute("DELETE FROM entity_counts_deferred WHERE document_id = ?", (document_id,))
    _count_document(conn, document_id, before, _counted_in(conn, document_id))
    conn.execute(
        "UPDATE library_entries SET mentions = ? WHERE document_id = ?", (len(rows), document_id)
    )
    conn.execute(
        "INSERT INTO recognition_runs (document_id, recognizer_version, mention_count) "
        "VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
        "recognizer_version = excluded.recognizer_version, "
        "mention_count = excluded.mention_count, ran_at = excluded.ran_at",
        (document_id, recognizer_version, len(rows)),
    )
    conn.execute("DELETE FROM extraction_runs WHERE document_id = ?", (document_id,))
    return len(rows)


_NOT_REJECTED = (
    "NOT EXISTS (SELECT 1 FROM mention_reviews r WHERE r.document_id = m.document_id "
    'AND r.start = m.start AND r."end" = m."end" AND r.type = m.type '
    "AND r.verdict = 'rejected')"
)


def _counted_in(conn: sqlite3.Connection, document_id: int) -> dict[tuple[str, str], int]:
    """The document's mentions the entity index counts, per entity."""
    return {
        (canonical, type_): count
        for canonical, type_, count in conn.execute(
            "SELECT m.canonical, m.type, count(*) FROM mentions m "
            f"WHERE m.document_id = ? AND {_NOT_REJECTED} GROUP BY m.canonical, m.type",
            (document_id,),
        )
    }


def _count_document(
    conn: sqlite3.Connection,
    document_id: int,
    before: dict[tuple[str, str], int],
    after: dict[tuple[str, str], int],
) -> None:
    """Move the entity index from a document's counts ``before`` to ``after``."""
    deltas = []
    for key in before.keys() | after.keys():
        mentions = after.get(key, 0) - before.get(key, 0)
        documents = (key in after) - (key in before)
        if mentions or documents:
            deltas.append((*key, mentions, documents))
    # Counts that only grow may be new rows; the others' rows exist (the document
    # counted in them), and a row inserted with a negative count would fail its check.
    conn.executemany(
        "INSERT INTO entity_counts (canonical, type, mentions, documents) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (canonical, type) DO UPDATE SET "
        "mentions = entity_counts.mentions + excluded.mentions, "
        "documents = entity_counts.documents + excluded.documents",
        [d for d in deltas if d[2] >= 0 and d[3] >= 0],
    )
    conn.executemany(
        "UPDATE entity_counts SET mentions = mentions + ?, documents = documents + ? "
        "WHERE canonical = ? AND type = ?",
        [(m, n, c, t) for c, t, m, n in deltas if m < 0 or n < 0],
    )
    conn.executemany(
        "DELETE FROM entity_counts WHERE canonical = ? AND type = ? AND mentions <= 0",
        [(c, t) for c, t, _m, _d in deltas if (c, t) not in after],
    )


def documents_needing_recognition(conn: sqlite3.Connection, recognizer_version: str) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN recognition_runs r ON r.document_id = d.id "
            "WHERE r.recognizer_version IS NULL OR r.recognizer_version != ? ORDER BY d.id",
            (recognizer_version,),
        )
    ]


def rejected_spans(conn: sqlite3.Connection, document_id: int) -> set[tuple[int, int, str]]:
    """(start, end, type) of the mention spans the analyst rejected in a document."""
    return {
        (row[0], row[1], row[2])
        for row in conn.execute(
            'SELECT start, "end", type FROM mention_reviews WHERE document_id = ? '
            "AND verdict = 'rejected'",
            (document_id,),
        )
    }


_MENTION_COLUMNS = (
    'm.id, m.document_id, m.start, m."end", m.type, m.text, m.canonical, '
    "m.value_low, m.value_high, m.unit, r.verdict"
)
_REVIEW_JOIN = (
    "LEFT JOIN mention_reviews r ON r.document_id = m.document_id AND r.start = m.start "
    'AND r."end" = m."end" AND r.type = m.type'
)


def mentions_for_document(conn: sqlite3.Connection, document_id: int) -> list[StoredMention]:
    rows = conn.execute(
        f"SELECT {_MENTION_COLUMNS} FROM mentions m {_REVIEW_JOIN} "
        'WHERE m.document_id = ? ORDER BY m.start, m."end"',
        (document_id,),
    )
    return [StoredMention(*row) for row in rows]


def set_review(
    conn: sqlite3.Connection,
    document_id: int,
    start: int,
    end: int,
    type_: str,
    verdict: str | None,
) -> None:
    """Record (or with ``None`` clear) an analyst's verdict on a mention span."""
    if verdict is None:
        conn.execute(
            'DELETE FROM mention_reviews WHERE document_id = ? AND start = ? AND "end" = ? '
            "AND type = ?",
            (document_id, start, end, type_),
        )
    else:
        conn.execute(
            'INSERT INTO mention_reviews (document_id, start, "end", type, verdict) '
            'VALUES (?, ?, ?, ?, ?) ON CONFLICT(document_id, start, "end", type) '
            "DO UPDATE SET verdict = excluded.verdict, reviewed_at = excluded.reviewed_at",
            (document_id, start, end, type_, verdict),
        )


def review_of(conn, document_id: int, start: int, end: int, type_: str) -> str | None:
    row = conn.execute(
        'SELECT verdict FROM mention_reviews WHERE document_id = ? AND start = ? AND "end" = ? '
        "AND type = ?",
        (document_id, start, end, type_),
    ).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class EntityEntry:
    canonical: str
    type: str
    mentions: int
    documents: int


# Each order of the entity index is one index of ``entity_counts`` read forwards or
# backwards (migration 0011), so the first page costs the same at any size.  Counts
# sort most first with ties by name; fewest first runs the same index backwards.
_ORDERS = {
    ("mentions", True): "mentions DESC, canonical, type",
    ("mentions", False): "mentions, canonical DESC, type DESC",
    ("documents", True): "documents DESC, canonical, type",
    ("documents", False): "documents, canonical DESC, type DESC",
    ("canonical", False): "canonical, type",
    ("canonical", True): "canonical DESC, type DESC",
    ("type", False): "type, canonical",
    ("type", True): "type DESC, canonical DESC",
}
# Rows that come before (value, canonical, type) in each order.
_BEFORE = {
    ("mentions", True): "mentions > :v OR (mentions = :v AND (canonical, type) < (:c, :t))",
    ("mentions", False): "mentions < :v OR (mentions = :v AND (canonical, type) > (:c, :t))",
    ("documents", True): "documents > :v OR (documents = :v AND (canonical, type) < (:c, :t))",
    ("documents", False): "documents < :v OR (documents = :v AND (canonical, type) > (:c, :t))",
    ("canonical", False): "(canonical, type) < (:c, :t)",
    ("canonical", True): "(canonical, type) > (:c, :t)",
    ("type", False): "(type, canonical) < (:t, :c)",
    ("type", True): "(type, canonical) > (:t, :c)",
}
ENTITY_SORTS = ("canonical", "type", "mentions", "documents")


@dataclass(frozen=True)
class EntityQuery:
    """Which entities to list, in which order."""

    type: str | None = None
    contains: str | None = None  # part of the canonical name
    sort: str = "mentions"  # one of ENTITY_SORTS
    descending: bool = True

    def where(self) -> tuple[str, dict]:
        clauses, params = [], {}
        if self.type:
            # An expression, not the column: SQLite then reads the order's index and
            # filters it, rather than gathering every entity of the type and sorting.
            clauses.append("type || '' = :type")
            params["type"] = self.type
        if self.contains:
            clauses.append("instr(canonical, :contains) > 0")
            params["contains"] = self.contains
        return (" AND ".join(clauses) or "TRUE"), params

    def order(self) -> str:
        order = _ORDERS[(self.sort, self.descending)]
        if self.contains:
            # A part of a name passes few entities: the table is scanned for them and
            # they are sorted, rather than the order's index read for all with a
            # lookup of each.
            order = ", ".join(map(_unindexed, order.split(", ")))
        return order


def _unindexed(term: str) -> str:
    """An order term (``column [DESC]``) as an expression no index answers."""
    column, _, direction = term.partition(" ")
    expression = f"{column} + 0" if column in ("mentions", "documents") else f"{column} || ''"
    return f"{expression} {direction}".rstrip()


_ENTRY = "SELECT canonical, type, mentions, documents FROM entity_counts"


def entity_page(
    conn: sqlite3.Connection, query: EntityQuery, offset: int = 0, limit: int = 500
) -> list[EntityEntry]:
    """``limit`` entities of the index from ``offset`` on, in ``query``'s order."""
    where, params = query.where()
    rows = conn.execute(
        f"{_ENTRY} WHERE {where} ORDER BY {query.order()} LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )
    return [EntityEntry(*row) for row in rows]


def entity_total(conn: sqlite3.Connection, query: EntityQuery) -> int:
    where, params = query.where()
    return conn.execute(f"SELECT count(*) FROM entity_counts WHERE {where}", params).fetchone()[0]


@dataclass(frozen=True)
class EntityListing:
    """The first entities ``query`` lists, whether more follow, and how many it lists
    in all (counted only when more follow)."""

    query: EntityQuery
    entries: list[EntityEntry]
    more: bool
    total: int


# SQLite instructions between two looks at a cancel while the listing is read.
LISTING_CHECK_INSTRUCTIONS = 10_000


def entity_listing_at(
    db_path, query: EntityQuery, limit: int, progress: Progress | None = None
) -> EntityListing:
    """The first ``limit`` entities of ``query`` and their total, read on a connection
    of this thread's own (a worker's: a filter over a part of a name reads the whole
    index, 0.15-0.3 s at 38,000 documents).  Raises ``Cancelled`` as soon as
    ``progress`` is cancelled, even inside the statement reading the index."""
    from .database import reading_connection  # which imports the migrations: on first use

    progress = progress or Progress()
    conn = reading_connection(db_path)
    conn.set_progress_handler(lambda: progress.cancelled(), LISTING_CHECK_INSTRUCTIONS)
    try:
        entries = entity_page(conn, query, 0, limit)
        more = len(entries) == limit
        total = entity_total(conn, query) if more else len(entries)
    except sqlite3.OperationalError:
        if progress.cancelled():
            raise Cancelled() from None
        raise
    finally:
        conn.close()
    return EntityListing(query, entries, more, total)


def entity_entry(conn: sqlite3.Connection, canonical: str, type_: str) -> EntityEntry | None:
    row = conn.execute(f"{_ENTRY} WHERE canonical = ? AND type = ?", (canonical, type_)).fetchone()
    return EntityEntry(*row) if row else None


def entity_rank(
    conn: sqlite3.Connection, query: EntityQuery, canonical: str, type_: str
) -> int | None:
    """Where (canonical, type) stands in ``query``'s listing (0 first), None if not listed."""
    entry = entity_entry(conn, canonical, type_)
    if entry is None:
        return None
    where, params = query.where()
    listed = conn.execute(
        f"SELECT 1 FROM entity_counts WHERE canonical = :c AND type = :t AND {where}",
        {**params, "c": canonical, "t": type_},
    ).fetchone()
    if listed is None:
        return None
    value = getattr(entry, query.sort) if query.sort in ("mentions", "documents") else None
    before = _BEFORE[(query.sort, query.descending)]
    return conn.execute(
        f"SELECT count(*) FROM entity_counts WHERE {where} AND ({before})",
        {**params, "v": value, "c": canonical, "t": type_},
    ).fetchone()[0]


def entity_index(
    conn: sqlite3.Connection, type_: str | None = None, contains: str | None = None
) -> list[EntityEntry]:
    """Each canonical entity with its mention count and number of documents (rejected
    mentions left out), most mentioned first."""
    query = EntityQuery(type_, contains)
    where, params = query.where()
    rows = conn.execute(f"{_ENTRY} WHERE {where} ORDER BY {query.order()}", params)
    return [EntityEntry(*row) for row in rows]


def entity_documents(conn: sqlite3.Connection, canonical: str, type_: str) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT document_id FROM mentions WHERE canonical = ? AND type = ? "
            "ORDER BY document_id",
            (canonical, type_),
        )
    ]


@dataclass(frozen=True)
class MentionInContext:
    document_id: int
    title: str
    start: int
    end: int
    text: str
    snippet: str
    snippet_start: int  # where the mention starts inside ``snippet``


def mentions_of_entity(
    conn: sqlite3.Connection, canonical: str, type_: str, limit: int = 2000
) -> list[MentionInContext]:
    """Every mention of one entity across the corpus, with a snippet around it."""
    rows = conn.execute(
        'SELECT m.document_id, d.title, m.start, m."end", m.text, '
        'substr(d.text, max(1, m.start + 1 - ?), m."end" - max(0, m.start - ?) + ?) '
        "FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.canonical = ? AND m.type = ? ORDER BY m.document_id, m.start LIMIT ?",
        (SNIPPET_CONTEXT, SNIPPET_CONTEXT, SNIPPET_CONTEXT, canonical, type_, limit),
    )
    out = []
    for document_id, title, start, end, text, snippet in rows:
        offset = min(start, SNIPPET_CONTEXT)
        out.append(
            MentionInContext(
                document_id, title, start, end, text, snippet.replace("\n", " "), offset
            )
        )
    return out
