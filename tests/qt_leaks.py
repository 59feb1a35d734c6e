"""Finding what a test left running: QThreads, QTimers, single-shot timers, Python threads.

``QThread.start`` is wrapped and ``QtCore.QTimer`` replaced by a subclass once per
session, so that every thread started and every timer made from Python (plus each
``QTimer.singleShot``) is remembered with the lines of workbench and test code
that made it.  After each test (and
after pytest-qt has closed the widgets it was given) :func:`leftovers` lists
whatever is still running; the caller fails the test and :func:`stop` cleans up
so that the next test starts from nothing.

Nothing here is timing-dependent in the failing direction: a thread is only
reported after it has been given :data:`GRACE_MS` to finish, and timers owned by
deleted objects are only reported if they survive deferred deletions and a
garbage collection.
"""

from __future__ import annotations

import gc
import threading
import traceback
import weakref
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QThreadPool, QTimer

ROOT = Path(__file__).resolve().parents[1]
# A worker that emitted its last signal is still returning from run(): give it
# this long to finish before calling it a leak (it takes microseconds).
GRACE_MS = 2000
_OURS = (str(ROOT / "workbench"), str(ROOT / "tests"))

_threads: weakref.WeakKeyDictionary[QThread, str] = weakref.WeakKeyDictionary()
_timers: weakref.WeakKeyDictionary[QTimer, str] = weakref.WeakKeyDictionary()


@dataclass
class _SingleShot:
    msec: int
    where: str
    context: weakref.ReferenceType | None  # Qt drops the timer if its context object dies
    fired: bool = False
    cancelled: bool = False  # set by stop(): fire nothing into a later test


_single_shots: list[_SingleShot] = []


def _where() -> str:
    """The innermost lines of our own code on the stack, newest last."""
    frames = [
        f
        for f in traceback.extract_stack()[:-2]
        if f.filename.startswith(_OURS) and f.filename != __file__
    ]
    return " ← ".join(
        f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} ({f.name})" for f in reversed(frames[-3:])
    )


def install() -> None:
    """Start remembering threads and timers; idempotent, and must run before the
    workbench modules are imported (they bind ``QTimer`` at import)."""
    if getattr(QtCore.QThread.start, "_tracks_leaks", False):
        return
    thread_start, single_shot = QThread.start, QTimer.singleShot

    def start_thread(self, *args):
        _threads[self] = _where()
        return thread_start(self, *args)

    start_thread._tracks_leaks = True
    QThread.start = start_thread

    class TrackedTimer(QTimer):
        """A ``QTimer`` that remembers where it was made.

        A subclass rather than a wrapped ``start``: ``signal.connect(timer.start)``
        must keep choosing the ``start()`` overload the way it does for QTimer.
        """

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            _timers[self] = _where()

        @staticmethod
        def singleShot(msec, *args):
            # singleShot(msec, functor) or singleShot(msec, context, functor); the
            # string-slot overloads are passed through untracked.
            if args and callable(args[-1]) and not isinstance(args[-1], str):
                functor = args[-1]
                if len(args) == 1 and isinstance(getattr(functor, "__self__", None), QObject):
                    # A bound slot is cancelled with its object: keep that once wrapped.
                    args = (functor.__self__, functor)
                context = args[0] if len(args) == 2 else None
                record = _SingleShot(
                    int(msec), _where(), weakref.ref(context) if context is not None else None
                )
                _single_shots.append(record)

                def fire(*fire_args):
                    record.fired = True
                    if not record.cancelled:
                        functor(*fire_args)

                args = (*args[:-1], fire)
            return single_shot(msec, *args)

    TrackedTimer.__name__ = TrackedTimer.__qualname__ = "QTimer"
    QtCore.QTimer = TrackedTimer


def begin() -> set[threading.Thread]:
    """Forget earlier tests' records; return the Python threads alive now."""
    _threads.clear()
    _timers.clear()
    for record in _single_shots:
        record.cancelled = True
    _single_shots.clear()
    return set(threading.enumerate())


def _alive(obj) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _running_threads() -> list[QThread]:
    return [t for t in list(_threads.keys()) if _alive(t) and t.isRunning()]


def _active_timers() -> list[QTimer]:
    return [t for t in list(_timers.keys()) if _alive(t) and t.isActive()]


def _pending_single_shots() -> list[_SingleShot]:
    pending = []
    for record in _single_shots:
        if record.fired:
            continue
        if record.context is not None and not _alive(record.context()):
            continue  # its context object was deleted, and the timer with it
        pending.append(record)
    return pending


def _flush_deletions() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def leftovers(threads_before: set[threading.Thread], grace_ms: int = GRACE_MS) -> list[str]:
    """What the test left running, one description per line; empty if nothing."""
    _flush_deletions()
    if _active_timers() or _pending_single_shots():
        # Closed widgets kept alive only by reference cycles own their timers:
        # collect them before blaming the test.
        gc.collect()
        _flush_deletions()

    found: list[str] = []
    for thread in _running_threads():
        if not thread.wait(grace_ms):
            name = thread.objectName() or type(thread).__name__
            found.append(f"QThread {name} still running, started at {_threads.get(thread)}")
    if not QThreadPool.globalInstance().waitForDone(grace_ms):
        found.append("QThreadPool.globalInstance() still has active threads")
    for thread in threading.enumerate():
        if thread in threads_before or isinstance(thread, threading._DummyThread):
            continue  # _DummyThread: a thread Qt started, reported above as a QThread
        thread.join(grace_ms / 1000)
        if thread.is_alive():
            found.append(f"Python thread {thread.name!r} still running ({thread!r})")
    for timer in _active_timers():
        parent = timer.parent()
        owner = f" of {type(parent).__name__}" if parent is not None else ""
        kind = "single-shot" if timer.isSingleShot() else "repeating"
        found.append(
            f"QTimer{owner} ({kind}, {timer.interval()} ms) still active, "
            f"made at {_timers.get(timer)}"
        )
    for record in _pending_single_shots():
        found.append(f"QTimer.singleShot({record.msec} ms) not yet fired, set at {record.where}")
    return found


def stop() -> None:
    """Stop whatever :func:`leftovers` found so that it cannot disturb the next test."""
    for timer in _active_timers():
        timer.stop()
    for thread in _running_threads():
        cancel = getattr(thread, "cancel", None)
        if callable(cancel):
            cancel()
        thread.requestInterruption()
        thread.quit()
        thread.wait()
    for record in _single_shots:
        record.cancelled = True
    _single_shots.clear()
