"""`workbench export annotations|entities`: CSV an analyst opens in Excel, read back with pandas."""

import hashlib

import pandas as pd

from workbench.cli import main
from workbench.core.store import Store
from workbench.core.store.annotations import add_annotation


def test_export_annotations_and_entities_round_trip(seeded_store_path, tmp_path, capsys):
    db = tmp_path / "store.sqlite3"
    db.write_bytes(seeded_store_path.read_bytes())
    with Store(db) as store:
        doc, text = store.conn.execute(
            "SELECT id, text FROM documents WHERE title = '台積電透露未來計畫'"
        ).fetchone()
        start = text.find("台積電")
        add_annotation(store.conn, doc, start, start + 3, "ORG", note="=晶圓代工龍頭")
    assert main(["export", "annotations", "--out", str(tmp_path / "a.csv"), "--db", str(db)]) == 0
    annotations = pd.read_csv(tmp_path / "a.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(annotations.columns) == ["document_id", "title", "start", "end", "type", "text",
                                         "note", "page", "made_by", "document_key"]  # fmt: skip
    row = annotations.iloc[0]
    # the same document in any other store: its text's SHA-256
    assert row["document_key"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert (row["text"], row["type"], row["start"]) == ("台積電", "ORG", start)
    assert row["note"] == "'=晶圓代工龍頭"  # formula injection neutralised
    assert row["title"] == "台積電透露未來計畫"

    assert main(["export", "entities", "--out", str(tmp_path / "e.csv"), "--db", str(db)]) == 0
    entities = pd.read_csv(tmp_path / "e.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(entities.columns) == ["canonical", "type", "mentions", "documents"]
    tsmc = entities[(entities.canonical == "台积电") & (entities.type == "ORG")].iloc[0]
    assert tsmc.mentions >= 30 and tsmc.documents >= 2
    assert entities.mentions.is_monotonic_decreasing
    assert (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    code = main(["export", "entities", "--confirmed-only", "--out", str(tmp_path / "x.csv"),
                 "--db", str(db)])  # fmt: skip
    assert code == 1 and "apply to the capacity and clusters sheets" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_export_into_a_missing_folder_names_the_folder(seeded_store_path, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "entities.csv"
    assert main(["export", "entities", "--out", str(out), "--db", str(seeded_store_path)]) == 1
    assert f"the folder {out.parent} does not exist" in capsys.readouterr().err
