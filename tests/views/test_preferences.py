"""Edit → Preferences…: the interface language, chosen by clicks, stored, and shown by
the next window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from workbench.models.language import (
    LANGUAGE_ENV,
    TRADITIONAL,
    chosen_language,
    install_translators,
    remove_translators,
)
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.main_window import MainWindow
from workbench.views.preferences_dialog import PreferencesDialog


@pytest.fixture(autouse=True)
def _no_language_override(monkeypatch):
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)


def _window(store, settings, qtbot) -> MainWindow:
    window = MainWindow(Session(store), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_menu_item(qtbot, window: MainWindow, menu_title: str, item: str) -> None:
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    menu: QMenu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == item)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _open_preferences(qtbot, window: MainWindow) -> PreferencesDialog:
    _click_menu_item(qtbot, window, "Edit", "Preferences…")
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _choose(qtbot, dialog: PreferencesDialog, text: str) -> None:
    """Open the list with a click, walk to ``text`` with the arrow keys, take it with Enter."""
    combo = dialog.language_combo
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, f"{text!r} not offered"
    while view.currentIndex().row() != row:
        key = Qt.Key.Key_Down if view.currentIndex().row() < row else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def test_choosing_traditional_stores_it_and_the_restarted_window_is_in_traditional(
    seeded_store, tmp_path, qtbot, qapp
):
    path = tmp_path / "settings.ini"
    window = _window(seeded_store, WorkbenchSettings(path), qtbot)
    dialog = _open_preferences(qtbot, window)
    offered = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert offered[1:] == ["简体中文", "繁體中文", "English"]
    assert offered[0].startswith("System language")
    _choose(qtbot, dialog, "繁體中文")
    assert dialog.note.text() == "The new language applies the next time the workbench starts."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Stored where the next start reads it.
    assert WorkbenchSettings(path).language() == TRADITIONAL
    # This window keeps its language; the next start shows the new one.
    assert window.menuBar().actions()[0].text() == "&File"
    window.close()

    settings = WorkbenchSettings(path)
    translators = install_translators(qapp, chosen_language(settings.language()))
    try:
        restarted = _window(seeded_store, settings, qtbot)
        assert [a.text() for a in restarted.menuBar().actions()] == [
            "檔案(&F)",
            "編輯(&E)",
            "檢視(&V)",
            "說明(&H)",
        ]
        assert restarted.docks["Library"].windowTitle() == "文件庫"
        assert restarted.preferences_action.text() == "偏好設定(&P)…"
        restarted.close()
    finally:
        remove_translators(qapp, translators)


def test_cancel_keeps_the_language_and_the_system_choice_is_stored_as_empty(
    seeded_store, tmp_path, qtbot
):
    path = tmp_path / "settings.ini"
    settings = WorkbenchSettings(path)
    settings.set_language(TRADITIONAL)
    window = _window(seeded_store, settings, qtbot)
    dialog = _open_preferences(qtbot, window)
    assert dialog.language_combo.currentText() == "繁體中文"
    _choose(qtbot, dialog, "English")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert WorkbenchSettings(path).language() == TRADITIONAL

    dialog = _open_preferences(qtbot, window)
    _choose(qtbot, dialog, dialog.language_combo.itemText(0))  # the system's language
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert WorkbenchSettings(path).language() == ""
