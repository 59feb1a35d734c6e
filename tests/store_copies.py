"""A private copy of the seeded store as a path, and what its tables hold (for "unchanged")."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence

import pytest


@pytest.fixture
def db(seeded_store_path, tmp_path) -> str:
    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    return str(path)


def table_counts(db: str, tables: Sequence[str]) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()
