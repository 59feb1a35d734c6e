"""The window on a team store (PostgreSQL): named by its address and role, connected to
from File > Connect to Team Store… and remembered, edited as a file is, and read-only
for a role that may only read."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
)

from tests.postgres_server import fresh_database, seeded_team_database, server_url
from workbench.app import Workbench
from workbench.core.operations.annotations import annotate
from workbench.core.operations.sheets import edit_cell
from workbench.core.sheets import CAPACITY
from workbench.core.store import Store
from workbench.core.store.team_address import TeamStoreAddress
from workbench.models.settings import WorkbenchSettings
from workbench.views.connect_dialog import ConnectDialog

from .test_reader import open_and_settle, point_of
from .test_sheets_panel import _commit, _edit, _open_editor

__all__ = ["seeded_team_database"]

WAIT_MS = 60_000


@pytest.fixture
def team_store(seeded_team_database) -> str:
    with fresh_database(server_url(), template=seeded_team_database) as url:
        yield url


def _open(qtbot, url, settings) -> Workbench:
    workbench = Workbench(url, settings)
    qtbot.addWidget(workbench.window)
    with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
        workbench.start()
    workbench.window.resize(1600, 1000)
    qtbot.waitExposed(workbench.window)
    workbench.window.activateWindow()  # keys and the cell editor's focus go to it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workbench.window)
    return workbench


def _capacity_sheet(qtbot, window, rows: int):
    """The window's capacity sheet on screen, once it lists ``rows`` rows."""
    window.show_panel("Sheets")
    tab = window.sheets_panel.tab("capacity")
    window.sheets_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= rows, timeout=WAIT_MS)
    return tab


def _stored(url: str, sql: str, *params):
    """What the server holds, read by another connection: what was committed."""
    with psycopg.connect(url) as conn:
        return conn.execute(sql, params).fetchall()


def test_the_window_names_the_team_store_and_saves_an_edit_to_the_server(
    team_store, tmp_path, qtbot
):
    address = TeamStoreAddress.parse(team_store)
    workbench = _open(qtbot, team_store, WorkbenchSettings(tmp_path / "s.ini"))
    try:
        window = workbench.window
        assert window.windowTitle().startswith(address.label())
        label = window.statusBar().findChild(QLabel, "StatusStore")
        assert label.toolTip() == f"Team store {team_store}, as PostgreSQL role workbench"
        assert workbench.task is None  # the store holds documents: nothing to ingest
        assert window.count_label.text() == "38 documents"

        tab = _capacity_sheet(qtbot, window, rows=2)
        row_id = tab.model.row_id(0)
        tab.table.scrollTo(tab.model.index(0, CAPACITY.index_of("site")))
        _edit(qtbot, tab, 0, "site", "二期工厂")
        assert tab.model.index(0, CAPACITY.index_of("site")).data() == "二期工厂"
        tip = tab.model.index(0, CAPACITY.index_of("site")).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.endswith("Last written by workbench")  # the role, recorded by the server
        assert _stored(
            team_store, "SELECT site, review FROM capacity_rows WHERE id = %s", row_id
        ) == [("二期工厂", "edited")]
        workbench.session.undo_stack.undo()
        assert _stored(team_store, "SELECT site FROM capacity_rows WHERE id = %s", row_id) != [
            ("二期工厂",)
        ]
    finally:
        workbench.close()


