"""Sheet rows moved between stores through the sheet exports (CSV and .xlsx, for people
in any language or with the stable keys)."""

from __future__ import annotations

import csv

import pytest

from workbench.cli_translation import translator_for
from workbench.core.errors import InputFileError
from workbench.core.export_csv import export_sheet
from workbench.core.export_xlsx import export_sheet_xlsx
from workbench.core.operations import sheets as sheet_ops
from workbench.core.paths import bundled_seed_files
from workbench.core.pipeline import ingest_files
from workbench.core.sheets import CAPACITY, CLUSTERS, fetch_rows, query_ids
from workbench.core.store import Store
from workbench.core.translatable import untranslated
from workbench.core.vocabulary import CONFIRMED, EDITED
from workbench.core.work_import import import_work, read_work

from ..sheet_fixtures import extracted_store_path  # noqa: F401 (fixture)

TRANSLATIONS = (untranslated, translator_for("zh_CN"), translator_for("zh_TW"))


@pytest.fixture(scope="module")
def other_store_path(tmp_path_factory):
    """The bundled corpus ingested in the reverse order: the same documents under other ids."""
    seeds = list(reversed(bundled_seed_files()))
    path = tmp_path_factory.mktemp("other") / "other.sqlite3"
    with Store(path) as store:
        ingest_files(store, seeds)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def other_store(other_store_path, tmp_path):
    import shutil

    path = tmp_path / "other.sqlite3"
    shutil.copy(other_store_path, path)
    with Store(path) as store:
        yield store


def _keyed(store: Store, schema, ids=None) -> dict:
    """Rows by (document key, start, end, company or name), as another store finds them."""
    keys = dict(store.conn.execute("SELECT id, content_hash FROM documents"))
    rows = fetch_rows(store.conn, schema, list(ids or query_ids(store.conn, schema)))
    first = schema.essential[0]
    return {
        (keys.get(r["document_id"]), r["start"], r["end"], r[first], r.get("product")): r
        for r in rows.values()
    }


def _key_of(keyed: dict, row: dict):
    (key,) = [k for k, r in keyed.items() if r["id"] == row["id"]]
    return key


def _sourced_auto_rows(store: Store, count: int) -> list[dict]:
    rows = fetch_rows(store.conn, CAPACITY, query_ids(store.conn, CAPACITY))
    auto = [r for r in rows.values() if r["document_id"] is not None and r["review"] == "auto"]
    return sorted(auto, key=lambda r: r["id"])[:count]


def test_curated_capacity_rows_reach_another_store_from_a_traditional_chinese_workbook(
    extracted_store, other_store, tmp_path
):
    edited, confirmed, noted = _sourced_auto_rows(extracted_store, 3)
    sheet_ops.edit_cell(extracted_store, CAPACITY, edited["id"], "site", "南京二厂")
    sheet_ops.set_review(extracted_store, CAPACITY, [confirmed["id"]], CONFIRMED)
    sheet_ops.edit_cell(extracted_store, CAPACITY, noted["id"], "note", "与年报核对")
    path = tmp_path / "產能.xlsx"
    export_sheet_xlsx(extracted_store.conn, CAPACITY, path, translate=translator_for("zh_TW"))

    before = _keyed(other_store, CAPACITY)
    outcome = import_work(other_store, path, TRANSLATIONS)
    report = outcome.value
    assert (report.added, report.updated, report.left_out) == (0, 3, [])
    assert report.already == len(before) - 3  # every other row was there as it is
    after = _keyed(other_store, CAPACITY)
    mine = _keyed(extracted_store, CAPACITY)
    for row in (edited, confirmed, noted):
        key = _key_of(mine, row)
        assert after[key]["site"] == mine[key]["site"]
        assert after[key]["review"] == mine[key]["review"]
        assert after[key]["note"] == mine[key]["note"]
    assert after.keys() == before.keys()
    assert after[_key_of(mine, edited)]["review"] == EDITED  # an edited extracted value

    again = import_work(other_store, path, TRANSLATIONS).value
    assert (again.added, again.updated, again.already) == (0, 0, len(before))

    outcome.inverse(other_store)  # one undo step takes the import back
    assert {
        k: (r["site"], r["review"], r["note"]) for k, r in _keyed(other_store, CAPACITY).items()
    } == {k: (r["site"], r["review"], r["note"]) for k, r in before.items()}


