"""The analyst's lexicon reaches recognition after every edit: the recogniser is built
from the store's lexicon for each run, and the name keys it keeps between documents
never hold an answer from before the edit."""

from __future__ import annotations

from workbench.core.nlp import default_recognizer
from workbench.core.nlp.taught import TaughtNames, TaughtRecognizer
from workbench.core.operations import entities as ops
from workbench.core.pipeline import recognizer_for

from .. import entity_fixtures

news_store_path = entity_fixtures.news_store_path
news_store = entity_fixtures.news_store

TEXT = "北極光芯宣布在合肥新建工廠，台積電和三星仍是主要競爭對手。"


def found(store) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.canonical) for m in recognizer_for(store).recognise(TEXT)]


def test_each_lexicon_edit_changes_what_the_next_recognition_finds(news_store):
    store = news_store
    before = found(store)  # the keys of 台積電 and 三星 are computed and kept here
    assert ("台積電", "ORG", "台积电") in before
    assert ("三星", "ORG", "三星") in before
    assert not any(text == "北極光芯" for text, _type, _canonical in before)

    ops.teach_name(store, "北极光芯", "ORG")
    assert ("北極光芯", "ORG", "北极光芯") in found(store)

    ops.merge_entities(store, ("台积电", "ORG"), [("三星", "ORG")])
    merged = found(store)
    assert ("三星", "ORG", "台积电") in merged
    assert ("台積電", "ORG", "台积电") in merged

    ops.never_an_entity(store, "台积电")
    never = found(store)
    assert not any(text == "台積電" for text, _type, _canonical in never)
    assert ("北極光芯", "ORG", "北极光芯") in never


def test_a_lexicon_recognises_as_the_bundled_recogniser_where_it_adds_nothing():
    text = "台積電與三星在南京擴產,月產能提升至五萬片。"
    base = default_recognizer()
    assert TaughtRecognizer(base, TaughtNames()).recognise(text) == base.recognise(text)
    # The copy converted once by the lexicon gives the bundled recogniser's mentions.
    names = TaughtNames(never=frozenset({"不存在的名字"}))
    assert TaughtRecognizer(base, names).recognise(text) == base.recognise(text)