def test_connect_to_team_store_opens_it_in_a_window_of_its_own_and_remembers_it(
    team_store, seeded_store_path, tmp_path, qtbot
):
    settings = WorkbenchSettings(tmp_path / "s.ini")
    local = tmp_path / "local.sqlite3"
    local.write_bytes(seeded_store_path.read_bytes())
    workbench = _open(qtbot, local, settings)
    try:
        window = workbench.window
        assert window.connect_team_store_action in window.menuBar().actions()[0].menu().actions()
        window.connect_team_store_action.trigger()
        dialog = window.findChild(ConnectDialog)
        assert dialog is not None and dialog.isVisible()
        address = TeamStoreAddress.parse(team_store)
        connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not connect.isEnabled()  # no database named yet
        dialog.host_edit.setText(address.host)
        qtbot.keyClicks(dialog.database_edit, address.database)
        qtbot.keyClicks(dialog.user_edit, address.user)
        assert connect.isEnabled()
        qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: len(workbench.others) == 1 and workbench.others[0].is_ready, timeout=WAIT_MS
        )
        other = workbench.others[0]
        assert other.store.is_team_store and other.store.location == address.url()
        assert other.window.windowTitle().startswith(address.label())
        assert [a.url() for a in settings.recent_team_stores()] == [address.url()]

        window.connect_team_store_action.trigger()
        again = [d for d in window.findChildren(ConnectDialog) if d.isVisible()][-1]
        assert again.recent_combo.isVisible() and again.recent_combo.currentText() == (
            address.label()
        )
        assert again.database_edit.text() == address.database
        again.reject()
    finally:
        workbench.close()


