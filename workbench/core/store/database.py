"""Opening a store: checked before anything is written, then WAL, foreign keys, migrations.

Opening never changes a file it should not: a damaged file, another application's
SQLite database and a store from a newer version are refused before the first
write (see ``checks``).  A store that cannot be written (read-only file, folder or
disk) opens read-only.  A store from an older version is copied next to itself
(``STORE.before-NNNN.bak``, NNNN the first migration it lacked) and upgraded in
one transaction: a failed upgrade leaves it as it was.  Both take time in
proportion to the store, so the window runs them on a worker (:func:`upgrade_store`
with a :class:`Progress`, after :func:`planned_upgrade` said one is due): the copy
reports its pages, each migration its running time, and a cancel interrupts
SQLite mid-statement, rolls the upgrade back and removes the copy it made.

A connection belongs to the thread that opened it; a worker thread opens its own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..errors import Cancelled, WorkbenchError
from ..progress import PROGRESS_CONTEXT, PROGRESS_STEPS, Progress
from ..search_index import register as register_search_function
from ..translatable import QT_TRANSLATE_NOOP
from .checks import (
    QUICK_CHECK_BUDGET_SECONDS,
    QUICK_CHECK_ON_OPEN_BYTES,
    ReadOnlyStoreError,
    Schema,
    StoreDamagedError,
    StoreOpenError,
    backups_of,
    damaged_message,
    is_damage,
    is_sqlite_file,
    is_wal_file,
    quick_check,
    read_schema,
    schema_label,
    write_blocker,
)
from .migrations import migrations
from .read_cache import CachingConnection
from .transactions import StoreConnection

__all__ = [
    "OpenedStore",
    "PlannedUpgrade",
    "ReadOnlyStoreError",
    "StoreDamagedError",
    "StoreOpenError",
    "StoreWriteError",
    "Upgrade",
    "check_store_file",
    "connect",
    "open_database",
    "open_store_database",
    "planned_upgrade",
    "reading_connection",
    "schema_version",
    "upgrade_store",
    "write_failure",
]

WAL_ATTEMPTS = 200  # 200 × 25 ms: far longer than a second process takes to set it
WAL_RETRY_SECONDS = 0.025
PAGE_CACHE_KIB = 64 * 1024  # per connection, at most: it grows as pages are read

# An upgrade's copy is written this many pages at a time (16 MB of 4 kB pages),
# each step a report and a chance to cancel.
BACKUP_PAGES_PER_STEP = 4096
# SQLite calls the progress handler every this many virtual-machine instructions
# (well under a millisecond of work), which answers a cancel at once; a report is
# sent at most every REPORT_SECONDS.
PROGRESS_INSTRUCTIONS = 10_000
REPORT_SECONDS = 0.25

COPYING = QT_TRANSLATE_NOOP("Progress", "Copying the store to {backup}: {done} of {total} MB")
MIGRATING = QT_TRANSLATE_NOOP("Progress", "Migration {number} of {count}: {name} ({seconds} s)")


class StoreWriteError(WorkbenchError):
    """A change the store could not take; nothing of it was written."""


def write_failure(store: Path | str, error: sqlite3.Error) -> str:
    """What to tell the analyst when the store refuses a write, naming the store: its
    file's path, or its name (a file's name, a team store's address) as a string."""
    name = store.name if isinstance(store, Path) else str(store)
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
    elif "malformed" in text or "corrupt" in text:
        problem = "the store is damaged; nothing was saved"
    else:
        problem = f"the change could not be saved ({error})"
    return f"{name}: {problem}"


@dataclass(frozen=True)
class Upgrade:
    """A schema upgrade done on open, and where the store as it was is kept."""

    path: Path
    from_schema: str
    to_schema: str
    backup: Path

    @property
    def message(self) -> str:
        return (
            f"{self.path.name}: upgraded from schema {self.from_schema} to {self.to_schema}; "
            f"the store as it was is kept in {self.backup}"
        )


@dataclass(frozen=True)
class PlannedUpgrade:
    """The upgrade opening a store would make: from which schema, through which
    migrations, and where the store as it was would be kept."""

    path: Path
    from_schema: str
    to_schema: str
    migrations: tuple[str, ...]
    backup: Path


