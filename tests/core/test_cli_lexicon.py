"""`workbench lexicon …` and `workbench entities merge|rename`, run as an analyst runs them:
each change is applied to the documents it concerns and says what it did."""

from __future__ import annotations

import io
import json
import sys

import pytest

from workbench.cli import main
from workbench.core.paths import default_db_path
from workbench.core.store import Store

from .. import entity_fixtures
from ..entity_fixtures import dump, write_texts

news_store_path = entity_fixtures.news_store_path


@pytest.fixture
def db(news_store_path, tmp_path) -> str:
    path = tmp_path / "news.sqlite3"
    path.write_bytes(news_store_path.read_bytes())
    return str(path)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def recognised(capsys, monkeypatch, text: str, *db_args) -> list[tuple[str, str, str]]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, err = run(capsys, "entities", "-", *db_args)
    assert code == 0, err
    return [(m["text"], m["type"], m["canonical"]) for m in map(json.loads, out.splitlines())]


def index(capsys, db: str, tmp_path) -> dict[tuple[str, str], tuple[int, int]]:
    """The entity index as `workbench export entities` writes it."""
    out = tmp_path / "entities.csv"
    assert run(capsys, "export", "entities", "--out", str(out), "--db", db)[0] == 0
    lines = out.read_text("utf-8-sig").splitlines()[1:]
    rows = [line.split(",") for line in lines]
    return {(r[0], r[1]): (int(r[2]), int(r[3])) for r in rows}


def test_teach_a_company_in_a_store_made_from_text_files(capsys, monkeypatch, tmp_path):
    db = str(tmp_path / "store.sqlite3")
    texts = write_texts(tmp_path / "news")
    assert run(capsys, "import", str(texts), "--db", db)[0] == 0
    text = "北极光芯科技在苏州设厂"
    assert ("北极光芯科技", "ORG", "北极光芯") not in recognised(
        capsys, monkeypatch, text, "--db", db
    )

    code, out, err = run(
        capsys, "lexicon", "add", "北极光芯", "--type", "ORG", "--alias", "北极光芯科技", "--db", db
    )
    assert code == 0, err
    assert out.strip() == (
        "Taught “北极光芯” as ORG (also “北极光芯科技”); recognised 2 documents again; "
        "北极光芯 now has 2 mentions in 2 documents"
    )
    # Found in any text given, in either script, and counted in the store's documents.
    found = recognised(capsys, monkeypatch, text, "--db", db)
    assert ("北极光芯科技", "ORG", "北极光芯") in found
    traditional = recognised(capsys, monkeypatch, "北極光芯", "--db", db)
    assert traditional == [("北極光芯", "ORG", "北极光芯")]
    assert index(capsys, db, tmp_path)[("北极光芯", "ORG")] == (2, 2)
    assert ("北极光", "GPE") not in index(capsys, db, tmp_path)

    again = run(capsys, "lexicon", "add", "北極光芯", "--type", "ORG", "--db", db)
    assert again[:2] == (0, "“北極光芯” is already taught as ORG; nothing changed\n")


def test_text_on_stdin_uses_the_default_store_when_there_is_one(db, capsys, monkeypatch):
    text = "北极光芯在苏州设厂"
    assert not default_db_path().exists()
    assert ("北极光芯", "ORG", "北极光芯") not in recognised(capsys, monkeypatch, text)
    assert not default_db_path().exists()  # reading text makes no store
    assert run(capsys, "lexicon", "add", "北极光芯", "--type", "ORG", "--db", db)[0] == 0
    default_db_path().parent.mkdir(parents=True)
    with Store(db) as store:
        store.conn.execute("VACUUM INTO ?", (str(default_db_path()),))
    assert ("北极光芯", "ORG", "北极光芯") in recognised(capsys, monkeypatch, text)


def test_stdin_with_a_store_that_is_not_there_fails_clearly(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("台积电".encode())))
    code, _out, err = run(capsys, "entities", "-", "--db", str(tmp_path / "none.sqlite3"))
    assert code == 1 and "no store here yet" in err


