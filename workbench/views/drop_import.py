"""Dropping files and folders from the desktop onto the window imports them.

An event filter rather than overriding the window's drag handlers, so the window
class stays untouched: install it on the window and on any child that would
otherwise take the drop itself (a text view accepts dropped text).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtWidgets import QWidget


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries; empty when it carries anything else."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropImportFilter(QObject):
    """Accepts drags of local files; on drop emits ``files_dropped`` with their paths."""

    files_dropped = Signal(list)  # list[Path]

    _DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._DRAG_EVENTS:
            if local_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if event.type() == QEvent.Type.Drop:
            paths = local_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.files_dropped.emit(paths)
                return True
        return False


def install_drop_import(target, *widgets: QWidget) -> DropImportFilter:
    """Make ``widgets`` accept dropped files and pass them to ``target(paths)``.

    ``target`` is typically ``ImportController.import_paths``.
    """
    drop_filter = DropImportFilter(widgets[0] if widgets else None)
    drop_filter.files_dropped.connect(target)
    for widget in widgets:
        widget.setAcceptDrops(True)
        widget.installEventFilter(drop_filter)
    return drop_filter
