"""Draws the application icon: a report page with highlighted lines under a magnifier.

Run from the repository root to regenerate the committed files:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/draw_icon.py

Writes workbench.svg and workbench-<size>.png next to this script.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 64, 128, 256)

# Drawn on a 256 × 256 canvas: a deep blue tile, a white page, text lines (two marked
# in entity colours), and a magnifier over the lower right corner.
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="48" fill="#1f4e9c"/>
  <path d="M64 40 h96 l40 40 v136 a8 8 0 0 1 -8 8 h-128 a8 8 0 0 1 -8 -8 v-168 a8 8 0 0 1 8 -8 z"
        fill="#ffffff"/>
  <path d="M160 40 v32 a8 8 0 0 0 8 8 h32 z" fill="#c9d8f2"/>
  <rect x="76" y="92" width="64" height="12" rx="6" fill="#9aa9c2"/>
  <rect x="76" y="116" width="104" height="14" rx="4" fill="#ffe27a"/>
  <rect x="76" y="142" width="40" height="12" rx="6" fill="#9aa9c2"/>
  <rect x="122" y="140" width="58" height="16" rx="4" fill="#d3f1da"/>
  <rect x="76" y="166" width="84" height="12" rx="6" fill="#9aa9c2"/>
  <circle cx="170" cy="170" r="34" fill="none" stroke="#f08a24" stroke-width="14"/>
  <line x1="195" y1="195" x2="224" y2="224" stroke="#f08a24" stroke-width="18"
        stroke-linecap="round"/>
</svg>
"""


def main() -> None:
    QGuiApplication.instance() or QGuiApplication([])
    (HERE / "workbench.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        image.save(str(HERE / f"workbench-{size}.png"))
    print(f"wrote workbench.svg and {len(SIZES)} PNGs to {HERE}")


if __name__ == "__main__":
    main()
