"""A label that shows as much of its text as fits, "…" for the rest."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """A label that shows as much of its text as fits, "…" for the rest.

    ``text()`` stays whole (a tooltip can show it); the label never asks for more
    width than ``maximum_chars`` average characters, so the bar it sits in keeps
    room for the rest (the status bar's messages, the find bar's count).
    """

    def __init__(
        self,
        text: str = "",
        maximum_chars: int = 28,
        parent: QWidget | None = None,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ):
        super().__init__(text, parent)
        self._maximum_chars = maximum_chars
        self._elide = elide

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        limit = self.fontMetrics().averageCharWidth() * self._maximum_chars
        return QSize(min(hint.width(), limit), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 6, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), self._elide, rect.width())
        painter.drawText(rect, int(self.alignment()), text)
