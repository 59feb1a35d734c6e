"""The command line's :data:`~workbench.core.translatable.Translate`: the window's .qm files.

Exports for people carry headers in the interface language.  The command line
has no Qt application, but a ``QTranslator`` reads the compiled translations
(``resources/translations/workbench_<language>.qm``) and answers
``translate(context, source)`` without one.  Only ``QtCore`` is loaded, and only
when an export asks for translated headers; without PySide6 or without the .qm
file the headers stay in English.

The language: ``--language`` when given, else ``WORKBENCH_LANGUAGE``, else the
system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``): ``zh_TW``/``zh_HK``/``zh_MO``
or a ``Hant`` script give Traditional Chinese, any other Chinese Simplified, and
anything else English, as the window chooses (both from ``core/languages.py``; this choice reads the
environment so that an English export never loads Qt).
"""

from __future__ import annotations

import os

from .core.languages import (
    ENGLISH,
    LANGUAGE_CODES,
    LANGUAGE_ENV,
    SIMPLIFIED,
    TRADITIONAL,
    language_for_locale,
)
from .core.paths import resource_path
from .core.translatable import Translate, untranslated


def chosen_language(asked: str | None = None, environ=os.environ) -> str:
    """``asked`` (a language code), else the environment's choice, else the locale's."""
    if asked:
        return asked if asked in LANGUAGE_CODES else language_for_locale(asked)
    override = environ.get(LANGUAGE_ENV, "").strip()
    if override:
        return override if override in LANGUAGE_CODES else language_for_locale(override)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip()
        if value:
            return language_for_locale(value)
    return ENGLISH


def translator_for(language: str) -> Translate:
    """The translation function of ``language`` (English: the sources themselves)."""
    if language not in (SIMPLIFIED, TRADITIONAL):
        return untranslated
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # an installation without Qt: English headers
        return untranslated
    translator = QTranslator()
    if not translator.load(f"workbench_{language}", str(resource_path("translations"))):
        return untranslated

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate
