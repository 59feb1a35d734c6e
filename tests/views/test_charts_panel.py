"""The Charts panel, driven with the mouse as an analyst would."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage
from PySide6.QtWidgets import QFileDialog

from workbench.core.operations import Changes, Table
from workbench.core.operations.entities import merge_entities
from workbench.core.sheets.rows import add_row, update_cell
from workbench.core.sheets.schema import CAPACITY, CLUSTERS
from workbench.core.vocabulary import entity_type
from workbench.models.session import Session
from workbench.views.chart_views import SERIES_PALETTE, BarPlot, CapacityPlot
from workbench.views.charts_panel import ChartsPanel

from ..conftest import ROOT

SOURCE_DOCUMENT = 20  # a report; every row below quotes a span of it

CLUSTER_ROWS = [
    ("长三角集成电路集群", "亚洲", "中国", "集成电路"),
    ("深圳电子信息集群", "亚洲", "中國", "电子信息"),
    ("硅谷", "北美洲", "美国", "集成电路"),
    ("慕尼黑汽车集群", "欧洲", "德国", "汽车"),
    ("斯图加特汽车集群", "欧洲", "德国", "汽车"),
    ("苏州生物医药集群", "亚洲", "中国", "集成电路"),
]
CAPACITY_ROWS = [
    ("台積電", "CoWoS", 1.3, None, "萬片/月", 2023, "actual"),
    ("台积电", "CoWoS", 3.5, 4.0, "万片/月", 2024, "actual"),
    ("台積電", "CoWoS", 7.0, 8.0, "萬片/月", 2025, "planned"),
    ("日月光", "CoWoS", 0.5, None, "萬片/月", 2024, "actual"),
    ("大眾", "电动车", 60.0, None, "万辆", 2025, "planned"),
]


@pytest.fixture
def charts(seeded_store, qtbot):
    """A Charts panel over the seeded store with known sheet rows (and only those)."""
    conn = seeded_store.conn
    conn.execute("DELETE FROM cluster_rows")
    conn.execute("DELETE FROM capacity_rows")
    ids = {"clusters": [], "capacity": []}
    for index, (name, continent, country, domain) in enumerate(CLUSTER_ROWS):
        values = {"name": name, "continent": continent, "country": country, "domain": domain}
        source = (SOURCE_DOCUMENT, index * 10, index * 10 + 8)
        ids["clusters"].append(add_row(conn, CLUSTERS, values, review="auto", source=source))
    for index, (company, product, low, high, unit, year, status) in enumerate(CAPACITY_ROWS):
        values = {
            "company": company,
            "product": product,
            "value_low": low,
            "value_high": high,
            "unit": unit,
            "period": "per month" if "月" in unit else "per year",
            "year": year,
            "status": status,
        }
        source = (SOURCE_DOCUMENT, 100 + index * 10, 106 + index * 10)
        ids["capacity"].append(add_row(conn, CAPACITY, values, review="auto", source=source))
    session = Session(seeded_store)
    panel = ChartsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel, ids


def viewport_point(plot, view_point: QPointF):
    return plot.mapFromScene(plot.view_box.mapViewToScene(view_point))


def click(qtbot, plot, view_point: QPointF) -> None:
    qtbot.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(plot, view_point)
    )


def requests_of(session):
    seen = []
    session.open_document_requested.connect(lambda *args: seen.append(args))
    return seen


def choose(qtbot, combo, text: str) -> None:
    """Pick ``text`` in one of the Charts panel's pickers, and wait for the chart drawn."""
    combo.setFocus()
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)
    panel = combo.parent()
    while not isinstance(panel, ChartsPanel):
        panel = panel.parent()
    qtbot.waitUntil(panel.is_up_to_date)


def test_clicking_a_country_bar_selects_its_rows_and_opens_their_sources(charts, qtbot):
    session, panel, ids = charts
    choose(qtbot, panel.chart_picker, "Clusters by country")
    plot = panel.current_plot()
    assert isinstance(plot, BarPlot)
    assert plot.chart.categories == ("中国", "德国", "美国")  # 中國 counted as 中国
    assert plot.chart.totals() == (3.0, 2.0, 1.0)

    germany = plot.chart.categories.index("德国")
    with qtbot.waitSignal(panel.rows_selected) as selected:
        click(qtbot, plot, plot.segment_center(germany))
    assert selected.args == ["clusters", [ids["clusters"][3], ids["clusters"][4]]]
    assert panel.hover_label.text() == "德国: 2 clusters"

    requests = requests_of(session)
    assert panel.open_source_button.isEnabled()
    assert panel.open_source_button.text() == "Open source 1/2"
    qtbot.mouseClick(panel.open_source_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.open_source_button, Qt.MouseButton.LeftButton)
    assert requests == [(SOURCE_DOCUMENT, 30, 38), (SOURCE_DOCUMENT, 40, 48)]

    # a click on empty plot space clears the selection
    click(qtbot, plot, QPointF(2.8, germany))
    assert not panel.open_source_button.isEnabled()


