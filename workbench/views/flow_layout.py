"""A layout that puts widgets side by side at their preferred size and wraps onto new lines.

Rows of chips and buttons in a narrow dock stay readable this way: a widget is
never squeezed below its size hint (which would elide its text), it moves to the
next line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 4,
        align_right: bool = False,
    ):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.align_right = align_right
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in visible)
        width += self.spacing() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height) + _extent(margins)

    def minimumSize(self) -> QSize:
        """The widest single widget: anything narrower would have to squeeze it."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        return size + _extent(self.contentsMargins())

    def line_count(self, width: int) -> int:
        """How many lines the widgets take at ``width`` pixels."""
        return len(self._lines(width - _extent(self.contentsMargins()).width()))

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            hint = item.sizeHint().width()
            if lines and used + self.spacing() + hint <= width:
                lines[-1].append(item)
                used += self.spacing() + hint
            else:
                lines.append([item])
                used = hint
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item in line)
            width = sum(item.sizeHint().width() for item in line)
            width += self.spacing() * (len(line) - 1)
            x = area.right() + 1 - width if self.align_right else area.x()
            for item in line:
                hint = item.sizeHint()
                if move:
                    # Vertically centred, so a check box lines up with the buttons beside it.
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        used = y - area.y() - (self.spacing() if y > area.y() else 0)
        return used + margins.top() + margins.bottom()


def _extent(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
