"""Opening a store: one SQLite file, WAL, foreign keys, migrations applied.

A connection belongs to the thread that opened it; a worker thread opens its own.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from ..errors import WorkbenchError
from .migrations import migrations

WAL_ATTEMPTS = 200  # 200 × 25 ms: far longer than a second process takes to set it
WAL_RETRY_SECONDS = 0.025


class StoreWriteError(WorkbenchError):
    """A change the store could not take; nothing of it was written."""


def write_failure(path: Path | str, error: sqlite3.Error) -> str:
    """What to tell the analyst when SQLite refuses a write, naming the store file."""
    name = Path(path).name
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
    else:
        problem = f"the change could not be saved ({error})"
    return f"{name}: {problem}"


def connect(path: Path | str) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Autocommit mode: transactions are opened explicitly (see Store.transaction),
    # so nothing is left uncommitted by accident.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        _set_wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise WorkbenchError(f"{path.name}: not a workbench store ({error})") from None
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


def open_database(path: Path | str) -> Database:
    conn = connect(path)
    db = Database(conn)
    try:
        _upgrade(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise WorkbenchError(f"{Path(path).name}: cannot upgrade the store ({error})") from None
    return db


def _upgrade(db: Database) -> None:
    """Apply pending migrations holding the write lock, so that two processes opening a
    new store at once do not both run them: the second waits, then finds none pending."""
    if not migrations.pending(db):
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)  # each migration a savepoint inside
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]
