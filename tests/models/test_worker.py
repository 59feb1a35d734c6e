"""TaskRunner: a core function on a worker thread, with progress, failure and cancellation."""

from __future__ import annotations

import threading

from workbench.core.errors import InputFileError
from workbench.core.progress import PROGRESS_STEPS, PhaseProgress, Progress
from workbench.models.worker import TaskRunner


def count_to(limit, progress, started=None, release=None):
    seen = []
    for i in range(limit):
        if started is not None and i == 1:
            started.set()
            release.wait(10)
        progress.check()
        progress.report(i + 1, limit, f"step {i + 1}")
        seen.append(threading.get_ident())
    return seen


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    runner = TaskRunner(count_to, 5)
    reports = []
    runner.progressed.connect(lambda done, total, message: reports.append((done, total, message)))
    with qtbot.waitSignal(runner.succeeded, timeout=10_000) as result:
        runner.start()
    runner.wait()
    assert reports == [(i, 5, f"step {i}") for i in range(1, 6)]
    assert threading.get_ident() not in result.args[0]  # the work ran elsewhere


def test_cancel_stops_at_the_next_safe_point(qtbot):
    started, release = threading.Event(), threading.Event()
    runner = TaskRunner(count_to, 100, started=started, release=release)
    succeeded = []
    runner.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(runner.was_cancelled, timeout=10_000):
        runner.start()
        assert started.wait(10)
        runner.cancel()
        release.set()
    runner.wait()
    assert succeeded == []
    assert runner.is_cancel_requested()


def test_failure_carries_a_message_naming_the_file(qtbot):
    def broken(progress):
        raise InputFileError("/data/报告.pdf", "encrypted PDF")

    runner = TaskRunner(broken)
    with qtbot.waitSignal(runner.failed, timeout=10_000) as failure:
        runner.start()
    runner.wait()
    assert failure.args == ["报告.pdf: encrypted PDF"]


def test_phase_progress_maps_phases_onto_one_rising_bar():
    reports = []

    class Sink(Progress):
        def report(self, done, total, message=""):
            reports.append((done, total, message))

    sink = Sink()
    first, second = PhaseProgress(sink, 0.0, 0.3, "Reading"), PhaseProgress(sink, 0.3, 1.0, "NER")
    first.report(0, 2, "a.txt")
    first.report(2, 2, "")
    second.report(1, 4, "doc 1")
    second.report(4, 4, "")
    assert [d for d, _, _ in reports] == [0, 300, 475, PROGRESS_STEPS]
    assert reports[0][2] == "Reading: a.txt" and reports[2][2] == "NER: doc 1"
