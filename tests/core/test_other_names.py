"""The other names a search or a find widens a term to, whatever case it is typed in."""

from __future__ import annotations

import pytest

from workbench.core.search import plan_query, search
from workbench.core.store.entities import other_names


@pytest.mark.parametrize("typed", ["TSMC", "tsmc", "Tsmc"])
def test_a_latin_name_widens_in_any_case(seeded_store, typed):
    names = other_names(seeded_store.conn, typed)
    assert "台积电" in names
    (term,) = plan_query(seeded_store.conn, typed)
    assert "台积电" in term.aliases


def test_lower_case_finds_the_documents_that_write_only_the_chinese_name(seeded_store):
    upper = {hit.document_id for hit in search(seeded_store.conn, "TSMC", limit=500)}
    lower = {hit.document_id for hit in search(seeded_store.conn, "tsmc", limit=500)}
    literal = {hit.document_id for hit in search(seeded_store.conn, '"tsmc"', limit=500)}
    assert lower == upper
    assert literal < lower  # some documents write only 台积电 / 台積電


def _statements(conn):
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    return seen


@pytest.mark.sqlite_only("SQLite's change counters keep the cache")
def test_the_names_are_read_once_while_the_store_is_unchanged(seeded_store):
    conn = seeded_store.conn
    first = other_names(conn, "台积电")
    seen = _statements(conn)
    again = other_names(conn, "台积电")
    conn.set_trace_callback(None)
    assert again == first and "TSMC" in again
    assert not [s for s in seen if "mentions" in s or "entity_aliases" in s]


def test_a_name_taught_here_or_by_another_window_widens_the_term_at_once(seeded_store):
    from workbench.core.operations.entities import teach_name
    from workbench.core.store import Store

    conn = seeded_store.conn
    assert "积电南京" not in other_names(conn, "台积电")
    teach_name(seeded_store, "积电南京", "ORG", "台积电")
    assert "积电南京" in other_names(conn, "台积电")
    with Store(seeded_store.location) as other_window:
        teach_name(other_window, "台积新厂", "ORG", "台积电")
    assert "台积新厂" in other_names(conn, "台积电")
    assert "台积新厂" in plan_query(conn, "台积电")[0].aliases


@pytest.mark.sqlite_only("SQLite's change counters keep the cache")
def test_nothing_is_kept_inside_a_transaction_that_may_roll_back(seeded_store):
    from workbench.core.store.read_cache import read_cache

    conn = seeded_store.conn
    assert read_cache(conn, "other_names") is not None
    conn.execute("BEGIN")
    try:
        assert read_cache(conn, "other_names") is None
    finally:
        conn.execute("ROLLBACK")


@pytest.mark.sqlite_only("SQLite's change counters keep the cache")
def test_a_connection_keeps_the_names_of_a_bounded_number_of_terms(seeded_store):
    from workbench.core.store.entities import OTHER_NAMES_KEPT
    from workbench.core.store.read_cache import read_cache

    conn = seeded_store.conn
    for number in range(OTHER_NAMES_KEPT + 10):
        other_names(conn, f"台积电{number}")
    kept = read_cache(conn, "other_names")
    assert 0 < len(kept) <= OTHER_NAMES_KEPT
    assert "TSMC" in other_names(conn, "台积电")
