"""A sheet filter matches whatever the script of the value and of what is typed, on a store
file and on a team store alike."""

from __future__ import annotations

from workbench.core.sheets import CAPACITY, add_row, query_ids

from ..sheet_fixtures import extracted_store_path  # noqa: F401 (fixture)


def test_a_filter_finds_a_value_written_half_in_each_script(extracted_store):
    """The same on both engines: a team store's server cannot convert scripts, so each
    character is looked for in either script there."""
    conn = extracted_store.conn
    with extracted_store.transaction():
        mixed = add_row(conn, CAPACITY, {"company": "台積电", "site": "南京廠[二期]"})
    for typed in ("台积电", "台積電", "台积電", "積电"):
        assert mixed in query_ids(conn, CAPACITY, search=typed), typed
        assert mixed in query_ids(conn, CAPACITY, filters={"company": typed}), typed
    assert mixed in query_ids(conn, CAPACITY, filters={"site": "厂[二"})  # brackets as typed
    assert mixed not in query_ids(conn, CAPACITY, filters={"company": "台电"})
