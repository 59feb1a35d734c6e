"""Marks words of the domain core that the interface shows in the analyst's language.

The core has no Qt, yet its labels (entity type names, sheet statuses, export
headers) must reach Qt's translation files.  ``pyside6-lupdate`` finds calls named
``QT_TRANSLATE_NOOP`` by their text, so this Qt-free marker puts a label into the
``.ts`` files under its context while returning the English source unchanged; the
edge that shows or writes the label (a model, a view, the command line) looks it
up with a :data:`Translate` function.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, English source) -> the text in the interface language.
Translate = Callable[[str, str], str]


# Named as lupdate expects, so the label is found in the source text.
def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


def untranslated(context: str, source: str) -> str:
    """The English source itself: the :data:`Translate` of scripts and tests."""
    return source
