"""Two writers on one store: both finish, nothing is reported as failed, nothing is lost.

Writes take the write lock up front (``Store.transaction``), so a second writer
waits its turn; a document a concurrent importer stored first is a duplicate.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from workbench.core.operations.annotations import annotate
from workbench.core.operations.sheets import edit_cell, set_review
from workbench.core.pipeline import import_paths
from workbench.core.sheets.schema import CAPACITY
from workbench.core.store import Store
from workbench.core.vocabulary import CONFIRMED

from ..conftest import ROOT
from .conftest import GUARD_SECONDS, start_workbench
from .store_dump import CAPACITY as CAPACITY_COLUMNS
from .store_dump import assert_sound, canonical, pending

pytestmark = pytest.mark.faults

FILE_LINE = re.compile(r"^(\S+\.txt): (imported|skipped|FAILED)\b")


def file_statuses(output: str) -> dict[str, str]:
    statuses = {}
    for line in output.splitlines():
        match = FILE_LINE.match(line)
        if match:
            statuses[match[1]] = match[2]
    return statuses


# Opens the store once told to (stdin closed), so that two processes open it together.
OPEN_ON_CUE = """
import sys
from workbench.core.store import Store
print("ready", flush=True)
sys.stdin.read()
Store(sys.argv[1]).close()
"""


@pytest.mark.parametrize("attempt", range(3))
def test_two_processes_creating_one_store_at_once_both_open_it(tmp_path, attempt):
    db = tmp_path / "new.sqlite3"
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_ON_CUE, str(db)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for opener in openers:
        assert opener.stdout.readline() == "ready\n"
    for opener in openers:
        opener.stdin.close()
    for opener in openers:
        opener.wait(timeout=GUARD_SECONDS)
        with opener.stdout, opener.stderr:
            assert opener.returncode == 0, opener.stderr.read()
    with Store(db) as store:
        assert store.document_count() == 0
    assert_sound(db)


def test_the_same_folder_imported_twice_at_once_into_a_new_store(
    tmp_path, import_folder, imported_store_path
):
    db = str(tmp_path / "new.sqlite3")  # not there yet: both create and upgrade it
    runs = [start_workbench("import", str(import_folder), "--db", db) for _ in range(2)]
    outputs = [run.communicate(timeout=GUARD_SECONDS) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, (out, err)
        assert err == "" and "0 failed" in out.splitlines()[0]
    first, second = (file_statuses(out) for out, _ in outputs)
    files = sorted(path.name for path in import_folder.iterdir())
    assert sorted(first) == sorted(second) == files
    assert set(first.values()) | set(second.values()) <= {"imported", "skipped"}
    # Each file stored once, by one of the two; the exact copy by neither.
    imported = [name for name in files if "imported" in (first[name], second[name])]
    assert all([first[name], second[name]].count("imported") == 1 for name in imported)
    assert len(imported) == 12 and "doc09_copy.txt" not in imported

    assert pending(db) == []
    assert canonical(db) == canonical(imported_store_path)
    assert_sound(db)


def test_two_ingests_at_once_share_the_work_and_fill_the_store_once(tmp_path, seeded_store_path):
    db = str(tmp_path / "store.sqlite3")
    runs = [start_workbench("ingest", "--db", db) for _ in range(2)]
    outputs = [run.communicate(timeout=GUARD_SECONDS) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, (out, err)
        assert err == "" and "FAILED" not in out
    # Between them they stored each corpus document once.
    stored = [
        sum(int(n) for n in re.findall(r": (\d+) new documents?,", out)) for out, _ in outputs
    ]
    assert sum(stored) == 38
    assert pending(db) == []
    assert canonical(db) == canonical(seeded_store_path)
    assert_sound(db)


def test_edits_in_another_process_during_an_import_are_all_kept(
    tmp_path, seeded_store_path, import_folder
):
    """The folder's web page and PDF copies merge their capacity rows into the rows of
    documents 9 and 37 while the analyst confirms and annotates those very rows."""
    expected_path = tmp_path / "expected.sqlite3"
    shutil.copy(seeded_store_path, expected_path)
    with Store(expected_path) as store:
        import_paths(store, [import_folder])
    db = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, db)

    importer = start_workbench("import", str(import_folder), "--db", str(db))
    notes: dict[int, str] = {}
    annotations = []
    with Store(db) as store:
        rows = [
            row[0]
            for row in store.conn.execute(
                "SELECT id FROM capacity_rows WHERE document_id IN (9, 37) ORDER BY id"
            )
        ]
        text = store.document_text(9)
        edits_while_importing = 0
        while importer.poll() is None:
            step = edits_while_importing
            row_id = rows[step % len(rows)]
            set_review(store, CAPACITY, [row_id], CONFIRMED)
            notes[row_id] = f"checked {step}"
            edit_cell(store, CAPACITY, row_id, "note", notes[row_id])
            start = (7 * step) % (len(text) - 2)
            annotations.append((9, start, start + 2, "ORG", f"note {step}"))
            annotate(store, 9, start, start + 2, "ORG", f"note {step}")
            edits_while_importing += 1
    out, err = importer.communicate(timeout=GUARD_SECONDS)
    assert importer.returncode == 0, (out, err)
    assert err == "" and out.startswith("2 imported (2 of them the same article")
    assert edits_while_importing > 0

    with Store(db) as store:
        conn = store.conn
        kept = dict(
            conn.execute(
                f"SELECT id, note FROM capacity_rows WHERE id IN ({', '.join('?' * len(notes))})"
                f" AND review = '{CONFIRMED}'",
                list(notes),
            )
        )
        assert kept == notes
        stored = conn.execute(
            'SELECT document_id, start, "end", type, note FROM annotations ORDER BY id'
        ).fetchall()
        assert [tuple(row) for row in stored][-len(annotations) :] == annotations
    assert pending(db) == []
    assert_sound(db)
    # Apart from the edits, the store is what the import alone gives.
    got, expected = canonical(db), canonical(expected_path)
    for table in ("documents", "mentions", "clusters", "runs", "near_duplicates", "imports"):
        assert got[table] == expected[table], table
    assert without_review(got["capacity"]) == without_review(expected["capacity"])


def without_review(capacity: list[tuple]) -> list[tuple]:
    """Capacity rows with their review state and note left out (the analyst's edits)."""
    review = 1 + [c.strip() for c in CAPACITY_COLUMNS.split(",")].index("review")
    return sorted((row[:review] + row[review + 2 :] for row in capacity), key=repr)
