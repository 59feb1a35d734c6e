"""Native .xlsx exports read back with openpyxl: every cell, its type, the frozen header,
the autofilter, column widths, one worksheet per table, formula-safe text, safe writing."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile

import pytest
from openpyxl import load_workbook

from workbench.cli import main
from workbench.core.errors import WorkbenchError
from workbench.core.export_tables import TEXT, Table, entities_table, sheet_table
from workbench.core.export_xlsx import column_widths, export_sheet_xlsx, text_width
from workbench.core.sheets import CAPACITY, CLUSTERS, add_row, fetch_rows, query_ids, set_review
from workbench.core.store import Store

from .. import sheet_fixtures
from .test_export_csv import CAPACITY_HEADER, CAPACITY_HEADINGS

extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store


def _fake(context: str, source: str) -> str:
    return f"译{source}"


def _cells(worksheet) -> list[list]:
    return [[cell.value for cell in row] for row in worksheet.iter_rows()]


def test_every_cell_reads_back_with_its_type(extracted_store, tmp_path):
    conn = extracted_store.conn
    ids = query_ids(conn, CAPACITY, sort="value_low", descending=True)
    set_review(conn, CAPACITY, ids[-1:], "rejected")
    path = tmp_path / "产能.xlsx"
    written = export_sheet_xlsx(conn, CAPACITY, path, ids, translate=_fake)
    assert written == len(ids) - 1
    book = load_workbook(path)
    [sheet] = book.worksheets
    assert sheet.title == "译Capacity"
    rows = _cells(sheet)
    assert rows[0] == [f"译{h}" for h in CAPACITY_HEADINGS]
    header = rows[0]
    stored = fetch_rows(conn, CAPACITY, ids)
    documents = {
        row[0]: row[1:]
        for row in conn.execute("SELECT id, title, publisher, publish_date FROM documents")
    }
    assert len(rows) - 1 == len(ids) - 1  # the rejected row is left out
    for line, row_id in zip(rows[1:], ids[:-1], strict=True):
        record = stored[row_id]
        cell = dict(zip(header, line, strict=True))
        # numbers as numbers, years as whole numbers, empty values as empty cells
        for key, label in (("value_low", "Value (low)"), ("std_high", "Std. value (high)")):
            assert cell[f"译{label}"] == record[key]
            assert record[key] is None or isinstance(cell[f"译{label}"], int | float)
        assert cell["译Year"] == record["year"]
        assert record["year"] is None or type(cell["译Year"]) is int
        assert cell["译Sources"] == record["sources"] and type(cell["译Sources"]) is int
        assert (cell["译Start"], cell["译End"]) == (record["start"], record["end"])
        assert cell["译Unit"] == (record["unit"] or None)
        assert cell["译Source quote"] == record["quote"].replace("\n", " ")
        assert cell["译Review"] == f"译{record['review']}"
        assert cell["译Status"] == (f"译{record['status']}" if record["status"] else None)
        title, publisher, date = documents[record["document_id"]]
        assert (cell["译Document"], cell["译Publisher"]) == (title, publisher)
        # a whole date is a date cell
        assert cell["译Date"] == (dt.datetime.fromisoformat(date) if date else None)
        assert cell["译Page"] is None  # the bundled corpus has no pages
        if record["company"]:
            assert cell["译Company"] == record["company"]
        else:
            assert cell["译Company"].startswith("译(")
    dates = [line[header.index("译Date")] for line in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    date_cell = sheet.cell(row=1 + dates.index(next(d for d in dates if d)) + 1,
                           column=header.index("译Date") + 1)  # fmt: skip
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"


def test_frozen_header_autofilter_and_widths(extracted_store, tmp_path):
    path = tmp_path / "clusters.xlsx"
    rows = export_sheet_xlsx(extracted_store.conn, CLUSTERS, path)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    last = sheet.cell(row=1, column=sheet.max_column).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}{rows + 1}"
    widths = {
        sheet.cell(row=1, column=i).value: sheet.column_dimensions[
            sheet.cell(row=1, column=i).column_letter
        ].width
        for i in range(1, sheet.max_column + 1)
    }
    # a column of Chinese names is sized for wide characters, within limits
    longest = max(len(r[0]) for r in extracted_store.conn.execute("SELECT name FROM cluster_rows"))
    assert widths["Cluster"] >= min(60, 2 * min(longest, 20))
    assert widths["Source quote"] <= 61 and widths["Rank"] < widths["Cluster"]


def test_text_width_counts_chinese_double():
    assert text_width("TSMC") == 4 and text_width("台积电") == 6 and text_width("ＡＢ") == 4
    rows = [["abcdefghij", "台积电台积电台积电台"]]
    narrow, wide = column_widths(Table("t", "t", ["a", "b"], [TEXT, TEXT], rows))
    assert wide == narrow + 10


def test_text_is_never_a_formula(seeded_store, tmp_path):
    conn = seeded_store.conn
    conn.execute("DELETE FROM capacity_rows")
    dangerous = ['=HYPERLINK("http://x","点我")', "+1+1", "-2+3", "@SUM(A1)", "=1+1"]
    add_row(conn, CAPACITY, {"company": dangerous[0], "product": dangerous[1], "site": dangerous[2],
                             "location": dangerous[3], "note": dangerous[4]})  # fmt: skip
    path = tmp_path / "danger.xlsx"
    export_sheet_xlsx(conn, CAPACITY, path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    line = {h: c for h, c in zip(header, sheet[2], strict=True)}
    for label, text in zip(
        ("Company", "Product / process", "Site / plant", "Location", "Note"), dangerous, strict=True
    ):
        assert line[label].value == text and line[label].data_type == "s"
        assert line[label].quotePrefix  # shown as typed after an apostrophe, edited as text
    assert not line["Unit"].quotePrefix


def test_cli_writes_one_workbook_with_a_worksheet_per_table(extracted_store_path, tmp_path, capsys):
    out = tmp_path / "全部.xlsx"
    db = str(extracted_store_path)
    assert main(["export", "all", "--out", str(out), "--db", db, "--language", "en"]) == 0
    assert "in 4 worksheets" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == ["Capacity", "Clusters", "Annotations", "Entities"]
    with Store(extracted_store_path) as store:
        expected = {
            "Capacity": sheet_table(store.conn, CAPACITY),
            "Clusters": sheet_table(store.conn, CLUSTERS),
            "Entities": entities_table(store.conn),
        }
    for name, table in expected.items():
        rows = _cells(book[name])
        assert rows[0] == table.headers
        assert len(rows) == len(table.rows) + 1
        for line, want in zip(rows[1:], table.rows, strict=True):
            assert line == [
                None if v in ("", None) else dt.datetime.combine(v, dt.time())
                if isinstance(v, dt.date) else v
                for v in want
            ]  # fmt: skip
        assert book[name].freeze_panes == "A2"
    assert _cells(book["Entities"])[1][1] in {"Place", "Organisation", "Date", "Product"}

    # --keys: the stable keys for scripts; a format from --format whatever the suffix
    keyed = tmp_path / "capacity.data"
    argv = ["export", "capacity", "--keys", "--format", "xlsx", "--out", str(keyed), "--db", db]
    assert main(argv) == 0
    with zipfile.ZipFile(keyed) as archive:  # a workbook, whatever its name
        assert "xl/workbook.xml" in archive.namelist()
    shutil.copy(keyed, tmp_path / "keyed.xlsx")
    assert _cells(load_workbook(tmp_path / "keyed.xlsx").active)[0] == CAPACITY_HEADER


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["all", "--out", "{tmp}/all.csv"], "writes one workbook"),
        (["capacity", "--no-bom", "--out", "{tmp}/c.xlsx"], "--no-bom applies to CSV only"),
        (["all", "--format", "xlsx", "--out", "{db}"], "an export never writes over one"),
        (["clusters", "--out", "{tmp}/none/c.xlsx"], "does not exist"),
    ],
)
def test_cli_refuses_in_one_line_and_writes_nothing(
    extracted_store_path, tmp_path, capsys, argv, says
):
    db = tmp_path / "store.sqlite3"
    shutil.copy(extracted_store_path, db)
    before = db.read_bytes()
    argv = [a.format(tmp=tmp_path, db=db) for a in argv]
    assert main(["export", *argv, "--db", str(db)]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert says in line and "Traceback" not in line
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.sqlite3"]


def test_a_workbook_replaces_a_file_only_when_complete(extracted_store, tmp_path, monkeypatch):
    path = tmp_path / "clusters.xlsx"
    path.write_bytes(b"the analyst's earlier export")
    import workbench.core.export_xlsx as export_xlsx

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_xlsx, "_fill", broken)
    with pytest.raises(WorkbenchError, match=r"clusters\.xlsx: cannot write"):
        export_sheet_xlsx(extracted_store.conn, CLUSTERS, path)
    assert path.read_bytes() == b"the analyst's earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    monkeypatch.undo()
    export_sheet_xlsx(extracted_store.conn, CLUSTERS, path)
    assert load_workbook(path).active["A1"].value == "Cluster"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_big_workbook_is_streamed_to_the_same_cells(extracted_store, tmp_path, monkeypatch):
    import workbench.core.export_xlsx as export_xlsx

    kept, streamed = tmp_path / "kept.xlsx", tmp_path / "streamed.xlsx"
    export_sheet_xlsx(extracted_store.conn, CAPACITY, kept)
    monkeypatch.setattr(export_xlsx, "STREAM_CELLS", 0)  # as if it held over a million cells
    export_sheet_xlsx(extracted_store.conn, CAPACITY, streamed)
    with zipfile.ZipFile(kept) as a, zipfile.ZipFile(streamed) as b:
        assert "xl/sharedStrings.xml" in a.namelist()
        assert "inlineStr" in b.read("xl/worksheets/sheet1.xml").decode()
    assert _cells(load_workbook(kept).active) == _cells(load_workbook(streamed).active)
    assert load_workbook(streamed).active.freeze_panes == "A2"
