"""Plot widgets for the charts: items are built once and updated with new data.

Each plot turns the numbers computed in ``workbench.core.charts`` into pyqtgraph
items, answers "what is under this point" for hover and click, and thins its
category labels so that they never overlap, whatever the zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, QPointF, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics

from ..core.charts import (
    NOT_STATED,
    OTHER,
    BarChart,
    BarSeries,
    CapacityChart,
    CapacityPoint,
    LatestCapacityChart,
)
from ..core.vocabulary import (
    ACTUAL,
    CAPACITY_SHEET,
    CAPACITY_STATUSES,
    FORECAST,
    PLANNED,
    STATUS_NOT_STATED,
)
from ..models.labels import qt_translate

# Qt picks the first family that has a glyph: Latin from the UI font, Han from Noto CJK.
CJK_FAMILIES = [
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Noto Sans",
    "sans-serif",
]
# Distinct on white and for the common forms of colour blindness (Okabe–Ito, then Tableau).
SERIES_PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#d55e00",
    "#cc79a7",
    "#56b4e9",
    "#8c564b",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#9467bd",
    "#1f3a93",
)
AXIS_COLOR = "#444444"
GRID_ALPHA = 0.25
BAR_THICKNESS = 0.7
MAX_LABEL_CHARS = 18  # longer category names are cut with "…" (the hover shows them whole)
MIN_ROW_PIXELS = 18  # a horizontal bar row below this cannot carry a legible label
# Up to this many bars every one carries its name, and the plot asks for the height that
# takes (the Charts panel scrolls when its dock is shorter); more bars are thinned and panned.
ALWAYS_NAMED_BARS = 25
PICK_RADIUS_PIXELS = 12
TITLE_MARGIN = 8  # slack beside a wrapped title
TITLE_MIN_WIDTH = 160
TITLE_POINTS = 12
NOTE_POINTS = 9
# Beyond this many points in one series markers merge into a smear: draw the line alone.
MAX_MARKED_POINTS = 2000


def chart_font(point_size: int = 10) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(point_size)
    return font


def series_color(index: int) -> QColor:
    return QColor(SERIES_PALETTE[index % len(SERIES_PALETTE)])


def _shorten(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _words(text: str) -> list[str]:
    """Words a title may break between: at spaces, a separator kept with the word before
    it (晶圆 · / 万片/月, never · alone at the start of a line)."""
    words: list[str] = []
    for word in text.split():
        if words and word in ("·", "—", "–"):
            words[-1] += f" {word}"
        else:
            words.append(word)
    return words


def _broken(words: list[str], font: QFont, room: float) -> list[str]:
    """``words`` in lines no wider than ``room`` (a word wider than that alone on its line)."""
    metrics = QFontMetrics(font)
    space = metrics.horizontalAdvance(" ")
    lines: list[list[str]] = []
    width = 0.0
    for word in words:
        advance = metrics.horizontalAdvance(word)
        if lines and width + space + advance <= room:
            lines[-1].append(word)
            width += space + advance
        else:
            lines.append([word])
            width = advance
    return [" ".join(line) for line in lines]


def _swatch(color: QColor, name: str) -> str:
    return f"<span style='color:{color.name()}'>■</span>&nbsp;{_html(name)}"


def _gap(before: str, after: str) -> str:
    """What separates two pieces of the note's line (their colours: "" for a key's
    swatch): a space between words of the note, three before and between swatches."""
    return " " if before and after else "   "


def _small_line(pieces: list[tuple[str, str]]) -> str:
    """One line of the note and key: words of the note in grey, the key's swatches apart."""
    out = ""
    for index, (html, colour) in enumerate(pieces):
        if index:
            out += _gap(pieces[index - 1][1], colour).replace("  ", "&nbsp;&nbsp;")
        out += f"<span style='color:{colour}'>{html}</span>" if colour else html
    return f"<span style='font-size:{NOTE_POINTS}pt;color:#333'>{out}</span>"


