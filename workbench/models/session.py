"""What every panel of one open store shares: the store, the change hub, the undo stack.

Passed to each panel's constructor instead of a global application object. The
requests below are how one panel asks for something another panel shows, without
holding a reference to it (the window wires requests to the panels that serve them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.store import Store
from .changes import ChangeHub


class Session(QObject):
    # document id, selection start, selection end (Python str offsets; -1, -1 for none)
    open_document_requested = Signal(int, int, int)
    # canonical name, entity type: show every mention of this entity
    entity_selected = Signal(str, str)
    # the document now shown in the reader (id), so status bar and panels can follow
    document_opened = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.current_document_id: int | None = None
        self.document_opened.connect(self._remember_document)

    def request_document(self, document_id: int, start: int = -1, end: int = -1) -> None:
        self.open_document_requested.emit(document_id, start, end)

    def _remember_document(self, document_id: int) -> None:
        self.current_document_id = document_id
