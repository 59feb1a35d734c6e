"""File → Import Sheet Rows and Annotations…: another store's export brought into this one.

The file is read, matched and written on a worker (``models/work_importer.py``)
behind a progress dialog with Cancel (heeded until the writing starts); what it
brought is one operation, one Edit → Undo step, and the status bar says what
changed.  Rows that could not be placed are listed in a message box, each with
its row in the file and why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import WorkbenchError, said
from ..models.labels import qt_translate
from ..models.session import Session
from .progress_dialog import TaskProgressDialog


class WorkImportFlow(QObject):
    def __init__(self, session: Session, window: QWidget, say: Callable[[str], None]):
        super().__init__(window)
        self._session = session
        self._window = window
        self._say = say
        self.ask_path: Callable[[], str] = self._ask_path
        self.progress_dialog: TaskProgressDialog | None = None
        self.report_box: QMessageBox | None = None

    def start(self) -> bool:
        """Ask for a file and import it; False when none was chosen or a read is running."""
        path = self.ask_path()
        return bool(path) and self.import_from(path)

    def import_from(self, path: str) -> bool:
        name = Path(path).name
        try:
            self._session.store.require_writable()
        except WorkbenchError as error:
            self._failed(said(error, qt_translate))
            return False
        task = self._session.work_importer.start(
            path,
            self.tr("Import {file}").format(file=name),
            succeeded=self._adopt,
            failed=self._failed,
            announce=lambda task: self._follow(task, name),
        )
        return task is not None

    def _ask_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import Sheet Rows and Annotations"),
            "",
            self.tr("Sheet or annotations export (*.xlsx *.csv);;All files (*)"),
        )
        return path

    def _follow(self, task, name: str) -> None:
        self.progress_dialog = TaskProgressDialog(
            task, self.tr("Importing {file}").format(file=name), self._window
        )
        task.was_cancelled.connect(
            lambda: self._say(
                self.tr("Import of {file} cancelled: nothing changed").format(file=name)
            )
        )
        task.finished.connect(self._done)
        self.progress_dialog.show()

    def _done(self) -> None:
        """The dialog goes, and the keys go back to the window (Ctrl+Z undoes the import)."""
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._window.activateWindow()

    def _adopt(self, outcome) -> None:
        self._session.adopt(outcome)
        report = outcome.value
        summary = report.summary(QCoreApplication.translate)
        self._say(self.tr("Imported {file}: {summary}").format(file=report.file, summary=summary))
        if report.left_out:
            self.report_box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Import {file}").format(file=report.file),
                self.tr("{file}: {summary}. These rows were left out:").format(
                    file=report.file, summary=summary
                ),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            self.report_box.setInformativeText(
                "\n".join(report.left_out_lines(QCoreApplication.translate))
            )
            self.report_box.open()

    def _failed(self, message: str) -> None:
        self._say(message)
        self.report_box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Import Sheet Rows and Annotations"),
            message,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        self.report_box.open()
