"""Mentions and annotations in the store, independent of the recogniser's quality."""

from __future__ import annotations

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.nlp import Mention
from workbench.core.store.annotations import (
    add_annotation,
    all_annotations,
    annotations_for_document,
    delete_annotation,
    get_annotation,
    update_annotation,
)
from workbench.core.store.entities import record_entities
from workbench.core.store.library import library_rows
from workbench.core.store.mentions import (
    documents_needing_recognition,
    entity_index,
    mentions_for_document,
    mentions_of_entity,
    replace_mentions,
    set_review,
)


def tsmc_document(store) -> int:
    # Start from a store whose only mentions are the ones the test writes.
    store.conn.execute("DELETE FROM mentions")
    return store.conn.execute(
        "SELECT id FROM documents WHERE title = '台積電透露未來計畫'"
    ).fetchone()[0]


def spans_of(text: str, word: str) -> list[tuple[int, int]]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return out


def test_replace_mentions_index_and_mentions_of_entity(seeded_store):
    doc = tsmc_document(seeded_store)
    text = seeded_store.document_text(doc)
    spans = spans_of(text, "台積電")
    mentions = [Mention(s, e, "ORG", "台積電", "台积电") for s, e in spans]
    mentions.append(
        Mention(0, 2, "MONEY", text[0:2], "x", {"low": 1e8, "high": 2e8, "unit": "CNY"})
    )
    with seeded_store.transaction():
        replace_mentions(seeded_store.conn, doc, mentions, "test-1")
    stored = mentions_for_document(seeded_store.conn, doc)
    assert len(stored) == len(spans) + 1
    assert all(text[m.start : m.end] == m.text for m in stored)
    money = next(m for m in stored if m.type == "MONEY")
    assert money.value_display() == "100,000,000–200,000,000 CNY"

    [entry] = entity_index(seeded_store.conn, "ORG")
    assert (entry.canonical, entry.mentions, entry.documents) == ("台积电", len(spans), 1)
    found = mentions_of_entity(seeded_store.conn, "台积电", "ORG")
    assert len(found) == len(spans)
    first = found[0]
    assert first.snippet[first.snippet_start : first.snippet_start + 3] == "台積電"
    assert doc not in documents_needing_recognition(seeded_store.conn, "test-1")
    assert doc in documents_needing_recognition(seeded_store.conn, "test-2")
    assert (
        next(r for r in library_rows(seeded_store.conn) if r.id == doc).mentions == len(spans) + 1
    )


def test_rejected_mentions_leave_the_index_and_survive_rerecognition(seeded_store):
    doc = tsmc_document(seeded_store)
    text = seeded_store.document_text(doc)
    (s, e), *_ = spans_of(text, "台積電")
    mentions = [Mention(s, e, "ORG", "台積電", "台积电")]
    with seeded_store.transaction():
        replace_mentions(seeded_store.conn, doc, mentions, "v1")
        set_review(seeded_store.conn, doc, s, e, "ORG", "rejected")
    assert entity_index(seeded_store.conn, "ORG") == []
    with seeded_store.transaction():
        replace_mentions(seeded_store.conn, doc, mentions, "v2")
    assert mentions_for_document(seeded_store.conn, doc)[0].verdict == "rejected"
    with seeded_store.transaction():
        set_review(seeded_store.conn, doc, s, e, "ORG", None)
    assert mentions_for_document(seeded_store.conn, doc)[0].verdict is None


def test_annotations_add_update_delete_restore(seeded_store):
    doc = tsmc_document(seeded_store)
    first = add_annotation(seeded_store.conn, doc, 10, 20, "ORG")
    nested = add_annotation(seeded_store.conn, doc, 12, 15, "PRODUCT", "nested")
    assert [a.id for a in annotations_for_document(seeded_store.conn, doc)] == [first.id, nested.id]
    updated = update_annotation(seeded_store.conn, first.id, type_="GPE", note="備註")
    assert get_annotation(seeded_store.conn, first.id) == updated
    removed = delete_annotation(seeded_store.conn, first.id)
    assert get_annotation(seeded_store.conn, first.id) is None
    restored = add_annotation(
        seeded_store.conn,
        doc,
        removed.start,
        removed.end,
        removed.type,
        removed.note,
        annotation_id=removed.id,
    )
    assert restored == updated
    assert len(all_annotations(seeded_store.conn, "PRODUCT")) == 1


