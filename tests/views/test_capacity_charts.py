"""The capacity charts in the window: latest capacity per company as bars, a company over time.

Driven with the mouse; what the sheet then selects is read back from the Sheets panel,
and what the charts write (company names, figures, notes) from the plots.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from workbench.core.sheets.rows import add_row
from workbench.core.sheets.schema import CAPACITY
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.chart_views import STATUS_COLORS, CapacityPlot, LatestCapacityPlot
from workbench.views.charts_panel import ChartsPanel
from workbench.views.main_window import MainWindow

from .test_charts_panel import SOURCE_DOCUMENT, choose, viewport_point

# (company, as written, product, low, high, unit, year, status, measure, scope)
ROWS = {
    "tsmc_2023": ("台积电", "台積電", "CoWoS", 1.3, None, "萬片/月", 2023, "actual", "", ""),
    "tsmc_2024": ("台积电", "TSMC", "CoWoS", 35, None, "kwpm", 2024, "actual", "", ""),
    "tsmc_2025": ("台积电", "台積電", "CoWoS", 7, 8, "萬片/月", 2025, "planned", "", ""),
    "ase_2024": ("日月光", "日月光", "CoWoS", 5, None, "千片/月", 2024, "actual", "", ""),
    "amkor_2025": ("安靠", "Amkor", "CoWoS", 1, None, "万片/月", 2025, "forecast", "", ""),
    "market": ("", "", "CoWoS", 12, None, "万片/月", 2025, "forecast", "", "market"),
    "tsmc_added": (
        "台积电",
        "台積電",
        "CoWoS",
        2,
        None,
        "萬片/月",
        2025,
        "planned",
        "addition",
        "",
    ),
}


def _add_rows(conn, rows) -> dict[str, int]:
    conn.execute("DELETE FROM capacity_rows")
    ids = {}
    for index, (name, values) in enumerate(rows.items()):
        company, written, product, low, high, unit, year, status, measure, scope = values
        row = {
            "company": company,
            "company_written": written,
            "product": product,
            "value_low": low,
            "value_high": high,
            "unit": unit,
            "period": "per month",
            "year": year,
            "status": status,
            "measure": measure or "level",
            "scope": scope or "company",
        }
        source = (SOURCE_DOCUMENT, 100 + index * 10, 106 + index * 10)
        ids[name] = add_row(conn, CAPACITY, row, review="auto", source=source)
    return ids


@pytest.fixture
def window(seeded_store, tmp_path, qtbot):
    ids = _add_rows(seeded_store.conn, ROWS)
    # A desktop screen: the charts sit under the Reader, wide enough for one-line titles.
    desktop = QRect(0, 0, 1920, 1080)
    settings = WorkbenchSettings(tmp_path / "settings.ini")
    window = MainWindow(Session(seeded_store), settings, available=desktop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_panel("Charts")
    return window, ids


def selected_sheet_rows(window) -> set[int]:
    tab = window.sheets_panel.tab("capacity")
    return {tab.model.row_id(index.row()) for index in tab.table.selectionModel().selectedRows()}


def picker_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def click_bar(qtbot, plot, category: int, double: bool = False) -> None:
    # The bar's own series: each bar is in the series of its status.
    segment = next(s for s in plot._segments if s.category == category)
    position = viewport_point(plot, plot.segment_center(category, segment.series))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=position)
    if double:  # as a platform sends it: the second press comes as a double-click
        qtbot.mouseDClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_latest_capacity_bars_select_their_rows_in_the_sheet(window, qtbot):
    window, ids = window
    panel = window.charts_panel
    choose(qtbot, panel.chart_picker, "Latest capacity per company")
    plot = panel.current_plot()
    assert isinstance(plot, LatestCapacityPlot)
    # Company figures only: the market's figure has no bar (and no group) here.
    assert picker_items(panel.group_picker) == [
        "CoWoS · 万片/月 (5)",  # 萬片/月, kwpm, 千片/月 and 万片/月: one unit
        "CoWoS · 万片/月 · addition (1)",
    ]
    assert not panel.company_picker.isVisible() and panel.over_time_button.isVisible()
    # Sorted bars, each company's latest figure written after it.
    assert plot.category_labels() == ["台积电", "安靠", "日月光"]
    assert plot.value_labels() == ["7–8 · 2025", "1 · 2025", "0.5 · 2024"]
    lines = plot.title_text().splitlines()
    assert lines[0] == "Latest capacity per company: CoWoS · 万片/月"
    # the note, and the colours' key after it (wrapped at spaces to the plot's width)
    assert " ".join(" ".join(lines[1:]).split()) == (
        "1 market or total figure and 1 capacity addition charted separately"
        " ■ actual ■ planned ■ forecast"
    )
    colours = [bar.opts["brush"].color().name() for bar in plot._bars if bar.isVisible()]
    assert colours == [STATUS_COLORS[s] for s in ("actual", "planned", "forecast")]

    # Hover tells the figure, its year, status and sources; a click selects its rows.
    tsmc = viewport_point(plot, plot.segment_center(0, 1))
    qtbot.mouseMove(plot.viewport(), tsmc)
    expected = "台积电, 2025: 7–8 万片/月 (planned; 1 source; written 台積電)"
    qtbot.waitUntil(lambda: panel.hover_label.text() == expected)
    with qtbot.waitSignal(panel.rows_selected):
        click_bar(qtbot, plot, 0)
    assert selected_sheet_rows(window) == {ids["tsmc_2025"]}
    assert window.sheets_panel.tabs.currentWidget() is window.sheets_panel.tab("capacity")
    assert window.docks["Charts"].isVisible()  # the chart stays in view
    assert panel.hover_label.text() == expected

    click_bar(qtbot, plot, 2)
    assert selected_sheet_rows(window) == {ids["ase_2024"]}


def test_a_bar_leads_to_its_company_over_time(window, qtbot):
    window, ids = window
    panel = window.charts_panel
    choose(qtbot, panel.chart_picker, "Latest capacity per company")
    plot = panel.current_plot()
    assert not panel.over_time_button.isEnabled()
    click_bar(qtbot, plot, 0)
    assert panel.over_time_button.isEnabled()
    qtbot.mouseClick(panel.over_time_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_up_to_date)

    assert panel.chart_picker.currentText() == "Capacity over time"
    over_time = panel.current_plot()
    assert isinstance(over_time, CapacityPlot)
    assert panel.company_picker.isVisible()
    assert panel.company_picker.currentText() == "台积电 (3)"
    assert panel.group_picker.currentText() == "CoWoS · 万片/月 (5)"
    assert over_time.chart.companies == ("台积电",)
    drawn = {i for point in over_time.chart.points() for i in point.row_ids}
    assert drawn == {ids["tsmc_2023"], ids["tsmc_2024"], ids["tsmc_2025"]}
    assert over_time.title_text().splitlines()[0] == "Capacity: CoWoS · 万片/月 — 台积电"
    assert "台积电" in over_time.legend_labels()

    # Every company again from the picker; the market has its own group in this chart.
    choose(qtbot, panel.company_picker, "All companies")
    assert over_time.chart.companies == ("台积电", "安靠", "日月光")
    assert "CoWoS · 万片/月 · market & totals (1)" in picker_items(panel.group_picker)
    choose(qtbot, panel.group_picker, "CoWoS · 万片/月 · market & totals")
    assert over_time.chart.companies == ("(market)",)
    assert [p.row_ids for p in over_time.chart.points()] == [(ids["market"],)]


def test_double_clicking_a_bar_shows_the_company_over_time(window, qtbot):
    window, _ids = window
    panel = window.charts_panel
    choose(qtbot, panel.chart_picker, "Latest capacity per company")
    plot = panel.current_plot()
    click_bar(qtbot, plot, 2, double=True)
    assert panel.current_chart() == "capacity"
    qtbot.waitUntil(panel.is_up_to_date)
    assert panel.current_plot().chart.companies == ("日月光",)


def test_many_companies_show_the_top_ones_each_named(seeded_store, qtbot):
    rows = {
        f"c{i}": (
            f"公司{i:02d}",
            f"公司{i:02d}",
            "CoWoS",
            i,
            None,
            "万片/月",
            2024,
            "actual",
            "",
            "",
        )
        for i in range(1, 36)
    }
    _add_rows(seeded_store.conn, rows)
    panel = ChartsPanel(Session(seeded_store))
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    choose(qtbot, panel.chart_picker, "Latest capacity per company")
    plot = panel.current_plot()
    axis = plot.getPlotItem().getAxis("left")
    # Every bar keeps a legible row: the panel scrolls instead of squeezing them.
    qtbot.waitUntil(lambda: plot.view_box.height() >= 30 * axis.row_pixels() - 1)
    assert panel.scroller.verticalScrollBar().maximum() > 0
    names = plot.category_labels()
    assert len(names) == 30 and names[0] == "公司35" and names[-1] == "公司06"
    assert " ".join(plot.title_text().split()) == (
        "Latest capacity per company: CoWoS · 万片/月 5 more not shown ■ actual"
    )
