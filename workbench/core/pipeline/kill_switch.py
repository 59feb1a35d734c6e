"""A test-only fault: the process kills itself (SIGKILL) at its N-th progress report.

``WORKBENCH_TEST_SIGKILL_AT_REPORT=N`` in the environment arms it; the
fault-injection tests (``tests/faults``) use it to stop ``workbench ingest``,
``import``, ``extract`` and the window's first run at a chosen point, as a
crash or a power cut would.  Progress is reported between writes, never inside
one, so the N-th report falls right after a committed document or file.
Unset, the pipeline's progress goes through untouched.
"""

from __future__ import annotations

import os
import signal

from ..progress import Progress

ENVIRONMENT_VARIABLE = "WORKBENCH_TEST_SIGKILL_AT_REPORT"


class _KillSwitch(Progress):
    def __init__(self, inner: Progress, at: int):
        self.inner, self.at, self.seen = inner, at, 0

    def report(self, done: int, total: int, message: str = "") -> None:
        self.seen += 1
        if self.seen >= self.at:
            os.kill(os.getpid(), signal.SIGKILL)
        self.inner.report(done, total, message)

    def cancelled(self) -> bool:
        return self.inner.cancelled()


def armed(progress: Progress) -> Progress:
    """``progress``, or a wrapper that kills the process when the variable says so."""
    at = os.environ.get(ENVIRONMENT_VARIABLE, "")
    return _KillSwitch(progress, int(at)) if at.isdigit() else progress
