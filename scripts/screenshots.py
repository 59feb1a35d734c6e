"""Screenshots of the window as an analyst first sees it, at laptop and desktop sizes.

    python scripts/screenshots.py OUT_DIR [--sizes 1366x768,1920x1080] [--language zh_CN]
                                  [--db STORE]

For each screen size it starts the workbench under ``xvfb-run`` on a copy of the
store (default: a store of the bundled corpus, ingested once into OUT_DIR), with
fresh settings, opens the longest document (the long report), and writes
``OUT_DIR/<size>-reader.png``, ``<size>-sheets.png`` and ``<size>-chart-<code>.png``
for each chart.  ``--language`` is passed on as ``WORKBENCH_LANGUAGE``.  It also
prints, per size, the window's size and how many lines of text the Reader shows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a screen size like 1366x768") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(f"{text}: a screen of at least 320x240 is needed")
    return width, height


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (created if missing)")
    parser.add_argument(
        "--sizes",
        default="1366x768,1920x1080",
        help="comma-separated screen sizes (default: 1366x768,1920x1080)",
    )
    parser.add_argument("--language", help="interface language, e.g. zh_CN, zh_TW, en")
    parser.add_argument("--db", type=Path, help="store to show (copied; default: bundled corpus)")
    parser.add_argument("--inner", nargs=2, metavar=("SIZE", "STORE"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.inner:
        return capture(args.out, args.inner[0], Path(args.inner[1]))
    try:
        sizes = [_size(part) for part in args.sizes.split(",") if part.strip()]
    except argparse.ArgumentTypeError as error:
        print(f"screenshots: --sizes: {error}", file=sys.stderr)
        return 2
    if shutil.which("xvfb-run") is None:
        print("screenshots: xvfb-run is not installed (apt-get install xvfb)", file=sys.stderr)
        return 1
    if args.db is not None and not args.db.is_file():
        print(f"screenshots: {args.db}: no such store", file=sys.stderr)
        return 1
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"screenshots: {args.out}: cannot create the folder ({error})", file=sys.stderr)
        return 1
    store = args.db or _bundled_store(args.out)
    if store is None:
        return 1
    env = dict(os.environ)
    if args.language:
        env["WORKBENCH_LANGUAGE"] = args.language
    env.pop("QT_QPA_PLATFORM", None)
    failed = 0
    for width, height in sizes:
        with tempfile.TemporaryDirectory(prefix="workbench-shots-") as scratch:
            copy = Path(scratch) / "store.sqlite3"
            shutil.copyfile(store, copy)
            env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")  # fresh settings
            command = [
                "xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                sys.executable, str(Path(__file__).resolve()), str(args.out),
                "--inner", f"{width}x{height}", str(copy),
            ]  # fmt: skip
            result = subprocess.run(command, env=env, capture_output=True, text=True)
            if result.returncode != 0:
                failed += 1
                print(f"screenshots: {width}x{height} failed:\n{result.stderr}", file=sys.stderr)
            else:
                print(result.stdout.strip())
    return 1 if failed else 0


def _bundled_store(out: Path) -> Path | None:
    store = out / "bundled-corpus.sqlite3"
    if store.exists():
        return store
    command = [sys.executable, "-m", "workbench", "ingest", "--db", str(store)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        print(f"screenshots: ingesting the bundled corpus failed: {result.stderr}", file=sys.stderr)
        return None
    return store


def capture(out: Path, size: str, store: Path) -> int:
    """Inside the X server: open the window, show each view, grab it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.app import Workbench
    from workbench.models.language import chosen_language, install_translators
    from workbench.models.settings import WorkbenchSettings
    from workbench.views.main_window import APP_TITLE, app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = WorkbenchSettings()
    # As the app's start does, before any widget: the interface language.
    translators = install_translators(app, chosen_language(settings.language()))  # noqa: F841
    app.setApplicationDisplayName(APP_TITLE)
    app.setWindowIcon(app_icon())
    workbench = Workbench(store, settings)
    window = workbench.window

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(name: str) -> None:
        settle()
        window.grab().save(str(out / f"{size}-{name}.png"), "PNG")

    workbench.start()
    settle(500)
    longest = window.library_model.longest_document_id()
    if longest is not None:
        workbench.session.request_document(longest)
    settle(800)
    reader = window.reader_panel
    facts = {
        "screen": size,
        "window": [window.width(), window.height()],
        "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
        "reader_lines": reader.view.visible_line_count(),
        "reader_size": [reader.view.width(), reader.view.height()],
    }
    grab("reader")
    window.show_panel("Sheets")
    grab("sheets")
    charts = window.charts_panel
    window.show_panel("Charts")
    for index in range(charts.chart_picker.count()):
        charts.chart_picker.setCurrentIndex(index)
        settle(600)
        grab(f"chart-{charts.chart_picker.itemData(index)}")
    print(json.dumps(facts))
    workbench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
