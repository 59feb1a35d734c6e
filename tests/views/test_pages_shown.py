"""Pages of an imported PDF, shown where the analyst looks: reader hover and header,
the Annotations panel and its CSV export, and the source of a sheet row."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from workbench.cli import main
from workbench.core.importing import IMPORTED, page_of, page_ranges
from workbench.core.operations.sheets import capacity_row_from_selection
from workbench.core.pipeline import import_paths
from workbench.core.positions import PageMap
from workbench.core.sheets import CAPACITY
from workbench.core.store.annotations import add_annotation, annotations_for_document
from workbench.models.annotation_table import PAGE, SPAN
from workbench.models.session import Session
from workbench.models.sheet_model import SheetModel
from workbench.views.annotations_panel import AnnotationsPanel
from workbench.views.reader_panel import ReaderPanel

from ..import_files import distinct_paragraphs, write_chinese_pdf

BUNDLED_TITLE = "台積電透露未來計畫"


@pytest.fixture
def imported(seeded_store, tmp_path):
    """A multi-page Chinese PDF imported into the store: (document id, page ranges)."""
    path = tmp_path / "集群报告.pdf"
    drawn = write_chinese_pdf(path, distinct_paragraphs(2), lines_per_page=10)
    (result,) = import_paths(seeded_store, [path]).results
    assert result.status == IMPORTED, result.reason
    ranges = page_ranges(seeded_store.conn, result.document_id)
    assert len(ranges) == len(drawn) >= 3
    return result.document_id, ranges


@pytest.fixture
def session(seeded_store):
    session = Session(seeded_store)
    yield session
    session.undo_stack.clear()


@pytest.fixture
def reader(session, qtbot):
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def bundled_id(store) -> int:
    row = store.conn.execute("SELECT id FROM documents WHERE title = ?", (BUNDLED_TITLE,))
    return row.fetchone()[0]


def middle_of_page(ranges, page: int) -> int:
    _, start, end = ranges[page - 1]
    return (start + end) // 2


def open_document(qtbot, panel: ReaderPanel, document_id: int) -> None:
    with qtbot.waitSignal(panel.session.document_opened, timeout=5000):
        panel.session.request_document(document_id)
    qtbot.waitUntil(lambda: panel.highlighter.is_complete, timeout=5000)


def point_on_screen(qtbot, panel: ReaderPanel, offset: int) -> QPoint:
    """Scroll the character at a Python offset into view; its viewport coordinates."""
    panel.select_span(offset, offset)
    qt_position = panel.model.to_qt(offset)
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(qt_position)
    qtbot.waitUntil(lambda: panel.view.viewport().rect().contains(panel.view.cursorRect(cursor)))
    left = panel.view.cursorRect(cursor)
    cursor.setPosition(qt_position + 1)
    right = panel.view.cursorRect(cursor)
    x = (left.x() + right.x()) // 2 if right.y() == left.y() else left.x() + 3
    return QPoint(x, left.center().y())


def hover(panel: ReaderPanel, point: QPoint) -> str:
    """Rest the mouse at a viewport point, as Qt's tooltip timer does; the tooltip shown."""
    viewport = panel.view.viewport()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_page_map_agrees_with_the_store_at_every_page_edge(seeded_store, imported):
    document_id, ranges = imported
    pages = PageMap(ranges)
    end = ranges[-1][2]
    for _, start, stop in ranges:
        for offset in {start, max(start, stop - 1), stop}:
            assert pages.page_at(offset) == page_of(seeded_store.conn, document_id, offset)
    assert pages.page_at(end + 1) is None
    assert pages.span_label(*ranges[1][1:]) == "page 2"
    assert pages.span_label(ranges[0][1], ranges[2][1] + 1) == "pages 1–3"
    # Pages left empty by cleaning hold no offset; the text after them is on the next page.
    gappy = PageMap([(1, 0, 10), (2, 10, 10), (3, 10, 20), (4, 20, 20)])
    assert [gappy.page_at(o) for o in (0, 9, 10, 19, 20, 21)] == [1, 1, 3, 3, 4, None]
    assert PageMap().page_at(0) is None and PageMap().span_label(0, 5) == ""


