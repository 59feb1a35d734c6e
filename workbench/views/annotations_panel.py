"""The Annotations panel: the analyst's annotations of the open document, or of all.

Filter by type; double-click (or Enter) jumps to the span in the Reader; F2 edits
the note or type in place; Delete removes; everything is undoable with the
session's undo stack.  Export writes the listed annotations to CSV.

Run alone: ``python -m workbench.views.annotations_panel STORE [DOCUMENT_ID]``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import WorkbenchError, said
from ..core.operations import combined
from ..core.operations.annotations import delete_annotation_op, update_annotation_op
from ..core.store.annotation_listing import export_annotations
from ..core.vocabulary import ENTITY_TYPE_CODES, ENTITY_TYPES
from ..models.annotation_table import (
    ANNOTATION_ID_ROLE,
    NOTE,
    TYPE,
    AnnotationTableModel,
)
from ..models.labels import qt_translate, type_label
from ..models.roles import DOCUMENT_ID_ROLE, ENTITY_TYPE_ROLE, SPAN_ROLE
from ..models.session import Session
from .edit_messages import run_edit
from .entity_colors import swatch_icon
from .flow_layout import FlowLayout
from .row_count import follow_row_count


class TypeDelegate(QStyledItemDelegate):
    """The Type column: a colour swatch beside the type, edited with a drop-down list."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        type_ = index.data(ENTITY_TYPE_ROLE)
        if type_:
            option.icon = swatch_icon(type_)
            option.features |= option.ViewItemFeature.HasDecoration

    def createEditor(self, parent, option, index) -> QComboBox:
        editor = QComboBox(parent)
        editor.setObjectName("annotationTypeEditor")
        for type_ in ENTITY_TYPE_CODES:
            editor.addItem(swatch_icon(type_), type_)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class AnnotationsPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.session = session
        self.current_document_id: int | None = session.current_document_id
        self.model = AnnotationTableModel(session, self)

        self.all_documents = QCheckBox(self.tr("All documents"))
        self.all_documents.setObjectName("annotationsAllDocuments")
        self.all_documents.setToolTip(
            self.tr("List the annotations of every document, not only the open one")
        )
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("annotationsTypeFilter")
        self.type_filter.addItem(self.tr("All types"), "")
        for type_ in ENTITY_TYPES:
            self.type_filter.addItem(
                swatch_icon(type_.code), f"{type_.code} · {type_label(type_.code)}", type_.code
            )
        self.count = QLabel()
        self.count.setObjectName("annotationsCount")
        self.count.setStyleSheet("color: #555;")
        # Long counts are cut rather than widening the dock (and the window) beyond a laptop.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.note_button = QToolButton()
        self.note_button.setText(self.tr("Edit note"))
        self.note_button.setToolTip(self.tr("Edit the selected annotation's note (F2)"))
        self.note_button.clicked.connect(self.edit_note_of_current)
        self.type_button = QToolButton()
        self.type_button.setText(self.tr("Type"))
        self.type_button.setToolTip(self.tr("Change the selected annotations' type"))
        self.type_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        type_menu = QMenu(self.type_button)
        for type_ in ENTITY_TYPE_CODES:
            type_menu.addAction(swatch_icon(type_), _type_item(type_)).triggered.connect(
                lambda _=False, t=type_: self.change_type_of_selected(t)
            )
        self.type_button.setMenu(type_menu)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected annotations (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Save the listed annotations as CSV for Excel or LibreOffice")
        )
        self.export_button.clicked.connect(self._ask_export)

        self.table = QTableView()
        self.table.setObjectName("annotationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(TYPE, TypeDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 100)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self.open_index)  # double click, or Enter
        delete = QAction(self.tr("Delete annotation"), self.table)
        delete.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

        self.message = QLabel()
        self.message.setObjectName("annotationsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a1260d;")
        self.message.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.all_documents)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.count, 1)
        # Wraps onto a second line in a narrow dock instead of widening the window.
        actions = FlowLayout(spacing=4)
        for button in (self.note_button, self.type_button, self.delete_button):
            actions.addWidget(button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.setFocusProxy(self.table)

        self.all_documents.toggled.connect(self._apply_filter)
        self.type_filter.currentIndexChanged.connect(self._apply_filter)
        follow_row_count(self.model, self._update_count)
        self.model.edit_failed.connect(self.show_message)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.document_opened.connect(self._document_opened)
        self._apply_filter()

    # -- filters ---------------------------------------------------------------

    def _document_opened(self, document_id: int) -> None:
        self.current_document_id = document_id
        if not self.all_documents.isChecked():
            self._apply_filter()

    def _apply_filter(self) -> None:
        every = self.all_documents.isChecked()
        self.table.setColumnHidden(0, not every)
        type_ = self.type_filter.currentData() or None
        if not every and self.current_document_id is None:
            self.model.set_filter(-1, type_)  # no document open: nothing to list
        else:
            self.model.set_filter(None if every else self.current_document_id, type_)
        self._update_buttons()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if not self.all_documents.isChecked() and self.current_document_id is None:
            self.count.setText(self.tr("Open a document to see its annotations"))
        else:
            if self.all_documents.isChecked():
                text = self.tr("{n} annotations in all documents")
                if n == 1:
                    text = self.tr("1 annotation in all documents")
            else:
                text = self.tr("{n} annotations in this document")
                if n == 1:
                    text = self.tr("1 annotation in this document")
            self.count.setText(text.format(n=n))
        self.export_button.setEnabled(n > 0)

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        for button in (self.note_button, self.type_button, self.delete_button):
            button.setEnabled(selected)

    # -- actions ---------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ANNOTATION_ID_ROLE) for index in sorted(rows, key=QModelIndex.row)]

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        start, end = index.data(SPAN_ROLE)
        self.session.request_document(index.data(DOCUMENT_ID_ROLE), start, end)

    def edit_note_of_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            note_index = self.model.index(current.row(), NOTE)
            self.table.setCurrentIndex(note_index)
            self.table.edit(note_index)

    def change_type_of_selected(self, type_: str) -> None:
        self._for_selected(
            self.tr("Change annotations to {type}").format(type=type_label(type_)),
            lambda annotation_id: partial(
                update_annotation_op, annotation_id=annotation_id, type_=type_
            ),
        )

    def delete_selected(self) -> None:
        self._for_selected(
            self.tr("Delete annotations"),
            lambda annotation_id: partial(delete_annotation_op, annotation_id=annotation_id),
        )

    def _for_selected(self, label: str, operation_for) -> None:
        """One operation over every selected annotation: one undo step, one refresh."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) > 1:
            operation = combined(f"{label} ({len(ids)})", [operation_for(i) for i in ids])
        else:
            operation = operation_for(ids[0])
        changing = self.tr("Cannot change the annotation")
        if run_edit(self.session, operation, self.message, self.show_message, changing) is not None:
            self.message.hide()

    def export_to(self, path: str) -> int:
        try:
            count = export_annotations(path, self.model.rows)
        except WorkbenchError as error:
            self.show_message(
                self.tr("Cannot export: {error}").format(error=said(error, qt_translate))
            )
            return 0
        self.message.hide()
        return count

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export annotations"), "annotations.csv", "CSV (*.csv)"
        )
        if path:
            self.export_to(path)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _context_menu(self, point) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open in reader")).triggered.connect(lambda: self.open_index(index))
        menu.addAction(self.tr("Edit note…")).triggered.connect(self.edit_note_of_current)
        retype = menu.addMenu(self.tr("Change type"))
        for type_ in ENTITY_TYPE_CODES:
            retype.addAction(swatch_icon(type_), _type_item(type_)).triggered.connect(
                lambda _=False, t=type_: self.change_type_of_selected(t)
            )
        menu.addAction(self.tr("Delete")).triggered.connect(self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()


def _type_item(code: str) -> str:
    return f"{code} · {type_label(code)}"


def main(argv: list[str] | None = None) -> int:
    from .run_alone import run_panel_alone

    def build(session: Session, document_id: int | None) -> AnnotationsPanel:
        panel = AnnotationsPanel(session)
        panel.setWindowTitle(QCoreApplication.translate("AnnotationsPanel", "Annotations"))
        panel.resize(800, 500)
        if document_id is not None:
            session.document_opened.emit(document_id)
        else:
            panel.all_documents.setChecked(True)
        return panel

    return run_panel_alone("workbench.views.annotations_panel", argv, build)


if __name__ == "__main__":
    raise SystemExit(main())
