"""Capacity chart groups and the latest figure per company, on rows as the sheet stores them."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.charts import (
    capacity_chart,
    capacity_groups,
    latest_capacity,
    latest_groups,
)
from workbench.core.charts.capacity import LATEST_TOP, MAX_COMPANY_LINES
from workbench.core.sheets.rows import fetch_rows, query_ids
from workbench.core.sheets.schema import CAPACITY

from ..sheet_fixtures import extracted_store_path  # noqa: F401 (fixture)


def row(id_, company, written, product, low, high, unit, year, status, **more):
    """A capacity row as extraction stores it: canonical company beside the name as
    written, the figure as written and (derived) in its canonical unit."""
    values = {
        "id": id_,
        "company": company,
        "company_written": written,
        "product": product,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "period": more.pop("period", "per month"),
        "year": year,
        "status": status,
        "measure": more.pop("measure", "level"),
        "scope": more.pop("scope", "company"),
        "location": more.pop("location", ""),
        "unit_qualifier": more.pop("qualifier", ""),
        "review": more.pop("review", "auto"),
        "sources": more.pop("sources", 1),
    }
    assert not more, more
    return values | CAPACITY.derived(values)


def labels(groups):
    return [group.label for group in groups]


# -- one group, whatever the spelling -------------------------------------------------


WAFER_RATES = [
    row(1, "台积电", "台積電", "CoWoS", 1.3, None, "萬片/月", 2023, "actual"),
    row(2, "台积电", "TSMC", "CoWoS", 35, None, "kwpm", 2024, "actual"),
    row(3, "日月光", "日月光", "CoWoS", 5, None, "千片/月", 2024, "actual"),
    row(4, "安靠", "Amkor", "CoWoS", 1, None, "万片/月", 2025, "planned"),
    row(5, "中芯国际", "中芯國際", "晶圓", 10, None, "萬片/月", 2024, "actual"),
    row(6, "华虹", "華虹", "晶圆", 9.5, None, "万片/月", 2024, "actual"),
    row(7, "台积电", "台積電", "CoWoS", 1.5, 2.0, "萬片/月 12英吋晶圓當量", 2023, "actual"),
]


def test_both_scripts_and_every_wafer_rate_are_one_group_of_standard_figures():
    groups = capacity_groups(WAFER_RATES)
    assert labels(groups) == [
        "CoWoS · 万片/月 (4)",  # 萬片/月, kwpm, 千片/月 and 万片/月
        "晶圓 · 万片/月 (2)",  # 晶圓 and 晶圆
        "CoWoS · 万片/月 (12英寸当量) (1)",  # a wafer-size equivalence stays apart
    ]
    chart = capacity_chart(WAFER_RATES)
    assert chart.axis_label == "万片/月"
    drawn = {(p.company, p.year): (p.low, p.high, p.row_ids) for p in chart.points()}
    assert drawn == {
        ("台积电", 2023): (1.3, 1.3, (1,)),
        ("台积电", 2024): (3.5, 3.5, (2,)),  # 35 kwpm drawn as 3.5 万片/月
        ("日月光", 2024): (0.5, 0.5, (3,)),  # 5 千片/月 as 0.5 万片/月
        ("安靠", 2025): (1.0, 1.0, (4,)),
    }
    wafers = capacity_chart(WAFER_RATES, groups[1].key)
    assert wafers.companies == ("中芯国际", "华虹")
    qualified = capacity_chart(WAFER_RATES, groups[2].key)
    assert qualified.axis_label == "万片/月 (12英寸当量)"
    assert qualified.title == "Capacity: CoWoS · 万片/月 (12英寸当量)"


def test_a_unit_without_a_canonical_form_falls_back_to_the_unit_as_written():
    rows = [
        row(1, "宁德时代", "寧德時代", "产线", 12, None, "条", 2024, "actual", period="per year"),
        row(2, "比亚迪", "比亞迪", "产线", 8, None, "條", 2024, "actual", period="per year"),
        row(3, "比亚迪", "比亞迪", "产线", 1, None, "条", 2024, "actual", period="per month"),
    ]
    assert rows[0]["std_unit"] == ""
    groups = capacity_groups(rows)
    assert labels(groups) == ["产线 · 条, per year (2)", "产线 · 条, per month (1)"]
    assert [p.low for p in capacity_chart(rows).points()] == [12, 8]


# -- whose figure, and what kind -----------------------------------------------------


def wafers(id_, company, written, low, year, status, **more):
    """A wafer figure in 8-inch equivalents, as the corpus' capacity tables state them."""
    more.setdefault("qualifier", "8英寸当量")
    return row(id_, company, written, "晶圆", low, None, "万片/月", year, status, **more)


