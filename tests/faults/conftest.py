"""Fixtures of the fault-injection suite: a small folder to import, the stores an
uninterrupted run gives, and the command line run as a separate process that can be
killed at a chosen point (``core/pipeline/kill_switch.py``)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.pipeline import import_paths
from workbench.core.pipeline.kill_switch import ENVIRONMENT_VARIABLE, IN_WRITE_VARIABLE
from workbench.core.store import Store

from ..conftest import ROOT
from ..near_duplicate_texts import as_pdf_text, in_web_page

KILLED = -signal.SIGKILL
# A guard against a hung process, never a measure: a run takes seconds.
GUARD_SECONDS = 300

# Seeded documents whose texts make the import folder: capacity figures, two cluster
# tables, plain news, a digest.
FOLDER_DOCUMENTS = (3, 4, 9, 31, 32, 37, 1, 2, 5, 12)


def run_workbench(
    *args: str, kill_at: int | None = None, in_write: bool = False
) -> subprocess.CompletedProcess:
    """``python -m workbench ARGS`` as its own process; with ``kill_at`` it SIGKILLs itself
    at that progress report, or with ``in_write`` inside the next write transaction."""
    env = _environment()
    if kill_at is not None:
        env[ENVIRONMENT_VARIABLE] = str(kill_at)
        if in_write:
            env[IN_WRITE_VARIABLE] = "1"
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=GUARD_SECONDS,
    )


def start_workbench(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", *args],
        cwd=ROOT,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(ENVIRONMENT_VARIABLE, None)
    env.pop(IN_WRITE_VARIABLE, None)
    return env


@pytest.fixture(scope="session")
def import_folder(seeded_store_path, tmp_path_factory) -> Path:
    """Thirteen text files: ten corpus texts, an exact copy of one in GB18030, and two
    near duplicates (the web page around an article, a report as a PDF's text layer)."""
    folder = tmp_path_factory.mktemp("import") / "folder"
    folder.mkdir()
    conn = sqlite3.connect(seeded_store_path)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    titles = dict(conn.execute("SELECT id, title FROM documents"))
    conn.close()
    for document_id in FOLDER_DOCUMENTS:
        (folder / f"doc{document_id:02}.txt").write_text(texts[document_id], "utf-8")
    (folder / "doc09_copy.txt").write_text(texts[9], "gb18030")
    (folder / "doc09_web.txt").write_text(in_web_page(titles[9], texts[9]), "utf-8")
    (folder / "doc37_pdf.txt").write_text(as_pdf_text(texts[37]), "utf-8")
    return folder


@pytest.fixture(scope="session")
def imported_store_path(import_folder, tmp_path_factory) -> Path:
    """The folder imported once, uninterrupted, into a fresh store."""
    path = tmp_path_factory.mktemp("imported") / "imported.sqlite3"
    with Store(path) as store:
        report = import_paths(store, [import_folder])
        assert not report.failed and len(report.imported) == 12, report.summary()
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path
