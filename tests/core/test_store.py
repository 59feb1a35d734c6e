"""The store: ingest is faithful, idempotent and transactional per file; stores upgrade."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from workbench.core.pipeline import ingest_files
from workbench.core.store import Store, schema_version
from workbench.core.store.migrations import migrations

from ..conftest import ROOT, SEEDS


def test_seeded_store_counts(seeded_store):
    assert seeded_store.stats() == {
        "documents": 38,
        "articles": 17,
        "digests": 1,
        "reports": 20,
        "occurrences": 43,
        "comments": 1,
        "source_files": 5,
    }


def test_repeated_article_keeps_every_occurrence(seeded_store):
    [row] = seeded_store.conn.execute(
        "SELECT id FROM documents WHERE title = '德國企業,正在瘋狂湧入中國'"
    ).fetchall()
    document = seeded_store.document(row[0])
    assert document.source_files == ["000_75083020ac863351.txt:6", "001_2a3880e0fbd6fd90.txt:12"]
    assert document.tags == ["中國工廠", "工廠"]
    assert document.comments == ["能源與人工 地價, 是最大因素 吧!!"]
    assert document.script == "traditional"


def test_scripts_are_detected(seeded_store):
    scripts = dict(
        seeded_store.conn.execute(
            "SELECT kind, group_concat(DISTINCT script) FROM documents GROUP BY kind"
        ).fetchall()
    )
    assert scripts["digest"] == "simplified"
    assert scripts["article"] == "traditional"


def test_ingest_twice_changes_nothing(seeded_store):
    def snapshot():
        conn = seeded_store.conn
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("documents", "occurrences", "comments")
        ]

    before = [[tuple(r) for r in rows] for rows in snapshot()]
    report = ingest_files(seeded_store)
    assert not report.failed
    assert report.documents_new == 0
    after = [[tuple(r) for r in rows] for rows in snapshot()]
    assert after == before


def test_a_failing_file_leaves_the_store_as_it_was(seeded_store, tmp_path, monkeypatch):
    good = tmp_path / "fresh.txt"
    good.write_text("#新頻道\n一個新標題\n" + "新的文章內容。" * 60 + "\n", encoding="utf-8")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    before = seeded_store.stats()

    # Make the write of the good file fail half way: nothing of it may remain.
    original = Store._insert_ignore

    def failing_insert(self, sql, params):
        if "occurrences" in sql:
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, sql, params)

    monkeypatch.setattr(Store, "_insert_ignore", failing_insert)
    try:
        ingest_files(seeded_store, [good])
    except sqlite3.OperationalError:
        pass
    monkeypatch.setattr(Store, "_insert_ignore", original)
    assert seeded_store.stats() == before

    report = ingest_files(seeded_store, [bad, good])
    assert [f.ok for f in report.files] == [False, True]
    assert report.files[0].error == "the file is empty"
    assert seeded_store.stats()["documents"] == before["documents"] + 1


@pytest.mark.sqlite_only("the file's WAL journal")
def test_store_is_wal_with_foreign_keys(seeded_store):
    assert seeded_store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert seeded_store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.sqlite_only("SQLite's page cache")
def test_the_windows_connection_keeps_64_mb_of_pages(seeded_store_path):
    with Store(seeded_store_path) as store:
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024
    with Store(seeded_store_path, read_only=True) as store:
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024


def test_store_from_the_first_version_opens_and_upgrades(tmp_path):
    """A store holding only migration 0001 (with data) is upgraded without loss."""
    path = tmp_path / "old.sqlite3"
    first = migrations._migrations[0].name
    later = [m.name for m in migrations._migrations[1:]]
    from sqlite_utils import Database

    db = Database(path)
    if later:
        migrations.apply(db, stop_before=later[0])
    else:
        migrations.apply(db)
    db.conn.close()
    with Store(path) as store:
        ingest_files(store, [SEEDS / "002_27791692fac36390.txt"])
    shutil.copy(path, tmp_path / "copy.sqlite3")
    with Store(tmp_path / "copy.sqlite3") as store:
        assert schema_version(store.db) == [m.name for m in migrations._migrations]
        assert schema_version(store.db)[0] == first
        assert store.stats()["documents"] == 1


def test_core_never_imports_qt():
    code = (
        "import sys, workbench.cli, workbench.core.ingest, workbench.core.search;"
        "import workbench.core.store, workbench.core.operations.annotations;"
        "import workbench.core.operations.sheets;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


COMMENT = "INSERT INTO comments (document_id, text, source_file, line) VALUES (1, ?, 'f', ?)"


@pytest.mark.sqlite_only("SQLite's one write lock")
def test_a_write_transaction_takes_the_lock_up_front(seeded_store):
    """A second writer waits for the first instead of slipping in between its read and
    its write (which would make the first fail at once with "database is locked")."""
    other = sqlite3.connect(seeded_store.path, timeout=0.05, isolation_level=None)
    try:
        with seeded_store.transaction():
            count = seeded_store.conn.execute("SELECT count(*) FROM comments").fetchone()[0]
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute(COMMENT, ("slipped in", 1))
            seeded_store.conn.execute(COMMENT, (f"after {count}", 2))
        other.execute(COMMENT, ("other, later", 3))
    finally:
        other.close()
    texts = [r[0] for r in seeded_store.conn.execute("SELECT text FROM comments ORDER BY id")]
    assert texts[-2:] == [f"after {count}", "other, later"]
