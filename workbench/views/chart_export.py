"""Writing a chart to PNG or SVG, from the panel or headless (``workbench chart``).

Run as ``python -m workbench.views.chart_export`` by the command line, which
itself never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core.errors import WorkbenchError
from ..core.vocabulary import CHART_CODES

FORMATS = (".png", ".svg")
DEFAULT_SIZE = (1400, 900)


def export_plot(plot_item, path: Path, width: int | None = None) -> Path:
    """Export a pyqtgraph PlotItem; the file's suffix picks the format."""
    from pyqtgraph.exporters import ImageExporter

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise WorkbenchError(f"{path.name}: a chart is exported as .png or .svg, not {suffix!r}")
    if not path.parent.is_dir():
        raise WorkbenchError(f"{path.name}: folder {path.parent} does not exist")
    if suffix == ".png":
        exporter = ImageExporter(plot_item)
        exporter.parameters()["antialias"] = False  # bars are axis-aligned; AA only costs time
        if width:
            exporter.parameters()["width"] = int(width)
        exporter.export(str(path))
    else:
        _export_svg(plot_item, path)
    if not path.is_file() or path.stat().st_size == 0:
        raise WorkbenchError(f"{path.name}: the chart could not be written")
    return path


def _export_svg(plot_item, path: Path) -> None:
    """Render the plot through QSvgGenerator (text stays text, so Chinese labels stay searchable).

    pyqtgraph's own SVGExporter cannot parse the paths Qt 6.11 writes and raises
    (pyqtgraph issue #3485), so the scene is rendered directly.
    """
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtSvg import QSvgGenerator

    source = plot_item.sceneBoundingRect()
    width, height = round(source.width()), round(source.height())
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(path.stem)
    # At QSvgGenerator's default 72 dpi the view box's contents and the axes scale apart.
    views = plot_item.scene().views()
    generator.setResolution(views[0].logicalDpiX() if views else 96)
    painter = QPainter(generator)
    try:
        target = QRectF(0, 0, width, height)
        painter.fillRect(target, QColor("white"))  # the view's background is not in the scene
        plot_item.scene().render(painter, target, source)
    finally:
        painter.end()


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            _quiet_offscreen_warnings()
        app = QApplication(["workbench-chart"])
    return app


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it ignores; nothing is wrong."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def render_chart(
    db_path: Path | str,
    chart: str,
    out: Path,
    size: tuple[int, int] = DEFAULT_SIZE,
    stack_by_domain: bool = False,
) -> Path:
    """Draw one chart of a store exactly as the Charts panel does and write it to ``out``."""
    if isinstance(db_path, Path) and not db_path.exists():  # a team store has no file
        raise WorkbenchError(f"{db_path}: no store here yet (run `workbench ingest` first)")
    if Path(out).suffix.lower() not in FORMATS:
        raise WorkbenchError(f"{Path(out).name}: a chart is exported as .png or .svg")
    app = _application()
    from PySide6.QtCore import Qt

    from ..core.store import Store
    from ..models.session import Session
    from .charts_panel import ChartsPanel

    with Store(db_path) as store:
        session = Session(store)
        panel = ChartsPanel(session)
        panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        panel.resize(*size)
        panel.show()  # lays the plot out at its final size before the view is fitted
        panel.stack_check.setChecked(stack_by_domain)
        panel.show_chart(chart)
        app.processEvents()  # let the layout settle, then fit the view to the final size
        panel.refresh_now()
        app.processEvents()
        try:
            return panel.export_image(out)
        finally:
            panel.close()
            panel.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench chart")
    parser.add_argument("chart", choices=CHART_CODES)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--width", type=int, default=DEFAULT_SIZE[0])
    parser.add_argument("--height", type=int, default=DEFAULT_SIZE[1])
    parser.add_argument("--stack-by-domain", action="store_true")
    args = parser.parse_args(argv)
    try:
        written = render_chart(
            args.db, args.chart, args.out, (args.width, args.height), args.stack_by_domain
        )
    except WorkbenchError as error:
        print(f"workbench: {error}", file=sys.stderr)
        return 1
    print(f"chart written to {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
