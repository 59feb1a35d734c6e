"""A cancelable progress dialog following one ``TaskRunner``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..models.worker import TaskRunner


class TaskProgressDialog(QProgressDialog):
    """Shows the runner's progress; Cancel asks it to stop at its next safe point.

    Not modal: the window stays usable while the task runs.  The dialog closes
    itself when the runner finishes, however it ends.
    """

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None):
        super().__init__(title, self.tr("Cancel"), 0, 0, parent)
        self.setObjectName("TaskProgressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self._runner = runner
        self._title = title
        runner.progressed.connect(self._on_progress)
        runner.finished.connect(self.close)
        self.canceled.connect(self._cancel)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._runner.is_cancel_requested():
            return
        if self.maximum() != total:
            self.setMaximum(total)
        self.setValue(done)
        self.setLabelText(f"{self._title}\n{message}" if message else self._title)

    def _cancel(self) -> None:
        self._runner.cancel()
        # Stay open until the runner stops, so the user sees the work wind down.
        self.setLabelText(f"{self._title}\n" + self.tr("Cancelling after the current step…"))
        self.setCancelButtonText(self.tr("Cancelling…"))
        self.show()
