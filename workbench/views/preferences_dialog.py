"""Edit → Preferences…: the interface language.

The language is read once, when the workbench starts (every widget takes its
text when it is made), so a new choice applies on the next start; the dialog
says so rather than leave a window half in one language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..models.language import (
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    SYSTEM,
    SYSTEM_LABEL,
    chosen_language,
    system_language,
)
from ..models.settings import WorkbenchSettings


class PreferencesDialog(QDialog):
    def __init__(self, settings: WorkbenchSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._started_in = chosen_language(settings.language())

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        system = QCoreApplication.translate("Language", SYSTEM_LABEL)
        following = LANGUAGE_NAMES[system_language()]
        self.language_combo.addItem(f"{system} ({following})", SYSTEM)
        for code in LANGUAGE_CODES:
            # Each language in itself: someone who cannot read this one can find theirs.
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        current = self.language_combo.findData(settings.language())
        self.language_combo.setCurrentIndex(max(current, 0))
        self.language_combo.currentIndexChanged.connect(self._update_note)

        self.note = QLabel(self)
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._update_note()

    def chosen(self) -> str:
        """The setting chosen: a language code, or "" to follow the system."""
        return self.language_combo.currentData()

    def _update_note(self) -> None:
        if chosen_language(self.chosen()) == self._started_in:
            self.note.setText(self.tr("The interface language applies when the workbench starts."))
        else:
            self.note.setText(
                self.tr("The new language applies the next time the workbench starts.")
            )

    def accept(self) -> None:
        self.settings.set_language(self.chosen())
        super().accept()
