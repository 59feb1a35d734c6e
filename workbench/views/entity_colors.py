"""Entity type colours as Qt draws them: the vocabulary's hex strings made ``QColor``s and icons.

Each type has a light background for running text and a strong colour for lines,
legends and chart series (:class:`~workbench.core.vocabulary.EntityType`).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ..core.vocabulary import EntityType, entity_type


def entity_color(type_: str) -> EntityType:
    """The type's label and colours; an unknown type gets the "Other" greys."""
    return entity_type(type_)


def background_color(type_: str) -> QColor:
    return QColor(entity_type(type_).background)


def strong_color(type_: str) -> QColor:
    return QColor(entity_type(type_).strong)


@cache
def swatch_icon(type_: str, size: int = 12) -> QIcon:
    """A small rounded square in the type's colours, for chips, menus and legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(strong_color(type_))
    painter.setBrush(background_color(type_))
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)
