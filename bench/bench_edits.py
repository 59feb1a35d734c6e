"""What one sheet edit costs in the window, as ratios to a bare SQL update in the same run.

An edit is an operation (validate, write, commit) run by the session's runner (undo
command, one broadcast), then the sheet model's targeted refresh (one ``dataChanged``).
Also timed: re-querying the whole sheet, which is what a model reset after every edit
cost before edits became operations, and adding a row (which places the new row by
the current sort).  Synthetic store: a capacity sheet of 100,000 rows.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bench.timing import best_of
from workbench.core.sheets import CAPACITY
from workbench.core.store import Store
from workbench.core.store.lock_wait import UI_LOCK_WAIT_SECONDS
from workbench.models.session import Session
from workbench.models.sheet_model import SheetModel

ROWS = 100_000


def fill(store: Store) -> None:
    rows = [
        (f"公司{i % 500}", f"厂{i % 37}", float(i % 90 + 1), "万片/月", 2000 + i % 30, "auto")
        for i in range(ROWS)
    ]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO capacity_rows (company, site, value_low, unit, year, review) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.sqlite3") as store:
        fill(store)
        session = Session(store)
        model = SheetModel(session, CAPACITY)
        model.sort(CAPACITY.index_of("company"))
        column = CAPACITY.index_of("site")
        row_id = model.row_id(10)
        numbers = count()

        def bare_update() -> None:
            with store.transaction():
                store.conn.execute(
                    "UPDATE capacity_rows SET site = ? WHERE id = ?", (f"b{next(numbers)}", row_id)
                )

        def edit_through_the_model() -> None:
            model.setData(model.index(10, column), f"m{next(numbers)}", Qt.ItemDataRole.EditRole)

        baseline = best_of(bare_update, repeat=20)
        edit = best_of(edit_through_the_model, repeat=20)
        requery = best_of(model.refresh, repeat=5)
        # Another writer (an import, another window) holds the lock: how long the UI
        # thread is held by an edit before it is kept to be saved later (the worst of 5).
        locked_edit = 0.0
        saved = True
        for _ in range(5):
            other = sqlite3.connect(store.path)
            other.execute("BEGIN IMMEDIATE")
            start = time.perf_counter()
            edit_through_the_model()
            locked_edit = max(locked_edit, time.perf_counter() - start)
            other.rollback()
            other.close()
            saved = saved and session.runner.retry_waiting()
        add = best_of(model.add_row, repeat=5)
        app.processEvents()
        print(f"capacity sheet of {ROWS:,} rows, sorted by company")
        print(f"bare SQL update + commit (baseline) {baseline * 1000:8.2f} ms")
        for label, seconds in (
            ("cell edit through model + runner", edit),
            ("whole-sheet re-query (old reset)", requery),
            ("add a row, placed by the sort", add),
            ("cell edit while the store is locked", locked_edit),
        ):
            print(f"{label:35} {seconds * 1000:8.2f} ms  {seconds / baseline:7.1f}×")
        print(
            f"(the locked edits were kept and saved once the lock cleared: {saved}; the "
            f"window's lock wait is {UI_LOCK_WAIT_SECONDS * 1000:.0f} ms, the command line's 30 s)"
        )
        session.undo_stack.clear()


if __name__ == "__main__":
    main()
