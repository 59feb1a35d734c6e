"""Every operation without Qt: what it reports changed, and that its inverse undoes it
exactly and the inverse of the inverse redoes it (the contract the one undo command
relies on)."""

from __future__ import annotations

from functools import partial

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.nlp import Mention
from workbench.core.operations import Changes, Table, combined
from workbench.core.operations import annotations as annotation_ops
from workbench.core.operations import sheets as sheet_ops
from workbench.core.sheets import CAPACITY, CLUSTERS
from workbench.core.sheets.rows import SheetValueError
from workbench.core.store.mention_spans import mentions_by_id, shown_mention_spans
from workbench.core.store.mentions import replace_mentions

from .. import sheet_fixtures
from ..sheet_fixtures import document_id

extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store

TABLES = ("annotations", "mention_reviews", "capacity_rows", "cluster_rows")


def contents(store) -> dict:
    """Everything an edit may touch, minus the write timestamps."""
    out = {}
    for table in TABLES:
        cursor = store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3, 4")
        names = [d[0] for d in cursor.description]
        out[table] = [
            {k: v for k, v in zip(names, row, strict=True) if not k.endswith("_at")}
            for row in cursor
        ]
    return out


def round_trip(store, operation):
    """Apply, undo, redo; returns the outcome.  Asserts the states match each time."""
    before = contents(store)
    outcome = operation(store)
    after = contents(store)
    assert after != before, "the operation changed nothing"
    assert outcome.inverse is not None
    undone = outcome.inverse(store)
    assert contents(store) == before
    redone = undone.inverse(store)
    assert contents(store) == after
    assert redone.changes.tables.keys() == outcome.changes.tables.keys()
    return outcome


def doc(store) -> int:
    return document_id(store, "台積電")


def test_annotate_reports_the_new_row_and_its_document(extracted_store):
    d = doc(extracted_store)
    outcome = round_trip(
        extracted_store,
        partial(annotation_ops.annotate, document_id=d, start=5, end=12, type_="ORG", note="n"),
    )
    change = outcome.changes.of_table(Table.ANNOTATIONS)
    assert change.created == {outcome.value.id}
    assert change.document_ids == {d}
    assert outcome.label.startswith("Annotate “")


def test_retype_note_and_delete_round_trip(extracted_store):
    d = doc(extracted_store)
    added = annotation_ops.annotate(extracted_store, d, 5, 12, "ORG").value
    retyped = round_trip(
        extracted_store,
        partial(annotation_ops.update_annotation_op, annotation_id=added.id, type_="PRODUCT"),
    )
    assert retyped.changes.of_table(Table.ANNOTATIONS).updated == {added.id}
    assert retyped.label == "Change ORG to PRODUCT"
    round_trip(
        extracted_store,
        partial(annotation_ops.update_annotation_op, annotation_id=added.id, note="備註"),
    )
    deleted = round_trip(
        extracted_store, partial(annotation_ops.delete_annotation_op, annotation_id=added.id)
    )
    assert deleted.changes.of_table(Table.ANNOTATIONS).deleted == {added.id}


def test_an_edit_that_changes_nothing_reports_nothing_and_cannot_be_undone(extracted_store):
    d = doc(extracted_store)
    added = annotation_ops.annotate(extracted_store, d, 5, 12, "ORG", "same").value
    outcome = annotation_ops.update_annotation_op(extracted_store, added.id, note="same")
    assert not outcome.changes and outcome.inverse is None


def test_refused_operations_raise_and_write_nothing(extracted_store):
    d = doc(extracted_store)
    before = contents(extracted_store)
    with pytest.raises(WorkbenchError, match="outside"):
        annotation_ops.annotate(extracted_store, d, 5, 10**7, "ORG")
    with pytest.raises(WorkbenchError, match="unknown annotation type"):
        annotation_ops.annotate(extracted_store, d, 5, 8, "FACTORY")
    with pytest.raises(SheetValueError, match="not a number"):
        row_id = extracted_store.conn.execute("SELECT min(id) FROM capacity_rows").fetchone()[0]
        sheet_ops.edit_cell(extracted_store, CAPACITY, row_id, "value_low", "lots")
    assert contents(extracted_store) == before


