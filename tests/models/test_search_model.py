"""Search hits as a list model: two-character Chinese words, Latin terms, both scripts."""

from __future__ import annotations

from workbench.models.roles import DOCUMENT_ID_ROLE, SNIPPET_ROLE, SNIPPET_SPANS_ROLE, SPAN_ROLE
from workbench.models.search_model import SearchModel
from workbench.models.session import Session


def test_two_character_word_hits_point_at_the_word(seeded_store, qtmodeltester):
    model = SearchModel(Session(seeded_store))
    model.set_query("产能")
    qtmodeltester.check(model)
    assert model.rowCount() > 1
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        document_id = index.data(DOCUMENT_ID_ROLE)
        span = index.data(SPAN_ROLE)
        if span is None:
            continue
        start, end = span
        text = seeded_store.document_text(document_id)
        assert text[start:end] in ("产能", "產能")
        snippet = index.data(SNIPPET_ROLE)
        spans = index.data(SNIPPET_SPANS_ROLE)
        assert spans and all(snippet[s:e] in ("产能", "產能") for s, e in spans)


def test_either_script_finds_the_same_documents(seeded_store, qtmodeltester):
    model = SearchModel(Session(seeded_store))
    model.set_query("晶圓")
    traditional = {model.index(r, 0).data(DOCUMENT_ID_ROLE) for r in range(model.rowCount())}
    model.set_query("晶圆")
    simplified = {model.index(r, 0).data(DOCUMENT_ID_ROLE) for r in range(model.rowCount())}
    assert traditional and traditional == simplified
    qtmodeltester.check(model)


def test_latin_terms_and_empty_queries(seeded_store, qtmodeltester):
    model = SearchModel(Session(seeded_store))
    model.set_query("AI")
    assert model.rowCount() > 0
    assert model.hit(0).title
    model.set_query("   ")
    assert model.rowCount() == 0
    model.set_query("zzqqxx")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_a_query_that_cannot_be_searched_empties_the_list_and_says_why(seeded_store, qtmodeltester):
    from workbench.core.search import MAX_QUERY_CHARACTERS

    model = SearchModel(Session(seeded_store))
    model.set_query("产能")
    assert model.rowCount() > 0
    began, ended = [], []
    model.modelAboutToBeReset.connect(lambda: began.append(1))
    model.modelReset.connect(lambda: ended.append(1))
    model.set_query(" ".join(["产能"] * 1000))
    assert model.rowCount() == 0
    assert model.error == (
        f"the query is 2,999 characters long; a search takes at most {MAX_QUERY_CHARACTERS}"
    )
    assert len(began) == len(ended) == 1  # the reset was finished
    qtmodeltester.check(model)
    model.set_query("产能")  # the next query searches as usual
    assert model.rowCount() > 0 and model.error == ""
    qtmodeltester.check(model)


def test_a_failing_store_is_reported_not_raised(seeded_store, qtmodeltester, monkeypatch):
    import sqlite3

    from workbench.models import search_model

    def busy(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    model = SearchModel(Session(seeded_store))
    monkeypatch.setattr(search_model, "search_planned", busy)
    model.set_query("产能")
    assert model.rowCount() == 0
    assert model.error == "the store could not be searched (database is locked)"
    qtmodeltester.check(model)


def test_control_characters_in_a_query_are_dropped(seeded_store):
    model = SearchModel(Session(seeded_store))
    model.set_query("产能")
    plain = [model.hit(r).document_id for r in range(model.rowCount())]
    model.set_query("产\x00能\x1b")
    assert model.query == "产能" and model.error == ""
    assert [model.hit(r).document_id for r in range(model.rowCount())] == plain
