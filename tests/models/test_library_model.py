"""The Library table model over the seeded store: filters, sorting, refresh on changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.operations import run_add_annotation
from workbench.models.library_model import COLUMN, LibraryFilter, LibraryModel
from workbench.models.roles import DOCUMENT_ID_ROLE, SORT_ROLE
from workbench.models.session import Session


def _model(store, qtmodeltester):
    model = LibraryModel(Session(store))
    qtmodeltester.check(model)
    return model


def test_lists_every_document_with_its_columns(seeded_store, qtmodeltester):
    model = _model(seeded_store, qtmodeltester)
    assert model.rowCount() == 38
    assert model.columnCount() == 10  # the last: the analyst's own tags
    titles = [model.index(r, COLUMN["title"]).data() for r in range(38)]
    assert titles[0].startswith("價格內捲成為過去式")
    report = model.row_of_document(model.longest_document_id())
    assert model.index(report, COLUMN["publisher"]).data() == "工信部"
    assert model.index(report, COLUMN["kind"]).data() == "Report"
    assert model.index(report, COLUMN["script"]).data() == "Simplified"
    assert model.index(report, COLUMN["length"]).data() == "38,807"
    assert model.index(report, COLUMN["length"]).data(SORT_ROLE) == 38807


def test_filters_by_text_in_either_script_kind_tag_script_and_file(seeded_store, qtmodeltester):
    model = _model(seeded_store, qtmodeltester)
    model.set_filter(LibraryFilter(kind="report"))
    assert model.rowCount() == 20
    qtmodeltester.check(model)
    model.set_filter(LibraryFilter(script="traditional"))
    scripts = {model.row(r).script for r in range(model.rowCount())}
    assert scripts == {"traditional"} and model.rowCount() < 38
    # A Simplified query finds a Traditional title.
    model.set_filter(LibraryFilter(text="价格内卷"))
    assert model.rowCount() == 1
    assert model.row(0).title.startswith("價格內捲")
    model.set_filter(LibraryFilter(tag="小企業"))
    assert model.rowCount() >= 1
    assert all("小企業" in model.row(r).tags.split(",") for r in range(model.rowCount()))
    model.set_filter(LibraryFilter(source_file="004_8afe1cca73b0ad6c.txt"))
    assert model.rowCount() == 20
    model.set_filter(LibraryFilter(text="no such title anywhere"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_sorts_by_any_column_in_both_directions(seeded_store, qtmodeltester):
    model = _model(seeded_store, qtmodeltester)
    for field in ("length", "title", "publish_date", "mentions"):
        column = COLUMN[field]
        model.sort(column, Qt.SortOrder.AscendingOrder)
        values = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
        assert values == sorted(values)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        values = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
        assert values == sorted(values, reverse=True)
    qtmodeltester.check(model)


def test_sort_keeps_persistent_indexes_on_their_rows(seeded_store, qtmodeltester):
    model = _model(seeded_store, qtmodeltester)
    from PySide6.QtCore import QPersistentModelIndex

    longest = model.longest_document_id()
    held = QPersistentModelIndex(model.index(model.row_of_document(longest), 0))
    model.sort(COLUMN["length"], Qt.SortOrder.DescendingOrder)
    assert held.row() == 0
    assert held.data(DOCUMENT_ID_ROLE) == longest


def test_reloads_counts_when_annotations_change(seeded_store, qtmodeltester, qtbot):
    session = Session(seeded_store)
    model = LibraryModel(session)
    row = model.row_of_document(3)
    assert model.index(row, COLUMN["annotations"]).data() == "0"
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        run_add_annotation(session, 3, 0, 4, "ORG", "first")
    assert model.row_of_document(3) == row  # the row stays where it was
    assert model.index(row, COLUMN["annotations"]).data() == "1"
    qtmodeltester.check(model)
