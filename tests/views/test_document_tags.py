"""The analyst's own tags in the Library: add (Ctrl+T), filter, remove, undo, export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from workbench.core.store.tags import tags_by_document, tags_of
from workbench.models.library_model import COLUMN, LibraryModel
from workbench.models.session import Session
from workbench.views.library_panel import LibraryPanel

from .test_reader import CLUSTER_TITLE, TSMC_TITLE, document_id


@pytest.fixture
def library(seeded_store, qtbot):
    session = Session(seeded_store)
    panel = LibraryPanel(LibraryModel(session), session)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    yield session, panel
    session.undo_stack.clear()


def choose(panel: LibraryPanel, *document_ids: int) -> None:
    selection = panel.table.selectionModel()
    selection.clear()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for doc in document_ids:
        selection.select(panel.model.index(panel.model.row_of_document(doc), 0), flags)
    panel.table.setFocus()


def shown_tags(panel: LibraryPanel, doc: int) -> str:
    return panel.model.index(panel.model.row_of_document(doc), COLUMN["my_tags"]).data()


def add_tag_by_keyboard(qtbot, panel: LibraryPanel, tag: str) -> None:
    qtbot.keyClick(panel.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    shown = [d for d in panel.findChildren(QInputDialog, "AddTagDialog") if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    dialog.setTextValue(tag)
    dialog.accept()


def test_tags_are_added_filtered_removed_and_undone(library, qtbot):
    session, panel = library
    store = session.store
    report, article = document_id(store, CLUSTER_TITLE), document_id(store, TSMC_TITLE)
    choose(panel, report, article)
    add_tag_by_keyboard(qtbot, panel, "  待 核实 ")
    assert tags_of(store.conn, report) == ["待 核实"] == tags_of(store.conn, article)
    assert shown_tags(panel, report) == "待 核实"

    # Filter by the tag: only the two documents.
    combo = panel.my_tag_combo
    combo.setCurrentIndex(combo.findData("待 核实"))
    assert {panel.model.document_id(r) for r in range(panel.model.rowCount())} == {report, article}
    assert panel.count_label.text() == "2 of 38 documents"

    # A second tag on one; then remove the first from both through the context menu.
    choose(panel, report)
    add_tag_by_keyboard(qtbot, panel, "客户A")
    assert shown_tags(panel, report) == "客户A, 待 核实"
    choose(panel, report, article)
    menu = panel.build_context_menu(QPoint(-1, -1))
    remove = next(
        a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "removeTagMenu"
    )
    next(a for a in remove.actions() if a.text() == "待 核实").trigger()
    assert tags_of(store.conn, report) == ["客户A"] and tags_of(store.conn, article) == []
    # The tag filtered on is on no document now: the filter goes back to every document.
    assert combo.currentData() is None and panel.model.rowCount() == 38
    assert combo.findData("待 核实") < 0
    menu.deleteLater()

    # Undo, step by step, back to no tags at all.
    session.undo_stack.undo()
    assert tags_of(store.conn, article) == ["待 核实"]
    combo.setCurrentIndex(combo.findData("待 核实"))
    assert panel.model.rowCount() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert tags_by_document(store.conn) == {}
    combo.setCurrentIndex(0)
    assert shown_tags(panel, report) == ""
    session.undo_stack.redo()
    assert tags_of(store.conn, report) == ["待 核实"]


def test_a_tag_that_cannot_be_one_is_refused_with_its_reason(library, qtbot):
    session, panel = library
    doc = document_id(session.store, TSMC_TITLE)
    choose(panel, doc)
    add_tag_by_keyboard(qtbot, panel, "a, b")
    assert panel.tag_message.isVisible()
    assert "cannot hold “,”" in panel.tag_message.text()
    assert tags_by_document(session.store.conn) == {}
    assert session.undo_stack.count() == 0


def test_the_document_list_is_exported_with_its_tags(library, qtbot, tmp_path):
    session, panel = library
    doc = document_id(session.store, TSMC_TITLE)
    choose(panel, doc)
    assert panel.tag_chosen("=SUM(1)")  # a formula is written as text
    panel.filter_edit.setText("台積電")
    panel.apply_filter()
    count = panel.export_to(str(tmp_path / "documents.csv"))
    with open(tmp_path / "documents.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert count == len(rows) == panel.model.rowCount() >= 1
    tagged = [row for row in rows if row["document_id"] == str(doc)]
    assert tagged and tagged[0]["tags"] == "'=SUM(1)"
    assert tagged[0]["title"] == TSMC_TITLE
    assert [row["document_id"] for row in rows] == [str(i) for i in panel.shown_document_ids()]
