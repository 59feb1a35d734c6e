"""The Sheets panel: one tab per curated sheet (capacity, clusters), edited as tables.

Each tab has a filter box, a filter per column (numbers take ``>=2024`` or
``1-5``), row counts, validating editors, add / duplicate / delete, confirm (C)
and reject (R) for extracted rows, and export of what is on screen as an Excel
workbook or CSV (rejected rows left out unless the export dialog is told to keep them).
Double-clicking a row's source opens the document in the Reader with the quote
selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import WorkbenchError, said
from ..core.sheets.schema import SHEETS, SOURCE, SheetSchema
from ..core.vocabulary import CONFIRMED, REJECTED
from ..models.labels import qt_translate, vocabulary_label
from ..models.session import Session
from ..models.sheet_model import SheetModel, column_header, shown_code
from ..models.worker import TaskRunner
from .flow_layout import FlowLayout
from .progress_dialog import TaskProgressDialog
from .sheet_actions import ExportChoice, ask_export_choice
from .sheet_delegates import SheetDelegate

SEARCH_MIN_WIDTH = 200  # room for a company name or two in either script
BUTTON_PADDING = 24


class ColumnFilterBar(QWidget):
    """One filter box per column, kept under its header section."""

    def __init__(self, table: QTableView, model: SheetModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.table, self.model = table, model
        self.edits: dict[str, QLineEdit] = {}
        for column in model.schema.columns:
            edit = QLineEdit(self)
            edit.setObjectName(f"filter_{column.key}")
            edit.setPlaceholderText("≥2024, 1-5…" if column.numeric else self.tr("filter"))
            edit.setClearButtonEnabled(False)
            edit.setToolTip(
                self.tr("Show rows whose {column} matches").format(
                    column=column_header(column.label)
                )
            )
            edit.textChanged.connect(
                lambda text, key=column.key: model.set_column_filter(key, text)
            )
            self.edits[column.key] = edit
        self.setFixedHeight(self.edits[model.schema.columns[0].key].sizeHint().height())
        header = table.horizontalHeader()
        header.sectionResized.connect(self.place)
        header.sectionMoved.connect(self.place)
        table.horizontalScrollBar().valueChanged.connect(self.place)

    def place(self, *_args) -> None:
        header = self.table.horizontalHeader()
        left = self.table.verticalHeader().width() + self.table.frameWidth()
        for index, column in enumerate(self.model.schema.columns):
            edit = self.edits[column.key]
            x = header.sectionViewportPosition(index)
            edit.setGeometry(left + x, 0, header.sectionSize(index), self.height())
            edit.setVisible(not header.isSectionHidden(index))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.place()


class SheetTab(QWidget):
    sources_menu: QMenu | None = None  # the last menu of a row's sources
    export_progress: TaskProgressDialog | None = None  # the last export's dialog
    export_finished = Signal(str)  # how an export ended, once its worker has stopped

    def __init__(self, session: Session, schema: SheetSchema, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.schema = schema
        self.model = SheetModel(session, schema, self)
        self.setObjectName(f"sheet_{schema.name}")

        self.search = QLineEdit(self)
        self.search.setObjectName("sheet_search")
        self.search.setPlaceholderText(
            self.tr("Filter {sheet} rows (either script)…").format(
                sheet=vocabulary_label(schema.title).lower()
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.counts = QLabel(self)
        self.counts.setObjectName("sheet_counts")

        self.add_button = QPushButton(self.tr("Add"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.confirm_button = QPushButton(self.tr("Confirm (C)"), self)
        self.reject_button = QPushButton(self.tr("Reject (R)"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Export the rows shown as an Excel workbook or CSV"))
        # What the export dialog asks; a test puts its own answer here.
        self.ask_export: Callable[[], ExportChoice | None] = self._ask_export
        self.include_rejected = False  # the dialog's box, as last ticked
        self._export_outcome: str | None = None  # how this tab's running export ended
        session.exporter.ended.connect(self._on_exporter_ended)
        self._buttons = (
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.confirm_button,
            self.reject_button,
            self.export_button,
        )
        for button in self._buttons:
            button.setAutoDefault(False)

        self.table = QTableView(self)
        self.table.setObjectName("sheet_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(SheetDelegate(self.model, self.table))
        # No indicator before sorting is enabled: enabling it sorts by the indicator's
        # column, and the model, read in store order already, has nothing to do then.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for index, column in enumerate(schema.columns):
            self.table.setColumnWidth(index, column.width)
        # activated: a double-click or Return on the cell (the Reader opens once either way)
        self.table.activated.connect(self._open_source)
        self.filters = ColumnFilterBar(self.table, self.model, self)

        self.message = QLabel(self)
        self.message.setObjectName("sheet_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        # The filter box keeps a usable width; in a narrow dock the buttons wrap instead.
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.buttons = QWidget(self)
        buttons = FlowLayout(self.buttons, align_right=True)
        for button in self._buttons:
            # The style's 80 px minimum makes "Add" as wide as "Export…"; text width will do.
            text_width = button.fontMetrics().horizontalAdvance(button.text())
            button.setMaximumWidth(text_width + BUTTON_PADDING)
            buttons.addWidget(button)
        self._buttons_layout = buttons
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.counts)
        # Side by side when they fit; in a narrow dock the buttons go under the filter box.
        top = self._top_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addLayout(filter_row, 1)
        top.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

        self.confirm_action = self._table_action(
            self.tr("Confirm"), "C", lambda: self.set_review(CONFIRMED)
        )
        self.reject_action = self._table_action(
            self.tr("Reject"), "R", lambda: self.set_review(REJECTED)
        )
        self.delete_action = self._table_action(self.tr("Delete rows"), "Del", self.delete_selected)
        self.add_button.clicked.connect(self.add_row)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.confirm_button.clicked.connect(lambda: self.set_review(CONFIRMED))
        self.reject_button.clicked.connect(lambda: self.set_review(REJECTED))
        self.export_button.clicked.connect(self.export_dialog)
        self.model.edit_refused.connect(self.show_message)
        self.model.edit_waiting.connect(self._show_waiting)
        self.model.edit_conflict.connect(self._ask_conflict)
        self.conflict_box: QMessageBox | None = None  # open while a conflict is asked
        self.model.edit_accepted.connect(self._clear_error)
        self.model.rows_changed.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.hide)
        self._update_counts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        one_line = (
            SEARCH_MIN_WIDTH
            + self.counts.sizeHint().width()
            + self.buttons.sizeHint().width()
            + 2 * self._top_row.spacing()
            + 8  # the tab's margins
        )
        wide = self.width() >= one_line
        self._top_row.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self._buttons_layout.align_right = wide

    def _table_action(self, text: str, key: str, slot) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # -- what the analyst does ----------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def _attempt(self, edit):
        """Run a row edit; a refusal (store busy, read-only, row gone) is said, not raised."""
        try:
            return edit()
        except WorkbenchError as error:
            self.show_message(said(error, qt_translate))
            return None

    def add_row(self) -> None:
        row_id = self._attempt(self.model.add_row)
        if row_id is not None:
            self.show_row(row_id, edit=True)

    def duplicate_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.show_message(self.tr("Select the rows to duplicate first."))
            return
        new_ids = self._attempt(lambda: self.model.duplicate_rows(rows))
        if new_ids:
            self.show_row(new_ids[-1])

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.show_message(self.tr("Select the rows to delete first."))
            return
        count = self._attempt(lambda: self.model.delete_rows(rows))
        if count is None:
            return
        self.show_message(
            self.tr("Deleted {n} row(s). Undo brings them back.").format(n=count), error=False
        )

    def set_review(self, state: str) -> None:
        rows = self.selected_rows()
        if not rows:
            self.show_message(
                self.tr("Select the rows to mark {state} first.").format(state=shown_code(state))
            )
            return
        current = self.table.currentIndex()
        if self._attempt(lambda: self.model.set_review(rows, state) or True) is None:
            return
        # move on to the next row, as a reviewer going down the sheet expects
        next_row = min(max(rows) + 1, self.model.rowCount() - 1)
        if next_row >= 0:
            column = max(current.column(), 0)
            self.table.setCurrentIndex(self.model.index(next_row, column))
            self.table.selectRow(next_row)

    def export_dialog(self) -> None:
        choice = self.ask_export()
        if choice is not None:
            self.include_rejected = choice.include_rejected
            self.export_to(choice.path, form=choice.form, include_rejected=choice.include_rejected)

    def _ask_export(self) -> ExportChoice | None:
        title = self.tr("Export {sheet} sheet").format(sheet=vocabulary_label(self.schema.title))
        return ask_export_choice(self, title, self.schema.name, self.include_rejected)

    def export_to(
        self, path: str, *, form: str | None = None, include_rejected: bool = False
    ) -> TaskRunner | None:
        """Write the rows shown, in their order, to ``path`` on a worker, with a progress
        dialog; the message line says how it ended (``export_finished`` too).

        None when another export is still running (the message line says so).
        """
        task = self.session.exporter.start(
            self.schema.name,
            path,
            self.model.row_ids(),
            form=form,
            include_rejected=include_rejected,
            succeeded=lambda count: self._exported(count, path),
            failed=lambda message: self._export_ended(message, error=True),
            announce=self._follow_export,
        )
        if task is None:
            self.show_message(self.tr("An export is still running; wait for it to finish."))
        return task

    def _follow_export(self, task: TaskRunner) -> None:
        title = self.tr("Exporting the {sheet} sheet").format(
            sheet=vocabulary_label(self.schema.title)
        )
        self.export_progress = TaskProgressDialog(task, title, self)
        task.was_cancelled.connect(
            lambda: self._export_ended(self.tr("Export cancelled; nothing was written."))
        )

    def _exported(self, count: int, path: str) -> None:
        text = self.tr("Exported {n} rows to {path}").format(n=count, path=path)
        self._export_ended(text, error=False)

    def _export_ended(self, text: str, error: bool = True) -> None:
        self.show_message(text, error=error)
        self._export_outcome = text

    def _on_exporter_ended(self) -> None:
        # Announced once the worker has stopped, so a next export can start at once.
        text, self._export_outcome = self._export_outcome, None
        if text is not None:
            self.export_finished.emit(text)

    def _open_source(self, index: QModelIndex) -> None:
        column = self.schema.columns[index.column()]
        if column.key == "sources":
            self._offer_sources(index)
            return
        if column.kind != SOURCE:
            return
        record = self.model.record(index.row())
        if record.get("document_id") is None or record.get("start") is None:
            self.show_message(self.tr("This row has no source in a document."))
            return
        self.session.request_document(record["document_id"], record["start"], record["end"])

    def _offer_sources(self, index: QModelIndex) -> None:
        """A menu of every document stating the row's figure; choosing one opens it."""
        sources = self.model.sources(self.model.row_id(index.row()))
        menu = QMenu(self)
        menu.setObjectName("sources_menu")
        for source in sources:
            if source.document_id is None or source.start is None:
                continue
            title = source.title or self.tr("document {id}").format(id=source.document_id)
            title = title if len(title) <= 30 else title[:29] + "…"
            quote = " ".join(source.quote.split())[-40:]
            action = menu.addAction(f"{title}: {quote}")
            action.triggered.connect(
                lambda _=False, s=source: self.session.request_document(
                    s.document_id, s.start, s.end
                )
            )
        if menu.isEmpty():
            self.show_message(self.tr("This row has no source in a document."))
            return
        self.sources_menu = menu
        rect = self.table.visualRect(index)
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def show_row(self, row_id: int, edit: bool = False) -> None:
        row = self.model.row_of(row_id)
        if row < 0:  # hidden by a filter: clear filters so the new row shows
            self.search.clear()
            for box in self.filters.edits.values():
                box.clear()
            row = self.model.row_of(row_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        if edit:
            self.table.edit(index)

    def _clear_error(self) -> None:
        # A correction went in: the reason for the earlier refusal no longer applies.
        if self.message.property("error"):
            self.message.hide()

    def _show_waiting(self, text: str) -> None:
        # Stays until the edit is saved (edit_accepted) or refused: it is still true until then.
        self.show_message(text)
        self._message_timer.stop()

    def _ask_conflict(self, conflict) -> QMessageBox:
        """Someone changed the cell being edited: show both values and let the analyst
        choose; nothing was saved meanwhile, and the row shows their value."""
        who = conflict.by or self.tr("Another window")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed Meanwhile"), "", parent=self)
        box.setObjectName("sheetEditConflict")
        box.setText(
            self.tr(
                "{who} changed {column} of this row while you were editing it.\n\n"
                "Theirs: {theirs}\nYours: {mine}"
            ).format(
                who=who,
                column=column_header(conflict.schema.column(conflict.key).label),
                theirs=self._shown_value(conflict.theirs),
                mine=self._shown_value(conflict.mine),
            )
        )
        box.setInformativeText(self.tr("Nothing is overwritten until you choose."))
        keep = box.addButton(self.tr("Keep Theirs"), QMessageBox.ButtonRole.RejectRole)
        mine = box.addButton(self.tr("Use Mine"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)

        def chosen(button) -> None:
            self.conflict_box = None
            if self.model.resolve_conflict(conflict, use_mine=button is mine):
                self.show_message(self.tr("Your value was saved over theirs."), error=False)
            elif button is keep:
                self.show_message(self.tr("Their value was kept."), error=False)

        box.buttonClicked.connect(chosen)
        box.finished.connect(box.deleteLater)
        self.conflict_box = box
        box.open()
        return box

    def _shown_value(self, value) -> str:
        return self.tr("(empty)") if value is None or value == "" else f"“{value}”"

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)
        self.message.show()
        self._message_timer.start(8000)

    def _update_counts(self) -> None:
        shown, total = self.model.filtered_count(), self.model.total_count()
        self.counts.setText(
            self.tr("{shown} of {total} rows").format(shown=shown, total=total)
            if shown != total
            else self.tr("{total} rows").format(total=total)
        )


class SheetsPanel(QWidget):
    """All curated sheets, one tab each."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sheets_panel")
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sheet_tabs")
        self.sheet_tabs: dict[str, SheetTab] = {}
        for schema in SHEETS.values():
            tab = SheetTab(session, schema, self.tabs)
            self.sheet_tabs[schema.name] = tab
            self.tabs.addTab(tab, vocabulary_label(schema.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.sheet_row_requested.connect(self.show_row)

    def tab(self, name: str) -> SheetTab:
        return self.sheet_tabs[name]

    def read_rest(self) -> None:
        """Read the ids a large sheet left after its first page, on threads (once the
        window has painted: until then, and without this, they are read when needed)."""
        for tab in self.sheet_tabs.values():
            tab.model.read_rest()

    def show_row(self, sheet: str, row_id: int) -> None:
        tab = self.sheet_tabs[sheet]
        self.tabs.setCurrentWidget(tab)
        tab.show_row(row_id)

    def select_rows(self, sheet: str, row_ids: list[int]) -> int:
        """Select the rows ``row_ids`` of ``sheet`` (e.g. the rows behind a chart bar).

        Rows the current filter hides stay unselected; returns how many were selected.
        """
        if sheet not in self.sheet_tabs:
            return 0
        tab = self.sheet_tabs[sheet]
        self.tabs.setCurrentWidget(tab)
        selection = QItemSelection()
        first = None
        for row_id in row_ids:
            row = tab.model.row_of(row_id)
            if row < 0:
                continue
            left = tab.model.index(row, 0)
            right = tab.model.index(row, tab.model.columnCount() - 1)
            selection.select(left, right)
            first = left if first is None else first
        selector = tab.table.selectionModel()
        selector.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            selector.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            tab.table.scrollTo(first)
        return len(selection.indexes()) // max(1, tab.model.columnCount())
