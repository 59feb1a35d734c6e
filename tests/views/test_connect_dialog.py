"""File → Connect to Team Store…: the fields typed as a user would, the address given,
recent team stores offered again, and no password anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.core.store.team_address import TeamStoreAddress
from workbench.models.settings import WorkbenchSettings
from workbench.views.connect_dialog import ConnectDialog

from .test_reader import commit_with_input_method


def _dialog(qtbot, settings):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_typing_an_address_enables_connect_and_gives_it(qtbot, tmp_path):
    settings = WorkbenchSettings(tmp_path / "s.ini")
    dialog = _dialog(qtbot, settings)
    assert not dialog.recent_combo.isVisible()  # nothing connected to yet
    assert not _ok(dialog).isEnabled()  # no database yet
    qtbot.keyClicks(dialog.host_edit, "db.example.org")
    commit_with_input_method(dialog.database_edit, "产业研究")
    qtbot.keyClicks(dialog.user_edit, "analyst")
    assert _ok(dialog).isEnabled()
    assert "pgpass" in dialog.note.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.address() == TeamStoreAddress("产业研究", "db.example.org", "analyst")
    assert settings.recent_team_stores() == []  # remembered only once connected


def test_a_recent_team_store_fills_the_fields(qtbot, tmp_path):
    settings = WorkbenchSettings(tmp_path / "s.ini")
    settings.remember_team_store(TeamStoreAddress("older", "old.example.org", "me"))
    settings.remember_team_store(TeamStoreAddress("industry", "/run/postgresql", "analyst", 6543))
    dialog = _dialog(qtbot, settings)
    assert dialog.recent_combo.isVisible()
    assert dialog.recent_combo.currentText() == "analyst@/run/postgresql:6543/industry"
    assert dialog.database_edit.text() == "industry"
    assert dialog.port_spin.value() == 6543
    dialog.recent_combo.setCurrentIndex(2)
    assert dialog.host_edit.text() == "old.example.org" and dialog.user_edit.text() == "me"
    assert dialog.address() == TeamStoreAddress("older", "old.example.org", "me")


def test_a_bad_field_is_said_and_connect_stays_off(qtbot, tmp_path):
    dialog = _dialog(qtbot, WorkbenchSettings(tmp_path / "s.ini"))
    qtbot.keyClicks(dialog.database_edit, " ")
    assert not _ok(dialog).isEnabled()
    assert dialog.problem.isVisible() and "needs a database name" in dialog.problem.text()
    qtbot.keyClicks(dialog.database_edit, "x")
    assert _ok(dialog).isEnabled() and not dialog.problem.isVisible()


def test_settings_keep_team_stores_without_a_password(tmp_path):
    settings = WorkbenchSettings(tmp_path / "s.ini")
    address = TeamStoreAddress.parse("postgresql://analyst:s3cret@db/industry")
    settings.remember_team_store(address)
    settings.sync()
    assert "s3cret" not in (tmp_path / "s.ini").read_text(encoding="utf-8")
    assert settings.recent_team_stores() == [TeamStoreAddress("industry", "db", "analyst")]
