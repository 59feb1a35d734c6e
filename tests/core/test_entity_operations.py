"""The entity operations: each changes what it says, its inverse puts back exactly the
rows it touched, and the inverse of the inverse does it again."""

from __future__ import annotations

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.operations import Table
from workbench.core.operations import entities as ops
from workbench.core.pipeline import recognise_again, recognizer_for
from workbench.core.store.entities import documents_containing, entity_by_name

from .. import entity_fixtures
from ..entity_fixtures import dump, mentions_of

news_store_path = entity_fixtures.news_store_path
news_store = entity_fixtures.news_store


def undone_and_redone(store, outcome):
    """Undo, check every row is back; redo, check every row is as the edit left it."""
    after = dump(store)
    undo = outcome.inverse(store)
    undone = dump(store)
    redo = undo.inverse(store)
    assert dump(store) == after
    return undone, redo


def apply_names(store, outcome) -> list[int]:
    documents = documents_containing(store.conn, sorted(outcome.changes.names))
    recognise_again(store, documents)
    return documents


def found(store, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.canonical) for m in recognizer_for(store).recognise(text)]


def test_teach_a_name_then_undo_and_redo(news_store):
    store = news_store
    assert ("北极光芯", "ORG", "北极光芯") not in found(store, "北极光芯在苏州设厂")
    before = dump(store)
    outcome = ops.teach_name(store, "北极光芯", "ORG")
    assert outcome.changes.names == {"北极光芯"}
    assert outcome.changes.touches(Table.ENTITIES)
    assert entity_by_name(store.conn, "北极光芯", "ORG").source == "analyst"
    assert ("北极光芯", "ORG", "北极光芯") in found(store, "北极光芯在苏州设厂")
    # Traditional and Simplified are one name.
    assert ("北極光芯", "ORG", "北极光芯") in found(store, "北極光芯在蘇州設廠")

    undone, redo = undone_and_redone(store, outcome)
    assert undone == before
    assert redo.changes.names == {"北极光芯"}


def test_a_taught_name_is_found_in_the_documents_recognised_again(news_store):
    store = news_store
    assert mentions_of(store, "北极光芯") == []
    outcome = ops.teach_name(store, "北极光芯", "ORG")
    documents = apply_names(store, outcome)
    assert len(documents) == 2
    taught = [m[3:] for m in mentions_of(store, "北极光芯")]
    assert taught == [("ORG", "北极光芯"), ("ORG", "北極光芯")]
    assert not [m for m in mentions_of(store, "北极光", "GPE")]

    # Undone and recognised again: the documents are as before the lesson.
    outcome.inverse(store)
    recognise_again(store, documents)
    assert mentions_of(store, "北极光芯") == []


def test_teaching_a_name_already_taught_changes_nothing(news_store):
    ops.teach_name(news_store, "北极光芯", "ORG")
    before = dump(news_store)
    # In the other script too: it is the same name, not a second entity.
    for spelling in ("北极光芯", "北極光芯", " 北極光芯 "):
        again = ops.teach_name(news_store, spelling, "ORG")
        assert not again.changed and again.inverse is None
    assert dump(news_store) == before
    # A name merged into another entity is that entity's when taught again.
    ops.merge_entities(news_store, ("台积电", "ORG"), [("中芯国际", "ORG")])
    assert not ops.teach_name(news_store, "中芯国际", "ORG").changed


def test_teach_refuses_an_empty_name_and_a_type_that_is_not_a_name(news_store):
    before = dump(news_store)
    with pytest.raises(WorkbenchError, match="empty"):
        ops.teach_name(news_store, "  ", "ORG")
    with pytest.raises(WorkbenchError, match="not a type of name"):
        ops.teach_name(news_store, "北极光芯", "MONEY")
    assert dump(news_store) == before


def test_never_an_entity_removes_its_mentions_and_undo_brings_them_back(news_store):
    store = news_store
    assert mentions_of(store, "新建", "GPE")
    before = dump(store)
    outcome = ops.never_an_entity(store, "新建")
    assert mentions_of(store, "新建") == []
    assert outcome.changes.of_table(Table.MENTIONS).document_ids
    assert ("新建", "GPE", "新建") not in found(store, "公司在合肥新建工厂")

    undone, _redo = undone_and_redone(store, outcome)
    assert undone == before
    outcome.inverse(store)
    assert mentions_of(store, "新建", "GPE")
    assert ("新建", "GPE", "新建") in found(store, "公司在合肥新建工厂")


def test_never_a_taught_name_drops_it_from_the_lexicon(news_store):
    store = news_store
    apply_names(store, ops.teach_name(store, "北极光芯", "ORG"))
    before = dump(store)
    outcome = ops.never_an_entity(store, "北極光芯")
    assert mentions_of(store, "北极光芯") == []
    assert store.conn.execute("SELECT count(*) FROM entity_aliases").fetchone()[0] == 0
    # What the bundled recogniser finds there comes back.
    assert found(store, "北极光芯在苏州设厂") == [
        ("北极光", "GPE", "北极光"),
        ("苏州", "GPE", "苏州"),
    ]
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before


def test_teaching_a_name_marked_never_makes_it_a_name_again(news_store):
    store = news_store
    ops.never_an_entity(store, "新建")
    before = dump(store)
    outcome = ops.teach_name(store, "新建", "ORG")
    assert store.conn.execute("SELECT count(*) FROM never_names").fetchone()[0] == 0
    assert ("新建", "ORG", "新建") in found(store, "公司在合肥新建工厂")
    undone, redo = undone_and_redone(store, outcome)
    assert undone == before
    redo.inverse(store)
    assert ("新建", "ORG", "新建") not in found(store, "公司在合肥新建工厂")


