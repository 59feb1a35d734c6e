"""Running a core ``fn(..., progress)`` on a worker thread, with progress and cancel signals.

The function runs on its own ``QThread``; it must open any store it needs itself
(SQLite connections never cross threads).  Signals are emitted from the worker
and delivered, queued, to receivers on the UI thread, so slots may touch widgets.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ..core.errors import Cancelled, WorkbenchError, said
from ..core.progress import Progress
from .labels import qt_translate

# Python passes the GIL from a busy worker to a waiting thread only once per switch
# interval (5 ms by default).  The window's thread needs the GIL for each call from
# Qt into Python (a delegate painting a cell, a slot), so while a worker wrote a
# sheet as .xlsx the window stood still for up to 3.3 s (20,000 rows) and 5.6 s
# (100,000); at 0.1 ms, for 131 and 165 ms at most (bench/bench_window_export.py),
# the exports taking as long as before.
UI_SWITCH_INTERVAL_SECONDS = 0.0001


def keep_the_window_responsive() -> None:
    """Let the window's thread take the GIL from a busy worker sooner (process-wide)."""
    sys.setswitchinterval(UI_SWITCH_INTERVAL_SECONDS)


class _ThreadProgress(Progress):
    """Forwards reports to a signal and answers cancellation from a thread-safe flag."""

    def __init__(self, emit: Callable[[int, int, str], None], cancel: threading.Event):
        self._emit = emit
        self._cancel = cancel

    def report(self, done: int, total: int, message: str = "") -> None:
        self._emit(done, total, message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def translate(self, context: str, source: str) -> str:
        # Thread-safe: the messages are made on the worker thread.
        return QCoreApplication.translate(context, source)


class TaskRunner(QThread):
    """Runs ``fn(*args, progress=<Progress>, **kwargs)`` once on a worker thread.

    Exactly one of ``succeeded``, ``failed`` or ``was_cancelled`` is emitted, then
    ``finished`` (QThread's own).  ``failed`` carries a message fit for a dialog.
    """

    progressed = Signal(int, int, str)  # done, total, what is being worked on
    succeeded = Signal(object)  # fn's return value
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], *args, parent: QObject | None = None, **kwargs):
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: str | None = None

    def cancel(self) -> None:
        """Ask the task to stop at its next safe point (it keeps what it finished)."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # runs on the worker thread
        progress = _ThreadProgress(self.progressed.emit, self._cancel)
        try:
            self.result = self._fn(*self._args, progress=progress, **self._kwargs)
        except Cancelled:
            self.was_cancelled.emit()
        except WorkbenchError as error:
            # Said in the interface language here: the message is shown as it is.
            self.error = said(error, qt_translate)
            self.failed.emit(self.error)
        except Exception as error:  # a bug: report it rather than lose the thread silently
            traceback.print_exc()
            self.error = f"unexpected error: {type(error).__name__}: {error}"
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.result)


class SingleTask(QObject):
    """At most one :class:`TaskRunner` at a time: started, cancelled, waited for, and
    forgotten (deleted later) once it stops, when ``ended`` is emitted."""

    ended = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._task: TaskRunner | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> TaskRunner | None:
        return self._task

    def start_new(
        self,
        fn: Callable[..., Any],
        *args,
        succeeded: Callable[[Any], None],
        failed: Callable[[str], None],
        announce: Callable[[TaskRunner], None],
    ) -> TaskRunner:
        """Run ``fn(*args, progress=…)`` on a new worker owned by this slot.

        ``announce`` gets the task before it starts, so a progress dialog connected
        there misses none of its signals.
        """
        task = TaskRunner(fn, *args, parent=self)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        announce(task)
        self.start(task)
        return task

    def start(self, task: TaskRunner) -> None:
        if self._task is not None:
            raise RuntimeError("a task is already running")
        task.finished.connect(self._on_finished)
        self._task = task
        task.start()

    def cancel(self) -> None:
        """Ask the running task to stop at its next safe point (it keeps what it finished)."""
        if self._task is not None:
            self._task.cancel()

    def wait(self) -> None:
        """Block until the running task has stopped (for shutdown)."""
        if self._task is not None:
            self._task.wait()

    def _on_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self.ended.emit()


class StoreTaskSlot(QObject):
    """A store's worker of one kind (an export, an import's read): at most one at a time,
    each opening the store at ``location`` itself; ``ended`` when one stops."""

    ended = Signal()  # the worker has stopped, however it ended: another may start

    def __init__(self, location, parent: QObject | None = None):
        super().__init__(parent)
        self._location = location
        self._slot = SingleTask(self)
        self._slot.ended.connect(self.ended)

    @property
    def running(self) -> bool:
        return self._slot.running

    def cancel(self) -> None:
        self._slot.cancel()

    def wait(self) -> None:
        self._slot.wait()
