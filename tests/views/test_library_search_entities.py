"""The Library, Search and Entities panels, driven with keys and clicks as a user would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from workbench.models.entity_models import EntityIndexModel, EntityMentionsModel
from workbench.models.library_model import COLUMN, LibraryModel
from workbench.models.roles import SORT_ROLE
from workbench.models.session import Session
from workbench.views.entities_panel import EntitiesPanel
from workbench.views.library_panel import LibraryPanel

from .search_panels import shown_search_panel


def type_chinese(widget, text: str) -> None:
    """Type as a Chinese input method does: each word is committed by the IME."""
    widget.setFocus()
    for character in text:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(widget, event)


def _library(store, qtbot):
    session = Session(store)
    panel = LibraryPanel(LibraryModel(session), session)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def _requests(session):
    requests = []
    session.open_document_requested.connect(lambda *args: requests.append(args))
    return requests


def test_library_filter_box_and_kind_filter(seeded_store, qtbot):
    _session, panel = _library(seeded_store, qtbot)
    assert panel.model.rowCount() == 38
    assert panel.count_label.text() == "38 documents"

    type_chinese(panel.filter_edit, "价格内卷")  # Simplified query, Traditional title
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.count_label.text() == "1 of 38 documents"
    assert panel.model.row(0).title.startswith("價格內捲")

    panel.filter_edit.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 38)
    panel.kind_combo.setFocus()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findText("Report"))
    assert panel.model.rowCount() == 20
    assert {panel.model.row(r).kind for r in range(20)} == {"report"}

    qtbot.keyClicks(panel.filter_edit, "nothing like this")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No documents match these filters."
    assert not panel.table.isVisible()


def test_library_sorts_by_clicking_a_header_and_opens_with_enter(seeded_store, qtbot):
    session, panel = _library(seeded_store, qtbot)
    requests = _requests(session)
    header = panel.table.horizontalHeader()
    length = COLUMN["length"]
    x = header.sectionViewportPosition(length) + header.sectionSize(length) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    lengths = [panel.model.index(r, length).data(SORT_ROLE) for r in range(38)]
    first_order = header.sortIndicatorOrder()
    assert lengths == sorted(lengths, reverse=first_order == Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    lengths = [panel.model.index(r, length).data(SORT_ROLE) for r in range(38)]
    assert header.sortIndicatorOrder() != first_order
    assert lengths == sorted(
        lengths, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    )

    panel.model.sort(length, Qt.SortOrder.DescendingOrder)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert requests == [(panel.model.longest_document_id(), -1, -1)]


def test_library_follows_the_opened_document(seeded_store, qtbot):
    session, panel = _library(seeded_store, qtbot)
    session.document_opened.emit(21)
    current = panel.table.currentIndex()
    assert panel.model.document_id(current.row()) == 21


def _search(store, qtbot):
    return shown_search_panel(store, qtbot)


def test_search_typing_then_enter_opens_the_first_hit_with_the_word_selected(seeded_store, qtbot):
    session, panel = _search(seeded_store, qtbot)
    requests = _requests(session)
    type_chinese(panel.query_edit, "产能")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert panel.results.isVisible()
    assert "match “产能”" in panel.status_label.text()
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert len(requests) == 1
    document_id, start, end = requests[0]
    first = panel.model.hit(0)
    assert (document_id, start, end) == (first.document_id, first.start, first.end)
    assert seeded_store.document_text(document_id)[start:end] in ("产能", "產能")


def test_search_down_arrow_picks_the_next_hit_and_enter_opens_it(seeded_store, qtbot):
    session, panel = _search(seeded_store, qtbot)
    requests = _requests(session)
    type_chinese(panel.query_edit, "芯片")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)  # searches at once, opens hit 1
    assert panel.model.rowCount() > 1
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    second = panel.model.hit(1)
    assert requests[-1] == (second.document_id, second.start, second.end)
    text = seeded_store.document_text(second.document_id)
    assert text[second.start : second.end] in ("芯片", "晶片")  # 晶片: the Taiwanese word


def test_search_latin_term_and_no_results_message(seeded_store, qtbot):
    _session, panel = _search(seeded_store, qtbot)
    qtbot.keyClicks(panel.query_edit, "TSMC")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.model.rowCount() > 0
    panel.query_edit.clear()
    type_chinese(panel.query_edit, "量子猫砂")
    qtbot.waitUntil(lambda: "No results" in panel.status_label.text())
    assert panel.status_label.text() == "No results for “量子猫砂”."
    assert not panel.results.isVisible()


def _entities(store, qtbot):
    session = Session(store)
    panel = EntitiesPanel(EntityIndexModel(session), EntityMentionsModel(session), session)
    qtbot.addWidget(panel)
    panel.resize(420, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def test_entities_selecting_an_entity_lists_its_mentions(seeded_store, qtbot):
    session, panel = _entities(seeded_store, qtbot)
    requests = _requests(session)
    type_chinese(panel.filter_edit, "美国")
    qtbot.waitUntil(lambda: panel.index_model.contains_filter == "美国")
    row = panel.index_model.row_of("美国", "GPE")
    assert row is not None
    rect = panel.table.visualRect(panel.index_model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.mentions_model.entity == ("美国", "GPE")
    count, documents = seeded_store.conn.execute(
        "SELECT count(*), count(DISTINCT document_id) FROM mentions "
        "WHERE canonical = '美国' AND type = 'GPE'"
    ).fetchone()
    assert count > 10
    assert panel.mentions_model.rowCount() == count
    assert f"{count} mentions in {documents} documents" in panel.mentions_title.text()

    index = panel.mentions_model.index(2, 0)
    qtbot.waitUntil(lambda: panel.mentions.visualRect(index).height() > 0)
    rect = panel.mentions.visualRect(index)
    qtbot.mouseClick(panel.mentions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.mentions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    mention = panel.mentions_model.mention(2)
    assert requests == [(mention.document_id, mention.start, mention.end)]
    text = seeded_store.document_text(mention.document_id)
    assert text[mention.start : mention.end] == mention.text


def test_entities_follow_an_entity_selected_elsewhere_clearing_hiding_filters(seeded_store, qtbot):
    session, panel = _entities(seeded_store, qtbot)
    panel.type_combo.setCurrentIndex(panel.type_combo.findData("ORG"))
    qtbot.waitUntil(lambda: panel.index_model.type_filter == "ORG")  # read on a worker
    assert all(panel.index_model.entry(r).type == "ORG" for r in range(10))
    session.entity_selected.emit("东盟", "GPE")
    assert panel.index_model.type_filter is None
    assert panel.type_combo.currentData() is None
    current = panel.table.currentIndex()
    entry = panel.index_model.entry(current.row())
    assert (entry.canonical, entry.type) == ("东盟", "GPE")
    assert panel.mentions_model.rowCount() == entry.mentions > 0
    QApplication.processEvents()