def test_stacked_bars_select_one_domain_of_one_country(charts, qtbot):
    _session, panel, ids = charts
    choose(qtbot, panel.chart_picker, "Clusters by country")
    qtbot.mouseClick(panel.stack_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_up_to_date)
    plot = panel.current_plot()
    assert plot.chart.stacked_by == "domain"
    names = [s.name for s in plot.chart.series]
    assert names == ["集成电路", "汽车", "电子信息"]
    china = plot.chart.categories.index("中国")
    with qtbot.waitSignal(panel.rows_selected) as selected:
        click(qtbot, plot, plot.segment_center(china, names.index("电子信息")))
    assert selected.args == ["clusters", [ids["clusters"][1]]]
    assert panel.hover_label.text() == "中国 · 电子信息: 1 of 3 clusters"


def test_hover_shows_exact_values(charts, qtbot):
    _session, panel, _ids = charts
    choose(qtbot, panel.chart_picker, "Clusters by domain")
    plot = panel.current_plot()
    auto = plot.chart.categories.index("汽车")
    qtbot.mouseMove(plot.viewport(), viewport_point(plot, plot.segment_center(auto)))
    qtbot.waitUntil(lambda: panel.hover_label.text() == "汽车: 2 clusters")


def test_capacity_points_per_unit_with_hover_and_click(charts, qtbot):
    session, panel, ids = charts
    choose(qtbot, panel.chart_picker, "Capacity")
    plot = panel.current_plot()
    assert isinstance(plot, CapacityPlot)
    assert panel.group_picker.isVisible()
    # Grouped by the canonical unit, which carries the period: 萬片/月 and 万片/月 are one.
    assert [panel.group_picker.itemText(i) for i in range(panel.group_picker.count())] == [
        "CoWoS · 万片/月 (4)",
        "电动车 · 万辆/年 (1)",
    ]
    assert plot.getPlotItem().getAxis("left").labelText == "万片/月"
    tsmc_2024 = next(i for i, p in enumerate(plot._points) if p.row_ids == (ids["capacity"][1],))
    target = viewport_point(plot, plot.point_position(tsmc_2024))
    qtbot.mouseMove(plot.viewport(), target)
    qtbot.waitUntil(
        lambda: panel.hover_label.text() == "台積電, 2024: 3.5–4 万片/月 (actual; 1 row)"
    )
    with qtbot.waitSignal(panel.rows_selected) as selected:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert selected.args == ["capacity", [ids["capacity"][1]]]
    requests = requests_of(session)
    qtbot.keyClick(plot.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert requests == [(SOURCE_DOCUMENT, 110, 116)]

    choose(qtbot, panel.group_picker, "电动车")
    assert plot.getPlotItem().getAxis("left").labelText == "万辆/年"
    assert [(s.company, s.status) for s in plot.chart.series] == [("大眾", "planned")]


def test_companies_the_analyst_merges_become_one_line_until_undone(charts, qtbot):
    session, panel, _ids = charts
    choose(qtbot, panel.chart_picker, "Capacity")
    plot = panel.current_plot()
    assert plot.chart.companies == ("台積電", "日月光")
    session.run(lambda store: merge_entities(store, ("台积电", "ORG"), [("日月光", "ORG")]))
    qtbot.waitUntil(lambda: panel.current_plot().chart.companies == ("台積電",))
    stored = session.store.conn.execute(
        "SELECT count(*) FROM entity_aliases WHERE written = '日月光'"
    ).fetchone()[0]
    assert stored == 1
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.current_plot().chart.companies == ("台積電", "日月光"))


def test_charts_follow_the_sheet_filter_and_live_edits(charts, qtbot):
    session, panel, ids = charts
    conn = session.store.conn
    choose(qtbot, panel.chart_picker, "Clusters by country")
    plot = panel.current_plot()

    update_cell(conn, CLUSTERS, ids["clusters"][2], "country", "法国")
    session.hub.broadcast(Changes.reloaded(Table.CAPACITY, Table.CLUSTERS))
    qtbot.waitUntil(lambda: "法国" in plot.chart.categories)
    assert "美国" not in plot.chart.categories

    add_row(conn, CLUSTERS, {"name": "图卢兹航空集群", "country": "法国", "domain": "航空"})
    session.hub.broadcast(Changes.reloaded(Table.CAPACITY, Table.CLUSTERS))
    qtbot.waitUntil(lambda: plot.chart.totals()[plot.chart.categories.index("法国")] == 2)

    panel.set_sheet_filter("clusters", filters={"continent": "欧洲"})
    qtbot.waitUntil(lambda: plot.chart.categories == ("德国",))
    panel.set_sheet_filter("clusters", reviews=["confirmed"])
    qtbot.waitUntil(lambda: plot.chart.categories == ())
    panel.set_sheet_filter("clusters")

    # the rows a sheet panel shows, passed on as ids
    panel.set_visible_rows("clusters", [ids["clusters"][0], ids["clusters"][3]])
    qtbot.waitUntil(lambda: plot.chart.categories == ("中国", "德国"))
    assert plot.chart.totals() == (1.0, 1.0)
    update_cell(conn, CLUSTERS, ids["clusters"][3], "country", "意大利")
    session.hub.broadcast(Changes.reloaded(Table.CAPACITY, Table.CLUSTERS))
    qtbot.waitUntil(lambda: plot.chart.categories == ("中国", "意大利"))
    panel.set_visible_rows("clusters", None)
    qtbot.waitUntil(lambda: sum(plot.chart.totals()) == 7)


