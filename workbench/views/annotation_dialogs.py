"""The dialog for writing an annotation's note."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.store.annotations import Annotation
from ..models.labels import type_label
from .entity_colors import entity_color

QUOTE_LIMIT = 120


class NoteDialog(QDialog):
    """Opened window-modal with ``open()``; read ``note()`` once ``accepted`` fires."""

    def __init__(self, annotation: Annotation, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.annotation = annotation
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note on {type} annotation").format(type=annotation.type))
        color = entity_color(annotation.type)
        quoted = text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "…"
        heading = QLabel(
            f"<span style='color:{color.strong}'><b>{escape(type_label(annotation.type))}</b> "
            f"({annotation.type})</span> “{escape(quoted)}”"
        )
        heading.setWordWrap(True)
        self.editor = QPlainTextEdit(annotation.note)
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(420, 220)
        self.editor.setFocus()

    def note(self) -> str:
        return self.editor.toPlainText().strip()
