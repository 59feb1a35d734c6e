"""Progress and cancellation for long work, independent of any UI.

Long tasks are plain functions taking a ``Progress``; the GUI passes one that
forwards to a dialog from a worker thread, the command line and tests pass the
silent default.  :class:`PhaseProgress` maps one phase of a longer task onto a
share of one rising bar.
"""

from __future__ import annotations

from .errors import Cancelled

# The context of the progress messages in the translation files.
PROGRESS_CONTEXT = "Progress"

PROGRESS_STEPS = 1000  # the resolution of a task split into phases


class Progress:
    """Silent progress sink; subclasses forward reports and answer cancellation."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """Called with the units done so far, the total, and what is being worked on."""

    def cancelled(self) -> bool:
        return False

    def translate(self, context: str, source: str) -> str:
        """A message in the language of whoever shows the progress (English here)."""
        return source

    def check(self) -> None:
        """Raise :class:`Cancelled` at a safe point if cancellation was requested."""
        if self.cancelled():
            raise Cancelled()


class PhaseProgress(Progress):
    """Maps one phase of a longer task onto a fraction of the overall progress.

    ``PhaseProgress(progress, 0.0, 0.3)`` turns the phase's ``report(done, total)``
    into reports between 0 % and 30 % of ``PROGRESS_STEPS``, so a bar never jumps
    back when the next phase starts counting from zero.
    """

    def __init__(self, overall: Progress, low: float, high: float, label: str = ""):
        self._overall = overall
        self._low = low
        self._high = high
        self._label = label

    def report(self, done: int, total: int, message: str = "") -> None:
        fraction = done / total if total else 1.0
        steps = round(PROGRESS_STEPS * (self._low + (self._high - self._low) * fraction))
        label = self.translate(PROGRESS_CONTEXT, self._label) if self._label else ""
        text = f"{label}: {message}" if label and message else message or label
        self._overall.report(steps, PROGRESS_STEPS, text)

    def cancelled(self) -> bool:
        return self._overall.cancelled()

    def translate(self, context: str, source: str) -> str:
        return self._overall.translate(context, source)
