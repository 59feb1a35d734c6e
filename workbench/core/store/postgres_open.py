"""Opening a team store: a PostgreSQL database checked, then made a store or upgraded.

As for a store file, nothing is written to a database that is not one this
version can use: another application's tables, or a store of a newer version,
are refused before the first write.  An empty database becomes a store on the
first connect (``postgres_schema.BASELINE``, then any later migration's PostgreSQL
body); an older one is upgraded.  Either runs in one transaction under an
advisory lock, so of two analysts connecting to a new store at once one makes it
and the other finds it made.  There is no copy taken before an upgrade, as for a
file: the upgrade is one transaction, and the server's backups are its keepers'.

A role that may not write the store's tables opens it read-only, said so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .checks import (
    CURRENT_COLUMNS,
    CURRENT_TABLES,
    Schema,
    StoreDamagedError,
    StoreOpenError,
    classify_schema,
    listing,
    missing_columns,
    schema_label,
)
from .migrations import UpgradeBlocked, migrations
from .portable import now_text
from .postgres_schema import BASELINE, BASELINE_MIGRATIONS, MIGRATIONS_TABLE_DDL, statements
from .team_address import team_store_name
from .transactions import StoreConnection

# The tables of SQLite's FTS5 index, which PostgreSQL's search_bigrams replaces.
_SQLITE_ONLY_TABLES = frozenset(
    {"search_bigrams_config", "search_bigrams_data", "search_bigrams_docsize", "search_bigrams_idx"}
)
# What a team store's search reads besides search_bigrams (migration 0015).
TEAM_ONLY_TABLES = frozenset({"search_texts", "search_totals"})
CURRENT_TEAM_TABLES = (CURRENT_TABLES - _SQLITE_ONLY_TABLES) | TEAM_ONLY_TABLES

# Held while a store is made or upgraded (pg_advisory_xact_lock's key): any number,
# the same in every version.
_SCHEMA_LOCK = 7_301_955_421


@dataclass(frozen=True)
class TeamUpgrade:
    """A team store's schema upgrade done on connect."""

    name: str
    from_schema: str
    to_schema: str

    @property
    def message(self) -> str:
        return f"{self.name}: upgraded from schema {self.from_schema} to {self.to_schema}"


@dataclass(frozen=True)
class OpenedTeamStore:
    db: StoreConnection
    read_only_reason: str | None
    upgrade: TeamUpgrade | None
    role: str  # the PostgreSQL role the store is used as
    # Why the role, though it may edit, cannot import documents; None when it can.
    import_blocker: str | None


def open_team_store(url: str, *, read_only: bool = False) -> OpenedTeamStore:
    """Connect to the team store ``url`` names (made on first connect unless ``read_only``).

    Raises :class:`StoreOpenError` naming the address (its password left out) when
    the server cannot be reached or the database is not a store this version can use.
    """
    from .postgres import connect

    name = team_store_name(url)
    try:
        conn = connect(url)
    except sqlite3.Error as error:
        raise StoreOpenError(f"{name}: cannot connect ({_first_line(error)})") from None
    try:
        opened = _open(conn, name, read_only)
    except sqlite3.Error as error:
        conn.close()
        raise StoreOpenError(f"{name}: {_first_line(error)}; nothing was changed") from None
    except BaseException:
        conn.close()
        raise
    return opened


def _open(conn, name: str, read_only: bool) -> OpenedTeamStore:
    db = StoreConnection(conn)
    role = conn.execute("SELECT current_user").fetchone()[0]
    schema = read_team_schema(conn, name)
    upgrade = None
    if schema.is_new or schema.pending:
        if read_only:
            why = "an empty database" if schema.is_new else f"schema {schema.version}"
            raise StoreOpenError(f"{name}: {why}, and opened read-only: nothing to read yet")
        upgrade = _make_or_upgrade(db, name)
    reason = "opened read-only" if read_only else _write_blocker(conn, role)
    if reason is not None:
        # Every transaction of this connection is read-only: a write is refused by
        # the server too, not only by Store.require_writable.
        conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    return OpenedTeamStore(db, reason, upgrade, role, _import_blocker(conn, role))


def _tables(conn) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name"
        )
    ]


