"""Laptop and desktop screens: the window fits, the Reader gets its lines, the status bar
shows its messages, Help lists every shortcut, and the analyst finds things as left."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.main_window import APP_TITLE, MainWindow, fitted_rect
from workbench.views.shortcuts_dialog import ShortcutsDialog

from ..conftest import ROOT
from .test_reader import CLUSTER_TITLE, document_id

LAPTOP = QRect(0, 0, 1366, 768)
DESKTOP = QRect(0, 0, 1920, 1080)


def open_window(store, settings_path, qtbot, available=LAPTOP) -> MainWindow:
    window = MainWindow(Session(store), WorkbenchSettings(settings_path), available=available)
    qtbot.addWidget(window)
    window.restore_layout()
    window.restore_reading_state()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def open_long_report(qtbot, window) -> int:
    doc = document_id(window.session.store, CLUSTER_TITLE)
    with qtbot.waitSignal(window.session.document_opened, timeout=5000):
        window.session.request_document(doc)
    return doc


def test_the_window_fits_a_laptop_screen_and_the_reader_shows_25_lines(
    seeded_store, tmp_path, qtbot
):
    window = open_window(seeded_store, tmp_path / "s.ini", qtbot)
    assert window.compact
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()
    assert window.minimumSizeHint().width() <= LAPTOP.width()
    open_long_report(qtbot, window)
    qtbot.waitUntil(lambda: window.reader_panel.view.visible_line_count() >= 25)
    # The side panels share tabs; every dock is whole inside the window.
    entities = window.docks["Entities"]
    for name in ("Annotations", "Sheets"):
        assert window.docks[name] in window.tabifiedDockWidgets(entities)
    assert window.docks["Search"] in window.tabifiedDockWidgets(window.docks["Library"])
    for dock in window.docks.values():
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            assert window.rect().contains(dock.geometry())


def test_a_desktop_screen_shows_reader_library_and_sheets_together(seeded_store, tmp_path, qtbot):
    window = open_window(seeded_store, tmp_path / "s.ini", qtbot, DESKTOP)
    assert not window.compact
    assert window.width() <= DESKTOP.width() and window.height() <= DESKTOP.height()
    assert window.width() > 1600
    open_long_report(qtbot, window)
    for name in ("Library", "Sheets"):
        dock = window.docks[name]
        assert not dock.visibleRegion().isEmpty() and dock.height() > 250, name
    qtbot.waitUntil(lambda: window.reader_panel.view.visible_line_count() >= 15)


def test_a_geometry_saved_on_a_large_screen_is_fitted_to_a_small_one(seeded_store, tmp_path, qtbot):
    big = open_window(seeded_store, tmp_path / "s.ini", qtbot, DESKTOP)
    big.setGeometry(fitted_rect(DESKTOP))
    big.close()
    small = open_window(seeded_store, tmp_path / "s.ini", qtbot, LAPTOP)
    assert small._layout_restored
    assert small.width() <= LAPTOP.width() and small.height() <= LAPTOP.height()


def test_an_offscreen_laptop_screen_opens_the_window_within_it(seeded_store_path, tmp_path):
    """The real start-up path on a 1366×768 screen (Qt's offscreen platform, configured)."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))  # with window frames
    script = f"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workbench.app import Workbench
from workbench.models.settings import WorkbenchSettings
settings = WorkbenchSettings({str(tmp_path / "s.ini")!r})
workbench = Workbench(Path({str(seeded_store_path)!r}), settings)
workbench.start()
window = workbench.window
app.processEvents()
screen = app.primaryScreen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps([screen.width(), screen.height(), frame.width(), frame.height(),
                  window.minimumSizeHint().width(), window.isMaximized()]))
