"""A PostgreSQL connection the store's sqlite3-style code can use unchanged.

The store talks to SQLite through ``execute``/``executemany``, ``?`` and ``:name``
parameters, rows read by position or name, ``in_transaction``, explicit ``BEGIN``/
``SAVEPOINT``/``COMMIT`` in autocommit mode (``isolation_level=None``, see
``database._connection``) and ``except sqlite3.…Error``.  :func:`connect` gives the
same over psycopg: statements outside ``BEGIN`` commit at once, parameters are
rewritten (``postgres_sql``), rows behave as ``sqlite3.Row`` (``postgres_rows``)
and errors are raised as ``sqlite3``'s (``postgres_errors``).

psycopg is imported only here and only when a connection is made, so that the
window starts and the standalone build runs without paying for it.

Where PostgreSQL differs and this does not pretend otherwise:

- A failed statement inside a transaction aborts the whole transaction (SQLite
  undoes only the statement): until ``ROLLBACK`` (or ``ROLLBACK TO SAVEPOINT``)
  every statement fails.  A ``COMMIT`` of such a transaction, which PostgreSQL
  turns into a rollback without an error, raises ``OperationalError`` here.
- Parameters keep their Python type: ``True`` is a boolean, which PostgreSQL will
  not store in an ``integer`` column (SQLite stores 1).
- ``lastrowid`` is always None (use ``RETURNING id``); ``rowcount`` of a
  ``SELECT`` is its number of rows (SQLite says -1).
- A result is read whole when the statement runs (a client-side cursor).
- Not offered: ``total_changes`` (so ``read_cache`` keeps nothing for it),
  ``create_function``, ``set_progress_handler``, ``interrupt``, ``backup``,
  ``executescript``, ``iterdump``.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .postgres_errors import as_sqlite_error
from .postgres_rows import Row, row_maker
from .postgres_sql import for_psycopg

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresConnection", "PostgresCursor", "Row", "connect"]

Parameters = Sequence[Any] | Mapping[str, Any]


# Every connection this process makes says so (``application_name``), so that a window
# can tell its own writes from a colleague's in the store's change notices.
APPLICATION_NAME = f"workbench {os.getpid()}-{secrets.token_hex(4)}"
# Seconds to wait for a server before saying it cannot be reached; libpq waits for ever
# by default.  An address's own ``connect_timeout`` or PGCONNECT_TIMEOUT wins.
CONNECT_TIMEOUT = 10


def connect(url: str) -> PostgresConnection:
    """A connection to the server and database ``url`` names (a libpq URL or
    ``key=value`` string); ``sqlite3.OperationalError`` when it cannot be made."""
    import psycopg
    from psycopg.types.numeric import Int8Dumper

    timeout = (
        {}
        if "connect_timeout" in url or os.environ.get("PGCONNECT_TIMEOUT")
        else {"connect_timeout": CONNECT_TIMEOUT}
    )
    try:
        raw = psycopg.connect(
            url,
            autocommit=True,
            client_encoding="UTF8",
            application_name=APPLICATION_NAME,
            **timeout,
        )
    except psycopg.Error as error:
        raise as_sqlite_error(error) from error
    # Every Python int goes as a bigint, as SQLite's integers are 64-bit: psycopg would
    # send a small one as smallint, for which a function taking bigint (the store's
    # substr of offsets) is not chosen over the built-in one taking integer.
    raw.adapters.register_dumper(int, Int8Dumper)
    return PostgresConnection(raw)


def _parameters(statement_named: bool, parameters: Parameters) -> Parameters:
    if statement_named and not isinstance(parameters, Mapping):
        raise sqlite3.ProgrammingError("a statement with :name parameters takes a mapping")
    if not statement_named and isinstance(parameters, Mapping):
        if parameters:
            raise sqlite3.ProgrammingError("a statement with ? parameters takes a sequence")
        return ()
    return parameters


def _row_factory(kind: Any) -> Any:
    import psycopg.rows

    if kind is None:
        return psycopg.rows.tuple_row
    if kind is Row or kind is sqlite3.Row:
        return row_maker
    raise sqlite3.NotSupportedError("rows are sqlite3.Row-like (Row) or plain tuples (None)")


class PostgresCursor:
    """The part of ``sqlite3.Cursor`` the store uses."""

    def __init__(self, connection: PostgresConnection) -> None:
        self.connection = connection
        self._raw = connection.raw.cursor(row_factory=_row_factory(connection.row_factory))
        self._row_kind: Any = connection.row_factory

    @property
    def row_factory(self) -> Any:
        return self._row_kind

    @row_factory.setter
    def row_factory(self, kind: Any) -> None:
        self._raw.row_factory = _row_factory(kind)
        self._row_kind = kind

    def execute(self, sql: str, parameters: Parameters = ()) -> PostgresCursor:
        import psycopg

        statement = for_psycopg(sql)
        try:
            self._raw.execute(statement.sql, _parameters(statement.named, parameters))
        except psycopg.Error as error:
            raise as_sqlite_error(error) from error
        if self._raw.statusmessage == "ROLLBACK" and _is_commit(sql):
            raise sqlite3.OperationalError(
                "the transaction was rolled back, not committed: a statement in it had failed"
            )
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Parameters]) -> PostgresCursor:
        import psycopg

        statement = for_psycopg(sql)
        rows = (_parameters(statement.named, p) for p in seq_of_parameters)
        try:
            self._raw.executemany(statement.sql, rows)
        except psycopg.Error as error:
            raise as_sqlite_error(error) from error
        return self

    # A statement without a result (an INSERT without RETURNING) reads as no rows,
    # as in sqlite3, where psycopg would raise.
    def fetchone(self) -> Any:
        return self._fetch(lambda raw: raw.fetchone(), None)

    def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._fetch(lambda raw: raw.fetchmany(size or raw.arraysize), [])

    def fetchall(self) -> list[Any]:
        return self._fetch(lambda raw: raw.fetchall(), [])

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def _fetch(self, read: Any, empty: Any) -> Any:
        import psycopg
        from psycopg.pq import ExecStatus

        # The result's status, not ``description``, which builds its columns anew.
        result = self._raw.pgresult
        if result is None or result.status != ExecStatus.TUPLES_OK:
            return empty
        try:
            return read(self._raw)
        except psycopg.Error as error:
            raise as_sqlite_error(error) from error

    @property
    def lastrowid(self) -> None:
        return None

    @property
    def rowcount(self) -> int:
        return self._raw.rowcount

    @property
    def description(self) -> Any:
        return self._raw.description

    def close(self) -> None:
        self._raw.close()


class PostgresConnection:
    """The part of ``sqlite3.Connection`` the store uses, over a psycopg connection
    in autocommit mode.  Like a store's SQLite connection, it belongs to one thread."""

    engine = "postgresql"  # see transactions.engine_of

    def __init__(self, raw: psycopg.Connection) -> None:
        self._raw = raw
        # As sqlite3's: the rows of cursors made from now on (Row, or None for tuples).
        self.row_factory: Any = Row

    @property
    def raw(self) -> psycopg.Connection:
        """The psycopg connection, for what PostgreSQL alone can do."""
        return self._raw

    @property
    def backend_pid(self) -> int:
        """The server process serving this connection (what the store's notices name)."""
        return self._raw.info.backend_pid

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        status = self._raw.info.transaction_status
        return status in (TransactionStatus.INTRANS, TransactionStatus.INERROR)

    def cursor(self) -> PostgresCursor:
        return PostgresCursor(self)

    def execute(self, sql: str, parameters: Parameters = ()) -> PostgresCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Parameters]) -> PostgresCursor:
        return self.cursor().executemany(sql, seq_of_parameters)

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection; a transaction still open is rolled back, as in sqlite3."""
        self._raw.close()

    # ``with connection:`` makes its block one transaction: committed when it ends,
    # rolled back when it raises.  sqlite3 (in its default mode) begins one before
    # the block's first write; in autocommit mode nothing would, so it begins here.
    def __enter__(self) -> PostgresConnection:
        if not self.in_transaction:
            self.execute("BEGIN")
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            self.rollback()
            return
        try:
            self.commit()
        except BaseException:
            self.rollback()
            raise


def _is_commit(sql: str) -> bool:
    words = sql.split(None, 1)
    return bool(words) and words[0].rstrip(";").upper() in ("COMMIT", "END")
