"""A team store on a real PostgreSQL server: made on first connect with the schema of a
store file, refused when foreign, newer or damaged, read-only for a role that may only
read, and holding what a store file holds after the same ingest and the same edits."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace

import psycopg
import pytest

from tests.postgres_server import fresh_database, server_url
from workbench.core.errors import WorkbenchError
from workbench.core.operations import entities as entity_ops
from workbench.core.operations.annotations import annotate, delete_annotation_op, review_mention
from workbench.core.operations.sheets import delete_rows, edit_cell, set_review
from workbench.core.operations.tags import tag_documents
from workbench.core.paths import bundled_seed_files
from workbench.core.pipeline import ingest_files
from workbench.core.sheets import CAPACITY, CLUSTERS
from workbench.core.store import Store
from workbench.core.store import migrations as migrations_module
from workbench.core.store.checks import (
    ReadOnlyStoreError,
    StoreDamagedError,
    StoreOpenError,
    schema_label,
)
from workbench.core.store.entities import entity_by_name
from workbench.core.store.mentions import mentions_for_document
from workbench.core.store.migration_set import Migration
from workbench.core.store.postgres_open import CURRENT_TEAM_TABLES, TEAM_ONLY_TABLES
from workbench.core.store.postgres_schema import BASELINE_MIGRATIONS
from workbench.core.store.team_address import TeamStoreAddress


@pytest.fixture
def database() -> str:
    with fresh_database(server_url()) as url:
        yield url


def _tables(url: str) -> dict[str, list[str]]:
    """The database's tables and their columns in order, read with psycopg itself."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def _sqlite_tables(path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: [c[1] for c in conn.execute(f"PRAGMA table_info({n})")] for n in names}
    finally:
        conn.close()


