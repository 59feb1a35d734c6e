"""CSV export: BOM, RFC 4180, stable headers, formula injection neutralised, read back by pandas."""

from __future__ import annotations

import pandas as pd

from workbench.cli import main
from workbench.core.export_csv import export_sheet, neutralise
from workbench.core.sheets import CAPACITY, CLUSTERS, add_row, query_ids, set_review

from .. import sheet_fixtures

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
extracted_store = sheet_fixtures.extracted_store

CAPACITY_HEADER = [
    "company", "site", "location", "product", "value_low", "value_high", "unit", "period",
    "year", "status", "review", "document", "quote", "start", "end",
    "investment_amount", "investment_currency", "note",
    "company_as_written", "scope", "measure", "std_low", "std_high", "std_unit", "qualifier",
    "sources",
]  # fmt: skip
CLUSTER_HEADER = [
    "name", "continent", "country", "region", "industries", "domain", "review", "document",
    "quote", "start", "end", "rank", "output", "note",
]  # fmt: skip


def test_capacity_export_reads_back_byte_for_byte(extracted_store, tmp_path):
    path = tmp_path / "capacity.csv"
    ids = query_ids(extracted_store.conn, CAPACITY, sort="value_low")
    assert export_sheet(extracted_store.conn, CAPACITY, path, ids) == len(ids)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == CAPACITY_HEADER
    assert len(frame) == len(ids)
    rows = [dict(r) for r in extracted_store.conn.execute("SELECT * FROM capacity_rows")]
    by_id_order = {r["id"]: r for r in rows}
    for (_, line), row_id in zip(frame.iterrows(), ids, strict=True):
        row = by_id_order[row_id]
        assert line["company"] == row["company"]
        assert line["unit"] == row["unit"]
        assert line["quote"] == row["quote"]
        assert float(line["value_low"]) == row["value_low"]
        assert line["document"] == str(row["document_id"])
        assert int(line["start"]) == row["start"] and int(line["end"]) == row["end"]
        assert line["year"] == ("" if row["year"] is None else str(row["year"]))
    taiwan = frame[frame["unit"] == "萬片/月 12英吋晶圓當量"]
    # one company under its canonical name, written as the source writes it beside it
    tsmc = taiwan[taiwan["company_as_written"] == "台積電"]
    assert len(tsmc) and set(tsmc["company"]) == {"台积电"}
    assert set(taiwan["std_unit"]) == {"万片/月"} and set(taiwan["qualifier"]) == {"12英寸当量"}


def test_cluster_export_and_confirmed_only(extracted_store, tmp_path):
    conn = extracted_store.conn
    ids = query_ids(conn, CLUSTERS)
    set_review(conn, CLUSTERS, ids[:3], "confirmed")
    path = tmp_path / "clusters.csv"
    assert export_sheet(conn, CLUSTERS, path, confirmed_only=True) == 3
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == CLUSTER_HEADER
    assert frame.iloc[0]["name"] == "魁北克省蒙特利尔航空产业集群"
    assert frame.iloc[0]["domain"] == "高端装备领域"


def test_formula_injection_is_neutralised(seeded_store, tmp_path):
    conn = seeded_store.conn
    conn.execute("DELETE FROM capacity_rows")  # only the two rows below
    add_row(conn, CAPACITY, {"company": '=HYPERLINK("http://x")', "product": "+1", "site": "@a"})
    add_row(conn, CAPACITY, {"company": "-2+3", "unit": '萬片, "月"'})
    path = tmp_path / "out.csv"
    export_sheet(conn, CAPACITY, path, bom=False)
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(path, encoding="utf-8", dtype=str, keep_default_na=False)
    assert list(frame["company"]) == ['\'=HYPERLINK("http://x")', "'-2+3"]
    assert frame.iloc[0]["product"] == "'+1" and frame.iloc[0]["site"] == "'@a"
    assert frame.iloc[1]["unit"] == '萬片, "月"'
    assert neutralise("台積電") == "台積電"


def test_cli_export_and_extract(extracted_store_path, tmp_path, capsys):
    out = tmp_path / "clusters.csv"
    assert main(["export", "clusters", "--out", str(out), "--db", str(extracted_store_path)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert len(frame) >= 150
    assert "cluster rows" in capsys.readouterr().out
    missing = tmp_path / "none.sqlite3"
    assert main(["export", "capacity", "--out", str(out), "--db", str(missing)]) == 1
    assert "no store here yet" in capsys.readouterr().err


def test_cli_extract_fills_the_sheets(seeded_store_path, tmp_path, capsys):
    import shutil

    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    assert main(["extract", "--db", str(path)]) == 0
    assert "capacity rows" in capsys.readouterr().out
    out = tmp_path / "capacity.csv"
    assert main(["export", "capacity", "--out", str(out), "--db", str(path)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "大众" in set(frame["company"]) and "大眾" in set(frame["company_as_written"])


def test_an_analysts_note_goes_out_with_the_row(extracted_store, tmp_path):
    from workbench.core.sheets.rows import update_cell

    row_id = extracted_store.conn.execute("SELECT min(id) FROM capacity_rows").fetchone()[0]
    update_cell(extracted_store.conn, CAPACITY, row_id, "note", "與台積電年報核對過")
    out = tmp_path / "capacity.csv"
    export_sheet(extracted_store.conn, CAPACITY, out)
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "與台積電年報核對過" in set(frame["note"])