@dataclass(frozen=True)
class OpenedStore:
    db: StoreConnection
    read_only_reason: str | None  # why the store cannot be written; None when it can
    upgrade: Upgrade | None  # the upgrade done on this open, if any
    checked: bool  # False when the quick check ran out of time (not checked, not failed)
    # True when the quick check was left for later (a large store opened by the window):
    # ``check_store_file`` is due before anything is written.
    check_left: bool = False


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{quote(str(path.resolve()))}?{query}"


def _connection(target: str, *, uri: bool = False) -> sqlite3.Connection:
    # Autocommit mode: transactions are opened explicitly (see Store.transaction),
    # so nothing is left uncommitted by accident.
    conn = sqlite3.connect(
        target, isolation_level=None, timeout=30, uri=uri, factory=CachingConnection
    )
    conn.row_factory = sqlite3.Row
    register_search_function(conn)  # the search index's triggers call it
    return conn


def _keep_pages_read(conn: sqlite3.Connection) -> None:
    """A larger page cache for the window's connection, which searches and reads.

    SQLite's default 2 MB holds less than one page of search hits on long documents
    (50 of 89 KB each); 64 MB kept the index and texts a search reads, 8–20% off each
    query at 38,000 documents (bench/bench_search_cache.py).  Set once the store is
    open, not on every connection: the pragma reads the schema, and on a full disk,
    set on the connection that checks the store, it failed the open as a disk I/O
    error before the check could say the disk is full.
    """
    conn.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")


def _read_only_connection(path: Path, reason: str) -> sqlite3.Connection:
    """A connection that cannot write, for a store SQLite could not write either.

    A WAL store needs its ``-shm`` file to be read: where the folder cannot hold
    one, the file is opened ``immutable`` (SQLite then takes no locks and reads no
    ``-wal``), which is right only when no ``-wal`` holds changes not yet copied
    into the store.  That case is refused instead of showing old data.
    """
    params = {"mode": "ro"}
    if is_wal_file(path) and write_blocker(path) is not None:
        shm = path.with_name(path.name + "-shm")
        wal = path.with_name(path.name + "-wal")
        folder_writable = reason == "the file is read-only"
        if not shm.exists() and not folder_writable:
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreOpenError(
                    f"{path.name} is read-only ({reason}) and its {wal.name} file holds "
                    "changes not yet written into it, which cannot be read from here; "
                    "copy the store together with its -wal file to a writable folder"
                )
            params["immutable"] = "1"
    return _connection(_uri(path, **params), uri=True)


# Files this process has checked whole, as they were then (path, size, modified):
# the window's worker threads open the store it just opened without paying again.
_checked_files: set[tuple[str, int, int]] = set()


def _file_key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


def _check_once(conn: sqlite3.Connection, path: Path) -> bool:
    key = _file_key(path)
    if key in _checked_files:
        return True
    checked = quick_check(conn, path, QUICK_CHECK_BUDGET_SECONDS)
    if checked:
        _checked_files.add(key)
    return checked


def _remember_checked(path: Path) -> None:
    with contextlib.suppress(OSError):
        _checked_files.add(_file_key(path))


def open_store_database(
    path: Path | str,
    *,
    read_only: bool = False,
    progress: Progress | None = None,
    check_later: bool = False,
) -> OpenedStore:
    """Open the store at ``path`` (created when missing, unless ``read_only``).

    With ``check_later``, a store of this version larger than
    ``QUICK_CHECK_ON_OPEN_BYTES`` and not checked whole by this process yet opens
    without its quick check (``check_left``): the caller runs
    :func:`check_store_file` on a worker, and writes nothing before it passed.

    Raises :class:`StoreOpenError` (a :class:`WorkbenchError` naming the file)
    for a file that is not a store this version can use; nothing is written then.
    An upgrade due reports to ``progress`` and stops, raising :class:`Cancelled`,
    when it is cancelled: the store is then as it was.
    """
    path = Path(path)
    try:
        return _open(path, read_only, progress, check_later)
    except OSError as error:  # no permission to read the file or its folder, …
        raise StoreOpenError(
            f"{path.name}: cannot be read ({error.strerror or error}); it was left as it was"
        ) from None


