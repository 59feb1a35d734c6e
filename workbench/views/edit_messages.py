"""What a panel says when the store did not take an edit at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from ..core.errors import WorkbenchError, said
from ..core.operations import Operation, Outcome
from ..models.labels import qt_translate
from ..models.operation_runner import OperationRunner, WriteDeferred
from ..models.session import Session


def edit_problem(action: str, error: WorkbenchError) -> str:
    """``"Cannot annotate: …"`` for a refusal; a kept edit is not a failure, so no "Cannot"."""
    if isinstance(error, WriteDeferred):
        return said(error, qt_translate)
    return f"{action}: {said(error, qt_translate)}"


def say_edit_problem(
    runner: OperationRunner,
    message: QLabel,
    show: Callable[[str], None],
    action: str,
    error: WorkbenchError,
) -> None:
    """Show why an edit did not go in; a "not saved yet" notice goes once all is saved."""
    text = edit_problem(action, error)
    show(text)
    if not isinstance(error, WriteDeferred):
        return

    def hide_when_saved(waiting: int) -> None:
        if waiting:
            return
        runner.waiting_changed.disconnect(hide_when_saved)
        if message.text() == text:
            message.hide()

    runner.waiting_changed.connect(hide_when_saved)


def run_edit(
    session: Session,
    operation: Operation,
    message: QLabel,
    show: Callable[[str], None],
    action: str,
) -> Outcome | None:
    """Run a panel's edit; on refusal (or while it waits for the lock) say so, return None."""
    try:
        return session.run(operation)
    except WorkbenchError as error:
        say_edit_problem(session.runner, message, show, action, error)
        return None
