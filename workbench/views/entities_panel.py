"""The Entities panel: the corpus-wide entity index, and every mention of the chosen entity."""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import WorkbenchError, said
from ..core.lexicon_file import export_lexicon, import_operation, read_lexicon
from ..core.operations import Operation, combined
from ..core.operations.entities import (
    change_entity_type,
    merge_entities,
    never_an_entity,
    rename_entity,
    split_alias,
    teach_name,
)
from ..core.store.mentions import EntityEntry
from ..core.vocabulary import ENTITY_TYPE_CODES, ENTITY_TYPES, NAME_TYPE_CODES
from ..models.entity_models import EntityIndexModel, EntityMentionsModel
from ..models.labels import qt_translate, type_label
from ..models.lexicon_applier import applied_summary
from ..models.session import Session
from .entity_colors import swatch_icon
from .entity_dialogs import EntityNameDialog
from .flow_layout import FlowLayout
from .row_count import follow_row_count
from .snippet_delegate import SnippetDelegate


def entity_type_labels() -> dict[str, str]:
    """Each entity type's name in the interface language."""
    return {type_.code: type_label(type_.code) for type_ in ENTITY_TYPES}


def entity_type_icons() -> dict:
    return {type_: swatch_icon(type_) for type_ in ENTITY_TYPE_CODES}


