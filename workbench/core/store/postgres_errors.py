"""psycopg's errors raised as the ``sqlite3`` errors the store already catches.

psycopg follows the same DB-API classes, so each maps onto its namesake: a unique,
foreign-key, check or not-null violation is ``sqlite3.IntegrityError``; a lost
connection, a lock not granted (``NOWAIT``, ``lock_timeout``), a deadlock or a
cancelled statement is ``OperationalError``; a syntax error or an unknown table or
column is ``ProgrammingError`` (where SQLite says ``OperationalError``: both are
``DatabaseError``).  The message is PostgreSQL's; the psycopg error stays as
``__cause__`` and its SQLSTATE as ``sqlstate``.
"""

from __future__ import annotations

import sqlite3

_BY_NAME = (
    "IntegrityError",
    "OperationalError",
    "ProgrammingError",
    "DataError",
    "NotSupportedError",
    "InternalError",
    "DatabaseError",
    "InterfaceError",
)


def as_sqlite_error(error: BaseException) -> sqlite3.Error:
    """The ``sqlite3`` error to raise ``from error`` (a ``psycopg.Error``)."""
    import psycopg

    kind: type[sqlite3.Error] = sqlite3.Error
    for name in _BY_NAME:
        if isinstance(error, getattr(psycopg, name)):
            kind = getattr(sqlite3, name)
            break
    translated = kind(str(error))
    translated.sqlstate = getattr(error, "sqlstate", None)  # type: ignore[attr-defined]
    return translated
