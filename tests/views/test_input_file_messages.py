"""A file the workbench cannot read is said in the interface language, and changes nothing."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from workbench.core.importing import FAILED
from workbench.core.lexicon_file import FORMAT as LEXICON_FORMAT
from workbench.models.entity_models import EntityIndexModel, EntityMentionsModel
from workbench.models.session import Session
from workbench.views.drop_import import install_drop_import
from workbench.views.entities_panel import EntitiesPanel

from .shipped_translation import shipped_translation
from .test_import_gui import WAIT_MS, drag_events, importing_window


def _bad_files(tmp_path):
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    old_word = tmp_path / "旧备忘.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0 not read")
    truncated = tmp_path / "截断.txt"
    truncated.write_bytes("台积电先进封装产能".encode()[:-1])  # cut inside 能
    return empty, old_word, truncated


def _counts(store):
    return [
        store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "imports", "document_pages", "mentions", "occurrences")
    ]


def _dropped_in_language(qapp, qtbot, store, language, paths):
    """The import summary of ``paths`` dropped on a window in ``language``."""
    with shipped_translation(qapp, language):
        window, controller = importing_window(qtbot, Session(store))
        install_drop_import(controller.import_paths, window)
        _mime, enter, drop = drag_events(window, paths)
        QApplication.sendEvent(window, enter)
        with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
            QApplication.sendEvent(window, drop)
            assert drop.isAccepted()
        summary = controller.summary_dialog
        assert summary.isVisible()
        rows = {
            summary.model.item(r, 0).text(): (
                summary.model.item(r, 1).text(),
                summary.model.item(r, 2).text(),
            )
            for r in range(summary.model.rowCount())
        }
        return finished.args[0], summary.headline.text(), rows


def test_files_that_cannot_be_read_are_said_in_simplified_chinese(
    qapp, qtbot, seeded_store, tmp_path
):
    empty, old_word, truncated = _bad_files(tmp_path)
    before = _counts(seeded_store)
    report, headline, rows = _dropped_in_language(
        qapp, qtbot, seeded_store, "zh_CN", [empty, old_word, truncated]
    )
    assert [r.status for r in report.results] == [FAILED] * 3
    assert headline == "已导入 0 个，跳过 0 个重复，3 个失败"
    assert rows == {
        empty.name: ("失败", "文件是空的（0 字节）"),
        old_word.name: (
            "失败",
            "无法读取旧格式 Word 文件（.doc）：请在 Word 或 LibreOffice 中另存为 .docx",
        ),
        truncated.name: ("失败", "文件不完整：结尾断在一个 UTF-8 字符中间（第 24 字节）"),
    }
    # The report keeps its English for the command line and the log.
    assert str(report.results[0].reason) == "the file is empty (0 bytes)"
    assert _counts(seeded_store) == before


def test_files_that_cannot_be_read_are_said_in_traditional_chinese(
    qapp, qtbot, seeded_store, tmp_path
):
    empty, _old_word, truncated = _bad_files(tmp_path)
    before = _counts(seeded_store)
    _report, headline, rows = _dropped_in_language(
        qapp, qtbot, seeded_store, "zh_TW", [empty, truncated]
    )
    assert headline == "已匯入 0 個，略過 0 個重複，2 個失敗"
    assert rows[empty.name] == ("失敗", "檔案是空的（0 位元組）")
    assert rows[truncated.name][1].startswith("檔案不完整")
    assert _counts(seeded_store) == before


def test_a_lexicon_that_cannot_be_read_is_said_in_chinese_and_teaches_nothing(
    qapp, qtbot, seeded_store, tmp_path
):
    broken = tmp_path / "同事词表.json"
    broken.write_text('{"format": ', encoding="utf-8")
    gbk = tmp_path / "旧词表.json"
    gbk.write_bytes('{"名称": "台积电"}'.encode("gbk"))
    mistyped = tmp_path / "改过的词表.json"
    mistyped.write_text(
        json.dumps(
            {
                "format": LEXICON_FORMAT,
                "version": 1,
                "entities": [
                    {
                        "canonical": "北极光芯",
                        "type": "ORG",
                        "aliases": [{"name": "北极光", "found_as": "DATE"}],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    with shipped_translation(qapp, "zh_CN"):
        session = Session(seeded_store)
        panel = EntitiesPanel(EntityIndexModel(session), EntityMentionsModel(session), session)
        qtbot.addWidget(panel)
        panel.show()
        aliases = "SELECT count(*) FROM entity_aliases"
        before = seeded_store.conn.execute(aliases).fetchone()[0]
        assert not panel.import_lexicon_from(str(broken))
        assert panel.message.text() == (
            "同事词表.json：不是 JSON（第 1 行第 12 列：Expecting value）"
        )
        assert not panel.import_lexicon_from(str(gbk))
        assert panel.message.text() == "旧词表.json：不是 UTF-8 文本（第 2 字节）"
        assert not panel.import_lexicon_from(str(mistyped))
        assert panel.message.text() == (
            "改过的词表.json：实体 1（北极光芯）的别名 1：未知类型“DATE”"
            "（请使用 ORG, GPE, PERSON, PRODUCT 之一）"
        )
        assert seeded_store.conn.execute(aliases).fetchone()[0] == before


def test_a_refused_tag_and_name_are_said_in_chinese_and_nothing_is_kept(qapp, qtbot, seeded_store):
    from workbench.core.store.tags import tags_by_document
    from workbench.models.library_model import LibraryModel
    from workbench.views.library_panel import LibraryPanel

    from .test_document_tags import add_tag_by_keyboard, choose
    from .test_reader import TSMC_TITLE, document_id

    with shipped_translation(qapp, "zh_CN"):
        session = Session(seeded_store)
        library = LibraryPanel(LibraryModel(session), session)
        qtbot.addWidget(library)
        library.resize(900, 600)
        library.show()
        qtbot.waitExposed(library)
        qtbot.waitUntil(library.table.isVisible)  # once its rows are read
        choose(library, document_id(seeded_store, TSMC_TITLE))
        qtbot.waitUntil(library.table.hasFocus)  # Ctrl+T goes to the focused Library
        add_tag_by_keyboard(qtbot, library, "芯片，封装")
        assert library.tag_message.isVisible()
        assert library.tag_message.text() == "无法更改标签：标签不能含有“，”（列表中用它分隔标签）"
        assert tags_by_document(seeded_store.conn) == {}

        entities = EntitiesPanel(EntityIndexModel(session), EntityMentionsModel(session), session)
        qtbot.addWidget(entities)
        entities.show()
        assert not entities.add_name("芯" * 201, "ORG")
        assert entities.message.text() == "名称超过 200 个字符。"
        assert not entities.add_name("长\x07鑫", "ORG")
        assert entities.message.text() == "名称含有控制字符（U+0007）。"
        assert session.undo_stack.count() == 0
        session.undo_stack.clear()
