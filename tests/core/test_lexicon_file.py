"""The analyst's lexicon as a file: export from one store, import into another, same lexicon;
a bad file is refused with its name and the problem, and changes nothing."""

from __future__ import annotations

import json

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.lexicon_file import (
    MAX_BYTES,
    analyst_lexicon,
    export_lexicon,
    import_lexicon,
    lexicon_lines,
)
from workbench.core.operations import entities as ops
from workbench.core.pipeline import recognise_again
from workbench.core.store import Store
from workbench.core.store.entities import documents_containing

from .. import entity_fixtures
from ..entity_fixtures import dump, mentions_of

news_store_path = entity_fixtures.news_store_path
news_store = entity_fixtures.news_store


def teach_a_lexicon(store) -> None:
    """Every kind of lesson: taught names, a rename, a merge, a retype, never-names."""
    ops.teach_name(store, "北极光芯", "ORG")
    ops.teach_name(store, "北极光芯科技", "ORG", canonical="北极光芯")
    ops.never_an_entity(store, "新建")
    ops.rename_entity(store, "华芯微电子", "ORG", "华芯微电子股份有限公司")
    ops.merge_entities(store, ("台积电", "ORG"), [("中芯国际", "ORG")])
    ops.change_entity_type(store, ("宁德时代", "ORG"), "PRODUCT")
    # Renamed, then the old name marked never: an entity of the analyst's with no names.
    ops.rename_entity(store, "比亚迪", "ORG", "比亚迪股份")
    ops.never_an_entity(store, "比亚迪")


def lexicon_of(store) -> tuple:
    lexicon = analyst_lexicon(store.conn)
    entities = sorted((e.canonical, e.type, tuple(sorted(e.aliases))) for e in lexicon.entities)
    return entities, sorted(lexicon.never)


def test_export_writes_only_what_the_analyst_taught(news_store, tmp_path):
    teach_a_lexicon(news_store)
    path = tmp_path / "lexicon.json"
    export_lexicon(news_store.conn, path)
    text = path.read_text(encoding="utf-8")
    assert "北极光芯" in text  # not \u escapes
    assert text.startswith('{\n  "format": "industry-workbench-lexicon",\n  "version": 1,')
    content = json.loads(text)
    entities = {(e["canonical"], e["type"]): e["aliases"] for e in content["entities"]}
    assert entities[("北极光芯", "ORG")] == [
        {"name": "北极光芯", "found_as": "ORG"},
        {"name": "北极光芯科技", "found_as": "ORG"},
    ]
    assert {"name": "华芯微电子", "found_as": "ORG"} in entities[("华芯微电子股份有限公司", "ORG")]
    assert {"name": "宁德时代", "found_as": "ORG"} in entities[("宁德时代", "PRODUCT")]
    assert entities[("比亚迪股份", "ORG")] == []
    assert sorted(content["never"]) == ["新建", "比亚迪"]
    # Recognised entities nobody taught are not in it.
    assert ("合肥", "GPE") not in entities and ("南京", "GPE") not in entities


def test_round_trip_into_a_fresh_store_gives_the_same_lexicon(news_store, tmp_path):
    teach_a_lexicon(news_store)
    path = tmp_path / "lexicon.json"
    export_lexicon(news_store.conn, path)
    with Store(tmp_path / "fresh.sqlite3") as fresh:
        result = import_lexicon(fresh, path)
        assert lexicon_of(fresh) == lexicon_of(news_store)
        assert (result.value.entities, result.value.never) == (5, 2)
        assert result.value.aliases == sum(len(e[2]) for e in lexicon_of(news_store)[0])
        assert "北极光芯科技" in result.changes.names
        # Exported again, the file is the same.
        again = tmp_path / "again.json"
        export_lexicon(fresh.conn, again)
        assert json.loads(again.read_text("utf-8")) == json.loads(path.read_text("utf-8"))
        # A second import adds nothing.
        second = import_lexicon(fresh, path)
        assert (second.value.entities, second.value.aliases, second.value.never) == (0, 0, 0)


