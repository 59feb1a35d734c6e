"""The numbered migrations of the store, registered in order and applied in order.

Which migrations a store has is read with one query on every open; applying the
pending ones is sqlite-utils' ``Migrations``, loaded only then (a first run or
an upgrade), because loading sqlite-utils costs the window's start 0.4–0.5 s
(``transactions`` says why).  The record table and its rows are sqlite-utils'
own, so stores of every earlier version read the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .transactions import engine_of

if TYPE_CHECKING:
    from .transactions import StoreConnection


@dataclass
class Migration:
    name: str
    fn: Callable
    transactional: bool = True
    # The same change on a team store: statements separated by ``;;`` lines, or a
    # function of the connection.  The migrations PostgreSQL's baseline stands for
    # (postgres_schema.BASELINE_MIGRATIONS) need none; every later one does.
    postgres: str | Callable | None = None


@dataclass(frozen=True)
class AppliedMigration:
    name: str
    applied_at: str


class MigrationSet:
    migrations_table = "_sqlite_migrations"
    _Migration = Migration

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(
        self, *, name: str, transactional: bool = True, postgres: str | Callable | None = None
    ) -> Callable:
        def register(function: Callable) -> Callable:
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"migration {name!r} is registered twice")
            self._migrations.append(Migration(name, function, transactional, postgres))
            return function

        return register

    def applied(self, db: StoreConnection) -> list[AppliedMigration]:
        conn = db.conn
        exists = conn.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_name = ?"
            if engine_of(conn) == "postgresql"
            else "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            (self.migrations_table,),
        ).fetchone()
        if exists is None:
            return []
        rows = conn.execute(
            f"SELECT name, applied_at FROM {self.migrations_table} "
            "WHERE migration_set = ? ORDER BY id",
            (self.name,),
        )
        return [AppliedMigration(name, applied_at) for name, applied_at in rows]

    def pending(self, db: StoreConnection) -> list[Migration]:
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: StoreConnection | sqlite3.Connection, *, stop_before=None) -> None:
        """Apply the pending migrations (those before ``stop_before``, when named),
        each in a transaction with its record."""
        self._sqlite_utils_set().apply(self._database(db), stop_before=stop_before)

    def apply_each(self, db: StoreConnection, before: Callable[[int, int, str], None]) -> None:
        """Apply the pending migrations as :meth:`apply` does, calling ``before(index,
        count, name)`` ahead of each (to report it, or to stop by raising)."""
        pending = [m.name for m in self.pending(db)]
        for index, name in enumerate(pending):
            before(index, len(pending), name)
            following = pending[index + 1] if index + 1 < len(pending) else None
            self.apply(db, stop_before=following)

    def ensure_migrations_table(self, db: StoreConnection | sqlite3.Connection) -> None:
        self._sqlite_utils_set().ensure_migrations_table(self._database(db))

    def _sqlite_utils_set(self):
        from sqlite_utils.migrations import Migrations

        registered = Migrations(self.name)
        for migration in self._migrations:
            registered(name=migration.name, transactional=migration.transactional)(migration.fn)
        return registered

    @staticmethod
    def _database(db):
        from sqlite_utils import Database

        if isinstance(db, Database):
            return db
        conn = db if isinstance(db, sqlite3.Connection) else db.conn
        return Database(conn)
