"""The Reader's find bar: a query box, "3 of 17", previous and next, close.

The bar only reports what the analyst asks (``query_changed``, ``step_requested``,
``closed``); the reader finds (``core.find_in_text``) and says what it found
through :meth:`FindBar.show_result`.  Enter and F3 step forward, Shift+Enter and
Shift+F3 back, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from ..core.find_in_text import FindResult
from .elided_label import ElidedLabel

TYPING_PAUSE_MS = 120  # find after a short pause in typing, not at every key of a long text


class FindBar(QWidget):
    query_changed = Signal(str)
    step_requested = Signal(bool)  # forward
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in this document (either script)"))
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The other names the query also finds (台积电: TSMC, 台積電), as search widens it.
        self.names_label = ElidedLabel(maximum_chars=30, elide=Qt.TextElideMode.ElideRight)
        self.names_label.setObjectName("findOtherNames")
        palette = self.names_label.palette()
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, quiet)
        self.names_label.setPalette(palette)
        self.names_label.hide()
        self.previous_button = self._button("findPrevious", "▲", self.tr("Previous hit (Shift+F3)"))
        self.next_button = self._button("findNext", "▼", self.tr("Next hit (F3)"))
        self.close_button = self._button("findClose", "✕", self.tr("Close (Esc)"))
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(False))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(True))
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.names_label, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._emit_query)
        self.edit.textEdited.connect(lambda _text: self._typing.start())
        self.show_result(None)
        self.hide()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # -- what the reader asks ----------------------------------------------------

    def open_bar(self, query: str | None = None) -> None:
        """Show the bar with the focus in the box (``query`` replacing what it held)."""
        if query is not None and query != self.edit.text():
            self.edit.setText(query)
            self._emit_query()
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if query is None and self.edit.text():
            self._emit_query()

    def close_bar(self) -> None:
        self._typing.stop()
        self.hide()
        self.closed.emit()

    def query(self) -> str:
        return self.edit.text()

    def show_result(self, result: FindResult | None) -> None:
        """Say how many hits there are and which is current: "3 of 17", "No hits"."""
        if result is None or not result.query.strip():
            text, found = "", True
        elif not result.count:
            text, found = self.tr("No hits"), False
        elif result.current < 0:
            text, found = self.tr("%n hit(s)", "", result.count), True
        else:
            text = self.tr("%1 of %2").replace("%1", f"{result.current + 1:,}")
            text, found = text.replace("%2", f"{result.count:,}"), True
        self.count_label.setText(text)
        self.count_label.setStyleSheet("" if found else "color: #a1260d;")
        has_hits = result is not None and result.count > 0
        self.previous_button.setEnabled(has_hits)
        self.next_button.setEnabled(has_hits)

    def show_other_names(self, names: list[str]) -> None:
        """Say which other names the hits include; a quoted query finds only itself."""
        if not names:
            self.names_label.clear()
            self.names_label.setToolTip("")
            self.names_label.hide()
            return
        listed = "、".join(names)
        self.names_label.setText(self.tr("also %1").replace("%1", listed))
        self.names_label.setToolTip(
            self.tr(
                "Also finds the other names of what you typed: %1. Quote the query to "
                "find only the text as typed."
            ).replace("%1", listed)
        )
        self.names_label.show()

    # -- keys --------------------------------------------------------------------

    def _emit_query(self) -> None:
        self._typing.stop()
        self.query_changed.emit(self.edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._typing.isActive():
                    self._emit_query()
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step_requested.emit(not shift)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
