"""Small dialogs of the Entities panel: a name (and type) to add, a new name to give."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.vocabulary import NAME_TYPE_CODES
from ..models.labels import type_label
from .entity_colors import swatch_icon


class EntityNameDialog(QDialog):
    """Asks for a name, and with ``ask_type`` for its type and the entity it belongs to.

    Opened with ``open()`` (window-modal, never blocking the event loop); the
    caller reads :meth:`name`, :meth:`type_` and :meth:`canonical` on ``accepted``.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        name: str = "",
        type_: str = "ORG",
        ask_type: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("EntityNameDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("EntityNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.selectAll()
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Type"))
        for code in NAME_TYPE_CODES:
            self.type_combo.addItem(swatch_icon(code), type_label(code), code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(type_)))
        self.canonical_edit = QLineEdit()
        self.canonical_edit.setObjectName("EntityCanonicalEdit")
        self.canonical_edit.setAccessibleName(self.tr("Entity it names"))
        self.canonical_edit.setPlaceholderText(self.tr("optional: an entity it is another name of"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        if ask_type:
            form.addRow(self.tr("&Type:"), self.type_combo)
            form.addRow(self.tr("&Same as:"), self.canonical_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(name.strip()))
        intro = QLabel(explanation, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def type_(self) -> str:
        return self.type_combo.currentData()

    def canonical(self) -> str | None:
        return " ".join(self.canonical_edit.text().split()) or None
