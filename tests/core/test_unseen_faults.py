"""Inputs no earlier test tried: each refused in one line naming it, the store unchanged."""

from __future__ import annotations

import io
import json
import random
import sqlite3
import struct
import sys
import zipfile
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.errors import WorkbenchError
from workbench.core.operations import entities as ops
from workbench.core.store import Store

from .. import store_copies
from ..store_copies import table_counts

TABLES = ("documents", "entities", "entity_aliases", "never_names", "mentions", "capacity_rows")


db = store_copies.db  # the fixture


def counts(db: str) -> dict[str, int]:
    return table_counts(db, TABLES)


def refused(capsys, db: str, *argv: str) -> str:
    before = counts(db)
    code = main([*argv, "--db", db])
    _out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert counts(db) == before
    return line


def lexicon_file(tmp_path, entities) -> str:
    path = tmp_path / "lexicon.json"
    content = {"format": "industry-workbench-lexicon", "version": 1, "entities": entities}
    path.write_text(json.dumps(content), encoding="utf-8")
    return str(path)


def test_a_lexicon_nested_too_deeply_is_refused_not_a_recursion_error(capsys, db, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    line = refused(capsys, db, "lexicon", "import", str(path))
    assert line == "workbench: deep.json: not a lexicon: its JSON is nested too deeply"


@pytest.mark.parametrize("name", ["台积\u0000电", "台积电\u001b[31m", "台积\u202e电"])
def test_a_lexicon_name_holding_a_control_character_is_refused(capsys, db, tmp_path, name):
    path = lexicon_file(tmp_path, [{"canonical": name, "type": "ORG", "aliases": []}])
    line = refused(capsys, db, "lexicon", "import", path)
    assert line.startswith("workbench: lexicon.json: entity 1: the name holds a control character")


def test_teaching_a_name_with_a_control_character_is_refused(db):
    with Store(db) as store:
        before = counts(db)
        with pytest.raises(WorkbenchError, match=r"control character \(U\+0000\)"):
            ops.teach_name(store, name="北极\u0000光芯", type_="ORG")
        assert counts(db) == before


def test_a_lexicon_holding_a_number_too_long_to_convert_is_refused(capsys, db, tmp_path):
    path = tmp_path / "digits.json"
    path.write_text('{"format": "industry-workbench-lexicon", "version": 1' + "0" * 5000 + "}")
    line = refused(capsys, db, "lexicon", "import", str(path))
    assert line == "workbench: digits.json: not a lexicon: it holds a number too long to read"


def test_a_lexicon_of_over_a_thousand_names_is_applied_not_an_expression_too_deep(
    capsys, db, tmp_path
):
    # SQLite refuses an expression over 1000 deep: the documents holding the names
    # are looked up a batch of names at a time.
    names = [f"测试公司{i}号" for i in range(1000)] + ["台积电"]
    path = lexicon_file(tmp_path, [{"canonical": n, "type": "ORG", "aliases": []} for n in names])
    code = main(["lexicon", "import", path, "--db", db])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.strip() == (
        f"{path}: 1,001 entities, 0 names taught, 0 never-names added; recognised 6 documents again"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "capacity", "--out"),
        ("export", "entities", "--out"),
        ("export", "annotations", "--out"),
        ("lexicon", "export"),
    ],
)
@pytest.mark.parametrize("through_a_link", [False, True])
def test_an_export_never_writes_over_the_store(capsys, db, tmp_path, argv, through_a_link):
    target = Path(db)
    if through_a_link:
        target = tmp_path / "capacity.csv"
        target.symlink_to(db)
    stored = Path(db).read_bytes()
    line = refused(capsys, db, *argv, str(target))
    assert line == (
        f"workbench: {target}: an SQLite database, such as a store; an export never writes over one"
    )
    assert Path(db).read_bytes() == stored


def test_an_export_never_writes_over_a_write_ahead_log(capsys, db, tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
        wal = tmp_path / "other.sqlite3-wal"
        logged = wal.read_bytes()
        line = refused(capsys, db, "export", "capacity", "--out", str(wal))
        assert line.endswith("an SQLite database, such as a store; an export never writes over one")
        assert wal.read_bytes() == logged
    finally:
        conn.close()


def test_an_export_to_a_name_too_long_is_refused_not_an_os_error(capsys, db, tmp_path):
    target = tmp_path / ("产能" * 50 + ".csv")  # 304 bytes, over the 255 a name may hold
    line = refused(capsys, db, "export", "capacity", "--out", str(target))
    assert line == f"workbench: {target}: cannot write (File name too long)"


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_output_to_a_stream_that_cannot_encode_chinese_is_escaped_not_a_traceback(
    monkeypatch, db, encoding
):
    # `workbench search 产能 > hits.txt` on a Windows set to a Western code page.
    written = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(written, encoding=encoding))
    assert main(["search", "产能", "--limit", "1", "--db", db]) == 0
    sys.stdout.flush()
    shown = written.getvalue().decode(encoding)
    assert "\\u3010\\u7522\\u80fd\\u3011" in shown  # 【產能】, the hit marked


