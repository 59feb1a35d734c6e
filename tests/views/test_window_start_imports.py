"""What the window loads before its first paint: none of the heavy libraries and
rules that nothing on screen needs, and the Charts still draw once brought forward.

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
    "workbench.core.nlp.recognizer",
    "workbench.core.nlp.rules",
    "workbench.core.nlp.numbers",
    "workbench.core.extraction.capacity",
    "workbench.core.importing.formats",
    "workbench.core.importing.pdf",
    "workbench.core.importing.docx",
    "workbench.core.importing.html",
)


def test_the_first_paint_loads_no_charts_parsers_or_recogniser_and_charts_still_draw(
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
                    QTimer.singleShot(0, show_charts)
                return False

        def show_charts():
            panel = workbench.window.charts_panel
            panel.chart_drawn.connect(lambda name: drawn(panel, name))
            workbench.window.show_panel("Charts")

        def drawn(panel, name):
            seen["chart"] = name
            seen["current"] = panel.current_chart()
            seen["charted"] = "pyqtgraph" in sys.modules
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
    # Brought forward, the panel draws its chart, loading the plotting library then.
    assert seen["chart"] == seen["current"]
    assert seen["charted"] is True
