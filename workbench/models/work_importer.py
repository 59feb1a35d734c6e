"""Importing another store's export on a worker: read, matched and written off the
window's thread, then adopted by the window as its own edit."""

from __future__ import annotations

from collections.abc import Callable

from .worker import StoreTaskSlot, TaskRunner


def _import(location, path: str, label: str, *, progress):
    # Imported here: the window's first paint needs none of it.
    from ..cli_translation import translator_for
    from ..core.languages import SIMPLIFIED, TRADITIONAL
    from ..core.translatable import untranslated
    from ..core.work_import import import_work_at

    # Headers for people come in whichever language the exporting window ran; the
    # translators are made on the worker, the thread that uses them.
    translations = (untranslated, translator_for(SIMPLIFIED), translator_for(TRADITIONAL))
    return import_work_at(location, path, translations, label, progress)


class WorkImporter(StoreTaskSlot):
    """One import at a time, on its own connection: the file is read and checked, each
    row matched against the store, and what it brings written as one operation, all
    off the window's thread.  ``succeeded`` gets the committed :class:`Outcome`
    (its value the report), for the window to adopt (``Session.adopt``): one undo
    step, its changes announced once, as an edit's."""

    def start(
        self,
        path: str,
        label: str,
        *,
        succeeded: Callable[[object], None],
        failed: Callable[[str], None],
        announce: Callable[[TaskRunner], None],
    ) -> TaskRunner | None:
        """Import ``path`` on a new worker, as the edit ``label``; None when an import
        is already running."""
        if self._slot.running:
            return None
        return self._slot.start_new(
            _import,
            self._location,
            path,
            label,
            succeeded=succeeded,
            failed=failed,
            announce=announce,
        )
