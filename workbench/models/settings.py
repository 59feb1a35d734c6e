"""The user's window settings: typed accessors over one INI file.

Qt saves the dock layout itself (``QMainWindow.saveState``); we only decide where
it is kept.  The key carries the layout version and the Qt version, so a layout
saved by a different window structure or Qt release is ignored rather than
restored into the wrong places.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, qVersion

from ..core.paths import APP_NAME

# Bump when docks are added, removed or renamed: older saved layouts are then ignored.
LAYOUT_VERSION = 2  # 2: Sheets and Charts panels


def default_settings_path() -> Path:
    """``<config>/IndustryWorkbench/workbench.ini``; follows XDG_CONFIG_HOME on every call."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / APP_NAME / "workbench.ini"


class WorkbenchSettings:
    """Window geometry and dock layout, kept per layout version and Qt version."""

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

    def clear_layout(self) -> None:
        self._qsettings.remove(self._layout_group)

    def sync(self) -> None:
        self._qsettings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None
