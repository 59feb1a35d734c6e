"""Capacity statements: one row per figure, ranges as low/high, both scripts, provenance kept."""

from __future__ import annotations

import json

import pytest

from workbench.core.extraction.capacity import extract_capacity
from workbench.core.pipeline import extract_all
from workbench.core.sheets import CAPACITY, set_review, update_cell

from .. import sheet_fixtures
from ..conftest import ROOT
from ..sheet_fixtures import document_id

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store


def _rows(store, title_part):
    doc = document_id(store, title_part)
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT * FROM capacity_rows WHERE document_id = ? ORDER BY start, id", (doc,)
        )
    ]


def test_tsmc_cowos_plan_by_year(extracted_store):
    rows = [r for r in _rows(extracted_store, "先進封裝,全速擴產") if r["company"] == "台积电"]
    # the canonical entity, with the name as the article writes it beside it
    assert {r["company_written"] for r in rows} == {"台積電"}
    plan = [(r["year"], r["value_low"], r["value_high"], r["status"]) for r in rows]
    assert plan == [
        (2023, 1.5, 2.0, "actual"),
        (2024, 4.5, 5.0, "planned"),
        (2025, 7.0, 9.0, "planned"),
        (2025, 9.0, 9.0, "forecast"),
        (2026, 11.5, 13.0, "planned"),
        (2026, 12.7, 12.7, "forecast"),
    ]
    assert rows[0]["unit"] == "萬片/月 12英吋晶圓當量"
    assert rows[0]["period"] == "per month"
    # every later figure of the series is in the same unit, the equivalence stated once
    assert {(r["std_unit"], r["unit_qualifier"]) for r in rows} == {("万片/月", "12英寸当量")}
    assert [r["std_low"] for r in rows] == [1.5, 4.5, 7.0, 9.0, 11.5, 12.7]
    assert {r["product"] for r in rows} == {"CoWoS"}


def test_ase_samsung_and_volkswagen(extracted_store):
    ase = [
        r for r in _rows(extracted_store, "先進封裝,全速擴產") if r["company_written"] == "日月光"
    ]
    assert [(r["year"], r["value_low"], r["value_high"]) for r in ase] == [
        (2024, 3.2, 3.5),
        (2025, 7.2, 7.5),
    ]
    [samsung] = _rows(extracted_store, "三星、SK海力士")
    assert (samsung["company"], samsung["site"], samsung["value_low"], samsung["unit"]) == (
        "三星",
        "西安廠",
        25.0,
        "萬片/月",
    )
    [vw] = _rows(extracted_store, "德國企業,正在瘋狂湧入中國")
    assert vw["company_written"] == "大眾"
    assert (vw["std_low"], vw["std_unit"]) == (80.0, "万辆/年")
    assert (vw["company"], vw["product"], vw["value_low"], vw["unit"]) == (
        "大众",
        "電動車",
        80.0,
        "萬輛",
    )


def test_wafer_project_table(extracted_store):
    rows = _rows(extracted_store, "2023晶圆制造行业简析报告")
    projects = {r["site"]: r for r in rows if r["site"]}
    fab23 = projects["Fab23 P1"]
    assert fab23["company_written"] == "TSMC"
    assert (fab23["company"], fab23["location"], fab23["value_low"], fab23["year"]) == (
        "台积电",
        "日本熊本县",
        5.5,
        2024,
    )
    assert fab23["investment_amount"] == 86e8 and fab23["investment_currency"] == "USD"
    assert (
        projects["Fab12A P6"]["company_written"] == "UMC"
        and projects["Fab12A P6"]["value_low"] == 2.75
    )
    assert projects["天津西青工厂"]["company"] == "中芯国际"
    assert projects["天津西青工厂"]["value_low"] == 10
    # rows without a capacity figure ("/") give no capacity row
    assert not any("Pyeongtaek" in r["quote"] for r in rows)


def test_every_row_quotes_its_source(extracted_store):
    for row in extracted_store.conn.execute("SELECT * FROM capacity_rows"):
        text = extracted_store.document_text(row["document_id"])
        assert text[row["start"] : row["end"]] == row["quote"]
        assert row["review"] == "auto"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三星西安廠月產能25萬片。", [(25.0, 25.0, "萬片/月")]),
        ("三星西安厂月产能25万片。", [(25.0, 25.0, "万片/月")]),
        ("该项目建成后年新增产能 5.04 亿块。", [(5.04, 5.04, "亿块/年")]),
        ("设计产能超过400万片/月。", [(400.0, None, "万片/月")]),
        (
            "先进、成熟制程月产能分别为22/38万片。",
            [(22.0, 22.0, "万片/月"), (38.0, 38.0, "万片/月")],
        ),
        # not capacity: sales, a denominator, an estimate
        ("特斯拉1-4月销量23.12万辆。", []),
        ("每5万片晶圆产能的设备投资约150亿美元。", []),
        ("以先进制程月产能3万片晶圆厂投资金额约200亿美元估算。", []),
    ],
)
def test_sentence_rules(text, expected):
    found = [(r.value_low, r.value_high, r.unit) for r in extract_capacity(text)]
    assert found == expected


