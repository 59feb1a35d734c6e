"""The Library and Entities panels read their rows as the analyst scrolls: scrolling to
the end, sorting by a header, filtering, renaming and merging an entity and a deleted
document all show what a count from scratch says, with small pages so the seeded store
takes many fetches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.list_counts import entity_recount, library_recount
from workbench.core.operations import Changes, Table
from workbench.core.script import to_simplified
from workbench.models import entity_models, library_model
from workbench.models.entity_models import EntityIndexModel, EntityMentionsModel
from workbench.models.library_model import COLUMN, LibraryModel
from workbench.models.session import Session
from workbench.views.entities_panel import EntitiesPanel
from workbench.views.entity_dialogs import EntityNameDialog
from workbench.views.library_panel import LibraryPanel

from .test_library_search_entities import type_chinese


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(entity_models, "BATCH", 40)
    monkeypatch.setattr(library_model, "BATCH", 7)
    monkeypatch.setattr(library_model, "CHUNK", 5)


def scroll_to_the_end(qtbot, table) -> None:
    """Press Ctrl+End until the last row is current and the view fetches no more (as
    holding the keys down does): each press at the end makes the view fetch a page."""
    model = table.model()
    table.setFocus()
    for _press in range(10_000):
        qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        at_end = table.currentIndex().row() == model.rowCount() - 1
        if at_end and not model.canFetchMore(table.rootIndex()):
            return
    raise AssertionError("the view never reached its last row")


def click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def visible_column(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _library(store, qtbot):
    session = Session(store)
    panel = LibraryPanel(LibraryModel(session), session)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def _entities(store, qtbot):
    session = Session(store)
    panel = EntitiesPanel(EntityIndexModel(session), EntityMentionsModel(session), session)
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()  # for its keyboard shortcuts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    return session, panel


def test_library_scrolled_to_the_end_and_sorted_by_a_header(seeded_store, small_pages, qtbot):
    _session, panel = _library(seeded_store, qtbot)
    model = panel.model
    assert model.rowCount() < 38
    assert panel.count_label.text() == "38 documents"  # all counted, not all read
    scroll_to_the_end(qtbot, panel.table)
    assert model.rowCount() == 38
    expected = library_recount(seeded_store.conn)
    shown = {model.document_id(r): model.row(r) for r in range(38)}
    assert {i: (r.length, r.mentions, r.annotations) for i, r in shown.items()} == {
        i: (v[1], v[2], v[3]) for i, v in expected.items()
    }

    length = COLUMN["length"]
    click_header(qtbot, panel.table, length)
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == length
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    lengths = [int(v.replace(",", "")) for v in visible_column(panel.table, length)]
    assert lengths == sorted((v[1] for v in expected.values()), reverse=descending)

    # The filter box finds what matching each title, publisher and tags in Simplified
    # finds, whichever script they are written in.
    type_chinese(panel.filter_edit, "产业")
    qtbot.waitUntil(lambda: panel.model.filtered_count() < 38)
    wanted = {
        i
        for i, title, publisher in seeded_store.conn.execute(
            "SELECT id, title, coalesce(publisher, '') FROM documents"
        )
        if "产业" in to_simplified(f"{title}\n{publisher}\n{','.join(expected[i][4])}")
    }
    assert 0 < len(wanted) < 38
    assert panel.count_label.text() == f"{len(wanted)} of 38 documents"
    scroll_to_the_end(qtbot, panel.table)
    assert {model.document_id(r) for r in range(model.rowCount())} == wanted


def test_entities_scrolled_to_the_end_sorted_and_filtered(seeded_store, small_pages, qtbot):
    _session, panel = _entities(seeded_store, qtbot)
    model = panel.index_model
    counts = entity_recount(seeded_store.conn)
    assert model.rowCount() == 40
    assert panel.index_count.text() == f"{len(counts):,} entities"
    scroll_to_the_end(qtbot, panel.table)
    assert model.rowCount() == len(counts)
    shown = {
        (model.entry(r).canonical, model.entry(r).type): (
            int(model.index(r, 2).data().replace(",", "")),
            int(model.index(r, 3).data().replace(",", "")),
        )
        for r in range(model.rowCount())
    }
    assert shown == counts

    click_header(qtbot, panel.table, 0)  # by name
    header = panel.table.horizontalHeader()
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    scroll_to_the_end(qtbot, panel.table)
    assert [model.entry(r).canonical for r in range(model.rowCount())] == [
        c for c, _t in sorted(counts, reverse=descending)
    ]

    type_chinese(panel.filter_edit, "电")
    qtbot.waitUntil(lambda: model.contains_filter == "电")
    matching = [k for k in counts if "电" in k[0]]
    assert panel.index_count.text() == f"{len(matching):,} entities"
    scroll_to_the_end(qtbot, panel.table)
    assert {
        (model.entry(r).canonical, model.entry(r).type) for r in range(model.rowCount())
    } == set(matching)


def _select(panel, keys) -> None:
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for canonical, type_ in keys:
        row = panel.index_model.row_of(canonical, type_)
        assert row is not None, canonical
        selection.select(
            panel.index_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(
            panel.index_model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )


def test_renaming_and_merging_entities_beyond_the_first_page(seeded_store, small_pages, qtbot):
    _session, panel = _entities(seeded_store, qtbot)
    model = panel.index_model
    counts = entity_recount(seeded_store.conn)
    # Entities mentioned once sort last: far beyond the first page.
    rare = sorted(k for k, v in counts.items() if v[0] == 1 and k[1] == "ORG")[:2]
    _select(panel, rare[:1])
    assert model.rowCount() > 40  # read up to it
    panel.table.setFocus()
    with qtbot.assertNotEmitted(model.modelReset):
        qtbot.keyClick(panel.table, Qt.Key.Key_F2)
        (rename,) = panel.findChildren(EntityNameDialog)
        qtbot.waitExposed(rename)
        rename.name_edit.clear()
        type_chinese(rename.name_edit, "晨曦半导体")
        qtbot.keyClick(rename.name_edit, Qt.Key.Key_Return)
    counts = entity_recount(seeded_store.conn)
    assert ("晨曦半导体", "ORG") in counts and rare[0] not in counts
    row = model.row_of("晨曦半导体", "ORG")
    assert row is not None and panel.table.currentIndex().row() == row
    assert panel.mentions_model.entity == ("晨曦半导体", "ORG")
    assert panel.index_count.text() == f"{len(counts):,} entities"

    _select(panel, [("晨曦半导体", "ORG"), rare[1]])
    qtbot.keyClick(panel.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    counts = entity_recount(seeded_store.conn)
    (target,) = [k for k in [("晨曦半导体", "ORG"), rare[1]] if k in counts]
    assert counts[target][0] == 2
    assert panel.mentions_model.entity == target
    row = model.row_of(*target)
    assert model.index(row, 2).data() == "2"
    assert panel.index_count.text() == f"{len(counts):,} entities"
    scroll_to_the_end(qtbot, panel.table)
    assert {
        (model.entry(r).canonical, model.entry(r).type): (
            model.entry(r).mentions,
            model.entry(r).documents,
        )
        for r in range(model.rowCount())
    } == counts


def test_a_deleted_document_leaves_both_panels(seeded_store, small_pages, qtbot):
    session, library = _library(seeded_store, qtbot)
    entities_session, entities = _entities(seeded_store, qtbot)
    document_id = 5
    library.select_document(document_id)
    with seeded_store.transaction():
        seeded_store.conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    change = Changes.of(Table.DOCUMENTS, deleted=[document_id], document_ids=[document_id])
    session.hub.broadcast(change)
    entities_session.hub.broadcast(change)
    assert library.count_label.text() == "37 documents"
    assert library.model.row_of_document(document_id) is None
    scroll_to_the_end(qtbot, library.table)
    assert {library.model.document_id(r) for r in range(37)} == set(
        library_recount(seeded_store.conn)
    )
    counts = entity_recount(seeded_store.conn)
    assert entities.index_count.text() == f"{len(counts):,} entities"
    scroll_to_the_end(qtbot, entities.table)
    assert {
        (e.canonical, e.type): (e.mentions, e.documents)
        for e in (entities.index_model.entry(r) for r in range(entities.index_model.rowCount()))
    } == counts