def test_entities_needs_stdin_or_a_document(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["entities"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench entities: ") and err.count("\n") == 1  # one line
    assert "give - (text on standard input) or --doc ID, one of them" in err


def test_never_a_name_removes_its_mentions(db, capsys, monkeypatch, tmp_path):
    assert index(capsys, db, tmp_path)[("新建", "GPE")] == (1, 1)
    code, out, err = run(capsys, "lexicon", "never", "新建", "--db", db)
    assert code == 0, err
    assert out.strip() == "Never an entity: “新建”; removed 1 mention from 1 document"
    assert ("新建", "GPE") not in index(capsys, db, tmp_path)
    assert recognised(capsys, monkeypatch, "公司在合肥新建工厂", "--db", db) == [
        ("合肥", "GPE", "合肥")
    ]
    assert "already never an entity" in run(capsys, "lexicon", "never", "新建", "--db", db)[1]


def test_merge_makes_one_entity(db, capsys, monkeypatch, tmp_path):
    before = index(capsys, db, tmp_path)
    tsmc, smic = before[("台积电", "ORG")], before[("中芯国际", "ORG")]
    code, out, err = run(capsys, "entities", "merge", "台積電", "中芯国际", "--db", db)
    assert code == 0, err
    assert out.strip() == (
        "Merged “中芯国际” into “台积电” (ORG); 台积电 now has 3 mentions in 2 documents"
    )
    after = index(capsys, db, tmp_path)
    assert ("中芯国际", "ORG") not in after
    assert after[("台积电", "ORG")] == (tsmc[0] + smic[0], 2)
    assert ("中芯国际", "ORG", "台积电") in recognised(capsys, monkeypatch, "中芯国际", "--db", db)


def test_merge_into_a_new_name(db, capsys, tmp_path):
    code, out, err = run(capsys, "entities", "merge", "晶圆代工", "台积电", "中芯国际", "--db", db)
    assert code == 0, err
    assert "now has 3 mentions in 2 documents" in out
    after = index(capsys, db, tmp_path)
    assert after[("晶圆代工", "ORG")] == (3, 2)
    assert ("台积电", "ORG") not in after and ("中芯国际", "ORG") not in after


def test_rename_and_rename_onto_another_entity(db, capsys, tmp_path):
    code, out, err = run(capsys, "entities", "rename", "华芯微电子", "华芯微电子股份", "--db", db)
    assert code == 0, err
    assert out.strip() == (
        "Renamed “华芯微电子” to “华芯微电子股份” (ORG); 华芯微电子股份 now has 2 mentions in "
        "2 documents"
    )
    code, out, err = run(capsys, "entities", "rename", "比亚迪", "宁德时代", "--db", db)
    assert code == 0, err
    assert out.startswith("Merged “比亚迪” into “宁德时代” (ORG)")
    after = index(capsys, db, tmp_path)
    assert after[("华芯微电子股份", "ORG")] == (2, 2)
    assert after[("宁德时代", "ORG")] == (2, 1)
    assert ("华芯微电子", "ORG") not in after and ("比亚迪", "ORG") not in after


def test_a_name_of_two_types_needs_type(db, capsys):
    assert run(capsys, "lexicon", "add", "北极光", "--type", "ORG", "--db", db)[0] == 0
    before = dump_of(db)
    code, _out, err = run(capsys, "entities", "rename", "北极光", "北极光公司", "--db", db)
    assert code == 1
    assert err.strip() == (
        "workbench: “北极光” names more than one entity (Place and Organisation); "
        "say which with --type"
    )
    assert dump_of(db) == before
    code, out, err = run(
        capsys, "entities", "rename", "北极光", "北极光公司", "--type", "ORG", "--db", db
    )
    assert code == 0, err
    assert out.startswith("Renamed “北极光” to “北极光公司” (ORG)")
    # A name as the documents write it stands for its entity.
    code, out, err = run(capsys, "entities", "merge", "台积电", "台積電", "--db", db)
    assert (code, out) == (0, "nothing to merge into “台积电”\n")
    code, _out, err = run(capsys, "entities", "merge", "台积电", "无此公司", "--db", db)
    assert (code, err.strip()) == (1, "workbench: no entity named “无此公司” in the store")
    code, _out, err = run(capsys, "entities", "merge", "台积电", "--db", db)
    assert code == 1 and "two names or more" in err


def dump_of(db: str) -> dict:
    with Store(db) as store:
        return dump(store)


def test_export_then_import_into_a_fresh_store(db, capsys, tmp_path):
    for command in (
        ["lexicon", "add", "北极光芯", "--type", "ORG", "--alias", "北極光芯科技"],
        ["lexicon", "never", "新建"],
        ["entities", "merge", "台积电", "中芯国际"],
        ["entities", "rename", "华芯微电子", "华芯微电子股份"],
    ):
        assert run(capsys, *command, "--db", db)[0] == 0
    lexicon = tmp_path / "lexicon.json"
    code, out, err = run(capsys, "lexicon", "export", str(lexicon), "--db", db)
    assert code == 0, err
    assert out.strip() == f"{lexicon}: 3 entities, 4 names, 1 never-name"

    fresh = str(tmp_path / "colleague.sqlite3")
    assert run(capsys, "import", str(write_texts(tmp_path / "news")), "--db", fresh)[0] == 0
    code, out, err = run(capsys, "lexicon", "import", str(lexicon), "--db", fresh)
    assert code == 0, err
    assert out.strip() == (
        f"{lexicon}: 3 entities, 4 names taught, 1 never-name added; recognised 2 documents again"
    )
    listed = [run(capsys, "lexicon", "list", "--json", "--db", d)[1] for d in (db, fresh)]
    assert json.loads(listed[0])["entities"]
    assert sorted_lexicon(listed[0]) == sorted_lexicon(listed[1])
    assert index(capsys, fresh, tmp_path) == index(capsys, db, tmp_path)

    code, out, _ = run(capsys, "lexicon", "list", "--db", fresh)
    assert code == 0
    assert "北极光芯 [ORG]: 北極光芯科技" in out.splitlines()
    assert out.splitlines()[-1] == "never an entity: 新建"


def sorted_lexicon(text: str) -> tuple:
    content = json.loads(text)
    entities = sorted(
        (e["canonical"], e["type"], sorted((a["name"], a["found_as"]) for a in e["aliases"]))
        for e in content["entities"]
    )
    return entities, sorted(content["never"])


def test_list_of_a_store_taught_nothing(db, capsys):
    assert run(capsys, "lexicon", "list", "--db", db)[:2] == (0, "nothing taught yet\n")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"not json", "not JSON (line 1, column 1: Expecting value)"),
        (b'{"format": "other", "version": 1}', "not a workbench lexicon"),
        (
            b'{"format": "industry-workbench-lexicon", "version": 9}',
            "written by a newer workbench (lexicon version 9; this one reads version 1)",
        ),
        (
            '{"format": "industry-workbench-lexicon", "version": 1, "entities": '
            '[{"canonical": "北极光芯", "type": "FIRM"}]}'.encode(),
            "entity 1 (北极光芯): unknown type “FIRM”",
        ),
        ("北极光芯".encode("big5"), "not UTF-8 text"),
    ],
)
def test_a_bad_lexicon_file_fails_and_changes_nothing(db, capsys, tmp_path, data, problem):
    path = tmp_path / "bad-lexicon.json"
    path.write_bytes(data)
    before = dump_of(db)
    code, out, err = run(capsys, "lexicon", "import", str(path), "--db", db)
    assert (code, out) == (1, "")
    assert err.startswith("workbench: bad-lexicon.json: ") and problem in err
    assert len(err.strip().splitlines()) == 1
    assert dump_of(db) == before
    # Nor is a store made for it.
    none = tmp_path / "none.sqlite3"
    assert run(capsys, "lexicon", "import", str(path), "--db", str(none))[0] == 1
    assert not none.exists()