def test_accepting_a_mention_also_annotates_and_undo_takes_both_back(extracted_store):
    store = extracted_store
    d = doc(store)
    start = store.document_text(d).find("台積電")
    with store.transaction():
        replace_mentions(store.conn, d, [Mention(start, start + 3, "ORG", "台積電", "台积电")], "t")
    [mention] = mentions_by_id(store.conn, shown_mention_spans(store.conn, d).ids)
    accepted = round_trip(
        store, partial(annotation_ops.review_mention, mention=mention, verdict="accepted")
    )
    assert accepted.changes.touches(Table.MENTIONS, Table.ANNOTATIONS)
    assert accepted.changes.of_table(Table.ANNOTATIONS).created == {accepted.value.id}
    # Rejecting it later keeps the analyst's annotation; undoing the reject adds no second one.
    rejected = round_trip(
        store, partial(annotation_ops.review_mention, mention=mention, verdict="rejected")
    )
    assert rejected.changes.tables.keys() == {Table.MENTIONS}


def first_rows(store, table, count):
    return [r[0] for r in store.conn.execute(f"SELECT id FROM {table} ORDER BY id LIMIT {count}")]


def test_cell_edit_marks_the_row_edited_and_undo_restores_its_review(extracted_store):
    [row_id] = first_rows(extracted_store, "capacity_rows", 1)
    outcome = round_trip(
        extracted_store,
        partial(sheet_ops.edit_cell, schema=CAPACITY, row_id=row_id, key="company", raw="ACME"),
    )
    change = outcome.changes.of_table(Table.CAPACITY)
    assert change.updated == {row_id} and not change.created and not change.deleted
    assert outcome.value["company"] == "ACME" and outcome.value["review"] == "edited"
    unchanged = sheet_ops.edit_cell(extracted_store, CAPACITY, row_id, "company", " ACME ")
    assert not unchanged.changes


def test_row_operations_round_trip_with_their_ids(extracted_store):
    store = extracted_store
    ids = first_rows(store, "cluster_rows", 3)
    added = round_trip(
        store, partial(sheet_ops.add_row, schema=CLUSTERS, values={"name": "新集群"})
    )
    assert added.changes.of_table(Table.CLUSTERS).created == {added.value}
    duplicated = round_trip(store, partial(sheet_ops.duplicate_rows, schema=CLUSTERS, row_ids=ids))
    assert len(duplicated.changes.of_table(Table.CLUSTERS).created) == 3
    deleted = round_trip(store, partial(sheet_ops.delete_rows, schema=CLUSTERS, row_ids=ids[:2]))
    assert deleted.changes.of_table(Table.CLUSTERS).deleted == set(ids[:2])
    assert deleted.value == 2 and deleted.label == "Delete rows (2)"
    remaining = first_rows(store, "cluster_rows", 3)  # the redo deleted two again
    assert not set(remaining) & set(ids[:2])
    reviewed = round_trip(
        store, partial(sheet_ops.set_review, schema=CLUSTERS, row_ids=remaining, state="confirmed")
    )
    assert reviewed.changes.of_table(Table.CLUSTERS).updated == set(remaining)


def test_capacity_row_from_a_selection_keeps_its_source(extracted_store):
    store = extracted_store
    d = document_id(store, "台積電")
    text = store.document_text(d)
    start = text.find("產能")
    outcome = round_trip(
        store,
        partial(sheet_ops.capacity_row_from_selection, document_id=d, start=start, end=start + 20),
    )
    change = outcome.changes.of_table(Table.CAPACITY)
    assert change.created == {outcome.value} and change.document_ids == {d}


def test_combined_operations_are_one_transaction_one_change_one_undo(extracted_store):
    store = extracted_store
    d = doc(store)
    ops = [
        partial(annotation_ops.annotate, document_id=d, start=s, end=s + 3, type_="ORG")
        for s in (0, 10, 20)
    ]
    outcome = round_trip(store, combined("Annotate three", ops))
    assert len(outcome.changes.of_table(Table.ANNOTATIONS).created) == 3
    # A refusal part-way leaves nothing of the earlier parts behind.
    before = contents(store)
    bad = [*ops, partial(annotation_ops.annotate, document_id=d, start=0, end=10**7, type_="ORG")]
    with pytest.raises(WorkbenchError):
        combined("Annotate four", bad)(store)
    assert contents(store) == before


def test_changes_merge_per_table():
    merged = (
        Changes.of(Table.CAPACITY, created=[1], document_ids=[5])
        | Changes.of(Table.CAPACITY, updated=[2])
        | Changes.of(Table.ANNOTATIONS, deleted=[3])
    )
    assert merged.of_table(Table.CAPACITY).created == {1}
    assert merged.of_table(Table.CAPACITY).updated == {2}
    assert merged.of_table(Table.CAPACITY).concerns_document(5)
    assert not merged.of_table(Table.CAPACITY).concerns_document(6)
    assert merged.describe() == "capacity_rows +1 ~1; annotations -1"
    assert not Changes() and not merged.touches(Table.DOCUMENTS)
    assert Changes.reloaded(Table.DOCUMENTS).of_table(Table.DOCUMENTS).concerns_document(99)
