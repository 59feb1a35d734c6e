"""Exporting a sheet from the window: the Export button writes what the panel shows —
every cell, header and row order of the table, read back from the .xlsx and the CSV —
without the rows the analyst rejected unless the export dialog is told to keep them."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

from workbench.core.export_tables import CSV, XLSX
from workbench.core.vocabulary import REJECTED
from workbench.models.session import Session
from workbench.views.sheet_actions import ExportChoice, chosen_export, export_file_dialog
from workbench.views.sheets_panel import SheetsPanel

from .. import sheet_fixtures
from .shipped_translation import shipped_translation

extracted_store_path = sheet_fixtures.extracted_store_path
extracted_store = sheet_fixtures.extracted_store

PROVENANCE_SOURCES = [("SheetColumn", "Document"), ("Export", "Publisher"), ("Export", "Date"),
                      ("Export", "Page")]  # fmt: skip
TRAILING_SOURCES = [("Export", "Last written by"), ("Export", "Document key")]


@pytest.fixture
def panel(qtbot, extracted_store):
    panel = SheetsPanel(Session(extracted_store))
    qtbot.addWidget(panel)
    panel.resize(1400, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _click_export(qtbot, tab) -> str:
    """Click Export and wait for the worker to finish; the message it ended with."""
    with qtbot.waitSignal(tab.export_finished, timeout=20_000) as ended:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    return ended.args[0]


def _shown(tab) -> tuple[list[str], list[list[str]]]:
    """The headers and the cells' text as the table shows them, row by row."""
    model = tab.model
    while model.canFetchMore(tab.table.rootIndex()):
        model.fetchMore(tab.table.rootIndex())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return headers, rows


def _as_shown(value) -> str:
    """A text cell as the sheet shows it on screen."""
    return "" if value is None else str(value)


def _compare(tab, headers: list[str], rows: list[list], provenance_check) -> None:
    """Every exported cell against the panel: the same columns in its order, the document's
    id given way to its provenance, the rows in the order shown minus rejected ones."""
    shown_headers, shown_rows = _shown(tab)
    document = tab.schema.index_of("document_id")
    provenance = [QCoreApplication.translate(*source) for source in PROVENANCE_SOURCES]
    trailing = [QCoreApplication.translate(*source) for source in TRAILING_SOURCES]
    assert headers == [
        *shown_headers[:document],
        *provenance,
        *shown_headers[document + 1 :],
        *trailing,
    ]
    kept = [
        (r, line) for r, line in enumerate(shown_rows) if tab.model.record(r)["review"] != REJECTED
    ]
    assert len(rows) == len(kept)
    for (r, line), exported in zip(kept, rows, strict=True):
        own = exported[:document] + exported[document + len(provenance) : -len(trailing)]
        columns = [c for c in tab.schema.columns if c.key != "document_id"]
        texts = [text for c, text in enumerate(line) if c != document]
        for column, value, text in zip(columns, own, texts, strict=True):
            if column.numeric and value not in (None, ""):  # 40,000,000,000 on screen
                assert float(value) == float(text.replace(",", "")), (r, column.key)
            else:
                assert _as_shown(value) == text, (r, column.key)
        provenance_check(
            tab.model.record(r),
            exported[document : document + len(provenance)],
            exported[-len(trailing) :],
        )


def _provenance(store):
    documents = {
        row[0]: row[1:]
        for row in store.conn.execute(
            "SELECT id, title, publisher, publish_date, content_hash FROM documents"
        )
    }

    def check(record, cells, trailing) -> None:
        title, publisher, date, key = documents[record["document_id"]]
        assert list(trailing) in (["", key], [None, key])  # no writer recorded in a store file
        assert cells[0] == title and (cells[1] or None) == publisher
        if date:
            assert cells[2] in (dt.date.fromisoformat(date), dt.datetime.fromisoformat(date), date)
        assert cells[3] in (None, "")  # the bundled corpus has no pages

    return check


