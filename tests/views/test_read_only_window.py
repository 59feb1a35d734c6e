"""The window on a store that cannot be written, and on one that cannot be opened.

A store on a read-only disk opens for reading: the title and the status bar say
"Read-only", every editing control stays disabled whatever is selected, and an
edit tried anyway (a key in the reader, a cell in a sheet) changes nothing and
says why.  A damaged store is reported in a dialog at start, naming the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox

from tests.read_only import read_only_mount
from workbench.app import Workbench
from workbench.core.sheets import CAPACITY
from workbench.models.settings import WorkbenchSettings

from .. import sheet_fixtures
from .test_reader import open_and_settle, point_of, select

extracted_store_path = sheet_fixtures.extracted_store_path

WAIT_MS = 60_000


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def workbench_on_read_only_disk(tmp_path, store_path, qtbot):
    """A workbench (not started) on a copy of ``store_path`` on a read-only mount."""
    folder = tmp_path / "disk"
    folder.mkdir()
    path = folder / "store.sqlite3"
    shutil.copy(store_path, path)
    before = digest(path)
    with read_only_mount(folder):
        workbench = Workbench(path, WorkbenchSettings(tmp_path / "settings.ini"))
        qtbot.addWidget(workbench.window)
        try:
            yield workbench
        finally:
            workbench.close()
    assert digest(path) == before  # whatever the test tried, the store is as it was


@pytest.fixture
def read_only_workbench(tmp_path, extracted_store_path, qtbot):
    with workbench_on_read_only_disk(tmp_path, extracted_store_path, qtbot) as workbench:
        with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
            workbench.start()
        workbench.window.resize(1600, 1000)
        qtbot.waitExposed(workbench.window)
        yield workbench


def test_a_large_store_on_a_read_only_disk_is_checked_after_the_paint(
    tmp_path, extracted_store_path, qtbot, monkeypatch
):
    from workbench.core.store import database

    monkeypatch.setattr(database, "QUICK_CHECK_ON_OPEN_BYTES", 0)
    with workbench_on_read_only_disk(tmp_path, extracted_store_path, qtbot) as workbench:
        assert workbench.store.read_only and workbench.store.check_pending
        with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
            workbench.start()
        assert workbench.store.checked and not workbench.store.check_pending
        assert workbench.window.isVisible()


def test_the_window_says_read_only_and_offers_no_edit(read_only_workbench, qtbot):
    window = read_only_workbench.window
    assert read_only_workbench.store.read_only
    assert window.windowTitle().startswith("store.sqlite3 (Read-only)")
    badge = window.statusBar().findChild(QLabel, "StatusReadOnly")
    assert badge is not None and badge.isVisible() and badge.text() == "Read-only"
    assert "it is on a read-only disk" in badge.toolTip()
    for action in (
        window.import_action,
        window.import_lexicon_action,
        window.apply_lexicon_action,
        window.reprocess_action,
    ):
        assert not action.isEnabled(), action.text()
    # Nothing was started on the store: no ingest, no resume.
    assert read_only_workbench.task is None

    # Selecting entities would enable rename and merge: they stay disabled.
    entities = window.entities_panel
    window.show_panel("Entities")
    qtbot.waitUntil(lambda: entities.index_model.rowCount() >= 2, timeout=WAIT_MS)
    entities.table.setFocus()
    entities.table.selectRow(0)
    qtbot.keyClick(entities.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(entities.selected_entries()) == 2
    for control in (
        entities.rename_action,
        entities.merge_action,
        entities.never_action,
        entities.type_button,
        entities.split_button,
    ):
        assert not control.isEnabled()
    # F2 (rename) and Ctrl+M (merge) do nothing.
    qtbot.keyClick(entities.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None


def test_a_sheet_cell_does_not_open_for_editing(read_only_workbench, qtbot):
    window = read_only_workbench.window
    conn = read_only_workbench.store.conn
    window.show_panel("Sheets")
    tab = window.sheets_panel.tab("capacity")
    window.sheets_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT_MS)
    assert not any(
        b.isEnabled()
        for b in (tab.add_button, tab.delete_button, tab.confirm_button, tab.reject_button)
    )
    assert tab.export_button.isEnabled()  # exporting reads only
    before = conn.execute("SELECT * FROM capacity_rows ORDER BY id").fetchall()
    index = tab.model.index(0, CAPACITY.index_of("company"))
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    rect = tab.table.visualRect(index)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.table.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(tab.table, Qt.Key.Key_C)  # confirm
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert conn.execute("SELECT * FROM capacity_rows ORDER BY id").fetchall() == before


def test_annotating_in_the_reader_is_refused_saying_why(read_only_workbench, qtbot):
    window = read_only_workbench.window
    conn = read_only_workbench.store.conn
    reader = window.reader_panel
    count = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    open_and_settle(qtbot, reader, 1)
    select(reader, 0, 4)
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_1)  # annotate the selection
    assert reader.message.isVisible()
    assert reader.message.text() == (
        "Cannot annotate: store.sqlite3 is read-only (it is on a read-only disk); "
        "nothing was changed"
    )
    assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == count
    # The hint line says why, and right-click offers only reading (copy, select all).
    assert reader.key_hint.text().startswith("This store is read-only")
    menu = reader.view.build_context_menu(point_of(reader, 2))
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    assert labels and not any("nnotat" in t or "Never" in t or "Accept" in t for t in labels)
    # Nor does the Library offer to recognise the documents again.
    library = window.library_panel
    library.table.selectRow(0)
    menu = library.build_context_menu(library.table.visualRect(library.model.index(0, 0)).center())
    reprocess = next(a for a in menu.actions() if a.objectName() == "reprocessDocuments")
    menu.deleteLater()
    assert not reprocess.isEnabled()


def test_a_damaged_store_is_reported_in_a_dialog_at_start(seeded_store_path, tmp_path, qapp):
    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    pages = path.stat().st_size // page_size
    with path.open("r+b") as file:
        file.seek((pages // 2) * page_size)
        file.write(random.Random(3).randbytes(8 * page_size))
    before = digest(path)
    [(name, title, text, _windows)] = _dialogs_of_a_failed_start(path)
    assert (name, title) == ("ErrorDialog", "Cannot open the store")
    assert text.startswith("store.sqlite3 is damaged (")
    assert "nothing was written to it" in text
    assert digest(path) == before


def test_a_large_damaged_store_opens_then_is_reported_once_checked(
    seeded_store_path, tmp_path, qapp, monkeypatch
):
    """A large store's check runs after the first paint: the window is up when the
    damage is found, says so in the same dialog, and closes; nothing was written."""
    from workbench.core.store import database

    monkeypatch.setattr(database, "QUICK_CHECK_ON_OPEN_BYTES", 0)
    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    with path.open("r+b") as file:  # an index page no panel reads before the check
        file.seek(_page_of_index(path, "imports_file_hash") * _page_size(path))
        file.write(random.Random(3).randbytes(_page_size(path)))
    before = digest(path)
    [(name, title, text, windows)] = _dialogs_of_a_failed_start(path)
    assert (name, title) == ("ErrorDialog", "Cannot open the store")
    assert text.startswith("store.sqlite3 is damaged (")
    assert "nothing was written to it" in text
    assert windows == [True]  # the window was up before the check ended
    assert digest(path) == before


def _dialogs_of_a_failed_start(path) -> list[tuple[str, str, str, list[bool]]]:
    """Start the workbench on ``path`` (it must end with 1), answering each dialog
    with OK: its name, title and text, and whether a main window was visible then."""
    import workbench.app as app_module

    seen = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        windows = [
            w.isVisible() for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"
        ]
        seen.append((box.objectName(), box.text(), box.informativeText(), windows))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    assert app_module.main(path) == 1
    return seen


def _page_size(path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _page_of_index(path, name: str) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
    finally:
        conn.close()
    return root - 1