def planned_upgrade(path: Path | str) -> PlannedUpgrade | None:
    """The upgrade opening ``path`` would make, read without writing anything.

    None for a missing or new store, one of this version, and one that cannot be
    written (opening refuses that one, saying why).  Raises :class:`StoreOpenError`
    as opening would for a file that is not a store this version can use.  It reads
    the schema only, in milliseconds whatever the store's size: the quick check
    (up to 0.4 s on a large store) is left to the open that follows, which for an
    upgrade runs on the worker.
    """
    path = Path(path)
    try:
        examined = _examine(path, read_only=False, check=False)
    except OSError as error:
        raise StoreOpenError(
            f"{path.name}: cannot be read ({error.strerror or error}); it was left as it was"
        ) from None
    if examined is None:
        return None
    conn, reason, schema, _checked = examined
    if conn is not None:
        conn.close()
    if reason is not None or schema.is_new or not schema.pending:
        return None
    return PlannedUpgrade(
        path,
        schema.version,
        schema_label([m.name for m in migrations._migrations]),
        tuple(schema.pending),
        _backup_path(path, schema),
    )


def upgrade_store(path: Path | str, progress: Progress) -> Upgrade | None:
    """Open the store at ``path`` on this thread, upgrading it if due, and close it.

    What the window runs on a worker before it opens the store itself; None when
    no upgrade was due after all (another process made it meanwhile).
    """
    path = Path(path)
    opened = open_store_database(path, progress=progress)
    opened.db.conn.close()
    if opened.checked:  # checked before the upgrade, which was this program's own
        _remember_checked(path)
    return opened.upgrade


def _open(
    path: Path, read_only: bool, progress: Progress | None, check_later: bool = False
) -> OpenedStore:
    left = check_later and _worth_checking_later(path)
    examined = _examine(path, read_only, check=not left)
    if examined is None:
        schema = Schema([], [], [m.name for m in migrations._migrations])
        return _open_writable(path, schema, True, progress)
    conn, reason, schema, checked = examined
    if left and schema.pending:
        # An upgrade writes the whole schema: never before the check (it takes time in
        # proportion to the store anyway, and runs on a worker when the window asks).
        left = False
        checked = _check_before_upgrade(conn, path)
    if reason is not None:
        opened = _finish_read_only(conn, path, reason, schema, checked)
    else:
        opened = _open_writable(path, schema, checked, progress)
    return dataclasses.replace(opened, check_left=left) if left else opened


def _worth_checking_later(path: Path) -> bool:
    try:
        return (
            path.stat().st_size > QUICK_CHECK_ON_OPEN_BYTES
            and _file_key(path) not in _checked_files
        )
    except OSError:
        return False


def _check_before_upgrade(conn: sqlite3.Connection | None, path: Path) -> bool:
    if conn is not None:
        return _check_once(conn, path)
    conn = _connection(_uri(path, mode="ro"), uri=True)
    try:
        return _check_once(conn, path)
    finally:
        conn.close()


# How often a check on a worker looks whether it was cancelled.
CHECK_CANCEL_POLL_SECONDS = 0.05


def check_store_file(path: Path | str, progress: Progress) -> bool:
    """The quick check a store opened with ``check_later`` left: the whole file, on
    this thread's own read-only connection; True when it went through.

    Raises :class:`StoreDamagedError` (naming the file) when SQLite finds damage, and
    :class:`Cancelled` when ``progress`` is cancelled (SQLite is interrupted).
    """
    path = Path(path)
    progress.check()  # a window closed before its check began
    key = _file_key(path)
    # As the store was opened: a read-only folder's WAL store is read immutable.
    conn = _read_only_connection(path, write_blocker(path) or "opened read-only")
    done = threading.Event()

    def watch() -> None:
        while not done.wait(CHECK_CANCEL_POLL_SECONDS):
            if progress.cancelled():
                conn.interrupt()
                return

    watcher = threading.Thread(target=watch, name="store check cancel", daemon=True)
    watcher.start()
    try:
        checked = quick_check(conn, path, None)
    finally:
        done.set()
        watcher.join()
        conn.close()
    if not checked:
        raise Cancelled()
    _checked_files.add(key)
    return True


