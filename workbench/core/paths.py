"""Where things live: bundled resources and seeds, and the user's data folder.

One lookup serves a source checkout and a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "IndustryWorkbench"


def install_root() -> Path:
    """The folder holding ``resources/`` and ``seeds/``: the checkout, or the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return install_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    return install_root() / "seeds"


def bundled_seed_files() -> list[Path]:
    return sorted(p for p in seeds_dir().glob("*.txt") if p.is_file())


def user_data_dir() -> Path:
    """Per-user data folder, overridable with ``WORKBENCH_DATA_DIR`` (tests, portable use)."""
    override = os.environ.get("WORKBENCH_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_db_path() -> Path:
    return user_data_dir() / "workbench.sqlite3"


def user_cache_dir() -> Path:
    override = os.environ.get("WORKBENCH_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return user_data_dir() / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_NAME
