"""A store written by the first release opens, upgrades in place and loses nothing.

``tests/data/store_v1.sqlite3`` is frozen (made once by ``tests/data/make_store_v1.py``
with migrations 0001–0002 only).  Every later migration runs over it here, so a
migration that drops, renames or rewrites the analyst's data fails this test.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.data import make_store_v1 as v1
from workbench.core.documents import content_hash
from workbench.core.errors import Cancelled
from workbench.core.progress import PROGRESS_STEPS, Progress
from workbench.core.search import search
from workbench.core.store import Store, database, schema_version
from workbench.core.store.annotations import annotations_for_document
from workbench.core.store.database import planned_upgrade, upgrade_store
from workbench.core.store.mentions import mentions_for_document, review_of
from workbench.core.store.migrations import migrations

FROZEN = Path(v1.__file__).with_name("store_v1.sqlite3")


def _tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The first release's own tables and their columns (the FTS index is checked apart)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'documents_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: [col[1] for col in conn.execute(f'PRAGMA table_info("{name}")')] for name in names
    }


def _rows(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> dict[str, list[tuple]]:
    out = {}
    for table, columns in tables.items():
        listed = ", ".join(f'"{c}"' for c in columns)
        order = ", ".join(str(i + 1) for i in range(len(columns)))
        out[table] = [
            tuple(r) for r in conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {order}')
        ]
    return out


def _snapshot(path: Path, tables: dict[str, list[str]] | None = None):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = tables or _tables(conn)
        return tables, _rows(conn, tables)
    finally:
        conn.close()


@pytest.fixture
def old_store_path(tmp_path) -> Path:
    path = tmp_path / "store.sqlite3"
    shutil.copy(FROZEN, path)
    return path


def _as_rewritten_on_purpose(tables, rows):
    """The old rows with the one value a migration rewrites by design: migration 0005
    made a document's identity the hash of its canonical text."""
    columns = tables["documents"]
    hash_at, text_at = columns.index("content_hash"), columns.index("text")
    documents = []
    for row in rows["documents"]:
        row = list(row)
        row[hash_at] = content_hash(row[text_at])
        documents.append(tuple(row))
    return {**rows, "documents": documents}


def test_the_frozen_store_is_the_first_release_schema_with_rows_in_every_table(old_store_path):
    conn = sqlite3.connect(old_store_path)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()
    assert applied == list(v1.FIRST_RELEASE)
    tables, rows = _snapshot(old_store_path)
    assert set(tables) == {
        "_sqlite_migrations",
        "documents",
        "source_files",
        "occurrences",
        "comments",
        "mentions",
        "recognition_runs",
        "mention_reviews",
        "annotations",
    }
    assert all(rows[table] for table in tables), {t: len(r) for t, r in rows.items()}
    assert len(rows["documents"]) == len(v1.DOCUMENTS)
    assert len(rows["annotations"]) == len(v1.ANNOTATIONS)
    assert FROZEN.stat().st_size < 300_000


def test_opening_applies_every_migration_and_keeps_every_row(old_store_path):
    tables, before = _snapshot(old_store_path)

    with Store(old_store_path) as store:
        assert migrations.pending(store.db) == []
        applied = schema_version(store.db)
        assert applied[: len(v1.FIRST_RELEASE)] == list(v1.FIRST_RELEASE)
        assert len(applied) == len(set(applied)) > len(v1.FIRST_RELEASE)
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # The search index is whole; the old documents wait to be indexed.
        store.conn.execute("INSERT INTO search_bigrams(search_bigrams) VALUES ('integrity-check')")
        assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 4

    _, after = _snapshot(old_store_path, tables)
    before = _as_rewritten_on_purpose(tables, before)
    for table in tables:
        assert after[table][: len(before[table])] == before[table], f"{table} rows changed"
        if table != "_sqlite_migrations":  # which gains the records of the later migrations
            assert len(after[table]) == len(before[table]), f"{table} gained rows"