def _examine(
    path: Path, read_only: bool, *, check: bool = True
) -> tuple[sqlite3.Connection | None, str | None, Schema, bool] | None:
    """Check an existing store before anything is written: its connection (open only
    when it cannot be written), why it cannot be written, its schema, and whether the
    quick check went through it whole.  None when there is no store yet (its folder
    is made)."""
    if path.is_dir():
        raise StoreOpenError(f"{path.name}: is a folder, not a workbench store")
    exists = path.exists()
    if exists and path.stat().st_size > 0 and not is_sqlite_file(path):
        raise StoreOpenError(f"{path.name}: not a workbench store (not an SQLite database)")
    if not exists and read_only:
        raise StoreOpenError(f"{path.name}: no store here to open read-only")
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreOpenError(
                f"{path.name}: cannot make the store's folder {path.parent} "
                f"({error.strerror or error})"
            ) from None
    reason = "opened read-only" if read_only else write_blocker(path)
    if reason is not None and not exists:
        raise StoreOpenError(f"{path.name}: cannot make a store here ({reason})")

    if not exists:
        return None
    conn = (
        _read_only_connection(path, reason)
        if reason is not None
        else _connection(_uri(path, mode="ro"), uri=True)
    )
    try:
        checked = _check_once(conn, path) if check else False
        schema = read_schema(conn, path)
    except BaseException:
        conn.close()
        raise
    if reason is not None:
        return conn, reason, schema, checked
    conn.close()
    return None, None, schema, checked


def _finish_read_only(
    conn: sqlite3.Connection, path: Path, reason: str, schema: Schema, checked: bool
) -> OpenedStore:
    try:
        if schema.is_new:
            raise StoreOpenError(f"{path.name}: an empty file, and read-only ({reason})")
        if schema.pending:
            raise StoreOpenError(
                f"{path.name}: made by an older version of the workbench (schema "
                f"{schema.version}) and needs an upgrade, but it is read-only ({reason}); "
                "copy it to a writable folder to open it"
            )
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA foreign_keys=ON")
        _keep_pages_read(conn)
    except BaseException:
        conn.close()
        raise
    return OpenedStore(StoreConnection(conn), reason, None, checked)


