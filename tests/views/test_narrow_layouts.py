"""Panels at laptop size (a 1366 px window): every label stays whole and readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from workbench.core.operations import Changes, Table
from workbench.core.sheets.rows import add_row
from workbench.core.sheets.schema import CAPACITY
from workbench.models.session import Session
from workbench.views.reader_panel import ReaderPanel
from workbench.views.sheets_panel import SEARCH_MIN_WIDTH, SheetsPanel

from .test_charts_panel import CLUSTER_ROWS, charts, choose  # noqa: F401 (fixture)

# The reader's and a bottom dock's width in a 1366 px window with the default layout.
LAPTOP_PANEL_WIDTH = 440


def text_fits(button) -> bool:
    """The button is wide enough for its whole text beside its icon (no "…")."""
    text = QFontMetrics(button.font()).horizontalAdvance(button.text())
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    return button.width() >= text + icon


def test_legend_chips_wrap_instead_of_eliding_in_a_narrow_reader(seeded_store, qtbot):
    panel = ReaderPanel(Session(seeded_store))
    qtbot.addWidget(panel)
    panel.resize(LAPTOP_PANEL_WIDTH, 700)
    panel.show()
    qtbot.waitExposed(panel)
    longest = max(seeded_store.document_ids(), key=lambda i: len(seeded_store.document_text(i)))
    with qtbot.waitSignal(panel.session.document_opened, timeout=5000):
        panel.session.request_document(longest)
    qtbot.waitUntil(lambda: panel.legend.chips["GPE"].text() != "Place 0")
    chips = panel.legend.chips.values()
    for chip in chips:
        assert chip.isVisible()
        assert text_fits(chip), f"{chip.text()!r} is cut at {chip.width()} px"
    assert len({chip.y() for chip in chips}) >= 2  # wrapped, not squeezed
    assert panel.legend.geometry().right() <= panel.raw_toggle.geometry().left()
    # The chips still work as toggles after wrapping.
    qtbot.mouseClick(panel.legend.chips["GPE"], Qt.MouseButton.LeftButton)
    assert panel.legend.hidden_types() == {"GPE"}


def test_every_country_bar_keeps_its_name_in_a_short_panel(charts, qtbot):  # noqa: F811
    _session, panel, _ids = charts
    panel.resize(LAPTOP_PANEL_WIDTH, 220)
    choose(qtbot, panel.chart_picker, "Clusters by country")
    plot = panel.current_plot()
    qtbot.waitUntil(lambda: plot.chart is not None)
    countries = list(plot.chart.categories)
    assert 1 < len(countries) <= 25
    axis = plot.getPlotItem().getAxis("left")
    low, high = plot.view_box.viewRange()[1]
    assert low <= 0 and high >= len(countries) - 1  # every bar in view
    ticks = axis.tickValues(low, high, axis.height())
    values = [value for _spacing, level in ticks for value in level]
    names = axis.tickStrings(values, 1, 1)
    assert sorted(name for name in names if name) == sorted(countries)
    # The rows stay tall enough to read; the panel scrolls instead of squeezing them.
    assert plot.view_box.height() >= len(countries) * axis.row_pixels() - 1
    assert panel.scroller.verticalScrollBar().maximum() > 0


def test_capacity_legend_sits_beside_the_plot_and_names_missing_companies(charts, qtbot):  # noqa: F811
    session, panel, _ids = charts
    values = {"product": "CoWoS", "value_low": 2.0, "unit": "萬片/月", "year": 2026}
    values |= {"period": "per month", "status": "planned"}
    add_row(session.store.conn, CAPACITY, values, review="auto")
    session.hub.broadcast(Changes.reloaded(Table.CAPACITY, Table.CLUSTERS))
    choose(qtbot, panel.chart_picker, "Capacity")
    qtbot.waitUntil(lambda: "company not stated" in panel.current_plot().legend_labels())
    plot = panel.current_plot()
    labels = plot.legend_labels()
    assert not any("(not stated)" in label for label in labels)
    assert {"台積電", "日月光", "actual", "planned"} <= set(labels)
    plot.show()
    qtbot.waitUntil(lambda: plot._legend.sceneBoundingRect().left() > 0)  # laid out
    legend = plot._legend.sceneBoundingRect()
    # Beside the plot: at most the shared border pixel in common.
    assert legend.left() >= plot.view_box.sceneBoundingRect().right() - 1
    assert plot.viewport().rect().contains(plot.mapFromScene(legend).boundingRect())


def test_sheet_filter_box_keeps_its_width_when_the_dock_is_narrow(seeded_store, qtbot):
    panel = SheetsPanel(Session(seeded_store))
    qtbot.addWidget(panel)
    panel.resize(LAPTOP_PANEL_WIDTH, 300)
    panel.show()
    qtbot.waitExposed(panel)
    tab = panel.tab("capacity")
    qtbot.waitUntil(lambda: tab.search.width() >= SEARCH_MIN_WIDTH)
    for button in (tab.add_button, tab.confirm_button, tab.export_button):
        assert button.isVisible() and text_fits(button)
        assert button.geometry().bottom() < tab.table.y()
    qtbot.keyClicks(tab.search, "TSMC")  # QTest types Latin only; CJK comes from an IME
    assert tab.search.text() == "TSMC"
    panel.resize(1000, 300)
    qtbot.waitUntil(lambda: tab.search.width() > SEARCH_MIN_WIDTH)
