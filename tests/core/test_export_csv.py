"""CSV export: BOM, RFC 4180, headers for people or stable keys for scripts, provenance,
rejected rows left out, formula injection neutralised, read back by pandas."""

from __future__ import annotations

import pandas as pd

from workbench.cli import main
from workbench.core.export_csv import export_sheet, neutralise
from workbench.core.sheets import CAPACITY, CLUSTERS, add_row, query_ids, set_review
from workbench.core.translatable import untranslated

from .. import sheet_fixtures

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store

CAPACITY_HEADER = [
    "company", "site", "location", "product", "value_low", "value_high", "unit", "period",
    "year", "status", "review", "document", "quote", "start", "end",
    "investment_amount", "investment_currency", "note",
    "company_as_written", "scope", "measure", "std_low", "std_high", "std_unit", "qualifier",
    "sources", "document_title", "publisher", "date", "page", "edited_by", "document_key",
]  # fmt: skip
CLUSTER_HEADER = [
    "name", "continent", "country", "region", "industries", "domain", "review", "document",
    "quote", "start", "end", "rank", "output", "note", "document_title", "publisher", "date",
    "page", "edited_by", "document_key",
]  # fmt: skip
# For people: the Sheets panel's columns in its order, the document's title, publisher,
# date and page in place of its id, beside the quote.
CAPACITY_HEADINGS = [
    "Company", "Site / plant", "Location", "Product / process", "Value (low)", "Value (high)",
    "Unit", "Period", "Year", "Status", "Level / added", "Scope", "Std. value (low)",
    "Std. value (high)", "Std. unit", "Qualifier", "Company as written", "Investment",
    "Currency", "Review", "Document", "Publisher", "Date", "Page", "Source quote", "Start",
    "End", "Note", "Sources", "Last written by", "Document key",
]  # fmt: skip


