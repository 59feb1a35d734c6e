"""What ingest and import share in their reports: documents stored, then processed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .operations.changes import Changes, Table

if TYPE_CHECKING:
    from .pipeline.process import ProcessReport


@dataclass
class StagedReport:
    """Storing documents, then recognising and extracting them (``processed``).

    Subclasses give ``new_document_ids``: the documents this run stored.
    """

    storing_cancelled: bool = False  # files after the cancel were not stored
    processed: ProcessReport | None = None  # entities and sheets of the documents

    @property
    def cancelled(self) -> bool:
        return self.storing_cancelled or bool(self.processed and self.processed.cancelled)

    @property
    def changes(self) -> Changes:
        stored = (
            Changes.reloaded(Table.DOCUMENTS, document_ids=self.new_document_ids)
            if self.new_document_ids
            else Changes()
        )
        return stored | self.processed.changes if self.processed else stored
