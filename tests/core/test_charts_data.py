"""The numbers each chart draws, computed from rows without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from workbench.core.charts import (
    NOT_STATED,
    OTHER,
    capacity_chart,
    capacity_groups,
    clusters_by_country,
    clusters_by_domain,
    document_rows,
    documents_by_date,
    entity_entries,
    parse_publish_date,
    top_entities,
)
from workbench.core.charts.bars import name_key
from workbench.core.charts.clusters import MAX_STACKED_DOMAINS
from workbench.core.sheets.schema import CAPACITY as CAPACITY_SHEET
from workbench.core.store.mentions import set_review

from ..conftest import ROOT


def cluster(id_, country, domain, review="auto"):
    return {"id": id_, "name": f"c{id_}", "country": country, "domain": domain, "review": review}


CLUSTERS = [
    cluster(1, "中国", "集成电路"),
    cluster(2, "中國", "电子信息"),  # Traditional spelling of the same country
    cluster(3, "中国", "集成电路"),
    cluster(4, "德国", "汽车"),
    cluster(5, "德国", "汽车"),
    cluster(6, "美国", "集成电路"),
    cluster(7, "", "生物医药"),
    cluster(8, "日本", "汽车", review="rejected"),
]


def test_clusters_by_country_counts_each_country_once_in_either_script():
    chart = clusters_by_country(CLUSTERS)
    assert chart.categories == ("中国", "德国", "美国", NOT_STATED)
    assert chart.totals() == (3.0, 2.0, 1.0, 1.0)
    assert chart.row_ids_of_category(0) == (1, 2, 3)
    assert chart.row_ids_of_category(1) == (4, 5)
    assert chart.row_kind == "clusters"
    assert chart.note == "1 without a country; 1 rejected not counted"
    assert "日本" not in chart.categories


def test_clusters_by_country_stacked_by_domain_splits_each_bar_and_its_rows():
    chart = clusters_by_country(CLUSTERS, stack_by_domain=True)
    names = [s.name for s in chart.series]
    assert names == ["集成电路", "汽车", "生物医药", "电子信息"]
    china = chart.categories.index("中国")
    by_name = {s.name: s for s in chart.series}
    assert by_name["集成电路"].values[china] == 2
    assert by_name["集成电路"].row_ids[china] == (1, 3)
    assert by_name["电子信息"].row_ids[china] == (2,)
    assert by_name["汽车"].values[china] == 0
    # stacked segments sit end to end and add up to the unstacked totals
    segments = [s for s in chart.segments() if s.category == china]
    assert [(s.bottom, s.top) for s in segments] == [(0, 2), (2, 3)]
    assert chart.totals() == clusters_by_country(CLUSTERS).totals()


def test_many_domains_beyond_the_palette_fold_into_other():
    rows = [cluster(i, "中国", f"领域{i:02d}") for i in range(1, MAX_STACKED_DOMAINS + 3)]
    chart = clusters_by_country(rows, stack_by_domain=True)
    assert len(chart.series) == MAX_STACKED_DOMAINS
    assert chart.series[-1].name == OTHER
    assert chart.series[-1].values == (3.0,)
    assert sum(len(s.row_ids[0]) for s in chart.series) == len(rows)


def test_clusters_by_domain():
    chart = clusters_by_domain(CLUSTERS)
    assert dict(zip(chart.categories, chart.totals(), strict=True)) == {
        "集成电路": 3,
        "汽车": 2,
        "生物医药": 1,
        "电子信息": 1,
    }
    assert chart.row_ids_of_category(chart.categories.index("汽车")) == (4, 5)


def capacity(id_, company, product, low, high, unit, year, status, period="per month"):
    """A capacity row as the sheet stores it, with the figure in its canonical unit."""
    row = {
        "id": id_,
        "company": company,
        "product": product,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "period": period,
        "year": year,
        "status": status,
        "review": "auto",
    }
    return row | CAPACITY_SHEET.derived(row)


CAPACITY = [
    capacity(1, "台積電", "CoWoS", 1.3, None, "萬片/月", 2023, "actual"),
    capacity(2, "台积电", "CoWoS", 3.5, 4.0, "万片/月", 2024, "actual"),
    capacity(3, "台積電", "CoWoS", 7.0, 8.0, "萬片/月", 2025, "planned"),
    capacity(4, "台積電", "CoWoS", 7.0, 8.0, "萬片/月", 2025, "planned"),  # same figure twice
    capacity(5, "日月光", "CoWoS", 0.5, None, "萬片/月", 2024, "actual"),
    capacity(6, "日月光", "CoWoS", 1.0, None, "萬片/月", None, "planned"),  # no year
    capacity(7, "三星", "NAND", 20, None, "万片/月", 2023, "actual"),
    capacity(8, "大眾", "电动车", 60, None, "万辆", 2025, "planned", "per year"),
    capacity(9, "大众", "电动车", 40, None, "万辆", 2024, "actual", "per year"),
]


def test_capacity_groups_never_mix_units_or_products_but_merge_scripts():
    groups = capacity_groups(CAPACITY)
    # The canonical unit (萬片/月 and 万片/月 are one), which carries the period.
    assert [(g.product, g.unit, g.rows) for g in groups] == [
        ("CoWoS", "万片/月", 6),
        ("电动车", "万辆/年", 2),
        ("NAND", "万片/月", 1),
    ]
    assert groups[0].period == ""


def test_capacity_chart_per_company_and_status_with_ranges():
    chart = capacity_chart(CAPACITY)
    assert chart.group.product == "CoWoS"
    assert chart.unit == "万片/月"
    assert chart.companies == ("台積電", "日月光")
    lines = {(s.company, s.status): s for s in chart.series}
    assert set(lines) == {("台積電", "actual"), ("台積電", "planned"), ("日月光", "actual")}
    actual = lines["台積電", "actual"].points
    assert [(p.year, p.low, p.high, p.row_ids) for p in actual] == [
        (2023, 1.3, 1.3, (1,)),
        (2024, 3.5, 4.0, (2,)),
    ]
    assert actual[1].value == 3.75 and actual[1].is_range
    assert actual[1].value_text(chart.unit) == "3.5–4 万片/月"
    planned = lines["台積電", "planned"]
    assert [(p.year, p.row_ids) for p in planned.points] == [(2025, (3, 4))]
    # the plan continues the company's line from its last actual figure
    assert planned.anchor == actual[1]
    assert [p.year for p in planned.line()] == [2024, 2025]
    assert chart.note == "1 row without a year not drawn"
    assert all(p.row_ids != (7,) for p in chart.points())


def test_capacity_chart_of_another_group_and_of_nothing():
    groups = capacity_groups(CAPACITY)
    cars = capacity_chart(CAPACITY, groups[1].key)
    assert cars.unit == "万辆/年"
    assert cars.companies == ("大眾",)  # 大眾 and 大众 are one company
    assert [(s.status, [p.year for p in s.points]) for s in cars.series] == [
        ("actual", [2024]),
        ("planned", [2025]),
    ]
    rejected = [dict(row, review="rejected") for row in CAPACITY]
    empty = capacity_chart(rejected)
    assert empty.group is None and empty.series == ()


@pytest.fixture(scope="module")
def seeded_conn(seeded_store_path):
    import sqlite3

    conn = sqlite3.connect(seeded_store_path)
    yield conn
    conn.close()


def test_top_entities_counts_match_the_mentions_table(seeded_conn):
    chart = top_entities(entity_entries(seeded_conn), ["ORG"], per_type=5)
    assert len(chart.categories) == 5
    top_sql = seeded_conn.execute(
        "SELECT canonical, count(*), count(DISTINCT document_id) FROM mentions "
        "WHERE type = 'ORG' GROUP BY canonical ORDER BY count(*) DESC, canonical LIMIT 1"
    ).fetchone()
    assert chart.categories[0] == top_sql[0]
    assert chart.totals()[0] == top_sql[1]
    assert chart.category_keys[0] == (top_sql[0], "ORG")
    assert chart.category_notes[0] == f"Organisation, in {top_sql[2]} documents"
    assert list(chart.totals()) == sorted(chart.totals(), reverse=True)


def test_top_entities_of_every_type_are_coloured_by_type(seeded_conn):
    chart = top_entities(entity_entries(seeded_conn), per_type=3)
    types = [key[1] for key in chart.category_keys]
    assert all(types.count(t) <= 3 for t in set(types))
    for series in chart.series:
        for index, value in enumerate(series.values):
            assert (value > 0) == (types[index] == series.color_key)


def test_a_rejected_mention_is_not_counted(seeded_store):
    conn = seeded_store.conn
    before = top_entities(entity_entries(conn), ["ORG"], per_type=1)
    name = before.categories[0]
    document_id, start, end = conn.execute(
        'SELECT document_id, start, "end" FROM mentions WHERE canonical = ? AND type = ? LIMIT 1',
        (name, "ORG"),
    ).fetchone()
    set_review(conn, document_id, start, end, "ORG", "rejected")
    after = top_entities(entity_entries(conn), ["ORG"], per_type=1)
    assert after.categories[0] == name
    assert after.totals()[0] == before.totals()[0] - 1


def test_documents_by_publish_date_on_the_seeds(seeded_conn):
    chart = documents_by_date(document_rows(seeded_conn))
    assert sum(chart.totals()) == 20  # the dated reports
    assert chart.note == "18 documents without a publish date"
    assert chart.categories[0] == "2023-11-20" and chart.categories[-1] == "2023-12-16"
    assert len(chart.categories) == 27  # every day in between, empty ones too
    assert chart.totals()[chart.categories.index("2023-12-13")] == 4
    assert not chart.horizontal


def test_documents_by_date_buckets_by_month_and_year():
    rows = [
        {"id": 1, "kind": "report", "publish_date": "2023-01-05"},
        {"id": 2, "kind": "article", "publish_date": "2023年5月9日"},
        {"id": 3, "kind": "report", "publish_date": "2023/05"},
        {"id": 4, "kind": "report", "publish_date": None},
    ]
    chart = documents_by_date(rows)
    assert chart.title.endswith("(per month)")
    assert chart.categories == ("2023-01", "2023-02", "2023-03", "2023-04", "2023-05")
    assert chart.totals() == (1.0, 0.0, 0.0, 0.0, 2.0)
    assert [s.name for s in chart.series] == ["Report", "Article"]
    assert [s.color_key for s in chart.series] == ["report", "article"]
    assert chart.row_ids_of_category(4) == (3, 2)
    years = documents_by_date([*rows, {"id": 5, "kind": "report", "publish_date": "2031"}])
    assert years.categories[0] == "2023" and years.categories[-1] == "2031"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-12-07", date(2023, 12, 7)),
        ("2023年12月7日", date(2023, 12, 7)),
        ("2024/2", date(2024, 2, 1)),
        ("2024", date(2024, 1, 1)),
        ("2023-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_publish_date(text, expected):
    assert parse_publish_date(text) == expected


def test_chart_data_never_imports_qt():
    code = (
        "import sys, workbench.core.charts;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_capacity_chart_joins_a_company_written_under_its_aliases():
    rows = [
        dict(CAPACITY[0], id=101, company="TSMC", year=2022, std_low=1.0, std_high=1.0),
        dict(CAPACITY[0], id=102, company="台积电", year=2021, std_low=0.8, std_high=0.8),
    ]
    chart = capacity_chart([*CAPACITY, *rows])
    assert chart.companies == ("台積電", "日月光")  # one line for TSMC / 台積電 / 台积电
    tsmc_rows = {
        i for s in chart.series if s.company == "台積電" for p in s.points for i in p.row_ids
    }
    assert {101, 102} <= tsmc_rows
    assert name_key("SK Hynix") == name_key("SK 海力士") and name_key("三星") != name_key(
        "SK海力士"
    )


def test_the_stores_names_join_companies_the_dictionaries_keep_apart():
    rows = [
        dict(CAPACITY[0], id=201, company="TSMC", year=2022, std_low=1.0, std_high=1.0),
        dict(CAPACITY[0], id=202, company="日月光", year=2022, std_low=0.5, std_high=0.5),
    ]
    apart = capacity_chart(rows)
    assert len(apart.companies) == 2
    # 日月光 merged into 台积电, then 台积电 renamed: both spellings follow the new name.
    taught = {"日月光": "taiwan semiconductor", "台积电": "taiwan semiconductor"}
    joined = capacity_chart(rows, taught_names=taught)
    assert len(joined.companies) == 1
    assert name_key("台積電", taught) == name_key("TSMC", taught) == "taiwan semiconductor"
