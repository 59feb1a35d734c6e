"""The main window: the Reader in the middle, dockable panels around it, menus, status bar.

The window only arranges panels and routes requests between them through the
``Session``; no panel holds a reference to another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from .. import __version__
from ..core.paths import resource_path
from ..core.translatable import QT_TRANSLATE_NOOP
from ..core.vocabulary import SCRIPTS
from ..models.entity_models import EntityIndexModel, EntityMentionsModel
from ..models.labels import qt_translate
from ..models.lexicon_applier import applied_summary
from ..models.library_model import LibraryModel
from ..models.reprocessor import reprocessed_summary
from ..models.search_model import SearchModel
from ..models.session import Session
from ..models.settings import LAYOUT_VERSION, WorkbenchSettings
from .annotations_panel import AnnotationsPanel
from .charts_panel import ChartsPanel
from .connect_dialog import ConnectDialog
from .elided_label import ElidedLabel
from .entities_panel import EntitiesPanel, entity_type_icons, entity_type_labels
from .library_panel import LibraryPanel
from .preferences_dialog import PreferencesDialog
from .progress_dialog import TaskProgressDialog
from .reader_panel import ReaderPanel
from .row_count import follow_row_count
from .search_panel import SearchPanel
from .sheets_panel import SheetsPanel
from .shortcuts_dialog import ShortcutsDialog
from .table_states import restore_table_states, save_table_states
from .work_import import WorkImportFlow

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Industry Intelligence Workbench")
# Closing with edits that wait for the store's lock: how long to wait before asking.
CLOSE_WAIT_SECONDS = 3.0
Area = Qt.DockWidgetArea
# The window's largest default size; smaller screens get nearly all they have (a laptop
# all of it), so the Reader, the Library and the Sheets each have room.
DEFAULT_SIZE = QSize(1880, 1160)
SCREEN_SHARE = 0.96  # of a large screen's width and height, leaving a margin round it
# Below this available height (a 1366×768 or 1280×800 laptop) the default layout keeps the
# full height for the Reader: the Sheets and Charts join the right-hand panels as tabs.
COMPACT_BELOW_HEIGHT = 960


def default_size(available: QRect) -> QSize:
    if is_compact(available):
        return available.size()
    share = QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    return DEFAULT_SIZE.boundedTo(share)


def fitted_rect(available: QRect, wanted: QSize | None = None) -> QRect:
    """``wanted`` (by default :func:`default_size`) shrunk to fit the available screen
    area, centred in it."""
    size = (wanted if wanted is not None else default_size(available)).boundedTo(available.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect


def is_compact(available: QRect) -> bool:
    return available.height() < COMPACT_BELOW_HEIGHT


def window_title(store_name: str) -> str:
    """The store's name, then the application's (which Qt adds itself when it is the
    application's display name, so it is never named twice)."""
    if QGuiApplication.applicationDisplayName() == app_title():
        return store_name
    return f"{store_name} — {app_title()}"


def app_title() -> str:
    """The application's name in the interface language."""
    return QCoreApplication.translate("MainWindow", APP_TITLE)


def without_mnemonic(text: str) -> str:
    """A menu text as a title: ``&Library`` → ``Library``, ``文档库(&L)`` → ``文档库``."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "")


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"workbench-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A clear, modal error: what failed as the title, the reason (naming the file) below."""
    _show_message(parent, QMessageBox.Icon.Critical, "ErrorDialog", title, message)


def show_notice(parent: QWidget | None, title: str, message: str) -> None:
    """A modal note that nothing went wrong but something was not done, and why."""
    _show_message(parent, QMessageBox.Icon.Information, "NoticeDialog", title, message)


def _show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, name: str, title: str, message: str
) -> None:
    box = QMessageBox(icon, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setInformativeText(message)
    box.exec()


@dataclass
class _PanelPlace:
    area: Area
    share: float  # the dock area's width as a share of the window, in the default layout
    height: float  # the panel's height relative to the others in its area
    tabify_with: str | None = None


class MainWindow(QMainWindow):
    """Docks ``Library``, ``Search``, ``Entities``, ``Annotations`` around the ``Reader``."""

    # File > Import…: whoever implements importing connects here (and enables import_action).
    import_requested = Signal()
    # File > Open Store… and File > Connect to Team Store…: the composition root opens
    # the chosen store in a new window.
    open_store_requested = Signal(object)  # a pathlib.Path, or a postgresql:// address

    def __init__(
        self,
        session: Session,
        settings: WorkbenchSettings,
        parent: QWidget | None = None,
        available: QRect | None = None,
    ):
        """``available``: the screen area to fit (default: the screen's available geometry)."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.settings = settings
        self.docks: dict[str, QDockWidget] = {}
        self._places: dict[str, _PanelPlace] = {}
        self._layout_restored = False
        self._shown_once = False
        on_screen = available is None
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
        self.available = available
        self.compact = is_compact(available)
        self.setWindowTitle(window_title(session.store.name))
        self.setWindowIcon(app_icon())
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowNestedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.setCorner(Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)

        self.library_model = LibraryModel(session, self)
        self.search_model = SearchModel(session, self)
        self.entity_index_model = EntityIndexModel(
            session, entity_type_labels(), entity_type_icons(), self
        )
        self.entity_mentions_model = EntityMentionsModel(session, self)

        self.reader_panel = ReaderPanel(session)
        self.reader_panel.setObjectName("Reader")
        # The reader's own minimum (its legend row) would otherwise squeeze the docks
        # to slivers on a laptop screen; below this width the legend clips instead.
        self.reader_panel.setMinimumWidth(420)
        self.setCentralWidget(self.reader_panel)
        self.library_panel = LibraryPanel(self.library_model, session)
        self.search_panel = SearchPanel(self.search_model, session)
        self.entities_panel = EntitiesPanel(
            self.entity_index_model, self.entity_mentions_model, session
        )
        self.annotations_panel = AnnotationsPanel(session)
        self.sheets_panel = SheetsPanel(session)
        self.charts_panel = ChartsPanel(session)
        self.work_import = WorkImportFlow(
            session, self, lambda text: self.statusBar().showMessage(text, 15000)
        )

        self._build_actions()
        self._build_menus()
        left, right = Area.LeftDockWidgetArea, Area.RightDockWidgetArea
        if self.compact:
            # A laptop screen: the Reader keeps the full height (25 lines and more of a
            # report), the side panels share a tab bar on each side.
            self.add_panel("Library", self.tr("&Library"), self.library_panel, left, 0.27)
            self.add_panel(
                "Search", self.tr("&Search"), self.search_panel, left, 0.27, tabify_with="Library"
            )
            self.add_panel("Entities", self.tr("&Entities"), self.entities_panel, right, 0.27)
            self.add_panel(
                "Annotations", self.tr("&Annotations"), self.annotations_panel, right, 0.27,
                tabify_with="Entities",
            )  # fmt: skip
            self.add_panel(
                "Sheets", self.tr("S&heets"), self.sheets_panel, right, 0.27, tabify_with="Entities"
            )
            self.add_panel(
                "Charts", self.tr("C&harts"), self.charts_panel, right, 0.27, tabify_with="Sheets"
            )
            self.docks["Library"].raise_()
            self.docks["Entities"].raise_()
        else:
            self.add_panel("Library", self.tr("&Library"), self.library_panel, left, 0.28)
            # The hits list is empty until a search: a tab beside the Library, not half of it.
            self.add_panel(
                "Search", self.tr("&Search"), self.search_panel, left, 0.28, tabify_with="Library"
            )
            self.add_panel("Entities", self.tr("&Entities"), self.entities_panel, right, 0.23, 3)
            self.add_panel(
                "Annotations", self.tr("&Annotations"), self.annotations_panel, right, 0.23, 2
            )
            bottom = Area.BottomDockWidgetArea
            # The curated sheets are a deliverable: give them room to show a dozen rows.
            self.add_panel("Sheets", self.tr("S&heets"), self.sheets_panel, bottom, 0.38)
            self.add_panel(
                "Charts", self.tr("C&harts"), self.charts_panel, bottom, 0.38, tabify_with="Sheets"
            )
            self.docks["Sheets"].raise_()
            self.docks["Library"].raise_()
        self._link_sheets_and_charts()
        self._build_status_bar()

        session.entity_selected.connect(lambda *_: self.show_panel("Entities"))
        session.document_opened.connect(self._document_opened)
        follow_row_count(self.library_model, self._update_document_count)
        self.setGeometry(fitted_rect(available))
        if self.compact and on_screen:
            # All of a laptop screen, frame included (the window manager fits the frame).
            self.setWindowState(Qt.WindowState.WindowMaximized)
        if session.store.read_only:
            self._show_read_only()

    # -- panels ------------------------------------------------------------------

    def add_panel(
        self,
        name: str,
        title: str,
        widget: QWidget,
        area: Area,
        share: float = 0.25,
        height: float = 1.0,
        tabify_with: str | None = None,
    ) -> QDockWidget:
        """Dock ``widget`` as panel ``name`` (its stable objectName) with a View menu toggle.

        Panels in the same area stack top to bottom in the order they were added,
        or share a tab with ``tabify_with``.  Call :meth:`restore_layout` after
        adding every panel.
        """
        dock = QDockWidget(without_mnemonic(title), self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.docks[name] = dock
        self._places[name] = _PanelPlace(area, share, height, tabify_with)
        self._place(name)
        toggle = dock.toggleViewAction()
        toggle.setText(title)
        toggle.setObjectName(f"toggle{name}")
        toggle.setShortcut(QKeySequence(f"Alt+{len(self.docks)}"))
        toggle.setStatusTip(
            self.tr("Show or hide the {panel} panel").format(panel=without_mnemonic(title))
        )
        self.panels_menu.addAction(toggle)
        self.addAction(toggle)  # the shortcut works while the dock is hidden, too
        return dock

    def _link_sheets_and_charts(self) -> None:
        """Charts count what each sheet shows; a clicked bar selects its rows in the sheet."""
        for kind, tab in self.sheets_panel.sheet_tabs.items():

            def follow(kind=kind, model=tab.model) -> None:
                # Every row (None) while the sheet shows them all as read: no set of a
                # large sheet's ids to make, nor to wait for while they are read.
                rows = None if model.shows_every_row else model.row_ids()
                self.charts_panel.set_visible_rows(kind, rows)

            tab.model.rows_changed.connect(follow)
            follow()
        self.charts_panel.rows_selected.connect(self._select_sheet_rows)

    def _select_sheet_rows(self, kind: str, row_ids: list) -> None:
        if kind in self.sheets_panel.sheet_tabs:
            self.show_panel("Sheets")
            self.sheets_panel.select_rows(kind, row_ids)
            self.show_panel("Charts")  # keep the chart in view; the sheet tab is selected

    def _place(self, name: str) -> None:
        dock, place = self.docks[name], self._places[name]
        if place.tabify_with and place.tabify_with in self.docks:
            self.tabifyDockWidget(self.docks[place.tabify_with], dock)
        else:
            self.addDockWidget(place.area, dock, Qt.Orientation.Vertical)
        dock.setFloating(False)
        dock.show()

    def show_panel(self, name: str) -> None:
        dock = self.docks[name]
        dock.show()
        dock.raise_()

    def reset_layout(self) -> None:
        """Every panel back in its default place, visible, at its default width."""
        for dock in self.docks.values():
            self.removeDockWidget(dock)
        for name in self.docks:
            self._place(name)
        for name, place in self._places.items():
            if place.tabify_with is None:
                self.docks[name].raise_()
        self._apply_default_sizes()

    def _apply_default_sizes(self) -> None:
        by_area: dict[Area, list[str]] = {}
        for name, place in self._places.items():
            if not place.tabify_with:
                by_area.setdefault(place.area, []).append(name)
        if not by_area:
            return
        # Side areas take a share of the width and stack their panels; top and bottom
        # areas take a share of the height.
        sides = {Area.LeftDockWidgetArea, Area.RightDockWidgetArea}
        firsts = [names[0] for area, names in by_area.items() if area in sides]
        self.resizeDocks(
            [self.docks[n] for n in firsts],
            [int(self.width() * self._places[n].share) for n in firsts],
            Qt.Orientation.Horizontal,
        )
        rows = [names[0] for area, names in by_area.items() if area not in sides]
        self.resizeDocks(
            [self.docks[n] for n in rows],
            [int(self.height() * self._places[n].share) for n in rows],
            Qt.Orientation.Vertical,
        )
        for area, names in by_area.items():
            if area not in sides:
                continue
            weights = [self._places[n].height for n in names]
            heights = [int(self.height() * w / sum(weights)) for w in weights]
            self.resizeDocks([self.docks[n] for n in names], heights, Qt.Orientation.Vertical)

    def restore_layout(self) -> bool:
        """Restore the saved geometry and dock layout; False when there is none to restore."""
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a larger screen (or with a monitor since unplugged): fit this one.
            if not self.available.contains(self.geometry()):
                self.setGeometry(fitted_rect(self.available, self.size()))
        state = self.settings.window_state()
        self._layout_restored = bool(state is not None and self.restoreState(state, LAYOUT_VERSION))
        return self._layout_restored

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState(LAYOUT_VERSION))
        self.settings.sync()

    def layout_state(self) -> QByteArray:
        return self.saveState(LAYOUT_VERSION)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._layout_restored:
                self._apply_default_sizes()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._waiting_edits_settled():
            event.ignore()
            return
        self.save_layout()
        self.save_reading_state()
        # Keeps the documents it finished; the rest keep their earlier mentions.
        self.session.lexicon.cancel()
        self.session.lexicon.wait()
        self.session.reprocessor.cancel()
        self.session.reprocessor.wait()
        self.session.exporter.cancel()  # the file it was writing stays as it was
        self.session.exporter.wait()
        self.session.work_importer.cancel()  # it only reads: nothing is half done
        self.session.work_importer.wait()
        self.charts_panel.stop_computing()
        self.entity_index_model.stop_reading()
        super().closeEvent(event)

    def _waiting_edits_settled(self) -> bool:
        """Before closing: save what waits for the store's lock, or let the analyst choose."""
        runner = self.session.runner
        while not runner.flush_waiting(CLOSE_WAIT_SECONDS):
            count = runner.waiting_count
            answer = QMessageBox.warning(
                self,
                self.tr("Edits not saved yet"),
                self.tr(
                    "{edits} could not be saved yet: {store} is busy "
                    "(an import or another window is writing).\n\nWait and try again, or close "
                    "and lose them?"
                ).format(edits=self._edits(count), store=self.session.store.name),
                QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if answer == QMessageBox.StandardButton.Discard:
                return True
            if answer == QMessageBox.StandardButton.Cancel:
                return False
        return True

    def _show_waiting_edits(self, count: int) -> None:
        self.waiting_label.setVisible(count > 0)
        self.waiting_label.setText(
            self.tr("{edits} not saved yet: the store is busy").format(edits=self._edits(count))
        )
        if count == 0:
            self.statusBar().showMessage(self.tr("Every edit is saved."), 4000)

    def _edits(self, count: int) -> str:
        return self.tr("1 edit") if count == 1 else self.tr("{n} edits").format(n=count)

    def reprocess_chosen_documents(self) -> bool:
        chosen = self.library_panel.selected_document_ids()
        if not chosen and self.session.current_document_id is not None:
            chosen = [self.session.current_document_id]
        if not chosen:
            self.statusBar().showMessage(self.tr("Choose documents in the Library first."), 6000)
            return False
        return self.session.reprocessor.start(chosen)

    def _show_reprocess_progress(self, task) -> None:
        dialog = TaskProgressDialog(task, self.tr("Recognising and extracting again"), self)
        dialog.setMinimumDuration(600)
        task.finished.connect(dialog.deleteLater)
        self.statusBar().showMessage(
            self.tr("Recognising and extracting the chosen documents again…")
        )

    def _show_lexicon_progress(self, task) -> None:
        dialog = TaskProgressDialog(task, self.tr("Applying your lexicon"), self)
        # Most applications take well under a second: show the dialog only if not.
        dialog.setMinimumDuration(600)
        task.finished.connect(dialog.deleteLater)
        self.statusBar().showMessage(self.tr("Applying your lexicon to the stored documents…"))

    def _lexicon_applied(self, report) -> None:
        self.statusBar().showMessage(applied_summary(report), 8000)

    # -- actions and menus -------------------------------------------------------

    def _action(self, text: str, name: str, shortcuts=(), slot=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys += QKeySequence.keyBindings(shortcut)
            else:
                keys.append(QKeySequence(shortcut))
        unique = []
        for key in keys:
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_store_action = self._action(
            self.tr("&Open Store…"), "openStore", [key.Open], self._choose_store,
            self.tr("Open another workbench store (.sqlite3)"),
        )  # fmt: skip
        self.connect_team_store_action = self._action(
            self.tr("&Connect to Team Store…"), "connectTeamStore", ["Ctrl+Shift+O"],
            self.choose_team_store,
            self.tr("Open a team store on a PostgreSQL server in a new window"),
        )  # fmt: skip
        self.import_action = self._action(
            self.tr("&Import Files…"), "importFiles", ["Ctrl+I"], self.import_requested.emit,
            self.tr("Import corpus files into this store"),
        )  # fmt: skip
        # Enabled by whoever connects import_requested, so the menu never offers a no-op.
        self.import_action.setEnabled(False)
        self.export_sheet_action = self._action(
            self.tr("&Export Sheet…"), "exportSheet", ["Ctrl+E"], self.export_current_sheet,
            self.tr(
                "Export the sheet on screen (as filtered and sorted) as an Excel workbook or "
                "CSV"
            ),
        )  # fmt: skip
        self.import_lexicon_action = self._action(
            self.tr("Import &Lexicon…"), "importLexicon", [], self._import_lexicon,
            self.tr("Teach this store the names in a lexicon file a colleague exported"),
        )  # fmt: skip
        self.import_work_action = self._action(
            self.tr("Import Sheet &Rows and Annotations…"), "importWork", [],
            self._import_work,
            self.tr(
                "Bring in the sheet rows and annotations of an export from another store, "
                "a colleague's or the team store"
            ),
        )  # fmt: skip
        self.export_lexicon_action = self._action(
            self.tr("Export Le&xicon…"), "exportLexicon", [], self._export_lexicon,
            self.tr("Write the names you taught to a file a colleague can import"),
        )  # fmt: skip
        self.quit_action = self._action(
            self.tr("&Quit"),
            "quit",
            [key.Quit, "Ctrl+Q"],
            self.close,
            self.tr("Quit the workbench"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(key.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redo")
        redo_keys = QKeySequence.keyBindings(key.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        self.find_in_document_action = self._action(
            self.tr("&Find in Document…"), "findInDocument", [key.Find], self.find_in_document,
            self.tr("Find words in the document open in the Reader, in either script"),
        )  # fmt: skip
        self.find_action = self._action(
            self.tr("Find in &All Documents…"), "find", ["Ctrl+Shift+F"], self.focus_search,
            self.tr("Search every document in the store"),
        )  # fmt: skip
        self.filter_library_action = self._action(
            self.tr("Filter &Library…"), "filterLibrary", ["Ctrl+L"], self.focus_library,
            self.tr("Filter the document list"),
        )  # fmt: skip
        lexicon = self.session.lexicon
        self.apply_lexicon_action = self._action(
            self.tr("&Apply Lexicon to All Documents"), "applyLexicon", ["Ctrl+Shift+L"],
            lexicon.apply,
            self.tr(
                "Recognise again the stored documents that hold names you taught, renamed or "
                "retyped"
            ),
        )  # fmt: skip
        self.apply_lexicon_action.setEnabled(bool(lexicon.pending))
        lexicon.pending_changed.connect(
            lambda count: self.apply_lexicon_action.setEnabled(count > 0)
        )
        lexicon.started.connect(self._show_lexicon_progress)
        lexicon.applied.connect(self._lexicon_applied)
        self.reprocess_action = self._action(
            self.tr("Recognise and E&xtract Again"), "reprocessDocuments", [],
            self.reprocess_chosen_documents,
            self.tr(
                "Find the entities and fill the sheets anew for the documents chosen in the "
                "Library (or the one open in the Reader); your verdicts and edits stand"
            ),
        )  # fmt: skip
        reprocessor = self.session.reprocessor
        reprocessor.started.connect(self._show_reprocess_progress)
        reprocessor.finished.connect(
            lambda report: self.statusBar().showMessage(reprocessed_summary(report), 8000)
        )
        reprocessor.failed.connect(
            lambda message: show_error(self, self.tr("Recognising again failed"), message)
        )
        self.reset_layout_action = self._action(
            self.tr("&Reset Layout"),
            "resetLayout",
            [],
            self.reset_layout,
            self.tr("Put every panel back"),
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), "keyboardShortcuts", [], self.show_shortcuts,
            self.tr("Every keyboard shortcut of the window and its panels"),
        )  # fmt: skip
        self.preferences_action = self._action(
            self.tr("&Preferences…"), "preferences", [key.Preferences], self.show_preferences,
            self.tr("The interface language"),
        )  # fmt: skip
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About"), "about", [], self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions(
            [
                self.open_store_action,
                self.connect_team_store_action,
                self.import_action,
                self.export_sheet_action,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.import_lexicon_action, self.export_lexicon_action])
        file_menu.addAction(self.import_work_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.find_in_document_action,
                self.reader_panel.find_next_action,
                self.reader_panel.find_previous_action,
                self.find_action,
                self.filter_library_action,
            ]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.apply_lexicon_action, self.reprocess_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        # Keep panel toggles above the separator as panels are added.
        self.panels_menu = _InsertBefore(self.view_menu, self._view_separator)

    def export_current_sheet(self) -> None:
        self.show_panel("Sheets")
        self.sheets_panel.tabs.currentWidget().export_dialog()

    def _import_lexicon(self) -> None:
        self.show_panel("Entities")
        self.entities_panel.import_lexicon_dialog()

    def _import_work(self) -> None:
        self.work_import.start()

    def _export_lexicon(self) -> None:
        self.show_panel("Entities")
        self.entities_panel.export_lexicon_dialog()

    def find_in_document(self) -> None:
        """The Reader's find bar; with no document open, the Search panel."""
        if not self.reader_panel.open_find():
            self.focus_search()

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.shortcut_actions(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the window and its panels that has a keyboard shortcut."""
        seen: list[QAction] = []
        for action in [*self.actions(), *self.findChildren(QAction)]:
            if action not in seen and action.shortcuts():
                seen.append(action)
        return seen

    # -- where the analyst was ---------------------------------------------------

    def save_reading_state(self) -> None:
        """Remember the open document, the place read and the cursor, and the Library's
        sort and filters, for the next start."""
        position = self.reader_panel.reading_position()
        if position is not None:
            self.settings.set_last_document(self.session.store.location, position)
        save_table_states(self, self.settings)
        self.settings.sync()

    def restore_reading_state(self) -> bool:
        """Reopen the document open at the last close, where it was read; False if none."""
        restore_table_states(self, self.settings)
        last = self.settings.last_document(self.session.store.location)
        if last is None or self.library_model.document(last.document_id) is None:
            return False
        return self.reader_panel.restore_reading_position(last)

    def focus_search(self) -> None:
        self.show_panel("Search")
        self.search_panel.focus_query()

    def focus_library(self) -> None:
        self.show_panel("Library")
        self.library_panel.focus_filter()

    def _choose_store(self) -> None:
        store = self.session.store
        start = str(store.path.parent if store.path is not None else Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Store"),
            start,
            self.tr("Workbench stores (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.open_store_requested.emit(Path(name))

    def choose_team_store(self) -> ConnectDialog:
        """File > Connect to Team Store…: the address asked for, then opened (and
        remembered by the composition root once connected)."""
        dialog = ConnectDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.open_store_requested.emit(dialog.address().url()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=app_title()),
            f"<h3>{app_title()} {__version__}</h3><p>"
            + self.tr(
                "Read, search, annotate and curate Chinese-language industry news and "
                "research reports, offline, in Traditional and Simplified Chinese alike."
            )
            + "</p><p>"
            + self.tr("Store: {path}").format(
                path=f"<code>{escape(self.session.store.shown_location)}</code>"
            )
            + f"<br>Qt {qVersion()}</p>",
        )

    # -- status bar --------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        # The store's path, cut in the middle when long: messages keep the rest of the bar.
        store = self.session.store
        # A team store by its label (alice@db.example.org/industry): its address, with the
        # socket folder and options, is in the tooltip.
        self.store_label = ElidedLabel(store.name if store.is_team_store else store.shown_location)
        self.store_label.setObjectName("StatusStore")
        if store.is_team_store:
            self.store_label.setToolTip(
                self.tr("Team store {store}, as PostgreSQL role {role}").format(
                    store=store.shown_location, role=store.role
                )
            )
        else:
            self.store_label.setToolTip(self.tr("Store: {path}").format(path=store.path))
        self.count_label = QLabel()
        self.count_label.setObjectName("StatusDocuments")
        self.document_label = QLabel(self.tr("No document open"))
        self.document_label.setObjectName("StatusDocument")
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("StatusWaitingEdits")
        self.waiting_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.waiting_label.setToolTip(
            self.tr(
                "Edits typed while another writer holds the store's lock are kept and "
                "saved, in order, as soon as it is free."
            )
        )
        self.waiting_label.hide()
        self.session.runner.waiting_changed.connect(self._show_waiting_edits)
        status.addPermanentWidget(self.waiting_label)
        status.addPermanentWidget(self.store_label)
        status.addPermanentWidget(self.document_label)
        status.addPermanentWidget(self.count_label)
        self._update_document_count()

    def _update_document_count(self) -> None:
        total = self.library_model.total_count()
        self.count_label.setText(self.tr("{n} documents").format(n=f"{total:,}"))
        if self.session.current_document_id is not None:
            self._document_opened(self.session.current_document_id)

    def _document_opened(self, document_id: int) -> None:
        row = self.library_model.document(document_id)
        if row is None:
            self.document_label.setText(self.tr("No document open"))
            return
        script = SCRIPTS.label(row.script, qt_translate)
        self.document_label.setText(
            self.tr("{script} · {n} characters").format(script=script, n=f"{row.length:,}")
        )
        self.document_label.setToolTip(row.title)

    # -- read-only stores --------------------------------------------------------

    def _show_read_only(self) -> None:
        """A store that cannot be written: say so in the title and status bar, offer no edit.

        Panels enable their edit actions as the selection changes; here those are held
        disabled for good.  Menus built when opened (the reader's and the tables'
        context menus) may still list an edit: the operation runner refuses it, and the
        panel shows why.
        """
        store = self.session.store
        self.setWindowTitle(window_title(self.tr("{store} (Read-only)").format(store=store.name)))
        why = self.tr(
            "{store} is read-only ({reason}): you can read, search and export; nothing can be "
            "changed"
        ).format(store=store.name, reason=store.read_only_reason)
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setObjectName("StatusReadOnly")
        self.read_only_label.setToolTip(why)
        self.read_only_label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36a; "
            "border-radius: 3px; padding: 0 6px; font-weight: bold; }"
        )
        self.statusBar().insertPermanentWidget(0, self.read_only_label)
        self.store_label.setToolTip(why)
        for view in self.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._read_only_guard = _HeldDisabled(self)
        for target in self._editing_controls():
            self._read_only_guard.hold(target)

    def _editing_controls(self) -> list[QAction | QWidget]:
        """Every control of the window and its panels that changes the store."""
        entities, annotations = self.entities_panel, self.annotations_panel
        controls: list[QAction | QWidget] = [
            self.import_action,
            self.import_lexicon_action,
            self.import_work_action,
            self.apply_lexicon_action,
            self.reprocess_action,
            self.reader_panel.new_capacity_row_action,
            self.library_panel.add_tag_action,
            entities.add_action,
            entities.rename_action,
            entities.merge_action,
            entities.never_action,
            entities.type_menu,
            entities.type_button,
            entities.split_button,
            entities.apply_button,
            annotations.note_button,
            annotations.type_button,
            annotations.delete_button,
            *annotations.table.actions(),
        ]
        for tab in self.sheets_panel.sheet_tabs.values():
            controls += [
                tab.add_button,
                tab.duplicate_button,
                tab.delete_button,
                tab.confirm_button,
                tab.reject_button,
                tab.confirm_action,
                tab.reject_action,
                tab.delete_action,
            ]
        return controls


class _HeldDisabled(QObject):
    """Keeps actions and widgets disabled whatever their panel later asks."""

    def hold(self, target: QAction | QWidget) -> None:
        target.setEnabled(False)
        if isinstance(target, QAction):
            target.changed.connect(lambda: target.isEnabled() and target.setEnabled(False))
        else:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        return False


class _InsertBefore:
    """Adds actions to a menu just above a fixed separator."""

    def __init__(self, menu, before: QAction):
        self._menu = menu
        self._before = before

    def addAction(self, action: QAction) -> None:
        self._menu.insertAction(self._before, action)
