"""One window start, measured from inside a fresh process (run by bench scripts).

    python bench/first_paint.py workbench STORE    the workbench on STORE
    python bench/first_paint.py skeleton           a bare PySide6 + pyqtgraph window

Prints ``painted`` (flushed) the moment the window's first paint is done, so the
parent can time process start to first paint with its own clock; then watches
the event loop with a 10 ms timer for ``--settle`` seconds and prints one JSON
line: the longest gap between two ticks (a UI-thread stall), and whether pandas
and numpy were loaded before the first paint.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def skeleton_window():
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView

    window = QMainWindow()
    window.setWindowTitle("skeleton")
    window.menuBar().addMenu("File")
    plot = pg.PlotWidget()
    plot.plot(list(range(10)), [v * v for v in range(10)])
    window.setCentralWidget(plot)
    model = QStandardItemModel(50, 4, window)
    for row in range(50):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"{row}.{column}"))
    table = QTableView()
    table.setModel(model)
    dock = QDockWidget("Table", window)
    dock.setWidget(table)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(1366, 768)
    window.show()
    return window


def workbench_window(store: str):
    from workbench.app import Workbench
    from workbench.models.settings import WorkbenchSettings

    workbench = Workbench(store, WorkbenchSettings())
    workbench.start()
    return workbench


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["workbench", "skeleton"])
    parser.add_argument(
        "store", nargs="?", help="a store file, or a team store's postgresql:// address"
    )
    parser.add_argument("--settle", type=float, default=2.0)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loaded_at_paint: dict[str, bool] = {}
    gaps = {"longest": 0.0, "last": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        gaps["longest"] = max(gaps["longest"], now - gaps["last"])
        gaps["last"] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)

    def finish() -> None:
        print(json.dumps({"longest_gap": gaps["longest"], **loaded_at_paint}), flush=True)
        app.exit(0)

    def painted() -> None:
        if loaded_at_paint:
            return
        loaded_at_paint.update(pandas="pandas" in sys.modules, numpy="numpy" in sys.modules)
        print("painted", flush=True)
        gaps["last"] = time.perf_counter()
        ticker.start()
        QTimer.singleShot(int(args.settle * 1000), finish)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstPaint()
    if args.kind == "skeleton":
        window = skeleton_window()
        keep = window
    else:
        keep = workbench_window(args.store)
        window = keep.window
    window.installEventFilter(watcher)
    window.update()
    app.exec()
    if args.kind == "workbench":
        keep.close()  # its workers stop (a large store's check may still be running)
    del keep


if __name__ == "__main__":
    main()
