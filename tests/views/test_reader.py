"""The Reader panel, driven as an analyst would: open, look, hover, click, annotate, undo."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from workbench.core.documents import Kind, ParsedDocument, ParsedFile
from workbench.core.nlp import Mention
from workbench.core.store import Store
from workbench.core.store.annotations import add_annotation, annotations_for_document
from workbench.core.store.lock_wait import lock_wait_seconds
from workbench.core.store.mentions import replace_mentions, review_of
from workbench.models.session import Session
from workbench.views import reader_panel
from workbench.views.annotation_dialogs import NoteDialog
from workbench.views.entity_colors import entity_color
from workbench.views.reader_panel import ReaderPanel

TSMC_TITLE = "台積電透露未來計畫"
CLUSTER_TITLE = "全球先进制造业集群发展趋势报告(2023年)"


def document_id(store, title: str) -> int:
    return store.conn.execute("SELECT id FROM documents WHERE title = ?", (title,)).fetchone()[0]


def spans_of(text: str, word: str) -> list[tuple[int, int]]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return out


def write_mentions(store, doc: int, mentions: list[Mention]) -> None:
    with store.transaction():
        replace_mentions(store.conn, doc, mentions, "test")


@pytest.fixture
def tsmc(seeded_store):
    """The TSMC article with known mentions (independent of the recogniser's quality)."""
    doc = document_id(seeded_store, TSMC_TITLE)
    text = seeded_store.document_text(doc)
    mentions = [Mention(s, e, "ORG", "台積電", "台积电") for s, e in spans_of(text, "台積電")]
    mentions += [Mention(s, e, "GPE", "美國", "美国") for s, e in spans_of(text, "美國")]
    money_start = text.find("1987")
    mentions.append(
        Mention(
            money_start, money_start + 4, "MONEY", "1987", "1987元", {"low": 1987.0, "unit": "CNY"}
        )
    )
    write_mentions(seeded_store, doc, sorted(mentions, key=lambda m: m.start))
    return doc, text


@pytest.fixture
def panel(seeded_store, qtbot):
    session = Session(seeded_store)
    widget = ReaderPanel(session)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    session.undo_stack.clear()


def open_and_settle(qtbot, panel: ReaderPanel, doc: int, start: int = -1, end: int = -1) -> None:
    with qtbot.waitSignal(panel.session.document_opened, timeout=5000) as opened:
        panel.session.request_document(doc, start, end)
    assert opened.args == [doc]
    qtbot.waitUntil(lambda: panel.highlighter.is_complete, timeout=5000)


def backgrounds_at(panel: ReaderPanel, qt_position: int) -> list[str]:
    """Background colours the highlighter gave the character at a Qt position."""
    block = panel.view.document().findBlock(qt_position)
    inside = qt_position - block.position()
    ranges = block.layout().formats()  # kept alive while its formats are read
    return [
        r.format.background().color().name()
        for r in ranges
        if r.start <= inside < r.start + r.length
    ]


def point_of(panel: ReaderPanel, qt_position: int) -> QPoint:
    """Viewport coordinates of the middle of the character at a Qt position."""
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(qt_position)
    left = panel.view.cursorRect(cursor)
    cursor.setPosition(qt_position + 1)
    right = panel.view.cursorRect(cursor)
    x = (left.x() + right.x()) // 2 if right.y() == left.y() else left.x() + 3
    return QPoint(x, left.center().y())


def select(panel: ReaderPanel, start: int, end: int) -> None:
    """Select Python offsets [start, end) with a text cursor, as keyboard selection does."""
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(panel.model.to_qt(start))
    cursor.setPosition(panel.model.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)


def place_cursor(panel: ReaderPanel, offset: int) -> None:
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(panel.model.to_qt(offset))
    panel.view.setTextCursor(cursor)


def drawn_colors(panel: ReaderPanel, index: int) -> set[str]:
    """Colours painted in the line gaps along annotation ``index`` (under and over its text)."""
    image = panel.view.viewport().grab().toImage()
    colors = set()
    for x1, x2, top, bottom in panel.view.annotation_segments(index):
        for x in range(int(x1) + 2, int(x2) - 1, 3):
            for y in [*range(int(top), int(top) + 6), *range(int(bottom) - 6, int(bottom) + 1)]:
                if 0 <= y < image.height():
                    colors.add(QColor(image.pixel(x, y)).name())
    return colors


def commit_with_input_method(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def strong(type_: str) -> str:
    return QColor(entity_color(type_).strong).name()


def background(type_: str) -> str:
    return QColor(entity_color(type_).background).name()


# -- opening and looking ---------------------------------------------------------------


def test_open_shows_metadata_text_and_highlights(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    record = panel.session.store.document(doc)
    assert panel.title.text() == TSMC_TITLE
    assert record.source_files[0] in panel.metadata.text()
    assert f"{len(text):,} characters" in panel.metadata.text()
    assert panel.view.toPlainText() == text
    assert panel.session.current_document_id == doc

    first_org = text.find("台積電")
    money = text.find("1987")
    assert background("ORG") in backgrounds_at(panel, first_org)
    assert background("ORG") in backgrounds_at(panel, first_org + 2)
    assert background("MONEY") in backgrounds_at(panel, money)
    assert panel.legend.chips["ORG"].text() == f"Organisation {len(spans_of(text, '台積電'))}"
    assert not panel.raw_toggle.isVisible()  # an article has no raw PDF text


def test_hiding_a_type_removes_its_highlights_and_showing_restores_them(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    org, gpe = text.find("台積電"), text.find("美國")
    qtbot.mouseClick(panel.legend.chips["ORG"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert panel.highlighter.hidden_types == {"ORG"}
    assert background("ORG") not in backgrounds_at(panel, org)
    assert background("GPE") in backgrounds_at(panel, gpe)
    qtbot.mouseClick(panel.legend.chips["ORG"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert background("ORG") in backgrounds_at(panel, org)


def test_hover_shows_type_canonical_name_and_value(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    money = text.find("1987")
    tip = panel.view.tooltip_at(point_of(panel, money + 1))
    assert "Money" in tip and "(MONEY)" in tip and "1987元" in tip and "1,987 CNY" in tip
    org_tip = panel.view.tooltip_at(point_of(panel, text.find("台積電") + 1))
    assert "Organisation" in org_tip and "台积电" in org_tip


def test_clicking_an_entity_selects_it_for_the_entities_panel(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    point = point_of(panel, text.find("台積電") + 1)
    with qtbot.waitSignal(panel.session.entity_selected, timeout=2000) as selected:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert selected.args == ["台积电", "ORG"]


def test_open_with_a_span_selects_it_and_scrolls_to_it(panel, seeded_store, qtbot):
    doc = document_id(seeded_store, CLUSTER_TITLE)
    text = seeded_store.document_text(doc)
    start = len(text) - 500
    open_and_settle(qtbot, panel, doc, start, start + 6)
    cursor = panel.view.textCursor()
    assert cursor.selectedText() == text[start : start + 6]
    assert panel.view.viewport().rect().contains(panel.view.cursorRect().center())
    # Asking again for the same document only moves the selection.
    open_and_settle(qtbot, panel, doc, 10, 14)
    assert panel.view.textCursor().selectedText() == text[10:14]


def test_an_unknown_document_is_reported_not_crashed_on(panel, qtbot):
    panel.open_document(999_999)
    assert panel.message.isVisible() and "999999" in panel.message.text()


def test_reader_comments_unfold(panel, seeded_store, qtbot):
    doc = seeded_store.conn.execute(
        "SELECT document_id FROM comments GROUP BY document_id ORDER BY count(*) DESC"
    ).fetchone()[0]
    comments = seeded_store.document(doc).comments
    open_and_settle(qtbot, panel, doc)
    assert panel.comments_toggle.isVisible() and not panel.comments.isVisible()
    qtbot.mouseClick(panel.comments_toggle, Qt.MouseButton.LeftButton)
    assert panel.comments.isVisible()
    assert comments[0][:10] in panel.comments.text()


def test_raw_text_toggle_on_a_report(panel, seeded_store, qtbot):
    doc = document_id(seeded_store, CLUSTER_TITLE)
    record = seeded_store.document(doc)
    assert record.raw_text != record.text
    open_and_settle(qtbot, panel, doc)
    assert panel.raw_toggle.isVisible() and not panel.raw_toggle.isChecked()
    qtbot.mouseClick(panel.raw_toggle, Qt.MouseButton.LeftButton)
    assert panel.view.toPlainText() == record.raw_text
    assert "Raw text" in panel.message.text()
    assert panel.view.document().firstBlock().layout().formats() == []
    # Annotation keys do nothing on raw text (its offsets are not the canonical ones).
    panel.view.selectAll()
    qtbot.keyClick(panel.view, Qt.Key.Key_1)
    assert annotations_for_document(seeded_store.conn, doc) == []
    qtbot.mouseClick(panel.raw_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert panel.view.toPlainText() == record.text
    assert panel.view.document().firstBlock().layout().formats() != []


# -- annotating ------------------------------------------------------------------------


def test_select_press_1_undo_redo(panel, tsmc, qtbot):
    doc, _text = tsmc
    open_and_settle(qtbot, panel, doc)
    start, end = 20, 28
    select(panel, start, end)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_1)

    [stored] = annotations_for_document(panel.session.store.conn, doc)
    assert (stored.start, stored.end, stored.type) == (start, end, "ORG")
    assert [a.id for a in panel.model.annotations] == [stored.id]
    assert strong("ORG") in drawn_colors(panel, 0)

    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations_for_document(panel.session.store.conn, doc) == []
    assert panel.model.annotations == []
    panel.view.viewport().repaint()
    qtbot.keyClick(
        panel.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert annotations_for_document(panel.session.store.conn, doc) == [stored]
    assert panel.model.annotations == [stored]
    assert strong("ORG") in drawn_colors(panel, 0)


def test_undo_works_from_the_reader_even_when_the_window_binds_the_same_keys(panel, tsmc, qtbot):
    doc, _text = tsmc
    open_and_settle(qtbot, panel, doc)
    window_undo = panel.session.undo_stack.createUndoAction(panel)
    window_undo.setShortcut("Ctrl+Z")
    panel.addAction(window_undo)
    select(panel, 3, 9)
    qtbot.keyClick(panel.view, Qt.Key.Key_6)
    assert len(annotations_for_document(panel.session.store.conn, doc)) == 1
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations_for_document(panel.session.store.conn, doc) == []


def test_select_with_the_mouse_and_annotate(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    start, end = 30, 36
    left = point_of(panel, start)
    right = point_of(panel, end - 1)
    left.setX(left.x() - 3)  # the left half of the first character
    right.setX(right.x() + 3)  # the right half of the last one
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=left)
    qtbot.mouseMove(viewport, right)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=right)
    assert panel.view.textCursor().selectedText() == text[start:end]
    qtbot.keyClick(panel.view, Qt.Key.Key_3)
    [stored] = annotations_for_document(panel.session.store.conn, doc)
    assert (stored.start, stored.end, stored.type) == (start, end, "PERSON")


def test_overlapping_and_nested_annotations_are_all_drawn(panel, tsmc, qtbot):
    doc, _text = tsmc
    open_and_settle(qtbot, panel, doc)
    for start, end, key in ((10, 40, Qt.Key.Key_1), (15, 22, Qt.Key.Key_8), (20, 30, Qt.Key.Key_6)):
        select(panel, start, end)
        qtbot.keyClick(panel.view, key)
    stored = annotations_for_document(panel.session.store.conn, doc)
    assert [(a.start, a.end, a.type) for a in stored] == [
        (10, 40, "ORG"),
        (15, 22, "PRODUCT"),
        (20, 30, "DATE"),
    ]
    assert panel.model.annotation_levels == [0, 1, 2]
    for index, type_ in enumerate(("ORG", "PRODUCT", "DATE")):
        assert strong(type_) in drawn_colors(panel, index), type_
    # The hover lists every annotation under the mouse, innermost first.
    tip = panel.view.tooltip_at(point_of(panel, 21))
    assert tip.index("PRODUCT") < tip.index("ORG") and "DATE" in tip


def test_note_retype_and_delete_from_the_reader(panel, tsmc, qtbot):
    doc, _text = tsmc
    open_and_settle(qtbot, panel, doc)
    select(panel, 50, 56)
    qtbot.keyClick(panel.view, Qt.Key.Key_2)
    place_cursor(panel, 52)
    qtbot.keyClick(panel.view, Qt.Key.Key_N)
    dialog = panel.findChild(NoteDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.editor.setFocus()
    commit_with_input_method(dialog.editor, "產能")  # Chinese arrives from the IME
    qtbot.keyClicks(dialog.editor, " note")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    [stored] = annotations_for_document(panel.session.store.conn, doc)
    assert (stored.type, stored.note) == ("GPE", "產能 note")
    assert "產能 note" in panel.view.tooltip_at(point_of(panel, 52))

    place_cursor(panel, 52)
    qtbot.keyClick(panel.view, Qt.Key.Key_7)  # a digit on an annotation changes its type
    [stored] = annotations_for_document(panel.session.store.conn, doc)
    assert stored.type == "QUANTITY"
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert annotations_for_document(panel.session.store.conn, doc) == []
    undo = panel.session.undo_stack
    assert undo.undoText().startswith("Delete QUANTITY")
    undo.undo()
    undo.undo()
    [stored] = annotations_for_document(panel.session.store.conn, doc)
    assert (stored.type, stored.note) == ("GPE", "產能 note")


def test_context_menu_offers_annotation_and_mention_actions(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    org = text.find("台積電")
    add_annotation(panel.session.store.conn, doc, org, org + 3, "ORG", "")
    panel.model.reload_annotations()
    menu = panel.view.build_context_menu(point_of(panel, org + 1))
    labels = [a.text() for a in menu.actions()]
    assert any(label.startswith("Annotation ORG") for label in labels)
    accept = next(a for a in menu.actions() if a.text().startswith("Accept ORG"))
    accept.trigger()
    assert review_of(panel.session.store.conn, doc, org, org + 3, "ORG") == "accepted"
    menu.deleteLater()


def test_accept_and_reject_mentions_with_one_key(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    first, second = spans_of(text, "台積電")[:2]
    place_cursor(panel, first[0] + 1)
    qtbot.keyClick(panel.view, Qt.Key.Key_A)
    [accepted] = annotations_for_document(panel.session.store.conn, doc)
    assert (accepted.start, accepted.end, accepted.type) == (*first, "ORG")

    place_cursor(panel, second[0] + 1)
    qtbot.keyClick(panel.view, Qt.Key.Key_R)
    conn = panel.session.store.conn
    assert review_of(conn, doc, *second, "ORG") == "rejected"
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert background("ORG") not in backgrounds_at(panel, second[0])
    assert panel.legend.chips["ORG"].text() == f"Organisation {len(spans_of(text, '台積電')) - 1}"

    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert review_of(conn, doc, *second, "ORG") is None
    assert background("ORG") in backgrounds_at(panel, second[0])


# -- offsets beyond the Basic Multilingual Plane -----------------------------------------


def test_astral_characters_keep_offsets_right(panel, seeded_store, qtbot):
    text = "𠀀𠀁台積電在𠀂美國設廠,投資𠀃400億美元。\n第二段:台積電。"
    document = ParsedDocument(
        kind=Kind.ARTICLE, title="超出基本平面", text=text, raw_text=text, line=1
    )
    stored = seeded_store.store_parsed_file(
        ParsedFile("astral.txt", "utf-8", "article-digest", [document], "astral")
    )
    [doc] = stored.new_document_ids
    org = text.find("台積電")
    gpe = text.find("美國")
    later = text.rfind("台積電")
    write_mentions(
        seeded_store,
        doc,
        [
            Mention(org, org + 3, "ORG", "台積電", "台积电"),
            Mention(gpe, gpe + 2, "GPE", "美國", "美国"),
            Mention(later, later + 3, "ORG", "台積電", "台积电"),
        ],
    )
    open_and_settle(qtbot, panel, doc)
    model = panel.model
    assert model.to_qt(org) == org + 2  # two astral characters before it
    assert background("ORG") in backgrounds_at(panel, model.to_qt(org))
    assert background("ORG") not in backgrounds_at(panel, model.to_qt(org) - 1)
    assert background("GPE") in backgrounds_at(panel, model.to_qt(gpe) + 1)
    assert background("ORG") in backgrounds_at(panel, model.to_qt(later) + 2)
    assert "台积电" in panel.view.tooltip_at(point_of(panel, model.to_qt(later)))

    start = text.find("400")
    select(panel, start - 1, start + 6)  # from the astral character to 億美元
    assert panel.view.textCursor().selectedText() == text[start - 1 : start + 6]
    qtbot.keyClick(panel.view, Qt.Key.Key_4)
    [annotation] = annotations_for_document(seeded_store.conn, doc)
    assert text[annotation.start : annotation.end] == "𠀃400億美元"
    assert annotation.type == "MONEY"
    assert strong("MONEY") in drawn_colors(panel, 0)


def test_panel_runs_alone(seeded_store_path, tmp_path, qapp, monkeypatch):
    path = tmp_path / "alone.sqlite3"
    shutil.copy(seeded_store_path, path)
    seen = []

    def look_and_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ReaderPanel) and widget.isVisible():
                seen.append((widget.document_id, widget.view.toPlainText()[:20]))
                widget.close()
        return 0

    # Stand in for the event loop: look at what main() put on screen, then return.
    monkeypatch.setattr(QApplication, "exec", lambda self: look_and_quit())
    assert reader_panel.main([str(path), "1"]) == 0
    with Store(path) as store:
        assert seen == [(1, store.document_text(1)[:20])]


def test_a_type_key_with_nothing_selected_says_what_to_do(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    cursor = panel.view.textCursor()
    cursor.setPosition(panel.model.to_qt(text.find("，") if "，" in text else 5))
    panel.view.setTextCursor(cursor)
    before = panel.session.store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    qtbot.keyClick(panel.view, Qt.Key.Key_1)
    assert "Select some text first" in panel.message.text() and panel.message.isVisible()
    after = panel.session.store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert after == before


def test_an_annotation_made_while_another_writer_holds_the_lock_is_kept_and_saved_after(
    panel, tsmc, qtbot
):
    doc, _text = tsmc
    open_and_settle(qtbot, panel, doc)
    store = panel.session.store
    # The window's connection waits only a fraction of a second for the lock.
    assert lock_wait_seconds(store.conn) <= 0.5
    other = sqlite3.connect(store.path)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock (an import, a window)
    broadcasts = []
    panel.session.hub.changed.connect(broadcasts.append)
    try:
        select(panel, 20, 28)
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_1)
        assert panel.message.isVisible()
        assert store.path.name in panel.message.text() and "busy" in panel.message.text()
        assert "not saved yet" in panel.message.text()
        assert annotations_for_document(store.conn, doc) == [] and panel.model.annotations == []
        assert broadcasts == [] and panel.session.runner.waiting_count == 1
    finally:
        other.rollback()
        other.close()
    # Once the lock is gone the kept annotation is saved, announced once and undoable.
    qtbot.waitUntil(lambda: panel.session.runner.waiting_count == 0)
    [stored] = annotations_for_document(store.conn, doc)
    assert (stored.start, stored.end, stored.type) == (20, 28, "ORG")
    assert len(broadcasts) == 1 and panel.session.undo_stack.count() == 1
    assert [a.id for a in panel.model.annotations] == [stored.id]
    assert not panel.message.isVisible()


def test_a_name_marked_never_an_entity_leaves_every_document_until_undone(panel, tsmc, qtbot):
    doc, text = tsmc
    open_and_settle(qtbot, panel, doc)
    conn = panel.session.store.conn
    at = text.find("台積電")
    before = conn.execute("SELECT count(*) FROM mentions WHERE text = '台積電'").fetchone()[0]
    assert before > 1
    menu = panel.view.build_context_menu(point_of(panel, at + 1))
    never = next(a for a in menu.actions() if a.objectName() == "neverAnEntity")
    assert "台積電" in never.text()
    never.trigger()
    menu.deleteLater()
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert conn.execute("SELECT count(*) FROM mentions WHERE text = '台積電'").fetchone()[0] == 0
    assert conn.execute("SELECT written FROM never_names").fetchall()[0][0] == "台積電"
    assert background("ORG") not in backgrounds_at(panel, at)

    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.highlighter.is_complete)
    assert (
        conn.execute("SELECT count(*) FROM mentions WHERE text = '台積電'").fetchone()[0] == before
    )
    assert conn.execute("SELECT count(*) FROM never_names").fetchone()[0] == 0
    assert background("ORG") in backgrounds_at(panel, at)
