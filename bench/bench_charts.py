"""Chart speed: redraws as ratios to drawing an empty plot, and a 100,000-row sheet of
10,000 companies in the window, as ratios to the old code path in the same run.

A redraw is what happens after a committed change: recompute the chart's numbers
from the store, update the plot items in place (``setData``/``setOpts``) and
paint the plot (``QWidget.grab``).  The baseline is painting an empty PlotWidget
of the same size.

Seed data: the bundled corpus, ingested and run through sheet extraction.
Synthetic: a capacity sheet of 1,000,000 points (8 companies × 125,000) drawn
with downsampling and clip-to-view on, whole and zoomed to one year; a legend of
1,000 entries filled in one pass against pyqtgraph's entry-by-entry ``addItem``.

At scale (``bench_scale_window``): a store whose capacity sheet holds 100,000 rows
of 10,000 companies, opened in the main window with the Charts panel on screen.
For both capacity charts: the computation off the UI thread (request to result),
the longest gap in the UI event loop meanwhile (a 10 ms timer records it), and the
draw (the result put on the plot, then painted); against the old path, which read
every row and computed on the UI thread before drawing.  Then sorting the sheet by
a header click (a new column, and the same column the other way), against the
bare SQL sort of the model in the same run and the old cost of a sort (the SQL sort
plus the chart recomputed on the UI thread).
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
from PySide6.QtCore import QElapsedTimer, QEventLoop, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.core.charts import capacity_chart, latest_capacity
from workbench.core.charts.compute import ChartInputs, chart_numbers
from workbench.core.pipeline import ingest_files
from workbench.core.sheets import CAPACITY
from workbench.core.sheets.rows import fetch_rows, query_ids
from workbench.core.store import Store
from workbench.core.store.entities import company_groups
from workbench.core.vocabulary import CAPACITY_CHART, CHART_CODES, LATEST_CAPACITY_CHART
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.chart_views import (
    CapacityPlot,
    KeyLegend,
    KeySample,
    SeriesArrays,
    series_color,
)
from workbench.views.charts_panel import ChartsPanel
from workbench.views.main_window import MainWindow

SIZE = (1200, 800)
SYNTHETIC_POINTS = 1_000_000
SYNTHETIC_COMPANIES = 8
MANY_COMPANIES = 5_000
ROWS_PER_COMPANY = 20
LEGEND_ENTRIES = 1_000
SCALE_ROWS = 100_000
SCALE_COMPANIES = 10_000
GAP_TICK_MS = 10


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
            # (computed on this thread here, to time it; the window computes on a worker)
            panel.source.forget_read()
            panel.refresh_now()
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


def scale_store(path: Path) -> Store:
    """A capacity sheet of SCALE_ROWS rows of SCALE_COMPANIES companies, written directly."""
    rows = synthetic_rows(SCALE_ROWS, SCALE_COMPANIES, 17)
    keys = [k for k in rows[0] if k not in ("id", "sources")]
    store = Store(path)
    with store.transaction():
        store.conn.executemany(
            f"INSERT INTO capacity_rows ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})",
            [tuple(row[k] for k in keys) for row in rows],
        )
    return store


class GapMeter:
    """The longest gap between two ticks of a 10 ms timer: how long the UI thread was
    held (an idle loop shows about 10 ms)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(GAP_TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        self.longest = max(self.longest, self.clock.elapsed())
        return self.longest


def wait_idle(app: QApplication, panel: ChartsPanel) -> None:
    """Run the event loop (not a busy loop: the worker gets the CPU) until the chart is up."""
    app.processEvents()
    while not panel.is_up_to_date():
        loop = QEventLoop()
        panel.source.idle.connect(loop.quit)
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        panel.source.idle.disconnect(loop.quit)


def click_header(table, column: int) -> None:
    header = table.horizontalHeader()
    table.scrollTo(table.model().index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def bench_scale_window(folder: Path) -> None:
    app = QApplication.instance()
    store = scale_store(folder / "scale.sqlite3")
    session = Session(store)
    start = time.perf_counter()
    window = MainWindow(session, WorkbenchSettings(folder / "settings.ini"))
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start
    panel = window.charts_panel
    source = panel.source
    print(
        f"\n{SCALE_ROWS:,} rows, {SCALE_COMPANIES:,} companies: window open {opened * 1000:.0f} ms "
        f"with the charts behind the Sheets tab ({sum(source.computations.values())} charts "
        "computed)"
    )
    window.show_panel("Charts")
    wait_idle(app, panel)
    meter = GapMeter()
    # The same loop with nothing to do, as long as a computation takes: the machine's share.
    meter.start()
    idle = QEventLoop()
    QTimer.singleShot(3000, idle.quit)
    idle.exec()
    idle_gap = meter.stop()
    print(f"  longest UI gap of an idle event loop over 3 s: {idle_gap} ms")
    for name in (LATEST_CAPACITY_CHART.code, CAPACITY_CHART.code):
        panel.show_chart(name)
        wait_idle(app, panel)
        computes, gaps, draws = [], [], []
        for _ in range(3):
            source.forget_read()
            meter.start()
            begun = time.perf_counter()
            panel.refresh()
            wait_idle(app, panel)
            computes.append(time.perf_counter() - begun)
            gaps.append(meter.stop())
            result = source.compute_now(name, panel._options(name))
            begun = time.perf_counter()
            panel._draw(result)
            panel.current_plot().grab()
            draws.append(time.perf_counter() - begun)
        # The old path: every whole row read and the chart computed on the UI thread.
        begun = time.perf_counter()
        ids = sorted(source.selection("capacity").ids)
        whole = fetch_rows(store.conn, CAPACITY, ids)
        inputs = ChartInputs("capacity", None, [whole[i] for i in ids], company_groups(store.conn))
        old_chart = chart_numbers(name, inputs, panel._options(name))
        old_compute = time.perf_counter() - begun
        compute, gap, draw = min(computes), min(gaps), min(draws)
        print(
            f"  {name:<16} off the UI thread {compute * 1000:7.0f} ms (longest UI gap "
            f"{gap} ms; old path held the UI {old_compute * 1000:.0f} ms, "
            f"{old_compute * 1000 / max(gap, 1):.0f}× the gap); "
            f"draw {draw * 1000:.0f} ms"
        )
        del old_chart
    print(
        f"  (company picker: {panel.company_picker.count():,} entries; legend: "
        f"{len(panel.current_plot().legend_labels())} entries)"
    )

    table = window.sheets_panel.tab("capacity").table
    computed = sum(source.computations.values())
    for key in ("company", "company", "year", "year", "value_low", "site"):
        column = CAPACITY.index_of(key)
        before = table.horizontalHeader().sortIndicatorOrder()
        descending = table.horizontalHeader().sortIndicatorSection() == column and (
            before == Qt.SortOrder.AscendingOrder
        )
        bare = min(
            _timed(
                lambda key=key, d=descending: query_ids(
                    store.conn, CAPACITY, sort=key, descending=d
                )
            )
            for _ in range(3)
        )
        meter.start()
        begun = time.perf_counter()
        click_header(table, column)
        app.processEvents()
        seconds = time.perf_counter() - begun
        gap = meter.stop()
        order = "descending" if descending else "ascending"
        print(
            f"  sort by {key:<10} {order:<10} {seconds * 1000:6.0f} ms in the window "
            f"({seconds / bare:.2f}× the bare SQL sort, {bare * 1000:.0f} ms; "
            f"old: SQL + chart {(bare + old_compute) * 1000:.0f} ms)"
        )
    print(f"  charts computed by the sorts: {sum(source.computations.values()) - computed}")
    window.close()
    store.close()


def _timed(function) -> float:
    begun = time.perf_counter()
    function()
    return time.perf_counter() - begun


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
        finally:
            store.close()
        bench_scale_window(Path(folder))
    bench_legend(baseline)
    bench_synthetic(baseline)
    bench_synthetic_numbers(baseline)
    del app


if __name__ == "__main__":
    main()
