"""The entity layer the analyst teaches, driven in the window as a user would."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from workbench.app import Workbench
from workbench.core.pipeline import import_paths
from workbench.core.store import Store
from workbench.core.vocabulary import ENTITY_TYPES
from workbench.models.settings import WorkbenchSettings

from .test_reader import backgrounds_at, open_and_settle, select

WAIT_MS = 120_000
NAME = "星澜精工"  # an invented maker no dictionary or rule knows
TEXTS = {
    "星澜简报一.txt": f"{NAME}宣布扩产。公司表示，新厂房明年投产。",
    "星澜简报二.txt": f"据悉，{NAME}与宁德时代签约，合作开发电池结构件。",
}


def _store_with_two_briefs(tmp_path, seeded_store_path) -> tuple:
    db_path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, db_path)
    folder = tmp_path / "briefs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store(db_path) as store:
        report = import_paths(store, [folder])
        documents = sorted(report.new_document_ids)
        found = store.conn.execute(
            "SELECT count(*) FROM mentions WHERE text = ?", (NAME,)
        ).fetchone()[0]
    assert len(documents) == 2 and found == 0  # nothing knows the name yet
    return db_path, documents


def _open(db_path, tmp_path, qtbot) -> Workbench:
    workbench = Workbench(db_path, WorkbenchSettings(db_path.with_suffix(".ini")))
    qtbot.addWidget(workbench.window)
    with qtbot.waitSignal(workbench.ready, timeout=WAIT_MS):
        workbench.start()
    workbench.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workbench.window)
    return workbench


def _open_copy(seeded_store_path, tmp_path, qtbot) -> Workbench:
    db_path = tmp_path / "copy" / "store.sqlite3"
    db_path.parent.mkdir()
    shutil.copy(seeded_store_path, db_path)
    return _open(db_path, tmp_path, qtbot)


def _select_rows(panel, names: list[str]) -> None:
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for name in names:
        row = panel.index_model.row_of(name, "ORG")
        assert row is not None, name
        selection.select(
            panel.index_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_annotating_a_new_company_and_applying_it_finds_it_in_every_document(
    tmp_path, seeded_store_path, qtbot
):
    db_path, (first, second) = _store_with_two_briefs(tmp_path, seeded_store_path)
    workbench = _open(db_path, tmp_path, qtbot)
    try:
        window = workbench.window
        reader, entities = window.reader_panel, window.entities_panel
        open_and_settle(qtbot, reader, first)
        start = reader.model.document.text.index(NAME)
        select(reader, start, start + len(NAME))
        qtbot.keyClick(reader.view, Qt.Key.Key_1)  # 1 = ORG
        conn = workbench.store.conn
        taught = conn.execute(
            "SELECT a.written, e.canonical, e.type, e.source FROM entity_aliases a "
            "JOIN entities e ON e.id = a.entity_id"
        ).fetchall()
        assert [tuple(r) for r in taught] == [(NAME, NAME, "ORG", "analyst")]

        # The lexicon changed; the stored documents wait for the analyst to apply it.
        assert entities.apply_bar.isVisibleTo(entities) and NAME in entities.apply_label.text()
        assert window.apply_lexicon_action.isEnabled()
        reports = []
        workbench.session.lexicon.applied.connect(reports.append)
        with qtbot.waitSignal(workbench.session.lexicon.done, timeout=WAIT_MS):
            qtbot.mouseClick(entities.apply_button, Qt.MouseButton.LeftButton)
        assert set(reports[0].recognised) == {first, second}
        assert not entities.apply_bar.isVisibleTo(entities)
        assert not window.apply_lexicon_action.isEnabled()
        in_second = conn.execute(
            "SELECT type, canonical FROM mentions WHERE document_id = ? AND text = ?",
            (second, NAME),
        ).fetchall()
        assert [tuple(r) for r in in_second] == [("ORG", NAME)]

        # Counted in the Entities panel, and highlighted in the other document.
        qtbot.waitUntil(lambda: entities.index_model.row_of(NAME, "ORG") is not None)
        row = entities.index_model.row_of(NAME, "ORG")
        assert entities.index_model.index(row, 3).data() == "2"
        open_and_settle(qtbot, reader, second)
        at = reader.model.to_qt(reader.model.document.text.index(NAME) + 1)
        assert [(m.text, m.type) for m in reader.model.mentions_at(at)] == [(NAME, "ORG")]
        assert ENTITY_TYPES["ORG"].background in backgrounds_at(reader, at)
    finally:
        workbench.close()

    # A restart finds what was taught, and documents imported later know the name.
    with Store(db_path) as store:
        rows = store.conn.execute(
            "SELECT count(DISTINCT document_id) FROM mentions WHERE text = ?", (NAME,)
        ).fetchone()
        assert rows[0] == 2
        third = tmp_path / "later"
        third.mkdir()
        (third / "后来.txt").write_text(f"{NAME}公布年报。", encoding="utf-8")
        report = import_paths(store, [third])
        (doc,) = report.new_document_ids
        found = store.conn.execute(
            "SELECT type FROM mentions WHERE document_id = ? AND text = ?", (doc, NAME)
        ).fetchall()
        assert [r[0] for r in found] == ["ORG"]


def test_merging_two_entities_in_the_panel_then_undo_and_redo(tmp_path, seeded_store_path, qtbot):
    workbench = _open_copy(seeded_store_path, tmp_path, qtbot)
    try:
        window = workbench.window
        panel = window.entities_panel
        conn = workbench.store.conn
        model = panel.index_model
        count = {e.canonical: e.mentions for e in model._entries.rows if e.type == "ORG"}
        big, small = "台积电", "三星"
        total = count[big] + count[small]
        rows_before = model.total_count()

        _select_rows(panel, [big, small])
        assert panel.merge_action.isEnabled() and not panel.rename_action.isEnabled()
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

        assert model.row_of(small, "ORG") is None and model.total_count() == rows_before - 1
        row = model.row_of(big, "ORG")
        assert model.index(row, 2).data() == f"{total:,}"
        stored = conn.execute(
            "SELECT count(*) FROM mentions WHERE canonical = ? AND type = 'ORG'", (big,)
        ).fetchone()[0]
        assert stored == total
        assert (
            conn.execute("SELECT count(*) FROM entities WHERE canonical = ?", (small,)).fetchone()[
                0
            ]
            == 0
        )
        assert panel.mentions_model.entity == (big, "ORG")
        assert window.undo_action.text() == f"&Undo Merge “{small}” into “{big}”"

        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert model.row_of(small, "ORG") is not None and model.total_count() == rows_before
        assert model.index(model.row_of(small, "ORG"), 2).data() == f"{count[small]:,}"
        assert (
            conn.execute(
                "SELECT count(*) FROM mentions WHERE canonical = ? AND type = 'ORG'", (small,)
            ).fetchone()[0]
            == count[small]
        )

        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert model.row_of(small, "ORG") is None
        assert model.index(model.row_of(big, "ORG"), 2).data() == f"{total:,}"
    finally:
        workbench.close()


def test_renaming_in_a_dialog_and_searching_by_another_name(tmp_path, seeded_store_path, qtbot):
    workbench = _open_copy(seeded_store_path, tmp_path, qtbot)
    try:
        window = workbench.window
        panel = window.entities_panel
        _select_rows(panel, ["台积电"])
        panel.table.setFocus()
        dialog = panel.ask_rename()
        qtbot.waitExposed(dialog)
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Taiwan Semiconductor  Manufacturing")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        new = "Taiwan Semiconductor Manufacturing"  # spaces kept, doubled ones folded
        assert panel.index_model.row_of(new, "ORG") is not None
        # The capacity sheet names the company so at once; how each source wrote it stays.
        tab = window.sheets_panel.tab("capacity")
        shown = [tab.model.record(row) for row in range(tab.model.rowCount())]
        renamed = [r for r in shown if r["company"] == new]
        assert renamed and not [r for r in shown if r["company"] == "台积电"]
        assert {r["company_written"] for r in renamed} >= {"台積電", "TSMC"}
        column = tab.schema.index_of("company")
        row = tab.model.row_of(renamed[0]["id"])
        assert tab.model.index(row, column).data() == new
        assert workbench.store.conn.execute(
            "SELECT count(*) FROM capacity_rows WHERE company = ?", (new,)
        ).fetchone()[0] == len(renamed)
        assert panel.index_model.row_of("台积电", "ORG") is None
        assert (
            workbench.store.conn.execute(
                "SELECT source FROM entities WHERE canonical = ?", (new,)
            ).fetchone()[0]
            == "analyst"
        )

        # Search by a name the entity is written as finds the documents of all of them.
        search = window.search_panel
        search.query_edit.setText("TSMC")
        search.run_search()
        assert "also as" in search.status_label.text()
        widened = search.model.rowCount()
        search.query_edit.setText('"TSMC"')
        search.run_search()
        assert search.model.rowCount() < widened
    finally:
        workbench.close()


def test_a_lexicon_exported_from_one_window_teaches_another_store(
    tmp_path, seeded_store_path, qtbot
):
    db_path, _documents = _store_with_two_briefs(tmp_path, seeded_store_path)
    workbench = _open(db_path, tmp_path, qtbot)
    lexicon_file = tmp_path / "同事的词表.json"
    try:
        panel = workbench.window.entities_panel
        assert panel.add_name(NAME, "ORG")
        assert panel.export_lexicon_to(str(lexicon_file))
        assert lexicon_file.name in panel.message.text()
    finally:
        workbench.close()

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    other = _open_copy(seeded_store_path, tmp_path, qtbot)
    try:
        panel = other.window.entities_panel
        conn = other.store.conn
        assert not panel.import_lexicon_from(str(broken))
        assert "broken.json" in panel.message.text()
        assert conn.execute("SELECT count(*) FROM entity_aliases").fetchone()[0] == 0

        assert panel.import_lexicon_from(str(lexicon_file))
        assert lexicon_file.name in panel.message.text()
        taught = conn.execute(
            "SELECT a.written, e.type FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
        ).fetchall()
        assert [tuple(r) for r in taught] == [(NAME, "ORG")]
        assert panel.apply_bar.isVisibleTo(panel) and NAME in panel.apply_label.text()
        # One undo step takes the whole import back.
        other.session.undo_stack.undo()
        assert conn.execute("SELECT count(*) FROM entity_aliases").fetchone()[0] == 0
    finally:
        other.close()
