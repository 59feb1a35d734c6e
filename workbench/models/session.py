"""What every panel of one open store shares: the store, the change hub, the undo stack
and the operation runner that is the only way panels change the store.

Passed to each panel's constructor instead of a global application object. The
requests below are how one panel asks for something another panel shows, without
holding a reference to it (the window wires requests to the panels that serve them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.operations import Operation, Outcome
from ..core.store import Store
from .changes import ChangeHub
from .lexicon_applier import LexiconApplier
from .operation_runner import OperationRunner
from .reprocessor import DocumentReprocessor
from .sheet_exporter import SheetExporter
from .work_importer import WorkImporter


class Session(QObject):
    # document id, selection start, selection end (Python str offsets; -1, -1 for none)
    open_document_requested = Signal(int, int, int)
    # canonical name, entity type: show every mention of this entity
    entity_selected = Signal(str, str)
    # the document now shown in the reader (id), so status bar and panels can follow
    document_opened = Signal(int)
    # sheet name, row id: bring this sheet row into view (e.g. a row just made from a selection)
    sheet_row_requested = Signal(str, int)
    # a query whose hits in the open document the reader marks and steps through
    find_in_document_requested = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.runner = OperationRunner(store, self.hub, self.undo_stack, self)
        self.lexicon = LexiconApplier(store.location, self.hub, self)
        self.reprocessor = DocumentReprocessor(store.location, self.hub, self)
        self.exporter = SheetExporter(store.location, self)
        self.work_importer = WorkImporter(store.location, self)
        self.current_document_id: int | None = None
        self.document_opened.connect(self._remember_document)

    def run(self, operation: Operation) -> Outcome:
        """Apply an edit: committed, undoable, announced once (see ``OperationRunner``)."""
        return self.runner.run(operation)

    def adopt(self, outcome: Outcome) -> None:
        """An edit a worker committed: undoable and announced as one run here."""
        self.runner.adopt(outcome)

    def request_document(self, document_id: int, start: int = -1, end: int = -1) -> None:
        self.open_document_requested.emit(document_id, start, end)

    def request_find_in_document(self, query: str) -> None:
        self.find_in_document_requested.emit(query)

    def request_sheet_row(self, sheet: str, row_id: int) -> None:
        self.sheet_row_requested.emit(sheet, row_id)

    def _remember_document(self, document_id: int) -> None:
        self.current_document_id = document_id
