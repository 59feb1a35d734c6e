"""Why a row of an imported file was left out, worded for the analyst's language.

Each reason is a :class:`~workbench.core.translatable.Wording` under the import's
context; the report puts it in the interface language where it is shown.
"""

from __future__ import annotations

from ..translatable import Label, Wording

CONTEXT = "WorkImport"


def why(source: str, **parts) -> Wording:
    """A reason worded by ``source`` (marked ``QT_TRANSLATE_NOOP("WorkImport", …)``)."""
    return Wording(CONTEXT, source, parts)


def word(source: str) -> Label:
    """A word inside a reason (a column's name), translated with it."""
    return Label(CONTEXT, source)