def test_a_role_that_may_only_read_gets_a_read_only_window(team_store, tmp_path, qtbot):
    address = TeamStoreAddress.parse(team_store)
    reader = f"reader_{address.database[-12:]}"
    with psycopg.connect(team_store, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {reader} LOGIN")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
    url = dataclasses.replace(address, user=reader).url()
    try:
        workbench = _open(qtbot, url, WorkbenchSettings(tmp_path / "s.ini"))
        try:
            window = workbench.window
            assert window.windowTitle().startswith(f"{reader}@")
            assert "(Read-only)" in window.windowTitle()
            badge = window.statusBar().findChild(QLabel, "StatusReadOnly")
            assert badge is not None and f"the role {reader} may only read it" in badge.toolTip()
            assert not window.import_action.isEnabled()
            tab = _capacity_sheet(qtbot, window, rows=1)
            index = tab.model.index(0, CAPACITY.index_of("company"))
            tab.table.setFocus()
            tab.table.setCurrentIndex(index)
            qtbot.keyClick(tab.table, Qt.Key.Key_F2)
            assert tab.table.state() != QAbstractItemView.State.EditingState
        finally:
            workbench.close()
    finally:
        with psycopg.connect(team_store, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {reader}")
            conn.execute(f"DROP ROLE {reader}")


@pytest.mark.parametrize("choice", ["Use Mine", "Keep Theirs"])
def test_a_cell_a_colleague_changed_meanwhile_shows_both_values_and_the_analyst_chooses(
    team_store, tmp_path, qtbot, choice
):
    workbench = _open(qtbot, team_store, WorkbenchSettings(tmp_path / "s.ini"))
    try:
        window = workbench.window
        tab = _capacity_sheet(qtbot, window, rows=2)
        row_id = tab.model.row_id(0)
        site = tab.model.index(0, CAPACITY.index_of("site"))
        tab.table.scrollTo(site)
        # The analyst opens the cell and types...
        editor = _open_editor(qtbot, tab, 0, "site")
        editor.selectAll()
        editor.insert("二期工厂")
        # ... while a colleague, in a window of their own, writes the same cell, which
        # this window hears of and redraws without closing the editor.
        with Store(team_store) as colleague:
            edit_cell(colleague, CAPACITY, row_id, "site", "三期工厂")
        qtbot.waitUntil(lambda: tab.model.record(0)["site"] == "三期工厂", timeout=5000)
        assert tab.table.state() == QAbstractItemView.State.EditingState
        _commit(qtbot, tab, 0)
        qtbot.waitUntil(lambda: tab.conflict_box is not None and tab.conflict_box.isVisible())
        box = tab.conflict_box
        assert "Theirs: “三期工厂”" in box.text() and "Yours: “二期工厂”" in box.text()
        assert box.text().startswith("workbench changed Site / plant of this row")
        stored = "SELECT site FROM capacity_rows WHERE id = %s"
        assert _stored(team_store, stored, row_id) == [("三期工厂",)]  # nothing overwritten
        assert site.data() == "三期工厂"  # the row shows theirs while the analyst chooses
        assert tab.table.state() != QAbstractItemView.State.EditingState  # nothing reopened

        button = next(b for b in box.buttons() if b.text() == choice)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.conflict_box is None)
        expected = "二期工厂" if choice == "Use Mine" else "三期工厂"
        assert _stored(team_store, stored, row_id) == [(expected,)]
        qtbot.waitUntil(lambda: tab.model.index(0, CAPACITY.index_of("site")).data() == expected)
        assert tab.message.isVisible()
    finally:
        workbench.close()


def test_a_colleagues_edits_reach_the_open_window_without_closing_the_cell_being_edited(
    team_store, tmp_path, qtbot
):
    workbench = _open(qtbot, team_store, WorkbenchSettings(tmp_path / "s.ini"))
    try:
        window = workbench.window
        tab = _capacity_sheet(qtbot, window, rows=3)
        theirs, mine = tab.model.row_id(1), tab.model.row_id(0)
        note = CAPACITY.index_of("note")
        tab.table.scrollTo(tab.model.index(0, note))
        workbench.session.request_document(1)  # the Annotations panel lists its annotations
        # The analyst is typing in row 0's note...
        editor = _open_editor(qtbot, tab, 0, "note")
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, "checking")
        # ... while a colleague edits row 1 and annotates a document.
        with Store(team_store) as colleague:
            edit_cell(colleague, CAPACITY, theirs, "note", "核实过")
            annotate(colleague, document_id=1, start=0, end=2, type_="ORG", note="同事")
        qtbot.waitUntil(lambda: tab.model.index(1, note).data() == "核实过", timeout=5000)
        panel = window.annotations_panel
        qtbot.waitUntil(
            lambda: (
                "同事"
                in [
                    panel.model.index(r, c).data()
                    for r in range(panel.model.rowCount())
                    for c in range(panel.model.columnCount())
                ]
            ),
            timeout=5000,
        )
        made = next(
            panel.model.index(r, 3)
            for r in range(panel.model.rowCount())
            if panel.model.index(r, 3).data() == "同事"
        )
        assert made.data(Qt.ItemDataRole.ToolTipRole).endswith("Made by workbench")
        # The editor is still open on row 0, with what the analyst typed.
        assert tab.table.state() == QAbstractItemView.State.EditingState
        assert editor.text().endswith("checking")
        _commit(qtbot, tab, 0)
        assert _stored(team_store, "SELECT note FROM capacity_rows WHERE id = %s", mine)[0][
            0
        ].endswith("checking")
    finally:
        workbench.close()


def test_a_mention_accepted_on_a_team_store_says_who_accepted_it(team_store, tmp_path, qtbot):
    workbench = _open(qtbot, team_store, WorkbenchSettings(tmp_path / "s.ini"))
    try:
        reader = workbench.window.reader_panel
        conn = workbench.session.store.conn
        doc, text = conn.execute(
            "SELECT id, text FROM documents WHERE title = '台積電透露未來計畫'"
        ).fetchone()
        org = text.find("台積電")
        open_and_settle(qtbot, reader, doc)
        assert "accepted" not in reader.view.tooltip_at(point_of(reader, org + 1))
        menu = reader.view.build_context_menu(point_of(reader, org + 1))
        next(a for a in menu.actions() if a.text().startswith("Accept ORG")).trigger()
        menu.deleteLater()
        qtbot.waitUntil(
            lambda: "accepted by workbench" in reader.view.tooltip_at(point_of(reader, org + 1)),
            timeout=WAIT_MS,
        )
        assert _stored(
            team_store,
            "SELECT verdict, reviewed_by FROM mention_reviews WHERE document_id = %s "
            "AND start = %s",
            doc,
            org,
        ) == [("accepted", "workbench")]
    finally:
        workbench.close()


