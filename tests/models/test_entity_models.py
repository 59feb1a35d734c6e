"""The entity index and one entity's mentions, as Qt models."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.operations import Changes, Table
from workbench.core.store.mentions import set_review
from workbench.models.entity_models import EntityIndexModel, EntityMentionsModel
from workbench.models.roles import ENTITY_TYPE_ROLE, SORT_ROLE, SPAN_ROLE
from workbench.models.session import Session


def test_index_counts_filters_and_sorts(seeded_store, qtmodeltester):
    model = EntityIndexModel(Session(seeded_store), {"GPE": "Place"})
    qtmodeltester.check(model)
    assert model.rowCount() > 100
    top = model.entry(0)
    assert (top.canonical, top.type) == ("中国", "GPE")
    assert model.index(0, 1).data() == "Place"
    assert model.index(0, 2).data() == f"{top.mentions:,}"
    counts = [model.index(r, 2).data(SORT_ROLE) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)

    model.set_filter("ORG", "")
    assert model.rowCount() > 0
    assert {model.index(r, 0).data(ENTITY_TYPE_ROLE) for r in range(model.rowCount())} == {"ORG"}
    model.set_filter(None, "中国")
    assert all("中国" in model.entry(r).canonical for r in range(model.rowCount()))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.entry(r).canonical for r in range(model.rowCount())]
    assert names == sorted(names)
    qtmodeltester.check(model)


def test_index_leaves_out_rejected_mentions_after_a_change(seeded_store, qtbot):
    session = Session(seeded_store)
    model = EntityIndexModel(session)
    model.set_filter("GPE", "东盟")
    before = model.entry(0).mentions
    mention = seeded_store.conn.execute(
        "SELECT document_id, start, \"end\" FROM mentions WHERE canonical = '东盟' LIMIT 1"
    ).fetchone()
    set_review(seeded_store.conn, *mention, "GPE", "rejected")
    changes = Changes.of(Table.MENTIONS, document_ids=[mention[0]])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        session.hub.broadcast(changes)
    assert model.entry(0).mentions == before - 1


def test_mentions_of_one_entity_with_snippets(seeded_store, qtmodeltester):
    model = EntityMentionsModel(Session(seeded_store))
    qtmodeltester.check(model)
    model.set_entity("美国", "GPE")
    qtmodeltester.check(model)
    stored = seeded_store.conn.execute(
        "SELECT count(*), count(DISTINCT document_id) FROM mentions "
        "WHERE canonical = '美国' AND type = 'GPE'"
    ).fetchone()
    assert stored[0] > 10
    assert (model.rowCount(), model.document_count()) == tuple(stored)
    for row in (0, model.rowCount() - 1):
        mention = model.mention(row)
        start, end = model.index(row, 0).data(SPAN_ROLE)
        assert seeded_store.document_text(mention.document_id)[start:end] == mention.text
        assert mention.snippet[mention.snippet_start :].startswith(mention.text)
    model.set_entity(None)
    assert model.rowCount() == 0
