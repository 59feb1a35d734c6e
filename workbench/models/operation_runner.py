"""The one runner of operations: apply, push one undo command, broadcast once.

Every edit in the window goes through :meth:`OperationRunner.run`: the core
operation commits its change, the runner pushes a generic
:class:`OperationCommand` built from the outcome (its label and inverse), then
emits the outcome's :class:`Changes` on the hub, once.  Undo and redo apply the
stored inverse the same way.

A write the store cannot take is never silent:

- when another writer holds the lock (an import, another window) the window's
  connection waits only a fraction of a second (``UI_LOCK_WAIT_SECONDS``), then
  the edit is *kept*: queued in order, retried every ``RETRY_MS`` until the lock
  clears, and :class:`WriteDeferred` tells the caller, whose view shows the edit
  as not saved yet.  Edits and undo steps made meanwhile queue behind it, so the
  store sees them in the order the analyst made them.
- a store that refuses for good (read-only, disk full) becomes a
  :class:`StoreWriteError` whose message says so; nothing is announced for it.

On a store opened read-only (``Store.read_only``) every edit is refused before
it runs, with :class:`ReadOnlyStoreError` saying why the store is read-only.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import WorkbenchError, said
from ..core.operations import Operation, Outcome, unchanged
from ..core.store import Store
from ..core.store.database import StoreWriteError, write_failure
from ..core.store.lock_wait import UI_LOCK_WAIT_SECONDS, is_lock_busy, set_lock_wait
from ..core.translatable import QT_TRANSLATE_NOOP
from .changes import ChangeHub
from .labels import qt_translate

log = logging.getLogger(__name__)

RETRY_MS = 250
WAITING_LABEL = QT_TRANSLATE_NOOP("OperationRunner", "edit not saved yet")


class WriteDeferred(StoreWriteError):
    """The store is busy: the edit is kept and will be saved, in order, when the lock clears."""

    def __init__(self, message: str, ticket: int):
        super().__init__(message)
        self.ticket = ticket


@dataclass
class _Waiting:
    ticket: int
    label: str
    operation: Operation
    applied: Callable[[Outcome], None]  # what to do with the outcome once it is committed
    refused: Callable[[str], None]  # told why, if it can never be saved


class OperationRunner(QObject):
    undo_failed = Signal(str)  # an undo or redo that could not be applied, and why
    # How many edits wait for the store's lock (0: everything is saved).
    waiting_changed = Signal(int)
    # A waiting edit was settled: its ticket, and "" when saved or why it could not be.
    waiting_settled = Signal(int, str)

    def __init__(self, store: Store, hub: ChangeHub, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.store = store
        self.hub = hub
        self.undo_stack = undo_stack
        set_lock_wait(store.conn, UI_LOCK_WAIT_SECONDS)
        self._waiting: deque[_Waiting] = deque()
        self._tickets = itertools.count(1)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_waiting)

    # -- running -----------------------------------------------------------------

    def run(self, operation: Operation) -> Outcome:
        """Apply ``operation``; raises :class:`WorkbenchError` (nothing changed) if refused.

        Raises :class:`WriteDeferred` when the edit was kept to be saved later; its
        undo step is on the stack already, so undo and redo keep the analyst's order.
        """
        self.store.require_writable()  # before the operation reads or checks anything
        if not self._waiting:
            try:
                outcome = operation(self.store)
            except sqlite3.Error as error:
                if not is_lock_busy(error):
                    raise StoreWriteError(write_failure(self.store.name, error)) from error
            else:
                self.adopt(outcome)
                return outcome
        command = OperationCommand(self, self.tr(WAITING_LABEL), None)
        self.undo_stack.push(command)
        raise self._keep(operation, self.tr("the edit"), command.applied, command.refused)

    def adopt(self, outcome: Outcome) -> None:
        """An operation a worker ran and committed on its own connection (a large
        import): one undo step and its changes announced once, as if run here."""
        if outcome.inverse is not None:
            self.undo_stack.push(OperationCommand(self, outcome.label, outcome.inverse))
        self.hub.broadcast(outcome.changes)

    def _keep(
        self,
        operation: Operation,
        label: str,
        applied: Callable[[Outcome], None],
        refused: Callable[[str], None],
    ) -> WriteDeferred:
        ticket = next(self._tickets)
        self._waiting.append(_Waiting(ticket, label, operation, applied, refused))
        self._retry_timer.start()
        self.waiting_changed.emit(len(self._waiting))
        return WriteDeferred(self._deferred_message(), ticket)

    def _deferred_message(self) -> str:
        count = len(self._waiting)
        if count == 1:
            text = self.tr(
                "{store}: the store is busy (an import or another window is writing); "
                "1 edit is not saved yet and will be saved as soon as it is free"
            )
        else:
            text = self.tr(
                "{store}: the store is busy (an import or another window is writing); "
                "{n} edits are not saved yet and will be saved as soon as it is free"
            )
        return text.format(store=self.store.name, n=count)

    # -- waiting edits -------------------------------------------------------------

    @property
    def waiting_count(self) -> int:
        return len(self._waiting)

    def retry_waiting(self) -> bool:
        """Try the waiting edits again, in order; True when none is left waiting."""
        while self._waiting:
            waiting = self._waiting[0]
            try:
                outcome = waiting.operation(self.store)
            except sqlite3.Error as error:
                if is_lock_busy(error):
                    return False
                self._settle(f"{waiting.label}: {write_failure(self.store.name, error)}")
                continue
            except WorkbenchError as error:
                # The edit no longer applies (its row was deleted meanwhile, …).
                self._settle(
                    self.tr("{edit} could not be saved: {reason}").format(
                        edit=waiting.label, reason=said(error, qt_translate)
                    )
                )
                continue
            self._settle("")
            waiting.applied(outcome)
        return True

    def _settle(self, problem: str) -> None:
        waiting = self._waiting.popleft()
        if not self._waiting:
            self._retry_timer.stop()
        if problem:
            waiting.refused(problem)
        self.waiting_settled.emit(waiting.ticket, problem)
        self.waiting_changed.emit(len(self._waiting))

    def flush_waiting(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the lock to save what waits (closing the window)."""
        if not self._waiting:
            return True
        set_lock_wait(self.store.conn, seconds)
        try:
            return self.retry_waiting()
        finally:
            set_lock_wait(self.store.conn, UI_LOCK_WAIT_SECONDS)

    def step(self, command: OperationCommand, verb: str) -> None:
        """Apply an undo or redo step now, or behind the edits that wait for the lock."""

        def inverse(store: Store) -> Outcome:
            # Read when the step runs: a kept edit learns its inverse only once saved.
            if command.inverse is None:
                if command.isObsolete():  # a kept edit that changed nothing: Qt drops it
                    return unchanged(command.text())
                raise WorkbenchError("nothing to apply")
            return command.inverse(store)

        shown = {"undo": self.tr("undo"), "redo": self.tr("redo")}.get(verb, verb)
        label = f"{shown} “{command.text()}”"
        if self._waiting:
            self._keep(inverse, label, command.stepped, command.refused)
            return
        try:
            outcome = inverse(self.store)
        except sqlite3.Error as error:
            if is_lock_busy(error):
                self._keep(inverse, label, command.stepped, command.refused)
                return
            command.refused(
                self.tr("Cannot {what}: {error}").format(
                    what=label, error=write_failure(self.store.name, error)
                )
            )
        except WorkbenchError as error:
            command.refused(
                self.tr("Cannot {what}: {error}").format(
                    what=label, error=said(error, qt_translate)
                )
            )
        else:
            command.stepped(outcome)


