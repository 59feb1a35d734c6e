"""Opening a store: checked before anything is written, then WAL, foreign keys, migrations.

Opening never changes a file it should not: a damaged file, another application's
SQLite database and a store from a newer version are refused before the first
write (see ``checks``).  A store that cannot be written (read-only file, folder or
disk) opens read-only.  A store from an older version is copied next to itself
(``STORE.before-NNNN.bak``, NNNN the first migration it lacked) and upgraded in
one transaction: a failed upgrade leaves it as it was.

A connection belongs to the thread that opened it; a worker thread opens its own.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..errors import WorkbenchError
from ..search_index import register as register_search_function
from .checks import (
    QUICK_CHECK_BUDGET_SECONDS,
    ReadOnlyStoreError,
    Schema,
    StoreDamagedError,
    StoreOpenError,
    backups_of,
    damaged_message,
    is_damage,
    is_sqlite_file,
    is_wal_file,
    quick_check,
    read_schema,
    schema_label,
    write_blocker,
)
from .migrations import migrations
from .read_cache import CachingConnection
from .transactions import StoreConnection

__all__ = [
    "OpenedStore",
    "ReadOnlyStoreError",
    "StoreDamagedError",
    "StoreOpenError",
    "StoreWriteError",
    "Upgrade",
    "connect",
    "open_database",
    "open_store_database",
    "schema_version",
    "write_failure",
]

WAL_ATTEMPTS = 200  # 200 × 25 ms: far longer than a second process takes to set it
WAL_RETRY_SECONDS = 0.025


class StoreWriteError(WorkbenchError):
    """A change the store could not take; nothing of it was written."""


def write_failure(store: Path | str, error: sqlite3.Error) -> str:
    """What to tell the analyst when the store refuses a write, naming the store: its
    file's path, or its name (a file's name, a team store's address) as a string."""
    name = store.name if isinstance(store, Path) else str(store)
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        problem = (
            "the store is busy (an import or another window is writing); "
            "nothing was saved, try again in a moment"
        )
    elif "readonly" in text or "read-only" in text:
        problem = "the store is read-only; nothing was saved"
    elif "full" in text:
        problem = "the disk is full; nothing was saved"
    elif "malformed" in text or "corrupt" in text:
        problem = "the store is damaged; nothing was saved"
    else:
        problem = f"the change could not be saved ({error})"
    return f"{name}: {problem}"


@dataclass(frozen=True)
class Upgrade:
    """A schema upgrade done on open, and where the store as it was is kept."""

    path: Path
    from_schema: str
    to_schema: str
    backup: Path

    @property
    def message(self) -> str:
        return (
            f"{self.path.name}: upgraded from schema {self.from_schema} to {self.to_schema}; "
            f"the store as it was is kept in {self.backup}"
        )


@dataclass(frozen=True)
class OpenedStore:
    db: StoreConnection
    read_only_reason: str | None  # why the store cannot be written; None when it can
    upgrade: Upgrade | None  # the upgrade done on this open, if any
    checked: bool  # False when the quick check ran out of time (not checked, not failed)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{quote(str(path.resolve()))}?{query}"


def _connection(target: str, *, uri: bool = False) -> sqlite3.Connection:
    # Autocommit mode: transactions are opened explicitly (see Store.transaction),
    # so nothing is left uncommitted by accident.
    conn = sqlite3.connect(
        target, isolation_level=None, timeout=30, uri=uri, factory=CachingConnection
    )
    conn.row_factory = sqlite3.Row
    register_search_function(conn)  # the search index's triggers call it
    return conn


def _read_only_connection(path: Path, reason: str) -> sqlite3.Connection:
    """A connection that cannot write, for a store SQLite could not write either.

    A WAL store needs its ``-shm`` file to be read: where the folder cannot hold
    one, the file is opened ``immutable`` (SQLite then takes no locks and reads no
    ``-wal``), which is right only when no ``-wal`` holds changes not yet copied
    into the store.  That case is refused instead of showing old data.
    """
    params = {"mode": "ro"}
    if is_wal_file(path) and write_blocker(path) is not None:
        shm = path.with_name(path.name + "-shm")
        wal = path.with_name(path.name + "-wal")
        folder_writable = reason == "the file is read-only"
        if not shm.exists() and not folder_writable:
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreOpenError(
                    f"{path.name} is read-only ({reason}) and its {wal.name} file holds "
                    "changes not yet written into it, which cannot be read from here; "
                    "copy the store together with its -wal file to a writable folder"
                )
            params["immutable"] = "1"
    return _connection(_uri(path, **params), uri=True)


# Files this process has checked whole, as they were then (path, size, modified):
# the window's worker threads open the store it just opened without paying again.
_checked_files: set[tuple[str, int, int]] = set()


def _check_once(conn: sqlite3.Connection, path: Path) -> bool:
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _checked_files:
        return True
    checked = quick_check(conn, path, QUICK_CHECK_BUDGET_SECONDS)
    if checked:
        _checked_files.add(key)
    return checked


def open_store_database(path: Path | str, *, read_only: bool = False) -> OpenedStore:
    """Open the store at ``path`` (created when missing, unless ``read_only``).

    Raises :class:`StoreOpenError` (a :class:`WorkbenchError` naming the file)
    for a file that is not a store this version can use; nothing is written then.
    """
    path = Path(path)
    try:
        return _open(path, read_only)
    except OSError as error:  # no permission to read the file or its folder, …
        raise StoreOpenError(
            f"{path.name}: cannot be read ({error.strerror or error}); it was left as it was"
        ) from None


