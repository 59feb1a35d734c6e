"""Sheet rows in the store: validation, writes, SQL sort/filter, provenance, upgrade."""

from __future__ import annotations

import pytest

from workbench.core.operations.sheets import capacity_row_from_selection, edit_cell
from workbench.core.sheets import (
    CAPACITY,
    CLUSTERS,
    SheetValueError,
    add_row,
    delete_rows,
    distinct_values,
    duplicate_row,
    get_row,
    query_ids,
    restore_rows,
    rows_backed_by_span,
    set_review,
    update_cell,
)
from workbench.core.store import Store, schema_version

from .. import sheet_fixtures
from ..sheet_fixtures import document_id

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("value_low", "abc", "not a number"),
        ("value_low", "-3", "negative"),
        ("year", "20x5", "not a year"),
        ("year", "1500", "between 1900 and 2100"),
        ("period", "weekly", "not one of"),
        ("status", "maybe", "not one of"),
        ("quote", "made up", "provenance"),
    ],
)
def test_invalid_values_are_refused_with_a_reason(seeded_store, key, value, reason):
    row_id = add_row(seeded_store.conn, CAPACITY, {"company": "台积电"})
    with pytest.raises(SheetValueError, match=reason):
        update_cell(seeded_store.conn, CAPACITY, row_id, key, value)
    assert get_row(seeded_store.conn, CAPACITY, row_id)[key] in (None, "")


def test_high_below_low_is_refused(seeded_store):
    row_id = add_row(seeded_store.conn, CAPACITY, {"value_low": 5, "value_high": 6})
    with pytest.raises(SheetValueError, match="below"):
        update_cell(seeded_store.conn, CAPACITY, row_id, "value_high", "4")
    with pytest.raises(SheetValueError, match="below"):
        add_row(seeded_store.conn, CAPACITY, {"value_low": 5, "value_high": 1})


def test_valid_values_are_normalised(seeded_store):
    conn = seeded_store.conn
    row_id = add_row(conn, CAPACITY, {"company": "台積電"})
    update_cell(conn, CAPACITY, row_id, "value_low", "１,５00.5")  # full-width digits
    update_cell(conn, CAPACITY, row_id, "year", " 2025 ")
    update_cell(conn, CAPACITY, row_id, "period", "Per Month")
    row = get_row(conn, CAPACITY, row_id)
    assert (row["value_low"], row["year"], row["period"]) == (1500.5, 2025, "per month")


def test_editing_an_auto_row_makes_it_edited(extracted_store):
    conn = extracted_store.conn
    row_id = conn.execute("SELECT id FROM capacity_rows WHERE review = 'auto' LIMIT 1").fetchone()[
        0
    ]
    update_cell(conn, CAPACITY, row_id, "note", "looks right")
    assert get_row(conn, CAPACITY, row_id)["review"] == "auto"
    update_cell(conn, CAPACITY, row_id, "company", "某公司")
    assert get_row(conn, CAPACITY, row_id)["review"] == "edited"


def test_add_duplicate_delete_restore_review(extracted_store):
    conn = extracted_store.conn
    first = query_ids(conn, CLUSTERS)[0]
    copy = duplicate_row(conn, CLUSTERS, first)
    original, duplicate = get_row(conn, CLUSTERS, first), get_row(conn, CLUSTERS, copy)
    assert duplicate["name"] == original["name"] and duplicate["quote"] == original["quote"]
    assert duplicate["review"] == "edited"
    [deleted] = delete_rows(conn, CLUSTERS, [copy])
    assert get_row(conn, CLUSTERS, copy) is None
    restore_rows(conn, CLUSTERS, [deleted])
    assert get_row(conn, CLUSTERS, copy) == deleted
    before = set_review(conn, CLUSTERS, [first], "confirmed")
    assert before == {first: "auto"}
    assert get_row(conn, CLUSTERS, first)["review"] == "confirmed"


