"""Find in the open document, driven from the keyboard: Ctrl+F, typing, F3, Enter, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from workbench.core.find_in_text import find_all, fold
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.highlighter import FIND_HIT_BACKGROUND
from workbench.views.main_window import MainWindow

from .test_reader import (
    CLUSTER_TITLE,
    TSMC_TITLE,
    commit_with_input_method,
    document_id,
    spans_of,
)

TSMC_OTHER_NAMES = ["台湾积体电路制造", "TSMC", "台积公司", "台积"]  # the lexicon's
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(seeded_store, tmp_path, qtbot):
    session = Session(seeded_store)
    win = MainWindow(
        session, WorkbenchSettings(tmp_path / "s.ini"), available=QRect(0, 0, 1366, 768)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    session.undo_stack.clear()


def open_document(qtbot, window, title: str) -> tuple[int, str]:
    store = window.session.store
    doc = document_id(store, title)
    with qtbot.waitSignal(window.session.document_opened, timeout=5000):
        window.session.request_document(doc)
    return doc, store.document_text(doc)


def hit_shown(view, start: int) -> bool:
    """The reader paints the find-hit colour on the character at ``start``."""
    block = view.document().findBlock(start)
    for fmt in block.layout().formats():
        inside = fmt.start <= start - block.position() < fmt.start + fmt.length
        if inside and fmt.format.background().color() == QColor(FIND_HIT_BACKGROUND):
            return True
    return False


def test_ctrl_f_finds_both_scripts_counts_and_steps(window, qtbot):
    _doc, text = open_document(qtbot, window, TSMC_TITLE)
    reader, bar = window.reader_panel, window.reader_panel.find_bar
    hits = sorted(spans_of(text, "台積電") + spans_of(text, "台积电"))
    assert len(hits) >= 3
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F, CTRL)
    assert bar.isVisible()
    qtbot.waitUntil(bar.edit.hasFocus)
    commit_with_input_method(bar.edit, "台积电")  # Simplified, in a Traditional article
    qtbot.waitUntil(lambda: bar.count_label.text() == f"1 of {len(hits)}")

    def selected() -> tuple[int, int]:
        cursor = reader.view.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    assert selected() == hits[0]
    assert reader.view.textCursor().selectedText() == text[slice(*hits[0])]
    qtbot.waitUntil(lambda: all(hit_shown(reader.view, start) for start, _ in hits))

    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"2 of {len(hits)}" and selected() == hits[1]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"3 of {len(hits)}" and selected() == hits[2]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == f"1 of {len(hits)}" and selected() == hits[0]
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)  # before the first: the last
    assert bar.count_label.text() == f"{len(hits)} of {len(hits)}" and selected() == hits[-1]
    # F3 works from the text as well, once the bar has a query.
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F3)
    assert selected() == hits[0]

    qtbot.keyClick(reader.view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(bar.edit.hasFocus)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: not any(hit_shown(reader.view, start) for start, _ in hits))
    assert reader.view.hasFocus()


def test_traditional_query_finds_simplified_text_and_says_when_nothing_matches(window, qtbot):
    _doc, text = open_document(qtbot, window, CLUSTER_TITLE)
    reader, bar = window.reader_panel, window.reader_panel.find_bar
    simplified = spans_of(text, "产业集群")
    assert len(simplified) > 20
    window.find_in_document_action.trigger()
    commit_with_input_method(bar.edit, "產業集群")  # Traditional
    qtbot.waitUntil(lambda: bar.count_label.text() == f"1 of {len(simplified)}")
    assert reader.highlighter.find_hit_count == len(simplified)
    bar.edit.clear()
    commit_with_input_method(bar.edit, "没有这个词")
    qtbot.waitUntil(lambda: bar.count_label.text() == "No hits")
    assert not bar.next_button.isEnabled()
    assert reader.highlighter.find_hit_count == 0


def test_a_search_hit_opens_with_its_hits_ready_to_step_through(window, qtbot):
    search = window.search_panel
    qtbot.keyClick(window.library_panel.table, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(search.query_edit.hasFocus)
    commit_with_input_method(search.query_edit, "台积电")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0)
    with qtbot.waitSignal(window.session.document_opened, timeout=5000):
        qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    reader, bar = window.reader_panel, window.reader_panel.find_bar
    text = window.session.store.document_text(reader.document_id)
    # The hits include the other names search found the documents by (TSMC…).
    hits = find_all(fold(text), "台积电", also=TSMC_OTHER_NAMES)
    literal = sorted(spans_of(text, "台積電") + spans_of(text, "台积电"))
    assert len(hits) > len(literal)  # the document also writes 台積 alone
    assert bar.isVisible() and bar.query() == "台积电"
    assert bar.names_label.isVisible() and "TSMC" in bar.names_label.text()
    assert search.query_edit.hasFocus()  # the focus stays where the analyst typed
    start = reader.view.textCursor().selectionStart()
    assert reader.highlighter.find_hit_count == len(hits)
    qtbot.keyClick(search.query_edit, Qt.Key.Key_F3)  # anywhere in the window
    after = [h for h in hits if h[0] > start] or hits
    assert reader.view.textCursor().selectionStart() == after[0][0]
    assert bar.count_label.text() == f"{hits.index(after[0]) + 1} of {len(hits)}"


def test_ctrl_f_with_no_document_open_goes_to_the_search_panel(window, qtbot):
    window.library_panel.table.setFocus()
    qtbot.keyClick(window.library_panel.table, Qt.Key.Key_F, CTRL)
    assert not window.reader_panel.find_bar.isVisible()
    qtbot.waitUntil(window.search_panel.query_edit.hasFocus)


def test_a_quoted_query_finds_only_the_text_as_typed(window, qtbot):
    _doc, text = open_document(qtbot, window, "2023晶圆制造行业简析报告")
    reader, bar = window.reader_panel, window.reader_panel.find_bar
    window.find_in_document_action.trigger()
    qtbot.waitUntil(bar.edit.hasFocus)
    qtbot.keyClicks(bar.edit, "tsmc")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    widened = reader.highlighter.find_hit_count
    assert bar.names_label.isVisible() and "台积电" in bar.names_label.text()
    assert widened > text.lower().count("tsmc")
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, '"tsmc"')
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert reader.highlighter.find_hit_count == text.lower().count("tsmc") > 0
    assert not bar.names_label.isVisible()
    assert bar.count_label.text().endswith(f"of {text.lower().count('tsmc')}")
