"""What the window loads before its first paint: none of the heavy libraries and
rules that nothing on screen needs.  The plot widgets follow on a thread once it
is painted, and the Charts draw when brought forward.

Run in a fresh interpreter, since this test process has loaded everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Each costs the start tens of milliseconds or more, and only a chart, an import, an
# export or a recognition run uses it.
KEPT_OFF_THE_START = (
    "pandas",
    "numpy",
    "sqlite_utils",
    "pyqtgraph",
    "jieba",
    "rjieba",
    "opencc",
    "pypdfium2",
    "xlsxwriter",
    "rensa",
    "charset_normalizer",
    "workbench.views.chart_views",
    "workbench.core.charts.capacity",
    "workbench.core.nlp.recognizer",
    "workbench.core.nlp.rules",
    "workbench.core.nlp.numbers",
    "workbench.core.extraction.capacity",
    "workbench.core.importing.formats",
    "workbench.core.importing.pdf",
    "workbench.core.importing.docx",
    "workbench.core.importing.html",
)


def test_the_first_paint_loads_no_charts_parsers_or_recogniser_then_the_charts_load_and_draw(
    tmp_path,
):
    store_path = tmp_path / "store.sqlite3"
    from workbench.core.pipeline import ingest_files
    from workbench.core.store import Store

    with Store(store_path) as store:
        ingest_files(store, sorted((ROOT / "seeds").glob("*.txt"))[:2])
    script = textwrap.dedent(
        f"""
        import json, sys
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        from workbench.app import Workbench
        from workbench.models.settings import WorkbenchSettings

        heavy = {KEPT_OFF_THE_START!r}
        seen = {{}}
        workbench = Workbench({str(store_path)!r}, WorkbenchSettings())

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and "painted" not in seen:
                    seen["painted"] = [name for name in heavy if name in sys.modules]
                    QTimer.singleShot(0, wait_for_plot_widgets)
                return False

        def wait_for_plot_widgets():
            loader = workbench._plot_loader
            if loader is None or loader.is_alive():
                QTimer.singleShot(20, wait_for_plot_widgets)
                return
            seen["loaded"] = "pyqtgraph" in sys.modules
            show_charts()

        def show_charts():
            panel = workbench.window.charts_panel
            panel.chart_drawn.connect(lambda name: drawn(panel, name))
            workbench.window.show_panel("Charts")

        def drawn(panel, name):
            seen["chart"] = name
            seen["current"] = panel.current_chart()
            app.exit(0)

        watcher = FirstPaint()
        workbench.window.installEventFilter(watcher)
        workbench.start()
        QTimer.singleShot(60_000, lambda: app.exit(1))  # never hang the suite
        code = app.exec()
        workbench.close()
        print(json.dumps(seen))
        sys.exit(code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["painted"] == []
    # Loaded once the window is painted, without the Charts on screen.
    assert seen["loaded"] is True
    # Brought forward, the panel draws its chart.
    assert seen["chart"] == seen["current"]