class CountAxis(pg.AxisItem):
    """A value axis of counts or years: never a tick between two whole numbers."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        whole = [(max(1.0, round(spacing)), offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):
        return [f"{round(v):d}" for v in values]


class CategoryAxis(pg.AxisItem):
    """Category names at whole positions, thinned to every n-th when rows get too small."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.setStyle(hideOverlappingLabels=False)  # the first and last names count too
        self._labels: list[str] = []
        self.always_named = ALWAYS_NAMED_BARS  # up to this many rows, every one is named
        self._step = 1  # every n-th category carries its name; the others only a tick

    def set_labels(self, labels: list[str]) -> None:
        self._labels = labels
        if self.orientation in ("left", "right"):
            metrics = QFontMetrics(self.style.get("tickFont") or chart_font())
            widest = max((metrics.horizontalAdvance(_shorten(t)) for t in labels), default=20)
            self.setWidth(widest + 22)
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):
        if not self._labels:
            return []
        low, high = sorted((minVal, maxVal))  # an inverted view box reports them reversed
        first = max(0, math.ceil(low))
        last = min(len(self._labels) - 1, math.floor(high))
        if last < first:
            return []
        visible = last - first + 1
        metrics = QFontMetrics(self.style.get("tickFont") or chart_font())
        if self.orientation in ("left", "right"):
            # The glyphs' own height, not the CJK font's generous line spacing.
            needed = metrics.tightBoundingRect("中国Ag").height() + 4
        else:
            needed = max(metrics.horizontalAdvance(label) for label in self._labels) + 12
        step = max(1, math.ceil(needed * visible / max(size, 1)))
        if self.orientation in ("left", "right") and len(self._labels) <= self.always_named:
            step = 1
        self._step = step
        major = [float(i) for i in range(first, last + 1) if i % step == 0]
        minor = [float(i) for i in range(first, last + 1) if i % step != 0]
        return [(step, major), (1, minor)] if minor else [(step, major)]

    def row_pixels(self) -> int:
        """The height a category row needs for its name to stand clear of the next one."""
        metrics = QFontMetrics(self.style.get("tickFont") or chart_font())
        return max(MIN_ROW_PIXELS, metrics.tightBoundingRect("中国Ag").height() + 6)

    def tickStrings(self, values, scale, spacing):
        out = []
        for value in values:
            index = round(value)
            named = 0 <= index < len(self._labels) and index % self._step == 0
            out.append(_shorten(self._labels[index]) if named else "")
        return out


class KeyLegend(pg.LegendItem):
    """A legend filled in one pass: entries go into the layout and its size is measured
    once, after the last (``addItem`` measures every row again after each entry)."""

    def set_entries(self, entries: list[tuple[object, str]]) -> None:
        """Replace the legend's entries with ``(sample or plot item, label)`` pairs."""
        for sample, label in self.items:
            self._removeItemFromLayout(sample, label)
        self.items = []
        for item, text in entries:
            label = pg.LabelItem(
                text,
                color=self.opts["labelTextColor"],
                justify="left",
                size=self.opts["labelTextSize"],
            )
            sample = item if isinstance(item, self.sampleType) else self.sampleType(item)
            sample.sigClicked.connect(self.sigSampleClicked)
            self.items.append((sample, label))
            self._addItemToLayout(sample, label)
            # Its text's own height, level with its sample: a taller row would put the
            # text at its top, above the sample.
            label.setMaximumHeight(label.itemRect().height())
            self.layout.setAlignment(label, pg.QtCore.Qt.AlignmentFlag.AlignVCenter)
        self.updateSize()
        # As tall as its entries: in a plot's layout it would otherwise be stretched to the
        # plot's height, its entries spread apart.
        self.setMaximumHeight(self.geometry().height() if self.items else 0)


class KeySample(ItemSample):
    """A legend sample that only explains a colour or a line style: clicking it hides nothing."""

    def mouseClickEvent(self, event) -> None:
        event.ignore()


def _legend(item: pg.PlotItem, offset: tuple[int, int]) -> KeyLegend:
    """A legend floating in a corner of the plot."""
    legend = KeyLegend(
        offset=offset,
        brush=(255, 255, 255, 225),
        pen="#bbbbbb",
        labelTextColor="#222222",
        labelTextSize="9pt",
    )
    legend.setParentItem(item.vb)
    return legend


def _side_legend(item: pg.PlotItem) -> KeyLegend:
    """A legend in its own column right of the plot, so that it never covers a point."""
    legend = KeyLegend(
        labelTextColor="#222222", labelTextSize="9pt", sampleType=KeySample, verSpacing=-4
    )
    legend.layout.setContentsMargins(4, 0, 0, 0)
    item.layout.addItem(legend, 2, 3)
    item.layout.setAlignment(legend, pg.QtCore.Qt.AlignmentFlag.AlignTop)
    return legend


@dataclass(frozen=True)
class Pick:
    """What the pointer is on: the rows it stands for and words to show for it."""

    row_ids: tuple[int, ...]
    text: str
    key: object = None  # the category key (bar charts) or the point (capacity)


