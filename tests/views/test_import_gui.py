"""Importing through the window's pieces: File → Import…, the progress dialog, drops, summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListView, QMainWindow, QPushButton

from workbench.core.importing import DUPLICATE, IMPORTED
from workbench.core.operations import Table
from workbench.core.pipeline import pending_documents
from workbench.core.search import search
from workbench.core.store.near_duplicates import near_duplicate_of
from workbench.models.session import Session
from workbench.views.drop_import import install_drop_import
from workbench.views.import_dialog import ImportController

from ..import_files import (
    REPORT_PARAGRAPHS,
    distinct_paragraphs,
    saved_web_page,
    write_chinese_pdf,
    write_docx,
)

WAIT_MS = 120_000


def importing_window(qtbot, session: Session) -> tuple[QMainWindow, ImportController]:
    """A shown window with the import controller the workbench gives it."""
    window = QMainWindow()
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    return window, ImportController(session, window)


@pytest.fixture
def window(qtbot, seeded_store):
    session = Session(seeded_store)
    window, controller = importing_window(qtbot, session)
    changes = []
    session.hub.changed.connect(changes.append)
    yield window, session, controller, changes
    controller.runner.cancel()
    controller.runner.wait()


def files(tmp_path, pdf_name="半导体报告.pdf", docx_name="备忘 录.docx"):
    pdf = tmp_path / pdf_name
    write_chinese_pdf(pdf, distinct_paragraphs(2), lines_per_page=10)
    docx = tmp_path / docx_name
    write_docx(docx, "芯片产能备忘录", REPORT_PARAGRAPHS[:2])
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return pdf, docx, empty


def test_file_import_dialog_imports_the_chosen_files_and_shows_the_summary(qtbot, window, tmp_path):
    _main, session, controller, changes = window
    pdf, docx, empty = files(tmp_path)
    controller.last_directory = str(tmp_path)
    before = session.store.document_count()
    messages = []
    controller.runner.import_started.connect(lambda task: task.progressed.connect(
        lambda done, total, message: messages.append(message)))  # fmt: skip

    def choose():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "ImportFileDialog":
            QTimer.singleShot(50, choose)  # the dialog is not up yet
            return
        # Select every listed file in the file list (what Ctrl+A does), then click Open.
        file_list = dialog.findChild(QListView, "listView")
        file_list.selectAll()
        if len(dialog.selectedFiles()) < 3:
            QTimer.singleShot(50, choose)  # the folder is still being listed
            return
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        chosen = controller.choose_and_import()
    assert sorted(p.name for p in chosen) == sorted([pdf.name, docx.name, empty.name])
    report = finished.args[0]

    # The progress dialog named each file as it went.
    assert {pdf.name, docx.name, empty.name} <= {m.split(":")[0] for m in messages}
    summary = controller.summary_dialog
    assert summary.isVisible()
    assert summary.headline.text() == "2 imported, 0 skipped as duplicates, 1 failed"
    rows = {
        summary.model.item(r, 0).text(): (summary.model.item(r, 1).text(),
                                          summary.model.item(r, 2).text())
        for r in range(summary.model.rowCount())
    }  # fmt: skip
    assert rows[empty.name] == ("Failed", "the file is empty (0 bytes)")
    assert rows[pdf.name][0] == "Imported" and "pages" in rows[pdf.name][1]

    # Committed and visible to the window's own connection, and announced.
    assert session.store.document_count() == before + 2
    [broadcast] = changes  # once, after the commit
    assert broadcast.touches(Table.DOCUMENTS, Table.MENTIONS, Table.CAPACITY, Table.CLUSTERS)
    hits = search(session.store.conn, "西永微电子")
    pdf_id = next(r.document_id for r in report.results if r.path.name == pdf.name)
    assert pdf_id in {h.document_id for h in hits}

    # Double-clicking an imported file asks to open its document.
    with qtbot.waitSignal(session.open_document_requested) as opened:
        row = next(r for r in range(summary.model.rowCount())
                   if summary.model.item(r, 0).text() == docx.name)  # fmt: skip
        index = summary.model.index(row, 0)
        rect = summary.table.visualRect(index)
        viewport = summary.table.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    docx_id = next(r.document_id for r in report.results if r.path.name == docx.name)
    assert opened.args[0] == docx_id
    summary.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not summary.isVisible()


def test_the_summary_says_which_import_is_the_same_article_as_a_stored_one(qtbot, window, tmp_path):
    _main, session, controller, _changes = window
    title = "长三角半导体产业集群发展报告"
    pdf = tmp_path / "报告.pdf"
    write_chinese_pdf(pdf, REPORT_PARAGRAPHS, title=title, lines_per_page=8)
    page = tmp_path / "产业新闻网.html"
    page.write_text(saved_web_page(title, REPORT_PARAGRAPHS), "utf-8")
    before = session.store.document_count()

    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        controller.import_paths([pdf, page])
    report = finished.args[0]
    pdf_id, page_id = (r.document_id for r in report.results)

    summary = controller.summary_dialog
    qtbot.waitExposed(summary)
    assert summary.headline.text() == (
        "2 imported (1 of them the same article as a stored document), "
        "0 skipped as duplicates, 0 failed"
    )
    assert summary.notices.isVisible()
    notice = summary.notices.text()
    assert notice.startswith(
        f"产业新闻网.html looks like the same article as document {pdf_id} «{title}» ("
    )
    assert notice.endswith("% alike): its capacity rows are merged with that document's")
    rows = {
        summary.model.item(r, 0).text(): (summary.model.item(r, 1).text(),
                                          summary.model.item(r, 2).text())
        for r in range(summary.model.rowCount())
    }  # fmt: skip
    assert rows[pdf.name][0] == "Imported"
    status, detail = rows[page.name]
    assert status == "Imported (near duplicate)"
    assert f"the same article as document {pdf_id} «{title}»" in detail
    # Both files are stored; the web page is recorded as the PDF's near duplicate.
    assert session.store.document_count() == before + 2
    assert near_duplicate_of(session.store.conn, page_id) == pdf_id


def test_the_summary_shows_no_notice_when_nothing_is_alike(qtbot, window, tmp_path):
    _main, _session, controller, _changes = window
    docx = tmp_path / "备忘录.docx"
    write_docx(docx, "芯片产能备忘录", REPORT_PARAGRAPHS[:2])
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS):
        controller.import_paths([docx])
    summary = controller.summary_dialog
    qtbot.waitExposed(summary)
    assert not summary.notices.isVisible()
    assert summary.headline.text() == "1 imported, 0 skipped as duplicates, 0 failed"


def test_many_near_duplicates_are_counted_after_the_first_five(qtbot, window, tmp_path):
    _main, _session, controller, _changes = window
    paths = []
    for number in range(8):
        path = tmp_path / f"转载{number}.txt"
        path.write_text(f"第{number}家网站转载\n" + "\n".join(REPORT_PARAGRAPHS), "utf-8")
        paths.append(path)
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        controller.import_paths(paths)
    assert len(finished.args[0].near_duplicates) == 7
    summary = controller.summary_dialog
    qtbot.waitExposed(summary)
    lines = summary.notices.text().splitlines()
    assert len(lines) == 6 and lines[0].startswith("转载1.txt looks like the same article as")
    assert lines[-1] == "… and 2 more near duplicates (see Details)"
    statuses = [summary.model.item(r, 1).text() for r in range(summary.model.rowCount())]
    assert statuses == ["Imported"] + ["Imported (near duplicate)"] * 7


def test_cancel_in_the_progress_dialog_keeps_whole_documents_only(qtbot, window, tmp_path):
    _main, session, controller, _changes = window
    paths = []
    for number in range(40):
        path = tmp_path / f"{number:02d}.txt"
        text = f"第{number}号简报\n" + "\n".join(
            ("补充" * number) + p for p in REPORT_PARAGRAPHS * 8
        )
        path.write_text(text, "utf-8")
        paths.append(path)
    before = session.store.document_count()

    def click_cancel(task):
        def on_progress(done, total, message):
            dialog = controller.progress_dialog
            if dialog is not None and dialog.isVisible() and not task.is_cancel_requested():
                qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

        task.progressed.connect(on_progress)

    controller.runner.import_started.connect(click_cancel)
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        controller.import_paths([tmp_path])
    report = finished.args[0]
    assert report.cancelled
    assert len(report.imported) < len(paths)
    assert controller.summary_dialog.windowTitle() == "Import cancelled"
    conn = session.store.conn
    assert session.store.document_count() == before + len(report.imported)
    assert conn.execute("SELECT count(*) FROM imports").fetchone()[0] == len(report.imported)
    # Nothing half-written: a stored import has its mentions and sheet rows, or none of
    # them and is left to be finished later.
    pending = set(pending_documents(conn))
    for result in report.imported:
        runs = conn.execute(
            "SELECT (SELECT count(*) FROM recognition_runs WHERE document_id = ?), "
            "(SELECT count(*) FROM extraction_runs WHERE document_id = ?), "
            "(SELECT count(*) FROM mentions WHERE document_id = ?)",
            (result.document_id,) * 3,
        ).fetchone()
        if result.document_id in pending:
            assert tuple(runs) == (0, 0, 0)
        else:
            assert runs[0] == runs[1] == 1
    qtbot.waitUntil(lambda: not controller.progress_dialog.isVisible(), timeout=WAIT_MS)


def drag_events(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    drop = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    return mime, enter, drop


def test_dropping_files_on_the_window_imports_them(qtbot, window, tmp_path):
    main, _session, controller, _changes = window
    pdf, docx, _ = files(tmp_path)
    install_drop_import(controller.import_paths, main)
    assert main.acceptDrops()

    _mime, enter, drop = drag_events(main, [pdf, docx])
    QApplication.sendEvent(main, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        QApplication.sendEvent(main, drop)
        assert drop.isAccepted()
    assert [r.status for r in finished.args[0].results] == [IMPORTED, IMPORTED]

    # The same files dropped again are recognised as duplicates.
    _mime_again, enter_again, again = drag_events(main, [docx])  # events do not own their data
    QApplication.sendEvent(main, enter_again)
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        QApplication.sendEvent(main, again)
    assert [r.status for r in finished.args[0].results] == [DUPLICATE]
    assert controller.summary_dialog.headline.text().startswith("0 imported, 1 skipped")


def test_dragging_text_rather_than_files_is_left_alone(qtbot, window):
    main, _session, _controller, _changes = window
    dropped = []
    install_drop_import(dropped.append, main)
    mime = QMimeData()
    mime.setText("台积电")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(main, enter)
    assert not enter.isAccepted()
    assert dropped == []


def test_a_file_decoded_on_thin_evidence_says_so_in_the_summary(qtbot, window, tmp_path):
    main, session, controller, _changes = window
    short = tmp_path / "短句.txt"
    short.write_bytes("詳細闡述".encode("big5"))  # four characters: Big5 or GB18030?
    install_drop_import(controller.import_paths, main)
    _mime, enter, drop = drag_events(main, [short])
    QApplication.sendEvent(main, enter)
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        QApplication.sendEvent(main, drop)
    [result] = finished.args[0].results
    assert result.status == IMPORTED
    summary = controller.summary_dialog
    [row] = [
        r for r in range(summary.model.rowCount()) if summary.model.item(r, 0).text() == short.name
    ]
    detail = summary.model.item(row, 2).text()
    assert detail.endswith("; decoded as Big5; the evidence was thin")
    assert session.store.document_text(result.document_id) == "詳細闡述"
