"""The Library panel: every document in the store, filterable and sortable; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.vocabulary import DOCUMENT_KINDS, SCRIPTS
from ..models.labels import qt_translate
from ..models.library_model import (
    COLUMN,
    LibraryFilter,
    LibraryModel,
)
from ..models.session import Session


class LibraryPanel(QWidget):
    """Filter box and filters over the Library table; activating a row opens the document."""

    def __init__(self, model: LibraryModel, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LibraryPanel")
        self.model = model
        self._session = session

        self.filter_edit = QLineEdit(
            placeholderText=self.tr("Filter by title, publisher or tag (either script)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Library filter"))
        self.kind_combo = self._combo(self.tr("Kind filter"))
        self.tag_combo = self._combo(self.tr("Tag filter"))
        self.script_combo = self._combo(self.tr("Script filter"))
        self.source_combo = self._combo(self.tr("Source file filter"))
        self.count_label = QLabel()
        self.count_label.setObjectName("LibraryCount")
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label.setObjectName("LibraryEmpty")
        self.empty_label.hide()

        self.table = QTableView()
        self.table.setObjectName("LibraryTable")
        self.table.setModel(model)
        # No sort indicator at first: the library keeps store order until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several documents may be chosen (Ctrl/Shift-click) to recognise and extract again.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self._set_column_widths()
        self.table.activated.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)

        filters = QHBoxLayout()
        filters.setSpacing(4)
        for combo in (self.kind_combo, self.tag_combo, self.script_combo, self.source_combo):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.count_label)

        # Typing filters after a short pause, so a long title list is not rebuilt per key.
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self._open_first_match)
        for combo in (self.kind_combo, self.tag_combo, self.script_combo, self.source_combo):
            combo.currentIndexChanged.connect(self.apply_filter)

        model.modelReset.connect(self._after_reset)
        model.rowsInserted.connect(self._after_rows_changed)
        model.rowsRemoved.connect(self._after_rows_changed)
        session.document_opened.connect(self.select_document)
        self._fill_choices()
        self._update_count()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def _set_column_widths(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        widths = {
            "title": 26,
            "kind": 5,
            "tags": 8,
            "publisher": 8,
            "publish_date": 7,
            "script": 7,
            "length": 5,
            "mentions": 5,
            "annotations": 6,
        }
        for field, width in widths.items():
            self.table.setColumnWidth(COLUMN[field], width * em)

    # -- filters ---------------------------------------------------------------

    def _fill_choices(self) -> None:
        def fill(combo: QComboBox, everything: str, values: list[str], labels: dict) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(labels.get(value, value), value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        kinds = {code: DOCUMENT_KINDS.label(code, qt_translate) for code in DOCUMENT_KINDS.codes}
        scripts = {code: SCRIPTS.label(code, qt_translate) for code in SCRIPTS.codes}
        fill(self.kind_combo, self.tr("All kinds"), self.model.choices("kind"), kinds)
        fill(self.tag_combo, self.tr("All tags"), self.model.choices("tags"), {})
        fill(self.script_combo, self.tr("All scripts"), self.model.choices("script"), scripts)
        fill(self.source_combo, self.tr("All source files"), self.model.choices("source_files"), {})

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(
            LibraryFilter(
                text=self.filter_edit.text(),
                kind=self.kind_combo.currentData(),
                tag=self.tag_combo.currentData(),
                script=self.script_combo.currentData(),
                source_file=self.source_combo.currentData(),
            )
        )

    def _after_rows_changed(self) -> None:
        self._fill_choices()
        self._update_count()

    def _after_reset(self) -> None:
        self._after_rows_changed()
        if self._session.current_document_id is not None:
            self.select_document(self._session.current_document_id)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if total == 0:
            self.count_label.setText(self.tr("No documents yet"))
        elif shown == total:
            self.count_label.setText(self.tr("{n} documents").format(n=f"{total:,}"))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} documents").format(
                    shown=f"{shown:,}", total=f"{total:,}"
                )
            )
        empty = shown == 0
        if empty:
            self.empty_label.setText(
                self.tr("The store holds no documents yet.")
                if total == 0
                else self.tr("No documents match these filters.")
            )
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)

    # -- the chosen documents ----------------------------------------------------

    def selected_document_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.document_id(row) for row in rows]

    def build_context_menu(self, point: QPoint) -> QMenu:
        """The menu a right-click at ``point`` (viewport coordinates) shows."""
        index = self.table.indexAt(point)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        chosen = self.selected_document_ids()
        open_action = menu.addAction(self.tr("&Open in the Reader"))
        open_action.setObjectName("openDocument")
        open_action.setEnabled(index.isValid())
        open_action.triggered.connect(lambda: self._open_index(index))
        menu.addSeparator()
        menu.addAction(self.reprocess_action(chosen, menu))
        return menu

    def reprocess_action(self, document_ids: list[int], parent) -> QAction:
        count = len(document_ids)
        action = QAction(
            (
                self.tr("&Recognise and Extract Again (1 Document)")
                if count == 1
                else self.tr("&Recognise and Extract Again ({n} Documents)").format(n=count)
            ),
            parent,
        )
        action.setObjectName("reprocessDocuments")
        action.setToolTip(
            self.tr(
                "Find the entities and fill the sheets anew for the chosen documents; "
                "your verdicts, edits and reviews stand"
            )
        )
        reprocessor = self._session.reprocessor
        action.setEnabled(
            count > 0 and not reprocessor.running and not self._session.store.read_only
        )
        action.triggered.connect(lambda: reprocessor.start(document_ids))
        return action

    def _show_context_menu(self, point: QPoint) -> None:
        menu = self.build_context_menu(point)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- opening ---------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._session.request_document(self.model.document_id(index.row()))

    def _open_first_match(self) -> None:
        self.apply_filter()
        current = self.table.currentIndex()
        if not current.isValid() and self.model.rowCount():
            current = self.model.index(0, 0)
        self._open_index(current)

    def select_document(self, document_id: int) -> None:
        """Show the document the reader has open as the current row (without opening it)."""
        row = self.model.row_of_document(document_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
