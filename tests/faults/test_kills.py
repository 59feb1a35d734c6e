"""Killed (SIGKILL) part way, run again: the store ends as an uninterrupted run leaves it.

Each run is ``python -m workbench …`` in its own process, killed by the pipeline's
test-only kill switch at a chosen progress report (reports fall between writes:
after a committed file, or while recognised documents wait for their batch to be
written, ``core/pipeline/batch.py``).  After every kill the file must be a
sound SQLite store; after the last, uninterrupted run it must hold the same
documents, mentions, sheet rows and runs as a fresh store filled in one go.
"""

from __future__ import annotations

import shutil

import pytest

from .conftest import KILLED, run_workbench
from .store_dump import assert_sound, canonical, count, pending

pytestmark = pytest.mark.faults

SEED_DOCUMENTS = 38
IMPORTED_DOCUMENTS = 12

# Progress reports of `workbench ingest` on an empty store: one per corpus file read
# (1-5), the end of reading (6), then "Recognising entities in …" and "Filling the
# sheets from …" for each of the 38 documents (7-82).  An import of the folder: one
# per file (1-13), the end of storing (14), then two per new document (15-38).
# Recognised documents are written a batch at a time: an ingest writes the first
# document at report 8, the next two at 12 (each holds a cluster table, whose names
# the documents after it need), then the other 35 at 82 (fewer than a batch's 64
# documents and 8,000 mentions); an import of the folder writes two documents at 18
# and the other ten at 38.


def killed(result, inside_a_write: bool = False) -> None:
    assert result.returncode == KILLED, (result.returncode, result.stdout, result.stderr)
    where = "inside a write transaction" if inside_a_write else "at progress report"
    assert f"kill switch: SIGKILL {where}" in result.stderr


def finished(result) -> None:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


def test_ingest_killed_while_storing_then_while_recognising_converges(tmp_path, seeded_store_path):
    db = str(tmp_path / "store.sqlite3")
    killed(run_workbench("ingest", "--db", db, kill_at=3))  # two corpus files stored
    assert_sound(db)
    stored = count(db, "documents")
    assert 0 < stored < SEED_DOCUMENTS and count(db, "mentions") == 0
    assert len(pending(db)) == stored

    # part way through writing the batch holding the 17th document: three finished
    killed(run_workbench("ingest", "--db", db, kill_at=40, in_write=True), inside_a_write=True)
    assert_sound(db)
    assert count(db, "documents") == SEED_DOCUMENTS
    assert 0 < len(pending(db)) < SEED_DOCUMENTS and count(db, "mentions") > 0

    finished(run_workbench("ingest", "--db", db))
    assert pending(db) == []
    assert canonical(db) == canonical(seeded_store_path)
    assert_sound(db)


def test_ingest_killed_between_recognising_and_filling_then_late_converges(
    tmp_path, seeded_store_path
):
    db = str(tmp_path / "store.sqlite3")
    # The first document's entities are found but not written: nothing of it is kept.
    killed(run_workbench("ingest", "--db", db, kill_at=8))
    assert_sound(db)
    assert count(db, "documents") == SEED_DOCUMENTS
    assert count(db, "mentions") == count(db, "extraction_runs") == 0
    order = pending(db)
    assert len(order) == SEED_DOCUMENTS

    # recognised to the last document, the last batch not written: three finished
    killed(run_workbench("ingest", "--db", db, kill_at=78))
    assert_sound(db)
    left = pending(db)
    # batches are written in extraction order: what is left is the end of it
    assert left == order[3:]
    # whole documents only: each has both its mentions and its sheet rows, or neither
    assert count(db, "recognition_runs") == count(db, "extraction_runs")

    finished(run_workbench("ingest", "--db", db))
    assert pending(db) == []
    assert canonical(db) == canonical(seeded_store_path)
    assert_sound(db)


