"""Finding which of many (possibly overlapping) spans touch a range, by bisection.

Spans are kept sorted by start.  A running maximum of their ends lets a query skip
every span that ends before the range without scanning them: the first candidate
is the first span whose running maximum end passes the range's start.  Queries
cost O(log n + spans returned) while no very long span precedes the range, which
holds for entity mentions (a few characters each); annotations are few.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate


class SpanIndex:
    __slots__ = ("_max_ends", "ends", "starts")

    def __init__(self, starts: Sequence[int], ends: Sequence[int]):
        """``starts`` must be sorted ascending; ``ends[i]`` belongs to ``starts[i]``."""
        self.starts = starts
        self.ends = ends
        self._max_ends = list(accumulate(ends, max))

    def __len__(self) -> int:
        return len(self.starts)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of spans sharing at least one position with ``[start, end)``."""
        first = bisect_right(self._max_ends, start)
        stop = bisect_left(self.starts, end)
        ends = self.ends
        return [i for i in range(first, stop) if ends[i] > start]

    def containing(self, position: int) -> list[int]:
        """Indices of spans that cover ``position``."""
        return self.overlapping(position, position + 1)