def test_sort_and_filter_run_in_sql(extracted_store):
    conn = extracted_store.conn
    ids = query_ids(conn, CAPACITY, sort="value_low", descending=True)
    values = [get_row(conn, CAPACITY, i)["value_low"] for i in ids]
    assert values == sorted(values, reverse=True)
    # the filter box matches either script; TSMC and 台積電 are one company, 台积电
    tsmc = query_ids(conn, CAPACITY, search="台积电")
    assert {get_row(conn, CAPACITY, i)["company_written"] for i in tsmc} >= {"台積電", "TSMC"}
    assert {get_row(conn, CAPACITY, i)["company"] for i in tsmc} == {"台积电"}
    recent = query_ids(conn, CAPACITY, filters={"year": ">=2025", "company": "台"})
    assert recent and all(get_row(conn, CAPACITY, i)["year"] >= 2025 for i in recent)
    ranged = query_ids(conn, CAPACITY, filters={"value_low": "1-2"})
    assert ranged and all(1 <= get_row(conn, CAPACITY, i)["value_low"] <= 2 for i in ranged)
    asia = query_ids(conn, CLUSTERS, filters={"continent": "亚洲", "country": "日本"})
    assert len(asia) == 11
    assert "萬片/月 12英吋晶圓當量" in distinct_values(conn, CAPACITY, "unit")


def test_the_filter_box_folds_every_cased_letter(extracted_store):
    """On either engine, whatever a team database's locale: full-width and accented
    letters fold as Python's str.lower folds them."""
    conn = extracted_store.conn
    first = query_ids(conn, CAPACITY)[0]
    edit_cell(extracted_store, CAPACITY, first, "note", "ＬＧ化学 与 Électricité de France")
    assert query_ids(conn, CAPACITY, search="ｌｇ化学") == [first]
    assert query_ids(conn, CAPACITY, search="ÉLECTRICITÉ") == [first]
    assert query_ids(conn, CAPACITY, filters={"note": "électricité"}) == [first]


def test_new_capacity_row_from_selection_prefills_from_mentions(extracted_store):
    doc = document_id(extracted_store, "三星、SK海力士")
    text = extracted_store.document_text(doc)
    start = text.index("三星西安廠")
    end = text.index("萬片", start) + 2
    row_id = capacity_row_from_selection(extracted_store, doc, start, end).value
    row = get_row(extracted_store.conn, CAPACITY, row_id)
    assert row["company"] == "三星"
    assert (row["value_low"], row["value_high"], row["unit"]) == (25.0, 25.0, "萬片")
    assert (row["document_id"], row["start"], row["end"]) == (doc, start, end)
    assert row["quote"] == text[start:end]
    with pytest.raises(Exception, match="outside"):
        capacity_row_from_selection(extracted_store, doc, 10, 10**7)


def test_rows_backed_by_span_for_the_reader(extracted_store):
    doc = document_id(extracted_store, "先進封裝,全速擴產")
    backing = rows_backed_by_span(extracted_store.conn, doc)
    assert backing == sorted(backing, key=lambda b: (b.start, b.end, b.sheet, b.row_id))
    tsmc = [b for b in backing if "台积电" in b.label]
    assert tsmc and tsmc[0].label.startswith("Capacity: 台积电 CoWoS 1.5–2 萬片/月")
    assert all(b.sheet == "capacity" for b in backing)


def test_an_older_store_upgrades_with_empty_sheets(tmp_path):
    """A store made before the sheets existed gets them on opening, its data intact."""
    from sqlite_utils import Database

    from workbench.core.store.database import connect
    from workbench.core.store.migrations import migrations

    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    db = Database(conn)
    older = [m for m in migrations._migrations if m.name < "0003"]
    for migration in older:
        with db.atomic():
            migration.fn(db)
            migrations.ensure_migrations_table(db)
            db[migrations.migrations_table].insert(
                {"migration_set": migrations.name, "name": migration.name, "applied_at": "now"}
            )
    conn.close()
    with Store(path) as store:
        assert "0003_sheets" in schema_version(store.db)
        assert store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == 0
