"""An export's columns found by their headers, in English keys or any interface language.

An export for people carries the interface language's headers; one for scripts the
stable English keys.  A column is known by its key, its English header or that
header's translation in any of the languages given, so a file exported in
Traditional Chinese imports into a window running in English.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..translatable import Translate

# (key, English header or "" when it has none for people, translation context)
KnownColumn = tuple[str, str, str]


def _folded(header: str) -> str:
    return " ".join(str(header).split()).casefold()


def find_columns(
    headers: Sequence[str], known: Sequence[KnownColumn], translations: Sequence[Translate]
) -> dict[str, int]:
    """Each known column's key -> the index of the first header naming it.

    A key is matched as written (a script's ``document`` is the document's id), a
    header for people with case and spacing folded (``Document``, its title)."""
    keys = {key for key, _, _ in known}
    names: dict[str, str] = {}
    for key, english, context in known:
        if not english:  # known by its key alone
            continue
        for name in (english, *(t(context, english) for t in translations)):
            names.setdefault(_folded(name), key)
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        header = str(header).strip()
        key = header if header in keys else names.get(_folded(header))
        if key is not None and key not in found:
            found[key] = index
    return found
