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


def _shown(model: EntityIndexModel) -> list[tuple[str, str, int]]:
    return [(e.canonical, e.type, e.mentions) for e in map(model.entry, range(model.rowCount()))]


def test_a_requested_filter_is_read_on_a_worker_and_the_newest_wins(
    seeded_store, qtbot, qtmodeltester
):
    session = Session(seeded_store)
    model = EntityIndexModel(session)
    qtmodeltester.check(model)
    unfiltered = _shown(model)
    resets = []
    model.modelReset.connect(lambda: resets.append(model.contains_filter))
    with qtbot.waitSignal(model.filter_applied, timeout=20_000):
        model.request_filter(None, "中")
        model.request_filter("ORG", "")  # typed on before the first was read
        model.request_filter(None, "中国")
        # The rows shown stay until the newest filter's are read.
        assert model.filter_pending and _shown(model) == unfiltered
    qtbot.waitUntil(lambda: not model._reads.running)
    assert resets == ["中国"]  # the older filters were never shown
    assert not model.filter_pending and model.contains_filter == "中国"
    shown, total = _shown(model), model.total_count()
    qtmodeltester.check(model)
    # The same rows as the filter read on this thread.
    read_here = EntityIndexModel(session)
    read_here.set_filter(None, "中国")
    assert shown == _shown(read_here) and total == read_here.total_count() == len(shown)
    assert all("中国" in canonical for canonical, _t, _m in shown)


def test_a_requested_filter_taken_back_before_it_is_read_shows_nothing_new(seeded_store, qtbot):
    model = EntityIndexModel(Session(seeded_store))
    unfiltered = _shown(model)
    with qtbot.assertNotEmitted(model.modelReset, wait=100):
        model.request_filter("GPE", "")
        model.request_filter(None, "")  # back to what is shown, before GPE was read
        assert not model.filter_pending
        qtbot.waitUntil(lambda: not model._reads.running)
    assert _shown(model) == unfiltered


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