class ChartPlot(pg.PlotWidget):
    """Shared set-up: white background, CJK-capable fonts, throttled hover, click picking."""

    hovered = Signal(object)  # a Pick, or None when the pointer is on nothing
    picked = Signal(object)  # a Pick, or None when a click hit nothing
    activated = Signal(object)  # a Pick double-clicked
    title_resized = Signal()  # the title wrapped onto more or fewer lines: a new wanted height

    def __init__(self, axis_items: dict, parent=None):
        super().__init__(parent=parent, background="w", axisItems=axis_items)
        self.setAntialiasing(False)
        item = self.getPlotItem()
        item.layout.setContentsMargins(6, 6, 28, 6)  # room for the last category label
        item.hideButtons()  # the panel has its own reset button
        font = chart_font(10)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(AXIS_COLOR)
            axis.setTextPen(AXIS_COLOR)
            axis.setStyle(tickFont=font, autoExpandTextSpace=True)
            axis.label.setFont(font)
            axis.enableAutoSIPrefix(False)
        # Noto CJK lines are taller than pyqtgraph assumes: reserve room for ticks and title.
        line = QFontMetrics(font).height()
        item.getAxis("bottom").setHeight(2 * line + 14)
        item.titleLabel.item.setFont(chart_font(TITLE_POINTS))
        self._hover_proxy = pg.SignalProxy(
            self.scene().sigMouseMoved,
            delay=0.05,
            rateLimit=30,
            slot=self._on_mouse_moved,
            threadSafe=False,
        )
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.selected: Pick | None = None

    @property
    def view_box(self) -> pg.ViewBox:
        return self.getPlotItem().getViewBox()

    def set_title(self, title: str, note: str = "", key: list[tuple[QColor, str]] = ()) -> None:
        """The title, a note under it, and a key of colours (a legend that covers nothing)."""
        self._title = (title, note, tuple(key))
        self.getPlotItem().setTitle(" ")  # shows the title row; its text comes next
        self._wrap_title()

    def _bottom_height(self) -> float:
        """The bottom axis' height, before the first layout too (its fixed height then)."""
        axis = self.getPlotItem().getAxis("bottom")
        return max(axis.height(), axis.minimumHeight())

    def title_text(self) -> str:
        """The title, note and key as plain text, one line each."""
        return self.getPlotItem().titleLabel.item.toPlainText()

    def _title_room(self) -> float:
        """The width above the plot area: the axis and legend columns beside it stay."""
        item = self.getPlotItem()
        layout = item.layout
        left, _top, right, _bottom = layout.getContentsMargins()
        beside = sum(
            item.getAxis(side).width()
            for side in ("left", "right")
            if item.getAxis(side).isVisible()
        )
        beside += self._beside_plot_width() + 2 * layout.horizontalSpacing()
        return max(TITLE_MIN_WIDTH, self.width() - left - right - beside - TITLE_MARGIN)

    def _wrap_title(self) -> None:
        """Lay the title out in lines that fit above the plot.

        Unwrapped, a long title widens the plot past its view, which then cuts off its
        right side (legend, last labels, the title itself); and Qt's own wrapping breaks
        between any two Han characters (晶 / 圆, 万 / 片/月).  So the lines break at
        spaces only, measured here, each separator kept at the end of its line.
        """
        title, note, key = self.__dict__.get("_title", ("", "", ()))
        room = self._title_room()
        big, small = chart_font(TITLE_POINTS), chart_font(NOTE_POINTS)
        lines = [
            f"<span style='color:#222'>{_html(line)}</span>"
            for line in _broken(_words(title), big, room)
        ]
        # The key on the note's line, one line less above a short dock's plot.
        pieces = [(word, _html(word), "#666") for word in _words(note)]
        pieces += [(f"■ {name}", _swatch(color, name), "") for color, name in key]
        metrics = QFontMetrics(small)
        line, width = [], 0.0
        for plain, html, colour in pieces:
            advance = metrics.horizontalAdvance(plain)
            gap = metrics.horizontalAdvance(_gap(line[-1][1], colour)) if line else 0
            if line and width + gap + advance > room:
                lines.append(_small_line(line))
                line, width, gap = [], 0.0, 0
            line.append((html, colour))
            width += gap + advance
        if line:
            lines.append(_small_line(line))
        item = self.getPlotItem()
        label = item.titleLabel
        label.setText(f"<div align='center'>{'<br>'.join(lines)}</div>")
        text = label.item
        text.setTextWidth(-1)
        # A set width centres each line under the widest.
        text.setTextWidth(math.ceil(text.boundingRect().width()) + 1)
        label.updateMin()
        label.resizeEvent(None)
        # setTitle caps the row at 30 px, too low for a CJK line plus a note: use the text's own.
        before = label.maximumHeight()
        label.setMaximumHeight(label.itemRect().height() + 2)
        if label.maximumHeight() != before:
            self.title_resized.emit()

    def _beside_plot_width(self) -> int:
        """The width of what sits in a column right of the plot area (a side legend)."""
        return 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        item = self.getPlotItem()  # None during the base class's first resize
        if item is not None and item.titleLabel.isVisible():
            self._wrap_title()

    def wanted_height(self) -> int:
        """The height the chart needs to be read (0: whatever the panel gives it)."""
        return 0

    def pick_at(self, point: QPointF) -> Pick | None:
        """The pick under a point in view (data) coordinates."""
        raise NotImplementedError

    def reset_view(self) -> None:
        raise NotImplementedError

    def select(self, pick: Pick | None) -> None:
        self.selected = pick

    def scene_point_of(self, view_point: QPointF) -> QPointF:
        return self.view_box.mapViewToScene(view_point)

    def _in_plot_area(self, scene_pos: QPointF) -> bool:
        return self.view_box.sceneBoundingRect().contains(scene_pos)

    def _on_mouse_moved(self, event) -> None:
        scene_pos = event[0]
        pick = None
        if self._in_plot_area(scene_pos):
            pick = self.pick_at(self.view_box.mapSceneToView(scene_pos))
        self.hovered.emit(pick)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != pg.QtCore.Qt.MouseButton.LeftButton:
            return
        scene_pos = event.scenePos()
        if not self._in_plot_area(scene_pos):
            return
        pick = self.pick_at(self.view_box.mapSceneToView(scene_pos))
        if event.double():  # its first click has selected it already
            if pick is not None:
                self.activated.emit(pick)
            return
        self.select(pick)
        self.picked.emit(pick)


