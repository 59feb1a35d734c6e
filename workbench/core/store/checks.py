"""What a store file is, found before anything is written to it.

Each check reads only: whether the file can be written (and if not, why), whether
SQLite finds it intact, and whose schema it holds (this version's, an older one,
a newer one, or another application's).  ``database.open_store_database`` acts on
the answers.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import WorkbenchError
from .migrations import migrations

SQLITE_HEADER = b"SQLite format 3\x00"

# The quick check on open is interrupted after this long, and the store then counts
# as not checked rather than damaged.  Measured (bench/bench_store_open.py, a warm
# file on this machine) at about 0.6 ms per MB, so stores up to roughly 600 MB are
# checked whole on every open, and a larger one costs this much more to open.
QUICK_CHECK_BUDGET_SECONDS = 0.4
# A window opening a store larger than this leaves its quick check to a worker after
# the first paint (``Store(check_later=True)``, ``database.check_store_file``): a
# smaller one is checked on open, in about 10 ms at most.
QUICK_CHECK_ON_OPEN_BYTES = 16 * 1024 * 1024


class StoreOpenError(WorkbenchError):
    """The file cannot be opened as a store; nothing in it was changed."""


class StoreDamagedError(StoreOpenError):
    """SQLite found the file damaged."""


class ReadOnlyStoreError(WorkbenchError):
    """A write asked of a store opened read-only; nothing was changed."""


def backups_of(path: Path) -> list[Path]:
    """The copies taken before schema upgrades (``STORE.before-NNNN.bak``), newest first."""
    found = path.parent.glob(f"{glob_escape(path.name)}.before-*.bak")
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def damaged_message(path: Path, detail: str, cause: str = "SQLite cannot read all of it") -> str:
    backups = backups_of(path)
    where = (
        f"; the copy taken before its last upgrade is {backups[0]}"
        if backups
        else "; restore it from a backup if you have one"
    )
    return (
        f"{path.name} is damaged ({detail}): {cause}, so it was not "
        f"opened and nothing was written to it{where}"
    )


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file itself is damaged (not busy, not unopenable)."""
    text = str(error).lower()
    return any(word in text for word in ("malformed", "corrupt", "not a database"))


def unreadable(path: Path, error: sqlite3.Error) -> StoreOpenError:
    """The error to raise when SQLite cannot read a store file."""
    if is_damage(error):
        return StoreDamagedError(damaged_message(path, str(error)))
    if disk_is_full(path):
        # SQLite says "disk I/O error" when it cannot grow the -shm file it reads through.
        return StoreOpenError(
            f"{path.name}: the disk is full, so the store cannot be opened ({error}); "
            "free some space and try again; nothing was saved"
        )
    return StoreOpenError(f"{path.name}: cannot be read ({error}); it was left as it was")


# Less free space than this is a full disk: SQLite's -shm alone takes 32 kB.
FULL_DISK_BYTES = 64 * 1024


def disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def is_wal_file(path: Path) -> bool:
    """Whether the header says the file is in WAL mode (read and write versions 2)."""
    with path.open("rb") as file:
        header = file.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def write_blocker(path: Path) -> str | None:
    """Why ``path`` (an existing store, or one to create) cannot be written; None if it can.

    As root, permission bits do not stop writes and ``os.access`` says so too; a
    read-only mount stops everyone.
    """
    folder = path.parent
    try:
        read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        read_only_mount = False
    if read_only_mount:
        return "it is on a read-only disk"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists() and not os.access(sidecar, os.W_OK):
            return f"its {sidecar.name} file is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "its folder is read-only, so SQLite cannot make its journal files there"
    return None


