"""The window's sheet exports, one at a time, each on a worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from .worker import StoreTaskSlot, TaskRunner


class SheetExporter(StoreTaskSlot):
    """Runs :func:`~workbench.core.sheet_export.export_sheet_at` on a worker.

    The worker opens the store itself and reads what is committed, which is
    everything the window shows: each edit is committed before it is shown.
    """

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
                self._location,
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