def test_reextraction_keeps_the_analysts_rows(extracted_store):
    conn = extracted_store.conn
    ids = [r[0] for r in conn.execute("SELECT id FROM capacity_rows ORDER BY id LIMIT 3")]
    update_cell(conn, CAPACITY, ids[0], "note", "checked against the filing")
    set_review(conn, CAPACITY, [ids[1]], "confirmed")
    update_cell(conn, CAPACITY, ids[2], "value_low", "0.5")  # now 'edited'
    set_review(conn, CAPACITY, [ids[0]], "rejected")
    before = conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
    extract_all(extracted_store)
    kept = {
        r["id"]: dict(r)
        for r in conn.execute("SELECT * FROM capacity_rows WHERE id IN (?, ?, ?)", ids)
    }
    assert kept[ids[0]]["review"] == "rejected"
    assert kept[ids[1]]["review"] == "confirmed"
    assert kept[ids[2]]["review"] == "edited" and kept[ids[2]]["value_low"] == 0.5
    # no duplicate of the kept rows: the count is unchanged
    assert conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == before


def test_every_statement_of_the_independent_corpus_list_is_found(extracted_store):
    """tests/data/capacity_corpus_independent.jsonl, labelled by reading the documents:
    each statement is a row of its document, with the figure in the canonical unit."""
    gold = [
        json.loads(line)
        for line in (ROOT / "tests/data/capacity_corpus_independent.jsonl")
        .read_text("utf-8")
        .splitlines()
    ]
    assert len(gold) >= 55
    conn = extracted_store.conn
    missing, unit_right = [], 0
    for entry in gold:
        doc = document_id(extracted_store, entry["doc"])
        text = extracted_store.document_text(doc)
        at = text.index(entry["quote"])
        hits = [
            r
            for r in conn.execute(
                'SELECT std_low, std_high, std_unit, start, "end" FROM capacity_rows '
                "WHERE document_id = ?",
                (doc,),
            )
            if (r[0], r[1]) == (entry["value_low"], entry["value_high"])
            and r[3] < at + len(entry["quote"])
            and r[4] > at
        ]
        if not hits:
            missing.append(entry["quote"])
        unit_right += any(r[2] == entry["unit"] for r in hits)
    assert missing == []
    # a few figures state no period the list's reading gives them (万片 vs 万片/年)
    assert unit_right >= 50


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a yearly increase of a market: an addition, foreseen
        ("预计全球晶圆产能每年将增长78万片/月。", [(78.0, "addition", "market")]),
        (
            "其中先进、成熟制程每年月产能增长分别为22/38万片。",
            [(22.0, "addition", "company"), (38.0, "addition", "company")],
        ),
        ("月产能分别为22/38万片。", [(22.0, "level", "company"), (38.0, "level", "company")]),
        ("产能增至30万片/月。", [(30.0, "level", "company")]),  # the level reached
        ("将再增加15万片/月的产能。", [(15.0, "addition", "company")]),  # capacity added
        ("2024 年底月產能提升至 4.5-5 萬片。", [(4.5, "level", "company")]),
        ("产能下降了5万片/月。", []),  # a fall is not a figure of capacity
    ],
)
def test_levels_and_additions_of_capacity(sentence, figures):
    assert [(r.value_low, r.measure, r.scope) for r in extract_capacity(sentence)] == figures


def test_a_list_under_a_lead_in_about_capacity_gives_a_row_per_item():
    text = (
        "宁德时代主要生产基地产能如下:\n"
        "- 福建宁德:120GWh\n"
        "- 四川宜宾:60GWh\n"
        "\n"
        "公司去年出货量为300GWh。\n"
    )
    got = [(r.company, r.value_low, r.unit, r.measure) for r in extract_capacity(text)]
    # the shipments after the list are output, not capacity
    assert got == [("宁德时代", 120.0, "GWh", "level"), ("宁德时代", 60.0, "GWh", "level")]


def test_this_year_and_next_are_read_against_the_texts_own_date():
    text = "(2025年4月25日)力积电表示,今年底月产能将达到5万片,明年再增加2万片。"
    got = [(r.value_low, r.year, r.status, r.measure) for r in extract_capacity(text)]
    assert got == [(5.0, 2025, "planned", "level"), (2.0, 2026, "planned", "addition")]
    # without a date of its own the text gives no year
    assert [r.year for r in extract_capacity(text[12:])] == [None, None]
