"""Composition root: opens the store, builds the session and the window, wires them.

First start on an empty store ingests the bundled corpus on a worker thread
behind a cancelable progress dialog; the worker opens its own connection to the
same file.  Later starts open straight on the existing store, first finishing
(the same way) any document whose entities or sheet rows an earlier run left
undone.  The work itself is ``core.pipeline``; this module only runs it.

A store from an older version is upgraded before any window uses it: the copy
kept of it and its migrations take time in proportion to its size, so they run
on a worker behind a progress dialog (``StoreOpening``), and a cancel leaves the
store as it was and opens nothing, as when a store cannot be opened.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from .core.errors import WorkbenchError
from .core.paths import APP_NAME, default_db_path
from .core.pipeline import any_pending
from .core.store import Store
from .core.store.checks import damaged_message, is_damage
from .core.store.database import (
    PlannedUpgrade,
    Upgrade,
    check_store_file,
    planned_upgrade,
    upgrade_store,
)
from .core.store.team_address import TeamStoreAddress, is_team_store, team_store_name
from .models.changes import written_by_worker
from .models.language import chosen_language, install_translators
from .models.session import Session
from .models.settings import WorkbenchSettings
from .models.team_watch import TeamChangeWatch
from .models.worker import TaskRunner, keep_the_window_responsive
from .views.charts_panel import load_plot_widgets
from .views.drop_import import install_drop_import
from .views.import_dialog import ImportController
from .views.main_window import MainWindow, app_icon, app_title, show_error, show_notice
from .views.progress_dialog import TaskProgressDialog


def store_location(target: Path | str) -> Path | str:
    """A store file's path as a Path, a team store's postgresql:// address as it is."""
    return target if is_team_store(target) else Path(target)


def store_name(target: Path | str) -> str:
    """How messages name a store: its file's name, or a team store's label."""
    return team_store_name(str(target)) if is_team_store(target) else Path(target).name


def opening_failure(path: Path | str, error: Exception) -> str:
    """One line naming the store and why it cannot be opened.

    SQLite's own errors come from damage the quick check on open did not reach
    (it is bounded in time on large stores; see ``core.store.checks``).
    """
    if isinstance(error, sqlite3.DatabaseError):
        if is_team_store(path):
            return f"{team_store_name(str(path))}: cannot be read ({error})"
        if is_damage(error):
            return damaged_message(Path(path), str(error))
        return f"{Path(path).name}: cannot be read ({error})"
    return str(error)


