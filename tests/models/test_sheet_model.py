"""The sheet table model: checked by qtmodeltester, sorted and filtered in SQL, validating."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.postgres_server import seeded_team_database
from workbench.core.sheets import CAPACITY, CLUSTERS, get_row
from workbench.core.sheets.rows import query_ids
from workbench.models.session import Session
from workbench.models.sheet_model import SheetModel

from .. import sheet_fixtures

__all__ = ["seeded_team_database"]  # a fixture

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
extracted_store = sheet_fixtures.extracted_store


@pytest.fixture
def session(qapp, extracted_store):
    session = Session(extracted_store)
    yield session
    session.deleteLater()


def _column(schema, key):
    return schema.index_of(key)


def test_models_pass_the_model_tester(qtmodeltester, session):
    for schema in (CAPACITY, CLUSTERS):
        model = SheetModel(session, schema)
        qtmodeltester.check(model)
        model.sort(
            _column(schema, "country" if schema is CLUSTERS else "year"),
            Qt.SortOrder.DescendingOrder,
        )
        qtmodeltester.check(model)
        model.set_search("中国")
        qtmodeltester.check(model)


def test_rows_are_fetched_lazily_and_counted(session):
    model = SheetModel(session, CLUSTERS)
    assert model.total_count() == model.filtered_count() >= 150
    model.set_column_filter("country", "日本")
    assert model.rowCount() == model.filtered_count() == 11
    model.set_column_filter("country", "")
    model.set_search("新加坡")
    assert model.filtered_count() == 6


def test_sort_by_any_column(session):
    model = SheetModel(session, CAPACITY)
    column = _column(CAPACITY, "value_low")
    model.sort(column, Qt.SortOrder.DescendingOrder)
    shown = [model.record(r)["value_low"] for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True)


def test_the_other_direction_of_a_sort_is_the_order_sql_gives(session, qtbot):
    """Clicking a sorted column again reverses the ids instead of sorting again: the
    same order as a fresh query, with empty cells last both ways."""
    conn = session.store.conn
    model = SheetModel(session, CAPACITY)
    model.set_search("万")
    changed = []
    model.rows_changed.connect(lambda: changed.append(True))
    for key in ("value_high", "company", "site", "year"):
        empty = conn.execute(
            f"SELECT count(*) FROM capacity_rows WHERE coalesce({key}, '') = ''"
        ).fetchone()[0]
        assert key == "year" or empty > 0  # the reversal must keep these last
        column = _column(CAPACITY, key)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2:
            model.sort(column, order)
            descending = order == Qt.SortOrder.DescendingOrder
            fresh = query_ids(conn, CAPACITY, sort=key, descending=descending, search="万")
            assert model.row_ids() == fresh
    assert changed == []  # a sort shows the same rows: nothing to count again

    # After an edit the rows stay where they were; sorting again sorts anew.
    year = _column(CAPACITY, "year")
    model.sort(year, Qt.SortOrder.AscendingOrder)
    first = model.row_id(0)
    with qtbot.waitSignal(session.hub.changed):
        assert model.setData(model.index(0, year), "2099")
    assert model.row_id(0) == first
    model.sort(year, Qt.SortOrder.AscendingOrder)
    assert model.row_id(0) != first
    assert model.row_ids() == query_ids(conn, CAPACITY, sort="year", search="万")
    assert get_row(conn, CAPACITY, first)["year"] == 2099


def test_set_data_commits_or_refuses_with_a_reason(session, qtbot):
    model = SheetModel(session, CAPACITY)
    index = model.index(0, _column(CAPACITY, "year"))
    row_id = model.row_id(0)
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(index, "next year")
    assert "not a year" in refused.args[0]
    with qtbot.waitSignal(session.hub.changed):
        assert model.setData(index, "2027")
    stored = get_row(session.store.conn, CAPACITY, row_id)
    assert stored["year"] == 2027 and stored["review"] == "edited"
    session.undo_stack.undo()
    assert get_row(session.store.conn, CAPACITY, row_id)["review"] == "auto"


@pytest.fixture
def read_in_two_steps(monkeypatch):
    from workbench.models import sheet_model

    monkeypatch.setattr(sheet_model, "FIRST_READ_ROWS", 10)
    monkeypatch.setattr(sheet_model, "BATCH", 5)


def test_a_large_sheet_shows_its_first_page_then_gets_the_rest_from_a_thread(
    qtbot, qtmodeltester, session, read_in_two_steps
):
    model = SheetModel(session, CLUSTERS)
    every = query_ids(session.store.conn, CLUSTERS)
    assert model.reading_rows and model.rowCount() == 5
    assert [model.row_id(r) for r in range(5)] == every[:5]
    assert model.filtered_count() == model.total_count() == len(every)
    with qtbot.waitSignal(model.rows_changed, timeout=30_000):
        model.read_rest()
    model.rest_reader.join()
    assert not model.reading_rows and model.row_ids() == every
    assert model.rowCount() == 5 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert [model.row_id(r) for r in range(10)] == every[:10]
    qtmodeltester.check(model)


def test_a_change_before_the_rest_has_come_reads_it_at_once(qtbot, session, read_in_two_steps):
    model = SheetModel(session, CLUSTERS)
    assert model.reading_rows
    model.read_rest()
    new_id = model.add_row({"name": "新加坡裕廊岛化工集群"})
    assert not model.reading_rows  # read on this thread, the thread's read left unused
    model.rest_reader.join()
    QCoreApplication.processEvents()  # the thread's ids, queued, are dropped
    assert model.row_ids() == query_ids(session.store.conn, CLUSTERS)
    assert new_id in model.row_ids()


def test_a_sort_before_the_rest_has_come_sorts_every_row(session, read_in_two_steps):
    model = SheetModel(session, CLUSTERS)
    model.read_rest()
    column = _column(CLUSTERS, "country")
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert not model.reading_rows
    model.rest_reader.join()
    assert model.row_ids() == query_ids(
        session.store.conn, CLUSTERS, sort="country", descending=True
    )


def test_a_team_stores_large_sheet_gets_its_rest_from_a_thread_too(
    qtbot, read_in_two_steps, seeded_team_database
):
    from tests.postgres_server import fresh_database, server_url
    from workbench.core.store import Store

    with fresh_database(server_url(), template=seeded_team_database) as url:
        store = Store(url)
        try:
            model = SheetModel(Session(store), CLUSTERS)
            every = query_ids(store.conn, CLUSTERS)
            assert model.reading_rows and model.rowCount() == 5
            with qtbot.waitSignal(model.rows_changed, timeout=30_000):
                model.read_rest()
            model.rest_reader.join()
            assert not model.reading_rows and model.row_ids() == every
        finally:
            store.close()
