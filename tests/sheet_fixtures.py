"""Fixtures for sheet tests: the seeded store with extraction run once."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def extracted_store_path(seeded_store_path, tmp_path_factory):
    from workbench.core.pipeline import extract_all
    from workbench.core.store import Store

    path = tmp_path_factory.mktemp("extracted") / "extracted.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        extract_all(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def extracted_store(extracted_store_path, tmp_path):
    from workbench.core.store import Store

    path = tmp_path / "sheets.sqlite3"
    shutil.copy(extracted_store_path, path)
    store = Store(path)
    yield store
    store.close()


def document_id(store, title_part: str) -> int:
    row = store.conn.execute(
        "SELECT id FROM documents WHERE instr(title, ?) > 0 ORDER BY id", (title_part,)
    ).fetchone()
    assert row is not None, title_part
    return row[0]
