"""Sheet actions other panels offer, e.g. the Reader's "New capacity row from selection"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..core.errors import WorkbenchError
from ..core.operations.sheets import capacity_row_from_selection
from ..core.sheets.schema import CAPACITY
from ..models.session import Session

Selection = tuple[int, int, int]  # document id, start, end (Python str offsets)


def new_capacity_row_from_selection(session: Session, doc_id: int, start: int, end: int) -> int:
    """Create a capacity row pre-filled from the selection; the Sheets panel shows it.

    Company, value, unit and year come from the entities recognised in the span;
    the span is the row's source.  Committed, undoable, broadcast; then the Sheets
    panel is asked to show it.
    """
    row_id = session.run(
        partial(capacity_row_from_selection, document_id=doc_id, start=start, end=end)
    ).value
    session.request_sheet_row(CAPACITY.name, row_id)
    return row_id


def new_capacity_row_action(
    session: Session,
    selection: Callable[[], Selection | None],
    parent: QWidget | None = None,
    on_error: Callable[[str], None] | None = None,
) -> QAction:
    """A QAction for a context menu; ``selection`` returns the current selection or None."""
    action = QAction(
        QCoreApplication.translate("SheetActions", "New capacity row from selection"), parent
    )
    action.setObjectName("new_capacity_row_from_selection")

    def trigger() -> None:
        current = selection()
        if current is None or current[2] <= current[1]:
            if on_error:
                on_error(
                    QCoreApplication.translate(
                        "SheetActions",
                        "Select the sentence or figure the row should come from first.",
                    )
                )
            return
        try:
            new_capacity_row_from_selection(session, *current)
        except WorkbenchError as error:
            if on_error:
                on_error(str(error))

    action.triggered.connect(trigger)
    return action
