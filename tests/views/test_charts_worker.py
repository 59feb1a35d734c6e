"""Charts computed on a worker: only the chart on screen, only when the rows it counts
change as a set, stale results dropped; driven through the window as an analyst would.

Computations are counted on the chart source (``computations``, per chart), never timed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from workbench.core.operations import Changes, Table
from workbench.core.sheets.rows import add_row, get_row, update_cell
from workbench.core.sheets.schema import CAPACITY, CLUSTERS
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.charts_panel import ChartsPanel
from workbench.views.main_window import MainWindow

from . import test_charts_panel
from .test_capacity_charts import ROWS, _add_rows
from .test_charts_panel import choose
from .test_sheet_keyboard import press_return, start_editing, type_into_editor

charts = test_charts_panel.charts  # the Charts panel over known rows


@pytest.fixture
def window(seeded_store, tmp_path, qtbot):
    """The window with the Charts panel beside the Sheets (both on screen)."""
    ids = _add_rows(seeded_store.conn, ROWS)
    # A desktop screen: Sheets and Charts tabbed under the Reader.
    settings = WorkbenchSettings(tmp_path / "settings.ini")
    window = MainWindow(Session(seeded_store), settings, available=QRect(0, 0, 1920, 1080))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.splitDockWidget(
        window.docks["Sheets"], window.docks["Charts"], Qt.Orientation.Horizontal
    )
    window.show_panel("Charts")
    panel = window.charts_panel
    qtbot.waitUntil(lambda: panel.isVisible() and window.docks["Sheets"].isVisible())
    qtbot.waitUntil(panel.is_up_to_date)
    return window, ids


def click_header(qtbot, table, key: str) -> None:
    header = table.horizontalHeader()
    column = CAPACITY.index_of(key)
    table.scrollTo(table.model().index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def shown_column(tab, key: str) -> list:
    column = CAPACITY.index_of(key)
    return [tab.model.index(row, column).data() for row in range(tab.model.rowCount())]


def test_sorting_the_sheet_recomputes_no_chart_and_an_edit_redraws_it(window, qtbot):
    window, ids = window
    panel = window.charts_panel
    source = panel.source
    plot = panel.current_plot()
    assert panel.current_chart() == "capacity-latest"
    assert [bar.company for bar in plot.latest.bars] == ["台积电", "安靠", "日月光"]
    computed = dict(source.computations)
    assert computed == {"capacity-latest": 1}  # the chart on screen only, once

    tab = window.sheets_panel.tab("capacity")
    click_header(qtbot, tab.table, "year")
    click_header(qtbot, tab.table, "year")  # the other way
    years = [int(y) for y in shown_column(tab, "year")]
    assert years == sorted(years, reverse=True)
    click_header(qtbot, tab.table, "company")
    assert shown_column(tab, "company")[0] == "台积电"
    qtbot.waitUntil(panel.is_up_to_date)
    assert dict(source.computations) == computed
    assert source.reads["capacity"] == 1

    # An edit in the sheet: the chart on screen is computed again and shows it.
    row = tab.model.row_of(ids["ase_2024"])
    start_editing(qtbot, tab, row, "value_low")
    type_into_editor(qtbot, "200")
    press_return(qtbot, tab)
    qtbot.waitUntil(lambda: plot.latest.bars[0].company == "日月光")
    qtbot.waitUntil(panel.is_up_to_date)
    assert plot.value_labels()[0] == "20 · 2024"  # 200 千片/月 in 万片/月
    assert source.computations["capacity-latest"] == 2
    assert get_row(window.session.store.conn, CAPACITY, ids["ase_2024"])["value_low"] == 200


def test_a_chart_not_on_screen_is_computed_when_shown(charts_panel, qtbot):
    session, panel, ids = charts_panel
    source = panel.source
    assert dict(source.computations) == {"capacity-latest": 1}
    conn = session.store.conn
    update_cell(conn, CLUSTERS, ids[2], "country", "法国")
    session.hub.broadcast(Changes.reloaded(Table.CLUSTERS))
    add_row(
        conn,
        CAPACITY,
        {
            "company": "日月光",
            "product": "CoWoS",
            "value_low": 9.0,
            "unit": "万片/月",
            "year": 2026,
            "status": "actual",
        },
    )
    session.hub.broadcast(Changes.reloaded(Table.CAPACITY))
    qtbot.waitUntil(panel.is_up_to_date)
    # The chart on screen follows the change; the clusters charts wait to be shown.
    assert source.computations == {"capacity-latest": 2}
    assert panel.current_plot().latest.bars[0].company == "日月光"

    choose(qtbot, panel.chart_picker, "Clusters by country")
    assert source.computations["clusters-by-country"] == 1
    assert "法国" in panel.current_plot().chart.categories
    choose(qtbot, panel.chart_picker, "Latest capacity per company")
    assert source.computations["capacity-latest"] == 2  # nothing changed since it was drawn

    # Another view of the same rows is computed again from what was read.
    choose(qtbot, panel.chart_picker, "Clusters by country")
    qtbot.mouseClick(panel.stack_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_up_to_date)
    assert panel.current_plot().chart.stacked_by == "domain"
    assert source.computations["clusters-by-country"] == 2
    assert source.reads["clusters"] == 1


def test_a_result_for_an_older_request_is_dropped(charts_panel, qtbot):
    _session, panel, ids = charts_panel
    source = panel.source
    results = []
    source.chart_computed.connect(lambda generation, result: results.append(result))
    choose(qtbot, panel.chart_picker, "Clusters by country")
    results.clear()
    # Two requests in a row: the rows counted change in between.
    panel.refresh()
    panel.set_visible_rows("clusters", [ids[0], ids[3]])
    panel.refresh()
    qtbot.waitUntil(panel.is_up_to_date)
    assert len(results) == 1
    assert results[0].chart.categories == ("中国", "德国")
    assert panel.current_plot().chart.categories == ("中国", "德国")
    # The same rows in another order are the same set: nothing to compute.
    before = source.computations["clusters-by-country"]
    panel.set_visible_rows("clusters", [ids[3], ids[0]])
    qtbot.waitUntil(panel.is_up_to_date)
    assert source.computations["clusters-by-country"] == before


def test_thousands_of_companies_open_with_a_short_legend(seeded_store, qtbot):
    conn = seeded_store.conn
    conn.execute("DELETE FROM capacity_rows")
    companies = 3_000
    with seeded_store.transaction():
        conn.executemany(
            "INSERT INTO capacity_rows (company, product, value_low, unit, year, status, "
            "review, std_low, std_high, std_unit) VALUES (?, 'CoWoS', ?, '万片/月', ?, "
            "'actual', 'auto', ?, ?, '万片/月')",
            [
                (f"公司{i % companies:04d}", value, 2020 + i % 6, value, value)
                for i, value in ((i, float(i % 97 + 1)) for i in range(2 * companies))
            ],
        )
    panel = ChartsPanel(Session(seeded_store))
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(panel.is_up_to_date)
    latest = panel.current_plot()
    assert len(latest.latest.bars) == 30
    assert "2,970 more not shown" in latest.title_text()

    choose(qtbot, panel.chart_picker, "Capacity over time")
    plot = panel.current_plot()
    labels = plot.legend_labels()
    assert len(labels) == 13  # 12 companies drawn, and one line for the others
    assert labels[-1] == "+ 2,988 other companies (in the company picker)"
    assert panel.company_picker.count() == companies + 1
    # Any company is one pick away.
    choose(qtbot, panel.company_picker, "公司2999")
    assert plot.chart.companies == ("公司2999",)
    assert len(plot.legend_labels()) == 1


@pytest.fixture
def charts_panel(charts):
    session, panel, ids = charts
    return session, panel, ids["clusters"]


def test_the_window_computes_no_chart_until_the_charts_tab_is_brought_forward(
    seeded_store, tmp_path, qtbot
):
    _add_rows(seeded_store.conn, ROWS)
    # A desktop screen: Sheets and Charts tabbed under the Reader.
    settings = WorkbenchSettings(tmp_path / "settings.ini")
    window = MainWindow(Session(seeded_store), settings, available=QRect(0, 0, 1920, 1080))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.charts_panel
    sheet = window.sheets_panel.tab("capacity")
    qtbot.waitUntil(lambda: sheet.table.visibleRegion().isEmpty() is False)
    assert not panel.is_on_screen()  # the Sheets tab is in front
    assert dict(panel.source.computations) == {}

    window.show_panel("Charts")
    qtbot.waitUntil(panel.is_up_to_date)
    assert dict(panel.source.computations) == {"capacity-latest": 1}
    assert [bar.company for bar in panel.current_plot().latest.bars] == ["台积电", "安靠", "日月光"]