@pytest.mark.parametrize(
    ("start", "end", "type_", "message"),
    [(5, 5, "ORG", "outside"), (0, 10**7, "ORG", "outside"), (0, 3, "NOPE", "unknown")],
)
def test_invalid_annotations_are_refused(seeded_store, start, end, type_, message):
    doc = tsmc_document(seeded_store)
    with pytest.raises(WorkbenchError, match=message):
        add_annotation(seeded_store.conn, doc, start, end, type_)
    assert annotations_for_document(seeded_store.conn, doc) == []


def test_entity_records_keep_the_analysts_source_and_follow_the_recogniser(seeded_store):
    conn = seeded_store.conn
    with seeded_store.transaction():
        conn.execute("UPDATE entities SET source = 'analyst' WHERE canonical = '台积电'")
        conn.execute("UPDATE entities SET source = 'rule' WHERE canonical = '三星'")
    sources = dict(conn.execute("SELECT canonical || '/' || type, source FROM entities"))
    found = [
        ("台积电", "ORG", "dictionary"),  # the analyst's stays the analyst's
        ("三星", "ORG", "dictionary"),  # a dictionary name now: recorded so
        ("新来的公司", "ORG", "rule"),  # new
        ("2023年", "DATE", "rule"),  # not a name: no record
    ]
    # More names than one look-up reads, most recorded already with the same source.
    found += [
        (*key.split("/"), source)
        for key, source in sources.items()
        if key not in ("台积电/ORG", "三星/ORG")
    ][:900]
    with seeded_store.transaction():
        record_entities(conn, found)
    now = dict(conn.execute("SELECT canonical || '/' || type, source FROM entities"))
    assert now.pop("台积电/ORG") == "analyst" and now.pop("三星/ORG") == "dictionary"
    assert now.pop("新来的公司/ORG") == "rule" and "2023年/DATE" not in now
    sources.pop("台积电/ORG"), sources.pop("三星/ORG")
    assert now == sources


def test_an_entity_listing_is_read_on_its_own_connection_and_stops_when_cancelled(
    seeded_store_path, monkeypatch
):
    from workbench.core.errors import Cancelled
    from workbench.core.progress import Progress
    from workbench.core.store import mentions
    from workbench.core.store.database import reading_connection
    from workbench.core.store.mentions import EntityQuery, entity_listing_at

    query = EntityQuery("ORG", None)
    listing = entity_listing_at(seeded_store_path, query, 20)
    conn = reading_connection(seeded_store_path)
    try:
        assert listing.entries == mentions.entity_page(conn, query, 0, 20)
        assert listing.total == mentions.entity_total(conn, query) > 20
    finally:
        conn.close()
    assert listing.more and listing.query == query
    few = entity_listing_at(seeded_store_path, EntityQuery(None, "台积电"), 500)
    assert not few.more and few.total == len(few.entries) >= 1

    class CancelledMidway(Progress):
        asked = 0

        def cancelled(self) -> bool:
            self.asked += 1
            return self.asked > 1  # the first look from inside the statement says go on

    monkeypatch.setattr(mentions, "LISTING_CHECK_INSTRUCTIONS", 10)
    progress = CancelledMidway()
    with pytest.raises(Cancelled):
        entity_listing_at(seeded_store_path, EntityQuery(None, "中"), 500, progress)
    assert progress.asked == 3  # twice by SQLite, once to tell the interrupt from a failure


@pytest.mark.parametrize("seeded_store", ["postgresql"], indirect=True)
def test_a_team_stores_entity_listing_is_read_on_a_worker_connection_too(seeded_store):
    from workbench.core.errors import Cancelled
    from workbench.core.progress import Progress
    from workbench.core.store import mentions
    from workbench.core.store.mentions import EntityQuery, entity_listing_at

    query = EntityQuery("ORG", "电")
    listing = entity_listing_at(seeded_store.location, query, 5)
    assert listing.entries == mentions.entity_page(seeded_store.conn, query, 0, 5)
    assert listing.total == mentions.entity_total(seeded_store.conn, query) > 5 and listing.more

    class Cancelling(Progress):
        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        entity_listing_at(seeded_store.location, query, 5, Cancelling())
