"""Exporting a big sheet from the window: how long the UI thread is held.

    .venv/bin/python bench/bench_window_export.py [--default-switch]

A capacity sheet of 100,000 rows of 10,000 companies (bench_charts' scale store) is
shown in the Sheets panel and exported from it as .xlsx and as CSV, the way the
Export button does: on a worker, followed by a progress dialog.  Printed for each:
the time from the click to the end of the export, and the longest gap in the UI
event loop meanwhile (a 10 ms timer records it), against the same timer's longest
gap over an idle event loop of the same length, measured in the same run; and,
for scale, the same export written directly on the calling thread (the old path).
``--default-switch`` keeps Python's default GIL switch interval instead of the
window's (models/worker.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_charts import SCALE_ROWS, GapMeter, scale_store
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from workbench.core.export_tables import CSV, XLSX
from workbench.core.progress import Progress
from workbench.core.sheet_export import export_sheet_at
from workbench.models.session import Session
from workbench.models.worker import keep_the_window_responsive
from workbench.views.sheets_panel import SheetsPanel


def idle_gap(seconds: float) -> int:
    meter = GapMeter()
    meter.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return meter.stop()


def window_export(tab, path: Path, form: str) -> tuple[float, int, str]:
    meter = GapMeter()
    loop = QEventLoop()
    ended: list[str] = []
    tab.export_finished.connect(lambda text: (ended.append(text), loop.quit()))
    meter.start()
    started = time.perf_counter()
    tab.export_to(str(path), form=form)
    loop.exec()
    seconds = time.perf_counter() - started
    tab.export_finished.disconnect()
    return seconds, meter.stop(), ended[0]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    if "--default-switch" not in sys.argv:  # as the window runs, unless asked
        keep_the_window_responsive()
    with tempfile.TemporaryDirectory() as folder:
        store = scale_store(Path(folder) / "scale.sqlite3")
        session = Session(store)
        panel = SheetsPanel(session)
        panel.resize(1366, 700)
        panel.show()
        tab = panel.tab("capacity")
        app.processEvents()
        print(f"capacity sheet of {SCALE_ROWS:,} rows")
        for form in (XLSX, CSV):
            path = Path(folder) / f"export.{form}"
            seconds, gap, text = window_export(tab, path, form)
            idle = idle_gap(seconds)
            started = time.perf_counter()
            export_sheet_at(store.path, "capacity", path, None, form=form, progress=Progress())
            direct = time.perf_counter() - started
            print(
                f"  {form:<4} from the window {seconds:6.2f} s, longest UI gap {gap:5d} ms "
                f"(idle loop: {idle} ms); direct on one thread {direct:6.2f} s  [{text}]"
            )
        panel.close()
        store.close()
    del app


if __name__ == "__main__":
    main()
