"""Running one panel by itself on a store: ``python -m workbench.views.<panel> STORE [DOC]``.

Each panel's ``main`` says how to build and fill itself; opening the store, the
application and the event loop are the same for all of them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import WorkbenchError
from ..core.store import Store
from ..models.session import Session


def run_panel_alone(
    module: str,
    argv: list[str] | None,
    build: Callable[[Session, int | None], QWidget],
) -> int:
    """Open ``STORE`` from the arguments, show ``build(session, document_id)``, run."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(f"usage: python -m {module} STORE [DOCUMENT_ID]", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    try:
        store = Store(args[0])
    except WorkbenchError as error:
        print(f"{args[0]}: {error}", file=sys.stderr)
        return 1
    panel = build(Session(store), int(args[1]) if len(args) > 1 else None)
    panel.setWindowTitle(f"{panel.windowTitle() or module} — {args[0]}")
    panel.show()
    try:
        return app.exec()
    finally:
        store.close()