def test_capacity_export_reads_back_byte_for_byte(extracted_store, tmp_path):
    path = tmp_path / "capacity.csv"
    ids = query_ids(extracted_store.conn, CAPACITY, sort="value_low")
    assert export_sheet(extracted_store.conn, CAPACITY, path, ids, keys=True) == len(ids)
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
        title, date = extracted_store.conn.execute(
            "SELECT title, coalesce(publish_date, '') FROM documents WHERE id = ?",
            (row["document_id"],),
        ).fetchone()
        assert (line["document_title"], line["date"]) == (title, date)
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
    assert export_sheet(conn, CLUSTERS, path, confirmed_only=True, keys=True) == 3
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
    assert list(frame["Company"]) == ['\'=HYPERLINK("http://x")', "'-2+3"]
    assert frame.iloc[0]["Product / process"] == "'+1" and frame.iloc[0]["Site / plant"] == "'@a"
    assert frame.iloc[1]["Unit"] == '萬片, "月"'
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
    assert main(["export", "capacity", "--keys", "--out", str(out), "--db", str(path)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "大众" in set(frame["company"]) and "大眾" in set(frame["company_as_written"])


def test_an_analysts_note_goes_out_with_the_row(extracted_store, tmp_path):
    from workbench.core.sheets.rows import update_cell

    row_id = extracted_store.conn.execute("SELECT min(id) FROM capacity_rows").fetchone()[0]
    update_cell(extracted_store.conn, CAPACITY, row_id, "note", "與台積電年報核對過")
    out = tmp_path / "capacity.csv"
    export_sheet(extracted_store.conn, CAPACITY, out)
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "與台積電年報核對過" in set(frame["Note"])


def test_headers_for_people_follow_the_panel_in_the_interface_language(extracted_store, tmp_path):
    """Headers and choice values go through the Translate given; the columns keep the
    order of the Sheets panel, the document id gives way to its title, publisher, date
    and page."""
    asked = set()

    def translate(context: str, source: str) -> str:
        asked.add((context, source))
        return f"译{source}"

    conn = extracted_store.conn
    path = tmp_path / "产能.csv"
    ids = query_ids(conn, CAPACITY, sort="company")
    assert export_sheet(conn, CAPACITY, path, ids, translate=translate) == len(ids)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == [f"译{h}" for h in CAPACITY_HEADINGS]
    assert ("SheetColumn", "Company") in asked and ("Export", "Publisher") in asked
    # the shown columns come from the schema the Sheets panel shows, in its order
    shown = [c.label for c in CAPACITY.columns]
    assert [h for h in CAPACITY_HEADINGS if h in shown] == shown
    assert set(frame["译Period"]) <= {"译per month", "译per year", "译total", ""}
    assert ("SheetValue", "actual") in asked
    first = conn.execute(
        "SELECT r.quote, d.title, d.publisher, d.publish_date FROM capacity_rows r "
        "JOIN documents d ON d.id = r.document_id WHERE r.id = ?",
        (ids[0],),
    ).fetchone()
    line = frame.iloc[0]
    assert line["译Source quote"] == first[0].replace("\n", " ")
    assert (line["译Document"], line["译Publisher"], line["译Date"]) == (
        first[1], first[2] or "", first[3] or ""
    )  # fmt: skip
    # an empty company says whose figure it is, as the panel does
    market = frame[frame["译Scope"] == "译market"]
    assert len(market) and set(market["译Company"]) == {"译(market)"}


def test_rejected_rows_are_left_out_unless_asked(extracted_store, tmp_path):
    conn = extracted_store.conn
    ids = query_ids(conn, CLUSTERS)
    set_review(conn, CLUSTERS, ids[:4], "rejected")
    path = tmp_path / "clusters.csv"
    assert export_sheet(conn, CLUSTERS, path, translate=untranslated) == len(ids) - 4
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "rejected" not in set(frame["Review"])
    assert export_sheet(conn, CLUSTERS, path, include_rejected=True) == len(ids)
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame["Review"]).count("rejected") == 4
    assert export_sheet(conn, CLUSTERS, path, keys=True, include_rejected=True) == len(ids)


def test_cli_keys_and_include_rejected(extracted_store_path, tmp_path, capsys):
    import shutil

    db = tmp_path / "store.sqlite3"
    shutil.copy(extracted_store_path, db)
    from workbench.core.store import Store

    with Store(db) as store:
        ids = query_ids(store.conn, CAPACITY)
        set_review(store.conn, CAPACITY, ids[:2], "rejected")
    out = tmp_path / "capacity.csv"
    argv = ["export", "capacity", "--out", str(out), "--db", str(db)]
    assert main([*argv, "--language", "en"]) == 0
    people = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(people.columns) == CAPACITY_HEADINGS and len(people) == len(ids) - 2
    assert main([*argv, "--keys", "--include-rejected"]) == 0
    scripts = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(scripts.columns) == CAPACITY_HEADER and len(scripts) == len(ids)
    assert f"{len(ids)} capacity rows" in capsys.readouterr().out
    code = main(["export", "entities", "--include-rejected", "--out", str(out), "--db", str(db)])
    assert code == 1 and "apply to the capacity and clusters sheets" in capsys.readouterr().err


def test_each_row_says_who_last_wrote_it_and_which_document_it_quotes(seeded_store, tmp_path):
    """The last two columns: the writer (a team store's role, empty in a store file) and
    the quoted document's key, by which another store finds the same document."""
    from workbench.core.operations import sheets as sheet_ops

    conn = seeded_store.conn
    document_id, key = conn.execute(
        "SELECT id, content_hash FROM documents ORDER BY id LIMIT 1"
    ).fetchone()
    with seeded_store.transaction():
        row_id = add_row(conn, CAPACITY, {"company": "宁德时代"}, source=(document_id, 0, 4))
    sheet_ops.edit_cell(seeded_store, CAPACITY, row_id, "product", "电芯")
    path = tmp_path / "capacity.csv"
    export_sheet(conn, CAPACITY, path, [row_id], keys=True)
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns)[-2:] == ["edited_by", "document_key"]
    expected = seeded_store.role if seeded_store.is_team_store else ""
    assert (frame.iloc[0]["edited_by"], frame.iloc[0]["document_key"]) == (expected, key)
    if seeded_store.is_team_store:
        assert expected  # the server's role, never blank
