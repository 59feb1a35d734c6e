"""Importing a large sheet export from the window: how long the UI thread is held.

    .venv/bin/python bench/bench_window_work_import.py [--copies 100] [--repeat 5] [--keep FOLDER]

The corpus's capacity sheet is exported (``--keys``) and written ``--copies`` times
into one CSV file; the store's capacity rows are deleted, and the file imported the
way File → Import Sheet Rows and Annotations… does it: read, matched and written on
a worker behind its progress dialog, then adopted by the window (one undo step, the
Sheets panel refreshed), ``--repeat`` times, the sheet emptied before each.  Printed:
the median time from the start to the status line, and the median and worst of the
longest gap in the UI event loop meanwhile (a 10 ms timer), against the same timer
over an idle loop of the same length, in the same run; then, for the way it
was before, the file read on a worker and its operation run on the window's thread,
whose time is a gap of the UI thread of its own.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_charts import GapMeter
from bench_window_export import idle_gap
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget
from scale_store import corpus_store

from workbench.core.export_csv import export_sheet
from workbench.core.sheets import CAPACITY
from workbench.core.store import Store
from workbench.core.work_import import import_operation, read_work
from workbench.models.session import Session
from workbench.models.worker import keep_the_window_responsive
from workbench.views.sheets_panel import SheetsPanel
from workbench.views.work_import import WorkImportFlow


def big_export(store: Store, path: Path, copies: int) -> int:
    export_sheet(store.conn, CAPACITY, path, keys=True)
    with open(path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows([lines[0], *lines[1:] * copies])
    return (len(lines) - 1) * copies


def emptied(store: Store) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM capacity_rows")


def from_the_window(flow: WorkImportFlow, said: list[str], path: Path) -> tuple[float, int]:
    meter, loop = GapMeter(), QEventLoop()
    said.clear()
    flow._say = lambda text: (said.append(text), loop.quit())
    meter.start()
    started = time.perf_counter()
    assert flow.import_from(str(path))
    loop.exec()
    seconds, gap = time.perf_counter() - started, meter.stop()
    if flow._session.work_importer.running:  # its thread is still ending
        ended = QEventLoop()
        flow._session.work_importer.ended.connect(ended.quit)
        ended.exec()
        flow._session.work_importer.ended.disconnect(ended.quit)
    return seconds, gap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder for the corpus store (reused)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    keep_the_window_responsive()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(scratch) / "store.sqlite3"
        work.write_bytes(corpus_store(folder).read_bytes())
        store = Store(work)
        session = Session(store)
        window = QWidget()
        panel = SheetsPanel(session, window)
        window.resize(1366, 700)
        window.show()
        app.processEvents()
        path = Path(scratch) / "capacity.csv"
        rows = big_export(store, path, args.copies)
        said: list[str] = []
        flow = WorkImportFlow(session, window, said.append)
        times, gaps = [], []
        for _ in range(args.repeat):
            emptied(store)
            seconds, gap = from_the_window(flow, said, path)
            times.append(seconds)
            gaps.append(gap)
        idle = idle_gap(statistics.median(times))
        print(f"{rows:,} capacity rows imported into an emptied sheet, {args.repeat} times")
        print(
            f"  from the window (worker) {statistics.median(times):6.2f} s, longest UI gap "
            f"median {statistics.median(gaps):.0f} ms, worst {max(gaps)} ms "
            f"(idle loop: {idle} ms)  [{said[0]}]"
        )
        emptied(store)
        started = time.perf_counter()
        report = read_work(store, path)
        read = time.perf_counter() - started
        started = time.perf_counter()
        session.run(import_operation(report, "Import"))
        applied = time.perf_counter() - started
        print(
            f"  before: read on a worker {read:6.2f} s, then written on the window's thread "
            f"{applied:6.2f} s (the UI held as long)"
        )
        panel.close()
        window.close()
        store.close()
    del app


if __name__ == "__main__":
    main()