WAFERS_8_INCH = [
    wafers(1, "三星", "Samsung", 405, 2021, "actual"),
    wafers(2, "三星", "Samsung", 448.4, 2022, "actual"),
    wafers(3, "台积电", "TSMC", 287.6, 2022, "actual"),
    wafers(4, "", "", 1198.8, 2021, "actual", scope="total"),  # 合计 row of the table
    wafers(5, "", "", 2546, 2022, "actual", scope="market"),  # 全球
    wafers(6, "", "", 2783, 2023, "forecast", scope="market"),
    wafers(7, "", "", 900, 2022, "actual", scope="market", location="中国"),
]


def test_totals_and_market_figures_never_share_the_company_axis():
    groups = capacity_groups(WAFERS_8_INCH)
    assert labels(groups) == [
        "晶圆 · 万片/月 (8英寸当量) (3)",
        "晶圆 · 万片/月 (8英寸当量) · market & totals (4)",
    ]
    companies = capacity_chart(WAFERS_8_INCH)
    assert companies.companies == ("三星", "台积电")
    assert {i for p in companies.points() for i in p.row_ids} == {1, 2, 3}
    assert companies.note == "4 market or total figures charted separately"

    aggregate = capacity_chart(WAFERS_8_INCH, groups[1].key)
    assert aggregate.title == "Market & total capacity: 晶圆 · 万片/月 (8英寸当量)"
    lines = {(s.company, s.status): [p.row_ids for p in s.points] for s in aggregate.series}
    assert lines == {
        ("(market)", "actual"): [(5,)],
        ("(market)", "forecast"): [(6,)],
        ("(market) 中国", "actual"): [(7,)],  # another market: another line
        ("(total)", "actual"): [(4,)],
    }
    # The latest-capacity chart is of companies: no bar for the market or a total.
    assert labels(latest_groups(WAFERS_8_INCH)) == labels(groups[:1])
    latest = latest_capacity(WAFERS_8_INCH)
    assert [(bar.company, bar.value) for bar in latest.bars] == [("三星", 448.4), ("台积电", 287.6)]
    assert latest.note == "4 market or total figures charted separately"


COWOS_ADDITION = [
    row(1, "台积电", "台積電", "CoWoS", 1.5, None, "萬片/月", 2023, "actual"),
    row(2, "台积电", "台積電", "CoWoS", 3.5, None, "萬片/月", 2024, "actual"),
    row(3, "台积电", "台積電", "CoWoS", 2, None, "萬片/月", 2024, "planned", measure="addition"),
    row(4, "", "", "CoWoS", 0.8, None, "萬片/月", 2025, "forecast", scope="market"),
]


def test_capacity_added_is_not_drawn_as_a_level():
    groups = capacity_groups(COWOS_ADDITION)
    # The groups of one unit together: levels, additions, then market and totals.
    assert labels(groups) == [
        "CoWoS · 万片/月 (2)",
        "CoWoS · 万片/月 · addition (1)",
        "CoWoS · 万片/月 · market & totals (1)",
    ]
    levels = capacity_chart(COWOS_ADDITION)
    assert [p.row_ids for p in levels.points()] == [(1,), (2,)]
    assert levels.note == ("1 market or total figure and 1 capacity addition charted separately")
    added = capacity_chart(COWOS_ADDITION, groups[1].key)
    assert added.title == "Capacity added: CoWoS · 万片/月"
    assert [p.row_ids for p in added.points()] == [(3,)]
    # The latest level is the 2024 figure, not the 2024 expansion.
    assert [(b.company, b.low, b.row_ids) for b in latest_capacity(COWOS_ADDITION).bars] == [
        ("台积电", 3.5, (2,))
    ]
    latest_added = latest_capacity(COWOS_ADDITION, groups[1].key)
    assert latest_added.title == "Latest capacity added per company: CoWoS · 万片/月"


# -- the latest figure per company -----------------------------------------------------


LATEST = [
    row(1, "台积电", "台積電", "CoWoS", 3.5, 4.0, "萬片/月", 2024, "actual"),
    row(2, "台积电", "TSMC", "CoWoS", 11.5, 13, "萬片/月", 2026, "planned", sources=2),
    row(3, "台积电", "台積電", "CoWoS", 12.7, None, "萬片/月", 2026, "forecast"),
    row(4, "日月光", "日月光", "CoWoS", 7.2, 7.5, "萬片/月", 2025, "planned"),
    row(5, "日月光", "ASE", "CoWoS", 6, None, "万片/月", 2025, "actual"),
    row(6, "安靠", "Amkor", "CoWoS", 2, None, "万片/月", None, "planned"),
    row(7, "三星", "三星", "CoWoS", 8, None, "万片/月", 2025, "forecast"),
    row(8, "三星", "三星", "CoWoS", 5, None, "万片/月", 2025, ""),
    row(9, "", "", "CoWoS", 30, None, "万片/月", 2025, "actual"),  # whose? not said
    row(10, "英特尔", "Intel", "CoWoS", 9, None, "万片/月", 2026, "actual", review="rejected"),
]


