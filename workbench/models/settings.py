"""The user's window settings: typed accessors over one INI file.

Qt saves the dock layout itself (``QMainWindow.saveState``); we only decide where
it is kept.  The key carries the layout version and the Qt version, so a layout
saved by a different window structure or Qt release is ignored rather than
restored into the wrong places.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, qVersion

from ..core.paths import APP_NAME
from ..core.store.team_address import (
    TeamStoreAddress,
    TeamStoreAddressError,
    is_team_store,
    shown,
)

# Bump when docks are added, removed or renamed: older saved layouts are then ignored.
LAYOUT_VERSION = 2  # 2: Sheets and Charts panels


def default_settings_path() -> Path:
    """``<config>/IndustryWorkbench/workbench.ini``; follows XDG_CONFIG_HOME on every call."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / APP_NAME / "workbench.ini"


@dataclass(frozen=True)
class TableState:
    """How the analyst left a table: its sort (a column's stable key, not its position)
    and its filters (filter name → the text typed or the value chosen)."""

    sort_key: str | None = None
    descending: bool = False
    filters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadingPosition:
    """Where a document was being read: the first character on screen and the cursor
    (or selection), as Python ``str`` offsets."""

    document_id: int
    top: int
    start: int
    end: int


RECENT_TEAM_STORES = 8  # addresses offered again by File → Connect to Team Store…


def _saved_name(store: Path | str) -> str:
    """How a store is named in the settings: a file by its full path, a team store by
    its address without a password (one is never written here)."""
    if is_team_store(store):
        try:
            return TeamStoreAddress.parse(str(store)).url()
        except TeamStoreAddressError:
            return shown(store)
    return str(Path(store).expanduser().resolve())


def _store_key(store: Path | str) -> str:
    """A settings key for one store (its path or address may hold any character)."""
    return hashlib.sha1(_saved_name(store).encode("utf-8")).hexdigest()[:16]


class WorkbenchSettings:
    """Window geometry and dock layout (kept per layout version and Qt version), the
    document last read in each store, and the tables' sort orders and filters."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_settings_path()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def _layout_group(self) -> str:
        return f"main_window/layout_v{LAYOUT_VERSION}_qt{qVersion()}"

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(f"{self._layout_group}/geometry")

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue(f"{self._layout_group}/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        return self._bytes(f"{self._layout_group}/state")

    def set_window_state(self, state: QByteArray) -> None:
        self._qsettings.setValue(f"{self._layout_group}/state", state)

    def language(self) -> str:
        """The interface language chosen (``zh_CN``, ``zh_TW``, ``en``); "" follows the system."""
        value = self._qsettings.value("interface/language", "")
        return value if isinstance(value, str) else ""

    def set_language(self, language: str) -> None:
        self._qsettings.setValue("interface/language", language)
        self._qsettings.sync()  # read by the next start, which may come from a crash

    # -- where the analyst was, per store ------------------------------------

    def last_document(self, store_path: Path | str) -> ReadingPosition | None:
        group = f"reading/{_store_key(store_path)}"
        values = [self._int(f"{group}/{key}") for key in ("document", "top", "start", "end")]
        if values[0] is None:
            return None
        document_id, top, start, end = (v if v is not None and v >= 0 else 0 for v in values)
        return ReadingPosition(document_id, top, start, max(start, end))

    def set_last_document(self, store_path: Path | str, position: ReadingPosition) -> None:
        group = f"reading/{_store_key(store_path)}"
        self._qsettings.setValue(f"{group}/path", _saved_name(store_path))
        for key in ("document_id", "top", "start", "end"):
            name = "document" if key == "document_id" else key
            self._qsettings.setValue(f"{group}/{name}", int(getattr(position, key)))

    # -- team stores ------------------------------------------------------------

    def recent_team_stores(self) -> list[TeamStoreAddress]:
        """The team stores connected to, the latest first (addresses only, no password)."""
        value = self._qsettings.value("team_stores/recent", [])
        urls = [value] if isinstance(value, str) else list(value or [])
        addresses = []
        for url in urls:
            try:
                addresses.append(TeamStoreAddress.parse(str(url)))
            except TeamStoreAddressError:
                continue  # edited by hand into something else: left out
        return addresses

    def remember_team_store(self, address: TeamStoreAddress) -> None:
        urls = [address.url()] + [
            a.url() for a in self.recent_team_stores() if a.url() != address.url()
        ]
        self._qsettings.setValue("team_stores/recent", urls[:RECENT_TEAM_STORES])
        self._qsettings.sync()

    # -- tables: sort and filters ----------------------------------------------

    def table_state(self, name: str) -> TableState:
        group = f"tables/{name}"
        sort_key = self._qsettings.value(f"{group}/sort_key")
        descending = self._qsettings.value(f"{group}/descending")
        self._qsettings.beginGroup(f"{group}/filters")
        try:
            filters = {k: str(self._qsettings.value(k)) for k in self._qsettings.childKeys()}
        finally:
            self._qsettings.endGroup()
        return TableState(
            str(sort_key) if sort_key else None,
            descending in (True, "true", 1, "1"),
            {k: v for k, v in filters.items() if v},
        )

    def set_table_state(self, name: str, state: TableState) -> None:
        group = f"tables/{name}"
        self._qsettings.remove(group)
        if state.sort_key:
            self._qsettings.setValue(f"{group}/sort_key", state.sort_key)
            self._qsettings.setValue(f"{group}/descending", bool(state.descending))
        for key, value in state.filters.items():
            if value:
                self._qsettings.setValue(f"{group}/filters/{key}", value)

    def clear_layout(self) -> None:
        self._qsettings.remove(self._layout_group)

    def sync(self) -> None:
        self._qsettings.sync()

    def _int(self, key: str) -> int | None:
        value = self._qsettings.value(key)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None  # edited by hand into something else: as if never saved

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None
