"""Recognising and extracting documents the analyst chose again, on a worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .changes import ChangeHub
from .worker import SingleTask

if TYPE_CHECKING:
    from ..core.pipeline.process import ProcessReport


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
        from ..core.pipeline.reprocess import reprocess_at  # the recogniser loads then

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
    text = QCoreApplication.translate(
        "Reprocessor",
        "Recognised and extracted {n} documents again: {mentions} entity mentions, "
        "{capacity} capacity rows, {clusters} cluster rows",
    )
    if count == 1:
        text = QCoreApplication.translate(
            "Reprocessor",
            "Recognised and extracted 1 document again: {mentions} entity mentions, "
            "{capacity} capacity rows, {clusters} cluster rows",
        )
    text = text.format(
        n=f"{count:,}",
        mentions=f"{report.mentions:,}",
        capacity=f"{report.capacity_rows:,}",
        clusters=f"{report.cluster_rows:,}",
    )
    if report.cancelled:
        kept = QCoreApplication.translate(
            "Reprocessor", " (cancelled: {n} documents keep what they had)"
        )
        text += kept.format(n=f"{len(report.pending):,}")
    return text
