"""The "what changed" broadcast: one typed :class:`Changes` per operation, after its commit.

Panels listen and refresh only the rows a change concerns; no view holds a
reference to another view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.operations import Changes, Table


class ChangeHub(QObject):
    changed = Signal(object)  # a core.operations.Changes

    def broadcast(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


# What a worker's pipeline (ingest, import, recognition, extraction) may have written
# through its own connection: panels re-read these tables when it has finished.
PIPELINE_TABLES = (Table.DOCUMENTS, Table.MENTIONS, Table.CAPACITY, Table.CLUSTERS)


def written_by_worker(document_ids=()) -> Changes:
    return Changes.reloaded(*PIPELINE_TABLES, document_ids=document_ids)
