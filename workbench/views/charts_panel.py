"""The Charts panel: pick a chart, hover for exact values, click to select the rows behind it.

Capacity and cluster charts count the rows their sheet shows under its current
filter (the window passes the sheet's visible rows on with
:meth:`ChartsPanel.set_visible_rows`, or its filter with :meth:`ChartsPanel.set_sheet_filter`);
the corpus charts count entity mentions and documents.

Only the chart on screen is computed, on a worker (see ``models/chart_source.py``),
and only when what it counts changed: a committed change that concerns it, another
set of rows (never another order of the same rows: sorting a sheet recomputes
nothing) or another option.  A chart that is not on screen is computed when shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.charts.bars import NOT_STATED, OTHER
from ..core.charts.compute import ALL_TYPES_PER_TYPE, ChartOptions, ChartResult
from ..core.errors import WorkbenchError, said
from ..core.translatable import QT_TRANSLATE_NOOP
from ..core.vocabulary import (
    CAPACITY_CHART,
    CAPACITY_SHEET,
    CHART_CODES,
    CHARTS,
    CLUSTERS_BY_COUNTRY_CHART,
    DOCUMENTS_BY_DATE_CHART,
    DOCUMENTS_DATA,
    ENTITIES_CHART,
    ENTITIES_DATA,
    ENTITY_TYPES,
    LATEST_CAPACITY_CHART,
)
from ..models.chart_source import ChartSource
from ..models.company_choices import CompanyChoices
from ..models.labels import qt_translate, type_label, vocabulary_label
from ..models.session import Session
from .entity_colors import strong_color
from .flow_layout import FlowLayout

if TYPE_CHECKING:
    from .chart_views import ChartPlot, Pick

SINGLE_SERIES_COLOR = "#0072b2"
UNNAMED_SERIES_COLOR = "#b0b0b0"
GROUP_PICKER_MAX_WIDTH = 220  # beside the chart picker in a narrow dock
COMPANY_PICKER_CHARS = 14  # the picker's width in characters: a store may hold thousands
ALL_COMPANIES = QT_TRANSLATE_NOOP("ChartsPanel", "All companies")
MIN_CHART_HEIGHT = 120  # below this a title, an axis and the bars do not fit together
HOVER_HINT = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Hover over a bar or point for its exact values; click it to select its rows."
)
LATEST_HINT = QT_TRANSLATE_NOOP(
    "ChartsPanel",
    "Hover over a bar for its figure; click it to select its rows; "
    "double-click it for the company over time.",
)


def load_plot_widgets() -> None:
    """Import the plot widgets (pyqtgraph, numpy: a few tenths of a second).

    Safe on a thread of its own, which the window runs once it is painted, so the
    first chart brought forward does not wait for them on the UI thread: importing
    makes Qt classes and value objects (colours, paths), no widget or QObject.
    """
    from . import chart_views  # noqa: F401


class ChartsPanel(QWidget):
    # sheet kind ("capacity", "clusters", or "documents" for the date chart), row ids
    rows_selected = Signal(str, list)
    chart_drawn = Signal(str)  # a chart code: its new numbers are on screen

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ChartsPanel")
        self._session = session
        self.source = ChartSource(session, self)
        self._plots: dict[str, ChartPlot] = {}
        self._dirty: set[str] = set(CHART_CODES)
        self._selection: tuple[str, Pick] | None = None
        self._source_cursor = 0
        self._wanted_company: str | None = None  # asked for from a bar, drawn on next refresh
        self._generation = 0  # of the newest computation asked for; older results are dropped
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # coalesce a burst of changes into one redraw
        self._refresh_timer.timeout.connect(self._refresh_if_shown)
        self._build()
        self.source.stale.connect(self._on_stale)
        self.source.chart_computed.connect(self._on_computed)
        self.source.computation_failed.connect(self._on_computation_failed)
        self.show_chart(CHART_CODES[0])

    # -- construction ----------------------------------------------------------

    def _build(self) -> None:
        self.chart_picker = QComboBox()
        self.chart_picker.setObjectName("chartPicker")
        for chart in CHARTS:
            self.chart_picker.addItem(vocabulary_label(chart.label), chart.code)
        self.chart_picker.currentIndexChanged.connect(
            lambda _i: self.show_chart(self.chart_picker.currentData())
        )

        self.group_picker = QComboBox()
        self.group_picker.setObjectName("capacityGroupPicker")
        self.group_picker.setToolTip(self.tr("Figures of one product and unit share one axis"))
        # Long product and unit names are cut (the list shows them whole).
        self.group_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_picker.setMaximumWidth(GROUP_PICKER_MAX_WIDTH)
        self.group_picker.currentIndexChanged.connect(lambda _i: self._redraw_option())

        # One company's capacity over time; its model takes the chart's choices in one reset.
        self.company_picker = QComboBox()
        self.company_picker.setObjectName("capacityCompanyPicker")
        self.company_picker.setToolTip(self.tr("Draw one company's capacity over time"))
        self._companies = CompanyChoices(self.tr(ALL_COMPANIES), self.company_picker)
        self.company_picker.setModel(self._companies)
        self.company_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.company_picker.setMinimumContentsLength(COMPANY_PICKER_CHARS)
        self.company_picker.currentIndexChanged.connect(lambda _i: self._company_picked())

        self.over_time_button = QPushButton(self.tr("Show over time"))
        self.over_time_button.setObjectName("overTimeButton")
        self.over_time_button.setToolTip(
            self.tr("The selected company's capacity over time (or double-click its bar)")
        )
        self.over_time_button.setEnabled(False)
        self.over_time_button.clicked.connect(self._show_selected_over_time)

        self.stack_check = QCheckBox(self.tr("Stack by domain"))
        self.stack_check.toggled.connect(lambda _on: self._redraw_option())

        self.type_picker = QComboBox()
        self.type_picker.setObjectName("entityTypePicker")
        self.type_picker.addItem(
            self.tr("All types (top {n} each)").format(n=ALL_TYPES_PER_TYPE), None
        )
        for type_ in ENTITY_TYPES:
            self.type_picker.addItem(type_label(type_.code), type_.code)
        self.type_picker.currentIndexChanged.connect(lambda _i: self._redraw_option())

        self.open_source_button = QPushButton(self.tr("Open source"))
        self.open_source_button.setToolTip(
            self.tr("Open the selected bar's or point's source (Ctrl+Return)")
        )
        self.open_source_button.setEnabled(False)
        self.open_source_button.clicked.connect(self.open_selected_source)

        self.reset_button = QPushButton(self.tr("Reset view"))
        self.reset_button.setToolTip(self.tr("Back to the whole chart (Ctrl+0)"))
        self.reset_button.clicked.connect(self.reset_view)

        # A push button with a menu, like its neighbours: it leaves room for the menu's
        # arrow, which a tool button drew over a Chinese label.
        self.export_button = QPushButton(self.tr("Export"))
        menu = QMenu(self.export_button)
        self.export_png_action = QAction(self.tr("Export as PNG…"), self)
        self.export_png_action.triggered.connect(lambda: self._export_with_dialog("png"))
        self.export_svg_action = QAction(self.tr("Export as SVG…"), self)
        self.export_svg_action.triggered.connect(lambda: self._export_with_dialog("svg"))
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_svg_action)
        self.export_button.setMenu(menu)

        # One line in a wide dock; in a narrow one the controls wrap rather than widen the window.
        self.toolbar = QWidget()
        bar = FlowLayout(self.toolbar)
        for widget in (
            self.chart_picker,
            self.group_picker,
            self.company_picker,
            self.over_time_button,
            self.stack_check,
            self.type_picker,
            self.open_source_button,
            self.reset_button,
            self.export_button,
        ):
            bar.addWidget(widget)

        self.stack = QStackedWidget()
        self.hover_label = QLabel(self.tr(HOVER_HINT))
        self.hover_label.setObjectName("chartHoverLabel")
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long figure's text wraps rather than widen the dock (and the window).
        self.hover_label.setWordWrap(True)

        # A short dock scrolls the chart rather than squeeze its bars below legibility.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("chartScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.stack)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.hover_label)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Return", self.open_selected_source), ("Ctrl+0", self.reset_view)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _plot(self, name: str) -> ChartPlot:
        if name not in self._plots:
            # pyqtgraph (and numpy) load with the first plot, not with the window.
            from .chart_views import BarPlot, CapacityPlot, LatestCapacityPlot

            if name == CAPACITY_CHART.code:
                plot = CapacityPlot()
            elif name == LATEST_CAPACITY_CHART.code:
                plot = LatestCapacityPlot()
            else:
                plot = BarPlot(horizontal=name != DOCUMENTS_BY_DATE_CHART.code)
            plot.setObjectName(f"chart-{name}")
            plot.resize(self.stack.size())  # laid out at its size from its first chart on
            plot.hovered.connect(self._on_hovered)
            plot.picked.connect(self._on_picked)
            plot.activated.connect(self._on_activated)
            plot.title_resized.connect(lambda plot=plot: self._fit_height(plot))
            self.stack.addWidget(plot)
            self._plots[name] = plot
        return self._plots[name]

    # -- public API ------------------------------------------------------------

    def current_chart(self) -> str:
        return self.chart_picker.currentData()

    def current_plot(self) -> ChartPlot:
        plot = self._plot(self.current_chart())
        self.stack.setCurrentWidget(plot)
        return plot

    def show_chart(self, name: str) -> None:
        if name not in CHARTS:
            raise WorkbenchError(f"unknown chart {name!r} (known: {', '.join(CHART_CODES)})")
        if self.chart_picker.currentData() != name:
            self.chart_picker.setCurrentIndex(CHART_CODES.index(name))
            return  # the picker's signal comes back here
        capacity = CHARTS[name].data == CAPACITY_SHEET.code
        self.group_picker.setVisible(capacity)
        self.company_picker.setVisible(name == CAPACITY_CHART.code)
        self.over_time_button.setVisible(name == LATEST_CAPACITY_CHART.code)
        self.stack_check.setVisible(name == CLUSTERS_BY_COUNTRY_CHART.code)
        self.type_picker.setVisible(name == ENTITIES_CHART.code)
        if self._plots:
            self.stack.setCurrentWidget(self._plot(name))
        # else the first plot is made when its chart is drawn or asked for: a panel
        # never on screen (behind the Sheets at start) never loads pyqtgraph.
        self.hover_label.setText(self._hint())
        self._set_selection(None)
        if name in self._dirty:
            self._refresh_timer.start()  # computed once shown (not at all behind another tab)
        else:
            self._fit_height(self.current_plot())

    def set_sheet_filter(self, kind: str, search: str = "", filters=None, reviews=None) -> None:
        """Count only the rows the ``kind`` sheet shows: the same search, column filters
        and review states as the sheet panel."""
        self.source.set_sheet_filter(kind, search, filters, reviews)

    def set_visible_rows(self, kind: str, row_ids: list[int] | None) -> None:
        """Count exactly the rows a sheet panel shows (e.g. its model's ``row_ids()`` after
        each ``rows_changed``); None goes back to the filter given to set_sheet_filter."""
        self.source.set_visible_rows(kind, row_ids)

    def refresh(self) -> None:
        """Compute the chart on screen again, on a worker; it is drawn when its numbers
        come (:attr:`chart_drawn`), unless something newer was asked for by then."""
        name = self.current_chart()
        self._dirty.discard(name)
        self._generation = self.source.request_chart(name, self._options(name))
        self.hover_label.setText(self.tr("Computing the chart…"))

    def refresh_now(self) -> None:
        """Compute and draw the chart on screen on this thread (drawing without a window)."""
        name = self.current_chart()
        self._dirty.discard(name)
        result = self.source.compute_now(name, self._options(name))
        self._generation = self.source.generation  # whatever a worker still computes is older
        self._draw(result)

    def is_up_to_date(self) -> bool:
        """Whether the chart on screen shows what it counts now (nothing computes or waits)."""
        return (
            self.current_chart() not in self._dirty
            and not self._refresh_timer.isActive()
            and not self.source.busy
        )

    def _options(self, name: str) -> ChartOptions:
        data = CHARTS[name].data
        if data == CAPACITY_SHEET.code:
            company = None
            if name == CAPACITY_CHART.code:
                company = self._wanted_company or self.company_picker.currentData()
            return ChartOptions(group=self.group_picker.currentData(), company=company)
        if name == CLUSTERS_BY_COUNTRY_CHART.code:
            return ChartOptions(stacked=self.stack_check.isChecked())
        if data == ENTITIES_DATA:
            return ChartOptions(entity_type=self.type_picker.currentData())
        return ChartOptions()

    def _on_computed(self, generation: int, result: ChartResult) -> None:
        if generation != self._generation:
            return  # something newer was asked for: its result follows
        if result.request.chart != self.current_chart():
            self._dirty.add(result.request.chart)  # drawn when shown again
            return
        self._draw(result)

    def _on_computation_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._dirty.add(self.current_chart())
            self.hover_label.setText(
                self.tr("The chart could not be computed: {0}").format(message)
            )

    def _draw(self, result: ChartResult) -> None:
        name = result.request.chart
        plot = self.current_plot()  # the chart on screen (see _on_computed)
        chart = result.chart
        data = CHARTS[name].data
        if data == CAPACITY_SHEET.code:
            self._fill_group_picker(chart)
            if name == LATEST_CAPACITY_CHART.code:
                plot.show_latest(chart)
            else:
                self._wanted_company = None
                self._fill_company_picker(chart)
                plot.show_chart(chart)
        elif data == ENTITIES_DATA:
            colors = [strong_color(series.color_key) for series in chart.series]
            plot.show_chart(chart, colors)
        else:
            plot.show_chart(chart, self._palette(chart))
        self._fit_height(plot)
        # Lay the new title, legend and axes out now: a hover or click that comes before the
        # next event-loop pass must find every point where it is drawn.
        plot.getPlotItem().layout.activate()
        self._set_selection(None)
        self.hover_label.setText(self._hint())  # what it said was about the chart before
        self.chart_drawn.emit(name)

    def _fit_height(self, plot: ChartPlot) -> None:
        if plot is self.stack.currentWidget():
            self.stack.setMinimumHeight(max(plot.wanted_height(), MIN_CHART_HEIGHT))

    def reset_view(self) -> None:
        self.current_plot().reset_view()

    def show_company_over_time(self, company_key: str) -> None:
        """The over-time chart of the group on screen, limited to one company."""
        self._wanted_company = company_key
        self._dirty.add(CAPACITY_CHART.code)
        self.show_chart(CAPACITY_CHART.code)

    def export_image(self, path: Path | str, width: int | None = None) -> Path:
        """Write the chart on screen to a .png or .svg file."""
        from .chart_export import export_plot

        return export_plot(self.current_plot().getPlotItem(), Path(path), width)

    def open_selected_source(self) -> None:
        """Open the source of the selected bar or point; pressing again walks its rows."""
        if self._selection is None:
            return
        name, pick = self._selection
        data = CHARTS[name].data
        target = None
        if data == ENTITIES_DATA:
            canonical, type_ = pick.key[0]
            target = self.source.first_mention(canonical, type_)
        elif pick.row_ids:
            row_id = pick.row_ids[self._source_cursor % len(pick.row_ids)]
            self._source_cursor += 1
            if data == DOCUMENTS_DATA:
                target = (row_id, -1, -1)
            else:
                target = self.source.source_of_row(data, row_id)
            self._update_open_button()
        if target is None:
            self.hover_label.setText(self.tr("The selected row has no source document."))
            return
        self._session.request_document(*target)

    # -- reacting --------------------------------------------------------------

    def _palette(self, chart) -> list:
        from .chart_views import series_color

        if len(chart.series) == 1:
            return [QColor(SINGLE_SERIES_COLOR)]
        colors, used = [], 0
        for series in chart.series:
            if series.name in (NOT_STATED, OTHER):
                colors.append(QColor(UNNAMED_SERIES_COLOR))  # grey: not a category of its own
            else:
                colors.append(series_color(used))
                used += 1
        return colors

    def _fill_company_picker(self, chart) -> None:
        """Every company of the group, most rows first, and the chart's one current."""
        self.company_picker.blockSignals(True)
        self._companies.set_choices(chart.choices)
        self.company_picker.setCurrentIndex(max(0, self._companies.row_of(chart.company)))
        self.company_picker.setEnabled(len(chart.choices) > 1)
        self.company_picker.blockSignals(False)

    def _hint(self) -> str:
        hint = LATEST_HINT if self.current_chart() == LATEST_CAPACITY_CHART.code else HOVER_HINT
        return self.tr(hint)

    def _fill_group_picker(self, chart) -> None:
        """The groups the chart chose from, and the one it shows."""
        self.group_picker.blockSignals(True)
        self.group_picker.clear()
        for group in chart.groups:
            self.group_picker.addItem(group.label, group.key)
        keys = [g.key for g in chart.groups]
        shown = chart.group.key if chart.group else None
        self.group_picker.setCurrentIndex(keys.index(shown) if shown in keys else 0)
        self.group_picker.setEnabled(bool(keys))
        self.group_picker.blockSignals(False)

    def _company_picked(self) -> None:
        self._wanted_company = None  # the picker says which company now
        self._redraw_option()

    def _redraw_option(self) -> None:
        self._dirty.add(self.current_chart())
        self.refresh()

    def _refresh_if_shown(self) -> None:
        # A hidden panel (a tab behind Sheets, a closed window) redraws when shown instead.
        if self.current_chart() in self._dirty and self.is_on_screen():
            self.refresh()

    def is_on_screen(self) -> bool:
        """Shown and not covered: a dock tabbed behind another stays "visible" in Qt."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        # Painted: on screen now (its tab brought to the front, say). Compute if stale.
        if self.current_chart() in self._dirty and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def closeEvent(self, event) -> None:
        self.stop_computing()
        super().closeEvent(event)

    def stop_computing(self) -> None:
        """Cancel the chart being computed and wait for its worker (before closing)."""
        self._refresh_timer.stop()
        self.source.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current_chart() in self._dirty:
            self._refresh_timer.start()

    def _on_stale(self, kinds: set) -> None:
        self._dirty.update(chart.code for chart in CHARTS if chart.data in kinds)
        if self.current_chart() in self._dirty:
            self._refresh_timer.start()

    def _on_hovered(self, pick: Pick | None) -> None:
        text = pick.text if pick else self._hint()
        self.hover_label.setText(text)
        if pick:
            QToolTip.showText(QCursor.pos(), pick.text, self.current_plot())
        else:
            QToolTip.hideText()

    def _on_picked(self, pick: Pick | None) -> None:
        name = self.current_chart()
        self._set_selection(pick)
        if pick is None:
            return
        self.hover_label.setText(pick.text)
        data = CHARTS[name].data
        if data == ENTITIES_DATA:
            canonical, type_ = pick.key[0]
            self._session.entity_selected.emit(canonical, type_)
        else:
            self.rows_selected.emit(data, list(pick.row_ids))

    def _on_activated(self, pick: Pick) -> None:
        if self.current_chart() == LATEST_CAPACITY_CHART.code:
            self.show_company_over_time(pick.key[0])

    def _show_selected_over_time(self) -> None:
        if self._selection is not None:
            self._on_activated(self._selection[1])

    def _set_selection(self, pick: Pick | None) -> None:
        self._selection = (self.current_chart(), pick) if pick else None
        self._source_cursor = 0
        plot = self._plots.get(self.current_chart())
        if plot is not None and plot.selected is not pick:
            plot.select(pick)
        self._update_open_button()

    def _update_open_button(self) -> None:
        self.over_time_button.setEnabled(self._selection is not None)
        if self._selection is None:
            self.open_source_button.setEnabled(False)
            self.open_source_button.setText(self.tr("Open source"))
            return
        name, pick = self._selection
        count = len(pick.row_ids)
        self.open_source_button.setEnabled(CHARTS[name].data == ENTITIES_DATA or count > 0)
        if count > 1:
            self.open_source_button.setText(
                self.tr("Open source {i}/{n}").format(i=self._source_cursor % count + 1, n=count)
            )
        else:
            self.open_source_button.setText(self.tr("Open source"))

    def _export_with_dialog(self, suffix: str) -> None:
        name = self.current_chart()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart as {format}").format(format=suffix.upper()),
            f"{name}.{suffix}",
            f"*.{suffix}",
        )
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        try:
            written = self.export_image(path)
        except WorkbenchError as error:
            QMessageBox.warning(self, self.tr("Export failed"), said(error, qt_translate))
            return
        self.hover_label.setText(self.tr("Chart exported to {path}").format(path=written))