def _open_writable(
    path: Path, schema: Schema, checked: bool, progress: Progress | None
) -> OpenedStore:
    conn = _connection(str(path))
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        _keep_pages_read(conn)
        db = StoreConnection(conn)
        upgrade = None
        if schema.is_new:
            _set_wal(conn)
            _apply(db, path)
        elif schema.pending:
            upgrade = _upgrade(db, path, schema, progress)
        _set_wal(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        if is_damage(error):
            raise StoreDamagedError(damaged_message(path, str(error))) from None
        raise StoreOpenError(write_failure(path, error)) from None
    except BaseException:
        conn.close()
        raise
    return OpenedStore(db, None, upgrade, checked)


def _apply(db: StoreConnection, path: Path, watch: _Watch | None = None) -> None:
    """Every pending migration in one transaction: all of them, or none.

    Holding the write lock, so that of two processes opening a new store at once
    one runs them and the other waits, then finds none pending.  With ``watch``,
    each migration is announced and a cancel interrupts it (:class:`Cancelled`).
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if watch is None:
            migrations.apply(db)
        else:
            with watch.watching(conn):
                migrations.apply_each(db, watch.migration)
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if watch is not None and watch.progress.cancelled():
            raise Cancelled() from error
        raise
    conn.execute("COMMIT")


def _backup_path(path: Path, schema: Schema) -> Path:
    return path.with_name(f"{path.name}.before-{schema_label(schema.pending[:1])}.bak")


def _upgrade(db: StoreConnection, path: Path, schema: Schema, progress: Progress | None) -> Upgrade:
    backup = _backup_path(path, schema)
    earlier = [p for p in backups_of(path) if p != backup]
    had_backup = backup.exists()
    watch = _Watch(progress, backup, len(schema.pending)) if progress is not None else None
    if watch is not None:
        watch.progress.check()
    _back_up(db.conn, path, backup, watch)
    try:
        _apply(db, path, watch)
    except Cancelled:
        if not had_backup:  # the store is as it was: its copy is not needed
            with contextlib.suppress(OSError):
                backup.unlink()
        raise
    except Exception as error:  # a migration's own failure, too: all or nothing
        raise StoreOpenError(
            f"{path.name}: cannot upgrade the store from schema {schema.version} ({error}); "
            f"it was left as it was, and a copy is kept in {backup}"
        ) from None
    for old in earlier:  # the new copy replaces those of earlier upgrades
        with contextlib.suppress(OSError):
            old.unlink()
    known = [m.name for m in migrations._migrations]
    return Upgrade(path, schema.version, schema_label(known), backup)


def _back_up(conn: sqlite3.Connection, path: Path, backup: Path, watch: _Watch | None) -> None:
    """Copy the store with SQLite's backup API to ``backup`` (a single file, no -wal)."""
    partial = backup.with_name(backup.name + ".partial")
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        target = sqlite3.connect(str(partial))
        try:
            if watch is None:
                conn.backup(target)
            else:
                page_size = conn.execute("PRAGMA page_size").fetchone()[0]
                conn.backup(
                    target,
                    pages=BACKUP_PAGES_PER_STEP,
                    progress=lambda _status, remaining, total: watch.copied(
                        page_size, remaining, total
                    ),
                )
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        partial.replace(backup)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreOpenError(
            f"{path.name}: needs a schema upgrade, but its copy {backup.name} could not be "
            f"written first ({error}); nothing was changed"
        ) from None
    except BaseException:  # cancelled: no half copy is left
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


class _Watch:
    """An upgrade's reports and cancel: the copy by its pages, then each migration by
    its running time; the bar rises by phases (the copy one, each migration one).

    During the migrations SQLite calls :meth:`_tick` every ``PROGRESS_INSTRUCTIONS``
    instructions; answering non-zero interrupts the statement, which is how a cancel
    stops a migration half way through one long ``INSERT … SELECT``.
    """

    def __init__(self, progress: Progress, backup: Path, migrations_pending: int):
        self.progress = progress
        self._backup = backup
        self._phases = migrations_pending + 1
        self._phase = 0
        self._migration: tuple[int, int, str] | None = None
        self._started = time.monotonic()
        self._reported = 0.0

    def copied(self, page_size: int, remaining: int, total: int) -> None:
        self.progress.check()
        text = self.progress.translate(PROGRESS_CONTEXT, COPYING).format(
            backup=self._backup.name,
            done=(total - remaining) * page_size // 10**6,
            total=total * page_size // 10**6,
        )
        self._send((total - remaining) / total if total else 1.0, text)

    def migration(self, index: int, count: int, name: str) -> None:
        """Migration ``index`` (from 0) of the ``count`` pending is about to run."""
        self.progress.check()
        self._phases = count + 1
        self._phase = index + 1
        self._migration = (index + 1, count, name)
        self._started = time.monotonic()
        self._report_migration()

    @contextlib.contextmanager
    def watching(self, conn: sqlite3.Connection) -> Iterator[None]:
        conn.set_progress_handler(self._tick, PROGRESS_INSTRUCTIONS)
        try:
            yield
        finally:
            conn.set_progress_handler(None, 0)

    def _tick(self) -> int:
        if self.progress.cancelled():
            return 1
        if self._migration is not None and time.monotonic() - self._reported >= REPORT_SECONDS:
            self._report_migration()
        return 0

    def _report_migration(self) -> None:
        number, count, name = self._migration
        seconds = int(time.monotonic() - self._started)
        text = self.progress.translate(PROGRESS_CONTEXT, MIGRATING).format(
            number=number, count=count, name=name, seconds=seconds
        )
        self._send(0.0, text)

    def _send(self, fraction: float, text: str) -> None:
        self._reported = time.monotonic()
        done = round(PROGRESS_STEPS * (self._phase + fraction) / self._phases)
        self.progress.report(done, PROGRESS_STEPS, text)


def connect(path: Path | str) -> sqlite3.Connection:
    """A writable connection in WAL mode with foreign keys, without the checks on open.

    For building stores by hand (tests, tools); the application opens ``Store``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connection(str(path))
    try:
        _set_wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreOpenError(f"{path.name}: not a workbench store ({error})") from None
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


def reading_connection(path: Path | str) -> sqlite3.Connection:
    """A connection that only reads the store at ``path``, without the checks on open.

    For a worker reading a store the window has opened (and so checked) already:
    opening costs a few milliseconds whatever the store's size.
    """
    path = Path(path)
    conn = _read_only_connection(path, write_blocker(path) or "opened read-only")
    conn.execute("PRAGMA query_only=ON")
    return conn


def open_database(path: Path | str, *, read_only: bool = False) -> StoreConnection:
    return open_store_database(path, read_only=read_only).db


def schema_version(db: StoreConnection) -> list[str]:
    return [m.name for m in migrations.applied(db)]