def quick_check(conn: sqlite3.Connection, path: Path, budget: float | None) -> bool:
    """Raise :class:`StoreDamagedError` if SQLite finds the file damaged.

    True when checked whole; False when the check ran out of ``budget`` seconds
    first (the store then counts as not checked, and is opened), or was interrupted
    otherwise; None: no bound.  A timer thread interrupts it: SQLite walks each
    b-tree in one step of its virtual machine, where a progress handler is not called.
    """
    if budget is not None and budget <= 0:
        return False
    timer = threading.Timer(budget, conn.interrupt) if budget is not None else None
    if timer is not None:
        timer.start()
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.DatabaseError as error:
        if "interrupt" in str(error).lower():
            return False
        raise unreadable(path, error) from None
    finally:
        if timer is not None:
            timer.cancel()
            timer.join()
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        # One row may hold many problems, a line each: the first is said, the rest counted.
        lines = [
            line
            for problem in problems
            for line in problem.removeprefix("*** in database main ***").splitlines()
            if line.strip()
        ]
        first = lines[0].strip() if lines else problems[0]
        more = f" and {len(lines) - 1} more problems" if len(lines) > 1 else ""
        raise StoreDamagedError(damaged_message(path, f"{first}{more}"))
    return True


def schema_label(names: list[str]) -> str:
    """A schema as people see it: the number of its latest migration, e.g. ``0012``."""
    numbers = [name.split("_", 1)[0] for name in names if name[:4].isdigit()]
    return max(numbers) if numbers else "unknown"


@dataclass(frozen=True)
class Schema:
    """The workbench migrations a store records, against those this program knows."""

    tables: list[str]
    applied: list[str]
    pending: list[str]

    @property
    def is_new(self) -> bool:
        return not self.tables

    @property
    def version(self) -> str:
        return schema_label(self.applied)


def read_schema(conn: sqlite3.Connection, path: Path) -> Schema:
    """The store's schema; raises :class:`StoreOpenError` for a foreign or newer file.

    Reads only: an SQLite file that is not a workbench store is never given a
    migrations table, and one from a newer version is never written to.
    """
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        applied = applied_migrations(conn) if migrations.migrations_table in tables else []
    except sqlite3.DatabaseError as error:
        raise unreadable(path, error) from None
    schema = classify_schema(path.name, tables, applied)
    if not schema.pending:
        missing = sorted(CURRENT_TABLES - set(tables))
        if missing:
            verb = "is" if len(missing) == 1 else "are"
            raise StoreDamagedError(
                damaged_message(
                    path, f"its {listing(missing)} {verb} missing", "part of its schema is gone"
                )
            )
        _check_columns(conn, path)
    return schema


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The workbench migrations the store records, in the order they ran."""
    return [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ? ORDER BY id",
            (migrations.name,),
        )
    ]


def classify_schema(name: str, tables: list[str], applied: list[str]) -> Schema:
    """What the store called ``name`` holds, from its tables and recorded migrations:
    raises :class:`StoreOpenError` for another application's database or a newer
    version's store (on either engine)."""
    if tables and not applied:
        raise StoreOpenError(
            f"{name}: not a workbench store: it holds {listing(tables)} "
            "and no record of the workbench's schema; it was left as it was"
        )
    known = [m.name for m in migrations._migrations]
    unknown = [m for m in applied if m not in known]
    if unknown and schema_label(unknown) > schema_label(known):
        raise StoreOpenError(
            f"{name}: made by a newer version of the workbench "
            f"(schema {schema_label(applied)}; this version knows up to "
            f"{schema_label(known)}); update the workbench to open it. "
            "It was left as it was"
        )
    if unknown:  # numbered as this version's own: another build's changes
        raise StoreOpenError(
            f"{name}: made by another build of the workbench: it records "
            f"{listing(unknown, 'schema change')} that this version does not have; "
            "open it with the build that made it. It was left as it was"
        )
    pending = [m for m in known if m not in applied]
    return Schema(tables, applied, pending)


def missing_columns(present: dict[str, set[str]]) -> list[str]:
    """The columns this version's tables have that ``present`` (table → its columns)
    lacks, as ``table.column``."""
    return [
        f"{table}.{column}"
        for table, columns in sorted(CURRENT_COLUMNS.items())
        for column in columns
        if column not in present.get(table, columns)
    ]


