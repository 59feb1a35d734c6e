"""Chart redraw speed, as ratios to drawing an empty plot in the same run.

A redraw is what happens after a committed change: recompute the chart's numbers
from the store, update the plot items in place (``setData``/``setOpts``) and
paint the plot (``QWidget.grab``).  The baseline is painting an empty PlotWidget
of the same size.

Seed data: the bundled corpus, ingested and run through sheet extraction.
Synthetic: a capacity sheet of 1,000,000 points (8 companies × 125,000) drawn
with downsampling and clip-to-view on, whole and zoomed to one year; and a sheet
of 5,000 companies (100,000 rows) through the Charts panel's two capacity views,
the latest figure per company (top 30 bars) and capacity over time (12 lines, a
company picker of 5,000), with the legend filled in one pass against pyqtgraph's
entry-by-entry ``addItem``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from workbench.core.charts import capacity_chart, latest_capacity
from workbench.core.pipeline import ingest_files
from workbench.core.store import Store
from workbench.core.vocabulary import CAPACITY_CHART, CHART_CODES, LATEST_CAPACITY_CHART
from workbench.models.session import Session
from workbench.views.chart_views import (
    CapacityPlot,
    KeyLegend,
    KeySample,
    SeriesArrays,
    series_color,
)
from workbench.views.charts_panel import ChartsPanel

SIZE = (1200, 800)
SYNTHETIC_POINTS = 1_000_000
SYNTHETIC_COMPANIES = 8
MANY_COMPANIES = 5_000
ROWS_PER_COMPANY = 20
LEGEND_ENTRIES = 1_000


def best_of(function, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return min(times)


def empty_plot_baseline() -> float:
    plot = pg.PlotWidget(background="w")
    plot.resize(*SIZE)
    plot.show()
    QApplication.processEvents()

    def draw():
        plot.getPlotItem().update()
        plot.grab()

    try:
        return best_of(draw, 15)
    finally:
        plot.close()


def seed_store(folder: Path) -> Store:
    store = Store(folder / "seeds.sqlite3")
    ingest_files(store)
    try:
        from workbench.core.pipeline import extract_all
    except ImportError:  # sheets not built yet: the sheet charts draw empty
        return store
    extract_all(store)
    return store


def bench_seed_charts(store: Store, baseline: float) -> None:
    session = Session(store)
    panel = ChartsPanel(session)
    panel.resize(*SIZE)
    panel.show()
    QApplication.processEvents()
    print(f"empty plot (baseline)           {baseline * 1000:8.2f} ms")
    for name in CHART_CODES:
        panel.show_chart(name)
        QApplication.processEvents()
        plot = panel.current_plot()

        def redraw(plot=plot):
            # what a committed change costs: fresh rows from the store, new numbers, repaint
            panel.source._cache.clear()
            panel.refresh()
            plot.grab()

        seconds = best_of(redraw)
        print(f"{name:<30}  {seconds * 1000:8.2f} ms  {seconds / baseline:6.1f}× empty")
    panel.close()


def synthetic_series() -> list[SeriesArrays]:
    rng = np.random.default_rng(7)
    per_company = SYNTHETIC_POINTS // SYNTHETIC_COMPANIES
    x = np.linspace(2000.0, 2030.0, per_company)
    out = []
    for index in range(SYNTHETIC_COMPANIES):
        y = 50 + index * 20 + np.cumsum(rng.normal(0, 0.05, per_company))
        out.append(SeriesArrays(f"company {index}", series_color(index), "actual", x, y))
    return out


def bench_synthetic(baseline: float) -> None:
    plot = CapacityPlot()
    plot.resize(*SIZE)
    plot.show()
    QApplication.processEvents()
    series = synthetic_series()

    def redraw_whole():
        plot.draw_arrays(series)
        plot.view_box.setRange(xRange=(2000, 2030), yRange=(0, 300), padding=0)
        plot.grab()

    def redraw_zoomed():
        plot.draw_arrays(series)
        plot.view_box.setRange(xRange=(2015, 2016), yRange=(0, 300), padding=0)
        plot.grab()

    whole = best_of(redraw_whole, 3)
    zoomed = best_of(redraw_zoomed, 3)
    print(f"1,000,000 points, whole range   {whole * 1000:8.2f} ms  {whole / baseline:6.1f}× empty")
    print(
        f"1,000,000 points, one year      {zoomed * 1000:8.2f} ms  {zoomed / baseline:6.1f}× empty"
    )
    plot.close()


def synthetic_rows(count: int, companies: int, seed: int) -> list[dict]:
    """Capacity rows as the sheet stores them (the figure also in its canonical unit)."""
    rng = np.random.default_rng(seed)
    years = rng.integers(2000, 2031, count)
    values = rng.uniform(1, 100, count).round(1)
    statuses = ("actual", "actual", "planned", "forecast")
    return [
        {
            "id": i,
            "company": f"company {i % companies}",
            "company_written": f"Company {i % companies}",
            "product": "CoWoS",
            "value_low": float(values[i]),
            "value_high": None,
            "unit": "萬片/月",
            "period": "per month",
            "year": int(years[i]),
            "status": statuses[i % len(statuses)],
            "measure": "level",
            "scope": "company",
            "std_low": float(values[i]),
            "std_high": float(values[i]),
            "std_unit": "万片/月",
            "unit_qualifier": "",
            "sources": 1,
            "review": "auto",
        }
        for i in range(count)
    ]


def bench_synthetic_numbers(baseline: float) -> None:
    """The Qt-free step for the same sheet size: rows in, chart numbers out."""
    rows = synthetic_rows(SYNTHETIC_POINTS, SYNTHETIC_COMPANIES, 11)
    start = time.perf_counter()
    chart = capacity_chart(rows)
    seconds = time.perf_counter() - start
    print(
        f"1,000,000 rows → chart numbers  {seconds * 1000:8.2f} ms  "
        f"{seconds / baseline:6.1f}× empty  ({len(chart.points()):,} points after merging)"
    )
    start = time.perf_counter()
    latest = latest_capacity(rows)
    seconds = time.perf_counter() - start
    print(
        f"1,000,000 rows → latest bars    {seconds * 1000:8.2f} ms  "
        f"{seconds / baseline:6.1f}× empty  ({len(latest.bars)} bars)"
    )


def bench_many_companies(store: Store, baseline: float) -> None:
    """Both capacity views through the Charts panel on 5,000 companies' rows."""
    rows = synthetic_rows(MANY_COMPANIES * ROWS_PER_COMPANY, MANY_COMPANIES, 13)
    session = Session(store)
    panel = ChartsPanel(session)
    panel.resize(*SIZE)
    panel.show()
    QApplication.processEvents()
    label = f"{MANY_COMPANIES:,} companies"
    for name in (LATEST_CAPACITY_CHART.code, CAPACITY_CHART.code):
        panel.source._cache["capacity"] = rows  # the sheet's rows, as if read from the store
        panel.show_chart(name)
        QApplication.processEvents()
        plot = panel.current_plot()

        def redraw(plot=plot):
            # new numbers, pickers, legend and axes, then paint (no SQL: rows are cached)
            panel.refresh()
            plot.grab()

        seconds = best_of(redraw, 5)
        print(f"{label}, {name:<19} {seconds * 1000:8.2f} ms  {seconds / baseline:6.1f}× empty")
    print(f"  (company picker: {panel.company_picker.count():,} entries)")
    panel.close()


