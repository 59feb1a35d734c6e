"""The core's tests of a seeded store run on both engines: a copy of the seeded store
file, and a copy of the seeded team store on the test PostgreSQL server."""

from __future__ import annotations

import shutil

import pytest

from tests.postgres_server import fresh_database, seeded_team_database, server_url

__all__ = ["seeded_team_database"]


def pytest_collection_modifyitems(config, items):
    """A test marked ``sqlite_only`` runs on a store file only: its team store case
    is deselected (not skipped: there is nothing to run there)."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        engine = params.get("seeded_store") or params.get("extracted_store")
        if engine == "postgresql" and item.get_closest_marker("sqlite_only"):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _store_of(request, tmp_path, file_fixture: str):
    """A private copy of a session's store: of its file (``file_fixture``), or of the
    seeded team store, as the test's parameter says."""
    from workbench.core.store import Store

    if request.param == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copy(request.getfixturevalue(file_fixture), path)
        store = Store(path)
        yield store
        store.close()
        return
    template = request.getfixturevalue("seeded_team_database")
    with fresh_database(server_url(), template=template) as url:
        store = Store(url)
        yield store
        store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def seeded_store(request, tmp_path):
    """A private, writable copy of the seeded store, of each engine."""
    yield from _store_of(request, tmp_path, "seeded_store_path")


@pytest.fixture(params=["sqlite", "postgresql"])
def extracted_store(request, tmp_path):
    """The seeded store with its sheets extracted, of each engine (ingesting extracts:
    the team store's copy of the seeded store has them)."""
    yield from _store_of(request, tmp_path, "extracted_store_path")
