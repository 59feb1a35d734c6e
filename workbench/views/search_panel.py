"""The Search panel: a query box over ranked hits; Enter opens the document at the hit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..core.translatable import QT_TRANSLATE_NOOP
from ..models.search_model import SearchModel
from ..models.session import Session
from .row_count import follow_row_count
from .snippet_delegate import SnippetDelegate

HINT = QT_TRANSLATE_NOOP(
    "SearchPanel",
    "Type a word in either script: 产能, 晶圓, fab, TSMC… A company or place also finds "
    "its other names; put a term in quotes to search it alone.",
)
# How many of the entity's other names the status line spells out.
NAMES_SHOWN = 4


class SearchPanel(QWidget):
    """Typing searches after a short pause; Enter (in the box or the list) opens a hit."""

    def __init__(self, model: SearchModel, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchPanel")
        self.model = model
        self._session = session

        self.query_edit = QLineEdit(placeholderText=self.tr("Search all documents (Ctrl+F)"))
        self.query_edit.setObjectName("SearchQuery")
        self.query_edit.setAccessibleName(self.tr("Search query"))
        self.query_edit.setClearButtonEnabled(True)
        self.status_label = QLabel(self.tr(HINT), wordWrap=True)
        self.status_label.setObjectName("SearchStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.results = QListView()
        self.results.setObjectName("SearchResults")
        self.results.setModel(model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        # Rows wrap to the view's width; a sideways scrollbar would only clip them.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self.open_hit)
        self.results.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        layout.addStretch()  # keeps the hint at the top while there are no results

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._search_timer.start)
        self.query_edit.returnPressed.connect(self._open_from_box)
        self.query_edit.installEventFilter(self)
        follow_row_count(model, self._after_results)

    def run_search(self) -> None:
        """Search for what the box holds now (the pause after typing calls this too)."""
        self._search_timer.stop()
        query = self.query_edit.text().strip()
        if query != self.model.typed_query or not query:
            self.model.set_query(query)

    def _after_results(self) -> None:
        query = self.model.query
        count = self.model.rowCount()
        if not query:
            self.status_label.setText(self.tr(HINT))
        elif self.model.error:
            self.status_label.setText(
                self.tr("Not searched: {error}.").format(error=self.model.error)
            )
        elif count == 0:
            self.status_label.setText(self.tr("No results for “{query}”.").format(query=query))
        else:
            text = self.tr("{n} documents match “{query}”")
            if count == 1:
                text = self.tr("1 document matches “{query}”")
            text = text.format(n=f"{count:,}", query=query)
            names = self.model.other_names()
            if names:
                shown = ", ".join(names[:NAMES_SHOWN]) + ("…" if len(names) > NAMES_SHOWN else "")
                text += self.tr(", also as {names} (quote a term to search it alone)").format(
                    names=shown
                )
            self.status_label.setText(text + self.tr(". Enter opens one."))
        self.results.setVisible(count > 0)
        if count:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _open_from_box(self) -> None:
        self.run_search()
        self.open_hit(self.results.currentIndex())

    def open_hit(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        if hit.start is None:  # only the title matched
            self._session.request_document(hit.document_id)
        else:
            self._session.request_document(hit.document_id, hit.start, hit.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the query box walk the hits, so the keyboard never leaves the box.
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(row + step, 0), self.model.rowCount() - 1)
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()