class OperationCommand(QUndoCommand):
    """Undo and redo of any operation: apply the stored inverse, keep the inverse's inverse.

    Pushed after the operation ran (or, for an edit kept while the store was
    busy, when it was kept: it learns its label and inverse once saved), so the
    first ``redo`` (which ``push`` makes) is skipped.  A row changed behind the
    stack's back (another window on the same store) makes the command obsolete:
    Qt then drops it from the stack.
    """

    def __init__(self, runner: OperationRunner, label: str, inverse: Operation | None):
        super().__init__(label)
        self._runner = runner
        self.inverse = inverse
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        # Qt calls undo/redo from C++: the runner reports failures instead of raising.
        self._runner.step(self, "redo")

    def undo(self) -> None:
        self._runner.step(self, "undo")

    def applied(self, outcome: Outcome) -> None:
        """The kept edit this command stands for was saved."""
        self.setText(outcome.label)
        self.inverse = outcome.inverse
        if outcome.inverse is None:
            self.setObsolete(True)
        self._runner.hub.broadcast(outcome.changes)

    def refused(self, problem: str) -> None:
        log.warning("%s", problem)
        self.setObsolete(True)
        self._runner.undo_failed.emit(problem)

    def stepped(self, outcome: Outcome) -> None:
        self.inverse = outcome.inverse
        self._runner.hub.broadcast(outcome.changes)