class BarPlot(ChartPlot):
    """Stacked bars along category rows (horizontal) or columns (vertical, e.g. dates)."""

    value_axis_type = CountAxis  # bars count rows: no tick between whole numbers

    def __init__(self, horizontal: bool, parent=None):
        self.horizontal = horizontal
        self._category_axis = CategoryAxis("left" if horizontal else "bottom")
        self._value_axis = self.value_axis_type("bottom" if horizontal else "left")
        axes = (
            {"left": self._category_axis, "bottom": self._value_axis}
            if horizontal
            else {"left": self._value_axis, "bottom": self._category_axis}
        )
        super().__init__(axes, parent)
        item = self.getPlotItem()
        item.showGrid(x=horizontal, y=not horizontal, alpha=GRID_ALPHA)
        if horizontal:
            self.view_box.invertY(True)  # the first (largest) category at the top
        self._bars: list[pg.BarGraphItem] = []
        self._highlight = pg.BarGraphItem(
            x=[], height=[], width=0.1, pen=pg.mkPen("#111111", width=2), brush=None
        )
        self._highlight.setZValue(10)
        item.addItem(self._highlight)
        self._legend = _legend(item, (-10, 10) if not horizontal else (-10, -10))
        self.always_named = ALWAYS_NAMED_BARS
        self.chart: BarChart | None = None
        self._segments: list = []
        self._totals: tuple[float, ...] = ()
        self._default_view = True  # until the user pans or zooms: refit on resize
        self.view_box.sigRangeChangedManually.connect(self._view_changed_by_user)

    def _view_changed_by_user(self, *_args) -> None:
        self._default_view = False

    def wanted_height(self) -> int:
        """The height at which every named bar gets a legible row (0: any height will do)."""
        if not self.horizontal or not self.chart:
            return 0
        rows = min(len(self.chart.categories), self.always_named)
        item = self.getPlotItem()
        title = item.titleLabel.itemRect().height()
        return int(rows * self._category_axis.row_pixels() + title + self._bottom_height() + 24)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The base class resizes once before this class has set its attributes.
        if self.__dict__.get("chart") is not None and self._default_view:
            self.reset_view()

    def _bar_item(self, index: int) -> pg.BarGraphItem:
        while len(self._bars) <= index:
            bar = pg.BarGraphItem(x=[], height=[], width=0.1, pen=None, brush="#999999")
            self.getPlotItem().addItem(bar)
            self._bars.append(bar)
        return self._bars[index]

    def show_chart(self, chart: BarChart, colors: list[QColor]) -> None:
        """Draw ``chart``; ``colors`` gives one colour per series."""
        self.chart = chart
        self._segments = list(chart.segments())
        self._totals = chart.totals()
        count = len(chart.categories)
        positions = np.arange(count, dtype=float)
        base = np.zeros(count)
        entries = []
        for index, series in enumerate(chart.series):
            values = np.asarray(series.values, dtype=float)
            bar = self._bar_item(index)
            brush = pg.mkBrush(colors[index])
            if self.horizontal:
                bar.setOpts(
                    x0=base.copy(), width=values, y=positions, height=BAR_THICKNESS, brush=brush
                )
            else:
                bar.setOpts(
                    x=positions, width=BAR_THICKNESS, y0=base.copy(), height=values, brush=brush
                )
            bar.setVisible(True)
            base += values
            if len(chart.series) > 1 and series.name:
                entries.append((bar, _html(_shown(series.name))))
        for bar in self._bars[len(chart.series) :]:
            bar.setVisible(False)
        key = self._colour_key(chart, colors)
        self._legend.set_entries([] if key else entries)
        self._legend.setVisible(bool(entries) and not key)
        self._category_axis.set_labels([_shown(c) for c in chart.categories])
        self._value_axis.setLabel(chart.value_label)
        self._category_axis.setLabel("")
        self.set_title(chart.title, chart.note, key)
        self.select(None)
        self.reset_view()

    def _colour_key(self, chart: BarChart, colors: list[QColor]) -> list[tuple[QColor, str]]:
        """The colours explained under the title instead of in a floating legend."""
        return []

    def reset_view(self) -> None:
        count = len(self.chart.categories) if self.chart else 0
        peak = max(self._totals, default=0.0) or 1.0
        box = self.view_box
        box.disableAutoRange()
        self._default_view = True
        if self.horizontal:
            # Show as many rows as stay legible; the rest are a scroll (pan) away.
            height = box.height() if box.height() >= MIN_ROW_PIXELS else 200
            row = self._category_axis.row_pixels()
            rows = max(1, min(count, int(height // row)))
            if count <= self.always_named and rows >= count - 1:
                rows = count  # a sliver short of room: squeeze rather than hide the last bar
            box.setRange(xRange=(0, peak * 1.05), yRange=(-0.6, rows - 0.4), padding=0)
        else:
            box.setRange(xRange=(-0.6, max(count, 1) - 0.4), yRange=(0, peak * 1.08), padding=0)

    def pick_at(self, point: QPointF) -> Pick | None:
        if not self.chart:
            return None
        along, across = (point.x(), point.y()) if self.horizontal else (point.y(), point.x())
        category = round(across)
        if not (0 <= category < len(self.chart.categories)):
            return None
        if abs(across - category) > BAR_THICKNESS / 2:
            return None
        for segment in self._segments:
            if segment.category == category and segment.bottom <= along <= segment.top:
                return self._pick(segment)
        return None

    def _pick(self, segment) -> Pick:
        chart = self.chart
        label = chart.categories[segment.category]
        series = chart.series[segment.series]
        value = segment.top - segment.bottom
        total = self._totals[segment.category]
        text = f"{label}: {_count(value)} {chart.value_label}"
        if len(chart.series) > 1 and chart.stacked_by:
            text = QCoreApplication.translate(
                "ChartViews", "{category} · {series}: {value} of {total} {unit}"
            ).format(
                category=label,
                series=series.name,
                value=_count(value),
                total=_count(total),
                unit=chart.value_label,
            )
        if chart.category_notes:
            text += f" ({chart.category_notes[segment.category]})"
        key = chart.category_keys[segment.category] if chart.category_keys else label
        return Pick(segment.row_ids, text, (key, segment))

    def select(self, pick: Pick | None) -> None:
        super().select(pick)
        if pick is None:
            self._highlight.setOpts(x=[], height=[], width=0.1)
            self._highlight.setVisible(False)
            return
        segment = pick.key[1]
        extent = segment.top - segment.bottom
        if self.horizontal:
            self._highlight.setOpts(
                x0=[segment.bottom], width=[extent], y=[segment.category], height=BAR_THICKNESS
            )
        else:
            self._highlight.setOpts(
                x=[segment.category], width=BAR_THICKNESS, y0=[segment.bottom], height=[extent]
            )
        self._highlight.setVisible(True)

    def segment_center(self, category: int, series: int = 0) -> QPointF:
        """Where a segment sits in view coordinates (for tests and keyboard use)."""
        for segment in self._segments:
            if segment.category == category and segment.series == series:
                middle = (segment.bottom + segment.top) / 2
                if self.horizontal:
                    return QPointF(middle, category)
                return QPointF(category, middle)
        raise LookupError(f"no bar segment for category {category}, series {series}")


def _count(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,.2f}"


@dataclass
class SeriesArrays:
    """One line of the capacity chart as arrays (what the plot items take)."""

    name: str
    color: QColor
    status: str
    x: np.ndarray
    y: np.ndarray
    low: np.ndarray | None = None  # per own point (not the anchor)
    high: np.ndarray | None = None
    anchored: bool = False  # x[0], y[0] is the earlier figure the line continues from


_STATUS_STYLE = {
    # status: (line style, marker, filled); the legend lists them in this order
    ACTUAL: (pg.QtCore.Qt.PenStyle.SolidLine, "o", True),
    STATUS_NOT_STATED: (pg.QtCore.Qt.PenStyle.SolidLine, "s", True),
    PLANNED: (pg.QtCore.Qt.PenStyle.DashLine, "o", False),
    FORECAST: (pg.QtCore.Qt.PenStyle.DotLine, "t", False),
}
LEGEND_STATUS_COLOR = "#555555"  # line styles are explained in a neutral grey
LEGEND_ROW_PIXELS = 18


def _shown(label: str) -> str:
    """A category or series label, with the chart's own words in the interface language."""
    return qt_translate("Charts", label) if label in (NOT_STATED, OTHER) else label


def company_label(company: str) -> str:
    return (
        QCoreApplication.translate("ChartViews", "company not stated")
        if company == NOT_STATED
        else company
    )


class CapacityPlot(ChartPlot):
    """Capacity per company over years: a line per company and status, ranges as error bars."""

    def __init__(self, parent=None):
        super().__init__({"bottom": CountAxis("bottom")}, parent)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=GRID_ALPHA)
        item.setLabel(
            "bottom", QCoreApplication.translate("ChartViews", "year the figure refers to")
        )
        self._lines: list[pg.PlotDataItem] = []
        self._ranges: list[pg.ErrorBarItem] = []
        self._highlight = pg.ScatterPlotItem(
            size=18, pen=pg.mkPen("#111111", width=2), brush=None, symbol="o"
        )
        self._highlight.setZValue(10)
        item.addItem(self._highlight)
        self._legend = _side_legend(item)
        self._legend_samples: list[pg.PlotDataItem] = []
        self._sample_items: dict[tuple, pg.PlotDataItem] = {}  # made once per colour and style
        self.chart: CapacityChart | None = None
        self._points: list[CapacityPoint] = []
        self._xs = np.zeros(0)
        self._ys = np.zeros(0)

    def _line(self, index: int) -> pg.PlotDataItem:
        while len(self._lines) <= index:
            line = pg.PlotDataItem()
            self.getPlotItem().addItem(line)
            # After addItem, which imposes the plot's own settings. Matters for long series
            # only (see bench/bench_charts.py); a few points are drawn as they are.
            line.setDownsampling(auto=True, method="peak")
            line.setClipToView(True)
            self._lines.append(line)
        return self._lines[index]

    def _range(self, index: int) -> pg.ErrorBarItem:
        while len(self._ranges) <= index:
            bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.15)
            self.getPlotItem().addItem(bars)
            self._ranges.append(bars)
        return self._ranges[index]

    def show_chart(self, chart: CapacityChart) -> None:
        self.chart = chart
        colors = {company: series_color(i) for i, company in enumerate(chart.companies)}
        arrays = []
        self._points = []
        for series in chart.series:
            self._points.extend(series.points)
            line = series.line()
            arrays.append(
                SeriesArrays(
                    name=(
                        f"{company_label(series.company)} — "
                        f"{CAPACITY_STATUSES.label(series.status, qt_translate)}"
                    ),
                    color=colors[series.company],
                    status=series.status,
                    x=np.array([p.year for p in line], dtype=float),
                    y=np.array([p.value for p in line], dtype=float),
                    low=np.array([p.low for p in series.points], dtype=float),
                    high=np.array([p.high for p in series.points], dtype=float),
                    anchored=series.anchor is not None,
                )
            )
        self.draw_arrays(arrays)
        self._fill_legend(chart, colors)
        self._xs = np.array([p.year for p in self._points], dtype=float)
        self._ys = np.array([p.value for p in self._points], dtype=float)
        self.getPlotItem().setLabel("left", chart.axis_label)
        self.set_title(chart.title, chart.note)
        self.select(None)
        self.reset_view()

    def _fill_legend(self, chart: CapacityChart, colors: dict[str, QColor]) -> None:
        """One key per company (its colour) and one per status (its line style): shorter
        than one per company and status, and it reads the way the lines are drawn."""
        self._legend_samples = []
        entries = []
        for company in chart.companies:
            color = colors[company]
            entries.append(self._key(company_label(company), color, _STATUS_STYLE[ACTUAL]))
        statuses = [s for s in _STATUS_STYLE if any(x.status == s for x in chart.series)]
        if len(statuses) > 1 or (statuses and statuses[0] != ACTUAL):
            for status in statuses:
                style = _STATUS_STYLE[status]
                label = CAPACITY_STATUSES.label(status, qt_translate)
                entries.append(self._key(label, QColor(LEGEND_STATUS_COLOR), style))
        # The companies not drawn are one line: the company picker lists every one.
        others = len(chart.choices) - len(chart.companies) if chart.company is None else 0
        if others > 0 and chart.series:
            text = QCoreApplication.translate(
                "CapacityPlot", "+ {count} other companies (in the company picker)", "", others
            ).format(count=f"{others:,}")
            entries.append(self._key(text, QColor(LEGEND_STATUS_COLOR), None))
        self._legend.set_entries(entries)
        self._legend.setVisible(bool(chart.series))

    def _beside_plot_width(self) -> int:
        legend = self.__dict__.get("_legend")
        return int(legend.width()) if legend is not None and legend.isVisible() else 0

    def wanted_height(self) -> int:
        """Room for the legend beside the plot, with the title and the year axis."""
        if not self._legend_samples:
            return 0
        item = self.getPlotItem()
        # One column: a second would squeeze the plot in a narrow dock; the panel scrolls.
        rows = len(self._legend_samples)
        title = item.titleLabel.itemRect().height()
        return int(rows * LEGEND_ROW_PIXELS + title + self._bottom_height() + 16)

    def _key(self, text: str, color: QColor, style: tuple | None) -> tuple[pg.PlotDataItem, str]:
        """A legend entry: a line and marker in ``color`` and ``style`` (None: no sample)."""
        sample = self._sample_items.get((color.name(), style))
        if sample is not None and any(sample is seen for seen in self._legend_samples):
            sample = None  # one item is one entry of the legend
        if sample is None and style is None:
            sample = pg.PlotDataItem([], [], pen=None)  # a line of words alone
        elif sample is None:
            line_style, symbol, filled = style
            # One point, so that the sample's marker takes these colours (it reads them
            # from data).
            sample = pg.PlotDataItem(
                [0.0],
                [0.0],
                pen=pg.mkPen(color, width=2, style=line_style),
                symbol=symbol,
                symbolSize=8,
                symbolPen=pg.mkPen(color, width=1.5),
                symbolBrush=pg.mkBrush(color if filled else "#ffffff"),
            )
        self._sample_items[(color.name(), style)] = sample
        self._legend_samples.append(sample)  # the legend keeps no reference of its own
        return sample, _html(text)

    def legend_labels(self) -> list[str]:
        return [label.text for _sample, label in self._legend.items]

    def draw_arrays(self, arrays: list[SeriesArrays]) -> None:
        """Update the pooled items in place: one line (and its range bars) per series."""
        for index, series in enumerate(arrays):
            style, symbol, filled = _STATUS_STYLE.get(
                series.status, _STATUS_STYLE[STATUS_NOT_STATED]
            )
            line = self._line(index)
            marked = len(series.x) <= MAX_MARKED_POINTS
            line.setData(
                series.x,
                series.y,
                pen=pg.mkPen(series.color, width=2, style=style),
                symbol=symbol if marked else None,
                symbolSize=9,
                symbolPen=pg.mkPen(series.color, width=1.5),
                symbolBrush=pg.mkBrush(series.color if filled else "#ffffff"),
            )
            # Solid figures in front: an anchor's hollow marker hides under the filled one.
            line.setZValue(2 if filled else 1)
            line.setVisible(True)
            line.opts["name"] = series.name
            bars = self._range(index)
            own_x = series.x[1:] if series.anchored else series.x
            own_y = series.y[1:] if series.anchored else series.y
            if series.low is not None and series.high is not None and len(own_x):
                ranged = series.high > series.low
                bars.setData(
                    x=own_x[ranged],
                    y=own_y[ranged],
                    top=(series.high - own_y)[ranged],
                    bottom=(own_y - series.low)[ranged],
                    pen=pg.mkPen(series.color, width=1.5),
                )
            else:
                bars.setData(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))
        for line in self._lines[len(arrays) :]:
            line.setData([], [])
            line.setVisible(False)
        for bars in self._ranges[len(arrays) :]:
            bars.setData(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))

    def reset_view(self) -> None:
        box = self.view_box
        if not self._points:
            box.enableAutoRange()
            return
        years = [p.year for p in self._points]
        top = max(p.high for p in self._points)
        box.disableAutoRange()
        box.setRange(
            xRange=(min(years) - 0.5, max(years) + 0.5), yRange=(0, top * 1.12 or 1), padding=0
        )

    def pick_at(self, point: QPointF) -> Pick | None:
        if not len(self._xs):
            return None
        pixel = self.view_box.viewPixelSize()
        dx = (self._xs - point.x()) / (pixel[0] or 1)
        dy = (self._ys - point.y()) / (pixel[1] or 1)
        distance = np.hypot(dx, dy)
        nearest = int(np.argmin(distance))
        if distance[nearest] > PICK_RADIUS_PIXELS:
            return None
        found = self._points[nearest]
        status = CAPACITY_STATUSES.label(found.status, qt_translate)
        rows = len(found.row_ids)
        text = (
            QCoreApplication.translate("ChartViews", "{company}, {year}: {value} ({status}; 1 row)")
            if rows == 1
            else QCoreApplication.translate(
                "ChartViews", "{company}, {year}: {value} ({status}; {n} rows)"
            )
        ).format(
            n=rows,
            company=company_label(found.company),
            year=found.year,
            value=found.value_text(self.chart.unit),
            status=status,
        )
        return Pick(found.row_ids, text, found)

    def select(self, pick: Pick | None) -> None:
        super().select(pick)
        if pick is None:
            self._highlight.setData([], [])
        else:
            self._highlight.setData([pick.key.year], [pick.key.value])

    def point_position(self, index: int) -> QPointF:
        point = self._points[index]
        return QPointF(point.year, point.value)


