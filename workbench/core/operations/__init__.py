"""Every change to the store, as operations: ``operation(store) -> Outcome``.

See :mod:`.outcome` for the contract and :mod:`.changes` for what an outcome
reports.  The window runs them through ``workbench.models.operation_runner``;
the command line and tests call them directly.
"""

from .changes import Changes, Table, TableChanges
from .outcome import Operation, Outcome, combined, unchanged

__all__ = ["Changes", "Operation", "Outcome", "Table", "TableChanges", "combined", "unchanged"]
