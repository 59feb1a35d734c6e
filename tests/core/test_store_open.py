"""Files that are not what they seem are refused before anything is written to them.

A damaged store, another application's SQLite database and a store from a newer
version each get one line naming the file and saying what it is, from ``Store``
and through the command line (exit 1, no traceback), and their bytes are the same
after as before.  A store that cannot be written opens read-only: reading,
searching and exporting work, and every write command refuses, changing nothing.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.read_only import read_only_mount, read_only_permissions
from workbench import cli
from workbench.core.errors import Cancelled, WorkbenchError
from workbench.core.progress import Progress
from workbench.core.search import search
from workbench.core.store import Store, database
from workbench.core.store.checks import (
    CURRENT_COLUMNS,
    CURRENT_TABLES,
    ReadOnlyStoreError,
    StoreDamagedError,
    StoreOpenError,
)
from workbench.core.store.database import StoreWriteError
from workbench.core.store.migrations import migrations

ROOT = Path(__file__).resolve().parents[2]
NOTE = "华东产能简报:中芯国际宣布在上海新建晶圆厂,设计月产能为10万片。"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_path(seeded_store_path, tmp_path) -> Path:
    """A copy of the seeded store: one file (its WAL checkpointed), in WAL mode."""
    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    assert sidecars(path) == []
    return path


@pytest.fixture
def note(tmp_path) -> Path:
    path = tmp_path / "简报.txt"
    path.write_text(NOTE, "utf-8")
    return path


# -- damaged ---------------------------------------------------------------------


def damage(path: Path) -> None:
    """Overwrite eight pages in the middle of the file with garbage, as a bad disk might."""
    header = path.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    pages = path.stat().st_size // page_size
    garbage = random.Random(7).randbytes(8 * page_size)
    with path.open("r+b") as file:
        file.seek((pages // 2) * page_size)
        file.write(garbage)


@pytest.fixture
def damaged_path(store_path) -> Path:
    damage(store_path)
    return store_path


def test_a_damaged_store_is_refused_naming_the_file(damaged_path):
    before = digest(damaged_path)
    with pytest.raises(StoreDamagedError) as raised:
        Store(damaged_path)
    message = str(raised.value)
    assert message.startswith("store.sqlite3 is damaged (")
    assert "nothing was written to it" in message
    assert "restore it from a backup if you have one" in message
    assert digest(damaged_path) == before


def test_a_damaged_store_points_to_the_copy_kept_at_the_last_upgrade(damaged_path):
    backup = damaged_path.with_name("store.sqlite3.before-0009.bak")
    backup.write_bytes(b"")
    with pytest.raises(StoreDamagedError, match=r"store\.sqlite3 is damaged") as raised:
        Store(damaged_path)
    assert str(raised.value).endswith(f"the copy taken before its last upgrade is {backup}")


@pytest.mark.parametrize(
    "argv",
    [("stats",), ("search", "芯片"), ("import", "NOTE"), ("export", "capacity", "--out", "OUT")],
)
def test_the_command_line_refuses_a_damaged_store_in_one_line(
    damaged_path, note, tmp_path, capsys, argv
):
    before = digest(damaged_path)
    out_csv = tmp_path / "out.csv"
    argv = [str(note) if a == "NOTE" else str(out_csv) if a == "OUT" else a for a in argv]
    code, _out, err = run_cli(capsys, *argv, "--db", str(damaged_path))
    assert code == 1
    assert err.startswith("workbench: store.sqlite3 is damaged (")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert digest(damaged_path) == before
    assert not out_csv.exists()


# -- newer -----------------------------------------------------------------------


def make_newer(path: Path) -> None:
    """What a later version would leave: a migration this version does not know."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE watch_lists (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('workbench', '0099_watch_lists', '2027-03-01 09:00:00+00:00')"
        )
    conn.close()
    assert sidecars(path) == []


