"""Positions in a document's canonical text, and the maps between them.

Two units, never mixed: an *offset* is a Python ``str`` index into the canonical
text (what the store, the recogniser, extraction and exports use); a *Qt
position* counts UTF-16 code units in a ``QTextDocument`` (what the Reader's
widgets use).  :class:`OffsetMap` converts between them; :class:`PageMap` maps
offsets to PDF pages; :class:`SpanIndex` finds spans at a position.
"""

from .offsets import OffsetMap
from .pages import PageMap
from .spans import SpanIndex

__all__ = ["OffsetMap", "PageMap", "SpanIndex"]
