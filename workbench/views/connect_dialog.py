"""File → Connect to Team Store…: the PostgreSQL server, database and role of a team store.

There is no password box on purpose: libpq takes the password from ``~/.pgpass``,
a service file or ``PGPASSWORD``, so the workbench never holds one nor writes one
into its settings.  The dialog says so, and offers the team stores connected to
before.
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.store.team_address import DEFAULT_PORT, TeamStoreAddress, TeamStoreAddressError
from ..models.settings import WorkbenchSettings


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the user database
        return ""


class ConnectDialog(QDialog):
    def __init__(self, settings: WorkbenchSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ConnectDialog")
        self.setWindowTitle(self.tr("Connect to Team Store"))
        self.settings = settings
        self._recent = settings.recent_team_stores()

        self.recent_combo = QComboBox(self)
        self.recent_combo.setObjectName("recentTeamStores")
        self.recent_combo.addItem(self.tr("New connection"), None)
        for address in self._recent:
            self.recent_combo.addItem(address.label(), address.url())
        self.recent_combo.currentIndexChanged.connect(self._recent_chosen)

        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("teamHost")
        self.host_edit.setPlaceholderText(self.tr("localhost, a server name, or a socket folder"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("teamPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("teamDatabase")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("teamUser")
        self.user_edit.setPlaceholderText(_login_name())
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._update)

        self.note = QLabel(
            self.tr(
                "The password comes from your ~/.pgpass file, a PostgreSQL service file or "
                "the PGPASSWORD variable; the workbench never asks for it or saves it."
            ),
            self,
        )
        self.note.setObjectName("teamPasswordNote")
        self.note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("teamAddressProblem")
        self.problem.setStyleSheet("color: #a1260d;")
        self.problem.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if self._recent:
            form.addRow(self.tr("&Recent:"), self.recent_combo)
        else:
            self.recent_combo.hide()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User (role):"), self.user_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        if self._recent:
            self.recent_combo.setCurrentIndex(1)  # the last one connected to
        self._update()

    def address(self) -> TeamStoreAddress | None:
        """The address the fields give, or None while they do not give one."""
        try:
            return self._address()
        except TeamStoreAddressError:
            return None

    def _address(self) -> TeamStoreAddress:
        port = self.port_spin.value()
        return TeamStoreAddress(
            database=self.database_edit.text().strip(),
            host=self.host_edit.text().strip(),
            user=self.user_edit.text().strip(),
            port=None if port == DEFAULT_PORT else port,
        )

    def _recent_chosen(self, index: int) -> None:
        url = self.recent_combo.itemData(index)
        if not url:
            return
        address = TeamStoreAddress.parse(url)
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port or DEFAULT_PORT)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)

    def _update(self) -> None:
        problem = ""
        try:
            self._address()
        except TeamStoreAddressError as error:
            problem = str(error) if self.database_edit.text() else ""
            ok = False
        else:
            ok = True
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if self.address() is not None:  # remembered once connected, by whoever connects
            super().accept()
