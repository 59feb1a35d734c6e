"""The chart source: computations on a worker, cancelled or dropped when a newer
request makes them stale, and what they read reused while it is fresh."""

from __future__ import annotations

import threading

import pytest

from workbench.core.charts import compute
from workbench.core.charts.compute import ChartOptions
from workbench.core.sheets.rows import add_row
from workbench.core.sheets.schema import CLUSTERS
from workbench.models.chart_source import ChartSource
from workbench.models.session import Session

COUNTRIES = ("中国", "德国", "德国", "美国")


@pytest.fixture
def source(seeded_store, qtbot):
    conn = seeded_store.conn
    conn.execute("DELETE FROM cluster_rows")
    ids = [
        add_row(conn, CLUSTERS, {"name": f"集群{i}", "country": country, "domain": "汽车"})
        for i, country in enumerate(COUNTRIES)
    ]
    session = Session(seeded_store)
    source = ChartSource(session)
    yield source, ids
    source.stop()
    source.deleteLater()
    session.deleteLater()


@pytest.fixture
def held_reads(monkeypatch):
    """Reads that wait, once started, until the test lets them go on."""
    started, go_on = threading.Event(), threading.Event()
    read = compute.read_inputs

    def waiting_read(store, data, selection, progress=None):
        started.set()
        assert go_on.wait(10)
        return read(store, data, selection, progress)

    monkeypatch.setattr(compute, "read_inputs", waiting_read)
    return started, go_on


def results_of(source) -> list:
    seen = []
    source.chart_computed.connect(lambda generation, result: seen.append((generation, result)))
    return seen


def test_a_read_of_rows_no_longer_counted_is_cancelled(source, held_reads, qtbot):
    source, ids = source
    started, go_on = held_reads
    seen = results_of(source)
    cancelled = []
    source.request_chart("clusters-by-country")
    qtbot.waitUntil(started.is_set)
    source._slot.task.was_cancelled.connect(lambda: cancelled.append(True))
    source.set_visible_rows("clusters", ids[:2])
    newest = source.request_chart("clusters-by-country")
    go_on.set()
    qtbot.waitUntil(lambda: not source.busy)
    assert cancelled == [True]
    assert [(g, r.chart.categories) for g, r in seen] == [(newest, ("中国", "德国"))]
    assert source.reads["clusters"] == 2


def test_another_view_of_the_rows_being_read_waits_for_them(source, held_reads, qtbot):
    source, _ids = source
    started, go_on = held_reads
    seen = results_of(source)
    source.request_chart("clusters-by-country")
    qtbot.waitUntil(started.is_set)
    newest = source.request_chart("clusters-by-country", ChartOptions(stacked=True))
    go_on.set()
    qtbot.waitUntil(lambda: not source.busy)
    # The first computation finished (its result dropped); its rows served the second.
    assert [(g, r.chart.stacked_by) for g, r in seen] == [(newest, "domain")]
    assert source.computations["clusters-by-country"] == 2
    assert source.reads["clusters"] == 1
    assert seen[0][1].chart.totals() == (2.0, 1.0, 1.0)