def test_import_is_one_undo_step_and_its_names_are_recognised_again(
    news_store, news_store_path, tmp_path
):
    teach_a_lexicon(news_store)
    path = tmp_path / "lexicon.json"
    export_lexicon(news_store.conn, path)
    copy = tmp_path / "colleague.sqlite3"
    copy.write_bytes(news_store_path.read_bytes())
    with Store(copy) as colleague:
        before = dump(colleague)
        result = import_lexicon(colleague, path)
        assert mentions_of(colleague, "新建") == []  # never-names act at once
        assert mentions_of(colleague, "台积电", "ORG")[1][4] == "中芯国际"  # merges too
        after = dump(colleague)
        undo = result.inverse(colleague)
        assert dump(colleague) == before
        undo.inverse(colleague)
        assert dump(colleague) == after

        names = sorted(result.changes.names)
        recognise_again(colleague, documents_containing(colleague.conn, names))
        assert [m[4] for m in mentions_of(colleague, "北极光芯", "ORG")] == ["北极光芯", "北極光芯"]
        assert mentions_of(colleague, "比亚迪股份", "ORG") == []  # never an entity


def test_lines_for_a_person(news_store):
    teach_a_lexicon(news_store)
    lines = list(lexicon_lines(analyst_lexicon(news_store.conn)))
    assert "北极光芯 [ORG]: 北极光芯科技" in lines
    assert "宁德时代 [PRODUCT]: 宁德时代 (found as ORG)" in lines
    assert lines[-1] == "never an entity: 新建, 比亚迪"


GOOD = {"format": "industry-workbench-lexicon", "version": 1, "entities": [], "never": []}


def _with(**fields) -> bytes:
    return json.dumps({**GOOD, **fields}, ensure_ascii=False).encode()


def _entity(**fields) -> bytes:
    return _with(entities=[{"canonical": "北极光芯", "type": "ORG", "aliases": [], **fields}])


BAD_FILES = {
    "not JSON": (b"canonical,type\n\xe5\x8c\x97,ORG\n", "not JSON (line 1, column 1"),
    "not a lexicon": (b'{"entities": []}', "not a workbench lexicon"),
    "a list": (b"[]", "not a workbench lexicon"),
    "wrong format": (_with(format="anki-deck"), "not a workbench lexicon"),
    "newer": (_with(version=2), "newer workbench (lexicon version 2; this one reads version 1)"),
    "no version": (_with(version="one"), '"version" is missing or not a whole number'),
    "unknown type": (_entity(type="COMPANY"), "entity 1 (北极光芯): unknown type “COMPANY”"),
    "numeric type": (_entity(type="MONEY"), "unknown type “MONEY”"),
    "no canonical": (_with(entities=[{"type": "ORG"}]), 'entity 1: the "canonical" name is'),
    "no type": (_with(entities=[{"canonical": "北极光芯"}]), 'the "type" is missing'),
    "alias without a name": (_entity(aliases=[{"found_as": "ORG"}]), 'alias 1 has no "name"'),
    "alias found as nothing": (
        _entity(aliases=[{"name": "北极光", "found_as": "DATE"}]),
        "alias 1: unknown type “DATE”",
    ),
    "empty never-name": (_with(never=["新建", " "]), "never-name 2: the name is empty"),
    "never not a list": (_with(never="新建"), '"never" in the lexicon is not a list'),
    "GBK": (_entity().decode().encode("gb18030"), "not UTF-8 text (byte"),
    "long name": (_entity(canonical="芯" * 201), "longer than 200 characters"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_and_changes_nothing(news_store, tmp_path, case):
    data, problem = BAD_FILES[case]
    # A good lexicon comes first in the file where it can: nothing of it is applied.
    path = tmp_path / "colleague-lexicon.json"
    path.write_bytes(data)
    before = dump(news_store)
    with pytest.raises(WorkbenchError) as raised:
        import_lexicon(news_store, path)
    assert str(raised.value).startswith("colleague-lexicon.json: ")
    assert problem in str(raised.value)
    assert dump(news_store) == before


def test_a_partly_good_file_applies_none_of_it(news_store, tmp_path):
    path = tmp_path / "half.json"
    entities = [{"canonical": "北极光芯", "type": "ORG", "aliases": [{"name": "北极光芯"}]}]
    entities.append({"canonical": "坏", "type": "FACTORY"})
    path.write_bytes(_with(entities=entities, never=["新建"]))
    before = dump(news_store)
    with pytest.raises(WorkbenchError, match="entity 2"):
        import_lexicon(news_store, path)
    assert dump(news_store) == before


def test_a_file_too_large_or_missing_is_refused(news_store, tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as out:
        out.truncate(MAX_BYTES + 1)
    with pytest.raises(WorkbenchError, match=r"big\.json: the file is larger than 20 MB"):
        import_lexicon(news_store, big)
    with pytest.raises(WorkbenchError, match=r"none\.json: no such file"):
        import_lexicon(news_store, tmp_path / "none.json")