def test_a_store_from_a_newer_version_is_refused_before_anything_is_written(store_path):
    make_newer(store_path)
    before = digest(store_path)
    with pytest.raises(StoreOpenError) as raised:
        Store(store_path)
    newest = migrations._migrations[-1].name[:4]
    assert str(raised.value).startswith(
        "store.sqlite3: made by a newer version of the workbench (schema 0099; "
        f"this version knows up to {newest}); update the workbench to open it"
    )
    assert digest(store_path) == before


def test_a_store_with_another_builds_schema_change_is_refused_as_such(store_path):
    """A migration numbered as one of this version's, under another name: not newer."""
    newest = migrations._migrations[-1].name[:4]
    conn = sqlite3.connect(store_path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            f"VALUES ('workbench', '{newest}_watch_lists', '2027-03-01 09:00:00+00:00')"
        )
    conn.close()
    before = digest(store_path)
    with pytest.raises(StoreOpenError) as raised:
        Store(store_path)
    assert str(raised.value) == (
        "store.sqlite3: made by another build of the workbench: it records schema change "
        f"{newest}_watch_lists that this version does not have; open it with the build "
        "that made it. It was left as it was"
    )
    assert digest(store_path) == before


@pytest.mark.parametrize("argv", [("stats",), ("import", "NOTE"), ("lexicon", "list")])
def test_the_command_line_refuses_a_newer_store(store_path, note, capsys, argv):
    make_newer(store_path)
    before = digest(store_path)
    argv = [str(note) if a == "NOTE" else a for a in argv]
    code, out, err = run_cli(capsys, *argv, "--db", str(store_path))
    assert code == 1
    assert err.startswith("workbench: store.sqlite3: made by a newer version of the workbench")
    assert err.count("\n") == 1 and "Traceback" not in err and out == ""
    assert digest(store_path) == before


# -- another application's file -----------------------------------------------


@pytest.fixture
def foreign_path(tmp_path) -> Path:
    """Another application's database: tables, rows, no workbench record, rollback journal."""
    path = tmp_path / "inventory.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, part INTEGER)")
        conn.execute("INSERT INTO parts (name) VALUES ('晶圆')")
    conn.close()
    return path


def _journal_mode_in_header(path: Path) -> int:
    return path.read_bytes()[18]  # 1: rollback journal, 2: WAL


def test_another_applications_database_is_left_exactly_as_it_was(foreign_path):
    before = digest(foreign_path)
    with pytest.raises(StoreOpenError) as raised:
        Store(foreign_path)
    assert str(raised.value).startswith(
        "inventory.db: not a workbench store: it holds tables orders, parts, suppliers"
    )
    assert digest(foreign_path) == before
    assert sidecars(foreign_path) == []  # no -wal, no -shm, no -journal
    assert _journal_mode_in_header(foreign_path) == 1
    conn = sqlite3.connect(f"file:{foreign_path}?mode=ro", uri=True)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"parts", "suppliers", "orders"}