def test_the_old_rows_read_back_through_todays_store(old_store_path):
    with Store(old_store_path) as store:
        assert store.document_ids() == [1, 2, 3, 4]
        german = store.document(1)
        assert german.title == "德國企業,正在瘋狂湧入中國"
        assert german.text == v1.GERMAN_FIRMS
        assert german.script == "traditional"
        assert german.tags == ["中國工廠", "工廠"]
        assert german.source_files == [
            "000_75083020ac863351.txt:6",
            "001_2a3880e0fbd6fd90.txt:12",
        ]
        assert german.comments == ["能源與人工 地價, 是最大因素 吧!!"]
        digest = store.document(3)
        assert digest.kind == "digest"
        assert digest.headings == ["BIS废除拜登时代AI禁令", "多家半导体企业陷经营困境"]
        report = store.document(4)
        assert (report.publisher, report.publish_date, report.pages) == ("工信部", "2023-12-13", 63)
        assert report.raw_text == v1.CLUSTER_REPORT_RAW

        notes = {
            a.id: (a.document_id, a.start, a.end, a.type, a.note)
            for a in annotations_for_document(store.conn, 1)
            + annotations_for_document(store.conn, 3)
        }
        for row in v1.ANNOTATIONS:
            if row[1] in (1, 3):
                assert notes[row[0]] == row[1:6]
        assert german.text[notes[1][1] : notes[1][2]] == "凱斯寶瑪集團"

        mentions = mentions_for_document(store.conn, 1)
        assert [(m.start, m.end, m.type, m.text) for m in mentions] == [
            (m[2], m[3], m[4], m[5]) for m in v1.MENTIONS if m[1] == 1
        ]
        start, end = german.text.index("太倉"), german.text.index("太倉") + 2
        assert review_of(store.conn, 1, start, end, "GPE") == "accepted"


@pytest.mark.parametrize(
    ("query", "document_id"),
    [
        ("太倉", 1),  # two characters, Traditional as typed, scanned until indexed
        ("太仓", 1),  # the same in Simplified
        ("芯片", 3),
        ("隱形冠軍", 1),
        ("半导体出口管制", 3),
        ("工业文化发展中心", 4),
    ],
)
def test_search_finds_old_documents(old_store_path, query, document_id):
    with Store(old_store_path) as store:
        hits = search(store.conn, query)
    assert [hit.document_id for hit in hits] == [document_id]
    assert hits[0].hit_count >= 1


def test_reopening_an_upgraded_store_changes_nothing(old_store_path):
    with Store(old_store_path):
        pass
    tables, first = _snapshot(old_store_path)
    with Store(old_store_path) as store:
        assert migrations.pending(store.db) == []
    _, second = _snapshot(old_store_path, tables)
    assert second == first  # no migration ran twice, no applied_at was rewritten


def test_an_upgraded_store_signs_its_documents_at_the_next_import_and_finds_copies(
    old_store_path, tmp_path
):
    from workbench.core.importing import store_files
    from workbench.core.script import to_simplified
    from workbench.core.store.near_duplicates import near_duplicate_of, unsigned_documents

    with Store(old_store_path) as store:
        assert "0009_near_duplicates" in schema_version(store.db)
        # Opening stays quick: the old documents are signed by the next import.
        assert store.conn.execute("SELECT count(*) FROM document_signatures").fetchone()[0] == 0
        assert unsigned_documents(store.conn) == [1, 2, 3, 4]

        # A mainland site's copy of the first release's Traditional article.
        copy = tmp_path / "转载.txt"
        copy.write_text(
            f"转载自产业新闻网\n{to_simplified(v1.GERMAN_FIRMS)}\n(责任编辑:李华)\n", "utf-8"
        )
        report = store_files(store, [copy])
        [result] = report.imported
        assert unsigned_documents(store.conn) == []
        assert near_duplicate_of(store.conn, result.document_id) == 1
        assert result.near_duplicate.title == "德國企業,正在瘋狂湧入中國"
        assert "转载.txt looks like the same article as document 1" in report.summary()
        # The old documents are not near duplicates of one another.
        assert [near_duplicate_of(store.conn, d) for d in (1, 2, 3, 4)] == [None] * 4


