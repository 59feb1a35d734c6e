"""A store from an older version is upgraded on a worker before the window uses it.

The copy kept of the store and its migrations take time in proportion to its size
(about 70 s at 38,000 documents), so they run behind a progress dialog naming the
store, the schema it is upgraded from and each phase; Cancel leaves the store as
it was, byte for byte, and opens nothing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

import workbench.app as app_module
from tests.data import make_store_v1 as v1
from tests.old_stores import as_schema_0010
from workbench.app import StoreOpening, Workbench
from workbench.core.store import database
from workbench.core.store.migrations import migrations
from workbench.models.settings import WorkbenchSettings

FROZEN = Path(v1.__file__).with_name("store_v1.sqlite3")
WAIT_MS = 120_000


@pytest.fixture
def old_store_path(tmp_path) -> Path:
    folder = tmp_path / "stores"
    folder.mkdir()
    path = folder / "old.sqlite3"
    shutil.copy(FROZEN, path)
    return path


@pytest.fixture
def settings(tmp_path):
    return WorkbenchSettings(tmp_path / "settings.ini")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        conn.close()


class HoldAt:
    """Holds the upgrade's worker as migration ``name`` starts, until released, so the
    test can press Cancel while it runs; the migration then starts, and SQLite's
    progress handler interrupts its first statement."""

    def __init__(self, monkeypatch, name: str):
        self.reached = threading.Event()
        self.released = threading.Event()
        real = database._Watch.migration

        def migration(watch, index: int, count: int, migration_name: str) -> None:
            if migration_name == name:
                watch.progress.report(0, 1, f"Migration {index + 1} of {count}: {name}")
                self.reached.set()
                assert self.released.wait(WAIT_MS / 1000)
                self.cancelled_then = watch.progress.cancelled()
                # Past the check before it: the cancel must stop the migration itself.
                original_check = watch.progress.check
                watch.progress.check = lambda: None
                try:
                    real(watch, index, count, migration_name)
                finally:
                    watch.progress.check = original_check
                return
            real(watch, index, count, migration_name)

        monkeypatch.setattr(database._Watch, "migration", migration)
        monkeypatch.setattr(database, "PROGRESS_INSTRUCTIONS", 1)


def _gone(dialog: QProgressDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _cancel_button(dialog: QProgressDialog) -> QPushButton:
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    return button


def test_an_old_store_is_upgraded_behind_a_progress_dialog_then_the_window_opens_on_it(
    old_store_path, settings, qtbot
):
    opening = StoreOpening(old_store_path, settings)
    messages: list[str] = []
    with qtbot.waitSignal(opening.ended, timeout=WAIT_MS) as ended:
        opening.begin()
        dialog = opening.progress_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == "Upgrading old.sqlite3 from schema 0002…"
        opening.task.progressed.connect(lambda _d, _t, message: messages.append(message))
        labels: list[str] = []
        opening.task.progressed.connect(lambda *_: labels.append(dialog.labelText()))
    workbench = ended.args[0]
    assert isinstance(workbench, Workbench)
    qtbot.addWidget(workbench.window)
    try:
        # The dialog said what was being done, phase by phase.
        assert messages[0].startswith("Copying the store to old.sqlite3.before-0003.bak: ")
        assert any(m.startswith("Migration ") and "0011_entity_counts" in m for m in messages)
        assert labels and labels[0].startswith("Upgrading old.sqlite3 from schema 0002…\n")
        window = workbench.window
        shown: list[str] = []
        window.statusBar().messageChanged.connect(shown.append)
        with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
            workbench.start()
        assert shown[0] == workbench.upgrade.message
        assert workbench.upgrade.message.startswith("old.sqlite3: upgraded from schema 0002 to ")
        qtbot.waitUntil(lambda: _gone(dialog))
        assert window.isVisible()
        # The old documents are listed (with the bundled corpus the first run finishes).
        stored = workbench.store.document_count()
        assert stored >= len(v1.DOCUMENTS) and window.library_model.rowCount() == stored
        assert workbench.upgrade.backup == old_store_path.with_name("old.sqlite3.before-0003.bak")
        assert workbench.store.upgrade is None  # the window's own open found it upgraded
        assert migrations.pending(workbench.store.db) == []
        assert _applied(old_store_path) == [m.name for m in migrations._migrations]
        assert workbench.upgrade.backup.exists()
    finally:
        workbench.close()


def test_cancel_during_a_migration_leaves_the_store_as_it_was_and_opens_nothing(
    old_store_path, settings, qtbot, monkeypatch
):
    hold = HoldAt(monkeypatch, "0011_entity_counts")
    notices = []
    monkeypatch.setattr(app_module, "show_notice", lambda _p, *text: notices.append(text))
    monkeypatch.setattr(app_module, "show_error", lambda _p, *text: pytest.fail(str(text)))
    before, rows = _digest(old_store_path), _rows(old_store_path)
    opening = StoreOpening(old_store_path, settings)
    with qtbot.waitSignal(opening.ended, timeout=WAIT_MS) as ended:
        opening.begin()
        dialog = opening.progress_dialog
        qtbot.waitUntil(hold.reached.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "0011_entity_counts" in dialog.labelText())
        qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
        assert "Cancelling" in dialog.labelText()
        hold.released.set()
    assert ended.args == [None]
    assert hold.cancelled_then
    assert notices == [
        (
            "The store was not upgraded",
            "old.sqlite3 is as it was (schema 0002); this version of the workbench "
            "opens it once it is upgraded.",
        )
    ]
    qtbot.waitUntil(lambda: _gone(dialog))
    # The store: the same bytes, the same rows, the same schema; no copy left over.
    assert _digest(old_store_path) == before
    assert _rows(old_store_path) == rows
    assert _applied(old_store_path) == list(v1.FIRST_RELEASE)
    assert sorted(p.name for p in old_store_path.parent.iterdir()) == ["old.sqlite3"]


def test_cancel_at_start_quits_without_a_window_and_the_store_as_it_was(
    old_store_path, qtbot, monkeypatch
):
    hold = HoldAt(monkeypatch, "0010_bigram_search_index")
    notices = []
    monkeypatch.setattr(app_module, "show_notice", lambda _p, *text: notices.append(text))
    before = _digest(old_store_path)
    windows_before = set(QApplication.topLevelWidgets())

    def press_cancel() -> None:  # as the analyst would, once the dialog shows the migration
        if not hold.reached.is_set():
            QTimer.singleShot(10, press_cancel)
            return
        [dialog] = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == "UpgradeProgressDialog"
        ]
        assert dialog.isVisible() and dialog.windowTitle().startswith("Upgrading old.sqlite3")
        qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
        hold.released.set()

    QTimer.singleShot(0, press_cancel)
    assert app_module.main(old_store_path) == 1
    assert notices and notices[0][0] == "The store was not upgraded"
    assert _digest(old_store_path) == before
    assert _applied(old_store_path) == list(v1.FIRST_RELEASE)
    assert sorted(p.name for p in old_store_path.parent.iterdir()) == ["old.sqlite3"]
    QApplication.sendPostedEvents()
    shown = [w for w in set(QApplication.topLevelWidgets()) - windows_before if w.isVisible()]
    assert shown == []  # no window was opened on the store


def test_file_open_store_upgrades_the_other_store_and_opens_a_window_on_it(
    seeded_store_path, tmp_path, settings, qtbot
):
    current = tmp_path / "current.sqlite3"
    shutil.copy(seeded_store_path, current)
    other_path = tmp_path / "older.sqlite3"
    shutil.copy(seeded_store_path, other_path)
    as_schema_0010(other_path)
    counts_before = _rows(other_path)["mentions"]
    workbench = Workbench(current, settings)
    qtbot.addWidget(workbench.window)
    try:
        with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
            workbench.start()
        workbench.window.open_store_requested.emit(other_path)
        [opening] = workbench.openings
        dialog = opening.progress_dialog
        assert dialog.parent() is workbench.window and dialog.isVisible()
        qtbot.waitUntil(lambda: len(workbench.others) == 1, timeout=WAIT_MS)
        [other] = workbench.others
        qtbot.addWidget(other.window)
        assert other.is_ready  # nothing left to finish: ready at once
        assert workbench.openings == []
        assert other.window.isVisible() and other.store.path == other_path
        assert migrations.pending(other.store.db) == []
        assert dialog.windowTitle() == "Upgrading older.sqlite3 from schema 0010…"
        # The entity index filled by 0011, shown in the new window.
        assert other.window.entity_index_model.rowCount() > 100
        assert _rows(other_path)["mentions"] == counts_before
        assert workbench.window.isVisible()  # the first window stays as it was
    finally:
        workbench.close()
