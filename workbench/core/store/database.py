"""Opening a store: one SQLite file, WAL, foreign keys, migrations applied.

A connection belongs to the thread that opened it; a worker thread opens its own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..errors import WorkbenchError
from .migrations import migrations


def connect(path: Path | str) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Autocommit mode: transactions are opened explicitly (see Store.transaction),
    # so nothing is left uncommitted by accident.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise WorkbenchError(f"{path.name}: not a workbench store ({error})") from None
    return conn


def open_database(path: Path | str) -> Database:
    conn = connect(path)
    db = Database(conn)
    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise WorkbenchError(f"{Path(path).name}: cannot upgrade the store ({error})") from None
    return db


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]