def test_entities_to_a_stream_that_cannot_encode_chinese_are_still_json(monkeypatch, db):
    written = io.BytesIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("台积电在南京扩产。".encode())))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(written, encoding="ascii"))
    assert main(["entities", "-", "--db", db]) == 0
    sys.stdout.flush()
    first = json.loads(written.getvalue().decode("ascii").splitlines()[0])
    assert first["text"] == "台积电"


def test_a_store_with_many_damaged_pages_is_refused_in_a_short_line(capsys, db):
    # quick_check gives one row holding a line per problem: the first is said, the
    # rest counted, not all of them glued into the one line.
    data = bytearray(Path(db).read_bytes())
    noise = random.Random(0)
    data[4096 * 20 : 4096 * 21] = noise.randbytes(4096)  # page 21, a b-tree page
    Path(db).write_bytes(bytes(data))
    code = main(["stats", "--db", db])
    _out, err = capsys.readouterr()
    [line] = err.strip().splitlines()
    assert code == 1 and line.startswith("workbench: store.sqlite3 is damaged (")
    assert "more problems)" in line and len(line) < 300, line


def test_a_damaged_search_index_is_said_in_one_line_not_a_traceback(capsys, db):
    # The index's own blocks are not checked on opening: SQLite finds them bad when
    # a search reads them.
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE search_bigrams_data SET block = ? WHERE id > 10", (random.Random(0).randbytes(50),)
    )
    conn.commit()
    conn.close()
    line = refused(capsys, db, "search", "晶圆制造")
    assert line.startswith(
        "workbench: store.sqlite3 is damaged (database disk image is malformed): the command "
        "stopped"
    )


@pytest.mark.parametrize(
    "argv",
    [("lexicon", "add", "北极光芯", "--type", "ORG"), ("lexicon", "never", "新建")],
)
def test_a_store_sqlite_cannot_write_after_all_refuses_an_edit_in_one_line(capsys, db, argv):
    # A folder where the -shm file should be: SQLite opens the store for reading only,
    # which no permission bit shows beforehand.
    Path(db + "-shm").mkdir()
    line = refused(capsys, db, *argv)
    assert line == "workbench: store.sqlite3: the store is read-only; nothing was saved"


def test_a_store_sqlite_cannot_write_after_all_fails_an_import_with_a_reason(capsys, db, tmp_path):
    Path(db + "-shm").mkdir()
    text = tmp_path / "报告.txt"
    text.write_text("中芯国际在上海扩建十二英寸晶圆产能，月产能达到十万片。", encoding="utf-8")
    line = refused(capsys, db, "import", str(text))
    assert line == "workbench: 报告.txt: store.sqlite3: the store is read-only; nothing was saved"


def _docx_with_patched_headers(flag_bits: int | None = None, method: int | None = None) -> bytes:
    """A one-paragraph .docx whose zip headers say its part is encrypted (``flag_bits``
    1) or packed with compression ``method`` (9 is Deflate64, 99 AES)."""
    xml = (
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>中芯国际在上海扩建十二英寸'
        "晶圆产能。</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", xml)
    data = bytearray(buffer.getvalue())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature) + flags_at
        if flag_bits is not None:
            data[start : start + 2] = struct.pack("<H", flag_bits)
        if method is not None:
            data[start + 2 : start + 4] = struct.pack("<H", method)
    return bytes(data)


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"flag_bits": 1}, "the Word file's parts are encrypted with a zip password"),
        ({"method": 9}, "the Word file is packed with a compression method Word never uses"),
        ({"method": 99}, "the Word file is packed with a compression method Word never uses"),
    ],
)
def test_a_docx_zipped_in_a_way_word_never_does_is_refused_with_a_reason(
    capsys, db, tmp_path, headers, problem
):
    path = tmp_path / "报告.docx"
    path.write_bytes(_docx_with_patched_headers(**headers))
    line = refused(capsys, db, "import", str(path))
    assert line.startswith(f"workbench: 报告.docx: {problem}"), line


def test_a_link_to_nothing_in_an_imported_folder_fails_with_a_reason_not_in_silence(
    capsys, db, tmp_path
):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "已删除.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "甲.txt").symlink_to("乙.txt")  # a loop of links
    (folder / "乙.txt").symlink_to("甲.txt")
    (folder / "子文件夹.txt").symlink_to(tmp_path)  # a folder named like a file: not tried
    line = refused(capsys, db, "import", str(folder))
    assert line == "workbench: 乙.txt: cannot be read (too many levels of symbolic links)"
    out = main(["import", str(folder), "--db", db]) and capsys.readouterr().out
    assert f"已删除.txt: FAILED: a link to {tmp_path / 'gone.txt'}, which does not exist" in out
    assert "甲.txt: FAILED: cannot be read (too many levels of symbolic links)" in out
    assert out.startswith("0 imported, 0 skipped as duplicates, 3 failed")