def test_rename_rewrites_the_mentions_and_holds_for_later_documents(news_store):
    store = news_store
    count = len(mentions_of(store, "华芯微电子", "ORG"))
    assert count == 2
    before = dump(store)
    outcome = ops.rename_entity(store, "华芯微电子", "ORG", "华芯微电子股份有限公司")
    assert mentions_of(store, "华芯微电子") == []
    assert len(mentions_of(store, "华芯微电子股份有限公司", "ORG")) == count
    assert entity_by_name(store.conn, "华芯微电子", "ORG") is None
    assert ("华芯微电子", "ORG", "华芯微电子股份有限公司") in found(store, "华芯微电子扩产")

    undone, _ = undone_and_redone(store, outcome)
    assert undone == before


def test_rename_onto_an_existing_name_merges(news_store):
    store = news_store
    before = dump(store)
    outcome = ops.rename_entity(store, "中芯国际", "ORG", "台积电")
    assert entity_by_name(store.conn, "中芯国际", "ORG") is None
    assert len(mentions_of(store, "台积电", "ORG")) == 3
    assert ("中芯国际", "ORG", "台积电") in found(store, "中芯国际扩产")
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before


def test_merge_and_undo(news_store):
    store = news_store
    before = dump(store)
    others = [("中芯国际", "ORG"), ("比亚迪", "ORG")]
    outcome = ops.merge_entities(store, ("台积电", "ORG"), others)
    assert mentions_of(store, "中芯国际") == mentions_of(store, "比亚迪") == []
    written = [m[4] for m in mentions_of(store, "台积电")]
    assert written == ["台积电", "中芯国际", "台積電", "比亚迪"]
    assert entity_by_name(store.conn, "台积电", "ORG").source == "analyst"
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before


def test_merge_into_a_name_no_document_has_yet(news_store):
    store = news_store
    before = dump(store)
    others = [("中芯国际", "ORG"), ("台积电", "ORG")]
    outcome = ops.merge_entities(store, ("芯片三强", "ORG"), others)
    assert len(mentions_of(store, "芯片三强", "ORG")) == 3
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before


def test_split_an_alias_off_a_merged_entity(news_store):
    store = news_store
    ops.merge_entities(store, ("台积电", "ORG"), [("华芯微电子", "ORG")])
    before = dump(store)
    # Either script: the mentions written so in both go.
    outcome = ops.split_alias(store, ("台积电", "ORG"), "華芯微電子")
    assert [m[4] for m in mentions_of(store, "華芯微電子", "ORG")] == ["华芯微电子", "華芯微電子"]
    assert [m[4] for m in mentions_of(store, "台积电", "ORG")] == ["台积电", "台積電"]
    assert ("华芯微电子", "ORG", "華芯微電子") in found(store, "华芯微电子扩产")
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before
    with pytest.raises(WorkbenchError, match="own name"):
        ops.split_alias(store, ("台积电", "ORG"), "台積電")


def test_change_type(news_store):
    store = news_store
    before = dump(store)
    outcome = ops.change_entity_type(store, ("宁德时代", "ORG"), "PRODUCT")
    assert mentions_of(store, "宁德时代", "ORG") == []
    assert [m[3] for m in mentions_of(store, "宁德时代")] == ["PRODUCT"]
    assert entity_by_name(store.conn, "宁德时代", "PRODUCT").source == "analyst"
    assert ("宁德时代", "PRODUCT", "宁德时代") in found(store, "宁德时代的电池")
    assert outcome.changes.names == {"宁德时代"}
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before


def test_adopt_an_entity(news_store):
    store = news_store
    before = dump(store)
    outcome = ops.adopt_entity(store, "合肥", "GPE")
    assert entity_by_name(store.conn, "合肥", "GPE").source == "analyst"
    assert outcome.changes.names == {"合肥"}
    undone, _ = undone_and_redone(store, outcome)
    assert undone == before
    assert not ops.adopt_entity(store, "合肥", "GPE").changed
    # One no document names yet is made, and undo removes it.
    adopted = dump(store)
    made = ops.adopt_entity(store, "北极光芯", "ORG")
    assert entity_by_name(store.conn, "北极光芯", "ORG").source == "analyst"
    made.inverse(store)
    assert dump(store) == adopted


def sheet_companies(store) -> list[tuple[str, str]]:
    return [
        tuple(r) for r in store.conn.execute("SELECT company, company_written FROM capacity_rows")
    ]


def test_the_capacity_sheet_follows_a_rename_a_merge_and_a_split(news_store):
    store = news_store
    assert sheet_companies(store) == [("华芯微电子", "華芯微電子")]
    renamed = ops.rename_entity(store, "华芯微电子", "ORG", "华芯微电子集团")
    assert renamed.changes.touches(Table.CAPACITY)
    assert sheet_companies(store) == [("华芯微电子集团", "華芯微電子")]
    undone, _ = undone_and_redone(store, renamed)
    assert undone["capacity_rows"][0][1] == "华芯微电子"

    merged = ops.merge_entities(store, ("中芯国际", "ORG"), [("华芯微电子集团", "ORG")])
    assert sheet_companies(store) == [("中芯国际", "華芯微電子")]
    split = ops.split_alias(store, ("中芯国际", "ORG"), "華芯微電子")
    assert sheet_companies(store) == [("華芯微電子", "華芯微電子")]
    split.inverse(store)
    merged.inverse(store)
    assert sheet_companies(store) == [("华芯微电子集团", "華芯微電子")]
