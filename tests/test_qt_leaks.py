"""The after-test check finds what a test leaves running, and names it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, QTimer

from tests import qt_leaks


class _Blocked(QThread):
    def __init__(self, release: threading.Event):
        super().__init__()
        self.release = release

    def run(self):
        self.release.wait(10)


def test_a_running_qthread_a_python_thread_and_active_timers_are_named(qapp):
    before = set(threading.enumerate())
    release = threading.Event()
    worker = _Blocked(release)
    worker.setObjectName("blocked-worker")
    worker.start()
    helper = threading.Thread(target=release.wait, args=(10,), name="blocked-helper")
    helper.start()
    owner = QObject()
    timer = QTimer(owner, interval=60_000)
    timer.start()
    QTimer.singleShot(60_000, lambda: None)
    try:
        found = qt_leaks.leftovers(before, grace_ms=50)
    finally:
        release.set()
        qt_leaks.stop()
        helper.join()
    assert len(found) == 4, found
    assert "QThread blocked-worker still running" in found[0]
    assert "test_qt_leaks.py" in found[0]  # where it was started
    assert "Python thread 'blocked-helper'" in found[1]
    assert "QTimer of QObject (repeating, 60000 ms) still active" in found[2]
    assert "QTimer.singleShot(60000 ms) not yet fired" in found[3]
    assert not timer.isActive() and not worker.isRunning()


def test_finished_work_and_deleted_owners_are_not_leaks(qapp, qtbot):
    before = set(threading.enumerate())
    worker = _Blocked(threading.Event())
    worker.release.set()
    with qtbot.waitSignal(worker.finished):
        worker.start()
    owner = QObject()
    QTimer(owner, interval=60_000).start()
    QTimer.singleShot(60_000, owner, lambda: None)  # dropped with its context object
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))
    del owner
    assert qt_leaks.leftovers(before, grace_ms=50) == []
