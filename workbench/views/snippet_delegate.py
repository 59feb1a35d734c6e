"""Draws a result row as its document title over a snippet with the hits highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..models.roles import SNIPPET_ROLE, SNIPPET_SPANS_ROLE

HIT_BACKGROUND = "#ffe27a"  # the same amber a reader's find highlight uses
_PADDING = 6


def snippet_html(title: str, snippet: str, spans, title_color: str, text_color: str) -> str:
    """Title line and snippet as HTML, each span of ``snippet`` marked."""
    parts, last = [], 0
    for start, end in sorted(spans or ()):
        if start < last:
            continue
        parts.append(escape(snippet[last:start]))
        parts.append(
            f'<span style="background-color:{HIT_BACKGROUND}; color:#000;">'
            f"{escape(snippet[start:end])}</span>"
        )
        last = end
    parts.append(escape(snippet[last:]))
    return (
        f'<div style="color:{title_color}; font-weight:600;">{escape(title)}</div>'
        f'<div style="color:{text_color};">{"".join(parts)}</div>'
    )


class SnippetDelegate(QStyledItemDelegate):
    """Rows of a list view: bold title, then a wrapped snippet with highlighted spans."""

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role).name()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(
            snippet_html(
                index.data(Qt.ItemDataRole.DisplayRole) or "",
                index.data(SNIPPET_ROLE) or "",
                index.data(SNIPPET_SPANS_ROLE),
                text_color,
                text_color,
            )
        )
        document.setTextWidth(max(40, width - 2 * _PADDING))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        document = self._document(options, index, options.rect.width())
        painter.save()
        painter.translate(options.rect.left() + _PADDING, options.rect.top() + _PADDING)
        clip = QRectF(0, 0, options.rect.width() - 2 * _PADDING, options.rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        painter.setClipRect(clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        view = options.widget
        width = view.viewport().width() if view is not None else options.rect.width()
        document = self._document(options, index, width)
        return QSize(width, int(document.size().height()) + 2 * _PADDING)


Index = QModelIndex | QPersistentModelIndex
