"""The one runner of operations: apply, push one undo command, broadcast once.

Every edit in the window goes through :meth:`OperationRunner.run`: the core
operation commits its change, the runner pushes a generic
:class:`OperationCommand` built from the outcome (its label and inverse), then
emits the outcome's :class:`Changes` on the hub, once.  Undo and redo apply the
stored inverse the same way.  A write the store cannot take (busy, read-only,
disk full) becomes a :class:`StoreWriteError` whose message says so; nothing is
announced for it.  On a read-only store every operation is refused before it
runs (:class:`ReadOnlyStoreError`, saying why the store is read-only).
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import WorkbenchError
from ..core.operations import Operation, Outcome
from ..core.store import Store
from ..core.store.database import StoreWriteError, write_failure
from .changes import ChangeHub

log = logging.getLogger(__name__)


class OperationRunner(QObject):
    undo_failed = Signal(str)  # an undo or redo that could not be applied, and why

    def __init__(self, store: Store, hub: ChangeHub, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.store = store
        self.hub = hub
        self.undo_stack = undo_stack

    def run(self, operation: Operation) -> Outcome:
        """Apply ``operation``; raises :class:`WorkbenchError` (nothing changed) if refused."""
        outcome = self.apply(operation)
        if outcome.inverse is not None:
            self.undo_stack.push(OperationCommand(self, outcome))
        self.hub.broadcast(outcome.changes)
        return outcome

    def apply(self, operation: Operation) -> Outcome:
        self.store.require_writable()  # before the operation reads or checks anything
        try:
            return operation(self.store)
        except sqlite3.Error as error:
            raise StoreWriteError(write_failure(self.store.path, error)) from error


class OperationCommand(QUndoCommand):
    """Undo and redo of any operation: apply the stored inverse, keep the inverse's inverse.

    Pushed after the operation ran, so the first ``redo`` (which ``push`` makes)
    is skipped.  A row changed behind the stack's back (another window on the
    same store) makes the command obsolete: Qt then drops it from the stack.
    """

    def __init__(self, runner: OperationRunner, outcome: Outcome):
        super().__init__(outcome.label)
        self._runner = runner
        self._inverse = outcome.inverse
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self._step("redo")

    def undo(self) -> None:
        self._step("undo")

    def _step(self, verb: str) -> None:
        # Qt calls undo/redo from C++: an exception would be lost there.
        try:
            if self._inverse is None:
                raise WorkbenchError("nothing to apply")
            outcome = self._runner.apply(self._inverse)
        except WorkbenchError as error:
            log.warning("cannot %s %s: %s", verb, self.text(), error)
            self.setObsolete(True)
            self._runner.undo_failed.emit(f"Cannot {verb} “{self.text()}”: {error}")
            return
        self._inverse = outcome.inverse
        self._runner.hub.broadcast(outcome.changes)
