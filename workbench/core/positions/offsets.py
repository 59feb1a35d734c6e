"""Python ``str`` offsets ↔ Qt text positions (UTF-16 code units).

Everything in the workbench indexes the canonical text by Python offsets; a
``QTextDocument`` counts UTF-16 units, where a character above U+FFFF takes two.
Texts without such characters (nearly all Chinese text) take the identity fast path.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between Python offsets into ``text`` and Qt positions in the same text."""

    __slots__ = ("_astral", "_astral_qt_ends", "identity", "length", "qt_length")

    def __init__(self, text: str):
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Qt position just after each astral character (its two UTF-16 units).
        self._astral_qt_ends = [p + i + 2 for i, p in enumerate(self._astral)]
        self.identity = not self._astral
        self.length = len(text)
        self.qt_length = len(text) + len(self._astral)

    def to_qt(self, pos: int) -> int:
        """Qt position of Python offset ``pos`` (0 ≤ pos ≤ len(text))."""
        if self.identity:
            return pos
        return pos + bisect_left(self._astral, pos)

    def from_qt(self, pos: int) -> int:
        """Python offset of Qt position ``pos``; inside a surrogate pair, its character."""
        if self.identity:
            return pos
        before = bisect_right(self._astral_qt_ends, pos)  # astral chars wholly before pos
        if before < len(self._astral) and self._astral[before] + before + 1 == pos:
            return self._astral[before]  # between the two halves of a surrogate pair
        return pos - before

    def spans_to_qt(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """Convert many spans at once (the identity path returns the lists themselves)."""
        if self.identity:
            return starts, ends
        return [self.to_qt(s) for s in starts], [self.to_qt(e) for e in ends]