def read_team_schema(conn, name: str) -> Schema:
    """The team store's schema; raises :class:`StoreOpenError` for a foreign or newer one."""
    tables = _tables(conn)
    applied = []
    if migrations.migrations_table in tables:
        applied = [
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {migrations.migrations_table} "
                "WHERE migration_set = ? ORDER BY id",
                (migrations.name,),
            )
        ]
    schema = classify_schema(name, tables, applied)
    if not schema.pending:
        missing = sorted(CURRENT_TEAM_TABLES - set(tables))
        if missing:
            verb = "is" if len(missing) == 1 else "are"
            raise StoreDamagedError(
                f"{name} is damaged (its {listing(missing)} {verb} missing): part of its "
                "schema is gone, so it was not opened and nothing was written to it"
            )
        present: dict[str, set[str]] = {}
        for table, column in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        ):
            if table in CURRENT_COLUMNS:
                present.setdefault(table, set()).add(column)
        lacking = missing_columns(present)
        if lacking:
            verb = "is" if len(lacking) == 1 else "are"
            raise StoreDamagedError(
                f"{name} is damaged (its {listing(lacking, 'column')} {verb} missing): part "
                "of its schema is gone, so it was not opened and nothing was written to it"
            )
    return schema


def _make_or_upgrade(db: StoreConnection, name: str) -> TeamUpgrade | None:
    """Make the empty database a store, or apply the pending migrations: one transaction."""
    conn = db.conn
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (_SCHEMA_LOCK,))
        schema = read_team_schema(conn, name)  # another connection may have done it meanwhile
        if schema.is_new:
            for statement in statements(MIGRATIONS_TABLE_DDL) + statements(BASELINE):
                conn.execute(statement)
            _record(conn, BASELINE_MIGRATIONS)
        for migration in migrations._migrations:
            if migration.name in BASELINE_MIGRATIONS or migration.name not in schema.pending:
                continue
            _apply(conn, migration, name, schema)
            _record(conn, [migration.name])
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    if schema.is_new or not schema.pending:  # made now, or upgraded by another meanwhile
        return None
    known = [m.name for m in migrations._migrations]
    return TeamUpgrade(name, schema.version, schema_label(known))


def _apply(conn, migration, name: str, schema: Schema) -> None:
    body = migration.postgres
    if body is None:
        raise StoreOpenError(
            f"{name}: this version cannot upgrade a team store from schema {schema.version}: "
            f"migration {migration.name} has no PostgreSQL form; nothing was changed"
        )
    if callable(body):
        try:
            body(conn)
        except UpgradeBlocked as blocked:
            raise StoreOpenError(
                f"{name}: cannot be upgraded from schema {schema.version}: {blocked}; "
                "nothing was changed"
            ) from None
        return
    for statement in statements(body):
        conn.execute(statement)


def _record(conn, names) -> None:
    stamp = now_text()
    conn.executemany(
        f"INSERT INTO {migrations.migrations_table} (migration_set, name, applied_at) "
        "VALUES (?, ?, ?)",
        [(migrations.name, migration, stamp) for migration in names],
    )


def _write_blocker(conn, role: str) -> str | None:
    """Why ``role`` cannot write the store, or None when it can annotate and edit."""
    row = conn.execute(
        "SELECT has_table_privilege('annotations', 'INSERT'), "
        "has_table_privilege('capacity_rows', 'UPDATE'), pg_is_in_recovery()"
    ).fetchone()
    may_annotate, may_edit, standby = row
    if standby:
        return "the server is a read-only standby"
    if not (may_annotate and may_edit):
        return f"the role {role} may only read it"
    return None


def _import_blocker(conn, role: str) -> str | None:
    """Why ``role`` cannot import documents (only a store's owners may), or None."""
    (may_import,) = conn.execute("SELECT has_table_privilege('documents', 'INSERT')").fetchone()
    if may_import:
        return None
    return f"the role {role} may not import documents (a store owner's task)"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def prepare_team_store(url: str, progress=None):
    """The team store at ``url`` opened, its schema made or upgraded if it needs it (its
    ``upgrade`` says so): what a worker does for a window (connecting to a distant
    server and upgrading take time), which then uses the store as it is.  A cancel
    asked for meanwhile closes it again and raises ``Cancelled``."""
    from ..errors import WorkbenchError
    from .store import Store

    try:
        store = Store(url)
    except sqlite3.DatabaseError as error:  # the server's refusal, as the driver words it
        raise WorkbenchError(f"{team_store_name(url)}: cannot be opened ({error})") from None
    if progress is not None and progress.cancelled():
        store.close()
        progress.check()
    return store
