"""A team store's window hears what colleagues change, within about a second.

A thread of its own waits on :class:`~workbench.core.team_changes.ColleagueChanges`
and hands each batch to the UI thread, where it is broadcast on the session's hub
like the window's own edits: panels refresh the rows named, and a cell being
edited keeps its editor.  A lost connection is said once and tried again.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from .changes import ChangeHub

WAIT_SECONDS = 0.3  # notices are gathered this long, then broadcast together
RETRY_SECONDS = 2.0  # after a lost connection


class TeamChangeWatch(QObject):
    arrived = Signal(object)  # Changes made by colleagues (emitted on the watch thread)
    lost = Signal(str)  # why the store's notices stopped coming (they are tried again)

    def __init__(
        self, url: str, own_connection: int, hub: ChangeHub, parent: QObject | None = None
    ):
        """``own_connection``: the server process of the window's connection, whose
        edits the window announces itself."""
        super().__init__(parent)
        self._url = url
        self._own_connection = own_connection
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.arrived.connect(hub.broadcast)  # queued: the hub lives on the UI thread

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="team store changes", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        """Stop listening; returns once the thread has ended (within WAIT_SECONDS)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        import psycopg

        from ..core.team_changes import ColleagueChanges

        while not self._stop.is_set():
            try:
                listener = ColleagueChanges(self._url, self._own_connection)
            except psycopg.Error as error:
                self.lost.emit(str(error).strip().splitlines()[0])
                self._stop.wait(RETRY_SECONDS)
                continue
            try:
                while not self._stop.is_set():
                    changes = listener.wait(WAIT_SECONDS)
                    if changes:
                        self.arrived.emit(changes)
            except psycopg.Error as error:
                self.lost.emit(str(error).strip().splitlines()[0])
                self._stop.wait(RETRY_SECONDS)
            finally:
                listener.close()
