"""The Library panel: every document in the store, filterable and sortable; Enter opens one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import WorkbenchError, said
from ..core.export_documents import export_documents
from ..core.operations import Changes, Table
from ..core.operations.tags import tag_documents, untag_documents
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
        self.my_tag_combo = self._combo(self.tr("My tag filter"))
        self.my_tag_combo.setObjectName("LibraryMyTagFilter")
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

        # Two by two: four filters side by side would make the dock (and the window)
        # wider than a laptop screen leaves for it.
        filters = QGridLayout()
        filters.setSpacing(4)
        combos = (
            self.kind_combo, self.tag_combo, self.script_combo, self.source_combo,
            self.my_tag_combo,
        )  # fmt: skip
        for i, combo in enumerate(combos):
            filters.addWidget(combo, i // 2, i % 2)
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
        for combo in combos:
            combo.currentIndexChanged.connect(self.apply_filter)
        self._build_tag_actions()

        model.modelReset.connect(self._after_reset)
        # Rows shown by scrolling (fetchMore) change the count only; documents stored
        # or removed may bring new kinds, tags and files to filter by.
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        model.documents_changed.connect(self._after_rows_changed)
        session.document_opened.connect(self.select_document)
        session.hub.changed.connect(self._after_change)
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
            "my_tags": 8,
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
        fill(self.my_tag_combo, self.tr("All my tags"), self.model.choices("my_tags"), {})
        if self.model.current_filter.my_tag != self.my_tag_combo.currentData():
            # The tag filtered on is on no document any more: the combo says "All my
            # tags", and so must the list.
            self.apply_filter()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(
            LibraryFilter(
                text=self.filter_edit.text(),
                kind=self.kind_combo.currentData(),
                tag=self.tag_combo.currentData(),
                script=self.script_combo.currentData(),
                source_file=self.source_combo.currentData(),
                my_tag=self.my_tag_combo.currentData(),
            )
        )

    def _after_rows_changed(self) -> None:
        self._fill_choices()
        self._update_count()

    def _after_change(self, changes: Changes) -> None:
        if changes.touches(Table.TAGS):
            self._fill_choices()  # a tag new to the store, or one no document has now

    def _after_reset(self) -> None:
        self._after_rows_changed()
        if self._session.current_document_id is not None:
            self.select_document(self._session.current_document_id)

    def _update_count(self) -> None:
        shown, total = self.model.filtered_count(), self.model.total_count()
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
        self.add_tag_action.setEnabled(bool(chosen) and not self._session.store.read_only)
        menu.addAction(self.add_tag_action)
        tags = self._tags_of(chosen)
        if tags and not self._session.store.read_only:
            remove = menu.addMenu(self.tr("Remove &Tag"))
            remove.setObjectName("removeTagMenu")
            for tag in tags:
                action = remove.addAction(tag)
                action.triggered.connect(lambda _=False, t=tag: self.untag_chosen(t))
        menu.addAction(self.export_list_action)
        menu.addSeparator()
        menu.addAction(self.reprocess_action(chosen, menu))
        return menu

    # -- the analyst's own tags --------------------------------------------------

    def _build_tag_actions(self) -> None:
        self.add_tag_action = QAction(self.tr("Add &Tag…"), self)
        self.add_tag_action.setObjectName("addTag")
        self.add_tag_action.setShortcut(QKeySequence("Ctrl+T"))
        self.add_tag_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_tag_action.triggered.connect(self.tag_dialog)
        self.addAction(self.add_tag_action)
        self.export_list_action = QAction(self.tr("&Export Document List…"), self)
        self.export_list_action.setObjectName("exportDocumentList")
        self.export_list_action.setToolTip(
            self.tr("The documents shown (as filtered and sorted), with their tags, as CSV")
        )
        self.export_list_action.triggered.connect(self.export_dialog)
        self.addAction(self.export_list_action)
        self.tag_message = QLabel()
        self.tag_message.setObjectName("LibraryTagMessage")
        self.tag_message.setWordWrap(True)
        self.tag_message.setStyleSheet("color: #a1260d;")
        self.tag_message.hide()
        self.layout().insertWidget(self.layout().count() - 1, self.tag_message)

    def _tags_of(self, document_ids: list[int]) -> list[str]:
        tags: set[str] = set()
        for document_id in document_ids:
            row = self.model.document(document_id)
            if row is not None:
                tags.update(t for t in row.my_tags.split(",") if t)
        return sorted(tags)

    def tag_dialog(self) -> QInputDialog | None:
        """Ask for a tag to add to the chosen documents (the existing tags offered)."""
        chosen = self.selected_document_ids()
        if not chosen or self._session.store.read_only:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("AddTagDialog")
        dialog.setWindowTitle(self.tr("Add Tag"))
        count = len(chosen)
        dialog.setLabelText(self.tr("Tag for %n document(s):", "", count))
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems(self.model.choices("my_tags"))
        dialog.setTextValue("")
        dialog.textValueSelected.connect(lambda tag: self.tag_chosen(tag, chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def tag_chosen(self, tag: str, document_ids: list[int] | None = None) -> bool:
        ids = document_ids if document_ids is not None else self.selected_document_ids()
        return self._run_tag_edit(partial(tag_documents, document_ids=ids, tag=tag))

    def untag_chosen(self, tag: str, document_ids: list[int] | None = None) -> bool:
        ids = document_ids if document_ids is not None else self.selected_document_ids()
        return self._run_tag_edit(partial(untag_documents, document_ids=ids, tag=tag))

    def _run_tag_edit(self, operation) -> bool:
        try:
            self._session.run(operation)
        except WorkbenchError as error:
            self.tag_message.setText(
                self.tr("Cannot change the tags: %1").replace("%1", said(error, qt_translate))
            )
            self.tag_message.show()
            return False
        self.tag_message.hide()
        return True

    def shown_document_ids(self) -> list[int]:
        return [self.model.document_id(row) for row in range(self.model.rowCount())]

    def export_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Document List"), "documents.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> int:
        """Write the documents shown, in the order shown, as CSV; returns the row count."""
        try:
            return export_documents(self._session.store.conn, path, self.shown_document_ids())
        except WorkbenchError as error:
            self.tag_message.setText(said(error, qt_translate))
            self.tag_message.show()
            return 0

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