def test_the_export_button_writes_the_rows_shown_as_a_workbook(
    panel, qtbot, tmp_path, extracted_store
):
    tab = panel.tab("capacity")
    tab.table.sortByColumn(tab.schema.index_of("value_low"), Qt.SortOrder.DescendingOrder)
    # the analyst rejects the first two rows (R), which stay in the table struck through
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    rejected = [r for r in range(tab.model.rowCount()) if tab.model.record(r)["review"] == REJECTED]
    assert len(rejected) == 2
    out = tmp_path / "产能.xlsx"
    asked = []
    tab.ask_export = lambda: asked.append(1) or ExportChoice(str(out), XLSX)
    _click_export(qtbot, tab)
    assert asked == [1]
    total = tab.model.rowCount()
    assert f"Exported {total - 2} rows" in tab.message.text()
    sheet = load_workbook(out).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    _compare(tab, cells[0], cells[1:], _provenance(extracted_store))
    # numbers are numbers, years whole numbers
    value = cells[0].index("Value (low)")
    assert all(
        isinstance(line[value], int | float) for line in cells[1:] if line[value] is not None
    )
    year = cells[0].index("Year")
    assert all(type(line[year]) is int for line in cells[1:] if line[year] is not None)

    # ticked in the dialog: the rejected rows go too, and the next dialog remembers it
    tab.ask_export = lambda: ExportChoice(str(out), XLSX, include_rejected=True)
    _click_export(qtbot, tab)
    assert load_workbook(out).active.max_row == total + 1
    assert tab.include_rejected


def test_the_csv_from_the_window_matches_the_panel(panel, qtbot, tmp_path, extracted_store):
    tab = panel.tab("clusters")
    panel.tabs.setCurrentWidget(tab)
    tab.filters.edits["country"].insert("德国")
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < tab.model.total_count())
    out = tmp_path / "clusters.csv"
    tab.ask_export = lambda: ExportChoice(str(out), CSV)
    _click_export(qtbot, tab)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    _compare(tab, lines[0], lines[1:], _provenance(extracted_store))
    assert {line[lines[0].index("Country")] for line in lines[1:]} == {"德国"}


def test_the_export_dialog_offers_both_formats_and_the_rejected_rows(panel, qtbot, tmp_path):
    dialog, box = export_file_dialog(panel, "Export", "capacity")
    qtbot.addWidget(dialog)
    filters = dialog.nameFilters()
    assert filters[0].endswith("(*.xlsx)") and filters[1].endswith("(*.csv)")
    assert isinstance(box, QCheckBox) and not box.isChecked() and box.window() is dialog
    assert dialog.defaultSuffix() == "xlsx"
    # choosing CSV in "Files of type" renames capacity.xlsx to capacity.csv
    dialog.show()
    qtbot.waitExposed(dialog)
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    types.setFocus()
    qtbot.keyClick(types, Qt.Key.Key_Down)
    assert types.currentIndex() == 1
    assert dialog.defaultSuffix() == "csv"
    assert dialog.findChild(QLineEdit, "fileNameEdit").text() == "capacity.csv"
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(tmp_path / "表.xlsx"))
    box.setChecked(True)
    choice = chosen_export(dialog, box)
    assert choice == ExportChoice(str(tmp_path / "表.xlsx"), XLSX, True)  # the suffix decides
    dialog.selectFile(str(tmp_path / "表"))
    assert chosen_export(dialog, box).form == CSV  # no suffix: the filter decides


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>SheetColumn</name>
<message><source>Cluster</source><translation>集群</translation></message>
<message><source>Country</source><translation>国家</translation></message>
<message><source>Document</source><translation>来源文档</translation></message>
<message><source>Review</source><translation>审核</translation></message>
</context>
<context><name>Export</name>
<message><source>Publisher</source><translation>发布机构</translation></message>
<message><source>Date</source><translation>日期</translation></message>
</context>
<context><name>SheetValue</name>
<message><source>auto</source><translation>自动</translation></message>
</context>
</TS>
"""


@pytest.fixture
def chinese(qapp, tmp_path):
    """A Simplified Chinese translator for a few headers and values, installed on the app."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    source, built = tmp_path / "zh_CN.ts", tmp_path / "zh_CN.qm"
    source.write_text(TS, encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(built)], check=True)
    translator = QTranslator()
    assert translator.load(str(built))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_window_exports_with_its_translated_headers(chinese, qtbot, tmp_path, extracted_store):
    panel = SheetsPanel(Session(extracted_store))  # built with the translator installed
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    tab = panel.tab("clusters")
    panel.tabs.setCurrentWidget(tab)
    out = tmp_path / "集群.xlsx"
    tab.ask_export = lambda: ExportChoice(str(out), XLSX)
    _click_export(qtbot, tab)
    cells = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    assert cells[0][:3] == ["集群", "Continent", "国家"]
    assert {"来源文档", "发布机构", "日期", "审核"} <= set(cells[0])
    assert {line[cells[0].index("审核")] for line in cells[1:]} == {"自动"}
    _compare(tab, cells[0], cells[1:], _provenance(extracted_store))


