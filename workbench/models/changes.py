"""The "what changed" broadcast: every mutation is announced here after it is committed.

Panels listen and refresh only when a change concerns them; no view holds a
reference to another view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    kind: str  # "documents", "mentions", "annotations", "sheets"
    document_id: int | None = None  # None: may concern every document
    initiator: object = None  # the object that made the change, so it can skip echoes


class ChangeHub(QObject):
    changed = Signal(object)  # a Change

    def announce(self, kind: str, document_id: int | None = None, initiator=None) -> None:
        self.changed.emit(Change(kind, document_id, initiator))
