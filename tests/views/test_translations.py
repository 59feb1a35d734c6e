"""The interface in Simplified and Traditional Chinese: every string translatable and
translated, the translation files in step with the sources, and each panel shown in
the chosen language."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from workbench.core.vocabulary import CHARTS
from workbench.models.language import (
    ENGLISH,
    LANGUAGE_ENV,
    SIMPLIFIED,
    TRADITIONAL,
    chosen_language,
    install_translators,
    language_for_locale,
    remove_translators,
)
from workbench.models.session import Session
from workbench.models.settings import WorkbenchSettings
from workbench.views.main_window import MainWindow

from ..conftest import ROOT
from .test_reader import open_and_settle

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = (SIMPLIFIED, TRADITIONAL)
# Visible words that are the same in every language: names, units and formats.
SAME_IN_EVERY_LANGUAGE = {"CoWoS", "TSMC", "PDF", "CSV", "PNG", "SVG", "Qt"}
PLACEHOLDER = re.compile(r"\{\w*\}")
MNEMONIC = re.compile(r"&\w")
# Two English words in a row: a phrase of the interface, unless it is the data's.
ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,})+")
# Controls that list the store's own words (product names such as "NAND Flash").
DATA_CONTROLS = ("capacityGroupPicker", "capacityCompanyPicker")
LONG_DOCUMENT = 21  # the bundled long report


def _script():
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the message's translation element."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def _english_sources() -> set[str]:
    sources = {source for _context, source in _messages(TRANSLATIONS / "workbench_zh_CN.ts")}
    return {s for s in sources if s.strip()} - SAME_IN_EVERY_LANGUAGE


# -- the files ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation_that_keeps_its_placeholders(language):
    messages = _messages(TRANSLATIONS / f"workbench_{language}.ts")
    assert len(messages) > 400
    problems = []
    for (context, source), translation in messages.items():
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text:
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
        elif MNEMONIC.search(source) and not MNEMONIC.search(text):
            problems.append(f"{context}: {source!r} → {text!r} loses its keyboard mnemonic")
    assert problems == []


def test_the_traditional_file_is_not_the_simplified_one():
    simplified = _messages(TRANSLATIONS / "workbench_zh_CN.ts")
    traditional = _messages(TRANSLATIONS / "workbench_zh_TW.ts")
    assert simplified.keys() == traditional.keys()
    assert traditional[("MainWindow", "&File")].text == "檔案(&F)"
    assert traditional[("MainWindow", "&Undo")].text == "復原(&U)"
    assert simplified[("MainWindow", "&File")].text == "文件(&F)"
    # Taiwan usage, not the Simplified words in Traditional characters.
    for (_context, _source), translation in traditional.items():
        for mainland in ("數據庫", "搜索", "導出", "導入", "設置", "文檔", "撤銷"):
            assert mainland not in (translation.text or ""), translation.text


def test_the_translation_sources_are_up_to_date_with_the_code(tmp_path):
    """Every string the code marks is in the .ts files, and none the code dropped."""
    script = _script()
    for language in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"workbench_{language}.ts", tmp_path)
    script.update(tmp_path)
    for language in LANGUAGES:
        committed = _messages(TRANSLATIONS / f"workbench_{language}.ts")
        regenerated = _messages(tmp_path / f"workbench_{language}.ts")
        added = sorted(set(regenerated) - set(committed))
        dropped = sorted(set(committed) - set(regenerated))
        assert (added, dropped) == ([], []), (
            "run: .venv/bin/python scripts/translations.py update, translate, then build"
        )


def test_the_compiled_translations_are_built_from_the_sources(tmp_path):
    built = _script().build(TRANSLATIONS, tmp_path)
    for path in built:
        committed = TRANSLATIONS / path.name
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed.name} is stale: run .venv/bin/python scripts/translations.py build"
        )


# -- which language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", SIMPLIFIED),
        ("zh_SG.UTF-8", SIMPLIFIED),
        ("zh", SIMPLIFIED),
        ("zh_TW", TRADITIONAL),
        ("zh_HK", TRADITIONAL),
        ("zh-MO", TRADITIONAL),
        ("zh_Hant", TRADITIONAL),
        ("en_US", ENGLISH),
        ("de_DE", ENGLISH),
    ],
)
def test_the_system_locale_chooses_the_language(locale, language):
    assert language_for_locale(locale) == language


def test_a_chosen_language_beats_the_system_and_the_environment_beats_both(monkeypatch):
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert chosen_language(TRADITIONAL) == TRADITIONAL
    assert chosen_language("nonsense") in (SIMPLIFIED, TRADITIONAL, ENGLISH)
    monkeypatch.setenv(LANGUAGE_ENV, "zh_CN")
    assert chosen_language(TRADITIONAL) == SIMPLIFIED
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert chosen_language(TRADITIONAL) == ENGLISH


# -- the window in Chinese ----------------------------------------------------------------


@pytest.fixture
def language(request, qapp):
    """The interface language of the test: translators installed as at start-up."""
    translators = install_translators(qapp, request.param)
    assert len(translators) == 2  # the workbench's and Qt's own
    yield request.param
    remove_translators(qapp, translators)


def _window(store, tmp_path, qtbot) -> MainWindow:
    window = MainWindow(Session(store), WorkbenchSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.restore_layout()
    window.show()
    qtbot.waitExposed(window)
    return window


EXPECTED = {
    SIMPLIFIED: {
        "menus": ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"],
        "docks": {"Library": "文档库", "Search": "搜索", "Entities": "实体", "Sheets": "数据表"},
        "library_header": "标题",
        "sheet_tabs": ["产能", "产业集群"],
        "capacity_header": "企业",
        "add": "添加",
        "documents": "38 篇文档",
        "status": "简体 · 38,807 字",
        "chart": "各企业最新产能",
        "ok": "确定",
    },
    TRADITIONAL: {
        "menus": ["檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"],
        "docks": {"Library": "文件庫", "Search": "搜尋", "Entities": "實體", "Sheets": "資料表"},
        "library_header": "標題",
        "sheet_tabs": ["產能", "產業聚落"],
        "capacity_header": "企業",
        "add": "新增",
        "documents": "38 份文件",
        "status": "簡體 · 38,807 字",
        "chart": "各企業最新產能",
        "ok": "確定",
    },
}


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_each_panel_speaks_the_chosen_language(language, seeded_store, tmp_path, qtbot):
    expected = EXPECTED[language]
    window = _window(seeded_store, tmp_path, qtbot)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == expected["menus"]
    for name, title in expected["docks"].items():
        assert window.docks[name].windowTitle() == title
    library = window.library_panel.table.model()
    assert library.headerData(0, Qt.Orientation.Horizontal) == expected["library_header"]
    assert window.count_label.text() == expected["documents"]
    tabs = window.sheets_panel.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == expected["sheet_tabs"]
    capacity = window.sheets_panel.tab("capacity")
    assert capacity.model.headerData(0, Qt.Orientation.Horizontal) == expected["capacity_header"]
    assert capacity.add_button.text() == expected["add"]
    open_and_settle(qtbot, window.reader_panel, LONG_DOCUMENT)
    assert window.document_label.text() == expected["status"]
    window.show_panel("Charts")
    picker = window.charts_panel.chart_picker
    assert picker.itemText(0) == expected["chart"]
    # Qt's own dialog buttons come from Qt's translations.
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Ok, window)
    assert box.button(QMessageBox.StandardButton.Ok).text() == expected["ok"]
    box.deleteLater()


def _visible_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text the window and its panels show or offer."""
    texts: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            texts.append((where, text.strip()))

    for action in window.findChildren(type(window.undo_action)):
        add(f"action {action.objectName()}", action.text())
        add(f"status tip of {action.objectName()}", action.statusTip())
    for menu in window.findChildren(QMenu):
        add("menu", menu.title())
        for action in menu.actions():
            add(f"menu item {action.objectName()}", action.text())
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        add(f"tooltip of {name}", widget.toolTip())
        add(f"accessible name of {name}", widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QLineEdit):
            add(f"placeholder of {name}", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"item of {name}", widget.itemText(i))
        if isinstance(widget, QDockWidget):
            add(name, widget.windowTitle())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"tab of {name}", widget.tabText(i))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                text = widget.model().headerData(section, widget.orientation())
                add(f"header of {widget.parent().objectName()}", str(text or ""))
    return texts


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_visible_text_is_left_in_english(language, seeded_store, tmp_path, qtbot):
    """With Chinese active, no text of the window equals an English source string: a
    string shown in English although it is in the .ts files was never passed through
    the translator (a module-level constant, a tr() with the wrong context)."""
    english = _english_sources()
    bare = {s.replace("&", "") for s in english}
    window = _window(seeded_store, tmp_path, qtbot)
    open_and_settle(qtbot, window.reader_panel, LONG_DOCUMENT)
    shown = []
    window.show_panel("Charts")
    for chart in CHARTS:  # each chart's controls and title
        picker = window.charts_panel.chart_picker
        picker.setCurrentIndex(picker.findData(chart.code))
        shown += _visible_texts(window)
    window.show_panel("Sheets")
    for name, tab in window.sheets_panel.sheet_tabs.items():
        window.sheets_panel.tabs.setCurrentWidget(tab)
        shown += [(f"{name}: {where}", text) for where, text in _visible_texts(window)]
    # Menus built when asked for: the Library's and the Reader's context menus.
    library = window.library_panel
    library.table.selectRow(0)
    first = library.table.visualRect(library.model.index(0, 0)).center()
    menus = [library.build_context_menu(first)]
    reader = window.reader_panel.view
    reader.selectAll()
    menus.append(reader.build_context_menu(reader.viewport().rect().center()))
    for menu in menus:
        for action in menu.actions():
            shown.append((f"context menu item {action.objectName()}", action.text()))
            if action.menu():
                shown += [("submenu item", a.text()) for a in action.menu().actions()]
    left = sorted({(where, text) for where, text in shown if text in english or text in bare})
    assert left == []
    phrases = sorted(
        {
            (where, text)
            for where, text in shown
            if ENGLISH_WORDS.search(text) and not any(c in where for c in DATA_CONTROLS)
        }
    )
    assert phrases == []
