"""Reading another store's export on a worker: what importing it would change."""

from __future__ import annotations

from collections.abc import Callable

from .worker import StoreTaskSlot, TaskRunner


def _read(location, path: str, *, progress):
    # Imported here: the window's first paint needs none of it.
    from ..cli_translation import translator_for
    from ..core.languages import SIMPLIFIED, TRADITIONAL
    from ..core.translatable import untranslated
    from ..core.work_import import read_work_at

    # Headers for people come in whichever language the exporting window ran; the
    # translators are made on the worker, the thread that uses them.
    translations = (untranslated, translator_for(SIMPLIFIED), translator_for(TRADITIONAL))
    return read_work_at(location, path, translations, progress)


class WorkImporter(StoreTaskSlot):
    """One read at a time, on its own connection: the file is read and checked, and each
    row matched against the store, off the window's thread.  The report's operations
    are then run by the window (``Session.run``), so they commit and undo as edits do."""

    def start(
        self,
        path: str,
        *,
        succeeded: Callable[[object], None],
        failed: Callable[[str], None],
        announce: Callable[[TaskRunner], None],
    ) -> TaskRunner | None:
        """Read ``path`` on a new worker; None when a read is already running."""
        if self._slot.running:
            return None
        return self._slot.start_new(
            _read, self._location, path, succeeded=succeeded, failed=failed, announce=announce
        )
