"""Opening a store that needs a schema upgrade: how long the window's thread is held.

    .venv/bin/python bench/bench_store_upgrade.py STORE [--folder DIR]

STORE is a store of this version (bench/scale_store.py makes a big one); it is
copied twice into DIR (default: a temporary folder next to STORE's copies) and each
copy taken back to schema 0010 (tests/old_stores.py), so that opening it runs the
copy kept before an upgrade and migrations 0011-0012, which fill the entity index
and the Library's rows from every mention and every text.  One copy is opened as
the window opens a store now (``StoreOpening``: the upgrade on a worker behind its
progress dialog), the other as it did before (``Store()`` on the window's thread).
Printed for each: the time to the opened store, and the longest gap in the UI
event loop meanwhile (a 10 ms timer records it; for the worker, also while the
upgrade ran, before the window is built), against an idle loop in the same run;
and the phases the dialog showed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_charts import GapMeter
from bench_entity_filter import idle_gap, run_loop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.old_stores import as_schema_0010
from workbench.app import StoreOpening
from workbench.core.store import Store
from workbench.models.settings import WorkbenchSettings
from workbench.models.worker import keep_the_window_responsive


class TimedGaps(GapMeter):
    """The gaps with the moment each ended, to tell those during the upgrade."""

    def start(self) -> None:
        self.gaps: list[tuple[float, int]] = []
        super().start()

    def _tick(self) -> None:
        gap = self.clock.restart()
        self.gaps.append((time.perf_counter(), gap))
        self.longest = max(self.longest, gap)


def on_worker(path: Path, settings: WorkbenchSettings) -> tuple[float, int, int, list[str]]:
    phases: dict[str, str] = {}  # each phase's last report: its megabytes or seconds
    opened = []
    upgraded = []
    opening = StoreOpening(path, settings)
    opening.ended.connect(opened.append)
    meter = TimedGaps()
    meter.start()
    started = time.perf_counter()
    opening.begin()
    opening.task.progressed.connect(
        lambda _d, _t, message: phases.__setitem__(message.split(":")[0], message)
    )
    # Called on the worker as the upgrade ends, before the window is built.
    opening.task.succeeded.connect(
        lambda _upgrade: upgraded.append(time.perf_counter()), Qt.ConnectionType.DirectConnection
    )
    while not opened:
        run_loop(5)
    seconds = time.perf_counter() - started
    gap = meter.stop()
    during = max(g for at, g in meter.gaps if at <= upgraded[0])
    workbench = opened[0]
    assert workbench is not None and workbench.upgrade is not None
    workbench.close()
    return seconds, gap, during, list(phases.values())


def on_ui_thread(path: Path) -> tuple[float, int]:
    meter = GapMeter()
    meter.start()
    started = time.perf_counter()
    run_loop(0)
    with Store(path) as store:  # the window's open before: upgrade and all
        assert store.upgrade is not None
    run_loop(0)
    seconds = time.perf_counter() - started
    return seconds, meter.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    keep_the_window_responsive()
    with tempfile.TemporaryDirectory(dir=args.folder or args.store.parent) as folder:
        folder = Path(folder)
        settings = WorkbenchSettings(folder / "settings.ini")
        copies = []
        for name in ("worker", "ui"):
            copy = folder / name / args.store.name
            copy.parent.mkdir()
            shutil.copy(args.store, copy)
            as_schema_0010(copy)
            copies.append(copy)
        size = copies[0].stat().st_size / 10**6
        with Store(args.store) as store:
            documents = store.document_count()
        print(f"{args.store.name} at schema 0010: {documents:,} documents, {size:,.0f} MB")
        seconds, gap, during, phases = on_worker(copies[0], settings)
        idle = idle_gap(min(seconds, 10.0))
        print(
            f"upgrade on a worker: {seconds:.1f} s to the window, longest gap {during} ms "
            f"while the upgrade ran, {gap} ms with the window built after it"
        )
        for phase in phases:
            print(f"    {phase}")
        seconds, gap = on_ui_thread(copies[1])
        print(f"upgrade on the window's thread: {seconds:.1f} s, longest gap {gap} ms")
        print(f"an idle loop's longest gap: {idle} ms")
    app.processEvents()


if __name__ == "__main__":
    main()