class Workbench(QObject):
    """One open store: its session, its window, and the start-up work on it.

    ``ready`` is emitted once the store holds what the window should show: right
    away on an existing store, after the first-run ingest on an empty one
    (whether it finished, failed or was cancelled).
    """

    ready = Signal()
    # The quick check left for after the first paint found the store damaged: the
    # message (naming the file) was shown, and whoever opened this window closes it.
    refused = Signal(str)

    def __init__(
        self,
        db_path: Path,
        settings: WorkbenchSettings,
        parent: QObject | None = None,
        *,
        upgrade: Upgrade | None = None,
        store: Store | None = None,
    ):
        super().__init__(parent)
        self.db_path = store_location(db_path)
        self.settings = settings
        # Raises WorkbenchError naming the file.  A large store's quick check is left
        # for after the first paint (a worker; nothing is written before it passed).
        # A team store comes opened by the worker that connected to it (StoreOpening).
        self.store = store or Store(self.db_path, check_later=True)
        # The upgrade made before this window (on a worker, see StoreOpening), if any.
        self.upgrade = upgrade or self.store.upgrade
        self.session = Session(self.store, self)
        # A team store: what colleagues change reaches the panels (started with the window).
        self.team_watch: TeamChangeWatch | None = None
        if self.store.is_team_store:
            self.team_watch = TeamChangeWatch(
                self.store.location, self.store.conn.backend_pid, self.session.hub, self
            )
        self.window = MainWindow(self.session, settings)
        self.window.open_store_requested.connect(self.open_other_store)
        self.importer = ImportController(self.session, self.window)
        self.window.import_requested.connect(self.importer.choose_and_import)
        self.window.import_action.setEnabled(self.store.can_import)
        if self.store.import_blocker is not None:
            self.window.import_action.setStatusTip(self.store.import_blocker)
        if self.store.can_import:
            # Text views take drops themselves: their viewports get the filter too.
            install_drop_import(
                self.importer.import_paths,
                self.window,
                *(view.viewport() for view in self.window.findChildren(QAbstractScrollArea)),
            )
        self.window.restore_layout()
        self.window.restore_reading_state()  # the document last read, where it was read
        self.task: TaskRunner | None = None
        self.progress_dialog: TaskProgressDialog | None = None
        self.is_ready = False
        self.others: list[Workbench] = []  # windows opened from File > Open Store
        self.openings: list[StoreOpening] = []  # stores being upgraded for File > Open Store
        # The Charts' plot widgets are imported on a thread once the window is painted:
        # not before the paint, which nothing of them is on (the Charts sit behind the
        # Sheets by default), and not on the UI thread when the Charts are first shown.
        self._plot_loader: threading.Thread | None = None
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self._painted)
        self.check: TaskRunner | None = None  # the quick check left for after the paint

    def start(self) -> None:
        self.window.installEventFilter(self)  # until its first paint
        self.window.show()
        if self.team_watch is not None:
            self.team_watch.lost.connect(self._colleagues_unheard)
            self.team_watch.start()
        if self.upgrade is not None:
            self.window.statusBar().showMessage(self.upgrade.message, 15000)
        if not self.store.check_pending:
            self._begin_work()
        # else once the check has passed (started after the first paint)

    def _begin_work(self) -> None:
        """What the store needs before the window is ready: the bundled corpus on an
        empty store, the documents an earlier run left undone, or nothing."""
        if self.store.read_only:
            # Nothing can be ingested or finished here: show what the store holds.
            self._set_ready()
        elif self.store.document_count() == 0 and self.store.is_team_store:
            # The bundled corpus is a demonstration, not the team's documents.
            self.window.statusBar().showMessage(
                self.tr("An empty team store: import the team's documents with File > Import"),
                15000,
            )
            self._set_ready()
        elif self.store.document_count() == 0:
            from .core.pipeline import ingest_bundled_corpus

            self._run(self.tr("Ingesting the bundled corpus"), ingest_bundled_corpus)
        elif any_pending(self.store.conn):
            from .core.pipeline import resume_pending_at

            self._run(self.tr("Recognising entities and filling the sheets"), resume_pending_at)
        else:
            self._set_ready()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self._after_paint.start()  # once this paint is done
        return False

    def _painted(self) -> None:
        self.window.sheets_panel.read_rest()
        self._load_plot_widgets()
        if self.store.check_pending and self.check is None:
            self.check = TaskRunner(check_store_file, self.store.path, parent=self)
            self.check.succeeded.connect(self._check_passed)
            self.check.failed.connect(self._check_failed)
            self.check.start()

    def _check_passed(self, _checked: bool) -> None:
        self.store.check_passed()
        self._begin_work()

    def _check_failed(self, message: str) -> None:
        self.check.wait()  # it has closed its connection
        show_error(self.window, self.tr("Cannot open the store"), message)
        self.refused.emit(message)

    def _load_plot_widgets(self) -> None:
        if self._plot_loader is None:
            self._plot_loader = threading.Thread(
                target=load_plot_widgets, name="load plot widgets", daemon=True
            )
            self._plot_loader.start()

    def _run(self, title: str, fn) -> None:
        self.task = TaskRunner(fn, self.db_path, parent=self)
        self.progress_dialog = TaskProgressDialog(self.task, title, self.window)
        self.task.succeeded.connect(self._task_succeeded)
        self.task.failed.connect(self._task_failed)
        self.task.was_cancelled.connect(self._task_cancelled)
        self.task.finished.connect(self._task_finished)
        self.window.statusBar().showMessage(f"{title}…")
        self.task.start()
        self.progress_dialog.show()

    def _task_succeeded(self, result) -> None:
        from .core.ingest import IngestReport
        from .core.pipeline import ProcessReport

        message = self.tr("Ready")
        if isinstance(result, IngestReport):
            message = self.tr("Ingested {n} documents from the bundled corpus").format(
                n=result.documents_new
            )
            if result.failed:
                problems = "\n".join(f"{f.path.name}: {f.error}" for f in result.failed)
                show_error(self.window, self.tr("Some corpus files could not be read"), problems)
        elif isinstance(result, ProcessReport):
            message = self.tr("Finished {n} documents left from an earlier run").format(
                n=result.documents
            )
        self.window.statusBar().showMessage(message, 8000)

    def _task_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        show_error(self.window, self.tr("Ingesting failed"), f"{self.store.name}: {message}")

    def _task_cancelled(self) -> None:
        count = self.store.document_count()
        self.window.statusBar().showMessage(
            self.tr("Cancelled: the store keeps the {n} documents finished so far").format(n=count),
            8000,
        )

    def _task_finished(self) -> None:
        # Written by the worker's own connection: every panel re-reads what it shows.
        self.session.hub.broadcast(written_by_worker())
        self.task.wait()
        self._set_ready()

    def _set_ready(self) -> None:
        self.is_ready = True
        self.ready.emit()

    def open_other_store(self, path: Path) -> None:
        """Open ``path`` in a window of its own, upgrading it first if it needs it; a
        store that cannot be opened (or whose upgrade is cancelled) is reported here."""
        opening = StoreOpening(path, self.settings, self.window, parent=self)
        self.openings.append(opening)
        opening.ended.connect(lambda other: self._other_opened(opening, other))
        opening.begin()

    def _other_opened(self, opening: StoreOpening, other: Workbench | None) -> None:
        # Kept (a child of this object) rather than deleted here: its worker's last
        # queued signals may still be on their way to the progress dialog.
        self.openings.remove(opening)
        if other is not None:
            if other.store.is_team_store:  # offered again by File > Connect to Team Store…
                self.settings.remember_team_store(TeamStoreAddress.parse(other.store.location))
            self.others.append(other)
            other.refused.connect(lambda _message: self._other_refused(other))
            other.start()

    def _other_refused(self, other: Workbench) -> None:
        self.others.remove(other)
        other.close()

    def _colleagues_unheard(self, reason: str) -> None:
        self.window.statusBar().showMessage(
            self.tr(
                "{store}: colleagues' changes are not coming in ({reason}); trying again"
            ).format(store=self.store.name, reason=reason),
            10000,
        )

    def close(self) -> None:
        """Stop start-up work (keeping what it finished), close the window and the store."""
        if self.team_watch is not None:
            self.team_watch.stop()
        if self.task is not None and self.task.isRunning():
            self.task.cancel()
            self.task.wait()
        for opening in list(self.openings):
            opening.abandon()
        self.importer.runner.cancel()
        self.importer.runner.wait()
        for other in self.others:
            other.close()
        self._after_paint.stop()
        if self.check is not None:
            self.check.cancel()
            self.check.wait()
        if self._plot_loader is not None:
            self._plot_loader.join()
        self.window.close()
        self.store.close()


