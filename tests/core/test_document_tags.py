"""The analyst's own tags: stored by undoable operations, kept apart from channel tags,
upgraded into an old store, exported with the document list."""

from __future__ import annotations

import csv
import shutil

import pytest

from workbench.cli import main
from workbench.core.errors import WorkbenchError
from workbench.core.operations import Table
from workbench.core.operations.tags import tag_documents, untag_documents
from workbench.core.store import Store
from workbench.core.store.library import library_rows
from workbench.core.store.tags import all_tags, documents_tagged, tags_by_document, tags_of

from .test_store_upgrade import FROZEN


def test_tagging_is_one_undoable_step_that_reports_what_changed(seeded_store):
    store = seeded_store
    first, second = store.document_ids()[:2]
    outcome = tag_documents(store, [first, second, first], " 重点  关注 ")
    assert outcome.value == [first, second]
    assert outcome.changes.of_table(Table.TAGS).updated == {first, second}
    assert tags_of(store.conn, first) == ["重点 关注"] == tags_of(store.conn, second)
    # Tagging again changes nothing and leaves nothing to undo.
    again = tag_documents(store, [first], "重点 关注")
    assert not again.changed and again.inverse is None
    undone = outcome.inverse(store)
    assert tags_by_document(store.conn) == {}
    redone = undone.inverse(store)
    assert documents_tagged(store.conn, "重点 关注") == [first, second]
    removed = untag_documents(store, [second], "重点 关注")
    assert tags_of(store.conn, second) == [] and removed.value == [second]
    removed.inverse(store)
    assert all_tags(store.conn) == ["重点 关注"]
    assert redone.changed


@pytest.mark.parametrize(
    ("tag", "reason"),
    [("", "at least one character"), ("a,b", "cannot hold “,”"), ("x" * 61, "at most 60")],
)
def test_a_bad_tag_is_refused_and_nothing_is_stored(seeded_store, tag, reason):
    with pytest.raises(WorkbenchError, match=reason):
        tag_documents(seeded_store, seeded_store.document_ids()[:1], tag)
    assert tags_by_document(seeded_store.conn) == {}


def test_tagging_a_document_that_is_gone_changes_nothing(seeded_store):
    first = seeded_store.document_ids()[0]
    with pytest.raises(WorkbenchError, match="no longer exists"):
        tag_documents(seeded_store, [first, 99_999], "x")
    assert tags_by_document(seeded_store.conn) == {}


def test_own_tags_stay_apart_from_channel_tags(seeded_store):
    rows = {row.id: row for row in library_rows(seeded_store.conn)}
    channel = next(row for row in rows.values() if row.tags)
    tag_documents(seeded_store, [channel.id], "mine")
    after = {row.id: row for row in library_rows(seeded_store.conn)}[channel.id]
    assert after.tags == channel.tags and after.my_tags == "mine"


def test_an_old_store_gains_the_tags_table_when_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FROZEN, path)
    with Store(path) as store:
        assert tags_by_document(store.conn) == {}
        tag_documents(store, store.document_ids()[:1], "upgraded")
        assert all_tags(store.conn) == ["upgraded"]


def test_the_command_line_exports_the_document_list_with_tags(seeded_store_path, tmp_path):
    db = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, db)
    with Store(db) as store:
        first = store.document_ids()[0]
        tag_documents(store, [first], "客户A")
        tag_documents(store, [first], "+1")
    out = tmp_path / "documents.csv"
    assert main(["export", "documents", "--out", str(out), "--db", str(db)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 38
    assert list(rows[0]) == [
        "document_id", "title", "kind", "publisher", "publish_date", "script", "characters",
        "tags", "channel_tags", "source_files",
    ]  # fmt: skip
    assert rows[0]["document_id"] == str(first)
    assert rows[0]["tags"] == "'+1, 客户A"  # sorted; a formula-like cell kept as text
    assert all(row["tags"] == "" for row in rows[1:])
