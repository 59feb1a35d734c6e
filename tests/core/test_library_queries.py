"""The Library's listing on both engines: every sort and filter gives what the rows say."""

from __future__ import annotations

import pytest

from workbench.core.script import to_simplified
from workbench.core.store.library import (
    SORT_COLUMNS,
    LibraryQuery,
    choices,
    library_ids,
    library_rows,
)


def _expected_order(rows, field: str, descending: bool) -> list[int]:
    """Store order within ties; an empty value before any other (SQLite's order of NULL)."""

    def key(row):
        value = getattr(row, field)
        return (value is not None, value if value is not None else "")

    by_id = sorted(rows, key=lambda r: r.id)
    ordered = sorted(by_id, key=key, reverse=descending)
    if descending:  # ties keep store order in both directions
        groups: dict = {}
        for row in ordered:
            groups.setdefault(key(row), []).append(row)
        ordered = [
            r for k in sorted(groups, reverse=True) for r in sorted(groups[k], key=lambda r: r.id)
        ]
    return [r.id for r in ordered]


@pytest.mark.parametrize("field", sorted(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_orders_by_its_column_with_ties_in_store_order(seeded_store, field, descending):
    rows = library_rows(seeded_store.conn)
    assert library_ids(seeded_store.conn, sort=field, descending=descending) == _expected_order(
        rows, field, descending
    )


def test_every_filter_passes_the_documents_its_value_names(seeded_store):
    conn = seeded_store.conn
    rows = library_rows(conn)
    for kind in choices(conn, "kind"):
        assert library_ids(conn, LibraryQuery(kind=kind)) == [r.id for r in rows if r.kind == kind]
    for script in choices(conn, "script"):
        expected = [r.id for r in rows if r.script == script]
        assert library_ids(conn, LibraryQuery(script=script)) == expected
    for tag in choices(conn, "tags"):
        expected = [r.id for r in rows if tag in r.tags.split(",")]
        assert library_ids(conn, LibraryQuery(tag=tag)) == expected, tag
    for name in choices(conn, "source_files"):
        expected = [r.id for r in rows if name in r.source_files.split(",")]
        assert library_ids(conn, LibraryQuery(source_file=name)) == expected, name
    for typed in ("台積電", "台积电", "半导体", "報告", "tsmc"):
        needle = to_simplified(typed).lower()
        expected = [
            r.id
            for r in rows
            if any(needle in to_simplified(v).lower() for v in (r.title, r.publisher, r.tags))
        ]
        assert library_ids(conn, LibraryQuery(text=typed)) == expected, typed