def test_with_the_shipped_translation_no_header_stays_english(
    qapp, qtbot, tmp_path, extracted_store
):
    """With the workbench's own Simplified Chinese file (once built), every header of an
    export is translated."""
    with shipped_translation(qapp, "zh_CN"):
        panel = SheetsPanel(Session(extracted_store))
        qtbot.addWidget(panel)
        tab = panel.tab("capacity")
        out = tmp_path / "产能.csv"
        tab.ask_export = lambda: ExportChoice(str(out), CSV)
        _click_export(qtbot, tab)
        with open(out, encoding="utf-8-sig", newline="") as file:
            lines = list(csv.reader(file))
        english = {c.label for c in tab.schema.columns} | {"Publisher", "Date", "Page"}
        english |= {"Last written by", "Document key"}
        assert not set(lines[0]) & english
        _compare(tab, lines[0], lines[1:], _provenance(extracted_store))


def test_cancelling_an_export_leaves_the_file_as_it_was(panel, qtbot, tmp_path, monkeypatch):
    """Cancel in the export's progress dialog: the message says so and the workbook
    written before is still there, whole."""
    tab = panel.tab("capacity")
    out = tmp_path / "exports" / "产能.xlsx"
    out.parent.mkdir()
    tab.ask_export = lambda: ExportChoice(str(out), XLSX)
    _click_export(qtbot, tab)
    before = out.read_bytes()

    import workbench.core.sheet_export as sheet_export

    clicked = threading.Event()
    real = sheet_export.export_sheet_at

    def after_the_click(*args, progress, **kwargs):  # holds the worker until Cancel is hit
        progress.report(0, 10, "")
        clicked.wait(20)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(sheet_export, "export_sheet_at", after_the_click)
    with qtbot.waitSignal(tab.export_finished, timeout=20_000) as ended:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
        dialog = tab.export_progress
        qtbot.waitUntil(dialog.isVisible)
        assert "Exporting the Capacity sheet" in dialog.labelText()
        cancel = dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        clicked.set()
    assert ended.args[0] == "Export cancelled; nothing was written."
    assert tab.message.isVisible() and tab.message.text() == ended.args[0]
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no partial file left


def test_a_second_export_waits_for_the_first(panel, qtbot, tmp_path, monkeypatch):
    tab = panel.tab("clusters")
    import workbench.core.sheet_export as sheet_export

    release = threading.Event()
    real = sheet_export.export_sheet_at

    def held(*args, progress, **kwargs):
        release.wait(20)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(sheet_export, "export_sheet_at", held)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    with qtbot.waitSignal(tab.export_finished, timeout=20_000) as ended:
        tab.ask_export = lambda: ExportChoice(str(first), CSV)
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
        tab.ask_export = lambda: ExportChoice(str(second), CSV)
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
        assert tab.message.text() == "An export is still running; wait for it to finish."
        release.set()
    assert ended.args[0].startswith("Exported ") and first.exists() and not second.exists()
    assert not panel.session.exporter.running