workbench.close()
"""
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PATH": "/usr/bin:/bin"}
    for key in ("HOME", "XDG_CONFIG_HOME", "WORKBENCH_DATA_DIR", "WORKBENCH_CACHE_DIR"):
        if key in os.environ:
            env[key] = os.environ[key]
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    screen_w, screen_h, width, height, minimum, maximised = facts
    assert (screen_w, screen_h) == (1366, 768)
    assert width <= screen_w and height <= screen_h and minimum <= screen_w
    assert maximised


def test_status_messages_have_room_and_the_title_names_the_store_once(
    seeded_store, tmp_path, qtbot
):
    window = open_window(seeded_store, tmp_path / "s.ini", qtbot)
    status = window.statusBar()
    status.showMessage("Ingested 38 documents from the bundled corpus", 8000)
    assert status.currentMessage().startswith("Ingested")
    permanent = sum(
        w.width() for w in (window.store_label, window.document_label, window.count_label)
    )
    assert permanent < status.width() * 0.6  # the message keeps most of the bar
    assert window.store_label.text() == str(seeded_store.path)  # whole, shown elided
    name = seeded_store.path.name
    assert window.windowTitle().count(name) == 1
    title = window.windowTitle()
    if QApplication.applicationDisplayName() != APP_TITLE:
        assert title.count(APP_TITLE) == 1


def test_help_lists_every_shortcut_from_the_actions(seeded_store, tmp_path, qtbot):
    window = open_window(seeded_store, tmp_path / "s.ini", qtbot)
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)

    def keys(what: str) -> list[str]:
        return (dialog.keys_of(what) or "").split(", ")

    assert "Ctrl+F" in keys("Find in Document")
    assert keys("Find in All Documents") == ["Ctrl+Shift+F"]
    assert "F3" in keys("Find Next") and "Shift+F3" in keys("Find Previous")
    assert keys("Library") == ["Alt+1"]
    # Every action with a shortcut is listed, whoever added it.
    listed = {keys for _what, keys in dialog.rows()}
    for action in window.shortcut_actions():
        shortcut = action.shortcut().toString()
        assert any(shortcut in keys for keys in listed), action.objectName()
    qtbot.keyClicks(dialog.filter_edit, "undo")
    assert [what for what, _keys in dialog.rows()] == ["Undo"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_last_document_reopens_where_it_was_read(seeded_store, tmp_path, qtbot):
    first = open_window(seeded_store, tmp_path / "s.ini", qtbot)
    doc = open_long_report(qtbot, first)
    reader = first.reader_panel
    text = seeded_store.document_text(doc)
    place = text.find("产业集群", len(text) // 2)
    reader.select_span(place, place + 4)
    qtbot.waitUntil(lambda: reader.view.verticalScrollBar().value() > 0)
    saved = reader.reading_position()
    assert saved.start == place and saved.top > 0
    # The Library sorted by date, newest first, and filtered by kind.
    library = first.library_panel
    library.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    library.kind_combo.setCurrentIndex(library.kind_combo.findData("report"))
    sheet = first.sheets_panel.sheet_tabs["capacity"]
    qtbot.keyClicks(sheet.search, "CoWoS")
    first.close()

    second = open_window(seeded_store, tmp_path / "s.ini", qtbot)
    reader = second.reader_panel
    assert reader.document_id == doc
    qtbot.waitUntil(lambda: reader.reading_position() is not None)
    qtbot.waitUntil(lambda: abs(reader.reading_position().top - saved.top) < 200)
    cursor = reader.view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (place, place + 4)
    library = second.library_panel
    header = library.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        4,
        Qt.SortOrder.DescendingOrder,
    )
    assert library.kind_combo.currentData() == "report"
    assert {library.model.row(r).kind for r in range(library.model.rowCount())} == {"report"}
    assert second.sheets_panel.sheet_tabs["capacity"].search.text() == "CoWoS"


@pytest.mark.parametrize("value", ["not a number", "-5"])
def test_a_hand_edited_reading_position_is_ignored_or_clamped(seeded_store, tmp_path, qtbot, value):
    settings = WorkbenchSettings(tmp_path / "s.ini")
    settings.set_last_document(
        seeded_store.path, _position(document_id(seeded_store, CLUSTER_TITLE))
    )
    settings.sync()
    text = (tmp_path / "s.ini").read_text()
    (tmp_path / "s.ini").write_text(text.replace("top=10", f"top={value}"))
    window = open_window(seeded_store, tmp_path / "s.ini", qtbot)
    assert window.reader_panel.document_id == document_id(seeded_store, CLUSTER_TITLE)


def _position(doc: int):
    from workbench.models.settings import ReadingPosition

    return ReadingPosition(doc, 10, 20, 24)