def bench_legend(baseline: float) -> None:
    """Filling a legend of 1,000 entries: in one pass vs. pyqtgraph's addItem per entry."""
    samples = [pg.PlotDataItem([0.0], [0.0], pen=series_color(i)) for i in range(LEGEND_ENTRIES)]
    names = [f"company {i}" for i in range(LEGEND_ENTRIES)]

    def one_pass():
        legend = KeyLegend(sampleType=KeySample)
        legend.set_entries(list(zip(samples, names, strict=True)))

    def per_entry():
        legend = pg.LegendItem(sampleType=KeySample)
        for sample, name in zip(samples, names, strict=True):
            legend.addItem(sample, name)

    fast = best_of(one_pass, 3)
    slow = best_of(per_entry, 3)
    print(
        f"legend of {LEGEND_ENTRIES:,}, one pass       {fast * 1000:8.2f} ms  "
        f"{fast / baseline:6.1f}× empty  (addItem each: {slow * 1000:.0f} ms, "
        f"{slow / fast:.1f}× one pass)"
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    baseline = empty_plot_baseline()
    with tempfile.TemporaryDirectory() as folder:
        store = seed_store(Path(folder))
        try:
            bench_seed_charts(store, baseline)
            bench_many_companies(store, baseline)
        finally:
            store.close()
    bench_legend(baseline)
    bench_synthetic(baseline)
    bench_synthetic_numbers(baseline)
    del app


if __name__ == "__main__":
    main()
