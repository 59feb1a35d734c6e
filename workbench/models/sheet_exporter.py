"""The window's sheet exports, one at a time, each on a worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .worker import SingleTask, TaskRunner


class SheetExporter(QObject):
    """Runs :func:`~workbench.core.sheet_export.export_sheet_at` on a worker.

    The worker opens the store itself and reads what is committed, which is
    everything the window shows: each edit is committed before it is shown.
    """

    ended = Signal()  # the worker has stopped, however it ended: another may start

    def __init__(self, store_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._store_path = store_path
        self._slot = SingleTask(self)
        self._slot.ended.connect(self.ended)

    @property
    def running(self) -> bool:
        return self._slot.running

    def start(
        self,
        sheet: str,
        path: str,
        ids: Sequence[int] | None,
        *,
        form: str | None,
        include_rejected: bool,
        succeeded: Callable[[int], None],
        failed: Callable[[str], None],
        announce: Callable[[TaskRunner], None],
    ) -> TaskRunner | None:
        """Export on a new worker; None when an export is already running.

        ``announce`` gets the task before it starts (to follow it with a dialog and
        hear of a cancel); ``succeeded`` gets the number of rows written.
        """
        if self._slot.running:
            return None
        from ..core.sheet_export import export_sheet_at  # writers load on first use

        return self._slot.start_new(
            lambda progress: export_sheet_at(
                self._store_path,
                sheet,
                path,
                None if ids is None else list(ids),
                form=form,
                include_rejected=include_rejected,
                translate=QCoreApplication.translate,
                progress=progress,
            ),
            succeeded=succeeded,
            failed=failed,
            announce=announce,
        )

    def cancel(self) -> None:
        self._slot.cancel()

    def wait(self) -> None:
        self._slot.wait()
