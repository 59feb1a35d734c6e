"""Applying the analyst's lexicon to the documents already stored, on a worker.

Teaching a name, or undoing one, changes the lexicon at once; the documents
that hold the name are recognised again only when the analyst applies it
("Apply to all documents"), because that can take a while on a large store.
Names wait in ``pending`` until then.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core.operations import Changes
from .changes import ChangeHub
from .worker import SingleTask, TaskRunner

if TYPE_CHECKING:
    from ..core.pipeline import ProcessReport


class LexiconApplier(QObject):
    pending_changed = Signal(int)  # how many names wait to be applied
    started = Signal(object)  # the TaskRunner, for a progress dialog
    applied = Signal(object)  # ProcessReport (also when cancelled part way)
    failed = Signal(str)
    done = Signal()  # the worker has stopped, however it ended

    def __init__(self, store_path, hub: ChangeHub, parent: QObject | None = None):
        super().__init__(parent)
        self._store_path = store_path
        self._hub = hub
        self._pending: set[str] = set()
        self._slot = SingleTask(self)
        self._slot.ended.connect(self.done)
        self._applying: list[str] = []
        hub.changed.connect(self._on_change)

    @property
    def pending(self) -> list[str]:
        return sorted(self._pending)

    @property
    def running(self) -> bool:
        return self._slot.running

    @property
    def task(self) -> TaskRunner | None:
        return self._slot.task

    def _on_change(self, changes: Changes) -> None:
        if changes.names and not changes.names <= self._pending:
            self._pending |= changes.names
            self.pending_changed.emit(len(self._pending))

    def apply(self, names: Iterable[str] | None = None) -> bool:
        """Recognise again the documents holding ``names`` (default: every pending name).

        Returns False when there is nothing to apply or an application is running.
        """
        chosen = sorted(set(names) if names is not None else self._pending)
        if not chosen or self._slot.running:
            return False
        self._pending -= set(chosen)
        self._applying = chosen
        self.pending_changed.emit(len(self._pending))
        from ..core.pipeline import apply_names_at  # the recogniser loads on first use

        self._slot.start_new(
            apply_names_at,
            self._store_path,
            chosen,
            succeeded=self._on_succeeded,
            failed=self._on_failed,
            announce=self.started.emit,
        )
        return True

    def cancel(self) -> None:
        self._slot.cancel()

    def wait(self) -> None:
        self._slot.wait()

    def _on_succeeded(self, report: ProcessReport) -> None:
        # Written by the worker's own connection: panels re-read what it changed.
        self._hub.broadcast(report.changes)
        if report.cancelled:  # the documents not reached still wait for these names
            self._keep_pending()
        self.applied.emit(report)

    def _on_failed(self, message: str) -> None:
        self._keep_pending()
        self.failed.emit(message)

    def _keep_pending(self) -> None:
        self._pending |= set(self._applying)
        self.pending_changed.emit(len(self._pending))


def applied_summary(report: ProcessReport) -> str:
    """What applying the lexicon did, for the status bar and the Entities panel."""
    count = len(report.recognised)
    text = QCoreApplication.translate(
        "LexiconApplier", "Applied your lexicon: {n} documents recognised again"
    )
    if count == 1:
        text = QCoreApplication.translate(
            "LexiconApplier", "Applied your lexicon: 1 document recognised again"
        )
    text = text.format(n=f"{count:,}")
    return (
        text + QCoreApplication.translate("LexiconApplier", " (cancelled part way)")
        if report.cancelled
        else text
    )
