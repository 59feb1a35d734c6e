"""Typing a filter in the Entities panel: how long the window's thread is held.

    .venv/bin/python bench/bench_entity_filter.py STORE [--rounds N]

STORE is a big store (bench/scale_store.py makes one; at 1000× the bundled corpus,
38,000 documents and about 430,000 entities).  It is opened as the window opens it
(it is only read).  The Entities panel is shown on it and the analyst's typing is
played back as an input method commits it: 台, 台积, (cleared), 集团, ab, (cleared),
then the type switched to Organisation (with the box empty: every organisation counted) and
back, each step shown before the next.  Printed: the
longest gap in the UI event loop (a 10 ms timer records it) over the whole
playback, the filters read on a worker as the panel does now, against
  - the same playback with each filter read on the window's thread (the panel's
    earlier path, ``EntityIndexModel.set_filter``), and
  - an idle event loop of the same length,
all measured in the same run; and the rows each filter shows, which must be the
same both ways.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_charts import GapMeter
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from workbench.core.store import Store
from workbench.models.entity_models import EntityIndexModel, EntityMentionsModel
from workbench.models.session import Session
from workbench.models.worker import keep_the_window_responsive
from workbench.views.entities_panel import EntitiesPanel, entity_type_icons, entity_type_labels

TYPED = ("台", "台积", "", "集团", "ab", "")
TYPE_SWITCH = "ORG"


def run_loop(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def settle(panel: EntitiesPanel) -> None:
    """Run the event loop (the worker gets the CPU) until the filter asked for is shown."""
    model = panel.index_model
    while panel._filter_timer.isActive() or model.filter_pending:
        run_loop(5)


def playback(panel: EntitiesPanel) -> list[tuple[str, int, int]]:
    """Type each filter, wait for its rows, switch the type; what each step showed."""
    shown = []

    def note(step: str) -> None:
        settle(panel)
        model = panel.index_model
        first = model.entry(0).canonical if model.rowCount() else ""
        shown.append((step, model.total_count(), model.rowCount(), first))

    for text in TYPED:
        panel.filter_edit.setText(text)  # as an input method commits it
        note(repr(text))
    panel.type_combo.setCurrentIndex(panel.type_combo.findData(TYPE_SWITCH))
    note(f"type {TYPE_SWITCH}")
    panel.type_combo.setCurrentIndex(0)
    note("all types")
    return shown


def measured(panel: EntitiesPanel) -> tuple[float, int, list]:
    meter = GapMeter()
    meter.start()
    started = time.perf_counter()
    shown = playback(panel)
    seconds = time.perf_counter() - started
    return seconds, meter.stop(), shown


def idle_gap(seconds: float) -> int:
    meter = GapMeter()
    meter.start()
    run_loop(int(seconds * 1000))
    return meter.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    keep_the_window_responsive()  # as the window runs
    store = Store(args.store)
    session = Session(store)
    index = EntityIndexModel(session, entity_type_labels(), entity_type_icons())
    panel = EntitiesPanel(index, EntityMentionsModel(session), session)
    panel.resize(480, 800)
    panel.show()
    app.processEvents()
    total = store.conn.execute("SELECT count(*) FROM entity_counts").fetchone()[0]
    documents = store.document_count()
    print(f"{args.store.name}: {documents:,} documents, {total:,} entities")

    on_worker = panel.apply_filter

    def on_ui_thread() -> None:  # the panel's earlier path
        panel._filter_timer.stop()
        index.set_filter(panel.type_combo.currentData(), panel.filter_edit.text())

    results = {"worker": [], "ui thread": [], "idle": []}
    shown_by = {}
    for _ in range(args.rounds):
        for name, apply in (("ui thread", on_ui_thread), ("worker", on_worker)):
            panel.apply_filter = apply  # what the debounce timer and the type box call
            panel._filter_timer.timeout.disconnect()
            panel._filter_timer.timeout.connect(apply)
            panel.type_combo.currentIndexChanged.disconnect()
            panel.type_combo.currentIndexChanged.connect(apply)
            seconds, gap, shown = measured(panel)
            results[name].append(gap)
            results["idle"].append(idle_gap(seconds))
            shown_by[name] = shown
    assert shown_by["worker"] == shown_by["ui thread"], shown_by
    for step, count, rows, first in shown_by["worker"]:
        print(f"  {step:>10}: {count:,} entities ({rows} read), first {first}")
    idle = min(results["idle"])
    for name in ("ui thread", "worker"):
        gap = min(results[name])
        print(
            f"longest gap, filters read on the {name}: {gap} ms (best of {args.rounds}; "
            f"worst {max(results[name])} ms), {gap / idle:.1f}× an idle loop's {idle} ms"
        )
    index.stop_reading()
    panel.close()
    store.close()


if __name__ == "__main__":
    main()