@pytest.mark.parametrize("argv", [("stats",), ("search", "晶圆"), ("import", "NOTE")])
def test_the_command_line_refuses_another_applications_database(foreign_path, note, capsys, argv):
    before = digest(foreign_path)
    argv = [str(note) if a == "NOTE" else a for a in argv]
    code, _out, err = run_cli(capsys, *argv, "--db", str(foreign_path))
    assert code == 1
    assert err.startswith("workbench: inventory.db: not a workbench store: it holds tables ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert digest(foreign_path) == before
    assert sidecars(foreign_path) == []


def test_a_file_that_is_not_sqlite_at_all_is_refused(tmp_path, capsys):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("研究笔记,不是数据库。".encode() * 50)
    before = digest(path)
    code, _out, err = run_cli(capsys, "stats", "--db", str(path))
    assert code == 1
    assert err == "workbench: notes.sqlite3: not a workbench store (not an SQLite database)\n"
    assert digest(path) == before and sidecars(path) == []


# -- the quick check's bound ----------------------------------------------------


def test_a_check_that_runs_out_of_time_counts_as_not_checked(store_path, monkeypatch):
    monkeypatch.setattr(database, "QUICK_CHECK_BUDGET_SECONDS", 0.0)
    with Store(store_path) as store:
        assert not store.checked  # not finished: not a failure, the store opens
        assert store.document_count() > 0
    monkeypatch.undo()
    with Store(store_path) as store:
        assert store.checked


def test_a_store_damaged_after_it_was_checked_is_checked_again(store_path):
    with Store(store_path) as store:
        assert store.checked
    damage(store_path)
    with pytest.raises(StoreDamagedError, match=r"^store\.sqlite3 is damaged"):
        Store(store_path)


# -- the quick check left for later (a large store opened by the window) -----------


class NoCancel(Progress):
    pass


def test_a_large_store_opened_to_check_later_refuses_writes_until_checked(store_path, monkeypatch):
    monkeypatch.setattr(database, "QUICK_CHECK_ON_OPEN_BYTES", 0)
    with Store(store_path, check_later=True) as store:
        assert store.check_pending and not store.checked
        assert store.document_count() > 0  # readable at once
        with (
            pytest.raises(StoreWriteError, match=r"still being checked for damage"),
            store.transaction(),
        ):
            store.conn.execute("DELETE FROM documents")
        assert database.check_store_file(store_path, NoCancel())
        store.check_passed()
        assert store.checked and not store.check_pending
        with store.transaction():
            store.conn.execute("DELETE FROM document_tags")
    # Checked whole by this process, as it is: the next open has nothing left to check.
    with Store(store_path, check_later=True) as store:
        assert not store.check_pending


def test_the_check_left_for_later_finds_damage_and_names_the_file(damaged_path, monkeypatch):
    monkeypatch.setattr(database, "QUICK_CHECK_ON_OPEN_BYTES", 0)
    before = digest(damaged_path)
    try:
        store = Store(damaged_path, check_later=True)
    except StoreDamagedError:
        pytest.fail("the check was left for later, yet ran on open")
    except sqlite3.DatabaseError:
        pass  # damage in the pages read on open: SQLite's own error, as before
    else:
        assert store.check_pending
        store.close()
    with pytest.raises(StoreDamagedError) as raised:
        database.check_store_file(damaged_path, NoCancel())
    assert str(raised.value).startswith("store.sqlite3 is damaged (")
    assert "nothing was written to it" in str(raised.value)
    assert digest(damaged_path) == before


def test_a_small_store_is_checked_on_open_even_when_the_check_may_wait(damaged_path):
    with pytest.raises(StoreDamagedError, match=r"^store\.sqlite3 is damaged"):
        Store(damaged_path, check_later=True)


def test_a_cancelled_check_raises_cancelled(store_path):
    class Cancelling(Progress):
        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        database.check_store_file(store_path, Cancelling())


# -- read-only -------------------------------------------------------------------


def test_a_store_opened_read_only_reads_and_refuses_every_write(store_path):
    before = digest(store_path)
    with Store(store_path, read_only=True) as store:
        assert store.read_only and store.read_only_reason == "opened read-only"
        assert store.document_count() > 0
        assert search(store.conn, "芯片")
        with pytest.raises(ReadOnlyStoreError) as raised, store.transaction():
            store.conn.execute("DELETE FROM documents")
        assert str(raised.value) == (
            "store.sqlite3 is read-only (opened read-only); nothing was changed"
        )
        # SQLite refuses too, should anything write around the store's transaction.
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM documents")
    assert digest(store_path) == before


def test_a_writable_store_says_so(store_path):
    with Store(store_path) as store:
        assert not store.read_only and store.read_only_reason is None
        store.require_writable()


def _reads_work(capsys, db: Path, out_csv: Path) -> None:
    code, out, err = run_cli(capsys, "stats", "--db", str(db))
    assert (code, err) == (0, "") and "documents:" in out
    code, out, err = run_cli(capsys, "search", "芯片", "--limit", "3", "--db", str(db))
    assert (code, err) == (0, "") and "芯片" in out
    code, out, err = run_cli(capsys, "export", "capacity", "--out", str(out_csv), "--db", str(db))
    assert (code, err) == (0, "") and out_csv.read_bytes().startswith(b"\xef\xbb\xbf")


WRITES = [
    ("import", "NOTE"),
    ("ingest", "NOTE"),
    ("lexicon", "add", "华东晶圆联盟", "--type", "ORG"),
    ("lexicon", "never", "产能"),
    ("entities", "merge", "中芯国际", "华为"),
    ("extract",),
]


def _writes_refused(capsys, db: Path, note: Path, reason: str) -> None:
    for argv in WRITES:
        argv = [str(note) if a == "NOTE" else a for a in argv]
        code, _out, err = run_cli(capsys, *argv, "--db", str(db))
        assert code == 1, argv
        assert err == f"workbench: {db.name} is read-only ({reason}); nothing was changed\n", argv


def test_a_store_on_a_read_only_disk_reads_searches_exports_and_refuses_writes(
    store_path, note, tmp_path, capsys
):
    before = digest(store_path)
    with read_only_mount(store_path.parent):
        with Store(store_path) as store:
            assert store.read_only_reason == "it is on a read-only disk"
            # A WAL store with no -shm there, which cannot be made: read immutable.
            assert store.path.read_bytes()[18] == 2
            assert store.document_count() > 0
        _reads_work(capsys, store_path, tmp_path.parent / f"{tmp_path.name}-capacity.csv")
        _writes_refused(capsys, store_path, note, "it is on a read-only disk")
        assert sidecars(store_path) == []
    assert digest(store_path) == before


def test_a_wal_with_changes_not_yet_in_the_store_is_not_silently_skipped(store_path, tmp_path):
    """Read immutable, the -wal would be ignored: refused, saying what to copy."""
    folder = tmp_path / "stick"
    folder.mkdir()
    writer = Store(store_path)
    try:
        writer.conn.execute("PRAGMA wal_autocheckpoint=0")
        with writer.transaction():
            writer.conn.execute("UPDATE documents SET title = title || '·' WHERE id = 1")
        shutil.copy(store_path, folder / "store.sqlite3")
        shutil.copy(store_path.with_name("store.sqlite3-wal"), folder / "store.sqlite3-wal")
    finally:
        writer.close()
    copy = folder / "store.sqlite3"
    with read_only_mount(folder), pytest.raises(StoreOpenError) as raised:
        Store(copy)
    assert str(raised.value).startswith(
        "store.sqlite3 is read-only (it is on a read-only disk) and its store.sqlite3-wal "
        "file holds changes not yet written into it"
    )


def test_a_read_only_file_opens_read_only(store_path, note, tmp_path, capsys):
    before = digest(store_path)
    with read_only_permissions(store_path):
        with Store(store_path) as store:
            assert store.read_only_reason == "the file is read-only"
        _reads_work(capsys, store_path, tmp_path / "capacity.csv")
        _writes_refused(capsys, store_path, note, "the file is read-only")
    assert digest(store_path) == before


def test_a_store_in_a_read_only_folder_opens_read_only(store_path, note, tmp_path, capsys):
    before = digest(store_path)
    out_csv = tmp_path.parent / f"{tmp_path.name}-capacity.csv"
    with read_only_permissions(store_path.parent):
        with Store(store_path) as store:
            assert store.read_only_reason.startswith("its folder is read-only")
        _reads_work(capsys, store_path, out_csv)
    assert digest(store_path) == before


def test_an_old_store_that_cannot_be_written_is_refused_not_half_read(tmp_path):
    from tests.data import make_store_v1 as v1

    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(v1.__file__).with_name("store_v1.sqlite3"), path)
    before = digest(path)
    with pytest.raises(WorkbenchError) as raised:
        Store(path, read_only=True)
    assert str(raised.value) == (
        "old.sqlite3: made by an older version of the workbench (schema 0002) and needs an "
        "upgrade, but it is read-only (opened read-only); copy it to a writable folder to open it"
    )
    assert digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_no_store_is_made_where_none_can_be(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    refused = pytest.raises(StoreOpenError, match=r"^new\.sqlite3: cannot make a store here")
    with read_only_mount(folder), refused:
        Store(folder / "new.sqlite3")
    assert list(folder.iterdir()) == []


def test_a_file_that_cannot_be_read_is_refused_in_one_line(store_path, capsys, monkeypatch):
    """As a file without read permission for its user would be (root reads it anyway)."""
    real_open = Path.open

    def refuse(self, mode="r", *args, **kwargs):
        if self == store_path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    code, _out, err = run_cli(capsys, "stats", "--db", str(store_path))
    assert code == 1
    assert err == (
        "workbench: store.sqlite3: cannot be read (Permission denied); it was left as it was\n"
    )


def _refused_after(store_path: Path, statement: str):
    """The store's digest after ``statement`` damaged it, and the refusal to open it."""
    conn = sqlite3.connect(store_path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    before = digest(store_path)
    with pytest.raises(StoreDamagedError) as refused:
        Store(store_path)
    return before, refused


def test_a_store_missing_one_of_its_tables_is_refused_as_damaged(store_path, tmp_path, capsys):
    # what a bad restore or another tool can leave
    before, refused = _refused_after(store_path, "DROP TABLE capacity_rows")
    assert str(refused.value).startswith(
        f"{store_path.name} is damaged (its table capacity_rows is missing)"
    )
    out_csv = tmp_path / "capacity.csv"
    code, _out, err = run_cli(
        capsys, "export", "capacity", "--out", str(out_csv), "--db", str(store_path)
    )
    assert code == 1 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert "capacity_rows is missing" in line and "nothing was written" in line
    assert digest(store_path) == before and not out_csv.exists()


def test_the_listed_tables_of_a_store_are_those_the_migrations_make(tmp_path):
    with Store(tmp_path / "new.sqlite3") as store:
        made = {
            row[0]
            for row in store.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    assert made == CURRENT_TABLES


def test_the_listed_columns_of_a_store_are_those_the_migrations_make(tmp_path):
    with Store(tmp_path / "new.sqlite3") as store:
        rows = store.conn.execute(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table' ORDER BY m.name, p.cid"
        ).fetchall()
    made: dict[str, tuple[str, ...]] = {}
    for table, column in rows:
        if table in CURRENT_COLUMNS:
            made[table] = (*made.get(table, ()), column)
    assert made == CURRENT_COLUMNS
    unlisted = {t for t, _c in rows} - set(CURRENT_COLUMNS)
    # Only sqlite-utils' record and the search index's own FTS5 tables are left out.
    assert all(t == "_sqlite_migrations" or t.startswith("search_bigrams") for t in unlisted)


def test_a_store_missing_a_column_is_refused_naming_it_and_left_as_it_was(
    store_path, tmp_path, capsys
):
    # another tool's "clean-up"
    before, refused = _refused_after(store_path, "ALTER TABLE capacity_rows DROP COLUMN note")
    assert str(refused.value).startswith(
        f"{store_path.name} is damaged (its column capacity_rows.note is missing)"
    )
    code, _out, err = run_cli(capsys, "stats", "--db", str(store_path))
    assert code == 1 and "Traceback" not in err and "unexpected" not in err
    [line] = err.strip().splitlines()
    assert "capacity_rows.note is missing" in line
    assert digest(store_path) == before