def test_reader_hover_and_header_say_the_page(qtbot, reader, seeded_store, imported):
    document_id, ranges = imported
    open_document(qtbot, reader, document_id)
    assert f"{len(ranges)} pages" in reader.metadata.text()

    statements: list[str] = []
    for page in (1, 3):
        point = point_on_screen(qtbot, reader, middle_of_page(ranges, page))
        seeded_store.conn.set_trace_callback(statements.append)
        try:
            tip = hover(reader, point)
        finally:
            seeded_store.conn.set_trace_callback(None)
        assert tip.split("<br>")[0].endswith(f"page {page}</span>"), tip
        assert reader.view.tooltip_at(point) == tip
    # No query per hover: the ranges were read once, when the document opened.
    assert not [s for s in statements if "document_pages" in s]

    # A bundled document has no pages: no page line, no page count in the header.
    open_document(qtbot, reader, bundled_id(seeded_store))
    assert "page" not in reader.metadata.text()
    text = reader.model.document.text
    point = point_on_screen(qtbot, reader, text.index("台積電") + 1)
    assert "page" not in reader.view.tooltip_at(point)
    assert reader.model.page_at(reader.model.to_qt(5)) is None


def test_annotation_on_page_2_shows_its_page_in_the_panel_and_both_exports(
    qtbot, reader, session, seeded_store, imported, tmp_path
):
    document_id, ranges = imported
    annotations = AnnotationsPanel(session)
    qtbot.addWidget(annotations)
    annotations.resize(900, 300)
    annotations.show()
    open_document(qtbot, reader, document_id)

    # Select four characters in the middle of page 2 and press 1, as the analyst would.
    start = middle_of_page(ranges, 2)
    point_on_screen(qtbot, reader, start)
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.model.to_qt(start))
    cursor.setPosition(reader.model.to_qt(start + 4), QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_1)
    (stored,) = annotations_for_document(seeded_store.conn, document_id)
    assert (stored.start, stored.end) == (start, start + 4)

    model = annotations.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.headerData(PAGE, Qt.Orientation.Horizontal) == "Page"
    assert model.headerData(SPAN, Qt.Orientation.Horizontal) == "Span"  # older columns stay
    assert model.index(0, PAGE).data() == "2"
    assert "page 2" in model.index(0, PAGE).data(Qt.ItemDataRole.ToolTipRole)

    # Every document: the bundled one's annotation has an empty Page cell.
    bundled = bundled_id(seeded_store)
    add_annotation(seeded_store.conn, bundled, 0, 3, "ORG", "bundled")
    qtbot.mouseClick(annotations.all_documents, Qt.MouseButton.LeftButton)
    pages = {model.index(r, 0).data(): model.index(r, PAGE).data() for r in range(2)}
    assert pages == {"半导体产业集群发展报告": "2", BUNDLED_TITLE: ""}

    panel_csv = tmp_path / "panel.csv"
    assert annotations.export_to(str(panel_csv)) == 2
    cli_csv = tmp_path / "cli.csv"
    db = str(tmp_path / "store.sqlite3")
    assert main(["export", "annotations", "--out", str(cli_csv), "--db", db]) == 0
    for path in (panel_csv, cli_csv):
        table = pd.read_csv(path, encoding="utf-8-sig")
        assert list(table.columns)[-4:] == ["note", "page", "made_by", "document_key"]
        by_document = table.set_index("document_id")["page"]
        assert by_document[document_id] == 2
        assert pd.isna(by_document[bundled])


def test_capacity_row_source_says_its_page(qtbot, reader, session, seeded_store, imported):
    document_id, ranges = imported
    open_document(qtbot, reader, document_id)
    page_end = ranges[2][2]
    text = reader.model.document.text
    # Twelve characters of one line in the middle of page 3 (the selection is trimmed of space).
    start = next(
        i
        for i in range(middle_of_page(ranges, 3), page_end - 12)
        if not any(c.isspace() for c in text[i : i + 12])
    )
    point_on_screen(qtbot, reader, start)
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.model.to_qt(start))
    cursor.setPosition(reader.model.to_qt(start + 12), QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    reader.view.setFocus()
    qtbot.keyClick(
        reader.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (row_id,) = [
        r[0]
        for r in seeded_store.conn.execute(
            # the row just made from the selection (extraction may have found others)
            "SELECT id FROM capacity_rows WHERE document_id = ? AND review = 'edited'",
            (document_id,),
        )
    ]

    sheet = SheetModel(session, CAPACITY)
    row = sheet.row_of(row_id)
    for key in ("quote", "document_id"):
        tip = sheet.index(row, CAPACITY.index_of(key)).data(Qt.ItemDataRole.ToolTipRole)
        assert f"Document {document_id}, page 3, characters {start}–{start + 12}" in tip

    # A row quoting a bundled document names no page.
    bundled = bundled_id(seeded_store)
    quoted = seeded_store.document_text(bundled).index("台積電")
    bundled_row = capacity_row_from_selection(seeded_store, bundled, quoted, quoted + 3).value
    sheet.refresh()
    tip = sheet.index(sheet.row_of(bundled_row), CAPACITY.index_of("quote")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert f"Document {bundled}, characters" in tip and "page" not in tip