def test_entity_bar_selects_the_entity_and_opens_a_mention(charts, qtbot):
    session, panel, _ids = charts
    choose(qtbot, panel.chart_picker, "Most mentioned entities")
    choose(qtbot, panel.type_picker, "Organisation")
    plot = panel.current_plot()
    canonical = plot.chart.categories[0]
    colour = QColor(plot._bars[0].opts["brush"].color()).name()
    assert colour == entity_type("ORG").strong  # the Organisation colour used everywhere else
    entities = []
    session.entity_selected.connect(lambda *args: entities.append(args))
    click(qtbot, plot, plot.segment_center(0))
    assert entities == [(canonical, "ORG")]
    requests = requests_of(session)
    qtbot.mouseClick(panel.open_source_button, Qt.MouseButton.LeftButton)
    ((document_id, start, end),) = requests
    found = session.store.conn.execute(
        'SELECT canonical, type FROM mentions WHERE document_id = ? AND start = ? AND "end" = ?',
        (document_id, start, end),
    ).fetchall()
    assert (canonical, "ORG") in [tuple(row) for row in found]


def test_documents_by_date_click_selects_the_documents_of_that_day(charts, qtbot):
    _session, panel, _ids = charts
    choose(qtbot, panel.chart_picker, "Documents by publish date")
    plot = panel.current_plot()
    day = plot.chart.categories.index("2023-12-13")
    with qtbot.waitSignal(panel.rows_selected) as selected:
        click(qtbot, plot, plot.segment_center(day))
    kind, document_ids = selected.args
    assert kind == "documents" and len(document_ids) == 4
    dates = {
        row[0]
        for row in panel.source._session.store.conn.execute(
            f"SELECT publish_date FROM documents WHERE id IN ({','.join('?' * 4)})",
            document_ids,
        )
    }
    assert dates == {"2023-12-13"}


def test_export_png_and_svg_from_the_menu(charts, qtbot, tmp_path, monkeypatch):
    _session, panel, _ids = charts
    choose(qtbot, panel.chart_picker, "Clusters by country")
    target = {"path": ""}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (target["path"], "")
    )
    target["path"] = str(tmp_path / "countries")  # the suffix is added
    panel.export_png_action.trigger()
    png = tmp_path / "countries.png"
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 500
    bar_colour = QColor(SERIES_PALETTE[0]).rgb()
    assert any(
        image.pixel(x, y) == bar_colour
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )
    assert panel.hover_label.text() == f"Chart exported to {png}"

    target["path"] = str(tmp_path / "countries.svg")
    panel.export_svg_action.trigger()
    svg = (tmp_path / "countries.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "德国" in svg  # labels are text, in Chinese


def test_reset_view_after_zoom(charts, qtbot):
    _session, panel, _ids = charts
    choose(qtbot, panel.chart_picker, "Clusters by domain")
    box = panel.current_plot().view_box
    before = box.viewRange()
    box.scaleBy((0.3, 0.3))
    assert box.viewRange() != before
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    after = box.viewRange()
    assert after[0] == pytest.approx(before[0]) and after[1] == pytest.approx(before[1])


def test_chinese_labels_use_a_cjk_font(charts):
    _session, panel, _ids = charts
    axis = panel.current_plot().getPlotItem().getAxis("bottom")
    font = axis.style["tickFont"]
    assert QFontInfo(font).family().startswith("Noto Sans CJK")
    assert QFontMetrics(font).inFontUcs4(ord("產"))


def run_cli(*args):
    command = [sys.executable, "-m", "workbench", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_cli_chart_writes_an_image(seeded_store_path, tmp_path):
    out = tmp_path / "entities.png"
    result = run_cli("chart", "entities", "--out", str(out), "--db", str(seeded_store_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"chart written to {out}"
    image = QImage(str(out))
    assert image.width() == 1400 - 8  # the plot inside the panel's margins

    bad = run_cli(
        "chart", "entities", "--out", str(tmp_path / "x.gif"), "--db", str(seeded_store_path)
    )
    assert bad.returncode == 1
    assert bad.stderr.strip() == "workbench: x.gif: a chart is exported as .png or .svg"
