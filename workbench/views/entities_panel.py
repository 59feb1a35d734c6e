"""The Entities panel: the corpus-wide entity index, and every mention of the chosen entity."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.vocabulary import ENTITY_TYPE_CODES, ENTITY_TYPES
from ..models.entity_models import EntityIndexModel, EntityMentionsModel
from ..models.session import Session
from .entity_colors import entity_color, swatch_icon
from .row_count import follow_row_count
from .snippet_delegate import SnippetDelegate


def entity_type_labels() -> dict[str, str]:
    return ENTITY_TYPES.labels()


def entity_type_icons() -> dict:
    return {type_: swatch_icon(type_) for type_ in ENTITY_TYPE_CODES}


class EntitiesPanel(QWidget):
    """Selecting an entity lists its mentions; activating a mention opens the document there."""

    def __init__(
        self,
        index_model: EntityIndexModel,
        mentions_model: EntityMentionsModel,
        session: Session,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("EntitiesPanel")
        self.index_model = index_model
        self.mentions_model = mentions_model
        self._session = session

        self.filter_edit = QLineEdit(placeholderText="Filter entities")
        self.filter_edit.setAccessibleName("Entity filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName("Entity type filter")
        self.type_combo.addItem("All types", None)
        for type_ in ENTITY_TYPES:
            self.type_combo.addItem(swatch_icon(type_.code), type_.label, type_.code)

        self.table = QTableView()
        self.table.setObjectName("EntityIndex")
        self.table.setModel(index_model)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._entity_changed)
        self.index_count = QLabel()
        self.index_count.setObjectName("EntityIndexCount")

        self.mentions_title = QLabel("Select an entity to see where it is mentioned.")
        self.mentions_title.setObjectName("EntityMentionsTitle")
        self.mentions_title.setWordWrap(True)
        self.mentions = QListView()
        self.mentions.setObjectName("EntityMentions")
        self.mentions.setModel(mentions_model)
        self.mentions.setItemDelegate(SnippetDelegate(self.mentions))
        # Rows wrap to the view's width; a sideways scrollbar would only clip them.
        self.mentions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mentions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mentions.setResizeMode(QListView.ResizeMode.Adjust)
        self.mentions.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.mentions.setAlternatingRowColors(True)
        self.mentions.setUniformItemSizes(False)
        self.mentions.activated.connect(self.open_mention)

        top = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.type_combo, 1)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.index_count)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(4)
        bottom_layout.addWidget(self.mentions_title)
        bottom_layout.addWidget(self.mentions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([3, 2])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.type_combo.currentIndexChanged.connect(self.apply_filter)
        index_model.modelReset.connect(self._index_reset)
        index_model.rowsInserted.connect(self._update_index_count)
        index_model.rowsRemoved.connect(self._update_index_count)
        follow_row_count(mentions_model, self._update_mentions_title)
        session.entity_selected.connect(self.show_entity)
        self._update_index_count()

    # -- the index -------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.index_model.set_filter(self.type_combo.currentData(), self.filter_edit.text())

    def _index_reset(self) -> None:
        self._update_index_count()
        entity = self.mentions_model.entity
        if entity is not None:
            self._select_row(self.index_model.row_of(*entity))

    def _update_index_count(self) -> None:
        count = self.index_model.rowCount()
        if count:
            self.index_count.setText(f"{count:,} entities")
        elif self.index_model.contains_filter or self.index_model.type_filter:
            self.index_count.setText("No entities match this filter.")
        else:
            self.index_count.setText("No entities recognised yet.")

    def _entity_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entry = self.index_model.entry(current.row())
        if self.mentions_model.entity != (entry.canonical, entry.type):
            self.mentions_model.set_entity(entry.canonical, entry.type)

    def _select_row(self, row: int | None) -> None:
        if row is None:
            self.table.selectionModel().clearSelection()
            return
        index = self.index_model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_entity(self, canonical: str, type_: str) -> None:
        """List every mention of one entity and select it in the index (clearing filters
        that would hide it)."""
        row = self.index_model.row_of(canonical, type_)
        if row is None and (self.index_model.contains_filter or self.index_model.type_filter):
            for widget in (self.filter_edit, self.type_combo):
                widget.blockSignals(True)
            self.filter_edit.clear()
            self.type_combo.setCurrentIndex(0)
            for widget in (self.filter_edit, self.type_combo):
                widget.blockSignals(False)
            self.index_model.set_filter(None, "")
            row = self.index_model.row_of(canonical, type_)
        self.mentions_model.set_entity(canonical, type_)
        self._select_row(row)

    # -- the mentions ----------------------------------------------------------

    def _update_mentions_title(self) -> None:
        entity = self.mentions_model.entity
        if entity is None:
            self.mentions_title.setText("Select an entity to see where it is mentioned.")
            return
        canonical, type_ = entity
        count = self.mentions_model.rowCount()
        documents = self.mentions_model.document_count()
        label = entity_color(type_).label
        if count == 0:
            self.mentions_title.setText(f"{canonical} ({label}): no mentions in the store.")
        else:
            mentions = f"{count:,} mention{'s' if count != 1 else ''}"
            self.mentions_title.setText(
                f"<b>{escape(canonical)}</b> ({label}): {mentions} "
                f"in {documents:,} document{'s' if documents != 1 else ''}. "
                "Double-click or Enter to open one."
            )

    def open_mention(self, index: QModelIndex) -> None:
        if index.isValid():
            mention = self.mentions_model.mention(index.row())
            self._session.request_document(mention.document_id, mention.start, mention.end)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