class StoreOpening(QObject):
    """Opens one store for a window: at once when its schema is this version's, after
    its upgrade otherwise, run on a worker behind a progress dialog with Cancel.

    ``ended`` carries the :class:`Workbench` made on the store (not yet started), or
    None when it was not opened: the reason was shown (over ``parent_window``, or
    on standard error when ``unattended``), and a cancelled upgrade left the store
    as it was.  It is emitted once, possibly from within :meth:`begin`.
    """

    ended = Signal(object)  # Workbench | None

    def __init__(
        self,
        path: Path,
        settings: WorkbenchSettings,
        parent_window: QWidget | None = None,
        parent: QObject | None = None,
        *,
        unattended: bool = False,
    ):
        super().__init__(parent)
        self.path = store_location(path)
        self.name = store_name(path)
        self.settings = settings
        self.parent_window = parent_window
        self.unattended = unattended
        self.plan: PlannedUpgrade | None = None
        self.task: TaskRunner | None = None
        self.progress_dialog: TaskProgressDialog | None = None
        self.workbench: Workbench | None = None
        self.done = False
        self.abandoned = False

    def begin(self) -> None:
        if is_team_store(self.path):
            self._connect()
            return
        try:
            self.plan = planned_upgrade(self.path)
        except (WorkbenchError, OSError, sqlite3.DatabaseError) as error:
            self._refused(opening_failure(self.path, error))
            return
        if self.plan is None:
            self._open(None)
            return
        title = self.tr("Upgrading {name} from schema {schema}…").format(
            name=self.name, schema=self.plan.from_schema
        )
        self.task = TaskRunner(upgrade_store, self.path, parent=self)
        self.progress_dialog = TaskProgressDialog(self.task, title, self.parent_window)
        self.progress_dialog.setObjectName("UpgradeProgressDialog")
        self.task.succeeded.connect(self._open)
        self.task.failed.connect(self._upgrade_failed)
        self.task.was_cancelled.connect(self._cancelled)
        self.task.start()
        self.progress_dialog.show()

    def _connect(self) -> None:
        """Connect (and make or upgrade the schema, in one transaction on the server) on a
        worker: a distant server may take seconds to answer, and the window it is asked
        from stays usable meanwhile.  The window then uses that connection."""
        from .core.store.postgres_open import prepare_team_store

        title = self.tr("Connecting to {name}…").format(name=self.name)
        self.task = TaskRunner(prepare_team_store, str(self.path), parent=self)
        self.progress_dialog = TaskProgressDialog(self.task, title, self.parent_window)
        self.progress_dialog.setObjectName("ConnectProgressDialog")
        self.task.succeeded.connect(self._open_connected)
        self.task.failed.connect(self._upgrade_failed)
        self.task.was_cancelled.connect(self._not_connected)
        self.task.start()
        self.progress_dialog.show()

    def _not_connected(self) -> None:
        self._wait()
        if self.abandoned:
            return
        self._tell(
            show_notice,
            self.tr("Not connected"),
            self.tr("The connection to {name} was cancelled.").format(name=self.name),
        )
        self._end(None)

    def abandon(self) -> None:
        """Cancel an upgrade still running (the store stays as it was) and wait for it;
        for a window closing, so nothing more is shown or opened."""
        self.abandoned = True
        if self.task is not None and self.task.isRunning():
            self.task.cancel()
            self.task.wait()

    # The progress dialog closes itself when the worker finishes, after these: so a
    # window is up all along, and the application does not quit for want of one.

    def _open(self, upgrade: Upgrade | None) -> None:
        self._wait()
        if self.abandoned:
            return
        try:
            workbench = Workbench(self.path, self.settings, upgrade=upgrade)
        except (WorkbenchError, OSError, sqlite3.DatabaseError) as error:
            self._refused(opening_failure(self.path, error))
            return
        self._end(workbench)

    def _open_connected(self, store: Store) -> None:
        """The window on the team store the worker connected to, not connecting again."""
        self._wait()
        if self.abandoned:
            store.close()
            return
        try:
            workbench = Workbench(self.path, self.settings, store=store)
        except (WorkbenchError, OSError, sqlite3.DatabaseError) as error:
            store.close()
            self._refused(opening_failure(self.path, error))
            return
        self._end(workbench)

    def _upgrade_failed(self, message: str) -> None:
        # The store's own errors name it; an unexpected one does not.
        named = message.startswith(f"{self.name}: ")
        self._refused(message if named else f"{self.name}: {message}")

    def _refused(self, message: str) -> None:
        self._wait()
        if self.abandoned:
            return
        self._tell(show_error, self.tr("Cannot open the store"), message)
        self._end(None)

    def _cancelled(self) -> None:
        self._wait()
        if self.abandoned:
            return
        self._tell(
            show_notice,
            self.tr("The store was not upgraded"),
            self.tr(
                "{name} is as it was (schema {schema}); this version of the workbench "
                "opens it once it is upgraded."
            ).format(name=self.name, schema=self.plan.from_schema),
        )
        self._end(None)

    def _tell(self, show, title: str, message: str) -> None:
        if self.unattended:  # no dialog to wait on
            print(f"workbench: {message}", file=sys.stderr)
        else:
            show(self.parent_window, title, message)

    def _wait(self) -> None:
        if self.task is not None:  # it has sent its last signal and closed its connection
            self.task.wait()

    def _end(self, workbench: Workbench | None) -> None:
        self.workbench = workbench
        self.done = True
        self.ended.emit(workbench)
        if self.progress_dialog is not None and self.parent_window is None:
            # A window of its own, closed once the store's window is up (or nothing is):
            # nobody else deletes it.
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()


