"""The Library and Entities models read a page at a time: what they show after every page,
sort, filter and edit is what a count from scratch says, and edits never reset them."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.list_counts import entity_recount, library_recount
from tests.operations import run_add_annotation, run_review_mention
from workbench.core.operations import Changes, Table
from workbench.core.operations.entities import merge_entities, rename_entity
from workbench.core.store.mentions import mentions_for_document
from workbench.models import entity_models, library_model
from workbench.models.entity_models import EntityIndexModel
from workbench.models.library_model import COLUMN, LibraryFilter, LibraryModel
from workbench.models.roles import SORT_ROLE
from workbench.models.session import Session


@pytest.fixture
def small_pages(monkeypatch):
    """Pages of a few rows, so the seeded store takes many fetches."""
    monkeypatch.setattr(entity_models, "BATCH", 40)
    monkeypatch.setattr(library_model, "BATCH", 7)
    monkeypatch.setattr(library_model, "CHUNK", 5)


def fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        rows = model.rowCount()
        model.fetchMore(QModelIndex())
        assert model.rowCount() > rows


def shown_entities(model) -> dict[tuple[str, str], tuple[int, int]]:
    entries = [model.entry(r) for r in range(model.rowCount())]
    shown = {(e.canonical, e.type): (e.mentions, e.documents) for e in entries}
    assert len(shown) == len(entries)  # no entity twice
    return shown


def test_the_entity_index_is_read_a_page_at_a_time(seeded_store, small_pages, qtmodeltester):
    model = EntityIndexModel(Session(seeded_store))
    counts = entity_recount(seeded_store.conn)
    assert model.rowCount() == 40 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # (which fetches a page or two itself)
    assert model.total_count() == len(counts)
    fetch_all(model)
    assert shown_entities(model) == counts
    mentions = [model.index(r, 2).data(SORT_ROLE) for r in range(model.rowCount())]
    assert mentions == sorted(mentions, reverse=True)
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", [0, 1, 2, 3])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_sort_of_the_entity_index_lists_every_entity_in_order(
    seeded_store, small_pages, column, order
):
    model = EntityIndexModel(Session(seeded_store))
    model.sort(column, order)
    assert model.rowCount() == 40
    fetch_all(model)
    counts = entity_recount(seeded_store.conn)
    assert shown_entities(model) == counts
    values = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_filtering_the_entity_index_counts_what_it_passes(seeded_store, small_pages):
    model = EntityIndexModel(Session(seeded_store))
    model.set_filter("ORG", "")
    counts = entity_recount(seeded_store.conn)
    orgs = {k: v for k, v in counts.items() if k[1] == "ORG"}
    assert model.total_count() == len(orgs) > 40
    fetch_all(model)
    assert shown_entities(model) == orgs
    model.set_filter(None, "电")
    assert model.total_count() == len([k for k in counts if "电" in k[0]])


def test_an_entity_not_read_yet_is_found_by_reading_up_to_it(seeded_store, small_pages):
    model = EntityIndexModel(Session(seeded_store))
    rarest = min(entity_recount(seeded_store.conn).items(), key=lambda kv: (kv[1][0], kv[0]))
    (canonical, type_), _counts = rarest
    assert model.rowCount() == 40
    row = model.row_of(canonical, type_)
    assert row is not None and row >= 40
    assert (model.entry(row).canonical, model.entry(row).type) == (canonical, type_)
    model.set_filter("ORG" if type_ != "ORG" else "GPE", "")
    assert model.row_of(canonical, type_) is None


def test_edits_refresh_the_rows_read_without_a_reset(seeded_store, small_pages, qtbot):
    session = Session(seeded_store)
    model = EntityIndexModel(session)
    for _ in range(3):
        model.fetchMore(QModelIndex())
    read = model.rowCount()
    with qtbot.assertNotEmitted(model.modelReset):
        session.run(partial(rename_entity, canonical="三星", type_="ORG", new_name="三星电子集团"))
        session.run(partial(merge_entities, target=("台积电", "ORG"), others=[("中芯国际", "ORG")]))
        document_id = model.entry(0)  # 中国: reject one of its mentions
        mention = next(
            m
            for m in mentions_for_document(seeded_store.conn, 1)
            if (m.canonical, m.type) == (document_id.canonical, document_id.type)
        )
        run_review_mention(session, mention, "rejected")
        session.undo_stack.undo()  # the verdict
        session.undo_stack.undo()  # the merge
        session.run(partial(merge_entities, target=("台积电", "ORG"), others=[("中芯国际", "ORG")]))
    counts = entity_recount(seeded_store.conn)
    shown = shown_entities(model)
    assert model.rowCount() == read
    assert ("三星", "ORG") not in shown and ("中芯国际", "ORG") not in shown
    assert all(counts[key] == value for key, value in shown.items())
    # What is read so far is the first rows of the index, whatever moved.
    fetch_all(model)
    assert shown_entities(model) == counts


def test_the_library_exposes_a_batch_at_a_time(seeded_store, small_pages, qtmodeltester):
    model = LibraryModel(Session(seeded_store))
    assert model.rowCount() == 7 and model.filtered_count() == 38 == model.total_count()
    qtmodeltester.check(model)
    fetch_all(model)
    assert model.rowCount() == 38
    expected = library_recount(seeded_store.conn)
    for row in range(model.rowCount()):
        shown = model.row(row)
        title, length, mentions, annotations, tags, files = expected[shown.id]
        assert (shown.title, shown.length, shown.mentions, shown.annotations) == (
            title,
            length,
            mentions,
            annotations,
        )
        assert set(filter(None, shown.tags.split(","))) == tags
        assert set(shown.source_files.split(",")) == files
    qtmodeltester.check(model)


@pytest.mark.parametrize("field", ["title", "length", "mentions", "publish_date", "tags"])
def test_the_library_sorts_every_document_in_sql(seeded_store, small_pages, field):
    model = LibraryModel(Session(seeded_store))
    column = COLUMN[field]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        fetch_all(model)
        values = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
        assert len(values) == 38
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_a_document_beyond_the_rows_shown_is_shown_when_asked_for(seeded_store, small_pages):
    model = LibraryModel(Session(seeded_store))
    assert model.rowCount() == 7
    row = model.row_of_document(30)
    assert row is not None and model.rowCount() > row >= 7
    assert model.document_id(row) == 30
    model.set_filter(LibraryFilter(kind="article"))
    kinds = {model.document(i).kind for i in range(1, 39)}
    assert {"article", "report"} <= kinds
    report = next(i for i in range(1, 39) if model.document(i).kind == "report")
    assert model.row_of_document(report) is None


def test_library_counts_follow_edits_and_deleted_documents_without_a_reset(
    seeded_store, small_pages, qtbot
):
    session = Session(seeded_store)
    model = LibraryModel(session)
    model.fetchMore(QModelIndex())
    document_id = model.document_id(3)
    before = model.row(3).annotations
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.dataChanged):
            run_add_annotation(session, document_id, 0, 2, "ORG")
        assert model.row(3).annotations == before + 1
        gone = model.document_id(1)
        with seeded_store.transaction():
            seeded_store.conn.execute("DELETE FROM documents WHERE id = ?", (gone,))
        with qtbot.waitSignal(model.rowsRemoved):
            session.hub.broadcast(Changes.of(Table.DOCUMENTS, deleted=[gone]))
    assert model.filtered_count() == model.total_count() == 37
    assert model.row_of_document(gone) is None
    assert model.document_id(2) == document_id
    fetch_all(model)
    expected = library_recount(seeded_store.conn)
    assert {model.document_id(r) for r in range(model.rowCount())} == set(expected)
    assert {model.row(r).id: model.row(r).annotations for r in range(37)} == {
        i: v[3] for i, v in expected.items()
    }
