"""How long a connection waits for another writer's lock, and whether an error was that wait.

The window's own connection waits only a fraction of a second, so the UI thread
never freezes behind an import or another window; an edit that cannot get the
lock in that time is kept and tried again (``workbench.models.operation_runner``).
Workers and the command line keep the long wait of :func:`..database.connect`.
"""

from __future__ import annotations

import sqlite3

from .transactions import engine_of

# Long enough for a worker's short per-document transaction, short enough not to be felt.
UI_LOCK_WAIT_SECONDS = 0.2


# PostgreSQL's refusals worth trying again: a lock not granted in time, a deadlock
# broken, a serialization failure.
_RETRYABLE_STATES = frozenset({"55P03", "40P01", "40001"})


def set_lock_wait(conn: sqlite3.Connection, seconds: float) -> None:
    milliseconds = max(0, int(seconds * 1000))
    if engine_of(conn) == "postgresql":
        # A team store's rows are locked by the colleague writing them, not the whole
        # store: the wait is for those rows (0 would mean for ever there).
        conn.execute(f"SET lock_timeout = {max(1, milliseconds)}")
    else:
        conn.execute(f"PRAGMA busy_timeout = {milliseconds}")


def lock_wait_seconds(conn: sqlite3.Connection) -> float:
    if engine_of(conn) == "postgresql":
        (setting,) = conn.execute(
            "SELECT setting FROM pg_settings WHERE name = 'lock_timeout'"
        ).fetchone()
        return int(setting) / 1000
    return conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000


def is_lock_busy(error: BaseException) -> bool:
    """True when the store refused because another connection holds the lock (worth
    retrying)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    if getattr(error, "sqlstate", None) in _RETRYABLE_STATES:
        return True
    text = str(error).lower()
    return "locked" in text or "busy" in text
