"""The main window: docks, menus, layout persistence, first-run ingest, screenshots."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QMessageBox, QPushButton

from workbench.app import Workbench
from workbench.core.store import Store
from workbench.core.store.annotations import annotations_for_document
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views import main_window
from workbench.views.main_window import MainWindow

from ..conftest import ROOT
from .test_reader import open_and_settle, select

PANELS = ("Library", "Search", "Entities", "Annotations")


def _window(store, settings, qtbot, available=None) -> MainWindow:
    window = MainWindow(Session(store), settings, available=available)
    qtbot.addWidget(window)
    window.restore_layout()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    return window


@pytest.fixture
def settings(tmp_path):
    return WorkbenchSettings(tmp_path / "settings.ini")


def test_panels_have_stable_names_and_the_reader_is_central(seeded_store, settings, qtbot):
    window = _window(seeded_store, settings, qtbot)
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert set(PANELS) <= docks
    assert window.centralWidget().objectName() == "Reader"
    for name in PANELS:
        assert window.docks[name].isVisible()
        assert window.dockWidgetArea(window.docks[name]) != Qt.DockWidgetArea.NoDockWidgetArea
    assert window.count_label.text() == "38 documents"
    assert str(seeded_store.path) in window.store_label.text()


def test_view_menu_toggles_a_dock_and_reset_layout_restores_it(seeded_store, settings, qtbot):
    window = _window(seeded_store, settings, qtbot, QRect(0, 0, 1920, 1080))
    assert not window.compact
    view_actions = {a.text().replace("&", ""): a for a in window.view_menu.actions()}
    entities_toggle = view_actions["Entities"]
    assert entities_toggle.isChecked()
    entities_toggle.trigger()
    assert not window.docks["Entities"].isVisible()
    assert not entities_toggle.isChecked()
    entities_toggle.trigger()
    assert window.docks["Entities"].isVisible()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2: Search
    assert not window.docks["Search"].isVisible()
    window.docks["Library"].setFloating(True)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.docks["Entities"])
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.docks["Annotations"])
    view_actions["Reset Layout"].trigger()
    assert all(window.docks[name].isVisible() for name in PANELS)
    assert not window.docks["Library"].isFloating()
    assert window.dockWidgetArea(window.docks["Library"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.docks["Search"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.docks["Annotations"]) == right
    # Library and Search share a tab bar; Entities stand above Annotations.
    assert window.docks["Search"] in window.tabifiedDockWidgets(window.docks["Library"])
    assert window.docks["Entities"].y() < window.docks["Annotations"].y()


def test_layout_is_saved_on_close_and_restored_by_the_next_window(seeded_store, tmp_path, qtbot):
    first = _window(seeded_store, WorkbenchSettings(tmp_path / "s.ini"), qtbot)
    first.docks["Entities"].hide()
    first.removeDockWidget(first.docks["Search"])
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.docks["Search"])
    first.docks["Search"].show()
    first.close()

    second = _window(seeded_store, WorkbenchSettings(tmp_path / "s.ini"), qtbot)
    assert second._layout_restored
    assert not second.docks["Entities"].isVisible()
    assert second.dockWidgetArea(second.docks["Search"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.docks["Library"].isVisible()

    # A window that finds no saved layout uses the default one.
    third = _window(seeded_store, WorkbenchSettings(tmp_path / "other.ini"), qtbot)
    assert not third._layout_restored
    assert third.docks["Entities"].isVisible()


def test_ctrl_shift_f_focuses_the_search_box_even_when_search_was_closed(
    seeded_store, settings, qtbot
):
    window = _window(seeded_store, settings, qtbot)
    window.docks["Search"].close()
    window.activateWindow()
    window.library_panel.table.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.library_panel.table, Qt.Key.Key_F, ctrl_shift)
    assert window.docks["Search"].isVisible()
    qtbot.waitUntil(lambda: window.search_panel.query_edit.hasFocus())


def test_menus_hold_the_standard_commands_with_shortcuts(seeded_store, settings, qtbot):
    window = _window(seeded_store, settings, qtbot)
    bar = window.menuBar()
    menus = {m.title().replace("&", ""): m for m in bar.findChildren(QMenu) if m.title()}
    assert {"File", "Edit", "View", "Help"} <= set(menus)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.find_in_document_action.shortcut().toString() == "Ctrl+F"
    assert window.find_action.shortcut().toString() == "Ctrl+Shift+F"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.redo_action.shortcuts()]
    assert window.undo_action in menus["Edit"].actions()
    assert not window.import_action.isEnabled()  # until importing is wired
    emitted = []
    window.import_requested.connect(lambda: emitted.append(True))
    window.import_action.setEnabled(True)
    window.import_action.trigger()
    assert emitted == [True]


def test_status_bar_shows_the_current_documents_script_and_length(seeded_store, settings, qtbot):
    window = _window(seeded_store, settings, qtbot)
    window.session.document_opened.emit(21)
    assert window.document_label.text() == "Simplified · 38,807 characters"
    window.session.document_opened.emit(1)
    assert window.document_label.text() == "Traditional · 3,726 characters"


def test_first_run_ingests_the_bundled_corpus_in_a_worker_with_progress(tmp_path, qtbot):
    path = tmp_path / "first.sqlite3"
    workbench = Workbench(path, WorkbenchSettings(tmp_path / "s.ini"))
    qtbot.addWidget(workbench.window)
    progress = []
    with qtbot.waitSignal(workbench.ready, timeout=120_000):
        workbench.start()
        assert workbench.task is not None and workbench.task.isRunning()
        workbench.task.progressed.connect(lambda done, total, _m: progress.append((done, total)))
        assert workbench.progress_dialog.isVisible()
    assert not workbench.task.isRunning()
    assert progress and progress[-1][0] == progress[-1][1]
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert not workbench.progress_dialog.isVisible()
    window = workbench.window
    assert window.library_model.rowCount() == 38
    assert window.library_panel.count_label.text() == "38 documents"
    assert window.count_label.text() == "38 documents"
    assert window.entity_index_model.rowCount() > 100
    workbench.close()

    # The next start opens straight on the stored corpus: no task, ready at once.
    again = Workbench(path, WorkbenchSettings(tmp_path / "s.ini"))
    qtbot.addWidget(again.window)
    with qtbot.waitSignal(again.ready, timeout=1000):
        again.start()
    assert again.task is None
    assert again.window.library_model.rowCount() == 38
    again.close()


def test_cancelling_the_first_run_keeps_finished_work_and_the_window_usable(tmp_path, qtbot):
    path = tmp_path / "cancel.sqlite3"
    workbench = Workbench(path, WorkbenchSettings(tmp_path / "s.ini"))
    qtbot.addWidget(workbench.window)
    cancelled = []
    with qtbot.waitSignal(workbench.ready, timeout=120_000):
        workbench.start()
        workbench.task.was_cancelled.connect(lambda: cancelled.append(True))
        button = workbench.progress_dialog.findChild(QPushButton)
        assert button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert cancelled == [True]
    assert "Cancelled" in workbench.window.statusBar().currentMessage()
    with Store(path) as store:
        stored = store.document_count()
    assert stored < 38
    assert workbench.window.library_model.total_count() == stored
    workbench.close()


def test_a_start_finishes_documents_an_earlier_run_left_pending(tmp_path, qtbot, seeded_store_path):
    import shutil

    from workbench.core.pipeline import pending_documents

    path = tmp_path / "pending.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        store.conn.execute("DELETE FROM recognition_runs WHERE document_id IN (3, 30)")
        store.conn.execute("DELETE FROM extraction_runs WHERE document_id = 7")
        assert sorted(pending_documents(store.conn)) == [3, 7, 30]
    workbench = Workbench(path, WorkbenchSettings(tmp_path / "s.ini"))
    qtbot.addWidget(workbench.window)
    with qtbot.waitSignal(workbench.ready, timeout=120_000):
        workbench.start()
        assert workbench.task is not None
    assert "Finished 3 documents" in workbench.window.statusBar().currentMessage()
    assert pending_documents(workbench.store.conn) == []
    workbench.close()


def test_an_unreadable_store_is_reported_naming_the_file(tmp_path, monkeypatch):
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not a database, just bytes" * 100)
    shown = []
    import workbench.app as app_module

    monkeypatch.setattr(
        app_module, "show_error", lambda _p, title, text: shown.append((title, text))
    )
    assert app_module.main(bad) == 1
    assert shown and shown[0][0] == "Cannot open the store"
    assert "broken.sqlite3" in shown[0][1]


def test_screenshot_option_writes_a_png_and_exits_zero(seeded_store_path, tmp_path):
    db = tmp_path / "shot.sqlite3"
    shutil.copy(seeded_store_path, db)
    png = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), "--screenshot", str(png)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def test_edits_waiting_for_a_busy_store_are_shown_and_closing_asks_before_losing_them(
    seeded_store, settings, qtbot, monkeypatch
):
    monkeypatch.setattr(main_window, "CLOSE_WAIT_SECONDS", 0.05)
    window = _window(seeded_store, settings, qtbot)
    reader = window.reader_panel
    doc = seeded_store.conn.execute("SELECT min(id) FROM documents").fetchone()[0]
    open_and_settle(qtbot, reader, doc)
    other = sqlite3.connect(seeded_store.path)
    other.execute("BEGIN IMMEDIATE")  # an import or another window holds the lock
    try:
        select(reader, 0, 4)
        reader.view.setFocus()
        qtbot.keyClick(reader.view, Qt.Key.Key_1)
        assert window.waiting_label.isVisible()
        assert window.waiting_label.text() == "1 edit not saved yet: the store is busy"

        def answer(button, release=False):
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and "1 edit could not be saved" in box.text()
            if release:
                other.rollback()
            box.button(button).click()

        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
        window.close()
        assert window.isVisible() and window.session.runner.waiting_count == 1
        assert annotations_for_document(seeded_store.conn, doc) == []
        # The writer finishes while the question is open: Retry saves, then the window closes.
        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Retry, release=True))
        window.close()
    finally:
        other.rollback()
        other.close()
    assert not window.isVisible()
    [stored] = annotations_for_document(seeded_store.conn, doc)
    assert (stored.start, stored.end) == (0, 4)
