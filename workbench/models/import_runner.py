"""Importing files on a worker thread and announcing the new documents when committed.

The worker opens its own connection to the session's store (connections never
cross threads). Imports requested while one runs are queued and run next, so a
second drop during a long import is not lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .session import Session
from .worker import SingleTask, TaskRunner

if TYPE_CHECKING:
    from ..core.importing import ImportReport


# The hub's kinds of change for the tables an import writes.
class ImportRunner(QObject):
    """Runs the import pipeline (``core.pipeline.import_paths``) for a session, one at a time.

    ``import_started`` carries the :class:`TaskRunner` so a view can follow it with
    a progress dialog; ``import_finished`` carries the :class:`ImportReport` (also
    when cancelled: files finished before the cancel are kept and listed);
    ``import_failed`` a message when the import could not run at all.
    """

    import_started = Signal(object)  # TaskRunner
    import_finished = Signal(object)  # ImportReport
    import_failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._slot = SingleTask(self)
        self._slot.ended.connect(self._start_queued)
        self._queue: list[list[Path]] = []

    @property
    def running(self) -> bool:
        return self._slot.running

    @property
    def task(self) -> TaskRunner | None:
        return self._slot.task

    def start(self, paths: Sequence[Path | str]) -> None:
        """Import ``paths`` (files and folders) now, or after the import already running."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self._slot.running:
            self._queue.append(paths)
            return
        from ..core.pipeline import import_into_store  # the parsers load on first use

        task = TaskRunner(import_into_store, self._session.store.location, paths, parent=self)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self.import_failed)
        self.import_started.emit(task)
        self._slot.start(task)

    def cancel(self) -> None:
        """Stop after the current file or document; what was committed stays."""
        self._queue.clear()
        self._slot.cancel()

    def wait(self) -> None:
        """Block until the running import has stopped (for shutdown)."""
        self._slot.wait()

    def _on_succeeded(self, report: ImportReport) -> None:
        # Committed by the worker: panels reading the store now see the new documents.
        self._session.hub.broadcast(report.changes)
        self.import_finished.emit(report)

    def _start_queued(self) -> None:
        if self._queue:
            self.start(self._queue.pop(0))