def test_an_older_team_store_is_upgraded_on_a_worker_behind_a_dialog(
    team_store, tmp_path, qtbot, monkeypatch
):
    from workbench import app as app_module
    from workbench.core.store import migrations as migrations_module
    from workbench.core.store.migration_set import Migration

    def on_sqlite(db):  # only the team store is opened here
        raise AssertionError("not run on a store file")

    later = Migration(
        "0099_watch_lists", on_sqlite, postgres="CREATE TABLE watch_lists (name text PRIMARY KEY)"
    )
    monkeypatch.setattr(
        migrations_module.migrations,
        "_migrations",
        [*migrations_module.migrations._migrations, later],
    )
    monkeypatch.setattr(app_module, "show_error", lambda _p, *text: pytest.fail(str(text)))
    opening = app_module.StoreOpening(team_store, WorkbenchSettings(tmp_path / "s.ini"))
    with qtbot.waitSignal(opening.ended, timeout=WAIT_MS) as ended:
        opening.begin()
        dialog = opening.progress_dialog
        assert dialog.objectName() == "ConnectProgressDialog" and dialog.isVisible()
        name = TeamStoreAddress.parse(team_store).label()
        assert dialog.windowTitle() == f"Connecting to {name}…"
    workbench = ended.args[0]
    qtbot.addWidget(workbench.window)
    try:
        shown: list[str] = []
        workbench.window.statusBar().messageChanged.connect(shown.append)
        with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
            workbench.start()
        assert shown[0].startswith(f"{name}: upgraded from schema ") and shown[0].endswith(
            " to 0099"
        )
        assert _stored(team_store, "SELECT count(*) FROM watch_lists") == [(0,)]
        # The window uses the worker's connection (which made the upgrade), not a second.
        assert workbench.store is opening.task.result and workbench.store.upgrade is not None
    finally:
        workbench.close()


def test_a_server_that_cannot_be_reached_is_named_and_no_window_opens(tmp_path, qtbot, monkeypatch):
    from workbench import app as app_module

    errors = []
    monkeypatch.setattr(app_module, "show_error", lambda _p, *text: errors.append(text))
    url = f"postgresql://analyst@/research?host={tmp_path}/no-server-here"
    opening = app_module.StoreOpening(url, WorkbenchSettings(tmp_path / "s.ini"))
    with qtbot.waitSignal(opening.ended, timeout=WAIT_MS) as ended:
        opening.begin()
    assert ended.args == [None]
    ((title, message),) = errors
    assert title == "Cannot open the store"
    assert message.startswith("analyst@") and ": cannot connect (" in message


def test_cancel_while_connecting_opens_no_window(team_store, tmp_path, qtbot, monkeypatch):
    import threading

    from PySide6.QtWidgets import QPushButton

    from workbench import app as app_module
    from workbench.core.store import postgres_open

    released, reached = threading.Event(), threading.Event()
    real = postgres_open.prepare_team_store

    def slow_server(url, progress=None):
        reached.set()
        released.wait(WAIT_MS / 1000)
        return real(url, progress)

    monkeypatch.setattr(postgres_open, "prepare_team_store", slow_server)
    notices = []
    monkeypatch.setattr(app_module, "show_notice", lambda _p, *text: notices.append(text))
    opening = app_module.StoreOpening(team_store, WorkbenchSettings(tmp_path / "s.ini"))
    with qtbot.waitSignal(opening.ended, timeout=WAIT_MS) as ended:
        opening.begin()
        qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
        cancel = opening.progress_dialog.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        released.set()
    assert ended.args == [None]
    name = TeamStoreAddress.parse(team_store).label()
    assert notices == [("Not connected", f"The connection to {name} was cancelled.")]