def test_import_killed_three_times_then_imported_again_converges(
    tmp_path, import_folder, imported_store_path
):
    db = str(tmp_path / "store.sqlite3")
    folder = str(import_folder)
    # part way through storing the sixth file: five stored
    killed(run_workbench("import", folder, "--db", db, kill_at=6, in_write=True), True)
    assert_sound(db)
    assert count(db, "documents") == 5 and count(db, "imports") == 5

    # every file stored, none recognised yet
    killed(run_workbench("import", folder, "--db", db, kill_at=14))
    assert_sound(db)
    assert count(db, "documents") == IMPORTED_DOCUMENTS and count(db, "mentions") == 0
    assert len(pending(db)) == IMPORTED_DOCUMENTS

    # part way through writing the batch of the last ten documents: two finished
    killed(run_workbench("import", folder, "--db", db, kill_at=30, in_write=True), True)
    assert_sound(db)
    assert len(pending(db)) == IMPORTED_DOCUMENTS - 2

    again = run_workbench("import", folder, "--db", db)
    finished(again)
    # The files are stored: duplicates now; what they lacked is finished all the same.
    assert again.stdout.startswith("0 imported, 13 skipped as duplicates, 0 failed")
    assert (
        "10 documents that an earlier run left without entities and sheet rows now have them"
        in again.stdout
    )
    assert pending(db) == []
    assert canonical(db) == canonical(imported_store_path)
    assert_sound(db)


def test_import_killed_before_the_last_near_duplicate_converges(
    tmp_path, import_folder, imported_store_path
):
    db = str(tmp_path / "store.sqlite3")
    # While the PDF text of doc37, whose rows merge with doc37's, is recognised: its
    # batch is lost whole, the documents written before it stay.
    killed(run_workbench("import", str(import_folder), "--db", db, kill_at=37))
    assert_sound(db)
    assert len(pending(db)) == IMPORTED_DOCUMENTS - 2

    finished(run_workbench("import", str(import_folder), "--db", db))
    assert pending(db) == []
    assert canonical(db) == canonical(imported_store_path)
    assert_sound(db)


def test_extract_killed_after_a_killed_import_converges(
    tmp_path, import_folder, imported_store_path
):
    db = str(tmp_path / "store.sqlite3")
    killed(run_workbench("import", str(import_folder), "--db", db, kill_at=14))
    assert len(pending(db)) == IMPORTED_DOCUMENTS

    # `extract` recognises the documents not yet done, then fills their sheets.
    killed(run_workbench("extract", "--db", db, kill_at=20, in_write=True), True)
    assert_sound(db)
    assert 0 < len(pending(db)) < IMPORTED_DOCUMENTS

    finished(run_workbench("extract", "--db", db))
    assert pending(db) == []
    assert canonical(db) == canonical(imported_store_path)
    assert_sound(db)


def test_extract_killed_on_a_finished_store_changes_nothing(tmp_path, imported_store_path):
    db = tmp_path / "store.sqlite3"
    shutil.copy(imported_store_path, db)
    killed(run_workbench("extract", "--db", str(db), kill_at=7))
    assert_sound(db)
    assert pending(db) == []
    assert canonical(db) == canonical(imported_store_path)


@pytest.mark.parametrize(
    ("kill_at", "in_write"),
    [
        (4, False),  # three corpus files stored: the rest must still be read on reopen
        (45, True),  # every file stored, three documents finished, the last batch half written
    ],
)
def test_window_first_run_killed_then_reopened_converges(
    tmp_path, seeded_store_path, kill_at, in_write
):
    db = str(tmp_path / "store.sqlite3")
    shot = tmp_path / "window.png"
    window = run_workbench(
        "--db", db, "--screenshot", str(shot), kill_at=kill_at, in_write=in_write
    )
    killed(window, in_write)
    assert_sound(db)
    assert pending(db) and not shot.exists()

    # Reopened: the window finishes the first run before it reports ready.
    finished(run_workbench("--db", db, "--screenshot", str(shot)))
    assert shot.stat().st_size > 0
    assert pending(db) == []
    assert canonical(db) == canonical(seeded_store_path)
    assert_sound(db)
