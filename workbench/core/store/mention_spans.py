"""A document's mentions as the reader needs them: compact span columns, details on demand.

Opening a long report must not build tens of thousands of row objects: the reader
needs only where each shown mention is and its type.  SQLite hands each column
over as one JSON array (decoded in C), several times faster than fetching rows,
in index order (no sort); the few rejected spans are taken out afterwards rather
than tested row by row.  Names and values of the mentions under the mouse are
fetched by id.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_left
from dataclasses import dataclass

from .mentions import StoredMention
from .transactions import engine_of


@dataclass(frozen=True)
class MentionSpans:
    """Parallel columns, sorted by start; rejected mentions left out."""

    ids: list[int]
    starts: list[int]
    ends: list[int]
    types: list[str]

    def __len__(self) -> int:
        return len(self.ids)


def _columns(conn: sqlite3.Connection, document_id: int) -> tuple[list, list, list, list]:
    if engine_of(conn) == "postgresql":  # psycopg hands json over decoded
        row = conn.execute(
            "SELECT coalesce(json_agg(id ORDER BY start, id), '[]'), "
            "coalesce(json_agg(start ORDER BY start, id), '[]'), "
            "coalesce(json_agg(\"end\" ORDER BY start, id), '[]'), "
            "coalesce(json_agg(type ORDER BY start, id), '[]') "
            "FROM mentions WHERE document_id = ?",
            (document_id,),
        ).fetchone()
        return tuple(row)
    row = conn.execute(
        'SELECT json_group_array(id), json_group_array(start), json_group_array("end"), '
        "json_group_array(type) FROM ("
        'SELECT id, start, "end", type FROM mentions WHERE document_id = ? ORDER BY start)',
        (document_id,),
    ).fetchone()
    return tuple(json.loads(column) for column in row)


def shown_mention_spans(conn: sqlite3.Connection, document_id: int) -> MentionSpans:
    ids, starts, ends, types = _columns(conn, document_id)
    rejected = conn.execute(
        'SELECT start, "end", type FROM mention_reviews '
        "WHERE document_id = ? AND verdict = 'rejected'",
        (document_id,),
    ).fetchall()
    if rejected:
        drop = set()
        for start, end, type_ in rejected:
            i = bisect_left(starts, start)
            while i < len(starts) and starts[i] == start:
                if ends[i] == end and types[i] == type_:
                    drop.add(i)
                i += 1
        keep = [i for i in range(len(ids)) if i not in drop]
        columns = (ids, starts, ends, types)
        ids, starts, ends, types = ([column[i] for i in keep] for column in columns)
    return MentionSpans(ids, starts, ends, types)


def mentions_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[StoredMention]:
    """The stored mentions with these ids (with any review verdict), in the order given."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        'SELECT m.id, m.document_id, m.start, m."end", m.type, m.text, m.canonical, '
        "m.value_low, m.value_high, m.unit, r.verdict, coalesce(r.reviewed_by, '') "
        "FROM mentions m "
        "LEFT JOIN mention_reviews r ON r.document_id = m.document_id AND r.start = m.start "
        'AND r."end" = m."end" AND r.type = m.type '
        f"WHERE m.id IN ({marks})",
        ids,
    )
    by_id = {row[0]: StoredMention(*row) for row in rows}
    return [by_id[i] for i in ids if i in by_id]