def test_the_latest_figure_is_the_latest_years_most_certain_one():
    chart = latest_capacity(LATEST)
    assert chart.title == "Latest capacity per company: CoWoS · 万片/月"
    assert [(b.company, b.year, b.status, b.row_ids) for b in chart.bars] == [
        ("台积电", 2026, "planned", (2,)),  # the latest year wins, a plan beats a forecast
        ("日月光", 2025, "actual", (5,)),  # of one year, the actual figure
        ("三星", 2025, "", (8,)),  # no status word reads as current: before a forecast
        ("安靠", None, "planned", (6,)),  # only undated figures: shown, marked so
    ]
    tsmc, ase, samsung, amkor = chart.bars
    assert tsmc.bar_text() == "11.5–13 · 2026"
    assert tsmc.describe(chart.unit) == (
        "台积电, 2026: 11.5–13 万片/月 (planned; 2 sources; 1 other figure for 2026; written TSMC)"
    )
    assert ase.describe(chart.unit) == (
        "日月光, 2025: 6 万片/月 (actual; 1 source; 1 other figure for 2025; written ASE)"
    )
    assert samsung.describe(chart.unit) == (
        "三星, 2025: 5 万片/月 (status not stated; 1 source; 1 other figure for 2025)"
    )
    assert amkor.bar_text() == "2 · year not stated"
    assert chart.statuses() == ("actual", "", "planned")
    assert chart.note == "1 figure without a company not shown"
    assert "英特尔" not in [b.company for b in chart.bars]  # rejected


def test_a_store_of_many_companies_shows_the_largest_and_counts_the_rest():
    rows = [
        row(i, f"公司{i:03d}", f"公司{i:03d}", "CoWoS", float(i), None, "万片/月", 2024, "actual")
        for i in range(1, LATEST_TOP + 6)
    ]
    chart = latest_capacity(rows)
    assert len(chart.bars) == LATEST_TOP and chart.hidden == 5
    assert chart.bars[0].company == f"公司{LATEST_TOP + 5:03d}"
    assert [b.value for b in chart.bars] == sorted((b.value for b in chart.bars), reverse=True)
    assert chart.note == "5 more not shown"

    over_time = capacity_chart(rows)
    assert len(over_time.companies) == MAX_COMPANY_LINES
    assert over_time.note == f"{LATEST_TOP + 5 - MAX_COMPANY_LINES} more companies not drawn"
    assert len(over_time.choices) == LATEST_TOP + 5  # each one a pick away


def test_one_companys_capacity_over_time():
    chart = capacity_chart(LATEST)
    tsmc = next(c for c in chart.choices if c.label == "台积电")
    assert tsmc.rows == 3
    alone = capacity_chart(LATEST, company=tsmc.key)
    assert alone.company == tsmc.key and alone.companies == ("台积电",)
    assert alone.title == "Capacity: CoWoS · 万片/月 — 台积电"
    assert {i for p in alone.points() for i in p.row_ids} == {1, 2, 3}
    assert [c.label for c in alone.choices] == [c.label for c in chart.choices]
    # A company of another group: the whole group is drawn instead.
    other = capacity_chart(WAFERS_8_INCH, company=tsmc.key + "x")
    assert other.company is None and len(other.companies) == 2


def test_the_analysts_merges_make_one_bar():
    taught = {"日月光": "台积电"}
    chart = latest_capacity(LATEST, taught_names=taught)
    assert [b.company for b in chart.bars] == ["台积电", "三星", "安靠"]
    assert chart.bars[0].others == 1  # 2026: the forecast; ASE's 2025 figures are older


# -- on the bundled corpus ------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_rows(extracted_store_path):  # noqa: F811
    conn = sqlite3.connect(extracted_store_path)
    try:
        rows = fetch_rows(conn, CAPACITY, query_ids(conn, CAPACITY))
    finally:
        conn.close()
    return list(rows.values())


def test_the_corpus_wafer_chart_keeps_the_market_off_the_company_lines(corpus_rows):
    groups = capacity_groups(corpus_rows)
    wafers = next(g for g in groups if g.label.startswith("晶圆 · 万片/月 (8英寸当量) ("))
    chart = capacity_chart(corpus_rows, wafers.key)
    assert "(not stated)" not in chart.companies
    assert max(p.high for p in chart.points()) < 1000  # the market's 2,546 is elsewhere
    assert "market or total figures charted separately" in chart.note
    latest = latest_capacity(corpus_rows, wafers.key)
    assert [b.company for b in latest.bars][:2] == ["三星", "台积电"]
    assert all(b.year == 2022 for b in latest.bars)
