"""The Search panel given what a user may paste into it: a NUL, a page of words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.core.search import MAX_QUERY_TERMS

from .search_panels import shown_search_panel


def _panel(store, qtbot):
    return shown_search_panel(store, qtbot)[1]


def _paste(qtbot, panel, text: str) -> None:
    QApplication.clipboard().setText(text)
    panel.query_edit.setFocus()
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_nul_is_dropped_and_the_word_still_found(seeded_store, qtbot):
    panel = _panel(seeded_store, qtbot)
    _paste(qtbot, panel, "产\x00能")
    assert "\x00" in panel.query_edit.text()  # the box holds what was pasted
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.model.rowCount() > 0
    assert panel.results.isVisible()
    assert "match “产能”" in panel.status_label.text()


def test_a_pasted_page_of_words_is_refused_with_a_reason(seeded_store, qtbot):
    panel = _panel(seeded_store, qtbot)
    qtbot.keyClicks(panel.query_edit, "TSMC")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.results.isVisible()
    _paste(qtbot, panel, " ".join(["芯片"] * 100))
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.status_label.text() == (
        f"Not searched: the query has 100 terms; a search takes at most {MAX_QUERY_TERMS}."
    )
    assert not panel.results.isVisible()
    assert panel.model.rowCount() == 0
    # Typing a shorter query afterwards searches again.
    _paste(qtbot, panel, "芯片")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.results.isVisible()
    assert "match “芯片”" in panel.status_label.text()