# -- the copy kept before an upgrade --------------------------------------------


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_store_is_copied_before_it_is_upgraded_and_the_message_says_where(old_store_path):
    tables, before = _snapshot(old_store_path)
    with Store(old_store_path) as store:
        upgrade = store.upgrade
    backup = old_store_path.with_name("store.sqlite3.before-0003.bak")
    assert upgrade is not None and upgrade.backup == backup
    assert upgrade.message == (
        f"store.sqlite3: upgraded from schema 0002 to {schema_label_now()}; "
        f"the store as it was is kept in {backup}"
    )
    # The copy is the first-release store, whole, in one file.
    assert sorted(p.name for p in old_store_path.parent.iterdir() if "bak" in p.name) == [
        backup.name
    ]
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert applied == list(v1.FIRST_RELEASE)
    assert _snapshot(backup, tables)[1] == before
    # Opening again upgrades nothing and copies nothing.
    with Store(old_store_path) as store:
        assert store.upgrade is None
    assert backup.exists()


def schema_label_now() -> str:
    return migrations._migrations[-1].name[:4]


def test_the_next_upgrade_replaces_the_copy_of_the_one_before(old_store_path, monkeypatch):
    every = list(migrations._migrations)
    # A release that knew migrations up to 0005 upgrades the first-release store ...
    monkeypatch.setattr(migrations, "_migrations", every[:5])
    with Store(old_store_path) as store:
        assert store.upgrade.backup.name == "store.sqlite3.before-0003.bak"
    first_copy = old_store_path.with_name("store.sqlite3.before-0003.bak")
    assert first_copy.exists()
    # ... and today's upgrades that one, keeping only the copy from before its upgrade.
    monkeypatch.setattr(migrations, "_migrations", every)
    with Store(old_store_path) as store:
        assert store.upgrade.from_schema == "0005"
        second_copy = store.upgrade.backup
    assert second_copy.name == "store.sqlite3.before-0006.bak"
    assert second_copy.exists() and not first_copy.exists()
    conn = sqlite3.connect(f"file:{second_copy}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()
    assert applied == [m.name for m in every[:5]]


def test_an_upgrade_that_fails_leaves_the_store_as_it_was(old_store_path, monkeypatch, capsys):
    from workbench import cli
    from workbench.core.errors import WorkbenchError

    every = list(migrations._migrations)

    def breaks_half_way(db) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM annotations")
        raise sqlite3.OperationalError("disk I/O error")

    broken = migrations._Migration("0010_breaks_half_way", breaks_half_way)
    monkeypatch.setattr(migrations, "_migrations", [*every, broken])
    before = _digest(old_store_path)
    with pytest.raises(WorkbenchError) as raised:
        Store(old_store_path)
    backup = old_store_path.with_name("store.sqlite3.before-0003.bak")
    assert str(raised.value) == (
        "store.sqlite3: cannot upgrade the store from schema 0002 (disk I/O error); "
        f"it was left as it was, and a copy is kept in {backup}"
    )
    # None of the migrations before it stayed: the file is byte for byte the same.
    assert _digest(old_store_path) == before
    assert (
        _snapshot(backup)[1]["_sqlite_migrations"]
        == _snapshot(old_store_path)[1]["_sqlite_migrations"]
    )
    code = cli.main(["stats", "--db", str(old_store_path)])
    _out, err = capsys.readouterr()
    assert code == 1 and err.startswith("workbench: store.sqlite3: cannot upgrade the store")
    assert _digest(old_store_path) == before


def test_the_command_line_says_where_the_copy_is_when_it_upgrades(old_store_path, capsys):
    from workbench import cli

    assert cli.main(["stats", "--db", str(old_store_path)]) == 0
    out, err = capsys.readouterr()
    backup = old_store_path.with_name("store.sqlite3.before-0003.bak")
    assert err == (
        f"workbench: store.sqlite3: upgraded from schema 0002 to {schema_label_now()}; "
        f"the store as it was is kept in {backup}\n"
    )
    assert " documents: 4\n" in out


# -- an upgrade the window runs on a worker: progress and cancel ----------------


class Recording(Progress):
    """Keeps every report; cancels once a report's message holds ``cancel_at``."""

    def __init__(self, cancel_at: str | None = None):
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at
        self.cancel = False

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))
        if self.cancel_at is not None and self.cancel_at in message:
            self.cancel = True

    def cancelled(self) -> bool:
        return self.cancel


