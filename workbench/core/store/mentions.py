"""Entity mentions in the store: bulk writes, per-document reads, the entity index.

The entity index is the table ``entity_counts``, which triggers on ``mentions`` and
``mention_reviews`` keep exact on every write (migration 0011): whatever writes a
mention or a verdict — recognition, an entity edit, its undo, a document deleted
with its mentions — the counts follow in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter

from ..errors import Cancelled
from ..progress import Progress
from .transactions import engine_of

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
    reviewed_by: str = ""  # the team store's role that gave the verdict; "" in a store file

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


_INSERT_MENTION = (
    'INSERT INTO mentions (document_id, start, "end", type, text, canonical, '
    "value_low, value_high, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ENTITY = itemgetter(5, 3)  # (canonical, type) of a mention row
# Documents named in one statement's IN list (well below SQLite's 32,766 parameters).
_IN_LIST = 500


def replace_mentions(
    conn: sqlite3.Connection, document_id: int, mentions: Iterable, recognizer_version: str
) -> int:
    """Replace a document's mentions; call inside a transaction.  Returns how many.

    The document's sheet rows were extracted from the mentions it had: its
    extraction run is dropped, so the pipeline extracts it again.
    """
    return replace_mentions_of(conn, [(document_id, mentions)], recognizer_version)[0]


def replace_mentions_of(
    conn: sqlite3.Connection,
    found: Sequence[tuple[int, Iterable]],
    recognizer_version: str,
) -> list[int]:
    """Replace the mentions of several documents at once; call inside a transaction.

    ``found`` pairs each document (named once) with its recognised mentions.  Returns
    how many each got, in ``found``'s order.  As :func:`replace_mentions` does for
    one, each document's extraction run is dropped.

    The rows go in with one prepared ``executemany``, and the entity index and the
    Library's counts are settled once for the whole batch: the per-row triggers that
    keep them are set aside (:func:`_row_triggers_aside`) while the batch's documents
    are rewritten, and the index moves by what the batch held before and holds after.
    """
    document_ids = [document_id for document_id, _ in found]
    if len(set(document_ids)) != len(document_ids):
        raise ValueError("a document is named twice in one batch of mentions")
    if not document_ids:
        return []
    # What the index counts is tallied as the rows are made: the batch's mentions
    # outside the spans the analyst rejected, per entity, and the documents holding them.
    rejected = _rejected_in(conn, document_ids)
    rows: list[tuple] = []
    counts: list[int] = []
    mentions_of: Counter[tuple[str, str]] = Counter()
    documents_of: Counter[tuple[str, str]] = Counter()
    for document_id, mentions in found:
        first = len(rows)
        for m in mentions:
            value = m.value
            if value:
                low, high, unit = value.get("low"), value.get("high"), value.get("unit")
            else:
                low = high = unit = None
            rows.append((document_id, m.start, m.end, m.type, m.text, m.canonical, low, high, unit))
        counts.append(len(rows) - first)
        mine = rows[first:]
        if rejected:
            mine = [row for row in mine if row[:4] not in rejected]
        keys = list(map(_ENTITY, mine))
        mentions_of.update(keys)
        documents_of.update(set(keys))
    before = _counted_in(conn, document_ids)
    deferred = [(document_id,) for document_id in document_ids]
    with _row_triggers_aside(conn, deferred, len(rows)):
        conn.executemany("DELETE FROM mentions WHERE document_id = ?", deferred)
        conn.executemany(_INSERT_MENTION, rows)
    after = {key: (count, documents_of[key]) for key, count in mentions_of.items()}
    _move_counts(conn, before, after)
    written = list(zip(counts, document_ids, strict=True))
    conn.executemany("UPDATE library_entries SET mentions = ? WHERE document_id = ?", written)
    conn.executemany(
        "INSERT INTO recognition_runs (document_id, recognizer_version, mention_count) "
        "VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
        "recognizer_version = excluded.recognizer_version, "
        "mention_count = excluded.mention_count, ran_at = excluded.ran_at",
        [(document_id, recognizer_version, count) for count, document_id in written],
    )
    conn.executemany("DELETE FROM extraction_runs WHERE document_id = ?", deferred)
    return counts


# The triggers that count each mention written or deleted, and the batch size from
# which they are dropped for the batch's transaction rather than told to stand aside.
_ROW_TRIGGERS = ("entity_counts_mention_insert", "entity_counts_mention_delete")
SET_ASIDE_ROWS = 500


@contextmanager
def _row_triggers_aside(
    conn: sqlite3.Connection, deferred: Sequence[tuple[int]], rows: int
) -> Iterator[None]:
    """The row triggers do not count the documents ``deferred`` while the block runs.

    A trigger that stands aside (``entity_counts_deferred`` names the document, and
    its WHEN clause says no) still costs SQLite a call of its program for every row,
    about a third of the insert itself.  So a batch of ``SET_ASIDE_ROWS`` rows or more,
    inside a transaction, drops the two triggers and makes them again from their own
    SQL before the block ends: other connections never see the store without them
    (they see the transaction whole or not at all), and a failure rolls the drop back
    with the rest.  Smaller writes, and a team store's (whose statement triggers cost
    once a statement), name their documents in ``entity_counts_deferred``.
    """
    if rows < SET_ASIDE_ROWS or not conn.in_transaction or engine_of(conn) != "sqlite":
        conn.executemany("INSERT INTO entity_counts_deferred (document_id) VALUES (?)", deferred)
        try:
            yield
        finally:
            conn.executemany("DELETE FROM entity_counts_deferred WHERE document_id = ?", deferred)
        return
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        _ROW_TRIGGERS,
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in triggers:
            conn.execute(sql)


_NOT_REJECTED = (
    "NOT EXISTS (SELECT 1 FROM mention_reviews r WHERE r.document_id = m.document_id "
    'AND r.start = m.start AND r."end" = m."end" AND r.type = m.type '
    "AND r.verdict = 'rejected')"
)

# Per entity: the mentions the index counts and the documents holding them.
Counted = dict[tuple[str, str], tuple[int, int]]


def _chunks(document_ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for at in range(0, len(document_ids), _IN_LIST):
        yield document_ids[at : at + _IN_LIST]


def _counted_in(conn: sqlite3.Connection, document_ids: Sequence[int]) -> Counted:
    """What the index counts of the stored mentions of ``document_ids``."""
    out: Counted = {}
    for chunk in _chunks(document_ids):
        marks = ", ".join("?" * len(chunk))
        for canonical, type_, mentions, documents in conn.execute(
            "SELECT m.canonical, m.type, count(*), count(DISTINCT m.document_id) FROM mentions m "
            f"WHERE m.document_id IN ({marks}) AND {_NOT_REJECTED} "
            "GROUP BY m.canonical, m.type",
            tuple(chunk),
        ):
            had = out.get((canonical, type_), (0, 0))
            out[(canonical, type_)] = (had[0] + mentions, had[1] + documents)
    return out


def _rejected_in(
    conn: sqlite3.Connection, document_ids: Sequence[int]
) -> set[tuple[int, int, int, str]]:
    """(document, start, end, type) of the spans rejected in ``document_ids``."""
    out: set[tuple[int, int, int, str]] = set()
    for chunk in _chunks(document_ids):
        marks = ", ".join("?" * len(chunk))
        out.update(
            (document_id, start, end, type_)
            for document_id, start, end, type_ in conn.execute(
                'SELECT document_id, start, "end", type FROM mention_reviews '
                f"WHERE document_id IN ({marks}) AND verdict = 'rejected'",
                tuple(chunk),
            )
        )
    return out


def _move_counts(conn: sqlite3.Connection, before: Counted, after: Counted) -> None:
    """Move the entity index from counting ``before`` to counting ``after``."""
    # Entities the batch did not count before may be new rows, inserted with what the
    # batch counts now (SQLite checks a row's CHECK constraints before it finds the
    # conflict that turns the insert into an update, so a delta such as "as many
    # mentions, one more document" could not be inserted).  The others' rows exist:
    # they are updated, and deleted when nothing counts in them any more.
    grown, moved = [], []
    for key, (mentions, documents) in after.items():
        had = before.get(key)
        if had is None:
            grown.append((*key, mentions, documents))
        elif (mentions, documents) != had:
            moved.append((mentions - had[0], documents - had[1], *key))
    gone = [key for key in before if key not in after]
    moved += [(-before[key][0], -before[key][1], *key) for key in gone]
    conn.executemany(
        "INSERT INTO entity_counts (canonical, type, mentions, documents) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (canonical, type) DO UPDATE SET "
        "mentions = entity_counts.mentions + excluded.mentions, "
        "documents = entity_counts.documents + excluded.documents",
        grown,
    )
    conn.executemany(
        "UPDATE entity_counts SET mentions = mentions + ?, documents = documents + ? "
        "WHERE canonical = ? AND type = ?",
        moved,
    )
    conn.executemany(
        "DELETE FROM entity_counts WHERE canonical = ? AND type = ? AND mentions <= 0", gone
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
    "m.value_low, m.value_high, m.unit, r.verdict, coalesce(r.reviewed_by, '')"
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
    location, query: EntityQuery, limit: int, progress: Progress | None = None
) -> EntityListing:
    """The first ``limit`` entities of ``query`` and their total, read on a connection
    of this thread's own (a worker's: a filter over a part of a name reads the whole
    index, 0.15-0.3 s at 38,000 documents).  Raises ``Cancelled`` as soon as
    ``progress`` is cancelled: in a store file even inside the statement reading the
    index, on a team store (``location`` a ``postgresql://`` address) between the two."""
    from .reading import reading_connection_at
    from .team_address import is_team_store

    progress = progress or Progress()
    if is_team_store(location):
        return _team_entity_listing(location, query, limit, progress)
    conn = reading_connection_at(location)
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


def _team_entity_listing(
    url: str, query: EntityQuery, limit: int, progress: Progress
) -> EntityListing:
    """:func:`entity_listing_at` on a team store the window has opened (and checked)."""
    from .reading import reading_connection_at

    conn = reading_connection_at(url)
    try:
        progress.check()
        entries = entity_page(conn, query, 0, limit)
        more = len(entries) == limit
        progress.check()
        total = entity_total(conn, query) if more else len(entries)
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