def test_a_keys_csv_fills_an_empty_sheet_with_its_sources(extracted_store, other_store, tmp_path):
    path = tmp_path / "clusters.csv"
    export_sheet(extracted_store.conn, CLUSTERS, path, keys=True)
    with other_store.transaction():
        other_store.conn.execute("DELETE FROM cluster_rows")
    report = import_work(other_store, path).value
    exported = _keyed(extracted_store, CLUSTERS)
    assert (report.added, report.updated, report.left_out) == (len(exported), 0, [])
    imported = _keyed(other_store, CLUSTERS)
    assert imported.keys() == exported.keys()
    for key, row in exported.items():
        assert imported[key]["quote"] == row["quote"]  # the same sentence of the same text
        assert imported[key]["domain"] == row["domain"]
        assert imported[key]["review"] == row["review"]


def _rewrite(path, change) -> None:
    with open(path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    change(lines)
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(lines)


def test_rows_that_cannot_be_placed_are_left_out_by_number(extracted_store, other_store, tmp_path):
    path = tmp_path / "capacity.csv"
    export_sheet(extracted_store.conn, CAPACITY, path, keys=True)
    with other_store.transaction():
        other_store.conn.execute("DELETE FROM capacity_rows")

    def spoil(lines):
        header = lines[0]
        lines[2][header.index("document_key")] = "0" * 64  # a document this store lacks
        lines[3][header.index("start")] = str(int(lines[3][header.index("start")]) + 1)
        lines[4][header.index("value_low")] = "-3"
        lines[5][header.index("year")] = "twenty"

    _rewrite(path, spoil)
    report = read_work(other_store, path)
    (plan,) = report.plans
    reasons = {number: str(why) for number, why in plan.left_out}
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "not in this store" in reasons[3]
    assert "no longer reads as its quote" in reasons[4]
    assert "negative" in reasons[5] and "not a year" in reasons[6]
    assert other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == 0
    # each reason is put in the report's language, with the column it names
    chinese = {
        ("WorkImport", "{table}, row {row}: {why}"): "{table}，第 {row} 行：{why}",
        ("SheetCheck", "{column}: {raw} is negative"): "{column}：{raw} 是负数",
        ("SheetColumn", "Value (low)"): "数值（下限）",
    }
    lines = report.left_out_lines(lambda context, source: chinese.get((context, source), source))
    assert lines[2] == "capacity，第 5 行：数值（下限）：“-3” 是负数"
    assert lines[0] == f"capacity，第 3 行：{reasons[3]}"  # untranslated: in English

    outcome = import_work(other_store, path)
    stored = other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
    assert stored == outcome.value.added > 0 and outcome.value.left_out == report.left_out


def test_a_file_that_is_no_export_changes_nothing(other_store, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("城市,备注\n苏州,工业园区\n", encoding="utf-8")
    count = other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
    with pytest.raises(InputFileError, match=r"notes\.csv: no sheet or annotations export"):
        import_work(other_store, path)
    assert other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == count


def test_the_command_line_imports_an_export_and_lists_what_it_left_out(
    extracted_store, other_store_path, tmp_path, capsys
):
    import shutil

    from workbench.cli import main

    target = tmp_path / "team-copy.sqlite3"
    shutil.copy(other_store_path, target)
    path = tmp_path / "capacity.csv"
    (row,) = _sourced_auto_rows(extracted_store, 1)
    sheet_ops.edit_cell(extracted_store, CAPACITY, row["id"], "note", "见第三季度财报")
    export_sheet(extracted_store.conn, CAPACITY, path, translate=translator_for("zh_CN"))
    _rewrite(path, lambda lines: lines[2].__setitem__(lines[0].index("文档标识"), "f" * 64))

    assert main(["import-work", str(path), "--db", str(target)]) == 0
    out = capsys.readouterr().out
    assert "capacity.csv: 0 added, 1 updated" in out and "1 left out" in out
    assert "left out: capacity, row 3: its document" in out
    with Store(target) as store:
        notes = [
            r[0] for r in store.conn.execute("SELECT note FROM capacity_rows WHERE note != ''")
        ]
    assert notes == ["见第三季度财报"]

    assert main(["import-work", str(tmp_path / "gone.csv"), "--db", str(target)]) == 1
    assert "gone.csv" in capsys.readouterr().err


def test_numbers_no_store_can_hold_leave_their_rows_out(extracted_store, other_store, tmp_path):
    path = tmp_path / "clusters.csv"
    export_sheet(extracted_store.conn, CLUSTERS, path, keys=True)
    with other_store.transaction():
        other_store.conn.execute("DELETE FROM cluster_rows")

    def spoil(lines):
        header = lines[0]
        lines[1][header.index("rank")] = "100000000000000000000"
        lines[2][header.index("rank")] = "1e20"
        lines[3][header.index("document")] = "100000000000000000000"
        lines[3][header.index("document_key")] = ""

    _rewrite(path, spoil)
    reasons = {n: str(why) for n, why in read_work(other_store, path).plans[0].left_out}
    assert sorted(reasons) == [2, 3, 4]
    assert "too large" in reasons[2] and "not a whole number" in reasons[3]
    assert "not a whole number of the store's size" in reasons[4]


def test_the_one_row_at_a_quote_is_the_same_row_however_corrected(
    extracted_store, other_store, tmp_path
):
    (row,) = _sourced_auto_rows(extracted_store, 1)
    others = [r for r in _sourced_auto_rows(extracted_store, 500) if r["id"] != row["id"]]
    assert all((r["document_id"], r["start"]) != (row["document_id"], row["start"]) for r in others)
    # three of the four essential values corrected: still that row, not a new one beside it
    for key, value in (("company", "华虹半导体"), ("product", "功率器件"), ("unit", "万片/年")):
        sheet_ops.edit_cell(extracted_store, CAPACITY, row["id"], key, value)
    path = tmp_path / "capacity.csv"
    export_sheet(extracted_store.conn, CAPACITY, path, [row["id"]], keys=True)
    before = other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
    report = import_work(other_store, path).value
    assert (report.added, report.updated) == (0, 1)
    assert other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == before


def test_reading_a_long_file_reports_its_rows_and_stops_when_cancelled(
    extracted_store, other_store, tmp_path, monkeypatch
):
    from workbench.core.errors import Cancelled
    from workbench.core.progress import Progress
    from workbench.core.work_import import documents

    monkeypatch.setattr(documents, "PROGRESS_ROWS", 10)
    path = tmp_path / "clusters.csv"
    export_sheet(extracted_store.conn, CLUSTERS, path, keys=True)

    class CancelAfterTwo(Progress):
        def __init__(self):
            self.reports: list[tuple[int, int, str]] = []

        def report(self, done, total, message=""):
            self.reports.append((done, total, message))

        def cancelled(self) -> bool:
            return len(self.reports) > 2

    progress = CancelAfterTwo()
    with pytest.raises(Cancelled):
        read_work(other_store, path, progress=progress)
    rows = len(query_ids(extracted_store.conn, CLUSTERS))
    assert progress.reports[:3] == [
        (0, rows, "clusters"),
        (10, rows, "clusters"),
        (20, rows, "clusters"),
    ]
