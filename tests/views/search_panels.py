"""A Search panel over a store, shown as a user sees it, for the panel tests."""

from __future__ import annotations

from workbench.models.search_model import SearchModel
from workbench.models.session import Session
from workbench.views.search_panel import SearchPanel


def shown_search_panel(store, qtbot) -> tuple[Session, SearchPanel]:
    session = Session(store)
    panel = SearchPanel(SearchModel(session), session)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel
