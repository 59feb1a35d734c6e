"""One colour per entity type: a light background for text, a strong one for lines and legends."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


@dataclass(frozen=True)
class EntityColor:
    background: str  # behind running text: light enough to keep black text legible
    strong: str  # annotation underlines, legend swatches, chart series
    label: str  # the type's name as analysts read it

    def background_color(self) -> QColor:
        return QColor(self.background)

    def strong_color(self) -> QColor:
        return QColor(self.strong)


ENTITY_COLORS: dict[str, EntityColor] = {
    "ORG": EntityColor("#d7e6ff", "#2f6bd8", "Organisation"),
    "GPE": EntityColor("#d3f1da", "#2a9148", "Place"),
    "PERSON": EntityColor("#fad9e7", "#c23d78", "Person"),
    "MONEY": EntityColor("#ffe8b3", "#b97f00", "Money"),
    "PERCENT": EntityColor("#ffdcc8", "#d2602a", "Percent"),
    "DATE": EntityColor("#e7ddfa", "#7a4fcf", "Date"),
    "QUANTITY": EntityColor("#cdeef0", "#1b8a91", "Quantity"),
    "PRODUCT": EntityColor("#e9f1c3", "#6f8614", "Product"),
}
_FALLBACK = EntityColor("#e6e6e6", "#6b6b6b", "Other")


def entity_color(type_: str) -> EntityColor:
    return ENTITY_COLORS.get(type_, _FALLBACK)


@cache
def swatch_icon(type_: str, size: int = 12) -> QIcon:
    """A small rounded square in the type's colours, for chips, menus and legends."""
    color = entity_color(type_)
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.strong_color())
    painter.setBrush(color.background_color())
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)
