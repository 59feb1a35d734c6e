"""Sheet actions other panels offer, e.g. the Reader's "New capacity row from selection",
and the export dialog the Sheets panel and File → Export Sheet open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QGridLayout, QLineEdit, QWidget

from ..core.errors import WorkbenchError, said
from ..core.export_tables import CSV, XLSX
from ..core.operations.sheets import capacity_row_from_selection
from ..core.sheets.schema import CAPACITY
from ..models.labels import qt_translate
from ..models.session import Session

Selection = tuple[int, int, int]  # document id, start, end (Python str offsets)


def new_capacity_row_from_selection(session: Session, doc_id: int, start: int, end: int) -> int:
    """Create a capacity row pre-filled from the selection; the Sheets panel shows it.

    Company, value, unit and year come from the entities recognised in the span;
    the span is the row's source.  Committed, undoable, broadcast; then the Sheets
    panel is asked to show it.
    """
    row_id = session.run(
        partial(capacity_row_from_selection, document_id=doc_id, start=start, end=end)
    ).value
    session.request_sheet_row(CAPACITY.name, row_id)
    return row_id


def new_capacity_row_action(
    session: Session,
    selection: Callable[[], Selection | None],
    parent: QWidget | None = None,
    on_error: Callable[[str], None] | None = None,
) -> QAction:
    """A QAction for a context menu; ``selection`` returns the current selection or None."""
    action = QAction(
        QCoreApplication.translate("SheetActions", "New capacity row from selection"), parent
    )
    action.setObjectName("new_capacity_row_from_selection")

    def trigger() -> None:
        current = selection()
        if current is None or current[2] <= current[1]:
            if on_error:
                on_error(
                    QCoreApplication.translate(
                        "SheetActions",
                        "Select the sentence or figure the row should come from first.",
                    )
                )
            return
        try:
            new_capacity_row_from_selection(session, *current)
        except WorkbenchError as error:
            if on_error:
                on_error(said(error, qt_translate))

    action.triggered.connect(trigger)
    return action


@dataclass(frozen=True)
class ExportChoice:
    """What the analyst chose in the export dialog."""

    path: str
    form: str  # CSV or XLSX
    include_rejected: bool = False


def export_filters() -> dict[str, str]:
    """The file dialog's filters, the workbook first, with the format each writes."""
    return {
        QCoreApplication.translate("SheetExport", "Excel workbook (*.xlsx)"): XLSX,
        QCoreApplication.translate(
            "SheetExport", "CSV, UTF-8 for Excel and LibreOffice (*.csv)"
        ): CSV,
    }


def export_file_dialog(
    parent: QWidget, title: str, name: str, include_rejected: bool = False
) -> tuple[QFileDialog, QCheckBox]:
    """A save dialog offering .xlsx and .csv, with a box to keep the rejected rows.

    Qt's own dialog (not the platform's), so that the box sits in it, under the name.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("sheet_export_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    filters = export_filters()
    dialog.setNameFilters(list(filters))
    dialog.setDefaultSuffix(XLSX)
    dialog.filterSelected.connect(lambda chosen: _follow_filter(dialog, filters.get(chosen, XLSX)))
    dialog.selectFile(f"{name}.{XLSX}")
    box = QCheckBox(QCoreApplication.translate("SheetExport", "Include rejected rows"), dialog)
    box.setObjectName("include_rejected")
    box.setChecked(include_rejected)
    box.setToolTip(
        QCoreApplication.translate(
            "SheetExport", "Rows marked rejected are left out of an export unless this is ticked."
        )
    )
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        layout.addWidget(box, layout.rowCount(), 0, 1, -1)
    return dialog, box


def _follow_filter(dialog: QFileDialog, form: str) -> None:
    """Choosing the other format renames the file to match: capacity.xlsx -> capacity.csv."""
    dialog.setDefaultSuffix(form)
    name = dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own dialog names it so
    if name is None:
        return
    typed = Path(name.text())
    if typed.suffix.lower().lstrip(".") in (CSV, XLSX):
        name.setText(typed.with_suffix(f".{form}").name)


def chosen_export(dialog: QFileDialog, box: QCheckBox) -> ExportChoice | None:
    """The choice an accepted dialog holds: the name's suffix, else the filter, decides."""
    files = dialog.selectedFiles()
    if not files:
        return None
    path = files[0]
    suffix = Path(path).suffix.lower().lstrip(".")
    form = (
        suffix if suffix in (CSV, XLSX) else export_filters().get(dialog.selectedNameFilter(), XLSX)
    )
    return ExportChoice(path, form, box.isChecked())


def ask_export_choice(
    parent: QWidget, title: str, name: str, include_rejected: bool = False
) -> ExportChoice | None:
    """Open the export dialog; the analyst's choice, or None when cancelled."""
    dialog, box = export_file_dialog(parent, title, name, include_rejected)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return chosen_export(dialog, box)
    finally:
        dialog.deleteLater()
