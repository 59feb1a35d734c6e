"""The interface language: which one to show, and Qt's translators for it.

English is the source language of every string; Simplified (``zh_CN``) and
Traditional (``zh_TW``) Chinese come from ``resources/translations/*.qm``, built
from the ``.ts`` sources by ``scripts/translations.py``.  Qt's own strings
(dialog buttons, the file dialog) come from Qt's ``qtbase_*.qm`` files.  The
translators must be installed before any widget is built: a widget takes its
text when it is made.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.languages import (
    ENGLISH,
    LANGUAGE_CODES,
    LANGUAGE_ENV,
    SIMPLIFIED,
    TRADITIONAL,
    language_for_locale,
)
from ..core.paths import resource_path
from ..core.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "ENGLISH",
    "LANGUAGE_CODES",
    "LANGUAGE_ENV",
    "LANGUAGE_NAMES",
    "SIMPLIFIED",
    "SYSTEM",
    "SYSTEM_LABEL",
    "TRADITIONAL",
    "chosen_language",
    "install_translators",
    "language_for_locale",
    "remove_translators",
    "system_language",
    "translations_dir",
    "translators_for",
]

# Each language named in itself, as a language menu shows it.
LANGUAGE_NAMES = {SIMPLIFIED: "简体中文", TRADITIONAL: "繁體中文", ENGLISH: "English"}
SYSTEM = ""  # the setting's value when the analyst has not chosen: follow the system
SYSTEM_LABEL = QT_TRANSLATE_NOOP("Language", "System language")


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show: the environment's override, the analyst's choice, else the system's."""
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    if override:
        return language_for_locale(override) if override != ENGLISH else ENGLISH
    if setting in LANGUAGE_CODES:
        return setting
    return system_language(locale)


def system_language(locale: QLocale | None = None) -> str:
    """The language the system locale asks for."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return TRADITIONAL
    return language_for_locale(locale.name())


def translations_dir() -> Path:
    return resource_path("translations")


def _qt_translation_dirs() -> list[Path]:
    # A standalone build also carries Qt's files beside ours.
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), translations_dir()]


def translators_for(
    language: str, parent: QCoreApplication | None = None
) -> tuple[QTranslator | None, QTranslator | None]:
    """The workbench's and Qt's translators for ``language``, each None when its file is
    missing (English needs none)."""
    if language not in (SIMPLIFIED, TRADITIONAL):
        return None, None
    ours = QTranslator(parent)
    if not ours.load(f"workbench_{language}", str(translations_dir())):
        ours = None
    qt = None
    for folder in _qt_translation_dirs():
        candidate = QTranslator(parent)
        if candidate.load(f"qtbase_{language}", str(folder)):
            qt = candidate
            break
    return ours, qt


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the workbench's and Qt's translators for ``language``; keep the ones returned.

    English installs nothing.  A missing file leaves that part in English rather
    than failing the start.
    """
    installed = [t for t in translators_for(language, app) if t is not None]
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
