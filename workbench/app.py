"""Composition root: opens the store, builds the session and the window, wires them.

First start on an empty store ingests the bundled corpus on a worker thread
behind a cancelable progress dialog; the worker opens its own connection to the
same file.  Later starts open straight on the existing store, first finishing
(the same way) any document whose entities or sheet rows an earlier run left
undone.  The work itself is ``core.pipeline``; this module only runs it.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from .core.errors import WorkbenchError
from .core.paths import APP_NAME, default_db_path
from .core.pipeline import pending_documents
from .core.store import Store
from .core.store.checks import damaged_message, is_damage
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
from .views.main_window import MainWindow, app_icon, app_title, show_error
from .views.progress_dialog import TaskProgressDialog


def store_location(target: Path | str) -> Path | str:
    """A store file's path as a Path, a team store's postgresql:// address as it is."""
    return target if is_team_store(target) else Path(target)


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

    def __init__(self, db_path: Path, settings: WorkbenchSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = store_location(db_path)
        self.settings = settings
        self.store = Store(self.db_path)  # raises WorkbenchError naming the file
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
        # The Charts' plot widgets are imported on a thread once the window is painted:
        # not before the paint, which nothing of them is on (the Charts sit behind the
        # Sheets by default), and not on the UI thread when the Charts are first shown.
        self._plot_loader: threading.Thread | None = None
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self._load_plot_widgets)

    def start(self) -> None:
        self.window.installEventFilter(self)  # until its first paint
        self.window.show()
        if self.team_watch is not None:
            self.team_watch.lost.connect(self._colleagues_unheard)
            self.team_watch.start()
        if self.store.upgrade is not None:
            self.window.statusBar().showMessage(self.store.upgrade.message, 15000)
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
        elif pending_documents(self.store.conn):
            from .core.pipeline import resume_pending_at

            self._run(self.tr("Recognising entities and filling the sheets"), resume_pending_at)
        else:
            self._set_ready()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self._after_paint.start()  # once this paint is done
        return False

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
        try:
            other = Workbench(path, self.settings)
        except (WorkbenchError, OSError, sqlite3.DatabaseError) as error:
            show_error(self.window, self.tr("Cannot open the store"), opening_failure(path, error))
            return
        if other.store.is_team_store:  # offered again by File > Connect to Team Store…
            self.settings.remember_team_store(TeamStoreAddress.parse(other.store.location))
        self.others.append(other)
        other.start()

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
        self.importer.runner.cancel()
        self.importer.runner.wait()
        for other in self.others:
            other.close()
        self._after_paint.stop()
        if self._plot_loader is not None:
            self._plot_loader.join()
        self.window.close()
        self.store.close()


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
    try:
        workbench = Workbench(db_path, settings)
    except (WorkbenchError, OSError, sqlite3.DatabaseError) as error:
        # Damaged, not a store, from a newer version, unreadable, or no permission.
        message = opening_failure(db_path, error)
        if screenshot is not None:  # unattended: no dialog to wait on
            print(f"workbench: {message}", file=sys.stderr)
        else:
            show_error(
                None, QCoreApplication.translate("Workbench", "Cannot open the store"), message
            )
        return 1
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
        return 1
    try:
        return app.exec()
    finally:
        workbench.close()