def test_the_planned_upgrade_names_the_schemas_the_migrations_and_the_copy(old_store_path):
    before = _digest(old_store_path)
    plan = planned_upgrade(old_store_path)
    known = [m.name for m in migrations._migrations]
    assert plan.path == old_store_path
    assert (plan.from_schema, plan.to_schema) == ("0002", schema_label_now())
    assert plan.migrations == tuple(known[len(v1.FIRST_RELEASE) :])
    assert plan.backup == old_store_path.with_name("store.sqlite3.before-0003.bak")
    assert _digest(old_store_path) == before  # looking wrote nothing
    assert not plan.backup.exists()
    with Store(old_store_path):
        pass
    assert planned_upgrade(old_store_path) is None  # upgraded: nothing more to do
    assert planned_upgrade(old_store_path.with_name("new.sqlite3")) is None


def test_an_upgrade_reports_the_copy_then_each_migration_on_one_rising_bar(old_store_path):
    tables, before = _snapshot(old_store_path)
    progress = Recording()
    upgrade = upgrade_store(old_store_path, progress)
    assert upgrade.from_schema == "0002" and upgrade.backup.exists()
    messages = [message for _done, _total, message in progress.reports]
    assert messages[0].startswith("Copying the store to store.sqlite3.before-0003.bak: ")
    pending = [m.name for m in migrations._migrations][len(v1.FIRST_RELEASE) :]
    announced = [m for m in messages if m.startswith("Migration ")]
    # Each migration announced once as it starts (the clock ticks only past 0.25 s).
    starts = [m.rsplit(" (", 1)[0] for m in announced if m.endswith("(0 s)")]
    assert starts == [f"Migration {i} of {len(pending)}: {n}" for i, n in enumerate(pending, 1)]
    done = [d for d, _t, _m in progress.reports]
    assert done == sorted(done) and all(t == PROGRESS_STEPS for _d, t, _m in progress.reports)
    with Store(old_store_path) as store:
        assert store.upgrade is None and migrations.pending(store.db) == []
        assert schema_version(store.db) == [m.name for m in migrations._migrations]
    _, after = _snapshot(old_store_path, tables)
    before = _as_rewritten_on_purpose(tables, before)
    del before["_sqlite_migrations"], after["_sqlite_migrations"]
    assert after == before


def _left_as_it_was(path: Path, digest: str) -> None:
    assert _digest(path) == digest
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()
    assert applied == list(v1.FIRST_RELEASE)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no copy, no journal


def test_a_cancel_while_copying_leaves_no_copy_and_the_store_as_it_was(old_store_path, monkeypatch):
    monkeypatch.setattr(database, "BACKUP_PAGES_PER_STEP", 4)
    before = _digest(old_store_path)
    progress = Recording(cancel_at="Copying the store")
    with pytest.raises(Cancelled):
        upgrade_store(old_store_path, progress)
    assert len(progress.reports) == 1  # the next step of the copy saw the cancel
    _left_as_it_was(old_store_path, before)


def test_a_cancel_inside_a_migrations_statement_rolls_the_whole_upgrade_back(
    old_store_path, monkeypatch
):
    # SQLite asks after every instruction, so the cancel lands inside 0011's first
    # statement, with 0003-0010 applied in the same transaction before it.
    monkeypatch.setattr(database, "PROGRESS_INSTRUCTIONS", 1)
    interrupted = []
    real = database._Watch._tick

    def tick(self) -> int:
        answer = real(self)
        interrupted.append(answer)
        return answer

    monkeypatch.setattr(database._Watch, "_tick", tick)
    before = _digest(old_store_path)
    progress = Recording(cancel_at="0011_entity_counts")
    with pytest.raises(Cancelled):
        upgrade_store(old_store_path, progress)
    assert progress.reports[-1][2].startswith("Migration 9 of ")
    assert interrupted[-1] == 1 and interrupted.count(1) == 1
    _left_as_it_was(old_store_path, before)
    # Opened again, it upgrades whole.
    with Store(old_store_path) as store:
        assert store.upgrade.from_schema == "0002"
        assert migrations.pending(store.db) == []


def test_a_cancel_keeps_a_copy_that_was_there_before(old_store_path):
    backup = old_store_path.with_name("store.sqlite3.before-0003.bak")
    shutil.copy(old_store_path, backup)
    before = _digest(old_store_path)
    with pytest.raises(Cancelled):
        upgrade_store(old_store_path, Recording(cancel_at="Migration 1 of"))
    assert _digest(old_store_path) == before
    assert backup.exists() and _snapshot(backup) == _snapshot(old_store_path)
