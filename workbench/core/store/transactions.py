"""The store's connection and its transactions, without sqlite-utils.

sqlite-utils imports pandas and numpy when it loads (0.4–0.5 s), and nothing the
window needs before its first paint, nor any edit, asks for more than a
connection and a transaction.  So the store opens on this; sqlite-utils is
loaded only to apply migrations (``migration_set``), on a first run or upgrade.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


def engine_of(conn: Any) -> str:
    """``"sqlite"`` or ``"postgresql"``: which engine a store's connection talks to."""
    return getattr(conn, "engine", "sqlite")


# How a write transaction begins.  SQLite takes the write lock up front (see
# Store.transaction); PostgreSQL locks rows as they are written.
BEGIN_WRITE = {"sqlite": "BEGIN IMMEDIATE", "postgresql": "BEGIN"}


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction, or a savepoint inside the transaction already open.

    Rolled back whole when the block raises.  A failure that already ended the
    transaction (a trigger's ``RAISE(ROLLBACK)``, a full disk) propagates as it
    is, instead of a "no such savepoint" from the clean-up.
    """
    if conn.in_transaction:
        savepoint = f"workbench_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class StoreConnection:
    """An open store's connection: statements and transactions.

    Recursive triggers are on, as sqlite-utils sets them: a ``REPLACE`` that
    deletes a row then fires its delete triggers (the search index's among them).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.engine = engine_of(conn)
        if self.engine == "sqlite":
            conn.execute("PRAGMA recursive_triggers=on")

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None):
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[StoreConnection]:
        with atomic(self.conn):
            yield self
