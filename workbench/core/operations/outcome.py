"""An operation: a Qt-free function that changes the store and reports, typed, what changed.

``operation(store) -> Outcome``.  The outcome carries the :class:`Changes` to
broadcast and the inverse operation; applying the inverse undoes the change and
returns an outcome whose own inverse redoes it, so one generic undo command
serves every edit.  The command line and tests call operations directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .changes import Changes

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class Outcome:
    label: str  # what the edit was, for Edit → Undo "…"
    changes: Changes
    inverse: Operation | None = None  # None: nothing to undo (nothing changed, or not undoable)
    value: Any = None  # what the caller asked for: the new annotation, the new row ids…

    @property
    def changed(self) -> bool:
        return bool(self.changes)


Operation = Callable[["Store"], Outcome]


def unchanged(label: str, value: Any = None) -> Outcome:
    """The outcome of an edit that found nothing to change: no broadcast, no undo step."""
    return Outcome(label, Changes(), None, value)


def combined(label: str, operations: Sequence[Operation]) -> Operation:
    """Several operations as one: one transaction, one broadcast, one undo step."""

    def run(store: Store) -> Outcome:
        with store.transaction():
            outcomes = [operation(store) for operation in operations]
        changes = Changes()
        for outcome in outcomes:
            changes |= outcome.changes
        inverses = [o.inverse for o in reversed(outcomes) if o.inverse is not None]
        inverse = combined(label, inverses) if inverses else None
        return Outcome(label, changes, inverse, [o.value for o in outcomes])

    return run