def _check_columns(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a store whose tables lack columns this version's schema gives them (a
    column dropped by another tool), before a statement fails on it mid-way."""
    try:
        rows = conn.execute(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table'"
        ).fetchall()
    except sqlite3.DatabaseError as error:
        raise unreadable(path, error) from None
    present: dict[str, set[str]] = {}
    for table, column in rows:
        present.setdefault(table, set()).add(column)
    lacking = missing_columns(present)
    if lacking:
        verb = "is" if len(lacking) == 1 else "are"
        raise StoreDamagedError(
            damaged_message(
                path,
                f"its {listing(lacking, 'column')} {verb} missing",
                "part of its schema is gone",
            )
        )


# The tables of a store made by this version (a test builds an empty store from the
# migrations and compares): listed, because building one on every open takes 140 ms.
CURRENT_TABLES = frozenset(
    {
        "_sqlite_migrations", "annotations", "capacity_rows", "cluster_rows", "comments",
        "document_pages", "document_signatures", "document_tags", "documents", "entities",
        "entity_aliases", "entity_counts", "entity_counts_deferred", "extraction_runs",
        "imports", "library_entries", "mention_reviews", "mentions", "near_duplicates",
        "never_names", "occurrences", "recognition_runs", "search_bigrams",
        "search_bigrams_config", "search_bigrams_data", "search_bigrams_docsize",
        "search_bigrams_idx", "search_pending", "source_files",
    }
)  # fmt: skip


# The columns of the workbench's own tables in a store made by this version (the same
# test compares them with an empty store's), so that a column dropped by another tool
# is named at open instead of failing a statement later.
CURRENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "annotations": ("id", "document_id", "start", "end", "type", "note", "created_at",
                    "updated_at", "made_by"),
    "capacity_rows": ("id", "company", "site", "location", "product", "value_low", "value_high",
                      "unit", "period", "year", "status", "investment_amount",
                      "investment_currency", "document_id", "start", "end", "quote", "review",
                      "note", "created_at", "updated_at", "company_written", "scope", "measure",
                      "std_low", "std_high", "std_unit", "unit_qualifier", "fact_key",
                      "merged_into", "edited_by"),
    "cluster_rows": ("id", "name", "continent", "country", "region", "industries", "domain",
                     "rank", "output", "document_id", "start", "end", "quote", "review", "note",
                     "created_at", "updated_at", "edited_by"),
    "comments": ("id", "document_id", "text", "source_file", "line"),
    "document_pages": ("document_id", "page", "start", "end"),
    "document_signatures": ("document_id", "scheme", "shingles", "signature"),
    "document_tags": ("document_id", "tag", "added_at"),
    "documents": ("id", "content_hash", "kind", "title", "title_simplified", "text",
                  "text_simplified", "raw_text", "script", "publisher", "publish_date", "pages",
                  "headings", "created_at"),
    "entities": ("id", "canonical", "type", "source", "created_at"),
    "entity_aliases": ("name", "type", "written", "entity_id", "created_at"),
    "entity_counts": ("canonical", "type", "mentions", "documents"),
    "entity_counts_deferred": ("document_id",),
    "extraction_runs": ("document_id", "extractor_version", "capacity_rows", "cluster_rows",
                        "ran_at"),
    "imports": ("document_id", "file_name", "file_path", "file_hash", "format", "encoding",
                "size_bytes", "imported_at"),
    "library_entries": ("document_id", "title", "title_simplified", "kind", "script",
                        "publisher", "publish_date", "length", "tags", "source_files",
                        "mentions", "annotations"),
    "mention_reviews": ("document_id", "start", "end", "type", "verdict", "reviewed_at",
                        "reviewed_by"),
    "mentions": ("id", "document_id", "start", "end", "type", "text", "canonical", "value_low",
                 "value_high", "unit"),
    "near_duplicates": ("document_id", "near_duplicate_of", "similarity", "measure",
                        "found_at"),
    "never_names": ("name", "written", "created_at"),
    "occurrences": ("id", "document_id", "source_file", "line", "tag"),
    "recognition_runs": ("document_id", "recognizer_version", "mention_count", "ran_at"),
    "search_pending": ("document_id",),
    "source_files": ("name", "content_hash", "encoding", "layout", "ingested_at"),
}  # fmt: skip


def listing(names: list[str], noun: str = "table") -> str:
    shown = ", ".join(names[:6])
    more = f" and {len(names) - 6} more" if len(names) > 6 else ""
    return f"{noun}{'s' if len(names) > 1 else ''} {shown}{more}"
