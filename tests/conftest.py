"""Test set-up: headless Qt, no test ever touches the user's real data folder, and no
test leaves a thread or timer running behind it (see ``tests/qt_leaks.py``)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests import qt_leaks

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


qt_leaks.install()


@pytest.fixture(autouse=True)
def _nothing_left_running():
    """Fail a test that leaves a QThread, QTimer or Python thread running after it.

    Autouse fixtures are set up first and torn down last, so this runs after
    pytest-qt has closed the test's widgets and after every other fixture's
    teardown (stores closed, windows deleted).
    """
    threads_before = qt_leaks.begin()
    yield
    leaked = qt_leaks.leftovers(threads_before)
    if leaked:
        qt_leaks.stop()
        pytest.fail(
            "the test left these running (wait for workers, stop timers, close windows):\n  "
            + "\n  ".join(leaked),
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # English whatever the machine's locale; the language tests choose theirs.
    monkeypatch.setenv("WORKBENCH_LANGUAGE", "en")
    # The dictionary cache is expensive to build: share it across the session.
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(_shared_cache(tmp_path_factory)))


_CACHE: list[Path] = []


def _shared_cache(tmp_path_factory) -> Path:
    if not _CACHE:
        _CACHE.append(tmp_path_factory.mktemp("cache"))
    return _CACHE[0]


@pytest.fixture(scope="session")
def seeded_store_path(tmp_path_factory) -> Path:
    """A store with the bundled corpus ingested once per session; copy it to modify it."""
    from workbench.core.pipeline import ingest_files
    from workbench.core.store import Store

    path = tmp_path_factory.mktemp("seeded") / "seeded.sqlite3"
    with Store(path) as store:
        report = ingest_files(store)
        assert not report.failed, report.summary()
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def seeded_store(seeded_store_path, tmp_path):
    """A private, writable copy of the seeded store."""
    from workbench.core.store import Store

    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    store = Store(path)
    yield store
    store.close()