# Bars of the latest-capacity chart are coloured by status: what exists in the strong
# blue, what is hoped for in warm colours (Okabe–Ito, distinct for colour blindness).
STATUS_COLORS = {
    ACTUAL: "#0072b2",
    STATUS_NOT_STATED: "#7f9fb5",
    PLANNED: "#e69f00",
    FORECAST: "#cc79a7",
}
UNKNOWN_STATUS_COLOR = "#9a9a9a"
VALUE_LABEL_COLOR = "#333333"
VALUE_LABEL_GAP = 6  # pixels between a bar's end (or its range) and its figure


class FigureAxis(pg.AxisItem):
    """A value axis of figures (0.5 万片/月 is one): thousands separated, no SI prefix."""

    def tickStrings(self, values, scale, spacing):
        places = max(0, -math.floor(math.log10(spacing))) if spacing > 0 else 0
        return [f"{value:,.{places}f}" for value in values]


class LatestCapacityPlot(BarPlot):
    """Each company's latest figure as a horizontal bar, largest at the top.

    The bar ends at the figure (the middle of a range, whose extent is drawn as a
    whisker), its colour says the figure's status, and the figure and its year are
    written after it.
    """

    value_axis_type = FigureAxis

    def __init__(self, parent=None):
        super().__init__(horizontal=True, parent=parent)
        item = self.getPlotItem()
        self.latest: LatestCapacityChart | None = None
        self._whiskers = pg.ErrorBarItem(
            x=np.zeros(0), y=np.zeros(0), beam=0.3, pen=pg.mkPen("#333333", width=1.2)
        )
        self._whiskers.setZValue(5)
        item.addItem(self._whiskers)
        self._value_labels: list[pg.TextItem] = []
        self._label_width = 0

    def _value_label(self, index: int) -> pg.TextItem:
        while len(self._value_labels) <= index:
            label = pg.TextItem(color=VALUE_LABEL_COLOR, anchor=(0, 0.5))
            label.setFont(chart_font(9))
            self.getPlotItem().addItem(label, ignoreBounds=True)
            self._value_labels.append(label)
        return self._value_labels[index]

    def show_latest(self, chart: LatestCapacityChart) -> None:
        self.latest = chart
        statuses = chart.statuses()
        series = tuple(
            BarSeries(
                CAPACITY_STATUSES.label(status, qt_translate),
                tuple(bar.value if bar.status == status else 0.0 for bar in chart.bars),
                tuple(bar.row_ids if bar.status == status else () for bar in chart.bars),
                status,
            )
            for status in statuses
        )
        bars = BarChart(
            title=chart.title,
            value_label=chart.axis_label,
            categories=tuple(bar.company for bar in chart.bars),
            series=series,
            row_kind=CAPACITY_SHEET.code,
            category_keys=tuple(bar.company_key for bar in chart.bars),
            note=chart.note,
        )
        self.always_named = self._category_axis.always_named = max(
            ALWAYS_NAMED_BARS, len(chart.bars)
        )
        colors = [QColor(STATUS_COLORS.get(s, UNKNOWN_STATUS_COLOR)) for s in statuses]
        # The texts first: fitting the view (at the end of show_chart) leaves them room.
        self._place_value_labels(chart)
        self.show_chart(bars, colors)
        ranged = [(i, bar) for i, bar in enumerate(chart.bars) if bar.is_range]
        self._whiskers.setData(
            x=np.array([bar.value for _i, bar in ranged], dtype=float),
            y=np.array([i for i, _bar in ranged], dtype=float),
            left=np.array([bar.value - bar.low for _i, bar in ranged], dtype=float),
            right=np.array([bar.high - bar.value for _i, bar in ranged], dtype=float),
        )

    def _colour_key(self, chart: BarChart, colors: list[QColor]) -> list[tuple[QColor, str]]:
        # Under the title: a floating legend would cover the figures of the shortest bars,
        # and one status is explained too (the colour would mean nothing otherwise).
        return [(color, series.name) for color, series in zip(colors, chart.series, strict=True)]

    def _place_value_labels(self, chart: LatestCapacityChart) -> None:
        metrics = QFontMetrics(chart_font(9))
        widest = 0
        for index, bar in enumerate(chart.bars):
            label = self._value_label(index)
            text = bar.bar_text()
            label.setText(text)
            label.setPos(bar.high, index)
            label.setVisible(True)
            widest = max(widest, metrics.horizontalAdvance(text))
        for label in self._value_labels[len(chart.bars) :]:
            label.setVisible(False)
        self._label_width = widest + VALUE_LABEL_GAP + 8

    def reset_view(self) -> None:
        super().reset_view()
        if not self.latest or not self.latest.bars:
            return
        peak = max(bar.high for bar in self.latest.bars) or 1.0
        width = self.view_box.width()
        # The figure after the longest bar must fit: leave its width (in pixels) free.
        share = self._label_width / width if width > 0 else 0.3
        share = min(max(share, 0.05), 0.6)
        rows = self.view_box.viewRange()[1]
        self.view_box.setRange(xRange=(0, peak / (1 - share)), yRange=rows, padding=0)
        gap = VALUE_LABEL_GAP * (peak / (1 - share)) / max(width, 1)
        for index, bar in enumerate(self.latest.bars):
            self._value_labels[index].setPos(bar.high + gap, index)

    def _pick(self, segment) -> Pick:
        figure = self.latest.bars[segment.category]
        return Pick(
            segment.row_ids, figure.describe(self.latest.unit), (figure.company_key, segment)
        )

    def value_labels(self) -> list[str]:
        """The figures written after the bars, top to bottom."""
        return [label.toPlainText() for label in self._value_labels if label.isVisible()]

    def category_labels(self) -> list[str]:
        """The company names the axis writes, top to bottom."""
        axis = self._category_axis
        low, high = sorted(self.view_box.viewRange()[1])
        ticks = axis.tickValues(low, high, axis.height())
        values = sorted(value for _spacing, level in ticks for value in level)
        return [name for name in axis.tickStrings(values, 1, 1) if name]
