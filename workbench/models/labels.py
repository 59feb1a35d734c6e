"""The core's labels in the interface language.

The core marks its labels (``core.translatable``); these look them up in Qt's
installed translators where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.vocabulary import VOCABULARY_CONTEXT, entity_type


def qt_translate(context: str, source: str) -> str:
    """The :data:`~workbench.core.translatable.Translate` of the interface."""
    return QCoreApplication.translate(context, source)


def vocabulary_label(label: str) -> str:
    """A vocabulary term's English label in the interface language."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, label)


def type_label(code: str) -> str:
    """An entity type's name in the interface language (the code for a type not known)."""
    return vocabulary_label(entity_type(code).label)