def _menu_button(menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(f"{menu.title()} ▾")
    # The style's own arrow overlaps the text of a small tool button.
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


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

        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter entities"))
        self.filter_edit.setAccessibleName(self.tr("Entity filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Entity type filter"))
        self.type_combo.addItem(self.tr("All types"), None)
        for type_ in ENTITY_TYPES:
            self.type_combo.addItem(swatch_icon(type_.code), type_label(type_.code), type_.code)

        self.table = QTableView()
        self.table.setObjectName("EntityIndex")
        self.table.setModel(index_model)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once: merge them, retype them, mark them never an entity.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The type column fits its longest label; the counts fit the rows in sight.
        # Measuring every loaded row (500, each column, several roles) was most of
        # the window's first paint; the largest counts come first in the default order.
        metrics = self.fontMetrics()
        widest_type = max(metrics.horizontalAdvance(type_label(t)) for t in ENTITY_TYPE_CODES)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, widest_type + metrics.height() + 24)  # icon and margins
        header.setResizeContentsPrecision(64)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._entity_changed)
        self.index_count = QLabel()
        self.index_count.setObjectName("EntityIndexCount")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("EntitiesMessage")
        self.message.hide()
        self._build_actions()
        self._build_apply_bar()

        self.mentions_title = QLabel(self.tr("Select an entity to see where it is mentioned."))
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
        top_layout.addLayout(self._tool_row())
        top_layout.addWidget(self.apply_bar)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.index_count)
        top_layout.addWidget(self.message)
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
        index_model.totals_changed.connect(self._update_index_count)
        follow_row_count(mentions_model, self._update_mentions_title)
        session.entity_selected.connect(self.show_entity)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        session.lexicon.pending_changed.connect(self._update_apply_bar)
        session.lexicon.started.connect(self._update_apply_bar)
        session.lexicon.applied.connect(self._names_applied)
        session.lexicon.done.connect(self._update_apply_bar)
        session.lexicon.failed.connect(self._apply_failed)
        self._update_index_count()
        self._update_actions()
        self._update_apply_bar()

    # -- actions on entities -----------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot, tip: str, shortcut: str | None = None) -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip)
            made.triggered.connect(slot)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.table.addAction(made)
            return made

        self.add_action = action(
            self.tr("Add Name…"),
            self.ask_add_name,
            self.tr("Teach a name the recogniser should find everywhere"),
        )
        self.rename_action = action(
            self.tr("Rename…"),
            self.ask_rename,
            self.tr("Give the entity another canonical name"),
            "F2",
        )
        self.merge_action = action(
            self.tr("Merge"),
            self.merge_selected,
            self.tr("Make the selected entities one (the one with most mentions keeps its name)"),
            "Ctrl+M",
        )
        self.never_action = action(
            self.tr("Never an Entity"),
            self.never_selected,
            self.tr("Remove every mention of the selected names, in every document, now and later"),
        )
        self.type_menu = QMenu(self.tr("Change Type"), self)
        for code in NAME_TYPE_CODES:
            made = self.type_menu.addAction(swatch_icon(code), type_label(code))
            made.setData(code)
            made.triggered.connect(partial(self.change_type_selected, code))
        self.split_menu = QMenu(self.tr("Split Off"), self)
        self.split_menu.setToolTip(
            self.tr("Make one way of writing the entity an entity of its own")
        )
        self.split_menu.aboutToShow.connect(self._fill_split_menu)

    def _tool_row(self) -> FlowLayout:
        # Wraps onto a second line in a narrow dock instead of widening the window.
        row = FlowLayout(spacing=4)
        for act in (self.add_action, self.rename_action, self.merge_action):
            button = QToolButton()
            button.setDefaultAction(act)
            row.addWidget(button)
        self.type_button = _menu_button(self.type_menu)
        self.split_button = _menu_button(self.split_menu)
        row.addWidget(self.type_button)
        row.addWidget(self.split_button)
        button = QToolButton()
        button.setDefaultAction(self.never_action)
        row.addWidget(button)
        return row

    def _build_apply_bar(self) -> None:
        self.apply_bar = QFrame()
        self.apply_bar.setObjectName("LexiconApplyBar")
        self.apply_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.apply_label = QLabel(wordWrap=True)
        self.apply_button = QPushButton(self.tr("Apply to All Documents"))
        self.apply_button.setObjectName("ApplyLexicon")
        self.apply_button.clicked.connect(self.apply_pending)
        layout = QHBoxLayout(self.apply_bar)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.apply_label, 1)
        layout.addWidget(self.apply_button)

    def selected_entries(self) -> list[EntityEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.index_model.entry(row) for row in rows]

    def current_entry(self) -> EntityEntry | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            entries = self.selected_entries()
            return entries[0] if entries else None
        return self.index_model.entry(index.row())

    def _update_actions(self) -> None:
        entries = self.selected_entries()
        names = [e for e in entries if e.type in NAME_TYPE_CODES]
        self.rename_action.setEnabled(len(names) == 1)
        self.merge_action.setEnabled(len(names) >= 2)
        self.never_action.setEnabled(bool(entries))
        self.type_menu.setEnabled(bool(names))
        self.type_button.setEnabled(bool(names))
        self.split_button.setEnabled(len(names) == 1)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.rename_action, self.merge_action):
            menu.addAction(act)
        menu.addMenu(self.type_menu)
        menu.addMenu(self.split_menu)
        menu.addAction(self.never_action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _run(self, operation: Operation) -> bool:
        try:
            self._session.run(operation)
        except WorkbenchError as error:
            self.show_message(said(error, qt_translate))
            return False
        self.message.hide()
        return True

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def ask_add_name(self) -> EntityNameDialog:
        entry = self.current_entry()
        dialog = EntityNameDialog(
            self.tr("Add a Name"),
            self.tr(
                "The name is found in every document from now on. Give the entity it names "
                "to make it another name of that entity (a short form, the other script)."
            ),
            type_=entry.type if entry and entry.type in NAME_TYPE_CODES else "ORG",
            ask_type=True,
            parent=self,
        )
        dialog.accepted.connect(
            lambda: self.add_name(dialog.name(), dialog.type_(), dialog.canonical())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_name(self, name: str, type_: str, canonical: str | None = None) -> bool:
        return self._run(partial(teach_name, name=name, type_=type_, canonical=canonical))

    def ask_rename(self) -> EntityNameDialog | None:
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = EntityNameDialog(
            self.tr("Rename Entity"),
            self.tr(
                "New canonical name for “{name}”. The name of another entity of "
                "this type merges the two."
            ).format(name=entry.canonical),
            name=entry.canonical,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.rename_current(dialog.name()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def rename_current(self, new_name: str) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        done = self._run(
            partial(rename_entity, canonical=entry.canonical, type_=entry.type, new_name=new_name)
        )
        if done:
            self.show_entity(" ".join(new_name.split()), entry.type)
        return done

    def merge_selected(self, target: EntityEntry | None = None) -> bool:
        entries = [e for e in self.selected_entries() if e.type in NAME_TYPE_CODES]
        if len(entries) < 2:
            return False
        target = target or max(entries, key=lambda e: (e.mentions, -len(e.canonical)))
        others = [(e.canonical, e.type) for e in entries if e != target]
        done = self._run(
            partial(merge_entities, target=(target.canonical, target.type), others=others)
        )
        if done:
            self.show_entity(target.canonical, target.type)
        return done

    def change_type_selected(self, type_: str) -> bool:
        entries = [e for e in self.selected_entries() if e.type in NAME_TYPE_CODES]
        operations = [
            partial(change_entity_type, entity=(e.canonical, e.type), new_type=type_)
            for e in entries
            if e.type != type_
        ]
        if not operations:
            return False
        label = self.tr("Make {n} entities {type}").format(
            n=len(operations), type=type_label(type_)
        )
        operation = operations[0] if len(operations) == 1 else combined(label, operations)
        done = self._run(operation)
        if done and len(entries) == 1:
            self.show_entity(entries[0].canonical, type_)
        return done

    def never_selected(self) -> bool:
        names: dict[str, None] = {}
        for entry in self.selected_entries():
            names[entry.canonical] = None
            names.update(dict.fromkeys(self.index_model.names_of(entry).names()))
        operations = [partial(never_an_entity, name=name) for name in names]
        if not operations:
            return False
        first = next(iter(names))
        label = (
            self.tr("Never an entity: “{name}” and {n} more")
            if len(names) > 1
            else self.tr("Never an entity: “{name}”")
        ).format(name=first, n=len(names) - 1)
        return self._run(operations[0] if len(operations) == 1 else combined(label, operations))

    def _fill_split_menu(self) -> None:
        self.split_menu.clear()
        entry = self.current_entry()
        names = self.index_model.names_of(entry).names() if entry is not None else []
        if not names:
            self.split_menu.addAction(self.tr("No other names")).setEnabled(False)
        for name in names:
            self.split_menu.addAction(name).triggered.connect(partial(self.split_off, name))

    def split_off(self, name: str) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        done = self._run(partial(split_alias, entity=(entry.canonical, entry.type), written=name))
        if done:
            self.show_entity(" ".join(name.split()), entry.type)
        return done

    # -- the lexicon as a file ------------------------------------------------

    def export_lexicon_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Lexicon"), "lexicon.json", self.tr("Workbench lexicon (*.json)")
        )
        if path:
            self.export_lexicon_to(path)

    def export_lexicon_to(self, path: str) -> bool:
        try:
            lexicon = export_lexicon(self._session.store.conn, path)
        except WorkbenchError as error:
            self.show_message(said(error, qt_translate))
            return False
        names = sum(len(e.aliases) for e in lexicon.entities)
        self.show_message(
            self.tr(
                "Exported {entities} entities, {names} names and {never} never-names to {file}."
            ).format(
                entities=f"{len(lexicon.entities):,}",
                names=f"{names:,}",
                never=f"{len(lexicon.never):,}",
                file=Path(path).name,
            )
        )
        return True

    def import_lexicon_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Lexicon"),
            "",
            self.tr("Workbench lexicon (*.json);;All files (*)"),
        )
        if path:
            self.import_lexicon_from(path)

    def import_lexicon_from(self, path: str) -> bool:
        """Teach a colleague's lexicon file: one undo step; a bad file changes nothing."""
        try:
            lexicon = read_lexicon(path)
            outcome = self._session.run(
                import_operation(lexicon, self.tr("Import {file}").format(file=Path(path).name))
            )
        except WorkbenchError as error:
            self.show_message(said(error, qt_translate))
            return False
        self.show_message(
            self.tr("Imported {file}: {summary}.").format(
                file=Path(path).name, summary=outcome.value.summary(qt_translate)
            )
        )
        self._update_apply_bar()
        return True

    # -- applying the lexicon to stored documents ------------------------------

    def apply_pending(self) -> bool:
        return self._session.lexicon.apply()

    def _update_apply_bar(self, *_args) -> None:
        lexicon = self._session.lexicon
        pending = lexicon.pending
        if lexicon.running:
            self.apply_label.setText(
                self.tr("Recognising the documents that hold the taught names…")
            )
            self.apply_button.setEnabled(False)
            self.apply_bar.show()
        elif pending:
            shown = ", ".join(f"“{n}”" for n in pending[:3]) + ("…" if len(pending) > 3 else "")
            self.apply_label.setText(
                self.tr(
                    "Your lexicon changed ({names}). Documents already stored still show the "
                    "earlier recognition."
                ).format(names=shown)
            )
            self.apply_button.setEnabled(True)
            self.apply_bar.show()
        else:
            self.apply_bar.hide()

    def _names_applied(self, report) -> None:
        self._update_apply_bar()
        self.show_message(applied_summary(report) + ".")

    def _apply_failed(self, message: str) -> None:
        self._update_apply_bar()
        self.show_message(self.tr("Could not apply the lexicon: {reason}").format(reason=message))

    # -- the index -------------------------------------------------------------

    def apply_filter(self) -> None:
        """Ask for the entities of the filter as typed; a worker reads them (the index
        holds 400,000 entities at 38,000 documents) and the list follows."""
        self._filter_timer.stop()
        self.index_model.request_filter(self.type_combo.currentData(), self.filter_edit.text())

    def _index_reset(self) -> None:
        self._update_index_count()
        entity = self.mentions_model.entity
        if entity is not None:
            self._select_row(self.index_model.row_of(*entity))

    def _update_index_count(self) -> None:
        count = self.index_model.total_count()
        if count:
            self.index_count.setText(self.tr("{n} entities").format(n=f"{count:,}"))
        elif self.index_model.contains_filter or self.index_model.type_filter:
            self.index_count.setText(self.tr("No entities match this filter."))
        else:
            self.index_count.setText(self.tr("No entities recognised yet."))

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
        if self.index_model.filter_pending:  # the filter as typed, before its rows come
            self.index_model.set_filter(self.type_combo.currentData(), self.filter_edit.text())
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
            self.mentions_title.setText(self.tr("Select an entity to see where it is mentioned."))
            return
        canonical, type_ = entity
        count = self.mentions_model.rowCount()
        documents = self.mentions_model.document_count()
        label = type_label(type_)
        if count == 0:
            self.mentions_title.setText(
                self.tr("{name} ({type}): no mentions in the store.").format(
                    name=canonical, type=label
                )
            )
        else:
            mentions = (self.tr("1 mention") if count == 1 else self.tr("{n} mentions")).format(
                n=f"{count:,}"
            )
            where = (
                self.tr("in 1 document") if documents == 1 else self.tr("in {n} documents")
            ).format(n=f"{documents:,}")
            self.mentions_title.setText(
                self.tr(
                    "{name} ({type}): {mentions} {where}. Double-click or Enter to open one."
                ).format(
                    name=f"<b>{escape(canonical)}</b>", type=label, mentions=mentions, where=where
                )
            )

    def open_mention(self, index: QModelIndex) -> None:
        if index.isValid():
            mention = self.mentions_model.mention(index.row())
            self._session.request_document(mention.document_id, mention.start, mention.end)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
