"""How long a connection waits for another writer's lock, and whether an error was that wait.

The window's own connection waits only a fraction of a second, so the UI thread
never freezes behind an import or another window; an edit that cannot get the
lock in that time is kept and tried again (``workbench.models.operation_runner``).
Workers and the command line keep the long wait of :func:`..database.connect`.
"""

from __future__ import annotations

import sqlite3

# Long enough for a worker's short per-document transaction, short enough not to be felt.
UI_LOCK_WAIT_SECONDS = 0.2


def set_lock_wait(conn: sqlite3.Connection, seconds: float) -> None:
    conn.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")


def lock_wait_seconds(conn: sqlite3.Connection) -> float:
    return conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000


def is_lock_busy(error: BaseException) -> bool:
    """True when SQLite refused because another connection holds the lock (worth retrying)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    text = str(error).lower()
    return "locked" in text or "busy" in text
