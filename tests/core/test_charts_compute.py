"""Chart numbers from the store as a worker computes them: the rows read, the numbers,
cancellation between chunks."""

from __future__ import annotations

import pytest

from workbench.core.charts.compute import (
    CHART_COLUMNS,
    ChartInputs,
    ChartOptions,
    ChartRequest,
    RowSelection,
    chart_numbers,
    compute_chart,
    read_inputs,
)
from workbench.core.errors import Cancelled
from workbench.core.progress import Progress
from workbench.core.sheets import CAPACITY, CLUSTERS
from workbench.core.sheets.rows import fetch_rows, query_ids

from .. import sheet_fixtures

extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store


@pytest.mark.parametrize(
    ("schema", "charts"),
    [
        (CAPACITY, ("capacity-latest", "capacity")),
        (CLUSTERS, ("clusters-by-country", "clusters-by-domain")),
    ],
)
def test_the_columns_read_give_the_numbers_of_whole_rows(extracted_store, schema, charts):
    conn = extracted_store.conn
    ids = query_ids(conn, schema)
    assert len(ids) > 20
    inputs = read_inputs(extracted_store, schema.name, RowSelection.of(reversed(ids)))
    whole = fetch_rows(conn, schema, ids)
    assert [row["id"] for row in inputs.items] == sorted(ids)
    for row in inputs.items:
        assert row == {key: whole[row["id"]][key] for key in ("id", *CHART_COLUMNS[schema.name])}
    full = ChartInputs(schema.name, None, [whole[i] for i in sorted(ids)], inputs.taught)
    for chart in charts:
        for options in (ChartOptions(), ChartOptions(stacked=True)):
            assert chart_numbers(chart, inputs, options) == chart_numbers(chart, full, options)


def test_a_filter_selects_the_rows_a_sheet_shows(extracted_store):
    selection = RowSelection.of(None, filters={"country": "日本"})
    inputs = read_inputs(extracted_store, "clusters", selection)
    assert len(inputs.items) == 11 and {row["country"] for row in inputs.items} == {"日本"}
    assert RowSelection.of([3, 1, 2]) == RowSelection.of([1, 2, 3])  # a set: order is no change


class CancelAfter(Progress):
    def __init__(self, reports: int) -> None:
        self.left = reports

    def report(self, done: int, total: int, message: str = "") -> None:
        self.left -= 1

    def cancelled(self) -> bool:
        return self.left <= 0


def test_a_computation_stops_between_chunks_when_cancelled(extracted_store, monkeypatch):
    monkeypatch.setattr("workbench.core.charts.compute.READ_CHUNK", 10)
    request = ChartRequest("clusters-by-country", selection=RowSelection())
    with pytest.raises(Cancelled):
        compute_chart(extracted_store.location, request, progress=CancelAfter(2))
    result = compute_chart(extracted_store.location, request)
    assert sum(result.chart.totals()) == len(result.inputs.items) - sum(
        1 for row in result.inputs.items if row["review"] == "rejected"
    )
    # Given what was read, nothing is read again.
    again = compute_chart("/nonexistent/store.sqlite3", request, result.inputs)
    assert again.chart == result.chart