def _open(path: Path, read_only: bool) -> OpenedStore:
    if path.is_dir():
        raise StoreOpenError(f"{path.name}: is a folder, not a workbench store")
    exists = path.exists()
    if exists and path.stat().st_size > 0 and not is_sqlite_file(path):
        raise StoreOpenError(f"{path.name}: not a workbench store (not an SQLite database)")
    if not exists and read_only:
        raise StoreOpenError(f"{path.name}: no store here to open read-only")
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreOpenError(
                f"{path.name}: cannot make the store's folder {path.parent} "
                f"({error.strerror or error})"
            ) from None
    reason = "opened read-only" if read_only else write_blocker(path)
    if reason is not None and not exists:
        raise StoreOpenError(f"{path.name}: cannot make a store here ({reason})")

    checked = True
    if exists:
        conn = (
            _read_only_connection(path, reason)
            if reason is not None
            else _connection(_uri(path, mode="ro"), uri=True)
        )
        try:
            checked = _check_once(conn, path)
            schema = read_schema(conn, path)
        except BaseException:
            conn.close()
            raise
        if reason is not None:
            return _finish_read_only(conn, path, reason, schema, checked)
        conn.close()
    else:
        schema = Schema([], [], [m.name for m in migrations._migrations])
    return _open_writable(path, schema, checked)


def _finish_read_only(
    conn: sqlite3.Connection, path: Path, reason: str, schema: Schema, checked: bool
) -> OpenedStore:
    try:
        if schema.is_new:
            raise StoreOpenError(f"{path.name}: an empty file, and read-only ({reason})")
        if schema.pending:
            raise StoreOpenError(
                f"{path.name}: made by an older version of the workbench (schema "
                f"{schema.version}) and needs an upgrade, but it is read-only ({reason}); "
                "copy it to a writable folder to open it"
            )
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return OpenedStore(StoreConnection(conn), reason, None, checked)


def _open_writable(path: Path, schema: Schema, checked: bool) -> OpenedStore:
    conn = _connection(str(path))
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        db = StoreConnection(conn)
        upgrade = None
        if schema.is_new:
            _set_wal(conn)
            _apply(db, path)
        elif schema.pending:
            upgrade = _upgrade(db, path, schema)
        _set_wal(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        if is_damage(error):
            raise StoreDamagedError(damaged_message(path, str(error))) from None
        raise StoreOpenError(write_failure(path, error)) from None
    except BaseException:
        conn.close()
        raise
    return OpenedStore(db, None, upgrade, checked)


def _apply(db: StoreConnection, path: Path) -> None:
    """Every pending migration in one transaction: all of them, or none.

    Holding the write lock, so that of two processes opening a new store at once
    one runs them and the other waits, then finds none pending.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _upgrade(db: StoreConnection, path: Path, schema: Schema) -> Upgrade:
    first = schema_label(schema.pending[:1])
    backup = path.with_name(f"{path.name}.before-{first}.bak")
    earlier = [p for p in backups_of(path) if p != backup]
    _back_up(db.conn, path, backup)
    try:
        _apply(db, path)
    except Exception as error:  # a migration's own failure, too: all or nothing
        raise StoreOpenError(
            f"{path.name}: cannot upgrade the store from schema {schema.version} ({error}); "
            f"it was left as it was, and a copy is kept in {backup}"
        ) from None
    for old in earlier:  # the new copy replaces those of earlier upgrades
        with contextlib.suppress(OSError):
            old.unlink()
    known = [m.name for m in migrations._migrations]
    return Upgrade(path, schema.version, schema_label(known), backup)


def _back_up(conn: sqlite3.Connection, path: Path, backup: Path) -> None:
    """Copy the store with SQLite's backup API to ``backup`` (a single file, no -wal)."""
    partial = backup.with_name(backup.name + ".partial")
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        target = sqlite3.connect(str(partial))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        partial.replace(backup)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreOpenError(
            f"{path.name}: needs a schema upgrade, but its copy {backup.name} could not be "
            f"written first ({error}); nothing was changed"
        ) from None


def connect(path: Path | str) -> sqlite3.Connection:
    """A writable connection in WAL mode with foreign keys, without the checks on open.

    For building stores by hand (tests, tools); the application opens ``Store``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connection(str(path))
    try:
        _set_wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreOpenError(f"{path.name}: not a workbench store ({error})") from None
    return conn


def _set_wal(conn: sqlite3.Connection) -> None:
    """Switch a new file to WAL.  Two processes doing so at once deadlock on the lock it
    needs, and SQLite fails one of them at once instead of waiting: that one tries again."""
    for _ in range(WAL_ATTEMPTS - 1):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower():
                raise
            time.sleep(WAL_RETRY_SECONDS)
    conn.execute("PRAGMA journal_mode=WAL")


def open_database(path: Path | str, *, read_only: bool = False) -> StoreConnection:
    return open_store_database(path, read_only=read_only).db


def schema_version(db: StoreConnection) -> list[str]:
    return [m.name for m in migrations.applied(db)]
