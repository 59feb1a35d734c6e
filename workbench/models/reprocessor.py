"""Recognising and extracting documents the analyst chose again, on a worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.pipeline.process import ProcessReport
from ..core.pipeline.reprocess import reprocess_at
from .changes import ChangeHub
from .worker import SingleTask


class DocumentReprocessor(QObject):
    started = Signal(object)  # the TaskRunner, for a progress dialog
    finished = Signal(object)  # ProcessReport (also when cancelled part way)
    failed = Signal(str)

    def __init__(self, store_path: Path, hub: ChangeHub, parent: QObject | None = None):
        super().__init__(parent)
        self._store_path = store_path
        self._hub = hub
        self._slot = SingleTask(self)

    @property
    def running(self) -> bool:
        return self._slot.running

    def start(self, document_ids: Sequence[int]) -> bool:
        """False when there is nothing to do or a run is under way."""
        if not document_ids or self._slot.running:
            return False
        self._slot.start_new(
            reprocess_at,
            self._store_path,
            list(document_ids),
            succeeded=self._succeeded,
            failed=self.failed.emit,
            announce=self.started.emit,
        )
        return True

    def cancel(self) -> None:
        self._slot.cancel()

    def wait(self) -> None:
        self._slot.wait()

    def _succeeded(self, report: ProcessReport) -> None:
        # Written by the worker's own connection: panels re-read what it changed.
        self._hub.broadcast(report.changes)
        self.finished.emit(report)


def reprocessed_summary(report: ProcessReport) -> str:
    count = len(report.extracted)
    documents = f"{count:,} document{'s' if count != 1 else ''}"
    text = (
        f"Recognised and extracted {documents} again: {report.mentions:,} entity mentions, "
        f"{report.capacity_rows:,} capacity rows, {report.cluster_rows:,} cluster rows"
    )
    if report.cancelled:
        text += f" (cancelled: {len(report.pending):,} documents keep what they had)"
    return text
