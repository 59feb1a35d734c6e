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
    reasons = dict(plan.left_out)
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "not in this store" in reasons[3]
    assert "no longer reads as its quote" in reasons[4]
    assert "negative" in reasons[5] and "not a year" in reasons[6]
    assert other_store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == 0

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
