"""A store on a disk that fills up: a write it cannot take is said, and nothing stored is lost."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from workbench.core.store import Store
from workbench.models.session import Session

from ..full_disk import fill, tiny_file_system
from ..operations import run_add_annotation
from ..store_copies import table_counts

TABLES = ("documents", "mentions", "capacity_rows", "annotations", "imports")
ARTICLE = "华东产能简报:中芯国际宣布在上海新建晶圆厂,设计月产能为10万片,预计2027年投产。\n" * 400


def integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def full_store(seeded_store_path, tmp_path):
    with tiny_file_system(tmp_path / "disk", 8) as disk:
        path = disk / "store.sqlite3"
        shutil.copy(seeded_store_path, path)
        yield path


def import_cli(path, article) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench", "import", str(article), "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_an_import_onto_a_full_disk_is_refused_in_one_line_and_loses_nothing(full_store, tmp_path):
    article = tmp_path / "产能简报.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = table_counts(str(full_store), TABLES)
    filler = fill(full_store.parent)
    done = import_cli(full_store, article)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "disk is full" in line and "nothing was saved" in line
    filler.unlink()
    assert integrity(full_store) == "ok"
    assert table_counts(str(full_store), TABLES) == before
    # With room again the same import goes in whole.
    again = import_cli(full_store, article)
    assert again.returncode == 0, again.stderr
    after = table_counts(str(full_store), TABLES)
    assert after["documents"] == before["documents"] + 1
    assert after["capacity_rows"] > before["capacity_rows"]


def test_an_import_that_fills_the_disk_part_way_is_rolled_back_and_said(full_store, tmp_path):
    article = tmp_path / "长篇产能简报.txt"
    article.write_text(ARTICLE * 8, encoding="utf-8")
    before = table_counts(str(full_store), TABLES)
    # Room to open the store, not to store the article.
    filler = full_store.parent / "filler.bin"
    free = shutil.disk_usage(full_store.parent).free
    filler.write_bytes(b"\0" * (free - 300 * 1024))
    done = import_cli(full_store, article)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line == f"workbench: {article.name}: store.sqlite3: the disk is full; nothing was saved"
    assert f"{article.name}: FAILED: store.sqlite3: the disk is full" in done.stdout
    filler.unlink()
    assert integrity(full_store) == "ok"
    assert table_counts(str(full_store), TABLES) == before


def test_an_edit_the_full_disk_cannot_take_is_refused_saying_so(full_store, qapp):
    with Store(full_store) as store:
        session = Session(store)
        doc = store.conn.execute("SELECT min(id) FROM documents").fetchone()[0]
        filler = fill(full_store.parent)
        with pytest.raises(Exception, match="the disk is full; nothing was saved") as refused:
            for _ in range(200):  # until the WAL needs a page the disk does not have
                run_add_annotation(session, doc, 0, 4, "ORG", "備註" * 2000)
        assert type(refused.value).__name__ == "StoreWriteError"
        assert session.runner.waiting_count == 0  # refused for good: nothing kept
        stored = store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        session.undo_stack.clear()
        filler.unlink()
    assert integrity(full_store) == "ok"
    conn = sqlite3.connect(full_store)
    assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == stored
    conn.close()
