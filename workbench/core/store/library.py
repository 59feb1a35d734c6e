"""The library listing: one row per document with what the Library panel shows.

The rows come from ``library_entries``, a narrow table the store keeps by triggers
(migration 0011): listing, sorting and filtering never read a document's text, so
they cost the same whether the texts are short or a million characters.  The panel
asks for the ids in display order (:func:`library_ids`) and reads the rows of the
part it shows (:func:`library_rows_of`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..script import to_simplified


@dataclass(frozen=True)
class LibraryRow:
    id: int
    title: str
    kind: str
    tags: str  # channel tags, comma-separated
    publisher: str
    publish_date: str
    script: str
    length: int
    mentions: int
    annotations: int
    source_files: str  # comma-separated file names
    my_tags: str = ""  # the analyst's own tags (document_tags), comma-separated, sorted


# The analyst's own tags, sorted and comma-separated, of the library entry.
_MY_TAGS = (
    "coalesce((SELECT group_concat(t.tag, ',') FROM (SELECT tag FROM document_tags "
    "WHERE document_id = library_entries.document_id ORDER BY tag) t), '')"
)

# The columns the listing sorts by (LibraryRow fields) and their SQL.
SORT_COLUMNS = {
    "title": "title",
    "kind": "kind",
    "tags": "tags",
    "publisher": "publisher",
    "publish_date": "publish_date",
    "script": "script",
    "length": "length",
    "mentions": "mentions",
    "annotations": "annotations",
    "my_tags": _MY_TAGS,
}

_SELECT = (
    "SELECT document_id, title, kind, tags, publisher, publish_date, script, length, "
    f"mentions, annotations, source_files, {_MY_TAGS} FROM library_entries"
)


@dataclass(frozen=True)
class LibraryQuery:
    """Which documents to list: ``text`` is matched in either script (as Simplified,
    case-folded) against title, publisher and tags."""

    text: str = ""
    kind: str | None = None
    tag: str | None = None
    script: str | None = None
    source_file: str | None = None
    my_tag: str | None = None  # one of the analyst's own tags (document_tags)


def _key(text: str) -> str:
    return to_simplified(text).lower()


def _where(conn: sqlite3.Connection, query: LibraryQuery) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if query.kind:
        clauses.append("kind = ?")
        params.append(query.kind)
    if query.script:
        clauses.append("script = ?")
        params.append(query.script)
    for value, table, column in (
        (query.tag, "occurrences", "tag"),
        (query.my_tag, "document_tags", "tag"),
        (query.source_file, "occurrences", "source_file"),
    ):
        if value:
            clauses.append(f"document_id IN (SELECT document_id FROM {table} WHERE {column} = ?)")
            params.append(value)
    needle = _key(query.text.strip())
    if needle:
        # Publishers and tag lists are few however many documents there are: they are
        # matched here in Python, exactly; titles are matched in SQL on their
        # Simplified copy (SQLite folds the case of ASCII letters only).
        publishers = [
            p
            for (p,) in conn.execute("SELECT DISTINCT publisher FROM library_entries")
            if needle in _key(p)
        ]
        tag_lists = [
            t
            for (t,) in conn.execute("SELECT DISTINCT tags FROM library_entries")
            if needle in _key(t)
        ]
        my_tags = [
            t
            for (t,) in conn.execute("SELECT DISTINCT tag FROM document_tags")
            if needle in _key(t)
        ]
        either = ["instr(lower(title_simplified), ?) > 0"]
        params.append(needle)
        if my_tags:
            either.append(
                "document_id IN (SELECT document_id FROM document_tags "
                f"WHERE tag IN ({','.join('?' * len(my_tags))}))"
            )
            params.extend(my_tags)
        for column, values in (("publisher", publishers), ("tags", tag_lists)):
            if values:
                either.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        clauses.append(f"({' OR '.join(either)})")
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


def library_ids(
    conn: sqlite3.Connection,
    query: LibraryQuery = LibraryQuery(),
    sort: str | None = None,
    descending: bool = False,
) -> list[int]:
    """The ids of the documents ``query`` passes, sorted by ``sort`` (a LibraryRow
    field; None: store order); ties keep store order in both directions."""
    where, params = _where(conn, query)
    order = "document_id"
    if sort is not None:
        order = f"{SORT_COLUMNS[sort]}{' DESC' if descending else ''}, document_id"
    return [
        row[0]
        for row in conn.execute(
            f"SELECT document_id FROM library_entries{where} ORDER BY {order}", params
        )
    ]


def library_rows_of(conn: sqlite3.Connection, document_ids: Iterable[int]) -> dict[int, LibraryRow]:
    """The rows of these documents (those stored), by id."""
    ids = sorted(set(document_ids))
    out: dict[int, LibraryRow] = {}
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        rows = conn.execute(f"{_SELECT} WHERE document_id IN ({','.join('?' * len(chunk))})", chunk)
        out.update((row[0], LibraryRow(*row)) for row in rows)
    return out


def library_rows(conn: sqlite3.Connection) -> list[LibraryRow]:
    """Every row, in store order."""
    return [LibraryRow(*row) for row in conn.execute(f"{_SELECT} ORDER BY document_id")]


def library_row(conn: sqlite3.Connection, document_id: int) -> LibraryRow | None:
    return library_rows_of(conn, [document_id]).get(document_id)


def document_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM library_entries").fetchone()[0]


def longest_document(conn: sqlite3.Connection) -> int | None:
    row = conn.execute(
        "SELECT document_id FROM library_entries ORDER BY length DESC, document_id LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def choices(conn: sqlite3.Connection, field: str) -> list[str]:
    """Distinct values of ``kind``, ``script``, ``tags``, ``source_files`` or ``my_tags``
    (the analyst's own), sorted."""
    if field in ("tags", "source_files"):
        column = "tag" if field == "tags" else "source_file"
        sql = f"SELECT DISTINCT {column} FROM occurrences WHERE {column} IS NOT NULL"
        # Only documents still stored (an occurrence goes with its document).
        values = {row[0] for row in conn.execute(sql)}
    elif field == "my_tags":
        values = {row[0] for row in conn.execute("SELECT DISTINCT tag FROM document_tags")}
    elif field in ("kind", "script"):
        values = {row[0] for row in conn.execute(f"SELECT DISTINCT {field} FROM library_entries")}
    else:
        raise ValueError(f"no choices for {field!r}")
    values.discard("")
    return sorted(values)
