"""A test-only fault: the process kills itself (SIGKILL) at a chosen point of its work.

``WORKBENCH_TEST_SIGKILL_AT_REPORT=N`` in the environment arms it: the process
dies at its N-th progress report.  Progress is reported between writes, never
inside one, so that point falls after a committed file or batch of documents, or
while recognised documents wait for their batch to be written.  With
``WORKBENCH_TEST_SIGKILL_IN_WRITE=1`` as well, it dies instead inside the first
write transaction after that report, part way through its statements, as a
crash or a power cut would.  The fault-injection tests (``tests/faults``) use it
on ``workbench ingest``, ``import``, ``extract`` and the window's first run.
Unset, the pipeline's progress goes through untouched.
"""

from __future__ import annotations

import os
import signal
import sys

from ..progress import Progress
from ..store import Store

ENVIRONMENT_VARIABLE = "WORKBENCH_TEST_SIGKILL_AT_REPORT"
IN_WRITE_VARIABLE = "WORKBENCH_TEST_SIGKILL_IN_WRITE"
# The kill comes some 500 SQLite virtual-machine steps into writing: part way
# through the statements of a batch's or a file's transaction.
STEPS_PER_CHECK = 100
CHECKS_INTO_WRITE = 5


def _kill(where: str) -> None:
    print(f"kill switch: SIGKILL {where}", file=sys.stderr, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


class _KillSwitch(Progress):
    def __init__(self, inner: Progress, store: Store, at: int, in_write: bool):
        self.inner, self.store, self.at, self.in_write = inner, store, at, in_write
        self.seen = 0

    def report(self, done: int, total: int, message: str = "") -> None:
        self.seen += 1
        if self.seen == self.at:
            if not self.in_write:
                _kill(f"at progress report {self.at}")
            conn = self.store.conn
            checks = [0]

            def inside_a_write() -> int:
                if conn.in_transaction:
                    checks[0] += 1
                    if checks[0] == CHECKS_INTO_WRITE:
                        _kill(f"inside a write transaction after progress report {self.at}")
                return 0

            conn.set_progress_handler(inside_a_write, STEPS_PER_CHECK)
        self.inner.report(done, total, message)

    def cancelled(self) -> bool:
        return self.inner.cancelled()

    def translate(self, context: str, source: str) -> str:
        return self.inner.translate(context, source)


def armed(progress: Progress, store: Store) -> Progress:
    """``progress``, or a wrapper that kills the process when the environment says so."""
    at = os.environ.get(ENVIRONMENT_VARIABLE, "")
    if not at.isdigit():
        return progress
    return _KillSwitch(progress, store, int(at), os.environ.get(IN_WRITE_VARIABLE) == "1")
