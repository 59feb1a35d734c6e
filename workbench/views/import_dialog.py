"""File → Import…: choosing files, following the import, and the summary at the end."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.importing import DUPLICATE, FAILED, FORMAT_BY_SUFFIX, IMPORTED, ImportReport
from ..core.translatable import QT_TRANSLATE_NOOP, in_language
from ..models.import_runner import ImportRunner
from ..models.labels import qt_translate
from ..models.session import Session
from ..models.worker import TaskRunner
from .progress_dialog import TaskProgressDialog

_PATTERNS = " ".join(f"*{suffix}" for suffix in FORMAT_BY_SUFFIX)


def import_name_filters() -> list[str]:
    return [
        QCoreApplication.translate("ImportFileDialog", "Importable documents ({patterns})").format(
            patterns=_PATTERNS
        ),
        "PDF (*.pdf)",
        QCoreApplication.translate("ImportFileDialog", "Word (*.docx)"),
        QCoreApplication.translate("ImportFileDialog", "Web pages (*.html *.htm *.xhtml)"),
        QCoreApplication.translate(
            "ImportFileDialog", "Text and Markdown (*.txt *.text *.md *.markdown)"
        ),
    ]


_STATUS_LABEL = {
    IMPORTED: QT_TRANSLATE_NOOP("ImportSummaryDialog", "Imported"),
    DUPLICATE: QT_TRANSLATE_NOOP("ImportSummaryDialog", "Skipped: duplicate"),
    FAILED: QT_TRANSLATE_NOOP("ImportSummaryDialog", "Failed"),
}
_NEAR_DUPLICATE_LABEL = QT_TRANSLATE_NOOP("ImportSummaryDialog", "Imported (near duplicate)")
MAX_NOTICES = 5


class ImportFileDialog(QFileDialog):
    """Multi-select of importable files. Qt's own dialog, so it behaves alike everywhere."""

    def __init__(self, parent: QWidget | None = None, directory: Path | str = ""):
        super().__init__(parent, self.tr("Import documents"), str(directory))
        self.setObjectName("ImportFileDialog")
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.setNameFilters(import_name_filters())

    def chosen_paths(self) -> list[Path]:
        return [Path(name) for name in self.selectedFiles()]


class ImportSummaryDialog(QDialog):
    """Imported, skipped as duplicates, failed with the reason, one row per file.

    Double-clicking an imported or duplicate file asks to open its document.
    """

    open_document_requested = Signal(int)

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ImportSummaryDialog")
        self.setWindowTitle(
            self.tr("Import finished") if not report.cancelled else self.tr("Import cancelled")
        )
        self.report = report
        self.headline = QLabel(report.headline(qt_translate), self)
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        # The files that are the same article as a stored document, said in full
        # (the first few: every one is also in its row's Details).
        notices = [r.near_duplicate_notice(qt_translate) for r in report.near_duplicates]
        if len(notices) > MAX_NOTICES:
            more = len(notices) - MAX_NOTICES
            notices = [
                *notices[:MAX_NOTICES],
                self.tr("… and {n} more near duplicates (see Details)").format(n=more),
            ]
        self.notices = QLabel("\n".join(notices), self)
        self.notices.setObjectName("importNearDuplicates")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setVisible(bool(notices))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Details")]
        )
        for result in report.results:
            status = self.tr(_STATUS_LABEL[result.status])
            if result.status == IMPORTED:
                detail = self.tr("document {id}: {n} characters").format(
                    id=result.document_id, n=result.characters
                )
                if result.pages:
                    detail += self.tr(", {n} pages").format(n=result.pages)
                if result.note:
                    detail += self.tr("; ") + in_language(result.note, qt_translate)
                if result.near_duplicate is not None:
                    status = self.tr(_NEAR_DUPLICATE_LABEL)
                    found = result.near_duplicate
                    detail += self.tr(
                        "; the same article as document {id} «{title}» ({how})"
                    ).format(
                        id=found.document_id, title=found.title, how=found.describe(qt_translate)
                    )
            else:
                detail = in_language(result.reason, qt_translate)
            row = [QStandardItem(result.name), QStandardItem(status)]
            row.append(QStandardItem(detail))
            for item in row:
                item.setEditable(False)
                item.setToolTip(str(result.path) if item is row[0] else item.text())
            row[0].setData(result.document_id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.table = QTreeView(self)
        self.table.setObjectName("importResults")
        self.table.setRootIsDecorated(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.notices)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _open_row(self, index) -> None:
        document_id = self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if document_id is not None:
            self.open_document_requested.emit(int(document_id))


class ImportController(QObject):
    """What the window wires to File → Import… and to drops: runs imports with a
    progress dialog showing the current file (Cancel stops after the current step,
    rolling the file in progress back whole), then shows the summary."""

    import_finished = Signal(object)  # ImportReport, after the summary is shown

    def __init__(self, session: Session, parent_widget: QWidget):
        super().__init__(parent_widget)
        self._session = session
        self._parent_widget = parent_widget
        self.runner = ImportRunner(session, self)
        self.runner.import_started.connect(self._show_progress)
        self.runner.import_finished.connect(self._show_summary)
        self.runner.import_failed.connect(self._show_failure)
        self.progress_dialog: TaskProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.last_directory = ""

    def choose_and_import(self) -> list[Path]:
        """The File → Import… action: pick files, then import them; returns the choice."""
        dialog = ImportFileDialog(self._parent_widget, self.last_directory)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        paths = dialog.chosen_paths()
        if paths:
            self.last_directory = str(paths[0].parent)
            self.import_paths(paths)
        return paths

    def import_paths(self, paths: Sequence[Path | str]) -> None:
        """Import files and folders (a drop, or a choice made elsewhere)."""
        self.runner.start(paths)

    def _show_progress(self, task: TaskRunner) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.deleteLater()
        self.progress_dialog = TaskProgressDialog(
            task, self.tr("Importing documents"), self._parent_widget
        )
        self.progress_dialog.setObjectName("ImportProgressDialog")
        self.progress_dialog.show()

    def _show_summary(self, report: ImportReport) -> None:
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
        self.summary_dialog = ImportSummaryDialog(report, self._parent_widget)
        self.summary_dialog.open_document_requested.connect(self._session.request_document)
        self.summary_dialog.show()
        self.import_finished.emit(report)

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self._parent_widget, self.tr("Import failed"), message)