def _capture(workbench: Workbench, path: Path, app: QApplication) -> None:
    """Open the longest document, let it render, save the window as PNG, then quit."""
    session = workbench.session
    done = []

    def grab() -> None:
        if done:
            return
        done.append(True)
        app.processEvents()
        saved = workbench.window.grab().save(str(path), "PNG")
        if not saved:
            print(f"workbench: cannot write screenshot {path}", file=sys.stderr)
        app.exit(0 if saved else 1)

    longest = workbench.window.library_model.longest_document_id()
    session.document_opened.connect(lambda _id: QTimer.singleShot(400, grab))
    if longest is not None:
        session.request_document(longest)
    # A reader that never reports the document opened must not hang the run.
    QTimer.singleShot(5000, grab)


def main(db_path: Path | str | None = None, screenshot: Path | None = None) -> int:
    """Run the workbench window on ``db_path``, a store file or a team store's address
    (default: the user's store)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    keep_the_window_responsive()
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    settings = WorkbenchSettings()
    # Before any widget is built: each takes its text when it is made.
    translators = install_translators(app, chosen_language(settings.language()))  # noqa: F841
    app.setApplicationDisplayName(app_title())
    db_path = store_location(db_path) if db_path else default_db_path()
    opening = StoreOpening(db_path, settings, unattended=screenshot is not None)
    started: list[Workbench] = []
    looping = []  # whether app.exec() runs: exit() before it would end every later loop at once

    def stop() -> None:
        if looping:
            QCoreApplication.exit(1)

    # Until the store's window is up, only the upgrade's dialogs are: closing them must
    # not quit the application behind this function's back.
    quit_on_last_window_closed = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)

    def opened(workbench: Workbench | None) -> None:
        if workbench is None:
            # Damaged, not a store, from a newer version, unreadable, no permission,
            # or its upgrade cancelled: nothing to show.
            stop()
            return
        if workbench.store.is_team_store:  # offered again by File > Connect to Team Store…
            settings.remember_team_store(TeamStoreAddress.parse(workbench.store.location))
        if screenshot is not None:
            workbench.ready.connect(lambda: _capture(workbench, Path(screenshot), app))
        try:
            workbench.start()
        except sqlite3.DatabaseError as error:
            show_error(
                workbench.window,
                QCoreApplication.translate("Workbench", "Cannot open the store"),
                opening_failure(db_path, error),
            )
            workbench.close()
            stop()
            return
        started.append(workbench)
        workbench.refused.connect(lambda _message: refused(workbench))
        app.setQuitOnLastWindowClosed(quit_on_last_window_closed)

    def refused(workbench: Workbench) -> None:
        # Damage found after the first paint (and shown): close the window, end with 1.
        app.setQuitOnLastWindowClosed(False)
        started.remove(workbench)
        workbench.close()
        stop()

    opening.ended.connect(opened)
    try:
        opening.begin()
        if opening.done and not started:  # refused at once: no event loop to leave
            return 1
        looping.append(True)
        code = app.exec()
    finally:
        opening.abandon()
        for workbench in started:
            workbench.close()
        app.setQuitOnLastWindowClosed(quit_on_last_window_closed)
    return code if started else 1  # nothing (or only a damaged store's window) shown
