"""Progress and cancellation for long work, independent of any UI.

Long tasks are plain functions taking a ``Progress``; the GUI passes one that
forwards to a dialog from a worker thread, the command line and tests pass the
silent default.
"""

from __future__ import annotations

from .errors import Cancelled


class Progress:
    """Silent progress sink; subclasses forward reports and answer cancellation."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """Called with the units done so far, the total, and what is being worked on."""

    def cancelled(self) -> bool:
        return False

    def check(self) -> None:
        """Raise :class:`Cancelled` at a safe point if cancellation was requested."""
        if self.cancelled():
            raise Cancelled()