def _execute(url: str, *statements: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def test_an_empty_database_becomes_a_store_with_the_tables_of_a_new_store_file(database, tmp_path):
    with Store(database) as store:
        assert store.path is None and store.location == database
        assert store.name == TeamStoreAddress.parse(database).label()
        assert store.role == "workbench"
        assert not store.read_only and store.upgrade is None
        applied = [
            r[0] for r in store.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")
        ]
    assert applied == [m.name for m in migrations_module.migrations._migrations]
    assert applied[: len(BASELINE_MIGRATIONS)] == list(BASELINE_MIGRATIONS)

    with Store(tmp_path / "new.sqlite3"):
        pass
    file_tables = _sqlite_tables(tmp_path / "new.sqlite3")
    team_tables = _tables(database)
    assert set(team_tables) == CURRENT_TEAM_TABLES
    # search_bigrams has its own form on each engine; search's texts are the team's own.
    for table in CURRENT_TEAM_TABLES - {"search_bigrams"} - TEAM_ONLY_TABLES:
        assert team_tables[table] == file_tables[table], table
    # Text sorts and compares by code point, as in a store file, whatever the database's
    # locale (the test databases are in an ICU English one where the server has ICU).
    with psycopg.connect(database) as conn:
        collations = conn.execute(
            "SELECT DISTINCT coalesce(collation_name, 'default') FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'text'"
        ).fetchall()
        triggers = conn.execute("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")
        assert triggers.fetchone()[0] > 10  # put back after the columns changed
    assert collations == [("C",)]


def test_a_store_opens_again_as_it_is(database):
    with Store(database) as store:
        store.conn.execute("INSERT INTO never_names (name, written) VALUES ('且', '且')")
    with Store(database) as store:
        assert store.upgrade is None
        assert store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(
            migrations_module.migrations._migrations
        )
        assert [tuple(r) for r in store.conn.execute("SELECT written FROM never_names")] == [
            ("且",)
        ]


def test_analysts_connecting_to_a_new_store_at_once_make_it_once(database):
    errors, stores = [], []

    def connect():
        try:
            with Store(database) as store:
                stores.append(store.upgrade)
        except Exception as error:  # reported below, with the others
            errors.append(error)

    threads = [threading.Thread(target=connect) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(stores) == 4
    with Store(database) as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert len(names) == len(set(names)) == len(migrations_module.migrations._migrations)


def test_another_applications_database_is_refused_and_left_as_it_was(database):
    _execute(database, "CREATE TABLE customers (id int, name text)")
    with pytest.raises(StoreOpenError, match="not a workbench store: it holds table customers"):
        Store(database)
    assert set(_tables(database)) == {"customers"}


def test_a_store_of_a_newer_version_is_refused(database):
    Store(database).close()
    _execute(
        database,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('workbench', '0099_from_the_future', 'now')",
    )
    with pytest.raises(StoreOpenError, match="newer version of the workbench"):
        Store(database)


def test_a_store_missing_a_column_is_refused_as_damaged(database):
    Store(database).close()
    _execute(database, "ALTER TABLE annotations DROP COLUMN note")
    with pytest.raises(StoreDamagedError, match=r"annotations\.note is missing"):
        Store(database)


def test_an_unreachable_server_is_named_without_the_password(tmp_path):
    url = f"postgresql://analyst:s3cret@/industry?host={tmp_path}"
    with pytest.raises(StoreOpenError) as raised:
        Store(url)
    message = str(raised.value)
    assert message.startswith(f"analyst@{tmp_path}/industry: cannot connect")
    assert "s3cret" not in message


def test_a_role_that_may_only_read_opens_the_store_read_only(database):
    with Store(database) as store:
        store.conn.execute("INSERT INTO never_names (name, written) VALUES ('且', '且')")
    reader = f"reader_{TeamStoreAddress.parse(database).database[-12:]}"
    _execute(
        database,
        f"CREATE ROLE {reader} LOGIN",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}",
    )
    try:
        url = replace(TeamStoreAddress.parse(database), user=reader).url()
        with Store(url) as store:
            assert store.read_only
            assert store.read_only_reason == f"the role {reader} may only read it"
            assert [tuple(r) for r in store.conn.execute("SELECT written FROM never_names")] == [
                ("且",)
            ]
            with pytest.raises(ReadOnlyStoreError, match="may only read it"), store.transaction():
                pass
            # The server refuses too, whatever asks.
            with pytest.raises(sqlite3.Error):
                store.conn.execute("DELETE FROM never_names")
    finally:
        _execute(database, f"DROP OWNED BY {reader}", f"DROP ROLE {reader}")


def test_an_empty_database_is_not_made_a_store_when_opened_read_only(database):
    with pytest.raises(StoreOpenError, match="an empty database, and opened read-only"):
        Store(database, read_only=True)
    assert _tables(database) == {}


def _later_migration(name: str, postgres) -> Migration:
    def on_sqlite(db):  # the test opens team stores only
        raise AssertionError("not run on a team store")

    return Migration(name, on_sqlite, postgres=postgres)


def test_an_older_store_is_upgraded_by_the_later_migrations_postgres_form(database, monkeypatch):
    Store(database).close()
    later = _later_migration(
        "0099_watch_lists",
        "CREATE TABLE watch_lists (name text PRIMARY KEY)\n;;\n"
        "INSERT INTO watch_lists VALUES ('封测')",
    )
    monkeypatch.setattr(
        migrations_module.migrations,
        "_migrations",
        [*migrations_module.migrations._migrations, later],
    )
    with Store(database) as store:
        assert store.upgrade is not None
        known = schema_label([m.name for m in migrations_module.migrations._migrations[:-1]])
        assert store.upgrade.message.endswith(f"upgraded from schema {known} to 0099")
        assert [tuple(r) for r in store.conn.execute("SELECT name FROM watch_lists")] == [("封测",)]
    with Store(database) as store:
        assert store.upgrade is None


def test_an_upgrade_without_a_postgres_form_is_refused_and_changes_nothing(database, monkeypatch):
    Store(database).close()
    later = _later_migration("0099_watch_lists", None)
    monkeypatch.setattr(
        migrations_module.migrations,
        "_migrations",
        [*migrations_module.migrations._migrations, later],
    )
    with pytest.raises(StoreOpenError, match="0099_watch_lists has no PostgreSQL form"):
        Store(database)
    with psycopg.connect(database) as conn:
        assert (
            conn.execute("SELECT max(name) FROM _sqlite_migrations").fetchone()[0]
            == migrations_module.migrations._migrations[-2].name  # the last before the test's
        )


def test_a_teams_own_view_or_generated_column_stops_the_collation_upgrade_saying_what(
    database, monkeypatch
):
    every = migrations_module.migrations._migrations
    names = [m.name for m in every]
    before = every[: names.index("0016_text_in_code_point_order")]
    monkeypatch.setattr(migrations_module.migrations, "_migrations", before)
    Store(database).close()  # a store of schema 0015
    _execute(
        database,
        "CREATE VIEW team_sites AS SELECT company, site FROM capacity_rows",
        "ALTER TABLE cluster_rows ADD COLUMN name_key text GENERATED ALWAYS AS (lower(name))"
        " STORED",
    )
    monkeypatch.setattr(migrations_module.migrations, "_migrations", every)
    with pytest.raises(StoreOpenError) as refused:
        Store(database)
    assert str(refused.value).endswith(
        "cannot be upgraded from schema 0015: the team's own column name_key of table "
        "cluster_rows, view team_sites use text columns of the store's tables, whose "
        "collation this upgrade changes; drop them, connect again, then create them again; "
        "nothing was changed"
    )
    with psycopg.connect(database) as conn:
        last = conn.execute("SELECT max(name) FROM _sqlite_migrations").fetchone()[0]
        (collation,) = conn.execute(
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'capacity_rows' AND column_name = 'company'"
        ).fetchone()
    assert last == before[-1].name and collation != "C"

    _execute(database, "DROP VIEW team_sites", "ALTER TABLE cluster_rows DROP COLUMN name_key")
    with Store(database) as store:
        assert store.upgrade is not None
        (collation,) = store.conn.execute(
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'capacity_rows' AND column_name = 'company'"
        ).fetchone()
    assert collation == "C"


def test_every_migration_after_the_baseline_has_a_postgres_form():
    later = [
        m.name
        for m in migrations_module.migrations._migrations
        if m.name not in BASELINE_MIGRATIONS and m.postgres is None
    ]
    assert later == []


# The same ingest and the same edits on both engines hold the same rows.  Ids of
# entities may differ (PostgreSQL's sequences skip the values of refused inserts).

_COMPARED = {
    "documents": "content_hash, kind, title, title_simplified, script, publisher, "
    "publish_date, pages, headings, length(text)",
    "mentions": 'document_id, start, "end", type, text, canonical, value_low, value_high, unit',
    "mention_reviews": 'document_id, start, "end", type, verdict',
    "annotations": 'document_id, start, "end", type, note',
    "entity_counts": "canonical, type, mentions, documents",
    "library_entries": "document_id, title, kind, script, publisher, publish_date, length, "
    "tags, source_files, mentions, annotations",
    "capacity_rows": "company, company_written, site, location, product, value_low, value_high, "
    'unit, period, year, status, document_id, start, "end", quote, review, fact_key, std_low, '
    "std_high, std_unit, scope, measure",
    "cluster_rows": "name, country, region, industries, domain, rank, output, document_id, start, "
    '"end", review',
    "entities": "canonical, type, source",
    "entity_aliases": "name, type, written",
    "never_names": "name, written",
    "near_duplicates": "document_id, near_duplicate_of, similarity, measure",
    "document_signatures": "document_id, scheme, shingles, signature",
    "document_tags": "document_id, tag",
    "occurrences": "document_id, source_file, line, tag",
    "comments": "document_id, text, source_file, line",
    "recognition_runs": "document_id, recognizer_version, mention_count",
    "extraction_runs": "document_id, extractor_version, capacity_rows, cluster_rows",
}


def _rows(store: Store) -> dict[str, list[tuple]]:
    return {
        table: sorted(
            (
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in store.conn.execute(f"SELECT {columns} FROM {table}")
            ),
            key=repr,
        )
        for table, columns in _COMPARED.items()
    }


def _edit(store: Store) -> None:
    """What an analyst does in a session: annotate, review, curate, rename, tag, undo."""
    first = store.document_ids()[0]
    mentions = mentions_for_document(store.conn, first)
    note = annotate(store, document_id=first, start=0, end=2, type_="ORG", note="核实").value
    gone = annotate(store, document_id=first, start=3, end=5, type_="GPE").value
    delete_annotation_op(store, annotation_id=gone.id).inverse(store)  # deleted, then undone
    review_mention(store, mentions[0], "rejected")
    review_mention(store, mentions[1], "accepted")
    undone = review_mention(store, mentions[2], "rejected")
    undone.inverse(store)
    capacity = [
        r[0] for r in store.conn.execute("SELECT id FROM capacity_rows ORDER BY start, document_id")
    ]
    edit_cell(store, CAPACITY, capacity[0], "company", "長鑫存儲")
    set_review(store, CAPACITY, capacity[1:3], "confirmed")
    delete_rows(store, CAPACITY, capacity[3:4])
    clusters = [
        r[0] for r in store.conn.execute("SELECT id FROM cluster_rows ORDER BY start, document_id")
    ]
    set_review(store, CLUSTERS, clusters[:2], "rejected")
    entity_ops.rename_entity(store, "台积电", "ORG", "台湾积体电路")
    entity_ops.teach_name(store, "北极光芯", "ORG")
    entity_ops.never_an_entity(store, "新建")
    assert entity_by_name(store.conn, "华虹", "ORG") is not None
    entity_ops.merge_entities(store, ("中芯国际", "ORG"), [("华虹", "ORG")])
    tag_documents(store, store.document_ids()[:3], "待核实")
    assert note.note == "核实"


def test_the_corpus_and_an_analysts_edits_hold_the_same_rows_on_both_engines(database, tmp_path):
    files = bundled_seed_files()
    dumps = []
    for location in (tmp_path / "file.sqlite3", database):
        with Store(location) as store:
            report = ingest_files(store, files)
            assert not report.failed
            _edit(store)
            dumps.append(_rows(store))
    on_file, on_team = dumps
    assert on_team["mention_reviews"] and on_team["annotations"] and on_team["document_tags"]
    for table in _COMPARED:
        assert on_team[table] == on_file[table], table


def test_a_failed_edit_on_a_team_store_changes_nothing(database):
    with Store(database) as store:
        ingest_files(store, bundled_seed_files()[:1])
        before = _rows(store)
        row = store.conn.execute("SELECT id FROM capacity_rows LIMIT 1").fetchone()[0]
        with pytest.raises(WorkbenchError):
            edit_cell(store, CAPACITY, row, "year", "1066")
        assert _rows(store) == before
